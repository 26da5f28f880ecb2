import { defineRule } from '../engine/rule.js';
import { mergeNested, quote, removeSentencesEdit } from './fix-helpers.js';

/** Flags connection-collecting language: the network's size as the motive. */
export default defineRule({
  id: 'collector-motive',
  description: 'Do not collect connections: drop network-size talk (open networker, LION, 500+)',
  source: 'A',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    for (const ev of mergeNested(analysis.signals.collector.evidence)) {
      report({
        span: ev.span,
        message: `Connection-collecting language: ${quote(ev.text)}${ev.why ? ` (${ev.why})` : ''}. It tells the reader you want a number, not them; say why this person matters to you instead`,
        suggestions: [{ title: 'Remove this sentence', edits: [removeSentencesEdit(doc, ev.span, analysis.greeting)] }],
      });
    }
  },
});
