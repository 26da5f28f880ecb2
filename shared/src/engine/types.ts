/** A half-open range of UTF-16 offsets into the whole file text (the JavaScript string index). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How loudly a finding is reported; `off` only appears in configuration. */
export type Severity = 'error' | 'warning' | 'info';

/** A configured severity: a real one, or off. */
export type SeverityOrOff = Severity | 'off';

/** One text replacement; an insertion has an empty span. */
export interface Edit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * A set of edits with a title. As a rule's `fix` it is safe and applied by fix-all, `--fix`
 * and fix-on-save; as a `suggestion` it is only offered. `{{slot}}` placeholders in the
 * inserted text are fill-in slots (editors that support snippets turn them into tab stops).
 */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** A file to create next to the linted one (only in suggestions), e.g. a drafted introduction request. */
  readonly newFile?: { readonly name: string; readonly text: string };
}

/** What a rule reports; the engine adds the rule id and severity. */
export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

/** One problem found in a file. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fix?: Fix;
  readonly suggestions: readonly Fix[];
}

/** The eight kinds of evidence the engine looks for before any rule judges. */
export const SIGNAL_IDS = [
  'note',
  'reason',
  'personal',
  'value',
  'reference',
  'introduction',
  'collector',
  'leech',
] as const;

/** One of the eight signals. */
export type SignalId = (typeof SIGNAL_IDS)[number];

/** A piece of text that shows (or, for `note`, stands in for) a signal, and why. */
export interface Evidence {
  readonly span: Span;
  /** The quoted text of the span, trimmed, for messages and hovers. */
  readonly text: string;
  /** A short plain-words reason, such as `offers help` or `names mutual Sam Ortiz`. */
  readonly why: string;
}

/** Whether a signal was found, with the evidence for it. */
export interface Signal {
  readonly found: boolean;
  readonly evidence: readonly Evidence[];
}

/** All eight signals of a message. */
export type Signals = Readonly<Record<SignalId, Signal>>;
