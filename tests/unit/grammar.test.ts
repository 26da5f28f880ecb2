/**
 * Scope tests for syntaxes/outreach.tmLanguage.json, tokenized by the engine VS Code uses
 * (vscode-textmate + Oniguruma) on top of the real Markdown, YAML and HTML grammars VS Code
 * ships (as packaged by tm-grammars), so the injections are checked against Markdown's own rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const GRAMMAR_PATH = join(root, 'syntaxes/outreach.tmLanguage.json');
const SCOPE = 'text.html.markdown.outreach';
const HOST_GRAMMARS: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'source.yaml': 'yaml.json',
  'text.html.derivative': 'html-derivative.json',
  'text.html.basic': 'html.json',
};

const FRONT_MATTER = 'meta.embedded.block.frontmatter.outreach';
const FENCE = 'punctuation.definition.frontmatter.outreach';
const PLACEHOLDER = 'variable.other.placeholder.outreach';
const INVALID = 'invalid.illegal.placeholder.outreach';
const DIRECTIVE = 'keyword.control.directive.outreach';
const RULE_ID = 'constant.other.rule-id.outreach';

interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === SCOPE) return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      const file = HOST_GRAMMARS[scopeName];
      if (!file) return null; // languages of fenced code blocks, CSS/JS inside HTML: not needed here
      const path = require.resolve(`tm-grammars/grammars/${file}`);
      return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const loaded = await registry.loadGrammar(SCOPE);
  if (!loaded) throw new Error(`grammar ${SCOPE} did not load`);
  grammar = loaded;
});

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end > t.startIndex) tokens.push({ line, text: lineText.slice(t.startIndex, end), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** True when `scopes` holds `scope` itself or a more specific scope under it (`a.b` under `a`). */
function has(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

/** The texts covered by `scope`, adjacent tokens on a line joined: exactly what an editor would colour. */
function spansWith(text: string, scope: string): string[] {
  const spans: string[] = [];
  let previous: Token | undefined;
  for (const token of tokenize(text)) {
    const inside = has(token.scopes, scope);
    if (inside && previous && previous.line === token.line && has(previous.scopes, scope)) {
      spans[spans.length - 1] += token.text;
    } else if (inside) {
      spans.push(token.text);
    }
    previous = token;
  }
  return spans;
}

/** The scopes of every token that overlaps the first occurrence of `needle`. */
function scopesOf(text: string, needle: string): (readonly string[])[] {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  const line = text.slice(0, at).split('\n').length - 1;
  const column = at - text.lastIndexOf('\n', at - 1) - 1;
  const out: (readonly string[])[] = [];
  let col = 0;
  let lastLine = -1;
  for (const token of tokenize(text)) {
    if (token.line !== lastLine) [col, lastLine] = [0, token.line];
    const start = col;
    col += token.text.length;
    if (token.line === line && start < column + needle.length && col > column) out.push(token.scopes);
  }
  return out;
}

describe('front matter', () => {
  const fixture = readFileSync(join(root, 'tests/fixtures/grammar/mixed.outreach.md'), 'utf8');
  const lines = fixture.split('\n');
  const closing = lines.indexOf('---', 1);

  it('scopes every line between the fences as embedded YAML, and nothing after', () => {
    const tokens = tokenize(fixture);
    for (let line = 1; line < closing; line++) {
      const onLine = tokens.filter((t) => t.line === line);
      expect(onLine.length, `line ${line + 1}`).toBeGreaterThan(0);
      for (const t of onLine) expect(t.scopes, `line ${line + 1}: "${t.text}"`).toContain(FRONT_MATTER);
    }
    for (const t of tokens.filter((tok) => tok.line > closing)) {
      expect(t.scopes, `"${t.text}"`).not.toContain(FRONT_MATTER);
      expect(t.scopes).not.toContain('meta.frontmatter.outreach');
    }
  });

  it('scopes both fences as punctuation, outside the YAML', () => {
    const tokens = tokenize(fixture);
    for (const line of [0, closing]) {
      const fence = tokens.filter((t) => t.line === line && t.text === '---');
      expect(fence).toHaveLength(1);
      expect(fence[0]!.scopes).toContain(FENCE);
      expect(fence[0]!.scopes).toContain('meta.frontmatter.outreach');
      expect(fence[0]!.scopes).not.toContain(FRONT_MATTER);
    }
  });

  it('hands the content to the YAML grammar (keys, strings, comments)', () => {
    expect(scopesOf(fixture, 'channel')[0]).toContain('entity.name.tag.yaml');
    expect(scopesOf(fixture, 'Lumen Freight')[0]).toContain('string.unquoted.plain.out.yaml');
    expect(scopesOf(fixture, '# recipient')[0]).toContain('comment.line.number-sign.yaml');
  });

  it('accepts "..." as the closing fence, then the body is Markdown again', () => {
    const text = '---\nchannel: linkedin-connect\n...\nHi {{firstName}}, **loved** the talk.\n';
    expect(spansWith(text, FENCE)).toEqual(['---', '...']);
    expect(spansWith(text, FRONT_MATTER)).toEqual(['channel: linkedin-connect']);
    expect(spansWith(text, 'markup.bold.markdown')).toEqual(['**loved**']);
  });

  it('is only front matter at the very start of the file', () => {
    const text = 'Hi Dana,\n\n---\nchannel: email\n---\n';
    expect(spansWith(text, FRONT_MATTER)).toEqual([]);
    expect(spansWith(text, FENCE)).toEqual([]);
  });
});

describe('template placeholders', () => {
  it('scopes {{name}} and {{ to.company }} in a paragraph, braces as punctuation', () => {
    const text = 'Hi {{firstName}}, I saw that {{ to.company }} is hiring.';
    expect(spansWith(text, PLACEHOLDER)).toEqual(['{{firstName}}', '{{ to.company }}']);
    expect(spansWith(text, 'punctuation.definition.placeholder.begin.outreach')).toEqual(['{{', '{{']);
    expect(spansWith(text, 'punctuation.definition.placeholder.end.outreach')).toEqual(['}}', '}}']);
    expect(scopesOf(text, '{{firstName}}')[0]).toContain('meta.paragraph.markdown');
  });

  it('wins over Markdown emphasis, links, lists, quotes, headings and tables', () => {
    const text = [
      '# Notes for {{to.name}}',
      '',
      'Your work on **{{to.company}}** routing stood out.',
      '',
      'I read [your post at {{to.company}}](https://example.com/post).',
      '',
      '- ask {{firstName}} about the rewrite',
      '',
      '> {{firstName}} suggested I write',
      '',
      '| who | where |',
      '| --- | --- |',
      '| {{firstName}} | Lisbon |',
    ].join('\n');
    expect(spansWith(text, PLACEHOLDER)).toEqual([
      '{{to.name}}',
      '{{to.company}}',
      '{{to.company}}',
      '{{firstName}}',
      '{{firstName}}',
      '{{firstName}}',
    ]);
    expect(scopesOf(text, '{{to.company}}**')[0]).toContain('markup.bold.markdown');
  });

  it('scopes placeholders inside front matter values, not in keys or comments', () => {
    const text = [
      '---',
      'subject: "Your routing post, {{ to.name }}"',
      'via: Notes for {{to.company}}',
      'vars:',
      '  greeting: Hi {{firstName}}   # not {{this}}',
      '---',
      'Hello.',
    ].join('\n');
    expect(spansWith(text, PLACEHOLDER)).toEqual(['{{ to.name }}', '{{to.company}}', '{{firstName}}']);
    for (const scopes of scopesOf(text, '{{ to.name }}')) expect(scopes).toContain(FRONT_MATTER);
  });

  it('leaves code spans, fenced code and comments alone', () => {
    const text = ['Write `{{firstName}}` to insert the name.', '', '```', '{{firstName}}', '```', '', '<!-- {{firstName}} -->'].join('\n');
    expect(spansWith(text, PLACEHOLDER)).toEqual([]);
  });
});

describe('unfilled placeholders', () => {
  it.each([
    ['Hi [Name], I enjoyed your talk.', '[Name]'],
    ['I lead growth at [your company] and noticed your post.', '[your company]'],
    ['Congrats on the launch at <Company>!', '<Company>'],
    ['Congrats on the launch, <first name>.', '<first name>'],
    ['Hi {first_name}, quick note.', '{first_name}'],
    ['I was referred by (so and so) last week.', '(so and so)'],
    ['I saw your role at (your company) and wanted to reach out.', '(your company)'],
    ['Dear %FIRST_NAME%, thanks for the talk.', '%FIRST_NAME%'],
    ['We cut costs by XXX percent.', 'XXX'],
    ['I work at ____ with your former team.', '____'],
    ['<Company> caught my eye at RoboConf.', '<Company>'],
    ['- thanks for the intro to [Name] last spring', '[Name]'],
    ['## A question for [Name]', '[Name]'],
  ])('%j marks %j invalid', (text, expected) => {
    expect(spansWith(text, INVALID)).toEqual([expected]);
  });

  it('marks each form in a full template', () => {
    const fixture = readFileSync(join(root, 'tests/fixtures/grammar/mixed.outreach.md'), 'utf8');
    expect(spansWith(fixture, INVALID)).toEqual(['[your company]', '<Company>', '(so and so)', 'XXX', '____']);
  });

  it.each([
    ['markdown link', 'I read [your post](https://example.com/post) twice.'],
    ['reference link', 'I read [your post][1] twice.\n\n[1]: https://example.com/post'],
    ['image', 'Our chart: ![routing chart](chart.png)'],
    ['open task box', '- [ ] send the benchmark notes'],
    ['done task box', '- [x] read the routing post'],
    ['footnote', 'We halved our costs.[^1]\n\n[^1]: After the migration.'],
    ['line break tag', 'Best,<br>\nJonas'],
    ['bold tag', 'It was <b>great</b> to meet you.'],
    ['strong tag', 'It was <strong>great</strong> to meet you.'],
    ['autolink', 'My site: <https://example.com>'],
    ['email autolink', 'Write to <jonas@example.com>'],
    ['ordinary parentheses', 'We met at RoboConf (the Lisbon one) last year.'],
    ['template placeholder braces', 'Hi {{firstName}}, hello {{ to.name }}.'],
    ['thematic break', 'Hi Dana,\n\n___\n\nThanks.'],
    ['code span', 'Replace `[Name]` before sending.'],
    ['fenced code', '```\nHi [Name], XXX\n```'],
  ])('%s is not marked', (_kind, text) => {
    expect(spansWith(text, INVALID)).toEqual([]);
  });

  it('keeps an HTML comment a comment, with nothing invalid inside', () => {
    const text = 'Hi Dana,\n<!-- ask [Name] about XXX -->\nThanks.';
    expect(spansWith(text, INVALID)).toEqual([]);
    for (const scopes of scopesOf(text, 'ask [Name] about XXX')) expect(scopes).toContain('comment.block.html');
  });

  it('does not flag unfilled forms in the front matter YAML', () => {
    const text = '---\nmutual: [Sam Ortiz]\nvia: XXX\n---\nHi Dana.';
    expect(spansWith(text, INVALID)).toEqual([]);
  });
});

describe('inline directives', () => {
  it('scopes a directive line as an HTML comment with the directive word and rule ids', () => {
    const text = 'Hi Dana,\n\n<!-- outreach-lint-disable give-value, leech-motive -->\nCould you refer me?';
    const comment = spansWith(text, 'comment.block.html');
    expect(comment).toEqual(['<!-- outreach-lint-disable give-value, leech-motive -->']);
    expect(spansWith(text, DIRECTIVE)).toEqual(['outreach-lint-disable']);
    expect(spansWith(text, RULE_ID)).toEqual(['give-value', 'leech-motive']);
  });

  it.each(['outreach-lint-enable', 'outreach-lint-disable-next-line', 'outreach-lint-disable-line'])(
    'scopes %s, also inline after text',
    (word) => {
      const text = `Thanks for reading. <!-- ${word} length-limit -->`;
      expect(spansWith(text, DIRECTIVE)).toEqual([word]);
      expect(spansWith(text, RULE_ID)).toEqual(['length-limit']);
      expect(spansWith(text, 'comment.block.html')).toEqual([`<!-- ${word} length-limit -->`]);
    },
  );

  it('scopes a directive without rules and one with a reason', () => {
    const text = '<!-- outreach-lint-disable -->\n\n<!-- outreach-lint-disable-next-line length-limit -- long on purpose -->';
    expect(spansWith(text, DIRECTIVE)).toEqual(['outreach-lint-disable', 'outreach-lint-disable-next-line']);
    expect(spansWith(text, RULE_ID)).toEqual(['length-limit']);
    expect(spansWith(text, 'comment.block.reason.outreach')).toEqual(['-- long on purpose ']);
  });

  it('leaves an ordinary comment and a look-alike word without the directive scope', () => {
    const text = '<!-- remember to check outreach-lint-disable later -->\n\n<!-- outreach-lint-disabled -->';
    expect(spansWith(text, DIRECTIVE)).toEqual([]);
    expect(spansWith(text, 'comment.block.html')).toHaveLength(2);
  });
});

describe('grammar file', () => {
  it('compiles every regular expression with Oniguruma', () => {
    const raw: unknown = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    const sources: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') sources.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      expect(() => new oniguruma.OnigScanner([source]).dispose(), source).not.toThrow();
    }
  });
});

describe('language configuration', () => {
  const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as {
    comments: { blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string }[];
    surroundingPairs: [string, string][];
    wordPattern: { pattern: string; flags: string };
  };

  it('comments with HTML comments and auto-closes {{ }}', () => {
    expect(config.comments.blockComment).toEqual(['<!--', '-->']);
    expect(config.autoClosingPairs).toContainEqual({ open: '{{', close: '}}' });
    expect(config.brackets).toContainEqual(['{{', '}}']);
    expect(config.surroundingPairs).toContainEqual(['[', ']']);
  });

  it('has a word pattern that keeps prose words and placeholder names whole', () => {
    const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
    const words = (text: string) => [...text.matchAll(word)].map((m) => m[0]);
    expect(words("Dana's talk on self-driving fleets")).toEqual(["Dana's", 'talk', 'on', 'self-driving', 'fleets']);
    expect(words('Hi {{ to.company }}, café')).toEqual(['Hi', 'to.company', 'café']);
  });
});
