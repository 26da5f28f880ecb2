// The server under bad input over a real stdio connection: malformed JSON-RPC, unknown methods, invalid params,
// out-of-range edits, a 10 MB file, binary files, open/change/close storms, a workspace folder that disappears,
// broken configs. Every time: the server stays up, answers every request, and its diagnostics equal a fresh lint
// of the final text by the engine (shared/src lint()).
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeTextDocumentNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  ResponseError,
  type Diagnostic,
  type Position,
  type TextDocumentContentChangeEvent,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { MAX_LINT_LENGTH, type ConfigFile } from '../../shared/src/index';
import { RecipientsLoader } from '../../server/src/workspace/recipients';
import { TestClient, fileUri, fresh, messageOf, testSession, workspacePull } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const PLACEHOLDERS = readFileSync(path.join(__dirname, 'fixtures/placeholders.outreach.md'), 'utf8');
const LAZY = 'Hi [Name],\n\nI would like to add you to my professional network on LinkedIn.\n';

const { start, workspace } = testSession();

function codes(items: readonly Diagnostic[]): string[] {
  return items.map((d) => String(d.code));
}

/** A deterministic pseudo-random source (mulberry32), so a failing storm can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- an independent model of incremental sync (LSP: positions past a line's end mean its end) -------------------

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The offset of a position, clamped into the document: a line past the end is the end, a character past a line's end is that end. */
function clampedOffset(text: string, p: Position): number {
  const starts = lineStarts(text);
  if (p.line >= starts.length) return text.length;
  if (p.line < 0) return 0;
  const start = starts[p.line]!;
  if (p.character <= 0) return start;
  const next = p.line + 1 < starts.length ? starts[p.line + 1]! : text.length;
  let offset = Math.min(start + p.character, next);
  while (offset > start && (text[offset - 1] === '\n' || text[offset - 1] === '\r')) offset--;
  return offset;
}

function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  let { start, end } = change.range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
  const from = clampedOffset(text, start);
  const to = clampedOffset(text, end);
  return text.slice(0, from) + change.text + text.slice(to);
}

function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

/** A document the test edits incrementally, mirroring what the server should hold. */
class Doc {
  version: number;
  constructor(
    readonly client: TestClient,
    readonly uri: string,
    public text: string,
    version = 1,
  ) {
    this.version = version;
  }

  open(): Promise<void> {
    return this.client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: this.uri, languageId: 'outreach', version: this.version, text: this.text },
    });
  }

  close(): Promise<void> {
    return this.client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: this.uri } });
  }

  /** Sends changes (applied in order, as the protocol says) and applies them to the model. */
  change(...changes: TextDocumentContentChangeEvent[]): Promise<void> {
    for (const c of changes) this.text = applyChange(this.text, c);
    this.version++;
    return this.client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: changes,
    });
  }

  randomEdit(next: () => number): TextDocumentContentChangeEvent {
    return randomEdit(this.text, next);
  }
}

/** A random realistic edit of `text`: typing a word or a placeholder, deleting a stretch, a new line, pasting a line. */
function randomEdit(text: string, next: () => number): TextDocumentContentChangeEvent {
  const pick = (n: number) => Math.floor(next() * n);
  const at = pick(text.length + 1);
  const start = positionAt(text, at);
  const roll = next();
  if (roll < 0.45) {
    const words = [' thanks', ' [Name]', ' {{company}}', ' XXX', ' I can share our notes', '\n', '\r\n', ' 😀', ' open networker', ' we both know Sam'];
    return { range: { start, end: start }, text: words[pick(words.length)]! };
  }
  if (roll < 0.8) {
    const to = Math.min(text.length, at + pick(40));
    return { range: { start, end: positionAt(text, to) }, text: '' };
  }
  const to = Math.min(text.length, at + pick(80));
  return { range: { start, end: positionAt(text, to) }, text: 'I read your post on fleet scheduling and would love to compare notes.\n' };
}

// ---- raw bytes on the wire ---------------------------------------------------------------------------------------------

function frame(body: string | Buffer, lengthDelta = 0): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length + lengthDelta}\r\n\r\n`, 'ascii'), bytes]);
}

function hoverRequest(id: string, uri: string): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } });
}

/** Everything the server writes to stdout, for answers to requests the test client did not send itself. */
function rawOutput(client: TestClient): { text: () => string; waitFor: (pattern: string, ms?: number) => Promise<void> } {
  let text = '';
  const waiters = new Set<() => void>();
  client.child.stdout.on('data', (d: Buffer) => {
    text += d.toString('utf8');
    for (const w of [...waiters]) w();
  });
  return {
    text: () => text,
    waitFor: (pattern, ms = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!text.includes(pattern)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${pattern} from the server in ${ms} ms\n${client.stderr.join('')}`));
        }, ms);
        waiters.add(check);
        check();
      }),
  };
}

