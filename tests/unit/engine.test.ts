import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  applyFixes,
  defineRule,
  fixUntilStable,
  lint,
  type Finding,
  type Fix,
  type Rule,
} from '../../shared/src/index.js';

/** A rule that reports every occurrence of a word, with a fix replacing it. */
function wordRule(id: string, word: string, replacement?: string): Rule {
  return defineRule({
    id,
    description: `Reports "${word}"`,
    source: 'format',
    defaultSeverity: 'warning',
    fixable: replacement !== undefined,
    hasSuggestions: false,
    check({ doc }, report) {
      for (let at = doc.text.indexOf(word); at !== -1; at = doc.text.indexOf(word, at + 1)) {
        const span = { start: at, end: at + word.length };
        report({
          span,
          message: `found ${word}`,
          ...(replacement !== undefined ? { fix: { title: `Replace ${word}`, edits: [{ span, newText: replacement }] } } : {}),
        });
      }
    },
  });
}

const message = 'Hi Dana,\n\nI read your post on robot fleets. Could you refer me?\n\nBest,\nLee\n';

describe('a rule that throws', () => {
  const thrower = defineRule({
    id: 'thrower',
    description: 'Always throws',
    source: 'format',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    check() {
      throw new Error('boom');
    },
  });

  it('becomes one error finding naming the rule, and the other rules still run', () => {
    const { findings } = lint(message, { rules: [wordRule('before', 'Dana'), thrower, wordRule('after', 'Lee')] });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['after', 'before', 'thrower']);
    const crash = findings.find((f) => f.ruleId === 'thrower')!;
    expect(crash.severity).toBe('error');
    expect(crash.message).toContain('boom');
    expect(crash.span).toEqual({ start: 0, end: 0 });
  });

  it('keeps nothing of what the rule reported before it threw', () => {
    const half = defineRule({
      ...wordRule('half', 'Dana'),
      check(ctx, report) {
        report({ span: { start: 0, end: 2 }, message: 'first' });
        throw new Error('then broke');
      },
    });
    const { findings } = lint(message, { rules: [half] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('then broke');
  });
});

describe('reports the engine validates', () => {
  const reporting = (r: Parameters<Parameters<Rule['check']>[1]>[0]) =>
    defineRule({ ...wordRule('bad', 'x'), check: (_ctx, report) => report(r) });

  it.each([
    ['past the end', { start: 3, end: 10_000 }],
    ['negative', { start: -1, end: 2 }],
    ['reversed', { start: 5, end: 2 }],
    ['fractional', { start: 1.5, end: 2 }],
  ])('a range %s becomes an "invalid finding" error at the start', (_name, span) => {
    const { findings } = lint(message, { rules: [reporting({ span, message: 'x' })] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/invalid finding/);
    expect(findings[0]!.span).toEqual({ start: 0, end: 0 });
  });

  it('an empty message is invalid too', () => {
    const { findings } = lint(message, { rules: [reporting({ span: { start: 0, end: 2 }, message: '  ' })] });
    expect(findings[0]!.message).toMatch(/invalid finding/);
  });

  it('drops a fix or suggestion with an out-of-range edit but keeps the finding', () => {
    const badFix: Fix = { title: 'Broken', edits: [{ span: { start: 0, end: 99_999 }, newText: '' }] };
    const goodFix: Fix = { title: 'Fine', edits: [{ span: { start: 0, end: 2 }, newText: 'Hello' }] };
    const { findings } = lint(message, { rules: [reporting({ span: { start: 0, end: 2 }, message: 'greeting', fix: badFix, suggestions: [badFix, goodFix] })] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.suggestions.map((s) => s.title)).toEqual(['Fine']);
  });
});

describe('inline disable comments', () => {
  const rules = [wordRule('alpha', 'ALPHA'), wordRule('beta', 'BETA')];
  const found = (text: string) => lint(text, { rules }).findings.map((f) => `${f.ruleId}:${text.slice(0, f.span.start).split('\n').length}`);

  it('disable … enable turns a rule off for the lines between', () => {
    const text = 'ALPHA one\n<!-- outreach-lint-disable alpha -->\nALPHA two BETA\n<!-- outreach-lint-enable alpha -->\nALPHA three\n';
    expect(found(text)).toEqual(['alpha:1', 'beta:3', 'alpha:5']);
  });

  it('disable with no rule names turns every rule off', () => {
    const text = 'ALPHA one\n<!-- outreach-lint-disable -->\nALPHA two BETA\n';
    expect(found(text)).toEqual(['alpha:1']);
  });

  it('enable with no rule names turns every rule back on', () => {
    const text = '<!-- outreach-lint-disable alpha beta -->\nALPHA BETA\n<!-- outreach-lint-enable -->\nALPHA BETA\n';
    expect(found(text)).toEqual(['alpha:4', 'beta:4']);
  });

  it('disable-next-line covers exactly the next line, for the named rules only', () => {
    const text = '<!-- outreach-lint-disable-next-line alpha -->\nALPHA BETA\nALPHA\n';
    expect(found(text)).toEqual(['beta:2', 'alpha:3']);
  });

  it('disable-next-line without names covers every rule on that line', () => {
    const text = 'Hi,\n<!-- outreach-lint-disable-next-line -->\nALPHA BETA\nBETA\n';
    expect(found(text)).toEqual(['beta:4']);
  });

  it('several rules, comma or space separated, with a "-- reason" after them', () => {
    const text = '<!-- outreach-lint-disable alpha, beta -- this template is a test -->\nALPHA BETA\n';
    expect(found(text)).toEqual([]);
  });

  it('a disable at the top of the body also covers findings in front matter', () => {
    const text = '---\nsubject: ALPHA\n---\n<!-- outreach-lint-disable alpha -->\nALPHA\n';
    expect(found(text)).toEqual([]);
  });

  it('a disable further down does not reach back', () => {
    const text = 'ALPHA\n\nBETA\n<!-- outreach-lint-disable -->\nALPHA\n';
    expect(found(text)).toEqual(['alpha:1', 'beta:3']);
  });

  it('a directive naming another rule changes nothing', () => {
    const text = '<!-- outreach-lint-disable gamma -->\nALPHA\n';
    expect(found(text)).toEqual(['alpha:2']);
  });
});

describe('applying fixes', () => {
  it('fixUntilStable applies two insertions at the same point over two passes', () => {
    const text = 'Hi Dana,\n';
    const insertAt = (id: string, newText: string) =>
      defineRule({
        ...wordRule(id, 'x'),
        check({ doc }, report) {
          if (!doc.text.includes(newText)) report({ span: { start: 0, end: 0 }, message: id, fix: { title: id, edits: [{ span: { start: 8, end: 8 }, newText }] } });
        },
      });
    const rules = [insertAt('one', ' A.'), insertAt('two', ' B.')];
    const result = fixUntilStable(text, (t) => lint(t, { rules }).findings);
    expect(result.text).toBe('Hi Dana, B. A.\n');
    expect(result.fixed).toBe(2);
    expect(result.findings).toEqual([]);
  });

  it('applies a multi-edit fix whole or not at all', () => {
    const text = 'abcdefghij';
    const f = (id: string, fix: Fix): Finding => ({ ruleId: id, severity: 'warning', message: id, span: fix.edits[0]!.span, fix, suggestions: [] });
    const first = f('a', { title: 'a', edits: [{ span: { start: 1, end: 2 }, newText: 'B' }, { span: { start: 6, end: 7 }, newText: 'G' }] });
    const overlapping = f('b', { title: 'b', edits: [{ span: { start: 3, end: 4 }, newText: 'D' }, { span: { start: 6, end: 8 }, newText: 'GH' }] });
    expect(applyFixes(text, [first, overlapping])).toEqual({ text: 'aBcdefGhij', fixed: 1 });
  });

  it('applyFixes never loses or reorders text outside the fixes it applies', () => {
    const alphabet = fc.constantFrom(...'abc \n.'.split(''));
    const textArb = fc.array(alphabet, { minLength: 0, maxLength: 60 }).map((a) => a.join(''));
    const scenario = textArb.chain((text) => {
      const offset = fc.integer({ min: 0, max: text.length });
      const edit = fc.tuple(offset, fc.integer({ min: 0, max: 5 })).map(([s, len]) => ({ start: s, end: Math.min(text.length, s + len) }));
      return fc.tuple(fc.constant(text), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 6 }));
    });
    fc.assert(
      fc.property(scenario, ([text, fixSpans]) => {
        // Each fix writes markers only it uses, so the output tells which fixes were applied.
        const findings: Finding[] = fixSpans.map((spans, i) => {
          const edits = dedupe(spans).map((span, j) => ({ span, newText: `<${i}.${j}>` }));
          return { ruleId: `r${i}`, severity: 'warning', message: 'm', span: edits[0]!.span, fix: { title: `f${i}`, edits }, suggestions: [] };
        });
        const { text: out } = applyFixes(text, findings);
        const applied = findings.filter((f) => out.includes(`<${f.ruleId.slice(1)}.0>`));
        for (const f of applied) for (const e of f.fix!.edits) expect(out).toContain(e.newText);
        // What the applied fixes replaced, removed; insertions remove nothing.
        const deleted = applied.flatMap((f) => f.fix!.edits.filter((e) => e.span.end > e.span.start).map((e) => ({ span: e.span, newText: '' })));
        const expected = applyEdits(text, deleted);
        expect(expected.skipped).toBe(0);
        expect(out.replace(/<\d+\.\d+>/g, '')).toBe(expected.text);
      }),
      { numRuns: 500 },
    );
  });
});

/** Edits within one fix never overlap each other (as rules produce them). */
function dedupe(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && (s.start < last.end || s.start === last.start || (s.start === last.end && (s.start === s.end || last.start === last.end)))) continue;
    out.push(s);
  }
  return out;
}
