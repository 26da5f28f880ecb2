#!/usr/bin/env node
// Regenerates the README pictures from the current build, in real VS Code (code-server 4.100.3) driven
// with playwright-core and Debian Chromium, on a copy of examples/:
//
//   docs/images/hover.png      a template with its squiggles, the score lens above the message, and the hover
//                              of the squiggle in the message
//   docs/images/quick-fix.png  Ctrl+. on the squiggle under a mutual connection the message never names:
//                              "Insert mutual reference" and the rule's other actions
//   docs/images/problems.png   the Problems panel: every template in the folder, opened or not
//
//   npm run screenshots [-- --vsix PATH] [--out DIR] [--timeout SEC]
//
// The extension is packaged again first when the .vsix is older than the sources. Needs scripts/e2e-install.sh.
// code-server listens on 127.0.0.1 only and is killed with its process group.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SetupError, extensionVsix, installExtensions, makeRunDir, missingTools, quickOpen, runInWorkbench, squiggleOnLine } from '../tests/e2e/ui/code-server.mjs';

const FILE = 'dana-whitfield.outreach.md';
const MUTUAL = 'Sam Ortiz';

/** The templates of examples/ that have problems (the Problems picture must show them all), asked of the built CLI. */
function templatesWithProblems() {
  let out;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', 'examples'], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    // Exit 1 means "errors found", the expected case for the examples; anything else is a failure.
    if (e.status !== 1 || !e.stdout) throw e;
    out = e.stdout;
  }
  const files = JSON.parse(out).files.filter((f) => f.diagnostics.length > 0).map((f) => path.basename(f.path));
  if (files.length === 0) throw new Error('the CLI finds no problems in examples/: nothing to show in the Problems picture');
  return files;
}

// One theme and size for every picture; no minimap, breadcrumbs or sticky scroll to distract.
const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'window.autoDetectColorScheme': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.stickyScroll.enabled': false,
  'editor.hover.delay': 150,
  'editor.hover.above': false,
  'breadcrumbs.enabled': false,
  'workbench.editor.enablePreview': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
};
const VIEWPORT = { width: 980, height: 640 };

