// Diagnostics in real VS Code: an opened template gets squiggles with rule codes and documentation links,
// and the Problems list holds the problems of templates that were never opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitForDiagnostics, workspaceUri } from './helpers';
import { closeFile, codeOf, ofRule, openAndWait, ruleIds } from './files';

const DOCS = 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/';

suite('Diagnostics', () => {
  test('opening a template activates the extension and shows its diagnostics with rule codes and doc links', async () => {
    const uri = workspaceUri('mutual-unnamed.outreach.md');
    try {
      const { editor, diagnostics } = await openAndWait(
        uri,
        (d) => ofRule(d, 'mention-mutual').length > 0 && ofRule(d, 'give-value').length > 0,
        'mention-mutual and give-value on mutual-unnamed.outreach.md',
      );
      assert.equal(editor.document.languageId, 'outreach');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext?.isActive, 'the extension is active once a template is open');

      assert.deepEqual(ruleIds(diagnostics).sort(), ['give-value', 'mention-mutual']);
      for (const d of diagnostics) {
        const { value, target } = codeOf(d);
        assert.equal(d.source, 'outreach-lint');
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `${value} is a warning by default`);
        assert.ok(target, `${value} has a documentation link`);
        assert.equal(target.toString(true), `${DOCS}${value}.md`);
        // The page the link names ships in the extension too.
        const shipped = await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', `${value}.md`));
        assert.equal(shipped.type, vscode.FileType.File);
      }

      const mutual = ofRule(diagnostics, 'mention-mutual')[0]!;
      assert.match(mutual.message, /Tomás Ferreira is listed as a mutual connection but the message never names them/);
      // The range is the mutual's name in the front matter (line 9 of the file: "  - name: Tomás Ferreira").
      assert.equal(editor.document.getText(mutual.range), 'name: Tomás Ferreira');
      const value = ofRule(diagnostics, 'give-value')[0]!;
      assert.equal(editor.document.getText(value.range), 'Hi {{firstName}},');
    } finally {
      await closeFile(uri);
    }
  });

  test('the Problems list holds the diagnostics of a template that was never opened', async () => {
    const uri = workspaceUri('never-opened.outreach.md');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
      'never-opened.outreach.md must not be open (the workspace diagnostics are under test)',
    );
    const diagnostics = await waitForDiagnostics(
      uri,
      (d) => ofRule(d, 'courteous-note').length > 0 && ofRule(d, 'ask-for-introduction').length > 0,
      30_000,
      'workspace diagnostics of never-opened.outreach.md',
    );
    // The same list the Problems panel shows: every file with its diagnostics.
    const all = vscode.languages.getDiagnostics();
    const entry = all.find(([u]) => u.toString() === uri.toString());
    assert.ok(entry, `never-opened.outreach.md is in the problem list; it has ${all.map(([u]) => u.path.split('/').pop()).join(', ')}`);
    assert.deepEqual(ruleIds(entry[1]).sort(), ['ask-for-introduction', 'courteous-note']);

    const stock = ofRule(diagnostics, 'courteous-note')[0]!;
    assert.equal(stock.severity, vscode.DiagnosticSeverity.Error);
    assert.match(stock.message, /^Only stock text: "I'd like to add you to my professional network on LinkedIn"/);
    assert.equal(codeOf(stock).target?.toString(true), `${DOCS}courteous-note.md`);
    assert.equal(stock.range.start.line, 7);
    // Still never opened: reading diagnostics did not open it.
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
  });

  test('the Problems list follows templates created and deleted on disk', async () => {
    const uri = workspaceUri('created-on-disk.outreach.md');
    try {
      await vscode.workspace.fs.copy(workspaceUri('never-opened.outreach.md'), uri);
      const diagnostics = await waitForDiagnostics(
        uri,
        (d) => ofRule(d, 'courteous-note').length > 0,
        30_000,
        'the problems of a template created on disk',
      );
      assert.deepEqual(ruleIds(diagnostics).sort(), ['ask-for-introduction', 'courteous-note']);
      await vscode.workspace.fs.delete(uri, { useTrash: false });
      await waitForDiagnostics(uri, (d) => d.length === 0, 30_000, 'the problems of the deleted template to go');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'it was never opened');
    } finally {
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });
});
