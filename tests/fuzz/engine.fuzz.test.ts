import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  applyFixes,
  fixUntilStable,
  INTERNAL_ERROR_RULE,
  lint,
  resolveConfig,
  rules,
  TOO_LARGE_RULE,
  type Edit,
  type Finding,
  type LintOptions,
  type LintResult,
  type Span,
} from '../../shared/src/index.js';
import { bigFile, body, noise, outreachFile, outreachFileFindableNames, UNFINDABLE_NAMES } from './arbitraries.js';

/**
 * Property-based tests of the engine on hostile input. Bounded for CI; `npm run fuzz` runs the
 * same properties with FUZZ_RUNS (default there: 20x) and no per-test timeout. A failure prints
 * the seed and the shrunk counterexample; replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path>.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const LONG = process.env.FUZZ_RUNS !== undefined;
const TIMEOUT = LONG ? 0 : 60_000;
const params = (runs: number): fc.Parameters<[unknown]> => ({
  numRuns: runs,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
});

/**
 * Runs a property asynchronously, yielding to the event loop between runs: a long synchronous run
 * (npm run fuzz) would otherwise starve vitest's worker RPC and fail with "Timeout calling onTaskUpdate".
 */
function check<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, runs: number): Promise<void> {
  return fc.assert(
    fc.asyncProperty(arb, async (value) => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      predicate(value);
    }),
    params(runs),
  );
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const RULE_IDS = new Set([...rules.map((r) => r.id), INTERNAL_ERROR_RULE, TOO_LARGE_RULE]);

/** Every rule on, at every severity; and one config with all rules as info (a different path through severities). */
const CONFIGS = [
  undefined,
  resolveConfig([{ rules: Object.fromEntries(rules.map((r) => [r.id, 'info'])) }]),
  resolveConfig([{ phrases: { value: ['{{', '', '  '], reason: ['\u0000', '😀'], leech: ['[Name]'] } }]),
];

/** Recipients a host might load: none, an error, rows with odd values (long, empty, holding placeholders). */
const recipientsArb: fc.Arbitrary<LintOptions['loadRecipients']> = fc.oneof(
  fc.constant(undefined),
  fc.constant(() => ({ error: 'no such file' })),
  fc
    .array(fc.dictionary(fc.constantFrom('firstName', 'company', 'to.name', 'topic', '', ' '), fc.oneof(noise, fc.constantFrom('', '{{firstName}}', 'x'.repeat(500)))), {
      maxLength: 4,
    })
    .map((rows) => () => ({ rows })),
);

function inBounds(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Every span the engine hands out: findings, fixes, suggestions, evidence, and the parsed document's parts. */
function allSpans(result: LintResult): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  const { doc, analysis, findings } = result;
  for (const f of findings) {
    out.push({ where: `${f.ruleId} finding`, span: f.span });
    for (const e of f.fix?.edits ?? []) out.push({ where: `${f.ruleId} fix edit`, span: e.span });
    for (const s of f.suggestions) for (const e of s.edits) out.push({ where: `${f.ruleId} suggestion edit`, span: e.span });
  }
  for (const [id, signal] of Object.entries(analysis.signals)) for (const e of signal.evidence) out.push({ where: `${id} evidence`, span: e.span });
  for (const e of [...analysis.asks, ...analysis.stock, ...analysis.negated]) out.push({ where: 'analysis evidence', span: e.span });
  for (const m of analysis.mutuals) if (m.mention) out.push({ where: 'mutual mention', span: m.mention.span });
  if (analysis.greeting) out.push({ where: 'greeting', span: analysis.greeting });
  if (analysis.signoff) out.push({ where: 'signoff', span: analysis.signoff });
  out.push({ where: 'body', span: doc.body }, { where: 'content', span: doc.content });
  if (doc.frontMatterSpan) out.push({ where: 'front matter', span: doc.frontMatterSpan });
  for (const p of doc.frontMatterProblems) out.push({ where: 'front matter problem', span: p.span });
  for (const m of doc.frontMatter.mutual) out.push({ where: 'mutual entry', span: m.span });
  for (const c of doc.comments) out.push({ where: 'comment', span: c.span });
  for (const d of doc.directives) out.push({ where: 'directive', span: d.span });
  for (const p of doc.placeholders) out.push({ where: `${p.kind} placeholder`, span: p.span });
  for (const s of doc.sentences) out.push({ where: 'sentence', span: s.span });
  return out;
}

