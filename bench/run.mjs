#!/usr/bin/env node
// `npm run bench`: Outreach Lint against markdownlint-cli2 and the read floor, on the same files.
//
//   node bench/run.mjs                       engine, server (10k workspace), CLI at 1k and 10k; 3 runs a cell
//   node bench/run.mjs --full                also 100k files, and every cell repeated however slow
//   node bench/run.mjs --quick               N = 200, 1 run, short loops (CI smoke: keeps the bench working)
//   node bench/run.mjs --sizes 1k,10k --runs 5 --only floor,markdownlint
//
// Options: --sizes LIST  --runs N  --seed S  --only LIST  --skip LIST  --full  --workspace N (files in
// the server's workspace; default 10k)  --edits N (server typing edits; default 300)  --json FILE (also
// write results there; they always go to bench/results/)  --cli FILE (another build of the CLI).
// Sections: corpus, engine, server, cli, cli-1 (the CLI on one thread), cli-cache (--cache, every file
// unchanged since the run before), cli-cache-cold (--cache with no cache yet: linting plus writing it),
// markdownlint, floor, floor-yaml.
// Benchmarks are not tests: nothing here asserts a time.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, GENERATOR_VERSION, MANIFEST } from './generate.mjs';
import {
  cleanupTemp, fmtCount, fmtKB, fmtMs, fmtPct, fmtRatio, fmtUs, machineInfo, markdownTable, measureCommand,
} from './lib.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CORPUS_ROOT = path.join(BENCH, '.corpus');
const RESULTS = path.join(BENCH, 'results');
const NODE = process.execPath;
let CLI = path.join(ROOT, 'dist', 'cli.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const MDL = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const MDL_CONFIG = path.join(BENCH, 'bench.markdownlint-cli2.jsonc');
const SECTIONS = ['corpus', 'engine', 'server', 'cli', 'cli-1', 'cli-cache', 'cli-cache-cold', 'markdownlint', 'floor', 'floor-yaml'];
const CACHE_DIR = path.join(BENCH, '.cache');

// ---------------------------------------------------------------------------------------------
// Options

function parseCount(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s}`);
  return Math.round(Number(m[1]) * (m[2] ? (/k/i.test(m[2]) ? 1e3 : 1e6) : 1));
}

export function parseOptions(argv) {
  const o = { sizes: null, runs: 3, seed: 1, only: null, skip: [], full: false, quick: false, json: null, workspace: null, edits: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => { if (i + 1 >= argv.length) throw new Error(`${k} needs a value`); return argv[++i]; };
    if (k === '--quick') o.quick = true;
    else if (k === '--sizes') o.sizes = v().split(',').map(parseCount);
    else if (k === '--runs') o.runs = Math.max(1, Number(v()));
    else if (k === '--seed') o.seed = Number(v());
    else if (k === '--only') o.only = v().split(',');
    else if (k === '--skip') o.skip = v().split(',');
    else if (k === '--full') o.full = true;
    else if (k === '--json') o.json = v();
    else if (k === '--cli') o.cli = path.resolve(v());
    else if (k === '--workspace') o.workspace = parseCount(v());
    else if (k === '--edits') o.edits = Number(v());
    else if (k === '--help' || k === '-h') o.help = true;
    else throw new Error(`unknown option ${k} (try --help)`);
  }
  if (o.quick) {
    o.sizes ??= [200];
    if (!argv.includes('--runs')) o.runs = 1;
    o.workspace ??= 200;
    o.edits ??= 60;
  }
  o.sizes ??= o.full ? [1000, 10000, 100000] : [1000, 10000];
  o.workspace ??= 10000;
  o.edits ??= 300;
  for (const s of [...(o.only ?? []), ...o.skip]) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s} (${SECTIONS.join(', ')})`);
  return o;
}

const enabled = (o, s) => (o.only ? o.only.includes(s) || s === 'corpus' : true) && !o.skip.includes(s);

// ---------------------------------------------------------------------------------------------
// Corpus (cached in bench/.corpus/n<N>-s<seed>)

