// `--fix` never loses text: the write is atomic (a failure at any step leaves the original and no temporary
// file), a symlink stays a link, permissions stay, read-only files and folders are refused, a file saved by
// someone else while it was being fixed is not overwritten, and one failed file does not stop the run.
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixUntilStable, lint, resolveConfig } from '../../shared/src/index';
import { processFile, type ProcessOptions } from '../../server/src/cli/process-file';
import { writeAtomically } from '../../server/src/workspace/write-atomically';
import { ConfigResolver } from '../../server/src/workspace/config';
import { RecipientsLoader } from '../../server/src/workspace/recipients';
import type { LintHost } from '../../server/src/workspace/lint-file';

/** Failures injected into the file system calls the writer makes; each hook runs once, then removes itself. */
const faults = vi.hoisted(() => ({
  writeSync: undefined as ((real: (...a: unknown[]) => number, ...args: unknown[]) => number) | undefined,
  fsyncSync: undefined as (() => void) | undefined,
  renameSync: undefined as (() => void) | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const once = <K extends keyof typeof faults>(name: K) => {
    const hook = faults[name];
    faults[name] = undefined;
    return hook;
  };
  return {
    ...real,
    writeSync: (...args: unknown[]) => {
      const hook = once('writeSync');
      return hook ? hook(real.writeSync as (...a: unknown[]) => number, ...args) : (real.writeSync as (...a: unknown[]) => number)(...args);
    },
    fsyncSync: (fd: number) => {
      once('fsyncSync')?.();
      real.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      once('renameSync')?.();
      real.renameSync(from, to);
    },
  };
});

const MUTUAL = readFileSync(path.join(__dirname, '../lsp/fixtures/mutual-unnamed.outreach.md'), 'utf8');
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const FIX: ProcessOptions = { fix: 'write', quiet: false, cwd: '/' };

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** What --fix should write for `text` (the engine's own fix loop, default config). */
function fixed(text: string): string {
  return fixUntilStable(text, (t) => lint(t, { config: resolveConfig([]) }).findings, 10).text;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'outreach-fix-'));
  faults.writeSync = faults.fsyncSync = faults.renameSync = undefined;
});
afterEach(() => {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) chmodSync(path.join(entry.parentPath, entry.name), 0o755);
  }
  rmSync(dir, { recursive: true, force: true });
});

function host(): LintHost {
  return { configs: new ConfigResolver({ roots: [dir] }), recipients: new RecipientsLoader([dir]) };
}

