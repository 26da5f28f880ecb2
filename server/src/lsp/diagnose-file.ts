import type { Diagnostic } from 'vscode-languageserver';
import { LineIndex, TOO_LARGE_RULE } from '../../../shared/src/index.js';
import { fileProblemDiagnostic, toDiagnostic } from '../adapter/diagnostics.js';
import { decodeTemplate } from '../workspace/lint-file.js';
import { configKey, digest, type LintCache } from '../workspace/lint-cache.js';
import type { Linter } from './linter.js';
import type { Settings } from './settings.js';

/** Where diagnoseFile finds and keeps reports: the scan cache, or something that passes them on to it. */
export type ReportStore = Pick<LintCache<Diagnostic[]>, 'get' | 'set'>;

const MAX_FILE_BYTES = 4 * 1024 * 1024;

/**
 * The diagnostics of a template as it is on disk (version null), or null when the file does not exist.
 * Unreadable, binary and oversized files get one diagnostic that says so instead of lint findings. With a
 * cache, a file whose bytes, configuration and recipients files are unchanged gets the diagnostics kept for it.
 */
export function diagnoseFile(
  linter: Linter,
  filePath: string,
  bytes: Uint8Array | Error,
  settings: Settings,
  cache?: ReportStore,
): Diagnostic[] | null {
  if (bytes instanceof Error) {
    const code = (bytes as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : [fileProblemDiagnostic(`Cannot read file: ${code ?? bytes.message}`)];
  }
  if (!settings.enable) return [];
  if (bytes.length > MAX_FILE_BYTES) {
    const size = (bytes.length / 1048576).toFixed(1);
    return [fileProblemDiagnostic(`Not linted: the file is ${size} MB, over the 4 MB limit for templates`, 'warning', TOO_LARGE_RULE)];
  }
  let keys: { content: string; config: string } | undefined;
  if (cache) {
    keys = { content: digest(bytes), config: configKey(linter.configFor(filePath, settings)) };
    const kept = cache.get(filePath, keys.content, keys.config, linter.workspaceRoots);
    if (kept) return kept;
  }
  const decoded = decodeTemplate(bytes);
  if ('problem' in decoded) return [fileProblemDiagnostic(decoded.problem)];
  const recipients: string[] = [];
  const result = linter.lint(filePath, decoded.text, settings, recipients);
  const index = new LineIndex(decoded.text);
  const diagnostics = result.findings.map((f) => toDiagnostic(f, index, null));
  if (cache && keys) cache.set(filePath, keys.content, keys.config, diagnostics, recipients, linter.workspaceRoots);
  return diagnostics;
}
