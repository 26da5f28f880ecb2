/**
 * `npm run train`: trains the second opinion on every tuning file of the corpus (tests/corpus/tune*.yaml, never a
 * held-out file) and writes shared/src/signals/model.generated.ts. Run it after editing the corpus, the tokenizer
 * or the featurizer; tests/generated.test.ts fails while the model is stale.
 *
 * The tests run this bundle in a child process (tests/corpus/train-child.ts), so that a test worker is never blocked
 * for the half minute training takes: `--module FILE` writes the module there instead, and `--predictions FILE`
 * writes the trained (unquantised) model's probabilities for every tuning message, in corpus order, as JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTuning } from './score.js';
import { moduleText, predict, train, trainingDigest } from './train.js';

const root = process.cwd();
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const tuning = loadTuning(join(root, 'tests', 'corpus'));
if (tuning.length === 0) {
  console.error('no tests/corpus/tune*.yaml found');
  process.exit(2);
}
const entries = tuning.flatMap((t) => t.entries);
const t0 = performance.now();
const model = train(entries);
const predictions = option('--predictions');
if (predictions) writeFileSync(predictions, JSON.stringify(entries.map((e) => predict(model, e.text) ?? null)));
const out = option('--module') ?? (predictions ? undefined : join(root, 'shared', 'src', 'signals', 'model.generated.ts'));
if (out) writeFileSync(out, moduleText(model, trainingDigest(root, tuning.map((t) => t.file)), entries.length));
console.log(`trained on ${entries.length} messages (${tuning.map((t) => t.file).join(', ')}): ${model.hashes.length} features, ${model.signals.length} signals, ${((performance.now() - t0) / 1000).toFixed(1)} s${out ? ` -> ${out}` : ''}`);
