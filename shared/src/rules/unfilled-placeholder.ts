import type { Placeholder } from '../document/placeholders.js';
import { defineRule, type RuleContext } from '../engine/rule.js';
import type { Fix, Report as RuleReport } from '../engine/types.js';
import { camelCase, editDistance, FRONT_MATTER_VARS, frontMatterValue, normalizeName, resolveVar } from './render.js';

/** What a bracket placeholder's words usually stand for, as a front-matter field. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  name: 'to.name',
  fullname: 'to.name',
  recipient: 'to.name',
  recipientname: 'to.name',
  contactname: 'to.name',
  company: 'to.company',
  companyname: 'to.company',
  organization: 'to.company',
  organisation: 'to.company',
  employer: 'to.company',
  role: 'to.role',
  title: 'to.role',
  jobtitle: 'to.role',
  position: 'to.role',
};

/** Catches placeholders left unfilled, and `{{vars}}` that have no value to fill them. */
export default defineRule({
  id: 'unfilled-placeholder',
  description: 'Fill every placeholder: no [Name] or XXX left, no {{var}} without a value',
  source: 'template',
  defaultSeverity: 'error',
  fixable: true,
  hasSuggestions: true,
  options: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Placeholders to accept as written, by their text ("[link]") or name ("link").',
      default: [],
    },
  },
  check(context, report) {
    const allow = new Set((Array.isArray(context.options['allow']) ? context.options['allow'] : []).map((s) => String(s)));
    const { text } = context.doc;
    for (const p of context.doc.placeholders) {
      const source = text.slice(p.span.start, p.span.end);
      if (allow.has(source) || allow.has(p.name)) continue;
      if (p.kind === 'template') checkTemplate(context, p, source, report);
      else checkUnfilled(context, p, source, report);
    }
  },
});

type Report = (report: RuleReport) => void;

function checkUnfilled(context: RuleContext, p: Placeholder, source: string, report: Report): void {
  const target = p.kind === 'mask' || /^so[- ]and[- ]so$/i.test(p.name) ? undefined : knownTarget(context, p.name);
  const suggestions: Fix[] = [];
  const named = p.kind !== 'mask' && !/^so[- ]and[- ]so$/i.test(p.name) ? camelCase(p.name.replace(/^insert\s+/i, '')) : '';
  let fix: Fix | undefined;
  if (target) {
    fix = { title: `Rewrite as {{${target.name}}}`, edits: [{ span: p.span, newText: `{{${target.name}}}` }] };
    if (target.value !== undefined) {
      suggestions.push({ title: `Use the value from ${target.from} ("${target.value}")`, edits: [{ span: p.span, newText: target.value }] });
    }
  } else if (named) {
    suggestions.push({ title: `Rewrite as {{${named}}}`, edits: [{ span: p.span, newText: `{{${named}}}` }] });
  }
  const hint = target
    ? `, or write it as {{${target.name}}} (it has a value in ${target.from})`
    : named
      ? `, or write it as {{${named}}} and give "${named}" a value under vars`
      : '';
  report({
    span: p.span,
    message: `Unfilled placeholder "${source}": replace it with the real text${hint}`,
    ...(fix ? { fix } : {}),
    suggestions,
  });
}

/** The var, front-matter field or recipients column a bracket placeholder's words name, if one has a value. */
function knownTarget(context: RuleContext, words: string): { name: string; from: string; value?: string } | undefined {
  const fm = context.doc.frontMatter;
  const key = normalizeName(words);
  if (key === '') return undefined;
  for (const [name, value] of Object.entries(fm.vars)) {
    if (normalizeName(name) === key && value.trim() !== '') return { name, from: 'vars', value };
  }
  const field = FIELD_ALIASES[key] ?? FRONT_MATTER_VARS.find((f) => normalizeName(f) === key);
  if (field) {
    const value = frontMatterValue(fm, field);
    if (value !== undefined) return { name: field, from: 'front matter', value };
  }
  const rows = context.recipients;
  if (rows.length > 0) {
    const column = Object.keys(rows[0]!).find((c) => normalizeName(c) === key);
    if (column && rows.every((r) => (r[column] ?? '').trim() !== '')) return { name: column, from: 'every recipients row' };
  }
  return undefined;
}

function checkTemplate(context: RuleContext, p: Placeholder, source: string, report: Report): void {
  if (p.name === '') {
    report({ span: p.span, message: `Empty placeholder "${source}": put a variable name inside it, such as {{firstName}}` });
    return;
  }
  const r = resolveVar(context, p.name);
  if (r.kind !== 'missing') return;
  const fm = context.doc.frontMatter;
  const suggestions: Fix[] = [];
  const close = closestKnown(context, p.name);
  if (close) suggestions.push({ title: `Rewrite as {{${close}}}`, edits: [{ span: p.span, newText: `{{${close}}}` }] });
  if (r.rowCount > 0) {
    const listed = r.rowsWithout.slice(0, 5).join(', ') + (r.rowsWithout.length > 5 ? ', …' : '');
    report({
      span: p.span,
      message: `${source} has no value in ${r.rowsWithout.length} of ${r.rowCount} rows of ${fm.recipients ?? 'the recipients file'} (row${r.rowsWithout.length > 1 ? 's' : ''} ${listed}): fill those rows in, or give a default under vars`,
      suggestions,
    });
    return;
  }
  report({
    span: p.span,
    message: `${source} has no value: add "${p.name}" under vars, use a front-matter field (${FRONT_MATTER_VARS.slice(0, 5).join(', ')}), or a recipients column${close ? `; did you mean {{${close}}}?` : ''}`,
    suggestions,
  });
}

/** The known variable within two edits of `name` (a typo), if exactly one is closest. */
function closestKnown(context: RuleContext, name: string): string | undefined {
  const fm = context.doc.frontMatter;
  const known = new Set<string>([
    ...Object.keys(fm.vars),
    ...FRONT_MATTER_VARS.filter((f) => frontMatterValue(fm, f) !== undefined),
    ...(context.recipients[0] ? Object.keys(context.recipients[0]) : []),
  ]);
  let best: string | undefined;
  let bestDistance = 3;
  known.delete(name);
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
