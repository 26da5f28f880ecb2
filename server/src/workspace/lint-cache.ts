import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../../../shared/src/index.js';
import { writeAtomically } from './write-atomically.js';

/** The cache file's name when `--cache-location` names a folder, or is not given (in the working directory). */
export const CACHE_FILE_NAME = '.outreachlintcache';
/** Bumped when the cache file's shape changes. */
const FORMAT = 1;

/** Tells a report of the kind a cache keeps from anything else a damaged file may hold. */
export type ReportCheck<R> = (value: unknown) => value is R;

interface Entry<R> {
  /** SHA-1 of the file's bytes. */
  readonly h: string;
  /** Key of the configuration the file was linted with. */
  readonly c: string;
  readonly o: R;
  /**
   * The recipients files the report read, each with its fingerprint then (`fingerprint`), by path relative to
   * the cache's folder; and the workspace roots then (which such a file may not leave), joined by newlines.
   */
  readonly d?: Readonly<Record<string, string>>;
  readonly w?: string;
}

interface CacheFile {
  readonly format: number;
  /** The engine and the options that shape a report: a cache written under another is not read. */
  readonly key: string;
  /** By path relative to the cache file's folder, with forward slashes, so a cache restored in another checkout still applies. */
  readonly entries: Record<string, unknown>;
}

/** SHA-1 of some bytes or text, hex. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

const CONFIG_KEYS = new WeakMap<ResolvedConfig, string>();

/** The key of a configuration: what it says (it is plain data), not where it came from; once per config object. */
export function configKey(config: ResolvedConfig): string {
  let key = CONFIG_KEYS.get(config);
  if (key === undefined) CONFIG_KEYS.set(config, (key = digest(JSON.stringify(config))));
  return key;
}

/**
 * Where the cache lives: `--cache-location` as a file, or `.outreachlintcache` inside it when it is a folder
 * (an existing one, or a path ending in a slash); `.outreachlintcache` in the working directory by default.
 */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, CACHE_FILE_NAME);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, CACHE_FILE_NAME);
  try {
    if (statSync(resolved).isDirectory()) return path.join(resolved, CACHE_FILE_NAME);
  } catch {
    // Not there yet: a file of that name.
  }
  return resolved;
}

/**
 * The identity of the engine that wrote a cache: the running program's own code (a new version, a new model, a
 * changed rule or phrase family all change it), plus the options that change what a report holds.
 */
export function engineKey(programFile: string, version: string, options: Readonly<Record<string, unknown>>): string {
  let program: string;
  try {
    program = digest(readFileSync(programFile));
  } catch {
    // Run from sources (tests, ts-node): no one file is the program, so no cache written now is trusted later.
    program = `unknown-${process.pid}-${Date.now()}`;
  }
  return digest(JSON.stringify({ format: FORMAT, version, program, options }));
}

/**
 * Results of earlier runs, by file content (ESLint's `--cache --cache-strategy content`): a file whose bytes,
 * configuration and recipients files are as they were when it was linted gets its old report without being linted
 * again. Content, not modification times, so a fresh checkout (CI restoring the cache) still hits. Reports of files
 * that could not be read, or were fixed, are not kept.
 */
export class LintCache<R> {
  private readonly entries: Record<string, Entry<R>>;
  private changed: boolean;
  private readonly dir: string;
  private readonly prints = new Map<string, string>();
  /** Entries looked up or written in this session; the others are checked for files gone when the cache is written. */
  private readonly touched = new Set<string>();

  private constructor(
    /** The cache file. */
    readonly file: string,
    private readonly key: string,
    entries: Record<string, Entry<R>> | undefined,
    /** Why the file at `file` was not used, for a warning. */
    readonly problem?: string,
    /** False when the file there is not a cache of ours (or cannot be read): it is never written over. */
    readonly writable = true,
  ) {
    this.entries = entries ?? Object.create(null);
    this.dir = path.dirname(file);
    // A cache that was absent or stale is written even when no file is linted.
    this.changed = entries === undefined;
  }

