/**
 * How steady the second opinion is: when one more batch joins its training data, how many of its decisions on
 * text it has not seen change? For each pair below, a probe file is left out of both models; one model is trained
 * without the other file, one with it, and their decisions (probability above the threshold) on the probe are
 * compared. Tuning files only (never a held-out file). docs/detection.md, "Steadier readings".
 *
 *   npm run stability
 */
import { join } from 'node:path';
import { loadTuning } from './score.js';
import { predict, train } from './train.js';

/** [probe file, file added to the second model] */
const PAIRS: readonly (readonly [string, string])[] = [
  ['tune17.yaml', 'tune19.yaml'],
  ['tune19.yaml', 'tune16.yaml'],
  ['tune15.yaml', 'tune18.yaml'],
  ['tune14.yaml', 'tune17.yaml'],
];

const files = loadTuning(join(process.cwd(), 'tests', 'corpus'));
const entriesOf = (file: string) => files.find((f) => f.file === file)?.entries ?? [];
let flips = 0;
let decisions = 0;
let change = 0;
for (const [probe, added] of PAIRS) {
  const base = files.filter((f) => f.file !== probe && f.file !== added).flatMap((f) => f.entries);
  const without = train(base);
  const withIt = train([...base, ...entriesOf(added)]);
  let pairFlips = 0;
  let pairDecisions = 0;
  for (const e of entriesOf(probe)) {
    const a = predict(without, e.text);
    const b = predict(withIt, e.text);
    if (!a || !b) continue; // under the floor: the model is silent either way
    for (let k = 0; k < a.length; k++) {
      pairDecisions++;
      if (a[k]! > without.thresholds[k]! !== b[k]! > withIt.thresholds[k]!) pairFlips++;
      change += Math.abs(a[k]! - b[k]!);
    }
  }
  flips += pairFlips;
  decisions += pairDecisions;
  console.log(`probe ${probe}, adding ${added}: ${pairFlips} of ${pairDecisions} decisions flipped`);
}
console.log(`decisions flipped by one more training batch: ${((100 * flips) / decisions).toFixed(2)} % (${flips} of ${decisions}); mean change in probability ${(change / decisions).toFixed(4)}`);
