// Regenerates the files derived from rule metadata: the config JSON Schema, the README rules table
// and the editor setting for rule severities. `npm run generate`; tests/generated.test.ts fails on drift.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const out = path.resolve('.cache/generated.cjs');
mkdirSync(path.dirname(out), { recursive: true });
await build({ entryPoints: ['scripts/generated-sources.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning', mainFields: ['module', 'main'] });
const { generatedFiles } = createRequire(import.meta.url)(out);
for (const { file, update } of generatedFiles()) {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = update(before);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`updated ${file}`);
  }
}
