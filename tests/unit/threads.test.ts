import { describe, expect, it } from 'vitest';
import { cpuTimes, idleCores } from '../../server/src/cli/threads.js';

const reading = (idle: number, busy: number, at: number) => ({ idle, total: idle + busy, at });

describe('idleCores (how many workers the CLI starts without --jobs)', () => {
  it('counts a core that stood idle while this thread linted', () => {
    // 2 cores over 200 ms: this thread kept one busy, the other idle 190 ms of 200.
    expect(idleCores(reading(1000, 5000, 0), reading(1190, 5210, 200))).toBe(1);
  });

  it('does not count a core another program keeps busy', () => {
    // Both cores busy: 20 ms idle in 200 ms.
    expect(idleCores(reading(1000, 5000, 0), reading(1020, 5380, 200))).toBe(0);
  });

  it('counts a core idle at least 60 % of the time, not one idle half of it', () => {
    expect(idleCores(reading(0, 0, 0), reading(120, 280, 200))).toBe(1);
    expect(idleCores(reading(0, 0, 0), reading(100, 300, 200))).toBe(0);
  });

  it('counts several idle cores on a larger machine', () => {
    // 8 cores over 1 s: one busy with this thread, 6.8 core-seconds idle.
    expect(idleCores(reading(0, 0, 0), reading(6800, 1200, 1000))).toBe(7);
  });

  it('says 0 when the readings say nothing: no cores reported, or too short a window', () => {
    expect(idleCores(reading(0, 0, 0), reading(0, 0, 500))).toBe(0);
    expect(idleCores(reading(0, 0, 0), reading(30, 10, 20))).toBe(0);
  });

  it('reads real, growing CPU times from this machine', () => {
    const a = cpuTimes();
    let x = 0;
    for (let i = 0; i < 2e7; i++) x = (x * 31 + i) | 0;
    const b = cpuTimes();
    expect(x).not.toBeNaN();
    expect(b.at).toBeGreaterThan(a.at);
    expect(b.total).toBeGreaterThanOrEqual(a.total);
    expect(b.idle).toBeGreaterThanOrEqual(a.idle);
  });
});
