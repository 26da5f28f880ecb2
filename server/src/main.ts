// The language server's entry point. The transport comes from the command line: `--node-ipc` when
// VS Code starts it, `--stdio` for every other editor (also `--socket=PORT`, `--pipe=NAME`).
// The same bundle runs as the workspace scan worker when started as a worker thread.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isScanWorker, runScanWorker } from './lsp/scan-worker.js';
import { startServer } from './server.js';

if (isScanWorker()) {
  runScanWorker();
} else {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}
