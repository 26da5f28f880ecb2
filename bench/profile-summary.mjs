#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time and by
// inclusive (total) time, with their share of all samples.
//
//   node bench/profile-summary.mjs FILE.cpuprofile [--top 30] [--filter TEXT] [--json]
//
// --filter keeps only functions whose location contains TEXT (e.g. "signals/") in the self-time
// list; the shares stay shares of the whole profile. Source locations are those of the bundle
// (use a bundle with a source map and the function names, which esbuild keeps).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** { self: [{ key, name, url, line, ms, pct }], total: [...], totalMs } */
export function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas;
  const selfUs = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const d = deltas[i + 1] ?? 0; // time until the next sample is attributed to this one
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + d);
    total += d;
  }
  const keyOf = (n) => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, us] of selfUs) {
    const n = nodes.get(id);
    const k = keyOf(n);
    self.set(k, (self.get(k) ?? 0) + us);
    // inclusive: every distinct function on the stack gets the sample once
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = keyOf(nodes.get(cur));
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + us);
    }
  }
  const list = (m) => [...m].map(([key, us]) => ({ key, ms: us / 1000, pct: (100 * us) / total })).sort((a, b) => b.ms - a.ms);
  return { self: list(self), total: list(incl), totalMs: total / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--top' && args[args.indexOf(a) - 1] !== '--filter');
  if (!file) {
    console.error('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N] [--filter TEXT] [--json]');
    process.exit(2);
  }
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : null;
  const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')));
  const pick = (l) => (filter ? l.filter((x) => x.key.includes(filter)) : l).slice(0, top);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ totalMs: s.totalMs, self: pick(s.self), total: pick(s.total) }, null, 2));
  } else {
    const line = (x) => `${x.ms.toFixed(1).padStart(9)} ms ${x.pct.toFixed(1).padStart(5)} %  ${x.key}`;
    console.log(`profile: ${s.totalMs.toFixed(0)} ms sampled\n\nself time:`);
    for (const x of pick(s.self)) console.log(line(x));
    console.log('\ntotal (inclusive) time:');
    for (const x of pick(s.total)) console.log(line(x));
  }
}
