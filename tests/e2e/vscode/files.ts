// File helpers for the VS Code suite: copies of the sample templates that a test may change, opened in an
// editor and removed afterwards, and the text of the code actions, hovers and lenses the tests look at.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, waitForDiagnostics, workspaceUri } from './helpers';

/** Rule ids of some diagnostics (their `code.value`). */
export function ruleIds(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => codeOf(d).value);
}

/** A diagnostic's `code` in the `{ value, target }` shape the extension reports. */
export function codeOf(d: vscode.Diagnostic): { value: string; target: vscode.Uri | undefined } {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return { value: String(code.value), target: code.target };
  return { value: String(code), target: undefined };
}

/** The Outreach Lint diagnostics of a rule, if any. */
export function ofRule(diagnostics: readonly vscode.Diagnostic[], ruleId: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'outreach-lint' && codeOf(d).value === ruleId);
}

/** Copies a sample of the test workspace to `name` (next to it) and returns the copy's URI. */
export async function copySample(sample: string, name: string): Promise<vscode.Uri> {
  const to = workspaceUri(name);
  await vscode.workspace.fs.copy(workspaceUri(sample), to, { overwrite: true });
  return to;
}

/** Opens a file in an editor (it becomes the active one). */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes every tab that shows `uri` (saving it first when dirty, so no dialog asks); deletes it when asked. */
export async function closeFile(uri: vscode.Uri, options: { delete?: boolean } = {}): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (doc?.isDirty) await doc.save();
  const tabs = vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  if (options.delete) await vscode.workspace.fs.delete(uri, { useTrash: false });
}

/** The text of a file on disk. */
export async function readDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Opens a template and waits until its diagnostics satisfy `predicate`. */
export async function openAndWait(
  uri: vscode.Uri,
  predicate: (d: vscode.Diagnostic[]) => boolean,
  what?: string,
): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const editor = await openEditor(uri);
  const diagnostics = await waitForDiagnostics(uri, predicate, 30_000, what);
  return { editor, diagnostics };
}

/** The quick fixes VS Code offers for a diagnostic's range. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions ?? [];
}

/** The one action with this title (fails with the titles offered otherwise). */
export function actionTitled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const found = actions.filter((a) => a.title === title);
  assert.equal(found.length, 1, `expected one "${title}" action; offered: ${actions.map((a) => JSON.stringify(a.title)).join(', ') || 'none'}`);
  return found[0]!;
}

/** The Markdown of the hovers at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

/** The code lenses of a document (resolved), as title and line. */
export async function codeLenses(uri: vscode.Uri): Promise<{ title: string; line: number }[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[] | undefined>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
  return lenses.map((l) => ({ title: l.command?.title ?? '', line: l.range.start.line }));
}

/**
 * Remembers a file (and whether it and its folder existed) so a test can put it back as it was:
 * `restore()` writes the old bytes again, or deletes what the test created.
 */
export async function snapshot(uri: vscode.Uri): Promise<{ restore: () => Promise<void> }> {
  const exists = (u: vscode.Uri) => vscode.workspace.fs.stat(u).then(() => true, () => false);
  const folder = vscode.Uri.joinPath(uri, '..');
  const hadFolder = await exists(folder);
  const bytes = await vscode.workspace.fs.readFile(uri).then((b) => b, () => undefined);
  return {
    restore: async () => {
      if (bytes) await vscode.workspace.fs.writeFile(uri, bytes);
      else if (!hadFolder) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      else await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    },
  };
}

/** Sets a configuration value and waits until the extension host sees it. */
export async function setConfig(
  section: string,
  key: string,
  value: unknown,
  target: vscode.ConfigurationTarget,
  scope?: vscode.ConfigurationScope,
  inLanguage?: boolean,
): Promise<void> {
  const read = () => vscode.workspace.getConfiguration(section, scope).inspect(key);
  const stored = () => {
    const i = read();
    if (!i) return undefined;
    if (inLanguage) return target === vscode.ConfigurationTarget.Workspace ? i.workspaceLanguageValue : i.globalLanguageValue;
    return target === vscode.ConfigurationTarget.Workspace ? i.workspaceValue : i.globalValue;
  };
  const seen = waitFor(
    vscode.workspace.onDidChangeConfiguration,
    () => (JSON.stringify(stored()) === JSON.stringify(value) ? true : undefined),
    15_000,
    `${section}.${key} = ${JSON.stringify(value)}`,
  );
  await vscode.workspace.getConfiguration(section, scope).update(key, value, target, inLanguage);
  await seen;
  // Writing a settings file opens it as a JSONC model for a moment, which activates the extensions
  // listening for onLanguage:jsonc (configuration-editing, typescript-language-features, ...). Under load
  // that activation can land seconds later, in the middle of the next step; if it registers providers
  // while a save participant asks for code actions, VS Code cancels the request and with it the save.
  // Let those activations finish now.
  await Promise.all(
    vscode.extensions.all
      .filter((e) => ((e.packageJSON as { activationEvents?: string[] }).activationEvents ?? []).includes('onLanguage:jsonc'))
      .map((e) => Promise.resolve(e.activate()).then(undefined, () => undefined)),
  );
}
