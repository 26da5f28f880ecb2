import { defineRule } from '../engine/rule.js';
import { addValueLine, firstLineSpan } from './fix-helpers.js';

/** Asks for a line that says what the sender offers the recipient. */
export default defineRule({
  id: 'give-value',
  description: 'Give a little of yourself: say what you offer',
  source: '3',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis, config } = context;
    if (!analysis.signals.note.found || analysis.signals.value.found) return;
    // A favour asked with nothing offered is leech-motive's finding, on the ask itself; one report, not two.
    if (analysis.signals.leech.found && config.rules['leech-motive']?.severity !== 'off') return;
    report({
      span: firstLineSpan(doc),
      message: 'No offer found: nothing says what the recipient gains from replying; say what you can offer (help, data, an introduction, feedback)',
      suggestions: [addValueLine(context)],
    });
  },
});
