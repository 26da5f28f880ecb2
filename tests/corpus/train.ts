/**
 * Trains the engine's second opinion (shared/src/signals/model.ts): one logistic regression per signal it
 * serves, over the features model.ts extracts, on the TUNING part of the labelled corpus only (never a
 * held-out file). Deterministic: the same corpus and code give the same model byte for byte, which is how
 * tests/generated.test.ts knows model.generated.ts is current.
 *
 * How it was chosen (docs/detection.md, "The second opinion"): for each of the last three corpus rounds,
 * a model trained on the files written before that round was added to the detectors as they stood before
 * the round, and scored on the round's fresh batches (text neither had seen). Features seen in at least
 * three training messages; AdaGrad, 30 passes, L2 1e-4, the mean of ten bootstrap models; the signal added
 * where the families found nothing and the model says at least 0.8 (THRESHOLDS: reference 0.9; value, personal and leech 0.7), for the
 * five signals where that helped in every round.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOutreach } from '../../shared/src/document/parse.js';
import type { SignalId } from '../../shared/src/engine/types.js';
import { QUESTION_SIGNALS, features, fnv } from '../../shared/src/signals/model.js';
import { prepare } from '../../shared/src/signals/text.js';
import type { CorpusEntry } from './score.js';

/** The signals the model serves, and the probability above which it adds one. */
export const MODEL_SIGNALS: readonly SignalId[] = ['reason', 'personal', 'value', 'collector', 'leech', 'reference', 'introduction'];
export const THRESHOLD = 0.8;
/**
 * Signals whose bar differs from THRESHOLD. Someone both know (reference) at 0.9: chosen with `npm run
 * first-contact` on eight past rounds (docs/detection.md, "The fourteenth round"), where it raised reference F1 in
 * every round at 0.9 and lost in two at 0.8; the model reads it only where the message names someone (namesSomeone()).
 * An offer (value) at 0.7: on sixteen past rounds' fresh batches (the ninth session, model of up to 4,085 messages)
 * value F1 rose in nine rounds and fell in one against 0.8 (mean 0.9016 -> 0.9057; leech unchanged).
 * A detail about them (personal) and an unreturned favour (leech) at 0.7: chosen in the fifteenth session by
 * tests/corpus/pool-rounds.ts over the fresh batches of twenty-two past rounds (tune50 … tune115, 5,610 messages, each
 * round read by its engine before the round and a model trained on the files before it): personal up in fourteen rounds
 * and down in three, leech up in seven and down in none (pooled F1 0.8749 -> 0.8797 and 0.8754 -> 0.8783).
 */
export const THRESHOLDS: Partial<Record<SignalId, number>> = { reference: 0.9, value: 0.7, personal: 0.7, leech: 0.7 };
/**
 * The model speaks only on a message with at least this many n-gram features (about 10 words). It was 60 (about 20
 * words) while the model was small: on shorter messages it did no better than the families then, and read one-line
 * near misses wrong. Chosen again in the sixteenth session on twelve past rounds' fresh batches (3,060 messages, each
 * read by the families before the round and a model trained only on the files before it; a floor of 0 gives every
 * message an opinion and the floor is swept afterwards): macro F1 0.9306 at 60, 0.9317 at 40, 0.9323 at 30, 0.9329 at
 * 0; at 30 against 60 reason 0.9733 -> 0.9749 (six rounds up, none down), personal 0.8737 -> 0.8768 (six up, two down),
 * collector 0.9693 -> 0.9750 (four up), leech 0.9095 -> 0.9109, reference 0.8567 -> 0.8560 (one down). 30 rather than
 * lower keeps a one-line message ("How do you do? I restore pianos in Bath.", 23) to the families.
 */
export const MIN_FEATURES = 30;
const MIN_MESSAGES = 3;
/**
 * Each signal's weights are the mean of this many models, each trained on a bootstrap sample of the messages
 * (bagging; for a linear model, averaging the weights is averaging the log-odds, so serving it costs nothing).
 * One model trained on all messages flipped 7.9 % of its decisions on a batch it had not seen when one other
 * batch joined its training data; the mean of ten flips 3.4 %, at the same F1 on past rounds' fresh batches
 * (docs/detection.md, "Steadier readings").
 */
