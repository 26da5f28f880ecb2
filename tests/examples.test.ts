import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../shared/src/index.js';
import { ConfigResolver } from '../server/src/workspace/config.js';
import { lintFile } from '../server/src/workspace/lint-file.js';
import { RecipientsLoader } from '../server/src/workspace/recipients.js';

const DIR = path.resolve(__dirname, '../examples');

describe('the shipped examples', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.outreach.md'));
  const host = { configs: new ConfigResolver({ roots: [DIR] }), recipients: new RecipientsLoader([DIR]) };
  const results = files.map((f) => ({ file: f, ...lintFile(path.join(DIR, f), readFileSync(path.join(DIR, f), 'utf8'), host) }));

  it('are 8 to 10 templates with a valid config', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(10);
    for (const r of results) expect(r.loaded.problems, r.file).toEqual([]);
  });

  it('show every rule, and some pass clean', () => {
    const shown = new Set(results.flatMap((r) => r.result.findings.map((f) => f.ruleId)));
    expect([...shown].sort()).toEqual(rules.map((r) => r.id).sort());
    expect(results.filter((r) => r.result.findings.length === 0).length).toBeGreaterThanOrEqual(2);
  });
});
