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
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.join(ROOT, '.e2e');
const CODE_SERVER = path.join(E2E, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const SUITE_SRC = path.join(ROOT, 'tests/e2e/vscode');
const SUITE_OUT = path.join(ROOT, 'dist/test/vscode');
const RUNNER_EXT_SRC = path.join(ROOT, 'tests/e2e/runner-extension');
const KEEP_RUNS = 5;

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
function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

function findVsix(pkg) {
  const expected = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  if (fs.existsSync(expected)) return expected;
  const found = [ROOT, path.join(ROOT, 'dist')]
    .flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).map((f) => path.join(d, f)) : []))
    .filter((f) => path.basename(f).startsWith(`${pkg.name}-`) && f.endsWith('.vsix'))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return found[0] || '';
}

function extensionVsix(opts) {
  if (opts.vsix) {
    const p = path.resolve(opts.vsix);
    if (!fs.existsSync(p)) die(`--vsix ${opts.vsix}: no such file`);
    return p;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  let vsix = findVsix(pkg);
  const sources = ['client', 'server', 'shared', 'syntaxes', 'package.json', 'language-configuration.json', 'schemas'];
  const srcTime = Math.max(...sources.map((s) => newestMtime(path.join(ROOT, s))));
  const why = !vsix ? 'no packaged .vsix found' : fs.statSync(vsix).mtimeMs < srcTime ? `${path.relative(ROOT, vsix)} is older than the sources` : '';
  if (!why) return vsix;
  if (!pkg.scripts?.package) {
    die(
      `${why}, and package.json has no "package" script yet.\n` +
        '  The extension must be packaged first (npm run package -> outreach-lint-<version>.vsix), or pass --vsix PATH.',
    );
  }
  console.log(`test:vscode: ${why}: running npm run package`);
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) die(`npm run package failed (exit ${r.status})`);
  vsix = findVsix(pkg);
  if (!vsix) die(`npm run package succeeded but no ${pkg.name}-*.vsix was found in the project root or dist/`);
  return vsix;
}

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

// ---------------------------------------------------------------------------------------------- run dir
function pruneOldRuns() {
  const runs = fs
    .readdirSync(E2E)
    .filter((d) => d.startsWith('run-'))
    .sort();
  for (const d of runs.slice(0, Math.max(0, runs.length - (KEEP_RUNS - 1)))) {
    fs.rmSync(path.join(E2E, d), { recursive: true, force: true });
  }
}

function makeRunDir() {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*/, '');
  const dir = fs.mkdtempSync(path.join(E2E, `run-${stamp}-`));
  const d = {
    dir,
    user: path.join(dir, 'user'),
    ext: path.join(dir, 'extensions'),
    ws: path.join(dir, 'workspace'),
    tmp: path.join(dir, 'tmp'),
    config: path.join(dir, 'xdg-config'),
    data: path.join(dir, 'xdg-data'),
    cache: path.join(dir, 'xdg-cache'),
    log: path.join(dir, 'code-server.log'),
    browserLog: path.join(dir, 'browser.log'),
    result: path.join(dir, 'result.json'),
  };
  for (const k of ['user', 'ext', 'tmp', 'config', 'data', 'cache']) fs.mkdirSync(d[k], { recursive: true });
  fs.mkdirSync(path.join(d.user, 'User'), { recursive: true });
  fs.copyFileSync(path.join(SUITE_SRC, 'user-settings.json'), path.join(d.user, 'User/settings.json'));
  fs.cpSync(path.join(SUITE_SRC, 'workspace'), d.ws, { recursive: true });
  return d;
}

function childEnv(d, extra = {}) {
  const env = { ...process.env };
  // Inside a VS Code / code-server terminal these make the code-server CLI talk to that instance instead.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return {
    ...env,
    TMPDIR: d.tmp,
    XDG_CONFIG_HOME: d.config,
    XDG_DATA_HOME: d.data,
    XDG_CACHE_HOME: d.cache,
    XDG_RUNTIME_DIR: d.tmp,
    ...extra,
  };
}

function installExtensions(d, vsixes) {
  const args = ['--user-data-dir', d.user, '--extensions-dir', d.ext, ...vsixes.flatMap((v) => ['--install-extension', v])];
  const r = spawnSync(CODE_SERVER, args, { cwd: d.dir, env: childEnv(d), encoding: 'utf8', timeout: 60_000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  fs.writeFileSync(path.join(d.dir, 'install-extensions.log'), out);
  const ok = (out.match(/successfully installed/gi) || []).length;
  if (r.status !== 0 || ok < vsixes.length) die(`installing the extensions into code-server failed (exit ${r.status}):\n${out}`);
}

// ---------------------------------------------------------------------------------------------- code-server
function startCodeServer(d, env) {
  const args = [
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', d.user,
    '--extensions-dir', d.ext,
    d.ws,
  ];
  const log = fs.openSync(d.log, 'w');
  // detached: the child calls setsid(), so it leads its own process group (server, ext host, language server).
  const child = spawn(CODE_SERVER, args, { cwd: d.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = null;
  let logOpen = true;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve((exited = { code, signal })));
    child.once('error', (e) => resolve((exited = { code: null, signal: String(e.message) })));
  });
  let seen = '';
  const url = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      if (logOpen) fs.writeSync(log, chunk);
      if (seen !== null) {
        seen += chunk.toString('latin1');
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (m) {
          seen = null;
          resolve(m[1]);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exit.then((e) => reject(new Error(`code-server exited before listening (code ${e.code}, signal ${e.signal})`)));
  });
  url.catch(() => {}); // handled where awaited
  const stop = async () => {
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch (e) {
        if (e.code !== 'ESRCH') throw e;
      }
    };
    if (!exited) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    kill('SIGKILL'); // whatever of the group outlived the leader
    if (logOpen) {
      logOpen = false;
      fs.closeSync(log);
    }
  };
  return { child, url, exit, stop };
}

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

  const vsix = await timed('package', () => extensionVsix(opts));
  const runner = await timed('runner-ext', runnerVsix);
  pruneOldRuns();
  const d = makeRunDir();
  console.log(`test:vscode: ${path.relative(ROOT, vsix)} in code-server; run dir ${path.relative(ROOT, d.dir)}`);
  await timed('install-ext', () => installExtensions(d, [vsix, runner]));

  const env = childEnv(d, {
    E2E_TESTS: path.join(SUITE_OUT, 'index.js'),
    E2E_RESULT: d.result,
    ...(opts.grep ? { E2E_GREP: opts.grep } : {}),
  });
  const server = startCodeServer(d, env);
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
    const url = await timed('code-server', () =>
      Promise.race([server.url, new Promise((_, rej) => setTimeout(() => rej(new Error('code-server did not listen within 30 s')), 30_000))]),
    );
    const { chromium } = await import('playwright-core');
    browser = await timed('browser', () => chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      handleSIGINT: false, // our handler closes the browser and code-server together
      handleSIGTERM: false,
      env: { ...env, E2E_TESTS: '', E2E_RESULT: '' },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const blog = fs.openSync(d.browserLog, 'w');
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') fs.writeSync(blog, `[${m.type()}] ${m.text()}\n`);
    });
    page.on('pageerror', (e) => fs.writeSync(blog, `[pageerror] ${e.stack || e}\n`));
    await timed('workbench+tests', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(d.ws)}`);
      await waitForFile(d.result, Math.max(1000, deadline - performance.now()), server.exit);
    });
    result = JSON.parse(fs.readFileSync(d.result, 'utf8'));
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
    console.error(e?.stack || e);
    process.exit(1);
  },
);
