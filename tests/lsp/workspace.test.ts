// The workspace-wide problem list: unopened files, changes on disk, config and settings changes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  FileChangeType,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { testSession, workspacePull } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const PLACEHOLDERS = readFileSync(path.join(__dirname, 'fixtures/placeholders.outreach.md'), 'utf8');

const { start, workspace } = testSession();

type Known = { uri: string; value: string }[];

function remember(known: Known, items: WorkspaceDocumentDiagnosticReport[]): Known {
  const map = new Map(known.map((k) => [k.uri, k.value]));
  for (const item of items) if (item.resultId) map.set(item.uri, item.resultId);
  return [...map].map(([uri, value]) => ({ uri, value }));
}

function rules(items: readonly Diagnostic[]): string[] {
  return items.map((d) => String(d.code));
}

describe('workspace diagnostics (pull)', () => {
  it('reports every template in the folders, open or not, skipping node_modules and dot folders', async () => {
    const ws = workspace({
      'dana.outreach.md': MUTUAL,
      'drafts/placeholders.outreach.md': PLACEHOLDERS,
      'node_modules/pkg/skipped.outreach.md': PLACEHOLDERS,
      '.archive/skipped.outreach.md': PLACEHOLDERS,
      'notes.md': PLACEHOLDERS,
    });
    const client = await start({ pull: true, folders: [ws.dir] });
    const items = await workspacePull(client);
    expect(items.map((i) => i.uri).sort()).toEqual([ws.uri('dana.outreach.md'), ws.uri('drafts/placeholders.outreach.md')]);
    const dana = items.find((i) => i.uri === ws.uri('dana.outreach.md'))!;
    expect(dana).toMatchObject({ kind: 'full', version: null });
    const mutual = (dana as { items: Diagnostic[] }).items.find((d) => d.code === 'mention-mutual')!;
    expect(mutual.data).toMatchObject({ ruleId: 'mention-mutual', version: null });
    expect(client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions).toEqual({
      watchers: [{ globPattern: '**/*.outreach.md' }, { globPattern: '**/.outreachlintrc.json' }, { globPattern: '**/*.csv' }],
    });
  });

  it('keeps the list current: a held request answers with files changed, deleted and created on disk', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'placeholders.outreach.md': PLACEHOLDERS });
    const client = await start({ pull: true, folders: [ws.dir] });
    let known = remember([], await workspacePull(client));
    expect(known).toHaveLength(2);

    // Changed on disk: the waiting request answers with that file only.
    let pending = workspacePull(client, known);
    ws.write('placeholders.outreach.md', PLACEHOLDERS.replace('[First Name]', '{{firstName}}').replace('[Company]', '{{to.company}}'));
    await client.filesChanged([{ uri: ws.uri('placeholders.outreach.md'), type: FileChangeType.Changed }]);
    let items = await pending;
    expect(items.map((i) => i.uri)).toEqual([ws.uri('placeholders.outreach.md')]);
    expect(rules((items[0] as { items: Diagnostic[] }).items)).not.toContain('unfilled-placeholder');
    known = remember(known, items);

    // Deleted: its problems are cleared.
    pending = workspacePull(client, known);
    rmSync(path.join(ws.dir, 'dana.outreach.md'));
    await client.filesChanged([{ uri: ws.uri('dana.outreach.md'), type: FileChangeType.Deleted }]);
    items = await pending;
    expect(items).toMatchObject([{ uri: ws.uri('dana.outreach.md'), kind: 'full', items: [] }]);
    known = remember(known, items);

    // Created (a rename is a delete and a create).
    pending = workspacePull(client, known);
    ws.write('renamed/dana.outreach.md', MUTUAL);
    await client.filesChanged([{ uri: ws.uri('renamed/dana.outreach.md'), type: FileChangeType.Created }]);
    items = await pending;
    expect(items.map((i) => i.uri)).toEqual([ws.uri('renamed/dana.outreach.md')]);
    expect(rules((items[0] as { items: Diagnostic[] }).items)).toContain('mention-mutual');
  });

  it('reports a closed file again, as it is on disk', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL });
    const client = await start({ pull: true, folders: [ws.dir] });
    const known = remember([], await workspacePull(client));
    await client.open(ws.uri('dana.outreach.md'), MUTUAL);
    await client.change(ws.uri('dana.outreach.md'), `${MUTUAL}\nUnsaved edit at [Place].\n`);
    const pending = workspacePull(client, known);
    await client.close(ws.uri('dana.outreach.md'));
    const items = await pending;
    expect(items.map((i) => i.uri)).toEqual([ws.uri('dana.outreach.md')]);
    expect(rules((items[0] as { items: Diagnostic[] }).items)).toEqual(['mention-mutual']);
  });

  it.each([
    ['on the scan worker', false],
    ['on the main thread, in slices', true],
  ])('lints a large workspace completely %s, streaming partial results, while the open file is answered', async (_how, noWorker) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`batch/m${i}.outreach.md`] = i % 2 ? MUTUAL : PLACEHOLDERS;
    files['bad/.outreachlintrc.json'] = '{ "rules": { "give-value": "sometimes" } }';
    files['bad/m.outreach.md'] = MUTUAL;
    const ws = workspace(files);
    const client = await start({ pull: true, folders: [ws.dir], noWorker });
    const streamed = new Set<string>();
    client.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, 'scan', (p) => {
      for (const item of p.items) streamed.add(item.uri);
    });
    const whole = client.request((c) => c.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken: 'scan' }));
    const open = ws.uri('open.outreach.md');
    await client.open(open, MUTUAL);
    expect(rules(await client.pull(open))).toContain('mention-mutual');
    for (const item of (await whole).items) streamed.add(item.uri);
    expect(streamed.size).toBe(401);
    // A config problem found while scanning unopened files is shown in the config file.
    await client.waitForPublished(ws.uri('bad/.outreachlintrc.json'), (p) => p.diagnostics.length === 1);
  });
});

