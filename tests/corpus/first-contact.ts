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
 * The rounds used (docs/detection.md): 69b4ef3 with tune12+tune13, a847551 with tune10+tune11, 1089256 with
 * tune8+tune9, faec72a with tune6+tune7; later 4d67bf4 with tune20+tune21, 0492fd8 with tune22+tune23, 102f562 with
 * tune24+tune25, and 102f562 with tune26+tune27. The model is trained on the tuning files numbered below the first
 * test file. An engine that has a second opinion of its own is read with it off; the model's reading of someone
 * both know is gated by this tree's namesSomeone(), as analyze() does.
 *
 * `--sweep`: also each signal's F1 with the model's threshold at each of SWEEP (how a threshold is chosen per signal).
 * `--dump FILE`: also write each message's readings (labels, what the old engine's families found, the model's
 * probabilities) as JSON, so several rounds can be pooled and any bar swept afterwards (tests/corpus/pool-rounds.ts).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { SIGNAL_IDS, type SignalId } from '../../shared/src/engine/types.js';
import { loadCorpus } from './score.js';
import { combine, f1Of, type Bars, type Reading } from './combine.js';
import { predict, train, type TrainedModel } from './train.js';
import { LEECH_VETO, PERSONAL_VETO, VALUE_VETO } from '../../shared/src/signals/model.js';
import { parseOutreach } from '../../shared/src/document/parse.js';
import { FIRM_OFFER, messageNamesSomeone } from '../../shared/src/signals/index.js';

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
type OldEngine = {
  lint: (t: string, o?: { config: unknown }) => { analysis: { signals: Record<SignalId, { found: boolean; evidence?: readonly { why: string }[] }>; asks: readonly unknown[] } };
  resolveConfig?: (layers: object[]) => unknown;
};
const old = createRequire(join(process.cwd(), 'package.json'))(engineFile) as OldEngine;
// An engine with a second opinion of its own is read with it turned off: its families are what a round starts from.
const off = old.resolveConfig ? { config: old.resolveConfig([{ secondOpinion: false }]) } : undefined;

const model: TrainedModel = train(trainFiles.flatMap(load));
// The model reads someone both know (or an introduction through them) only where the message names someone: the
// engine's own test, from this tree, as analyze() applies it.
const namesSomeone = (text: string) => messageNamesSomeone(parseOutreach(text));
// Per message, once: what the old engine found, and what the model says of each of its signals.
const readings: Reading[] = test.map((e) => {
  const { signals: found, asks } = old.lint(e.text, off).analysis;
  const probabilities = predict(model, e.text);
  return {
    id: e.id,
    labels: e.signals,
    found: Object.fromEntries(SIGNAL_IDS.map((s) => [s, found[s].found])) as Record<SignalId, boolean>,
    // A plain offer (FIRM_OFFER: money, a role with its pay, something free) is never overruled, as in analyze().
    firm: (found.value.evidence ?? []).some((ev) => FIRM_OFFER.test(ev.why)),
    asks: asks.length > 0,
    named: namesSomeone(e.text),
    p: probabilities ? Object.fromEntries(model.signals.map((s, k) => [s, probabilities[k]])) : null,
  };
});
/** The bars as trained (each signal's threshold) or with one threshold for all, and the vetoes as shipped. */
const barsAt = (threshold?: number): Bars => ({
  threshold: Object.fromEntries(model.signals.map((s, k) => [s, threshold ?? model.thresholds[k]])),
  valueVeto: VALUE_VETO,
  leechVeto: LEECH_VETO,
  personalVeto: PERSONAL_VETO,
});
const dumpFile = option('--dump');
if (dumpFile) writeFileSync(dumpFile, JSON.stringify({ trainFiles, testFiles, thresholds: barsAt().threshold, rows: readings }));

let before = 0;
let after = 0;
console.log(`trained on ${trainFiles.join(', ')}; tested on ${testFiles.join(', ')} (${test.length} messages)`);
for (const s of SIGNAL_IDS) {
  const bars = barsAt();
  const fa = f1Of(readings, s, (r) => r.found[s]);
  const fb = f1Of(readings, s, (r) => combine(r, bars)[s]);
  before += fa / SIGNAL_IDS.length;
  after += fb / SIGNAL_IDS.length;
  console.log(`${s.padEnd(13)} families ${fa.toFixed(3)}  with the model ${fb.toFixed(3)}`);
}
console.log(`macro F1     families ${before.toFixed(3)}  with the model ${after.toFixed(3)}`);

const SWEEP = [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98];
if (args.includes('--sweep')) {
  const at = SWEEP.map((t) => readings.map((r) => combine(r, barsAt(t))));
  console.log(`\nwith the model at threshold   ${SWEEP.map((t) => t.toFixed(2).padStart(6)).join('')}`);
  for (const s of model.signals) {
    const f1s = at.map((combined) => f1Of(readings, s, (_r, i) => combined[i]![s]));
    console.log(`${s.padEnd(29)} ${f1s.map((f) => f.toFixed(3).padStart(6)).join('')}`);
  }
}
