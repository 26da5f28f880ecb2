import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { TRAINER_BUNDLE } from '../corpus/train-child.js';

/**
 * Builds the bundles once before any test that spawns dist/cli.js or dist/server.js, and the trainer the model's tests
 * run in a child process (tests/corpus/train-child.ts).
 */
export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
  await build({
    entryPoints: ['tests/corpus/train-main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    outfile: TRAINER_BUNDLE,
  });
}