describe('the scan cache (initializationOptions.cacheLocation)', () => {
  type Cache = { entries: Record<string, { o: Diagnostic[] }> };
  const itemsOf = (items: WorkspaceDocumentDiagnosticReport[], uri: string) => (items.find((i) => i.uri === uri) as { items: Diagnostic[] }).items;
  /** Marks the kept diagnostics of the file named `name` so a scan that reuses them shows it (a re-lint would not). */
  const mark = (cacheFile: string, name: string) => {
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache;
    const key = Object.keys(cache.entries).find((k) => k.endsWith(`/${name}`));
    expect(key, `${name} is in the cache`).toBeDefined();
    cache.entries[key!]!.o = [{ ...cache.entries[key!]!.o[0]!, message: 'FROM THE CACHE' }];
    writeFileSync(cacheFile, JSON.stringify(cache));
  };
  const fromCache = (items: readonly Diagnostic[]) => items.some((d) => d.message === 'FROM THE CACHE');

  it('is written at shutdown; the next session reuses what is unchanged and re-lints what changed', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'placeholders.outreach.md': PLACEHOLDERS });
    const storage = workspace({});
    const cacheLocation = path.join(storage.dir, 'outreach', 'scan-cache.json');
    const first = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation } });
    const before = await workspacePull(first);
    await first.stop();
    expect(existsSync(cacheLocation)).toBe(true);
    mark(cacheLocation, 'dana.outreach.md');
    mark(cacheLocation, 'placeholders.outreach.md');
    const fixed = PLACEHOLDERS.replace('[First Name]', '{{firstName}}').replace('[Company]', '{{to.company}}');
    ws.write('placeholders.outreach.md', fixed);

    const second = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation } });
    const after = await workspacePull(second);
    expect(fromCache(itemsOf(after, ws.uri('dana.outreach.md')))).toBe(true);
    const placeholders = itemsOf(after, ws.uri('placeholders.outreach.md'));
    expect(fromCache(placeholders)).toBe(false);
    expect(rules(placeholders)).not.toContain('unfilled-placeholder');
    expect(rules(itemsOf(before, ws.uri('placeholders.outreach.md')))).toContain('unfilled-placeholder');
    await second.stop();

    // Restricted Mode reads no recipients files, so its results are kept apart.
    mark(cacheLocation, 'dana.outreach.md');
    const restricted = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation, trusted: false } });
    expect(fromCache(itemsOf(await workspacePull(restricted), ws.uri('dana.outreach.md')))).toBe(false);
  });

  it('keeps the reports of a large scan made on both threads, so the next session lints none of them again', async () => {
    // Three lanes take 64 files each at the start: the first two go to the scan worker, the third is linted on the
    // server's own thread and handed to the worker's cache. Every file must be in the cache, whichever lane it took.
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`t${String(i).padStart(3, '0')}.outreach.md`] = i % 2 ? MUTUAL : PLACEHOLDERS;
    const ws = workspace(files);
    const storage = workspace({});
    const cacheLocation = path.join(storage.dir, 'scan-cache.json');
    const first = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation } });
    const before = await workspacePull(first);
    const info = await first.request((c) => c.sendRequest<{ scanned: { worker: number; server: number } }>('outreachLint/serverInfo'));
    expect(info.scanned.worker + info.scanned.server).toBe(200);
    expect(info.scanned.server, 'files linted on the server thread').toBeGreaterThanOrEqual(64);
    await first.stop();
    const cache = JSON.parse(readFileSync(cacheLocation, 'utf8')) as Cache;
    expect(Object.keys(cache.entries)).toHaveLength(200);
    for (const name of Object.keys(files)) {
      const key = Object.keys(cache.entries).find((k) => k.endsWith(`/${name}`))!;
      expect(cache.entries[key]!.o, name).toEqual(itemsOf(before, ws.uri(name)));
      cache.entries[key]!.o = [{ ...cache.entries[key]!.o[0]!, message: 'FROM THE CACHE' }];
    }
    writeFileSync(cacheLocation, JSON.stringify(cache));

    const second = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation } });
    const after = await workspacePull(second);
    const relinted = Object.keys(files).filter((name) => !fromCache(itemsOf(after, ws.uri(name))));
    expect(relinted).toEqual([]);
    const reopened = await second.request((c) => c.sendRequest<{ scanned: { worker: number; server: number } }>('outreachLint/serverInfo'));
    expect(reopened.scanned).toEqual({ worker: 200, server: 0 });
  });

  it('re-lints a template whose recipients file changed during the session', async () => {
    const merge = `---\nchannel: email\nsubject: Your talk at RoboConf\nrecipients: people.csv\n---\nHi {{firstName}},\n\nI watched your RoboConf talk on robot fleets and I'm writing because we hit the same deadlock last spring; would you share how you solved it? Happy to send our data in return.\n\nBest,\nPriya\n`;
    const ws = workspace({ 'merge.outreach.md': merge, 'people.csv': 'firstName,company\nDana,Initech\n' });
    const storage = workspace({});
    const cacheLocation = path.join(storage.dir, 'scan-cache.json');
    const client = await start({ pull: true, folders: [ws.dir], initializationOptions: { cacheLocation } });
    const first = await workspacePull(client);
    expect(rules(itemsOf(first, ws.uri('merge.outreach.md')))).not.toContain('unfilled-placeholder');
    const known = remember([], first);
    const pending = workspacePull(client, known);
    ws.write('people.csv', 'name,company\nDana,Initech\n');
    await client.filesChanged([{ uri: ws.uri('people.csv'), type: FileChangeType.Changed }]);
    expect(rules(itemsOf(await pending, ws.uri('merge.outreach.md')))).toContain('unfilled-placeholder');
  });
});