const BAGS = 10;
const PASSES = 30;
const L2 = 1e-4;
const RATE = 0.5;
/**
 * Each feature enters a signal's regression scaled by how unevenly it falls between the messages with the signal and
 * those without (naive Bayes log-count ratio, |log(p/q)| with add-NB_SMOOTHING counts, plus NB_FLOOR so that no
 * feature is silenced): the regression starts from what each word says on its own, and a word seen a few times on
 * both sides weighs little (NBSVM, Wang and Manning 2012; the served weight is the learned one times the scale, so
 * serving is unchanged). Chosen with `npm run first-contact` on twelve past rounds (tune20 … tune49): introduction
 * +0.012 (up in seven rounds, down in none), reference +0.005, collector +0.005, personal +0.002, value +0.001,
 * reason -0.001, leech 0.000; and it makes the model's "no detail about them" sure enough to overrule the families'
 * (PERSONAL_VETO).
 */
const NB_SMOOTHING = 1;
const NB_FLOOR = 0.3;

/** The sources whose change calls for a new model: the corpus files given, the featurizer, the tokenizer, this trainer. */
export const TRAINER_SOURCES = ['shared/src/signals/model.ts', 'shared/src/signals/text.ts', 'tests/corpus/train.ts'];

/** A digest of the training inputs (file names and contents), recorded in the generated model. */
export function trainingDigest(root: string, corpusFiles: readonly string[]): string {
  let text = '';
  for (const f of [...TRAINER_SOURCES, ...corpusFiles.map((c) => `tests/corpus/${c}`)]) text += `\u0000${f}\u0000${readFileSync(path.join(root, f), 'utf8').replace(/\r\n/g, '\n')}`;
  // Two FNV-1a hashes of different seeds: 64 bits, enough to notice any edit.
  return fnv(text).toString(16).padStart(8, '0') + fnv(`#${text}`).toString(16).padStart(8, '0');
}

export interface TrainedModel {
  readonly signals: readonly SignalId[];
  /** Per signal (in `signals` order), the probability above which the model adds it. */
  readonly thresholds: readonly number[];
  readonly minFeatures: number;
  /** Sorted feature hashes kept (seen in at least MIN_MESSAGES training messages). */
  readonly hashes: Uint32Array;
  /** Per signal, its bias and one weight per kept hash. */
  readonly bias: readonly number[];
  readonly weights: readonly Float64Array[];
}

/** Trains one model per signal of MODEL_SIGNALS on the given messages (their labels). */
export function train(entries: readonly Pick<CorpusEntry, 'text' | 'signals'>[], signals: readonly SignalId[] = MODEL_SIGNALS): TrainedModel {
  const asked = new Set<number>();
  const feats: number[][] = entries.map((e) => {
    const f = features(prepare(parseOutreach(e.text)));
    for (const h of f.asked) asked.add(h);
    return f.all;
  });
  const df = new Map<number, number>();
  for (const f of feats) for (const h of f) df.set(h, (df.get(h) ?? 0) + 1);
  const hashes = Uint32Array.from([...df].filter(([, n]) => n >= MIN_MESSAGES).map(([h]) => h)).sort();
  const index = new Map<number, number>();
  hashes.forEach((h, i) => index.set(h, i));
  const rows = feats.map((f) => Int32Array.from(f.map((h) => index.get(h) ?? -1).filter((i) => i >= 0)).sort());
  const bias: number[] = [];
  const weights: Float64Array[] = [];
  for (const s of signals) {
    const y = entries.map((e) => (e.signals.includes(s) ? 1 : 0));
    const w = new Float64Array(hashes.length);
    let b = 0;
    // Each feature's scale for this signal (NB_SMOOTHING, NB_FLOOR); the words of a question only for QUESTION_SIGNALS.
    const pos = new Float64Array(hashes.length).fill(NB_SMOOTHING);
    const neg = new Float64Array(hashes.length).fill(NB_SMOOTHING);
    rows.forEach((row, i) => {
      const side = y[i] ? pos : neg;
      for (const f of row) side[f]! += 1;
    });
    let posSum = 0;
    let negSum = 0;
    for (let f = 0; f < hashes.length; f++) {
      posSum += pos[f]!;
      negSum += neg[f]!;
    }
    const questions = QUESTION_SIGNALS.includes(s);
    const scale = new Float64Array(hashes.length);
    for (let f = 0; f < hashes.length; f++) {
      scale[f] = !questions && asked.has(hashes[f]!) ? 0 : Math.abs(Math.log(pos[f]! / posSum / (neg[f]! / negSum))) + NB_FLOOR;
    }
    // The same bootstrap samples for every signal (seeded): the same corpus gives the same model byte for byte.
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < BAGS; k++) {
      const pick = rows.map(() => Math.floor(random() * rows.length));
      const one = logistic(
        pick.map((i) => rows[i]!),
        pick.map((i) => y[i]!),
        scale,
      );
      for (let f = 0; f < w.length; f++) w[f]! += (one.w[f]! * scale[f]!) / BAGS;
      b += one.b / BAGS;
    }
    bias.push(b);
    weights.push(w);
  }
  return { signals, thresholds: signals.map((s) => THRESHOLDS[s] ?? THRESHOLD), minFeatures: MIN_FEATURES, hashes, bias, weights };
}

