import { md, ruleTester } from './rule-tester.js';

ruleTester('explain-why', {
  valid: [
    md`
      Hi Marco,

      I'm reaching out because we're hiring a first data engineer in Lisbon, and your talk on dbt
      testing at PyData Porto is exactly how we want to work.

      Best,
      Ines
    `,
    'Hi Aiko, I am researching how small teams run on-call and your post on retiring pager rotations was the best I found.\n',
    {
      name: 'stock text only: courteous-note reports it, not this rule',
      code: "Hi Dana,\n\nI'd like to add you to my professional network.\n",
    },
  ],
  invalid: [
    {
      name: 'praise but no purpose',
      code: md`
        Hi Marco,

        Your talk on dbt testing at PyData Porto was the clearest one of the day.

        Best,
        Ines
      `,
      errors: [{ line: 1, message: /^No reason for reaching out found: say why you are writing to this person/, text: 'Hi Marco,' }],
      output: null,
      suggestions: {
        'Insert a reason line': md`
          Hi Marco,

          I'm reaching out because {{reason}}.

          Your talk on dbt testing at PyData Porto was the clearest one of the day.

          Best,
          Ines
        `,
      },
    },
    {
      name: 'a one-line note whose greeting runs into a lower-case sentence gets the reason after that sentence',
      code: md`
        ---
        to:
          name: Marco Silva
        ---
        Hi Marco, your talk on dbt testing at PyData Porto was the clearest one of the day.
      `,
      errors: [{ line: 5, message: 'writing to Marco' }],
      suggestions: {
        'Insert a reason line': md`
          ---
          to:
            name: Marco Silva
          ---
          Hi Marco, your talk on dbt testing at PyData Porto was the clearest one of the day. I'm reaching out because {{reason}}.
        `,
      },
    },
    {
      name: 'a one-line note gets the reason as a sentence right after the greeting',
      code: 'Hi Marco, I loved your talk on dbt testing at PyData Porto, the clearest one of the day.\n',
      errors: [{ line: 1 }],
      suggestions: {
        'Insert a reason line': "Hi Marco, I'm reaching out because {{reason}}. I loved your talk on dbt testing at PyData Porto, the clearest one of the day.\n",
      },
    },
  ],
});
