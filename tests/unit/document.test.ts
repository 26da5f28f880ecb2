import { describe, expect, it } from 'vitest';
import { parseOutreach } from '../../shared/src/document/parse.js';
import { findPlaceholders } from '../../shared/src/document/placeholders.js';
import { splitSentences } from '../../shared/src/document/sentences.js';

const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('front matter', () => {
  it('parses the SPEC example into typed data with spans', () => {
    const text = `---
channel: linkedin-connect
account: free
to:
  name: Dana Whitfield
  role: VP Engineering
  company: Acme Robotics
  highProfile: true
mutual:
  - name: Sam Ortiz
    relation: my former teammate at Initech
  - Lena Ruiz
via: Sam Ortiz
subject: "Your talk on {{topic}}"
vars:
  firstName: Dana
  seats: 12
recipients: prospects.csv
---
Hi {{firstName}},
`;
    const doc = parseOutreach(text);
    expect(doc.frontMatterProblems).toEqual([]);
    const fm = doc.frontMatter;
    expect(fm.channel).toBe('linkedin-connect');
    expect(fm.account).toBe('free');
    expect(fm.to).toEqual({ name: 'Dana Whitfield', role: 'VP Engineering', company: 'Acme Robotics', highProfile: true });
    expect(fm.mutual.map((m) => [m.name, m.relation])).toEqual([
      ['Sam Ortiz', 'my former teammate at Initech'],
      ['Lena Ruiz', undefined],
    ]);
    expect(at(text, fm.mutual[0]!.span)).toMatch(/^name: Sam Ortiz\n\s+relation: my former teammate at Initech/);
    expect(fm.via).toBe('Sam Ortiz');
    expect(at(text, fm.subjectSpan!)).toBe('Your talk on {{topic}}');
    expect(fm.vars).toEqual({ firstName: 'Dana', seats: '12' });
    expect(at(text, fm.recipientsSpan!)).toBe('prospects.csv');
    expect(at(text, doc.body)).toBe('Hi {{firstName}},\n');
    // The subject's placeholder is found at its exact place in the front matter.
    const topic = doc.placeholders.find((p) => p.name === 'topic')!;
    expect(at(text, topic.span)).toBe('{{topic}}');
  });

  it('reports unknown keys, wrong types and bad values on their exact ranges', () => {
    const text = `---
chanel: email
account: gold
to:
  name: Dana
  highProfile: yes please
mutual:
  - relation: no name here
vars: [a, b]
---
Hello
`;
    const doc = parseOutreach(text);
    const problems = doc.frontMatterProblems.map((p) => [at(text, p.span), p.message]);
    expect(problems).toEqual([
      ['chanel', expect.stringContaining('did you mean "channel"')],
      ['gold', expect.stringContaining('"account" must be free or premium')],
      ['yes please', expect.stringContaining('"to.highProfile" must be true or false')],
      [expect.stringContaining('relation: no name here'), 'A "mutual" entry needs a "name"'],
      ['[a, b]', expect.stringContaining('"vars" must be a mapping')],
    ]);
  });

  it('turns YAML syntax errors into problems, never exceptions', () => {
    for (const yaml of ['to: [unclosed', 'a: b: c', '  - x\n y: 1', 'key: "open', '? [a\n: b', 'x: &a\ny: *b', '\t: tab']) {
      const text = `---\n${yaml}\n---\nHi\n`;
      const doc = parseOutreach(text);
      expect(doc.frontMatterProblems.length, yaml).toBeGreaterThan(0);
      for (const p of doc.frontMatterProblems) {
        expect(p.span.start).toBeGreaterThanOrEqual(0);
        expect(p.span.end).toBeLessThanOrEqual(text.length);
      }
      expect(at(text, doc.body)).toBe('Hi\n');
    }
  });

  it('reports an unclosed front matter and treats the file as body', () => {
    const doc = parseOutreach('---\nchannel: email\nHi Dana\n');
    expect(doc.frontMatterProblems[0]!.message).toMatch(/not closed/);
    expect(doc.body.start).toBe(0);
  });

  it('handles CRLF, a BOM and the "..." closing fence', () => {
    const text = '\ufeff---\r\nchannel: email\r\n...\r\nHi Dana,\r\n';
    const doc = parseOutreach(text);
    expect(doc.frontMatter.channel).toBe('email');
    expect(at(text, doc.body)).toBe('Hi Dana,\r\n');
  });

  it('ignores a --- that is not at the start', () => {
    const text = 'Hi\n---\nchannel: email\n---\n';
    expect(parseOutreach(text).body.start).toBe(0);
  });
});

