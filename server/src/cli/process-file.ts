import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import {
  fixUntilStable,
  LineIndex,
  SIGNAL_IDS,
  TOO_LARGE_RULE,
  type Finding,
  type Fix,
  type Severity,
  type SignalId,
} from '../../../shared/src/index.js';
import { decodeTemplate, lintFile, type LintHost } from '../workspace/lint-file.js';

/** A zero-based LSP range. */
export interface JsonRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** One diagnostic exactly as `--format json` prints it (SPEC §6). */
export interface JsonDiagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: JsonRange;
  readonly fixes: readonly { readonly title: string; readonly edits: readonly { readonly range: JsonRange; readonly newText: string }[] }[];
  /** True when the first fix is the safe one `--fix` applies (not printed in JSON). */
  readonly fixable: boolean;
}

/** The outcome for one file; plain data, so it crosses worker threads. */
export interface FileOutput {
  /** Path as shown to the user: relative to the working directory, with forward slashes. */
  readonly path: string;
  readonly signals: Record<SignalId, boolean>;
  readonly diagnostics: readonly JsonDiagnostic[];
  /** With --fix: how many fixes were applied; with --fix-dry-run: the fixed text. */
  readonly fixedCount?: number;
  readonly fixedText?: string;
}

/** What to do with each file. */
export interface ProcessOptions {
  readonly fix: 'none' | 'write' | 'dry-run';
  readonly quiet: boolean;
  readonly cwd: string;
}

const NO_SIGNALS = Object.fromEntries(SIGNAL_IDS.map((s) => [s, false])) as Record<SignalId, boolean>;
const MAX_READ_BYTES = 4 * 1024 * 1024;

/** Reads, lints and (optionally) fixes one file; never throws: I/O and decoding problems become diagnostics. */
export function processFile(absolute: string, host: LintHost, options: ProcessOptions, stdinText?: string): FileOutput {
  const display = displayPath(absolute, options.cwd);
  let text: string;
  if (stdinText !== undefined) {
    text = stdinText;
  } else {
    let bytes: Buffer;
    try {
      const size = statSync(absolute).size;
      if (size > MAX_READ_BYTES) return problemOutput(display, `Not linted: the file is ${(size / 1048576).toFixed(1)} MB, over the 4 MB limit for templates`, 'warning', TOO_LARGE_RULE);
      bytes = readFileSync(absolute);
    } catch (error) {
      return problemOutput(display, `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'error');
    }
    const decoded = decodeTemplate(bytes);
    if ('problem' in decoded) return problemOutput(display, decoded.problem, 'error');
    text = decoded.text;
  }

  let { result } = lintFile(absolute, text, host);
  let fixedCount: number | undefined;
  let fixedText: string | undefined;
  if (options.fix !== 'none' && result.findings.some((f) => f.fix)) {
    const outcome = fixUntilStable(text, (t) => lintFile(absolute, t, host).result.findings, 10, result.findings);
    if (outcome.text !== text) {
      if (options.fix === 'write' && stdinText === undefined) writeAtomically(absolute, outcome.text);
      else fixedText = outcome.text;
      text = outcome.text;
      result = lintFile(absolute, text, host).result;
    }
    fixedCount = outcome.fixed;
  }
  const lines = new LineIndex(text);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const output: FileOutput = {
    path: display,
    signals: Object.fromEntries(SIGNAL_IDS.map((s) => [s, result.analysis.signals[s].found])) as Record<SignalId, boolean>,
    diagnostics: findings.map((f) => toJsonDiagnostic(f, lines)),
  };
  return { ...output, ...(fixedCount !== undefined ? { fixedCount } : {}), ...(fixedText !== undefined ? { fixedText } : {}) };
}

function toJsonDiagnostic(f: Finding, lines: LineIndex): JsonDiagnostic {
  const range = (span: { start: number; end: number }): JsonRange => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const fix = (x: Fix) => ({ title: x.title, edits: x.edits.map((e) => ({ range: range(e.span), newText: e.newText })) });
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: range(f.span),
    fixes: [...(f.fix ? [fix(f.fix)] : []), ...f.suggestions.map(fix)],
    fixable: f.fix !== undefined,
  };
}

function problemOutput(display: string, message: string, severity: Severity, ruleId = 'file-unreadable'): FileOutput {
  const zero = { line: 0, character: 0 };
  return {
    path: display,
    signals: { ...NO_SIGNALS },
    diagnostics: [{ ruleId, severity, message, range: { start: zero, end: zero }, fixes: [], fixable: false }],
  };
}

/** The path shown to users: relative to the working directory when inside it, with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absolute;
  return shown.split(path.sep).join('/');
}

/** Writes through a temporary file in the same folder and renames it over the original. */
export function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode;
  } catch {
    mode = undefined;
  }
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file is gone already.
    }
    throw error;
  }
}
