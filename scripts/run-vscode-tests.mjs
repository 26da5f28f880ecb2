#!/usr/bin/env node
// Runs the VS Code test suite (tests/e2e/vscode/*.test.ts, @vscode/test-electron `run()` shape) inside
// real VS Code: code-server 4.100.3 (VS Code 1.100, Node extension host) installed by scripts/e2e-install.sh.
//
//   npm run test:vscode [-- --vsix PATH] [--grep REGEX] [--keep] [--timeout SEC] [--build-only] [--skip-if-missing]
//
// 1. bundles the suite to dist/test/vscode/ (index.js = run() entry, *.test.js, electron.js launcher);
// 2. takes the packaged extension .vsix (runs `npm run package` when there is none or it is older than the sources);
// 3. packs tests/e2e/runner-extension into a tiny .vsix (cached by content hash);
// 4. in a fresh .e2e/run-<ts>/: user-data dir + settings, extensions dir, a copy of tests/e2e/vscode/workspace/;
// 5. installs both .vsix, starts code-server (own process group, 127.0.0.1, random port) with E2E_TESTS/E2E_RESULT;
// 6. opens the folder with playwright-core + Debian Chromium so a window (and so the extension host) starts;
//    the runner extension calls run() there and writes result.json; waits for it (bounded), prints mocha's results;
// 7. kills the browser and code-server's process group; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM,
  CODE_SERVER,
  E2E,
  ROOT,
  SetupError,
  childEnv,
  extensionVsix,
  installExtensions,
  launchBrowser,
  logPageConsole,
  makeRunDir,
  spawnCodeServer,
  withTimeout,
} from '../tests/e2e/ui/code-server.mjs';

const SUITE_SRC = path.join(ROOT, 'tests/e2e/vscode');
const SUITE_OUT = path.join(ROOT, 'dist/test/vscode');
const RUNNER_EXT_SRC = path.join(ROOT, 'tests/e2e/runner-extension');

// ---------------------------------------------------------------------------------------------- args
function parseArgs(argv) {
  const o = { vsix: process.env.OUTREACH_VSIX || '', grep: '', keep: false, timeout: 120, buildOnly: false, skipIfMissing: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) die(`${a} needs a value`);
      return v;
    };
    if (a === '--vsix') o.vsix = value();
    else if (a === '--grep') o.grep = value();
    else if (a === '--timeout') o.timeout = Number(value());
    else if (a === '--keep') o.keep = true;
    else if (a === '--build-only') o.buildOnly = true;
    else if (a === '--skip-if-missing') o.skipIfMissing = true;
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 16).join('\n'));
      process.exit(0);
    } else die(`unknown argument ${a}`);
  }
  if (!(o.timeout > 0)) die('--timeout must be a positive number of seconds');
  return o;
}

function die(msg) {
  console.error(`test:vscode: ${msg}`);
  process.exit(2);
}

const t0 = performance.now();
const timings = [];
async function timed(label, fn) {
  const s = performance.now();
  try {
    return await fn();
  } finally {
    timings.push([label, performance.now() - s]);
  }
}
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------------------------- build
async function buildSuite() {
  const { build } = await import('esbuild');
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  const tests = fs.readdirSync(SUITE_SRC).filter((f) => f.endsWith('.test.ts')).sort();
  if (tests.length === 0) die(`no *.test.ts in ${path.relative(ROOT, SUITE_SRC)}`);
  await build({
    entryPoints: ['index.ts', 'electron.ts', ...tests].map((f) => path.join(SUITE_SRC, f)),
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  });
  return tests.length;
}

