import { md, ruleTester } from './rule-tester.js';

const body = 'Hi Ola, your talk on Norwegian fjord ferries was the best session at NDC.\n';

ruleTester('front-matter', {
  valid: [
    { name: 'no front matter', code: body },
    {
      name: 'every known key with the right type',
      code: md`
        ---
        channel: email
        account: premium
        to:
          name: Ola Nordmann
          role: CTO
          company: Fjord Ferries
          highProfile: true
        mutual:
          - name: Kari Hansen
            relation: my former manager at Telenor
          - Per Olsen
        via: Kari Hansen
        subject: Your NDC talk
        vars:
          firstName: Ola
          year: 2024
        recipients: list.csv
        ---
      ` + body,
    },
  ],
  invalid: [
    {
      name: 'a misspelt top-level key: safe rename',
      code: '---\nchanel: email\n---\n' + body,
      errors: [{ line: 2, message: 'Unknown key "chanel" in front matter; did you mean "channel"?', text: 'chanel' }],
      output: '---\nchannel: email\n---\n' + body,
    },
    {
      name: 'a misspelt nested key',
      code: '---\nto:\n  nmae: Ola Nordmann\n---\n' + body,
      errors: [{ line: 3, text: 'nmae' }],
      output: '---\nto:\n  name: Ola Nordmann\n---\n' + body,
    },
    {
      name: 'no rename when the right key is already there',
      code: '---\nchannel: email\nchanel: email\n---\n' + body,
      errors: [{ line: 3, text: 'chanel' }],
      output: null,
    },
    {
      name: 'an unknown key with nothing close',
      code: '---\nfavouriteColour: blue\n---\n' + body,
      errors: [{ message: 'Unknown key "favouriteColour" in front matter (allowed:' }],
      output: null,
    },
    {
      name: 'wrong types and values',
      code: '---\nchannel: fax\nto:\n  name: Ola Nordmann\n  highProfile: maybe\n---\n' + body,
      errors: [
        { line: 2, message: '"channel" must be one of', text: 'fax' },
        { line: 5, message: '"to.highProfile" must be true or false', text: 'maybe' },
      ],
    },
    {
      name: 'a YAML syntax error',
      code: '---\nto:\n  name: "Ola\n---\n' + body,
      errors: [{ message: 'YAML syntax error' }],
    },
    {
      name: 'front matter that is never closed',
      code: '---\nchannel: email\n\n' + body,
      errors: [{ line: 1, message: 'Front matter is not closed' }],
    },
  ],
});
