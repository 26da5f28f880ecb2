import { md, ruleTester } from './rule-tester.js';

const fm = md`
  ---
  to:
    name: Noor Haddad
    company: Cobalt Labs
  vars:
    firstName: Noor
  ---
`;

ruleTester('unfilled-placeholder', {
  valid: [
    { name: 'vars and front-matter fields', code: fm + 'Hi {{firstName}}, your team at {{ to.company }} shipped the launch I keep pointing people to.\n' },
    { name: 'no placeholders at all', code: 'Hi Noor, your team shipped the launch I keep pointing people to.\n' },
    {
      name: 'a column every recipients row fills',
      code: md`
        ---
        recipients: prospects.csv
        ---
        Hi {{firstName}}, your team at {{company}} shipped the launch I keep pointing people to.
      `,
      recipients: [
        { firstName: 'Noor', company: 'Cobalt Labs' },
        { firstName: 'Ade', company: 'Kinetic' },
      ],
    },
    {
      name: 'a recipients file the host did not load: no guessing',
      code: '---\nrecipients: prospects.csv\n---\nHi {{firstName}}, your team shipped the launch I keep pointing people to.\n',
    },
    { name: 'allow: accepted as written', code: 'Slides are at [link] if useful.\n', options: { allow: ['[link]'] } },
    { name: 'markdown links, task boxes and HTML are not placeholders', code: 'See [the deck](https://example.com/deck) and <em>this</em>.\n\n- [x] done\n' },
  ],
  invalid: [
    {
      name: '[First Name] with a matching var: safe rewrite, and the value as a suggestion',
      code: fm + 'Hi [First Name], your team shipped the launch I keep pointing people to.\n',
      errors: [{ line: 8, message: 'Unfilled placeholder "[First Name]": replace it with the real text, or write it as {{firstName}} (it has a value in vars)', text: '[First Name]' }],
      output: fm + 'Hi {{firstName}}, your team shipped the launch I keep pointing people to.\n',
      suggestions: { 'Use the value from vars ("Noor")': fm + 'Hi Noor, your team shipped the launch I keep pointing people to.\n' },
    },
    {
      name: '<Company> maps to to.company',
      code: fm + 'Hi Noor, your team at <Company> shipped the launch I keep pointing people to.\n',
      errors: [{ line: 8, text: '<Company>' }],
      output: fm + 'Hi Noor, your team at {{to.company}} shipped the launch I keep pointing people to.\n',
      suggestions: { 'Use the value from front matter ("Cobalt Labs")': fm + 'Hi Noor, your team at Cobalt Labs shipped the launch I keep pointing people to.\n' },
    },
    {
      name: 'an unknown {first_name}: only a suggestion to make it a template variable',
      code: 'Hi {first_name}, your team shipped the launch I keep pointing people to.\n',
      errors: [{ line: 1, text: '{first_name}' }],
      output: null,
      suggestions: { 'Rewrite as {{firstName}}': 'Hi {{firstName}}, your team shipped the launch I keep pointing people to.\n' },
      suggestionClears: false,
    },
    {
      name: 'masks and so-and-so have no fix',
      code: 'Hi (so and so), we grew revenue XXX% last year and %NAME% can confirm.\n',
      errors: [{ text: '(so and so)' }, { text: 'XXX' }, { text: '%NAME%' }],
      output: null,
    },
    {
      name: 'a {{var}} with no value anywhere',
      code: fm + 'Hi {{firstName}}, the {{product}} launch is the one I keep pointing people to.\n',
      errors: [{ line: 8, message: /^\{\{product\}\} has no value: add "product" under vars/, text: '{{product}}' }],
      output: null,
    },
    {
      name: 'a typo of a known var gets a rewrite suggestion',
      code: fm + 'Hi {{frstName}}, your team shipped the launch I keep pointing people to.\n',
      errors: [{ message: 'did you mean {{firstName}}?' }],
      suggestions: { 'Rewrite as {{firstName}}': fm + 'Hi {{firstName}}, your team shipped the launch I keep pointing people to.\n' },
    },
    {
      name: 'recipients rows that lack a value are named',
      code: '---\nrecipients: prospects.csv\n---\nHi {{firstName}}, your team at {{company}} shipped the launch.\n',
      recipients: [
        { firstName: 'Noor', company: 'Cobalt Labs' },
        { firstName: 'Ade', company: '' },
        { firstName: 'Mia', company: 'Kinetic' },
        { firstName: 'Raj' },
      ],
      errors: [{ line: 4, message: '{{company}} has no value in 2 of 4 rows of prospects.csv (rows 2, 4)', text: '{{company}}' }],
    },
    {
      name: 'a placeholder in the subject is found on its exact range',
      code: '---\nchannel: email\nsubject: "Quick question about [Product]"\n---\nHi Noor, your team shipped the launch I keep pointing people to.\n',
      errors: [{ line: 3, text: '[Product]' }],
    },
    { name: 'an empty {{}}', code: 'Hi {{}}, your team shipped the launch.\n', errors: [{ message: 'Empty placeholder "{{}}"' }] },
  ],
});