/** Checks the invariants every lint result must hold; returns the result for further checks. */
function checkResult(text: string, result: LintResult): void {
  expect(result.doc.text).toBe(text);
  for (const { where, span } of allSpans(result)) {
    expect(inBounds(span, text.length), `${where} ${JSON.stringify(span)} in a ${text.length}-unit file`).toBe(true);
  }
  for (const [id, signal] of Object.entries(result.analysis.signals)) {
    expect(signal.found, `${id}.found agrees with its evidence`).toBe(signal.evidence.length > 0);
    for (const e of signal.evidence) expect(e.why.trim(), `${id} evidence has a reason`).not.toBe('');
  }
  for (const f of result.findings) {
    expect(RULE_IDS.has(f.ruleId), `known rule id ${f.ruleId}`).toBe(true);
    expect(SEVERITIES.has(f.severity), `severity ${f.severity}`).toBe(true);
    expect(typeof f.message === 'string' && f.message.trim() !== '', `${f.ruleId} message non-empty`).toBe(true);
    // The engine turns a crashing or misbehaving rule into a finding; on any input, that is a rule bug.
    expect(f.message, `${f.ruleId} did not crash`).not.toMatch(/crashed and was skipped|reported an invalid finding/);
    for (const fix of [...(f.fix ? [f.fix] : []), ...f.suggestions]) {
      expect(fix.title.trim(), `${f.ruleId} fix title`).not.toBe('');
      const applied = applyEdits(text, fix.edits);
      expect(applied.skipped, `${f.ruleId} "${fix.title}": its own edits overlap`).toBe(0);
      for (const e of fix.edits) {
        expect(typeof e.newText, `${f.ruleId} "${fix.title}" newText`).toBe('string');
        // An edit boundary inside a surrogate pair would leave two lone halves in the file.
        expect(splitsPair(text, e.span.start) || splitsPair(text, e.span.end), `${f.ruleId} "${fix.title}" splits a surrogate pair`).toBe(false);
      }
      if (fix.newFile) expect(fix.newFile.name.trim(), `${f.ruleId} new file name`).not.toBe('');
    }
  }
  for (let i = 1; i < result.findings.length; i++) {
    expect(result.findings[i]!.span.start, 'findings sorted').toBeGreaterThanOrEqual(result.findings[i - 1]!.span.start);
  }
}

/**
 * Whether `out` is `text` with each edit either applied or left alone, and nothing else changed:
 * the text between edits must appear unchanged and in order. Edits are sorted and disjoint (or
 * insertions at one point, in either order); small search with memo on (edit, output position).
 */
function onlyEditsChanged(text: string, edits: readonly Edit[], out: string): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const seen = new Set<string>();
  const go = (i: number, pos: number, o: number): boolean => {
    const key = `${i}:${pos}:${o}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (i === sorted.length) return out.slice(o) === text.slice(pos);
    const e = sorted[i]!;
    if (e.span.start < pos) return go(i + 1, pos, o); // overlaps an applied one: cannot apply
    const gap = text.slice(pos, e.span.start);
    if (out.slice(o, o + gap.length) !== gap) return false;
    const at = o + gap.length;
    if (out.startsWith(e.newText, at) && go(i + 1, e.span.end, at + e.newText.length)) return true;
    return go(i + 1, e.span.start, at);
  };
  return go(0, 0, 0);
}

function lintAll(text: string, options: LintOptions): LintResult {
  try {
    return lint(text, options);
  } catch (error) {
    throw new Error(`lint threw on ${JSON.stringify(text.slice(0, 300))}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

const rawText = fc.oneof(
  body,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 400 }),
);

