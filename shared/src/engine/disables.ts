import type { OutreachDocument } from '../document/parse.js';
import { LineIndex } from './positions.js';
import type { Finding } from './types.js';

/** The directives of a document, indexed once: by the line they silence, and the range ones in order. */
interface DirectiveIndex {
  readonly lines: LineIndex;
  /** Line number -> the rules a `disable-line` / `disable-next-line` silences there (`true`: all). */
  readonly lineOff: ReadonlyMap<number, true | ReadonlySet<string>>;
  /** `disable` / `enable` directives in document order, with the offset from which each applies. */
  readonly ranged: readonly { readonly on: boolean; readonly rules: readonly string[]; readonly from: number }[];
}

// Built once per document: scanning the text per finding and per directive was cubic on files full of
// directives, and checking every line directive for every finding was still quadratic.
const cache = new WeakMap<OutreachDocument, DirectiveIndex>();

function indexDirectives(doc: OutreachDocument): DirectiveIndex {
  let found = cache.get(doc);
  if (found) return found;
  // Lines as the editor counts them (CRLF, LF or a lone CR), the same as the positions reported.
  const lines = new LineIndex(doc.text);
  const lineOff = new Map<number, true | Set<string>>();
  const ranged: { on: boolean; rules: readonly string[]; from: number }[] = [];
  for (const d of doc.directives) {
    if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
      const line = d.kind === 'disable-line' ? lines.positionAt(d.span.start).line : lines.positionAt(d.span.end).line + 1;
      const had = lineOff.get(line);
      if (d.rules.length === 0) lineOff.set(line, true);
      else if (had !== true) lineOff.set(line, new Set([...(had ?? []), ...d.rules]));
    } else if (d.kind === 'disable') {
      // A disable that opens the body covers the whole file, front matter included (like eslint-disable at the top).
      const from = startsBody(doc, d.span.start) ? 0 : lines.offsetAt({ line: lines.positionAt(d.span.start).line, character: 0 });
      ranged.push({ on: false, rules: d.rules, from });
    } else {
      ranged.push({ on: true, rules: d.rules, from: d.span.end });
    }
  }
  found = { lines, lineOff, ranged };
  cache.set(doc, found);
  return found;
}

/** True when an inline directive turns the finding's rule off where the finding starts. */
export function isDisabled(doc: OutreachDocument, finding: Finding): boolean {
  if (doc.directives.length === 0) return false;
  const { lines, lineOff, ranged } = indexDirectives(doc);
  const at = finding.span.start;
  const off = lineOff.get(lines.positionAt(at).line);
  if (off === true || off?.has(finding.ruleId)) return true;
  let disabled = false;
  for (const d of ranged) {
    if (at < d.from || (d.rules.length > 0 && !d.rules.includes(finding.ruleId))) continue;
    disabled = !d.on;
  }
  return disabled;
}

/** Whether only blank space and comments stand before `offset` in the body (the prose's first non-blank is at or after it). */
function startsBody(doc: OutreachDocument, offset: number): boolean {
  return doc.content.start >= offset;
}
