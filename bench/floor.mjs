#!/usr/bin/env node
// The read floor: what Node does merely reading the files and running a handful of regexes.
// It is the anchor Outreach Lint's CLI is compared with ("within 3x of the floor").
//
//   node bench/floor.mjs DIR [--json] [--yaml]
//
// --yaml also parses each front matter with the `yaml` package (the "floor + yaml" anchor).
// The walk is a plain recursive readdir (skipping node_modules and dot-folders), every
// *.outreach.md is read with readFileSync, and 11 precompiled regexes roughly shaped like the
// linter's signals are run over it. No config, no rules, no output per file.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const FLOOR_PATTERNS = [
  /^---\r?\n[\s\S]*?\r?\n---\r?\n/, // front matter block
  /\{\{\s*[\w.]+\s*\}\}/g, // {{placeholders}}
  /\[[A-Z][^\]\n]{0,30}\]|<[A-Z][A-Za-z ]{0,20}>|\{[a-z_]+\}|\bX{3,}\b|_{4,}/g, // other placeholders
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon))\b/im, // greeting
  /\b(?:let'?s connect|join your (?:linkedin )?network|add you to my (?:professional )?network)\b/gi, // stock text
  /\b(?:because|the reason|i'?m (?:writing|reaching out|getting in touch|contacting you)|i'?d like to connect since)\b/gi, // reason
  /\b(?:your (?:post|talk|blog|answer|thread|newsletter|comment)|we both|fellow|alum)\b/gi, // personal
  /\b(?:happy to|glad to|i can (?:send|share|introduce)|in return|i could)\b/gi, // value
  /\b(?:introduc(?:e|tion)|connect us|warm intro)\b/gi, // introduction
  /\b(?:open networker|lion|grow my network|500\+|expand my network)\b/gi, // collector
  /\b(?:refer me|endorse me|recommendation|résumé|resume|hiring manager|put in a good word)\b/gi, // leech
];

/** Run the floor's regexes over one text; returns the number of matches. */
export function floorScan(text) {
  let hits = 0;
  for (const re of FLOOR_PATTERNS) {
    if (re.global) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) hits++;
    } else if (re.test(text)) hits++;
  }
  return hits;
}

/** Every *.outreach.md under dir (recursive readdir; skips node_modules and dot-folders). */
export function listOutreachFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      listOutreachFiles(path.join(dir, e.name), out);
    } else if (e.name.endsWith('.outreach.md')) {
      out.push(path.join(dir, e.name));
    }
  }
  return out;
}

/** Read and scan every file; returns { files, bytes, hits, yamlErrors, ms }. */
export async function runFloor(dir, { yaml = false } = {}) {
  const t0 = performance.now();
  let parse = null;
  if (yaml) {
    const YAML = await import('yaml');
    parse = (src) => YAML.parseDocument(src).errors.length;
  }
  const files = listOutreachFiles(dir);
  let bytes = 0, hits = 0, yamlErrors = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    bytes += text.length;
    hits += floorScan(text);
    if (parse) {
      const m = FLOOR_PATTERNS[0].exec(text);
      if (m) yamlErrors += parse(m[0].replace(/^---\r?\n|---\r?\n$/g, '')) ? 1 : 0;
    }
  }
  return { files: files.length, bytes, hits, yamlErrors, ms: performance.now() - t0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: node bench/floor.mjs DIR [--json] [--yaml]');
    process.exit(2);
  }
  const r = await runFloor(dir, { yaml: args.includes('--yaml') });
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else {
    console.log(`floor${args.includes('--yaml') ? '+yaml' : ''}: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, ` +
      `${r.hits} matches${args.includes('--yaml') ? `, ${r.yamlErrors} YAML errors` : ''} in ${(r.ms / 1000).toFixed(3)} s ` +
      `(${((r.ms * 1000) / Math.max(1, r.files)).toFixed(1)} µs/file)`);
  }
}
