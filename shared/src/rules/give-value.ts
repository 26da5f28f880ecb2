import { defineRule } from '../engine/rule.js';
import { addValueLine, describeAsk, firstLineSpan, mergeNested } from './fix-helpers.js';

/** Asks for a line that says what the sender offers the recipient. */
export default defineRule({
  id: 'give-value',
  description: 'Give a little of yourself: say what you offer',
  source: '3',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    if (!analysis.signals.note.found || analysis.signals.value.found) return;
    const ask = mergeNested(analysis.asks)[0];
    report({
      span: firstLineSpan(doc),
      message: ask
        ? `No offer found: the message ${describeAsk(ask)} but gives nothing back; say what you can offer (help, data, an introduction, feedback)`
        : 'No offer found: nothing says what the recipient gains from connecting; say what you can offer (help, data, an introduction, feedback)',
      suggestions: [addValueLine(context)],
    });
  },
});
