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
  'mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp dept univ approx mt ft no fig al cf jan feb mar apr jun jul aug sep sept oct nov dec z.b bzw usw ca sra sr dra ud uds mme mlle m'.split(' '),
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
      const endsClause = /[.!?:;,)]["'”’)]*$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]$/u.test(trimmed);
      if (listItem || !pending) {
        flush(false);
        pending = { start, end };
      } else {
        pending.end = end;
      }
      // A line ending in punctuation stands on its own; so does a short one (a greeting, a sign-off, a name)
      // unless the next line carries on in lower case, which is a hard-wrapped sentence.
      const carriesOn = short && !endsClause && /^[ \t]*\p{Ll}/u.test(prose.slice(eol + 1, Math.min(span.end, eol + 8)));
      if (listItem || (short && !carriesOn) || endsClause || /^#{1,6}\s/.test(trimmed)) flush(short || listItem);
    }
    lineStart = eol + 1;
  }
  flush(false);
  return sentences;
}

function pushSplit(prose: string, start: number, end: number, paragraph: number, standalone: boolean, out: Sentence[]): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    // . ! ? and the CJK full stop end a sentence when followed by space and not an abbreviation or a number.
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x3002) continue;
    let j = i + 1;
    while (j < end && /[.!?"'”’)\]]/.test(prose[j]!)) j++;
    if (j < end && !/\s/.test(prose[j]!)) continue;
    if (c === 46 && isAbbreviation(prose, s, i)) continue;
    if (j >= end) break;
    emit(prose, s, j, paragraph, false, out);
    s = j;
    while (s < end && /\s/.test(prose[s]!)) s++;
    i = s - 1;
  }
  if (s < end) emit(prose, s, end, paragraph, standalone && s === start, out);
}

function isAbbreviation(prose: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[\p{L}.]/u.test(prose[k - 1]!)) k--;
  const word = prose.slice(k, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(prose[k]!)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S.", "e.g.", "z.B."
  return ABBREVIATIONS.has(word);
}

function emit(prose: string, start: number, end: number, paragraph: number, standalone: boolean, out: Sentence[]): void {
  let e = end;
  while (e > start && /\s/.test(prose[e - 1]!)) e--;
  if (e <= start) return;
  out.push({ span: { start, end: e }, text: prose.slice(start, e), paragraph, standalone });
}
