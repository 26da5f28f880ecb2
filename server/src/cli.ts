import './v8-flags.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HELP, parseCli, UsageError, type CliOptions } from './cli/args.js';
import { discoverFiles } from './cli/files.js';
import { format, formatJsonChunks, summarize, VERSION } from './cli/formats.js';
import { cacheFilePath, configKey, digest, engineKey, LintCache } from './workspace/lint-cache.js';
import {
  displayPath,
  isCachedReport,
  MAX_READ_BYTES,
  processFile,
  type CachedReport,
  type FileOutput,
  type ProcessOptions,
} from './cli/process-file.js';
import { cpuTimes, idleCores } from './cli/threads.js';
import { ConfigResolver, type ConfigFileProblem } from './workspace/config.js';
import { RecipientsLoader } from './workspace/recipients.js';
import type { LintHost } from './workspace/lint-file.js';

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 600;
const BATCH = 150;
/**
 * Without --jobs, the first files are linted on this thread while timing them: a worker thread pays what this
 * thread paid before reaching its steady pace (loading the bundle, compiling the patterns, warming up), so
 * workers start only when the files left would take this thread well over that long.
 */
const PROBE = 200;
/** Workers start only when the files left would take this thread this many times its warm-up. */
const WORKER_PAYS = 4;

interface WorkerInit {
  readonly configFile?: string;
  readonly roots: readonly string[];
  readonly process: ProcessOptions;
}

function createHost(init: WorkerInit): LintHost {
  return {
    configs: new ConfigResolver({ roots: init.roots, ...(init.configFile ? { configFile: init.configFile } : {}) }),
    recipients: new RecipientsLoader(init.roots),
  };
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, process.env, process.stdout.isTTY === true);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`outreach-lint: ${error.message}\nRun "outreach-lint --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }

  const cwd = process.cwd();
  const configFile = options.config ? path.resolve(cwd, options.config) : undefined;
  if (configFile && !existsSync(configFile)) {
    process.stderr.write(`outreach-lint: config file not found: ${options.config}\n`);
    return 2;
  }
  const init: WorkerInit = {
    roots: [cwd],
    ...(configFile ? { configFile } : {}),
    process: { fix: options.fix, quiet: options.quiet, cwd, ...(options.cache ? { cache: true } : {}) },
  };
  const host = createHost(init);

  let outputs: FileOutput[];
  if (options.stdin) {
    const name = path.resolve(cwd, options.stdinFilename ?? 'stdin.outreach.md');
    const configError = reportConfigProblems(host, [name], cwd);
    if (configError) return 2;
    const text = readFileSync(0, 'utf8');
    outputs = [processFile(name, host, init.process, text)];
    if (options.fix === 'dry-run') {
      process.stdout.write(outputs[0]!.fixedText ?? text);
      process.stderr.write(format(options.format, outputs, { color: process.stderr.isTTY === true && options.color }));
      return exitCode(outputs, options);
    }
  } else {
    const discovery = discoverFiles(options.paths, cwd);
    if (discovery.unmatched.length > 0) {
      process.stderr.write(`outreach-lint: no templates found for: ${discovery.unmatched.join(', ')}\n`);
      return 2;
    }
    if (reportConfigProblems(host, discovery.files, cwd)) return 2;
    if (options.cache) {
      const cache = LintCache.load(cacheFilePath(options.cacheLocation, cwd), engineKey(__filename, VERSION, { quiet: options.quiet }), isCachedReport);
      if (cache.problem) process.stderr.write(`outreach-lint: ${cache.problem}\n`);
      outputs = await lintWithCache(discovery.files, host, init, options, cache);
      const unsaved = cache.save();
      if (unsaved) process.stderr.write(`outreach-lint: ${unsaved}\n`);
    } else outputs = await lintAll(discovery.files, host, init, options);
  }

  if (options.fix === 'dry-run') {
    for (const o of outputs) if (o.fixedText !== undefined && options.format !== 'json') process.stdout.write(`--- ${o.path} (fixed)\n${o.fixedText}`);
  }
  if (options.format === 'json') writeChunks(formatJsonChunks(outputs));
  else process.stdout.write(format(options.format, outputs, { color: options.color }));
  return exitCode(outputs, options);
}

/** Writes a report piece by piece, in writes of about 1 MB. */
function writeChunks(chunks: Iterable<string>): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 20) {
      process.stdout.write(pending);
      pending = '';
    }
  }
  if (pending) process.stdout.write(pending);
}

function exitCode(outputs: readonly FileOutput[], options: CliOptions): number {
  const s = summarize(outputs);
  if (s.errors > 0) return 1;
  if (options.maxWarnings >= 0 && s.warnings > options.maxWarnings) {
    process.stderr.write(`outreach-lint: too many warnings (${s.warnings}; at most ${options.maxWarnings} allowed)\n`);
    return 1;
  }
  return 0;
}

/** Prints every problem of the config files that apply to these templates; true when there was any. */
function reportConfigProblems(host: LintHost, files: readonly string[], cwd: string): boolean {
  const seen = new Set<string>();
  const problems: ConfigFileProblem[] = [];
  const dirs = new Set(files.map((f) => path.dirname(f)));
  for (const dir of dirs) {
    for (const p of host.configs.forFile(path.join(dir, 'x.outreach.md')).problems) {
      const key = `${p.file}:${p.start}:${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  for (const p of problems) {
    let where = path.relative(cwd, p.file) || p.file;
    if (p.start !== undefined) {
      try {
        const before = readFileSync(p.file, 'utf8').slice(0, p.start).split('\n');
        where += `:${before.length}:${before[before.length - 1]!.length + 1}`;
      } catch {
        // The position is a nicety; the message stands without it.
      }
    }
    process.stderr.write(`outreach-lint: config error in ${where}: ${p.message}\n`);
  }
  return problems.length > 0;
}

