#!/usr/bin/env node
// Measures the language server over stdio (a benchmark, not a test; numbers go in notes, not asserts).
//
//   node tests/lsp/latency.mjs                 didChange -> diagnostics for a ~2 KB message, push and pull
//   node tests/lsp/latency.mjs --workspace N   also: first full workspace problem list of N templates, and
//                                              the open file's edit -> diagnostics latency while that scan runs
//                                              (--no-typing: the scan alone; OUTREACH_LINT_NO_WORKER=1: no worker)
//
// Needs dist/server.js (npm run build) and bench/generate.mjs (the seeded corpus generator).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const args = process.argv.slice(2);
const EDITS = Number(args[args.indexOf('--edits') + 1]) || 200;
const WORKSPACE = args.includes('--workspace') ? Number(args[args.indexOf('--workspace') + 1]) || 10_000 : 0;

function start(pull, folder) {
  const child = spawn(process.execPath, [...(process.env.LATENCY_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LATENCY_PROFILE}`] : []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    const w = waiters.get(`${p.uri}#${p.version}`);
    if (w) w();
  });
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.onRequest(rpc.DiagnosticRefreshRequest.type, () => undefined);
  connection.listen();
  const init = connection
    .sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] : [],
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, ...(pull ? { diagnostic: {} } : {}) },
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    })
    .then(() => connection.sendNotification(rpc.InitializedNotification.type, {}));
  const published = (uri, version) => new Promise((resolve) => waiters.set(`${uri}#${version}`, resolve));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    await Promise.race([connection.sendRequest(rpc.ShutdownRequest.type).then(() => connection.sendNotification(rpc.ExitNotification.type)), exited]);
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  };
  return { connection, init, published, stop };
}

/** Typing at the end of the last body line: insert a character, then delete it, so the size stays ~2 KB. */
async function editLoop(server, uri, text, pull, count, until) {
  const lines = text.split('\n');
  const line = lines.length - 4;
  const base = lines[line].length;
  const times = [];
  let version = 1;
  for (let i = 0; count ? i < count : !until(); i++) {
    version++;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: { line, character: base }, end: { line, character: base } }, text: 'x' }
      : { range: { start: { line, character: base }, end: { line, character: base + 1 } }, text: '' };
    const t0 = process.hrtime.bigint();
    if (pull) {
      await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      await server.connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
    } else {
      const done = server.published(uri, version);
      await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      await done;
    }
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), max: +s[s.length - 1].toFixed(2) };
}

const message = execFileSync(process.execPath, [path.join(ROOT, 'bench/generate.mjs'), '--size', '2048', '--single', '--seed', '1'], { encoding: 'utf8' });
const uri = pathToFileURL(path.join(ROOT, '.cache/latency/message.outreach.md')).toString();
console.log(`message: ${message.length} characters`);

for (const pull of [false, true]) {
  const server = start(pull);
  await server.init;
  const opened = server.published(uri, 1);
  await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'outreach', version: 1, text: message } });
  if (!pull) await opened;
  await editLoop(server, uri, message, pull, 20); // warm-up
  const times = await editLoop(server, uri, message, pull, EDITS);
  console.log(`${pull ? 'pull (didChange + textDocument/diagnostic)' : 'push (didChange -> publishDiagnostics)'}:`, stats(times));
  await server.stop();
}

if (WORKSPACE > 0) {
  const dir = path.join(ROOT, `.cache/latency/ws-${WORKSPACE}`);
  if (!existsSync(dir)) {
    mkdirSync(path.dirname(dir), { recursive: true });
    execFileSync(process.execPath, [path.join(ROOT, 'bench/generate.mjs'), '--n', String(WORKSPACE), '--out', dir, '--seed', '1'], { stdio: 'inherit' });
  }
  const server = start(true, dir);
  const t0 = performance.now();
  await server.init;
  const openUri = pathToFileURL(path.join(dir, 'typing.outreach.md')).toString();
  await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: openUri, languageId: 'outreach', version: 1, text: message } });
  // As VS Code does: a partial result token, so the list streams in while the scan runs.
  const seen = new Set();
  let firstItems = 0;
  server.connection.onProgress(rpc.WorkspaceDiagnosticRequest.partialResult, 'scan', (p) => {
    firstItems ||= performance.now() - t0;
    for (const item of p.items) seen.add(item.uri);
  });
  const whole = server.connection.sendRequest(rpc.WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken: 'scan' }).then((r) => {
    for (const item of r.items) seen.add(item.uri);
    return performance.now() - t0;
  });
  let doneAt = 0;
  whole.then((t) => (doneAt = t));
  // --no-typing: the scan alone; otherwise an edit + pull loop on the open file for as long as it runs.
  const during = args.includes('--no-typing') ? (await whole, []) : await editLoop(server, openUri, message, true, 0, () => doneAt > 0);
  console.log(`workspace of ${WORKSPACE}: first results ${firstItems.toFixed(0)} ms, full problem list (${seen.size} files) ${(await whole).toFixed(0)} ms after start`);
  if (during.length > 0) console.log('open file while scanning (didChange + pull):', stats(during));
  await server.stop();
  if (args.includes('--clean')) rmSync(dir, { recursive: true, force: true });
}
