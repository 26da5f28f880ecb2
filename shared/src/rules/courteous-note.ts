import { defineRule, type RuleContext } from '../engine/rule.js';
import type { Fix, Span } from '../engine/types.js';
import { eolOf, firstLineSpan, insertSentence, quote, recipientFirstName, sentenceAt } from './fix-helpers.js';

/** The note a user starts from: one slot each for the reason, the commonality and the offer. */
export const NOTE_SKELETON =
  "I'm reaching out because {{reason}}. I noticed we both {{commonality}}. If it helps, I'd be glad to share {{what_you_can_offer}}.";

/** Asks for a note of the sender's own words: no blank, greeting-only or stock invitation. */
export default defineRule({
  id: 'courteous-note',
  description: 'Write a courteous note of your own: no blank, greeting-only or stock invitation',
  source: '1',
  defaultSeverity: 'error',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    if (analysis.signals.note.found) return;
    const who = recipientFirstName(doc) ?? 'them';
    const stock = [...analysis.stock].sort((a, b) => a.span.start - b.span.start);
    if (stock.length > 0) {
      const span: Span = { start: stock[0]!.span.start, end: Math.max(...stock.map((s) => s.span.end)) };
      const extra = stock.length > 1 ? ` (and ${stock.length - 1} more stock phrase${stock.length > 2 ? 's' : ''})` : '';
      report({
        span,
        message: `Only stock text: ${quote(stock[0]!.text)}${extra}. Replace it with a short note of your own saying why you want to connect with ${who}`,
        suggestions: [replaceStock(context, span)],
      });
      return;
    }
    const blank = doc.content.start >= doc.content.end;
    if (blank) {
      report({
        span: firstLineSpan(doc),
        message: `The message is empty: write a short note saying who you are and why you want to connect with ${who}`,
        suggestions: [{ title: 'Insert a note skeleton', edits: [insertSentence(context, 'after-greeting', greetingFor(context) + NOTE_SKELETON)] }],
      });
      return;
    }
    report({
      span: doc.content,
      message: `No note of your own: beyond the greeting and sign-off, nothing says why you want to connect with ${who}; add a sentence or two`,
      suggestions: [{ title: 'Insert a note skeleton', edits: [insertSentence(context, 'after-greeting', NOTE_SKELETON)] }],
    });
  },
});

/** Replaces the sentences that carry stock text (not the greeting or sign-off around them) with the skeleton. */
function replaceStock(context: RuleContext, stock: Span): Fix {
  const { doc, analysis } = context;
  let start = sentenceAt(doc, stock.start)?.span.start ?? stock.start;
  let end = sentenceAt(doc, stock.end - 1)?.span.end ?? stock.end;
  const g = analysis.greeting;
  if (g && g.end > start && g.end <= stock.start) {
    start = g.end;
    while (start < stock.start && /\s/.test(doc.text[start]!)) start++;
  }
  const s = analysis.signoff;
  if (s && s.start < end && s.start >= stock.end) {
    end = s.start;
    while (end > stock.end && /\s/.test(doc.text[end - 1]!)) end--;
  }
  start = Math.min(start, stock.start);
  end = Math.max(end, stock.end);
  return { title: 'Replace the stock text with a note skeleton', edits: [{ span: { start, end }, newText: NOTE_SKELETON }] };
}

/** A greeting line for a blank message: the recipient's first name when front matter has it. */
function greetingFor(context: RuleContext): string {
  const eol = eolOf(context.doc.text);
  const name = recipientFirstName(context.doc);
  return `Hi ${name ?? '{{first_name}}'},${eol}${eol}`;
}