describe('configuration', () => {
  it('re-lints open and unopened files when .outreachlintrc.json changes, and asks the client to refresh', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'other.outreach.md': MUTUAL });
    const client = await start({ pull: true, folders: [ws.dir] });
    const known = remember([], await workspacePull(client));
    const open = ws.uri('dana.outreach.md');
    await client.open(open, MUTUAL);
    expect(rules(await client.pull(open))).toContain('mention-mutual');

    const pending = workspacePull(client, known);
    ws.write('.outreachlintrc.json', '{\n  // no reference checks for this folder\n  "rules": { "mention-mutual": "off" }\n}\n');
    await client.filesChanged([{ uri: ws.uri('.outreachlintrc.json'), type: FileChangeType.Created }]);
    await client.waitFor('diagnostic refresh', () => client.refreshes > 0);
    expect(rules(await client.pull(open))).not.toContain('mention-mutual');
    const items = await pending;
    expect(items.map((i) => i.uri)).toEqual([ws.uri('other.outreach.md')]);
    expect(rules((items[0] as { items: Diagnostic[] }).items)).not.toContain('mention-mutual');
  });

  it('shows an invalid config file as a diagnostic in that file; linting goes on with what is valid', async () => {
    const ws = workspace({
      'dana.outreach.md': MUTUAL,
      '.outreachlintrc.json': '{\n  "rules": {\n    "mention-mutual": "loud",\n    "no-such-rule": "off"\n  }\n}\n',
    });
    const client = await start({ pull: true, folders: [ws.dir] });
    const config = ws.uri('.outreachlintrc.json');
    const problems = await client.waitForPublished(config, (p) => p.diagnostics.length > 0);
    expect(problems.diagnostics.map((d) => d.message).join('\n')).toMatch(/Severity must be one of[\s\S]*Unknown rule "no-such-rule"/);
    expect(problems.diagnostics[0]).toMatchObject({ source: 'outreach-lint', range: { start: { line: 2 } } });
    const open = ws.uri('dana.outreach.md');
    await client.open(open, MUTUAL);
    expect(rules(await client.pull(open))).toContain('mention-mutual');

    // Fixed on disk: the config diagnostics are cleared.
    writeFileSync(path.join(ws.dir, '.outreachlintrc.json'), '{ "rules": { "mention-mutual": "error" } }\n');
    await client.filesChanged([{ uri: config, type: FileChangeType.Changed }]);
    await client.waitForPublished(config, (p) => p.diagnostics.length === 0);
    expect((await client.pull(open)).find((d) => d.code === 'mention-mutual')?.severity).toBe(1);
  });

  describe.each([
    ['pull, relative-pattern watchers', true, true],
    ['push, glob-string watchers', false, false],
  ])('a config reached through "extends" under another name (%s)', (_how, pull, relativePatterns) => {
    it('is watched: editing, deleting and re-creating it on disk re-lints the open file', async () => {
      const ws = workspace({
        '.outreachlintrc.json': '{ "extends": "./team/outreach-base.json" }\n',
        'team/outreach-base.json': '{ "extends": "./tone.json", "rules": { "unfilled-placeholder": "warning" } }\n',
        'team/tone.json': '{ "rules": { "mention-mutual": "off" } }\n',
      });
      const client = await start({ pull, relativePatterns, folders: [ws.dir] });
      const open = ws.uri('dana.outreach.md');
      const rootConfig = ws.uri('.outreachlintrc.json');
      const base = path.join(ws.dir, 'team/outreach-base.json');
      const tone = path.join(ws.dir, 'team/tone.json');
      /** The open file's diagnostics once they satisfy `check`: pulled after each refresh, or as pushed. */
      const diagnosticsWhen = async (check: (items: Diagnostic[]) => boolean): Promise<Diagnostic[]> => {
        if (!pull) return (await client.waitForPublished(open, (p) => check(p.diagnostics))).diagnostics;
        for (;;) {
          const seen = client.refreshes;
          const items = await client.pull(open);
          if (check(items)) return items;
          await client.waitFor('diagnostic refresh', () => client.refreshes > seen);
        }
      };
      const severity = (items: Diagnostic[], rule: string) => items.find((d) => d.code === rule)?.severity;
      /** [mention-mutual, unfilled-placeholder] severities (undefined: not reported). */
      const severities = (items: Diagnostic[]) => [severity(items, 'mention-mutual'), severity(items, 'unfilled-placeholder')];
      const expectSeverities = async (expected: (number | undefined)[]) => {
        const same = (items: Diagnostic[]) => JSON.stringify(severities(items)) === JSON.stringify(expected);
        expect(severities(await diagnosticsWhen(same))).toEqual(expected);
      };

      await client.open(open, `${MUTUAL}\nSee you at [Event].\n`);
      // The base's severity and the tone file's "off" both apply.
      await expectSeverities([undefined, 2]);
      // Both files of the chain are watched, though neither is named .outreachlintrc.json.
      await client.waitFor('watchers for the extended files', () => client.watches(base) && client.watches(tone));
      expect(client.watches(path.join(ws.dir, 'team/other.json'))).toBe(false);

      // Edited two links down the chain: the rule comes back at the new severity.
      ws.write('team/tone.json', '{ "rules": { "mention-mutual": "info" } }\n');
      await client.fileChangedOnDisk(tone, FileChangeType.Changed);
      await expectSeverities([3, 2]);

      // Deleted: the chain breaks there, the extending file says so, and the defaults apply.
      rmSync(base);
      await client.fileChangedOnDisk(base, FileChangeType.Deleted);
      await expectSeverities([2, 1]);
      const missing = await client.waitForPublished(rootConfig, (p) => p.diagnostics.length > 0);
      expect(missing.diagnostics[0]!.message).toMatch(/^Config file not found: .*outreach-base\.json$/);

      // Created again (still watched though it was missing): the chain is whole again.
      ws.write('team/outreach-base.json', '{ "extends": "./tone.json", "rules": { "unfilled-placeholder": "info" } }\n');
      ws.write('team/tone.json', '{ "rules": { "mention-mutual": "off" } }\n');
      await client.fileChangedOnDisk(base, FileChangeType.Created);
      await client.fileChangedOnDisk(tone, FileChangeType.Changed);
      await expectSeverities([undefined, 3]);
      await client.waitForPublished(rootConfig, (p) => p.diagnostics.length === 0);
    });
  });

  it('watches the extended config of unopened files too (found by the scan worker), and re-lints them', async () => {
    const ws = workspace({
      'campaign/.outreachlintrc.json': '{ "extends": "../shared/voice.json" }\n',
      'shared/voice.json': '{ "rules": { "mention-mutual": "off" } }\n',
      'campaign/dana.outreach.md': MUTUAL,
    });
    const client = await start({ pull: true, relativePatterns: true, folders: [ws.dir] });
    const items = await workspacePull(client);
    expect(rules((items[0] as { items: Diagnostic[] }).items)).toEqual([]);
    const voice = path.join(ws.dir, 'shared/voice.json');
    await client.waitFor('a watcher for shared/voice.json', () => client.watches(voice));

    const pending = workspacePull(client, remember([], items));
    ws.write('shared/voice.json', '{ "rules": { "mention-mutual": "error" } }\n');
    await client.fileChangedOnDisk(voice, FileChangeType.Changed);
    const changed = await pending;
    expect(changed.map((i) => i.uri)).toEqual([ws.uri('campaign/dana.outreach.md')]);
    expect((changed[0] as { items: Diagnostic[] }).items.map((d) => [d.code, d.severity])).toEqual([['mention-mutual', 1]]);
  });

  it('applies outreachLint settings from workspace/configuration and reloads them on change', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL });
    const client = await start({ pull: true, folders: [ws.dir], settings: { rules: { 'mention-mutual': 'info', 'unfilled-placeholder': { severity: 'warning' } } } });
    const open = ws.uri('dana.outreach.md');
    await client.open(open, `${MUTUAL}\nSee you at [Event].\n`);
    const items = await client.pull(open);
    expect(items.find((d) => d.code === 'mention-mutual')?.severity).toBe(3);
    expect(items.find((d) => d.code === 'unfilled-placeholder')?.severity).toBe(2);
    expect(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration')).toBe(true);

    client.settings = { enable: false };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.waitFor('diagnostic refresh', () => client.refreshes > 0);
    expect(await client.pull(open)).toEqual([]);
  });
});

