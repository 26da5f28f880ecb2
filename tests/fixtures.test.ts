import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixUntilStable, INTERNAL_ERROR_RULE, lint, resolveConfig, rules, type Finding, type LintOptions } from '../shared/src/index.js';

const DIR = path.join(__dirname, 'fixtures/rules');
const IDS = new Set([...rules.map((r) => r.id), INTERNAL_ERROR_RULE]);
// Markers are `{rule-id}` at the end of a line; only registered ids count, so `{first_name}` stays text.
const MARKERS = /(?:[ \t]*\{([a-z]+(?:-[a-z]+)*)\})+[ \t]*$/;

/** Strips the end-of-line markers; returns the text to lint and the expected `line:rule` pairs. */
export function readMarkers(source: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, i) => {
    const m = MARKERS.exec(line);
    if (!m) return line;
    const ids = [...m[0].matchAll(/\{([a-z-]+)\}/g)].map((x) => x[1]!);
    if (!ids.every((id) => IDS.has(id))) return line;
    for (const id of ids) expected.push(`${i + 1}:${id}`);
    return line.slice(0, m.index);
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

/**
 * Loads `recipients:` CSVs next to the fixture, as the CLI does. The rules are tested on the phrase families' reading:
 * the trained model's readings move when the corpus grows (a batch of new training messages made it read "I saw that
 * Fieldstone is hiring data engineers" as personal, 94 %), and the model has tests of its own
 * (tests/unit/second-opinion.test.ts, tests/detection.test.ts).
 */
function options(): LintOptions {
  return {
    config: resolveConfig([{ secondOpinion: false }]),
    loadRecipients: (file) => {
      const full = path.join(DIR, file);
      if (!existsSync(full)) return { error: `${file} does not exist` };
      return { rows: parse(readFileSync(full, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[] };
    },
  };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** One finding per line, stable and readable in a snapshot. */
function describeFinding(text: string, f: Finding): string {
  const line = lineOf(text, f.span.start);
  const col = f.span.start - text.lastIndexOf('\n', f.span.start - 1);
  const parts = [`${line}:${col} ${f.severity} ${f.ruleId}: ${f.message}`];
  if (f.fix) parts.push(`  fix: ${f.fix.title}`);
  for (const s of f.suggestions) parts.push(`  suggestion: ${s.title}${s.newFile ? ` (new file ${s.newFile.name})` : ''}`);
  return parts.join('\n');
}

const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.outreach.md')).sort();

describe('rule fixtures', () => {
  it('exist, and together exercise every rule', () => {
    const marked = new Set(fixtures.flatMap((f) => readMarkers(readFileSync(path.join(DIR, f), 'utf8')).expected.map((e) => e.split(':')[1])));
    expect([...marked].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  describe.each(fixtures)('%s', (name) => {
    const { text, expected } = readMarkers(readFileSync(path.join(DIR, name), 'utf8'));
    const { findings } = lint(text, options());

    it('reports exactly the findings its markers expect', () => {
      const actual = findings.map((f) => `${lineOf(text, f.span.start)}:${f.ruleId}`).sort();
      const detail = findings.map((f) => describeFinding(text, f)).join('\n');
      expect(actual, detail).toEqual(expected);
    });

    it('matches the findings snapshot', () => {
      expect(findings.map((f) => describeFinding(text, f)).join('\n')).toMatchSnapshot();
    });

    it('fixes to the snapshot, and the fixed text has no fixable finding left', async () => {
      const fixed = fixUntilStable(text, (t) => lint(t, options()).findings);
      await expect(fixed.text).toMatchFileSnapshot(path.join(DIR, '__fixed__', name.replace(/\.outreach\.md$/, '.fixed.md')));
      const again = lint(fixed.text, options()).findings;
      expect(again.filter((f) => f.fix).map((f) => describeFinding(fixed.text, f))).toEqual([]);
      // Every finding that had a fix is gone (a fix may still bring new text that other rules judge).
      const left = new Set(again.map((f) => `${f.ruleId}: ${f.message}`));
      for (const f of findings.filter((x) => x.fix)) expect(left.has(`${f.ruleId}: ${f.message}`), describeFinding(text, f)).toBe(false);
    });
  });
});
