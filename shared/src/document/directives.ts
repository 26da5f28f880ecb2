import type { Span } from '../engine/types.js';

/** What an inline comment asks for. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** One `<!-- outreach-lint-... -->` comment. */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The rules named; empty means every rule. */
  readonly rules: readonly string[];
  readonly span: Span;
}

/** An HTML comment in the body: hidden from the reader, so masked from analysis. */
export interface Comment {
  readonly span: Span;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const DIRECTIVE = /^<!--\s*outreach-lint-(disable-next-line|disable-line|disable|enable)\b([^]*?)(?:-->)?$/;

/** Finds HTML comments in the body and the directives among them. */
export function findComments(text: string, span: Span): { comments: Comment[]; directives: Directive[] } {
  const comments: Comment[] = [];
  const directives: Directive[] = [];
  const slice = text.slice(span.start, span.end);
  if (!slice.includes('<!--')) return { comments, directives };
  for (const m of slice.matchAll(COMMENT)) {
    const s = { start: span.start + m.index!, end: span.start + m.index! + m[0].length };
    comments.push({ span: s });
    const d = DIRECTIVE.exec(m[0]);
    if (d) {
      const rules = d[2]!
        .replace(/--\s.*$/s, '') // "-- reason" after the rule list, as ESLint allows
        .split(/[\s,]+/)
        .filter(Boolean);
      directives.push({ kind: d[1] as DirectiveKind, rules, span: s });
    }
  }
  return { comments, directives };
}