  /**
   * Reads the cache at `file`. A missing, empty or stale one (written by another engine, or with other options)
   * starts empty; so does one that cannot be read or is not an Outreach Lint cache, with a problem to report, and
   * that file is left as it is.
   */
  static load<R>(file: string, key: string, isReport: ReportCheck<R>): LintCache<R> {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new LintCache<R>(file, key, undefined);
      return new LintCache<R>(file, key, undefined, `cannot read the cache ${file} (${code ?? (error as Error).message}); linting without it`, false);
    }
    if (text.trim() === '') return new LintCache<R>(file, key, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!isCacheFile(parsed)) {
      return new LintCache<R>(file, key, undefined, `${file} is not an Outreach Lint cache; linting without a cache and leaving that file as it is (remove it, or choose another place for the cache)`, false);
    }
    if (parsed.format !== FORMAT || parsed.key !== key) return new LintCache<R>(file, key, undefined);
    const entries: Record<string, Entry<R>> = Object.create(null);
    for (const [name, entry] of Object.entries(parsed.entries)) if (isEntry(entry, isReport)) entries[name] = entry;
    return new LintCache<R>(file, key, entries);
  }

  /** Whether a report is kept for `absolute` at all (whatever it was linted from): if not, its bytes need no reading. */
  has(absolute: string): boolean {
    return this.name(absolute) in this.entries;
  }

  /**
   * The report kept for `absolute` when its content hash and configuration are the same as then, and so are
   * the recipients files it read and the workspace roots it was linted in.
   */
  get(absolute: string, contentHash: string, configKey: string, roots: readonly string[]): R | undefined {
    const name = this.name(absolute);
    this.touched.add(name);
    const entry = this.entries[name];
    if (entry === undefined || entry.h !== contentHash || entry.c !== configKey) return undefined;
    if (entry.d !== undefined) {
      if (entry.w !== this.names(roots)) return undefined;
      for (const name in entry.d) if (this.fingerprint(path.resolve(this.dir, name)) !== entry.d[name]) return undefined;
    }
    return entry.o;
  }

  /** Keeps a report for the next run, with the recipients files it read. */
  set(absolute: string, contentHash: string, configKey: string, report: R, recipients: readonly string[], roots: readonly string[]): void {
    let d: Record<string, string> | undefined;
    if (recipients.length > 0) {
      d = {};
      for (const file of recipients) d[this.name(file)] = this.fingerprint(file);
    }
    const o = report;
    const name = this.name(absolute);
    this.touched.add(name);
    this.entries[name] = d ? { h: contentHash, c: configKey, o, d, w: this.names(roots) } : { h: contentHash, c: configKey, o };
    this.changed = true;
  }

  /** A recipients file changed (or any, without a name): its fingerprint is taken afresh when next needed. */
  forgetFingerprint(file?: string): void {
    if (file === undefined) this.prints.clear();
    else this.prints.delete(path.resolve(file));
  }

  /**
   * What a recipients file's reading depends on: where it really is (a link may lead out of the workspace) and
   * its bytes, or why it cannot be read (missing, a folder). Once per file and run (until `forgetFingerprint`).
   */
  private fingerprint(file: string): string {
    let print = this.prints.get(file);
    if (print === undefined) {
      try {
        const real = realpathSync(file);
        print = `${this.name(real)}\u0000${digest(readFileSync(real))}`;
      } catch (error) {
        print = `error:${(error as NodeJS.ErrnoException).code ?? 'unknown'}`;
      }
      this.prints.set(file, print);
    }
    return print;
  }

  /** Forgets a file (its report can no longer be trusted, or it was not kept this time). */
  delete(absolute: string): void {
    const name = this.name(absolute);
    if (name in this.entries) {
      delete this.entries[name];
      this.changed = true;
    }
  }

  /**
   * Writes the cache to its file (atomically, creating its folder) when it changed; returns why it could not be
   * written, for the caller to report (a cache that cannot be written costs the next run time, never a result).
   */
  save(): string | undefined {
    const pieces = this.serialize();
    if (pieces === undefined) return undefined;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeAtomically(this.file, pieces);
      return undefined;
    } catch (error) {
      return `could not write the cache ${this.file}: ${(error as Error).message}`;
    }
  }

  /**
   * The cache as its file holds it, in pieces of about 1 MB (10,000 files make some 20 MB of JSON, never held as
   * one string); undefined when nothing changed since it was read, or when it must not be written.
   */
  private serialize(): Iterable<string> | undefined {
    if (!this.changed || !this.writable) return undefined;
    return this.pieces();
  }

  private *pieces(): Generator<string> {
    // Reports of files deleted or renamed since they were kept go: not every run lints every file (a run over one
    // folder keeps the others'), so only the files this session did not look at are checked, once.
    for (const name in this.entries) {
      if (this.touched.has(name)) continue;
      this.touched.add(name);
      if (!existsSync(path.resolve(this.dir, name))) delete this.entries[name];
    }
    let pending = `{"format":${FORMAT},"key":${JSON.stringify(this.key)},"entries":{`;
    let first = true;
    for (const name in this.entries) {
      pending += `${first ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(this.entries[name])}`;
      first = false;
      if (pending.length >= 1 << 20) {
        yield pending;
        pending = '';
      }
    }
    yield `${pending}}}`;
  }

  private name(absolute: string): string {
    return path.relative(this.dir, absolute).split(path.sep).join('/');
  }

  private names(files: readonly string[]): string {
    return files.map((f) => this.name(f)).join('\n');
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CacheFile>;
  return typeof v.format === 'number' && typeof v.key === 'string' && typeof v.entries === 'object' && v.entries !== null && !Array.isArray(v.entries);
}

function isEntry<R>(value: unknown, isReport: ReportCheck<R>): value is Entry<R> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Entry<unknown>>;
  return (
    typeof v.h === 'string' &&
    typeof v.c === 'string' &&
    isReport(v.o) &&
    (v.d === undefined || (typeof v.d === 'object' && v.d !== null && typeof v.w === 'string'))
  );
}
