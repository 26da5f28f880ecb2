import type { Span } from '../engine/types.js';

/** How a placeholder is written: `template` is `{{name}}`; the rest are unfilled forms. */
export type PlaceholderKind = 'template' | 'bracket' | 'angle' | 'brace' | 'paren' | 'percent' | 'mask';

/** A placeholder in the message or subject. */
export interface Placeholder {
  readonly span: Span;
  readonly kind: PlaceholderKind;
  /** The name inside, trimmed (`to.company`, `First Name`); for masks the mask itself. */
  readonly name: string;
}

// No `\s*` around the name: it overlapped the lazy name and backtracked cubically on `{{` + spaces.
// The name is trimmed later; a name that spans lines (after trimming) is not a placeholder.
const TEMPLATE = /\{\{([^{}]*)\}\}/g;
// Non-template forms. Each alternative is bounded and free of nested quantifiers (no backtracking blow-up).
const BRACKET = /(?<![\[\]!\\])\[([^\[\]\n]{1,40})\](?![\[(:])/g;
const ANGLE = /<([A-Za-z][A-Za-z _.'-]{0,38}[A-Za-z])>/g;
const BRACE = /(?<![{\\])\{([A-Za-z_][\w .-]{0,38})\}(?!\})/g;
const PAREN =
  /\((so[- ]and[- ]so|insert [^()\n]{1,30}|(?:(?:your|their|his|her|the|first|last|full|company|recipient'?s?|contact'?s?) ){0,2}(?:first name|last name|name|company|company name|title|job title|role|position|school|university|city|industry|topic|product)|recipient)\)/gi;
const PERCENT = /%([A-Z][A-Z_]{1,30})%/g;
const MASK = /(?<![\w])(?:X{3,}|x{3,}|_{3,}|\?{3,})(?![\w])/g;
// Each regex above runs only when the text holds a character it needs (a cheap scan).
const MASK_HINT = /XXX|xxx|___|\?\?\?/;

// Lower-case HTML tag names that are markup, not placeholders.
const HTML_TAGS = new Set(
  'a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul'.split(' '),
);

/** Finds every placeholder in `text` within `span` (`{{var}}` and the unfilled forms of SPEC §2). */
export function findPlaceholders(text: string, span: Span): Placeholder[] {
  const slice = text.slice(span.start, span.end);
  const found: Placeholder[] = [];
  const add = (kind: PlaceholderKind, m: RegExpExecArray, name: string) =>
    found.push({ kind, name: name.trim(), span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
  // Fast exit: no candidate character at all (the common case for a filled-in message).
  if (!/[{[<(%Xx_?]/.test(slice)) return found;
  if (slice.includes('{{')) for (const m of slice.matchAll(TEMPLATE)) if (!m[1]!.trim().includes('\n')) add('template', m as RegExpExecArray, m[1]!);
  const templateSpans = found.map((p) => p.span);
  const insideTemplate = (offset: number) => templateSpans.some((s) => offset >= s.start && offset < s.end);
  if (slice.includes('[')) for (const m of slice.matchAll(BRACKET)) {
    const inner = m[1]!;
    // Task boxes, footnotes, and bracketed numbers or symbols are not slots.
    if (/^\s*[xX ]?\s*$/.test(inner) || inner.startsWith('^') || !/[A-Za-z]/.test(inner)) continue;
    add('bracket', m as RegExpExecArray, inner);
  }
  if (slice.includes('<')) for (const m of slice.matchAll(ANGLE)) {
    const inner = m[1]!;
    if (HTML_TAGS.has(inner.toLowerCase()) || /^(?:https?|mailto)/i.test(inner)) continue;
    add('angle', m as RegExpExecArray, inner);
  }
  if (slice.includes('{')) for (const m of slice.matchAll(BRACE)) {
    if (insideTemplate(span.start + m.index!)) continue;
    add('brace', m as RegExpExecArray, m[1]!);
  }
  if (slice.includes('(')) for (const m of slice.matchAll(PAREN)) add('paren', m as RegExpExecArray, m[1]!);
  if (slice.includes('%')) for (const m of slice.matchAll(PERCENT)) add('percent', m as RegExpExecArray, m[1]!);
  if (MASK_HINT.test(slice)) for (const m of slice.matchAll(MASK)) add('mask', m as RegExpExecArray, m[0]);
  return found.sort((a, b) => a.span.start - b.span.start);
}
