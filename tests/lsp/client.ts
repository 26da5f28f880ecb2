// A small LSP client for protocol tests: spawns the bundled server over stdio and records what it sends.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRefreshRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  UnregistrationRequest,
  WorkspaceDiagnosticRequest,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type DidChangeWatchedFilesRegistrationOptions,
  type FileChangeType,
  type FileEvent,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type TextEdit,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, lint, resolveConfig, type ConfigFile, type RecipientsResult } from '../../shared/src/index';
import { toDiagnostic } from '../../server/src/adapter/diagnostics';

export const SERVER_JS = path.resolve(__dirname, '../../dist/server.js');
const WAIT_MS = 10_000;

/** How the test client presents itself. */
export interface ClientOptions {
  /** Pull diagnostics (VS Code) or push only (Neovim 0.7 and most editors). */
  readonly pull: boolean;
  readonly folders?: readonly string[];
  /** Answer to `workspace/configuration` for `outreachLint` (undefined: the client has no such capability). */
  readonly settings?: Record<string, unknown>;
  readonly watchers?: boolean;
  /** The client takes `{ baseUri, pattern }` watchers (LSP 3.17 relative patterns), as VS Code does. */
  readonly relativePatterns?: boolean;
  readonly documentChanges?: boolean;
  readonly snippets?: boolean;
  readonly initializationOptions?: Record<string, unknown>;
  /** Lint workspace files on the server's main thread instead of its scan worker. */
  readonly noWorker?: boolean;
}

/** A running server and the client side of its connection. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly registrations: Registration[] = [];
  readonly shownDocuments: string[] = [];
  readonly stderr: string[] = [];
  refreshes = 0;
  settings: Record<string, unknown> | undefined;
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly waiters = new Set<() => void>();
  private exited = false;
  private readonly exit: Promise<never>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly options: ClientOptions,
  ) {
    this.settings = options.settings;
    this.exit = new Promise<never>((_, reject) => child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal})\n${this.stderr.join('')}`))));
    this.exit.catch(() => undefined);
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    child.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    child.on('exit', () => {
      this.exited = true;
      this.notify();
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p);
      this.notify();
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings ?? null));
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      this.notify();
    });
    this.connection.onRequest(UnregistrationRequest.type, (p) => {
      for (const gone of p.unregisterations) {
        const at = this.registrations.findIndex((r) => r.id === gone.id);
        if (at >= 0) this.registrations.splice(at, 1);
      }
      this.notify();
    });
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.notify();
    });
    this.connection.onRequest(CodeLensRefreshRequest.type, () => undefined);
    this.connection.onRequest(ShowDocumentRequest.type, (p) => {
      this.shownDocuments.push(p.uri);
      this.notify();
      return { success: true };
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.stderr.push(`${p.message}\n`);
    });
    this.connection.listen();
  }

  /** Spawns `node dist/server.js --stdio` and initializes it. */
  static async start(options: ClientOptions): Promise<{ client: TestClient; result: InitializeResult }> {
    const env = options.noWorker ? { ...process.env, OUTREACH_LINT_NO_WORKER: '1' } : process.env;
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: 'pipe', env });
    const client = new TestClient(child, options);
    const capabilities: ClientCapabilities = {
      general: { positionEncodings: ['utf-16'] },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: {
        workspaceFolders: true,
        ...(options.settings !== undefined ? { configuration: true } : {}),
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: options.watchers !== false, relativePatternSupport: options.relativePatterns === true },
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
        codeLens: { refreshSupport: true },
        workspaceEdit: { documentChanges: options.documentChanges ?? false, resourceOperations: ['create'], snippetEditSupport: options.snippets ?? false },
      },
      window: { showDocument: { support: true } },
    };
    const folders = options.folders ?? [];
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, result };
  }

  /** Resolves when `check` returns a value (re-checked on every message from the server); rejects after the time bound. */
  waitFor<T>(what: string, check: () => T | undefined | false, ms = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value);
        } else if (this.exited) {
          cleanup();
          reject(new Error(`server exited while waiting for ${what}\n${this.stderr.join('')}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}\n${this.stderr.join('')}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(attempt);
      };
      this.waiters.add(attempt);
      attempt();
    });
  }

  /** The next diagnostics pushed for `uri` that satisfy `check`. */
  waitForPublished(uri: string, check: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const p = this.published.get(uri);
      return p && check(p) ? p : undefined;
    });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'outreach', version, text } });
  }

  /** Replaces the whole text (a full-content change); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies a workspace edit's edits for `uri` to the client's copy and sends the change. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<string> {
    const text = applyWorkspaceEdit(this.text(uri), uri, edit);
    await this.change(uri, text);
    return text;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** True when a file watcher the server has registered (and not unregistered) matches the file. */
  watches(filePath: string): boolean {
    return this.registrations
      .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
      .flatMap((r) => (r.registerOptions as DidChangeWatchedFilesRegistrationOptions).watchers)
      .some((w) => globMatches(w.globPattern, filePath));
  }

  /**
   * Tells the server a file changed on disk the way an editor's file watcher does: only when a registered
   * watcher matches it (an editor does not report files nobody asked it to watch).
   */
  async fileChangedOnDisk(filePath: string, type: FileChangeType): Promise<void> {
    if (!this.watches(filePath)) throw new Error(`no registered watcher matches ${filePath}`);
    await this.filesChanged([{ uri: fileUri(filePath), type }]);
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** Sends a request; fails (instead of hanging) when the server exits or does not answer in time. */
  request<R>(send: (connection: ProtocolConnection) => Promise<R>, ms = 20_000): Promise<R> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms\n${this.stderr.join('')}`)), ms);
    });
    return Promise.race([send(this.connection), this.exit, timeout]).finally(() => clearTimeout(timer));
  }

  /** `textDocument/diagnostic`, expecting a full report. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.request((c) => c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.request((c) =>
      c.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }),
    );
    return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The server is gone already.
      }
      await this.waitFor('exit', () => this.exited, 5000).catch(() => this.child.kill('SIGKILL'));
    }
    this.connection.dispose();
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Applies the edits a workspace edit makes to one document (`changes` or `documentChanges`, snippets as their text). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [];
  for (const e of edit.changes?.[uri] ?? []) edits.push(e);
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
    for (const e of change.edits) {
      if ('snippet' in e) edits.push({ range: e.range, newText: snippetText(e.snippet.value) });
      else edits.push(e);
    }
  }
  return TextDocument.applyEdits(TextDocument.create(uri, 'outreach', 0, text), edits);
}

/** The text a snippet inserts once its placeholders keep their defaults. */
export function snippetText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length) out += snippet[++i];
    else if (c === '$' && snippet[i + 1] === '{') {
      const colon = snippet.indexOf(':', i);
      i = colon;
    } else if (c === '}') continue;
    else out += c;
  }
  return out;
}

