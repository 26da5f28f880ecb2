// Helpers for `npm run bench`: run a command N times measuring wall time and peak RSS,
// statistics, in-process timing loops, formatting and a Markdown table printer.
//
// Peak RSS: GNU `/usr/bin/time -f %M` when present (ru_maxrss of the command, i.e. the largest
// process in its tree; exact, measured by the kernel). Otherwise the child is polled every few
// milliseconds through /proc/PID/status VmHWM (its own high-water mark: exact for a single
// process, but it misses sub-processes and growth in the last few ms before exit).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Running commands

let gnuTime;
/** True when /usr/bin/time is GNU time and understands -f %M. */
export function hasGnuTime() {
  if (gnuTime !== undefined) return gnuTime;
  if (process.env.BENCH_NO_GNU_TIME) return (gnuTime = false); // to exercise the /proc fallback
  try {
    const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M', 'true'], { encoding: 'utf8' });
    gnuTime = r.status === 0 && /RSS=\d+/.test(r.stderr);
  } catch {
    gnuTime = false;
  }
  return gnuTime;
}

/** How peak RSS is measured on this machine (for the report). */
export function rssMethod() {
  if (hasGnuTime()) return 'GNU time (ru_maxrss)';
  if (fs.existsSync('/proc/self/status')) return '/proc VmHWM polling (direct child only)';
  return 'unavailable';
}

let tmpCounter = 0;
function tmpFile(tag) {
  const dir = path.join(os.tmpdir(), `outreach-bench-${process.pid}`);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${tag}-${tmpCounter++}`);
}

/** Remove this process's temp files (stdout/stderr captures). */
export function cleanupTemp() {
  fs.rmSync(path.join(os.tmpdir(), `outreach-bench-${process.pid}`), { recursive: true, force: true });
}

function readVmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Run a command once. stdout/stderr go to /dev/null unless `capture` is set, in which case they
 * go to temp files (cheap: written by the kernel, not piped through this process) and their
 * paths are returned. Resolves to { wallMs, cpuMs, rssKB, code, signal, timedOut, stdoutFile, stderrFile };
 * cpuMs (user + sys of the command's tree, 10 ms resolution) only with GNU time: on a shared,
 * loaded machine it moves much less than wall time.
 */
export function runOnce(cmd, args = [], { cwd, env, capture = false, timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const stdoutFile = capture ? tmpFile('out') : null;
    const stderrFile = capture ? tmpFile('err') : null;
    const outFd = capture ? fs.openSync(stdoutFile, 'w') : 'ignore';
    const errFd = capture ? fs.openSync(stderrFile, 'w') : 'ignore';
    const useTime = hasGnuTime();
    const timeFile = useTime ? tmpFile('time') : null;
    const [file, argv] = useTime ? ['/usr/bin/time', ['-o', timeFile, '-f', '%M %U %S', cmd, ...args]] : [cmd, args];

    const t0 = process.hrtime.bigint();
    let child;
    try {
      child = spawn(file, argv, { cwd, env: env ? { ...process.env, ...env } : process.env, stdio: ['ignore', outFd, errFd], detached: true });
    } catch (e) {
      reject(e);
      return;
    }
    let peak = 0, poll = null, timer = null, timedOut = false;
    if (!useTime && child.pid) {
      const tick = () => { peak = Math.max(peak, readVmHWM(child.pid)); };
      poll = setInterval(tick, 5);
    }
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }, timeoutMs);
    }
    child.on('error', (e) => { clearInterval(poll); clearTimeout(timer); reject(e); });
    child.on('exit', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      clearInterval(poll);
      clearTimeout(timer);
      if (capture) { fs.closeSync(outFd); fs.closeSync(errFd); }
      let rssKB = peak || null;
      let cpuMs = null;
      if (useTime) {
        try {
          // GNU time writes "Command exited with non-zero status N" first when N != 0; ours is last
          const lines = fs.readFileSync(timeFile, 'utf8').trim().split('\n');
          const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
          rssKB = kb || null;
          cpuMs = Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
          fs.rmSync(timeFile, { force: true });
        } catch { /* killed before time wrote */ }
      }
      resolve({ wallMs, cpuMs, rssKB, code, signal, timedOut, stdoutFile, stderrFile });
    });
  });
}

/**
 * Run a command `runs` times (after `warmup` unmeasured runs). Fails loudly if an exit code is
 * not in `okCodes`. When the first measured run exceeds `slowMs`, the remaining runs are skipped
 * unless `full` is set (a 100k markdownlint run takes minutes). `check(run)` may inspect the
 * first measured run's captured output (set capture) and throw to reject the result.
 * Returns { runs: [...], wall: stats(ms), cpu: stats(ms), rss: stats(KB), note }.
 */
export async function measureCommand(cmd, args, {
  runs = 3, warmup = 0, okCodes = [0], slowMs = 60_000, full = false, capture = false, check, onRun, ...opts
} = {}) {
  for (let i = 0; i < warmup; i++) await runOnce(cmd, args, opts);
  const results = [];
  let note = '';
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(cmd, args, { ...opts, capture: capture && i === 0 });
    if (r.timedOut) throw new Error(`${cmd} ${args.join(' ')}: timed out after ${opts.timeoutMs} ms`);
    if (!okCodes.includes(r.code)) {
      const tail = r.stderrFile ? fs.readFileSync(r.stderrFile, 'utf8').slice(-800) : '';
      throw new Error(`${cmd} ${args.join(' ')}: exit ${r.code ?? r.signal}${tail ? `\n${tail}` : ''}`);
    }
    if (i === 0 && check) await check(r);
    results.push(r);
    onRun?.(r, i);
    if (i === 0 && runs > 1 && !full && r.wallMs > slowMs) {
      note = `1 run (>${Math.round(slowMs / 1000)} s; --full repeats)`;
      break;
    }
  }
  return {
    runs: results,
    wall: stats(results.map((r) => r.wallMs)),
    cpu: stats(results.map((r) => r.cpuMs).filter((x) => x != null)),
    rss: stats(results.map((r) => r.rssKB).filter((x) => x != null)),
    note,
  };
}

/**
 * Time a synchronous (or async) function in this process: `warmup` unmeasured calls, then
 * `iterations` measured ones. Returns stats over per-call milliseconds (for engine latency).
 */
export async function timeLoop(fn, { iterations = 1000, warmup = 100 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return stats(samples);
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile of an ascending array, p in [0, 100]. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * { n, min, max, mean, median, p95, p99, spread } where spread is the largest deviation from
 * the median as a fraction of it (the "±x %" of the anchors).
 */
export function stats(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return { n: 0, min: NaN, max: NaN, mean: NaN, median: NaN, p95: NaN, p99: NaN, spread: NaN };
  const med = median(s);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return {
    n: s.length, min: s[0], max: s[s.length - 1], mean, median: med,
    p95: percentile(s, 95), p99: percentile(s, 99),
    spread: med ? Math.max(med - s[0], s[s.length - 1] - med) / med : 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Milliseconds, human: 0.143 ms, 12.3 ms, 1.52 s, 164 s. */
export function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 100_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(0)} s`;
}

