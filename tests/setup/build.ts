import { execFileSync } from 'node:child_process';

/** Builds the bundles once before any test that spawns dist/cli.js or dist/server.js. */
export default function setup(): void {
  execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
}
