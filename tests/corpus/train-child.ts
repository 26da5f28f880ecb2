// Training takes about half a minute of CPU. A test that trained in its own worker would block that worker's event
// loop, and vitest's worker reports its progress over that loop: past 60 s blocked it fails the run with "Timeout
// calling onTaskUpdate" (vitest-dev/vitest#6479). So the tests run the trainer (bundled by tests/setup/build.ts from
// train-main.ts, the same code `npm run train` runs) in a child process and wait for it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
export const TRAINER_BUNDLE = path.join(ROOT, '.cache', 'train-test.cjs');

/** What the trainer writes: the module `npm run train` would write and/or each tuning message's probabilities. */
export async function trainInChild(want: { module?: boolean; predictions?: boolean }): Promise<{ module?: string; predictions?: (number[] | null)[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'outreach-train-'));
  try {
    const args = [TRAINER_BUNDLE];
    if (want.module) args.push('--module', path.join(dir, 'model.ts'));
    if (want.predictions) args.push('--predictions', path.join(dir, 'predictions.json'));
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 20 });
    return {
      module: want.module ? readFileSync(path.join(dir, 'model.ts'), 'utf8') : undefined,
      predictions: want.predictions ? JSON.parse(readFileSync(path.join(dir, 'predictions.json'), 'utf8')) : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
