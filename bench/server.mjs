#!/usr/bin/env node
// The language server over stdio, as an editor drives it (a benchmark: nothing here asserts a time).
//
//   node bench/server.mjs [--edits 300] [--workspace DIR] [--seed 1] [--json]
//
// 1. Typing: a ~2 KB message (bench/generate.mjs) is opened, then edited --edits times (a letter
//    typed, then deleted, at the end of a body line, so the size stays put); each edit's time from
//    sending didChange to having the diagnostics for that version:
//      pull client   didChange, then textDocument/diagnostic (what VS Code does), until the answer;
//      push client   didChange, until publishDiagnostics for that version arrives (Neovim and most editors).
// 2. Workspace (with --workspace DIR): a server started on a folder of unopened templates;
//      pull client   workspace/diagnostic with a partial result token (VS Code streams it in), time from
//                    spawning the server until the request completes with every file reported;
//      push client   time until every file that has problems was published (the set of files the pull
//                    run reported with problems);
//    both with the server's peak RSS (VmHWM of the process, worker thread included) and the open file's
//    edit -> diagnostics latency while the scan runs (the same edit loop, for as long as it runs).
// The server is spawned detached (its own process group, killed by pgid at the end); it speaks stdio only.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node';
import { singleMessage } from './generate.mjs';
import { stats } from './lib.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const SERVER = path.join(ROOT, 'dist', 'server.js');

function readStatus(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? NaN);
    return { hwmKB: kb('VmHWM'), rssKB: kb('VmRSS') };
  } catch {
    return { hwmKB: NaN, rssKB: NaN };
  }
}

function within(ms, promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`server bench: ${what} took over ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** Starts dist/server.js --stdio as a pull or push client; resolves once initialized. */
export async function startServer({ pull, folder, server = SERVER, env, initializationOptions }) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [server, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => { if (stderr.length < 20_000) stderr += d; });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  const publishListeners = new Set();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
    for (const l of publishListeners) l(p);
    const key = `${p.uri}#${p.version}`;
    const w = waiters.get(key);
    if (w) { waiters.delete(key); w(p); }
  });
  connection.onNotification(() => undefined); // log messages and the like
  connection.onRequest(rpc.RegistrationRequest.type, () => undefined);
  connection.onRequest(rpc.DiagnosticRefreshRequest.type, () => undefined);
  connection.onRequest(rpc.WorkDoneProgressCreateRequest.type, () => undefined);
  connection.listen();
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const folderUri = folder ? pathToFileURL(folder).toString() : null;
  await within(30_000, Promise.race([
    connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: folder ? [{ uri: folderUri, name: path.basename(folder) }] : [],
      ...(initializationOptions ? { initializationOptions } : {}),
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true },
          ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
      },
    }),
    exited.then(({ code }) => { throw new Error(`server exited (${code}) during initialize:\n${stderr.slice(-800)}`); }),
  ]), 'initialize');
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  const readyMs = performance.now() - t0;
  return {
    child, connection, t0, readyMs, pull,
    status: () => readStatus(child.pid),
    published: (uri, version) => new Promise((resolve) => waiters.set(`${uri}#${version}`, resolve)),
    onPublish(listener) { publishListeners.add(listener); return () => publishListeners.delete(listener); },
    stderr: () => stderr,
    async stop() {
      const status = readStatus(child.pid);
      try {
        await within(5000, connection.sendRequest(rpc.ShutdownRequest.type), 'shutdown');
        await connection.sendNotification(rpc.ExitNotification.type);
        await within(5000, exited, 'exit');
      } catch {
        /* killed below */
      }
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone already */ }
      connection.dispose();
      return status;
    },
  };
}

/** Opens a message (and waits for its first diagnostics). */
async function open(server, uri, text) {
  const first = server.pull ? null : server.published(uri, 1);
  await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'outreach', version: 1, text } });
  if (first) await within(30_000, first, 'first publishDiagnostics');
  else await server.connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } });
}