function parseArgs(argv) {
  const o = { vsix: process.env.OUTREACH_VSIX || '', out: path.join(ROOT, 'docs/images'), timeout: 180 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') o.vsix = argv[++i] ?? '';
    else if (a === '--out') o.out = path.resolve(argv[++i] ?? '');
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else {
      console.error(`screenshots: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return o;
}

/** The bounding box of an element, for page.screenshot({ clip }) (which also captures overlays on it). */
async function box(page, selector) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) };
}

/** Runs a workbench command through the command palette (F1), as a user would. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(label);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The union of some boxes, grown by `pad` and kept inside `within`. */
function around(boxes, within, pad = 12) {
  const bs = boxes.filter(Boolean);
  const x0 = Math.max(within.x, Math.min(...bs.map((b) => b.x)) - pad);
  const y0 = Math.max(within.y, Math.min(...bs.map((b) => b.y)) - pad);
  const x1 = Math.min(within.x + within.width, Math.max(...bs.map((b) => b.x + b.width)) + pad);
  const y1 = Math.min(within.y + within.height, Math.max(...bs.map((b) => b.y + b.height)) + pad);
  return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - x0), height: Math.ceil(y1 - y0) };
}

/** The editor part, down to the end of the text or of an overlay (hover, menu) if that goes lower. */
async function editorClip(page, overlay) {
  const editor = await box(page, '.part.editor');
  const lines = page.locator('.part.editor .monaco-editor .view-lines');
  const text = await lines.boundingBox();
  const lastLine = await page.locator('.part.editor .monaco-editor .view-line').last().boundingBox();
  const extra = overlay ? await overlay.boundingBox() : null;
  const bottom = Math.max(lastLine ? lastLine.y + lastLine.height : 0, extra ? extra.y + extra.height : 0, text ? text.y : 0) + 16;
  return { ...editor, height: Math.min(editor.height, Math.ceil(bottom - editor.y)) };
}

async function pictures(page, out) {
  const withProblems = templatesWithProblems();
  const written = [];
  const save = async (name, clip) => {
    const file = path.join(out, name);
    await page.screenshot({ path: file, clip });
    written.push(file);
  };

  // Editor only: close the side bar.
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  await quickOpen(page, FILE);
  // The score lens first: once it is in, the lines stop moving.
  await page.locator('.codelens-decoration', { hasText: 'Outreach ' }).first().waitFor({ timeout: 45_000 });
  const mutualSquiggle = await squiggleOnLine(page, `name: ${MUTUAL}`);
  const askSquiggle = await squiggleOnLine(page, 'I watched your RoboConf talk');

  // 1. The squiggles, the score lens above the message, and the hover of the squiggle in the message.
  await askSquiggle.hover({ force: true });
  const hover = page.locator('.monaco-editor .monaco-hover', { hasText: 'leech-motive' });
  await hover.waitFor({ state: 'visible', timeout: 10_000 });
  await page.locator('.monaco-hover', { hasText: 'Documentation for leech-motive' }).waitFor({ state: 'visible' });
  await save('hover.png', await editorClip(page, hover));

  // 2. The quick-fix menu on the squiggle under the mutual connection the message never names.
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden' });
  await mutualSquiggle.click({ force: true });
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: 'Insert mutual reference' });
  await item.waitFor({ timeout: 15_000 });
  if (!(await item.evaluate((el) => el.classList.contains('focused')))) throw new Error('"Insert mutual reference" is not the first (preferred) item');
  await save('quick-fix.png', await editorClip(page, menu));
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });

  // 3. The Problems panel, maximized: every template of the folder that has problems (only one is open).
  // Maximized first: with every example's problems listed, the rows of some files are below a half-height panel.
  await page.keyboard.press('Control+Shift+M');
  await runCommand(page, 'View: Toggle Maximized Panel');
  await page.locator('.part.editor').waitFor({ state: 'hidden' });
  for (const f of withProblems) await page.locator('.markers-panel .monaco-list-row', { hasText: f }).first().waitFor({ timeout: 30_000 });
  // No focus ring on a row, no tooltip under the mouse.
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 60);
  const panel = await box(page, '.part.panel');
  const rows = page.locator('.markers-panel .monaco-list-row');
  const rowBoxes = [];
  for (let i = 0; i < (await rows.count()); i++) rowBoxes.push(await rows.nth(i).boundingBox());
  const header = await box(page, '.part.panel .composite.title');
  await save('problems.png', around([header, ...rowBoxes], panel, 8));
  return written;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const missing = missingTools();
  if (missing) throw new SetupError(missing);
  const vsix = extensionVsix(opts.vsix, (m) => console.log(`screenshots: ${m}`));
  const d = makeRunDir('screenshots', { workspace: path.join(ROOT, 'examples'), settings: SETTINGS, keep: 2 });
  installExtensions(d, [vsix]);
  fs.mkdirSync(opts.out, { recursive: true });

  try {
    const written = await runInWorkbench(
      d,
      { name: 'screenshots', what: 'taking the screenshots', timeoutMs: opts.timeout * 1000, pageOptions: { viewport: VIEWPORT, deviceScaleFactor: 2, colorScheme: 'dark' } },
      (page) => pictures(page, opts.out),
    );
    for (const f of written) console.log(`screenshots: wrote ${path.relative(ROOT, f)} (${Math.round(fs.statSync(f).size / 1024)} KB)`);
    console.log(`screenshots: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`screenshots: failed: ${e.stack || e}\nscreenshots: logs and failure.png in ${path.relative(ROOT, d.dir)}/`);
    return 1;
  }
  fs.rmSync(d.dir, { recursive: true, force: true });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`screenshots: ${e instanceof SetupError ? e.message : e?.stack || e}`);
    process.exit(2);
  },
);