// ---------------------------------------------------------------------------------------------- .vsix
function runnerVsix() {
  const files = ['package.json', 'extension.js'];
  const hash = createHash('sha1');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(RUNNER_EXT_SRC, f)));
  const out = path.join(E2E, `e2e-runner-${hash.digest('hex').slice(0, 12)}.vsix`);
  if (fs.existsSync(out)) return out;
  const stage = fs.mkdtempSync(path.join(E2E, 'tmp', 'runner-ext-'));
  try {
    for (const f of files) fs.copyFileSync(path.join(RUNNER_EXT_SRC, f), path.join(stage, f));
    const vsce = path.join(ROOT, 'node_modules/.bin/vsce');
    const r = spawnSync(vsce, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', out], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0) die(`packaging the runner extension failed:\n${r.stdout}${r.stderr}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- code-server
function waitForFile(file, ms, exitPromise) {
  return new Promise((resolve, reject) => {
    const dir = path.dirname(file);
    const base = path.basename(file);
    let done = false;
    const finish = (fn, v) => {
      if (done) return;
      done = true;
      watcher.close();
      clearTimeout(timer);
      fn(v);
    };
    const check = () => {
      if (fs.existsSync(file)) finish(resolve, file);
    };
    const watcher = fs.watch(dir, (_ev, name) => {
      if (name === null || name === base) check();
    });
    const timer = setTimeout(() => finish(reject, new Error(`no result after ${ms / 1000} s`)), ms);
    exitPromise.then((e) => finish(reject, new Error(`code-server exited early (code ${e.code}, signal ${e.signal})`)));
    check();
  });
}

// ---------------------------------------------------------------------------------------------- report
// The extension host installs its own Error.prepareStackTrace, so Node's source maps do not apply there:
// map dist/test/vscode/*.js:LINE:COL frames back to the .ts sources here.
const sourceMaps = new Map();
function mapStack(text) {
  const re = new RegExp(`${SUITE_OUT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([\\w.-]+\\.js):(\\d+):(\\d+)`, 'g');
  return text.replace(re, (whole, file, line, col) => {
    try {
      if (!sourceMaps.has(file)) {
        sourceMaps.set(file, new SourceMap(JSON.parse(fs.readFileSync(path.join(SUITE_OUT, `${file}.map`), 'utf8'))));
      }
      const e = sourceMaps.get(file).findEntry(Number(line) - 1, Number(col) - 1);
      if (!e?.originalSource) return whole;
      const src = path.relative(ROOT, path.resolve(SUITE_OUT, e.originalSource));
      return `${src}:${e.originalLine + 1}:${e.originalColumn + 1}`;
    } catch {
      return whole;
    }
  });
}

function printReport(result) {
  const tests = result.tests || [];
  let suite = null;
  for (const t of tests) {
    const s = t.suite || '';
    if (s !== suite) {
      suite = s;
      if (s) console.log(`  ${s}`);
    }
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    const dur = typeof t.durationMs === 'number' ? ` (${t.durationMs} ms)` : '';
    console.log(`    ${mark} ${t.title}${dur}`);
  }
  const failures = result.failures || [];
  failures.forEach((f, i) => {
    console.log(`\n  ${i + 1}) ${f.fullTitle}`);
    let text = mapStack(f.error?.stack || f.error?.message || '(no error message)');
    if (f.error?.expected !== undefined) text += `\n  expected: ${f.error.expected}\n  actual:   ${f.error.actual}`;
    console.log(
      text
        .split('\n')
        .slice(0, 14)
        .map((l) => `     ${l}`)
        .join('\n'),
    );
  });
  if (!result.ok && !failures.length && result.error) {
    console.log(`\n  run() rejected:\n${mapStack(result.error).split('\n').map((l) => `     ${l}`).join('\n')}`);
  }
  const st = result.stats || {};
  const passed = st.passes ?? tests.filter((t) => t.state === 'passed').length;
  const failed = st.failures ?? failures.length;
  const skipped = st.pending ?? tests.filter((t) => t.state === 'pending').length;
  return { passed, failed, skipped };
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'latin1').replace(/\0/g, '').split('\n').slice(-lines).join('\n');
  } catch {
    return '(none)';
  }
}

