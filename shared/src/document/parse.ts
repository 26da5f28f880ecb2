import type { Span } from '../engine/types.js';
import { findComments, type Comment, type Directive } from './directives.js';
import { parseFrontMatter, splitFrontMatter, type FrontMatter, type FrontMatterProblem } from './front-matter.js';
import { findPlaceholders, type Placeholder } from './placeholders.js';
import { isSpace, splitSentences, type Sentence } from './sentences.js';

/** One `*.outreach.md` file, parsed once and shared by the signals and every rule. */
export interface OutreachDocument {
  readonly text: string;
  /** The front matter block including its fences, when present. */
  readonly frontMatterSpan?: Span;
  readonly frontMatter: FrontMatter;
  readonly frontMatterProblems: readonly FrontMatterProblem[];
  /** The message body: from after the front matter to the end of the file. */
  readonly body: Span;
  /** The body's content with leading and trailing blank space (and comments) excluded; empty span when blank. */
  readonly content: Span;
  /** The file text with front matter and HTML comments blanked out (same length and offsets). */
  readonly prose: string;
  readonly comments: readonly Comment[];
  readonly directives: readonly Directive[];
  /** Placeholders in the body and in the subject. */
  readonly placeholders: readonly Placeholder[];
  readonly sentences: readonly Sentence[];
}

/** Parses a file's text into the document model; never throws on any input. */
export function parseOutreach(text: string): OutreachDocument {
  const split = splitFrontMatter(text);
  let frontMatter: FrontMatter = { mutual: [], vars: {} };
  let frontMatterProblems: FrontMatterProblem[] = [];
  let frontMatterSpan: Span | undefined;
  if (split.block) {
    const block = parseFrontMatter(text, split.block);
    frontMatter = block.data;
    frontMatterProblems = [...block.problems];
    frontMatterSpan = block.span;
  } else if (split.unterminated) {
    frontMatterProblems = [{ span: split.unterminated, message: 'Front matter is not closed: add a line "---" after it' }];
  }
  const body: Span = { start: split.bodyStart, end: text.length };
  const { comments, directives } = findComments(text, body);
  const prose = mask(text, body, comments);
  const content = trimSpan(prose, body);
  const placeholders = findPlaceholders(prose, body);
  if (frontMatter.subject !== undefined && frontMatter.subjectSpan) {
    placeholders.unshift(...findPlaceholders(text, frontMatter.subjectSpan));
  }
  const sentences = splitSentences(prose, content);
  const doc: OutreachDocument = {
    text,
    frontMatter,
    frontMatterProblems,
    body,
    content,
    prose,
    comments,
    directives,
    placeholders,
    sentences,
  };
  if (frontMatterSpan) (doc as { frontMatterSpan?: Span }).frontMatterSpan = frontMatterSpan;
  return doc;
}

function mask(text: string, body: Span, comments: readonly Comment[]): string {
  if (body.start === 0 && comments.length === 0) return text;
  let out = blank(text.slice(0, body.start));
  let pos = body.start;
  for (const c of comments) {
    out += text.slice(pos, c.span.start) + blank(text.slice(c.span.start, c.span.end));
    pos = c.span.end;
  }
  return out + text.slice(pos);
}

/** Same length, line breaks kept, everything else a space (each UTF-16 unit, as /[^\r\n]/g would). */
function blank(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) {
      out += ' '.repeat(i - from) + (c === 10 ? '\n' : '\r');
      from = i + 1;
    }
  }
  return out + ' '.repeat(s.length - from);
}

function trimSpan(prose: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && isSpace(prose.charCodeAt(start))) start++;
  while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
  return { start, end };
}
