import type { Mutual, Recipient } from '../document/front-matter.js';
import type { Evidence, Span } from '../engine/types.js';
import type { MutualMention } from './analysis.js';
import { COMMON_WORDS } from './lexicon.generated.js';
import { normalize, sentenceAt, type Prepared } from './text.js';

// Made once: a bundler targeting Node writes a literal with a Unicode property escape as `new RegExp(...)`, which inside
// a function built a new RegExp on every call (global ones are used with match only, which starts from 0).
const ANY_NAME_WORD = /\p{L}[\p{L}'-]+/gu;
const CAPITALISED_NAME_WORD = /\p{Lu}[\p{L}'-]+/gu;

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

/**
 * Words that are never a person's name, for messages whose casing says nothing (all lower case or ALL
 * CAPS): there a name slot takes any other word, so "dana said you're the one to ask" and "ROSA
 * MARTINEZ GAVE ME YOUR EMAIL" name Dana and Rosa, while "everyone said", "my manager said" or "the
 * team said" name no one.
 */
export const CASELESS_NOT_NAMES = new Set(
  (
    'i im ive id ill me my mine we us our ours you your yours u ur yr he him his she her hers they them their it its this that these those there here ' +
    'who whom whose which what when where why how the a an and or but so nor yet if then than as at in on of for to from by with without into onto about over under ' +
    'also just really very still even only not no yes ok okay please thanks thank hi hello hey hiya heya dear yo sup cheers best regards lol haha btw fyi ps ' +
    'someone somebody anyone anybody everyone everybody nobody noone one people folks guys team teams company companies firm org everybody ' +
    'friend friends colleague colleagues coworker coworkers teammate teammates classmate manager managers boss mentor advisor adviser professor prof supervisor ' +
    'recruiter recruiters hr founder founders ceo cto vp lead leads director partner partners client clients customer customers investor investors ' +
    'mum mom dad mother father brother sister cousin uncle aunt wife husband son daughter partner flatmate roommate neighbour neighbor buddy ' +
    'article post posts blog site website page profile linkedin twitter email mail note message newsletter podcast talk video paper repo docs readme ' +
    'is am are was were be been being has have had do does did will would can could should may might must shall ' +
    'said says told tells mentioned suggested thought think thinks recommended asked gave passed sent pointed swears ' +
    // occupations and job words: "A SITE ENGINEER IN YOUR COMPANY" names no one
    'engineer developer designer analyst nurse doctor intern apprentice assistant officer technician electrician plumber carpenter scientist consultant architect accountant lawyer solicitor teacher job role position opening vacancy internship ' +
    'today tomorrow yesterday week month year monday tuesday wednesday thursday friday saturday sunday morning evening ' +
    'all some any each every both many much more most few other another same such own new old former good great nice ' +
    'der die das den dem des ein eine einen einem er sie es wir ihr du ich und oder aber auch noch mal hat ist war ' +
    'el la los las lo un una uno unos unas y o pero que quien yo tu te nos vos ella ellos ellas usted mi mis su sus ' +
    'le les l un une des du de et ou mais qui je il elle nous vous ils elles on mon ma mes ton ta tes son sa ses'
  ).split(' '),
);

/** Of `text[i]` (code `c`): 1 upper-case letter, 2 lower-case letter, 0 not a letter (ASCII and Latin-1 fast, the rest by case mapping). */
function letterCase(c: number, text: string, i: number): 0 | 1 | 2 {
  if (c >= 97 && c <= 122) return 2;
  if (c >= 65 && c <= 90) return 1;
  if (c < 192) return 0;
  if (c <= 255) return c === 215 || c === 247 ? 0 : c <= 222 ? 1 : 2;
  const s = text[i]!;
  const up = s.toUpperCase();
  const low = s.toLowerCase();
  return up === low ? 0 : s === up ? 1 : 2;
}

/** Whether the message is written without meaningful capitals: all lower case, or ALL CAPS. One pass. */
export function caselessStyle(p: Prepared): 'lower' | 'upper' | undefined {
  const text = p.prose;
  const end = p.doc.content.end;
  let upper = 0; // words all in capitals
  let lower = 0; // words all in lower case
  let titled = 0; // mixed words ("Dana", "McKay")
  let lowerLetters = 0;
  let wordUp = 0;
  let wordLow = 0;
  let result: 'lower' | 'upper' | undefined;
  let decided = false;
  for (let i = p.doc.content.start; i <= end; i++) {
    const k = i < end ? letterCase(text.charCodeAt(i), text, i) : 0;
    if (k === 1) wordUp++;
    else if (k === 2) {
      wordLow++;
      lowerLetters++;
    } else if (wordUp + wordLow > 0) {
      if (wordLow === 0) upper++;
      else if (wordUp === 0) lower++;
      else titled++;
      wordUp = 0;
      wordLow = 0;
      // Capitals in use and plenty of lower case: an ordinary message, no need to read on.
      if (titled > 0 && lowerLetters >= 60) {
        decided = true;
        break;
      }
    }
  }
  if (!decided) {
    const words = upper + lower + titled;
    // Title-case words are where capitals carry meaning; a message with none (acronyms aside) is lower case.
    if (words >= 5 && titled === 0 && lower >= 4) result = 'lower';
    else if (words >= 5 && upper >= 5 && titled + lower <= words * 0.1) result = 'upper';
  }
  return result;
}

/**
 * Words of running text that are not names (learned from the tuning part: written in lower case mid-sentence, rarely
 * capitalised there). In a caseless message capitals cannot tell "LEFT" or "SURVEY DATA" from a name; these words can.
 */
const COMMON = new Set(COMMON_WORDS.split(' '));
export function isCommonWord(lower: string): boolean {
  return COMMON.has(lower);
}

/**
 * In a caseless message every word but the common ones may start a name: marks them as possible
 * names for the name-first families (which are tried only at capitalised words otherwise).
 */
export function markCaselessNames(p: Prepared): void {
  for (const s of p.sentences) {
    const caps = s.caps as boolean[];
    for (let w = 0; w < s.tokens.length; w++) {
      const t = s.tokens[w]!;
      if (!caps[w] && t.length > 1 && /^[a-z][a-z'-]*$/.test(t) && !CASELESS_NOT_NAMES.has(t) && !COMMON.has(t)) caps[w] = true;
    }
  }
}

/** Lower-cased names and words that name the recipient, their company or the sender (never a third person). */
export function ownNames(p: Prepared, greeting: Span | undefined, signoff: Span | undefined, caseless: 'lower' | 'upper' | undefined): Set<string> {
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
    // "hi ana," in a lower-case message names the recipient just as "Hi Ana," does.
    const nameWord = caseless === 'lower' ? ANY_NAME_WORD : CAPITALISED_NAME_WORD;
    for (const w of g.match(nameWord) ?? []) add(w);
  }
  if (signoff) {
    for (const w of p.doc.prose.slice(signoff.start, signoff.end).match(CAPITALISED_NAME_WORD) ?? []) add(w);
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
