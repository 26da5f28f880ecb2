#!/usr/bin/env node
// UI smoke test in real VS Code (code-server 4.100.3) driven through its UI with playwright-core and
// Debian Chromium, as a user would: open a template with Ctrl+P, see the squiggle, see the problem in
// the Problems panel (Ctrl+Shift+M), press Ctrl+. on the squiggle, find "Insert mutual reference",
// press Enter, save with Ctrl+S, and see the problem go. A screenshot is taken at each step.
//
//   npm run test:ui [-- --vsix PATH] [--skip-if-missing] [--timeout SEC]
//
// Screenshots and logs go to .e2e/ui-<time>-*/ (the newest five runs are kept). Everything is
// bound to 127.0.0.1; code-server runs in its own process group and is killed with it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SetupError, editorLine, extensionVsix, installExtensions, makeRunDir, missingTools, quickOpen, runInWorkbench, squiggleOnLine } from './code-server.mjs';

const FILE = 'mutual-unnamed.outreach.md';
const MUTUAL = 'Tomás Ferreira';
const INSERTED = 'We have a mutual connection in Tomás Ferreira: we rebuilt the billing service together at Ledgerline.';

function parseArgs(argv) {
  const o = { vsix: process.env.OUTREACH_VSIX || '', skipIfMissing: false, timeout: 150 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') o.vsix = argv[++i] ?? '';
    else if (a === '--skip-if-missing') o.skipIfMissing = true;
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else {
      console.error(`test:ui: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return o;
}

const steps = [];
function step(name) {
  steps.push({ name, ms: performance.now() });
  console.log(`  - ${name}`);
}

async function run(page, d) {
  const shot = async (name) => page.screenshot({ path: path.join(d.dir, `${String(steps.length).padStart(2, '0')}-${name}.png`) });

  step('open the template with Ctrl+P');
  await quickOpen(page, FILE);

  step('the squiggle under the mutual connection is visible');
  // The score lens goes in above the message when the server has answered: wait for it, so the lines
  // no longer move, then find the squiggle.
  await page.locator('.codelens-decoration', { hasText: 'Outreach 2/5: missing value, reference, introduction' }).waitFor({ timeout: 45_000 });
  const squiggle = await squiggleOnLine(page, `name: ${MUTUAL}`);
  await squiggle.waitFor({ state: 'visible' });
  await shot('squiggle');

  step('the Problems panel (Ctrl+Shift+M) lists the problem');
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: `${MUTUAL} is listed as a mutual connection` });
  await row.waitFor({ timeout: 20_000 });
  const rowText = (await row.textContent()) ?? '';
  if (!/mention-mutual/.test(rowText)) throw new Error(`the Problems row does not name the rule: ${rowText}`);
  await shot('problems');

  step('Ctrl+. on the squiggle offers "Insert mutual reference"');
  await squiggle.click({ force: true }); // the cursor into the diagnostic's range
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert mutual reference' });
  await item.waitFor({ timeout: 20_000 });
  // The preferred fix is focused first; move to it if another item has the focus.
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
  if (!(await item.evaluate((el) => el.classList.contains('focused')))) throw new Error('"Insert mutual reference" never got the focus');
  await shot('quick-fix-menu');

  step('Enter applies it');
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  await editorLine(page, INSERTED).waitFor({ timeout: 10_000 });
  const tab = page.locator('.tabs-container .tab.active', { hasText: FILE });
  await page.waitForFunction((el) => el.classList.contains('dirty'), await tab.elementHandle(), { timeout: 5_000 });
  await shot('applied');

  step('Ctrl+S saves, and the problem goes');
  await page.keyboard.press('Control+S');
  await page.waitForFunction((el) => !el.classList.contains('dirty'), await tab.elementHandle(), { timeout: 10_000 });
  await row.waitFor({ state: 'detached', timeout: 20_000 });
  const onDisk = fs.readFileSync(path.join(d.ws, FILE), 'utf8');
  if (!onDisk.includes(`follow your work.\n\n${INSERTED}`)) throw new Error(`the saved file lacks the reference:\n${onDisk}`);
  // The other problem of the file (give-value) is still listed: the panel shows the new lint, not an empty one.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'No offer found' }).first().waitFor({ timeout: 10_000 });
  // The score lens above the message counts the reference now.
  await page.locator('.codelens-decoration', { hasText: 'Outreach 3/5: missing value, introduction' }).waitFor({ timeout: 15_000 });
  await shot('saved');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const missing = missingTools();
  if (missing) {
    if (opts.skipIfMissing) {
      console.log(`test:ui: skipped: ${missing}`);
      return 0;
    }
    throw new SetupError(missing);
  }
  const vsix = extensionVsix(opts.vsix, (m) => console.log(`test:ui: ${m}`));
  const d = makeRunDir('ui', { workspace: path.join(ROOT, 'tests/e2e/vscode/workspace') });
  console.log(`test:ui: ${path.relative(ROOT, vsix)} in code-server; run dir ${path.relative(ROOT, d.dir)}`);
  installExtensions(d, [vsix]);

  let error = null;
  step('start code-server and open the workspace in the workbench');
  try {
    await runInWorkbench(d, { name: 'test:ui', what: 'the UI smoke test', timeoutMs: opts.timeout * 1000, pageOptions: { viewport: { width: 1280, height: 800 } } }, (page) =>
      run(page, d),
    );
  } catch (e) {
    error = e;
  }

  const total = performance.now() - t0;
  const timing = steps.map((s, i) => `${s.name.split(' ').slice(0, 3).join(' ')} ${(((steps[i + 1]?.ms ?? performance.now()) - s.ms) / 1000).toFixed(1)}s`);
  console.log(`timing: ${timing.join(', ')}; total ${(total / 1000).toFixed(1)}s`);
  if (error) {
    console.log(`\ntest:ui: FAILED at "${steps.at(-1)?.name}": ${error.stack || error}`);
    console.log(`test:ui: logs and screenshots in ${path.relative(ROOT, d.dir)}/`);
    console.log('\nui: 0 passed, 1 failed');
    return 1;
  }
  const shots = fs.readdirSync(d.dir).filter((f) => f.endsWith('.png'));
  console.log(`\nui: 1 passed, 0 failed (${shots.length} screenshots in ${path.relative(ROOT, d.dir)}/)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`test:ui: ${e instanceof SetupError ? e.message : e?.stack || e}`);
    process.exit(2);
  },
);
