/**
 * `npm run eval`: precision, recall and F1 per signal on the tuning part (every `tune*.yaml`) and
 * the held-out part (every `heldout*.yaml`) of the labelled corpus, and the confusion cases of the tuning
 * part only. The held-out part is scored, never shown, so tuning cannot peek at it. Each whole part's F1 comes with a
 * 95 % bootstrap interval (its messages resampled 1,000 times, seeded): how far a score can move by the draw of messages alone.
 *
 * Every tuning file is also scored as its own part (tune3.yaml and tune4.yaml, the newest, were written to estimate
 * how the detectors do on phrasing nobody had tuned on).
 *
 * Flags: --tune-only (skip held-out), --no-cases, --text (print each confusion's message),
 * --signal ID (cases for one signal), --file NAME (tuning cases from one file, e.g. tune2.yaml),
 * --speed (also time lint() warm on ~2 KB messages built from the tuning corpus).
 */
import { join } from 'node:path';
import { SIGNAL_IDS } from '../../shared/src/index.js';
import { bootstrapF1, loadHeldoutFiles, loadTuning, scorePart, type Interval, type PartScore } from './score.js';
import { measureSpeed } from './speed.js';

const dir = join(process.cwd(), 'tests', 'corpus');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlySignal = option('--signal');
const onlyFile = option('--file');

/** The part's scores; with `intervals`, each F1 with its 95 % bootstrap interval (resampling the part's messages). */
function table(title: string, part: PartScore, intervals = false): string {
  const pct = (n: number) => n.toFixed(3);
  const ci = intervals ? bootstrapF1(part) : undefined;
  const range = (i: Interval | undefined) => (i ? `  [${pct(i.lo)}-${pct(i.hi)}]` : '');
  const rows = [
    `${title} (${part.size} messages, ${part.msPerMessage.toFixed(3)} ms/message incl. parse)`,
    `signal        P      R      F1     tp  fp  fn  tn${ci ? '   F1 95 % interval' : ''}`,
  ];
  for (const s of SIGNAL_IDS) {
    const r = part.perSignal[s];
    rows.push(`${s.padEnd(13)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.tn).padStart(3)}${range(ci?.perSignal[s])}`);
  }
  rows.push(`macro F1      ${pct(part.macroF1)}${ci ? `${' '.repeat(23)}${range(ci.macro)}` : ''}`);
  return rows.join('\n');
}

const tuning = loadTuning(dir);
if (tuning.length === 0) {
  console.error('no tests/corpus/tune*.yaml found');
  process.exit(2);
}
const entries = tuning.flatMap((t) => t.entries).filter((e) => !onlyFile || e.file === onlyFile);
const tuneScore = scorePart(entries);
console.log(table(`TUNING ${onlyFile ?? tuning.map((t) => t.file).join(' + ')}`, tuneScore, true));
if (!onlyFile && tuning.length > 1) {
  for (const t of tuning) console.log(`  ${t.file}: macro F1 ${scorePart(t.entries).macroF1.toFixed(3)} (${t.entries.length} messages)`);
  // Each tuning file as its own part. tune3.yaml and tune4.yaml were scored before any detector was tuned on them
  // (docs/detection.md records those first scores as the out-of-sample estimate).
  for (const t of tuning) console.log(`\n${table(`PART ${t.file}`, scorePart(t.entries))}`);
}

if (!flag('--no-cases')) {
  const cases = tuneScore.confusions.filter((c) => !onlySignal || c.signal === onlySignal);
  console.log(`\nConfusion cases (tuning part only): ${cases.length}`);
  for (const c of cases) {
    console.log(`\n${c.type.toUpperCase()} ${c.signal.padEnd(12)} ${c.id}: ${c.desc}`);
    for (const e of c.evidence.slice(0, 4)) console.log(`    ${e.why}: "${e.text.slice(0, 110).replace(/\n/g, ' ')}"`);
    if (flag('--text')) console.log(c.text.replace(/^/gm, '    | '));
  }
}

if (!flag('--tune-only')) {
  // Scores only, never a case: the whole part, then each file's macro F1 (each was written by another author).
  const held = loadHeldoutFiles(dir);
  if (held.length > 0) {
    const all = held.flatMap((h) => h.entries);
    console.log(`\n${table(`HELD-OUT ${held.map((h) => h.file).join(' + ')} (scores only)`, scorePart(all), true)}`);
    if (held.length > 1) for (const h of held) console.log(`  ${h.file}: macro F1 ${scorePart(h.entries).macroF1.toFixed(3)} (${h.entries.length} messages)`);
    const tuned = tuning.reduce((n, t) => n + t.entries.length, 0);
    console.log(`  held-out share of the corpus: ${((100 * all.length) / (all.length + tuned)).toFixed(1)} % (${all.length} of ${all.length + tuned})`);
  } else console.log('\nHELD-OUT: no tests/corpus/heldout*.yaml present');
}

if (flag('--speed')) {
  const r = measureSpeed(tuning.flatMap((t) => t.entries));
  console.log(
    `\nSPEED (${r.messages} messages of ~${Math.round(r.meanChars)} chars, warm): lint median ${r.medianMs.toFixed(3)} ms, p90 ${r.p90Ms.toFixed(3)} ms, ` +
      `CPU ${r.cpuMs.toFixed(3)} ms/lint (parse alone ${r.parseCpuMs.toFixed(3)} ms); machine floor: 11 simple regexes over 2 KB = ${r.floorUs.toFixed(1)} us`,
  );
}
