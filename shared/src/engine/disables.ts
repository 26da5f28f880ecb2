import type { OutreachDocument } from '../document/parse.js';
import { LineIndex } from './positions.js';
import type { Finding } from './types.js';

/** Where each directive stands, by line; computed once per document. */
interface DirectiveLines {
  readonly index: LineIndex;
  readonly startLine: readonly number[];
  readonly endLine: readonly number[];
  /** For `disable`: the offset from which it applies. */
  readonly from: readonly number[];
}

// Built once per document: scanning the text per finding and per directive was cubic on files full of directives.
const cache = new WeakMap<OutreachDocument, DirectiveLines>();

function directiveLines(doc: OutreachDocument): DirectiveLines {
  let lines = cache.get(doc);
  if (lines) return lines;
  // Lines as the editor counts them (CRLF, LF or a lone CR), the same as the positions reported.
  const index = new LineIndex(doc.text);
  const startLine = doc.directives.map((d) => index.positionAt(d.span.start).line);
  lines = {
    index,
    startLine,
    endLine: doc.directives.map((d) => index.positionAt(d.span.end).line),
    // A disable that opens the body covers the whole file, front matter included (like eslint-disable at the top).
    from: doc.directives.map((d, i) => (startsBody(doc, d.span.start) ? 0 : index.offsetAt({ line: startLine[i]!, character: 0 }))),
  };
  cache.set(doc, lines);
  return lines;
}

/** True when an inline directive turns the finding's rule off where the finding starts. */
export function isDisabled(doc: OutreachDocument, finding: Finding): boolean {
  if (doc.directives.length === 0) return false;
  const { index, startLine, endLine, from } = directiveLines(doc);
  const at = finding.span.start;
  const line = index.positionAt(at).line;
  let disabled = false;
  for (let i = 0; i < doc.directives.length; i++) {
    const d = doc.directives[i]!;
    const applies = d.rules.length === 0 || d.rules.includes(finding.ruleId);
    if (!applies) continue;
    switch (d.kind) {
      case 'disable-next-line':
        if (line === endLine[i]! + 1) return true;
        break;
      case 'disable-line':
        if (line === startLine[i]) return true;
        break;
      case 'disable':
        if (at >= from[i]!) disabled = true;
        break;
      case 'enable':
        if (at >= d.span.end) disabled = false;
        break;
    }
  }
  return disabled;
}

/** Whether only blank space and comments stand before `offset` in the body (the prose's first non-blank is at or after it). */
function startsBody(doc: OutreachDocument, offset: number): boolean {
  return doc.content.start >= offset;
}
