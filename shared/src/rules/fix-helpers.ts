import type { OutreachDocument } from '../document/parse.js';
import type { Sentence } from '../document/sentences.js';
import type { RuleContext } from '../engine/rule.js';
import type { Edit, Evidence, Fix, Span } from '../engine/types.js';

/** Where a rule's inserted sentence belongs in the message. */
export type Placement =
  /** Right after the greeting (or at the start when there is none). */
  | 'after-greeting'
  /** After the sentence that gives the reason, else after the greeting; always before the first ask and the sign-off. */
  | 'after-reason'
  /** Before the sign-off (or at the end when there is none). */
  | 'before-signoff';

/** The sentence offering something, with a slot, that the give-value and leech-motive suggestions insert. */
export const VALUE_LINE = "If it helps, I'd be glad to share {{what_you_can_offer}}.";

/** The line ending the file already uses. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The sentence that contains `offset`, if any. */
export function sentenceAt(doc: OutreachDocument, offset: number): Sentence | undefined {
  return doc.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
}

/** An edit that inserts `sentence` where `placement` says, separated so that it reads as part of the message. */
export function insertSentence(context: RuleContext, placement: Placement, sentence: string): Edit {
  return placeBetween(context.doc, boundaryFor(context, placement), sentence);
}

/** A suggestion (or fix) that inserts one sentence. */
export function insertionFix(context: RuleContext, title: string, placement: Placement, sentence: string): Fix {
  return { title, edits: [insertSentence(context, placement, sentence)] };
}

/** The "Add value line" suggestion (give-value, leech-motive): an offer with a slot, before the sign-off. */
export function addValueLine(context: RuleContext): Fix {
  return insertionFix(context, 'Add value line', 'before-signoff', VALUE_LINE);
}

/** `asks for a referral ("could you refer me")`, from an ask's evidence. */
export function describeAsk(ask: Evidence): string {
  const why = ask.why.trim().replace(/,\s*offering nothing$/, '');
  // The second opinion's reading (signals/index.ts): say whose reading it is.
  const model = /\(second opinion of the trained model, (\d+) %\)$/.exec(why);
  if (model) return `reads as asking a favour (${quote(ask.text)}: the trained model's reading, ${model[1]} % sure)`;
  return /^asks\b/i.test(why) ? `${why} (${quote(ask.text)})` : `asks a favour (${quote(ask.text)})`;
}

/**
 * One entry per piece of evidence: a clause found inside a longer one ("refer me" in "Could you refer me")
 * is the same thing; it keeps the longer range and the more specific description (not a generic "favour").
 */
export function mergeNested(evidence: readonly Evidence[]): Evidence[] {
  const sorted = [...evidence].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups: Evidence[][] = [];
  for (const ev of sorted) {
    const last = groups.at(-1);
    if (last && ev.span.end <= last[0]!.span.end) last.push(ev);
    else groups.push([ev]);
  }
  return groups.map((group) => {
    const outer = group[0]!;
    const specific = group.find((e) => !/\bfavou?r\b/.test(e.why)) ?? outer;
    return { ...outer, why: specific.why };
  });
}

/** An edit that inserts `sentence` right after the sentence holding `offset`. */
export function insertAfterSentenceAt(context: RuleContext, offset: number, sentence: string): Edit {
  const s = sentenceAt(context.doc, offset);
  const prevEnd = s ? s.span.end : offset;
  const next = context.doc.sentences.find((x) => x.span.start >= prevEnd);
  return placeBetween(context.doc, { prevEnd, nextStart: next?.span.start }, sentence);
}

interface Boundary {
  /** Where the text before the new sentence ends. */
  readonly prevEnd?: number | undefined;
  /** Where the text after the new sentence starts. */
  readonly nextStart?: number | undefined;
}

