// Bundles the three entry points: the extension client, the language server and the CLI.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
const minify = process.argv.includes('--minify');

await Promise.all([
  build({ ...common, minify, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, minify, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, minify, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