describe('push clients and commands', () => {
  it('publishes unopened files, and publishes again when they change or go away on disk', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'clean.outreach.md': MUTUAL.replace(/mutual:\n.*\n.*\n/, '') });
    const client = await start({ pull: false, folders: [ws.dir] });
    const dana = ws.uri('dana.outreach.md');
    const first = await client.waitForPublished(dana);
    expect(rules(first.diagnostics)).toContain('mention-mutual');
    expect(first.version).toBeUndefined();

    ws.write('dana.outreach.md', MUTUAL.replace('I read your post', 'Sam Ortiz, my former teammate at Initech, suggested I write. I read your post'));
    await client.filesChanged([{ uri: dana, type: FileChangeType.Changed }]);
    await client.waitForPublished(dana, (p) => !rules(p.diagnostics).includes('mention-mutual'));

    ws.write('dana.outreach.md', MUTUAL);
    await client.filesChanged([{ uri: dana, type: FileChangeType.Changed }]);
    await client.waitForPublished(dana, (p) => rules(p.diagnostics).includes('mention-mutual'));
    rmSync(path.join(ws.dir, 'dana.outreach.md'));
    await client.filesChanged([{ uri: dana, type: FileChangeType.Deleted }]);
    await client.waitForPublished(dana, (p) => p.diagnostics.length === 0);
  });

  it('"Lint Workspace" re-scans and answers with the counts', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'placeholders.outreach.md': PLACEHOLDERS });
    const client = await start({ pull: true, folders: [ws.dir] });
    const summary = await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' }));
    expect(summary).toMatchObject({ files: 2 });
    const s = summary as { errors: number; warnings: number };
    expect(s.errors).toBeGreaterThanOrEqual(2);
    expect(s.warnings).toBeGreaterThanOrEqual(1);
    ws.write('third.outreach.md', MUTUAL);
    expect(await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' }))).toMatchObject({ files: 3 });
  });
});
