/**
 * Works out, from a family's regex source, the finite set of words a match can start with, so the
 * family is tried only where one of those words stands (see index.ts). Understands the small regex
 * dialect the families use: literals, `(?:...)` and `(...)` groups with `|`, `?`, `*`, `+`, `{m,n}`,
 * character classes and escapes, and lookarounds (ignored). Returns undefined when the first word is
 * open-ended (a character class, a name) or the set would be too large.
 */
export function firstWords(source: string, limit = 400): string[] | undefined {
  try {
    const parser = new Parser(source);
    const node = parser.parseAlternation();
    if (parser.pos !== source.length) return undefined;
    const out = expand(node, limit);
    if (!out) return undefined;
    const words = new Set<string>();
    for (const s of out) {
      const w = s.text;
      if (w === '') return undefined; // the match may start with a separator: not a word start
      words.add(w);
    }
    return [...words];
  } catch {
    return undefined;
  }
}

type Node =
  | { t: 'char'; c: string }
  | { t: 'class' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'repeat'; node: Node; min: number; max: number }
  | { t: 'empty' };

const WORD_CHAR = /[a-z0-9œæ§¤'+-]/;

class Parser {
  pos = 0;
  /**
   * `strict`: only what certainly matches one character is a `char` (for `requiredStrings`, which must
   * never claim more than a match holds): `\\s` and every letter or digit escape are classes.
   */
  constructor(
    private readonly src: string,
    private readonly strict = false,
  ) {}

  parseAlternation(): Node {
    const options = [this.parseSequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.parseSequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private parseSequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      let atom = this.parseAtom();
      atom = this.parseQuantifier(atom);
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  private parseAtom(): Node {
    const c = this.src[this.pos]!;
    if (c === '(') {
      this.pos++;
      let lookaround = false;
      if (this.src.startsWith('?:', this.pos)) this.pos += 2;
      else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
        this.pos += 2;
        lookaround = true;
      } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
        this.pos += 3;
        lookaround = true;
      } else if (this.src.startsWith('?<', this.pos)) {
        this.pos = this.src.indexOf('>', this.pos) + 1;
      }
      const inner = this.parseAlternation();
      if (this.src[this.pos] !== ')') throw new Error('unbalanced');
      this.pos++;
      return lookaround ? { t: 'empty' } : inner;
    }
    if (c === '[') {
      let i = this.pos + 1;
      const negated = this.src[i] === '^';
      if (negated) i++;
      const start = i;
      if (this.src[i] === ']') i++;
      while (i < this.src.length && this.src[i] !== ']') i += this.src[i] === '\\' ? 2 : 1;
      const body = this.src.slice(start, i);
      this.pos = i + 1;
      // A short list of literal characters ("[oa]", "[- ]") is an alternation; ranges and negations are open.
      const chars = body.replace(/\\(.)/g, '$1');
      if (negated || /.-./.test(body) || /\\[dDwWsS]/.test(body)) return { t: 'class' };
      if (this.strict && (body === '' || /\\[a-zA-Z0-9]/.test(body))) return { t: 'class' };
      return { t: 'alt', options: [...chars].map((ch) => ({ t: 'char', c: ch })) };
    }
    if (c === '\\') {
      const e = this.src[this.pos + 1]!;
      this.pos += 2;
      if (this.strict && /[a-zA-Z0-9]/.test(e)) {
        if (/[bB]/.test(e)) return { t: 'empty' };
        // \\u, \\x, \\c, \\k<...>, \\p{...} and back references: skip what they spell; what they match is open.
        const m = /^(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|[pP]\{[^}]*\}|[0-9]+)/.exec(this.src.slice(this.pos - 1));
        if (m) this.pos += m[0].length - 1;
        return { t: 'class' };
      }
      if (e === 's') return { t: 'char', c: ' ' };
      if (/[dDwWSb]/.test(e)) return { t: 'class' };
      return { t: 'char', c: e };
    }
    if (c === '.' || c === '^' || c === '$') {
      this.pos++;
      return c === '.' ? { t: 'class' } : { t: 'empty' };
    }
    this.pos++;
    return { t: 'char', c };
  }

  private parseQuantifier(atom: Node): Node {
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy
    return { t: 'repeat', node: atom, min, max };
  }
}

