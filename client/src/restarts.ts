/**
 * When to restart a language server that died: as vscode-languageclient's default does (up to 4 restarts within 3
 * minutes, then give up and say so), kept here as a pure function so it can be tested without VS Code.
 */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60_000;

/**
 * Records a crash at `now` in `crashes` (oldest first; crashes older than the window are dropped) and says whether
 * the server should be restarted: yes while there have been at most MAX_RESTARTS crashes in the window.
 */
export function shouldRestart(crashes: number[], now: number): boolean {
  crashes.push(now);
  while (crashes.length > 0 && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
  return crashes.length <= MAX_RESTARTS;
}
