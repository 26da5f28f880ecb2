// Shared by the VS Code test suite runner (scripts/run-vscode-tests.mjs), the UI smoke test
// (tests/e2e/ui/smoke.mjs) and the README pictures (scripts/screenshots.mjs): the packaged extension
// installed into a fresh code-server profile, code-server on 127.0.0.1 in its own process group,
// headless Debian Chromium driven by playwright-core, and a few workbench steps.
// code-server comes from scripts/e2e-install.sh (.e2e/code-server); see tests/e2e/vscode/README.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E = path.join(ROOT, '.e2e');
export const CODE_SERVER = path.join(E2E, 'code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const BASE_SETTINGS = path.join(ROOT, 'tests/e2e/vscode/user-settings.json');

export class SetupError extends Error {}

/** Whether code-server and Chromium are installed (scripts/e2e-install.sh). */
export function missingTools() {
  if (!fs.existsSync(CODE_SERVER)) return `code-server is not installed (${path.relative(ROOT, CODE_SERVER)}); run scripts/e2e-install.sh`;
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} not found; run scripts/e2e-install.sh`;
  return '';
}

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/**
 * The extension's .vsix: `explicit` when given, else outreach-lint-<version>.vsix, packaged again
 * (npm run package) when it is missing or older than the sources, so the pictures show the current build.
 */
export function extensionVsix(explicit, log = console.log) {
  if (explicit) {
    const p = path.resolve(explicit);
    if (!fs.existsSync(p)) throw new SetupError(`--vsix ${explicit}: no such file`);
    return p;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const sources = ['client', 'server', 'shared', 'syntaxes', 'package.json', 'language-configuration.json', 'schemas'];
  const srcTime = Math.max(...sources.map((s) => newestMtime(path.join(ROOT, s))));
  const why = !fs.existsSync(vsix) ? 'no packaged .vsix' : fs.statSync(vsix).mtimeMs < srcTime ? `${path.basename(vsix)} is older than the sources` : '';
  if (why) {
    log(`${why}: running npm run package`);
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !fs.existsSync(vsix)) throw new SetupError(`npm run package failed (exit ${r.status})`);
  }
  return vsix;
}

/**
 * A fresh run folder under .e2e/: user-data dir with settings, extensions dir, XDG and temp dirs, and a
 * copy of `workspace` (a folder of templates). Keeps the newest `keep` folders with the same prefix.
 */
export function makeRunDir(prefix, { workspace, settings = {}, keep = 5 }) {
  fs.mkdirSync(E2E, { recursive: true });
  const old = fs.readdirSync(E2E).filter((d) => d.startsWith(`${prefix}-`)).sort();
  for (const d of old.slice(0, Math.max(0, old.length - (keep - 1)))) fs.rmSync(path.join(E2E, d), { recursive: true, force: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*/, '');
  const dir = fs.mkdtempSync(path.join(E2E, `${prefix}-${stamp}-`));
  const d = {
    dir,
    user: path.join(dir, 'user'),
    ext: path.join(dir, 'extensions'),
    ws: path.join(dir, 'workspace'),
    tmp: path.join(dir, 'tmp'),
    log: path.join(dir, 'code-server.log'),
  };
  for (const k of ['user', 'ext', 'tmp']) fs.mkdirSync(d[k], { recursive: true });
  for (const k of ['xdg-config', 'xdg-data', 'xdg-cache']) fs.mkdirSync(path.join(dir, k), { recursive: true });
  fs.mkdirSync(path.join(d.user, 'User'), { recursive: true });
  const base = JSON.parse(fs.readFileSync(BASE_SETTINGS, 'utf8'));
  fs.writeFileSync(path.join(d.user, 'User/settings.json'), JSON.stringify({ ...base, ...settings }, null, 2));
  fs.cpSync(workspace, d.ws, { recursive: true });
  return d;
}

/** The environment for code-server and the browser: everything they write stays in the run folder; `extra` on top. */
export function childEnv(d, extra = {}) {
  const env = { ...process.env };
  // Inside a VS Code / code-server terminal these make the code-server CLI talk to that instance instead.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k.startsWith('E2E_')) delete env[k];
  return {
    ...env,
    TMPDIR: d.tmp,
    XDG_CONFIG_HOME: path.join(d.dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(d.dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(d.dir, 'xdg-cache'),
    XDG_RUNTIME_DIR: d.tmp,
    ...extra,
  };
}

/** Installs .vsix files into the run's extensions dir. */
export function installExtensions(d, vsixes) {
  const args = ['--user-data-dir', d.user, '--extensions-dir', d.ext, ...vsixes.flatMap((v) => ['--install-extension', v])];
  const r = spawnSync(CODE_SERVER, args, { cwd: d.dir, env: childEnv(d), encoding: 'utf8', timeout: 60_000 });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  fs.writeFileSync(path.join(d.dir, 'install-extensions.log'), out);
  if (r.status !== 0 || (out.match(/successfully installed/gi) || []).length < vsixes.length) {
    throw new SetupError(`installing the extensions into code-server failed (exit ${r.status}):\n${out}`);
  }
}

/**
 * Spawns code-server on 127.0.0.1 (random port) as the leader of its own process group, with `env`, its
 * output to the run's code-server.log. Returns at once: `url` resolves when it listens (rejects when it exits
 * first), `exit` when it exits, and stop() kills the whole group (server, extension host, language server).
 */
export function spawnCodeServer(d, env = childEnv(d)) {
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
  // detached: the child calls setsid(), so it leads its own process group.
  const child = spawn(CODE_SERVER, args, { cwd: d.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = null;
  let logOpen = true;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve((exited = { code, signal })));
    child.once('error', (e) => resolve((exited = { code: null, signal: String(e.message) })));
  });
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
  let seen = '';
  const url = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      if (logOpen) fs.writeSync(log, chunk);
      if (seen === null) return;
      seen += chunk.toString('latin1');
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        seen = null;
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exit.then((e) => reject(new SetupError(`code-server exited before listening (code ${e.code}, signal ${e.signal})`)));
  });
  url.catch(() => {}); // handled where awaited
  return { url, exit, stop };
}

/** Spawns code-server and waits until it listens (bounded); resolves with its URL, exit and stop(). */
export async function startCodeServer(d, timeoutMs = 30_000) {
  const server = spawnCodeServer(d);
  try {
    const url = await withTimeout(server.url, timeoutMs, 'code-server did not listen').catch((e) => {
      throw e instanceof SetupError ? e : new SetupError(e.message);
    });
    return { url, stop: server.stop, exit: server.exit };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Headless Debian Chromium (flags from the recipe: no sandbox, no GPU, no network chatter). */
export async function launchBrowser(d) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false, // the caller closes the browser and code-server together
    handleSIGTERM: false,
    env: childEnv(d),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Writes the page's console errors and warnings, and its uncaught errors, to `file`. */
export function logPageConsole(page, file) {
  const log = fs.openSync(file, 'w');
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') fs.writeSync(log, `[${m.type()}] ${m.text()}\n`);
  });
  page.on('pageerror', (e) => fs.writeSync(log, `[pageerror] ${e.stack || e}\n`));
}

/**
 * Starts code-server for the run folder, opens its workspace in a new page of headless Chromium
 * (`pageOptions`: viewport and the like) and resolves with what `fn(page)` resolves with, all within
 * `timeoutMs`. The page's console goes to browser.log; a failure leaves failure.png in the run folder.
 * The browser and code-server's process group are stopped in every case, on SIGINT/SIGTERM too (exit 130).
 */
export async function runInWorkbench(d, { name, what, timeoutMs, pageOptions = {} }, fn) {
  let server = null;
  let browser = null;
  let page = null;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  };
  const onSignal = (sig) => {
    console.error(`${name}: ${sig}, stopping`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer(d);
    browser = await launchBrowser(d);
    page = await browser.newPage(pageOptions);
    logPageConsole(page, path.join(d.dir, 'browser.log'));
    page.setDefaultTimeout(30_000);
    return await withTimeout(
      (async () => {
        await openWorkbench(page, server.url, d);
        return fn(page);
      })(),
      timeoutMs,
      what,
    );
  } catch (e) {
    await page?.screenshot({ path: path.join(d.dir, 'failure.png') }).catch(() => {});
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

/** Opens the run's workspace folder in the workbench and waits until it can take keyboard input. */
export async function openWorkbench(page, url, d) {
  await page.goto(`${url}/?folder=${encodeURIComponent(d.ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  // The explorer lists the folder once the workbench has restored.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
}

/** Opens a file with Quick Open (Ctrl+P), as a user would, and waits for its editor tab. */
export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The `.view-line` showing `text` in the active editor. */
export function editorLine(page, text) {
  return page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: text }).first();
}

