import { md, ruleTester } from './rule-tester.js';

const VALUE = "If it helps, I'd be glad to share {{what_you_can_offer}}.";

ruleTester('leech-motive', {
  valid: [
    {
      name: 'an ask with an offer',
      code: md`
        Hi Grace,

        Could you refer me for the backend role? I'd be happy to walk you through the open source queue library I maintain.

        Thanks,
        Dev
      `,
    },
    { name: 'no favour asked', code: "Hi Grace, your post on moving billing to Go is why I started learning it. Thanks for writing it.\n" },
  ],
  invalid: [
    {
      name: 'a referral with nothing offered',
      code: md`
        Hi Grace,

        I saw that Fieldstone is hiring backend engineers. Could you refer me for the role?

        Thanks,
        Dev
      `,
      errors: [
        {
          line: 3,
          message: /^Favour asked with nothing in return: the message asks .*\("Could you refer me for the role"\) and offers nothing; .*ask a mutual connection to introduce you$/,
          text: 'Could you refer me for the role',
        },
      ],
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
      name: 'two favours: one finding each',
      code: md`
        Hi Grace,

        Could you refer me for the backend role? Also, could you endorse me for Go on my profile?

        Thanks,
        Dev
      `,
      errors: [{ line: 3, text: 'Could you refer me for the backend role' }, { line: 3 }],
    },
  ],
});
