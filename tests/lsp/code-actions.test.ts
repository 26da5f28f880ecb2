// Code actions over a real stdio connection: quick fixes, suggestions, fix-all, disable comments, docs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { applyWorkspaceEdit, TestClient, fileUri } from './client';

const MUTUAL = readFileSync(path.join(__dirname, 'fixtures/mutual-unnamed.outreach.md'), 'utf8');
const PLACEHOLDERS = readFileSync(path.join(__dirname, 'fixtures/placeholders.outreach.md'), 'utf8');
const uri = fileUri('/nowhere/message.outreach.md');

let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) await c.stop();
  clients = [];
});

async function openPull(text: string, options: Partial<Parameters<typeof TestClient.start>[0]> = {}) {
  const { client } = await TestClient.start({ pull: true, ...options });
  clients.push(client);
  await client.open(uri, text);
  return { client, diagnostics: await client.pull(uri) };
}

function titles(actions: CodeAction[]): string[] {
  return actions.map((a) => a.title);
}

function ofRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}

describe('quick fixes', () => {
  it('offers "Insert mutual reference" as the preferred fix; applied, the finding is gone and nothing else changed', async () => {
    const { client, diagnostics } = await openPull(MUTUAL);
    const [d] = ofRule(diagnostics, 'mention-mutual');
    expect(d).toBeDefined();
    const actions = await client.codeActions(uri, d!.range, [d!]);
    const fix = actions.find((a) => a.title === 'Insert mutual reference')!;
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [d] });
    const fixed = await client.applyEdit(uri, fix.edit!);
    expect(fixed).toContain('Sam Ortiz, my former teammate at Initech');
    // Only an insertion: the original text is all still there, in order.
    expect(fixed.replace(/\n*We have a mutual connection in Sam Ortiz, my former teammate at Initech\./, '')).toBe(MUTUAL);
    const after = await client.pull(uri);
    expect(ofRule(after, 'mention-mutual')).toEqual([]);
  });

  it('offers suggestions as quick fixes that are never preferred', async () => {
    const { client, diagnostics } = await openPull(PLACEHOLDERS);
    const first = ofRule(diagnostics, 'unfilled-placeholder')[0]!;
    const actions = await client.codeActions(uri, first.range, [first]);
    expect(actions.find((a) => a.title === 'Rewrite as {{firstName}}')).toMatchObject({ isPreferred: true });
    const suggestion = actions.find((a) => a.title === 'Use the value from vars ("Dana")')!;
    expect(suggestion.kind).toBe('quickfix');
    expect(suggestion.isPreferred).toBeFalsy();
    const text = await client.applyEdit(uri, suggestion.edit!);
    expect(text).toContain('Hi Dana,');
  });

  it('offers "Fix all <rule> problems" when the rule has more than one fix, and it fixes them all', async () => {
    const { client, diagnostics } = await openPull(PLACEHOLDERS);
    const placeholders = ofRule(diagnostics, 'unfilled-placeholder');
    expect(placeholders).toHaveLength(2);
    const actions = await client.codeActions(uri, placeholders[0]!.range, [placeholders[0]!]);
    const all = actions.find((a) => a.title === 'Fix all unfilled-placeholder problems')!;
    expect(all.kind).toBe('quickfix');
    const text = await client.applyEdit(uri, all.edit!);
    expect(text).toContain('Hi {{firstName}},');
    expect(text).toContain('fleets at {{to.company}};');
    expect(ofRule(await client.pull(uri), 'unfilled-placeholder')).toEqual([]);
    // One fixable finding: no "fix all" for it.
    const mutual = await openPull(MUTUAL);
    const m = ofRule(mutual.diagnostics, 'mention-mutual')[0]!;
    expect(titles(await mutual.client.codeActions(uri, m.range, [m]))).not.toContain('Fix all mention-mutual problems');
  });

  it('answers source.fixAll.outreach-lint with one edit that leaves nothing fixable', async () => {
    const { client } = await openPull(PLACEHOLDERS);
    const zero = { line: 0, character: 0 };
    const actions = await client.codeActions(uri, { start: zero, end: zero }, [], ['source.fixAll']);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'source.fixAll.outreach-lint', title: 'Fix all auto-fixable Outreach Lint problems' });
    const edits = actions[0]!.edit!.changes![uri]!;
    expect(edits).toHaveLength(1);
    await client.applyEdit(uri, actions[0]!.edit!);
    const after = await client.pull(uri);
    expect(after.filter((d) => (d.data as { fix?: unknown }).fix)).toEqual([]);
    // Nothing left to fix: no action.
    expect(await client.codeActions(uri, { start: zero, end: zero }, [], ['source.fixAll.outreach-lint'])).toEqual([]);
  });
});

