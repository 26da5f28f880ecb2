import { md, ruleTester } from './rule-tester.js';

const SKELETON = "I'm reaching out because {{reason}}. I noticed we both {{commonality}}. If it helps, I'd be glad to share {{what_you_can_offer}}.";

ruleTester('courteous-note', {
  valid: [
    md`
      Hi Priya,

      I'm reaching out because we're moving our billing system to event sourcing, and your post on
      replaying ledgers answered a question we had been stuck on for weeks.

      Best,
      Lee
    `,
    'Hi Dana, saw your RoboConf talk on fleet scheduling; would love to compare notes on our simulator.\n',
    md`
      ---
      channel: linkedin-connect
      ---
      Congrats on the Series A! Your thread on pricing usage-based APIs is the one I send to every founder I advise.
    `,
  ],
  invalid: [
    {
      name: "LinkedIn's default invitation between a greeting and a sign-off",
      code: md`
        Hi Dana,

        I'd like to add you to my professional network on LinkedIn.

        - Lee
      `,
      errors: [{ line: 3, message: /^Only stock text: "I'd like to add you to my professional network on LinkedIn"/ }],
      output: null,
      suggestions: {
        'Replace the stock text with a note skeleton': md`
          Hi Dana,

          ${SKELETON}

          - Lee
        `,
      },
    },
    {
      name: '"let\'s connect" on one line with the greeting',
      code: "Hi Marco, let's connect!\n",
      errors: [{ line: 1, message: 'Only stock text' }],
      suggestions: { 'Replace the stock text with a note skeleton': `Hi Marco, ${SKELETON}\n` },
    },
    {
      name: 'an empty message after front matter',
      code: md`
        ---
        channel: linkedin-connect
        to:
          name: Dana Whitfield
        ---
      `,
      errors: [{ line: 1, message: 'The message is empty' }],
      suggestions: {
        'Insert a note skeleton': md`
          ---
          channel: linkedin-connect
          to:
            name: Dana Whitfield
          ---
          Hi Dana,

          ${SKELETON}
        `,
      },
    },
    {
      name: 'a greeting and a sign-off with nothing between',
      code: 'Hi Dana,\n\nThanks,\nLee\n',
      errors: [{ line: 1, message: 'No note of your own', text: 'Hi Dana,\n\nThanks,\nLee' }],
      suggestions: { 'Insert a note skeleton': `Hi Dana,\n\n${SKELETON}\n\nThanks,\nLee\n` },
    },
    {
      name: 'CRLF line endings are kept by the skeleton',
      code: 'Hi Dana,\r\n\r\nThanks,\r\nLee\r\n',
      errors: [{ line: 1 }],
      suggestions: { 'Insert a note skeleton': `Hi Dana,\r\n\r\n${SKELETON}\r\n\r\nThanks,\r\nLee\r\n` },
    },
  ],
});
