// Bad input never takes the server down: odd documents, unknown files, malformed requests.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeLensRequest, ExecuteCommandRequest, HoverRequest, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { fileUri, testSession } from './client';

const { start, workspace } = testSession();

describe('bad input', () => {
  it('lints odd documents without crashing, and stays up for the next one', async () => {
    const client = await start({ pull: true });
    const odd = [
      '',
      '---\n',
      '---\nto: [unclosed\n---\nHi',
      '---\nmutual: 7\nvars: nope\n---\n{{}} [ ] <> {{ to. }}',
      '\uFEFF---\r\nchannel: email\r\n---\r\nHi 😀 {{firstName}},\r\n',
      '<!-- outreach-lint-disable-next-line',
      'x'.repeat(300_000),
      '\u0000\u0001\u0002 binary-ish \uD800',
    ];
    for (const [i, text] of odd.entries()) {
      const uri = fileUri(`/nowhere/odd-${i}.outreach.md`);
      await client.open(uri, text);
      const items = await client.pull(uri);
      for (const d of items) {
        expect(d.source).toBe('outreach-lint');
        expect(d.range.start.line).toBeGreaterThanOrEqual(0);
      }
      const zero = { line: 0, character: 0 };
      await client.codeActions(uri, { start: zero, end: { line: 99, character: 99 } }, items, ['quickfix', 'source']);
      await client.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 50, character: 500 } }));
      await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri } }));
    }
    const big = await client.pull(fileUri('/nowhere/odd-6.outreach.md'));
    expect(big.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('answers requests about unknown documents and malformed params with empty results', async () => {
    const client = await start({ pull: true });
    const unknown = fileUri('/nowhere/never-opened.outreach.md');
    const zero = { line: 0, character: 0 };
    expect(await client.codeActions(unknown, { start: zero, end: zero }, [])).toEqual([]);
    expect(await client.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri: unknown }, position: zero }))).toBeNull();
    expect(await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri: unknown } }))).toEqual([]);
    expect(await client.pull('untitled:Untitled-1')).toEqual([]);
    expect(await client.pull('not a uri at all')).toEqual([]);
    // Garbage where a diagnostic's data should be, and params missing their context.
    const uri = fileUri('/nowhere/real.outreach.md');
    await client.open(uri, 'Hi [Name],\n\nLet us connect.\n');
    const junk = { range: { start: zero, end: zero }, message: 'x', source: 'outreach-lint', code: 'unfilled-placeholder', data: { ruleId: 5, fix: 'no' } };
    expect(await client.codeActions(uri, { start: zero, end: zero }, [junk])).toEqual([]);
    expect(await client.request((c) => c.sendRequest('textDocument/codeAction', { textDocument: { uri } }))).toEqual([]);
    expect(await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.nope', arguments: [] }))).toBeNull();
    expect(await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.showDocumentation', arguments: [{}] }))).toBeNull();
    // Still serving.
    expect((await client.pull(uri)).map((d) => d.code)).toContain('unfilled-placeholder');
  });

  it('reports unreadable workspace files instead of linting garbage', async () => {
    const ws = workspace({ 'ok.outreach.md': 'Hi [Name],\n' });
    writeFileSync(path.join(ws.dir, 'binary.outreach.md'), Buffer.from([0x48, 0x69, 0x00, 0xff, 0xfe]));
    writeFileSync(path.join(ws.dir, 'latin1.outreach.md'), Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]));
    const client = await start({ pull: true, folders: [ws.dir] });
    const report = await client.request((c) => c.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }));
    const messages = Object.fromEntries(
      report.items.map((i) => [path.basename(i.uri), 'items' in i ? i.items.map((d) => `${String(d.code)}: ${JSON.stringify(d.message)}`) : []]),
    );
    expect(messages['binary.outreach.md']).toEqual([expect.stringMatching(/^file-unreadable: .*binary/)]);
    expect(messages['latin1.outreach.md']).toEqual([expect.stringMatching(/^file-unreadable: .*UTF-8/)]);
    expect(messages['ok.outreach.md']!.some((m) => m.startsWith('unfilled-placeholder'))).toBe(true);
  });
});