function boundaryFor(context: RuleContext, placement: Placement): Boundary {
  const { doc, analysis } = context;
  const sentences = doc.sentences;
  const signoff = analysis.signoff && analysis.signoff.start >= doc.content.start ? analysis.signoff.start : undefined;
  if (placement === 'before-signoff') {
    if (signoff === undefined) return { prevEnd: sentences.at(-1)?.span.end };
    return before(doc, signoff);
  }
  if (placement === 'after-reason') {
    const firstAsk = analysis.asks.reduce((m, a) => Math.min(m, a.span.start), Infinity);
    const limit = Math.min(firstAsk, signoff ?? Infinity);
    const reasons = analysis.signals.reason.evidence.filter((e) => e.span.end <= limit);
    const last = reasons.at(-1);
    if (last) {
      const end = sentenceAt(doc, last.span.end - 1)?.span.end ?? last.span.end;
      if (end <= limit) return after(doc, end);
    }
    const b = afterGreeting(context);
    // Never after the ask: then the new sentence goes right before the sentence that asks.
    if (b.prevEnd !== undefined && b.prevEnd > limit) return before(doc, limit);
    return b;
  }
  return afterGreeting(context);
}

function afterGreeting(context: RuleContext): Boundary {
  const { doc, analysis } = context;
  const g = analysis.greeting;
  if (!g) return { nextStart: doc.sentences[0]?.span.start };
  const s = sentenceAt(doc, Math.max(g.start, g.end - 1));
  if (s && s.span.end > g.end) {
    // "Hi Dana, I loved your talk." — a new sentence can follow the greeting on its line.
    let k = g.end;
    while (k < s.span.end && (doc.prose[k] === ' ' || doc.prose[k] === '\t')) k++;
    if (k > g.end && /\p{Lu}/u.test(doc.prose[k] ?? '')) return { prevEnd: g.end, nextStart: k };
    return after(doc, s.span.end);
  }
  return after(doc, Math.max(g.end, s?.span.end ?? g.end));
}

function after(doc: OutreachDocument, prevEnd: number): Boundary {
  return { prevEnd, nextStart: doc.sentences.find((x) => x.span.start >= prevEnd)?.span.start };
}

/** The boundary just before `offset`, moved back to the start of the sentence it falls in. */
function before(doc: OutreachDocument, offset: number): Boundary {
  const holder = sentenceAt(doc, offset);
  const nextStart = holder && holder.span.start < offset ? holder.span.start : offset;
  let prevEnd: number | undefined;
  for (const s of doc.sentences) if (s.span.end <= nextStart) prevEnd = s.span.end;
  return { prevEnd, nextStart };
}

function placeBetween(doc: OutreachDocument, b: Boundary, sentence: string): Edit {
  const { text } = doc;
  const eol = eolOf(text);
  const { prevEnd, nextStart } = b;
  if (prevEnd === undefined && nextStart === undefined) {
    // A blank message: the sentence becomes its first line.
    const at = doc.body.start;
    const lead = at > 0 && at >= text.length && !text.endsWith('\n') ? eol : '';
    return insertAt(at, lead + sentence + eol);
  }
  if (prevEnd === undefined) {
    const start = nextStart!;
    const next = doc.sentences.find((s) => s.span.start === start);
    const fillsLine = !!next && text.slice(next.span.end, lineEnd(text, next.span.end)).trim() === '' && text.slice(lineStart(text, start), start).trim() === '';
    const aloneInParagraph = !!next && doc.sentences.filter((s) => s.paragraph === next.paragraph).length === 1;
    const multi = doc.sentences.some((s) => s.paragraph > 0);
    const sep = multi && aloneInParagraph ? eol + eol : fillsLine ? eol : ' ';
    return insertAt(start, sentence + sep);
  }
  if (nextStart === undefined) {
    const multi = doc.sentences.some((s) => s.paragraph > 0);
    const prev = doc.sentences.find((s) => s.span.end === prevEnd);
    // A note written one sentence per line gets a new line; a note written as running text, a new sentence.
    const startsLine = !prev || text.slice(lineStart(text, prev.span.start), prev.span.start).trim() === '';
    const lineByLine = startsLine && doc.sentences.length > 1 && doc.text.slice(doc.sentences[0]!.span.start, prevEnd).includes('\n');
    return insertAt(prevEnd, (multi ? eol + eol : lineByLine ? eol : ' ') + sentence);
  }
  const breaks = countBreaks(text.slice(prevEnd, nextStart));
  const sep = breaks === 0 ? ' ' : breaks === 1 ? eol : eol + eol;
  return insertAt(prevEnd, sep + sentence);
}

