import { describe, expect, it } from 'vitest';
import { SIGNAL_IDS } from '../../shared/src/index.js';
import { bootstrapF1, type PartScore } from '../corpus/score.js';

// A part built from outcome codes only (0 tn, 1 tp, 2 fp, 3 fn per message and signal), as scorePart records them.
function part(codes: readonly number[]): PartScore {
  const k = SIGNAL_IDS.length;
  const outcomes = new Uint8Array(codes.length * k);
  codes.forEach((c, i) => outcomes.fill(c, i * k, (i + 1) * k));
  return { size: codes.length, perSignal: {} as PartScore['perSignal'], macroF1: 0, confusions: [], msPerMessage: 0, outcomes };
}

describe('bootstrap intervals of F1 (npm run eval)', () => {
  it('a part the engine gets right throughout has the interval [1, 1]', () => {
    const ci = bootstrapF1(part(Array.from({ length: 50 }, (_, i) => (i % 3 === 0 ? 1 : 0))));
    expect(ci.macro).toEqual({ lo: 1, hi: 1 });
  });

  it('the interval holds the point estimate, narrows with more messages and repeats with the same seed', () => {
    // 60 true positives, 20 false negatives, 20 false positives, 100 true negatives: F1 = 120 / 160 = 0.75.
    const codes = [...Array(60).fill(1), ...Array(20).fill(3), ...Array(20).fill(2), ...Array(100).fill(0)];
    const small = bootstrapF1(part(codes));
    const large = bootstrapF1(part(Array.from({ length: 8 }, () => codes).flat()));
    for (const ci of [small.macro, large.macro]) {
      expect(ci.lo).toBeLessThan(0.75);
      expect(ci.hi).toBeGreaterThan(0.75);
    }
    expect(large.macro.hi - large.macro.lo).toBeLessThan(small.macro.hi - small.macro.lo);
    // About 2 * 1.96 * sd; for 200 messages the F1 of 0.75 moves by several points either way.
    expect(small.macro.hi - small.macro.lo).toBeGreaterThan(0.05);
    expect(bootstrapF1(part(codes), 1000, 7)).toEqual(bootstrapF1(part(codes), 1000, 7));
    expect(bootstrapF1(part(codes), 1000, 7)).not.toEqual(bootstrapF1(part(codes), 1000, 8));
  });
});
