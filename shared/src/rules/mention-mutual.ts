import { defineRule } from '../engine/rule.js';
import type { Evidence, Fix, Span } from '../engine/types.js';
import { insertAfterSentenceAt, insertionFix, isNounPhrase, lineEnd, quote } from './fix-helpers.js';
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
    const covered: Span[] = [];
    doc.frontMatter.mutual.forEach((mutual, i) => {
      const found = analysis.mutuals[i]?.name === mutual.name ? analysis.mutuals[i] : analysis.mutuals.find((m) => m.name === mutual.name);
      const mention = found?.mention;
      if (!mention) {
        const insert = insertionFix(context, 'Insert mutual reference', 'after-reason', mutualSentence(mutual));
        report({
          span: { start: mutual.span.start, end: Math.min(mutual.span.end, lineEnd(doc.text, mutual.span.start)) },
          message: `${mutual.name} is listed as a mutual connection but the message never names them; mention ${mutual.name} and how you know them${mutual.relation ? ` (${mutual.relation})` : ''}`,
          // Safe only when the detector can find the name it inserts; a placeholder or a single letter as the
          // name would be inserted again on every fix pass.
          ...(mutual.relation && findableName(mutual.name) ? { fix: insert } : { suggestions: [insert] }),
        });
        return;
      }
      covered.push(mention.span);
      // The detector judges the relation; a {{relation}} slot put in by a suggestion also counts.
      if (!requireRelation || found.relationStated || relationStated(doc, mention.span, mutual.relation, { cues: false })) return;
      const name = findMention(doc, mutual.name, mention.span) ?? mention.span;
      const nextChar = doc.text[name.end] ?? '';
      let fix: Fix | undefined;
      const suggestions: Fix[] = [];
      if (mutual.relation && findableName(mutual.name) && name !== mention.span && !/^['’]/.test(nextChar)) {
        fix = {
          title: `Say how you know ${mutual.name}`,
          edits: [{ span: { start: name.end, end: name.end }, newText: relationAfterName(mutual.relation, nextChar) }],
        };
      } else {
        suggestions.push({ title: `Say how you know ${mutual.name}`, edits: [insertAfterSentenceAt(context, name.start, relationLine(mutual.name, mutual.relation))] });
      }
      report({
        span: name,
        message: `The message names ${mutual.name} but not how you know them; add the relationship${mutual.relation ? ` ("${mutual.relation}")` : ' (a former colleague, a classmate, a friend)'}`,
        ...(fix ? { fix } : {}),
        suggestions,
      });
    });
    if (!requireRelation) return;
    // Someone both know, found by the detector but not listed in front matter.
    for (const ev of analysis.signals.reference.evidence) {
      if (covered.some((m) => m.start < ev.span.end && ev.span.start < m.end)) continue;
      const name = unrelatedName(ev);
      if (name === undefined || relationStated(doc, ev.span)) continue;
      const at = (name && findMention(doc, name, ev.span)) || ev.span;
      report({
        span: at,
        message: `The message names ${name || quote(ev.text)} as someone you both know but not how you know them; add the relationship (a former colleague, a classmate, a friend)`,
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

/**
 * For reference evidence that names a person without the relationship ("Sam suggested I write"), the
 * name (or '' when it cannot be read); undefined when the evidence already carries the relationship
 * or only places the person on the recipient's side ("Sam from your team").
 */
function unrelatedName(ev: Evidence): string | undefined {
  // The trained model's reading points at a sentence, not at a person: there is no name to ask about.
  if (ev.why.includes('(second opinion of the trained model')) return undefined;
  const m = /^names (.+?) (who sent them your way|as someone you both know)$/.exec(ev.why);
  if (m) return m[1]!;
  return /^names .* (?:and how|and the relation|from their team)/.test(ev.why) ? undefined : '';
}

/** "Sam is my former teammate at Initech." or, with the relation unknown, a slot for it. */
function relationLine(name: string, relation: string | undefined): string {
  const first = name.trim().split(/\s+/)[0]!;
  const r = relation?.trim().replace(/(?<![.!?])[.!?]+$/, '');
  if (!r) return `${first} is {{relation}}.`;
  if (isNounPhrase(r)) return `${first} is ${r}.`;
  if (/^(?:we|i|he|she|they)\b/i.test(r)) return `${r[0]!.toUpperCase()}${r.slice(1)}.`;
  return `${first} and I ${r}.`;
}

const TWO_LETTERS = /\p{L}.*\p{L}/u;
/** A name the detector can find in the text again: two letters or more, no placeholder brackets. */
function findableName(name: string): boolean {
  return TWO_LETTERS.test(name) && !/[{}[\]<>()%]/.test(name);
}