export function ensureCorpus(n, seed, log = console.log) {
  const dir = path.join(CORPUS_ROOT, `n${n}-s${seed}`);
  let manifest = null, cached = false;
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
    if (m.version === GENERATOR_VERSION && m.n === n && m.seed === seed) { manifest = m; cached = true; }
  } catch { /* not there yet */ }
  if (!manifest) {
    manifest = generateCorpus({ n, seed, out: dir });
    log(`  generated ${fmtCount(n)} files (${(manifest.bytes / 1e6).toFixed(1)} MB) in ${fmtMs(manifest.ms)} -> ${path.relative(ROOT, dir)}`);
  }
  makeRepoRoot(dir);
  return { dir, manifest, cached };
}

/**
 * Each corpus is its own (empty) git repository, like a user's folder of templates. Without it,
 * the CLI, which honours .gitignore from the repository root down, would find this repo's
 * `bench/.corpus/` rule and rightly skip every file.
 */
function makeRepoRoot(dir) {
  if (fs.existsSync(path.join(dir, '.git'))) return;
  const r = spawnSync('git', ['init', '-q', dir], { encoding: 'utf8' });
  if (r.status !== 0) fs.mkdirSync(path.join(dir, '.git', 'info'), { recursive: true }); // no git: a bare marker
}

// ---------------------------------------------------------------------------------------------
// Tools on a corpus. Each returns { wall, rss, runs, note, ...facts } (see lib.measureCommand).

/** Outreach Lint CLI: `node dist/cli.js . --format json > /dev/null`, run from the corpus dir. */
export async function benchCli(dir, n, o, { jobs, cache } = {}) {
  // One untimed run captures the JSON to prove the CLI saw the files (a git-ignore rule such as
  // bench/.corpus/ must not make it skip them); timed runs send stdout to /dev/null.
  // With `cache: 'warm'` an untimed run first fills the cache (outside the corpus), so every timed run finds
  // each file unchanged; with `cache: 'cold'` the cache is removed before each run, which lints and writes it.
  let linted = null;
  const cacheFile = path.join(CACHE_DIR, `cli-cache-${n}.json`);
  const cacheArgs = cache ? ['--cache', '--cache-location', cacheFile] : [];
  if (cache) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    fs.rmSync(cacheFile, { force: true });
  }
  const res = await measureCommand(NODE, [CLI, '.', '--format', 'json', ...(jobs ? ['--jobs', String(jobs)] : []), ...cacheArgs], {
    cwd: dir, runs: o.runs, okCodes: [0, 1], full: o.full, capture: true,
    warmup: cache === 'warm' ? 1 : 0,
    onRun: cache === 'cold' ? () => fs.rmSync(cacheFile, { force: true }) : undefined,
    check(r) {
      const out = fs.readFileSync(r.stdoutFile, 'utf8');
      let json;
      try { json = JSON.parse(out); } catch { throw new Error(`dist/cli.js --format json did not print JSON (first bytes: ${JSON.stringify(out.slice(0, 120))})`); }
      linted = json.summary?.files ?? json.files?.length;
      if (linted !== n) {
        throw new Error(`dist/cli.js linted ${linted} files, the corpus has ${n}` +
          (linted === 0 ? ' (does it skip git-ignored files? each corpus is made its own git repository so it should not)' : ''));
      }
    },
  });
  return { ...res, linted };
}

/**
 * markdownlint-cli2 on the same files: globs `**\/*.outreach.md` from the corpus dir, its default
 * rules (bench/bench.markdownlint-cli2.jsonc pins them and turns .gitignore filtering off). Its
 * summary line must report N files and a non-zero error count, or the cell is rejected.
 */
