import type { Mutual, Recipient } from '../document/front-matter.js';
import type { Evidence, Span } from '../engine/types.js';
import type { MutualMention } from './analysis.js';
import { normalize, sentenceAt, type Prepared } from './text.js';

/**
 * Roles that make a recipient high-profile when front matter does not say. Decided: C-level and
 * "chief ... officer", founders, presidents, VPs (any level), partners at firms (not "partner
 * manager"), managing directors, heads of, directors (not assistant/associate/art/creative/casting
 * directors), full professors (not assistant/adjunct/associate), deans, board members and chairs,
 * investors (GP, angel, VC), bestselling/published authors, editors-in-chief, elected officials.
 */
const HIGH_ROLE =
  /(?<![a-z])(?:ceo|cto|cfo|coo|cmo|cio|ciso|cpo|cro|cdo|chief (?!of staff)[a-z ]{0,30}officer|chief (?!of staff)[a-z]+|founder|co-?founder|founding partner|president|vp|svp|evp|avp|vice[- ]president|general partner|managing partner|senior partner|partner(?! (?:manager|marketing|success|engineer|solutions|sales|account|relations|programs?|operations))|managing director|head of|(?<!(?:assistant|associate|art|creative|casting|program|programme|project) )director|(?<!(?:assistant|adjunct|associate|visiting) )professor|dean|chair(?:man|woman|person)?|board member|member of the board|angel investor|investor|venture capitalist|\bgp\b|bestselling author|best-selling author|editor[- ]in[- ]chief|senator|minister|mayor|governor|member of parliament|\bmp\b|distinguished engineer|keynote speaker)(?![a-z])/;

/** Whether the recipient is high-profile, and why: front matter `to.highProfile`, else inferred from `to.role`. */
export function highProfileOf(to: Recipient | undefined): { value: boolean; why: string } {
  if (to?.highProfile !== undefined) return { value: to.highProfile, why: `front matter says highProfile: ${to.highProfile}` };
  const role = to?.role;
  if (!role) return { value: false, why: 'no role in front matter' };
  const m = HIGH_ROLE.exec(normalize(role));
  if (m) return { value: true, why: `role "${role}" is senior (${role.slice(m.index, m.index + m[0].length)})` };
  return { value: false, why: `role "${role}" is not a senior title` };
}

/** Lower-cased names and words that name the recipient, their company or the sender (never a third person). */
export function ownNames(p: Prepared, greeting: Span | undefined, signoff: Span | undefined): Set<string> {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    const n = normalize(s).trim();
    if (!n) return;
    out.add(n);
    for (const part of n.split(/[\s,]+/)) if (part.length > 1) out.add(part);
  };
  const fm = p.doc.frontMatter;
  add(fm.to?.name);
  add(fm.to?.company);
  for (const [k, v] of Object.entries(fm.vars)) if (/name|company|first|last|org|employer|sender|my/i.test(k)) add(v);
  if (greeting) {
    const g = p.doc.prose.slice(greeting.start, greeting.end).replace(/^\s*\S+/, '');
    for (const w of g.match(/\p{Lu}[\p{L}'-]+/gu) ?? []) add(w);
  }
  if (signoff) {
    for (const w of p.doc.prose.slice(signoff.start, signoff.end).match(/\p{Lu}[\p{L}'-]+/gu) ?? []) add(w);
  }
  return out;
}

const RELATION_WORDS =
  /(?<![a-z])(?:my|our|we|who|former|old|friend|colleague|coworker|co-worker|teammate|classmate|manager|boss|mentor|advisor|adviser|professor|supervisor|cofounder|co-founder|roommate|worked|studied|met|know|knows|known|partner|client|lead|team|lab|from your|at your|introduced|suggested|recommended|mein|meine|mi|mon|ma|kollege|kollegin|colega|collegue|companer[oa]|ami|amigo|amiga|freund|freundin)(?![a-z])/;

/** Looks for each front-matter mutual in the body: full name, else first name. */
export function findMutuals(p: Prepared, mutuals: readonly Mutual[], skip: readonly Span[]): MutualMention[] {
  const body = p.norm;
  const from = p.doc.content.start;
  const to = p.doc.content.end;
  const out: MutualMention[] = [];
  for (const mu of mutuals) {
    const full = normalize(mu.name).replace(/^(?:(?:dr|prof|mr|ms|mrs|herr|frau)\.? )+/, '').trim();
    const first = full.split(/\s+/)[0] ?? '';
    let at = -1;
    let len = 0;
    const last = full.split(/\s+/).pop() ?? '';
    for (const candidate of full === first ? [full] : last.length >= 4 ? [full, first, last] : [full, first]) {
      if (candidate.length < 2) continue;
      let i = body.indexOf(candidate, from);
      while (i >= 0 && i < to) {
        const before = body.charCodeAt(i - 1);
        const after = body.charCodeAt(i + candidate.length);
        const inSkip = skip.some((s) => i >= s.start && i < s.end);
        const possessive = after === 39 && body.charCodeAt(i + candidate.length + 1) === 115 && !isWordChar(body.charCodeAt(i + candidate.length + 2));
        if (!isWordChar(before) && (!isWordChar(after) || possessive) && !inSkip) break;
        i = body.indexOf(candidate, i + 1);
      }
      if (i >= 0 && i < to) {
        at = i;
        len = candidate.length;
        break;
      }
    }
    if (at < 0) {
      // A template slot whose sample value is this person (`{{mutualName}}`).
      const vars = p.doc.frontMatter.vars;
      const slot = p.doc.placeholders.find((ph) => ph.kind === 'template' && ph.span.start >= from && normalize(vars[ph.name] ?? '').trim() === full);
      if (slot) {
        at = slot.span.start;
        len = slot.span.end - slot.span.start;
      }
    }
    if (at < 0) {
      out.push({ name: mu.name, relationStated: false });
      continue;
    }
    const si = sentenceAt(p.sentences, at);
    const sentence = si >= 0 ? p.sentences[si]! : undefined;
    const span: Span = sentence ? sentence.span : { start: at, end: at + len };
    const context = sentence ? sentence.norm : body.slice(at, at + len);
    const relWords = relationWords(mu.relation);
    const relationStated = RELATION_WORDS.test(context) || relWords.some((w) => context.includes(w));
    out.push({
      name: mu.name,
      relationStated,
      mention: {
        span,
        text: p.doc.text.slice(span.start, span.end).trim(),
        why: relationStated ? `names mutual ${mu.name} and how you know them` : `names mutual ${mu.name} but not how you know them`,
      },
    });
  }
  return out;
}

function relationWords(relation: string | undefined): string[] {
  if (!relation) return [];
  return normalize(relation)
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 3 && !['with', 'from', 'that', 'this', 'they', 'were', 'when'].includes(w));
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39;
}
