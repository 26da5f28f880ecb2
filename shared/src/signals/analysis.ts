import type { Evidence, Signals, Span } from '../engine/types.js';

/** One front-matter mutual and whether (and how) the message names them. */
export interface MutualMention {
  /** The name as written in front matter. */
  readonly name: string;
  /** The sentence of the body that names them, when any. */
  readonly mention?: Evidence;
  /** Whether that sentence also says how the sender knows them ("my former teammate Sam"). */
  readonly relationStated: boolean;
}

/** Everything the engine learns about a message before rules judge it. */
export interface Analysis {
  readonly signals: Signals;
  /** Favours the sender asks for (job, referral, endorsement, intro to their network, purchase, free advice). */
  readonly asks: readonly Evidence[];
  /** Stock or boilerplate text (LinkedIn's default invitation, "let's connect"). */
  readonly stock: readonly Evidence[];
  /** The greeting line ("Hi Dana,"), when there is one. */
  readonly greeting?: Span;
  /** From the first line of the sign-off ("Best,") to the end of the message, when there is one. */
  readonly signoff?: Span;
  /** Whether the recipient is high-profile, and why (front matter, or inferred from the role). */
  readonly highProfile: { readonly value: boolean; readonly why: string };
  /** Each mutual listed in front matter, in order, with its mention in the body (for `mention-mutual`). */
  readonly mutuals: readonly MutualMention[];
  /** Statements that rule a motive out ("I'm not looking for a job", "not here to sell"), for hovers. */
  readonly negated: readonly Evidence[];
}
