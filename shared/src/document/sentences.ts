import type { Span } from '../engine/types.js';

/** A sentence or sentence-like line of the message body. */
export interface Sentence {
  readonly span: Span;
  /** The sentence's text (from the masked prose, so comments are blanks). */
  readonly text: string;
  /** Index of the paragraph (blank-line separated block) it belongs to. */
  readonly paragraph: number;
  /** True when it is a line of its own (a greeting, a sign-off, a list item). */
  readonly standalone: boolean;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp dept univ approx mt ft no fig al cf jan feb mar apr jun jul aug sep sept oct nov dec z.b bzw usw ca sra sr dra ud uds mme mlle m eng ing arq lic mag mgr ir drs avv geom dott dott.ssa exma exmo sig sgt capt rev'.split(' '),
);

/** Splits the masked prose within `span` into sentences, keeping UTF-16 offsets. */
export function splitSentences(prose: string, span: Span): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = span.start;
  let pending: { start: number; end: number } | undefined;
  let blankRun = false;

  const flush = (standalone: boolean) => {
    if (!pending) return;
    pushSplit(prose, pending.start, pending.end, paragraph, standalone, sentences);
    pending = undefined;
  };

  while (lineStart < span.end) {
    let eol = prose.indexOf('\n', lineStart);
    if (eol < 0 || eol > span.end) eol = span.end;
    const raw = prose.slice(lineStart, eol);
    const trimmed = raw.trim();
    if (trimmed === '') {
      if (!blankRun && pending) {
        flush(false);
      }
      if (!blankRun && sentences.length > 0) paragraph++;
      blankRun = true;
    } else {
      blankRun = false;
      const lead = raw.length - raw.trimStart().length;
      const start = lineStart + lead;
      const end = lineStart + raw.trimEnd().length;
      const listItem = /^(?:[-*+•]|\d{1,3}[.)])\s/.test(trimmed);
      const short = trimmed.length <= 40;
      const endsClause = endsWithClauseMark(trimmed);
      if (listItem || !pending) {
        flush(false);
        pending = { start, end };
      } else {
        pending.end = end;
      }
      // A line ending in punctuation stands on its own; so does a short one (a greeting, a sign-off, a name)
      // unless the next line carries on in lower case, which is a hard-wrapped sentence.
      const carriesOn = short && !endsClause && LOWER_CASE_NEXT.test(prose.slice(eol + 1, Math.min(span.end, eol + 8)));
      if (listItem || (short && !carriesOn) || endsClause || /^#{1,6}\s/.test(trimmed)) flush(short || listItem);
    }
    lineStart = eol + 1;
  }
  flush(false);
  return sentences;
}

// The ideographic full stop and the full-width ! and ? end a sentence with no space after them (Chinese and Japanese write none).
const STOP_CHARS = ['.', '!', '?', '\u3002', '\uff01', '\uff1f'] as const;
const UNSPACED_STOP = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f;

// An emoji used as a full stop: followed by a space and a capital ("I thought you wouldn't mind 🙂 Could you
// forward my CV?"); not ©, ® or ™ (inside names), not one inside brackets ("a little bird (👋 Tamsin) told me").
// Looked for only in a segment that holds a pictograph, in one pass with bounded look-backs (no backtracking
// regex: a run of thousands of emoji must stay linear).
const HAS_PICTOGRAPH = /[\u2190-\u2BFF\uD83C-\uD83E]/;
const SPACE_BEFORE_CAPITAL = /[ \t](?=\p{Lu})/gu;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EMOJI_PART = /^(?:[\uFE0F\u200D]|\p{Emoji_Modifier})$/u;

/** The offsets just after each emoji that ends a sentence in `seg`, ascending. */
function emojiStops(seg: string): number[] {
  if (!HAS_PICTOGRAPH.test(seg)) return [];
  const out: number[] = [];
  let scanned = 0;
  let lastOpen = -1;
  let lastClose = -1;
  for (const m of seg.matchAll(SPACE_BEFORE_CAPITAL)) {
    // Back over the run of spaces to where the emoji would end.
    let end = m.index;
    while (end > 0 && (seg.charCodeAt(end - 1) === 32 || seg.charCodeAt(end - 1) === 9)) end--;
    if (end > 0 && out[out.length - 1] !== end && endsWithEmoji(seg, end)) {
      for (; scanned < end; scanned++) {
        const c = seg.charCodeAt(scanned);
        if (c === 40) lastOpen = scanned;
        else if (c === 41) lastClose = scanned;
      }
      if (lastOpen <= lastClose) out.push(end);
    }
  }
  return out;
}