/**
 * L2-regularised logistic regression by AdaGrad over binary features, each feature's value its `scale` (the weight
 * returned is per unit of scale), with a seeded shuffle each pass.
 */
function logistic(rows: readonly Int32Array[], y: readonly number[], scale: Float64Array): { w: Float64Array; b: number } {
  const n = scale.length;
  const w = new Float64Array(n);
  const g2 = new Float64Array(n).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const order = rows.map((_, i) => i);
  let seed = 1;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const row = rows[i]!;
      let z = b;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]! * scale[row[k]!]!;
      const g = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let k = 0; k < row.length; k++) {
        const f = row[k]!;
        const gf = g * scale[f]! + L2 * w[f]!;
        g2[f]! += gf * gf;
        w[f]! -= (RATE * gf) / Math.sqrt(g2[f]!);
      }
      gb += g * g;
      b -= (RATE * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

const ROWS = new WeakMap<TrainedModel, Map<number, number>>();

/**
 * The trained model's own probabilities (unquantised) for a message, one per signal in `m.signals` order, or
 * undefined when the message has fewer features than the floor (the engine's model.ts then stays silent too).
 */
export function predict(m: TrainedModel, text: string): number[] | undefined {
  let rows = ROWS.get(m);
  if (!rows) {
    rows = new Map();
    m.hashes.forEach((h, i) => rows!.set(h, i));
    ROWS.set(m, rows);
  }
  const { all: f, ngrams } = features(prepare(parseOutreach(text)));
  if (ngrams < m.minFeatures) return undefined;
  const kept = f.map((h) => rows.get(h)).filter((r): r is number => r !== undefined);
  return m.weights.map((w, k) => {
    let z = m.bias[k]!;
    for (const r of kept) z += w[r]!;
    return 1 / (1 + Math.exp(-z));
  });
}

/**
 * The model as a TypeScript module: hashes as base64 varint deltas, each signal's weights as base64 int8 codes on a
 * square-root scale with the signal's largest weight as its scale (a code q stands for sign(q) (q/127)² × scale).
 * Most weights are small, and the square root spends the 255 codes where they are: with one linear step per signal
 * (largest / 127) the rounding of a long message's few hundred features added up to a probability 0.24 off the
 * trained one at 20,830 messages (tests/unit/second-opinion.test.ts). The loss is tested to change almost no decision.
 */
export function moduleText(m: TrainedModel, digest: string, messages: number): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const h of m.hashes) {
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d);
  }
  // The largest weight of each signal, by a loop: spreading 125,000 weights into Math.max overflows the call stack.
  const scales = m.weights.map((w) => {
    let max = 1e-9;
    for (const x of w) if (Math.abs(x) > max) max = Math.abs(x);
    return max;
  });
  const q = m.weights.map((w, s) => Array.from(w, (x) => Math.round(Math.sign(x) * Math.sqrt(Math.abs(x) / scales[s]!) * 127) & 0xff));
  const b64 = (a: readonly number[]) => Buffer.from(a).toString('base64');
  const num = (x: number) => Number(x.toPrecision(8));
  const lines = [
    '// Generated by `npm run train` (tests/corpus/train.ts) from the tuning part of the corpus: do not edit.',
    `// ${messages} messages, ${m.hashes.length} features, signals ${m.signals.join(', ')}.`,
    '',
    `export const MODEL_DIGEST = '${digest}';`,
    '',
    'export const MODEL_DATA = {',
    `  signals: ${JSON.stringify(m.signals)},`,
    `  thresholds: ${JSON.stringify(m.thresholds)},`,
    `  minFeatures: ${m.minFeatures},`,
    `  bias: ${JSON.stringify(m.bias.map(num))},`,
    `  scales: ${JSON.stringify(scales.map(num))},`,
    `  hashes: '${b64(bytes)}',`,
    `  weights: [`,
    ...q.map((w) => `    '${b64(w)}',`),
    '  ],',
    '} as const;',
    '',
  ];
  return lines.join('\n');
}
