// Bundles the three entry points: the extension client, the language server and the CLI.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it is this file's URL.
const importMetaShim = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { OUTREACH_LINT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaShim },
};
const minify = process.argv.includes('--minify');

await Promise.all([
  build({ ...common, minify, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, minify, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, minify, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaShim}` } }),
]);