function itemsOf(report: WorkspaceDocumentDiagnosticReport | undefined): Diagnostic[] {
  if (!report) throw new Error('no report for the file');
  return report.kind === 'full' ? report.items : [];
}

// ==================================================================================================================

describe('malformed JSON-RPC', () => {
  it('drops malformed frames (bad JSON, wrong or missing Content-Length, stray bytes) and answers every well-framed request after each', async () => {
    const client = await start({ pull: true });
    const uri = fileUri('/nowhere/framing.outreach.md');
    await client.open(uri, PLACEHOLDERS);
    const expected = fresh(PLACEHOLDERS, 1);
    const bad: [string, Buffer][] = [
      ['a body that is not JSON', frame('{"jsonrpc":"2.0","id":"never","method":')],
      ['binary bytes as the body', frame(Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x01, 0x80]))],
      ['an empty body', frame('')],
      ['no Content-Length header', Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","method":"$/nothing"}')],
      ['a Content-Length that is not a number', Buffer.from('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","method":"$/nothing"}')],
      ['a negative Content-Length', Buffer.from('Content-Length: -20\r\n\r\n{"jsonrpc":"2.0","method":"$/nothing"}')],
      ['an absurd Content-Length', Buffer.from('Content-Length: 99999999999999999\r\n\r\n{"jsonrpc":"2.0","method":"$/nothing"}')],
      ['a header line without a colon', Buffer.from('hello server\r\n\r\n')],
      ['stray bytes between frames', Buffer.from('}}}\r\n\u0000\u0000 stray \r\n\r\n')],
      ['a Content-Length too small', frame(hoverRequest('lost-short', uri), -9)],
    ];
    for (const [what, bytes] of bad) {
      client.child.stdin.write(bytes);
      expect(await client.pull(uri), `right after ${what}`).toEqual(expected);
    }
    // Everything at once, then a request.
    client.child.stdin.write(Buffer.concat(bad.map(([, b]) => b)));
    expect(await client.pull(uri)).toEqual(expected);
    expect(client.child.exitCode).toBeNull();
  });

  it('answers a request whose Content-Length is too large, and the requests behind it', async () => {
    const client = await start({ pull: true });
    const raw = rawOutput(client);
    const uri = fileUri('/nowhere/framing.outreach.md');
    await client.open(uri, PLACEHOLDERS);
    // Too large, with a request right behind it: its header is swallowed into the first body.
    client.child.stdin.write(frame(hoverRequest('long-1', uri), +40));
    expect(await client.pull(uri)).toEqual(fresh(PLACEHOLDERS, 1));
    await raw.waitFor('"id":"long-1"');
    // Too large, and nothing behind it: the server does not wait for bytes that never come.
    client.child.stdin.write(frame(hoverRequest('long-2', uri), +500));
    await raw.waitFor('"id":"long-2"');
    expect(await client.pull(uri)).toEqual(fresh(PLACEHOLDERS, 1));
  });

  it('survives valid JSON that is not a JSON-RPC message', async () => {
    const client = await start({ pull: true });
    const uri = fileUri('/nowhere/json.outreach.md');
    await client.open(uri, LAZY);
    for (const body of ['[]', '42', 'null', '"hello"', '{}', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":77777,"result":{}}', '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}', '{"jsonrpc":"2.0","method":12}', '[{"jsonrpc":"2.0","id":"batch","method":"shutdown"}]']) {
      client.child.stdin.write(frame(body));
    }
    expect(await client.pull(uri)).toEqual(fresh(LAZY, 1));
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    const client = await start({ pull: true });
    const uri = fileUri('/nowhere/unknown.outreach.md');
    await client.open(uri, LAZY);
    for (const method of ['outreachLint/noSuchRequest', 'textDocument/definition', 'textDocument/rename', '$/madeUp', 'workspace/symbol']) {
      const error = await client.request((c) => c.sendRequest(method, {})).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, method).toBeInstanceOf(ResponseError);
      expect((error as ResponseError<unknown>).code, method).toBe(ErrorCodes.MethodNotFound);
    }
    for (const method of ['outreachLint/noSuchNotification', '$/madeUp', 'textDocument/didRename', 'telemetry/event']) {
      await client.connection.sendNotification(method, { anything: [1, 2, 3] });
    }
    expect(await client.pull(uri)).toEqual(fresh(LAZY, 1));
  });

  it('answers every request with invalid params (an empty result or an error), never leaving one hanging', async () => {
    const client = await start({ pull: true, folders: [] });
    const uri = fileUri('/nowhere/params.outreach.md');
    await client.open(uri, PLACEHOLDERS);
    const zero = { line: 0, character: 0 };
    const requests: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: 5 }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'one', character: null } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -4, character: -1 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 1e9, character: 1e9 } }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0.5, character: 2.5 } }],
      ['textDocument/codeAction', {}],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: 'all' } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: zero, end: zero }, context: { diagnostics: [null, 5, {}, { source: 'outreach-lint' }] } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 99, character: 0 }, end: { line: -1, character: 0 } }, context: { diagnostics: [], only: 5 } }],
      [
        'textDocument/codeAction',
        {
          textDocument: { uri },
          range: { start: zero, end: zero },
          context: {
            diagnostics: [{ range: { start: zero, end: { line: 500, character: 500 } }, message: 'x', source: 'outreach-lint', code: 'unfilled-placeholder', data: { ruleId: 'unfilled-placeholder', version: 1, suggestions: [], fix: { title: 'x', edits: [{ range: 'r', newText: 5 }] } } }],
          },
        },
      ],
      ['textDocument/codeLens', null],
      ['textDocument/codeLens', { textDocument: { uri: null } }],
      ['textDocument/diagnostic', {}],
      ['textDocument/diagnostic', { textDocument: { uri: 42 } }],
      ['textDocument/diagnostic', { textDocument: { uri: 'file:///%%%/x.outreach.md' } }],
      ['textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/query.outreach.md?x=1#y' } }],
      ['textDocument/diagnostic', { textDocument: { uri: '' } }],
      ['textDocument/diagnostic', { textDocument: { uri: `file://${'/deep'.repeat(2000)}/x.outreach.md` } }],
      ['workspace/diagnostic', {}],
      ['workspace/diagnostic', { previousResultIds: 'none' }],
      ['workspace/diagnostic', { previousResultIds: [null, 7] }],
      ['workspace/executeCommand', {}],
      ['workspace/executeCommand', { command: 5 }],
      ['workspace/executeCommand', { command: 'outreach-lint.showDocumentation', arguments: 'give-value' }],
      ['workspace/executeCommand', { command: 'outreach-lint.showDocumentation', arguments: [null, { a: 1 }] }],
      ['workspace/executeCommand', { command: 'outreach-lint.showDocumentation', arguments: ['../../../etc/passwd'] }],
    ];
    const outcomes = await Promise.all(
      requests.map(([method, params]) =>
        client.request((c) => c.sendRequest(method, params)).then(
          (result) => ({ method, answered: 'result' as const, result }),
          (error: unknown) => {
            // An error response is an answer; a timeout or a dead server is not.
            if (error instanceof ResponseError) return { method, answered: 'error' as const, result: error.code };
            throw error;
          },
        ),
      ),
    );
    expect(outcomes).toHaveLength(requests.length);
    // Garbage about a document's edits never becomes an edit.
    for (const o of outcomes.filter((o) => o.method === 'textDocument/codeAction' && o.answered === 'result')) {
      expect(o.result ?? []).toEqual([]);
    }
    // Notifications with garbage params.
    const notifications: [string, unknown][] = [
      ['textDocument/didOpen', { textDocument: { uri: fileUri('/nowhere/no-text.outreach.md'), languageId: 'outreach', version: 1 } }],
      ['textDocument/didOpen', { textDocument: { uri: fileUri('/nowhere/number.outreach.md'), languageId: 'outreach', version: 1, text: 42 } }],
      ['textDocument/didOpen', null],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: null }],
      ['textDocument/didChange', { textDocument: null, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didClose', {}],
      ['textDocument/didSave', { textDocument: 'x' }],
      ['workspace/didChangeConfiguration', { settings: 'loud' }],
      ['workspace/didChangeConfiguration', { settings: { outreachLint: { enable: 'yes', run: 7, rules: ['give-value'] } } }],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeWatchedFiles', { changes: null }],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 5, type: 9 }, null, { uri: 'file:///nowhere/x.csv', type: 'deleted' }] }],
      ['workspace/didChangeWorkspaceFolders', { event: null }],
      ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'not a uri' }], removed: 'x' } }],
      ['$/cancelRequest', { id: { nested: true } }],
      ['$/setTrace', { value: 'everything' }],
    ];
    for (const [method, params] of notifications) await client.connection.sendNotification(method, params);
    // Still serving, with the text it had.
    expect(await client.pull(uri)).toEqual(fresh(PLACEHOLDERS, 1));
    // The documents opened without usable text answer too, and heal with a full change.
    for (const broken of ['/nowhere/no-text.outreach.md', '/nowhere/number.outreach.md']) {
      const u = fileUri(broken);
      await client.pull(u).catch(() => undefined);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: LAZY }] });
      expect(await client.pull(u)).toEqual(fresh(LAZY, 2));
    }
  });
});

