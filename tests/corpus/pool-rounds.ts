/**
 * Pools the `--dump` files of several `npm run first-contact` runs (each: a past round's fresh batches, read by the
 * engine as it stood before the round and by a model trained only on the tuning files before it) and sweeps each
 * bar of the combination over all of them: the model's threshold per signal and the three vetoes. For each setting it
 * prints the pooled F1 and in how many rounds the signal went up or down against the bars as shipped. No held-out
 * file is read.
 *
 *   npm run first-contact -- --engine /tmp/r38.cjs --test tune89.yaml,tune90.yaml,tune91.yaml --dump /tmp/d89.json
 *   ... (one per round)
 *   npx esbuild tests/corpus/pool-rounds.ts --bundle --platform=node --format=cjs --outfile=.cache/pool.cjs
 *   node .cache/pool.cjs /tmp/d*.json
 */
import { readFileSync } from 'node:fs';
import { SIGNAL_IDS, type SignalId } from '../../shared/src/engine/types.js';
import { LEECH_VETO, PERSONAL_VETO, VALUE_VETO } from '../../shared/src/signals/model.js';
import { combine, f1Of, type Bars, type Reading } from './combine.js';

interface Dump { testFiles: string[]; thresholds: Partial<Record<SignalId, number>>; rows: Reading[] }

const args = process.argv.slice(2);
const barsArg = args.includes('--bars') ? args.splice(args.indexOf('--bars'), 2)[1] : undefined;
const dumps: Dump[] = args.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Dump);
const f1 = (rows: readonly Reading[], s: SignalId, b: Bars) => f1Of(rows, s, (r) => combine(r, b)[s]);

const shipped: Bars = { threshold: dumps[0]!.thresholds, valueVeto: VALUE_VETO, leechVeto: LEECH_VETO, personalVeto: PERSONAL_VETO };
const all = dumps.flatMap((d) => d.rows);
/** Pooled F1 of `s` at bars `b`, the mean over rounds, and rounds up / down against the shipped bars. */
function report(label: string, s: SignalId, b: Bars) {
  const per = dumps.map((d) => [f1(d.rows, s, b), f1(d.rows, s, shipped)] as const);
  const up = per.filter(([x, y]) => x > y + 1e-9).length;
  const down = per.filter(([x, y]) => x < y - 1e-9).length;
  const mean = per.reduce((a, [x]) => a + x, 0) / per.length;
  return `${label.padEnd(28)} pooled ${f1(all, s, b).toFixed(4)}  mean ${mean.toFixed(4)}  up ${up} down ${down}`;
}

console.log(`${dumps.length} rounds, ${all.length} messages; shipped bars ${JSON.stringify(shipped)}`);
if (barsArg) {
  // `--bars '{"threshold":{"personal":0.7},"leechVeto":0.003}'`: these bars (the rest as shipped) against the shipped ones,
  // every signal, and the macro F1 pooled.
  const given = JSON.parse(barsArg) as Partial<Bars>;
  const b: Bars = { ...shipped, ...given, threshold: { ...shipped.threshold, ...given.threshold } };
  let m0 = 0;
  let m1 = 0;
  for (const s of SIGNAL_IDS) {
    m0 += f1(all, s, shipped) / SIGNAL_IDS.length;
    m1 += f1(all, s, b) / SIGNAL_IDS.length;
    console.log(`${report(s, s, b)}  (shipped ${f1(all, s, shipped).toFixed(4)})`);
  }
  console.log(`macro pooled ${m0.toFixed(4)} -> ${m1.toFixed(4)}`);
  process.exit(0);
}
for (const s of SIGNAL_IDS) console.log(report(`${s} as shipped`, s, shipped));
const SWEEP = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
for (const s of Object.keys(shipped.threshold) as SignalId[]) {
  console.log(`\n${s}: the model's threshold`);
  for (const t of SWEEP) console.log(report(`  ${t}`, s, { ...shipped, threshold: { ...shipped.threshold, [s]: t } }));
}
const VETOES = [0, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.05, 0.1];
for (const [key, s] of [['valueVeto', 'value'], ['leechVeto', 'leech'], ['personalVeto', 'personal']] as const) {
  console.log(`\n${key}`);
  for (const v of VETOES) {
    const b = { ...shipped, [key]: v };
    console.log(report(`  ${v}`, s, b) + `   | value ${f1(all, 'value', b).toFixed(4)} leech ${f1(all, 'leech', b).toFixed(4)}`);
  }
}
