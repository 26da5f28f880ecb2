import { describe, expect, it } from 'vitest';
import { md, lintWith, ruleTester } from './rule-tester.js';

const connect = (account: string, extra = '') => `---\nchannel: linkedin-connect\n${account ? `account: ${account}\n` : ''}${extra}---\n`;
/** A sentence of exactly n characters. */
const words = (n: number) => ('Loved your paper on regional stock-outs and the data behind it. '.repeat(20)).slice(0, n - 1).trimEnd().padEnd(n - 1, 'x') + '.';

ruleTester('length-limit', {
  valid: [
    { name: 'no channel, no limit', code: words(3000) + '\n' },
    { name: 'exactly 300 on a premium connection note', code: connect('premium') + words(300) + '\n' },
    { name: 'exactly 200 on a free one', code: connect('free') + words(200) + '\n' },
    { name: 'HTML comments do not count', code: connect('free') + words(190) + '\n<!-- ' + 'note to self '.repeat(10) + '-->\n' },
    { name: 'CRLF counts as one character', code: connect('free') + words(100) + '\r\n' + words(99) + '\r\n' },
    { name: 'an email has no body limit', code: '---\nchannel: email\nsubject: Hello\n---\n' + words(5000) + '\n' },
  ],
  invalid: [
    {
      name: '301 characters on a premium connection note',
      code: connect('premium') + words(301) + '\n',
      errors: [{ line: 5, message: 'The connection note is 301 characters with the longest sample values filled in; the limit is 300 with account: premium. Cut at least 1 characters', text: '.' }],
      output: null,
    },
    {
      name: 'no account: the 300 limit',
      code: connect('') + words(320) + '\n',
      errors: [{ message: 'is 320 characters with the longest sample values filled in; the limit is 300. Cut at least 20' }],
    },
    {
      name: 'a free account: 200',
      code: connect('free') + words(250) + '\n',
      errors: [{ message: 'the limit is 200 with account: free', text: words(250).slice(200) }],
    },
    {
      name: 'the longest recipients value is used, and the range starts at the placeholder that overflows',
      code: connect('free', 'recipients: prospects.csv\n') + words(180) + ' Hi {{company}}!\n',
      recipients: [{ company: 'Acme' }, { company: 'International Business Machines' }],
      errors: [{ message: 'is 216 characters', text: '{{company}}!' }],
    },
    {
      name: 'InMail subject over 200',
      code: `---\nchannel: linkedin-inmail\nsubject: ${words(210)}\n---\nHi Carmen, short body.\n`,
      errors: [{ line: 3, message: 'The InMail subject is 210 characters', text: words(210).slice(200) }],
    },
  ],
});

describe('length-limit: rendering', () => {
  it('uses the longest of vars, front matter and rows for each {{var}}', () => {
    const code = md`
      ---
      channel: linkedin-connect
      account: free
      to:
        name: Bartholomew Featherstonehaugh-Smythe
      vars:
        firstName: Bartholomew
      recipients: prospects.csv
      ---
      ${'Hi {{firstName}} ({{to.name}}), ' + words(150)}
    `;
    const { findings } = lintWith('length-limit', code, { recipients: [{ firstName: 'Christopher-Alexander' }] });
    // "Hi " 3 + "Christopher-Alexander" 21 + " (" 2 + "Bartholomew Featherstonehaugh-Smythe" 36 + "), " 3 + 150 = 215
    expect(findings[0]?.message).toContain('is 215 characters');
  });

  it('limits come from the config', () => {
    const { findings } = lintWith('length-limit', connect('premium') + words(280) + '\n');
    expect(findings).toEqual([]);
  });
});