/** The squiggle (of a severity class, e.g. squiggly-warning) on the editor line showing `text`. */
export async function squiggleOnLine(page, text, cls = 'squiggly-warning', timeout = 45_000) {
  // Squiggles are overlay decorations, separate from the text: match them to the line by position, in the
  // page and on every animation frame, so that a relayout (a code lens coming in) cannot skew the match.
  const found = await page.waitForFunction(
    ([lineText, squiggleClass]) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      if (!editor) return 0;
      const lines = [...editor.querySelectorAll('.view-line')].filter((l) => (l.textContent || '').replace(/\u00a0/g, ' ').includes(lineText));
      const squiggles = [...editor.querySelectorAll(`.view-overlays .${squiggleClass}`)];
      for (const line of lines) {
        const lb = line.getBoundingClientRect();
        for (let i = 0; i < squiggles.length; i++) {
          const b = squiggles[i].getBoundingClientRect();
          if (b.width > 0 && b.top < lb.bottom - 1 && b.bottom > lb.top + 1) return i + 1;
        }
      }
      return 0;
    },
    [text, cls],
    { polling: 'raf', timeout },
  ).catch((e) => {
    throw new Error(`no ${cls} on the line "${text}" within ${timeout / 1000} s (${e.message.split('\n')[0]})`);
  });
  const index = (await found.jsonValue()) - 1;
  return page.locator(`.editor-group-container.active .monaco-editor .view-overlays .${cls}`).nth(index);
}

/** Bounds a promise in time. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
    }),
  ]);
}
