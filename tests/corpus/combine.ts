/**
 * How the second opinion's readings combine with the families', as analyze() combines them, over one message's
 * readings kept as plain data: what `npm run first-contact` prints and dumps, and what tests/corpus/pool-rounds.ts
 * sweeps over several rounds' dumps. One copy of the rule, so the two cannot drift apart.
 */
import { SIGNAL_IDS, type SignalId } from '../../shared/src/engine/types.js';
import { withScores } from './score.js';

/** One message as an old engine's families and a model read it. */
export interface Reading {
  readonly id: string;
  readonly labels: readonly SignalId[];
  /** What the families found (the old engine, its own second opinion off). */
  readonly found: Readonly<Record<SignalId, boolean>>;
  /** The families' offer is a plain one (FIRM_OFFER), which the model never overrules. */
  readonly firm: boolean;
  /** The families read some favour asked. */
  readonly asks: boolean;
  /** The message names someone (namesSomeone()): the model's reference and introduction need it. */
  readonly named: boolean;
  /** The model's probability per signal it serves, or null where the message is too short for it. */
  readonly p: Partial<Record<SignalId, number>> | null;
}

/** The combination's bars: the model's threshold per signal and the three vetoes (model.ts). */
export interface Bars {
  readonly threshold: Partial<Record<SignalId, number>>;
  readonly valueVeto: number;
  readonly leechVeto: number;
  readonly personalVeto: number;
}

const NEEDS_A_NAME = new Set<SignalId>(['reference', 'introduction']);

/** What the combination reads for one message at the given bars. */
export function combine(r: Reading, b: Bars): Record<SignalId, boolean> {
  const p = (s: SignalId) => r.p?.[s];
  const says = (s: SignalId) => (p(s) ?? 0) > (b.threshold[s] ?? 1) && (r.named || !NEEDS_A_NAME.has(s));
  // The families' offers the model overrules (VALUE_VETO): their favours then stand unreturned. Never a plain offer.
  const vetoed = r.found.value && !r.firm && p('value') !== undefined && p('value')! < b.valueVeto;
  // The families' unreturned favours the model overrules (LEECH_VETO).
  const overruled = r.found.leech && p('leech') !== undefined && p('leech')! < b.leechVeto;
  // An offer the model reads does not count against favours the families read, unless it overruled them.
  const value = (r.found.value && !vetoed) || (says('value') && (!r.found.leech || overruled));
  const leech = (r.found.leech && !overruled) || (vetoed && r.asks) || (!value && !r.asks && says('leech'));
  // The families' details about them the model overrules (PERSONAL_VETO).
  const personal = (r.found.personal && !(p('personal') !== undefined && p('personal')! < b.personalVeto)) || says('personal');
  const out = {} as Record<SignalId, boolean>;
  for (const s of SIGNAL_IDS) out[s] = s === 'value' ? value : s === 'leech' ? leech : s === 'personal' ? personal : r.found[s] || says(s);
  return out;
}

/** F1 of signal `s` over the readings, with `hit` saying whether one (the i-th) was read as having it. */
export function f1Of(rs: readonly Reading[], s: SignalId, hit: (r: Reading, i: number) => boolean): number {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    const h = hit(r, i);
    const labelled = r.labels.includes(s);
    if (h && labelled) t.tp++;
    else if (h) t.fp++;
    else if (labelled) t.fn++;
    else t.tn++;
  }
  return withScores(t).f1;
}