function write(rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Every file in the folder, so a leftover temporary file shows. */
function listing(folder = dir): string[] {
  return readdirSync(folder).sort();
}

describe('--fix writes atomically', () => {
  it('writes the fixed text and leaves no temporary file', () => {
    expect(fixed(MUTUAL)).not.toBe(MUTUAL);
    const file = write('dana.outreach.md', MUTUAL);
    const out = processFile(file, host(), FIX);
    expect(readFileSync(file, 'utf8')).toBe(fixed(MUTUAL));
    expect(out.fixedCount).toBeGreaterThan(0);
    expect(out.diagnostics.map((d) => d.ruleId)).not.toContain('fix-not-written');
    expect(listing()).toEqual(['dana.outreach.md']);
  });

  const failures: [string, () => void][] = [
    [
      'the disk fills up half way through the write',
      () =>
        (faults.writeSync = (real, fd, data: unknown, offset: unknown, length: unknown) => {
          real(fd, data, offset, Math.floor((length as number) / 2));
          throw errnoError('ENOSPC', 'no space left on device, write');
        }),
    ],
    ['the flush to disk fails', () => (faults.fsyncSync = () => { throw errnoError('EIO', 'i/o error, fsync'); })],
    ['the rename over the original fails', () => (faults.renameSync = () => { throw errnoError('EXDEV', 'cross-device link not permitted, rename'); })],
  ];

  for (const [what, inject] of failures) {
    it(`when ${what}: the original is intact, nothing is left behind, the run goes on and says why`, () => {
      const first = write('a.outreach.md', MUTUAL);
      const second = write('b.outreach.md', MUTUAL);
      inject();
      const h = host();
      const outA = processFile(first, h, FIX);
      const outB = processFile(second, h, FIX);
      expect(readFileSync(first, 'utf8')).toBe(MUTUAL);
      expect(outA.diagnostics[0]).toMatchObject({ ruleId: 'fix-not-written', severity: 'error' });
      expect(outA.diagnostics[0]!.message).toMatch(/^Fixes not written, the file is unchanged: (ENOSPC|EIO|EXDEV)/);
      expect(outA.fixedCount).toBe(0);
      // The findings reported are those of the text in the file.
      expect(outA.diagnostics.slice(1).map((d) => d.ruleId)).toEqual(lint(MUTUAL, { config: resolveConfig([]) }).findings.map((f) => f.ruleId));
      // The next file is fixed as usual.
      expect(readFileSync(second, 'utf8')).toBe(fixed(MUTUAL));
      expect(outB.diagnostics.map((d) => d.ruleId)).not.toContain('fix-not-written');
      expect(listing()).toEqual(['a.outreach.md', 'b.outreach.md']);
    });
  }

  it('a file saved by someone else while it was being fixed is not overwritten', () => {
    const file = write('dana.outreach.md', MUTUAL);
    const saved = MUTUAL.replace('Best,', 'P.S. I will be at the robotics meetup on Thursday.\n\nBest,');
    const real = host();
    let lints = 0;
    // The editor saves the file after the fixes were computed from the text read, before they are written.
    const racing: LintHost = {
      recipients: real.recipients,
      configs: {
        forFile: (p: string) => {
          if (++lints === 2) writeFileSync(file, saved);
          return real.configs.forFile(p);
        },
      } as ConfigResolver,
    };
    const out = processFile(file, racing, FIX);
    expect(lints).toBeGreaterThan(1);
    expect(readFileSync(file, 'utf8')).toBe(saved);
    expect(out.diagnostics[0]!.message).toMatch(/changed on disk while it was being fixed/);
    expect(listing()).toEqual(['dana.outreach.md']);
  });

  it('follows a symlink: the link stays a link and the file it points at is fixed', () => {
    const target = write('shared/dana.outreach.md', MUTUAL);
    mkdirSync(path.join(dir, 'campaign'));
    const link = path.join(dir, 'campaign/dana.outreach.md');
    symlinkSync('../shared/dana.outreach.md', link);
    processFile(link, host(), FIX);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../shared/dana.outreach.md');
    expect(readFileSync(target, 'utf8')).toBe(fixed(MUTUAL));
    expect(listing(path.join(dir, 'campaign'))).toEqual(['dana.outreach.md']);
    expect(listing(path.join(dir, 'shared'))).toEqual(['dana.outreach.md']);
  });

  it('keeps the permission bits of the file', () => {
    for (const mode of [0o600, 0o640, 0o664, 0o755]) {
      const file = write(`m${mode.toString(8)}.outreach.md`, MUTUAL);
      chmodSync(file, mode);
      processFile(file, host(), FIX);
      expect(readFileSync(file, 'utf8')).toBe(fixed(MUTUAL));
      expect(statSync(file).mode & 0o7777).toBe(mode);
    }
  });

  it('writeAtomically refuses to write when the file no longer holds the expected bytes', () => {
    const file = write('x.outreach.md', 'old');
    expect(() => writeAtomically(file, 'new', Buffer.from('something else'))).toThrow(/changed on disk/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    writeAtomically(file, 'new', Buffer.from('old'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(listing()).toEqual(['x.outreach.md']);
  });
});

describe('--fix on read-only files and folders (the CLI as an unprivileged user)', () => {
  // Root may write anywhere, so as root the CLI runs as "nobody"; otherwise as the current user.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  function run(cwd: string, args: string[]) {
    return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...asUser });
  }

  it('in a read-only folder: exit 1, the file unchanged, nothing left behind, the other files fixed', () => {
    chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked');
    const open = path.join(dir, 'open');
    for (const folder of [locked, open]) {
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'dana.outreach.md'), MUTUAL);
      chmodSync(path.join(folder, 'dana.outreach.md'), 0o666);
      chmodSync(folder, 0o777);
    }
    chmodSync(locked, 0o555);
    const result = run(dir, ['--fix', '--format', 'json', 'locked/dana.outreach.md', 'open/dana.outreach.md']);
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { ruleId: string; message: string }[] }[] };
    const lockedReport = report.files.find((f) => f.path === 'locked/dana.outreach.md')!;
    expect(lockedReport.diagnostics[0]).toMatchObject({ ruleId: 'fix-not-written', message: expect.stringMatching(/EACCES/) });
    expect(readFileSync(path.join(locked, 'dana.outreach.md'), 'utf8')).toBe(MUTUAL);
    expect(listing(locked)).toEqual(['dana.outreach.md']);
    expect(readFileSync(path.join(open, 'dana.outreach.md'), 'utf8')).toBe(fixed(MUTUAL));
    expect(listing(open)).toEqual(['dana.outreach.md']);
  });

  it('a read-only file in a writable folder is refused, not replaced', () => {
    chmodSync(dir, 0o777);
    const file = path.join(dir, 'dana.outreach.md');
    writeFileSync(file, MUTUAL);
    chmodSync(file, 0o444);
    const result = run(dir, ['--fix', '--format', 'json', 'dana.outreach.md']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/fix-not-written.*EACCES/);
    expect(readFileSync(file, 'utf8')).toBe(MUTUAL);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(listing()).toEqual(['dana.outreach.md']);
  });
});
