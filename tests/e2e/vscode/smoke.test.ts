// First smoke test: the packaged extension is installed in VS Code and activates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

suite('Extension', () => {
  test(`is installed as ${EXTENSION_ID}`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const installed = vscode.extensions.all.filter((e) => !(e.packageJSON as { isBuiltin?: boolean }).isBuiltin).map((e) => e.id);
    assert.ok(ext, `${EXTENSION_ID} not found; installed: ${installed.join(', ') || 'none'}`);
    assert.equal(ext.packageJSON.publisher, 'outreach-lint');
    assert.equal(ext.packageJSON.name, 'outreach-lint');
  });

  test('activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });
});
