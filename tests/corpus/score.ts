import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint, SIGNAL_IDS, type Evidence, type SignalId } from '../../shared/src/index.js';

/** One labelled message of the corpus. */
export interface CorpusEntry {
  readonly id: string;
  readonly kind: string;
  readonly desc: string;
  /** The signals a careful reader finds (positive labels only). */
  readonly signals: readonly SignalId[];
  readonly text: string;
  /** The corpus file it came from. */
  readonly file: string;
}

/** Counts and scores for one signal. */
export interface SignalScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A message where the engine and the label disagree on one signal. */
export interface Confusion {
  readonly id: string;
  readonly desc: string;
  readonly signal: SignalId;
  /** fp: found but not labelled; fn: labelled but not found. */
  readonly type: 'fp' | 'fn';
  readonly evidence: readonly Evidence[];
  readonly text: string;
}

/** The scores of one corpus part. */
export interface PartScore {
  readonly size: number;
  readonly perSignal: Readonly<Record<SignalId, SignalScore>>;
  readonly macroF1: number;
  readonly confusions: readonly Confusion[];
  /** Mean milliseconds per lint over the part (one warm pass). */
  readonly msPerMessage: number;
  /** Per message and signal (in SIGNAL_IDS order): 0 true negative, 1 true positive, 2 false positive, 3 false negative. */
  readonly outcomes: Uint8Array;
}

/** A 95 % interval: the 2.5th and 97.5th percentiles of a bootstrap. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Percentile bootstrap over messages: the part's messages are drawn with replacement `runs` times (a seeded
 * generator, so the figures repeat) and F1 is recomputed each time, giving 95 % intervals for each signal's F1
 * and for macro F1. They say how much of a difference between two scores the part's size alone can explain.
 */
export function bootstrapF1(part: PartScore, runs = 1000, seed = 1): { perSignal: Record<SignalId, Interval>; macro: Interval } {
  const n = part.size;
  const k = SIGNAL_IDS.length;
  const f1s = SIGNAL_IDS.map(() => new Float64Array(runs));
  const macros = new Float64Array(runs);
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const counts = new Int32Array(k * 4);
  for (let r = 0; r < runs; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const m = Math.floor(random() * n);
      for (let s = 0; s < k; s++) counts[s * 4 + part.outcomes[m * k + s]!]!++;
    }
    let macro = 0;
    for (let s = 0; s < k; s++) {
      const f1 = withScores({ tn: counts[s * 4]!, tp: counts[s * 4 + 1]!, fp: counts[s * 4 + 2]!, fn: counts[s * 4 + 3]! }).f1;
      f1s[s]![r] = f1;
      macro += f1;
    }
    macros[r] = macro / k;
  }
  const interval = (xs: Float64Array): Interval => {
    const sorted = Float64Array.from(xs).sort();
    return { lo: sorted[Math.floor(0.025 * (runs - 1))]!, hi: sorted[Math.ceil(0.975 * (runs - 1))]! };
  };
  const perSignal = Object.fromEntries(SIGNAL_IDS.map((s, i) => [s, interval(f1s[i]!)])) as Record<SignalId, Interval>;
  return { perSignal, macro: interval(macros) };
}

/** Reads a corpus YAML file; undefined when it does not exist. Throws on malformed entries. */
export function loadCorpus(path: string): CorpusEntry[] | undefined {
  if (!existsSync(path)) return undefined;
  const data = parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${path}: expected a YAML list of messages`);
  return data.map((raw, i) => {
    const e = raw as Partial<CorpusEntry>;
    if (typeof e.id !== 'string' || typeof e.text !== 'string' || !Array.isArray(e.signals)) {
      throw new Error(`${path}: entry ${i} needs id, text and signals`);
    }
    for (const s of e.signals) if (!(SIGNAL_IDS as readonly string[]).includes(s)) throw new Error(`${path}: ${e.id}: unknown signal "${s}"`);
    return { id: e.id, kind: String(e.kind ?? ''), desc: String(e.desc ?? ''), signals: e.signals as SignalId[], text: e.text, file: path.split(/[\\/]/).pop()! };
  });
}

/** The corpus files whose names match `pattern`, in name order. */
function loadFiles(dir: string, pattern: RegExp): { file: string; entries: CorpusEntry[] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((file) => ({ file, entries: loadCorpus(join(dir, file)) ?? [] }));
}

/** Every tuning file of the corpus folder (`tune.yaml`, `tune2.yaml`, ...), in name order. */
export function loadTuning(dir: string): { file: string; entries: CorpusEntry[] }[] {
  return loadFiles(dir, /^tune[\w-]*\.yaml$/);
}

/** The held-out files (`heldout.yaml`, `heldout2.yaml`, ...), in name order. Only their scores may be shown. */
export function loadHeldoutFiles(dir: string): { file: string; entries: CorpusEntry[] }[] {
  return loadFiles(dir, /^heldout[\w-]*\.yaml$/);
}

/** The whole held-out part (every held-out file), or undefined when there is none. Only its scores may be shown. */
export function loadHeldout(dir: string): CorpusEntry[] | undefined {
  const files = loadHeldoutFiles(dir);
  return files.length === 0 ? undefined : files.flatMap((f) => f.entries);
}

/** Lints every message and compares the signals found with the labels. */
export function scorePart(entries: readonly CorpusEntry[]): PartScore {
  const counts = Object.fromEntries(SIGNAL_IDS.map((s) => [s, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<SignalId, { tp: number; fp: number; fn: number; tn: number }>;
  const confusions: Confusion[] = [];
  const outcomes = new Uint8Array(entries.length * SIGNAL_IDS.length);
  for (const e of entries) lint(e.text); // warm up
  const t0 = performance.now();
  for (const [i, e] of entries.entries()) {
    const { analysis } = lint(e.text);
    for (const [k, s] of SIGNAL_IDS.entries()) {
      const found = analysis.signals[s].found;
      const labelled = e.signals.includes(s);
      const c = counts[s];
      if (found && labelled) c.tp++;
      else if (found) c.fp++;
      else if (labelled) c.fn++;
      else c.tn++;
      outcomes[i * SIGNAL_IDS.length + k] = found ? (labelled ? 1 : 2) : labelled ? 3 : 0;
      if (found !== labelled) {
        const evidence = found ? analysis.signals[s].evidence : relatedEvidence(s, analysis);
        confusions.push({ id: e.id, desc: e.desc, signal: s, type: found ? 'fp' : 'fn', evidence, text: e.text });
      }
    }
  }
  const ms = (performance.now() - t0) / Math.max(1, entries.length);
  const perSignal = Object.fromEntries(SIGNAL_IDS.map((s) => [s, withScores(counts[s])])) as Record<SignalId, SignalScore>;
  const macroF1 = SIGNAL_IDS.reduce((sum, s) => sum + perSignal[s].f1, 0) / SIGNAL_IDS.length;
  return { size: entries.length, perSignal, macroF1, confusions, msPerMessage: ms, outcomes };
}

/** For a missed signal, what the engine did see that bears on it (asks for leech, value for leech, ...). */
function relatedEvidence(s: SignalId, analysis: ReturnType<typeof lint>['analysis']): readonly Evidence[] {
  if (s === 'leech') return [...analysis.asks, ...analysis.signals.value.evidence];
  if (s === 'note') return analysis.stock;
  return [];
}

/** Precision, recall and F1 from a signal's counts (as `npm run eval` reports them). */
export function withScores(c: { tp: number; fp: number; fn: number; tn: number }): SignalScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
