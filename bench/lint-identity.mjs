#!/usr/bin/env node
// Checks that lint() gives the same output as at an earlier commit, text by text: the corpus (tuning
// and held-out, whose texts are never printed, only ids), the examples, the fixtures, generated
// bench files and messages, and seeded random texts built from the families' own words.
//
//   node bench/lint-identity.mjs --ref <commit> [--overlay shared/src/signals/families.ts,...] [--files 3000] [--random 2000]
//
// The engine at <ref> (shared/src at that commit, with the --overlay files taken from the working
// tree, by default the phrase families, grammar and people, so a detection change made meanwhile
// does not count as a difference) and the working tree's engine are each bundled with esbuild and run
// in a process of their own; the outputs are compared per text. Exit code 1 on any difference.

import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CACHE = path.join(BENCH, '.cache');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};

if (args[0] === '--child') {
  // Child: lint every text with the given bundle, print one hash per text (JSON lines).
  const [, bundle, textsFile] = args;
  const { lint, defaultConfig } = await import(pathToFileURL(bundle).href);
  const config = defaultConfig();
  const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8'));
  const out = [];
  for (const { text } of texts) {
    const r = lint(text, { config });
    out.push(crypto.createHash('sha1').update(JSON.stringify(r)).digest('hex'));
  }
  fs.writeFileSync(`${textsFile}.${path.basename(bundle)}.out`, JSON.stringify(out));
  process.exit(0);
}

const ref = opt('ref');
if (!ref) throw new Error('--ref <commit> is required');
const overlay = opt('overlay', 'shared/src/signals/families.ts,shared/src/signals/grammar.ts,shared/src/signals/people.ts').split(',').filter(Boolean);
const nFiles = Number(opt('files', 3000));
const nRandom = Number(opt('random', 2000));

// --- the texts
const { parse } = await import('yaml');
const { fileText, singleMessage } = await import(pathToFileURL(path.join(BENCH, 'generate.mjs')).href);
const texts = [];
for (const f of fs.readdirSync(path.join(ROOT, 'tests/corpus')).filter((f) => /\.yaml$/.test(f)).sort()) {
  const data = parse(fs.readFileSync(path.join(ROOT, 'tests/corpus', f), 'utf8'));
  for (const e of data) texts.push({ id: `${f}:${e.id}`, text: e.text });
}
const mdFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? mdFiles(full) : /\.md$/.test(e.name) ? [full] : [];
  });
for (const f of [...mdFiles(path.join(ROOT, 'examples')), ...mdFiles(path.join(ROOT, 'tests/fixtures'))]) texts.push({ id: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') });
for (let k = 1; k <= 32; k++) texts.push({ id: `single ${k}`, text: singleMessage(2048, k) });
for (let i = 0; i < nFiles; i++) texts.push({ id: `file ${i}`, text: fileText(1, i).text });
// Random texts from the words of the family regexes (of the working tree), seeded.
const famSrc = fs.readFileSync(path.join(ROOT, 'shared/src/signals/families.ts'), 'utf8') + fs.readFileSync(path.join(ROOT, 'shared/src/signals/grammar.ts'), 'utf8');
const vocab = [...new Set(famSrc.replace(/\[[^\]]*\]/g, ' ').replace(/\\./g, ' ').match(/[a-z][a-z'-]+/g))];
let seed = 12345;
const rnd = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const names = ['Dana', 'Marisol Ortega', 'Dr. Okafor', 'prof. lin', 'Jürgen', 'Élodie', 'Van der Berg', 'LinkedIn', '{{introducer}}', '{{first_name}}', '500+', '10k'];
const seps = [' ', ' ', ' ', ' ', ', ', '. ', '? ', '! ', ' (', ') ', ' - ', '\n', '\n\n', ': ', ' "', '" ', '’'];
const fronts = ['', '---\nchannel: linkedin-connect\n---\n', '---\nchannel: email\nsubject: Intro via Dana about your pricing talk\nmutual:\n  - name: Dana Lee\nvia: Dana Lee\n---\n', '---\nchannel: email\nvars:\n  introducer: Dana\n---\n'];
for (let i = 0; i < nRandom; i++) {
  let t = fronts[rnd(fronts.length)];
  const n = 5 + rnd(120);
  for (let k = 0; k < n; k++) {
    const r = rnd(20);
    let w = r < 2 ? names[rnd(names.length)] : vocab[rnd(vocab.length)];
    if (r === 2) w = w[0].toUpperCase() + w.slice(1);
    if (r === 3) w = w.toUpperCase();
    if (r === 4) w += ['s', 'ing', 'ed', "'s", "'d"][rnd(5)];
    t += w + seps[rnd(seps.length)];
  }
  texts.push({ id: `random ${i}`, text: t });
}

// --- the two engines
fs.mkdirSync(CACHE, { recursive: true });
const oldRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-identity-'));
const tar = execFileSync('git', ['-C', ROOT, 'archive', ref, 'shared', 'tsconfig.base.json'], { maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', oldRoot], { input: tar });
for (const f of overlay) fs.copyFileSync(path.join(ROOT, f), path.join(oldRoot, f));
const { build } = await import('esbuild');
const bundle = async (root, name) => {
  const outfile = path.join(CACHE, `identity-${name}.mjs`);
  await build({ entryPoints: [path.join(root, 'shared/src/index.ts')], bundle: true, platform: 'neutral', format: 'esm', target: 'node20', mainFields: ['module', 'main'], outfile, logLevel: 'warning', nodePaths: [path.join(ROOT, 'node_modules')] });
  return outfile;
};
const oldBundle = await bundle(oldRoot, 'old');
const newBundle = await bundle(ROOT, 'new');
fs.rmSync(oldRoot, { recursive: true, force: true });
const textsFile = path.join(CACHE, 'identity-texts.json');
fs.writeFileSync(textsFile, JSON.stringify(texts));
const runChild = (b) => {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', b, textsFile], { maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr.slice(0, 2000));
  const outFile = `${textsFile}.${path.basename(b)}.out`;
  const hashes = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  fs.rmSync(outFile);
  return hashes;
};
const a = runChild(oldBundle);
const b = runChild(newBundle);
fs.rmSync(textsFile);
const diffs = texts.filter((_, i) => a[i] !== b[i]).map((t) => t.id);
console.log(`${texts.length} texts, lint() of ${ref.slice(0, 10)} (overlay: ${overlay.map((f) => path.basename(f)).join(', ') || 'none'}) vs the working tree: ${diffs.length} differ`);
if (diffs.length) {
  console.log(diffs.slice(0, 30).join('\n'));
  process.exit(1);
}
