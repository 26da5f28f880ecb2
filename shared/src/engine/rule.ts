import type { ResolvedConfig } from '../config/types.js';
import type { OutreachDocument } from '../document/parse.js';
import type { Analysis } from '../signals/analysis.js';
import type { Report, Severity } from './types.js';

/** Where a rule comes from: a numbered point of the source, a motive to avoid (A, B), or the file format. */
export type RuleSource = '1' | '2' | '3' | '4' | '5' | 'A' | 'B' | 'template' | 'channel' | 'format';

/** A JSON-Schema fragment describing one rule option; also used to generate the config schema. */
export interface OptionSchema {
  readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  readonly description: string;
  readonly default: unknown;
  readonly items?: { readonly type: 'string' };
  readonly minimum?: number;
  readonly enum?: readonly string[];
}

/** The uniform metadata every rule carries; docs, schema and settings are generated from it. */
export interface RuleMeta {
  /** Stable kebab-case id: config key, disable-comment name and docs page name. */
  readonly id: string;
  /** One line, imperative, used in docs, settings and hovers. */
  readonly description: string;
  readonly source: RuleSource;
  readonly defaultSeverity: Severity;
  /** True when the rule offers a safe fix applied by fix-all and `--fix`. */
  readonly fixable: boolean;
  /** True when the rule offers suggestions (never auto-applied). */
  readonly hasSuggestions: boolean;
  readonly options?: Readonly<Record<string, OptionSchema>>;
}

/** What a rule may read; frozen, shared by every rule. */
export interface RuleContext {
  readonly doc: OutreachDocument;
  readonly analysis: Analysis;
  /** This rule's options, defaults filled in. */
  readonly options: Readonly<Record<string, unknown>>;
  readonly config: ResolvedConfig;
  /** Rows of the `recipients` CSV, when the host could load it. */
  readonly recipients: readonly Readonly<Record<string, string>>[];
}

/** A rule: metadata and a pure, synchronous check. */
export interface Rule extends RuleMeta {
  check(context: RuleContext, report: (report: Report) => void): void;
}

/** Declares a rule; the identity function that gives rule files their shape and types. */
export function defineRule(rule: Rule): Rule {
  return Object.freeze(rule);
}