export async function benchMarkdownlint(dir, n, o) {
  if (!fs.existsSync(MDL)) throw new Error('markdownlint-cli2 is not installed (it is a devDependency: run npm ci)');
  let errors = null;
  const res = await measureCommand(NODE, [MDL, '**/*.outreach.md', '--config', MDL_CONFIG], {
    cwd: dir, runs: o.runs, okCodes: [0, 1], full: o.full, capture: true,
    check(r) {
      const out = fs.readFileSync(r.stdoutFile, 'utf8') + fs.readFileSync(r.stderrFile, 'utf8');
      const files = Number(/Linting: (\d+) file/.exec(out)?.[1]);
      errors = Number(/Summary: (\d+) error/.exec(out)?.[1]);
      if (files !== n) throw new Error(`markdownlint-cli2 linted ${files} files, the corpus has ${n}:\n${out.slice(0, 400)}`);
      if (!(errors > 0)) throw new Error(`markdownlint-cli2 reported no errors on ${n} files: is it linting them?\n${out.slice(0, 400)}`);
    },
  });
  return { ...res, errors };
}

/** The read floor (bench/floor.mjs) as its own process, like the tools it anchors. */
export async function benchFloor(dir, n, o, { yaml = false } = {}) {
  let hits = null;
  const res = await measureCommand(NODE, [path.join(BENCH, 'floor.mjs'), dir, '--json', ...(yaml ? ['--yaml'] : [])], {
    runs: o.runs, full: o.full, capture: true,
    check(r) {
      const j = JSON.parse(fs.readFileSync(r.stdoutFile, 'utf8'));
      if (j.files !== n) throw new Error(`floor read ${j.files} files, the corpus has ${n}`);
      hits = j.hits;
    },
  });
  return { ...res, hits };
}

// ---------------------------------------------------------------------------------------------
// ENGINE: bench/engine.mjs in a process of its own (bundles shared/src with esbuild, lints ~2 KB
// messages in rotation in a warm loop). Target: median < 0.2 ms, p99 < 1 ms.

