import { defineRule } from '../engine/rule.js';
import { firstLineSpan, insertionFix, recipientFirstName } from './fix-helpers.js';

/** The line the suggestion inserts; the reason detector recognises it, so the finding clears. */
export const REASON_LINE = "I'm reaching out because {{reason}}.";

/** Asks for the reason the sender is reaching out. */
export default defineRule({
  id: 'explain-why',
  description: 'Say why you are reaching out',
  source: '1',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    // A message with no note at all is courteous-note's finding; its skeleton brings the reason too.
    if (!analysis.signals.note.found || analysis.signals.reason.found) return;
    const who = recipientFirstName(doc) ?? 'this person';
    report({
      span: firstLineSpan(doc),
      message: `No reason for reaching out found: say why you are writing to ${who} (a role you are hiring for, a question about their work, an event you both attended)`,
      suggestions: [insertionFix(context, 'Insert a reason line', 'after-greeting', REASON_LINE)],
    });
  },
});
