#!/usr/bin/env node
// Instructions per engine call, counted by valgrind's cachegrind: a figure the machine's load does not move
// (wall and CPU times on a shared 2-core machine vary by ±30 %), for A/B comparisons of engine changes.
//
//   node bench/instructions.mjs [--phase analyze|lint] [--calls 640] [--warmup 320] [--bundle FILE]
//
// Runs the engine bundle (bench/.cache/engine.mjs, or --bundle) under `valgrind --tool=cachegrind` twice: once
// with only the warm-up (320 calls over 32 distinct ~2 KB messages), once with --calls more, and prints the
// difference per extra call: instructions (Ir) and L1 data-cache misses. The count includes V8's compiler and
// GC threads, so a background compile landing in one run and not the other moves it: read differences under
// about 10 % as noise, and compare runs of the same --calls. Needs valgrind (`apt-get install -y valgrind`).
// After 320 calls V8 is still optimising the engine, so the default count includes TurboFan compiles (at 1b1e73a,
// 5.98 M instructions a call, 4.80 M after 4,000 calls; `analyze` was compiled again every thousand calls or so,
// see evidenceOf in shared/src/signals/index.ts). `--warmup 4000` counts a warm process's calls (a few minutes
// more a run); compare runs of the same --warmup.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildEngine } from './bundle.mjs';

const SELF = fileURLToPath(import.meta.url);
const DEFAULT_WARMUP = 320;
// One thread, deterministic V8: no background compiler or GC threads whose work lands in one run and not the other.
const NODE_FLAGS = (process.env.INSTR_FLAGS ?? '--predictable').split(' ').filter(Boolean);

async function child(bundle, phase, calls, warmup) {
  const { singleMessage } = await import('./generate.mjs');
  const engine = await import(pathToFileURL(bundle).href);
  const config = engine.defaultConfig();
  const texts = Array.from({ length: 32 }, (_, k) => singleMessage(2048, 1 + k));
  const docs = texts.map((t) => engine.parseOutreach(t));
  const run = {
    lint: (i) => engine.lint(texts[i % 32], { config }).findings.length,
    analyze: (i) => engine.analyze(docs[i % 32], config).signals.note.evidence.length,
  }[phase];
  if (!run) throw new Error(`unknown phase ${phase} (lint, analyze)`);
  let sink = 0;
  for (let i = 0; i < warmup + calls; i++) sink += run(i);
  if (sink < 0) console.log(sink);
}

function count(bundle, phase, calls, warmup) {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=yes', '--cachegrind-out-file=/dev/null', process.execPath, ...NODE_FLAGS, SELF, '--child', bundle, phase, String(calls), String(warmup)], { encoding: 'utf8' });
  if (r.error) throw new Error(`valgrind: ${r.error.message} (apt-get install -y valgrind)`);
  const num = (label) => Number(new RegExp(`${label}:\\s+([\\d,]+)`).exec(r.stderr)?.[1]?.replace(/,/g, '') ?? NaN);
  return { ir: num('I\\s+refs'), d1: num('D1\\s+misses') };
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv[1], argv[2], Number(argv[3]), Number(argv[4] ?? DEFAULT_WARMUP));
else {
  const opt = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const phase = opt('--phase', 'analyze');
  const calls = Number(opt('--calls', 640));
  const warmup = Number(opt('--warmup', DEFAULT_WARMUP));
  const bundle = opt('--bundle') ? path.resolve(opt('--bundle')) : (await buildEngine()).outfile;
  const base = count(bundle, phase, 0, warmup);
  const more = count(bundle, phase, calls, warmup);
  const per = (k) => Math.round((more[k] - base[k]) / calls);
  console.log(`${phase}: ${per('ir').toLocaleString('en')} instructions and ${per('d1').toLocaleString('en')} L1 data misses a call (${calls} calls after ${warmup} warm-up, ${path.relative(process.cwd(), bundle)})`);
}
