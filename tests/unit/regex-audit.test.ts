import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../shared/src/document/directives.js';
import { findPlaceholders } from '../../shared/src/document/placeholders.js';
import { splitSentences } from '../../shared/src/document/sentences.js';
import { lint, MAX_LINT_LENGTH, parseOutreach } from '../../shared/src/index.js';
import { FAMILIES } from '../../shared/src/signals/families.js';

/**
 * No catastrophic backtracking (issue 7, docs/reliability.md): adversarial inputs, sized so that an
 * exponential or high-polynomial regex would run for hours, must finish within the test timeout.
 * There are no timing assertions here; bench/regex-linearity.mjs measures the growth.
 */

const BIG = 200_000;
const fill = (unit: string, n = BIG) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs that loop each document-level pattern on the characters it repeats, ending in a near miss. */
const DOCUMENT_CASES: readonly [string, string][] = [
  // placeholders: {{var}} (once cubic on "{{" + spaces), [..], <..>, {..}, (..), %..%, masks
  ['"{{" then spaces, never closed', `Hi {{${fill(' ')}x`],
  ['"{{" then newlines, never closed', `Hi {{${fill('\n')}x`],
  ['"{{" then tabs and "}"', `{{${fill('\t')}}`],
  ['"{{" repeated', fill('{{')],
  ['"{{ a" repeated', fill('{{ a')],
  ['"}}" repeated', fill('}}')],
  ['"{{{" and "}}}" alternating', fill('{{{a}}}')],
  ['"[" then letters, never closed', `[${fill('a')}`],
  ['"[a" repeated', fill('[a')],
  ['"[" repeated', fill('[')],
  ['"<" then letters, never closed', `<${fill('a')}`],
  ['"<a " repeated', fill('<a ')],
  ['"{a" repeated', fill('{a')],
  ['"(your " repeated', fill('(your ')],
  ['"(insert " then letters', `(insert ${fill('a')}`],
  ['"%A" repeated', fill('%A')],
  ['"%" then capitals', `%${fill('A')}`],
  ['X run', fill('X')],
  ['underscore run', fill('_')],
  ['question-mark run', fill('?')],
  // comments and directives
  ['"<!--" repeated, never closed', fill('<!--')],
  ['directive then spaces, never closed', `<!-- outreach-lint-disable${fill(' ')}`],
  ['directive with "--" repeated', `<!-- outreach-lint-disable ${fill('-- ')}-->`],
  ['directive with "--" and no spaces', `<!-- outreach-lint-disable-next-line ${fill('-')}`],
  ['"-->" repeated', fill('-->')],
  // sentences: stops, abbreviations, list markers, closing quotes and brackets
  ['dot run', fill('.')],
  ['"a." repeated', fill('a.')],
  ['"A. " repeated (initials)', fill('A. ')],
  ['"e.g." repeated', fill('e.g.')],
  ['"!?" repeated', fill('!?')],
  ['close-paren run then a letter', `${fill(')')}a`],
  ['closing quotes run', `a.${fill('”’"\'')}a`],
  ['"1. " repeated', fill('1. ')],
  ['hash run', fill('#')],
  ['one long line of words', fill('word ')],
  ['one long word', fill('a')],
  ['emoji run', fill('😀')],
  ['lone surrogates', fill('\ud83d')],
  ['CR run', fill('\r')],
  ['CRLF run', fill('\r\n')],
  ['NUL run', fill('\u0000')],
  ['space run then a letter', `${fill(' ')}a`],
  // front matter
  ['front matter never closed', `---\n${fill('a: b\n')}`],
  ['deep flow sequence', `---\nto: ${fill('[', BIG / 2)}\n---\nHi`],
  ['deep flow mapping', `---\nvars: ${fill('{a: ', BIG / 2)}\n---\nHi`],
  ['long quoted scalar never closed', `---\nsubject: "${fill('a ')}\n---\nHi`],
  ['many keys', `---\n${fill('chanel: email\n')}---\nHi`],
  ['line of dashes in front matter', `---\nchanel: email\nsubject: >\n  ${fill('-')}\n---\nHi`],
];

describe('document entry points finish on adversarial input', () => {
  it.each(DOCUMENT_CASES)('%s', (_name, text) => {
    const span = { start: 0, end: text.length };
    expect(Array.isArray(findPlaceholders(text, span))).toBe(true);
    expect(Array.isArray(findComments(text, span).comments)).toBe(true);
    expect(Array.isArray(splitSentences(text, span))).toBe(true);
    expect(parseOutreach(text).text).toBe(text);
  });
});

const MUTUAL = '---\nto:\n  name: Dana Li\n  role: CEO\nmutual:\n  - name: Sam Ortiz\n    relation: "my former teammate"\n---\nHi Dana,\n\n';

