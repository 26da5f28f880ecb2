import { describe, expect, it } from 'vitest';
import { lint, resolveConfig } from '../../../shared/src/index.js';
import { md, ruleTester } from './rule-tester.js';

const VALUE = "If it helps, I'd be glad to share {{what_you_can_offer}}.";

ruleTester('give-value', {
  valid: [
    md`
      Hi Lena,

      I'm reaching out because I'm moving into product design. Could you share how you structure
      your critiques? In return I'm happy to send you the survey of 40 design teams I ran last month.

      Cheers,
      Omar
    `,
    "Hi Grace, we're hiring a staff engineer for our payments team and I think you'd be a great fit.\n",
    // A favour asked with nothing offered is leech-motive's finding; give-value stays quiet (reported once).
    'Hi Grace,\n\nI saw that Fieldstone is hiring backend engineers. Could you refer me for the role?\n\nThanks,\nDev\n',
  ],
  invalid: [
    {
      name: 'no ask and no offer, one line: the value line goes before the sign-off',
      code: "Hi Dana, I loved your RoboConf talk on fleet scheduling and I'm building a simulator for the same problem. Best, Lee\n",
      errors: [{ line: 1, message: 'nothing says what the recipient gains' }],
      suggestions: {
        'Add value line': `Hi Dana, I loved your RoboConf talk on fleet scheduling and I'm building a simulator for the same problem. ${VALUE} Best, Lee\n`,
      },
    },
    {
      name: 'lines without blank lines: the value line is a line of its own',
      code: md`
        Hi Dana,
        I loved your RoboConf talk on fleet scheduling and I'm building a simulator for the same problem.
        Best,
        Lee
      `,
      errors: [{ line: 1 }],
      suggestions: {
        'Add value line': md`
          Hi Dana,
          I loved your RoboConf talk on fleet scheduling and I'm building a simulator for the same problem.
          ${VALUE}
          Best,
          Lee
        `,
      },
    },
  ],
});

describe('give-value when leech-motive is off', () => {
  it('reports the missing offer itself', () => {
    const text = 'Hi Grace,\n\nI saw that Fieldstone is hiring backend engineers. Could you refer me for the role?\n\nThanks,\nDev\n';
    const config = resolveConfig([{ rules: { 'leech-motive': 'off' } }]);
    const ids = lint(text, { config }).findings.map((f) => f.ruleId);
    expect(ids).toContain('give-value');
    expect(ids).not.toContain('leech-motive');
    expect(lint(text).findings.map((f) => f.ruleId).filter((id) => id === 'give-value' || id === 'leech-motive')).toEqual(['leech-motive']);
  });
});
