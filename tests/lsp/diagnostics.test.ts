// Diagnostics over a real stdio connection: push clients (Neovim 0.7 style) and pull clients (VS Code style).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, testSession } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const DOCS = 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/';

const { startServer: start, workspace } = testSession();

function byRule(diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === ruleId);
}

describe('push client (no pull diagnostics capability)', () => {
  it('publishes diagnostics with rule code, docs link, source and fix data tied to the version', async () => {
    const { client, result } = await start({ pull: false });
    expect(result.capabilities.diagnosticProvider).toBeUndefined();
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL, 7);
    const published = await client.waitForPublished(uri);
    expect(published.version).toBe(7);
    const d = byRule(published.diagnostics, 'mention-mutual')!;
    expect(d).toMatchObject({
      code: 'mention-mutual',
      codeDescription: { href: `${DOCS}mention-mutual.md` },
      source: 'outreach-lint',
      severity: 2,
      data: { ruleId: 'mention-mutual', version: 7, fix: { title: 'Insert mutual reference' } },
    });
    expect(d.message).toContain('Sam Ortiz');
    // The range is the front matter entry that lists the mutual.
    expect(d.range.start.line).toBe(MUTUAL.split('\n').findIndex((l) => l.includes('name: Sam Ortiz')));
    for (const other of published.diagnostics) {
      expect(other.source).toBe('outreach-lint');
      expect(other.codeDescription?.href).toBe(`${DOCS}${String(other.code)}.md`);
      expect(other.data).toMatchObject({ ruleId: other.code, version: 7 });
    }
  });

  it('publishes again for every change, with the new version, and only what that text has', async () => {
    const { client } = await start({ pull: false });
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL);
    await client.waitForPublished(uri, (p) => p.version === 1);
    const named = MUTUAL.replace('I read your post', 'Sam Ortiz, my former teammate at Initech, suggested I write. I read your post');
    await client.change(uri, named);
    const second = await client.waitForPublished(uri, (p) => p.version === 2);
    expect(byRule(second.diagnostics, 'mention-mutual')).toBeUndefined();
    await client.change(uri, MUTUAL);
    const third = await client.waitForPublished(uri, (p) => p.version === 3);
    expect(byRule(third.diagnostics, 'mention-mutual')?.data).toMatchObject({ version: 3 });
  });

  it('with run: onSave, publishes on open and save but not on change', async () => {
    const { client } = await start({ pull: false, settings: { run: 'onSave' } });
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL);
    await client.waitForPublished(uri, (p) => p.version === 1);
    await client.change(uri, MUTUAL.replace('I read your post', 'Sam Ortiz suggested I write. I read your post'));
    // A round trip: anything the change published would have arrived before this answer.
    await client.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }));
    expect(client.published.get(uri)?.version).toBe(1);
    await client.save(uri);
    const saved = await client.waitForPublished(uri, (p) => p.version === 2);
    // The saved text names Sam: the "never names them" finding of version 1 is gone.
    expect(saved.diagnostics.some((d) => JSON.stringify(d.message).includes('never names'))).toBe(false);
  });

  it('clears the diagnostics of a closed file that is not in the workspace', async () => {
    const { client } = await start({ pull: false });
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL);
    await client.waitForPublished(uri, (p) => p.diagnostics.length > 0);
    await client.close(uri);
    await client.waitForPublished(uri, (p) => p.diagnostics.length === 0);
  });
});

describe('pull client (textDocument/diagnostic)', () => {
  it('declares pull and workspace diagnostics and answers for the current version', async () => {
    const { client, result } = await start({ pull: true });
    expect(result.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: true });
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL, 3);
    const items = await client.pull(uri);
    expect(byRule(items, 'mention-mutual')).toMatchObject({
      code: 'mention-mutual',
      source: 'outreach-lint',
      codeDescription: { href: `${DOCS}mention-mutual.md` },
      data: { ruleId: 'mention-mutual', version: 3, fix: { title: 'Insert mutual reference' } },
    });
    await client.change(uri, MUTUAL.replace('I read your post', 'Sam Ortiz, my former teammate at Initech, suggested I write. I read your post'));
    const after = await client.pull(uri);
    expect(byRule(after, 'mention-mutual')).toBeUndefined();
    for (const d of after) expect(d.data).toMatchObject({ version: 4 });
    // Pull clients get no pushed diagnostics for open files.
    expect(client.published.has(uri)).toBe(false);
  });

  it('answers unchanged for the same version, and full again after a change', async () => {
    const { client } = await start({ pull: true });
    const uri = fileUri('/nowhere/dana.outreach.md');
    await client.open(uri, MUTUAL);
    const first = await client.request((c) => c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
    expect(first.kind).toBe('full');
    const again = await client.request((c) => c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId }));
    expect(again).toEqual({ kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, `${MUTUAL}\n`);
    const changed = await client.request((c) => c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId }));
    expect(changed.kind).toBe('full');
  });

  it('answers for a file that is not open from what is on disk', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL });
    const { client } = await start({ pull: true, folders: [ws.dir] });
    const items = await client.pull(ws.uri('dana.outreach.md'));
    // A file on disk carries no edits: code actions are only asked for open documents, from their own lint.
    expect(byRule(items, 'mention-mutual')?.data).toEqual({ ruleId: 'mention-mutual', version: null, suggestions: [] });
    expect(await client.pull(ws.uri('missing.outreach.md'))).toEqual([]);
  });
});

describe('transports', () => {
  it('speaks the same protocol over --node-ipc, as the VS Code client starts it', async () => {
    const { fork } = await import('node:child_process');
    const { createProtocolConnection, IPCMessageReader, IPCMessageWriter, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, ShutdownRequest, ExitNotification } =
      await import('vscode-languageserver-protocol/node');
    const { SERVER_JS } = await import('./client');
    const child = fork(SERVER_JS, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { textDocument: { diagnostic: {} } },
      });
      expect(result.capabilities.diagnosticProvider).toBeDefined();
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = fileUri('/nowhere/ipc.outreach.md');
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'outreach', version: 1, text: MUTUAL } });
      const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind === 'full' && report.items.map((d) => d.code)).toContain('mention-mutual');
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await exited;
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
