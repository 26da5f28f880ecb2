// A real editor end to end: headless Neovim from Debian runs dist/server.js over stdio (see e2e.lua).
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const hasNvim = spawnSync('nvim', ['--version']).status === 0;
const SERVER_JS = path.resolve(__dirname, '../../../dist/server.js');

describe.skipIf(!hasNvim)('Neovim (headless, push diagnostics over stdio)', () => {
  it('shows the mention-mutual diagnostic, applies "Insert mutual reference", writes, and the diagnostic goes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outreach-nvim-'));
    try {
      const file = path.join(dir, 'dana.outreach.md');
      copyFileSync(path.join(__dirname, 'dana.outreach.md'), file);
      const before = readFileSync(file, 'utf8');
      expect(before).toMatch(/mutual:\n {2}- name: Sam Ortiz/);
      expect(before.split('---').slice(2).join('---')).not.toContain('Sam Ortiz');

      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(
          'nvim',
          ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(__dirname, 'e2e.lua')}`, '--', 'dana.outreach.md'],
          { cwd: dir, env: { ...process.env, SERVER_JS }, timeout: 30_000 },
          (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
        child.stdin?.end();
      });
      expect(stdout, stderr).toContain('PASS');
      expect(code).toBe(0);
      expect(stdout).toMatch(/DIAGNOSTIC \d+ Sam Ortiz is listed as a mutual connection/);
      expect(stdout).toContain('ACTION Insert mutual reference preferred');

      const after = readFileSync(file, 'utf8');
      expect(after).toContain('Sam Ortiz, my former teammate at Initech');
      // The fix only inserted: the rest of the file is as it was.
      expect(after.replace(/\n*We have a mutual connection in Sam Ortiz, my former teammate at Initech\./, '')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
