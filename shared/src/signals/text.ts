import type { OutreachDocument } from '../document/parse.js';
import type { Placeholder } from '../document/placeholders.js';
import type { Span } from '../engine/types.js';

/**
 * The message prepared for matching. `norm` has the same length and offsets as the file text:
 * lower case, accents folded, curly quotes straightened, whitespace and Markdown emphasis turned
 * into spaces, template placeholders `{{x}}` turned into a run of `§` and unfilled ones into `¤`
 * (one "word" each), so every pattern below works on one simple alphabet.
 */
export interface Prepared {
  readonly doc: OutreachDocument;
  readonly norm: string;
  /** Every word of the body (normalised), for cheap "could this family match at all" gates. */
  readonly words: ReadonlySet<string>;
  /** Sentences of the body with their normalised text. */
  readonly sentences: readonly PreparedSentence[];
}

/** A sentence of the body, with the normalised text and what kind of sentence it is. */
export interface PreparedSentence {
  readonly index: number;
  readonly span: Span;
  /** Original text (from the masked prose), for names and quotes. */
  readonly text: string;
  /** Normalised text, same length as `text`. */
  readonly norm: string;
  readonly question: boolean;
  readonly standalone: boolean;
}

const FOLD: Record<string, string> = {};
for (const [to, from] of Object.entries({
  a: 'àáâãäåāą',
  c: 'çćč',
  e: 'èéêëēęě',
  i: 'ìíîïī',
  n: 'ñń',
  o: 'òóôõöøō',
  u: 'ùúûüū',
  y: 'ýÿ',
  s: 'śšß',
  z: 'źżž',
  l: 'ł',
  "'": '’‘`´ʼ',
  '"': '“”„«»',
  ' ': '\t\n\r\u00a0\u2009\u202f*_#>|~',
  '-': '–—‐‑',
  '?': '¿',
  '!': '¡',
})) {
  for (const ch of from) FOLD[ch] = to;
}

const NEEDS_WORK = /[^a-z0-9 ,.;:!?'"()\-/&+@$%=]/;

/** Lower-cases and folds one string without changing its length (UTF-16 units). */
export function normalize(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      out += ch;
      continue;
    }
    if (code >= 65 && code <= 90) {
      out += String.fromCharCode(code + 32);
      continue;
    }
    const folded = FOLD[ch];
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower.length === 1) {
      const f2 = FOLD[lower];
      out += f2 ?? lower;
    } else out += ch;
  }
  return out;
}

const WORD = /[a-z0-9œæ'+-]+/g;

/** Prepares a parsed document for the detectors. */
export function prepare(doc: OutreachDocument): Prepared {
  let norm = normalize(doc.prose);
  if (doc.placeholders.length > 0) norm = maskPlaceholders(norm, doc.placeholders, doc.body.start);
  const words = new Set<string>();
  const bodyNorm = norm.slice(doc.body.start);
  for (const m of bodyNorm.matchAll(WORD)) addWord(words, m[0]);
  const sentences = doc.sentences.map((s, index): PreparedSentence => {
    const n = norm.slice(s.span.start, s.span.end);
    return {
      index,
      span: s.span,
      text: s.text,
      norm: n,
      question: isQuestion(n),
      standalone: s.standalone,
    };
  });
  return { doc, norm, words, sentences };
}

/** Adds a word and its crude stems ("connecting" also as "connect", "connecte"), for the family gates. */
function addWord(words: Set<string>, w: string): void {
  if (words.has(w)) return;
  words.add(w);
  const apo = w.indexOf("'");
  if (apo > 0) words.add(w.slice(0, apo));
  const n = w.length;
  if (n > 5 && w.endsWith('ing')) {
    words.add(w.slice(0, -3));
    words.add(w.slice(0, -3) + 'e');
  } else if (n > 4 && w.endsWith('ed')) {
    words.add(w.slice(0, -2));
    words.add(w.slice(0, -1));
  } else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) {
    words.add(w.slice(0, -1));
    if (w.endsWith('es')) words.add(w.slice(0, -2));
  }
}

function maskPlaceholders(norm: string, placeholders: readonly Placeholder[], bodyStart: number): string {
  let out = '';
  let pos = 0;
  for (const p of placeholders) {
    if (p.span.start < bodyStart || p.span.start < pos) continue;
    out += norm.slice(pos, p.span.start) + (p.kind === 'template' ? '§' : '¤').repeat(p.span.end - p.span.start);
    pos = p.span.end;
  }
  return out + norm.slice(pos);
}

const QUESTION_START =
  /^(?:(?:and|so|also|ok|okay|hey|hi|but|or|btw|by the way|just wondering|quick question|out of curiosity)[, ]+)?(?:can|could|would|will|do|does|did|are|is|was|were|have|has|might|may|shall|should|any chance|is there any chance|what|how|when|where|who|which|why|mind if|wondering if|wondered if|konnten|konnen|kannst|konntest|wurden|wurdest|haben sie|hast du|podrias|podria|puedes|puede|pourriez|pourrais|pouvez|peux|auriez|serait)\b/;

/** A sentence ending in "?" or opening like a question ("Could you ...", "Any chance ..."). */
export function isQuestion(norm: string): boolean {
  const t = norm.trim();
  if (t.endsWith('?') || t.includes('? ')) return true;
  return QUESTION_START.test(t);
}

/** Trims a span of `text` so it starts and ends on a non-space character. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:.\-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The index of the sentence holding `offset`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences: readonly PreparedSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const NEGATION = /(?:^|[^a-z])(?:not|n't|never|no|nor|without|nothing|neither|nicht|kein|keine|keinen|nie|ne|pas|jamais|nunca|tampoco|ni)(?![a-z])/;
const CLAUSE_BREAK = /[,;:()]| but | and | - | aber | pero | mais /g;

/**
 * Whether the words just before `at` in the sentence negate what follows
 * ("I'm not looking for a job", "I don't want anything", "no need to").
 * Only the clause holding the match counts, and only its last few words.
 */
export function negatedBefore(sentenceNorm: string, at: number, window = 28): boolean {
  const before = sentenceNorm.slice(Math.max(0, at - window), at);
  let cut = -1;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index! + m[0].length;
  const clause = cut >= 0 ? before.slice(cut) : before;
  return NEGATION.test(clause);
}
