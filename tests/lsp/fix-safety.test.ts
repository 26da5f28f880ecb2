// Code actions never lose text: every edit names the document version it was computed for (a versioned
// TextDocumentEdit, which a client following the spec refuses once the document has moved on), diagnostics of an
// older version get no fixes, and an edit typed while a fix was on its way is never overwritten.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, type CodeAction, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { fixUntilStable, lint, resolveConfig } from '../../shared/src/index';
import { applyWorkspaceEdit, TestClient, fileUri } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const PLACEHOLDERS = readFileSync(path.join(__dirname, 'fixtures/placeholders.outreach.md'), 'utf8');
const uri = fileUri('/nowhere/fix-safety.outreach.md');
const EVERYTHING = ['quickfix', 'source.fixAll'];

let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) await c.stop();
  clients = [];
});

async function start(documentChanges: boolean): Promise<TestClient> {
  const { client } = await TestClient.start({ pull: true, documentChanges });
  clients.push(client);
  return client;
}

const whole = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

function textEdits(edit: WorkspaceEdit | undefined): TextDocumentEdit[] {
  return (edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c);
}

/** The engine's fix-all for `text`. */
function fixedByEngine(text: string): string {
  return fixUntilStable(text, (t) => lint(t, { config: resolveConfig([]) }).findings, 10).text;
}

/**
 * A client that applies workspace edits as the spec says (and as Neovim does): an edit for a version other than
 * the document's current one is refused. Returns the new text, or undefined when refused.
 */
function applyVersioned(client: TestClient, edit: WorkspaceEdit): string | undefined {
  for (const change of textEdits(edit)) {
    if (change.textDocument.uri === uri && change.textDocument.version !== client.version(uri)) return undefined;
  }
  return applyWorkspaceEdit(client.text(uri), uri, edit);
}

describe('code actions carry the document version', () => {
  it('every edit of every action is a TextDocumentEdit for the version the diagnostics were made for', async () => {
    const client = await start(true);
    await client.open(uri, PLACEHOLDERS);
    await client.change(uri, MUTUAL);
    await client.change(uri, MUTUAL.replace('Hi {{firstName}}', 'Hi [First Name]'));
    const diagnostics = await client.pull(uri);
    expect(diagnostics.length).toBeGreaterThan(1);
    for (const d of diagnostics) expect(d.data).toMatchObject({ version: 3 });
    const actions = await client.codeActions(uri, whole, diagnostics, EVERYTHING);
    const withEdits = actions.filter((a) => a.edit);
    expect(withEdits.length).toBeGreaterThan(3);
    expect(withEdits.map((a) => a.kind)).toContain('source.fixAll.outreach-lint');
    for (const action of withEdits) {
      expect(action.edit!.changes, action.title).toBeUndefined();
      const edits = textEdits(action.edit);
      expect(edits.length, action.title).toBeGreaterThan(0);
      // The template's own edits name version 3; a file the action creates has no version yet (null).
      for (const e of edits) expect(e.textDocument.version, action.title).toBe(e.textDocument.uri === uri ? 3 : null);
    }
  });

  for (const documentChanges of [true, false]) {
    it(`diagnostics of an older version get no fixes (${documentChanges ? 'versioned' : 'plain'} edits)`, async () => {
      const client = await start(documentChanges);
      // Findings in the front matter (mention-mutual) and in the body (the [First Name] placeholder).
      await client.open(uri, MUTUAL.replace('Hi {{firstName}}', 'Hi [First Name]'));
      const old = await client.pull(uri);
      const mutual = old.filter((d) => d.code === 'mention-mutual');
      expect(mutual).toHaveLength(1);
      expect((await client.codeActions(uri, mutual[0]!.range, mutual)).length).toBeGreaterThan(0);
      // One character typed: the finding is still there, but the old edits would land one place off.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: '\n' }],
      });
      expect(await client.codeActions(uri, mutual[0]!.range, mutual)).toEqual([]);
      expect(await client.codeActions(uri, whole, old)).toEqual([]);
      // Stripped of its data (a client that drops it), an old diagnostic is matched against this version's lint:
      // a finding still at the same place gets this version's edits, one that moved gets none.
      const bare = (d: Diagnostic) => {
        const { data: _data, ...rest } = d;
        return rest as Diagnostic;
      };
      const now = await client.pull(uri);
      const current = now.filter((d) => d.code === 'mention-mutual');
      const stillThere = mutual.filter((d) => current.some((c) => JSON.stringify(c.range) === JSON.stringify(d.range)));
      const moved = old.filter((d) => !now.some((c) => c.code === d.code && JSON.stringify(c.range) === JSON.stringify(d.range)));
      expect(moved.length).toBeGreaterThan(0);
      expect(await client.codeActions(uri, whole, moved.map(bare))).toEqual([]);
      if (stillThere.length > 0) {
        expect(await client.codeActions(uri, whole, stillThere.map(bare))).toEqual(await client.codeActions(uri, whole, current.filter((c) => stillThere.some((d) => JSON.stringify(c.range) === JSON.stringify(d.range)))));
      }
      // Fix-all asked now is made for version 2.
      const fixAll = (await client.codeActions(uri, whole, old, ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.outreach-lint');
      expect(fixAll).toBeDefined();
      if (documentChanges) expect(textEdits(fixAll!.edit)[0]!.textDocument.version).toBe(2);
    });
  }
});

