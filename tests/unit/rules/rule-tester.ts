import { describe, expect, it } from 'vitest';
import { applyEdits, applyFixes, lint, resolveConfig, rules, type Finding, type Rule } from '../../../shared/src/index.js';

/** A message for the tests: the template dedented (interpolated values kept as they are), first blank line dropped. */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const lines = strings.join('').split('\n').slice(1);
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  const strip = (s: string) => s.replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n');
  const raw = strings.reduce((acc, s, i) => acc + strip(s) + (i < values.length ? String(values[i]) : ''), '');
  return raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
}

type Rows = readonly Record<string, string>[];

/** A text the rule must accept. */
export type ValidCase = string | { readonly name?: string; readonly code: string; readonly recipients?: Rows; readonly options?: Record<string, unknown> };

/** What one expected finding looks like: its 1-based line and a message fragment or pattern. */
export interface ExpectedError {
  readonly line?: number;
  readonly message?: string | RegExp;
  /** The exact text the finding's range covers. */
  readonly text?: string;
}

/** A text the rule must report, and what fixing it must produce. */
export interface InvalidCase {
  readonly name?: string;
  readonly code: string;
  readonly recipients?: Rows;
  readonly options?: Record<string, unknown>;
  readonly errors: readonly ExpectedError[];
  /** The text after the safe fixes (null: the rule offers no safe fix here). */
  readonly output?: string | null;
  /** Suggestion title → text after applying only it (checked on the first finding that offers it). */
  readonly suggestions?: Readonly<Record<string, string>>;
  /** When false, the finding may remain after a suggestion (its slot still needs filling). */
  readonly suggestionClears?: boolean;
}

/** Runs one rule alone (the registry's instance) with its options, as lint() does. */
export function lintWith(ruleId: string, code: string, extra: { recipients?: Rows; options?: Record<string, unknown> } = {}) {
  const rule = findRule(ruleId);
  const config = resolveConfig(extra.options ? [{ rules: { [ruleId]: { severity: rule.defaultSeverity, ...extra.options } } }] : []);
  const rows = extra.recipients;
  return lint(code, { config, rules: [rule], ...(rows ? { loadRecipients: () => ({ rows }) } : {}) });
}

/** The registry's rule with this id. */
export function findRule(id: string): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** ESLint-style table-driven tests for one rule. */
export function ruleTester(ruleId: string, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        const v = typeof c === 'string' ? { code: c } : c;
        it(v.name ?? `valid #${i + 1}: ${firstWords(v.code)}`, () => {
          const { findings } = lintWith(ruleId, v.code, v);
          expect(findings.map(show)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${firstWords(c.code)}`, () => {
          const { findings, doc } = lintWith(ruleId, c.code, c);
          expect(findings.map(show), 'number of findings').toHaveLength(c.errors.length);
          c.errors.forEach((e, j) => {
            const f = findings[j]!;
            expect(f.ruleId).toBe(ruleId);
            if (e.line !== undefined) expect(lineOf(c.code, f.span.start), show(f)).toBe(e.line);
            if (typeof e.message === 'string') expect(f.message).toContain(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            if (e.text !== undefined) expect(doc.text.slice(f.span.start, f.span.end)).toBe(e.text);
          });
          if (c.output !== undefined) {
            const fixed = applyFixes(c.code, findings).text;
            if (c.output === null) {
              expect(findings.some((f) => f.fix)).toBe(false);
            } else {
              expect(fixed).toBe(c.output);
              const again = lintWith(ruleId, fixed, c).findings;
              expect(again.filter((f) => f.fix).map(show), 'fixable findings after fixing').toEqual([]);
              expect(again.length, 'findings after fixing').toBeLessThan(findings.length);
            }
          }
          for (const [title, expected] of Object.entries(c.suggestions ?? {})) {
            const f = findings.find((x) => x.suggestions.some((s) => s.title === title));
            expect(f, `a finding offering "${title}"; offered: ${findings.flatMap((x) => x.suggestions.map((s) => s.title)).join(' | ')}`).toBeDefined();
            const s = f!.suggestions.find((x) => x.title === title)!;
            const after = applyEdits(c.code, s.edits).text;
            expect(after).toBe(expected);
            if (c.suggestionClears !== false) {
              const again = lintWith(ruleId, after, c).findings;
              expect(again.length, `"${title}" clears the finding; left: ${again.map(show).join(' | ')}`).toBeLessThan(findings.length);
            }
          }
        });
      });
    });
  });
}

/** A finding in one line, for readable failures. */
export function show(f: Finding): string {
  return `${f.ruleId}@${f.span.start}-${f.span.end}: ${f.message}`;
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function firstWords(code: string): string {
  const body = code.replace(/^---[\s\S]*?\n---\n/, '');
  return body.replace(/\s+/g, ' ').trim().slice(0, 60) || '(blank)';
}