/** Whether the text before `end` is an emoji (a pictograph, then any skin tones, variation selectors or joiners). */
function endsWithEmoji(seg: string, end: number): boolean {
  let k = end;
  for (let step = 0; step < 8 && k > 0; step++) {
    const low = seg.charCodeAt(k - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && k > 1 ? 2 : 1;
    const ch = seg.slice(k - width, k);
    if (EMOJI_PART.test(ch)) {
      k -= width;
      continue;
    }
    return PICTOGRAPH.test(ch) && ch !== '\u00A9' && ch !== '\u00AE' && ch !== '\u2122';
  }
  return false;
}

function pushSplit(prose: string, start: number, end: number, paragraph: number, standalone: boolean, out: Sentence[]): void {
  // Offsets below are relative to `seg`; the stops are found with indexOf (memchr-fast), not char by char.
  const seg = prose.slice(start, end);
  const n = seg.length;
  const next = [-1, -1, -1, -1, -1, -1];
  const emojis = emojiStops(seg);
  let e = 0;
  let s = 0;
  let i = 0;
  for (;;) {
    let at = n;
    for (let k = 0; k < STOP_CHARS.length; k++) {
      if (next[k]! < i) {
        const p = seg.indexOf(STOP_CHARS[k]!, i);
        next[k] = p < 0 ? n : p;
      }
      if (next[k]! < at) at = next[k]!;
    }
    while (e < emojis.length && emojis[e]! <= i) e++;
    if (e < emojis.length && emojis[e]! <= at) {
      // The emoji ends the sentence; the space after it starts the next one.
      const j = emojis[e]!;
      emit(prose, start + s, start + j, paragraph, false, out);
      s = j;
      while (s < n && isSpace(seg.charCodeAt(s))) s++;
      i = s;
      continue;
    }
    if (at >= n) break;
    i = at;
    const c = seg.charCodeAt(i);
    // . ! ? end a sentence when followed by space and not an abbreviation or a number; the CJK stops end one even with none.
    let j = i + 1;
    while (j < n && isCloser(seg.charCodeAt(j))) j++;
    if ((j < n && !isSpace(seg.charCodeAt(j)) && !UNSPACED_STOP(c)) || (c === 46 && isAbbreviation(seg, s, i))) {
      i++;
      continue;
    }
    if (j >= n) break;
    emit(prose, start + s, start + j, paragraph, false, out);
    s = j;
    while (s < n && isSpace(seg.charCodeAt(s))) s++;
    i = s;
  }
  if (s < n) emit(prose, start + s, end, paragraph, standalone && s === 0, out);
}

// Unicode property regexes are built once: esbuild lowers a `/\p{..}/u` literal for node20 to a `new RegExp()` at
// the place it is written, so one inside a function was compiled (or looked up) on every call.
const LOWER_CASE_NEXT = /^[ \t]*\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

function isAbbreviation(prose: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && isLetterOrDot(prose, k - 1)) k--;
  const word = prose.slice(k, dot).toLowerCase();
  if (word.length === 1 && UPPER_CASE.test(prose[k]!)) return true; // an initial: "J. Smith"
  if (DOTTED.test(word)) return true; // "U.S.", "e.g.", "z.B."
  return ABBREVIATIONS.has(word);
}

function emit(prose: string, start: number, end: number, paragraph: number, standalone: boolean, out: Sentence[]): void {
  let e = end;
  while (e > start && isSpace(prose.charCodeAt(e - 1))) e--;
  if (e <= start) return;
  out.push({ span: { start, end: e }, text: prose.slice(start, e), paragraph, standalone });
}

// Character tests without a regex per character (they ran for every character of every message).

/** The same characters as a regex `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `[.!?"'”’)\]]`: what may follow a sentence's final stop. */
function isCloser(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** `/[\p{L}.]/u` on the single UTF-16 unit at `i`. */
function isLetterOrDot(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DOT.test(s[i]!);
}
const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * `/[.!?:;,)]["'”’)]*$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]$/u`: the line ends in a clause mark, maybe
 * followed by closing quotes or brackets, or in an emoji.
 */
function endsWithClauseMark(t: string): boolean {
  let k = t.length;
  let bracket = false;
  for (; k > 0; k--) {
    const c = t.charCodeAt(k - 1);
    if (c === 41) bracket = true; // ")" closes and is a clause mark itself
    else if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019) break;
  }
  if (bracket) return true;
  if (k > 0) {
    const c = t.charCodeAt(k - 1);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44) return true;
  }
  const n = t.length;
  if (n === 0) return false;
  const last = t.charCodeAt(n - 1);
  if (last >= 0x2600 && last <= 0x27bf) return true;
  if (last >= 0xdc00 && last <= 0xdfff && n >= 2) {
    const high = t.charCodeAt(n - 2);
    if (high >= 0xd800 && high <= 0xdbff) {
      const cp = (high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
      return cp >= 0x1f300 && cp <= 0x1faff;
    }
  }
  return false;
}
