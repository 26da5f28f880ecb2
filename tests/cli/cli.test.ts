import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a real process, asynchronously so the test worker stays responsive. */
function cli(args: string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

function write(dir: string, rel: string, text: string | Buffer): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const LAZY = `---
channel: linkedin-connect
---
Hi Morgan,

I'd like to add you to my professional network.

Thanks,
Jordan
`;

const GOOD = `---
channel: email
subject: Your RoboConf talk on fleet scheduling
mutual:
  - name: Sam Ortiz
    relation: my former teammate at Initech
---
Hi Dana,

Sam Ortiz, my former teammate at Initech, suggested I write to you. I watched your RoboConf talk on scheduling
warehouse robot fleets, and we hit the same deadlock problem in our picking robots last spring.

I'm writing because we are choosing a scheduler this quarter and would value fifteen minutes of your view.
In return I'd be happy to share the simulation data we collected, which may help your team's benchmarks.

Best,
Priya
`;

// A placeholder in a non-template form whose name has a sample value: the safe fix rewrites it as {{firstName}}.
const FIXABLE = `---
channel: email
subject: Your post on on-call fatigue
vars:
  firstName: Marta
---
Hi [firstName],

Your thread on on-call fatigue stuck with me, because we cut our pager load in half last year with a similar rotation change.
I'm writing up what worked for a short internal study and would value your view on the handover step.
In return, I'd be happy to share our anonymised paging data.

Thanks,
Alex
`;

// A real note with something personal, but no reason for writing.
const NO_REASON = `Hi Dana,\n\nI enjoyed your talk on warehouse robotics at RoboConf last week.\n\nBest,\nPriya\n`;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'outreach-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function project(name: string, files: Record<string, string | Buffer>): string {
  const root = path.join(dir, name);
  for (const [rel, text] of Object.entries(files)) write(root, rel, text);
  return root;
}

