/** The public surface of the engine, shared by the language server and the CLI. */
export { lint, INTERNAL_ERROR_RULE, TOO_LARGE_RULE, MAX_LINT_LENGTH, type LintOptions, type LintResult, type RecipientsResult } from './engine/lint.js';
export { applyEdits, applyFixes, fixUntilStable } from './engine/fixes.js';
export { LineIndex, type Position } from './engine/positions.js';
export { defineRule, type Rule, type RuleContext, type RuleMeta, type OptionSchema } from './engine/rule.js';
export * from './engine/types.js';
export { rules } from './rules/index.js';
export { parseOutreach, type OutreachDocument } from './document/parse.js';
export type { FrontMatter, Mutual, Channel } from './document/front-matter.js';
export type { Analysis } from './signals/analysis.js';
export { analyze } from './signals/index.js';
export { defaultConfig, resolveConfig, validateConfig } from './config/resolve.js';
export type { ConfigFile, ResolvedConfig, ConfigProblem, RuleEntry } from './config/types.js';
