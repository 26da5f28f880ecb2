import { defineRule } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { insertAfterSentenceAt, insertionFix, isNounPhrase, quote } from './fix-helpers.js';
import { findMention, mutualSentence, relationAfterName, relationStated } from './mutuals.js';

/** Asks the message to name the people both sides know, and how the sender knows them. */
export default defineRule({
  id: 'mention-mutual',
  description: 'Provide a reference: name the mutual connection and how you know them',
  source: '4',
  defaultSeverity: 'warning',
  fixable: true,
  hasSuggestions: true,
  options: {
    requireRelation: {
      type: 'boolean',
      description: 'Also report a mutual connection that is named without saying how you know them.',
      default: true,
    },
  },
  check(context, report) {
    const { doc, analysis, options } = context;
    const requireRelation = options['requireRelation'] !== false;
    const mentioned: { start: number; end: number }[] = [];
    for (const mutual of doc.frontMatter.mutual) {
      const mention = findMention(doc, mutual.name);
      if (!mention) {
        const insert = insertionFix(context, 'Insert mutual reference', 'after-reason', mutualSentence(mutual));
        report({
          span: mutual.span,
          message: `${mutual.name} is listed as a mutual connection but the message never names them; mention ${mutual.name} and how you know them${mutual.relation ? ` (${mutual.relation})` : ''}`,
          ...(mutual.relation ? { fix: insert } : { suggestions: [insert] }),
        });
        continue;
      }
      mentioned.push(mention);
      if (!requireRelation || relationStated(doc, mention, mutual.relation)) continue;
      let fix: Fix | undefined;
      const suggestions: Fix[] = [];
      const nextChar = doc.text[mention.end] ?? '';
      if (mutual.relation && !/^['’]/.test(nextChar)) {
        fix = {
          title: `Say how you know ${mutual.name}`,
          edits: [{ span: { start: mention.end, end: mention.end }, newText: relationAfterName(mutual.relation, nextChar) }],
        };
      } else {
        suggestions.push({ title: `Say how you know ${mutual.name}`, edits: [insertAfterSentenceAt(context, mention.start, relationLine(mutual.name, mutual.relation))] });
      }
      report({
        span: mention,
        message: `The message names ${mutual.name} but not how you know them; add the relationship${mutual.relation ? ` ("${mutual.relation}")` : ' (a former colleague, a classmate, a friend)'}`,
        ...(fix ? { fix } : {}),
        suggestions,
      });
    }
    if (!requireRelation) return;
    // People the reference detector found who are not in front matter.
    for (const ev of analysis.signals.reference.evidence) {
      if (mentioned.some((m) => m.start < ev.span.end && ev.span.start < m.end)) continue;
      if (relationStated(doc, ev.span)) continue;
      const name = looksLikeName(ev.text) ? ev.text.trim() : undefined;
      report({
        span: ev.span,
        message: `The message names ${name ?? quote(ev.text)} as someone you both know but not how you know them; add the relationship (a former colleague, a classmate, a friend)`,
        suggestions: [
          {
            title: 'Insert mutual reference',
            edits: [insertAfterSentenceAt(context, ev.span.start, name ? relationLine(name, undefined) : mutualSentence(undefined))],
          },
        ],
      });
    }
  },
});

/** "Sam is my former teammate at Initech." or, with the relation unknown, a slot for it. */
function relationLine(name: string, relation: string | undefined): string {
  const first = name.trim().split(/\s+/)[0]!;
  const r = relation?.trim().replace(/[.!?]+$/, '');
  if (!r) return `${first} is {{relation}}.`;
  if (isNounPhrase(r)) return `${first} is ${r}.`;
  if (/^(?:we|i|he|she|they)\b/i.test(r)) return `${r[0]!.toUpperCase()}${r.slice(1)}.`;
  return `${first} and I ${r}.`;
}

function looksLikeName(text: string): boolean {
  return /^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*$/u.test(text);
}