describe('edits with out-of-range positions', () => {
  it('clamps positions past a line, past the end and before the start; diagnostics match the text the client has', async () => {
    const client = await start({ pull: true });
    const doc = new Doc(client, fileUri('/nowhere/ranges.outreach.md'), MUTUAL);
    await doc.open();
    const p = (line: number, character: number) => ({ line, character });
    const edits: TextDocumentContentChangeEvent[] = [
      { range: { start: p(1000, 0), end: p(1000, 0) }, text: '\nThanks, and [Name] too.' },
      { range: { start: p(0, 500), end: p(0, 900) }, text: ' ' },
      { range: { start: p(-3, -7), end: p(-1, 0) }, text: '' },
      { range: { start: p(-2, 0), end: p(-2, 0) }, text: '<!-- note -->\n' },
      { range: { start: p(15, 4), end: p(14, 2) }, text: '{{company}}' },
      { range: { start: p(3, 9999), end: p(3, 9999) }, text: ' XXX' },
      { range: { start: p(10, 0), end: p(99999, 99999) }, text: 'Best,\nPriya\n' },
      { range: { start: p(2, 0), end: p(2, Number.MAX_SAFE_INTEGER) }, text: 'to:' },
      { range: { start: p(Number.MAX_SAFE_INTEGER, 0), end: p(Number.MAX_SAFE_INTEGER, 0) }, text: '\r\nP.S. I can share the simulator.' },
    ];
    for (const e of edits) {
      await doc.change(e);
      expect(await client.pull(doc.uri)).toEqual(fresh(doc.text, doc.version));
    }
    // Several out-of-range changes in one notification, each against the result of the one before.
    await doc.change(...edits);
    expect(await client.pull(doc.uri)).toEqual(fresh(doc.text, doc.version));
    // Valid edits afterwards still land where the client meant them.
    const at = doc.text.indexOf('Hi ');
    await doc.change({ range: { start: positionAt(doc.text, at), end: positionAt(doc.text, at + 3) }, text: 'Hello [First Name] ' });
    const items = await client.pull(doc.uri);
    expect(items).toEqual(fresh(doc.text, doc.version));
    expect(items.some((d) => d.code === 'unfilled-placeholder')).toBe(true);
  });

  it('stays up through changes with ill-typed ranges, and a full change brings it back in step', async () => {
    const client = await start({ pull: true });
    const uri = fileUri('/nowhere/typed.outreach.md');
    await client.open(uri, MUTUAL);
    const junk: unknown[] = [
      [{ range: null, text: 'x' }],
      [{ range: { start: { line: '1', character: 'a' }, end: { line: 1, character: 0 } }, text: 'x' }],
      [{ range: { start: { line: 0.5, character: 1.5 }, end: { line: 0.5, character: 2.25 } }, text: 'y' }],
      [{ range: { start: null, end: null }, text: 'z' }],
      [{ text: 5 }],
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      [null],
      'not a list',
    ];
    let version = 1;
    for (const contentChanges of junk) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges });
      // Answers (whatever the text became), and does not die.
      await client.pull(uri);
    }
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text: PLACEHOLDERS }] });
    expect(await client.pull(uri)).toEqual(fresh(PLACEHOLDERS, version));
  });

  it('follows the latest text when a client reuses versions, reopens without closing, or edits unknown documents', async () => {
    for (const pull of [true, false]) {
      const client = await start({ pull });
      const uri = fileUri(`/nowhere/versions-${pull}.outreach.md`);
      const final = async (text: string, version: number) => {
        if (pull) expect(await client.pull(uri)).toEqual(fresh(text, version));
        else {
          const published = await client.waitForPublished(uri, (p) => JSON.stringify(p.diagnostics) === JSON.stringify(fresh(text, version)));
          expect(published.version).toBe(version);
        }
      };
      await client.open(uri, MUTUAL, 1);
      await final(MUTUAL, 1);
      // Opened again, same version, different text (no close in between).
      await client.open(uri, PLACEHOLDERS, 1);
      await final(PLACEHOLDERS, 1);
      // A change that reuses the version number.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 1 }, contentChanges: [{ text: LAZY }] });
      await final(LAZY, 1);
      // A version that goes backwards.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 0 }, contentChanges: [{ text: MUTUAL }] });
      await final(MUTUAL, 0);
      // Edits, closes and saves of documents that were never opened are ignored.
      const stranger = fileUri('/nowhere/never-opened.outreach.md');
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: stranger, version: 3 }, contentChanges: [{ text: 'x' }] });
      await client.close(stranger);
      await client.save(stranger);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 5 }, contentChanges: [{ text: PLACEHOLDERS }] });
      await final(PLACEHOLDERS, 5);
    }
  });
});

