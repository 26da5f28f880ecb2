import type { Pair, Scalar, YAMLMap, YAMLSeq, Node as YamlNode } from 'yaml';

/**
 * A fast path for the front matter most templates have: block mappings and sequences of one-line
 * scalars (plain, or quoted without escapes), comment and blank lines. It builds nodes with the same
 * values, types and ranges as `yaml`'s parseDocument, in a fraction of the time; anything else (flow
 * collections, multi-line or escaped scalars, anchors, tags, numbers, nulls, tabs, CR, duplicate keys,
 * odd indentation) returns undefined and the caller uses the full parser, so errors and edge cases
 * are exactly the library's. `bench/yaml-fast-check.mjs` compares both on every front matter of a
 * corpus.
 */
export function parseSimpleYaml(src: string): YAMLMap | undefined {
  if (UNSAFE.test(src)) return undefined;
  const lines: Line[] = [];
  for (let pos = 0; pos < src.length; ) {
    let eol = src.indexOf('\n', pos);
    if (eol < 0) eol = src.length;
    let i = pos;
    while (i < eol && src.charCodeAt(i) === 32) i++;
    if (i < eol) {
      if (src.charCodeAt(i) !== 35) lines.push({ indent: i - pos, start: i, end: eol });
      // An indented comment may belong to the node before it (its range grows): the full parser decides.
      else if (i > pos) return undefined;
    }
    // Blank lines and comments at the left margin carry nothing.
    pos = eol + 1;
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const parser = new SimpleParser(src, lines);
  try {
    const root = parser.map(0);
    return parser.done() ? root : undefined;
  } catch (error) {
    if (error === FALLBACK) return undefined;
    throw error;
  }
}

interface Line {
  /** Column of the content. */
  readonly indent: number;
  /** Offset of the content (after the indentation, or after "- " for a sequence item's mapping). */
  readonly start: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
}

// Tabs, CR, control characters, BOM, NEL and the Unicode line separators: left to the full parser.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ufefe\uff00-\ufffd]/;
// A block mapping key: a plain word (no spaces, quotes or indicators) right before ": " or ":" at the line end.
const KEY = /([A-Za-z_][\w.-]{0,99}):(?= |\n|$)/y;
// Keys the core schema would not read as that text.
const SPECIAL_KEY = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
// Plain values that are, or could be, numbers, nulls or special floats in the core schema.
const NUMBER_OR_NULL = /^(?:[-+]?[.0-9][0-9A-Za-z.+-]*|~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
// Characters a plain scalar may not start with (the YAML indicators; quotes are handled apart).
const NOT_PLAIN_START = new Set('-?:,[]{}#&*!|>%@`'.split(''));

const FALLBACK = Symbol('fallback');

// The nodes are small objects tagged the way the `yaml` library tags its own: isMap, isScalar and isSeq
// read a registered symbol (the library uses Symbol.for so that copies of it interoperate), found here
// on the prototype. They carry the fields front matter validation reads (value, type, range, items,
// key); constructing the library's classes cost more than the parsing itself.
const NODE_TYPE = Symbol.for('yaml.node.type');
type Range = [number, number, number];

class FastScalar {
  constructor(
    readonly value: string | boolean,
    readonly type: Scalar.Type,
    readonly range: Range,
  ) {}
}
class FastMap {
  readonly items: Pair[] = [];
  range: Range | null = null;
}
class FastSeq {
  readonly items: YamlNode[] = [];
  range: Range | null = null;
}
class FastPair {
  constructor(
    readonly key: Scalar,
    readonly value: YamlNode,
  ) {}
}
for (const [cls, tag] of [[FastScalar, 'yaml.scalar'], [FastMap, 'yaml.map'], [FastSeq, 'yaml.seq'], [FastPair, 'yaml.pair']] as const) {
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(tag) });
}

function newScalar(value: string | boolean, type: Scalar.Type, range: Range): Scalar {
  return new FastScalar(value, type, range) as unknown as Scalar;
}

/** Deeper than this is no front matter anyone writes: the full parser (and its depth guard) decides. */
const MAX_DEPTH = 32;

