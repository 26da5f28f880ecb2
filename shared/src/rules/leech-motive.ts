import { defineRule } from '../engine/rule.js';
import { addValueLine, describeAsk, firstLineSpan, mergeNested } from './fix-helpers.js';

/** Flags favours asked of a stranger with nothing offered in return. */
export default defineRule({
  id: 'leech-motive',
  description: 'Do not ride on coattails: a favour asked with nothing offered',
  source: 'B',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { analysis } = context;
    if (!analysis.signals.leech.found) return;
    const evidence = analysis.signals.leech.evidence.length > 0 ? analysis.signals.leech.evidence : analysis.asks;
    if (evidence.length === 0) {
      report({
        span: firstLineSpan(context.doc),
        message: 'Favour asked with nothing in return: it reads as riding on their network. Offer something first, or ask a mutual connection to introduce you',
        suggestions: [addValueLine(context)],
      });
      return;
    }
    for (const ask of mergeNested(evidence)) {
      report({
        span: ask.span,
        message: `Favour asked with nothing in return: the message ${describeAsk(ask)} and offers nothing; it reads as riding on their network. Offer something first, or ask a mutual connection to introduce you`,
        suggestions: [addValueLine(context)],
      });
    }
  },
});
