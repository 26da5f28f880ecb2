import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Disposable,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { fixUntilStable, LineIndex, type Finding, type LintResult } from '../../shared/src/index.js';
import { FIX_ALL_KIND, SHOW_DOCUMENTATION_COMMAND, toCodeActions, type ContextDiagnostic, type EditSupport } from './adapter/code-actions.js';
import { readDiagnosticData, toDiagnostic } from './adapter/diagnostics.js';
import { findingsAt, hoverMarkdown } from './adapter/hover.js';
import { sameRange } from './adapter/positions.js';
import { ruleDocsUrl } from './adapter/rule-docs.js';
import { messageLine, scoreLens } from './adapter/score.js';
import { Linter } from './lsp/linter.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './lsp/settings.js';
import { diagnoseFile, type ReportStore } from './lsp/diagnose-file.js';
import { ScanWorker, type Remembered } from './lsp/scan-worker.js';
import { nextResultId, SESSION, uriKey, WorkspaceFiles, yieldToMessages, type WorkspaceEntry } from './lsp/workspace-files.js';
import { CONFIG_FILE_NAME } from './workspace/config.js';

/** The server command that re-scans every workspace folder and answers with the problem count. */
export const LINT_WORKSPACE_COMMAND = 'outreach-lint.lintWorkspace';

/** A custom request: which process serves, and how (crash-recovery tests, bug reports). */
export const SERVER_INFO_REQUEST = 'outreachLint/serverInfo';

/** What `outreachLint/serverInfo` answers. */
export interface ServerInfo {
  readonly pid: number;
  readonly version: string;
  /** False in an untrusted workspace (VS Code Restricted Mode): recipients files are not read. */
  readonly trusted: boolean;
  readonly scanWorker: boolean;
  /** Workspace files linted (or found in the scan cache) since the server started: by the scan worker, and on this thread. */
  readonly scanned: { readonly worker: number; readonly server: number };
}

/** What "Lint Workspace" answers. */
export interface WorkspaceSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** One open document linted at one version, with everything the handlers derive from it. */
interface OpenLint {
  readonly revision: number;
  readonly version: number;
  readonly generation: number;
  readonly settings: Settings;
  readonly result: LintResult;
  readonly index: LineIndex;
  readonly diagnostics: Diagnostic[];
}

/** How long linting workspace files on this thread (its own scan lane, or all of them without a worker) may hold it before yielding. */
const SLICE_MS = 2;
/**
 * Workspace batches the scan worker has at once: while this thread takes one batch's results, it has the next to
 * lint. A further lane lints on this thread, in SLICE_MS slices, so a scan uses both cores without a second isolate.
 */
const WORKER_LANES = 2;
/**
 * How long after an edit of an open document the server's own scan lane stands down (its files go to the worker):
 * each JSON-RPC message waits for a turn of the event loop, and with a scan slice in every turn an edit's
 * diagnostics took 10x longer (2.3 -> 24 ms median under load) while a scan ran.
 */
const TYPING_QUIET_MS = 300;
/** How often a streaming workspace pull reports while the first scan runs. */
const STREAM_MS = 100;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves when the request is cancelled (never, otherwise; the listener goes with the token). */
function waitForCancel(token: { isCancellationRequested: boolean; onCancellationRequested: (listener: () => void) => unknown }): Promise<void> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });
}

