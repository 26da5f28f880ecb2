import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generated-sources.js';
import { configSchema } from '../shared/src/config/schema.js';
import { rules, validateConfig } from '../shared/src/index.js';
import { loadTuning } from './corpus/score.js';
import { trainInChild } from './corpus/train-child.js';

const ROOT = path.resolve(__dirname, '..');

describe('files generated from rule metadata', () => {
  for (const { file, update } of generatedFiles()) {
    it(`${file} is up to date (run "npm run generate")`, () => {
      const current = readFileSync(path.join(ROOT, file), 'utf8');
      expect(update(current)).toBe(current);
    });
  }
});

describe('the config JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema());

  it('accepts what the engine accepts and rejects what it rejects', () => {
    const cases: unknown[] = [
      {},
      { root: true, extends: './base.json', rules: { 'give-value': 'off' } },
      { rules: Object.fromEntries(rules.map((r) => [r.id, { severity: 'info' }])) },
      { channels: { 'linkedin-connect': { body: 280, bodyFree: 190 } }, phrases: { value: ['happy to send our playbook'] } },
      { rules: { 'give-value': 'loud' } },
      { rules: { 'no-such-rule': 'off' } },
      { channels: { fax: { body: 1 } } },
      { phrases: { vibe: ['x'] } },
      { colour: 'red' },
      { rules: { 'give-value': { severity: 'warning', bogusOption: 1 } } },
      { secondOpinion: false },
      { secondOpinion: 'no' },
    ];
    for (const c of cases) {
      expect(validate(c), JSON.stringify(c)).toBe(validateConfig(c).length === 0);
    }
  });

  it('is what the extension registers for .outreachlintrc.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entries = (pkg.contributes?.jsonValidation ?? []) as { fileMatch: string | string[]; url: string }[];
    expect(entries.some((e) => [e.fileMatch].flat().includes('.outreachlintrc.json') && e.url === './schemas/outreachlintrc.schema.json')).toBe(true);
  });
});

describe('the second opinion (shared/src/signals/model.generated.ts)', () => {
  it('is the model npm run train makes from the tuning part of the corpus (run "npm run train")', async () => {
    const tuning = loadTuning(path.join(ROOT, 'tests', 'corpus'));
    expect(tuning.length).toBeGreaterThan(0);
    expect(tuning.every((t) => t.file.startsWith('tune'))).toBe(true);
    const expected = (await trainInChild({ module: true })).module!;
    const current = readFileSync(path.join(ROOT, 'shared', 'src', 'signals', 'model.generated.ts'), 'utf8');
    // The digest first: a stale model says which inputs moved, before the whole text is compared.
    expect(current.match(/MODEL_DIGEST = '(\w+)'/)?.[1]).toBe(expected.match(/MODEL_DIGEST = '(\w+)'/)?.[1]);
    expect(current).toBe(expected);
    // Training the whole tuning part in a child process: about 50 s alone at 17,855 messages, more beside other test
    // files on a 2-core machine (the 60 s default timed out once), and the corpus grows.
  }, 300_000);
});
