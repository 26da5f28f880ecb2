import { FAMILIES, type Family } from './families.js';
import { firstTwoWords, firstWords } from './first-words.js';
import { WORD_SLOTS, type Prepared } from './text.js';

/**
 * Reads a match of a family (already shifted to file offsets): the hit, or undefined when the
 * family's checks reject it. Called in family order, and in position order within a family.
 */
export type ReadMatch<H> = (fam: Family, m: RegExpExecArray) => H | undefined;

/**
 * How each family is gated. `keys` are words one of which any match contains (or starts with);
 * `starts`, when known, are the only words a match can start with; `back` is how many words before
 * a key a match may start when the start words are open-ended; `names` limits those to capitalised words.
 */
interface Gate {
  readonly keys: readonly string[];
  readonly starts?: ReadonlySet<string>;
  /** True when `keys` are the start words themselves (no separate key check needed). */
  readonly exact: boolean;
  /** First word to possible second words (`*`: any), to skip hopeless attempts cheaply. */
  readonly pairs?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly back: number;
  readonly names: boolean;
}

// Words too common to gate on: a family starting with them is gated on its rarer key words instead.
const COMMON = new Set(
  "i we you the a an and to your my our of in for it is be this that would can will could i'm i'd i've we're we'd me so but with on at as if are am was do have just".split(' '),
);

const GATES: readonly Gate[] = FAMILIES.map((fam) => {
  const gate = gateOf(fam);
  const pairs = gate.starts ? firstTwoWords(fam.re.source) : undefined;
  return pairs ? { ...gate, pairs } : gate;
});

function gateOf(fam: Family): Gate {
  const starts = firstWords(fam.re.source);
  if (starts && !starts.some((w) => COMMON.has(w))) return { keys: starts, starts: new Set(starts), exact: true, back: 0, names: false };
  // Otherwise any uncommon literal word of the pattern opens the sentence, and the start words are tried there.
  if (starts) {
    const keys = [...new Set([...fam.keys, ...literalWords(fam.re.source), ...starts])].filter((w) => !COMMON.has(w));
    return { keys, starts: new Set(starts), exact: false, back: 0, names: false };
  }
  // An open-ended start (a name, a number): word starts up to `back` words before one of its keys.
  // A name-first family is cheap to try (capitalised words only), so every literal word of it is a key.
  const keys = fam.names ? [...new Set([...fam.keys, ...literalWords(fam.re.source)])] : fam.keys;
  return { keys: keys.filter((w) => !COMMON.has(w)), exact: false, back: fam.back ?? 8, names: !!fam.names };
}

