// Quick fixes in real VS Code: the actions the light bulb offers, applied with workspace.applyEdit, and the
// safe fixes applied on save through editor.codeActionsOnSave. Every test works on its own copy of a sample.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForDiagnostics, workspaceUri } from './helpers';
import { actionTitled, closeFile, copySample, ofRule, openAndWait, quickFixes, readDisk, ruleIds, setConfig, snapshot } from './files';

const SAMPLE = 'mutual-unnamed.outreach.md';
const MUTUAL_LINE = 'We have a mutual connection in Tomás Ferreira: we rebuilt the billing service together at Ledgerline.';
const VALUE_LINE = "If it helps, I'd be glad to share {{what_you_can_offer}}.";
const BOTH = (d: vscode.Diagnostic[]) => ofRule(d, 'mention-mutual').length > 0 && ofRule(d, 'give-value').length > 0;

suite('Quick fixes', () => {
  const copies: vscode.Uri[] = [];
  async function copy(name: string): Promise<vscode.Uri> {
    const uri = await copySample(SAMPLE, name);
    copies.push(uri);
    return uri;
  }
  teardown(async () => {
    for (const uri of copies.splice(0)) await closeFile(uri, { delete: true });
  });

  test('"Insert mutual reference" names the mutual and its diagnostic clears', async () => {
    const uri = await copy('copy-insert-mutual.outreach.md');
    const { editor, diagnostics } = await openAndWait(uri, BOTH);
    const mutual = ofRule(diagnostics, 'mention-mutual')[0]!;

    const actions = await quickFixes(uri, mutual.range);
    const insert = actionTitled(actions, 'Insert mutual reference');
    assert.equal(insert.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(insert.isPreferred, true, 'the safe fix is the preferred action');
    // (vscode.executeCodeActionProvider does not return an action's `diagnostics`, so they are not checked here.)
    // The rule's other actions come with it.
    for (const title of ['Disable mention-mutual for this file', 'Show documentation for mention-mutual']) actionTitled(actions, title);

    assert.ok(insert.edit, 'the action carries its edit');
    assert.equal(await vscode.workspace.applyEdit(insert.edit), true);
    const text = editor.document.getText();
    assert.ok(text.includes(`follow your work.\n\n${MUTUAL_LINE}`), `the reference follows the reason:\n${text}`);

    // Cleared, while the other finding (give-value) stays: the diagnostics are those of the new text.
    const after = await waitForDiagnostics(
      uri,
      (d) => ofRule(d, 'mention-mutual').length === 0 && ofRule(d, 'give-value').length > 0,
      15_000,
      'mention-mutual to clear after the fix',
    );
    assert.deepEqual(ruleIds(after), ['give-value']);
  });

  test('"Add value line" inserts an offer with a slot and the give-value diagnostic clears', async () => {
    const uri = await copy('copy-add-value.outreach.md');
    const { editor, diagnostics } = await openAndWait(uri, BOTH);
    const value = ofRule(diagnostics, 'give-value')[0]!;

    const actions = await quickFixes(uri, value.range);
    const add = actionTitled(actions, 'Add value line');
    assert.notEqual(add.isPreferred, true, 'a suggestion with a slot to fill is not the preferred fix');
    assert.ok(add.edit);
    assert.equal(await vscode.workspace.applyEdit(add.edit), true);
    const text = editor.document.getText();
    assert.ok(text.trimEnd().endsWith(VALUE_LINE), `the offer goes at the end (no sign-off):\n${text}`);

    // give-value clears; the slot left to fill is reported until it is filled.
    const after = await waitForDiagnostics(
      uri,
      (d) => ofRule(d, 'give-value').length === 0 && ofRule(d, 'unfilled-placeholder').length > 0,
      15_000,
      'give-value to clear after the fix',
    );
    assert.deepEqual(ruleIds(after).sort(), ['mention-mutual', 'unfilled-placeholder']);
    const slot = ofRule(after, 'unfilled-placeholder')[0]!;
    assert.equal(editor.document.getText(slot.range), '{{what_you_can_offer}}');

    // Filling the slot leaves only the mutual to mention.
    const slotRange = slot.range;
    assert.ok(await editor.edit((b) => b.replace(slotRange, 'the load-test scripts we wrote for our own Kafka migration')));
    const filled = await waitForDiagnostics(
      uri,
      (d) => ofRule(d, 'unfilled-placeholder').length === 0 && ofRule(d, 'mention-mutual').length > 0,
      15_000,
      'the slot problem to clear once filled',
    );
    assert.deepEqual(ruleIds(filled), ['mention-mutual']);
  });

  test('fix-all on save (editor.codeActionsOnSave source.fixAll.outreach-lint) applies the safe fix', async () => {
    const uri = await copy('copy-fix-on-save.outreach.md');
    const settingsFile = await snapshot(workspaceUri('.vscode', 'settings.json'));
    const scope = { languageId: 'outreach' };
    await setConfig('editor', 'codeActionsOnSave', { 'source.fixAll.outreach-lint': 'explicit' }, vscode.ConfigurationTarget.Workspace, scope, true);
    try {
      const { editor } = await openAndWait(uri, BOTH);
      // The user edits the message, then saves.
      const end = editor.document.positionAt(editor.document.getText().indexOf('follow your work.'));
      assert.ok(await editor.edit((b) => b.insert(end, 'keep up with and ')));
      assert.equal(editor.document.isDirty, true);
      const changes: string[] = [];
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === uri.toString()) {
          changes.push(`v${e.document.version} dirty=${e.document.isDirty} reason=${e.reason} ${JSON.stringify(e.contentChanges.map((c) => c.text))}`);
        }
      });
      const saved = await editor.document.save();
      sub.dispose();
      assert.equal(saved, true, `save() failed; dirty=${editor.document.isDirty}; changes during save:\n${changes.join('\n')}\ntext:\n${editor.document.getText()}\ndisk:\n${await readDisk(uri)}`);

      const text = editor.document.getText();
      assert.equal(editor.document.isDirty, false);
      assert.ok(text.includes(`keep up with and follow your work.\n\n${MUTUAL_LINE}`), `the safe fix ran on save:\n${text}`);
      assert.ok(!text.includes('If it helps'), 'suggestions (Add value line) are not applied by fix-all');
      assert.equal(await readDisk(uri), text, 'the fixed text is what was saved');

      await waitForDiagnostics(
        uri,
        (d) => ofRule(d, 'mention-mutual').length === 0 && ofRule(d, 'give-value').length > 0,
        15_000,
        'mention-mutual to clear after the fix on save',
      );
    } finally {
      await setConfig('editor', 'codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, scope, true);
      await settingsFile.restore();
    }
  });

  test('without codeActionsOnSave, saving changes nothing', async () => {
    const uri = await copy('copy-plain-save.outreach.md');
    const { editor } = await openAndWait(uri, BOTH);
    const before = editor.document.getText();
    const at = editor.document.positionAt(before.indexOf('follow your work.'));
    assert.ok(await editor.edit((b) => b.insert(at, 'closely ')));
    assert.equal(await editor.document.save(), true);
    assert.equal(editor.document.getText(), before.replace('follow your work.', 'closely follow your work.'));
  });
});
