// Configuration in real VS Code: editing .outreachlintrc.json, the JSON schema that validates it, a broken
// config file, and the outreachLint.rules setting. Every test puts the config and settings back as they were.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics, workspaceUri } from './helpers';
import { closeFile, openAndWait, openEditor, ofRule, readDisk, ruleIds, setConfig, snapshot } from './files';

const TEMPLATE = 'mutual-unnamed.outreach.md';
const CONFIG = '.outreachlintrc.json';
const BOTH = (d: vscode.Diagnostic[]) => ofRule(d, 'mention-mutual').length > 0 && ofRule(d, 'give-value').length > 0;
const VALUE_OFF = (d: vscode.Diagnostic[]) => ofRule(d, 'give-value').length === 0 && ofRule(d, 'mention-mutual').length > 0;

/**
 * Replaces the whole text of an open document and saves it, as a user editing the file would. A workspace
 * edit applies to the document's current version (`editor.edit` refuses when the version moved under it,
 * as when VS Code is still reloading the file from disk).
 */
async function rewrite(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.lineAt(doc.lineCount - 1).range.end), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `edit of ${doc.uri.path} applied`);
  assert.equal(doc.getText(), text);
  assert.equal(await doc.save(), true);
}

suite('Configuration', () => {
  const template = () => workspaceUri(TEMPLATE);
  const config = () => workspaceUri(CONFIG);
  let original = '';

  suiteSetup(async () => {
    original = await readDisk(config());
  });
  teardown(async () => {
    // Whatever a test did, the config file is back as it was and nothing is left open. An open config is put
    // back through its editor: writing the file under an open document would make VS Code reload it later,
    // racing the next test's edit.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === config().toString());
    if (open && open.getText() !== original) await rewrite(await openEditor(config()), original);
    if ((await readDisk(config())) !== original) await vscode.workspace.fs.writeFile(config(), new TextEncoder().encode(original));
    // The server's verdict on the config put back must arrive before the next test starts: a diagnostic left
    // from this test (a misspelt severity, a stray comma) would otherwise satisfy the next test's wait.
    await waitForDiagnostics(config(), (d) => !d.some((x) => x.source === 'outreach-lint'), 20_000, 'no outreach-lint diagnostic on the restored config');
    await closeFile(config());
    await closeFile(template());
  });

  test('turning a rule off in .outreachlintrc.json updates the open diagnostics, and back on', async () => {
    await openAndWait(template(), BOTH);
    const editor = await openEditor(config());
    assert.equal(editor.document.languageId, 'jsonc', '.outreachlintrc.json is JSON with comments');

    await rewrite(editor, original.replace('"length-limit": "error"', '"length-limit": "error",\n    "give-value": "off"'));
    const off = await waitForDiagnostics(template(), VALUE_OFF, 20_000, 'give-value to go when the config turns it off');
    assert.deepEqual(ruleIds(off), ['mention-mutual']);
    // Files that are not open follow the config too (the Problems list).
    const never = workspaceUri('never-opened.outreach.md');
    await waitForDiagnostics(never, (d) => ofRule(d, 'courteous-note').length > 0, 20_000);

    await rewrite(editor, original);
    const on = await waitForDiagnostics(template(), BOTH, 20_000, 'give-value to come back with the original config');
    assert.deepEqual(ruleIds(on).sort(), ['give-value', 'mention-mutual']);
  });

  test('a severity in .outreachlintrc.json changes the diagnostic severity', async () => {
    await openAndWait(template(), BOTH);
    const editor = await openEditor(config());
    await rewrite(editor, original.replace('"length-limit": "error"', '"length-limit": "error",\n    "mention-mutual": "error"'));
    const d = await waitForDiagnostics(
      template(),
      (ds) => ofRule(ds, 'mention-mutual').some((x) => x.severity === vscode.DiagnosticSeverity.Error),
      20_000,
      'mention-mutual as an error',
    );
    assert.equal(ofRule(d, 'give-value')[0]?.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the shipped JSON schema validates .outreachlintrc.json in the editor', async () => {
    const editor = await openEditor(config());
    await rewrite(editor, original.replace('"length-limit": "error"', '"length-limit": "eror"'));
    const diagnostics = await waitForDiagnostics(
      config(),
      (d) => d.some((x) => x.source !== 'outreach-lint'),
      30_000,
      'a JSON schema diagnostic on .outreachlintrc.json',
    );
    const schema = diagnostics.find((x) => x.source !== 'outreach-lint')!;
    assert.equal(editor.document.getText(schema.range), '"eror"');
    assert.match(schema.message, /"off", "info", "warning", "error"/);
  });

  test('a broken .outreachlintrc.json is a diagnostic on that file, and linting goes on with defaults', async () => {
    await openAndWait(template(), BOTH);
    const editor = await openEditor(config());
    // A rule turned off, and a syntax error: the whole file is not trusted, so the defaults apply.
    const broken = original.replace('"length-limit": "error"', '"give-value": "off",\n    "length-limit": "error",,');
    await rewrite(editor, broken);
    const ours = (d: vscode.Diagnostic[]) => d.filter((x) => x.source === 'outreach-lint');
    const problems = ours(
      await waitForDiagnostics(
        config(),
        (d) => ours(d).some((x) => x.message.startsWith('Invalid JSON')),
        20_000,
        'an outreach-lint "Invalid JSON" diagnostic on the broken config file',
      ),
    );
    // Every problem is the syntax error (the parser may name it twice), an error on the line of the stray comma;
    // the rule turned off in the same file is not reported as a setting, since nothing in the file is trusted.
    for (const problem of problems) {
      assert.match(problem.message, /^Invalid JSON/, problem.message);
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error, problem.message);
      assert.equal(problem.range.start.line, broken.split('\n').findIndex((line) => line.includes(',,')), `on the line of the stray comma: ${problem.message}`);
    }
    // Still linted, with the defaults (the trained second opinion on, so give-value may go: only the mutual is sure).
    const still = vscode.languages.getDiagnostics(template());
    assert.ok(ofRule(still, 'mention-mutual').length > 0, `the template is still linted: ${ruleIds(still).join(', ')}`);

    await rewrite(editor, original);
    await waitForDiagnostics(config(), (d) => !d.some((x) => x.source === 'outreach-lint'), 20_000, 'the config problem to clear');
  });

  test('a config file reached through "extends" is watched: editing it on disk updates the open diagnostics', async () => {
    const base = workspaceUri('team', 'outreach-base.json');
    const baseFile = await snapshot(base);
    const writeBase = (text: string) => vscode.workspace.fs.writeFile(base, new TextEncoder().encode(text));
    try {
      await writeBase('{ "rules": { "give-value": "off" } }\n');
      await openAndWait(template(), BOTH);
      await rewrite(await openEditor(config()), original.replace('"rules": {', '"extends": "./team/outreach-base.json",\n  "rules": {'));
      await waitForDiagnostics(template(), VALUE_OFF, 20_000, 'give-value to go when the extended file turns it off');

      // Changed on disk, not through an editor: only a watcher on the extended file tells the server.
      await writeBase('{ "rules": { "give-value": "error" } }\n');
      const back = await waitForDiagnostics(
        template(),
        (d) => ofRule(d, 'give-value').some((x) => x.severity === vscode.DiagnosticSeverity.Error),
        20_000,
        'give-value as an error after the extended file changed on disk',
      );
      assert.ok(BOTH(back), ruleIds(back).join(', '));
    } finally {
      await baseFile.restore();
    }
  });

  test('the outreachLint.rules setting turns a rule off in the editor', async () => {
    await openAndWait(template(), BOTH);
    const settingsFile = await snapshot(workspaceUri('.vscode', 'settings.json'));
    await setConfig('outreachLint', 'rules', { 'give-value': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const off = await waitForDiagnostics(template(), VALUE_OFF, 20_000, 'give-value to go when the setting turns it off');
      assert.deepEqual(ruleIds(off), ['mention-mutual']);
    } finally {
      await setConfig('outreachLint', 'rules', undefined, vscode.ConfigurationTarget.Workspace);
      await settingsFile.restore();
    }
    await waitForDiagnostics(template(), BOTH, 20_000, 'give-value to come back when the setting is removed');
  });
});
