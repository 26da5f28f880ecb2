import * as vscode from 'vscode';
import {
  CloseAction,
  DiagnosticPullMode,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient/node';
import { MAX_RESTARTS, shouldRestart } from './restarts.js';

const SECTION = 'outreachLint';
let client: LanguageClient | undefined;

/** `outreachLint.*` for a scope, in the one shape the server reads (its `Settings`). */
function readSettings(scope?: vscode.Uri): { enable: boolean; run: 'onType' | 'onSave'; rules: Record<string, string> } {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return { enable: c.get('enable', true), run: c.get<string>('run', 'onType') === 'onSave' ? 'onSave' : 'onType', rules: c.get('rules', {}) };
}

/**
 * A server that dies is restarted (up to 4 times in 3 minutes, as the default handler does), and the restarted server
 * is sent the open documents again, so their diagnostics come back. Unlike the default, errors writing to the
 * connection never shut the client down: while the user types into a server that just died, every keystroke's
 * message fails with EPIPE, and after three of them the default handler gave up for good before the close that
 * would have restarted it arrived (seen in the VS Code crash-recovery test).
 */
function restartingErrorHandler(): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () =>
      shouldRestart(crashes, Date.now())
        ? { action: CloseAction.Restart, handled: true }
        : {
            action: CloseAction.DoNotRestart,
            message: `The Outreach Lint server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. See its output ("Outreach Lint: Show Output") and run "Outreach Lint: Restart Server" when ready.`,
          },
  };
}

/** Starts the bundled server over IPC and registers the commands and the status bar item. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Outreach Lint', { log: true });
  const module = context.asAbsolutePath('dist/server.js');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'outreach' }],
    outputChannel: output,
    // Shown on failure to start (below), not on every logged handler error.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The workspace scan keeps its results in this workspace's extension storage, so reopening it re-lints only
    // the templates that changed (no storage without a folder open: then nothing is kept).
    initializationOptions: () => ({
      trusted: vscode.workspace.isTrusted,
      ...(context.storageUri?.scheme === 'file' ? { cacheLocation: vscode.Uri.joinPath(context.storageUri, 'scan-cache.json').fsPath } : {}),
    }),
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      filter: (document, mode) => mode === DiagnosticPullMode.onType && readSettings(document.uri).run === 'onSave',
    },
    middleware: {
      workspace: {
        configuration: (params) =>
          params.items.map((item) => (item.section === SECTION ? readSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null)),
      },
    },
    errorHandler: restartingErrorHandler(),
  };
  client = new LanguageClient(
    'outreachLint',
    'Outreach Lint',
    {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    },
    clientOptions,
  );

  const status = vscode.window.createStatusBarItem('outreachLint.problems', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Outreach Lint';
  status.command = 'workbench.actions.view.problems';
  let pending: ReturnType<typeof setTimeout> | undefined;
  const updateStatus = () => {
    pending = undefined;
    let count = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) for (const d of diagnostics) if (d.source === 'outreach-lint') count++;
    status.text = `$(mail) ${count}`;
    status.tooltip = `Outreach Lint: ${count} problem${count === 1 ? '' : 's'} in the workspace`;
    status.show();
  };

  context.subscriptions.push(
    output,
    status,
    vscode.languages.onDidChangeDiagnostics(() => (pending ??= setTimeout(updateStatus, 250))),
    vscode.commands.registerCommand('outreachLint.lintWorkspace', async () => {
      const s = (await client?.sendRequest(ExecuteCommandRequest.type, { command: 'outreach-lint.lintWorkspace' })) as
        | { files: number; errors: number; warnings: number }
        | undefined;
      if (s) void vscode.window.showInformationMessage(`Outreach Lint: ${s.files} files, ${s.errors} errors, ${s.warnings} warnings`);
    }),
    vscode.commands.registerCommand('outreachLint.restartServer', () => client?.restart()),
    // Not in the command palette: which server process answers (its pid, trust), for bug reports and tests.
    vscode.commands.registerCommand('outreachLint.serverInfo', () => client?.sendRequest('outreachLint/serverInfo')),
    vscode.commands.registerCommand('outreachLint.showOutput', () => output.show()),
    // Recipients files are read only in trusted workspaces; the server learns of trust when it starts.
    vscode.workspace.onDidGrantWorkspaceTrust(() => client?.restart()),
  );
  updateStatus();
  try {
    await client.start();
  } catch (error) {
    output.show(true);
    void vscode.window.showErrorMessage(`Outreach Lint could not start its language server: ${String(error)}`);
  }
}

/** Stops the server. */
export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
