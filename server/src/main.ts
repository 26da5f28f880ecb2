// The language server's entry point. The transport comes from the command line: `--node-ipc` when
// VS Code starts it, `--stdio` for every other editor (also `--socket=PORT`, `--pipe=NAME`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