describe('a 10 MB file', () => {
  const huge = (() => {
    const paragraph = 'I read your post on scheduling warehouse robot fleets; the part on battery-aware routing changed how my team plans shifts.\n';
    let text = `${LAZY}\n`;
    while (text.length < 10 * 1024 * 1024) text += paragraph.repeat(1000);
    return text;
  })();

  it('is answered at once with one diagnostic saying it is over the limit, and linted again when cut down', async () => {
    const client = await start({ pull: true });
    const doc = new Doc(client, fileUri('/nowhere/huge.outreach.md'), huge);
    await doc.open();
    const items = await client.pull(doc.uri);
    expect(codes(items)).toEqual(['file-too-large']);
    expect(items[0]!.message).toMatch(new RegExp(`Not linted: .*over the limit of ${MAX_LINT_LENGTH.toLocaleString('en-US')}`));
    expect(items).toEqual(fresh(huge, 1));
    // Every other request on it is answered too.
    const zero = { line: 0, character: 0 };
    await client.request((c) => c.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line: 40_000, character: 3 } }));
    await client.request((c) => c.sendRequest(CodeLensRequest.type, { textDocument: { uri: doc.uri } }));
    await client.codeActions(doc.uri, { start: zero, end: zero }, items, ['quickfix', 'source.fixAll']);
    // Typing in it (one character at a time) and cutting it down to a message.
    for (let i = 0; i < 20; i++) await doc.change({ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'x' });
    expect(await client.pull(doc.uri)).toEqual(fresh(doc.text, doc.version));
    await doc.change({ range: { start: positionAt(doc.text, LAZY.length), end: { line: 1e9, character: 0 } }, text: '' });
    expect(doc.text).toBe(LAZY);
    expect(await client.pull(doc.uri)).toEqual(fresh(LAZY, doc.version));
  });

  it('gets the same diagnostic pushed to a client without pull', async () => {
    const client = await start({ pull: false });
    const uri = fileUri('/nowhere/huge-push.outreach.md');
    await client.open(uri, huge);
    const published = await client.waitForPublished(uri);
    expect(published).toMatchObject({ version: 1, diagnostics: fresh(huge, 1) });
  });

  it('on disk, unopened, is reported as too large without being read into the lint', async () => {
    const ws = workspace({ 'ok.outreach.md': LAZY });
    writeFileSync(path.join(ws.dir, 'huge.outreach.md'), huge);
    const big = LAZY + 'x'.repeat(MAX_LINT_LENGTH);
    writeFileSync(path.join(ws.dir, 'big.outreach.md'), big);
    for (const noWorker of [false, true]) {
      const client = await start({ pull: true, folders: [ws.dir], noWorker });
      const items = await workspacePull(client);
      const of = (name: string) => itemsOf(items.find((i) => i.uri === ws.uri(name)));
      expect(codes(of('huge.outreach.md'))).toEqual(['file-too-large']);
      expect(of('huge.outreach.md')[0]!.message).toMatch(/^Not linted: the file is 10(\.\d)? MB, over the/);
      expect(of('big.outreach.md')).toEqual(fresh(big, null));
      expect(of('ok.outreach.md')).toEqual(fresh(LAZY, null));
      await client.stop();
    }
  });
});

