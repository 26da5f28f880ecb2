import { defineRule } from '../engine/rule.js';
import { firstLineSpan, insertionFix, recipientFirstName } from './fix-helpers.js';

/** The line the suggestion inserts; the personal detector recognises it, so the finding clears. */
export const COMMONALITY_LINE = 'I noticed we both {{commonality}}.';

/** Asks for something specific to this recipient: a commonality or sincere, specific praise. */
export default defineRule({
  id: 'make-it-personal',
  description: 'Make it personal: a commonality or specific praise, not just a name',
  source: '2',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    if (!analysis.signals.note.found || analysis.signals.personal.found) return;
    const who = recipientFirstName(doc) ?? 'the recipient';
    report({
      span: firstLineSpan(doc),
      message: `Nothing in the message is specific to ${who}: a name, a job title or generic praise is not enough; mention something you share (a school, an employer, an event) or a piece of their work you valued`,
      suggestions: [insertionFix(context, 'Insert a commonality line', 'after-reason', COMMONALITY_LINE)],
    });
  },
});
