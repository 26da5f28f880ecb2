import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig, rules, validateConfig } from '../../shared/src/index.js';
import { ConfigResolver, parseConfigText } from '../../server/src/workspace/config.js';
import { RecipientsLoader } from '../../server/src/workspace/recipients.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'outreach-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('resolveConfig', () => {
  it('starts from every rule at its default severity and default options', () => {
    const config = defaultConfig();
    for (const rule of rules) {
      expect(config.rules[rule.id]!.severity).toBe(rule.defaultSeverity);
      for (const [name, schema] of Object.entries(rule.options ?? {})) expect(config.rules[rule.id]!.options[name]).toEqual(schema.default);
    }
    expect(config.channels['linkedin-connect']).toEqual({ body: 300, bodyFree: 200 });
    expect(config.channels['linkedin-inmail']).toEqual({ body: 2000, subject: 200 });
  });

  it('lets later layers win, merges options, and appends phrases', () => {
    const config = resolveConfig([
      { rules: { 'give-value': 'error' }, phrases: { value: ['send you our playbook'] }, channels: { 'linkedin-connect': { body: 280 } } },
      { rules: { 'give-value': { severity: 'info' }, 'collector-motive': 'off' }, phrases: { value: ['buy you a coffee'] } },
    ]);
    expect(config.rules['give-value']!.severity).toBe('info');
    expect(config.rules['collector-motive']!.severity).toBe('off');
    expect(config.phrases.value).toEqual(['send you our playbook', 'buy you a coffee']);
    expect(config.channels['linkedin-connect']).toEqual({ body: 280, bodyFree: 200 });
  });

  it('skips invalid parts instead of trusting them', () => {
    const config = resolveConfig([{ rules: { 'give-value': 'loud' as never }, channels: { email: { subject: -4 } } }]);
    expect(config.rules['give-value']!.severity).toBe('warning');
    expect(config.channels.email.subject).toBe(200);
  });
});

describe('validateConfig', () => {
  it('accepts a good config', () => {
    expect(
      validateConfig({ $schema: 'x', root: true, extends: ['a.json'], rules: { 'give-value': 'off', 'length-limit': { severity: 'warning' } }, channels: { email: { subject: 120 } }, phrases: { value: ['x'] } }),
    ).toEqual([]);
  });

  it('names each problem with its path', () => {
    const problems = validateConfig({
      rule: {},
      rules: { 'give-valu': 'off', 'give-value': 'loud', 'length-limit': { severity: 'warning', colour: 'red' } },
      channels: { fax: {}, email: { subject: 0, lines: 3 } },
      phrases: { vibe: ['x'], value: [''] },
      extends: 3,
    });
    expect(problems.map((p) => p.path)).toEqual([
      'rule',
      'rules.give-valu',
      'rules.give-value',
      'rules.length-limit.colour',
      'channels.fax',
      'channels.email.subject',
      'channels.email.lines',
      'phrases.vibe',
      'phrases.value',
      'extends',
    ]);
    expect(validateConfig([])).toEqual([{ path: '', message: 'A config file must hold a JSON object' }]);
  });
});

describe('parseConfigText', () => {
  it('reads comments and trailing commas, and points at the bad value', () => {
    const text = '{\n  // mine\n  "rules": { "give-value": "loud", },\n}';
    const parsed = parseConfigText('c.json', text);
    expect(parsed.problems).toHaveLength(1);
    const p = parsed.problems[0]!;
    expect(text.slice(p.start, p.end)).toBe('"loud"');
  });

  it('points at the key of an unknown rule', () => {
    const text = '{ "rules": { "give-valu": "off" } }';
    const p = parseConfigText('c.json', text).problems[0]!;
    expect(text.slice(p.start, p.end)).toBe('"give-valu"');
  });

  it('reports syntax errors with an offset', () => {
    const parsed = parseConfigText('c.json', '{ "rules": { "a": } }');
    expect(parsed.problems[0]!.message).toMatch(/^Invalid JSON: value expected/);
    expect(parsed.problems[0]!.start).toBe(18);
  });
});