describe('binary files', () => {
  it('lints an open document of binary junk like any text', async () => {
    const client = await start({ pull: true });
    const next = random(7);
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode(Math.floor(next() * 0x10000));
    junk += '\u0000\uD800\uDFFF\uFFFE\uFEFF';
    const uri = fileUri('/nowhere/junk.outreach.md');
    await client.open(uri, junk);
    expect(await client.pull(uri)).toEqual(fresh(junk, 1));
    const zero = { line: 0, character: 0 };
    await client.codeActions(uri, { start: zero, end: { line: 9999, character: 0 } }, await client.pull(uri), ['quickfix', 'source.fixAll']);
  });

  it('reports a binary template, config and recipients file in the workspace and lints the rest', async () => {
    const ws = workspace({
      'ok/dana.outreach.md': MUTUAL,
      'merge/people.csv': '',
      'merge/mail.outreach.md': '---\nrecipients: ./people.csv\n---\nHi {{firstName}},\n\nI can share our notes on fleet routing.\n',
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]);
    writeFileSync(path.join(ws.dir, 'image.outreach.md'), png);
    writeFileSync(path.join(ws.dir, 'ok/.outreachlintrc.json'), png);
    writeFileSync(path.join(ws.dir, 'merge/people.csv'), Buffer.concat([png, Buffer.from('\nname,\u0000\n"unclosed')]));
    for (const noWorker of [false, true]) {
      const client = await start({ pull: true, folders: [ws.dir], noWorker });
      const items = await workspacePull(client);
      const of = (name: string) => itemsOf(items.find((i) => i.uri === ws.uri(name)));
      expect(codes(of('image.outreach.md'))).toEqual(['file-unreadable']);
      // A binary config is a problem on the config file; the template below it is linted with the defaults.
      expect(of('ok/dana.outreach.md')).toEqual(fresh(MUTUAL, null));
      const config = await client.waitForPublished(ws.uri('ok/.outreachlintrc.json'), (p) => p.diagnostics.length > 0);
      expect(config.diagnostics[0]!.message).toMatch(/^Invalid JSON/);
      // A binary recipients file: whatever the product's loader makes of it, the lint is the engine's.
      const mail = path.join(ws.dir, 'merge/mail.outreach.md');
      const loader = new RecipientsLoader([ws.dir]);
      const text = readFileSync(mail, 'utf8');
      expect(of('merge/mail.outreach.md')).toEqual(fresh(text, null, [], (rel) => loader.load(mail, rel)));
      // Opened, the same.
      await client.open(ws.uri('merge/mail.outreach.md'), text);
      expect(await client.pull(ws.uri('merge/mail.outreach.md'))).toEqual(fresh(text, 1, [], (rel) => loader.load(mail, rel)));
      await client.stop();
    }
  });
});

