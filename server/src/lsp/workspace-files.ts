import path from 'node:path';
import { glob } from 'tinyglobby';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver';

/** The problem list of one template on disk. */
export interface WorkspaceEntry {
  readonly uri: string;
  readonly path: string;
  /** Changes whenever the diagnostics are recomputed; workspace pulls compare it with the client's. */
  readonly resultId: string;
  readonly diagnostics: readonly Diagnostic[];
  /** The file is gone: the entry clears its diagnostics once, then stays as a tombstone. */
  readonly deleted: boolean;
}

/**
 * Reads and lints files from disk: each file's diagnostics, or null when it does not exist. `lane` says which of
 * the concurrent batches (0 .. lanes - 1) this is, so the caller can send each lane to a thread of its own.
 */
export type DiagnoseFiles = (paths: readonly string[], lane: number) => Promise<readonly (Diagnostic[] | null)[]>;

const TEMPLATE_SUFFIX = '.outreach.md';
const SKIPPED = ['**/node_modules/**', '**/.git/**'];
/** Files linted per batch: the problem list grows batch by batch. */
const BATCH = 64;

/**
 * Lets the event loop read and handle waiting messages before the next slice. Two hops: a message read
 * while this slice ran is queued (as a setImmediate) behind the first hop, so it runs before the second.
 */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** A per-process prefix, so result ids from an earlier server never match this one's. */
export const SESSION = Math.random().toString(36).slice(2, 8);
let counter = 0;

/** A result id no earlier result (in this process or before) has had. */
export function nextResultId(): string {
  return `${SESSION}:${++counter}`;
}

/** The key of a file URI, the same however a client spelled it. */
export function uriKey(uri: string): string {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? URI.file(parsed.fsPath).toString() : uri;
  } catch {
    return uri;
  }
}

/**
 * Every `*.outreach.md` in the workspace folders and its diagnostics, kept current from disk events.
 * Files are linted in batches by `diagnose` (a worker thread, or time slices on this one), with a
 * yield to waiting messages between batches, so a large scan never delays the file being typed in.
 */
export class WorkspaceFiles {
  private readonly entries = new Map<string, WorkspaceEntry>();
  /** Paths waiting to be linted, each with the ticket of its latest request. */
  private readonly queue = new Map<string, number>();
  /** Paths in a batch being linted: another lane does not take them until that batch is back. */
  private readonly inFlight = new Set<string>();
  private ticket = 0;
  private readonly listeners = new Set<(changed: readonly WorkspaceEntry[]) => void>();
  private idleWaiters: (() => void)[] = [];
  private running = false;
  private scanning = 0;
  private folders: readonly string[] = [];

  /**
   * @param lanes how many batches may be linted at once (read when a scan starts working): more than one lets the
   * caller keep a worker thread busy while it handles results, or lint on two threads.
   */
  constructor(
    private readonly diagnose: DiagnoseFiles,
    private readonly log: (message: string) => void,
    private readonly lanes: () => number = () => 1,
  ) {}

  /** True while files are being found or linted. */
  get busy(): boolean {
    return this.running || this.scanning > 0 || this.queue.size > 0;
  }

  /** Every entry, tombstones included. */
  all(): IterableIterator<WorkspaceEntry> {
    return this.entries.values();
  }

  /** The entry of a file URI, when it is a workspace template. */
  get(uri: string): WorkspaceEntry | undefined {
    return this.entries.get(uriKey(uri));
  }

  /** Whether the file has work pending (its entry is about to change). */
  isPending(filePath: string): boolean {
    return this.queue.has(path.resolve(filePath));
  }

