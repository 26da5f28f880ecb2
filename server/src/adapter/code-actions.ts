import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Finding, LineIndex, OutreachDocument, Span } from '../../../shared/src/index.js';
import type { DiagnosticData, LspFix } from './diagnostics.js';
import { toLspFix } from './diagnostics.js';
import { toRange } from './positions.js';
import { ruleDocsUrl } from './rule-docs.js';

/** The code action kind of "fix everything fixable in this file" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.outreach-lint`;

/** The server command that opens a rule's documentation. */
export const SHOW_DOCUMENTATION_COMMAND = 'outreach-lint.showDocumentation';

/** What the client can apply. */
export interface EditSupport {
  /** `WorkspaceEdit.documentChanges` (versioned edits: a stale edit is refused by the client). */
  readonly documentChanges: boolean;
  /** Snippet text edits, so `{{slots}}` become tab stops. */
  readonly snippets: boolean;
  /** Creating files in a workspace edit. */
  readonly createFiles: boolean;
}

/** The document the actions are for, linted at exactly this version. */
export interface ActionTarget {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly index: LineIndex;
  readonly doc: OutreachDocument;
  readonly findings: readonly Finding[];
}

/** A diagnostic of this version from the request's context, with its data. */
export interface ContextDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly data: DiagnosticData;
}

/** Everything the code actions for one request depend on. */
export interface CodeActionInput {
  readonly target: ActionTarget;
  readonly diagnostics: readonly ContextDiagnostic[];
  /** `context.only`: only actions of these kinds (or their sub-kinds). */
  readonly only?: readonly string[];
  readonly support: EditSupport;
  /** The text with every safe fix applied until stable; called only for `source.fixAll`. */
  readonly fixAllText: () => string;
  /** The URI for a new file of this name next to the template, or undefined when none can be made. */
  readonly newFileUri?: (name: string) => string | undefined;
}

/** True when an action of `kind` is wanted under `only` (no `only`: every kind except source actions). */
export function kindAllowed(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return !kind.startsWith(CodeActionKind.Source);
  return only.some((o) => o === '' || kind === o || kind.startsWith(`${o}.`));
}

/**
 * The code actions for a request, in the order an editor lists them: per diagnostic its safe fix
 * (preferred) and suggestions, then per rule "fix all", "disable" and "show documentation"; then the
 * file's `source.fixAll` when asked for.
 */