/**
 * Lints the files whose reports the cache does not hold (or cannot give: a fix to apply), and keeps the new
 * reports in it; the files' order is kept.
 */
async function lintWithCache(files: readonly string[], host: LintHost, init: WorkerInit, options: CliOptions, cache: LintCache<CachedReport>): Promise<FileOutput[]> {
  const outputs: FileOutput[] = new Array(files.length);
  const misses: string[] = [];
  const missAt: number[] = [];
  // With --quiet the cached reports lack the warnings, whose fixes --fix would still apply.
  const useHits = options.fix === 'none' || !options.quiet;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const hit = useHits ? cached(file, host, cache, init.roots) : undefined;
    // A report with a fix to apply is linted again under --fix: only that makes and writes the fix.
    if (hit && (options.fix === 'none' || !hit.diagnostics.some((d) => d.fixable))) {
      outputs[i] = { path: displayPath(file, init.process.cwd), signals: { ...hit.signals }, diagnostics: hit.diagnostics };
    } else {
      misses.push(file);
      missAt.push(i);
    }
  }
  const linted = await lintAll(misses, host, init, options);
  for (let k = 0; k < linted.length; k++) {
    const o = linted[k]!;
    outputs[missAt[k]!] = o;
    if (o.cacheKey) cache.set(misses[k]!, o.cacheKey.content, o.cacheKey.config, { signals: o.signals, diagnostics: o.diagnostics }, o.cacheKey.recipients, init.roots);
    else cache.delete(misses[k]!);
  }
  return outputs;
}

