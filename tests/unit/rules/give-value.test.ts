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
  ],
  invalid: [
    {
      name: 'asks for a referral and offers nothing',
      code: md`
        Hi Grace,

        I saw that Fieldstone is hiring backend engineers. Could you refer me for the role?

        Thanks,
        Dev
      `,
      errors: [{ line: 1, message: /^No offer found: the message asks .*\("Could you refer me for the role"\) but gives nothing back/ }],
      output: null,
      suggestions: {
        'Add value line': md`
          Hi Grace,

          I saw that Fieldstone is hiring backend engineers. Could you refer me for the role?

          ${VALUE}

          Thanks,
          Dev
        `,
      },
    },
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
