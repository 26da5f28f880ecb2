import { md, ruleTester } from './rule-tester.js';

ruleTester('collector-motive', {
  valid: [
    md`
      Hi Jonas,

      I'm reaching out because I'm organising the Berlin Rust meetup and your crate for embedded logging came up three times at our last session.

      Cheers,
      Kim
    `,
    "Hi Jonas, I'm not trying to grow my network; I have one question about your embedded logging crate.\n",
  ],
  invalid: [
    {
      name: 'LION in a sentence of its own paragraph',
      code: md`
        Hi Jonas,

        I'm a proud LION and accept every invite.

        Your crate for embedded logging came up three times at our Rust meetup.

        Cheers,
        Kim
      `,
      errors: [{ line: 3, message: /^Connection-collecting language: "/ }],
      output: null,
      suggestions: {
        'Remove this sentence': md`
          Hi Jonas,

          Your crate for embedded logging came up three times at our Rust meetup.

          Cheers,
          Kim
        `,
      },
    },
    {
      name: 'after a greeting on the same line: the greeting stays',
      code: "Hi Jonas, I'm an open networker. Your crate for embedded logging came up three times at our Rust meetup.\n",
      errors: [{ line: 1, message: 'open networker' }],
      suggestions: { 'Remove this sentence': 'Hi Jonas, Your crate for embedded logging came up three times at our Rust meetup.\n' },
    },
    {
      name: 'a connection count as the goal',
      code: "Hi Jonas,\n\nI'm trying to reach 500+ connections this year, so let's connect.\n\nKim\n",
      errors: [{ line: 3 }],
    },
  ],
});