/** An edit that deletes the sentence(s) covering `span` (but not a greeting they start with), leaving no gap or blank line behind. */
export function removeSentencesEdit(doc: OutreachDocument, span: Span, greeting?: Span): Edit {
  const { text } = doc;
  const first = sentenceAt(doc, span.start);
  const last = sentenceAt(doc, Math.max(span.start, span.end - 1));
  let start = first?.span.start ?? span.start;
  // "Hi Dana, I'm an open networker." keeps its greeting.
  if (greeting && greeting.start >= start && greeting.end <= span.start) {
    start = greeting.end;
    while (start < span.start && /\s/.test(text[start]!)) start++;
  }
  let end = last?.span.end ?? span.end;
  const ls = lineStart(text, start);
  const le = lineEnd(text, end);
  const beforeText = text.slice(ls, start);
  const afterText = text.slice(end, le);
  if (beforeText.trim() === '' && afterText.trim() === '') {
    // The sentence is a whole line: take the line and its break; take one blank line too when it stood alone.
    start = ls;
    end = nextLineStart(text, le);
    const prevBlank = start === doc.body.start || isBlankLine(text, lineStart(text, Math.max(0, start - 1)));
    const nextBlank = end >= text.length || isBlankLine(text, end);
    if (prevBlank && nextBlank) {
      if (end < text.length) end = nextLineStart(text, lineEnd(text, end));
      else if (start > doc.body.start) start = lineStart(text, start - 1);
    }
  } else if (afterText.trim() === '') {
    while (start > ls && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  } else {
    while (end < le && (text[end] === ' ' || text[end] === '\t')) end++;
  }
  return { span: { start, end }, newText: '' };
}

/** Quotes text for a message: whitespace collapsed, long text shortened. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`;
}

/** The recipient's first name from front matter, for friendlier messages. */
export function recipientFirstName(doc: OutreachDocument): string | undefined {
  return doc.frontMatter.to?.name?.trim().split(/\s+/)[0];
}

/** The first line of the message content (or of the file when the message is blank): where whole-message findings go. */
export function firstLineSpan(doc: OutreachDocument): Span {
  const first = doc.sentences[0];
  if (first) return { start: first.span.start, end: Math.min(lineEnd(doc.text, first.span.start), first.span.end) };
  const at = doc.content.start < doc.content.end ? doc.content.start : 0;
  return { start: at, end: lineEnd(doc.text, at) };
}

/** Lower-case, hyphen-separated, for file names. */
export function slugify(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'contact'
  );
}

/** True when a relation reads as a noun phrase ("my former teammate at Initech") and can stand after a name. */
export function isNounPhrase(relation: string): boolean {
  return /^(?:my|our|a|an|the|his|her|their|your|an? old|former|ex-)\b/i.test(relation.trim());
}

function insertAt(at: number, newText: string): Edit {
  return { span: { start: at, end: at }, newText };
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset`, before its line break. */
export function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const end = n === -1 ? text.length : n;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLineStart(text: string, eolAt: number): number {
  if (text[eolAt] === '\r' && text[eolAt + 1] === '\n') return eolAt + 2;
  if (text[eolAt] === '\n') return eolAt + 1;
  return eolAt;
}

function isBlankLine(text: string, start: number): boolean {
  return text.slice(start, lineEnd(text, start)).trim() === '';
}