/** A partial first word: its text, and whether a separator has already closed it. */
interface Partial {
  readonly text: string;
  readonly closed: boolean;
}

/**
 * How a walk over the regex tree grows partial words: what a literal character and a character class
 * do to them, what becomes of those an unbounded repeat leaves open, and when two partials are the same.
 */
interface WordWalk<P extends { readonly closed: boolean }> {
  char(p: P, c: string): P;
  /** The partials after a character class, or undefined when that leaves the words open-ended. */
  cls(open: P[]): P[] | undefined;
  /** The partials still open after the cap of repeats of an unbounded repeat, or undefined: open-ended. */
  unbounded(open: P[]): P[] | undefined;
  key(p: P): string;
}

const FIRST_WORD: WordWalk<Partial> = {
  char: (p, c) => (WORD_CHAR.test(c) ? { text: p.text + c, closed: false } : { text: p.text, closed: true }),
  cls: () => undefined,
  unbounded: () => undefined,
  key: (p) => `${p.closed ? 1 : 0}${p.text}`,
};

/** All ways the node can begin the match, as partial first words; undefined when open-ended. */
function expand(node: Node, limit: number): Partial[] | undefined {
  return walkWords(FIRST_WORD, node, [{ text: '', closed: false }], limit);
}

/** Grows every open partial through `node`; undefined when a word is open-ended or there are over `limit`. */
function walkWords<P extends { readonly closed: boolean }>(w: WordWalk<P>, node: Node, input: P[], limit: number): P[] | undefined {
  const open = input.filter((p) => !p.closed);
  if (open.length === 0) return input;
  const closed = input.filter((p) => p.closed);
  let out: P[] | undefined;
  switch (node.t) {
    case 'empty':
      return input;
    case 'char':
      out = open.map((p) => w.char(p, node.c));
      break;
    case 'class':
      out = w.cls(open);
      break;
    case 'seq': {
      let cur: P[] | undefined = open;
      for (const item of node.items) {
        cur = walkWords(w, item, cur, limit);
        if (!cur) return undefined;
        if (cur.every((p) => p.closed)) break;
      }
      out = cur;
      break;
    }
    case 'alt': {
      out = [];
      for (const o of node.options) {
        const r = walkWords(w, o, open, limit);
        if (!r) return undefined;
        out.push(...r);
        if (out.length > limit) return undefined;
      }
      break;
    }
    case 'repeat': {
      // A run of placeholder marks is one word character for the gate ("§+" stands for "§").
      if (node.node.t === 'char' && (node.node.c === '§' || node.node.c === '¤') && node.min >= 1) {
        out = walkWords(w, node.node, open, limit);
        break;
      }
      // A superset is fine (it only costs an attempt); a word that could grow without bound is open.
      const cap = 8;
      out = node.min === 0 ? [...open] : [];
      let cur: P[] = open;
      for (let k = 1; k <= Math.min(node.max, cap); k++) {
        const r = walkWords(w, node.node, cur, limit);
        if (!r) return undefined;
        for (const p of r) if (p.closed || k >= node.min) out.push(p);
        cur = r.filter((p) => !p.closed);
        if (cur.length === 0) break;
        if (k === cap && node.max > cap) {
          const rest = w.unbounded(cur);
          if (!rest) return undefined;
          out.push(...rest);
        }
        if (out.length > limit) return undefined;
      }
      break;
    }
  }
  if (!out) return undefined;
  const all = [...closed, ...out];
  if (all.length > limit) return undefined;
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = w.key(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The first two words a match can start with, as a map from first word to the set of possible
 * second words (`*` = any, or the match may end or hit punctuation after the first word). Lets
 * the engine skip a family at "i have" when it can only start "i'd be", "i can", ...
 * Undefined when the first word is open-ended or the set would be too large.
 */
export function firstTwoWords(source: string, limit = 3000): Map<string, Set<string>> | undefined {
  try {
    const parser = new Parser(source);
    const node = parser.parseAlternation();
    if (parser.pos !== source.length) return undefined;
    const out = walkWords(FIRST_TWO_WORDS, node, [{ text: '', spaces: 0, closed: false, wild: false }], limit);
    if (!out) return undefined;
    const map = new Map<string, Set<string>>();
    for (const p of out) {
      const [w1, w2] = p.text.split(' ');
      if (!w1) return undefined;
      const set = map.get(w1) ?? new Set<string>();
      map.set(w1, set);
      set.add(p.wild || w2 === undefined || w2 === '' ? '*' : w2);
    }
    return map;
  } catch {
    return undefined;
  }
}

interface Partial2 {
  readonly text: string;
  /** Spaces seen: 0 in the first word, 1 in the second. */
  readonly spaces: number;
  readonly closed: boolean;
  /** The second word is open-ended (a class, a name): any second word. */
  readonly wild: boolean;
}

/** Open-ended in the second word: any second word will do. In the first word: give up. */
const anySecondWord = (open: Partial2[]): Partial2[] | undefined =>
  open.some((p) => p.spaces === 0) ? undefined : open.map((p) => ({ ...p, closed: true, wild: true }));

const FIRST_TWO_WORDS: WordWalk<Partial2> = {
  char: (p, c) => {
    if (WORD_CHAR.test(c)) return { ...p, text: p.text + c };
    if (c === ' ' && p.spaces === 0 && p.text !== '') return { ...p, text: `${p.text} `, spaces: 1 };
    return { ...p, closed: true };
  },
  cls: anySecondWord,
  unbounded: anySecondWord,
  key: (p) => `${p.closed ? 1 : 0}${p.wild ? 1 : 0}${p.spaces}${p.text}`,
};

/**
 * A short key for a regex source (two 32-bit hashes and the length), under which the generated
 * gate table (gates.generated.ts) stores what `firstWords` and `firstTwoWords` derive from it.
 */
export function sourceKey(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${source.length.toString(36)}`;
}

/** One family's row of the generated gate table: source key, first words, two-word openings. */
export type GateRow = readonly [key: string, starts: readonly string[] | null, pairs: string | null];

/** The row `firstWords` and `firstTwoWords` give for a regex source (two-word openings as "first second second|..."). */
export function gateRow(source: string): GateRow {
  const starts = firstWords(source) ?? null;
  const pairs = starts ? firstTwoWords(source) : undefined;
  return [sourceKey(source), starts, pairs ? [...pairs].map(([first, seconds]) => [first, ...seconds].join(' ')).join('|') : null];
}

/** Decodes the two-word openings of a table row. */
export function decodePairs(encoded: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  if (encoded === '') return map;
  for (const part of encoded.split('|')) {
    const words = part.split(' ');
    map.set(words[0]!, new Set(words.slice(1)));
  }
  return map;
}

/** What every match of a node holds: its text when fixed, the text it always starts and ends with, and substrings it always contains. */
interface Lits {
  readonly fixed: string | null;
  readonly pre: string;
  readonly suf: string;
  /** Strings every match contains. */
  readonly req: ReadonlySet<string>;
  /** Lists of strings of which every match contains at least one (one list per alternation whose branches all hold some string). */
  readonly any: readonly (readonly string[])[];
}

const NONE: Lits = { fixed: null, pre: '', suf: '', req: new Set(), any: [] };
const EMPTY: Lits = { fixed: '', pre: '', suf: '', req: new Set(), any: [] };
const MAX_ANY = 400;

/**
 * What every match of a regex source contains, as clauses: each clause is a list of strings of which
 * every match holds at least one (a clause of one string: a string every match holds). Only literal
 * text counts, outside classes and optional parts; an alternation gives a string all its branches hold,
 * or a clause of one string from each branch. Conservative: anything not understood contributes
 * nothing, and a family is tried only where its sentence holds each clause after the start word.
 * `min`: shortest string kept; at most `max` clauses.
 */
export function requiredStrings(source: string, min = 3, max = 4): string[][] {
  let lits: Lits;
  try {
    const parser = new Parser(source, true);
    const node = parser.parseAlternation();
    if (parser.pos !== source.length) return [];
    lits = close(litsOf(node, min));
  } catch {
    return [];
  }
  const singles = [...lits.req].filter((r) => r.length >= min).sort(longestFirst);
  const out: string[][] = [];
  for (const r of singles) if (!out.some((o) => o[0]!.includes(r))) out.push([r]);
  const anys = lits.any
    .filter((c) => !c.some((x) => singles.some((r) => r.includes(x)))) // implied by a string every match holds
    .map((c) => [...c].sort(longestFirst))
    .sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
  const seen = new Set<string>();
  for (const c of anys) {
    const key = c.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.slice(0, max);
}

const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const shortest = (c: readonly string[]) => Math.min(...c.map((x) => x.length));

/** The node's pre, suf and fixed text added to its required strings. */
function close(l: Lits): Lits {
  const req = new Set(l.req);
  for (const r of [l.pre, l.suf, l.fixed ?? '']) if (r) req.add(r);
  return { ...l, req };
}

function litsOf(node: Node, min: number): Lits {
  switch (node.t) {
    case 'char':
      return { fixed: node.c, pre: node.c, suf: node.c, req: new Set(), any: [] };
    case 'class':
      return NONE;
    case 'empty':
      return EMPTY;
    case 'seq': {
      let acc: Lits = EMPTY;
      for (const item of node.items) acc = concat(acc, litsOf(item, min));
      return close(acc);
    }
    case 'alt': {
      const options = node.options.map((o) => close(litsOf(o, min)));
      const first = options[0]!;
      const fixed = options.every((o) => o.fixed !== null && o.fixed === first.fixed) ? first.fixed : null;
      let pre = first.pre;
      let suf = first.suf;
      for (const o of options) {
        let i = 0;
        while (i < pre.length && i < o.pre.length && pre[i] === o.pre[i]) i++;
        pre = pre.slice(0, i);
        let j = 0;
        while (j < suf.length && j < o.suf.length && suf[suf.length - 1 - j] === o.suf[o.suf.length - 1 - j]) j++;
        suf = suf.slice(suf.length - j);
      }
      // A string every branch holds (inside one of the branch's own required strings).
      const req = new Set<string>();
      const lists = options.map((o) => [...o.req]);
      for (const r of lists[0]!) if (lists.every((l) => l.some((x) => x.includes(r)))) req.add(r);
      // Or one string of each branch: its longest.
      const any: string[][] = [];
      const pick = new Set<string>();
      for (let b = 0; b < options.length; b++) {
        let best = '';
        for (const x of lists[b]!) if (x.length > best.length) best = x;
        if (best.length >= min) {
          pick.add(best);
          continue;
        }
        // A branch that is itself an alternation holds one string of one of its own clauses.
        let clause: readonly string[] | undefined;
        for (const c of options[b]!.any) if (c.every((x) => x.length >= min) && (!clause || c.length < clause.length)) clause = c;
        if (!clause) {
          pick.clear();
          break;
        }
        for (const x of clause) pick.add(x);
      }
      if (pick.size > 1 && pick.size <= MAX_ANY) any.push([...pick]);
      return { fixed, pre, suf, req, any };
    }
    case 'repeat': {
      if (node.min === 0) return node.max === 0 ? EMPTY : NONE;
      const inner = close(litsOf(node.node, min));
      if (inner.fixed !== null && node.min === node.max) return close({ fixed: inner.fixed.repeat(node.min), pre: '', suf: '', req: inner.req, any: inner.any });
      return { fixed: null, pre: inner.pre, suf: inner.suf, req: inner.req, any: inner.any };
    }
  }
}

/** Two nodes in a row: their texts join where the first always ends and the second always starts. */
function concat(a: Lits, b: Lits): Lits {
  const req = new Set(a.req);
  for (const r of b.req) req.add(r);
  const any = a.any.length === 0 ? b.any : b.any.length === 0 ? a.any : [...a.any, ...b.any];
  if (a.fixed !== null && b.fixed !== null) {
    const fixed = a.fixed + b.fixed;
    return { fixed, pre: fixed, suf: fixed, req, any };
  }
  const join = a.suf + b.pre;
  if (join) req.add(join);
  return {
    fixed: null,
    pre: a.fixed !== null ? a.fixed + b.pre : a.pre,
    suf: b.fixed !== null ? a.suf + b.fixed : b.suf,
    req,
    any,
  };
}
