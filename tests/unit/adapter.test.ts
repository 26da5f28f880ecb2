// The pure adapter from engine findings to LSP: diagnostics, code actions, snippets, score.
import { describe, expect, it } from 'vitest';
import { LineIndex, parseOutreach, SIGNAL_IDS, type Finding, type Signal, type Signals } from '../../shared/src/index.js';
import { FIX_ALL_KIND, kindAllowed, toCodeActions, toSnippet, type ActionTarget, type CodeActionInput } from '../../server/src/adapter/code-actions.js';
import { readDiagnosticData, toDiagnostic } from '../../server/src/adapter/diagnostics.js';
import { findingsAt, hoverMarkdown } from '../../server/src/adapter/hover.js';
import { messageLine, scoreSignals, scoreTitle, signalsMarkdown } from '../../server/src/adapter/score.js';
import { applyWorkspaceEdit } from '../lsp/client.js';

const URI = 'file:///t/m.outreach.md';

function finding(ruleId: string, start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'warning', message: `${ruleId} here`, span: { start, end }, suggestions: [], ...extra };
}

function target(text: string, findings: Finding[], version = 4): ActionTarget {
  return { uri: URI, version, text, index: new LineIndex(text), doc: parseOutreach(text), findings };
}

function actions(text: string, findings: Finding[], overrides: Partial<CodeActionInput> = {}) {
  const t = target(text, findings);
  const diagnostics = findings.map((f) => {
    const diagnostic = toDiagnostic(f, t.index, t.version);
    return { diagnostic, data: readDiagnosticData(diagnostic.data)! };
  });
  return toCodeActions({
    target: t,
    diagnostics,
    support: { documentChanges: false, snippets: false, createFiles: false },
    fixAllText: () => text,
    ...overrides,
  });
}

function signals(found: Partial<Record<(typeof SIGNAL_IDS)[number], string>>): Signals {
  return Object.fromEntries(
    SIGNAL_IDS.map((id) => [id, (found[id] ? { found: true, evidence: [{ span: { start: 0, end: 1 }, text: found[id]!, why: `shows ${id}` }] } : { found: false, evidence: [] }) as Signal]),
  ) as unknown as Signals;
}