/** The cached report of a file whose bytes and configuration are unchanged since it was kept. */
function cached(file: string, host: LintHost, cache: LintCache<CachedReport>, roots: readonly string[]): CachedReport | undefined {
  // A file the cache has never seen (a first run) is read once, by processFile, not here too.
  if (!cache.has(file)) return undefined;
  let bytes: Buffer;
  try {
    // What processFile would refuse to read is never cached; it reports the size itself.
    if (statSync(file).size > MAX_READ_BYTES) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return cache.get(file, digest(bytes), configKey(host.configs.forFile(file).config), roots);
}

/** Lints every file, on worker threads when the run is large enough for them to pay; keeps input order. */
async function lintAll(files: readonly string[], host: LintHost, init: WorkerInit, options: CliOptions): Promise<FileOutput[]> {
  const progress = makeProgress(files.length);
  const threads = Math.min(options.jobs ?? availableParallelism(), 8);
  if (files.length < PARALLEL_THRESHOLD || threads < 2) {
    const out: FileOutput[] = [];
    for (const f of files) {
      out.push(processFile(f, host, init.process));
      progress(out.length);
    }
    progress.done();
    return out;
  }
  const results: FileOutput[] = new Array(files.length);
  let next = 0;
  let completed = 0;
  let workerCount = threads - 1;
  if (options.jobs === undefined) {
    const before = cpuTimes();
    let steadyFrom = 0;
    for (; next < PROBE; next++) {
      if (next === PROBE / 2) steadyFrom = performance.now();
      results[next] = processFile(files[next]!, host, init.process);
      progress(++completed);
    }
    const now = performance.now();
    const perFile = (now - steadyFrom) / (PROBE / 2);
    // performance.now() counts from process start: all of it but the steady-state linting is warm-up.
    const warmUp = now - PROBE * perFile;
    // Cores other programs keep busy are no help: there a worker only adds its warm-up and slows this thread.
    // What the cores did while this thread linted the probe says how many stood idle: the one-minute load average
    // counted this run's own start and the step before it (and, on the virtual machines here, ~1 of idle noise),
    // so it kept every run on one thread where a worker took 10k files from 8.3 s to 5.4 s.
    workerCount = Math.min(workerCount, idleCores(before, cpuTimes()));
    // A worker pays this thread's warm-up again, and both threads then lint more slowly (on this 2-vCPU machine a
    // second thread gave 1.2x at 10k files for 30 % more CPU, and lost at 1k: 1.45-1.53 s against 1.37-1.40 s).
    if (workerCount < 1 || (files.length - PROBE) * perFile < WORKER_PAYS * warmUp) {
      for (; next < files.length; next++) {
        results[next] = processFile(files[next]!, host, init.process);
        progress(++completed);
      }
      progress.done();
      return results;
    }
  }
  const take = (): [number, string[]] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return [start, files.slice(start, next) as string[]];
  };
  // Worker threads take batches; the main thread lints too, between handing batches out.
  const workers = Array.from({ length: workerCount }, () => new Worker(__filename, { workerData: init }));
  await new Promise<void>((resolve, reject) => {
    let running = workers.length;
    const finishOne = () => {
      running--;
      if (running === 0) resolve();
    };
    for (const worker of workers) {
      // Two batches in flight, so a worker never waits while this thread lints a batch of its own.
      let inFlight = 0;
      let finished = false;
      const feed = () => {
        const batch = take();
        if (batch) {
          worker.postMessage(batch);
          inFlight++;
        } else if (inFlight === 0 && !finished) {
          finished = true;
          void worker.terminate();
          finishOne();
        }
      };
      worker.on('message', ([start, batchOutputs]: [number, FileOutput[]]) => {
        inFlight--;
        batchOutputs.forEach((o, i) => (results[start + i] = o));
        completed += batchOutputs.length;
        progress(completed);
        feed();
      });
      worker.on('error', reject);
      feed();
      feed();
    }
    const mainLoop = () => {
      const batch = take();
      if (!batch) return;
      const [start, list] = batch;
      list.forEach((f, i) => (results[start + i] = processFile(f, host, init.process)));
      completed += list.length;
      progress(completed);
      setImmediate(mainLoop);
    };
    setImmediate(mainLoop);
  });
  progress.done();
  return results;
}

/** A progress line on stderr, only when stderr is a terminal and the run takes a while. */
function makeProgress(total: number): ((n: number) => void) & { done(): void } {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  const update = (n: number) => {
    if (!tty) return;
    const now = Date.now();
    if (now - started < 1000 || now - last < 100) return;
    last = now;
    shown = true;
    process.stderr.write(`\r\u001b[2Klinting ${n}/${total} files`);
  };
  return Object.assign(update, {
    done() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  });
}

function workerMain(): void {
  const init = workerData as WorkerInit;
  const host = createHost(init);
  parentPort!.on('message', ([start, files]: [number, string[]]) => {
    parentPort!.postMessage([start, files.map((f) => processFile(f, host, init.process))]);
  });
}

if (!isMainThread) {
  workerMain();
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`outreach-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