describe('placeholders', () => {
  const find = (s: string) => findPlaceholders(s, { start: 0, end: s.length }).map((p) => [p.kind, p.name, at(s, p.span)]);

  it('finds template placeholders and every unfilled form', () => {
    expect(find('Hi {{ firstName }}, about {{to.company}}: [Company], <Job Title>, {first_name}, (so and so), %NAME%, XXX and ____.')).toEqual([
      ['template', 'firstName', '{{ firstName }}'],
      ['template', 'to.company', '{{to.company}}'],
      ['bracket', 'Company', '[Company]'],
      ['angle', 'Job Title', '<Job Title>'],
      ['brace', 'first_name', '{first_name}'],
      ['paren', 'so and so', '(so and so)'],
      ['percent', 'NAME', '%NAME%'],
      ['mask', 'XXX', 'XXX'],
      ['mask', '____', '____'],
    ]);
  });

  it('leaves Markdown and ordinary prose alone', () => {
    expect(
      find('See [my post](https://x.dev/p) and [the notes][1], - [ ] todo, - [x] done, a footnote[^1], <br> and <b>bold</b>, (which I loved), Xerox, 3 x 4, snake_case_name.'),
    ).toEqual([]);
  });
});

describe('sentences', () => {
  const split = (s: string) => splitSentences(s, { start: 0, end: s.length }).map((x) => x.text);

  it('splits on sentence ends but not abbreviations, initials or decimals', () => {
    expect(split('I met Dr. Smith at the U.S. office. He said v2.5 ships soon! Did you see J. Doe there? Thanks.')).toEqual([
      'I met Dr. Smith at the U.S. office.',
      'He said v2.5 ships soon!',
      'Did you see J. Doe there?',
      'Thanks.',
    ]);
  });

  it('keeps greeting and sign-off lines on their own and joins hard-wrapped lines', () => {
    const text = 'Hi Dana,\n\nI read your post on fleet robotics and\nwanted to ask about scheduling.\n\nBest,\nPriya';
    const sentences = splitSentences(text, { start: 0, end: text.length });
    expect(sentences.map((s) => s.text)).toEqual(['Hi Dana,', 'I read your post on fleet robotics and\nwanted to ask about scheduling.', 'Best,', 'Priya']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2]);
    for (const s of sentences) expect(at(text, s.span)).toBe(s.text);
  });

  it('ends a sentence at an emoji used as a full stop, not at one inside brackets or a trademark sign', () => {
    expect(split("I thought you wouldn't mind 🙂 Could you forward my CV? Thanks 🙏🏽 Talk soon")).toEqual([
      "I thought you wouldn't mind 🙂",
      'Could you forward my CV?',
      'Thanks 🙏🏽',
      'Talk soon',
    ]);
    expect(split('A little bird (👋 Tamsin) told me. We use Acme® Widgets daily 🙂 and love them.')).toEqual([
      'A little bird (👋 Tamsin) told me.',
      'We use Acme® Widgets daily 🙂 and love them.',
    ]);
  });

  it('treats list items as sentences', () => {
    expect(split('What I can offer:\n- our benchmark data\n- an intro to our CTO')).toEqual(['What I can offer:', '- our benchmark data', '- an intro to our CTO']);
  });
});

describe('comments and directives', () => {
  it('masks comments from the prose and reads directives with rule lists and reasons', () => {
    const text = 'Hi Dana,\n<!-- outreach-lint-disable give-value, leech-motive -- we pay in cash -->\n<!-- a note to self -->\nThanks\n';
    const doc = parseOutreach(text);
    expect(doc.directives).toHaveLength(1);
    expect(doc.directives[0]!.kind).toBe('disable');
    expect(doc.directives[0]!.rules).toEqual(['give-value', 'leech-motive']);
    expect(doc.comments).toHaveLength(2);
    expect(doc.prose.length).toBe(text.length);
    expect(doc.prose).not.toContain('note to self');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Hi Dana,', 'Thanks']);
  });
});

describe('odd input', () => {
  it('never throws and keeps offsets inside the text', () => {
    const inputs = ['', '---', '---\n---', '\u0000\u0001binary', '\ud83d', 'a\rb\rc', '{{'.repeat(5000), '[x'.repeat(3000), '<!--'.repeat(100), 'x'.repeat(100_000)];
    for (const text of inputs) {
      const doc = parseOutreach(text);
      for (const s of doc.sentences) expect(s.span.end).toBeLessThanOrEqual(text.length);
      for (const p of doc.placeholders) expect(p.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
