import type { FrontMatter } from '../document/front-matter.js';
import type { Placeholder } from '../document/placeholders.js';
import type { RuleContext } from '../engine/rule.js';
import type { Span } from '../engine/types.js';

/** Front-matter paths a `{{var}}` may name, and how to read them. */
const FRONT_MATTER_PATHS: Readonly<Record<string, (fm: FrontMatter) => string | undefined>> = {
  'to.name': (fm) => fm.to?.name,
  'to.role': (fm) => fm.to?.role,
  'to.company': (fm) => fm.to?.company,
  via: (fm) => fm.via,
  subject: (fm) => fm.subject,
  channel: (fm) => fm.channel,
  account: (fm) => fm.account,
};

/** The names a `{{var}}` can take from front matter. */
export const FRONT_MATTER_VARS: readonly string[] = Object.keys(FRONT_MATTER_PATHS);

/** The value of a front-matter path such as `to.company`, when set. */
export function frontMatterValue(fm: FrontMatter, name: string): string | undefined {
  const read = FRONT_MATTER_PATHS[name];
  const v = read ? read(fm) : undefined;
  return v !== undefined && v.trim() !== '' ? v : undefined;
}

/** How a `{{var}}` resolves: from vars or front matter, from every recipients row, or not at all. */
export type Resolution =
  | { readonly kind: 'value'; readonly from: 'vars' | 'front matter' }
  | { readonly kind: 'rows' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'missing'; readonly rowsWithout: readonly number[]; readonly rowCount: number };

/** Resolves a `{{var}}` name the way SPEC §2 says: vars, then front matter, then each recipients row. */
export function resolveVar(context: RuleContext, name: string): Resolution {
  const fm = context.doc.frontMatter;
  const own = fm.vars[name];
  if (own !== undefined && own.trim() !== '') return { kind: 'value', from: 'vars' };
  if (frontMatterValue(fm, name) !== undefined) return { kind: 'value', from: 'front matter' };
  const rows = context.recipients;
  // A recipients file the host did not (or could not) load: no way to tell; its load error is reported apart.
  if (fm.recipients !== undefined && rows.length === 0) return { kind: 'unknown' };
  if (rows.length === 0) return { kind: 'missing', rowsWithout: [], rowCount: 0 };
  const rowsWithout: number[] = [];
  rows.forEach((row, i) => {
    const v = row[name];
    if (v === undefined || v.trim() === '') rowsWithout.push(i + 1);
  });
  return rowsWithout.length === 0 ? { kind: 'rows' } : { kind: 'missing', rowsWithout, rowCount: rows.length };
}

/** Every sample value known for a `{{var}}`: vars, front matter and each recipients row. */
export function sampleValues(context: RuleContext, name: string): string[] {
  const fm = context.doc.frontMatter;
  const out: string[] = [];
  const own = fm.vars[name];
  if (own !== undefined) out.push(own);
  const fromFm = frontMatterValue(fm, name);
  if (fromFm !== undefined) out.push(fromFm);
  for (const row of context.recipients) {
    const v = row[name];
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** The longest sample value of a `{{var}}`, or undefined when none is known. */
export function longestSample(context: RuleContext, name: string): string | undefined {
  let best: string | undefined;
  for (const v of sampleValues(context, name)) if (best === undefined || v.length > best.length) best = v;
  return best;
}

/** A span of text rendered for length: its length, and a map from a rendered offset back to the source. */
export interface Rendered {
  readonly length: number;
  /** The source offset where the rendered character at `offset` comes from (a placeholder maps to its start). */
  sourceAt(offset: number): number;
}

/**
 * Renders `span` as the recipient would see it: each `{{var}}` replaced by its longest sample value,
 * `skip` ranges (HTML comments) dropped, and CRLF counted as one character.
 */
export function renderSpan(context: RuleContext, span: Span, skip: readonly Span[] = []): Rendered {
  const { text, placeholders } = context.doc;
  type Segment = { start: number; end: number; length: number; replaced: boolean };
  const cuts: { span: Span; length: number }[] = [];
  for (const p of placeholders as readonly Placeholder[]) {
    if (p.kind !== 'template' || p.span.start < span.start || p.span.end > span.end) continue;
    const sample = longestSample(context, p.name);
    cuts.push({ span: p.span, length: sample === undefined ? p.span.end - p.span.start : sample.length });
  }
  for (const s of skip) {
    const start = Math.max(s.start, span.start);
    const end = Math.min(s.end, span.end);
    if (start < end) cuts.push({ span: { start, end }, length: 0 });
  }
  cuts.sort((a, b) => a.span.start - b.span.start);
  const segments: Segment[] = [];
  let pos = span.start;
  let length = 0;
  const pushText = (start: number, end: number) => {
    if (start >= end) return;
    const len = end - start - countCrlf(text, start, end);
    segments.push({ start, end, length: len, replaced: false });
    length += len;
  };
  for (const c of cuts) {
    if (c.span.start < pos) continue;
    pushText(pos, c.span.start);
    segments.push({ start: c.span.start, end: c.span.end, length: c.length, replaced: true });
    length += c.length;
    pos = c.span.end;
  }
  pushText(pos, span.end);
  return {
    length,
    sourceAt(offset: number): number {
      let at = 0;
      for (const seg of segments) {
        if (offset < at + seg.length) {
          if (seg.replaced) return seg.start;
          let remaining = offset - at;
          let i = seg.start;
          while (remaining > 0 && i < seg.end) {
            i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
            remaining--;
          }
          return i;
        }
        at += seg.length;
      }
      return span.end;
    },
  };
}

function countCrlf(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\r\n', start); i !== -1 && i + 1 < end; i = text.indexOf('\r\n', i + 2)) n++;
  return n;
}

/** Lower-case letters and digits only, so `First Name`, `first_name` and `firstName` compare equal. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `First Name` / `first_name` / `FIRST-NAME` → `firstName`. */
export function camelCase(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}

export { editDistance } from '../document/edit-distance.js';