/** The plain words written in a regex source (outside classes and escapes), for gates. */
function literalWords(source: string): string[] {
  const cleaned = source.replace(/\[[^\]]*\]/g, ' ').replace(/\\./g, ' ').replace(/\(\?<?[:=!]/g, ' ');
  return cleaned.split(/[^a-z'-]+/).filter((w) => w.length >= 3 && /^[a-z]/.test(w));
}

// Which families each key word opens, and which families may start at each start word; built once.
const FAMILIES_BY_KEY = new Map<string, number[]>();
const FAMILIES_BY_START = new Map<string, number[]>();
const index = (map: Map<string, number[]>, word: string, fi: number) => {
  const list = map.get(word);
  if (!list) map.set(word, [fi]);
  else if (list[list.length - 1] !== fi) list.push(fi);
};
GATES.forEach((gate, fi) => {
  if (!gate.exact) for (const k of gate.keys) index(FAMILIES_BY_KEY, k, fi);
  for (const w of gate.starts ?? []) index(FAMILIES_BY_START, w, fi);
});

const GATE_WORDS = new Set([...FAMILIES_BY_KEY.keys(), ...FAMILIES_BY_START.keys()]);

export function isGateWord(word: string): boolean {
  return GATE_WORDS.has(word);
}

/**
 * Runs the families. Each family regex is sticky and is tried only where a match can start: at its
 * start words in sentences that hold one of its key words, or (when the start is open-ended, as for
 * a name) at word starts shortly before a key word. A message costs a few anchored attempts per
 * family that could match, instead of a scan per family.
 */
export function matchFamilies<H>(p: Prepared, read: ReadMatch<H>): H[] {
  const hits: H[] = [];
  const n = p.sentences.length;
  // Which sentences hold a key word of each family (families gated by keys only).
  const active = new Uint8Array(FAMILIES.length * Math.max(n, 1));
  const keyAt: (number[] | undefined)[] = new Array(FAMILIES.length);
  const startWords: [number[], number[]][] = [];
  for (const [word, at] of p.words) {
    const byKey = FAMILIES_BY_KEY.get(word);
    if (byKey) {
      for (const fi of byKey) {
        if (GATES[fi]!.starts) for (const x of at) active[fi * n + ((x / WORD_SLOTS) | 0)] = 1;
        else {
          const list = (keyAt[fi] ??= []);
          for (const x of at) list.push(x);
        }
      }
    }
    const byStart = FAMILIES_BY_START.get(word);
    if (byStart) startWords.push([byStart, at]);
  }
  // Where each family may start: its start words, in a sentence that holds one of its keys when needed.
  const startAt: (number[] | undefined)[] = new Array(FAMILIES.length);
  for (const [byStart, at] of startWords) {
    for (const fi of byStart) {
      const exact = GATES[fi]!.exact;
      for (const x of at) if (exact || active[fi * n + ((x / WORD_SLOTS) | 0)]) (startAt[fi] ??= []).push(x);
    }
  }
  for (let fi = 0; fi < FAMILIES.length; fi++) {
    const gate = GATES[fi]!;
    const fam = FAMILIES[fi]!;
    if (gate.starts) {
      const starts = startAt[fi];
      if (!starts) continue;
      if (starts.length > 1) starts.sort((a, b) => a - b);
      let skipUntil = -1;
      const pairs = gate.pairs;
      for (const packed of starts) {
        if (packed < skipUntil) continue;
        if (pairs && !secondWordFits(p, packed, pairs)) continue;
        const end = attempt(fam, p, packed, read, hits);
        if (end >= 0) skipUntil = end;
      }
      continue;
    }
    const keys = keyAt[fi];
    if (!keys) continue;
    if (keys.length > 1) keys.sort((a, b) => a - b);
    let next = -1; // first packed position not yet tried
    for (const packed of keys) {
      const si = (packed / WORD_SLOTS) | 0;
      const wi = packed - si * WORD_SLOTS;
      const s = p.sentences[si]!;
      for (let w = Math.max(wi - gate.back, 0); w <= wi; w++) {
        const here = si * WORD_SLOTS + w;
        if (here < next) continue;
        next = here + 1;
        if (gate.names && !s.caps[w]) continue;
        const end = attempt(fam, p, here, read, hits);
        if (end >= 0) next = end;
      }
    }
  }
  return hits;
}

/** Whether the word after a start word can continue one of the family's two-word openings. */
function secondWordFits(p: Prepared, packed: number, pairs: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const si = (packed / WORD_SLOTS) | 0;
  const w = packed - si * WORD_SLOTS;
  const s = p.sentences[si]!;
  const set = pairs.get(s.tokens[w]!);
  if (!set) return true;
  if (set.has('*')) return true;
  return s.spaced[w]! && set.has(s.tokens[w + 1]!);
}

/** One sticky attempt at a packed word position; returns the packed position after a hit, or -1. */
function attempt<H>(fam: Family, p: Prepared, packed: number, read: ReadMatch<H>, hits: H[]): number {
  const si = (packed / WORD_SLOTS) | 0;
  const s = p.sentences[si]!;
  const re = fam.re;
  re.lastIndex = s.starts[packed - si * WORD_SLOTS]!;
  const m = re.exec(s.norm);
  if (!m) return -1;
  const end = m.index + m[0].length;
  shift(m, s.span.start);
  const hit = read(fam, m);
  if (!hit) return -1;
  hits.push(hit);
  let w = packed - si * WORD_SLOTS;
  while (w < s.starts.length && s.starts[w]! < end) w++;
  return si * WORD_SLOTS + w;
}

/** Moves a match on a sentence's text to file offsets. */
function shift(m: RegExpExecArray, base: number): void {
  m.index += base;
  const ind = m.indices as unknown as ([number, number] | undefined)[] | undefined;
  if (!ind) return;
  for (let g = 0; g < ind.length; g++) {
    const pair = ind[g];
    if (pair) ind[g] = [pair[0] + base, pair[1] + base];
  }
}
