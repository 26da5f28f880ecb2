import type { Edit, Finding } from './types.js';

/** Applies edits that do not overlap (later overlapping ones are skipped); returns the text and how many applied. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  let lastInsertAt = -1;
  for (const e of sorted) {
    // Overlap, or two insertions at one point (their order would be a guess): skip, a later pass takes it.
    if (e.span.start < pos || (e.span.start === e.span.end && e.span.start === lastInsertAt)) {
      skipped++;
      continue;
    }
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
    if (e.span.start === e.span.end) lastInsertAt = e.span.start;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/** Applies the safe fix of every finding that has one, each fix whole or not at all. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: number } {
  let out = '';
  let pos = 0;
  let fixed = 0;
  const fixes = findings
    .flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []))
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.span.start)), end: Math.max(...fix.edits.map((e) => e.span.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const { fix, start, end } of fixes) {
    if (start < pos || (start === pos && fixed > 0 && start === end)) continue;
    const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
    for (const e of edits) {
      out += text.slice(pos, e.span.start) + e.newText;
      pos = e.span.end;
    }
    fixed++;
  }
  return { text: out + text.slice(pos), fixed };
}

/** Lints, fixes and re-lints until nothing more is fixable (at most `passes` times), as ESLint does. */
export function fixUntilStable(
  text: string,
  lintText: (text: string) => readonly Finding[],
  passes = 10,
  initial?: readonly Finding[],
): { text: string; fixed: number; findings: readonly Finding[] } {
  let current = text;
  let total = 0;
  let findings = initial ?? lintText(current);
  for (let i = 0; i < passes; i++) {
    const { text: next, fixed } = applyFixes(current, findings);
    if (fixed === 0 || next === current) break;
    total += fixed;
    current = next;
    findings = lintText(current);
  }
  return { text: current, fixed: total, findings };
}
