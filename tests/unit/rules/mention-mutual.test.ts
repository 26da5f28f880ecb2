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