/**
 * Types and deletes one letter at the end of a body line, `count` times (or until `until()`), timing
 * didChange -> diagnostics of that version. Returns per-edit milliseconds and the diagnostics count seen.
 */
async function editLoop(server, uri, text, state, { count = 0, until }) {
  const lines = text.split('\n');
  let line = lines.length - 2;
  while (line > 0 && lines[line].trim() === '') line--;
  line = Math.max(0, line - 3);
  const at = lines[line].length;
  const times = [];
  let items = 0;
  for (let i = 0; count ? i < count : !until(); i++) {
    const version = ++state.version;
    const typing = state.version % 2 === 0;
    const change = typing
      ? { range: { start: { line, character: at }, end: { line, character: at } }, text: 'x' }
      : { range: { start: { line, character: at }, end: { line, character: at + 1 } }, text: '' };
    const t0 = performance.now();
    if (server.pull) {
      await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      const r = await within(30_000, server.connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'textDocument/diagnostic');
      items = r.items?.length ?? items;
    } else {
      const done = server.published(uri, version);
      await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
      items = (await within(30_000, done, 'publishDiagnostics')).diagnostics.length;
    }
    times.push(performance.now() - t0);
  }
  return { times, items };
}

const ms = (x) => +x.toFixed(3);
const short = (s) => ({ n: s.n, median: ms(s.median), p95: ms(s.p95), p99: ms(s.p99), max: ms(s.max) });

/** didChange -> diagnostics for one ~2 KB message, pull and push. */
export async function benchTyping({ edits = 300, warmup = 30, seed = 1, server } = {}) {
  const text = singleMessage(2048, seed);
  const uri = pathToFileURL(path.join(ROOT, 'bench', '.cache', 'typing', 'message.outreach.md')).toString();
  const out = { chars: text.length, edits };
  for (const pull of [true, false]) {
    const s = await startServer({ pull, server });
    try {
      await open(s, uri, text);
      const state = { version: 1 };
      await editLoop(s, uri, text, state, { count: warmup });
      const { times, items } = await editLoop(s, uri, text, state, { count: edits });
      out[pull ? 'pull' : 'push'] = { ...short(stats(times)), diagnostics: items, startMs: Math.round(s.readyMs) };
    } finally {
      const st = await s.stop();
      out[pull ? 'pull' : 'push'].rssKB = st.rssKB;
    }
  }
  return out;
}

/**
 * A workspace of unopened templates: time to the full problem list, peak RSS, and the open file's
 * latency while the scan runs; for a pull client, then a push client.
 */
