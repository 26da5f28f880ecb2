import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, rules, type Rule } from '../shared/src/index.js';

const ROOT = path.resolve(__dirname, '..');
const RULES_DIR = path.join(ROOT, 'shared/src/rules');
const DOCS_DIR = path.join(ROOT, 'docs/rules');
/** Files in shared/src/rules that hold helpers, not rules. */
const HELPERS = new Set(['index.ts', 'fix-helpers.ts', 'render.ts', 'mutuals.ts']);
const SECTIONS = ['## Why', '## What fails', '## What passes', '## How to fix', '## Options'];
const SOURCES = new Set(['1', '2', '3', '4', '5', 'A', 'B', 'template', 'channel', 'format']);

describe('the rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('holds exactly the rule files, each named by its id and exporting the registered rule', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const file of files) {
      const mod = (await import(path.join(RULES_DIR, file))) as { default: Rule };
      expect(mod.default, file).toBe(rules.find((r) => r.id === file.replace(/\.ts$/, '')));
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.description.trim()).not.toBe('');
    expect(rule.description).not.toMatch(/\.$/);
    expect(SOURCES.has(rule.source)).toBe(true);
    expect(['error', 'warning', 'info']).toContain(rule.defaultSeverity);
    expect(typeof rule.fixable).toBe('boolean');
    expect(typeof rule.hasSuggestions).toBe('boolean');
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      expect(name).toMatch(/^[a-z][A-Za-z]*$/);
      expect(option.description.trim()).not.toBe('');
      const type = option.type === 'integer' ? 'number' : option.type;
      expect(Array.isArray(option.default) ? 'array' : typeof option.default, `${rule.id}.${name} default`).toBe(type);
    }
  });
});

describe('the docs pages', () => {
  it('exist for every rule and for no other id', () => {
    const pages = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(rules.map((r) => r.id).sort());
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const page = existsSync(path.join(DOCS_DIR, `${id}.md`)) ? readFileSync(path.join(DOCS_DIR, `${id}.md`), 'utf8') : '';

    it('has the title, the description and every required section, in order', () => {
      expect(page.split('\n')[0]).toBe(`# ${id}`);
      expect(page).toContain(rule.description);
      const at = SECTIONS.map((s) => page.indexOf(`\n${s}\n`));
      for (const [i, s] of SECTIONS.entries()) expect(at[i], s).toBeGreaterThan(0);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('states the default severity, fixability and suggestions of the metadata', () => {
      expect(page).toContain(`| Default severity | \`${rule.defaultSeverity}\` |`);
      expect(page).toMatch(new RegExp(`\\| Fixable \\| ${rule.fixable ? 'yes' : 'no'}\\b`));
      expect(/\| Suggestions \| none \|/.test(page)).toBe(!rule.hasSuggestions);
    });

    it('documents each option', () => {
      const options = section(page, '## Options');
      const names = Object.keys(rule.options ?? {});
      if (names.length === 0) expect(options).toMatch(/no options/);
      for (const name of names) expect(options).toContain(`\`${name}\``);
    });

    // The examples are the rule's promise: the failing one fails it, the passing one passes it.
    it('its "What fails" example is reported by the rule', () => {
      const example = firstCodeBlock(section(page, '## What fails'));
      expect(lint(example, { rules: [rule] }).findings.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
    });

    it('its "What passes" example is not', () => {
      const example = firstCodeBlock(section(page, '## What passes'));
      expect(lint(example, { rules: [rule] }).findings.filter((f) => f.ruleId === id).map((f) => f.message)).toEqual([]);
    });
  });

  const seed = '/work/shared/seed/dont-be-a-lazy-stranger.txt';
  it.skipIf(!existsSync(seed))('paraphrase the source: no run of 7 words copied from it', () => {
    const words = (s: string) => s.toLowerCase().replace(/[’']/g, "'").match(/[a-z']+/g) ?? [];
    const source = words(readFileSync(seed, 'utf8'));
    const runs = new Set<string>();
    for (let i = 0; i + 7 <= source.length; i++) runs.add(source.slice(i, i + 7).join(' '));
    for (const r of rules) {
      const page = words(readFileSync(path.join(DOCS_DIR, `${r.id}.md`), 'utf8'));
      for (let i = 0; i + 7 <= page.length; i++) expect(runs.has(page.slice(i, i + 7).join(' ')), `${r.id}: "${page.slice(i, i + 7).join(' ')}"`).toBe(false);
    }
  });
});

describe('the README rules table', () => {
  it('lists exactly the registry, in order, each linking to its docs page', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules-table:start');
    const end = readme.indexOf('<!-- rules-table:end -->');
    expect(start, 'README.md has the rules-table markers').toBeGreaterThanOrEqual(0);
    const rows = readme
      .slice(start, end)
      .split('\n')
      .filter((l) => /^\|\s*\[`/.test(l));
    const listed = rows.map((l) => /^\|\s*\[`([^`]+)`\]\(docs\/rules\/([^)]+)\.md\)/.exec(l));
    expect(listed.map((m) => m?.[1])).toEqual(rules.map((r) => r.id));
    for (const m of listed) expect(m?.[2]).toBe(m?.[1]);
    for (const [i, r] of rules.entries()) {
      expect(rows[i]).toContain(r.description);
      expect(rows[i]).toContain(r.defaultSeverity);
    }
  });
});

/** The text of a `## Heading` section, up to the next `## `. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const rest = page.slice(start + heading.length + 2);
  const next = rest.indexOf('\n## ');
  return next < 0 ? rest : rest.slice(0, next);
}

function firstCodeBlock(text: string): string {
  const m = /```[a-z]*\n([\s\S]*?)```/.exec(text);
  return m ? m[1]! : '';
}
