import type { ResolvedConfig } from '../config/types.js';
import type { OutreachDocument } from '../document/parse.js';
import { SIGNAL_IDS, type Signal, type SignalId } from '../engine/types.js';
import type { Analysis } from './analysis.js';

/** Finds the evidence for every signal in a message. (First skeleton; the detectors replace it.) */
export function analyze(doc: OutreachDocument, config: ResolvedConfig): Analysis {
  void doc;
  void config;
  const none: Signal = { found: false, evidence: [] };
  const signals = Object.fromEntries(SIGNAL_IDS.map((id) => [id, none])) as Record<SignalId, Signal>;
  return { signals, asks: [], stock: [], highProfile: { value: false, why: '' } };
}