/** Installs every handler on a connection; the transport (IPC, stdio) is the caller's choice. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (message: string) => connection.console.error(message);

  let caps: ClientCapabilities = {};
  let pull = false;
  let folders: string[] = [];
  let editSupport: EditSupport = { documentChanges: false, snippets: false, createFiles: false };
  let globalSettings: Settings = DEFAULT_SETTINGS;
  let trusted = true;
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Bumped whenever config, settings or recipients change: every cached result is then stale. */
  let generation = 0;
  const openLints = new Map<string, OpenLint>();
  const published = new Map<string, string>();
  let linter = new Linter([], true, publishConfigProblems, watchConfigFiles);

  let scanWorker: ScanWorker | undefined;
  const workspace = new WorkspaceFiles(diagnoseFiles, log, () => (scanWorker?.alive ? WORKER_LANES + 1 : 1));

  // ---- helpers -------------------------------------------------------------------------------

  /** Runs a handler; a failure is logged and answered with an empty result, never a stale one. */
  function guard<P, R>(name: string, empty: R, handler: (params: P, ...rest: any[]) => R | Promise<R>) {
    return async (params: P, ...rest: any[]): Promise<R> => {
      try {
        return await handler(params, ...rest);
      } catch (error) {
        log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };
  }

  function filePathOf(uri: string): string | undefined {
    try {
      const parsed = URI.parse(uri);
      return parsed.scheme === 'file' ? parsed.fsPath : undefined;
    } catch {
      return undefined;
    }
  }

  function folderOf(filePath: string | undefined): string | undefined {
    if (!filePath) return undefined;
    return folders
      .filter((f) => {
        const rel = path.relative(f, filePath);
        return !rel.startsWith('..') && !path.isAbsolute(rel);
      })
      .sort((a, b) => b.length - a.length)[0];
  }

  /** The settings for a resource: asked of the client once per workspace folder, then cached. */
  function settingsFor(uri: string): Promise<Settings> {
    if (!caps.workspace?.configuration) return Promise.resolve(globalSettings);
    const folder = folderOf(filePathOf(uri));
    const scopeUri = folder ? URI.file(folder).toString() : uri;
    let settings = settingsCache.get(scopeUri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri, section: 'outreachLint' })
        .then(normalizeSettings, (error) => {
          log(`Could not read settings: ${String(error)}`);
          return globalSettings;
        });
      settingsCache.set(scopeUri, settings);
    }
    return settings;
  }

  /** Open documents by normalised URI (workspace entries carry normalised URIs already). */
  const openUris = new Set<string>();
  /**
   * Bumped on every open and change of a document. Cached lints and result ids follow it, not the client's
   * version numbers, so a client that reuses a version (or reopens without closing) still gets its latest text linted.
   */
  const revisions = new Map<string, number>();
  let lastRevision = 0;
  const revisionOf = (uri: string) => revisions.get(uri) ?? 0;

  /** Lints an open document as it is now (memoised per content revision and generation). */
  function lintOpen(doc: TextDocument, settings: Settings): OpenLint {
    const cached = openLints.get(doc.uri);
    const revision = revisionOf(doc.uri);
    if (cached && cached.revision === revision && cached.generation === generation && cached.settings === settings) return cached;
    const text = doc.getText();
    const result = linter.lint(filePathOf(doc.uri), text, settings);
    const index = new LineIndex(text);
    const diagnostics = settings.enable ? result.findings.map((f) => toDiagnostic(f, index, doc.version)) : [];
    const lint: OpenLint = { revision, version: doc.version, generation, settings, result, index, diagnostics };
    openLints.set(doc.uri, lint);
    return lint;
  }

  const scanned = { worker: 0, server: 0 };
  /** When an open document last changed (performance.now()); the server's scan lane waits for a quiet spell. */
  let lastTyped = -Infinity;
  const typing = () => performance.now() - lastTyped < TYPING_QUIET_MS;
  /**
   * Lints workspace files from disk: the first lanes on the scan worker, the last (or every lane, without a worker) here
   * in short slices. A reopened workspace whose files the worker's cache mostly has sends every lane to the worker.
   */
  async function diagnoseFiles(paths: readonly string[], lane: number): Promise<readonly (Diagnostic[] | null)[]> {
    const files = await Promise.all(paths.map(async (p) => ({ path: p, settings: await settingsFor(URI.file(p).toString()) })));
    // With a scan cache, this thread's lane waits for the worker's first answer: on a reopened workspace it has most
    // files already, and linting them here would only redo them.
    if (scanWorker?.alive && lane >= WORKER_LANES && scanWorker.caches) await scanWorker.answered;
    if (scanWorker?.alive && (lane < WORKER_LANES || scanWorker.mostlyCached || typing())) {
      const results = await onWorker(scanWorker, files);
      if (results) return results;
    }
    const contents = await Promise.all(paths.map((p) => readFile(p).catch((error: Error) => error)));
    // Reports made here go to the worker's scan cache, so the next session finds them too.
    const worker = scanWorker?.alive && scanWorker.caches ? scanWorker : undefined;
    const remembered: Remembered[] = [];
    const store: ReportStore | undefined = worker && { get: () => undefined, set: (...args) => void remembered.push(args) };
    const results: (Diagnostic[] | null)[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < files.length; i++) {
      results.push(diagnoseFile(linter, files[i]!.path, contents[i]!, files[i]!.settings, store));
      scanned.server++;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMessages();
        sliceStart = performance.now();
        // Typing started: the rest of the batch goes to the worker, which lints it while this thread answers.
        if (scanWorker?.alive && typing() && i + 1 < files.length) {
          worker?.remember(remembered.splice(0));
          const rest = await onWorker(scanWorker, files.slice(i + 1));
          if (rest) return results.concat(rest);
        }
      }
    }
    worker?.remember(remembered);
    return results;
  }

  /** Lints files on the scan worker, counting them; undefined (logged) when the worker failed, so this thread lints them. */
  async function onWorker(worker: ScanWorker, files: readonly { path: string; settings: Settings }[]): Promise<readonly (Diagnostic[] | null)[] | undefined> {
    try {
      const results = await worker.lint(files);
      scanned.worker += results.length;
      return results;
    } catch (error) {
      log(`Scan worker failed: ${String(error)}`);
      return undefined;
    }
  }

  /** Starts the scan worker (once); without one, workspace files are linted on this thread. */
  function startScanWorker(trusted: boolean, cacheFile: string | undefined): void {
    if (scanWorker || process.env.OUTREACH_LINT_NO_WORKER) return;
    try {
      scanWorker = new ScanWorker(__filename, folders, trusted, publishConfigProblems, log, watchConfigFiles, cacheFile);
    } catch (error) {
      log(`No scan worker (${String(error)}); linting workspace files on the main thread`);
    }
  }

  const configPublished = new Map<string, string>();
  /** Config file problems come from this thread's linter and the worker's; each change is sent once. */
  function publishConfigProblems(file: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((configPublished.get(file) ?? '[]') === key) return;
    configPublished.set(file, key);
    void connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics });
  }

  /**
   * Config files reached through `extends` under another name than `.outreachlintrc.json` (which the static
   * watcher covers): each is watched too, found or not, so editing, creating or deleting it reloads the config.
   */
  const extendedConfigs = new Set<string>();
  let extendedWatchers: Disposable | undefined;
  let watchersQueued = false;
  let registering: Promise<void> = Promise.resolve();

  /** Called with the files every newly loaded config depends on (by this thread's linter and the worker's). */
  function watchConfigFiles(files: readonly string[]): void {
    let added = false;
    for (const file of files) {
      if (path.basename(file) === CONFIG_FILE_NAME || extendedConfigs.has(file)) continue;
      extendedConfigs.add(file);
      added = true;
    }
    if (!added || watchersQueued || !caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    // One registration for the files found by the lints of this turn; registrations run one after another.
    watchersQueued = true;
    setImmediate(() => {
      watchersQueued = false;
      registering = registering.then(registerExtendedWatchers);
    });
  }

  /** Registers a watcher for every extended config file, then drops the registration it replaces. */
  async function registerExtendedWatchers(): Promise<void> {
    const relative = caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    const watchers = [...extendedConfigs].map((file) => ({
      globPattern: relative ? { baseUri: URI.file(path.dirname(file)).toString(), pattern: escapeGlob(path.basename(file)) } : escapeGlob(file.split(path.sep).join('/')),
    }));
    const previous = extendedWatchers;
    try {
      extendedWatchers = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (error) {
      log(`Could not watch extended config files: ${String(error)}`);
      return;
    }
    previous?.dispose();
  }

  /** Everything changed (config, settings, recipients): re-lint open and workspace files, tell the client. */
  function everythingChanged(): void {
    generation++;
    workspace.requeueAll();
    if (pull) {
      if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh().catch(log);
    } else {
      for (const doc of documents.all()) schedulePush(doc.uri, true);
    }
    if (caps.workspace?.codeLens?.refreshSupport) connection.sendRequest(CodeLensRefreshRequest.type).catch(log);
  }

  // ---- push diagnostics (clients without pull) ----------------------------------------------

  const pushPending = new Map<string, boolean>();

  /** Publishes an open document's diagnostics soon; `force` also when `run` is `onSave` (open, save, config). */
  function schedulePush(uri: string, force: boolean): void {
    if (pull) return;
    const already = pushPending.get(uri);
    pushPending.set(uri, force || already === true);
    if (already !== undefined) return;
    const run = () => {
      const forced = pushPending.get(uri) === true;
      pushPending.delete(uri);
      void pushOpen(uri, forced).catch((error) => log(`Publishing diagnostics failed: ${String(error)}`));
    };
    // Publish after the messages already read are handled: a burst of changes that arrived together is
    // linted once, not once each, and a single keystroke is not held back by a timer.
    setImmediate(run);
  }

  async function pushOpen(uri: string, force: boolean): Promise<void> {
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc || (!force && settings.run === 'onSave')) return;
    const lint = lintOpen(doc, settings);
    const key = `${lint.revision}:${lint.generation}`;
    if (published.get(uri) === key) return;
    published.set(uri, key);
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: lint.diagnostics });
  }

  /** Closed files whose non-empty diagnostics were pushed (the rest need no clearing). */
  const pushedFiles = new Set<string>();

  workspace.onChange((changed) => {
    if (!pull) {
      for (const entry of changed) {
        if (openUris.has(entry.uri)) continue;
        if (entry.diagnostics.length === 0 && !pushedFiles.delete(entry.uri)) continue;
        if (entry.diagnostics.length > 0) pushedFiles.add(entry.uri);
        void connection.sendDiagnostics({ uri: entry.uri, diagnostics: [...entry.diagnostics] });
      }
    }
  });

  // ---- workspace pull (long-poll) -----------------------------------------------------------


  function toReport(entry: WorkspaceEntry): WorkspaceDocumentDiagnosticReport {
    return { kind: DocumentDiagnosticReportKind.Full, uri: entry.uri, version: null, resultId: entry.resultId, items: [...entry.diagnostics] };
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    const edit = caps.workspace?.workspaceEdit;
    editSupport = {
      documentChanges: !!edit?.documentChanges,
      snippets: !!(edit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport,
      createFiles: !!edit?.resourceOperations?.includes('create'),
    };
    folders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = filePathOf(params.rootUri);
      if (root) folders = [root];
    }
    const options = (params.initializationOptions ?? {}) as { trusted?: unknown; settings?: unknown; cacheLocation?: unknown };
    if (options.settings !== undefined) globalSettings = normalizeSettings(options.settings);
    trusted = options.trusted !== false;
    linter = new Linter(folders, trusted, publishConfigProblems, watchConfigFiles);
    // A file for the workspace scan's results between sessions (VS Code: the extension's storage for this workspace).
    const cacheLocation = typeof options.cacheLocation === 'string' && path.isAbsolute(options.cacheLocation) ? options.cacheLocation : undefined;
    startScanWorker(trusted, cacheLocation);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull ? { diagnosticProvider: { identifier: 'outreach-lint', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND, LINT_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'outreach-lint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.outreach.md' }, { globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.csv' }],
        })
        .catch(log);
    }
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'outreachLint' }).catch(log);
    }
    if (caps.workspace?.workspaceFolders) {
      try {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders change', undefined, (event) => {
            const removed = new Set(event.removed.map((f) => filePathOf(f.uri)));
            folders = folders.filter((f) => !removed.has(f));
            for (const f of event.added) {
              const p = filePathOf(f.uri);
              if (p && !folders.includes(p)) folders.push(p);
            }
            linter.setRoots(folders);
            scanWorker?.setRoots(folders);
            settingsCache.clear();
            generation++;
            void workspace.scan(folders);
          }),
        );
      } catch (error) {
        log(`Workspace folder changes are not available: ${String(error)}`);
      }
    }
    void workspace.scan(folders);
  });

  // ---- documents ---------------------------------------------------------------------------

  documents.onDidOpen((e) => {
    openUris.add(uriKey(e.document.uri));
    schedulePush(e.document.uri, true);
  });
  // Fired for every open too, right after onDidOpen; pushes run later and see the new revision.
  documents.onDidChangeContent((e) => {
    revisions.set(e.document.uri, ++lastRevision);
    lastTyped = performance.now();
    schedulePush(e.document.uri, false);
  });
  documents.onDidSave((e) => schedulePush(e.document.uri, true));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    openUris.delete(uriKey(uri));
    openLints.delete(uri);
    published.delete(uri);
    revisions.delete(uri);
    const filePath = filePathOf(uri);
    if (filePath && workspace.accepts(filePath)) {
      // The problem list goes on showing the file as it is on disk.
      workspace.enqueue(filePath);
    } else if (!pull) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  });

  // ---- diagnostics ---------------------------------------------------------------------------

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', emptyReport, async (params): Promise<DocumentDiagnosticReport> => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      const doc = documents.get(uri);
      if (doc) {
        const resultId = `${SESSION}:${revisionOf(uri)}:${generation}:${settings.enable}`;
        if (params.previousResultId === resultId) {
          return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        }
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: lintOpen(doc, settings).diagnostics };
      }
      // A closed file: what is on disk (the client asks once more right after closing).
      const filePath = filePathOf(uri);
      if (!filePath) return emptyReport;
      const entry = workspace.get(uri);
      if (entry && !entry.deleted && !workspace.isPending(filePath)) {
        return { kind: DocumentDiagnosticReportKind.Full, resultId: entry.resultId, items: [...entry.diagnostics] };
      }
      const bytes = await readFile(filePath).catch((error: Error) => error);
      const items = diagnoseFile(linter, filePath, bytes, settings);
      return items ? { kind: DocumentDiagnosticReportKind.Full, resultId: nextResultId(), items } : emptyReport;
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard('workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, async (params, token, _progress, resultProgress) => {
      // Long-poll: answer with what the client does not have yet, or wait until there is something.
      // While the first scan runs, a streaming client gets what is ready every STREAM_MS.
      const known = new Map(params.previousResultIds.map((p) => [uriKey(p.uri), p.value]));
      const dirty = new Set<string>();
      let wake: (() => void) | undefined;
      const unsubscribe = workspace.onChange((changed) => {
        for (const e of changed) dirty.add(e.uri);
        wake?.();
      });
      const cancellation = token.onCancellationRequested(() => wake?.());
      const waitForChange = () => new Promise<void>((resolve) => (wake = resolve)).finally(() => (wake = undefined));
      const fresh = (entries: Iterable<WorkspaceEntry>) => {
        const out: WorkspaceEntry[] = [];
        for (const entry of entries) {
          if (openUris.has(entry.uri) || known.get(entry.uri) === entry.resultId) continue;
          // A tombstone matters only to a client that still shows the file.
          if (entry.deleted && !known.has(entry.uri)) continue;
          known.set(entry.uri, entry.resultId);
          out.push(entry);
        }
        return out;
      };
      const takeDirty = () => {
        const entries = [...dirty].map((uri) => workspace.get(uri)).filter((e): e is WorkspaceEntry => !!e);
        dirty.clear();
        return entries;
      };
      try {
        let everything = true;
        let streamed = false;
        for (;;) {
          if (token.isCancellationRequested) return { items: [] };
          if (workspace.busy && !resultProgress) {
            await Promise.race([workspace.whenIdle(), waitForCancel(token)]);
            continue;
          }
          const busy = workspace.busy;
          const items = fresh(everything ? workspace.all() : takeDirty()).map(toReport);
          everything = false;
          if (busy) {
            if (items.length > 0) {
              resultProgress!.report({ items });
              streamed = true;
            }
            await Promise.race([delay(STREAM_MS), workspace.whenIdle(), waitForCancel(token)]);
            continue;
          }
          if (items.length > 0) {
            if (!streamed) return { items };
            resultProgress!.report({ items });
            return { items: [] };
          }
          if (streamed) return { items: [] };
          await waitForChange();
        }
      } finally {
        unsubscribe();
        cancellation.dispose();
      }
    }),
  );

  // ---- code actions ---------------------------------------------------------------------------

  connection.onCodeAction(
    guard('textDocument/codeAction', [] as CodeAction[], async (params: CodeActionParams) => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      const doc = documents.get(uri);
      if (!doc || !settings.enable) return [];
      const lint = lintOpen(doc, settings);
      const requested: ContextDiagnostic[] = [];
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'outreach-lint') continue;
        const data = readDiagnosticData(diagnostic.data);
        // Edits made for another version would land in the wrong place.
        if (data && data.version !== doc.version) continue;
        // The edits come from this text's own lint, never from what the client sends back: a client that
        // mangles `data`, drops it, or reuses a version number for other text gets no edits made for other text.
        const same = (d: Diagnostic) => d.code === diagnostic.code && sameRange(d.range, diagnostic.range);
        const match = lint.diagnostics.find((d) => same(d) && d.message === diagnostic.message) ?? lint.diagnostics.find(same);
        const matchData = match && readDiagnosticData(match.data);
        if (match && matchData) requested.push({ diagnostic: data ? diagnostic : match, data: matchData });
      }
      const filePath = filePathOf(uri);
      return toCodeActions({
        target: { uri, version: doc.version, text: doc.getText(), index: lint.index, doc: lint.result.doc, findings: lint.result.findings },
        diagnostics: requested,
        ...(params.context.only ? { only: params.context.only } : {}),
        support: editSupport,
        fixAllText: () =>
          fixUntilStable(doc.getText(), (t) => linter.lint(filePath, t, settings).findings, 10, lint.result.findings).text,
        newFileUri: (name) => newFileUri(filePath, name),
      });
    }),
  );

  /** A free file name next to the template for a drafted file (`name`, then `name-2`, ...). */
  function newFileUri(templatePath: string | undefined, name: string): string | undefined {
    if (!templatePath || path.basename(name) !== name) return undefined;
    const dir = path.dirname(templatePath);
    const ext = name.endsWith('.outreach.md') ? '.outreach.md' : path.extname(name);
    const stem = name.slice(0, name.length - ext.length);
    for (let i = 1; i < 100; i++) {
      const candidate = path.join(dir, i === 1 ? name : `${stem}-${i}${ext}`);
      if (!existsSync(candidate)) return URI.file(candidate).toString();
    }
    return undefined;
  }

  // ---- hover and lens -------------------------------------------------------------------------

  connection.onHover(
    guard('textDocument/hover', null, async (params) => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      const doc = documents.get(uri);
      if (!doc || !settings.enable) return null;
      const lint = lintOpen(doc, settings);
      const offset = lint.index.offsetAt(params.position);
      const here: Finding[] = findingsAt(lint.result.findings, offset);
      const onFirstLine = params.position.line === messageLine(lint.result.doc, lint.index);
      const value = hoverMarkdown(here, onFirstLine ? lint.result.analysis.signals : undefined);
      return value ? { contents: { kind: 'markdown' as const, value } } : null;
    }),
  );

  connection.onCodeLens(
    guard('textDocument/codeLens', [], async (params) => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      const doc = documents.get(uri);
      if (!doc || !settings.enable) return [];
      const lint = lintOpen(doc, settings);
      return [scoreLens(lint.result.doc, lint.result.analysis.signals, lint.index)];
    }),
  );

  // ---- commands --------------------------------------------------------------------------------

  connection.onExecuteCommand(
    guard('workspace/executeCommand', null as unknown, async (params) => {
      if (params.command === SHOW_DOCUMENTATION_COMMAND) {
        const ruleId = String(params.arguments?.[0] ?? '');
        const href = ruleDocsUrl(ruleId);
        if (!href) return null;
        if (caps.window?.showDocument?.support) await connection.window.showDocument({ uri: href, external: true });
        else connection.window.showInformationMessage(`Documentation for ${ruleId}: ${href}`);
        return null;
      }
      if (params.command === LINT_WORKSPACE_COMMAND) {
        linter.invalidateConfig();
        linter.invalidateRecipients();
        scanWorker?.invalidateConfig();
        scanWorker?.invalidateRecipients();
        everythingChanged();
        await workspace.scan(folders);
        return summarize();
      }
      return null;
    }),
  );

  connection.onRequest(
    SERVER_INFO_REQUEST,
    (): ServerInfo => ({ pid: process.pid, version: VERSION, trusted, scanWorker: scanWorker?.alive === true, scanned: { ...scanned } }),
  );

  async function summarize(): Promise<WorkspaceSummary> {
    const counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
    const count = (diagnostics: readonly Diagnostic[]) => {
      counts.files++;
      for (const d of diagnostics) {
        if (d.severity === 1) counts.errors++;
        else if (d.severity === 2) counts.warnings++;
        else counts.infos++;
      }
    };
    const seen = new Set<string>();
    for (const doc of documents.all()) {
      seen.add(uriKey(doc.uri));
      count(lintOpen(doc, await settingsFor(doc.uri)).diagnostics);
    }
    for (const entry of workspace.all()) if (!entry.deleted && !seen.has(entry.uri)) count(entry.diagnostics);
    return counts;
  }

  // ---- changes on disk and in settings -----------------------------------------------------------

  connection.onDidChangeWatchedFiles(
    guard('workspace/didChangeWatchedFiles', undefined, (params) => {
      let config = false;
      let recipients = false;
      for (const change of params.changes) {
        const filePath = filePathOf(change.uri);
        if (!filePath) continue;
        const deleted = change.type === FileChangeType.Deleted;
        if (path.basename(filePath) === CONFIG_FILE_NAME || extendedConfigs.has(path.resolve(filePath))) {
          linter.invalidateConfig(filePath, deleted);
          scanWorker?.invalidateConfig(filePath, deleted);
          config = true;
        } else if (filePath.endsWith('.outreach.md')) {
          if (deleted) workspace.remove(filePath);
          else if (workspace.accepts(filePath)) workspace.enqueue(filePath);
        } else if (filePath.endsWith('.csv')) {
          linter.invalidateRecipients(filePath);
          scanWorker?.invalidateRecipients(filePath);
          recipients = true;
        }
      }
      if (config || recipients) everythingChanged();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('workspace/didChangeConfiguration', undefined, (params) => {
      const settings = (params.settings as { outreachLint?: unknown } | null)?.outreachLint;
      if (settings !== undefined) globalSettings = normalizeSettings(settings);
      settingsCache.clear();
      everythingChanged();
    }),
  );

  // The scan worker writes its cache (if it keeps one) before it ends.
  connection.onShutdown(() => scanWorker?.close());

  documents.listen(connection);
}

/** A file name or path as a glob that matches only itself: glob characters are put in brackets. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}]/g, (c) => `[${c}]`);
}

declare const OUTREACH_LINT_VERSION: string | undefined;
const VERSION = typeof OUTREACH_LINT_VERSION === 'string' ? OUTREACH_LINT_VERSION : '0.0.0';
