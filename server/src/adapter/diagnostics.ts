import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { Finding, Fix, LineIndex, Severity } from '../../../shared/src/index.js';
import { toRange } from './positions.js';
import { DIAGNOSTIC_SOURCE, ruleDocsUrl } from './rule-docs.js';

/** A fix or suggestion with its edits already in LSP ranges of the document version it was made for. */
export interface LspFix {
  readonly title: string;
  readonly edits: TextEdit[];
  /** A file to create next to the template (drafted introduction requests). */
  readonly newFile?: { readonly name: string; readonly text: string };
}

/** What every diagnostic carries in `data`, so code actions need no server-side cache. */
export interface DiagnosticData {
  readonly ruleId: string;
  /** The document version the diagnostic (and its edits) belong to; null for files not open. */
  readonly version: number | null;
  readonly fix?: LspFix;
  readonly suggestions: LspFix[];
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Converts a fix's offsets to LSP ranges. */
export function toLspFix(index: LineIndex, fix: Fix): LspFix {
  const edits = fix.edits.map((e) => ({ range: toRange(index, e.span), newText: e.newText }));
  return fix.newFile ? { title: fix.title, edits, newFile: fix.newFile } : { title: fix.title, edits };
}

/**
 * Converts one finding into an LSP diagnostic for the given document version. A file that is not open
 * (`version` null) gets no edits in `data`: code actions are only asked for open documents, and they take
 * their edits from a lint of that document's own version, so edits for the text on disk would never be
 * used; leaving them out keeps a 10,000-file problem list small in memory and on the wire.
 */
export function toDiagnostic(finding: Finding, index: LineIndex, version: number | null): Diagnostic {
  const data: DiagnosticData =
    version === null
      ? { ruleId: finding.ruleId, version, suggestions: NO_FIXES }
      : {
          ruleId: finding.ruleId,
          version,
          ...(finding.fix ? { fix: toLspFix(index, finding.fix) } : {}),
          suggestions: finding.suggestions.map((s) => toLspFix(index, s)),
        };
  const description = codeDescriptionOf(finding.ruleId);
  return {
    range: toRange(index, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(description ? { codeDescription: description } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

const NO_FIXES = Object.freeze([]) as unknown as LspFix[];
const DESCRIPTIONS = new Map<string, { readonly href: string } | undefined>();

/** One `codeDescription` object per rule, shared by its diagnostics (they are never mutated). */
function codeDescriptionOf(ruleId: string): { readonly href: string } | undefined {
  if (!DESCRIPTIONS.has(ruleId)) {
    const href = ruleDocsUrl(ruleId);
    DESCRIPTIONS.set(ruleId, href ? { href } : undefined);
  }
  return DESCRIPTIONS.get(ruleId);
}

/** A diagnostic for a problem that stopped a file from being linted at all (unreadable, binary, too large). */
export function fileProblemDiagnostic(message: string, severity: Severity = 'error', ruleId = 'file-unreadable'): Diagnostic {
  const zero = { line: 0, character: 0 };
  const data: DiagnosticData = { ruleId, version: null, suggestions: [] };
  return { range: { start: zero, end: zero }, severity: SEVERITY[severity], code: ruleId, source: DIAGNOSTIC_SOURCE, message, data };
}

/** Reads `Diagnostic.data` back, or undefined when a client dropped or changed it. */
export function readDiagnosticData(value: unknown): DiagnosticData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as Partial<DiagnosticData>;
  if (typeof d.ruleId !== 'string' || !Array.isArray(d.suggestions)) return undefined;
  if (d.version !== null && typeof d.version !== 'number') return undefined;
  const isFix = (f: unknown): f is LspFix =>
    typeof f === 'object' && f !== null && typeof (f as LspFix).title === 'string' && Array.isArray((f as LspFix).edits);
  if (d.fix !== undefined && !isFix(d.fix)) return undefined;
  if (!d.suggestions.every(isFix)) return undefined;
  return d as DiagnosticData;
}
