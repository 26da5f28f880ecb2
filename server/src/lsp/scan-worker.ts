import { readFileSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { VERSION } from '../cli/formats.js';
import { engineKey, LintCache } from '../workspace/lint-cache.js';
import { diagnoseFile, type ReportStore } from './diagnose-file.js';
import { Linter } from './linter.js';
import type { Settings } from './settings.js';

/**
 * The worker's young generation, in MB. Its garbage is short-lived (one lint at a time), so a small
 * nursery costs little time; V8's default (up to 48 MB) kept the 10k-file scan's peak RSS 20-30 MB higher.
 */
const YOUNG_MB = 8;

/** How long the scan must have been quiet before its cache is written (a scan sends many batches). */
const SAVE_AFTER_MS = 1000;
/** How long shutdown waits for the cache to be written before ending the worker anyway. */
const FLUSH_MS = 3000;

/** What the server thread asks the scan worker to do; handled in order. */
type Command =
  | { readonly type: 'lint'; readonly id: number; readonly files: readonly { readonly path: string; readonly settings: Settings }[] }
  | { readonly type: 'invalidateConfig'; readonly file?: string; readonly deleted?: boolean }
  | { readonly type: 'invalidateRecipients'; readonly file?: string }
  | { readonly type: 'roots'; readonly roots: readonly string[] }
  | { readonly type: 'remember'; readonly entries: readonly Remembered[] }
  | { readonly type: 'flush' };

/** A report the server thread made for a workspace file: the arguments of its `set` in the scan cache (this worker's). */
export type Remembered = Parameters<ReportStore['set']>;

/** What the worker answers. */
type Reply =
  | { readonly type: 'result'; readonly id: number; readonly results: readonly (Diagnostic[] | null)[]; readonly cached: number }
  | { readonly type: 'configProblems'; readonly file: string; readonly diagnostics: Diagnostic[] }
  | { readonly type: 'configFiles'; readonly files: readonly string[] }
  | { readonly type: 'flushed' };

interface WorkerInit {
  readonly outreachLintScanWorker: true;
  readonly roots: readonly string[];
  readonly trusted: boolean;
  /** Where the scan keeps its results between sessions (the client's `cacheLocation`), if anywhere. */
  readonly cacheFile?: string;
}

/** Whether a value read back from the scan cache is a list of diagnostics. */
function isDiagnostics(value: unknown): value is Diagnostic[] {
  return Array.isArray(value) && value.every((d) => typeof d === 'object' && d !== null && typeof (d as Diagnostic).message === 'string' && typeof (d as Diagnostic).range === 'object');
}

/** True in the worker thread that `ScanWorker` starts from the same bundle. */
export function isScanWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerInit> | null)?.outreachLintScanWorker === true;
}

/** The worker thread's loop: lints files from disk with its own config and recipients caches. */
export function runScanWorker(): void {
  const port = parentPort!;
  const init = workerData as WorkerInit;
  const linter = new Linter(
    init.roots,
    init.trusted,
    (file, diagnostics) => port.postMessage({ type: 'configProblems', file, diagnostics } satisfies Reply),
    (files) => port.postMessage({ type: 'configFiles', files } satisfies Reply),
  );
  // The scan's results by content, kept between sessions: reopening a workspace re-lints only what changed.
  let cache: LintCache<Diagnostic[]> | undefined;
  if (init.cacheFile) {
    cache = LintCache.load(init.cacheFile, engineKey(__filename, VERSION, { scan: true, trusted: init.trusted }), isDiagnostics);
    if (cache.problem) console.error(`outreach-lint: ${cache.problem}`);
  }
  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    saveTimer = undefined;
    const unsaved = cache?.save();
    if (unsaved) console.error(`outreach-lint: ${unsaved}`);
  };
  const scheduleSave = () => {
    if (!cache) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_AFTER_MS);
  };
  port.on('message', (command: Command) => {
    switch (command.type) {
      case 'lint': {
        let cached = 0;
        const store: ReportStore | undefined = cache && {
          get: (...args) => {
            const kept = cache.get(...args);
            if (kept) cached++;
            return kept;
          },
          set: (...args) => cache.set(...args),
        };
        const results = command.files.map(({ path, settings }) => {
          let bytes: Uint8Array | Error;
          try {
            bytes = readFileSync(path);
          } catch (error) {
            bytes = error as Error;
          }
          try {
            return diagnoseFile(linter, path, bytes, settings, store);
          } catch (error) {
            return diagnoseFile(linter, path, new Error(`lint failed: ${String(error)}`), settings);
          }
        });
        port.postMessage({ type: 'result', id: command.id, results, cached } satisfies Reply);
        scheduleSave();
        break;
      }
      case 'remember':
        if (cache) {
          for (const args of command.entries) cache.set(...args);
          scheduleSave();
        }
        break;
      case 'invalidateConfig':
        linter.invalidateConfig(command.file, command.deleted);
        break;
      case 'invalidateRecipients':
        linter.invalidateRecipients(command.file);
        cache?.forgetFingerprint(command.file);
        break;
      case 'roots':
        linter.setRoots(command.roots);
        break;
      case 'flush':
        clearTimeout(saveTimer);
        save();
        port.postMessage({ type: 'flushed' } satisfies Reply);
        break;
    }
  });
}

