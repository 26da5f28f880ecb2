#!/usr/bin/env node
// Growth of lint() time on adversarial inputs (issue 7: no catastrophic backtracking).
//
//   node bench/regex-linearity.mjs [--sizes 2000,20000,200000] [--only NAME] [--check] [--json]
//
// Each case is a text that makes some pattern of the engine loop on the characters it repeats
// (runs of spaces after "{{", dots, dashes, "mutual mutual ...", thousands of directives, ...), built
// at 1x, 10x and 100x the base size. lint() is timed on each (median of a few runs for the small
// sizes, after a warm-up) and the growth ratios printed: linear code shows ~10x and ~100x; a
// quadratic pattern ~100x and ~10,000x. The verdict reads the last step (10x the size): over 20x
// there, with the largest input over 100 ms, is SUPERLINEAR; --check then exits 1. Sizes above the engine's MAX_LINT_LENGTH are
// not linted (the engine reports file-too-large), so the largest default size stays under it.

import { pathToFileURL } from 'node:url';
import { buildEngine } from './bundle.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '2000,20000,200000').split(',').map(Number);
const only = opt('--only', undefined);
const check = args.includes('--check');
const json = args.includes('--json');

const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const MUTUAL = '---\nto:\n  name: Dana Li\n  role: CEO\nmutual:\n  - name: Sam Ortiz\n    relation: "REL"\n---\nHi Dana,\n\n';

/** name -> (n) => text of about n characters. */
const CASES = {
  '{{ + spaces': (n) => `Hi {{${fill(' ', n)}x`,
  '{{ + newlines': (n) => `Hi {{${fill('\n', n)}x`,
  'disable-next-line + finding, repeated': (n) => `Hi,\n${fill('<!-- outreach-lint-disable-next-line -->\nLet me add you. [Name]\n', n)}`,
  'disable + enable, repeated': (n) => `Hi,\n${fill('<!-- outreach-lint-disable give-value -->\n[Name]\n<!-- outreach-lint-enable -->\n', n)}`,
  'relation "a....a"': (n) => MUTUAL.replace('REL', `a${fill('.', n)}a`) + 'I read your post.\n',
  'mutual + {{metmetmet': (n) => `${MUTUAL.replace('REL', 'my former teammate')}Sam Ortiz says hi {{${fill('met', n)}\n`,
  'front-matter typo + dash line': (n) => `---\nchanel: email\nsubject: >\n  ${fill('-', n)}\n---\nHi Dana,\n`,
  'my mutual mutual ...': (n) => `Hi Dana,\n\nmy${fill(' mutual', n)} x\n`,
  'my old old ...': (n) => `Hi Dana,\n\nmy${fill(' old', n)} friend\n`,
  "i'd be happy to ...": (n) => `Hi Dana,\n\n${fill("i'd be happy to ", n)}`,
  'hope you are ...': (n) => `Hi Dana,\n\n${fill('hope you are ', n)}`,
  'thanks so much ...': (n) => `Hi Dana,\n\n${fill('thanks so much ', n)}`,
  'can you ...': (n) => `Hi Dana,\n\n${fill('can you ', n)}`,
  'Sam Ortiz Sam Ortiz ...': (n) => `Hi Dana,\n\n${fill('Sam Ortiz ', n)}`,
  'every placeholder form': (n) => fill('[Name] <Company> {first_name} (so and so) %FIRST% XXX ___ {{x}} ', n),
  '{{firstName}} repeated': (n) => `---\nvars:\n  firstName: Dana\n---\n${fill('{{firstName}} ', n)}`,
  '<!-- never closed, repeated': (n) => fill('<!--', n),
  'dot run': (n) => fill('.', n),
  'A. A. A. (initials)': (n) => fill('A. ', n),
  ')))...a': (n) => `${fill(')', n)}a`,
  'one long word': (n) => fill('a', n),
  'one long line of words': (n) => fill('word ', n),
  'CR line endings': (n) => fill('Thanks for the talk.\r', n),
  'deep flow YAML': (n) => `---\nto: ${fill('[', n)}\n---\nHi`,
  'many unknown keys': (n) => `---\n${fill('chanel: email\n', n)}---\nHi`,
};

const { lint } = await import(pathToFileURL((await buildEngine()).outfile).href);

function timeOnce(text) {
  const t0 = process.hrtime.bigint();
  lint(text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const rows = [];
for (const [name, make] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  const times = [];
  for (const n of sizes) {
    const text = make(n);
    timeOnce(text); // warm-up at this size (JIT, regex tier-up, GC sizing)
    const reps = n <= 2000 ? 15 : n <= 20000 ? 7 : 3;
    times.push(median(Array.from({ length: reps }, () => timeOnce(text))));
  }
  const ratios = times.slice(1).map((t, i) => t / Math.max(times[i], 0.05));
  const total = times[times.length - 1] / Math.max(times[0], 0.05);
  const factor = sizes[sizes.length - 1] / sizes[0];
  // Judged on the last step, where fixed costs no longer dominate: twice the size step or more is superlinear
  // (a quadratic pattern shows the square of the step), unless the largest input still takes under 100 ms.
  const step = sizes[sizes.length - 1] / sizes[sizes.length - 2];
  const last = ratios[ratios.length - 1] ?? 1;
  const verdict = last > step * 2 && times[times.length - 1] > 100 ? 'SUPERLINEAR' : 'linear';
  rows.push({ name, sizes, ms: times.map((t) => Number(t.toFixed(2))), ratios: ratios.map((r) => Number(r.toFixed(1))), total: Number(total.toFixed(1)), verdict });
  if (!json) {
    const cells = times.map((t) => `${t.toFixed(1)} ms`.padStart(11)).join('');
    const r = ratios.map((x) => `x${x.toFixed(1)}`.padStart(9)).join('');
    console.log(`${name.padEnd(40)}${cells}${r}   total x${total.toFixed(0)} for x${factor}  ${verdict}`);
  }
}
if (json) console.log(JSON.stringify({ sizes, rows }, null, 2));
else console.log(`\nsizes ${sizes.join(' / ')} characters; a ratio near the size step (x${sizes[1] / sizes[0]}) is linear. Small sizes are dominated by fixed costs, so the first ratio is often well under it.`);
if (check && rows.some((r) => r.verdict !== 'linear')) process.exit(1);