describe('open/change/close storms', () => {
  /** A bound, not a timing assertion: the machine may be busy, the server must only get there. */
  const STORM_WAIT_MS = 60_000;

  it('pull: thousands of changes over many documents with pulls in flight; every pull is answered and the last equals a fresh lint', async () => {
    const client = await start({ pull: true });
    const next = random(2024);
    const seeds = [MUTUAL, PLACEHOLDERS, LAZY, ''];
    const docs = Array.from({ length: 60 }, (_, i) => new Doc(client, fileUri(`/nowhere/storm/${i}.outreach.md`), seeds[i % seeds.length]!));
    const open = new Set<Doc>();
    const sent: Promise<unknown>[] = [];
    const pulls: Promise<Diagnostic[]>[] = [];
    for (const d of docs) {
      sent.push(d.open());
      open.add(d);
    }
    for (let i = 0; i < 5000; i++) {
      const d = docs[Math.floor(next() * docs.length)]!;
      if (!open.has(d)) {
        // Reopened with what it had, at a fresh version.
        d.version++;
        sent.push(d.open());
        open.add(d);
        continue;
      }
      const roll = next();
      if (roll < 0.02) {
        sent.push(d.close());
        open.delete(d);
      } else if (roll < 0.06) {
        pulls.push(client.pull(d.uri));
      } else if (roll > 0.95) {
        // Several changes in one notification: each applies to the result of the one before.
        const first = d.randomEdit(next);
        const second = randomEdit(applyChange(d.text, first), next);
        sent.push(d.change(first, second));
      } else {
        sent.push(d.change(d.randomEdit(next)));
      }
    }
    await Promise.all(sent);
    const answered = await Promise.all(pulls);
    expect(answered.length).toBeGreaterThan(100);
    for (const d of open) expect(await client.pull(d.uri), d.uri).toEqual(fresh(d.text, d.version));
    expect(client.child.exitCode).toBeNull();
  });

  it('push: the last diagnostics published for each open document are for its last version; closed ones are cleared', async () => {
    const client = await start({ pull: false });
    const next = random(99);
    const docs = Array.from({ length: 40 }, (_, i) => new Doc(client, fileUri(`/nowhere/push-storm/${i}.outreach.md`), i % 2 ? MUTUAL : PLACEHOLDERS));
    const open = new Set<Doc>();
    const sent: Promise<void>[] = [];
    for (const d of docs) {
      sent.push(d.open());
      open.add(d);
    }
    for (let i = 0; i < 4000; i++) {
      const d = docs[Math.floor(next() * docs.length)]!;
      if (!open.has(d)) {
        d.version++;
        sent.push(d.open());
        open.add(d);
      } else if (next() < 0.03) {
        sent.push(d.close());
        open.delete(d);
      } else {
        sent.push(d.change(d.randomEdit(next)));
      }
    }
    await Promise.all(sent);
    for (const d of docs) {
      if (open.has(d)) {
        const expected = JSON.stringify(fresh(d.text, d.version));
        const last = () => client.published.get(d.uri);
        await client.waitFor(`the last diagnostics of ${d.uri}`, () => last()?.version === d.version && JSON.stringify(last()!.diagnostics) === expected, STORM_WAIT_MS);
      } else {
        await client.waitFor(`${d.uri} cleared`, () => client.published.get(d.uri)?.diagnostics.length === 0, STORM_WAIT_MS);
      }
    }
  });

  it('the same document opened and closed a thousand times ends with the diagnostics of its last text', async () => {
    for (const pull of [true, false]) {
      const client = await start({ pull });
      const uri = fileUri(`/nowhere/flicker-${pull}.outreach.md`);
      const texts = [MUTUAL, PLACEHOLDERS, LAZY];
      const sent: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++) {
        sent.push(client.open(uri, texts[i % 3]!, 1));
        sent.push(client.close(uri));
      }
      sent.push(client.open(uri, texts[1000 % 3]!, 1));
      await Promise.all(sent);
      const expected = fresh(texts[1000 % 3]!, 1);
      if (pull) expect(await client.pull(uri)).toEqual(expected);
      else await client.waitFor('the last diagnostics', () => JSON.stringify(client.published.get(uri)?.diagnostics) === JSON.stringify(expected), STORM_WAIT_MS);
    }
  });
});