/** Whether an LSP glob pattern (a string, or a pattern relative to a base URI) matches an absolute file path. */
export function globMatches(glob: string | { baseUri: string | { uri: string }; pattern: string }, filePath: string): boolean {
  const target = filePath.split(path.sep).join('/');
  if (typeof glob === 'string') return globRegExp(glob).test(target);
  const base = decodeURIComponent(new URL(typeof glob.baseUri === 'string' ? glob.baseUri : glob.baseUri.uri).pathname).replace(/\/$/, '');
  return target.startsWith(`${base}/`) && globRegExp(glob.pattern).test(target.slice(base.length + 1));
}

function globRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      out += `[${glob.slice(i + 1, close).replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

/** A temporary workspace folder with the given files (relative path -> text). */
export function makeWorkspace(files: Record<string, string>): { dir: string; uri: (rel: string) => string; write: (rel: string, text: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'outreach-lsp-'));
  const write = (rel: string, text: string) => {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return { dir, uri: (rel) => fileUri(path.join(dir, rel)), write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The servers and folders of a test file's tests, each stopped or removed after the test that made it: call once
 * at the top of a test file (it registers an afterEach hook). Cleanups run newest first.
 */
export function testSession() {
  let cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.reverse()) await c();
    cleanups = [];
  });
  const onCleanup = (cleanup: () => Promise<void> | void) => {
    cleanups.push(cleanup);
  };
  /** Starts a server; its client and the answer to `initialize`. */
  const startServer = async (options: ClientOptions) => {
    const started = await TestClient.start(options);
    onCleanup(() => started.client.stop());
    return started;
  };
  return {
    onCleanup,
    startServer,
    /** Starts a server; its client. */
    start: async (options: ClientOptions) => (await startServer(options)).client,
    /** A temporary workspace folder with the given files. */
    workspace: (files: Record<string, string>) => {
      const ws = makeWorkspace(files);
      onCleanup(ws.cleanup);
      return ws;
    },
  };
}

/** What the server must answer for `text`: the engine's own lint, converted as the adapter converts findings. */
export function fresh(text: string, version: number | null, layers: readonly ConfigFile[] = [], loadRecipients?: (relative: string) => RecipientsResult): Diagnostic[] {
  const result = lint(text, { config: resolveConfig([...layers]), ...(loadRecipients ? { loadRecipients } : {}) });
  const index = new LineIndex(text);
  return result.findings.map((f) => toDiagnostic(f, index, version));
}

/** A diagnostic's message as text (markup or plain). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** `workspace/diagnostic`: the reports of the files whose result ids differ from `known` (all, by default). */
export async function workspacePull(client: TestClient, known: { uri: string; value: string }[] = []): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const report = await client.request((c) => c.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: known }));
  return report.items;
}
