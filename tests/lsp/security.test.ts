// Nothing runs that should not: config is data only (no JavaScript config, no code loaded from the workspace),
// `extends` and `recipients` may not leave the workspace (not even through a symlink), and an untrusted
// workspace (VS Code Restricted Mode) never has its recipients files read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CodeLensRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type Diagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { lint, type ConfigFile } from '../../shared/src/index';
import { RESTRICTED_RECIPIENTS } from '../../server/src/lsp/linter';
import { ConfigResolver } from '../../server/src/workspace/config';
import { RecipientsLoader } from '../../server/src/workspace/recipients';
import { fresh, messageOf, testSession, workspacePull } from './client';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const LAZY = 'Hi [Name],\n\nI would like to add you to my professional network on LinkedIn.\n';

const { start, workspace, onCleanup } = testSession();

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'outreach-sec-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function itemsOf(items: WorkspaceDocumentDiagnosticReport[], uri: string): Diagnostic[] {
  const report = items.find((i) => i.uri === uri);
  if (!report) throw new Error(`no report for ${uri}`);
  return report.kind === 'full' ? report.items : [];
}

function cli(cwd: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input, timeout: 60_000 });
}

describe('config is data only: no code from the workspace runs', () => {
  /** Files that would each leave a marker file behind if anything ran them. */
  function booby(markers: string): Record<string, string> {
    const cjs = (name: string) =>
      `require('node:fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\nmodule.exports = { rules: { 'courteous-note': 'off', 'unfilled-placeholder': 'off' } };\n`;
    const esm = (name: string) =>
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\nexport default { rules: { 'courteous-note': 'off' } };\n`;
    return {
      '.outreachlintrc.js': cjs('rc.js'),
      '.outreachlintrc.cjs': cjs('rc.cjs'),
      '.outreachlintrc.mjs': esm('rc.mjs'),
      '.outreachlintrc.ts': esm('rc.ts'),
      '.outreachlintrc': cjs('rc'),
      'outreach-lint.config.js': cjs('config.js'),
      'outreachlint.config.mjs': esm('config.mjs'),
      'evil.cjs': cjs('evil.cjs'),
      'node_modules/outreach-lint-config-team/index.js': cjs('node-module'),
      'node_modules/outreach-lint-config-team/package.json': '{ "name": "outreach-lint-config-team", "main": "index.js" }',
      'package.json': JSON.stringify({ name: 'campaign', main: 'evil.cjs', outreachLint: { extends: './evil.cjs' }, scripts: { postinstall: 'node evil.cjs' } }),
      'team/.outreachlintrc.json': '{ "extends": ["../evil.cjs", "outreach-lint-config-team", "../.outreachlintrc.js"] }',
      'team/dana.outreach.md': LAZY,
      'lazy.outreach.md': LAZY,
      'merge/people.cjs': cjs('recipients'),
      'merge/mail.outreach.md': '---\nrecipients: ./people.cjs\nvars: !!js/function "function () { require(\'node:fs\').writeFileSync(\'/tmp/x\', \'ran\') }"\n---\nHi {{firstName}},\n\nI would like to add you to my network.\n',
    };
  }

  it('the language server reads none of it as code (scan worker and main thread)', async () => {
    const markers = tempDir();
    const ws = workspace(booby(markers));
    for (const noWorker of [false, true]) {
      const client = await start({ pull: true, folders: [ws.dir], noWorker, documentChanges: true });
      const items = await workspacePull(client);
      expect(items.map((i) => path.relative(ws.dir, new URL(i.uri).pathname)).sort()).toEqual(['lazy.outreach.md', 'merge/mail.outreach.md', 'team/dana.outreach.md']);
      // The JavaScript "configs" next to the template change nothing: it is linted with the defaults.
      expect(itemsOf(items, ws.uri('lazy.outreach.md'))).toEqual(fresh(LAZY, null));
      // What team/.outreachlintrc.json extends is read as JSON (and fails as such) or not found; nothing is required.
      // A package name is a path like any other (not resolved in node_modules); the .cjs and .js files are JSON that fails.
      const problems = await client.waitForPublished(ws.uri('team/.outreachlintrc.json'), (p) => p.diagnostics.length > 0);
      expect(problems.diagnostics.map(messageOf)).toEqual([expect.stringMatching(/^Config file not found: .*team\/outreach-lint-config-team$/)]);
      for (const rel of ['evil.cjs', '.outreachlintrc.js']) {
        const invalid = await client.waitForPublished(ws.uri(rel), (p) => p.diagnostics.length > 0);
        expect(messageOf(invalid.diagnostics[0]!)).toMatch(/^Invalid JSON/);
      }
      for (const rel of ['team/dana.outreach.md', 'merge/mail.outreach.md']) {
        const uri = ws.uri(rel);
        const text = readFileSync(path.join(ws.dir, rel), 'utf8');
        await client.open(uri, text);
        const items = await client.pull(uri);
        expect(items.length).toBeGreaterThan(0);
        await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, items, ['quickfix', 'source.fixAll']);
        await client.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } }));
        await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri } }));
      }
      // The recipients "file" is parsed as CSV, never run.
      const mail = await client.pull(ws.uri('merge/mail.outreach.md'));
      expect(mail.some((d) => d.code === 'unfilled-placeholder' || d.code === 'front-matter')).toBe(true);
      await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' }));
      await client.stop();
    }
    expect(readdirSync(markers)).toEqual([]);
  });

  it('the CLI reads none of it as code, with discovery, --config, --fix and --stdin', async () => {
    const markers = tempDir();
    const ws = workspace(booby(markers));
    const runs = [
      cli(ws.dir, ['--format', 'json', '.']),
      cli(ws.dir, ['--format', 'json', '--fix', 'lazy.outreach.md', 'merge/mail.outreach.md']),
      cli(ws.dir, ['--config', '.outreachlintrc.js', 'lazy.outreach.md']),
      cli(ws.dir, ['--config', 'evil.cjs', 'lazy.outreach.md']),
      cli(ws.dir, ['--config', 'node_modules/outreach-lint-config-team/index.js', 'lazy.outreach.md']),
      cli(ws.dir, ['--stdin', '--stdin-filename', 'team/new.outreach.md'], LAZY),
    ];
    for (const run of runs) expect(run.status, `${run.stdout}\n${run.stderr}`).not.toBeNull();
    // A JavaScript file given as --config is a config error (exit 2), read as JSON.
    for (const run of runs.slice(2, 5)) {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/config error in .*Invalid JSON/);
    }
    expect(readdirSync(markers)).toEqual([]);
  });

  it('__proto__ in config and front matter is data: nothing on Object.prototype changes, other folders lint as before', async () => {
    const ws = workspace({
      'poisoned/.outreachlintrc.json':
        '{ "__proto__": { "severity": "off" }, "rules": { "__proto__": { "severity": "off" }, "constructor": { "prototype": { "severity": "off" } }, "toString": "off" }, "channels": { "__proto__": { "body": 1 }, "constructor": { "body": 1 } }, "phrases": { "__proto__": ["x"], "constructor": ["y"], "toString": ["z"] } }',
      'poisoned/a.outreach.md': '---\n__proto__:\n  severity: off\nto:\n  __proto__:\n    name: Polly\n  constructor:\n    prototype:\n      polluted: yes\nvars:\n  __proto__:\n    firstName: Dana\n---\nHi {{firstName}},\n\nI would like to add you to my network.\n',
      'clean/lazy.outreach.md': LAZY,
    });
    // In this process: resolve and lint the poisoned files.
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const resolver = new ConfigResolver({ roots: [ws.dir] });
    const loaded = resolver.forFile(path.join(ws.dir, 'poisoned/a.outreach.md'));
    lint(readFileSync(path.join(ws.dir, 'poisoned/a.outreach.md'), 'utf8'), { config: loaded.config });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // In the server: the clean folder's template is linted exactly as the engine lints it.
    for (const noWorker of [false, true]) {
      const client = await start({ pull: true, folders: [ws.dir], noWorker });
      const items = await workspacePull(client);
      expect(itemsOf(items, ws.uri('clean/lazy.outreach.md'))).toEqual(fresh(LAZY, null));
      await client.open(ws.uri('clean/lazy.outreach.md'), LAZY);
      expect(await client.pull(ws.uri('clean/lazy.outreach.md'))).toEqual(fresh(LAZY, 1));
      await client.stop();
    }
  });
});

describe('extends and recipients stay inside the workspace', () => {
  const outsideRules = '{ "rules": { "courteous-note": "off", "explain-why": "off", "make-it-personal": "off", "give-value": "off", "unfilled-placeholder": "off" } }';
  const mail = '---\nrecipients: REL\n---\nHi {{firstName}},\n\nI would like to add you to my network.\n';

  function setup() {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'base.json'), outsideRules);
    writeFileSync(path.join(outside, 'people.csv'), 'firstName,secret\nDana,hunter2\n');
    const ws = workspace({ 'dana.outreach.md': LAZY });
    return { outside, ws };
  }

  const escapes: [string, (outside: string, ws: string) => string][] = [
    ['a relative path out of the folder', (outside, ws) => path.relative(ws, path.join(outside, 'base.json'))],
    ['an absolute path', (outside) => path.join(outside, 'base.json')],
    ['a symlink inside the folder to a file outside', (outside, ws) => (symlinkSync(path.join(outside, 'base.json'), path.join(ws, 'base.json')), './base.json')],
    ['a symlinked folder inside to a folder outside', (outside, ws) => (symlinkSync(outside, path.join(ws, 'shared')), './shared/base.json')],
  ];

  for (const [what, target] of escapes) {
    it(`extends through ${what} is refused, in the editor and the CLI`, async () => {
      const { outside, ws } = setup();
      const rel = target(outside, ws.dir);
      writeFileSync(path.join(ws.dir, '.outreachlintrc.json'), JSON.stringify({ extends: rel }));
      for (const noWorker of [false, true]) {
        const client = await start({ pull: true, folders: [ws.dir], noWorker });
        const problems = await client.waitForPublished(ws.uri('.outreachlintrc.json'), (p) => p.diagnostics.length > 0);
        expect(messageOf(problems.diagnostics[0]!)).toMatch(/outside the workspace/);
        // The outside rules (everything off) do not apply.
        expect(itemsOf(await workspacePull(client), ws.uri('dana.outreach.md'))).toEqual(fresh(LAZY, null));
        await client.stop();
      }
      const run = cli(ws.dir, ['dana.outreach.md']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/outside the workspace/);
    });
  }

  const recipientEscapes: [string, (outside: string, ws: string) => string][] = [
    ['a relative path out of the folder', (outside, ws) => path.relative(ws, path.join(outside, 'people.csv'))],
    ['an absolute path', (outside) => path.join(outside, 'people.csv')],
    ['a symlink inside the folder to a file outside', (outside, ws) => (symlinkSync(path.join(outside, 'people.csv'), path.join(ws, 'people.csv')), './people.csv')],
    ['a symlinked folder inside to a folder outside', (outside, ws) => (symlinkSync(outside, path.join(ws, 'shared')), './shared/people.csv')],
  ];

  for (const [what, target] of recipientEscapes) {
    it(`recipients through ${what} are not read, in the editor and the CLI`, async () => {
      const { outside, ws } = setup();
      const text = mail.replace('REL', target(outside, ws.dir));
      writeFileSync(path.join(ws.dir, 'mail.outreach.md'), text);
      for (const noWorker of [false, true]) {
        const client = await start({ pull: true, folders: [ws.dir], noWorker });
        const unopened = itemsOf(await workspacePull(client), ws.uri('mail.outreach.md'));
        await client.open(ws.uri('mail.outreach.md'), text);
        const opened = await client.pull(ws.uri('mail.outreach.md'));
        for (const items of [unopened, opened]) {
          const recipients = items.find((d) => d.code === 'front-matter');
          expect(recipients && messageOf(recipients)).toMatch(/"recipients" could not be loaded: .*outside the workspace/);
          expect(JSON.stringify(items)).not.toContain('hunter2');
        }
        await client.stop();
      }
      const run = cli(ws.dir, ['--format', 'json', 'mail.outreach.md']);
      expect(run.stdout).toMatch(/could not be loaded: .*outside the workspace/);
    });
  }

  it('links that stay inside the workspace are followed', async () => {
    const ws = workspace({ 'shared/base.json': '{ "rules": { "courteous-note": "off" } }', 'shared/people.csv': 'firstName\nDana\n', 'team/dana.outreach.md': LAZY });
    symlinkSync(path.join(ws.dir, 'shared/base.json'), path.join(ws.dir, 'team/base.json'));
    symlinkSync(path.join(ws.dir, 'shared'), path.join(ws.dir, 'team/data'));
    writeFileSync(path.join(ws.dir, 'team/.outreachlintrc.json'), '{ "extends": "./base.json" }');
    const text = mail.replace('REL', './data/people.csv');
    writeFileSync(path.join(ws.dir, 'team/mail.outreach.md'), text);
    const client = await start({ pull: true, folders: [ws.dir] });
    const items = await workspacePull(client);
    const loader = new RecipientsLoader([ws.dir]);
    const layer: ConfigFile = { rules: { 'courteous-note': 'off' } };
    expect(itemsOf(items, ws.uri('team/dana.outreach.md'))).toEqual(fresh(LAZY, null, [layer]));
    expect(itemsOf(items, ws.uri('team/mail.outreach.md'))).toEqual(fresh(text, null, [layer], (rel) => loader.load(path.join(ws.dir, 'team/mail.outreach.md'), rel)));
    expect(itemsOf(items, ws.uri('team/mail.outreach.md')).some((d) => d.code === 'front-matter')).toBe(false);
  });
});

describe('untrusted workspaces (Restricted Mode)', () => {
  const text = '---\nrecipients: ./people.csv\n---\nHi {{firstName}},\n\nI saw the talk {{company}} gave on warehouse routing; I can share our simulator notes in return.\n';
  const csv = 'firstName,company\nDana,Acme Robotics\nSam,\n';

  it('the extension declares limited support for untrusted workspaces', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; description: string }; virtualWorkspaces: { supported: unknown } };
    };
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.untrustedWorkspaces.description).toMatch(/recipients/);
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe(false);
  });

  it('initializationOptions.trusted=false: recipients files are never used, templates and configs are still linted', async () => {
    const ws = workspace({ 'people.csv': csv, 'mail.outreach.md': text, '.outreachlintrc.json': '{ "rules": { "explain-why": "info" } }' });
    const mail = path.join(ws.dir, 'mail.outreach.md');
    const loader = new RecipientsLoader([ws.dir]);
    const layer: ConfigFile = { rules: { 'explain-why': 'info' } };
    const trustedLint = (version: number | null) => fresh(text, version, [layer], (rel) => loader.load(mail, rel));
    const restrictedLint = (version: number | null) => fresh(text, version, [layer], () => ({ error: RESTRICTED_RECIPIENTS }));
    // The two differ, so the comparison below means something.
    expect(restrictedLint(1)).not.toEqual(trustedLint(1));
    for (const [options, expected] of [
      [{ trusted: false }, restrictedLint],
      [{ trusted: true }, trustedLint],
      [undefined, trustedLint],
    ] as const) {
      for (const noWorker of [false, true]) {
        const client = await start({ pull: true, folders: [ws.dir], noWorker, ...(options ? { initializationOptions: options } : {}) });
        const info = await client.request((c) => c.sendRequest<{ pid: number; trusted: boolean }>('outreachLint/serverInfo'));
        expect(info).toMatchObject({ pid: client.child.pid, trusted: options?.trusted !== false });
        expect(itemsOf(await workspacePull(client), ws.uri('mail.outreach.md'))).toEqual(expected(null));
        await client.open(ws.uri('mail.outreach.md'), text);
        expect(await client.pull(ws.uri('mail.outreach.md'))).toEqual(expected(1));
        // Settings sent later cannot lift the restriction.
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { outreachLint: { trusted: true, enable: true } } });
        expect(await client.pull(ws.uri('mail.outreach.md'))).toEqual(expected(1));
        await client.stop();
      }
    }
    const restricted = restrictedLint(1).find((d) => d.code === 'front-matter');
    expect(restricted && messageOf(restricted)).toMatch(/Restricted Mode/);
  });
});