export async function benchWorkspace(folder, { files, seed = 1, server, typing = true, timeoutMs = 300_000, cacheLocation, push = true } = {}) {
  const initializationOptions = cacheLocation ? { cacheLocation } : undefined;
  const text = singleMessage(2048, seed);
  // The open file is not on disk: it is the one being typed in, apart from the scanned ones.
  const openUri = pathToFileURL(path.join(folder, '__typing__.outreach.md')).toString();
  const out = { folder: path.relative(ROOT, folder), files };
  let withProblems = null;

  // pull: workspace/diagnostic streamed with a partial result token, as VS Code asks for it
  {
    const s = await startServer({ pull: true, folder, server, initializationOptions });
    let peak = 0;
    const poll = setInterval(() => { peak = Math.max(peak, s.status().hwmKB || 0); }, 20);
    try {
      await open(s, openUri, text);
      const seen = new Map();
      let firstMs = 0;
      const token = 'bench-workspace';
      s.connection.onProgress(rpc.WorkspaceDiagnosticRequest.partialResult, token, (p) => {
        firstMs ||= performance.now() - s.t0;
        for (const item of p.items) seen.set(item.uri, item.items.length);
      });
      const asked = performance.now();
      let doneMs = 0;
      const whole = s.connection.sendRequest(rpc.WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken: token }).then((r) => {
        for (const item of r.items) seen.set(item.uri, item.items.length);
        doneMs = performance.now() - s.t0;
        return performance.now() - asked;
      });
      const state = { version: 1 };
      const during = typing ? await editLoop(s, openUri, text, state, { until: () => doneMs > 0 }) : { times: [] };
      const requestMs = await within(timeoutMs, whole, 'workspace/diagnostic');
      peak = Math.max(peak, s.status().hwmKB || 0);
      withProblems = new Set([...seen].filter(([, n]) => n > 0).map(([u]) => u));
      out.pull = {
        reported: seen.size, withProblems: withProblems.size,
        fullListMs: Math.round(doneMs), requestMs: Math.round(requestMs), firstItemsMs: Math.round(firstMs), startMs: Math.round(s.readyMs),
        during: during.times.length ? short(stats(during.times)) : null,
      };
    } finally {
      clearInterval(poll);
      const st = await s.stop();
      out.pull.peakRssKB = Math.max(peak, st.hwmKB || 0);
    }
  }

  // push: publishDiagnostics for every file with problems (files without any are not sent)
  if (push) {
    const s = await startServer({ pull: false, folder, server, initializationOptions });
    let peak = 0;
    const poll = setInterval(() => { peak = Math.max(peak, s.status().hwmKB || 0); }, 20);
    const published = new Set();
    let doneMs = 0;
    let resolveAll;
    const all = new Promise((resolve) => (resolveAll = resolve));
    const off = s.onPublish((p) => {
      if (p.uri === openUri || !withProblems.has(p.uri) || published.has(p.uri)) return;
      published.add(p.uri);
      if (published.size === withProblems.size) { doneMs = performance.now() - s.t0; resolveAll(); }
    });
    try {
      if (withProblems.size === 0) { doneMs = performance.now() - s.t0; resolveAll(); }
      await open(s, openUri, text);
      const state = { version: 1 };
      const during = typing ? await editLoop(s, openUri, text, state, { until: () => doneMs > 0 }) : { times: [] };
      await within(timeoutMs, all, 'push of every file with problems');
      peak = Math.max(peak, s.status().hwmKB || 0);
      out.push = {
        published: published.size, fullListMs: Math.round(doneMs), startMs: Math.round(s.readyMs),
        during: during.times.length ? short(stats(during.times)) : null,
      };
    } finally {
      off();
      clearInterval(poll);
      const st = await s.stop();
      if (out.push) out.push.peakRssKB = Math.max(peak, st.hwmKB || 0);
    }
  }
  return out;
}

/**
 * The pull run again with the scan cache (`initializationOptions.cacheLocation`, as the VS Code client sets it):
 * a first session scans and writes the cache at shutdown, then a second one, on the same unchanged files, is
 * measured (reopening a workspace).
 */
export async function benchWorkspaceCached(folder, { files, seed = 1, server, cacheLocation, timeoutMs = 300_000 } = {}) {
  fs.rmSync(cacheLocation, { force: true });
  await benchWorkspace(folder, { files, seed, server, typing: false, push: false, cacheLocation, timeoutMs });
  if (!fs.existsSync(cacheLocation)) throw new Error(`the first session wrote no scan cache at ${cacheLocation}`);
  const out = await benchWorkspace(folder, { files, seed, server, push: false, cacheLocation, timeoutMs });
  return { ...out, cacheBytes: fs.statSync(cacheLocation).size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  if (!fs.existsSync(SERVER)) {
    console.error('bench/server.mjs: dist/server.js is missing (npm run build)');
    process.exit(2);
  }
  const result = { typing: null, workspace: null };
  if (!args.includes('--no-typing')) result.typing = await benchTyping({ edits: Number(opt('--edits', 300)), seed: Number(opt('--seed', 1)) });
  const ws = opt('--workspace', null);
  if (ws) {
    const dir = path.resolve(ws);
    const files = Number(opt('--files', NaN));
    result.workspace = await benchWorkspace(dir, { files, seed: Number(opt('--seed', 1)) });
  }
  console.log(args.includes('--json') ? JSON.stringify(result) : JSON.stringify(result, null, 2));
}
