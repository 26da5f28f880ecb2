import { FAMILIES, type Family } from './families.js';
import { decodePairs, firstTwoWords, firstWords, requiredStrings, sourceKey, type GateRow } from './first-words.js';
import { GATE_ROWS } from './gates.generated.js';
import { REQUIRED_ROWS } from './required.generated.js';
import { WORD_SLOTS, type Prepared, type PreparedSentence } from './text.js';

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
export interface Gate {
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

// What first-words.ts derives from each family's regex comes from a table generated at build time
// (`npm run generate`; tests/generated.test.ts fails when it is stale), found by a key of the regex
// source. A family whose source is not in the table (edited since) is derived here, as before: the
// same gates either way, only slower to start (deriving them all took 0.4-0.5 s of CPU).
const ROWS = new Map<string, GateRow>();
for (const row of GATE_ROWS) ROWS.set(row[0], row);
const ROW_OF: (GateRow | undefined)[] = FAMILIES.map((fam) => ROWS.get(sourceKey(fam.re.source)));

const GATES: readonly Gate[] = FAMILIES.map((fam, fi) => gateOf(fam, fi));

// The two-word openings are decoded (or derived) the first time a family's start word is seen.
const PAIRS: (ReadonlyMap<string, ReadonlySet<string>> | null | undefined)[] = new Array(FAMILIES.length);
function pairsOf(fi: number): ReadonlyMap<string, ReadonlySet<string>> | null {
  let pairs = PAIRS[fi];
  if (pairs !== undefined) return pairs;
  const row = ROW_OF[fi];
  if (!GATES[fi]!.starts) pairs = null;
  else if (row) pairs = row[2] === null ? null : decodePairs(row[2]);
  else pairs = firstTwoWords(FAMILIES[fi]!.re.source) ?? null;
  return (PAIRS[fi] = pairs);
}

function gateOf(fam: Family, fi: number): Gate {
  const row = ROW_OF[fi];
  const starts = row ? (row[1] ?? undefined) : firstWords(fam.re.source);
  if (starts && !starts.some((w) => COMMON.has(w))) return { keys: starts, starts: new Set(starts), exact: true, back: 0, names: false };
  // Otherwise any uncommon literal word of the pattern opens the sentence, and the start words are tried there.
  if (starts) {
    const keys = [...new Set([...fam.keys, ...literalWords(fam.re.source), ...starts])].filter((w) => !COMMON.has(w) || (fam.commonKeys && fam.keys.includes(w)));
    return { keys, starts: new Set(starts), exact: false, back: 0, names: false };
  }
  // An open-ended start (a name, a number): word starts up to `back` words before one of its keys.
  // A name-first family is cheap to try (capitalised words only), so every literal word of it is a key.
  const keys = fam.names ? [...new Set([...fam.keys, ...literalWords(fam.re.source)])] : fam.keys;
  return { keys: keys.filter((w) => !COMMON.has(w) || (fam.commonKeys && fam.keys.includes(w))), exact: false, back: fam.back ?? 8, names: !!fam.names };
}

/** The plain words written in a regex source (outside classes and escapes), for gates. */
function literalWords(source: string): string[] {
  // A word cut by a group or an optional letter is a word in each of its spellings: "introduc(?:e|ing)" is
  // "introduce" and "introducing", "minutes?" is "minutes" and "minute" (a fragment alone would be a key no text holds).
  const spelled = source
    .replace(/([a-z]+)\(\?:((?:[a-z']*\|)*[a-z']*)\)(\?)?/g, (_, stem: string, alts: string, optional?: string) =>
      ` ${alts.split('|').map((a) => stem + a).join(' ')}${optional ? ` ${stem}` : ''} `,
    )
    .replace(/([a-z]+)([a-z])\?/g, ' $1$2 $1 ');
  const cleaned = spelled.replace(/\[[^\]]*\]/g, ' ').replace(/\\./g, ' ').replace(/\(\?<?[:=!]/g, ' ');
  return cleaned.split(/[^a-z'-]+/).filter((w) => w.length >= 3 && /^[a-z]/.test(w));
}

// Which families each key word opens, and which families may start at each start word; built once.
// One entry per gate word, so a token costs one Map lookup.
interface WordGate {
  readonly word: string;
  /** Families this word is a key of (open-ended or start-gated families; exact ones need no key). */
  readonly keyOf: readonly number[];
  /** Families this word is a start word of. */
  readonly startOf: readonly number[];
  /** `keyOf` split: the families with start words (whose sentences the word opens) and the open-ended ones. */
  keyStarts: Int32Array;
  keyOpen: Int32Array;
  /**
   * For each `startOf` family, the second words that can follow this word when it stands as written
   * (not as a stem), or null when any word may follow (no pairs known, `*`, or not a first word of the
   * pairs); undefined until first needed.
   */
  next: (ReadonlySet<string> | null | undefined)[];
  /** The `startOf` families split by the second words that can follow this word as written (once needed). */
  split?: Split;
  /** The same for tokens this word is a stem of ("i'm" for "i"), a bounded cache. */
  stems?: Map<string, Split>;
  /** Where the word stands in the message being matched (packed positions), valid when `stamp` is the matcher's. */
  at: number[];
  /** How many of `at` are this message's. */
  count: number;
  stamp: number;
}

/** Start-word families: those any word may follow (no two-word filter), and the others by second word. */
interface Split {
  readonly free: readonly number[];
  readonly byNext: ReadonlyMap<string, readonly number[]>;
}

const NO_FAMILIES = new Int32Array(0);
const WORDS = new Map<string, WordGate & { keyOf: number[]; startOf: number[] }>();
const entry = (word: string) => {
  let e = WORDS.get(word);
  if (!e) WORDS.set(word, (e = { word, keyOf: [], startOf: [], next: [], keyStarts: NO_FAMILIES, keyOpen: NO_FAMILIES, at: [], count: 0, stamp: 0 }));
  return e;
};
GATES.forEach((gate, fi) => {
  if (!gate.exact) {
    for (const k of gate.keys) {
      const list = entry(k).keyOf;
      if (list[list.length - 1] !== fi) list.push(fi);
    }
  }
  for (const w of gate.starts ?? []) {
    const e = entry(w);
    if (e.startOf[e.startOf.length - 1] === fi) continue;
    e.startOf.push(fi);
    e.next.push(undefined);
  }
});
const GATE_OF: ReadonlyMap<string, WordGate> = WORDS;

/**
 * The gate words a token stands for: itself, "#num" for a number ("500+", "3,100", "10k" share one gate
 * word) and its crude stems ("connecting": "connect", "connecte"; "i'd": "i"; "j'organise": "organise";
 * "30-min": "min"), each once, those that are gate words only. Kept per token string in a bounded cache,
 * so a word costs one lookup however many stems it has.
 */
const NO_GATES: readonly WordGate[] = [];
const TOKEN_GATES = new Map<string, readonly WordGate[]>();
const TOKEN_GATES_MAX = 50_000;
function gatesOf(token: string): readonly WordGate[] {
  let gates = TOKEN_GATES.get(token);
  if (gates !== undefined) return gates;
  const words = [token];
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) words.push('#num');
  stemsOf(token, words);
  const found: WordGate[] = [];
  for (const w of words) {
    const g = GATE_OF.get(w);
    if (g && !found.includes(g)) found.push(g);
  }
  gates = found.length > 0 ? found : NO_GATES;
  if (TOKEN_GATES.size >= TOKEN_GATES_MAX) TOKEN_GATES.clear();
  TOKEN_GATES.set(token, gates);
  return gates;
}

/** Adds the crude stems of a word to `out`. */
function stemsOf(w: string, out: string[]): void {
  const apo = w.indexOf("'");
  const n = w.length;
  if (apo > 0) {
    out.push(w.slice(0, apo));
    // "j'organise", "l'ouverture": the word after an elided article or pronoun
    if (apo < n - 3) out.push(w.slice(apo + 1));
  }
  // "30-min", "thirty-minute", "follow-up": each part of a hyphenated word, with its own stems
  if (w.indexOf('-') > 0) {
    for (const part of w.split('-')) {
      if (part.length < 2) continue;
      out.push(part);
      stemsOf(part, out);
    }
  }
  const last = w.charCodeAt(n - 1);
  if (n > 5 && last === 103 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(stem, stem + 'e');
  } else if (n > 4 && last === 100 && w.charCodeAt(n - 2) === 101) {
    out.push(w.slice(0, -2), w.slice(0, -1));
  } else if (n > 3 && last === 115 && w.charCodeAt(n - 2) !== 115) {
    out.push(w.slice(0, -1));
    if (w.charCodeAt(n - 2) === 101) out.push(w.slice(0, -2));
  }
}

function nextWords(fi: number, first: string): ReadonlySet<string> | null {
  const set = pairsOf(fi)?.get(first);
  return !set || set.has('*') ? null : set;
}

// Per family, for the hot loop: its regex (read from this array, not from the family: the families are objects
// of many shapes, so `fam.re` was a megamorphic load that mostly missed V8's stub cache), has start words, needs
// no key, how far back, capitalised words only.
const RES: readonly RegExp[] = FAMILIES.map((fam) => fam.re);
const HAS_STARTS = new Uint8Array(FAMILIES.length);
const EXACT = new Uint8Array(FAMILIES.length);
const BACK = new Int32Array(FAMILIES.length);
const NAMES = new Uint8Array(FAMILIES.length);
GATES.forEach((gate, fi) => {
  HAS_STARTS[fi] = gate.starts ? 1 : 0;
  EXACT[fi] = gate.exact ? 1 : 0;
  BACK[fi] = gate.back;
  NAMES[fi] = gate.names ? 1 : 0;
});
for (const g of WORDS.values()) {
  g.keyStarts = Int32Array.from(g.keyOf.filter((fi) => HAS_STARTS[fi] === 1));
  g.keyOpen = Int32Array.from(g.keyOf.filter((fi) => HAS_STARTS[fi] !== 1));
}

// What every match of each family contains (first-words.ts `requiredStrings`, from a generated table
// like the gates, derived here for a family not in it): clauses of strings, one of each clause at or
// after the start word. A candidate whose sentence lacks one is not tried; the attempt could not match.
const REQUIRED = new Map<string, readonly (readonly string[])[]>(REQUIRED_ROWS);
const CLAUSES: (readonly string[])[] = [];
const CLAUSE_FROM = new Int32Array(FAMILIES.length + 1);
const CLAUSE_IDS: number[] = [];
{
  const ids = new Map<string, number>();
  FAMILIES.forEach((fam, fi) => {
    CLAUSE_FROM[fi] = CLAUSE_IDS.length;
    if (fam.re.flags.includes('i')) return;
    const clauses = REQUIRED.get(sourceKey(fam.re.source)) ?? requiredStrings(fam.re.source);
    for (const c of clauses) {
      const key = c.join('\u0000');
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = CLAUSES.length));
        CLAUSES.push(c);
      }
      CLAUSE_IDS.push(id);
    }
  });
  CLAUSE_FROM[FAMILIES.length] = CLAUSE_IDS.length;
}
const CLAUSE_ID = Int32Array.from(CLAUSE_IDS);

