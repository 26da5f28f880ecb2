// The language server's entry point. The transport comes from the command line: `--node-ipc` when
// VS Code starts it, `--stdio` for every other editor (also `--socket=PORT`, `--pipe=NAME`).
// The same bundle runs as the workspace scan worker when started as a worker thread.
import './v8-flags.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isScanWorker, runScanWorker } from './lsp/scan-worker.js';
import { ResyncingFramer } from './lsp/stdio-framing.js';
import { startServer } from './server.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}

/**
 * Over stdio the input goes through a framer that drops malformed frames, so one wrong Content-Length
 * does not stop the server from reading every later message. stdout carries the protocol, so console
 * output goes to stderr (as vscode-languageserver does for `--stdio`).
 */
function stdioConnection() {
  const toStderr = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  console.log = console.info = console.warn = console.debug = toStderr;
  const input = process.stdin.pipe(new ResyncingFramer((message) => process.stderr.write(`[outreach-lint] ${message}\n`)));
  return createConnection(ProposedFeatures.all, input, process.stdout);
}
