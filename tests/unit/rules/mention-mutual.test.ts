import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, defaultConfig, lint, parseOutreach, resolveConfig } from '../../../shared/src/index.js';
import { md, ruleTester } from './rule-tester.js';

const fm = (mutual: string) => md`
  ---
  to:
    name: Dana Whitfield
  mutual:
  ${mutual}
  ---
`;
const sam = '  - name: Sam Ortiz\n    relation: my former teammate at Initech';
const samNoRelation = '  - name: Sam Ortiz';
const body = md`
  Hi Dana,

  I'm reaching out because we're building a fleet simulator and your RoboConf talk on path planning is the best treatment of it I know. Could you spare 20 minutes next week?

  Best,
  Lee
`;

ruleTester('mention-mutual', {
  valid: [
    { name: 'no mutual connections listed', code: body },
    {
      name: 'the mutual is named with the relation from front matter',
      code: fm(sam) + body.replace('I know.', 'I know. Sam Ortiz, my former teammate at Initech, speaks highly of your team.'),
    },
    {
      name: 'the first name with relation words is enough',
      code: fm(samNoRelation) + body.replace('I know.', 'I know. My old colleague Sam says you are the person to ask.'),
    },
    {
      name: 'requireRelation: false accepts a bare name',
      code: fm(sam) + body.replace('I know.', 'I know. Sam Ortiz pointed me to it.'),
      options: { requireRelation: false },
    },
  ],
  invalid: [
    {
      name: 'a listed mutual never named: safe fix from front matter, after the reason and before the ask',
      code: fm(sam) + body,
      errors: [{ line: 5, message: /^Sam Ortiz is listed as a mutual connection but the message never names them/, text: 'name: Sam Ortiz' }],
      output:
        fm(sam) +
        body.replace('I know. Could you', 'I know. We have a mutual connection in Sam Ortiz, my former teammate at Initech. Could you'),
    },
    {
      name: 'a listed mutual without a relation: only a suggestion, with a {{relation}} slot',
      code: fm(samNoRelation) + body,
      errors: [{ line: 5, message: 'never names them' }],
      output: null,
      suggestions: {
        'Insert mutual reference':
          fm(samNoRelation) + body.replace('I know. Could you', 'I know. We have a mutual connection in Sam Ortiz, {{relation}}. Could you'),
      },
    },
    {
      name: 'a relation that is a clause is joined with a colon',
      code: fm('  - name: Sam Ortiz\n    relation: we shipped the Atlas release together') + body,
      errors: [{ line: 5 }],
      output:
        fm('  - name: Sam Ortiz\n    relation: we shipped the Atlas release together') +
        body.replace('I know. Could you', 'I know. We have a mutual connection in Sam Ortiz: we shipped the Atlas release together. Could you'),
    },
    {
      name: 'named without the relationship: the fix puts the relation after the name',
      code: fm(sam) + body.replace('I know.', 'I know. Sam Ortiz pointed me to it.'),
      errors: [{ line: 10, message: 'names Sam Ortiz but not how you know them', text: 'Sam Ortiz' }],
      output: fm(sam) + body.replace('I know.', 'I know. Sam Ortiz, my former teammate at Initech, pointed me to it.'),
    },
    {
      name: 'named at the end of a sentence: no stray comma',
      code: fm(sam) + body.replace('I know.', 'I know. I heard about it from Sam Ortiz.'),
      errors: [{ line: 10, text: 'Sam Ortiz' }],
      output: fm(sam) + body.replace('I know.', 'I know. I heard about it from Sam Ortiz, my former teammate at Initech.'),
    },
    {
      name: 'two listed mutuals, neither named: one finding each; fix-all adds both',
      code: fm(`${sam}\n  - name: Priya Nair\n    relation: a classmate from Delft`) + body,
      errors: [{ line: 5, text: 'name: Sam Ortiz' }, { line: 7, text: 'name: Priya Nair' }],
    },
  ],
});

describe('mention-mutual: where the reason is the second opinion\'s reading', () => {
  // No ask and no phrase family's reason: the trained model reads the reason, and its evidence (the sentence it
  // weighed most) is where "Insert mutual reference" goes. Written against the evidence, not a fixed sentence,
  // so a retrained model that weighs another sentence still has to put the mutual right after that one.
  const text =
    fm(sam) +
    md`
      Hi Dana,

      Our warehouse team has spent the last year moving pick routes from paper lists to handheld scanners across three sites. Your RoboConf talk on path planning for mixed fleets changed how we order the aisles on the night shift. We are now redoing the routing for the two remaining sites before the spring peak.

      Best,
      Lee
    `;

  it('inserts the mutual after the sentence the model read as the reason, keeping every word', () => {
    const config = defaultConfig();
    const reason = analyze(parseOutreach(text), config).signals.reason;
    expect(reason.found, 'the model reads a reason in this message').toBe(true);
    expect(reason.evidence).toHaveLength(1);
    const evidence = reason.evidence[0]!;
    expect(evidence.why).toMatch(/second opinion of the trained model/);
    const finding = lint(text, { config }).findings.find((f) => f.ruleId === 'mention-mutual');
    const fixed = applyFixes(text, finding ? [finding] : []).text;
    const doc = parseOutreach(text);
    const sentence = doc.sentences.find((s) => s.span.start <= evidence.span.start && evidence.span.start < s.span.end)!;
    const head = text.slice(0, sentence.span.end);
    // Right after that sentence: in its line, or as a paragraph of its own when the sentence ends the last paragraph.
    const added = fixed.slice(head.length, fixed.length - (text.length - head.length));
    const line = 'We have a mutual connection in Sam Ortiz, my former teammate at Initech.';
    const last = !doc.sentences.some((s) => s.span.start >= sentence.span.end && s.paragraph === sentence.paragraph) && !doc.sentences.some((s) => s.paragraph > sentence.paragraph && s.span.start < (analyze(doc, config).signoff?.start ?? Infinity));
    expect(added).toBe(last ? `\n\n${line}` : ` ${line}`);
    expect(fixed.startsWith(head)).toBe(true);
    expect(fixed.slice(head.length + added.length)).toBe(text.slice(head.length));
  });

  it('with "secondOpinion": false there is no reason to follow: its own paragraph after the greeting', () => {
    const config = resolveConfig([{ secondOpinion: false }]);
    expect(analyze(parseOutreach(text), config).signals.reason.found).toBe(false);
    const finding = lint(text, { config }).findings.find((f) => f.ruleId === 'mention-mutual');
    const fixed = applyFixes(text, finding ? [finding] : []).text;
    const added = 'We have a mutual connection in Sam Ortiz, my former teammate at Initech.\n\n';
    expect(fixed).toContain(`Hi Dana,\n\n${added}Our warehouse team`);
    expect(fixed.replace(added, '')).toBe(text);
  });
});
