import type { Range } from 'vscode-languageserver';
import type { LineIndex, Span } from '../../../shared/src/index.js';

/** The LSP range of a span of UTF-16 offsets. */
export function toRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

/** The span of offsets an LSP range covers (clamped to the text). */
export function toSpan(index: LineIndex, range: Range): Span {
  const start = index.offsetAt(range.start);
  const end = index.offsetAt(range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

/** True when two LSP ranges are equal. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}
