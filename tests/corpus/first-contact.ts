/**
 * How the second opinion was chosen: for a past corpus round, the phrase families as they stood BEFORE the round
 * (an engine bundle built from that commit), plus a model trained by train.ts on the tuning files written before
 * the round, scored on the round's fresh batches. Neither had seen those messages, so this is how the combination
 * does on unseen text, without touching the held-out part.
 *
 *   git worktree add /tmp/r6 a847551 && ln -s "$PWD/node_modules" /tmp/r6/node_modules
 *   npx esbuild /tmp/r6/shared/src/index.ts --bundle --platform=node --format=cjs --outfile=/tmp/r6.cjs
 *   npm run first-contact -- --engine /tmp/r6.cjs --test tune10.yaml,tune11.yaml
 *
 * The rounds used (docs/detection.md): a847551 with tune10+tune11, 1089256 with tune8+tune9, faec72a with
 * tune6+tune7. The model is trained on the tuning files numbered below the first test file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { SIGNAL_IDS, type SignalId } from '../../shared/src/engine/types.js';
import { parseOutreach } from '../../shared/src/document/parse.js';
import { features } from '../../shared/src/signals/model.js';
import { prepare } from '../../shared/src/signals/text.js';
import { loadCorpus, type CorpusEntry } from './score.js';
import { train, type TrainedModel } from './train.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const engineFile = option('--engine');
const testFiles = option('--test')?.split(',') ?? [];
if (!engineFile || testFiles.length === 0) {
  console.error('usage: npm run first-contact -- --engine OLD_ENGINE.cjs --test tuneA.yaml,tuneB.yaml');
  process.exit(2);
}
const dir = join(process.cwd(), 'tests', 'corpus');
const load = (f: string) => loadCorpus(join(dir, f)) ?? [];
// tune.yaml is the first file; tuneN.yaml the N-th. The model learns from the files written before the round.
const order = (f: string) => (f === 'tune.yaml' ? 1 : Number(/^tune(\d+)\.yaml$/.exec(f)?.[1] ?? Infinity));
const first = Math.min(...testFiles.map(order));
const trainFiles = readdirSync(dir).filter((f) => order(f) < first).sort((a, b) => order(a) - order(b));
const test = testFiles.flatMap(load);
const old = createRequire(join(process.cwd(), 'package.json'))(engineFile) as { lint: (t: string) => { analysis: { signals: Record<SignalId, { found: boolean }> } } };

const model: TrainedModel = train(trainFiles.flatMap(load));
const row = new Map<number, number>();
model.hashes.forEach((h, i) => row.set(h, i));
const probability = (e: CorpusEntry, k: number): number => {
  const f = features(prepare(parseOutreach(e.text)));
  if (f.length < model.minFeatures) return 0;
  let z = model.bias[k]!;
  for (const h of f) z += model.weights[k]![row.get(h) ?? -1] ?? 0;
  return 1 / (1 + Math.exp(-z));
};
const says = (e: CorpusEntry, s: SignalId) => {
  const k = model.signals.indexOf(s);
  return k >= 0 && probability(e, k) > model.threshold;
};

let before = 0;
let after = 0;
console.log(`trained on ${trainFiles.join(', ')}; tested on ${testFiles.join(', ')} (${test.length} messages)`);
for (const s of SIGNAL_IDS) {
  const a = [0, 0, 0];
  const b = [0, 0, 0];
  for (const e of test) {
    const found = old.lint(e.text).analysis.signals;
    // As analyze() combines them: an offer the model reads does not count against favours the families read.
    const value = found.value.found || (says(e, 'value') && !found.leech.found);
    const combined = s === 'value' ? value : s === 'leech' ? found.leech.found || (!value && says(e, 'leech')) : found[s].found || says(e, s);
    const labelled = e.signals.includes(s);
    const tally = (t: number[], hit: boolean) => (hit && labelled ? t[0]!++ : hit ? t[1]!++ : labelled ? t[2]!++ : 0);
    tally(a, found[s].found);
    tally(b, combined);
  }
  const f1 = (t: number[]) => (t[0] === 0 ? 0 : (2 * t[0]!) / (2 * t[0]! + t[1]! + t[2]!));
  before += f1(a) / SIGNAL_IDS.length;
  after += f1(b) / SIGNAL_IDS.length;
  console.log(`${s.padEnd(13)} families ${f1(a).toFixed(3)}  with the model ${f1(b).toFixed(3)}`);
}
console.log(`macro F1     families ${before.toFixed(3)}  with the model ${after.toFixed(3)}`);
