// The standard @vscode/test-electron launcher, for machines where desktop VS Code can be downloaded
// (not this one: update.code.visualstudio.com is unreachable here; use `npm run test:vscode`, which runs
// the same suite in code-server). Bundled by scripts/run-vscode-tests.mjs to dist/test/vscode/electron.js:
//
//   npm run build && node scripts/run-vscode-tests.mjs --build-only && node dist/test/vscode/electron.js
//   (or: npm run test:vscode:electron)
//
// The extension is loaded from the source tree (extensionDevelopmentPath = the repository root, so
// `npm run build` must have produced dist/client.js and dist/server.js); the suite is dist/test/vscode/index.js.
// Environment: VSCODE_VERSION (default "stable"), VSCODE_EXECUTABLE (use an installed VS Code),
// E2E_GREP (mocha grep). Mocha 12 needs require(esm): VS Code builds on Node >= 20.19 / 22.12 (VS Code >= 1.101).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../../..'); // dist/test/vscode -> repository root
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-lint-vscode-'));
  const ws = path.join(tmp, 'workspace');
  const user = path.join(tmp, 'user');
  fs.cpSync(path.join(root, 'tests/e2e/vscode/workspace'), ws, { recursive: true });
  fs.mkdirSync(path.join(user, 'User'), { recursive: true });
  fs.copyFileSync(path.join(root, 'tests/e2e/vscode/user-settings.json'), path.join(user, 'User/settings.json'));
  try {
    await runTests({
      ...(process.env.VSCODE_EXECUTABLE
        ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE }
        : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [ws, '--disable-extensions', `--user-data-dir=${user}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
      extensionTestsEnv: process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {},
    });
    return 0;
  } catch (e) {
    console.error(`VS Code tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