describe('a workspace folder that disappears', () => {
  const config = '{ "rules": { "give-value": "off", "explain-why": "info" } }\n';
  const layer: ConfigFile = { rules: { 'give-value': 'off', 'explain-why': 'info' } };

  it('with the events an editor sends: its files are cleared, open documents go on with the defaults', async () => {
    for (const noWorker of [false, true]) {
      const parent = workspace({});
      const dir = path.join(parent.dir, 'campaign');
      const files = { '.outreachlintrc.json': config, 'dana.outreach.md': MUTUAL, 'drafts/lazy.outreach.md': LAZY };
      for (const [rel, text] of Object.entries(files)) parent.write(`campaign/${rel}`, text);
      const uri = (rel: string) => fileUri(path.join(dir, rel));
      const client = await start({ pull: true, folders: [dir], noWorker });
      const first = await workspacePull(client);
      expect(itemsOf(first.find((i) => i.uri === uri('drafts/lazy.outreach.md')))).toEqual(fresh(LAZY, null, [layer]));
      await client.open(uri('dana.outreach.md'), MUTUAL);
      expect(await client.pull(uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1, [layer]));

      rmSync(dir, { recursive: true, force: true });
      await client.filesChanged(Object.keys(files).map((rel) => ({ uri: uri(rel), type: FileChangeType.Deleted })));
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: { added: [], removed: [{ uri: fileUri(dir), name: 'campaign' }] },
      });
      const known = first.map((i) => ({ uri: i.uri, value: i.resultId! }));
      const after = await workspacePull(client, known);
      expect(itemsOf(after.find((i) => i.uri === uri('drafts/lazy.outreach.md')))).toEqual([]);
      // The open document is still served, now without the config that is gone.
      expect(await client.pull(uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1));
      await client.change(uri('dana.outreach.md'), LAZY);
      expect(await client.pull(uri('dana.outreach.md'))).toEqual(fresh(LAZY, 2));
      const summary = await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' }));
      expect(summary).toMatchObject({ files: 1 });
      await client.stop();
    }
  });

  it('without any event: Lint Workspace and the next requests are answered, and nothing of it is left', async () => {
    const parent = workspace({});
    const dir = path.join(parent.dir, 'campaign');
    parent.write('campaign/.outreachlintrc.json', config);
    parent.write('campaign/dana.outreach.md', MUTUAL);
    parent.write('campaign/lazy.outreach.md', LAZY);
    const uri = (rel: string) => fileUri(path.join(dir, rel));
    const client = await start({ pull: true, folders: [dir], watchers: false });
    const first = await workspacePull(client);
    expect(first).toHaveLength(2);
    await client.open(uri('dana.outreach.md'), MUTUAL);
    expect(await client.pull(uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1, [layer]));

    rmSync(dir, { recursive: true, force: true });
    const summary = await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' }));
    expect(summary).toMatchObject({ files: 1 });
    const after = await workspacePull(client, first.map((i) => ({ uri: i.uri, value: i.resultId! })));
    expect(itemsOf(after.find((i) => i.uri === uri('lazy.outreach.md')))).toEqual([]);
    expect(await client.pull(uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1));
    // A closed file that is gone: nothing to report.
    expect(await client.pull(uri('lazy.outreach.md'))).toEqual([]);
    await client.save(uri('dana.outreach.md'));
    await client.close(uri('dana.outreach.md'));
    expect(await client.pull(uri('dana.outreach.md'))).toEqual([]);
  });
});

