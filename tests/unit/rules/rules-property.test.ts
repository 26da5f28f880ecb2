import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, defaultConfig, lint, parseOutreach, rules, type Report, type RuleContext } from '../../../shared/src/index.js';

// Realistic pieces, mixed at random, so every rule both fires and stays quiet across the runs.
const FRONT = [
  '',
  '---\nchannel: linkedin-connect\naccount: free\nto:\n  name: Dana Whitfield\n  role: VP Engineering\n---\n',
  '---\nchannel: email\nsubject: "About [Product]"\nto:\n  name: Grace Liu\nmutual:\n  - name: Sam Ortiz\n    relation: my former teammate at Initech\n  - name: Lena Ruiz\nvars:\n  firstName: Grace\n---\n',
  '---\nchanel: linkedin-inmail\nto:\n  nmae: Ola\n  highProfile: true\n---\n',
  '---\nto: [broken\n---\n',
];
const GREETING = ['', 'Hi Dana,', 'Hi [First Name],', 'Hello {{firstName}},', 'Hi Grace, '];
const SENTENCES = [
  "I'd like to add you to my professional network on LinkedIn.",
  "Let's connect!",
  "I'm reaching out because we're hiring a robotics engineer.",
  'Your RoboConf talk on fleet scheduling changed how we plan routes.',
  "I'm a proud LION and accept every invite.",
  'Could you refer me for the backend role?',
  "In return I'd be glad to share our benchmark results.",
  'Sam Ortiz pointed me to your post.',
  'We grew XXX% last year at <Company>.',
  '<!-- outreach-lint-disable-next-line leech-motive -->',
  'Would you have 15 minutes for a call with {{team}}?',
  'Loved your paper on regional stock-outs and the data behind it, which I read twice over the weekend.',
];
const SIGNOFF = ['', 'Best,\nLee', 'Thanks, Dev', '- Kim'];
const SEP = [' ', '\n', '\n\n'];

const message = fc
  .record({
    front: fc.constantFrom(...FRONT),
    greeting: fc.constantFrom(...GREETING),
    body: fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...SEP)), { maxLength: 6 }),
    signoff: fc.constantFrom(...SIGNOFF),
    crlf: fc.boolean(),
  })
  .map(({ front, greeting, body, signoff, crlf }) => {
    const text = front + greeting + (greeting ? '\n\n' : '') + body.map(([s, sep]) => s + sep).join('') + (signoff ? `\n\n${signoff}\n` : '');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Runs every rule's check directly, to see its reports before the engine validates them. */
function rawReports(text: string): { ruleId: string; report: Report }[] {
  const doc = parseOutreach(text);
  const config = defaultConfig();
  const analysis = analyze(doc, config);
  const out: { ruleId: string; report: Report }[] = [];
  for (const rule of rules) {
    const context: RuleContext = Object.freeze({ doc, analysis, config, recipients: [], options: config.rules[rule.id]?.options ?? {} });
    rule.check(context, (report) => out.push({ ruleId: rule.id, report }));
  }
  return out;
}

describe('every rule, on generated messages', () => {
  it('never throws and reports only in-range findings with in-range, non-overlapping edits', () => {
    fc.assert(
      fc.property(message, (text) => {
        for (const { ruleId, report } of rawReports(text)) {
          const where = `${ruleId}: ${report.message}`;
          expect(report.message.trim(), where).not.toBe('');
          expect(report.span.start, where).toBeGreaterThanOrEqual(0);
          expect(report.span.end, where).toBeLessThanOrEqual(text.length);
          expect(report.span.start, where).toBeLessThanOrEqual(report.span.end);
          for (const fix of [...(report.fix ? [report.fix] : []), ...(report.suggestions ?? [])]) {
            expect(fix.title.trim(), where).not.toBe('');
            const { skipped } = applyEdits(text, fix.edits);
            expect(skipped, `${where} / ${fix.title}`).toBe(0);
            for (const e of fix.edits) {
              expect(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, `${where} / ${fix.title}`).toBe(true);
              // Inserted text keeps the file's line endings.
              if (text.includes('\r\n')) expect(e.newText.replace(/\r\n/g, ''), `${where} / ${fix.title}`).not.toContain('\n');
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a safe fix removes its own finding', () => {
    fc.assert(
      fc.property(message, (text) => {
        const { findings } = lint(text);
        for (const f of findings.filter((x) => x.fix)) {
          const after = lint(applyEdits(text, f.fix!.edits).text).findings;
          expect(after.some((x) => x.ruleId === f.ruleId && x.message === f.message), `${f.ruleId}: ${f.message} / ${f.fix!.title}`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