describe('usage', () => {
  it('prints help and version, and exits 0', async () => {
    const help = await cli(['--help'], ROOT);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: outreach-lint');
    const version = await cli(['--version'], ROOT);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('rejects unknown options and bad values with exit 2 and a message', async () => {
    for (const args of [['--bogus'], ['--format', 'xml'], ['--max-warnings', 'many'], ['--fix', '--fix-dry-run']]) {
      const r = await cli(args, ROOT);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^outreach-lint: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 when a path matches nothing', async () => {
    const r = await cli(['no-such-folder'], ROOT);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-folder');
  });
});

describe('discovery', () => {
  it('lints *.outreach.md below folders, skipping node_modules and git-ignored files, and explicit files whatever their name', async () => {
    const root = project('discovery', {
      '.gitignore': 'drafts/\n',
      'a.outreach.md': GOOD,
      'nested/deep/b.outreach.md': LAZY,
      'node_modules/pkg/c.outreach.md': LAZY,
      'drafts/d.outreach.md': LAZY,
      'notes.md': LAZY,
      'explicit.txt': LAZY,
    });
    mkdirSync(path.join(root, '.git'));
    const r = await cli(['--format', 'json', '.'], root);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['a.outreach.md', 'nested/deep/b.outreach.md']);
    const explicit = await cli(['--format', 'json', 'explicit.txt'], root);
    expect(JSON.parse(explicit.stdout).files.map((f: { path: string }) => f.path)).toEqual(['explicit.txt']);
    const glob = await cli(['--format', 'json', 'nested/**/*.md'], root);
    expect(JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path)).toEqual(['nested/deep/b.outreach.md']);
  });
});

describe('formats', () => {
  let root: string;
  beforeAll(() => {
    root = project('formats', { 'lazy.outreach.md': LAZY, 'good.outreach.md': GOOD });
  });

  it('json has exactly the SPEC shape', async () => {
    const r = await cli(['--format', 'json'], root);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'files', 'summary']);
    expect(out.version).toBe(1);
    expect(Object.keys(out.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    expect(out.summary.files).toBe(2);
    for (const file of out.files) {
      expect(Object.keys(file)).toEqual(['path', 'signals', 'diagnostics']);
      expect(Object.keys(file.signals)).toEqual(['note', 'reason', 'personal', 'value', 'reference', 'introduction', 'collector', 'leech']);
      for (const d of file.diagnostics) {
        expect(Object.keys(d)).toEqual(['ruleId', 'severity', 'message', 'range', 'fixes']);
        expect(Object.keys(d.range.start)).toEqual(['line', 'character']);
        for (const f of d.fixes) expect(Object.keys(f)).toEqual(['title', 'edits']);
      }
    }
    const lazy = out.files.find((f: { path: string }) => f.path === 'lazy.outreach.md');
    expect(lazy.signals.note).toBe(false);
    const courteous = lazy.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'courteous-note');
    expect(courteous.severity).toBe('error');
    // The stock sentence is on line 5 (0-based), after the front matter and greeting.
    expect(courteous.range.start.line).toBe(5);
    const errors = out.files.flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics).filter((d: { severity: string }) => d.severity === 'error');
    expect(out.summary.errors).toBe(errors.length);
  });

  it('sarif validates against the SARIF 2.1.0 schema and links rule docs', async () => {
    const r = await cli(['--format', 'sarif'], root);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(11);
    expect(run.tool.driver.rules.every((rule: { helpUri: string }) => /docs\/rules\/[a-z-]+\.md$/.test(rule.helpUri ?? 'docs/rules/x.md'))).toBe(true);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'courteous-note');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('courteous-note');
  });

  it('github prints workflow commands with file, line and column', async () => {
    const r = await cli(['--format', 'github'], root);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=lazy\.outreach\.md,line=6,col=1,endLine=\d+,endColumn=\d+,title=outreach-lint\(courteous-note\)::.+$/m);
  });

  it('stylish groups by file, colours only on request, and ends with a summary', async () => {
    const plain = await cli([], root);
    expect(plain.stdout).toContain('lazy.outreach.md');
    expect(plain.stdout).toMatch(/^\s+6:1\s+error\s+.+courteous-note$/m);
    expect(plain.stdout).toMatch(/\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(plain.stdout).not.toContain('\u001b[');
    expect((await cli(['--color'], root)).stdout).toContain('\u001b[');
    expect((await cli(['--color', '--no-color'], root)).stdout).not.toContain('\u001b[');
    expect((await cli([], root, { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('--quiet reports errors only', async () => {
    const out = JSON.parse((await cli(['--format', 'json', '--quiet'], root)).stdout);
    expect(out.summary.warnings).toBe(0);
    expect(out.summary.errors).toBeGreaterThan(0);
  });
});

describe('exit codes and --max-warnings', () => {
  it('exits 0 on warnings alone, 1 when warnings exceed --max-warnings', async () => {
    const root = project('warnings', {
      'w.outreach.md': `Hi Dana,\n\nI enjoyed your talk on warehouse robotics at RoboConf last week and have a question about fleet scheduling.\n\nBest,\nPriya\n`,
    });
    const out = JSON.parse((await cli(['--format', 'json'], root)).stdout);
    expect(out.summary.errors).toBe(0);
    expect(out.summary.warnings).toBeGreaterThan(0);
    expect((await cli([], root)).status).toBe(0);
    expect((await cli(['--max-warnings', String(out.summary.warnings)], root)).status).toBe(0);
    const over = await cli(['--max-warnings', '0'], root);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('too many warnings');
  });
});

describe('--fix', () => {
  it('applies safe fixes in place, never suggestions, and the result re-lints without fixable findings', async () => {
    const root = project('fix', { 'f.outreach.md': FIXABLE, 'lazy.outreach.md': LAZY });
    const before = JSON.parse((await cli(['--format', 'json'], root)).stdout);
    const fixableBefore = before.files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'unfilled-placeholder');
    expect(fixableBefore.length).toBe(1);
    const r = await cli(['--fix', '--format', 'json'], root);
    const text = readFileSync(path.join(root, 'f.outreach.md'), 'utf8');
    expect(text).toBe(FIXABLE.replace('Hi [firstName],', 'Hi {{firstName}},'));
    // Suggestions (such as a note skeleton for the lazy file) are never applied.
    expect(readFileSync(path.join(root, 'lazy.outreach.md'), 'utf8')).toBe(LAZY);
    const after = JSON.parse(r.stdout);
    expect(after.files.find((f: { path: string }) => f.path === 'f.outreach.md').diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain('unfilled-placeholder');
    const relint = await cli(['--format', 'json', 'f.outreach.md'], root);
    expect(JSON.parse(relint.stdout).files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'unfilled-placeholder')).toEqual([]);
  });

  it('keeps the file mode and leaves no temporary files', async () => {
    const root = project('fix-mode', { 'f.outreach.md': FIXABLE });
    const file = path.join(root, 'f.outreach.md');
    chmodSync(file, 0o640);
    await cli(['--fix'], root);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(root)).toEqual(['f.outreach.md']);
  });

  it('--fix-dry-run prints the fixed text and writes nothing', async () => {
    const root = project('dry', { 'f.outreach.md': FIXABLE });
    const r = await cli(['--fix-dry-run'], root);
    expect(r.stdout).toContain('Hi {{firstName}},');
    expect(readFileSync(path.join(root, 'f.outreach.md'), 'utf8')).toBe(FIXABLE);
  });
});

describe('config', () => {
  it('discovers .outreachlintrc.json with comments and extends; --config replaces discovery', async () => {
    const root = project('config', {
      'base.json': '{ "rules": { "courteous-note": "warning" } }',
      '.outreachlintrc.json': '{\n  // team settings\n  "extends": "./base.json",\n  "rules": { "explain-why": "off", },\n}\n',
      'sub/lazy.outreach.md': LAZY,
      'sub/no-reason.outreach.md': NO_REASON,
      'other.json': '{ "rules": { "courteous-note": "off" } }',
    });
    const ids = (out: { files: { diagnostics: { ruleId: string; severity: string }[] }[] }, i: number) =>
      out.files[i]!.diagnostics.map((d) => `${d.ruleId}:${d.severity}`);
    const discovered = JSON.parse((await cli(['--format', 'json'], root)).stdout);
    expect(ids(discovered, 0)).toContain('courteous-note:warning');
    expect(ids(discovered, 1).some((x: string) => x.startsWith('explain-why'))).toBe(false);
    const replaced = JSON.parse((await cli(['--format', 'json', '--config', 'other.json'], root)).stdout);
    expect(ids(replaced, 0).some((x: string) => x.startsWith('courteous-note'))).toBe(false);
    expect(ids(replaced, 1)).toContain('explain-why:warning');
  });

  it('a broken config is exit 2 with the file, position and problem named', async () => {
    const broken = project('config-broken', { '.outreachlintrc.json': '{ "rules": { "give-value": "loud" } }', 'a.outreach.md': GOOD });
    const r = await cli([], broken);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/config error in \.outreachlintrc\.json:1:\d+: Severity must be one of/);
    const syntax = project('config-syntax', { '.outreachlintrc.json': '{ "rules": ', 'a.outreach.md': GOOD });
    const s = await cli([], syntax);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('Invalid JSON');
    const cycle = project('config-cycle', { '.outreachlintrc.json': '{ "extends": "./.outreachlintrc.json" }', 'a.outreach.md': GOOD });
    expect((await cli([], cycle)).stderr).toContain('cycle');
    expect((await cli(['--config', 'missing.json'], syntax)).status).toBe(2);
  });
});

describe('stdin', () => {
  it('lints standard input under --stdin-filename, with that folder\'s config', async () => {
    const root = project('stdin', { 'team/.outreachlintrc.json': '{ "rules": { "courteous-note": "info" } }' });
    const r = await cli(['--stdin', '--stdin-filename', 'team/new.outreach.md', '--format', 'json'], root, { input: LAZY });
    const out = JSON.parse(r.stdout);
    expect(out.files[0].path).toBe('team/new.outreach.md');
    expect(out.files[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'courteous-note').severity).toBe('info');
    const dry = await cli(['--stdin', '--fix-dry-run'], root, { input: FIXABLE });
    expect(dry.stdout).toBe(FIXABLE.replace('[firstName]', '{{firstName}}'));
  });
});

describe('bad input', () => {
  it('reports binary, invalid UTF-8, huge and broken files clearly and lints the rest', async () => {
    const root = project('bad', {
      'binary.outreach.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'latin1.outreach.md': Buffer.from('Hi J\xfcrgen, caf\xe9\n', 'latin1'),
      'huge.outreach.md': 'Hi Dana, '.repeat(40_000),
      'broken.outreach.md': '---\nto: [unclosed\n---\nHi Dana,\n',
      'good.outreach.md': GOOD,
    });
    const r = await cli(['--format', 'json'], root);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout);
    const byPath = Object.fromEntries(out.files.map((f: { path: string; diagnostics: { ruleId: string; message: string }[] }) => [f.path, f.diagnostics]));
    expect(byPath['binary.outreach.md'][0].message).toMatch(/binary/);
    expect(byPath['latin1.outreach.md'][0].message).toMatch(/UTF-8/);
    expect(byPath['huge.outreach.md'].map((d: { ruleId: string }) => d.ruleId)).toEqual(['file-too-large']);
    expect(byPath['broken.outreach.md'].some((d: { ruleId: string; message: string }) => d.ruleId === 'front-matter' && /YAML/.test(d.message))).toBe(true);
    expect(byPath['good.outreach.md']).toBeDefined();
  });
});

describe('large runs', () => {
  it('worker threads give the same output as one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 700; i++) files[`t/${String(i).padStart(4, '0')}.outreach.md`] = i % 2 ? LAZY : GOOD.replace('Dana', `Dana${i}`);
    const root = project('large', files);
    const one = await cli(['--format', 'json', '--jobs', '1'], root);
    const two = await cli(['--format', 'json', '--jobs', '2'], root);
    expect(JSON.parse(two.stdout).summary.files).toBe(700);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('--cache', () => {
  type Out = { files: { path: string; diagnostics: { ruleId: string; message: string }[] }[] };
  const json = async (args: string[], root: string): Promise<Out> => JSON.parse((await cli(['--format', 'json', '--cache', ...args], root)).stdout);
  const CACHE = '.outreachlintcache';
  /** Marks every cached report of `name` so a run that reuses it shows the mark (a re-lint would not). */
  const mark = (cacheFile: string, name: string) => {
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(cache.entries[name], `${name} is cached`).toBeDefined();
    cache.entries[name].o.diagnostics = [{ ...cache.entries[name].o.diagnostics[0], message: 'FROM THE CACHE' }];
    writeFileSync(cacheFile, JSON.stringify(cache));
  };
  const fromCache = (out: Out, name: string) => out.files.find((f) => f.path === name)!.diagnostics.some((d) => d.message === 'FROM THE CACHE');

  it('a second run gives the same report, reusing the reports of unchanged files and re-linting changed ones', async () => {
    const root = project('cache', { 'a.outreach.md': LAZY, 'b.outreach.md': NO_REASON, 'c.outreach.md': GOOD });
    const plain = (await cli(['--format', 'json'], root)).stdout;
    const first = await cli(['--format', 'json', '--cache'], root);
    expect(first.stdout).toBe(plain);
    expect(existsSync(path.join(root, CACHE))).toBe(true);
    expect((await cli(['--format', 'json', '--cache'], root)).stdout).toBe(plain);
    // The second run read the reports from the cache: a mark put in it shows.
    mark(path.join(root, CACHE), 'a.outreach.md');
    mark(path.join(root, CACHE), 'b.outreach.md');
    writeFileSync(path.join(root, 'b.outreach.md'), NO_REASON.replace('Dana', 'Dani'));
    const third = await json([], root);
    expect(fromCache(third, 'a.outreach.md')).toBe(true);
    expect(fromCache(third, 'b.outreach.md')).toBe(false);
    // Without --cache the cache is neither read nor written.
    expect((await cli(['--format', 'json'], root)).stdout).not.toContain('FROM THE CACHE');
  });

  it('a changed config, --quiet or a changed recipients file makes the files they touch be linted again', async () => {
    const merge = `---\nchannel: email\nsubject: Your talk at RoboConf\nrecipients: people.csv\n---\nHi {{firstName}},\n\nI watched your RoboConf talk on robot fleets and I'm writing because we hit the same deadlock last spring; would you share how you solved it? Happy to send our data in return.\n\nBest,\nPriya\n`;
    const root = project('cache-inputs', {
      'sub/a.outreach.md': LAZY,
      'merge.outreach.md': merge,
      'people.csv': 'firstName,company\nDana,Initech\n',
    });
    const cacheFile = path.join(root, CACHE);
    await json([], root);
    mark(cacheFile, 'sub/a.outreach.md');
    mark(cacheFile, 'merge.outreach.md');
    let out = await json([], root);
    expect(fromCache(out, 'sub/a.outreach.md')).toBe(true);
    expect(fromCache(out, 'merge.outreach.md')).toBe(true);
    // The recipients file loses the column the template needs: that template only is linted again.
    writeFileSync(path.join(root, 'people.csv'), 'name,company\nDana,Initech\n');
    out = await json([], root);
    expect(fromCache(out, 'sub/a.outreach.md')).toBe(true);
    expect(fromCache(out, 'merge.outreach.md')).toBe(false);
    expect(out.files.find((f) => f.path === 'merge.outreach.md')!.diagnostics.map((d) => d.ruleId)).toContain('unfilled-placeholder');
    // A config file appears in the sub-folder: its files are linted again under it.
    writeFileSync(path.join(root, 'sub/.outreachlintrc.json'), '{ "rules": { "courteous-note": "off" } }');
    out = await json([], root);
    expect(fromCache(out, 'sub/a.outreach.md')).toBe(false);
    expect(out.files[1]!.diagnostics.map((d) => d.ruleId)).not.toContain('courteous-note');
    // Other options that shape a report start a new cache.
    mark(cacheFile, 'sub/a.outreach.md');
    expect(fromCache(await json(['--quiet'], root), 'sub/a.outreach.md')).toBe(false);
  });

  it('--cache-location names the file or its folder; a file that is not a cache is reported and never overwritten', async () => {
    const root = project('cache-where', { 'a.outreach.md': LAZY, 'notes.txt': 'my own notes\n' });
    await json(['--cache-location', 'build/lint/'], root);
    expect(existsSync(path.join(root, 'build/lint', CACHE))).toBe(true);
    await json(['--cache-location', 'build/lint'], root);
    expect(readdirSync(path.join(root, 'build/lint'))).toEqual([CACHE]);
    await json(['--cache-location', 'here.json'], root);
    expect(JSON.parse(readFileSync(path.join(root, 'here.json'), 'utf8')).entries['a.outreach.md']).toBeDefined();
    const r = await cli(['--format', 'json', '--cache', '--cache-location', 'notes.txt'], root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not an Outreach Lint cache');
    expect(JSON.parse(r.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('my own notes\n');
    expect(readdirSync(root).sort()).toEqual(['a.outreach.md', 'build', 'here.json', 'notes.txt']);
  });

  it('drops the reports of files that are gone and keeps those of files a run did not look at', async () => {
    const root = project('cache-prune', { 'a.outreach.md': LAZY, 'b.outreach.md': NO_REASON, 'sub/c.outreach.md': GOOD });
    await json([], root);
    const names = () => Object.keys(JSON.parse(readFileSync(path.join(root, CACHE), 'utf8')).entries).sort();
    expect(names()).toEqual(['a.outreach.md', 'b.outreach.md', 'sub/c.outreach.md']);
    rmSync(path.join(root, 'b.outreach.md'));
    writeFileSync(path.join(root, 'a.outreach.md'), LAZY.replace('Morgan', 'Morgana'));
    await json(['a.outreach.md'], root);
    expect(names()).toEqual(['a.outreach.md', 'sub/c.outreach.md']);
  });

  it('a damaged entry is linted again; the usage errors exit 2', async () => {
    const root = project('cache-damaged', { 'a.outreach.md': LAZY });
    const plain = (await cli(['--format', 'json'], root)).stdout;
    await json([], root);
    const cacheFile = path.join(root, CACHE);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.entries['a.outreach.md'].o = { diagnostics: 'not a list' };
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await cli(['--format', 'json', '--cache'], root)).stdout).toBe(plain);
    expect((await cli(['--cache-location', 'x'], root)).status).toBe(2);
    expect((await cli(['--stdin', '--cache'], root, { input: LAZY })).status).toBe(2);
  });

  it('--fix still fixes a file whose cached report has a fix to apply', async () => {
    const root = project('cache-fix', { 'f.outreach.md': FIXABLE });
    await json([], root);
    await cli(['--fix', '--cache'], root);
    expect(readFileSync(path.join(root, 'f.outreach.md'), 'utf8')).toBe(FIXABLE.replace('Hi [firstName],', 'Hi {{firstName}},'));
    const after = await json([], root);
    expect(after.files[0]!.diagnostics.map((d) => d.ruleId)).not.toContain('unfilled-placeholder');
  });
});