/** Whole-engine inputs: the above, plus what the signals and rules loop on. Each was slow before, or could be. */
const LINT_CASES: readonly [string, string][] = [
  ['"{{" then spaces (was cubic)', `Hi {{${fill(' ')}x`],
  ['2,000 disable-next-line directives with findings (was cubic)', `Hi,\n${'<!-- outreach-lint-disable-next-line -->\nLet me add you. [Name]\n'.repeat(2000)}`],
  ['relation ending in a run of dots (was quadratic)', MUTUAL.replace('my former teammate', `a${fill('.', BIG / 2)}a`)],
  ['"{{metmetmet..." after a mutual (was quadratic)', `${MUTUAL}Sam Ortiz says hi {{${fill('met')}\n`],
  ['front-matter typo with a line of dashes (was quadratic)', `---\nchanel: email\nsubject: >\n  ${fill('-', BIG / 2)}\n---\nHi Dana,\n`],
  ['"my mutual mutual ..." (reference family, quadratic: 50k)', `Hi Dana,\n\nmy${fill(' mutual', 50_000)} x\n`],
  ['"my old old old ..."', `Hi Dana,\n\nmy${fill(' old')} friend\n`],
  ['"i\'d be happy to " repeated', `Hi Dana,\n\n${fill("i'd be happy to ")}`],
  ['"can you " repeated', `Hi Dana,\n\n${fill('can you ')}`],
  ['"hope you are " repeated', `Hi Dana,\n\n${fill('hope you are ')}`],
  ['"thanks so much " repeated', `Hi Dana,\n\n${fill('thanks so much ')}`],
  ['"connect with " repeated', `Hi Dana,\n\n${fill('connect with ')}`],
  ['capitalised names run', `Hi Dana,\n\n${fill('Sam Ortiz ')}`],
  ['"{{firstName}} " repeated', `---\nvars:\n  firstName: Dana\n---\n${fill('{{firstName}} ')}`],
  ['placeholders of every kind', fill('[Name] <Company> {first_name} (so and so) %FIRST% XXX ___ {{x}} ')],
  ['one long word', fill('a')],
  ['words joined by hyphens', fill('a-')],
  ['apostrophes', fill("a'")],
  ['section signs and currency signs', fill('§¤ ')],
  ['"at " repeated', `Hi Dana,\n\nyour ${fill('at ')}`],
  ['a ". thanks" run', `${fill('. ')}thanks`],
];

describe('lint finishes on adversarial input', () => {
  it('the inputs stay under the size limit, so they are really linted', () => {
    for (const [, text] of LINT_CASES) expect(text.length).toBeLessThanOrEqual(MAX_LINT_LENGTH);
  });
  it.each(LINT_CASES)('%s', (_name, text) => {
    const result = lint(text);
    for (const f of result.findings) expect(f.message).not.toMatch(/crashed and was skipped/);
  });
});

// ---------------------------------------------------------------------------------------------
// Every regular expression literal in shared/src, run as a search (the most adversarial way to run it)
// over runs of the characters it mentions. New regexes are covered without editing this file.

interface Literal {
  readonly where: string;
  readonly re: RegExp;
}

function regexLiterals(): Literal[] {
  const root = fileURLToPath(new URL('../../shared/src', import.meta.url));
  const out: Literal[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const source = ts.createSourceFile(p, fs.readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText();
            const slash = text.lastIndexOf('/');
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            out.push({ where: `${path.relative(root, p)}:${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(root);
  return out;
}

/** Runs of each character a pattern names (and of a few that break naive patterns), plain and as near misses. */
function attackStrings(re: RegExp, n: number): string[] {
  const chars = new Set([...re.source.replace(/\\[dDwWsSbBpPu]\{?[\w=]*\}?/g, '')].filter((c) => !'()[]{}|^$*+?\\'.includes(c) || c === '{' || c === '['));
  for (const c of ' a.-\'{[<(%_X\n\t§¤') chars.add(c);
  const out: string[] = [];
  for (const c of chars) out.push(fill(c, n) + '\u0001', fill(`${c}a`, n) + '\u0001', fill(`${c} `, n) + '\u0001');
  return out;
}

function search(re: RegExp, text: string): number {
  const global = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  let count = 0;
  for (const m of text.matchAll(global)) if (m[0] !== undefined) count++;
  return count;
}

describe('every regex literal in shared/src finishes on runs of its own characters', () => {
  const literals = regexLiterals();
  it('finds the engine regexes', () => {
    expect(literals.length).toBeGreaterThan(50);
  });
  it.each(literals.map((l) => [l.where, l] as const))('%s', (_where, { re }) => {
    let matches = 0;
    for (const s of attackStrings(re, 10_000)) matches += search(re, s);
    expect(matches).toBeGreaterThanOrEqual(0);
  });
});

/** The words a family's source spells out, so its own vocabulary can be fed back to it. */
function vocabulary(source: string): string[] {
  const words = source
    .replace(/\\[a-zA-Z]\{[^}]*\}|\\./g, ' ')
    .split(/[^a-z'§¤-]+/)
    .filter((w) => w.length >= 1);
  return [...new Set(words)];
}

describe('every signal family finishes on its own vocabulary, tried at every word as the engine does', () => {
  it.each(FAMILIES.map((f, i) => [`${i} ${f.kind}`, f] as const))('family %s', (_name, fam) => {
    const words = vocabulary(fam.re.source);
    const sticky = new RegExp(fam.re.source, fam.re.flags.replace(/g/g, '').includes('y') ? fam.re.flags.replace(/g/g, '') : `${fam.re.flags.replace(/g/g, '')}y`);
    // A salad of the family's own words (near misses everywhere), and each word repeated (loops on one word).
    const texts = [fill(words.join(' ') + ' ', 6_000), ...words.slice(0, 40).map((w) => fill(`${w} `, 1_500))];
    let tried = 0;
    for (const text of texts) {
      for (let at = 0; at < text.length; at = text.indexOf(' ', at) + 1 || text.length) {
        sticky.lastIndex = at;
        sticky.exec(text);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});