describe('toDiagnostic', () => {
  it('maps severity, code, docs link, source and data; offsets are UTF-16', () => {
    const text = 'Hi 😀 [Name],\nsecond line';
    const start = text.indexOf('[Name]');
    const d = toDiagnostic(
      finding('unfilled-placeholder', start, start + 6, {
        severity: 'error',
        fix: { title: 'Rewrite', edits: [{ span: { start, end: start + 6 }, newText: '{{name}}' }] },
      }),
      new LineIndex(text),
      9,
    );
    expect(d.range).toEqual({ start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    expect(d).toMatchObject({
      severity: 1,
      code: 'unfilled-placeholder',
      source: 'outreach-lint',
      codeDescription: { href: 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/unfilled-placeholder.md' },
      data: { ruleId: 'unfilled-placeholder', version: 9, suggestions: [], fix: { title: 'Rewrite', edits: [{ newText: '{{name}}' }] } },
    });
    expect(toDiagnostic(finding('file-too-large', 0, 0, { severity: 'info' }), new LineIndex(''), null)).not.toHaveProperty('codeDescription');
  });

  it('reads data back only when it has the right shape', () => {
    expect(readDiagnosticData({ ruleId: 'x', version: 1, suggestions: [] })).toBeDefined();
    expect(readDiagnosticData({ ruleId: 'x', version: null, suggestions: [{ title: 't', edits: [] }] })).toBeDefined();
    for (const bad of [null, 'x', { ruleId: 'x' }, { ruleId: 'x', version: '1', suggestions: [] }, { ruleId: 'x', version: 1, suggestions: [], fix: 3 }])
      expect(readDiagnosticData(bad)).toBeUndefined();
  });
});

describe('code actions', () => {
  const body = '---\nto:\n  name: Dana\n---\nHi [Name],\n\nSee you at [Event] and [Place].\n';
  const at = (s: string) => body.indexOf(s);

  it('merges "disable for this line" into a disable-next-line comment already above, before its reason', () => {
    const text = body.replace('See you', '<!-- outreach-lint-disable-next-line give-value -- on purpose -->\nSee you');
    const f = finding('unfilled-placeholder', text.indexOf('[Event]'), text.indexOf('[Event]') + 7);
    const line = actions(text, [f]).find((a) => a.title === 'Disable unfilled-placeholder for this line')!;
    expect(applyWorkspaceEdit(text, URI, line.edit!)).toContain('<!-- outreach-lint-disable-next-line give-value, unfilled-placeholder -- on purpose -->\nSee you');
  });

  it('keeps the indentation and the CRLF line ends of the file', () => {
    const text = body.replace('See you', '  See you').replace(/\n/g, '\r\n');
    const f = finding('unfilled-placeholder', text.indexOf('[Event]'), text.indexOf('[Event]') + 7);
    const list = actions(text, [f]);
    const fixed = applyWorkspaceEdit(text, URI, list.find((a) => a.title.endsWith('for this line'))!.edit!);
    expect(fixed).toContain('\r\n  <!-- outreach-lint-disable-next-line unfilled-placeholder -->\r\n  See you');
    const file = applyWorkspaceEdit(text, URI, list.find((a) => a.title.endsWith('for this file'))!.edit!);
    expect(file).toContain('---\r\n<!-- outreach-lint-disable unfilled-placeholder -->\r\nHi');
  });

  it('puts "disable for this file" on a line of its own when the front matter ends the file', () => {
    const text = '---\nto:\n  name: Dana\n---';
    const list = actions(text, [finding('courteous-note', 0, 3)]);
    const fixed = applyWorkspaceEdit(text, URI, list.find((a) => a.title.endsWith('for this file'))!.edit!);
    expect(fixed).toBe('---\nto:\n  name: Dana\n---\n<!-- outreach-lint-disable courteous-note -->\n');
    expect(list.map((a) => a.title)).not.toContain('Disable courteous-note for this line');
  });

  it('"fix all" takes the first of overlapping fixes, as applyFixes does', () => {
    const e = at('[Event]');
    const p = at('[Place]');
    const findings = [
      finding('unfilled-placeholder', e, e + 7, { fix: { title: 'a', edits: [{ span: { start: e, end: e + 7 }, newText: '{{event}}' }] } }),
      finding('unfilled-placeholder', e, e + 7, { fix: { title: 'b', edits: [{ span: { start: e + 1, end: e + 6 }, newText: 'EVENT' }] } }),
      finding('unfilled-placeholder', p, p + 7, { fix: { title: 'c', edits: [{ span: { start: p, end: p + 7 }, newText: '{{place}}' }] } }),
    ];
    const all = actions(body, findings).find((a) => a.title === 'Fix all unfilled-placeholder problems')!;
    expect(applyWorkspaceEdit(body, URI, all.edit!)).toContain('See you at {{event}} and {{place}}.');
  });

  it('offers a suggestion that drafts a new file only to clients that can create files', () => {
    const f = finding('ask-for-introduction', 0, 3, {
      suggestions: [{ title: 'Draft an introduction request to Sam', edits: [], newFile: { name: 'intro-sam.outreach.md', text: 'Hi Sam,\n' } }],
    });
    expect(actions(body, [f]).map((a) => a.title)).not.toContain('Draft an introduction request to Sam');
    const draft = actions(body, [f], {
      support: { documentChanges: true, snippets: false, createFiles: true },
      newFileUri: (name) => `file:///t/${name}`,
    }).find((a) => a.title === 'Draft an introduction request to Sam')!;
    expect(draft.edit!.documentChanges).toEqual([
      { kind: 'create', uri: 'file:///t/intro-sam.outreach.md', options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri: 'file:///t/intro-sam.outreach.md', version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Hi Sam,\n' }] },
    ]);
  });

  it('answers source.fixAll with the changed middle only', () => {
    const fixed = body.replace('[Event]', '{{event}}');
    const list = actions(body, [], { only: [FIX_ALL_KIND], fixAllText: () => fixed });
    expect(list).toHaveLength(1);
    expect(list[0]!.edit!.changes![URI]).toEqual([{ range: { start: { line: 6, character: 11 }, end: { line: 6, character: 18 } }, newText: '{{event}}' }]);
  });

  it.each([
    ['quickfix', undefined, true],
    ['source.fixAll.outreach-lint', undefined, false],
    ['source.fixAll.outreach-lint', ['source'], true],
    ['source.fixAll.outreach-lint', ['source.fixAll'], true],
    ['source.fixAll.outreach-lint', ['source.fixAll.outreach-lint'], true],
    ['source.fixAll.outreach-lint', ['source.fix'], false],
    ['quickfix', ['source'], false],
    ['quickfix', ['quickfix', 'refactor'], true],
  ] as const)('kind %s under only=%j: %s', (kind, only, expected) => {
    expect(kindAllowed(kind, only as readonly string[] | undefined)).toBe(expected);
  });
});

describe('snippets', () => {
  it('turns each {{slot}} into a tab stop that selects the same text, escaping the rest', () => {
    expect(toSnippet('We both know {{mutual_name}} from {{ place }}; costs $5 {ok}.')).toBe(
      'We both know ${1:{{mutual_name\\}\\}} from ${2:{{ place \\}\\}}; costs \\$5 {ok\\}.',
    );
    expect(toSnippet('No slots here.')).toBeUndefined();
  });
});

describe('score and hover', () => {
  it('scores the five points and names the motives beside the score', () => {
    expect(scoreTitle(scoreSignals(signals({ reason: 'r', personal: 'p' })))).toBe('Outreach 2/5: missing value, reference, introduction');
    expect(scoreTitle(scoreSignals(signals({ reason: 'r', personal: 'p', value: 'v', reference: 'f', introduction: 'i' })))).toBe('Outreach 5/5');
    expect(scoreTitle(scoreSignals(signals({ reason: 'r', leech: 'l', collector: 'c' })))).toBe(
      'Outreach 1/5: missing personal, value, reference, introduction · collector, leech motives',
    );
  });

  it('lists evidence with its reason, escaping Markdown in quoted text', () => {
    const md = signalsMarkdown(signals({ value: 'happy to share our *playbook*' }));
    expect(md).toContain('- ✓ **value**: "happy to share our \\*playbook\\*" (shows value)');
    expect(md).toContain('- ✗ **reason**: needs a courteous note that says why you are writing');
    expect(md).toContain('- ✗ **leech**: not found');
  });

  it('explains the findings under the cursor; the lens line is the first line of the message', () => {
    const text = '---\nto:\n  name: Dana\n---\n\n<!-- note -->\nHi [Name],\n';
    const doc = parseOutreach(text);
    expect(messageLine(doc, new LineIndex(text))).toBe(6);
    const f = finding('unfilled-placeholder', text.indexOf('[Name]'), text.indexOf('[Name]') + 6);
    expect(findingsAt([f], text.indexOf('[Name]') + 6)).toEqual([]);
    expect(findingsAt([f], text.indexOf('[Name]') + 5)).toEqual([f]);
    const md = hoverMarkdown([f], undefined)!;
    expect(md).toContain('**unfilled-placeholder** (warning)');
    // The editor shows the message itself; the hover explains the rule without repeating it.
    expect(md).not.toContain('unfilled-placeholder here');
    expect(md).toContain('[Documentation for unfilled-placeholder](https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/unfilled-placeholder.md)');
    expect(hoverMarkdown([], undefined)).toBeUndefined();
  });
});
