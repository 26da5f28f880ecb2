import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { lint, LineIndex, resolveConfig, type LintResult, type RecipientsResult, type ResolvedConfig } from '../../../shared/src/index.js';
import { ConfigResolver, type ConfigFileProblem, type LoadedConfig } from '../workspace/config.js';
import { RecipientsLoader } from '../workspace/recipients.js';
import { DIAGNOSTIC_SOURCE } from '../adapter/rule-docs.js';
import type { Settings } from './settings.js';

/** Called when the problems of a config file change; an empty list clears them. */
export type ConfigProblemsListener = (file: string, diagnostics: Diagnostic[]) => void;

/** Called with the files a newly loaded config depends on (its `extends` chain), to be watched for changes. */
export type ConfigFilesListener = (files: readonly string[]) => void;

/** Why recipients are not read in Restricted Mode (shown on the `recipients:` line). */
export const RESTRICTED_RECIPIENTS = 'not read in Restricted Mode; trust this workspace to check placeholders against it';

/**
 * Lints template text the way the editor should: the config discovered for its path, the editor
 * settings laid over it, recipients loaded next to it. Reports config file problems as they change.
 */
export class Linter {
  /** One resolver per distinct `outreachLint.rules` setting (usually one), which it lays over every file's config. */
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** The config of files that are not on disk (untitled), per distinct setting. */
  private readonly unsaved = new Map<string, ResolvedConfig>();
  private recipients: RecipientsLoader;
  private readonly seen = new WeakSet<LoadedConfig>();
  private readonly published = new Map<string, string>();

  constructor(
    private roots: readonly string[],
    private readonly trusted: boolean,
    private readonly onConfigProblems: ConfigProblemsListener,
    private readonly onConfigFiles: ConfigFilesListener = () => undefined,
  ) {
    this.recipients = new RecipientsLoader(roots);
  }

  /** Workspace folders changed: discovery and recipients stop at the new roots. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    this.resolvers.clear();
    this.recipients = new RecipientsLoader(roots);
    this.clearProblems();
  }

  /** A config file changed, appeared or went away on disk. */
  invalidateConfig(file?: string, deleted = false): void {
    for (const resolver of this.resolvers.values()) resolver.invalidate(file);
    if (file && deleted) this.publish(path.resolve(file), []);
    this.clearProblems();
  }

  /**
   * Clears every config file's problems; the next lints publish them again from the new configs. Without this
   * a file that no longer takes part (an extended file nothing extends any more) would keep its old problems.
   */
  private clearProblems(): void {
    for (const [file, key] of this.published) if (key !== '[]') this.publish(file, []);
  }

  /** A recipients file changed on disk. */
  invalidateRecipients(file?: string): void {
    this.recipients.invalidate(file);
  }

  /** The configuration a file is linted with: its discovered config under the editor's rule settings. */
  configFor(filePath: string | undefined, settings: Settings): ResolvedConfig {
    const key = JSON.stringify(settings.rules);
    if (filePath) {
      let resolver = this.resolvers.get(key);
      if (!resolver) this.resolvers.set(key, (resolver = new ConfigResolver({ roots: this.roots, overrides: [{ rules: settings.rules }] })));
      const loaded = resolver.forFile(filePath);
      this.track(loaded);
      return loaded.config;
    }
    let config = this.unsaved.get(key);
    if (!config) this.unsaved.set(key, (config = resolveConfig([{ rules: settings.rules }])));
    return config;
  }

  /** The workspace roots that discovery and recipients files stay inside. */
  get workspaceRoots(): readonly string[] {
    return this.roots;
  }

  /**
   * Lints text; `filePath` is undefined for documents that are not files (untitled). The recipients files the
   * lint reads (absolute paths) are added to `recipientsRead` when given: the result depends on them too.
   */
  lint(filePath: string | undefined, text: string, settings: Settings, recipientsRead?: string[]): LintResult {
    const config = this.configFor(filePath, settings);
    const loadRecipients = filePath
      ? (relative: string): RecipientsResult => {
          recipientsRead?.push(path.resolve(path.dirname(filePath), relative));
          return this.trusted ? this.recipients.load(filePath, relative) : { error: RESTRICTED_RECIPIENTS };
        }
      : undefined;
    return lint(text, { config, ...(loadRecipients ? { loadRecipients } : {}) });
  }

  /** Publishes a config file's problems when they differ from what was last published for it. */
  private track(loaded: LoadedConfig): void {
    if (this.seen.has(loaded)) return;
    this.seen.add(loaded);
    this.onConfigFiles(loaded.dependencies);
    const files = new Set([...loaded.files, ...loaded.problems.map((p) => p.file)]);
    for (const file of files) this.publish(file, toConfigDiagnostics(file, loaded.problems.filter((p) => p.file === file)));
  }

  private publish(file: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(file) ?? '[]') === key) return;
    this.published.set(file, key);
    this.onConfigProblems(file, diagnostics);
  }
}

/** Config problems as diagnostics on the config file's exact range (its start when the range is unknown). */
export function toConfigDiagnostics(file: string, problems: readonly ConfigFileProblem[]): Diagnostic[] {
  if (problems.length === 0) return [];
  let index: LineIndex | undefined;
  try {
    index = new LineIndex(readFileSync(file, 'utf8'));
  } catch {
    index = undefined;
  }
  return problems.map((p) => {
    const start = index && p.start !== undefined ? index.positionAt(p.start) : { line: 0, character: 0 };
    const end = index && p.end !== undefined ? index.positionAt(p.end) : start;
    return { range: { start, end }, severity: DiagnosticSeverity.Error, code: 'config', source: DIAGNOSTIC_SOURCE, message: p.message };
  });
}
