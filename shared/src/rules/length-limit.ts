import type { Channel } from '../document/front-matter.js';
import { defineRule } from '../engine/rule.js';
import type { Span } from '../engine/types.js';
import { renderSpan } from './render.js';

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  'linkedin-connect': 'connection note',
  'linkedin-inmail': 'InMail',
  'linkedin-message': 'LinkedIn message',
  email: 'email',
};

/** Keeps the rendered message (and subject) within the channel's limit. */
export default defineRule({
  id: 'length-limit',
  description: "Stay within the channel's length limit, with the longest sample values filled in",
  source: 'channel',
  defaultSeverity: 'error',
  fixable: false,
  hasSuggestions: false,
  check(context, report) {
    const { doc, config } = context;
    const fm = doc.frontMatter;
    if (!fm.channel) return;
    const limits = config.channels[fm.channel];
    if (!limits) return;
    const what = CHANNEL_NAMES[fm.channel];
    const free = fm.channel === 'linkedin-connect' && fm.account === 'free' && limits.bodyFree !== undefined;
    const bodyLimit = free ? limits.bodyFree : limits.body;
    if (bodyLimit !== undefined && doc.content.end > doc.content.start) {
      check(doc.content, doc.comments.map((c) => c.span), bodyLimit, (length) => {
        const account = fm.channel === 'linkedin-connect' ? (free ? ' with account: free' : fm.account === 'premium' ? ' with account: premium' : '') : '';
        return `The ${what} is ${length} characters with the longest sample values filled in; the limit is ${bodyLimit}${account}. Cut at least ${length - bodyLimit} characters (the overflow is underlined)`;
      });
    }
    if (limits.subject !== undefined && fm.subject !== undefined && fm.subjectSpan) {
      const subjectLimit = limits.subject;
      check(fm.subjectSpan, [], subjectLimit, (length) =>
        `The ${what} subject is ${length} characters with the longest sample values filled in; the limit is ${subjectLimit}. Cut at least ${length - subjectLimit} characters`,
      );
    }

    function check(span: Span, skip: readonly Span[], limit: number, message: (length: number) => string): void {
      const rendered = renderSpan(context, span, skip);
      if (rendered.length <= limit) return;
      const start = Math.min(rendered.sourceAt(limit), span.end - 1);
      report({ span: { start: Math.max(span.start, start), end: span.end }, message: message(rendered.length) });
    }
  },
});
