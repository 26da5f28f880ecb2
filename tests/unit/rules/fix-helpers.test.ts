import { describe, expect, it } from 'vitest';
import { applyEdits, defaultConfig, parseOutreach, SIGNAL_IDS, type Analysis, type RuleContext, type Signal, type Span } from '../../../shared/src/index.js';
import { insertSentence, quote, removeSentencesEdit, slugify, type Placement } from '../../../shared/src/rules/fix-helpers.js';
import { md } from './rule-tester.js';

/** A context with a hand-made analysis, so placement is tested apart from the detectors. */
function contextFor(text: string, marks: { greeting?: string; signoff?: string; reason?: string; ask?: string } = {}): RuleContext {
  const doc = parseOutreach(text);
  const span = (s: string | undefined): Span | undefined => {
    if (s === undefined) return undefined;
    const at = text.indexOf(s, doc.body.start);
    if (at < 0) throw new Error(`not in text: ${s}`);
    return { start: at, end: at + s.length };
  };
  const none: Signal = { found: false, evidence: [] };
  const signals = Object.fromEntries(SIGNAL_IDS.map((id) => [id, none])) as Record<(typeof SIGNAL_IDS)[number], Signal>;
  const reason = span(marks.reason);
  if (reason) signals.reason = { found: true, evidence: [{ span: reason, text: marks.reason!, why: 'gives a reason' }] };
  const ask = span(marks.ask);
  const greeting = span(marks.greeting);
  const signoffStart = span(marks.signoff);
  const analysis: Analysis = {
    signals,
    asks: ask ? [{ span: ask, text: marks.ask!, why: 'asks for a referral' }] : [],
    stock: [],
    ...(greeting ? { greeting } : {}),
    ...(signoffStart ? { signoff: { start: signoffStart.start, end: text.length } } : {}),
    highProfile: { value: false, why: '' },
    mutuals: [],
    negated: [],
  };
  return Object.freeze({ doc, analysis, config: defaultConfig(), recipients: [], options: {} });
}

function insert(text: string, placement: Placement, marks: Parameters<typeof contextFor>[1], sentence = 'NEW.'): string {
  return applyEdits(text, [insertSentence(contextFor(text, marks), placement, sentence)]).text;
}

const email = md`
  ---
  channel: email
  ---
  Hi Dana,

  I read your post on warehouse robots. Could you refer me to your hiring team?

  Best,
  Lee
`;

