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
  /** Sentences with their normalised text: the subject first (when there is one), then the body's. */
  readonly sentences: readonly PreparedSentence[];
  /** Index of the subject among `sentences`, or -1. */
  readonly subject: number;
  /** The masked prose with the subject line put back, same offsets as the file. */
  readonly prose: string;
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
  /** Offsets (in `norm`) where each word starts. */
  readonly starts: readonly number[];
  /** For each word, whether it is capitalised in the original (or a template slot): a possible name. */
  readonly caps: readonly boolean[];
  /** Each word's normalised text (a placeholder run as one `§` or `¤`). */
  readonly tokens: readonly string[];
  /** Whether each word is followed by exactly one space (so a two-word phrase can continue). */
  readonly spaced: readonly boolean[];
}

/** Word slots per sentence in packed word positions (`sentence * WORD_SLOTS + word index`). */
export const WORD_SLOTS = 4096;

const FOLD: Record<string, string> = {};
for (const [to, from] of Object.entries({
  // Latin letters with marks, for names and words alike: Western European, Polish, Czech, Slovak, Hungarian,
  // Romanian, Turkish, Baltic, Croatian ("Elif Şahin", "Ştefan", "Jiří", "Đorđe" match a name as "Elif Sahin" does).
  a: 'àáâãäåāąă',
  c: 'çćč',
  d: 'ďđ',
  e: 'èéêëēęěė',
  g: 'ğģ',
  i: 'ìíîïīıį',
  k: 'ķ',
  n: 'ñńňņ',
  o: 'òóôõöøōő',
  r: 'řŕ',
  t: 'ťțţ',
  u: 'ùúûüūůűų',
  y: 'ýÿ',
  s: 'śšßşș',
  z: 'źżž',
  l: 'łľĺļ',
  "'": '’‘`´ʼ',
  '"': '“”„«»',
  ' ': '\t\n\r\u00a0\u2009\u202f*_#>|~',
  '-': '–—‐‑',
  '?': '¿',
  '!': '¡',
})) {
  for (const ch of from) FOLD[ch] = to;
}
// Every other Latin letter with marks that decomposes to a base letter a-z folds to it: Vietnamese ("giới thiệu" is
// "gioi thieu", not the fragments "gi", "i", "thi", "u"), and the rest of Latin Extended A, B and Additional.
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let c = from!; c <= to!; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length !== 1 || FOLD[lower] !== undefined) continue;
    const base = lower.normalize('NFD').charAt(0);
    if (base >= 'a' && base <= 'z' && base !== lower) FOLD[lower] = base;
  }
}

// Capitalised words that are never the start of a name (sentence openers, "I").
const NOT_NAME_WORDS = new Set(
  "i i'm i'd i've i'll the a an my we you your hi hello hey dear thanks thank and but so if it this that our as at in on for with also just please would could can will when what how why who".split(' '),
);

// What normalize() must look at: anything but printable ASCII, and the Markdown marks * _ # > | ~ `.
const NEEDS_FOLD = /[^\x20-\x22\x24-\x29\x2b-\x3d\x3f-\x5e\x61-\x7b\x7d]/g;

/** Lower-cases and folds one string without changing its length (UTF-16 units). */
export function normalize(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length !== s.length) return normalizeSlow(s);
  // The regex finds the few characters to fold (newlines, accents, curly quotes, marks) much faster than a loop.
  return lower.replace(NEEDS_FOLD, foldChar);
}

function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

function normalizeSlow(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? (FOLD[lower] ?? lower) : ch;
  }
  return out;
}


/** Prepares a parsed document for the detectors. */
export function prepare(doc: OutreachDocument): Prepared {
  let norm = normalize(doc.prose);
  let prose = doc.prose;
  // The reader sees the email subject too: it is analysed as a first, separate sentence.
  const subject = doc.frontMatter.subjectSpan;
  const units: { span: Span; text: string; standalone: boolean }[] = [];
  if (subject && subject.end > subject.start) {
    const raw = doc.text.slice(subject.start, subject.end);
    norm = norm.slice(0, subject.start) + normalize(raw) + norm.slice(subject.end);
    prose = prose.slice(0, subject.start) + raw + prose.slice(subject.end);
    units.push({ span: subject, text: raw, standalone: true });
  }
  if (doc.placeholders.length > 0) norm = maskPlaceholders(norm, doc.placeholders);
  for (const s of doc.sentences) units.push(s);
  // A loop, not `map`: TurboFan's inlined `map` makes a holey array where the interpreter's makes a packed one, and
  // the new kind in `sentences` once the tokenizer was optimised changed the shape of every Prepared, which threw
  // away the optimised code of everything reading one.
  const sentences: PreparedSentence[] = [];
  for (let index = 0; index < units.length; index++) {
    const s = units[index]!;
    const n = norm.slice(s.span.start, s.span.end);
    const starts: number[] = [];
    const caps: boolean[] = [];
    const tokens: string[] = [];
    const spaced: boolean[] = [];
    const len = n.length;
    let i = 0;
    // A hand-written tokenizer: words are runs of [a-z0-9'+-], œ, æ, and placeholder marks, or of the letters of another
    // script; a run of a script written without spaces (Han, kana, Thai) is a token of its own ("AIエンジニア": "ai", "エンジニア").
    while (i < len && starts.length < WORD_SLOTS) {
      while (i < len && !isWordCode(n.charCodeAt(i))) i++;
      if (i >= len) break;
      const at = i;
      const unspaced = isUnspacedCode(n.charCodeAt(i));
      while (i < len && isWordCode(n.charCodeAt(i)) && isUnspacedCode(n.charCodeAt(i)) === unspaced) i++;
      let token = n.slice(at, i);
      const first = n.charCodeAt(at);
      if (first === 0xa7 || first === 0xa4) token = token.replace(/§+/g, '§').replace(/¤+/g, '¤');
      const c = prose.charCodeAt(s.span.start + at);
      tokens.push(token);
      spaced.push(n.charCodeAt(i) === 32 && i + 1 < len && isWordCode(n.charCodeAt(i + 1)));
      starts.push(at);
      caps.push(((c >= 65 && c <= 90) || c === 123 || (c > 191 && prose[s.span.start + at] !== n[at])) && !NOT_NAME_WORDS.has(token));
    }
    sentences.push({ index, span: s.span, text: s.text, norm: n, question: isQuestion(n), standalone: s.standalone, starts, caps, tokens, spaced });
  }
  return { doc, norm, sentences, subject: subject && subject.end > subject.start ? 0 : -1, prose };
}