  /** Listens for entries that changed; called after each slice of work. */
  onChange(listener: (changed: readonly WorkspaceEntry[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no work is pending. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** True when a path is a template this index covers: in a folder, not under node_modules or a dot folder. */
  accepts(filePath: string): boolean {
    if (!filePath.endsWith(TEMPLATE_SUFFIX)) return false;
    return this.folders.some((folder) => {
      const rel = path.relative(folder, filePath);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return rel.split(path.sep).every((part) => part !== 'node_modules' && !part.startsWith('.'));
    });
  }

  /** Finds every template in the folders (again) and lints them all; files no longer there are cleared. */
  async scan(folders: readonly string[]): Promise<void> {
    this.folders = folders.map((f) => path.resolve(f));
    this.scanning++;
    try {
      const found = new Set<string>();
      for (const folder of this.folders) {
        try {
          const files = await glob(`**/*${TEMPLATE_SUFFIX}`, { cwd: folder, absolute: true, dot: false, ignore: SKIPPED, followSymbolicLinks: false });
          for (const f of files) found.add(path.resolve(f));
        } catch (error) {
          this.log(`Could not scan ${folder}: ${String(error)}`);
        }
      }
      for (const entry of [...this.entries.values()]) {
        if (!entry.deleted && !found.has(entry.path)) this.remove(entry.path);
      }
      for (const f of found) this.queue.set(f, ++this.ticket);
    } finally {
      this.scanning--;
    }
    if (this.busy) this.pump();
    else this.settle();
    await this.whenIdle();
  }

  /** Lints a file (again) soon: it was created or changed on disk, or closed in the editor. */
  enqueue(filePath: string): void {
    const p = path.resolve(filePath);
    this.queue.delete(p);
    this.queue.set(p, ++this.ticket);
    this.pump();
  }

  /** Lints every known file again (config or settings changed). */
  requeueAll(): void {
    for (const entry of this.entries.values()) if (!entry.deleted) this.queue.set(entry.path, ++this.ticket);
    this.pump();
  }

  /** The file is gone from disk: clear its diagnostics. */
  remove(filePath: string): void {
    const p = path.resolve(filePath);
    this.queue.delete(p);
    const uri = URI.file(p).toString();
    const entry = this.entries.get(uri);
    if (!entry || entry.deleted) return;
    const tombstone: WorkspaceEntry = { uri, path: p, resultId: nextResultId(), diagnostics: [], deleted: true };
    this.entries.set(uri, tombstone);
    this.emit([tombstone]);
  }

  private pump(): void {
    if (this.running || this.queue.size === 0) return;
    this.running = true;
    void this.work()
      .catch((error) => this.log(`Workspace lint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => {
        this.running = false;
        if (this.queue.size > 0) this.pump();
        else if (this.scanning === 0) this.settle();
      });
  }

  private async work(): Promise<void> {
    const lanes = Math.max(1, this.lanes());
    // Every lane ends before the scan counts as done (a lane that failed leaves its files queued for the next pump).
    const ended = await Promise.allSettled(Array.from({ length: lanes }, (_, lane) => this.lane(lane)));
    for (const e of ended) if (e.status === 'rejected') throw e.reason;
  }

  /** Takes batches of queued files no other lane is linting, until none is left. */
  private async lane(lane: number): Promise<void> {
    for (;;) {
      const batch: [string, number][] = [];
      for (const item of this.queue) {
        if (this.inFlight.has(item[0])) continue;
        if (batch.push(item) >= BATCH) break;
      }
      // What is left is in another lane's batch; that lane takes it again if it changed meanwhile.
      if (batch.length === 0) return;
      for (const [p] of batch) this.inFlight.add(p);
      let results: readonly (Diagnostic[] | null)[];
      try {
        results = await this.diagnose(
          batch.map(([p]) => p),
          lane,
        );
      } finally {
        for (const [p] of batch) this.inFlight.delete(p);
      }
      const changed: WorkspaceEntry[] = [];
      for (let i = 0; i < batch.length; i++) {
        const [p, ticket] = batch[i]!;
        // Changed again or removed while it was linted: the newer request wins.
        if (this.queue.get(p) !== ticket) continue;
        this.queue.delete(p);
        const diagnostics = results[i];
        if (diagnostics === null || diagnostics === undefined) {
          this.remove(p);
          continue;
        }
        const uri = URI.file(p).toString();
        const entry: WorkspaceEntry = { uri, path: p, resultId: nextResultId(), diagnostics, deleted: false };
        this.entries.set(uri, entry);
        changed.push(entry);
      }
      this.emit(changed);
      await yieldToMessages();
    }
  }

  private emit(changed: readonly WorkspaceEntry[]): void {
    if (changed.length === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(changed);
      } catch (error) {
        this.log(`Workspace listener failed: ${String(error)}`);
      }
    }
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