describe('insertSentence', () => {
  const table: [string, string, Placement, Parameters<typeof contextFor>[1], string][] = [
    [
      'email: a paragraph of its own after the greeting',
      email,
      'after-greeting',
      { greeting: 'Hi Dana,', signoff: 'Best,' },
      email.replace('Hi Dana,\n\n', 'Hi Dana,\n\nNEW.\n\n'),
    ],
    [
      'email: a paragraph of its own before the sign-off',
      email,
      'before-signoff',
      { greeting: 'Hi Dana,', signoff: 'Best,' },
      email.replace('team?\n\nBest,', 'team?\n\nNEW.\n\nBest,'),
    ],
    [
      'email: after the reason and before the ask, inside the paragraph',
      email,
      'after-reason',
      { greeting: 'Hi Dana,', signoff: 'Best,', reason: 'I read your post', ask: 'Could you refer me' },
      email.replace('robots. Could', 'robots. NEW. Could'),
    ],
    [
      'email: no reason, so after the greeting',
      email,
      'after-reason',
      { greeting: 'Hi Dana,', signoff: 'Best,', ask: 'Could you refer me' },
      email.replace('Hi Dana,\n\n', 'Hi Dana,\n\nNEW.\n\n'),
    ],
    [
      'one-line note: a sentence right after the greeting',
      'Hi Dana, I loved your talk on fleet robotics. Would love to connect. Best, Lee\n',
      'after-greeting',
      { greeting: 'Hi Dana,', signoff: 'Best, Lee' },
      'Hi Dana, NEW. I loved your talk on fleet robotics. Would love to connect. Best, Lee\n',
    ],
    [
      'one-line note: a sentence right before the sign-off',
      'Hi Dana, I loved your talk on fleet robotics. Would love to connect. Best, Lee\n',
      'before-signoff',
      { greeting: 'Hi Dana,', signoff: 'Best, Lee' },
      'Hi Dana, I loved your talk on fleet robotics. Would love to connect. NEW. Best, Lee\n',
    ],
    [
      'note of single lines: a line after the greeting line',
      'Hi Dana,\nI loved your talk on fleet robotics.\nBest,\nLee\n',
      'after-greeting',
      { greeting: 'Hi Dana,', signoff: 'Best,' },
      'Hi Dana,\nNEW.\nI loved your talk on fleet robotics.\nBest,\nLee\n',
    ],
    [
      'note of single lines: a line before the sign-off',
      'Hi Dana,\nI loved your talk on fleet robotics.\nBest,\nLee\n',
      'before-signoff',
      { greeting: 'Hi Dana,', signoff: 'Best,' },
      'Hi Dana,\nI loved your talk on fleet robotics.\nNEW.\nBest,\nLee\n',
    ],
    [
      'no greeting: at the start, inline with the first paragraph',
      'I loved your talk on fleet robotics. Would love to connect.\n',
      'after-greeting',
      {},
      'NEW. I loved your talk on fleet robotics. Would love to connect.\n',
    ],
    [
      'no sign-off: appended to a one-paragraph note',
      'Hi Dana, I loved your talk on fleet robotics. Would love to connect.\n',
      'before-signoff',
      { greeting: 'Hi Dana,' },
      'Hi Dana, I loved your talk on fleet robotics. Would love to connect. NEW.\n',
    ],
    [
      'no sign-off: a new last paragraph in a longer message',
      'Hi Dana,\n\nI loved your talk on fleet robotics.\n\nWould you be open to a call?\n',
      'before-signoff',
      { greeting: 'Hi Dana,' },
      'Hi Dana,\n\nI loved your talk on fleet robotics.\n\nWould you be open to a call?\n\nNEW.\n',
    ],
    [
      'blank body after front matter',
      '---\nchannel: email\n---\n',
      'after-greeting',
      {},
      '---\nchannel: email\n---\nNEW.\n',
    ],
    [
      'CRLF line endings are kept',
      'Hi Dana,\r\n\r\nI loved your talk.\r\n\r\nBest,\r\nLee\r\n',
      'before-signoff',
      { greeting: 'Hi Dana,', signoff: 'Best,' },
      'Hi Dana,\r\n\r\nI loved your talk.\r\n\r\nNEW.\r\n\r\nBest,\r\nLee\r\n',
    ],
    [
      'a directive comment stays right above its line',
      'Hi Dana,\n\n<!-- outreach-lint-disable-next-line give-value -->\nI loved your talk.\n',
      'after-greeting',
      { greeting: 'Hi Dana,' },
      'Hi Dana,\n\nNEW.\n\n<!-- outreach-lint-disable-next-line give-value -->\nI loved your talk.\n',
    ],
  ];
  it.each(table)('%s', (_name, text, placement, marks, expected) => {
    expect(insert(text, placement, marks)).toBe(expected);
  });

  it('never changes the text around the insertion', () => {
    for (const [, text, placement, marks] of table) {
      const edit = insertSentence(contextFor(text, marks), placement, 'NEW.');
      expect(edit.span.start).toBe(edit.span.end);
      expect(edit.newText.trim()).toBe('NEW.');
    }
  });
});

describe('removeSentencesEdit', () => {
  const remove = (text: string, target: string) => {
    const doc = parseOutreach(text);
    const at = text.indexOf(target);
    const greeting = text.startsWith('Hi Dana,') ? { start: 0, end: 8 } : undefined;
    return applyEdits(text, [removeSentencesEdit(doc, { start: at, end: at + target.length }, greeting)]).text;
  };
  it.each([
    ['in the middle of a line: the sentence and its trailing space', 'I loved your talk. I am an open networker. Best, Lee\n', 'open networker', 'I loved your talk. Best, Lee\n'],
    ['a greeting in the same sentence stays', 'Hi Dana, I am an open networker. I loved your talk.\n', 'open networker', 'Hi Dana, I loved your talk.\n'],
    ['at the end of a line: the sentence and the space before it', 'I loved your talk. I am an open networker.\nBest,\nLee\n', 'open networker', 'I loved your talk.\nBest,\nLee\n'],
    ['a paragraph of its own: the line and one blank line', 'Hi Dana,\n\nI am a LION and accept every invite.\n\nI loved your talk.\n', 'LION', 'Hi Dana,\n\nI loved your talk.\n'],
    ['the last paragraph: the line and the blank line before it', 'Hi Dana,\n\nI loved your talk.\n\nI am a LION and accept every invite.\n', 'LION', 'Hi Dana,\n\nI loved your talk.\n'],
    ['a line within a paragraph: only that line', 'Hi Dana,\nI am a LION and accept every invite.\nI loved your talk.\n', 'LION', 'Hi Dana,\nI loved your talk.\n'],
  ])('%s', (_name, text, target, expected) => {
    expect(remove(text, target)).toBe(expected);
  });
});

describe('small helpers', () => {
  it('quotes evidence, collapsing space and shortening long text', () => {
    expect(quote('could  you\nrefer me')).toBe('"could you refer me"');
    expect(quote('x'.repeat(100), 20)).toHaveLength(22);
  });
  it('slugifies names for file names', () => {
    expect(slugify('Sam Ortiz')).toBe('sam-ortiz');
    expect(slugify('Zoë O’Brien-Łukasz')).toBe('zoe-o-brien-ukasz');
  });
});
