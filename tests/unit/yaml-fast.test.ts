import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../shared/src/document/front-matter.js';
import { parseSimpleYaml } from '../../shared/src/document/yaml-fast.js';

/** The tree as plain data: values, scalar types and ranges of every node. */
function dump(node: unknown): unknown {
  if (node == null) return null;
  if (isScalar(node)) return { s: node.value, t: node.type, r: node.range };
  if (isMap(node)) return { m: node.items.map((p) => [dump(p.key), dump(p.value)]), r: node.range };
  if (isSeq(node)) return { q: node.items.map(dump), r: (node as YamlNode).range };
  return { other: String(node) };
}

// Front matter built from the pieces real templates use, plus the characters that trip YAML up.
const word = fc.constantFrom('channel', 'to', 'name', 'role', 'mutual', 'relation', 'via', 'subject', 'vars', 'firstName', 'account', 'x', 'a-b', 'highProfile');
const scalar = fc.oneof(
  fc.constantFrom('linkedin-connect', 'free', 'Dana Whitfield', 'VP Engineering', 'true', 'no', '12', '1e3', '~', 'null', 'Intro: fleets', 'a #b', "it's", '"quoted"', "'single'", '"esc \\" x"', '- dash', '[flow]', '{x: 1}', '&anchor a', '*alias', '!tag v', '|', '>', 'x:y', 'tab\there', '', ' ', 'é ünïcode 🎉'),
  fc.string({ maxLength: 12 }),
);
const line = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 6 }), word, scalar).map(([i, k, v]) => `${' '.repeat(i)}${k}: ${v}`),
  fc.tuple(fc.integer({ min: 0, max: 6 }), word).map(([i, k]) => `${' '.repeat(i)}${k}:`),
  fc.tuple(fc.integer({ min: 0, max: 6 }), scalar).map(([i, v]) => `${' '.repeat(i)}- ${v}`),
  fc.tuple(fc.integer({ min: 0, max: 6 }), word, scalar).map(([i, k, v]) => `${' '.repeat(i)}- ${k}: ${v}`),
  fc.constantFrom('', '# comment', '  # indented comment', '---', '...'),
);
// Random lines: mostly rejected by the fast path, which must then leave the text to the library.
const randomText = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n') + '\n');
// Well-formed block YAML of the shapes templates use: scalars, nested maps, lists of scalars and of maps.
const value: fc.Arbitrary<string[]> = fc.oneof(
  scalar.map((v) => [` ${v}`]),
  fc.array(fc.tuple(word, scalar), { minLength: 1, maxLength: 4 }).map((kv) => ['', ...kv.map(([k, v]) => `  ${k}: ${v}`)]),
  fc.array(scalar, { minLength: 1, maxLength: 3 }).map((vs) => ['', ...vs.map((v) => `  - ${v}`)]),
  fc.array(fc.array(fc.tuple(word, scalar), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((items) => [
    '',
    ...items.flatMap((kv) => kv.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)),
  ]),
);
const wellFormed = fc
  .array(fc.tuple(word, value, fc.constantFrom('', '', '', '# note', '')), { minLength: 1, maxLength: 6 })
  .map((entries) => entries.flatMap(([k, [first, ...rest], extra]) => [`${k}:${first}`, ...rest, ...(extra ? [extra] : [])]).join('\n') + '\n');
const yamlText = fc.oneof(wellFormed, randomText);

describe('front matter fast path', () => {
  it('builds exactly the yaml library\'s tree whenever it accepts the text', () => {
    let accepted = 0;
    fc.assert(
      fc.property(yamlText, (src) => {
        const fast = parseSimpleYaml(src);
        if (fast === undefined) return;
        accepted++;
        const doc = parseDocument(src, { uniqueKeys: true, prettyErrors: false, strict: true });
        expect(doc.errors).toEqual([]);
        expect(dump(fast)).toEqual(dump(doc.contents));
      }),
      { numRuns: 3000 },
    );
    // The property must not hold vacuously: a fair share of generated texts take the fast path.
    expect(accepted).toBeGreaterThan(50);
  });

  it('gives parseFrontMatter the same data and problems with and without it', () => {
    fc.assert(
      fc.property(yamlText, (src) => {
        const text = `---\n${src}---\nHi\n`;
        const block = { span: { start: 0, end: text.length - 3 }, source: { start: 4, end: 4 + src.length } };
        const withFast = parseFrontMatter(text, block);
        const without = parseFrontMatter(text, block, { fast: false });
        expect(withFast.data).toEqual(without.data);
        expect(withFast.problems).toEqual(without.problems);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts the common shapes (so the fast path is actually taken)', () => {
    const src = 'channel: linkedin-connect\nto:\n  name: Dana Whitfield\n  role: VP Engineering\nmutual:\n  - name: Sam Ortiz\n    relation: my former teammate\nvars:\n  firstName: Dana\n';
    expect(parseSimpleYaml(src)).toBeDefined();
    expect(dump(parseSimpleYaml(src))).toEqual(dump(parseDocument(src).contents));
  });
});