class SimpleParser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly lines: Line[],
  ) {}

  done(): boolean {
    return this.i === this.lines.length;
  }

  /** A block mapping whose keys stand at column `indent`. */
  map(indent: number): YAMLMap {
    if (++this.depth > MAX_DEPTH) throw FALLBACK;
    const { src, lines } = this;
    const map = new FastMap() as unknown as YAMLMap;
    const keys = new Set<string>();
    let first = -1;
    let end = 0;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) throw FALLBACK;
      KEY.lastIndex = line.start;
      const m = KEY.exec(src);
      if (!m) throw FALLBACK;
      const name = m[1]!;
      if (SPECIAL_KEY.test(name) || keys.has(name)) throw FALLBACK;
      keys.add(name);
      const keyEnd = line.start + name.length;
      const key = newScalar(name, 'PLAIN', [line.start, keyEnd, keyEnd]);
      if (first < 0) first = line.start;
      let v = keyEnd + 1;
      while (v < line.end && src.charCodeAt(v) === 32) v++;
      let value: YamlNode;
      if (v < line.end) {
        value = this.scalar(v, line.end);
        this.i++;
      } else {
        // The value is the indented block on the next lines; nothing there means null: the full parser.
        this.i++;
        const next = lines[this.i];
        if (!next || next.indent <= indent) throw FALLBACK;
        value = this.isSeqItem(next) ? this.seq(next.indent) : this.map(next.indent);
      }
      map.items.push(new FastPair(key, value) as unknown as Pair);
      end = value.range![2];
    }
    if (first < 0) throw FALLBACK;
    map.range = [first, end, end];
    this.depth--;
    return map;
  }

  /** A block sequence whose dashes stand at column `indent`. */
  private seq(indent: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw FALLBACK;
    const { src, lines } = this;
    const seq = new FastSeq() as unknown as YAMLSeq;
    let first = -1;
    let end = 0;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent || !this.isSeqItem(line)) throw FALLBACK;
      if (first < 0) first = line.start;
      let c = line.start + 1;
      while (c < line.end && src.charCodeAt(c) === 32) c++;
      if (c >= line.end || src.charCodeAt(c) === 45 /* - */) throw FALLBACK; // item on the next lines, or nested "- -"
      let item: YamlNode;
      KEY.lastIndex = c;
      if (KEY.test(src)) {
        // "- name: ..." starts a mapping at the column of its first key.
        lines[this.i] = { indent: line.indent + (c - line.start), start: c, end: line.end };
        item = this.map(line.indent + (c - line.start));
      } else {
        item = this.scalar(c, line.end);
        this.i++;
      }
      seq.items.push(item);
      end = item.range![2];
    }
    if (first < 0) throw FALLBACK;
    seq.range = [first, end, end];
    this.depth--;
    return seq;
  }

  private isSeqItem(line: Line): boolean {
    const c = this.src.charCodeAt(line.start + 1);
    return this.src.charCodeAt(line.start) === 45 && (c === 32 || line.start + 1 === line.end);
  }

  /** A one-line scalar from `start` to the line break at `eol`. */
  private scalar(start: number, eol: number): Scalar {
    const { src } = this;
    let end = eol;
    while (end > start && src.charCodeAt(end - 1) === 32) end--;
    const range: Range = [start, end, eol < src.length ? eol + 1 : eol];
    const c0 = src[start]!;
    if (c0 === '"') {
      const close = src.indexOf('"', start + 1);
      if (close !== end - 1) throw FALLBACK; // not closed on this line, or something after it
      const inner = src.slice(start + 1, close);
      if (inner.includes('\\')) throw FALLBACK;
      return newScalar(inner, 'QUOTE_DOUBLE', range);
    }
    if (c0 === "'") {
      let j = start + 1;
      for (;;) {
        j = src.indexOf("'", j);
        if (j < 0 || j >= end) throw FALLBACK;
        if (src.charCodeAt(j + 1) === 39 && j + 1 < end) j += 2;
        else break;
      }
      if (j !== end - 1) throw FALLBACK;
      return newScalar(src.slice(start + 1, j).replaceAll("''", "'"), 'QUOTE_SINGLE', range);
    }
    if (NOT_PLAIN_START.has(c0)) throw FALLBACK;
    const text = src.slice(start, end);
    // A comment, a nested mapping or a trailing colon: the full parser decides.
    if (text.includes(' #') || text.includes(': ') || text.endsWith(':')) throw FALLBACK;
    if (NUMBER_OR_NULL.test(text)) throw FALLBACK;
    return newScalar(TRUE.test(text) ? true : FALSE.test(text) ? false : text, 'PLAIN', range);
  }
}