function findFiles(dir, re, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, acc);
    else if (re.test(e.name)) acc.push(p);
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));

  const nTests = await timed('build', buildSuite);
  if (opts.buildOnly) {
    console.log(`test:vscode: bundled ${nTests} test file(s) to ${path.relative(ROOT, SUITE_OUT)}/`);
    return 0;
  }
  if (!fs.existsSync(CODE_SERVER)) {
    const msg = `code-server is not installed (${path.relative(ROOT, CODE_SERVER)}); run scripts/e2e-install.sh`;
    if (opts.skipIfMissing) {
      console.log(`test:vscode: skipped: ${msg}`);
      return 0;
    }
    die(msg);
  }
  if (!fs.existsSync(CHROMIUM)) die(`${CHROMIUM} not found; run scripts/e2e-install.sh`);
  fs.mkdirSync(path.join(E2E, 'tmp'), { recursive: true });

  const vsix = await timed('package', () => extensionVsix(opts.vsix, (m) => console.log(`test:vscode: ${m}`)));
  const runner = await timed('runner-ext', runnerVsix);
  const d = makeRunDir('run', { workspace: path.join(SUITE_SRC, 'workspace') });
  const resultFile = path.join(d.dir, 'result.json');
  console.log(`test:vscode: ${path.relative(ROOT, vsix)} in code-server; run dir ${path.relative(ROOT, d.dir)}`);
  await timed('install-ext', () => installExtensions(d, [vsix, runner]));

  const env = childEnv(d, {
    E2E_TESTS: path.join(SUITE_OUT, 'index.js'),
    E2E_RESULT: resultFile,
    ...(opts.grep ? { E2E_GREP: opts.grep } : {}),
  });
  const server = spawnCodeServer(d, env);
  let browser = null;
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= timed('teardown', async () => {
      await browser?.close().catch(() => {});
      await server.stop();
    }));
  const onSignal = (sig) => {
    console.error(`test:vscode: ${sig}, stopping code-server and the browser`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let result = null;
  let problem = '';
  try {
    const deadline = performance.now() + opts.timeout * 1000;
    const url = await timed('code-server', () => withTimeout(server.url, 30_000, 'code-server did not listen'));
    // The browser gets the run's environment without the E2E_* variables meant for the extension host.
    browser = await timed('browser', () => launchBrowser(d));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    logPageConsole(page, path.join(d.dir, 'browser.log'));
    await timed('workbench+tests', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(d.ws)}`);
      await waitForFile(resultFile, Math.max(1000, deadline - performance.now()), server.exit);
    });
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (!result.ok) {
      await page.screenshot({ path: path.join(d.dir, 'failure.png') }).catch(() => {});
    }
  } catch (e) {
    problem = String(e?.message || e);
    if (browser) {
      const pages = browser.contexts().flatMap((c) => c.pages());
      await pages[0]?.screenshot({ path: path.join(d.dir, 'failure.png') }).catch(() => {});
    }
  } finally {
    await cleanup();
  }

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (result) {
    ({ passed, failed, skipped } = printReport(result));
    if (!result.ok && failed === 0) failed = 1; // run() rejected without a test failure (e.g. no tests, load error)
  } else {
    failed = 1;
    console.log(`\ntest:vscode: ${problem}`);
    console.log(`--- code-server.log (tail) ---\n${tail(d.log)}`);
    for (const f of findFiles(path.join(d.user, 'logs'), /exthost\.log$/)) {
      console.log(`--- ${path.relative(ROOT, f)} (tail) ---\n${tail(f, 30)}`);
    }
  }
  const total = performance.now() - t0;
  console.log(`\nvscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  console.log(`timing: ${timings.map(([l, ms]) => `${l} ${secs(ms)}`).join(', ')}${result?.ms != null ? ` (suite in ext host ${secs(result.ms)})` : ''}; total ${secs(total)}`);
  const ok = result?.ok === true && failed === 0 && passed > 0;
  if (ok && !opts.keep) fs.rmSync(d.dir, { recursive: true, force: true });
  else console.log(`test:vscode: logs, result and screenshots kept in ${path.relative(ROOT, d.dir)}/`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof SetupError) die(e.message);
    console.error(e?.stack || e);
    process.exit(1);
  },
);