describe('ConfigResolver', () => {
  it('walks up from the template, nearest wins, and stops at root: true', () => {
    write('ws/.outreachlintrc.json', '{ "rules": { "give-value": "error", "explain-why": "off" } }');
    write('ws/team/.outreachlintrc.json', '{ "rules": { "give-value": "info" } }');
    write('ws/solo/.outreachlintrc.json', '{ "root": true }');
    const resolver = new ConfigResolver({ roots: [path.join(dir, 'ws')] });
    const team = resolver.forFile(path.join(dir, 'ws/team/a.outreach.md'));
    expect(team.config.rules['give-value']!.severity).toBe('info');
    expect(team.config.rules['explain-why']!.severity).toBe('off');
    expect(team.files.map((f) => path.relative(dir, f))).toEqual(['ws/.outreachlintrc.json', 'ws/team/.outreachlintrc.json']);
    const solo = resolver.forFile(path.join(dir, 'ws/solo/a.outreach.md'));
    expect(solo.config.rules['explain-why']!.severity).toBe('warning');
  });

  it('follows extends, and reports cycles, missing files and paths outside the workspace', () => {
    write('ext/base.json', '{ "rules": { "give-value": "error" } }');
    write('ext/.outreachlintrc.json', '{ "extends": ["./base.json", "./missing.json", "../../outside.json"] }');
    write('cyc/.outreachlintrc.json', '{ "extends": "./b.json" }');
    write('cyc/b.json', '{ "extends": "./.outreachlintrc.json" }');
    const resolver = new ConfigResolver({ roots: [path.join(dir, 'ext'), path.join(dir, 'cyc')] });
    const ext = resolver.forFile(path.join(dir, 'ext/a.outreach.md'));
    expect(ext.config.rules['give-value']!.severity).toBe('error');
    expect(ext.problems.map((p) => p.message)).toEqual([expect.stringContaining('not found'), expect.stringContaining('outside the workspace')]);
    const cyc = resolver.forFile(path.join(dir, 'cyc/a.outreach.md'));
    expect(cyc.problems.map((p) => p.message)).toEqual([expect.stringContaining('cycle')]);
  });

  it('re-reads a config file only after it changes', () => {
    const file = write('live/.outreachlintrc.json', '{ "rules": { "give-value": "off" } }');
    const resolver = new ConfigResolver({ roots: [path.join(dir, 'live')] });
    const template = path.join(dir, 'live/a.outreach.md');
    expect(resolver.forFile(template).config.rules['give-value']!.severity).toBe('off');
    writeFileSync(file, '{ "rules": { "give-value": "error" } }');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(resolver.forFile(template).config.rules['give-value']!.severity).toBe('off');
    resolver.invalidate(file);
    expect(resolver.forFile(template).config.rules['give-value']!.severity).toBe('error');
  });

  it('applies editor overrides over every file', () => {
    write('ov/.outreachlintrc.json', '{ "rules": { "give-value": "error" } }');
    const resolver = new ConfigResolver({ roots: [path.join(dir, 'ov')], overrides: [{ rules: { 'give-value': 'off' } }] });
    expect(resolver.forFile(path.join(dir, 'ov/a.outreach.md')).config.rules['give-value']!.severity).toBe('off');
  });
});

describe('RecipientsLoader', () => {
  it('loads CSV rows next to the template and refuses paths outside the workspace', () => {
    write('rc/prospects.csv', 'firstName,company\nNoor,Delft Labs\n"Kwame, Jr.",Accra Ltd\n');
    write('rc/bad.csv', 'a,b\n"unclosed\n');
    const loader = new RecipientsLoader([path.join(dir, 'rc')]);
    const template = path.join(dir, 'rc/t.outreach.md');
    expect(loader.load(template, 'prospects.csv')).toEqual({
      rows: [
        { firstName: 'Noor', company: 'Delft Labs' },
        { firstName: 'Kwame, Jr.', company: 'Accra Ltd' },
      ],
    });
    expect(loader.load(template, '../../etc/passwd')).toEqual({ error: expect.stringContaining('outside the workspace') });
    expect(loader.load(template, 'nope.csv')).toEqual({ error: 'nope.csv does not exist' });
    expect(loader.load(template, 'bad.csv')).toEqual({ error: expect.stringContaining('not valid CSV') });
  });
});
