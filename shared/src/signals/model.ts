import type { SignalId } from '../engine/types.js';
import { MODEL_DATA } from './model.generated.js';
import type { Prepared } from './text.js';

/**
 * The second opinion: a logistic regression over the words of the message (one, two and three words in a
 * row, within a sentence), trained on the tuning part of the labelled corpus (`npm run train`, which writes
 * model.generated.ts). The phrase families find what they were written for and miss what they were not;
 * the model has seen a thousand messages' worth of how people word a detail, an offer or a favour, and
 * catches some of the rest. It only ever adds a signal the families did not find (see analyze()), and only
 * when it is confident; it points at the sentence that weighed most.
 *
 * Features are 32-bit hashes (no strings are built): a word's FNV-1a hash, and n-grams as mixes of their
 * words' hashes, so the table holds only hashes and weights.
 */

/** The hashes of one sentence's features, and of the message's (each feature once). */
export interface Features {
  /** Every feature of the message, each once. */
  readonly all: readonly number[];
  /** For each sentence (by index in `Prepared.sentences`), its features (a feature may repeat across sentences). */
  readonly bySentence: readonly (readonly number[])[];
}

const QUESTION = fnv('?');
const BIGRAM = 0x9e3779b1;
const TRIGRAM = 0x85ebca77;

/** FNV-1a, 32 bits. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a word's hash into an n-gram's (order matters). */
function mix(h: number, w: number): number {
  h = Math.imul(h ^ w, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  return Math.imul(h, 0x1b873593) >>> 0;
}

// Word hashes are kept per token string (bounded), as the matcher does with its gates.
const WORD_HASH = new Map<string, number>();
const WORD_HASH_MAX = 50_000;
function wordHash(token: string): number {
  let h = WORD_HASH.get(token);
  if (h === undefined) {
    h = fnv(token);
    if (WORD_HASH.size >= WORD_HASH_MAX) WORD_HASH.clear();
    WORD_HASH.set(token, h);
  }
  return h;
}

const NEGATORS = new Set(
  "not no never nothing nobody none neither nor without don't dont doesn't didn't won't isn't aren't wasn't weren't can't cannot couldn't wouldn't shouldn't haven't hasn't nicht kein keine keinen keinem nie niemals nunca ni sin pas jamais sans rien".split(' '),
);
const NEGATED = 0x5bd1e995;
const NEGATION_SCOPE = 4;

/**
 * Words in the scope of a negation ("not looking for a job", "I don't need anything") become other
 * features than the same words asserted: up to four words after the negation, within its clause.
 */
function markNegated(tokens: readonly string[], starts: readonly number[], norm: string, words: number[]): void {
  let left = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (left > 0 && i > 0) {
      // A comma, semicolon, colon or bracket between the words ends the clause.
      const gap = norm.slice(starts[i - 1]! + tokens[i - 1]!.length, starts[i]!);
      if (/[,;:()]/.test(gap)) left = 0;
    }
    if (NEGATORS.has(tokens[i]!)) {
      left = NEGATION_SCOPE;
      continue;
    }
    if (left > 0) {
      words[i] = (words[i]! ^ NEGATED) >>> 0;
      left--;
    }
  }
}

/** The features of every sentence of the body (the subject line too), the way the model was trained on them. */
export function features(p: Prepared): Features {
  const all = new Set<number>();
  const bySentence: number[][] = [];
  for (const s of p.sentences) {
    const words = s.tokens.map(wordHash);
    markNegated(s.tokens, s.starts, s.norm, words);
    if (s.question) words.push(QUESTION);
    const own: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const a = words[i]!;
      own.push(a);
      if (i + 1 < words.length) {
        const b = mix(mix(BIGRAM, a), words[i + 1]!);
        own.push(b);
        if (i + 2 < words.length) own.push(mix(mix(mix(TRIGRAM, a), words[i + 1]!), words[i + 2]!));
      }
    }
    for (const f of own) all.add(f);
    bySentence.push(own);
  }
  return { all: [...all], bySentence };
}

// ---------------------------------------------------------------------------------------------
// The trained model (model.generated.ts), decoded once: feature hash -> row, and per signal an int8
// weight per row with its scale.

/** Decodes standard base64 (the engine has no Buffer or atob). */
function fromBase64(text: string): Uint8Array {
  const code = (c: number) => (c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63);
  let n = text.length;
  while (n > 0 && text.charCodeAt(n - 1) === 61) n--;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    acc = (acc << 6) | code(text.charCodeAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** The signals the model serves and the probability above which it adds one. */
export const MODEL_SIGNALS: readonly SignalId[] = MODEL_DATA.signals;
export const MODEL_THRESHOLD: number = MODEL_DATA.threshold;

const ROW = new Map<number, number>();
{
  const bytes = fromBase64(MODEL_DATA.hashes);
  let h = 0;
  let shift = 0;
  let d = 0;
  for (const b of bytes) {
    d += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) {
      h += d;
      ROW.set(h, ROW.size);
      d = 0;
      shift = 0;
    }
  }
}
const WEIGHTS: readonly Int8Array[] = MODEL_DATA.weights.map((w) => new Int8Array(fromBase64(w).buffer));

/** What the model makes of a message, for one signal. */
export interface Opinion {
  readonly probability: number;
  /** The sentence whose features weigh most towards the signal (only when above MODEL_THRESHOLD), else -1. */
  readonly sentence: number;
}

/**
 * The model's probability for each signal it serves (in MODEL_SIGNALS order), and for each the sentence that
 * weighs most towards it. `wanted` limits the work to the signals asked about (others come back undefined).
 */
export function opinions(p: Prepared, wanted: readonly SignalId[]): (Opinion | undefined)[] {
  const which = MODEL_SIGNALS.map((s) => wanted.includes(s));
  if (!which.includes(true)) return MODEL_SIGNALS.map(() => undefined);
  const f = features(p);
  // Too few words to weigh: the families alone decide (see MIN_FEATURES in tests/corpus/train.ts).
  if (f.all.length < MODEL_DATA.minFeatures) return MODEL_SIGNALS.map(() => undefined);
  const rows: number[] = [];
  for (const h of f.all) {
    const r = ROW.get(h);
    if (r !== undefined) rows.push(r);
  }
  return MODEL_SIGNALS.map((_, k) => {
    if (!which[k]) return undefined;
    const w = WEIGHTS[k]!;
    let z = 0;
    for (const r of rows) z += w[r]!;
    const probability = 1 / (1 + Math.exp(-(MODEL_DATA.bias[k]! + z * MODEL_DATA.scales[k]!)));
    // The evidence is looked for only when the model will be heard.
    const sentence = probability > MODEL_THRESHOLD ? weightiestSentence(f, w) : -1;
    return { probability, sentence };
  });
}

/** The sentence whose features (each once) weigh most towards a signal, or -1 when none weighs for it. */
function weightiestSentence(f: Features, w: Int8Array): number {
  let sentence = -1;
  let best = 0;
  for (let si = 0; si < f.bySentence.length; si++) {
    const seen = new Set<number>();
    let sum = 0;
    for (const h of f.bySentence[si]!) {
      const r = ROW.get(h);
      if (r === undefined || seen.has(r)) continue;
      seen.add(r);
      sum += w[r]!;
    }
    if (sum > best) {
      best = sum;
      sentence = si;
    }
  }
  return sentence;
}