describe('broken configs', () => {
  /** `problemIn`: the config file the problem is on (the one whose `extends` closes a cycle), by default the folder's. */
  type Case = { name: string; files: Record<string, string>; layers: ConfigFile[]; problem: RegExp; problemIn?: string };
  const own = { rules: { 'give-value': 'off' } } as const;
  const cases: Case[] = [
    { name: 'invalid JSON', files: { '.outreachlintrc.json': '{ "rules": { "give-value": "off" ' }, layers: [], problem: /^Invalid JSON/ },
    { name: 'an empty file', files: { '.outreachlintrc.json': '' }, layers: [], problem: /^Invalid JSON/ },
    { name: 'extends itself', files: { '.outreachlintrc.json': '{ "extends": "./.outreachlintrc.json", "rules": { "give-value": "off" } }' }, layers: [own], problem: /cycle/ },
    {
      name: 'extends a file that extends it back',
      files: { '.outreachlintrc.json': '{ "extends": "./base.json", "rules": { "give-value": "off" } }', 'base.json': '{ "extends": "./.outreachlintrc.json", "rules": { "explain-why": "info" } }' },
      layers: [{ rules: { 'explain-why': 'info' } }, own],
      problem: /cycle: \.outreachlintrc\.json -> base\.json -> \.outreachlintrc\.json/,
      problemIn: 'base.json',
    },
    { name: 'extends a missing file', files: { '.outreachlintrc.json': '{ "extends": "./missing.json", "rules": { "give-value": "off" } }' }, layers: [own], problem: /not found/ },
    { name: 'extends a folder', files: { '.outreachlintrc.json': '{ "extends": ["./sub", ""], "rules": { "give-value": "off" } }', 'sub/x.txt': '' }, layers: [own], problem: /not found/ },
    { name: 'extends a number', files: { '.outreachlintrc.json': '{ "extends": 42, "rules": { "give-value": "off" } }' }, layers: [own], problem: /"extends" must be a path/ },
    { name: 'extends a list with junk', files: { '.outreachlintrc.json': '{ "extends": [null, {}, 7], "rules": { "give-value": "off" } }' }, layers: [own], problem: /"extends" must be a path/ },
    { name: 'the wrong shapes everywhere', files: { '.outreachlintrc.json': '{ "rules": [], "channels": "all", "phrases": 5, "root": "yes" }' }, layers: [], problem: /./ },
    { name: 'a top-level list', files: { '.outreachlintrc.json': '[{ "rules": { "give-value": "off" } }]' }, layers: [], problem: /./ },
    { name: 'deeply nested JSON', files: { '.outreachlintrc.json': `{ "rules": ${'['.repeat(50_000)}${']'.repeat(50_000)} }` }, layers: [], problem: /./ },
  ];

  for (const c of cases) {
    it(`${c.name}: a problem on the config file; templates are linted as the engine lints them with what is valid`, async () => {
      const ws = workspace({ ...c.files, 'dana.outreach.md': MUTUAL, 'lazy.outreach.md': LAZY });
      const client = await start({ pull: true, folders: [ws.dir] });
      const problems = await client.waitForPublished(ws.uri(c.problemIn ?? '.outreachlintrc.json'), (p) => p.diagnostics.length > 0);
      expect(problems.diagnostics.some((d) => c.problem.test(messageOf(d))), JSON.stringify(problems.diagnostics)).toBe(true);
      const items = await workspacePull(client);
      expect(itemsOf(items.find((i) => i.uri === ws.uri('lazy.outreach.md')))).toEqual(fresh(LAZY, null, c.layers));
      await client.open(ws.uri('dana.outreach.md'), MUTUAL);
      expect(await client.pull(ws.uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1, c.layers));
      // Repaired on disk: the problem goes, the config applies.
      writeFileSync(path.join(ws.dir, '.outreachlintrc.json'), '{ "rules": { "explain-why": "off" } }');
      await client.filesChanged([{ uri: ws.uri('.outreachlintrc.json'), type: FileChangeType.Changed }]);
      await client.waitForPublished(ws.uri(c.problemIn ?? '.outreachlintrc.json'), (p) => p.diagnostics.length === 0);
      expect(await client.pull(ws.uri('dana.outreach.md'))).toEqual(fresh(MUTUAL, 1, [{ rules: { 'explain-why': 'off' } }]));
    });
  }

  it('a config that is a symlink to itself, or a dangling one, is a problem too, not a crash', async () => {
    const ws = workspace({ 'dana.outreach.md': MUTUAL, 'team/lazy.outreach.md': LAZY });
    symlinkSync('.outreachlintrc.json', path.join(ws.dir, '.outreachlintrc.json'));
    symlinkSync('./gone.json', path.join(ws.dir, 'team/.outreachlintrc.json'));
    const client = await start({ pull: true, folders: [ws.dir] });
    const items = await workspacePull(client);
    expect(itemsOf(items.find((i) => i.uri === ws.uri('dana.outreach.md')))).toEqual(fresh(MUTUAL, null));
    expect(itemsOf(items.find((i) => i.uri === ws.uri('team/lazy.outreach.md')))).toEqual(fresh(LAZY, null));
  });
});
