#!/usr/bin/env node
// Differential check of the front matter fast path (shared/src/document/yaml-fast.ts) against the
// `yaml` library: for every front matter found, and for random mutations of them, whenever the fast
// path accepts the text its tree (values, types, ranges) must equal parseDocument's, and
// parseFrontMatter's result (data and problems) must be the same with and without it.
//
//   node bench/yaml-fast-check.mjs [DIR...] [--mutations 20] [--seed 1]
//
// Default dirs: examples/, tests/corpus/ and the bench corpora under bench/.corpus/. Exit 1 on a mismatch.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildModule } from './bundle.mjs';
import { mulberry32 } from './generate.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const mutations = Number(opt('--mutations', 20));
const rand = mulberry32(Number(opt('--seed', 1)));
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (dirs.length === 0) dirs.push(path.join(ROOT, 'examples'), path.join(ROOT, 'tests', 'corpus'), path.join(ROOT, 'bench', '.corpus'));

const { outfile } = await buildModule('shared/src/document/front-matter.ts', 'front-matter');
const fm = await import(pathToFileURL(outfile).href);
const { outfile: fastFile } = await buildModule('shared/src/document/yaml-fast.ts', 'yaml-fast');
const { parseSimpleYaml } = await import(pathToFileURL(fastFile).href);
const YAML = await import('yaml');

function walk(dir, out) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== '.git') walk(p, out); }
    else if (e.name.endsWith('.md') || e.name.endsWith('.yaml') || e.name.endsWith('.yml')) out.push(p);
  }
  return out;
}

/** The tree as plain data with every node's type and range. */
function dump(node) {
  if (node == null) return null;
  if (YAML.isScalar(node)) return { s: node.value, t: node.type, r: node.range };
  if (YAML.isMap(node)) return { m: node.items.map((p) => [dump(p.key), dump(p.value)]), r: node.range, f: !!node.flow };
  if (YAML.isSeq(node)) return { q: node.items.map(dump), r: node.range };
  return { other: String(node) };
}

let checked = 0, accepted = 0, mismatches = 0;
const seen = new Set();
function check(yamlText, where) {
  if (seen.has(yamlText)) return;
  seen.add(yamlText);
  checked++;
  const fast = parseSimpleYaml(yamlText);
  if (fast === undefined) return;
  accepted++;
  const doc = YAML.parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: true });
  const a = JSON.stringify(dump(fast));
  const b = doc.errors.length ? `errors: ${doc.errors.map((e) => e.message).join('; ')}` : JSON.stringify(dump(doc.contents));
  const text = `---\n${yamlText}---\nHi.\n`;
  const block = fm.splitFrontMatter(text).block;
  const r1 = block && JSON.stringify(fm.parseFrontMatter(text, block));
  const r2 = block && JSON.stringify(fm.parseFrontMatter(text, block, { fast: false }));
  if (a !== b || r1 !== r2) {
    mismatches++;
    if (mismatches <= 10) console.log(`MISMATCH (${where}):\n${JSON.stringify(yamlText)}\n fast: ${a}\n yaml: ${b}\n` + (r1 !== r2 ? ` parseFrontMatter differs:\n  ${r1}\n  ${r2}\n` : ''));
  }
}

const PIECES = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '\n', '\n  ', '\n- ', 'a', '1', '0x1', '{', '[', ']', 'true', 'null', '~', '&a', '*a', '!', '|', '>', '?', ',', '%', '@', '\\', '\t', '\r', 'é', '\u2028', 'x:', '...', '---', '\n#', '\n# c\n', '\n   \n', '\n\n', ' \n', '\n  - ', ': "q"', ": 'q''s'", 'True', 'FALSE', '-1', '.5', '+', '""', "''", 'a: b'];
function mutate(s) {
  let t = s;
  const k = 1 + Math.floor(rand() * 3);
  for (let j = 0; j < k; j++) {
    const at = Math.floor(rand() * (t.length + 1));
    const r = rand();
    if (r < 0.5) t = t.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + t.slice(at);
    else if (r < 0.8) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rand() * 3));
    else { const b = Math.floor(rand() * (t.length + 1)); t = t.slice(0, Math.min(at, b)) + t.slice(Math.max(at, b)).replace(/^ */, ' '.repeat(Math.floor(rand() * 6))); }
  }
  return t.endsWith('\n') ? t : t + '\n';
}

const t0 = performance.now();
let files = 0;
for (const dir of dirs) {
  for (const f of walk(dir, [])) {
    files++;
    const text = fs.readFileSync(f, 'utf8');
    const sources = [];
    const block = fm.splitFrontMatter(text).block;
    if (block) sources.push(text.slice(block.source.start, block.source.end));
    // YAML corpora (tests/corpus/*.yaml) hold messages as strings: their front matters too
    if (/\.ya?ml$/.test(f)) for (const m of text.matchAll(/---\n([\s\S]*?)\n---\n/g)) sources.push(m[1] + '\n');
    for (const y of sources) {
      check(y, f);
      for (let j = 0; j < mutations; j++) check(mutate(y), `${f} (mutated)`);
    }
  }
}
console.log(`${files} files; ${checked} distinct front matters checked (${mutations} mutations each); fast path took ${accepted} ` +
  `(${((100 * accepted) / Math.max(1, checked)).toFixed(1)} %); ${mismatches} mismatches; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
process.exitCode = mismatches ? 1 : 0;
