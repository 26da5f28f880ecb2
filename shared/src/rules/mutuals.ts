import type { OutreachDocument } from '../document/parse.js';
import type { Mutual } from '../document/front-matter.js';
import type { Span } from '../engine/types.js';
import { isNounPhrase, sentenceAt } from './fix-helpers.js';

/** Words that say how two people know each other ("my former teammate", "we studied together"). */
const RELATION_CUES =
  /\b(?:colleagues?|co-?workers?|team-?mates?|managers?|boss|mentors?|mentees?|class-?mates?|room-?mates?|friends?|cousins?|brother|sister|wife|husband|co-?founders?|advis[oe]rs?|supervisors?|professors?|students?|alumn(?:i|us|a)|neighbou?rs?|clients?|former|formerly|ex-\w+|(?:worked|work|working|works) (?:together|with|for|alongside|under)|studied|went to (?:school|college|university)|used to|(?:we|I) met|met (?:at|in|through|during|on)|know (?:him|her|them|each other) from|report(?:ed|s)? to|served (?:together|with)|volunteer(?:ed)? (?:together|with)|played (?:together|with)|grew up)\b/i;

/** A `{{slot}}` standing where the relationship goes (inserted by this rule's suggestions). */
// Linear: `(?=(\s*))\1` takes the spaces atomically and the lookahead checks the slot's shape once; the
// plain `\s*[\w.]*(?:relation|know|met)[\w.]*\s*\}\}` backtracked quadratically on `{{metmetmet...`.
const RELATION_SLOT = /\{\{(?=(\s*))\1(?=[\w.]*\s*\}\})[\w.]*?(?:relation|know|met)/i;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
/** Small words a relation phrase shares with any sentence; the rest are its telling words. */
const STOPWORDS = new Set('my our the a an at in of on for with from and to his her their your former old who was is we i me'.split(' '));

/** Where the message (or `within`) names a person: the full name (any case), else the first name as written. */
export function findMention(doc: OutreachDocument, name: string, within: Span = doc.body): Span | undefined {
  const body = doc.prose.slice(within.start, within.end);
  const full = name.trim();
  if (full === '') return undefined;
  const at = (re: RegExp): Span | undefined => {
    const m = re.exec(body);
    return m ? { start: within.start + m.index, end: within.start + m.index + m[0].length } : undefined;
  };
  const { full: fullRe, first: firstRe } = mentionPatterns(full);
  return at(fullRe) ?? (firstRe ? at(firstRe) : undefined);
}

interface MentionPatterns {
  readonly full: RegExp;
  /** The first name alone, when the name has more than one word and the first has two letters or more. */
  readonly first?: RegExp;
}
// A name's patterns, built once per name (a mutual recurs in every template of a campaign, and in each of a rule's
// checks): neither has the g or y flag, so exec() keeps no state in them and they can be shared. Bounded.
const MENTION_PATTERNS = new Map<string, MentionPatterns>();
const MENTION_PATTERNS_MAX = 512;
function mentionPatterns(full: string): MentionPatterns {
  let patterns = MENTION_PATTERNS.get(full);
  if (patterns) return patterns;
  const first = full.split(/\s+/)[0]!;
  patterns = {
    full: new RegExp(`(?<![\\p{L}\\p{N}])${escape(full).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'),
    first: first === full || first.length < 2 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])${escape(first)}(?![\\p{L}\\p{N}])`, 'u'),
  };
  if (MENTION_PATTERNS.size >= MENTION_PATTERNS_MAX) MENTION_PATTERNS.clear();
  MENTION_PATTERNS.set(full, patterns);
  return patterns;
}

/** True when the sentence naming a mutual (or the one after it) says how the sender knows them: relation words, the front-matter relation, or a `{{relation}}` slot. */
export function relationStated(doc: OutreachDocument, mention: Span, relation?: string, { cues = true } = {}): boolean {
  const s = sentenceAt(doc, mention.start);
  const next = s ? doc.sentences.find((x) => x.span.start >= s.span.end) : undefined;
  const text = doc.text.slice(s?.span.start ?? mention.start, next?.span.end ?? s?.span.end ?? mention.end);
  if (RELATION_SLOT.test(text) || (cues && RELATION_CUES.test(text))) return true;
  if (!relation) return false;
  const lower = text.toLowerCase();
  return relation
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .some((w) => lower.includes(w));
}

/** "We have a mutual connection in Sam Ortiz, my former teammate at Initech." (a slot when the relation is unknown). */
export function mutualSentence(mutual: Pick<Mutual, 'name' | 'relation'> | undefined): string {
  const name = mutual?.name ?? '{{mutual_name}}';
  const relation = mutual?.relation?.trim().replace(/(?<![.!?])[.!?]+$/, '');
  if (!relation) return `We have a mutual connection in ${name}, {{relation}}.`;
  return isNounPhrase(relation)
    ? `We have a mutual connection in ${name}, ${relation}.`
    : `We have a mutual connection in ${name}: ${relation}.`;
}

/** The words to put right after a name so that it carries the relationship: ", my former teammate at Initech," or " (we worked together)". */
export function relationAfterName(relation: string, nextChar: string): string {
  const r = relation.trim().replace(/(?<![.!?])[.!?]+$/, '');
  if (!isNounPhrase(r)) return ` (${r})`;
  // Before punctuation the appositive needs no closing comma: "from Sam Ortiz, my former teammate."
  return /^[.,;:!?)\]]$/.test(nextChar) || nextChar === '' ? `, ${r}` : `, ${r},`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