// The clauses' strings are found in one pass over a sentence by an Aho-Corasick automaton (a full
// transition table over the characters the strings use), instead of a lastIndexOf per string.
// The automaton looks for the first PREFIX characters of each string only: where a string starts, so
// does its prefix, so the filter stays sound, and the table stays small enough to stay in cache.
const PREFIX = 7;
const STRINGS: string[] = [];
const CLAUSE_STRINGS: Int32Array[] = [];
{
  const ids = new Map<string, number>();
  for (const c of CLAUSES) {
    const own = new Set<number>();
    for (const full of c) {
      const x = full.slice(0, PREFIX);
      let id = ids.get(x);
      if (id === undefined) {
        ids.set(x, (id = STRINGS.length));
        STRINGS.push(x);
      }
      own.add(id);
    }
    CLAUSE_STRINGS.push(Int32Array.from(own));
  }
}
const STRING_LEN = Int32Array.from(STRINGS, (x) => x.length);
// The other way round: the clauses each string is in (STRING_CLAUSE_IDS[STRING_CLAUSE_FROM[id]..[id + 1]]), so the
// scan updates the clauses of the strings it finds (about 1,500 updates for a 2 KB message) instead of each clause
// looking through all of its strings when first asked (about 4,700 looks).
const STRING_CLAUSE_FROM = new Int32Array(STRINGS.length + 1);
const STRING_CLAUSE_IDS = new Int32Array(CLAUSE_STRINGS.reduce((sum, own) => sum + own.length, 0));
{
  for (const own of CLAUSE_STRINGS) for (const id of own) STRING_CLAUSE_FROM[id + 1]!++;
  for (let id = 0; id < STRINGS.length; id++) STRING_CLAUSE_FROM[id + 1]! += STRING_CLAUSE_FROM[id]!;
  const fill = STRING_CLAUSE_FROM.slice(0, STRINGS.length);
  CLAUSE_STRINGS.forEach((own, c) => {
    for (const id of own) STRING_CLAUSE_IDS[fill[id]!++] = c;
  });
}
const NCLAUSES = CLAUSES.length;
const CHAR_CLASS = new Uint8Array(65536); // 0: a character no string uses
let classes = 1;
for (const x of STRINGS) for (let i = 0; i < x.length; i++) if (CHAR_CLASS[x.charCodeAt(i)] === 0) CHAR_CLASS[x.charCodeAt(i)] = classes++;
// Past 255 characters or 32,767 states (many times today's) the filter is off: it is only an optimisation.
const AUTOMATON = classes <= 255 ? automaton() : undefined;
const GOTO = AUTOMATON?.GOTO ?? new Uint16Array(0);
const OUT_FROM = AUTOMATON?.OUT_FROM ?? new Int32Array(0);
const OUT_IDS = AUTOMATON?.OUT_IDS ?? new Int32Array(0);

