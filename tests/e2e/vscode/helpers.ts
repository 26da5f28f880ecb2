// Helpers for the VS Code suite: event-driven waits with time bounds (never sleep).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'outreach-lint.outreach-lint';

/** URI of a file in the test workspace (a fresh copy of tests/e2e/vscode/workspace/ per run). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (tests/e2e/vscode/workspace/)');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Resolves with the first value of `check()` that is not undefined, re-checking whenever `event` fires. */
export function waitFor<T, E = unknown>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const timeout = new Error(`timed out after ${timeoutMs} ms waiting for ${what}`); // created here: its stack names the caller
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void): void => {
      if (done) return;
      done = true;
      sub.dispose();
      clearTimeout(timer);
      fn();
    };
    const probe = (): void => {
      try {
        const v = check();
        if (v !== undefined) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    // Subscribe before the first check so that no change between the two is missed.
    const sub = event(probe);
    const timer = setTimeout(() => finish(() => reject(timeout)), timeoutMs);
    probe();
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (checked now and on every onDidChangeDiagnostics). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 30_000,
  what = `diagnostics of ${uri.path.split('/').pop()}`,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return predicate(d) ? d : undefined;
    },
    timeoutMs,
    what,
  );
}

/** The extension under test, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  await ext.activate();
  return ext;
}
