import { cpus } from 'node:os';

/** A reading of the machine's CPU time: idle and total over all cores (ms), and when it was taken (ms). */
export interface CpuReading {
  readonly idle: number;
  readonly total: number;
  readonly at: number;
}

/** Idle and total CPU time over all cores so far (ms; the kernel's tick counts, ~10 ms resolution). */
export function cpuTimes(): CpuReading {
  let idle = 0;
  let total = 0;
  for (const c of cpus()) {
    idle += c.times.idle;
    total += c.times.idle + c.times.user + c.times.nice + c.times.sys + c.times.irq;
  }
  return { idle, total, at: performance.now() };
}

/**
 * How many whole cores stood idle between two readings: the idle time over the wall time between them, rounded
 * so that a core idle at least 60 % of the time counts (a worker there still gains more than it costs).
 * 0 when the readings say nothing (no cores reported, as in some containers, or too short a window).
 */
export function idleCores(before: CpuReading, after: CpuReading): number {
  const wall = after.at - before.at;
  if (wall < 50 || after.total <= before.total) return 0;
  return Math.max(0, Math.floor((after.idle - before.idle) / wall + 0.4));
}
