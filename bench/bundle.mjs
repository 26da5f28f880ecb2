// Bundles for the benchmarks, cached in bench/.cache/ (git-ignored) and rebuilt only when a source
// file is newer than the bundle:
//   - the engine (shared/src/index.ts) as one ES module, so a bench can import it without TypeScript;
//   - an unminified CLI (server/src/cli.ts) for readable `--cpu-prof` profiles (dist/cli.js may be minified).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
export const CACHE = path.join(BENCH, '.cache');

function newestMtime(dirs) {
  let newest = 0;
  const walk = (d) => {
    let entries;
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of dirs) walk(d);
  return newest;
}

async function buildIfStale(outfile, sources, options) {
  const have = fs.existsSync(outfile) ? fs.statSync(outfile).mtimeMs : 0;
  if (have && have >= newestMtime(sources)) return { outfile, built: false };
  const { build } = await import('esbuild');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await build({ bundle: true, logLevel: 'warning', absWorkingDir: ROOT, outfile, ...options });
  return { outfile, built: true };
}

/** shared/src/index.ts -> bench/.cache/engine.mjs (ESM, no minification, so profiles keep names). */
export function buildEngine() {
  return buildIfStale(path.join(CACHE, 'engine.mjs'), [path.join(ROOT, 'shared', 'src')], {
    entryPoints: [path.join(ROOT, 'shared', 'src', 'index.ts')],
    platform: 'neutral',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    sourcemap: true,
  });
}

/** server/src/cli.ts -> bench/.cache/cli.cjs, built like dist/cli.js but never minified. */
export function buildProfilingCli() {
  return buildIfStale(path.join(CACHE, 'cli.cjs'), [path.join(ROOT, 'shared', 'src'), path.join(ROOT, 'server', 'src')], {
    entryPoints: [path.join(ROOT, 'server', 'src', 'cli.ts')],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    sourcemap: true,
    define: { OUTREACH_LINT_VERSION: '"bench"', 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
}

/** Any TypeScript module of the repository -> bench/.cache/<name>.mjs (for checks that need internals). */
export function buildModule(entry, name) {
  return buildIfStale(path.join(CACHE, `${name}.mjs`), [path.join(ROOT, 'shared', 'src')], {
    entryPoints: [path.join(ROOT, entry)],
    platform: 'neutral',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
  });
}
