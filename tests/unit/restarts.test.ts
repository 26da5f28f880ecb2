// The VS Code client's restart policy for a server that dies (client/src/restarts.ts); the restarts themselves are
// exercised in real VS Code by tests/e2e/vscode/recovery.test.ts.
import { describe, expect, it } from 'vitest';
import { MAX_RESTARTS, RESTART_WINDOW_MS, shouldRestart } from '../../client/src/restarts.js';

describe('restarting a server that dies', () => {
  it('restarts up to MAX_RESTARTS times within the window, then gives up', () => {
    const crashes: number[] = [];
    const answers = Array.from({ length: MAX_RESTARTS + 1 }, (_, i) => shouldRestart(crashes, 1_000 + i * 10_000));
    expect(answers).toEqual([...Array(MAX_RESTARTS).fill(true), false]);
  });

  it('forgets crashes older than the window', () => {
    const crashes: number[] = [];
    for (let i = 0; i < MAX_RESTARTS; i++) expect(shouldRestart(crashes, i * 1_000)).toBe(true);
    // One more crash, long after the first ones: it is the only one in the window.
    expect(shouldRestart(crashes, RESTART_WINDOW_MS + 10 * 1_000)).toBe(true);
    expect(crashes).toEqual([RESTART_WINDOW_MS + 10 * 1_000]);
  });

  it('counts the window from each crash, not from the first', () => {
    const crashes: number[] = [];
    const t0 = 0;
    expect(shouldRestart(crashes, t0)).toBe(true);
    for (let i = 1; i < MAX_RESTARTS; i++) expect(shouldRestart(crashes, t0 + RESTART_WINDOW_MS - 1_000)).toBe(true);
    // The first crash has just left the window: MAX_RESTARTS crashes remain in it with this one.
    expect(shouldRestart(crashes, t0 + RESTART_WINDOW_MS + 1)).toBe(true);
    // And one more within the window is one too many.
    expect(shouldRestart(crashes, t0 + RESTART_WINDOW_MS + 2)).toBe(false);
  });
});
