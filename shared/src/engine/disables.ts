import type { OutreachDocument } from '../document/parse.js';
import type { Finding } from './types.js';

/** True when an inline directive turns the finding's rule off where the finding starts. */
export function isDisabled(doc: OutreachDocument, finding: Finding): boolean {
  if (doc.directives.length === 0) return false;
  const { text } = doc;
  const at = finding.span.start;
  const line = lineOf(text, at);
  let disabled = false;
  for (const d of doc.directives) {
    const applies = d.rules.length === 0 || d.rules.includes(finding.ruleId);
    if (!applies) continue;
    const dLine = lineOf(text, d.span.start);
    switch (d.kind) {
      case 'disable-next-line':
        if (line === lineOf(text, d.span.end) + 1) return true;
        break;
      case 'disable-line':
        if (line === dLine) return true;
        break;
      case 'disable': {
        // A disable that opens the body covers the whole file, front matter included (like eslint-disable at the top).
        const from = startsBody(doc, d.span.start) ? 0 : lineStart(text, d.span.start);
        if (at >= from) disabled = true;
        break;
      }
      case 'enable':
        if (at >= d.span.end) disabled = false;
        break;
    }
  }
  return disabled;
}

function startsBody(doc: OutreachDocument, offset: number): boolean {
  return doc.prose.slice(doc.body.start, offset).trim() === '';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