describe('a concurrent edit is not overwritten', () => {
  it('fix-all computed before the user typed is refused; asked again, it keeps what was typed', async () => {
    const client = await start(true);
    await client.open(uri, MUTUAL);
    const before = (await client.codeActions(uri, whole, [], ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.outreach-lint') as CodeAction;
    expect(textEdits(before.edit)[0]!.textDocument.version).toBe(1);
    // The user types a line right under the greeting while the fix is on its way.
    const typed = 'Congratulations on the new fleet launch!\n';
    const lines = MUTUAL.split('\n');
    const greeting = lines.indexOf('Hi {{firstName}},');
    const withTyping = [...lines.slice(0, greeting + 1), typed.trimEnd(), ...lines.slice(greeting + 1)].join('\n');
    await client.change(uri, withTyping);
    // Applied where it was computed for, the stale edit would damage the new text: it must be refused.
    const blind = applyWorkspaceEdit(withTyping, uri, before.edit!);
    expect(blind).not.toBe(fixedByEngine(withTyping));
    expect(applyVersioned(client, before.edit!)).toBeUndefined();
    expect(client.text(uri)).toBe(withTyping);
    // Asked again: made for version 2, it applies, and the typed line is still there with the fix.
    const again = (await client.codeActions(uri, whole, [], ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.outreach-lint') as CodeAction;
    const after = applyVersioned(client, again.edit!);
    expect(after).toBeDefined();
    expect(after).toContain(typed);
    expect(after).toBe(fixedByEngine(withTyping));
    // And the quick fix of a diagnostic from before the typing is not offered at all.
    await client.change(uri, after!);
    expect(await client.pull(uri)).not.toContainEqual(expect.objectContaining({ code: 'mention-mutual' }));
  });

  it('even a client that ignores versions keeps text typed after the fixed place: fix-all edits only what it changes', async () => {
    const client = await start(false);
    await client.open(uri, MUTUAL);
    const before = (await client.codeActions(uri, whole, [], ['source.fixAll'])).find((a) => a.kind === 'source.fixAll.outreach-lint') as CodeAction;
    const edits = before.edit!.changes![uri]!;
    expect(edits).toHaveLength(1);
    // The edit is the changed middle only: an insertion, not the whole text replaced.
    expect(edits[0]!.range.start).toEqual(edits[0]!.range.end);
    const typed = `${MUTUAL}P.S. Happy to send over the simulator config.\n`;
    await client.change(uri, typed);
    const applied = applyWorkspaceEdit(typed, uri, before.edit!);
    expect(applied.endsWith('P.S. Happy to send over the simulator config.\n')).toBe(true);
    expect(applied).toBe(fixedByEngine(typed));
  });
});