/**
 * A worker thread that lints workspace files, so a scan of thousands of templates uses the other core
 * and never holds the thread that answers for the file being typed in. Started from this very bundle.
 */
export class ScanWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: readonly (Diagnostic[] | null)[]) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | undefined;
  private flushed: (() => void) | undefined;
  /** Whether the worker keeps a scan cache (reports made elsewhere should go to it). */
  readonly caches: boolean;
  /** Whether most files of the worker's last batch came from its cache (a reopened workspace). */
  mostlyCached = false;
  /** Settles when the worker has answered a first batch (so `mostlyCached` says something), or died. */
  readonly answered: Promise<void>;
  private answer: () => void = () => undefined;

  constructor(
    script: string,
    roots: readonly string[],
    trusted: boolean,
    onConfigProblems: (file: string, diagnostics: Diagnostic[]) => void,
    log: (message: string) => void,
    onConfigFiles: (files: readonly string[]) => void = () => undefined,
    cacheFile?: string,
  ) {
    this.worker = new Worker(script, {
      workerData: { outreachLintScanWorker: true, roots, trusted, ...(cacheFile ? { cacheFile } : {}) } satisfies WorkerInit,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    this.caches = cacheFile !== undefined;
    this.answered = new Promise((resolve) => (this.answer = resolve));
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      if (reply.type === 'configProblems') onConfigProblems(reply.file, reply.diagnostics);
      else if (reply.type === 'configFiles') onConfigFiles(reply.files);
      else if (reply.type === 'flushed') this.flushed?.();
      else {
        this.mostlyCached = reply.results.length > 0 && reply.cached * 2 >= reply.results.length;
        this.answer();
        this.pending.get(reply.id)?.resolve(reply.results);
        this.pending.delete(reply.id);
      }
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      this.answer();
      log(`Scan worker stopped: ${error.message}; linting workspace files on the main thread`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
  }

  /** False once the worker has died; callers then lint on their own thread. */
  get alive(): boolean {
    return this.failed === undefined;
  }

  /** Lints files from disk; each result is the file's diagnostics, or null when it does not exist. */
  lint(files: readonly { path: string; settings: Settings }[]): Promise<readonly (Diagnostic[] | null)[]> {
    if (this.failed) return Promise.reject(this.failed);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'lint', id, files } satisfies Command);
    });
  }

  invalidateConfig(file?: string, deleted?: boolean): void {
    this.post({ type: 'invalidateConfig', ...(file ? { file } : {}), ...(deleted ? { deleted } : {}) });
  }

  invalidateRecipients(file?: string): void {
    this.post({ type: 'invalidateRecipients', ...(file ? { file } : {}) });
  }

  /** Hands reports this thread made to the worker's scan cache. */
  remember(entries: readonly Remembered[]): void {
    if (this.caches && entries.length > 0) this.post({ type: 'remember', entries });
  }

  setRoots(roots: readonly string[]): void {
    this.post({ type: 'roots', roots });
  }

  dispose(): void {
    this.failed ??= new Error('disposed');
    void this.worker.terminate();
  }

  /** Writes the scan cache (when there is one), then ends the worker; never waits more than FLUSH_MS. */
  async close(): Promise<void> {
    if (!this.failed) {
      const done = new Promise<void>((resolve) => {
        this.flushed = resolve;
        setTimeout(resolve, FLUSH_MS).unref();
      });
      this.post({ type: 'flush' });
      await done;
    }
    this.dispose();
  }

  private post(command: Command): void {
    if (!this.failed) this.worker.postMessage(command);
  }
}
