// Hover and the score lens in real VS Code: the hover explains the rule under the cursor (and lists the
// signals on the message's first line); the lens scores the message on the five points of the source.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './helpers';
import { closeFile, codeLenses, copySample, hoverText, ofRule, openAndWait } from './files';

const DOCS = 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/';
const BOTH = (d: vscode.Diagnostic[]) => ofRule(d, 'mention-mutual').length > 0 && ofRule(d, 'give-value').length > 0;

/** The score lenses of a document (titles starting "Outreach"). */
async function scoreLenses(uri: vscode.Uri): Promise<{ title: string; line: number }[]> {
  return (await codeLenses(uri)).filter((l) => l.title.startsWith('Outreach '));
}

suite('Hover and score lens', () => {
  const template = () => workspaceUri('mutual-unnamed.outreach.md');
  teardown(async () => {
    await closeFile(template());
    await closeFile(workspaceUri('well-written.outreach.md'));
  });

  test('hover on a diagnostic explains its rule and links its documentation', async () => {
    const { diagnostics } = await openAndWait(template(), BOTH);
    const mutual = ofRule(diagnostics, 'mention-mutual')[0]!;
    const text = await hoverText(template(), mutual.range.start.translate(0, 3));
    assert.match(text, /\*\*mention-mutual\*\* \(warning\)/);
    // VS Code shows the diagnostic's message above the hover; the hover explains the rule, not the message again.
    assert.ok(!text.includes(mutual.message), text);
    assert.match(text, /Point 4 of the source: name a person you both know and how you know them\./);
    assert.match(text, /This rule offers a quick fix and suggestions \(Quick Fix\)\./);
    assert.ok(text.includes(`[Documentation for mention-mutual](${DOCS}mention-mutual.md)`), text);
    // Not the first line of the message: no signal list here.
    assert.ok(!text.includes('Outreach 2/5'), text);
  });

  test('hover on the first line of the message lists the signals found and missing', async () => {
    const { diagnostics } = await openAndWait(template(), BOTH);
    const value = ofRule(diagnostics, 'give-value')[0]!;
    const text = await hoverText(template(), value.range.start);
    assert.match(text, /\*\*give-value\*\* \(warning\)\n\nGive a little of yourself: say what you offer\./);
    assert.ok(text.includes(`[Documentation for give-value](${DOCS}give-value.md)`), text);
    assert.ok(text.includes('**Outreach 2/5: missing value, reference, introduction**'), text);
    assert.match(text, /- ✓ \*\*reason\*\*: "/);
    assert.match(text, /- ✓ \*\*personal\*\*: "/);
    assert.match(text, /- ✗ \*\*value\*\*: needs what you offer in return/);
    assert.match(text, /- ✗ \*\*collector\*\*: not found/);
  });

  test('no hover where there is nothing to explain', async () => {
    await openAndWait(template(), BOTH);
    // Line 2 is "account: premium" in the front matter: no finding, not the message.
    assert.equal(await hoverText(template(), new vscode.Position(2, 3)), '');
  });

  test('the score lens sits on the first line of the message and names what is missing', async () => {
    const { diagnostics } = await openAndWait(template(), BOTH);
    const lenses = await scoreLenses(template());
    assert.deepEqual(lenses, [{ title: 'Outreach 2/5: missing value, reference, introduction', line: ofRule(diagnostics, 'give-value')[0]!.range.start.line }]);
  });

  test('a well-written template scores 5/5 and has no diagnostics', async () => {
    const uri = workspaceUri('well-written.outreach.md');
    const { editor } = await openAndWait(uri, () => true);
    assert.equal(editor.document.languageId, 'outreach');
    const lenses = await scoreLenses(uri);
    assert.deepEqual(lenses, [{ title: 'Outreach 5/5', line: editor.document.getText().split('\n').indexOf('Hi {{firstName}},') }]);
    // The lens answered from a lint of this document, so its diagnostics (none) are final too.
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });

  test('the score lens follows edits', async () => {
    const uri = await copySample('mutual-unnamed.outreach.md', 'copy-lens.outreach.md');
    try {
      const { editor } = await openAndWait(uri, BOTH);
      const at = editor.document.positionAt(editor.document.getText().indexOf('follow your work.') + 'follow your work.'.length);
      const offer = ' In return, I can share the load-test scripts we wrote for our own migration.';
      assert.ok(await editor.edit((b) => b.insert(at, offer)));
      // The lens is asked again when VS Code sees the edit; wait for the diagnostics of the new text first.
      await waitFor(
        vscode.languages.onDidChangeDiagnostics,
        () => (ofRule(vscode.languages.getDiagnostics(uri), 'give-value').length === 0 ? true : undefined),
        15_000,
        'give-value to clear once the message offers something',
      );
      const lenses = await scoreLenses(uri);
      assert.equal(lenses.length, 1);
      assert.equal(lenses[0]!.title, 'Outreach 3/5: missing reference, introduction');
    } finally {
      await closeFile(uri, { delete: true });
    }
  });
});
