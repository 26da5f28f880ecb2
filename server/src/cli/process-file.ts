import { readFileSync, statSync } from 'node:fs';
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
import { configKey, digest } from '../workspace/lint-cache.js';
import { ChangedOnDiskError, writeAtomically } from '../workspace/write-atomically.js';

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
  /**
   * With `cache`, when the report may be kept for the next run (nothing was fixed): the SHA-1 of the bytes
   * linted, the key of the configuration, and the recipients files read (absolute paths), the other inputs.
   */
  readonly cacheKey?: { readonly content: string; readonly config: string; readonly recipients: readonly string[] };
}

/** What `--cache` keeps of a file's report: all but the path, which depends on the working directory. */
export interface CachedReport {
  readonly signals: Record<SignalId, boolean>;
  readonly diagnostics: readonly JsonDiagnostic[];
}

/** Whether a value read back from the cache file is a report of that shape. */
export function isCachedReport(value: unknown): value is CachedReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CachedReport>;
  return Array.isArray(v.diagnostics) && typeof v.signals === 'object' && v.signals !== null;
}

/** What to do with each file. */
export interface ProcessOptions {
  readonly fix: 'none' | 'write' | 'dry-run';
  readonly quiet: boolean;
  readonly cwd: string;
  /** Say whether the report can be cached, and under which keys (`cacheKey`). */
  readonly cache?: boolean;
}

const NO_SIGNALS = Object.fromEntries(SIGNAL_IDS.map((s) => [s, false])) as Record<SignalId, boolean>;
/** Larger files are reported, not read. */
export const MAX_READ_BYTES = 4 * 1024 * 1024;

/** Reads, lints and (optionally) fixes one file; never throws: I/O and decoding problems become diagnostics. */
export function processFile(absolute: string, host: LintHost, options: ProcessOptions, stdinText?: string): FileOutput {
  const display = displayPath(absolute, options.cwd);
  let text: string;
  /** The bytes the fixes are computed from; nothing is written over anything else. */
  let bytes: Buffer | undefined;
  if (stdinText !== undefined) {
    text = stdinText;
  } else {
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

  let { result, loaded, recipients } = lintFile(absolute, text, host);
  let fixedCount: number | undefined;
  let fixedText: string | undefined;
  let notWritten: JsonDiagnostic | undefined;
  if (options.fix !== 'none' && result.findings.some((f) => f.fix)) {
    const outcome = fixUntilStable(text, (t) => lintFile(absolute, t, host).result.findings, 10, result.findings);
    fixedCount = outcome.fixed;
    if (outcome.text !== text) {
      if (options.fix === 'write' && bytes !== undefined) {
        try {
          writeAtomically(absolute, outcome.text, bytes);
        } catch (error) {
          // The file is as it was: report the findings of its text and why the fixes are not in it.
          notWritten = fixNotWritten(error);
          fixedCount = 0;
        }
      } else fixedText = outcome.text;
      if (!notWritten) {
        text = outcome.text;
        result = lintFile(absolute, text, host).result;
      }
    }
  }
  const lines = new LineIndex(text);
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const output: FileOutput = {
    path: display,
    signals: Object.fromEntries(SIGNAL_IDS.map((s) => [s, result.analysis.signals[s].found])) as Record<SignalId, boolean>,
    diagnostics: [...(notWritten ? [notWritten] : []), ...findings.map((f) => toJsonDiagnostic(f, lines))],
  };
  const cacheable = options.cache === true && fixedCount === undefined && !notWritten;
  return {
    ...output,
    ...(fixedCount !== undefined ? { fixedCount } : {}),
    ...(fixedText !== undefined ? { fixedText } : {}),
    ...(cacheable && bytes !== undefined ? { cacheKey: { content: digest(bytes), config: configKey(loaded.config), recipients } } : {}),
  };
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

/** The id of the error reported when `--fix` could not write a file (which is then unchanged). */
export const FIX_NOT_WRITTEN_RULE = 'fix-not-written';

function fixNotWritten(error: unknown): JsonDiagnostic {
  const reason = error instanceof ChangedOnDiskError ? error.message : error instanceof Error ? error.message : String(error);
  const zero = { line: 0, character: 0 };
  return {
    ruleId: FIX_NOT_WRITTEN_RULE,
    severity: 'error',
    message: `Fixes not written, the file is unchanged: ${reason}`,
    range: { start: zero, end: zero },
    fixes: [],
    fixable: false,
  };
}