export function toCodeActions(input: CodeActionInput): CodeAction[] {
  const { target, support, only } = input;
  const quickFixes: CodeAction[] = [];
  const perRule: CodeAction[] = [];
  const seenRules = new Set<string>();
  const wantQuickFix = kindAllowed(CodeActionKind.QuickFix, only);

  for (const { diagnostic, data } of input.diagnostics) {
    if (!wantQuickFix) break;
    if (data.fix) {
      const action = fixAction(target, data.fix, [diagnostic], support, input.newFileUri);
      if (action) quickFixes.push({ ...action, isPreferred: true });
    }
    for (const suggestion of data.suggestions) {
      const action = fixAction(target, suggestion, [diagnostic], support, input.newFileUri);
      if (action) quickFixes.push(action);
    }
    if (seenRules.has(data.ruleId)) continue;
    seenRules.add(data.ruleId);
    const ofRule = input.diagnostics.filter((d) => d.data.ruleId === data.ruleId).map((d) => d.diagnostic);
    const fixAllRule = fixAllForRule(target, data.ruleId, support);
    if (fixAllRule) perRule.push({ ...fixAllRule, diagnostics: ofRule });
    const line = disableForLine(target, diagnostic.range, data.ruleId, support);
    if (line) perRule.push(line);
    perRule.push(disableForFile(target, data.ruleId, support));
    if (ruleDocsUrl(data.ruleId)) {
      perRule.push({
        title: `Show documentation for ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${data.ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [data.ruleId] },
      });
    }
  }

  const actions = [...quickFixes, ...perRule];
  if (only && kindAllowed(FIX_ALL_KIND, only)) {
    const fixed = input.fixAllText();
    if (fixed !== target.text) {
      actions.push({
        title: 'Fix all auto-fixable Outreach Lint problems',
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(target, [minimalEdit(target, fixed)], support),
      });
    }
  }
  return actions;
}

/** One fix or suggestion as a quick fix; suggestions that create a file need a client that can. */
function fixAction(
  target: ActionTarget,
  fix: LspFix,
  diagnostics: Diagnostic[],
  support: EditSupport,
  newFileUri: CodeActionInput['newFileUri'],
): CodeAction | undefined {
  if (fix.newFile) {
    const uri = support.createFiles && support.documentChanges ? newFileUri?.(fix.newFile.name) : undefined;
    if (!uri) return fix.edits.length > 0 ? fixAction(target, { title: fix.title, edits: fix.edits }, diagnostics, support, undefined) : undefined;
    const zero = { line: 0, character: 0 };
    const documentChanges: WorkspaceEdit['documentChanges'] = [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: zero, end: zero }, newText: fix.newFile.text }] },
    ];
    if (fix.edits.length > 0) documentChanges.push({ textDocument: { uri: target.uri, version: target.version }, edits: fix.edits });
    return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit: { documentChanges } };
  }
  if (fix.edits.length === 0) return undefined;
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, fix.edits, support, true) };
}

/** "Fix all <rule> problems": the rule's safe fixes that do not overlap, when there is more than one. */
function fixAllForRule(target: ActionTarget, ruleId: string, support: EditSupport): CodeAction | undefined {
  const fixes = target.findings.filter((f) => f.ruleId === ruleId && f.fix && f.fix.edits.length > 0).map((f) => f.fix!);
  if (fixes.length < 2) return undefined;
  const chosen = fixes
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.span.start)), end: Math.max(...fix.edits.map((e) => e.span.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const edits: TextEdit[] = [];
  let pos = -1;
  for (const c of chosen) {
    // Two insertions at one point, or overlapping fixes: take the first, as applyFixes does.
    if (c.start < pos || (c.start === pos && c.start === c.end)) continue;
    edits.push(...toLspFix(target.index, c.fix).edits);
    pos = c.end;
  }
  return { title: `Fix all ${ruleId} problems`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(target, edits, support) };
}

/** "Disable <rule> for this line": a disable-next-line comment above it (merged into one already there). */
function disableForLine(target: ActionTarget, range: Range, ruleId: string, support: EditSupport): CodeAction | undefined {
  const { text, index, doc } = target;
  const offset = index.offsetAt(range.start);
  // Comments are HTML in the body; the front matter is YAML, where they mean nothing.
  if (offset < doc.body.start) return undefined;
  const line = range.start.line;
  const existing = doc.directives.find(
    (d) => d.kind === 'disable-next-line' && d.rules.length > 0 && index.positionAt(d.span.end).line === line - 1,
  );
  let edit: TextEdit;
  if (existing) {
    edit = appendRule(target, existing.span, ruleId);
  } else {
    const lineStart = index.offsetAt({ line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const at = index.positionAt(lineStart);
    edit = { range: { start: at, end: at }, newText: `${indent}<!-- outreach-lint-disable-next-line ${ruleId} -->${eol(text)}` };
  }
  return { title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(target, [edit], support) };
}

/** "Disable <rule> for this file": a disable comment at the start of the body (merged into one already there). */
function disableForFile(target: ActionTarget, ruleId: string, support: EditSupport): CodeAction {
  const { text, index, doc } = target;
  const existing = doc.directives.find(
    (d) => d.kind === 'disable' && d.rules.length > 0 && doc.prose.slice(doc.body.start, d.span.start).trim() === '',
  );
  let edit: TextEdit;
  if (existing) {
    edit = appendRule(target, existing.span, ruleId);
  } else {
    const at = index.positionAt(doc.body.start);
    const needsBreak = doc.body.start > 0 && !/[\r\n]/.test(text[doc.body.start - 1] ?? '');
    const newText = `${needsBreak ? eol(text) : ''}<!-- outreach-lint-disable ${ruleId} -->${eol(text)}`;
    edit = { range: { start: at, end: at }, newText };
  }
  return { title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, edit: workspaceEdit(target, [edit], support) };
}

/** Adds a rule to a directive's list, before any `-- reason` and the closing `-->`. */
function appendRule(target: ActionTarget, span: Span, ruleId: string): TextEdit {
  const comment = target.text.slice(span.start, span.end);
  const keyword = /^<!--\s*outreach-lint-[a-z-]+/.exec(comment)![0].length;
  const close = comment.lastIndexOf('-->');
  let end = close >= keyword ? close : comment.length;
  const reason = /\s--\s/.exec(comment.slice(keyword, end));
  if (reason) end = keyword + reason.index;
  while (end > keyword && /\s/.test(comment[end - 1]!)) end--;
  const at = target.index.positionAt(span.start + end);
  return { range: { start: at, end: at }, newText: `, ${ruleId}` };
}

/** One edit that turns the text into `next`: the changed middle only, so cursors and folds outside it stay. */
function minimalEdit(target: ActionTarget, next: string): TextEdit {
  const prev = target.text;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  return { range: toRange(target.index, { start, end: endPrev }), newText: next.slice(start, endNext) };
}

/** Edits of this document version as a workspace edit the client can apply; slots as snippets when allowed. */
function workspaceEdit(target: ActionTarget, edits: TextEdit[], support: EditSupport, snippets = false): WorkspaceEdit {
  if (!support.documentChanges) return { changes: { [target.uri]: edits } };
  const converted: TextDocumentEdit['edits'] = edits.map((e) => {
    const snippet = snippets && support.snippets && isInsertion(e) ? toSnippet(e.newText) : undefined;
    return snippet ? { range: e.range, snippet: { kind: 'snippet', value: snippet } } : e;
  });
  return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: converted }] };
}

function isInsertion(e: TextEdit): boolean {
  return e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
}

/**
 * The inserted text as a snippet whose tab stops select each `{{slot}}`; the text inserted is the same
 * as without snippets, so the slots stay template placeholders until the writer fills them.
 */
export function toSnippet(text: string): string | undefined {
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(/\{\{\s*[\w.-]+\s*\}\}/g)) {
    out += escapeSnippet(text.slice(last, m.index)) + `\${${++n}:${escapeSnippet(m[0])}}`;
    last = m.index! + m[0].length;
  }
  return n === 0 ? undefined : out + escapeSnippet(text.slice(last));
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