export async function benchEngine(o) {
  const iterations = o.quick ? 1000 : 5000;
  const r = spawnSync(NODE, [path.join(BENCH, 'engine.mjs'), '--json', '--iterations', String(iterations), '--warmup', String(o.quick ? 300 : 1000), '--seed', String(o.seed)],
    { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench/engine.mjs failed (${r.status}):\n${(r.stderr || r.stdout).slice(-800)}`);
  const e = JSON.parse(r.stdout.trim().split('\n').pop());
  const line = (p) => e[p] && `  ${p.padEnd(8)} median ${fmtMs(e[p].median).padStart(9)}, p95 ${fmtMs(e[p].p95).padStart(9)}, p99 ${fmtMs(e[p].p99).padStart(9)}; CPU mean ${fmtMs(e[p].cpuMean)}`;
  console.log(`  ${e.messages} distinct messages of ${e.chars.min}-${e.chars.max} characters in rotation, ${e.iterations} calls a phase`);
  for (const p of ['lint', 'parse', 'analyze', 'rules', 'typing']) if (e[p]) console.log(line(p));
  return e;
}

// ---------------------------------------------------------------------------------------------
// SERVER: bench/server.mjs (dist/server.js --stdio, LSP with vscode-languageserver-protocol).
// Targets: didChange -> diagnostics median < 5 ms; workspace of 10,000 unopened files: full problem
// list < 3 s, peak RSS < 200 MB, open-file latency while it scans < 20 ms.

export async function benchServer(o, corpora) {
  if (!fs.existsSync(SERVER)) return null;
  const { benchTyping, benchWorkspace, benchWorkspaceCached } = await import('./server.mjs');
  const out = { typing: null, workspace: null };
  try {
    out.typing = await benchTyping({ edits: o.edits, seed: o.seed });
    const t = out.typing;
    console.log(`  typing, ${t.chars}-character message, ${t.edits} edits: pull median ${fmtMs(t.pull.median)} (p95 ${fmtMs(t.pull.p95)}), ` +
      `push median ${fmtMs(t.push.median)} (p95 ${fmtMs(t.push.p95)})`);
  } catch (e) {
    out.typing = { error: e.message };
    console.log(`  typing FAILED: ${e.message}`);
  }
  try {
    const c = corpora[o.workspace] ?? ensureCorpus(o.workspace, o.seed);
    const w = (out.workspace = await benchWorkspace(c.dir, { files: o.workspace, seed: o.seed }));
    for (const k of ['pull', 'push']) {
      const x = w[k];
      console.log(`  workspace of ${fmtCount(o.workspace)}, ${k}: full list ${fmtMs(x.fullListMs)} after spawn (${k === 'pull' ? `${x.reported} files reported` : `${x.published} files published`}), ` +
        `peak RSS ${fmtKB(x.peakRssKB)}; open file while scanning: median ${fmtMs(x.during?.median)}, p95 ${fmtMs(x.during?.p95)} (${x.during?.n ?? 0} edits)`);
    }
  } catch (e) {
    out.workspace = { error: e.message };
    console.log(`  workspace FAILED: ${e.message}`);
  }
  try {
    // The same scan with nobody typing: the rows above type back to back for the whole scan (a stress test, some
    // hundred edits a second), during which the server's own scan lane stands down and only the worker lints.
    const c = corpora[o.workspace] ?? ensureCorpus(o.workspace, o.seed);
    const w = (out.workspaceQuiet = await benchWorkspace(c.dir, { files: o.workspace, seed: o.seed, typing: false, push: false }));
    const x = w.pull;
    console.log(`  workspace of ${fmtCount(o.workspace)}, pull, nobody typing: full list ${fmtMs(x.fullListMs)} after spawn (${x.reported} files reported), peak RSS ${fmtKB(x.peakRssKB)}`);
  } catch (e) {
    out.workspaceQuiet = { error: e.message };
    console.log(`  workspace with nobody typing FAILED: ${e.message}`);
  }
  try {
    const c = corpora[o.workspace] ?? ensureCorpus(o.workspace, o.seed);
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const cacheLocation = path.join(CACHE_DIR, `scan-cache-${o.workspace}.json`);
    const w = (out.workspaceCached = await benchWorkspaceCached(c.dir, { files: o.workspace, seed: o.seed, cacheLocation }));
    const x = w.pull;
    console.log(`  workspace of ${fmtCount(o.workspace)}, pull, reopened with the scan cache (${fmtKB(w.cacheBytes / 1024)}): full list ${fmtMs(x.fullListMs)} after spawn ` +
      `(${x.reported} files reported), peak RSS ${fmtKB(x.peakRssKB)}; open file while scanning: median ${fmtMs(x.during?.median)} (${x.during?.n ?? 0} edits)`);
  } catch (e) {
    out.workspaceCached = { error: e.message };
    console.log(`  workspace with the scan cache FAILED: ${e.message}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report

function row(tool, n, r, floorMs, mdlMs) {
  if (r.error) return [tool, fmtCount(n), 'failed', '', '', '', '', '', '', r.error.split('\n')[0].slice(0, 80)];
  const med = r.wall.median;
  return [
    tool, fmtCount(n), fmtMs(med), r.wall.n > 1 ? fmtPct(r.wall.spread) : '–', fmtMs(r.cpu.median), fmtUs(med / n), fmtKB(r.rss.median),
    tool === 'floor' ? '1×' : fmtRatio(med, floorMs),
    mdlMs && tool !== 'markdownlint-cli2' ? fmtRatio(mdlMs, med) : '–',
    [r.note, r.errors != null ? `${r.errors} errors reported` : '', r.hits != null && tool === 'floor' ? `${r.hits} regex hits` : '']
      .filter(Boolean).join('; '),
  ];
}

const ok = (met) => (met === undefined ? '' : met ? 'yes' : 'NO');

/** The engine and server figures as tables, each with its target. */
function latencyTables(results) {
  const out = [];
  const e = results.engine;
  if (e && !e.error) {
    const rows = ['lint', 'parse', 'analyze', 'rules', 'typing'].filter((p) => e[p]).map((p) => [
      { lint: 'lint() (whole engine)', parse: '  parse (parseOutreach)', analyze: '  analyze (signals)', rules: '  rules (every check)', typing: 'lint() while typing (same front matter)' }[p],
      fmtMs(e[p].median), fmtMs(e[p].p95), fmtMs(e[p].p99), fmtMs(e[p].cpuMean),
      p === 'lint' ? 'median < 0.2 ms, p99 < 1 ms' : '',
      p === 'lint' ? ok(e.lint.median < 0.2 && e.lint.p99 < 1) : '',
    ]);
    out.push(`### Engine: one ~2 KB message in a warm process (${e.messages} distinct messages in rotation, ${e.iterations} calls a row)\n\n` +
      markdownTable(['measure', 'median', 'p95', 'p99', 'CPU mean', 'target', 'met'], rows, 'lrrrrll'));
  }
  const s = results.server;
  if (s) {
    const rows = [];
    const t = s.typing;
    if (t && !t.error) {
      rows.push([`didChange → textDocument/diagnostic (pull), ${t.chars} chars, ${t.edits} edits`, fmtMs(t.pull.median), fmtMs(t.pull.p95), '', 'median < 5 ms', ok(t.pull.median < 5)]);
      rows.push([`didChange → publishDiagnostics (push), ${t.edits} edits`, fmtMs(t.push.median), fmtMs(t.push.p95), '', 'median < 5 ms', ok(t.push.median < 5)]);
    } else if (t?.error) rows.push(['typing', 'failed', '', '', t.error.slice(0, 80), '']);
    const w = s.workspace;
    if (w && !w.error) {
      const n = fmtCount(w.files ?? 0);
      for (const k of ['pull', 'push']) {
        const x = w[k];
        if (!x) continue;
        const what = k === 'pull' ? `workspace/diagnostic, ${n} unopened files: full list (${x.reported} reported)` : `push, ${n} unopened files: every file with problems published (${x.published})`;
        rows.push([what, fmtMs(x.fullListMs), '', fmtKB(x.peakRssKB), '< 3 s, RSS < 200 MB', ok(x.fullListMs < 3000 && x.peakRssKB < 200 * 1024)]);
        if (x.during) rows.push([`  open file didChange → diagnostics while that scan runs (${x.during.n} edits)`, fmtMs(x.during.median), fmtMs(x.during.p95), '', '< 20 ms', ok(x.during.median < 20)]);
      }
    } else if (w?.error) rows.push(['workspace', 'failed', '', '', w.error.slice(0, 80), '']);
    const wq = s.workspaceQuiet;
    if (wq && !wq.error && wq.pull) {
      const x = wq.pull;
      rows.push([`workspace/diagnostic, ${fmtCount(wq.files ?? 0)} unopened files, nobody typing (${x.reported} reported)`, fmtMs(x.fullListMs), '', fmtKB(x.peakRssKB), '< 3 s, RSS < 200 MB', ok(x.fullListMs < 3000 && x.peakRssKB < 200 * 1024)]);
    } else if (wq?.error) rows.push(['workspace, nobody typing', 'failed', '', '', wq.error.slice(0, 80), '']);
    const wc = s.workspaceCached;
    if (wc && !wc.error && wc.pull) {
      const x = wc.pull;
      rows.push([`workspace/diagnostic, ${fmtCount(wc.files ?? 0)} unchanged files, reopened with the scan cache (${x.reported} reported)`, fmtMs(x.fullListMs), '', fmtKB(x.peakRssKB), '(targets are for a first scan)', '']);
      if (x.during) rows.push([`  open file didChange → diagnostics while that scan runs (${x.during.n} edits)`, fmtMs(x.during.median), fmtMs(x.during.p95), '', '< 20 ms', ok(x.during.median < 20)]);
    } else if (wc?.error) rows.push(['workspace with the scan cache', 'failed', '', '', wc.error.slice(0, 80), '']);
    if (rows.length) {
      out.push('### Language server over stdio (times from spawning the server for the workspace rows)\n\n' +
        markdownTable(['measure', 'median / time', 'p95', 'peak RSS', 'target', 'met'], rows, 'lrrrll'));
    }
  }
  return out.join('\n\n');
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  if (o.cli) CLI = o.cli;
  if (o.help) {
    console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 14).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return;
  }
  const info = machineInfo();
  const started = new Date();
  console.log(`# Outreach Lint benchmarks — ${started.toISOString()}`);
  console.log(`node ${info.node}, ${info.cpus} × ${info.cpuModel}, ${info.memGB} GB; load ${info.loadavg.join(' ')}; peak RSS via ${info.rss}`);
  console.log(`sizes ${o.sizes.map(fmtCount).join(', ')}; ${o.runs} run(s) a cell; server workspace ${fmtCount(o.workspace)} files; seed ${o.seed}\n`);

  const results = { started: started.toISOString(), machine: info, options: o, corpora: {}, cells: [], engine: null, server: null };
  const haveCli = fs.existsSync(CLI);

  // corpus
  console.log('## corpus');
  const corpora = {};
  const wanted = [...new Set([...o.sizes, ...(enabled(o, 'server') ? [o.workspace] : [])])];
  for (const n of wanted) {
    const c = ensureCorpus(n, o.seed);
    corpora[n] = c;
    results.corpora[n] = { dir: path.relative(ROOT, c.dir), bytes: c.manifest.bytes, cached: c.cached };
    if (c.cached) console.log(`  ${fmtCount(n)}: cached, ${(c.manifest.bytes / 1e6).toFixed(1)} MB`);
  }

  // engine (its own process)
  if (enabled(o, 'engine')) {
    console.log('\n## engine');
    try {
      results.engine = await benchEngine(o);
    } catch (e) {
      results.engine = { error: e.message };
      console.log(`  FAILED: ${e.message}`);
    }
  }
  // server (stdio)
  if (enabled(o, 'server')) {
    console.log('\n## server');
    results.server = await benchServer(o, corpora);
    if (!results.server) console.log('  skipped: dist/server.js does not exist yet (npm run build)');
  }

  // whole-corpus tools; smallest size first so a broken tool fails fast
  console.log('\n## CLI, markdownlint-cli2 and the read floor');
  if ((enabled(o, 'cli') || enabled(o, 'cli-1')) && !haveCli) console.log(`  CLI skipped: ${path.relative(ROOT, CLI)} does not exist yet (npm run build)`);
  const tools = [
    ['outreach-lint', 'cli', (d, n) => benchCli(d, n, o), haveCli],
    ['outreach-lint --jobs 1', 'cli-1', (d, n) => benchCli(d, n, o, { jobs: 1 }), haveCli],
    ['outreach-lint --cache, unchanged files', 'cli-cache', (d, n) => benchCli(d, n, o, { cache: 'warm' }), haveCli],
    ['outreach-lint --cache, no cache yet', 'cli-cache-cold', (d, n) => benchCli(d, n, o, { cache: 'cold' }), haveCli],
    ['markdownlint-cli2', 'markdownlint', (d, n) => benchMarkdownlint(d, n, o), true],
    ['floor', 'floor', (d, n) => benchFloor(d, n, o), true],
    ['floor + yaml', 'floor-yaml', (d, n) => benchFloor(d, n, o, { yaml: true }), true],
  ].filter(([, sec, , ok]) => ok && enabled(o, sec));
  for (const n of o.sizes) {
    for (const [tool, , fn] of tools) {
      process.stdout.write(`  ${tool} @ ${fmtCount(n)} ... `);
      let r;
      try {
        r = await fn(corpora[n].dir, n);
        console.log(`${fmtMs(r.wall.median)}${r.wall.n > 1 ? ` ${fmtPct(r.wall.spread)}` : ''}, ${fmtKB(r.rss.median)}${r.note ? ` (${r.note})` : ''}`);
      } catch (e) {
        r = { error: e.message };
        console.log(`FAILED: ${e.message}`);
      }
      results.cells.push({ tool, n, ...summarise(r) });
    }
  }

  // tables
  const cell = (tool, n) => results.cells.find((c) => c.tool === tool && c.n === n && !c.error);
  const rows = [];
  for (const n of o.sizes) {
    const floorMs = cell('floor', n)?.wall.median;
    const mdlMs = cell('markdownlint-cli2', n)?.wall.median;
    for (const c of results.cells.filter((x) => x.n === n)) rows.push(row(c.tool, n, c, floorMs, mdlMs));
  }
  console.log('\n## results\n');
  const lat = latencyTables(results);
  if (lat) console.log(lat + '\n');
  if (rows.length) {
    console.log('### CLI on the corpus, side by side (wall time from spawn to exit, median of the runs)\n');
    console.log(markdownTable(['tool', 'files', 'wall (median)', 'spread', 'CPU user+sys', 'per file', 'peak RSS', '× floor', 'markdownlint ÷ tool', 'notes'], rows, 'lrrrrrrrrl'));
  }

  // ratios the issue's targets are stated in
  const lines = [];
  for (const n of o.sizes) {
    const cli = cell('outreach-lint', n), one = cell('outreach-lint --jobs 1', n), mdl = cell('markdownlint-cli2', n), fl = cell('floor', n);
    if (cli && mdl) lines.push(`${fmtCount(n)}: outreach-lint is ${fmtRatio(mdl.wall.median, cli.wall.median)} faster than markdownlint-cli2 (target ≥ 10×: ${ok(mdl.wall.median / cli.wall.median >= 10)})`);
    if (cli && fl) lines.push(`${fmtCount(n)}: outreach-lint takes ${fmtRatio(cli.wall.median, fl.wall.median)} the read floor's time (target ≤ 3×: ${ok(cli.wall.median / fl.wall.median <= 3)})`);
    if (cli && one) lines.push(`${fmtCount(n)}: worker threads: ${fmtMs(cli.wall.median)} vs ${fmtMs(one.wall.median)} on one thread (${fmtRatio(one.wall.median, cli.wall.median)} speed-up)`);
    const warm = cell('outreach-lint --cache, unchanged files', n);
    if (warm && mdl && fl) lines.push(`${fmtCount(n)}: with --cache and every file unchanged, ${fmtMs(warm.wall.median)}: ${fmtRatio(mdl.wall.median, warm.wall.median)} faster than markdownlint-cli2, ${fmtRatio(warm.wall.median, fl.wall.median)} the read floor's time (the targets are for a first run, above)`);
    if (!cli && mdl && fl) lines.push(`${fmtCount(n)}: markdownlint-cli2 takes ${fmtRatio(mdl.wall.median, fl.wall.median)} the read floor`);
  }
  const big = o.sizes.filter((n) => cell('outreach-lint', n));
  if (big.length > 1) lines.push(`per-file cost by size: ${big.map((n) => `${fmtCount(n)} ${fmtUs(cell('outreach-lint', n).wall.median / n)}`).join(', ')} (start-up amortised as the run grows)`);
  if (lines.length) console.log('\n' + lines.map((l) => `- ${l}`).join('\n'));
  const end = machineInfo();
  console.log(`\nload average: ${info.loadavg.join(' ')} at the start, ${end.loadavg.join(' ')} at the end (2 cores; figures from a loaded machine are slower and noisier)`);

  results.finished = new Date().toISOString();
  results.loadavgEnd = end.loadavg;
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `bench-${results.started.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  if (o.json) fs.writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n');
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  cleanupTemp();
  const failed = results.cells.some((c) => c.error) || results.engine?.error || results.server?.typing?.error || results.server?.workspace?.error || results.server?.workspaceCached?.error || results.server?.workspaceQuiet?.error;
  if (failed) process.exitCode = 1;
}

/** Keep the JSON small: stats, not the captured files. */
function summarise(r) {
  if (r.error) return { error: r.error };
  const { runs, ...rest } = r;
  return { ...rest, samples: runs.map((x) => ({ wallMs: +x.wallMs.toFixed(1), cpuMs: x.cpuMs, rssKB: x.rssKB })) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`bench: ${e.stack ?? e.message}`);
    cleanupTemp();
    process.exit(2);
  });
}