function automaton(): { GOTO: Uint16Array; OUT_FROM: Int32Array; OUT_IDS: Int32Array } | undefined {
  const K = classes;
  let size = 1;
  for (const x of STRINGS) size += x.length;
  const go = new Int32Array(size * K).fill(-1);
  const own: number[][] = [[]];
  let states = 1;
  STRINGS.forEach((x, id) => {
    let st = 0;
    for (let i = 0; i < x.length; i++) {
      const slot = st * K + CHAR_CLASS[x.charCodeAt(i)]!;
      if (go[slot] === -1) {
        go[slot] = states++;
        own.push([]);
      }
      st = go[slot]!;
    }
    own[st]!.push(id);
  });
  // Breadth first: failure links, the full transition table and each state's outputs (its own and its failure's).
  const fail = new Int32Array(states);
  const out: number[][] = new Array(states);
  out[0] = own[0]!;
  const queue: number[] = [];
  for (let c = 0; c < K; c++) {
    const t = go[c]!;
    if (t === -1) go[c] = 0;
    else {
      fail[t] = 0;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const st = queue[q]!;
    out[st] = [...own[st]!, ...out[fail[st]!]!];
    for (let c = 0; c < K; c++) {
      const t = go[st * K + c]!;
      const viaFail = go[fail[st]! * K + c]!;
      if (t === -1) go[st * K + c] = viaFail;
      else {
        fail[t] = viaFail;
        queue.push(t);
      }
    }
  }
  // States renumbered in breadth-first order (the shallow states, where a scan mostly stays, share
  // cache lines); each entry of the table is the next state times 2, plus 1 when it has outputs.
  const order = [0, ...queue];
  const renum = new Int32Array(states);
  order.forEach((old, i) => (renum[old] = i));
  const from = new Int32Array(states + 1);
  const flat: number[] = [];
  order.forEach((old, i) => {
    from[i] = flat.length;
    for (const id of out[old]!) flat.push(id);
  });
  from[states] = flat.length;
  if (states * 2 >= 65536) return undefined;
  const table = new Uint16Array(states * K);
  order.forEach((old, i) => {
    for (let c = 0; c < K; c++) {
      const t = go[old * K + c]!;
      table[i * K + c] = renum[t]! * 2 + (out[t]!.length > 0 ? 1 : 0);
    }
  });
  return { GOTO: table, OUT_FROM: from, OUT_IDS: Int32Array.from(flat) };
}

// Per (clause, sentence) of the current message: `markBase` plus the last offset where one of its strings starts.
// Each message has a base above every mark written before it, so an older mark (or none, 0) reads as a clause the
// sentence lacks, and one comparison checks both that the clause is there and where (one array, no stamps).
let clauseMark = new Int32Array(0);
let markBase = 0;
let markNext = 1;
let scanned = new Int32Array(0);
const REQUIRED_MAX_SENTENCES = 128;
/** Whether the current message is short enough for the required-string filter. */
let required = true;

/** Runs the automaton over one sentence, recording for each clause where one of its strings last starts. */
function scan(si: number, n: number, norm: string): void {
  const K = classes;
  const base = si * NCLAUSES;
  let st = 0;
  for (let i = 0; i < norm.length; i++) {
    const t = GOTO[st * K + CHAR_CLASS[norm.charCodeAt(i)]!]!;
    st = t >> 1;
    if ((t & 1) === 0) continue;
    for (let k = OUT_FROM[st]!, end = OUT_FROM[st + 1]!; k < end; k++) {
      const id = OUT_IDS[k]!;
      const mark = markBase + i + 1 - STRING_LEN[id]!;
      for (let q = STRING_CLAUSE_FROM[id]!, last = STRING_CLAUSE_FROM[id + 1]!; q < last; q++) {
        const slot = base + STRING_CLAUSE_IDS[q]!;
        if (clauseMark[slot]! < mark) clauseMark[slot] = mark;
      }
    }
  }
  scanned[si] = stamp;
}

/** Whether sentence `si` holds every required clause of family `fi` at or after offset `at`. */
function holdsRequired(fi: number, si: number, n: number, norm: string, at: number): boolean {
  if (!required) return true;
  const from = CLAUSE_FROM[fi]!;
  const end = CLAUSE_FROM[fi + 1]!;
  if (from === end) return true;
  if (scanned[si] !== stamp) scan(si, n, norm);
  for (let k = from; k < end; k++) {
    // A clause none of whose strings the sentence holds was not marked by the scan (its mark is below the base).
    if (clauseMark[si * NCLAUSES + CLAUSE_ID[k]!]! < markBase + at) return false;
  }
  return true;
}

/** The required clauses of family `fi`, as the matcher applies them (for tests). */
export function requiredOfFamily(fi: number): string[][] {
  const out: string[][] = [];
  for (let k = CLAUSE_FROM[fi]!; k < CLAUSE_FROM[fi + 1]!; k++) out.push([...CLAUSES[CLAUSE_ID[k]!]!]);
  return out;
}

export function isGateWord(word: string): boolean {
  return GATE_OF.has(word);
}

/** The gate of family `fi`, as the matcher applies it (for tests). */
export function gateOfFamily(fi: number): Gate {
  const pairs = pairsOf(fi);
  return pairs ? { ...GATES[fi]!, pairs } : GATES[fi]!;
}

// Scratch space reused across calls (the matcher is not re-entered from a family's checks).
const PACK = 2 ** 32; // candidate = family * PACK + packed position (packed < 2^32)
const KEY_BIT = 2 ** 31; // a key occurrence of an open-ended family, not a start
let candidates = new Float64Array(1024);
/** Per (sentence, family), sentence by sentence: stamped when the sentence holds one of the family's key words. */
let active = new Int32Array(1024);
const NFAMILIES = FAMILIES.length;
let stamp = 0;
let count = 0;
function push(c: number): void {
  if (count === candidates.length) {
    const grown = new Float64Array(count * 2);
    grown.set(candidates);
    candidates = grown;
  }
  candidates[count++] = c;
}
/** The gate words of the message being matched, each once, in order of first occurrence (the first `presentCount`). */
const present: WordGate[] = [];
let presentCount = 0;

/**
 * Runs the families. Each family regex is sticky and is tried only where a match can start: at its
 * start words in sentences that hold one of its key words, or (when the start is open-ended, as for
 * a name) at word starts shortly before a key word. A message costs a few anchored attempts per
 * family that could match, instead of a scan per family.
 *
 * Every candidate (family, position) goes into one numeric array, sorted once, so the families run
 * in order and each family's positions in order; a start word that is both a token and a stem of it
 * is a candidate twice, as it always was.
 */
export function matchFamilies<H>(p: Prepared, read: ReadMatch<H>): H[] {
  const hits: H[] = [];
  const sentences = p.sentences;
  const n = sentences.length;
  if (n === 0) return hits;
  if (active.length < FAMILIES.length * n) active = new Int32Array(FAMILIES.length * n * 2);
  // The required-string caches hold (string or clause) x sentence: a long file goes without the filter
  // (only an optimisation) rather than grow them past REQUIRED_MAX_SENTENCES sentences.
  required = AUTOMATON !== undefined && n <= REQUIRED_MAX_SENTENCES;
  if (required && clauseMark.length < CLAUSES.length * n) {
    const slots = Math.min(n * 2, REQUIRED_MAX_SENTENCES);
    clauseMark = new Int32Array(CLAUSES.length * slots);
    scanned = new Int32Array(slots);
  }
  if (required) {
    // A mark is the base plus an offset in a sentence, below the base plus the message's length.
    const span = p.norm.length + 1;
    if (markNext > 0x7fffffff - span) {
      clauseMark.fill(0);
      markNext = 1;
    }
    markBase = markNext;
    markNext = markBase + span;
  }
  if (++stamp === 0x7fffffff) {
    active.fill(0);
    scanned.fill(0);
    for (const g of WORDS.values()) g.stamp = 0;
    stamp = 1;
  }
  count = 0;
  presentCount = 0;
  // Where each gate word stands, in word order (so each word's positions are in order).
  for (let si = 0; si < n; si++) {
    const tokens = sentences[si]!.tokens;
    for (let w = 0; w < tokens.length; w++) {
      const gates = gatesOf(tokens[w]!);
      if (gates.length === 0) continue;
      const packed = si * WORD_SLOTS + w;
      for (let j = 0; j < gates.length; j++) {
        const g = gates[j]!;
        if (g.stamp !== stamp) {
          // The word's list of positions is reused from message to message (the matcher is not re-entered).
          g.stamp = stamp;
          g.at[0] = packed;
          g.count = 1;
          present[presentCount++] = g;
        } else g.at[g.count++] = packed;
      }
    }
  }
  // Key words: which sentences open each start-gated family; key positions of open-ended families.
  for (let i = 0; i < presentCount; i++) {
    const g = present[i]!;
    const at = g.at;
    const occurrences = g.count;
    const keyStarts = g.keyStarts;
    if (keyStarts.length > 0) {
      // Each sentence the word stands in, once (its positions are in order), opens these families.
      let last = -1;
      for (let k = 0; k < occurrences; k++) {
        const si = (at[k]! / WORD_SLOTS) | 0;
        if (si === last) continue;
        last = si;
        const row = si * NFAMILIES;
        for (let j = 0; j < keyStarts.length; j++) active[row + keyStarts[j]!] = stamp;
      }
    }
    const keyOpen = g.keyOpen;
    for (let j = 0; j < keyOpen.length; j++) {
      const fi = keyOpen[j]!;
      const base = fi * PACK + KEY_BIT;
      for (let k = 0; k < occurrences; k++) {
        // Where a match starting at the earliest word before the key (`back`) lacks a required string, one
        // starting later lacks it too (holdsRequired only gets stricter as the offset grows): no start before
        // this key could be tried, so it is no candidate. Most keys go (the bench's 2 KB messages: 46 of 289
        // kept), and the candidates to sort and walk with them (401 -> 158 a message).
        const packed = at[k]!;
        const si = (packed / WORD_SLOTS) | 0;
        const s = sentences[si]!;
        if (!holdsRequired(fi, si, n, s.norm, s.starts[Math.max(packed - si * WORD_SLOTS - BACK[fi]!, 0)]!)) continue;
        push(base + packed);
      }
    }
  }
  // Start words, in a sentence that holds one of the family's keys when needed, that the next word can continue.
  for (let i = 0; i < presentCount; i++) {
    const g = present[i]!;
    if (g.startOf.length === 0) continue;
    const at = g.at;
    const occurrences = g.count;
    for (let k = 0; k < occurrences; k++) {
      const packed = at[k]!;
      const si = (packed / WORD_SLOTS) | 0;
      const s = sentences[si]!;
      const w = packed - si * WORD_SLOTS;
      const token = s.tokens[w]!;
      // The next token, when the two-word filter applies (a word followed by one space and a word).
      const second = s.spaced[w] ? s.tokens[w + 1] : undefined;
      if (token === g.word) {
        // The word as written: the families any word may follow, and those the next word can continue.
        const split = (g.split ??= splitByNext(g));
        if (split.free.length > 0) tryStarts(split.free, packed, si, n, s);
        if (second !== undefined) {
          const list = split.byNext.get(second);
          if (list !== undefined) tryStarts(list, packed, si, n, s);
        }
        continue;
      }
      // A stem of the token: the two-word filter looks at the token as written, which has its own pairs.
      let split = g.stems?.get(token);
      if (split === undefined) {
        split = splitByNext(g, token);
        if ((g.stems ??= new Map()).size < 256) g.stems.set(token, split);
      }
      if (split.free.length > 0) tryStarts(split.free, packed, si, n, s);
      if (second !== undefined) {
        const list = split.byNext.get(second);
        if (list !== undefined) tryStarts(list, packed, si, n, s);
      }
    }
  }
  if (count === 0) return hits;
  const sorted = candidates;
  sortCandidates(sorted, count);
  let family = -1;
  let next = -1; // first packed position of the family not yet tried (or skipped after a hit)
  for (let c = 0; c < count; c++) {
    const value = sorted[c]!;
    const fi = Math.floor(value / PACK);
    let packed = value - fi * PACK;
    if (fi !== family) {
      family = fi;
      next = -1;
    }
    const fam = FAMILIES[fi]!;
    if (packed < KEY_BIT) {
      if (packed < next) continue;
      const end = attempt(fi, fam, p, packed, read, hits);
      if (end >= 0) next = end;
      continue;
    }
    // A key of an open-ended family: word starts up to `back` words before it.
    packed -= KEY_BIT;
    const si = (packed / WORD_SLOTS) | 0;
    const wi = packed - si * WORD_SLOTS;
    const s = sentences[si]!;
    const caps = NAMES[fi] ? s.caps : undefined;
    for (let w = Math.max(wi - BACK[fi]!, 0); w <= wi; w++) {
      const here = si * WORD_SLOTS + w;
      if (here < next) continue;
      next = here + 1;
      if (caps && !caps[w]) continue;
      if (!holdsRequired(fi, si, n, s.norm, s.starts[w]!)) continue;
      const end = attempt(fi, fam, p, here, read, hits);
      if (end >= 0) next = end;
    }
  }
  return hits;
}

/**
 * Sorts `a[0..n)` in ascending order, in place: what `a.subarray(0, n).sort()` did (the candidates are non-negative
 * integers, so numeric order is all there is to it), without V8's TypedArray sort, which boxed every value and
 * compared them through a generic comparison (a third of the matcher's own time). Quicksort with a median of three,
 * insertion sort for short runs.
 */
function sortCandidates(a: Float64Array, n: number): void {
  let stack = SORT_STACK;
  let top = 0;
  let lo = 0;
  let hi = n - 1;
  for (;;) {
    if (hi - lo < 16) {
      for (let i = lo + 1; i <= hi; i++) {
        const x = a[i]!;
        let j = i - 1;
        while (j >= lo && a[j]! > x) {
          a[j + 1] = a[j]!;
          j--;
        }
        a[j + 1] = x;
      }
      if (top === 0) return;
      hi = stack[--top]!;
      lo = stack[--top]!;
      continue;
    }
    const mid = (lo + hi) >>> 1;
    // Median of three at `mid`, the smallest at `lo` and the largest at `hi` (sentinels for the scans below).
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    for (;;) {
      do i++;
      while (a[i]! < pivot);
      do j--;
      while (a[j]! > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    // [lo, j] and [j + 1, hi]: the smaller part next, the larger one saved (the stack stays logarithmic).
    if (top + 2 > stack.length) stack = SORT_STACK = growStack(stack);
    if (j - lo < hi - j) {
      stack[top++] = j + 1;
      stack[top++] = hi;
      hi = j;
    } else {
      stack[top++] = lo;
      stack[top++] = j;
      lo = j + 1;
    }
  }
}

let SORT_STACK: Int32Array = new Int32Array(128);
function growStack(stack: Int32Array): Int32Array {
  const grown = new Int32Array(stack.length * 2);
  grown.set(stack);
  return grown;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Candidates at a start word for the families of `list`: in a sentence with a key when they need one, and holding what they require. */
function tryStarts(list: readonly number[], packed: number, si: number, n: number, s: PreparedSentence): void {
  for (let j = 0; j < list.length; j++) {
    const fi = list[j]!;
    if (EXACT[fi] !== 1 && active[si * NFAMILIES + fi] !== stamp) continue;
    if (!holdsRequired(fi, si, n, s.norm, s.starts[packed % WORD_SLOTS]!)) continue;
    push(fi * PACK + packed);
  }
}

/**
 * Sorts a start word's families by the second words they can take after `token` (the word itself, or
 * a token it is a stem of, whose own two-word openings apply), decoding their two-word openings.
 */
function splitByNext(g: WordGate, token: string = g.word): Split {
  const free: number[] = [];
  const byNext = new Map<string, number[]>();
  for (let j = 0; j < g.startOf.length; j++) {
    const fi = g.startOf[j]!;
    let next: ReadonlySet<string> | null | undefined;
    if (token === g.word) {
      next = g.next[j];
      if (next === undefined) next = g.next[j] = nextWords(fi, token);
    } else next = nextWords(fi, token);
    if (!next) free.push(fi);
    else
      for (const second of next) {
        const list = byNext.get(second);
        if (list) list.push(fi);
        else byNext.set(second, [fi]);
      }
  }
  return { free, byNext };
}

/** One sticky attempt of family `fi` (`fam`) at a packed word position; returns the packed position after a hit, or -1. */
function attempt<H>(fi: number, fam: Family, p: Prepared, packed: number, read: ReadMatch<H>, hits: H[]): number {
  const si = (packed / WORD_SLOTS) | 0;
  const s = p.sentences[si]!;
  const re = RES[fi]!;
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
