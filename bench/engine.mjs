#!/usr/bin/env node
// Engine latency in a warm process: lint() of ~2 KB messages, and where the time goes.
//
//   node bench/engine.mjs [--iterations 5000] [--warmup 1000] [--messages 32] [--size 2048] [--seed 1] [--json] [--bundle FILE] [--tier-up]
//
// The engine runs under the V8 flag the product's processes set at start (server/src/v8-flags.ts: patterns
// compiled straight to machine code, `--no-regexp-tier-up`), so the figures are the engine as the CLI and the
// language server run it; `--tier-up` keeps V8's default instead (about 10 % slower here, 2026-11-27).
//
// The engine (shared/src/index.ts) is bundled with esbuild into bench/.cache/engine.mjs (rebuilt when
// a source is newer). `--messages` distinct messages from bench/generate.mjs are linted in rotation,
// so no cache keyed on identical text can help (each message recurs only every K lints, and there
// are more of them than any engine cache holds). Phases, each with its own warm-up:
//   lint     lint(text, { config })                  the figure the targets are about
//   parse    parseOutreach(text)                      document model: front matter YAML, comments, sentences
//   analyze  analyze(doc, config)                     the signals, on a pre-parsed document
//   rules    every rule's check() on a pre-parsed, pre-analysed document (the engine's rule loop)
//   typing   lint() of one message edited at a different place each time (same front matter: an editor)
// Run under `node --cpu-prof` to profile the engine loop (the bundle keeps function names).

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { buildEngine } from './bundle.mjs';
import { singleMessage } from './generate.mjs';
import { stats, timeLoop } from './lib.mjs';

export function parseEngineArgs(argv) {
  const o = { iterations: 5000, warmup: 1000, messages: 32, size: 2048, seed: 1, json: false, phases: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--iterations') o.iterations = Number(v());
    else if (k === '--warmup') o.warmup = Number(v());
    else if (k === '--messages') o.messages = Number(v());
    else if (k === '--size') o.size = Number(v());
    else if (k === '--seed') o.seed = Number(v());
    else if (k === '--phases') o.phases = v().split(',');
    else if (k === '--json') o.json = true;
    else if (k === '--bundle') o.bundle = v();
    else if (k === '--tier-up') o.tierUp = true;
    else throw new Error(`unknown option ${k}`);
  }
  return o;
}

export async function runEngineBench(o) {
  const t0 = performance.now();
  // --bundle: an engine bundle built elsewhere (bench/lint-identity.mjs leaves the one of its --ref), for A/B runs.
  const { outfile, built } = o.bundle ? { outfile: path.resolve(o.bundle), built: false } : await buildEngine();
  const buildMs = performance.now() - t0;
  // Before the engine compiles any pattern (they compile on first use), as server/src/v8-flags.ts does.
  if (!o.tierUp) setFlagsFromString('--no-regexp-tier-up');
  const engine = await import(pathToFileURL(outfile).href);
  const { lint, parseOutreach, analyze, rules, defaultConfig } = engine;
  const config = defaultConfig();

  const texts = [];
  for (let k = 0; k < o.messages; k++) texts.push(singleMessage(o.size, o.seed + k));
  if (new Set(texts).size !== texts.length) throw new Error('engine bench: the generated messages are not distinct');
  const chars = texts.map((t) => t.length);
  const K = texts.length;
  const want = (p) => !o.phases || o.phases.includes(p);
  // Per-call wall time (median, p99...) plus the mean CPU time of the phase's thread: on a loaded
  // machine wall percentiles include time the thread was not running, CPU time mostly does not.
  const loop = async (fn) => {
    for (let i = 0; i < o.warmup; i++) fn(i);
    const c0 = process.cpuUsage();
    const s = await timeLoop(fn, { iterations: o.iterations, warmup: 0 });
    const c = process.cpuUsage(c0);
    return { ...s, cpuMean: (c.user + c.system) / 1000 / o.iterations };
  };
  let sink = 0; // keeps results alive so nothing is optimised away

  const out = {
    bundle: path.relative(process.cwd(), outfile), built, buildMs: Math.round(buildMs), regexpTierUp: !!o.tierUp,
    messages: K, chars: stats(chars), iterations: o.iterations, warmup: o.warmup,
    findingsPerLint: texts.reduce((n, t) => n + lint(t, { config }).findings.length, 0) / K,
  };
  if (want('lint')) out.lint = await loop((i) => { sink += lint(texts[i % K], { config }).findings.length; });
  if (want('parse')) out.parse = await loop((i) => { sink += parseOutreach(texts[i % K]).sentences.length; });
  if (want('analyze') || want('rules')) {
    const docs = texts.map((t) => parseOutreach(t));
    if (want('analyze')) out.analyze = await loop((i) => { sink += analyze(docs[i % K], config).signals.note.evidence.length; });
    if (want('rules')) {
      const analyses = docs.map((d) => analyze(d, config));
      const active = rules.filter((r) => (config.rules[r.id]?.severity ?? r.defaultSeverity) !== 'off');
      out.rules = await loop((i) => {
        const doc = docs[i % K], analysis = analyses[i % K];
        for (const rule of active) {
          const context = Object.freeze({ doc, analysis, config, recipients: [], options: config.rules[rule.id]?.options ?? {} });
          rule.check(context, () => { sink++; });
        }
      });
    }
  }
  if (want('typing')) {
    // Insert a letter at a moving place in the body: every text differs, the front matter does not.
    const base = texts[0];
    const bodyStart = base.indexOf('\n---\n') + 5;
    const span = base.length - bodyStart - 1;
    out.typing = await loop((i) => {
      const at = bodyStart + ((i * 7919) % span);
      sink += lint(base.slice(0, at) + 'abcdefghij'[i % 10] + base.slice(at), { config }).findings.length;
    });
  }
  out.sink = sink > 0;
  return out;
}

const f = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const o = parseEngineArgs(process.argv.slice(2));
  const r = await runEngineBench(o);
  if (o.json) console.log(JSON.stringify(r));
  else {
    console.log(`${r.messages} messages of ${r.chars.min}-${r.chars.max} characters, ${r.iterations} lints a phase (${r.findingsPerLint.toFixed(1)} findings a lint)`);
    for (const p of ['lint', 'parse', 'analyze', 'rules', 'typing']) {
      if (r[p]) console.log(`${p.padEnd(8)} median ${f(r[p].median).padStart(8)}  p95 ${f(r[p].p95).padStart(8)}  p99 ${f(r[p].p99).padStart(8)}  max ${f(r[p].max).padStart(8)}  CPU mean ${f(r[p].cpuMean)}`);
    }
  }
}