/** Microseconds for per-file costs. */
export function fmtUs(ms) {
  if (!Number.isFinite(ms)) return '–';
  const us = ms * 1000;
  return us < 1000 ? `${us.toFixed(0)} µs` : `${(us / 1000).toFixed(2)} ms`;
}

export function fmtKB(kb) {
  if (!Number.isFinite(kb) || kb == null) return '–';
  return kb < 1024 * 1024 ? `${(kb / 1024).toFixed(0)} MB` : `${(kb / 1024 / 1024).toFixed(2)} GB`;
}

export function fmtPct(frac) {
  return Number.isFinite(frac) ? `±${(frac * 100).toFixed(0)} %` : '–';
}

/** a / b as "12.3×" (or "–"). */
export function fmtRatio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

export function fmtCount(n) {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/**
 * A Markdown table, padded so it also reads well in a terminal.
 * `align` is a string of l/r/c per column (default: first column left, others right).
 */
export function markdownTable(headers, rows, align) {
  const a = align ?? 'l' + 'r'.repeat(headers.length - 1);
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const width = headers.map((_, j) => Math.max(3, ...cells.map((r) => [...(r[j] ?? '')].length)));
  const pad = (s, j) => {
    const n = width[j] - [...s].length;
    if (a[j] === 'r') return ' '.repeat(n) + s;
    if (a[j] === 'c') return ' '.repeat(n >> 1) + s + ' '.repeat(n - (n >> 1));
    return s + ' '.repeat(n);
  };
  const line = (r) => `| ${r.map((c, j) => pad(c, j)).join(' | ')} |`;
  const sep = `|${width.map((w, j) => (a[j] === 'r' ? '-'.repeat(w + 1) + ':' : a[j] === 'c' ? ':' + '-'.repeat(w) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

/** Machine facts to print with the results (a loaded machine explains slow numbers). */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? '?',
    memGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadavg: os.loadavg().map((x) => +x.toFixed(2)),
    rss: rssMethod(),
  };
}
