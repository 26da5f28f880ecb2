// Crash recovery in real VS Code: when the language server process dies, the client starts a new one (the
// default error handler: up to 4 restarts in 3 minutes) and the open template's diagnostics come back,
// for text typed while no server was running.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, waitForDiagnostics } from './helpers';
import { ofRule } from './files';

interface ServerInfo {
  pid: number;
  version: string;
  trusted: boolean;
  scanWorker: boolean;
}

async function serverInfo(): Promise<ServerInfo> {
  const info = await vscode.commands.executeCommand<ServerInfo | undefined>('outreachLint.serverInfo');
  assert.ok(info && Number.isInteger(info.pid), `outreachLint.serverInfo answered ${JSON.stringify(info)}`);
  return info;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const MESSAGE = [
  '---',
  'channel: linkedin-connect',
  'to:',
  '  name: Dana Whitfield',
  '  company: Acme Robotics',
  '---',
  'Hi Dana,',
  '',
  'I read your post on routing warehouse robots around charging breaks; we hit the same wall last spring.',
  '',
].join('\n');

suite('Crash recovery', () => {
  let doc: vscode.TextDocument | undefined;

  suiteSetup(async () => {
    await activeExtension();
    // An untitled template: nothing in the workspace (or its problem list) changes for the other suites.
    doc = await vscode.workspace.openTextDocument({ language: 'outreach', content: MESSAGE });
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => x.source === 'outreach-lint'), 30_000, 'the first diagnostics of the untitled template');
  });

  suiteTeardown(async () => {
    if (!doc) return;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** Kills the server, types `insert` at the end of the greeting, and waits for a diagnostic only a new server can give. */
  async function killTypeAndWait(insert: string, placeholder: string): Promise<ServerInfo> {
    const before = await serverInfo();
    assert.ok(alive(before.pid), `server ${before.pid} is running`);
    process.kill(before.pid, 'SIGKILL');
    // Typed while the server is down (or coming back): the restarted server is sent the text as it is now.
    const editor = await vscode.window.showTextDocument(doc!);
    const greeting = doc!.getText().split('\n').indexOf('Hi Dana,');
    const ok = await editor.edit((e) => e.insert(new vscode.Position(greeting + 1, 0), `${insert}\n`));
    assert.ok(ok, 'the edit was applied');
    const diagnostics = await waitForDiagnostics(
      doc!.uri,
      (d) => ofRule(d, 'unfilled-placeholder').some((x) => doc!.getText(x.range) === placeholder),
      60_000,
      `unfilled-placeholder on ${placeholder}, from a restarted server`,
    );
    assert.ok(diagnostics.every((d) => d.source === 'outreach-lint'));
    const after = await serverInfo();
    assert.notEqual(after.pid, before.pid, 'a new server process answers');
    assert.ok(alive(after.pid), `server ${after.pid} is running`);
    assert.ok(!alive(before.pid), `server ${before.pid} is gone`);
    return after;
  }

  test('a killed server is restarted and the open template gets diagnostics for the text typed meanwhile', async function () {
    this.timeout(90_000);
    const after = await killTypeAndWait('I noticed [Company] is hiring for the routing team.', '[Company]');
    // The restarted server was told the workspace trust again.
    assert.equal(after.trusted, vscode.workspace.isTrusted);
  });

  test('a second crash is recovered from too', async function () {
    this.timeout(90_000);
    await killTypeAndWait('Could you introduce me to [Hiring Manager]?', '[Hiring Manager]');
  });
});
