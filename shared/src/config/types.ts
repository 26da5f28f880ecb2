import type { Channel } from '../document/front-matter.js';
import type { SeverityOrOff, SignalId } from '../engine/types.js';

/** A rule's entry in a config file: a severity, or an object with a severity and options. */
export type RuleEntry = SeverityOrOff | ({ readonly severity?: SeverityOrOff } & Readonly<Record<string, unknown>>);

/** Length limits of one channel, in characters of rendered text. */
export interface ChannelLimit {
  /** Limit on the message body. */
  readonly body?: number;
  /** Limit on the body with `account: free` (LinkedIn's shorter connection note). */
  readonly bodyFree?: number;
  /** Limit on the subject line. */
  readonly subject?: number;
}

/** The shape of `.outreachlintrc.json` (JSON with comments). */
export interface ConfigFile {
  readonly $schema?: string;
  /** Stop looking in parent folders for more config files. */
  readonly root?: boolean;
  /** Paths of config files this one builds on, relative to it; later entries and this file win. */
  readonly extends?: string | readonly string[];
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  readonly channels?: Readonly<Partial<Record<Channel, ChannelLimit>>>;
  /** Extra phrases (case-insensitive) that count as evidence for a signal. */
  readonly phrases?: Readonly<Partial<Record<SignalId, readonly string[]>>>;
  /** Whether the trained model may add a signal the phrase families missed (default true). */
  readonly secondOpinion?: boolean;
}

/** One rule after merging every layer: its severity and its options with defaults. */
export interface ResolvedRule {
  readonly severity: SeverityOrOff;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The configuration a lint runs with, all layers merged and defaults applied. */
export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, ResolvedRule>>;
  readonly channels: Readonly<Record<Channel, ChannelLimit>>;
  readonly phrases: Readonly<Record<SignalId, readonly string[]>>;
  readonly secondOpinion: boolean;
}

/** A problem found in a config file, at a JSON path such as `rules.give-value.severity`. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}