describe('engine under arbitrary input', () => {
  it(
    'never throws, and every range, message, severity and fix is valid',
    () =>
      check(
        fc.tuple(outreachFile, fc.constantFrom(...CONFIGS), recipientsArb),
        ([text, config, loadRecipients]) => {
          const options: LintOptions = { ...(config ? { config } : {}), ...(loadRecipients ? { loadRecipients } : {}) };
          const result = lintAll(text, options);
          checkResult(text, result);
          // Pure: the same input gives the same output.
          expect(JSON.stringify(lintAll(text, options).findings)).toBe(JSON.stringify(result.findings));
        },
        RUNS,
      ),
    TIMEOUT,
  );

  it('holds on bodies of raw noise with no front matter', () => check(rawText, (text) => checkResult(text, lintAll(text, {})), RUNS), TIMEOUT);

  it(
    'applying all safe fixes changes nothing outside their ranges',
    () =>
      check(
        outreachFile,
        (text) => {
          const { findings } = lintAll(text, {});
          const edits = findings.flatMap((f) => f.fix?.edits ?? []);
          const { text: fixed, fixed: count } = applyFixes(text, findings);
          expect(count).toBeLessThanOrEqual(findings.filter((f) => f.fix).length);
          expect(onlyEditsChanged(text, edits, fixed), `fixed text differs outside the fix ranges:\n${JSON.stringify(text)}\n→\n${JSON.stringify(fixed)}`).toBe(true);
          // And each suggestion alone, likewise.
          for (const f of findings) {
            for (const s of f.suggestions) {
              const one = applyEdits(text, s.edits).text;
              expect(onlyEditsChanged(text, s.edits, one), `suggestion "${s.title}" changes text outside its edits`).toBe(true);
            }
          }
        },
        RUNS,
      ),
    TIMEOUT,
  );

  it(
    'fixing twice equals fixing once, and the fixed text lints without crashing',
    () => {
      const lintText = (t: string): readonly Finding[] => lintAll(t, {}).findings;
      return check(
        outreachFileFindableNames,
        (text) => {
          const once = fixUntilStable(text, lintText);
          checkResult(once.text, lintAll(once.text, {}));
          const twice = fixUntilStable(once.text, lintText);
          expect(twice.text, `not idempotent; first pass gave\n${JSON.stringify(once.text)}`).toBe(once.text);
          expect(twice.fixed).toBe(0);
        },
        Math.max(1, Math.round(RUNS / 2)),
      );
    },
    TIMEOUT,
  );

  // Regression: a mutual whose name the detector cannot find in the body (a placeholder such as {{mutualName}}
  // or [Name], or a single letter) used to get mention-mutual's safe fix again on every pass (--fix added the
  // sentence ten times). Such names now get a suggestion, never a safe fix.
  it.each(UNFINDABLE_NAMES)('fixing is idempotent with a mutual named %j', (name) => {
    const text = `---\nmutual:\n  - name: ${JSON.stringify(name)}\n    relation: "my former teammate at Initech"\n---\nHi Dana,\n\nI read your post on routing.\n`;
    const lintText = (t: string): readonly Finding[] => lintAll(t, {}).findings;
    const once = fixUntilStable(text, lintText);
    expect(fixUntilStable(once.text, lintText).text).toBe(once.text);
  });

  it(
    'holds on large inputs: very long lines, thousands of placeholders, deep YAML, thousands of directives',
    () =>
      check(
        bigFile,
        (text) => {
          const result = lintAll(text, {});
          checkResult(text, result);
          const fixed = applyFixes(text, result.findings).text;
          expect(onlyEditsChanged(text, result.findings.flatMap((f) => f.fix?.edits ?? []), fixed)).toBe(true);
        },
        Math.max(1, Math.round(RUNS / 10)),
      ),
    TIMEOUT,
  );
});