// Word characters of the normalised text: a-z, 0-9, ' + -, the placeholder marks § ¤, œ and æ.
const WORD_CODE = new Uint8Array(0x154);
for (const c of [39, 43, 45, 0xa7, 0xa4, 0x153, 0xe6]) WORD_CODE[c] = 1;
for (let c = 97; c <= 122; c++) WORD_CODE[c] = 1;
for (let c = 48; c <= 57; c++) WORD_CODE[c] = 1;

// Beyond them, the letters, marks and digits of scripts other than Latin (Greek, Cyrillic, Hebrew, Arabic, the Indic scripts,
// Thai, Hangul, kana, Han), which normalize() leaves as they are; Latin letters it does not fold stay outside words, as before.
// Decided per code unit on first sight and kept (0: not yet, 1: a word character, 2: not); surrogates (emoji) never are.
const OTHER_CODE = new Uint8Array(0x10000);
const OTHER_LETTER = /^[\p{L}\p{M}\p{Nd}]$/u;
const LATIN = /^\p{Script=Latin}$/u;
// The combining marks written after Latin letters in decomposed text ("cafe" + U+0301) still end a word, as before.
const COMBINING_MARK = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

export function isWordCode(c: number): boolean {
  if (c < 0x154) return WORD_CODE[c] === 1;
  let k = OTHER_CODE[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = OTHER_CODE[c] = (c < 0xd800 || c > 0xdfff) && !COMBINING_MARK(c) && OTHER_LETTER.test(ch) && !LATIN.test(ch) ? 1 : 2;
  }
  return k === 1;
}

/** Scripts written without spaces between words: Thai, Lao, kana, Han (and their compatibility forms). */
export function isUnspacedCode(c: number): boolean {
  return c >= 0xe00 && ((c <= 0xeff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f));
}

function maskPlaceholders(norm: string, placeholders: readonly Placeholder[]): string {
  let out = '';
  let pos = 0;
  for (const p of placeholders) {
    if (p.span.start < pos) continue;
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
  // "What ended up helping us was ...", "When we met in Lisbon, ...": a wh-word without an auxiliary after it,
  // in a sentence that ends in a full stop, opens a statement.
  if (/[.!]$/.test(t) && WH_STATEMENT.test(t)) return false;
  return QUESTION_START.test(t);
}

const WH_STATEMENT = /^(?:(?:and|so|also|but|or|btw)[, ]+)?(?:what|how|when|where|who|which|why) (?!(?:do|does|did|is|are|was|were|would|could|can|will|should|shall|might|may|have|has)\b)/;

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

// Italian "non", Portuguese "não" and Dutch "niet"/"geen" too ("di solito non accetto tutti gli inviti"); "non-profit" is not one.
const NEGATION = /(?:(?:^|[^a-z])(?:not|never|no|nor|without|nothing|neither|nicht|kein|keine|keinen|nie|ne|pas|jamais|nunca|tampoco|ni|non(?!-)|nao|niet|geen)|n't)(?![a-z])/;
const CONJUNCTIONS = [' but ', ' and ', ' - ', ' aber ', ' pero ', ' mais ', ' maar '];

/**
 * Whether the words just before `at` in the sentence negate what follows
 * ("I'm not looking for a job", "I don't want anything", "no need to").
 * Only the clause holding the match counts, and only its last few words.
 */
export function negatedBefore(sentenceNorm: string, at: number, window = 40): boolean {
  const before = sentenceNorm.slice(Math.max(0, at - window), at);
  // The clause is the end of `before`, starting just after a non-letter: a negation in it is one in `before` too. Most
  // matches have none before them, and are answered without the dozen lastIndexOf calls of the cut (~2 µs a match).
  if (!NEGATION.test(before)) return false;
  // Only the clause holding the match: cut at the last comma, semicolon, colon, bracket or conjunction.
  let cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf(')'));
  for (const c of CONJUNCTIONS) {
    const i = before.lastIndexOf(c);
    if (i >= 0 && i + c.length - 1 > cut) cut = i + c.length - 1;
  }
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  return NEGATION.test(clause);
}
