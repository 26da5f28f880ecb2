import { defineRule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { lineStart } from './fix-helpers.js';

const DID_YOU_MEAN = /^Unknown key "([^"]+)".*; did you mean "([^"]+)"\?/;

/** Reports front-matter problems (YAML syntax, unknown keys, wrong types) on their exact range. */
export default defineRule({
  id: 'front-matter',
  description: 'Keep the front matter valid: YAML syntax, known keys, right types',
  source: 'format',
  defaultSeverity: 'error',
  fixable: true,
  hasSuggestions: false,
  check(context, report) {
    const { doc } = context;
    for (const problem of doc.frontMatterProblems) {
      const m = DID_YOU_MEAN.exec(problem.message);
      let fix: Fix | undefined;
      if (m && doc.text.slice(problem.span.start, problem.span.end) === m[1] && !siblingExists(doc.text, doc.frontMatterSpan, problem.span.start, m[2]!)) {
        fix = { title: `Rename "${m[1]}" to "${m[2]}"`, edits: [{ span: problem.span, newText: m[2]! }] };
      }
      report({ span: problem.span, message: problem.message, ...(fix ? { fix } : {}) });
    }
  },
});

/** True when a key named `key` already sits at the same column in the front matter (renaming would duplicate it); errs on the safe side. */
function siblingExists(text: string, block: { start: number; end: number } | undefined, keyAt: number, key: string): boolean {
  if (!block) return false;
  const column = keyAt - lineStart(text, keyAt);
  for (const line of text.slice(block.start, block.end).split(/\r?\n/)) {
    // The indent is taken atomically (`(?=(...))\1`): backtracking it into the key was quadratic on a long line of dashes.
    const m = /^(?=([ \t-]*))\1([^\s:]+)\s*:/.exec(line);
    if (m && m[1]!.length === column && m[2] === key) return true;
  }
  return false;
}
