import { defaultConfig } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';
import { parseOutreach, type OutreachDocument } from '../document/parse.js';
import { rules as registry } from '../rules/index.js';
import { analyze } from '../signals/index.js';
import type { Analysis } from '../signals/analysis.js';
import { isDisabled } from './disables.js';
import type { Rule, RuleContext } from './rule.js';
import type { Finding, Fix, Report, Severity } from './types.js';

/** What a host may supply: the config, and the recipients CSV rows it could load. */
export interface LintOptions {
  readonly config?: ResolvedConfig;
  /**
   * Loads the front matter's `recipients` file (a path relative to the template): its rows, or why it
   * could not be loaded. Called only when a template names one; the engine itself does no I/O.
   */
  readonly loadRecipients?: (path: string) => RecipientsResult;
  /** Rules to run instead of the registry (tests). */
  readonly rules?: readonly Rule[];
}

/** Rows of a recipients file, or the reason it could not be loaded. */
export type RecipientsResult = { readonly rows: readonly Readonly<Record<string, string>>[] } | { readonly error: string };

/** The outcome of linting one file. */
export interface LintResult {
  readonly doc: OutreachDocument;
  readonly analysis: Analysis;
  /** Findings sorted by position, disabled ones removed. */
  readonly findings: readonly Finding[];
}

/** The id under which the engine reports a rule that crashed. */
export const INTERNAL_ERROR_RULE = 'internal-error';

/** The id under which the engine reports a file too large to lint. */
export const TOO_LARGE_RULE = 'file-too-large';

/** Files longer than this (UTF-16 code units) are not linted: a message is a few KB; this is something else. */
export const MAX_LINT_LENGTH = 256 * 1024;

let cachedDefault: ResolvedConfig | undefined;

/** Lints one file's text: parse once, find the signals once, run every enabled rule. Never throws. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? (cachedDefault ??= defaultConfig());
  if (text.length > MAX_LINT_LENGTH) return tooLarge(text);
  const doc = parseOutreach(text);
  const analysis = analyze(doc, config);
  const loaded = doc.frontMatter.recipients !== undefined && options.loadRecipients ? options.loadRecipients(doc.frontMatter.recipients) : undefined;
  const recipients = loaded && 'rows' in loaded ? loaded.rows : [];
  const findings: Finding[] = [];
  for (const rule of options.rules ?? registry) {
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const context: RuleContext = Object.freeze({
      doc,
      analysis,
      config,
      recipients,
      options: setting?.options ?? {},
    });
    const reported: Report[] = [];
    try {
      rule.check(context, (r) => reported.push(r));
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Rule "${rule.id}" crashed and was skipped: ${error instanceof Error ? error.message : String(error)}`,
        span: { start: 0, end: 0 },
        suggestions: [],
      });
      continue;
    }
    for (const r of reported) {
      const finding = toFinding(rule, severity, r, text.length);
      if (finding && !isDisabled(doc, finding)) findings.push(finding);
    }
  }
  if (loaded && 'error' in loaded && doc.frontMatter.recipientsSpan) {
    const severity = config.rules['front-matter']?.severity ?? 'error';
    if (severity !== 'off') {
      const f: Finding = {
        ruleId: 'front-matter',
        severity,
        message: `"recipients" could not be loaded: ${loaded.error}`,
        span: doc.frontMatter.recipientsSpan,
        suggestions: [],
      };
      if (!isDisabled(doc, f)) findings.push(f);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { doc, analysis, findings };
}

function tooLarge(text: string): LintResult {
  const doc = parseOutreach('');
  const finding: Finding = {
    ruleId: TOO_LARGE_RULE,
    severity: 'warning',
    message: `Not linted: the file has ${text.length.toLocaleString('en-US')} characters, over the limit of ${MAX_LINT_LENGTH.toLocaleString('en-US')}; a message template is far shorter`,
    span: { start: 0, end: 0 },
    suggestions: [],
  };
  return { doc: { ...doc, text }, analysis: analyze(doc, cachedDefault ?? defaultConfig()), findings: [finding] };
}

/** Validates a rule's report: the engine, not every rule, guarantees in-bounds ranges and real messages. */
function toFinding(rule: Rule, severity: Severity, r: Report, length: number): Finding | undefined {
  const inBounds = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length;
  if (!inBounds(r.span) || typeof r.message !== 'string' || r.message.trim() === '') {
    return {
      ruleId: rule.id,
      severity: 'error',
      message: `Rule "${rule.id}" reported an invalid finding (range ${r.span?.start}-${r.span?.end} in a ${length}-character file)`,
      span: { start: 0, end: 0 },
      suggestions: [],
    };
  }
  const validFix = (f: Fix | undefined): f is Fix => !!f && f.title.trim() !== '' && f.edits.every((e) => inBounds(e.span));
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    message: r.message,
    span: r.span,
    suggestions: (r.suggestions ?? []).filter(validFix),
  };
  return validFix(r.fix) ? { ...finding, fix: r.fix } : finding;
}