describe('disable comments', () => {
  it('"Disable <rule> for this line" silences that finding only', async () => {
    const { client, diagnostics } = await openPull(PLACEHOLDERS);
    const [first, second] = ofRule(diagnostics, 'unfilled-placeholder');
    const actions = await client.codeActions(uri, first!.range, [first!]);
    const disable = actions.find((a) => a.title === 'Disable unfilled-placeholder for this line')!;
    const text = await client.applyEdit(uri, disable.edit!);
    expect(text).toContain('<!-- outreach-lint-disable-next-line unfilled-placeholder -->\nHi [First Name],');
    const after = ofRule(await client.pull(uri), 'unfilled-placeholder');
    expect(after).toHaveLength(1);
    expect(after[0]!.message).toBe(second!.message);
  });

  it('"Disable <rule> for this file" inserts a comment at the start of the body, and merges a second rule into it', async () => {
    const { client, diagnostics } = await openPull(`${MUTUAL}\nSee you at [Event].\n`);
    const placeholder = ofRule(diagnostics, 'unfilled-placeholder')[0]!;
    let actions = await client.codeActions(uri, placeholder.range, [placeholder]);
    let text = await client.applyEdit(uri, actions.find((a) => a.title === 'Disable unfilled-placeholder for this file')!.edit!);
    expect(text).toContain('---\n<!-- outreach-lint-disable unfilled-placeholder -->\nHi {{firstName}},');
    let after = await client.pull(uri);
    expect(ofRule(after, 'unfilled-placeholder')).toEqual([]);
    const mutual = ofRule(after, 'mention-mutual')[0]!;
    actions = await client.codeActions(uri, mutual.range, [mutual]);
    // The finding is in the front matter, where a comment cannot go: no "for this line".
    expect(titles(actions)).not.toContain('Disable mention-mutual for this line');
    text = await client.applyEdit(uri, actions.find((a) => a.title === 'Disable mention-mutual for this file')!.edit!);
    expect(text).toContain('<!-- outreach-lint-disable unfilled-placeholder, mention-mutual -->\nHi');
    after = await client.pull(uri);
    expect(ofRule(after, 'mention-mutual')).toEqual([]);
  });
});

describe('documentation, context.only and versions', () => {
  it('"Show documentation for <rule>" runs a command that opens the rule page', async () => {
    const { client, diagnostics } = await openPull(MUTUAL);
    const d = ofRule(diagnostics, 'mention-mutual')[0]!;
    const action = (await client.codeActions(uri, d.range, [d])).find((a) => a.title === 'Show documentation for mention-mutual')!;
    expect(action.command?.command).toBe('outreach-lint.showDocumentation');
    await client.request((c) => c.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments }));
    await client.waitFor('showDocument', () => client.shownDocuments.length > 0);
    expect(client.shownDocuments).toEqual(['https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/mention-mutual.md']);
  });

  it('honours context.only', async () => {
    const { client, diagnostics } = await openPull(PLACEHOLDERS);
    const d = ofRule(diagnostics, 'unfilled-placeholder')[0]!;
    const quick = await client.codeActions(uri, d.range, [d], ['quickfix']);
    expect(quick.length).toBeGreaterThan(3);
    expect(quick.every((a) => a.kind === 'quickfix')).toBe(true);
    const source = await client.codeActions(uri, d.range, [d], ['source']);
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.outreach-lint']);
    expect(await client.codeActions(uri, d.range, [d], ['refactor'])).toEqual([]);
    // Without `only`, no source actions (editors ask for them separately).
    const all = await client.codeActions(uri, d.range, [d]);
    expect(all.some((a) => a.kind?.startsWith('source'))).toBe(false);
  });

  it('returns nothing for diagnostics of an outdated version', async () => {
    const { client, diagnostics } = await openPull(MUTUAL);
    const d = ofRule(diagnostics, 'mention-mutual')[0]!;
    await client.change(uri, `${MUTUAL}\nOne more line.\n`);
    expect(await client.codeActions(uri, d.range, [d])).toEqual([]);
  });

  it('still finds the fix when the client drops Diagnostic.data', async () => {
    const { client, diagnostics } = await openPull(MUTUAL);
    const { data: _dropped, ...d } = ofRule(diagnostics, 'mention-mutual')[0]!;
    const actions = await client.codeActions(uri, d.range, [d]);
    expect(actions.find((a) => a.title === 'Insert mutual reference')?.isPreferred).toBe(true);
  });

  it('sends versioned documentChanges, with {{slots}} as snippet tab stops where the client supports them', async () => {
    const noRelation = MUTUAL.replace('    relation: my former teammate at Initech\n', '');
    const { client, diagnostics } = await openPull(noRelation, { documentChanges: true, snippets: true });
    const d = ofRule(diagnostics, 'mention-mutual')[0]!;
    const insert = (await client.codeActions(uri, d.range, [d])).find((a) => a.title === 'Insert mutual reference')!;
    const change = insert.edit!.documentChanges![0]!;
    expect(change).toMatchObject({ textDocument: { uri, version: 1 } });
    const edit = (change as { edits: { snippet?: { value: string } }[] }).edits[0]!;
    expect(edit.snippet?.value).toMatch(/\$\{1:\{\{[\w.]+\\\}\\\}\}/);
    const text = applyWorkspaceEdit(noRelation, uri, insert.edit!);
    expect(text).toContain('Sam Ortiz');
    expect(text).toMatch(/\{\{[\w.]+\}\}/);
  });
});
