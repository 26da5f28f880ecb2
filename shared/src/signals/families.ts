import { CASELESS_NOT_NAMES, isCommonWord } from './people.js';
import { normalize, type Prepared, type PreparedSentence } from './text.js';
import { FAVOUR_VERBS, GENERIC_ADJ, GIVE_VERBS, I_MODAL, OFFER_MODAL, W, WILLING, WORK_NOUNS, alt, chatSpellingsOf, gap, rx } from './grammar.js';

// Regexes with Unicode property escapes, made once: a bundler targeting Node writes such a literal as `new RegExp(...)`,
// which inside a function built a new RegExp on every call. (Used with test, exec, or a global replace, so sharing
// one object changes nothing: none of them keeps state between calls.)
const GERMAN_PREPOSITION_CAPITAL = / (?:bei|an|auf|in|fur|für|zu|uber|über|mit) (?!(?:der|die|das|dem|den|des|einer|einem|einen|eine|ein)\s)\p{Lu}/u;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:your|ur|the|a|his|her|their|my|our|that|this)\s+$/iu;
const AS_BEFORE = /(?:^|[^\p{L}])as\s+$/iu;
const CAPITAL_AFTER_FIRST_WORD = /.\s[^\s]*\p{Lu}/u;
const UPPER_OR_DIGIT_CHAR = /[\p{Lu}\d]/u;
const CAPITALISED_WORD_BEFORE = /[\p{L},)] +(\p{Lu}[\p{L}'-]+) $/u;
const NOT_NAME_CHARS = /[^\p{L}'-]/gu;
const TWO_CAPITALISED_WORDS = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const CAPITAL_QUOTE_OR_DIGIT = /\p{Lu}|"|\d/u;
const CAPITAL_QUOTE_OR_SLOT = /\p{Lu}|"|§/u;
const CAPITAL_OR_DIGIT = /\p{Lu}|\d/u;
const COMBINING_MARKS = /\p{M}/gu;
const NAME_WORD_START = /^(?:\p{Lu}|(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|das|ter|ten|bin|ibn|al|el|ni|nic|mac|ua|zu)$)/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;

/**
 * What a family of phrases is evidence for. `ask` feeds `asks` (and leech); `pitch` is a product pitch
 * (an ask to buy, and a purpose); `thanks` is gratitude for something specific (a purpose);
 * `stock` and `filler` are text that does not make a note.
 */
export type FamilyKind =
  | 'value'
  | 'ask'
  | 'pitch'
  | 'reason'
  | 'thanks'
  | 'personal'
  | 'reference'
  | 'introduction'
  | 'collector'
  | 'stock'
  | 'filler'
  | 'familiar';

/** Extra meaning some families carry for the combination step. */
export type FamilyTag = 'intro-request' | 'call' | 'hearsay' | 'role' | 'named' | 'favour' | 'pronoun' | 'cause';

/** What a family's check gets to decide whether a match counts. */
export interface MatchContext {
  /** The original (masked) text of the whole file, same offsets as the match. */
  readonly orig: string;
  /** Lower-cased names that are not third persons: the recipient, the sender, the company. */
  readonly notNames: ReadonlySet<string>;
  /** Template variables whose values are people's names (`{{introducer}}`). */
  readonly nameVars: ReadonlySet<string>;
  /** The normalised sentence the match sits in, and where it starts (set before each check). */
  sentence: string;
  sentenceStart: number;
  /** The message is written all lower case or ALL CAPS, so capitals say nothing about names. */
  readonly caseless?: 'lower' | 'upper' | undefined;
}

/** A family of phrases: one linear regex over normalised text and how to read a match. */
export interface Family {
  readonly kind: FamilyKind;
  /** The family can only match when one of these word stems is in the message (a cheap gate); empty = always. */
  readonly keys: readonly string[];
  readonly re: RegExp;
  /** Plain-words reason for the evidence, or undefined to reject this match. */
  readonly why: string | ((m: RegExpExecArray, ctx: MatchContext) => string | undefined);
  /** Whether a negation just before the match cancels it (default true). */
  readonly negatable?: boolean;
  /** Only in statements (offer questions like "Could I send you ...?" still count). */
  readonly mode?: 'statement';
  /** Reject when someone else ("you", "they") is the subject just before the match. */
  readonly senderOnly?: boolean;
  /** Reject when the match sits in a sentence that pitches a product (value only). */
  readonly notInPitch?: boolean;
  readonly tag?: FamilyTag;
  /** Also counts as reference evidence (a named person both know). */
  readonly alsoReference?: boolean;
  /** How many words before a gate word a match may start (default 6). */
  readonly back?: number;
  /** The match starts with a name: try only capitalised words (and template slots). */
  readonly names?: boolean;
  /** Counts only as the object of a request: in a question, or after "I'd love", "could you", "any". */
  readonly requestOnly?: boolean;
  /** Gate on `keys` even where they are common words (when no rarer word is in every match). */
  readonly commonKeys?: boolean;
}

const f = (kind: FamilyKind, keys: string, source: string, why: Family['why'], opts: Partial<Family> = {}): Family => ({
  kind,
  // A key also stands for its phone spellings, which the family's regex matches too (informal()): "u" for "you".
  keys: keys === '' ? [] : [...new Set(keys.split(' ').flatMap((k) => [k, ...chatSpellingsOf(k)]))],
  re: rx(source),
  why,
  // A family that opens with a name is tried at capitalised words up to 20 words before its gate word.
  ...(source.startsWith(NAME) ? { names: true, back: 20 } : {}),
  ...opts,
});

// ---------------------------------------------------------------------------------------------
// Names: a capitalised word (checked on the original text) that is not a stop word or the recipient;
// or a `{{slot}}` whose variable holds a person's name.

const NAME = `((?:(?:prof|professor|dr|dra|mr|ms|mrs|herr|frau|sr|sra|senor|senora|mme|sig|dott|dott\\.ssa|coach|pastor|rev|reverend|chef|capt|captain|judge|senator|councillor|councilor|sgt|sergeant)\\.? |(?:eng|ing|arq|lic|mag|mgr|ir|drs|avv|geom)\\. ){0,2}(?:[a-zæœ][a-zæœ'-]{1,20}(?: [a-z]\\.)?(?: (?:van|von|de|der|den|da|di|del|della|la|le|du|dos|das|ter|ten|bin|ibn|al|el|ni|nic|mac|ua|zu)){0,2}(?: [a-zæœ][a-zæœ'-]{1,20})?|[a-z]\\. [a-zæœ][a-zæœ'-]{1,20}|§{5,40}))`;
/** "you on LinkedIn", "you here": where anyone's profile is seen, with nothing after it of what they said or did there. */
const ON_A_PLATFORM = /(?:you|ur|your) (?:on|at) (?:linkedin|twitter|x|instagram|insta|facebook|fb|tiktok|xing|threads|bluesky|mastodon|here|social media|social|this (?:platform|site|app|network))(?: (?:and|so|but|which|today|recently|yesterday|earlier|the other day|a while ago|just now|too)(?![a-z])|[ ,]*$)/;
/** What someone did, in words that fit anyone: "built a great culture", "launched a new product", "created an amazing team". */
const DID_SOMETHING_GENERAL = /^[a-z']+(?: [a-z']+){0,4}? (?:built|launched|created|shipped|released|designed|built up) (?:a |an |such an? |some |the )?(?:(?:really|very|truly|so) )?(?:great|amazing|awesome|strong|new|incredible|fantastic|impressive|good|nice|cool|excellent|solid|wonderful|brilliant|lovely|beautiful|successful)(?: (?:culture|team|product|products|company|business|brand|community|platform|thing|things|stuff|work|app|service|services|feature|features|network|organi[sz]ation))?(?:[ ,]|$)/;
/** Up to `n` more characters of the same sentence, as few as will do (a dot in a domain or a number does not end it). */
/** Words before a figure that make it the sender's own pay ("I'm looking for 60k plus bonus", "my current package is …"). */
const OWN_PAY_BEFORE = /(?:^|[^a-z])(?:my|currently|current|expect|expecting|expectations?|asking for|(?:i'm|i am|i'd be|i would be) (?:looking|seeking|hoping|aiming)|(?:i|i'm|i am) (?:earn|earning|make|making|on)|mi|mein|meine|mon|ma|meu|minha|il mio|la mia)(?![a-z])/;
/** "we met at the conference (last year)": an event named by nothing, which could be said to anyone. */
const GENERIC_EVENT_MET = /^we (?:talked|chatted|met|spoke)(?: briefly)? (?:at|during|after) the (?:conference|event|meetup|summit|webinar|expo|fair|trade show|networking event|workshop|party|dinner)(?: (?:last|this) (?:week|month|year)| yesterday| recently| a while (?:back|ago))?(?: (?:and|but|so))?$/;
/** The words before "free ..." that ask for it: "could you send me a", "can I get a", "would love a". */
const FREE_ASKED_BEFORE = /(?:(?:send|give|grant|get|offer|spare|gift)(?: me| us)?|(?:could|can|may|might) (?:i|we) (?:get|have|grab|receive)|(?:i'd|we'd|i would|we would) (?:love|like|appreciate)|(?:looking for|hoping for|asking for|request(?:ing)?))(?: (?:a|an|some|the|two|three|\d+))?(?: [a-z'-]+)?\s*$/;
/** Someone not named as the target of an introduction: "jemanden im Einkauf", "alguien de tu equipo", "quelqu'un chez". */
const UNNAMED_TARGET = /(?:^|[^a-z'])(?:jemand|jemanden|jemandem|irgendwen|irgendjemand|irgendjemanden|alguien|alguna persona|quelqu'un|qualcuno|alguem|iemand)(?![a-z])/;
const sameSentence = (n: number) => `(?:[^.!?]|\\.(?! |$)){0,${n}}?`;
/** What goes wrong on a page or in an app, in French: "refuse les numéros belges", "ne charge pas", "affiche une erreur". */
const FR_FAULT = `(?<![a-z])(?:refuse|bloque|plante|erreur|bug|ne (?:charge|marche|fonctionne|s'affiche|s'ouvre|passe) (?:pas|plus)|affiche|invalide|repond|404|500)(?![a-z])`;
/** The recipient's possessive, including informal spellings. */
// ("3rd yr student", "yr 2 of my degree": "yr" is a year there)
const YOUR = `(?:your|(?<!\\d(?:st|nd|rd|th)? )yr(?! (?:\\d|students?|undergrad|uni|university|college|olds?)(?![a-z])))`;

/** Degrees and fields of study, capitalised in a student's letter: "a student of BS Public Administration" names no one. */
const FIELD_WORDS = new Set(
  (
    'bs bsc msc bba mbbs btech mtech beng meng llb llm administration engineering science sciences studies management economics ' +
    'medicine nursing business marketing finance accounting accountancy architecture physics chemistry biology mathematics informatics psychology sociology'
  ).split(' '),
);
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    "i im ive id ill me my we our you your u ur u're u've u'd u'll ure youre we're we've we'd we'll they're they've they'd i'm i've i'd i'll the a an and or but so hi hello hey dear thanks thank best regards cheers linkedin monday tuesday wednesday thursday friday saturday sunday " +
    'january february march april may june july august september october november december today tomorrow yesterday he she they someone somebody everyone anyone nobody ' +
    'it this that there here who what when where why how also just really please sir madam team everybody people folks mr mrs ms dr prof professor ' +
    'aoa salaam assalamualaikum like kindly humbly respectfully warmly gently hei hej hoi moi tere ahoj czesc witam szia merhaba selam salam namaste servus moin ciao oi labas sveiki mamá papá mamãe papai mutti vati maman mum mom mummy mommy mama mamma papa daddy dad granny grandma grandpa nana auntie aunty any all none staff senior principal analyst manager engineer developer designer director consultant specialist coordinator officer architect scientist recruiter either neither google github gitlab twitter facebook instagram youtube tiktok reddit slack substack hubspot salesforce glassdoor indeed yelp tripadvisor whatsapp ceo cto cfo coo cmo cio cpo ciso cro vp svp evp head founder in on at as if since after before while our their his her its would could should will can may might do does did phd msc mba bsc md hr ai ml ui ux api saas b2b crm erp cms ats sdk seo kpi kpis okr okrs roi qa b2c hoi hej oi ola salve ciao moin servus dag beste caro cara querido querida ' +
    'quick random sorry happy great good nice love loved congrats congratulations moving re fwd intro saw noticed spotted heard sure perfect awesome yes no ok okay cool brilliant amazing lovely wonderful excellent done noted absolutely definitely btw ps hola hallo bonjour salut coucou bonsoir buongiorno buonasera buenas buenos saludos gruezi ' +
    'one two three four five several some many few most both each every another other others whoever whomever ' +
    "once although though unless until because whenever wherever whether you're youre you've you'd you'll it's that's there's here's let's coach pastor rev reverend chef capt captain judge senator councillor councilor sgt sergeant " +
    // German writes every noun with a capital: the relation nouns and the polite pronouns are never a name
    'kollege kollegin kollegen freund freundin freunde chefin mitarbeiter mitarbeiterin nachbar nachbarin bekannter bekannte betreuer betreuerin ' +
    'doktorvater doktormutter lehrer lehrerin vorgesetzter vorgesetzte professorin sie ihnen ihr ihre ihrem ihren ihres dich dir euch'
  ).split(' '),
);

/** Words before a capitalised word that make it a place, a company or a title rather than a person: "at Brightwater", "the Vinhos da Serra team". */
const PLACE_BEFORE = new Set('at in on of into onto via the our their a an this these those its near across bei aus im am beim vom zur zum en chez dans du des le la les el los las al del'.split(' '));

const PARTICLES = new Set('van von de der den da di del della la le du dos das ter ten bin ibn al el y e'.split(' '));
const TITLES = new Set('mr mrs ms dr prof professor herr frau sr sra senor senora mme sig dott coach'.split(' '));
const GREETING_WORDS = new Set(
  ('hi hello hey dear hiya hallo hola bonjour salut coucou bonsoir buongiorno buonasera ciao ola oi hej moin servus gruezi liebe lieber estimado estimada querido querida cher chere caro cara gentile morning' +
    // Cyrillic and Greek greetings and forms of address: "Здравствуйте, Анна", "Поштована Марија", "Καλημέρα κυρία Παπαδοπούλου"
    ' здравствуйте здравствуй привет приветствую уважаемый уважаемая уважаемые дорогой дорогая шановний шановна шановні вітаю привіт добрий доброго поштовани поштована поштовање здраво здравейте уважаеми уважаема драги драга господин госпожа пан пані пани γεια καλημέρα καλησπέρα αγαπητέ αγαπητή αγαπητοί κύριε κυρία'
  ).split(' '),
);
/** Verbs after a person's name at the start of a sentence. */
const SAYS = new Set('said says told tells mentioned mentions suggested suggests thinks thought recommended recommends swears swore introduced pointed passed gave sent asked knows knew and meinte sagte dijo dice me m a'.split(' '));

/**
 * Whether the message names a person other than the recipient and the sender: a mutual or `via` in front matter,
 * a template slot for a person, or a capitalised word that is not a common word, an acronym, a place or company
 * after "at"/"the"/"our", or a sentence opener standing alone. Loose on purpose: it is the bar the trained
 * model's reading of someone both know must clear, so that "my landlord said you're the one to ask" (no one
 * named, by the labelling guide no reference) stays unread.
 */
export function namesSomeone(p: Prepared, ctx: MatchContext): boolean {
  const fm = p.doc.frontMatter;
  if (fm.mutual.length > 0 || fm.via || ctx.nameVars.size > 0) return true;
  // Without meaningful capitals there is nothing to go by: the model decides alone.
  if (ctx.caseless) return true;
  const firstBody = p.subject === 0 ? 1 : 0;
  return p.sentences.some((s) => s.index !== p.subject && sentenceNamesSomeone(s, ctx, s.index === firstBody));
}

const UNCASED_SCRIPT = /[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** Whether one sentence names a person other than the recipient and the sender, as namesSomeone() reads it (cased text). */
function sentenceNamesSomeone(s: PreparedSentence, ctx: MatchContext, opening: boolean): boolean {
  // A script without capitals (Han, kana, Hangul, Thai, Arabic, Hebrew, the Indic scripts): a name cannot be told here.
  if (UNCASED_SCRIPT.test(s.text)) return true;
  // Inside a run of capitalised words whose first word was judged ("Northwind Health", "Dmitri Vale").
  let run = false;
  for (let w = 0; w < s.tokens.length; w++) {
    if (!s.caps[w]) {
      // A particle carries the run on: "the Vinhos da Serra team", "Ana de la Cruz".
      if (!PARTICLES.has(s.tokens[w]!)) run = false;
      continue;
    }
    if (run && s.spaced[w - 1]) continue;
    run = false;
    const t = s.tokens[w]!;
    // Stop words, relation nouns and titles do not start a run: "Ihr Kollege Bernd Faller", "Prof. Okonkwo".
    if (t.length < 2 || /[^a-z'\u0370-\u03ff\u0400-\u04ff-]/.test(t) || NOT_NAMES.has(t) || CASELESS_NOT_NAMES.has(t)) continue;
    run = true;
    if (ctx.notNames.has(t.replace(/'s$/, ''))) continue;
    // After a greeting (titles skipped) it is the recipient: "Hello Mrs. Abernathy"; after "at" or "the" a place.
    let j = w - 1;
    while (j >= 0 && TITLES.has(s.tokens[j]!)) j--;
    if (j >= 0 && GREETING_WORDS.has(s.tokens[j]!)) continue;
    if (w > 0 && PLACE_BEFORE.has(s.tokens[w - 1]!)) continue;
    // A sentence opener is a name at the head of a full name ("Hamid Rostami lives two doors down"), spoken to
    // after the opening line ("Marisa, thank you", which opening the message is the recipient) or saying
    // something ("Marisa tells me"); else it may be any word ("Apparently").
    if (w === 0) {
      const fullName = s.caps[1] && s.spaced[0];
      const spokenTo = s.text[s.starts[0]! + t.length] === ',' && !opening;
      if (!fullName && !spokenTo && !SAYS.has(s.tokens[1] ?? '')) continue;
    }
    const orig = s.text.slice(s.starts[w]!, s.starts[w]! + t.length);
    if (orig === orig.toUpperCase()) continue;
    // Someone only seen at work in public ("your co-founder Wei Ling speak on a panel", "Ana Lima's keynote") is no one both know.
    if (seenAtWork(s, w)) continue;
    return true;
  }
  return false;
}

const SEEN_AT_WORK_VERB = new Set('speak speaking spoke present presenting presented demo demoing pitch pitching keynote'.split(' '));
const SEEN_AT_WORK_NOUN = new Set('talk keynote webinar post article podcast book panel paper presentation video newsletter thread episode interview slides deck'.split(' '));
/** The name starting at word `w` is followed by "speak/present/pitch ..." or is "X's talk/keynote/post ...": someone seen, not known. */
function seenAtWork(s: PreparedSentence, w: number): boolean {
  let end = w;
  while (end + 1 < s.tokens.length && s.caps[end + 1] && s.spaced[end]) end++;
  const last = s.tokens[end]!;
  const next = s.tokens[end + 1];
  if (next === undefined) return false;
  if (/'s$/.test(last)) return SEEN_AT_WORK_NOUN.has(next) || SEEN_AT_WORK_NOUN.has(s.tokens[end + 2] ?? '');
  return SEEN_AT_WORK_VERB.has(next) && /^(?:at|on|about|during|in)$/.test(s.tokens[end + 2] ?? '');
}

/** The capitalised name the family's capture group holds, checked on the original text; undefined when none. */
/** A relation of the recipient's or sender's right after a name: ", your old boss", " (my former manager)". */
const RELATION_AFTER = /^(?:,| \()\s*(?:your|my|our)\s+(?:old|former|ex-|first|previous|then)?\s*(?:boss|manager|colleague|coworker|co-worker|teammate|mentor|advisor|adviser|supervisor|professor|teacher|cofounder|co-founder|lead|director|flatmate|roommate|classmate|labmate)(?![a-z])/i;

/** The recipient's team after a name: "I spoke to Ulrike Braun in your dispatch team" (a person, though after "to"). */
const TEAM_AFTER = /^,? (?:from|in|on|at) (?:your|yr) (?:[a-z-]+ ){0,2}(?:team|department|office|group|lab|squad|board|crew)(?![a-z])/i;

/** A German possessive, maybe an adjective, then a noun, just before a name: "Ihr ehemaliger Teamleiter ", "deine Kollegin ". */
const GERMAN_POSSESSIVE_NOUN = /(?:^|\s)(?:[Ii]hr|[Ee]uer|[Ee]ure|[Uu]nser|[Uu]nsere|[Mm]ein|[Mm]eine|[Dd]ein|[Dd]eine|ihr|ihre|ihrem|ihren|ihrer|dein|deine|deinem|deinen|deiner|euer|eure|unser|unsere|unserem|unseren|unserer|mein|meine|meinem|meinen|meiner)\s+(?:[a-zäöü]+\s+)?[A-ZÄÖÜ][a-zäöüß]+ $/;

/**
 * Words that put the sender and the recipient with the same teacher (the text around a titled name): "both", "fellow",
 * "you too", "before me", and the same in Portuguese, Spanish, French, German, Italian and Dutch.
 */
const TEACHER_BOTH =
  /(?:^|[^a-z])(?:both|fellow|you too|u too|you also|like you|like me|(?:years?|terms?|semesters?|cohorts?|classes) (?:ahead of|before|after|above|below) (?:me|you|u)|(?:ahead of|before|after) (?:me|you|u)|we (?:both|were|had|did|took|studied|survived|sat|all)|(?:you|u) (?:were|had|did|took|studied|survived) (?:in|with|under)|uns beide|wir beide|beide|vor mir|nach mir|auch du|los dos|las dos|ambos|ambas|antes que yo|tambien|tambem|tu tambem|voce tambem|antes de mim|depois de mim|entrambi|tutti e due|tutte e due|anche tu|anche lei|prima di me|tous les deux|toutes les deux|nous deux|avant moi|toi aussi|vous aussi|allebei|wij allebei|ook jij|voor mij)(?![a-z])/;

/**
 * A research group, an introduction or a family event after a name: "in Esther Adeyemi's group", "in Ortega's lab",
 * "following up from Jorge's email intro", "at Nina's wedding", "at Hannah and Dev's wedding" (a person, though after
 * "in", "from" or "at").
 */
const PI_AFTER = /^['’]s (?:(?:[a-z-]+ ){0,3}(?:lab|group|seminar|studio)|(?:kind |warm |quick |email |e-mail |e-)?(?:intro|introduction|referral)|(?:[a-z-]+ ){0,2}(?:wedding|funeral|birthday|leaving do|leaving drinks|farewell|retirement party|housewarming))(?![a-z])|^ (?:and|&) [A-Z][\p{L}'-]+['’]s (?:[a-z-]+ ){0,2}(?:wedding|reception|party|engagement|housewarming|christening|anniversary)(?![a-z])/iu;

export function nameAt(m: RegExpExecArray, ctx: MatchContext): string | undefined {
  let idx: [number, number] | undefined;
  for (let g = 1; g < m.length; g++) {
    const i = m.indices?.[g];
    if (i) {
      idx = i;
      break;
    }
  }
  if (!idx) return undefined;
  const before = ctx.orig.slice(Math.max(0, idx[0] - 40), idx[0]);
  // "a friend at Carto told me": a name right after a preposition is a place or a company.
  // (A title makes it a person: "a guest lecture in Prof. Adeyemi's module".)
  // (So does a relation right after it: "I was with Conor Walsh, your old boss at Intercom".)
  if (idx[0] === m.index && /(?:^|\s)(?:at|from|in|for|with|of|on|by|to|into|via|like|chez|bei|en|de|da|na|no|em|bij|van|von|aus|presso|dans)\s+$/i.test(before) && !/^(?:prof|professor|dr|mr|mrs|ms|coach|herr|frau)\.?\s/i.test(ctx.orig.slice(idx[0], idx[0] + 12)) && !RELATION_AFTER.test(ctx.orig.slice(idx[1], idx[1] + 40)) && !PI_AFTER.test(ctx.orig.slice(idx[1], idx[1] + 40)) && !TEAM_AFTER.test(ctx.orig.slice(idx[1], idx[1] + 50))) return undefined;
  // "our billing lead, Marisol": a colleague of the sender's own team, not someone the recipient knows.
  if (/\bour (?:[\w-]+ ){0,3}[\w-]+,\s*$/i.test(before) && !/\bour (?:[\w-]+ )*(?:mutual|common|shared)\b/i.test(before)) return undefined;
  // A name does not start in the middle of a name: "Marisol Vega" is not "Vega" (capitals carry meaning only in cased text).
  // (A capitalised word that is never a name may stand before one: German "Ihr Kollege Bernd Faller".)
  const capitalBefore = !ctx.caseless && idx[0] === m.index ? CAPITALISED_WORD_BEFORE.exec(before) : null;
  // (German nouns are capitalised: "Ihr ehemaliger Teamleiter Christoph Berger" has a noun after a possessive there.)
  if (capitalBefore && !NOT_NAMES.has(capitalBefore[1]!.toLowerCase()) && !/(?:^|\s)(?:hi|hello|hey|dear|thanks|thank you|cheers|per|ps|p\.s\.)\s+\S+ $/i.test(before) && !GERMAN_POSSESSIVE_NOUN.test(before)) return undefined;
  const raw = ctx.orig.slice(idx[0], idx[1]);
  if (raw.startsWith('{{')) {
    const v = raw.replace(/^\{\{\s*|\s*\}\}$/g, '');
    return ctx.nameVars.has(v) ? raw : undefined;
  }
  const parts = raw.split(' ');
  for (const p of parts) if (FIELD_WORDS.has(p.toLowerCase())) return undefined;
  const out: string[] = [];
  for (const p of parts) {
    const bare = p.replace(/\.$/, '');
    if (/^(?:prof|professor|dr|dra|mr|ms|mrs|herr|frau|sr|sra|señor|señora|senor|senora|m|mme|sig|dott|dottssa|dott\.ssa|coach|pastor|rev|reverend|chef|capt|captain|judge|senator|councillor|councilor|sgt|sergeant|eng|ing|arq|lic|mag|mgr|ir|drs|avv|geom)$/i.test(bare)) continue;
    if (out.length > 0 && /^(?:van|von|de|der|den|da|di|del|della|la|le|du|dos|das|ter|ten|bin|ibn|al|el|ni|ní|nic|mac|ua|zu)$/i.test(p)) continue;
    const first = p.charAt(0);
    const lower = p.toLowerCase().replace(/['’]s$/, '');
    // In a caseless message (all lower case, or ALL CAPS) the grammar around the slot has to carry
    // the name: any word but the common ones.
    if (ctx.caseless && (CASELESS_NOT_NAMES.has(lower) || isCommonWord(lower) || /(?:ings?|tions?|ments?|ness|ities|ity|ships?|ers)$/.test(lower))) break;
    if (first.toLowerCase() === first && ctx.caseless !== 'lower') break;
    // In ALL CAPS text every word looks like a name; trust it only after a relation ("MY UNCLE DAVE").
    if (!ctx.caseless && p.length > 1 && p === p.toUpperCase() && !/\b(?:my|our|your|mon|ma|mi|mein|meine)\s+(?:[a-z-]+\s+){0,2}$/i.test(before)) break;
    if (NOT_NAMES.has(lower)) break;
    // "SDRs on your team", "the VPs": an acronym in the plural is a role, not a name
    if (/^[A-Z]{2,}s$/.test(p)) break;
    out.push(p.replace(/['’]s?$/, ''));
  }
  if (out.length === 0) return undefined;
  const full = out.join(' ');
  // The recipient's and sender's names are kept normalised (accents folded): "Inès" is "ines" there.
  if (ctx.notNames.has(normalize(full)) || ctx.notNames.has(normalize(out[0]!))) return undefined;
  return full;
}

const named =
  (why: (name: string) => string) =>
  (m: RegExpExecArray, ctx: MatchContext): string | undefined => {
    const name = nameAt(m, ctx);
    return name ? why(name) : undefined;
  };

// ---------------------------------------------------------------------------------------------
// value: the sender offers something.

const GIVE = alt(GIVE_VERBS);
/** A discount on the sender's goods ("10% off your next session", "a 15% discount"): a sales incentive, not a gift. */
const DISCOUNT_AFTER = /(?:\d+ ?%|\d+ percent|[$€£]\d+) (?:off|discount)(?![a-z])|(?:a|an) (?:\d+ ?% |special |exclusive |small )?discount(?![a-z])/;
/** The first word of each give verb: the gate of the families built on them. */
const GIVE_KEYS = [...new Set(GIVE_VERBS.map((v) => /^[a-z']+/.exec(v)?.[0] ?? ''))].filter(Boolean).join(' ');
const SELF_OBJECT_NOUNS = `(?:resume|cv|portfolio|deck|pitch|startup|product|products|app|website|proposal|profile|application|business plan|demo|platform|tool|solution|services?|case studies|work samples|questions?|range|offering|offerings|lineup|line-up|catalogue|catalog|menu|collection|packages)`;
// The sender's own CV or portfolio in the other languages: "te mando mi portafolio", "je vous envoie mon CV"
const SELF_OBJECTS_ABROAD = `(?:mi|mis|nuestro|nuestra|mon|ma|notre|mein|meinen|meine|unser|unsere|unseren|o meu|a minha|meu|minha|il mio|la mia|mijn|onze) (?:cv|curriculum|curriculum vitae|curriculo|lebenslauf|portafolio|portafolios|portfolio|propuesta|proposition|proposta|presentacion|presentation|presentazione|apresentacao|catalogo|catalogue|katalog|dossier|bewerbung|bewerbungsunterlagen|unterlagen|candidatura|candidature)`;
// ("Posso enviar-te o CV?", "te paso el CV": with an article, the CV sent is still the sender's)
const SELF_OBJECTS = `(?:(?:my|our) ${SELF_OBJECT_NOUNS}|${SELF_OBJECTS_ABROAD}|(?:o|el|le|il|den|das|het) (?:cv|curriculum|curriculo|lebenslauf)(?![a-z]))`;
/** Things that do not count as an offer: the sender's own material, questions, a blurb to forward. */
const NOT_OFFERED = new RegExp(
  `(?:^|[^a-z])(?:${SELF_OBJECTS}|(?:a |some |a few |my |our )?questions?(?![a-z])|(?:over |you |u )?(?:the|more|further|full|all the) (?:details|info)(?![a-z])(?! (?:of|on|about|from|for) )|(?:draft|write)(?: up)?(?: (?:you|u))? (?:the|an|a|that|this)(?: (?:quick|short|brief|first|intro|introduction|introductory|forwardable))* (?:email|e-mail|intro|introduction|blurb)(?![a-z])|(?:a |short |two-line |quick )*blurb|(?:${W} )?(?:note|text|mot|texto|message|nachricht) (?:you can|to|zum|a lui|para|que|qui|that|die du)|forward(?:able)?|weiterleiten|transferer|zum weiterleiten|encaminhar|reencaminhar|repassar|inoltrare|girare|(?:a |my |our )?(?:calendar|calendly) (?:link|invite)|(?:a |an )?(?:invite|invitation) to connect|(?:our|my|a) (?:best |lowest |competitive |detailed |formal |free )?(?:demo|pitch|proposal|quote|quotation|pricing|price list|brochure|catalog(?:ue)?)|(?:through |over )?(?:the |our )?pricing(?! data| research| benchmark| survey| teardown)|(?:a |an |the |our )?(?:quick |short |brief |live )?(?:demo|product tour)(?: link| video| invite| call)?(?![a-z])|more (?:info|information) about (?:our|my|us)|(?:the |a |my |our )?(?:booking|payment|sign-?up|checkout|order|registration|purchase) (?:link|page|form)|(?:short |brief )?paragraph (?:you|that you)|(?:a couple of |a few |two |some )?lines? (?:you|that you)|(?:un par de )?lineas? para que|(?:un )?parrafo para que|reenvies|reenviar|(?:nuestr[oa]s?|mis?) (?:pitch ?deck|deck|cv|curriculum|propuesta|plan de negocio|producto|app|web|startup|portfolio|presentacion|demo)|(?:notre|nos|mon|ma|mes) (?:pitch ?deck|deck|cv|proposition|produit|solution|portfolio|presentation|demo)|(?:the |an |our |my |a )?(?:invoice|receipt|bill|contract|purchase order|payment link|order form)(?![a-z])|the (?:cv|resume|resumé|résumé)(?![a-z])|(?:${W} ){1,3}(?:ahead|beforehand|in advance)(?: of (?:time|the call|our call))?,? so (?:we|you) (?:don't|do not|won't) waste)`,
);

const COURTESY_WORD = /(?:coffee|cafe|café|lunch|dejeuner|déjeuner|drinks?|beers?|pint|verre|kaffee|comida|almuerzo|cena|dinner|cerveza|cervezas|cana|birra|biere|bière|bier|cerveja|chope|caffe|caffè|copa|apero|apéro)(?![a-z])/;
const COURTESY_OBJECT = new RegExp(`^\\W*(?:${W} ){1,4}(?:the |a |some |you (?:a |the )?)?(?:coffees?|lunch|drinks?|beers?|pints?|pastries|croissants|cake|snacks|biscuits|doughnuts|donuts)(?: and (?:the |a |my |our )?${W}(?: ${W})?)?$`);
/** The match and the rest of its clause (up to 45 characters): what an offer is of. */
function clauseFrom(m: RegExpExecArray, ctx: MatchContext): string {
  const rest = ctx.sentence.slice(m.index - ctx.sentenceStart, m.index - ctx.sentenceStart + 45);
  const stop = rest.search(/[.;:!?]/);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  return clause.length >= m[0].length ? clause : m[0];
}

const EASES_THE_FAVOUR = /so (?:it|this|that) (?:takes|will take|is|won't take)(?: (?:you|u))? (?:less|as little|no more|only|quick|easy|easier|faster)|as little of (?:your|ur) time|(?:to )?make (?:it|this|things|that) (?:as )?(?:easy|easier|quick|quicker|painless|simple)|so (?:you|u) (?:don't|do not|won't|dont) (?:have|need) to/;
const SEND_IT_QUESTION = /^\W*(?:and |so )?(?:could|can|may|shall|should|might) (?:i|we) (?:send|share|forward|pass|email|drop)(?: (?:you|u))? (?:it|them|this|that|these|those)(?: (?:over|along|across|through|your way|to you))? ?\?/;

/** Help promised as a result the buyer gets: "help you 10x your followers", "help your team hit its Q3 goals", "help you make 300% returns". */
const GROWTH_PROMISE =
  /help (?:you|u|your (?:team|company|business|brand|store|shop|agency|practice|firm|startup|sales team|clinic))(?: to)? (?:\d+x|x\d+|double|triple|quadruple|boost|skyrocket|scale|make (?:\d|money|more money|\$|€|£)|earn|generate more|get more (?:leads|clients|customers|sales|followers|revenue|traffic|bookings|meetings)|increase (?:your|its|their)|hit (?:your|its|their) (?:q\d|quarterly|revenue|sales|targets?|goals?|numbers|quota))(?![a-z])/;

/** A job the sender applies for or has got ("I'm applying for a paid role", "I just landed a paid position"), not one offered. */
function sendersOwnJob(m: RegExpExecArray, ctx: MatchContext): boolean {
  const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart);
  return /(?:apply(?:ing)?|applied|interview(?:ing|ed)?|looking|searching|hoping|shortlisted|got|landed|start(?:ing|ed)?|accepted|took|chasing|going)(?: (?:for|to|into|at|on|after))?(?: (?:a|an|the|my|this|that))?(?: (?:new|full-time|part-time|first))? $/.test(before);
}

function offerWhy(what: string) {
  return (m: RegExpExecArray, ctx: MatchContext): string | undefined => {
    const tail = clauseFrom(m, ctx);
    // "Lebenslauf schicke ich gern": the object comes first in German
    const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 32), m.index - ctx.sentenceStart);
    if (/(?:lebenslauf|unterlagen|bewerbung\w*|zeugnisse|mein(?:en)? cv|mein portfolio)\s*$/.test(before)) return undefined;
    const offered = tail.slice(tail.search(/(?:send|share|show|forward|pass|give|walk|offer|provide)/) + 1 || 0);
    if (NOT_OFFERED.test(offered)) return undefined;
    // "can send refs": references sent with an application (a separate test, run only when the word is there)
    if ((offered.includes('refs') || offered.includes('references')) && /(?:^|[^a-z])(?:refs|references)(?![a-z])/.test(offered)) return undefined;
    if (/ how (?:i|we) can /.test(tail)) return undefined;
    // "I CAN HELP YOU 10X YOUR FOLLOWERS", "we help your team hit its Q3 targets": a sales promise, not help given
    if (GROWTH_PROMISE.test(tail)) return undefined;
    // "Could you help me with mine? I can send you my code": the sender's own material for the favour asked, not a gift
    if (/(?:send|share|show|forward|pass) (?:you |u )?(?:my|our) /.test(tail) && !/in return|in exchange|return the favou?r|to keep|for your|yours/.test(ctx.sentence) && /(?:help (?:me|us) with|(?:take|have) a look at (?:my|our|it)|look (?:at|over) (?:my|our)|what(?:'s| is) wrong with (?:my|our|it))/.test(ctx.orig.toLowerCase())) return undefined;
    // "I can send you the job description and a list of projects so it takes you less time": material that makes the
    // favour asked easier to do is part of the favour, not a gift
    // (Every match holds "so ", "make " or "as little of": the regex is not tried on a sentence with none of them.)
    if ((ctx.sentence.includes('so ') || ctx.sentence.includes('make ') || ctx.sentence.includes('as little of')) && EASES_THE_FAVOUR.test(ctx.sentence)) return undefined;
    // "Could I send it over?" after asking for a review: asking leave to send their own thing, not offering one
    if (SEND_IT_QUESTION.test(ctx.sentence)) return undefined;
    // "people who could give us one hour a month": something given to the sender is asked, not offered
    if (/(?:^|[^a-z])(?:give|send|share|lend|show|offer|provide|pass|forward|hand|spare) (?:us|me)(?![a-z])/.test(tail)) return undefined;
    // "I'll bring the coffee", "un café ? Je vous l'offre": coffee or lunch is courtesy, not an offer
    if (COURTESY_OBJECT.test(tail) || (/ (?:l'|le |la |it\b)/.test(m[0]) && COURTESY_WORD.test(ctx.orig.slice(Math.max(0, m.index - 60), m.index).toLowerCase()))) return undefined;
    // "offer it to your patients at a 15% partner discount": a discount on a purchase
    const rest = ctx.sentence.slice(m.index - ctx.sentenceStart);
    // (Every match holds "%" or "discount": the regex is not tried on the many clauses with neither.)
    if ((rest.includes('%') || rest.includes('discount')) && /\d+ ?% (?:[a-z]+ )?(?:discount|off)|\bdiscount/.test(rest)) return undefined;
    // "hope we can share insights": mutual benefit with nothing concrete
    if (/^we\b/.test(m[0]) && /(?:share|exchange|swap|trade) (?:insights|ideas|experiences|knowledge|best practices|thoughts|stories|learnings|opportunities|perspectives)(?:$| (?:and|with|on|about|as|in|from))/.test(tail)) return undefined;
    return what;
  };
}

const VALUE: Family[] = [
  f(
    'value',
    'happy glad keen willing delighted eager pleased ready thrilled excited able open available here around',
    `(?:${I_MODAL}|would|will|am|are|and)(?: be)? ${WILLING} to(?: (?:also|gladly|happily|personally|just|even))? (?:${GIVE})${gap(4)}`,
    offerWhy('offers to give or help'),
    { senderOnly: true, notInPitch: true },
  ),
  f('value', 'happy glad keen willing delighted pleased', `(?:happy|glad|keen|willing|delighted|pleased) to (?:${GIVE})${gap(4)}`, offerWhy('offers to give or help'), {
    senderOnly: true,
    notInPitch: true,
  }),
  f('value', GIVE_KEYS, `(?:${OFFER_MODAL}|(?:(?:and|but|so) |(?<=, ))(?:can|could|will|would|'ll)(?: (?:also|gladly|happily|readily|certainly|definitely|always))?) (?:${GIVE})${gap(4)}`, offerWhy('offers to give or help'), {
    senderOnly: true,
    notInPitch: true,
    mode: 'statement',
  }),
  f(
    'value',
    'like love want',
    `(?:(?:i|we)(?:'d| would)?|and would|(?<=[,;] )would) (?:really )?(?:like|love|want) to (?:(?:${W} ){1,4}and (?:also )?)?(?:send|share|give|offer|provide|credit|feature|cite|include|introduce you|connect you|pass along|return)${gap(4)}`,
    offerWhy('offers to give something'),
    { senderOnly: true, notInPitch: true },
  ),
  f('value', `can could may shall might ${GIVE_KEYS}`, `(?:can|could|may|shall|might) (?:i|we) (?:${GIVE})${gap(4)}`, offerWhy('offers to give or help'), { senderOnly: true }),
  f('value', 'me', `(?:would you like|do you want|want|would it help if|would it be useful if|should) (?:me|i|us|we) to (?:${GIVE})${gap(3)}`, offerWhy('offers to give or help')),
  f(
    'value',
    'want like interest care',
    `(?:(?:do you |would you |you )?(?:want|like|care) (?:it|one|a copy|them|access|the link|the (?:full )?(?:spec|brief|list|draft|deck|data|notes|file|slides|recording))\\?|(?:do you |would you )?(?:want|like|care) to (?:see|read|try|get|have|look at|test|preview) (?:the|our|my|a|an|it|them|this)${gap(3)}|would you like (?:the|a|our|my|an) ${W}(?: ${W})?\\?|(?:interested|interesse|intéressé|interessiert)\\s*\\?)`,
    (m) => (/demo|pitch|call|chat|meeting/.test(m[0]) ? undefined : 'offers something they can have'),
  ),
  f(
    'value',
    'helpful useful help handy interest relevant',
    `(?:would it (?:help|be (?:helpful|useful))|if (?:it(?:'s| is| would be| helps| 's| might be)?|that(?:'s| is| would be| helps)?|that'd be|it'd be|they're|they are|you think it's) (?:at all )?(?:helpful|useful|handy|of (?:use|interest|help)|interesting|valuable|relevant)|(?:might|could|may) be (?:handy|useful|helpful) (?:for|to) ${YOUR})`,
    (m, ctx) => (/(?:demo|call|chat)/.test(ctx.orig.slice(m.index - 40, m.index).toLowerCase()) || NOT_OFFERED.test(ctx.sentence) ? undefined : 'offers something if useful'),
    { senderOnly: true },
  ),
  f(
    'value',
    'know word ping shout hesitate free tell',
    `(?:let me know|just let me know|tell me|say the word|ping me|give me a shout|shout|don't hesitate to (?:reach out|ask|ping me)|feel free to (?:reach out|ask|ping me|grab|use|take))${gap(3)} (?:if|whenever|when|anytime|should)(?: there(?:'s| is))?(?: ever)?(?: anything| any way| anything else| something)?(?: (?:i|we) (?:can|could) (?:ever )?(?:do|help|return|offer|share|send|be of))`,
    'offers help whenever needed',
  ),
  f(
    'value',
    'know word ping shout free hesitate holler',
    `(?:let me know|just let me know|say the word|ping me|shout|give me a shout|holler|feel free to (?:ask|reach out)|don't hesitate to (?:ask|reach out)) (?:if|whenever|when|should) you(?:'d)? (?:ever )?(?:need|want|like|would like|'d like|are interested|find|could use|have any)`,
    // "let me know if you have any openings": a job asked for, not help offered; "let me know if you want to lock something
    // in for March": a sale or a meeting proposed
    (m, ctx) => {
      const rest = ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length);
      if (/ have any$/.test(m[0]) && /^ (?:[a-z'-]+ ){0,2}(?:openings?|vacanc(?:y|ies)|positions?|roles?|jobs?|opportunit(?:y|ies)|internships?|placements?)(?![a-z])/.test(rest)) return undefined;
      if (/ (?:want|like|would like|'d like)$/.test(m[0]) && /^ to (?:lock|book|buy|order|sign up|schedule|move forward|proceed|get started|go ahead|chat|talk|hop on|jump on|discuss|meet|set up|see a demo|learn more|hear more|grab|work with|collaborate|partner|try it|try our|start)(?![a-z])/.test(rest)) return undefined;
      return 'offers help whenever needed';
    },
  ),
  f(
    'value',
    'need want',
    `if (?:you|${YOUR} (?:${W} )?(?:team|folks|devs|people|org)) (?:ever )?(?:need|needs|want|wants|would like|'d like|could use)${gap(12)},? (?:send (?:them|it|me)|ping me|reach out|call me|ask me|let me know|i'm|i am|i'd|i'll|i can|just (?:ask|ping|send)|i'm around|i'm here|give me a shout)`,
    'offers help whenever needed',
  ),
  // "if you have clients too small for you, send them my way" takes work off their hands; "if you hear of anything, please
  // send it my way" asks for leads
  f('value', 'way', `send (?:them|it|those|him|her) my way`, (m, ctx) => (/(?:please|pls|plz|kindly|hear of|hear about|come across|see any|know of|spot any|notice any)(?:[^a-z]|$)/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? undefined : 'offers to take something on')),
  f(
    'value',
    'anything way',
    `(?:if|whenever) (?:there(?:'s| is) )?(?:ever )?(?:anything|any way|something)(?: else)? (?:i|we) (?:can|could) (?:do|help|offer|return|contribute)`,
    'offers help whenever needed',
  ),
  f(
    'value',
    'return exchange favour favor forward reciprocate string strings yours',
    `(?:in (?:return|exchange)|return (?:the|any|a|all) favou?rs?|pay it forward|reciprocate|quid pro quo)`,
    'offers something in return',
  ),
  f(
    'value',
    'string strings yours whether nothing conditions commitment unpaid owe welcome person compromiso compromisso engagement unverbindlich impegno vrijblijvend revaudrai',
    `(?:no strings(?: attached)?|(?:is|are|it's|they're) yours(?: to keep| if| whether| either| regardless| free|[,.!]|$)|whether or not (?:we|you) (?:ever )?(?:work|buy|do business|hire|sign|talk)|(?:yours|it's yours) to (?:keep|use|borrow|adapt|copy|fork)|(?<=[,;-] |it's |they're )free to (?:use|keep|share|adapt|borrow)|you're welcome to (?:keep|use|borrow|adapt|copy)|nothing (?:needed|expected|required|asked) (?:back|in return)|no conditions(?: attached)?|no commitment|(?:sin|sem|senza) (?:compromiso|compromisso|impegno)|sans engagement|unverbindlich|vrijblijvend|(?<=[,-] )unpaid|i'm your (?:person|guy|girl|man|woman)|i owe you one|je te revaudrai|te debo una|ti devo un favore)`,
    // "te debo una cerveza": a drink owed is courtesy (an open "te debo una" is a favour owed)
    (m, ctx) =>
      (/(?:demo|sign up|subscribe|purchase|discount|% off|first (?:month|three months|year))/.test(ctx.sentence) && /yours/.test(m[0])) ||
      (/debo una$/.test(m[0]) && COURTESY_WORD.test(normalize(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 16))))
        ? undefined
        : 'offers something with no strings',
    { negatable: false },
  ),
  f(
    'value',
    'pay compensate cover honorarium gift paid stipend rate',
    `(?:(?:i|we)(?:'ll|'d| will| would| can| could| are| am|'re|'m)?(?: (?:happily|gladly|of course|absolutely|definitely))? (?:be )?(?:(?:happy|glad|willing|like|love|want|prefer|plan|intend) to )?(?:pay|compensate|cover|reimburse)|(?:paid(?! (?:pilots?|trials?|clients?|accounts?|seats?|deployments?|contracts?|orders?|conversions?|social|search|media|ads?|advertising|acquisition|campaigns?|channels?|plans?|tiers?|versions?|subscriptions?|newsletters?|courses?|content|partnerships?|members?|users?|customers?|traffic|marketing|placements?|promotion|posts?|apps?|features?|products?|off|for by|back))|compensated|honorarium|gift card|stipend)(?: (?:at|for) your (?:time|usual rate))?|(?:at|for) your (?:usual|standard|normal|going) (?:rate|fee)|(?:we|i) pay \\$?\\d+)`,
    // "I cover commodities for the FT": a reporter's beat, not a cost covered (covering takes a modal: "we'll cover");
    // "I'm applying for a paid role at a helpline": the sender's own job
    (m, ctx) => (/^(?:i|we) cover$/.test(m[0]) || sendersOwnJob(m, ctx) ? undefined : 'offers to pay for their time'),
    { senderOnly: true },
  ),
  f(
    'value',
    'free complimentary cost charge',
    `(?:(?<!(?:our|my) )(?:free|complimentary|no-cost|at no cost|on the house|gratis|kostenlos|gratuit|gratuita|gratuito)(?: ${W})?(?: ${W})? (?:trial|audit|review|copy|copies|access|seat|seats|ticket|tickets|pass|passes|license|licence|consult|consultation|session|account|month|months|credits|teardown|assessment|workshop|report|analysis|upgrade|plan|check|course|version|tier|edition|sample|samples|pilot|subscription|membership|class|lesson|spot|place|entry)|(?<=[,-] )(?:free|no charge|free of charge|for free|on us|on the house)(?: obv| obviously| of course)?(?:[.!]|$)|(?:free|kostenlos|gratuit) (?:obv|obviously|of course|for you|for your team|fur euer team|fur ihr team)|no charge|free of charge|early access|(?:for|at) no cost|(?:totally|completely|entirely|100%|absolutely|all) free(?! (?:to|for) (?:the )?public)|free(?! to(?: |$))(?: ${W})? (?:proofread|proofreading|edit|review|feedback|help))`,
    // "here's a blurb, free to edit" is leave to change it; "all free to the public" is an event's entry, not a gift to them;
    // "your free online course got me through my first year" is theirs, thanked for; "could you send me a free license
    // key" asks for one
    (m, ctx) => {
      const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart);
      if (/(?:^|[^a-z])(?:your|ur|yr|their|his|her)(?: [a-z'-]+)?\s*$/.test(before)) return undefined;
      return FREE_ASKED_BEFORE.test(before) ? undefined : 'offers something free';
    },
    { negatable: false },
  ),
  f(
    'value',
    'attached attaching enclosed linked here put together compiled wrote made recorded',
    `(?:here(?:'s| is| are)|i've attached|i attached|attached (?:is|are)|i'm attaching|attaching|enclosed is|i've linked|linked below|i've put together|i put together|i compiled|i wrote up|i've written up|i've written|i made|i recorded|i've recorded|i cut|i built|i've built)(?: (?:a|an|the|our|some|my|quick|short|small|brief|free|\\d+-${W}))* (?:${W} )?(?:summary|notes|writeup|write-up|doc|report|data|dataset|benchmark|benchmarks|list|guide|template|checklist|results|analysis|fix|patch|pr|pull request|gist|recording|slides|resource|resources|playbook|script|spreadsheet|comparison|repro|reproduction|notebook|map|link|repo|video|loom|version|cut|mockup|prototype|timeline|it up|them up|runbook|handbook)`,
    offerWhy('shares a resource'),
  ),
  f(
    'value',
    'bug typo issue vulnerability found noticed discovered',
    `(?:i|we)(?:'ve| have)? (?:found|noticed|spotted|caught|discovered)(?: what (?:looks|seems) like)?(?: that)? (?:(?:a|an|two|a few|some|one) (?:small |minor |subtle |possible |potential |security |nasty )?(?:bug|typo|issue|broken link|vulnerability|regression|edge case|memory leak|race condition|mistake|error|leak|flaw|discrepancy)|(?:the|your) ${W}(?: ${W}){0,4} (?:reveals|leaks|exposes|breaks|crashes|fails|returns|is broken|is down|doesn't|does not))`,
    'reports a problem they found',
  ),
  f(
    'value',
    'opened filed submitted sent pr patch fix',
    `(?:i|we)(?:'ve| have)? (?:opened|filed|submitted|sent|put up|pushed|wrote) (?:a|an|the) (?:small |quick |tiny |draft |)?(?:pr|pull request|patch|fix|issue|bug report|merge request)`,
    'offers a fix or report',
  ),
  f(
    'value',
    'hiring hire recruiting recrute recrutons contratando opening role position opportunity opp oppty fit',
    `(?:(?:i'm|i am|we're|we are|my team is|our team is|my team|our team|my team's|our team's|(?:i|we)(?:'m|'re| am| are) currently|je|nous|estamos|estoy|wir)(?: (?:now|actively|also|still|urgently|busy))? (?:hiring|recruiting|recrute|recrutons|contratando|stellen ein)|(?:to|tamo|tamos|t[aá]) contratando|(?:tryna|trying to|looking to|want to) hire|pays well|(?:paid|betaald|bezahlte?n?|remunerad[oa]|retribuit[oa]) (?:role|position|gig|opportunity|project|freelance|als|opdracht)|(?:we|i) have (?:an|a) (?:${W} ){0,2}(?:opening|role|position|spot|vacancy|opportunity|opp|oppty|job)(?![a-z])|(?:you(?:'d| would) be|you'd make|you would make) (?:a|an) (?:great|strong|good|perfect|excellent|ideal) (?:fit|candidate|addition)|(?:role|position|opportunity|opening|job) (?:that |which )?(?:i think )?(?:would be|could be|is|might be|matches) (?:a )?(?:great|perfect|strong|good|your)? ?(?:fit|match|profile)|(?:working|partnering|work|partner) with (?:a|an|one of our) (?:${W} ){0,3}client (?:on|to fill|who is hiring|that is hiring|hiring|looking for) (?:a|an) (?:${W} ){0,3}(?:role|position|opportunity|opening|search|vacancy|hire))`,
    (m, ctx) => (sendersOwnJob(m, ctx) ? undefined : 'offers a role'),
    { tag: 'role' },
  ),
  f(
    'value',
    'remuneree remunere remunerada remunerado pagada pagado bezahlte bezahlt rate budget',
    `(?:(?:mission|poste|contrat|prestation|trabajo|proyecto|puesto|auftrag|projekt|stelle|beraterrolle|rolle)(?: ${W}){0,2} (?:remuneree?|payee?|remunerad[oa]|pagad[oa]|bezahlte?)|(?:the |our |my |a )?(?:day|daily|hourly) rate (?:is|of|would be)|with (?:a|the) budget|(?:have|has|got) (?:a|the) budget (?:for|behind))`,
    'offers paid work',
  ),
  f(
    'value',
    'first months weeks seats',
    `(?:the )?first (?:\\d+|one|two|three|four|six|seven|ten|twelve|fourteen|thirty) (?:months?|weeks?|days?|seats?|licen[cs]es?|orders?|sessions?) (?:are|is|will be|would be) (?:on us|on me|free|free of charge|on the house)`,
    'offers something free',
  ),
  // "if you're hiring, I know three strong Go engineers": candidates offered
  f(
    'value',
    'hiring looking',
    `if (?:you're|you are|your team is|you ever are|you're ever|you end up) (?:hiring|looking for)${gap(5)},? (?:i|we) (?:know|have|can (?:send|refer|introduce|recommend))`,
    'offers candidates',
  ),
  // The introducer's own note: "Sam, meet Elena ... I'll let you two take it from here".
  f('value', 'two', `(?:(?:i'll|i will|i'?m going to) )?(?:let|leave) you two (?:take it|to it|connect|talk|chat)|you two should (?:talk|meet|connect|chat)`, 'introduces them to someone', { negatable: false }),
  // "I've got 200 zines to donate if you want them"
  f(
    'value',
    'donate spare away lend',
    `(?:i've got|i have|we've got|we have|i got)(?: ${W}){1,6} to (?:donate|give away|spare|lend|pass on|hand over)`,
    'has something to give them',
    { senderOnly: true },
  ),
  f(
    'value',
    'get receive credited credit',
    `(?:you(?:'d|'ll| would| will)|you'd also|${YOUR} (?:${W} )?(?:team|hospital|clinic|school|company|lab|org|library|shop|charity|practice)(?:'d|'ll| would| will)) (?:get|receive|be credited|have (?:early )?access|keep|own)${gap(3)}`,
    // "if you'd keep me in mind": a favour asked; "you'll get 10% off your next session": a discount on buying from the
    // sender is a sales incentive, not something given (the labelling guide)
    (m, ctx) => (/ keep (?:me|us|an eye|in touch|posted)/.test(m[0]) || DISCOUNT_AFTER.test(ctx.orig.slice(Math.max(0, m.index + m[0].length - 12), m.index + m[0].length + 40).toLowerCase()) ? undefined : 'says what they would get'),
    { mode: 'statement' },
  ),
  f('value', 'offer quoted credited paid featured listed thanked auras aurez', `(?:(?:what|here's what|here is what) (?:i|we) (?:can|could) offer|you(?:'d|'ll| would| will) be (?:quoted|credited|paid|featured|listed|thanked|acknowledged)|credited by name|with a link (?:back )?to (?:your|the show|the podcast|their|his|her)|link back to your|(?:tu auras|vous aurez|tendras|tendra|avrai|avra|terás|tera|krijg je|bekommst du|erhalten sie))`, 'says what they would get'),
  f(
    'value',
    'offer offering',
    `(?:i|we)(?:'d| would| can| could| want to| wanted to)? (?:like to |love to )?offer(?:ing)? (?:you )?(?:a|an|my|our|some|to|free|complimentary|help)`,
    offerWhy('offers something'),
    { senderOnly: true, mode: 'statement', notInPitch: true },
  ),
  // German
  f(
    'value',
    'gerne gern',
    `(?:gerne?|mit vergnugen)${gap(5)} (?:teile|teilen|schicke|schicken|sende|senden|helfe|helfen|stelle|stellen|zeige|zeigen|gebe|geben|weitergeben|vorstellen|unterstutze|unterstutzen|revanchiere|lade|laden|bringe|biete|bieten|vermittle|vermitteln)`,
    offerWhy('offers to give or help (German)'),
  ),
  f(
    'value',
    'teile teil schicke schick sende helfe stelle zeige zeig gebe geb biete vermittle',
    `(?:teile?|schicke?|sende|helfe|zeige?|gebe?|biete|vermittle|stelle) (?:ich|wir)${gap(3)} (?:gerne?|ihnen|dir|euch)`,
    offerWhy('offers to give or help (German)'),
  ),
  f(
    'value',
    'kann konnte konnen konnten',
    `(?:ich|wir) (?:kann|konnte|konnen|konnten) (?:ihnen|dir|euch)${gap(5)} (?:helfen|schicken|senden|zeigen|vorstellen|geben|anbieten|teilen|vermitteln|zur verfugung)`,
    offerWhy('offers to give or help (German)'),
  ),
  f(
    'value',
    'teile schicke sende zeige gebe biete erzahle erzahl leihe',
    `(?:ich|wir) (?:teile|schicke|sende|zeige|gebe|biete|erzahle|erzahl|leihe|teilen|schicken|senden|zeigen|geben|bieten|erzahlen)(?: (?:ihnen|dir|euch))(?: (?:gerne?|dafur|im gegenzug|vorab|auch|kostenlos|alles|an))+`,
    offerWhy('offers to give or help (German)'),
  ),
  f(
    'value',
    'anbieten schicken zeigen vorstellen geben',
    `(?:wurde|mochte|mochten|wurden|kann|konnte|will) (?:ihnen|dir|euch) (?:gerne? )?(?:${W} ){0,4}(?:anbieten|schicken|zeigen|vorstellen|geben|uberlassen)`,
    offerWhy('offers to give or help (German)'),
  ),
  // "stelle ich dich unserem CTO vor": the separable verb
  f('value', 'stelle stellen', `(?:stelle|stellen) (?:ich|wir) (?:dich|sie|euch) (?:gerne? )?(?:${W} ){0,4}vor`, 'offers an introduction (German)'),
  // "I would like to do it voluntary, without payment", "happy to translate it for free": their work done unpaid
  f(
    'value',
    'free voluntary voluntarily volunteer payment pay charge fee bono unpaid',
    `(?:do (?:it|this|that|the ${W})|help(?: (?:you|out))?|translate (?:it|them|this)|work on (?:it|this)|review (?:it|this|them))(?: ${W}){0,3},? (?:for free|voluntar(?:y|ily)|as a volunteer|without (?:any )?(?:payment|pay|charge|fee|cost)|pro bono|free of charge|at no cost|unpaid)(?![a-z])`,
    'offers to help for free',
    { senderOnly: true, mode: 'statement' },
  ),
  // "Pagamos passagem, hospedagem e um cachê", "je te paie la presta bien sûr", "wir zahlen Anreise und Honorar"
  f(
    'value',
    'pagamos pagaremos pago pagarei pagaria cubrimos paie payons paierai paghiamo pago zahlen zahle bezahlen',
    `(?:pagamos|pagaremos|pagarei|pagaria|cubrimos|cubriremos|(?:te|le|les|lhe) (?:pago|pagamos|pagaria)|je (?:te|vous) (?:paie|paierai|rembourse)|nous (?:payons|paierons|prenons en charge)|on (?:paie|te paie|vous paie)|paghiamo|(?:ti|le) pago|wir (?:zahlen|ubernehmen|bezahlen)|ich (?:zahle|bezahle) (?:dir|ihnen|euch))(?: ${W}){0,3} (?:passagem|passagens|viagem|viagens|hospedagem|cache|cachet|honorarios|honorario|viaje|viajes|vuelo|vuelos|alojamiento|hotel|presta|prestation|deplacement|deplacements|voyage|transport|compenso|viaggio|reise|honorar|anreise|ubernachtung|frais|gastos|despesas|spese|tarifa|tarif|tiempo|tempo|temps|zeit)(?![a-z])`,
    'offers to pay for their time',
    { senderOnly: true },
  ),
  // "Sag Bescheid, dann stelle ich den Kontakt her"
  f('value', 'kontakt', `(?:stelle|stellen) (?:ich|wir) (?:(?:dir|ihnen|euch|gerne?) ){0,2}(?:den |einen |gerne? den )?kontakt (?:(?:zu|mit) (?:${W} ){1,3})?her(?![a-z])`, 'offers an introduction (German)'),
  // "te invito a probarla gratis durante tres meses", "gratuitement pendant trois mois", "kostenlos für drei Monate"
  f(
    'value',
    'gratis gratuitamente gratuitement kostenlos free',
    `(?:gratis|gratuitamente|gratuitement|kostenlos|free|for free) (?:durante|pendant|fur|for) (?:\\d+|un|una|uno|dos|tres|seis|deux|trois|six|zwei|drei|sechs|one|two|three|six|a) (?:mes|meses|mois|monat|monate|monaten|month|months|semanas?|semaines?|wochen?|weeks?|days?|dias|jours|tage|tagen|ano|an|jahr|year)`,
    'offers something free',
    { negatable: false },
  ),
  // "n'hésitez pas si je peux vous aider", "no dudes en escribirme si necesitas algo", "melde dich gern, wenn ich helfen kann"
  f(
    'value',
    "n'hesitez n'hesite dudes melde meldet",
    `(?:n'hesite[zr]? pas(?: a me (?:contacter|solliciter|demander))?(?: ${W}){0,3} si (?:je|nous) (?:peux|pouvons|puis)|no dudes en (?:escribirme|llamarme|contactarme|pedirme)(?: ${W}){0,3} si (?:necesitas|te hace falta|puedo)|(?:melde|meldet) (?:dich|euch|sich) (?:gerne? )?(?:${W} ){0,3}(?:wenn|falls) ich (?:helfen|etwas tun|unterstutzen))`,
    'offers help whenever needed',
  ),
  f('value', 'gegenzug gegenleistung revanchieren revanchiere dankeschon', `(?:im gegenzug|als gegenleistung|revanchiere(?:n)?|als dankeschon)`, 'offers something in return (German)', { negatable: false }),
  // Spanish
  f(
    'value',
    'gusto encantado encantada feliz puedo podria',
    `(?:con (?:mucho )?gusto|encantad[oa] de|feliz de|(?:te|le|les) (?:puedo|podria)|(?<!(?:me|nos) )(?:puedo|podria))(?: ${W}){0,2} (?:compartir|ayudar|ayudarte|ayudarle|enviar|enviarte|enviarle|presentar|presentarte|presentarle|mandarte|mandar|pasar|pasarte|ofrecer|ofrecerte|devolver|revisar|ensenar|ensenarte|mostrar|mostrarte|dar|darte|regalar)`,
    offerWhy('offers to give or help (Spanish)'),
    { senderOnly: true },
  ),
  f('value', 'comparto compartimos envio enviamos mando mandamos presento ayudo paso pasamos regalo regalamos ofrezco ofrecemos prestamos presto', `(?:(?:te|le|les|os)(?: lo| la| los| las)?|se (?:lo|la|los|las)) (?:comparto|compartimos|envio|enviamos|mando|mandamos|presento|ayudo|paso|pasamos|regalo|regalamos|ofrezco|ofrecemos|presto|prestamos)${gap(4)}`, offerWhy('offers to give or help (Spanish)')),
  f('value', 'cambio retorno favor', `(?:a cambio|en retorno|devolver(?:te|le)? el favor)`, 'offers something in return (Spanish)', { negatable: false }),
  // French
  f(
    'value',
    'partagerai partagerons enverrai enverrons montrerai transmettrai donnerai offrirai presenterai',
    `(?:je|nous|j'|on) ?(?:vous |te |t'|lui )?(?:partagerai|partagerons|enverrai|enverrons|montrerai|montrerons|transmettrai|transmettrons|donnerai|offrirai|offrirons|presenterai)${gap(4)}`,
    offerWhy('offers to give or help (French)'),
    { senderOnly: true },
  ),
  f(
    'value',
    'ravi ravie heureux heureuse volontiers peux pourrais serais',
    `(?:(?:je )?(?:serais|suis|serai) (?:ravie?|heureux|heureuse|content|contente|pret|prete) de|volontiers|je (?:peux|pourrais))(?: ${W}){0,2} (?:partager|aider|envoyer|presenter|faire|donner|montrer|transmettre|offrir|rendre|relire)${gap(4)}`,
    offerWhy('offers to give or help (French)'),
    { senderOnly: true },
  ),
  f('value', 'envoie partage presente transmets offre', `je (?:vous|te|t') ?(?:le |la |les |l')?(?:envoie|partage|presente|transmets|offre)${gap(4)}`, offerWhy('offers to give or help (French)')),
  f('value', 'retour echange pareille ascenseur', `(?:en (?:retour|echange)|rendre la pareille|renvoyer l'ascenseur)`, 'offers something in return (French)', { negatable: false }),
];

// ---------------------------------------------------------------------------------------------
// asks: favours the sender wants.

const FAVOUR = alt(FAVOUR_VERBS);


/** What the recipient is told they may have "if you ever need" it is offered, not asked: "if you ever need an intro to anyone". */
function offeredIfNeeded(m: RegExpExecArray, ctx: MatchContext): boolean {
  return /if (?:you|u)(?: ever)? (?:need|want|would like|'d like|could use) (?:an? )?$/.test(ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart));
}

const ASKS: Family[] = [
  // "Any chance you could get me an interview?", "any way u could pass my CV on": the favour asked as a chance.
  f(
    'ask',
    'chance way possibility',
    `(?:any|is there any|is there a) (?:chance|way|possibility) (?:you|u)(?:'d| would| could| can| might)(?: (?:possibly|please|maybe|kindly|also|still))? (?:${FAVOUR})${gap(3)}`,
    // An introduction asked this way is read by the introduction families (a favour from a stranger, not from a friend).
    (m) => (/(?:introduc|intro |intro$|connect(?:ing)? me|in touch|point(?:ing)? me)/.test(m[0]) ? undefined : 'asks them for a favour'),
  ),
  // "wondered if you'd be willing to share your scheme of work?", "hoping whether you could take a look at my deck": the
  // favour asked in the past tense or as a hope (the same favours as "could you ...")
  f(
    'ask',
    'wondered wondering wonder hoping hoped curious',
    `(?:wondered|wondering|wonder|hoping|hoped|curious) (?:if|whether) (?:you|u)(?:'d| would| could| might| can| will)(?: (?:be (?:willing|able|happy|open|up for|comfortable)(?: to)?|possibly|please|kindly|consider|mind|ever|perhaps|maybe))* (?:${FAVOUR})${gap(3)}`,
    (m) => (/(?:introduc|intro |intro$|connect(?:ing)? me|in touch|point(?:ing)? me)/.test(m[0]) ? undefined : 'asks them for a favour'),
  ),
  // "pls check my profile", "kindly go through my attached CV": a job asked for with the sender's own material
  f('ask', 'pls plz please kindly', `(?:pls|plz|please|kindly) (?:check|see|view|look at|go through|visit|review)(?: out)? (?:my|the attached|attached|my attached) (?:profile|cv|resume|portfolio|application)`, 'asks them to look at their profile'),
  // Favours in other languages: "potresti confermare le mie competenze" (Italian: endorse), "boleh minta tolong referensikan
  // saya" (Indonesian: refer), "je brein pikken" (Dutch: pick your brain), "skulle du kunna ge mig en referens" (Swedish),
  // "merci de me suivre et de partager mon post" (French: follow and share)
  f(
    'ask',
    'confermare convalidare raccomandarmi segnalarmi referensikan rekomendasikan brein hersenen referens rekommendera merci',
    `(?:(?:potresti|potrebbe|puoi|potreste) (?:confermare|convalidare) (?:le )?(?:mie|mia)|(?:potresti|potrebbe|puoi) (?:raccomandarmi|segnalarmi)|(?:boleh|bisa|mohon)(?: (?:minta|saya minta))?(?: tolong)? (?:referensikan|rekomendasikan|merekomendasikan|mereferensikan) saya|(?:je|jouw|uw) (?:brein|hersenen) (?:pikken|lenen)|(?:skulle du kunna|kan du|kunde du) (?:ge mig en referens|rekommendera mig|tipsa mig)|merci de (?:me suivre|partager mon|liker|voter pour))`,
    'asks them for a favour (non-English)',
  ),
  // Money asked for the sender's own plans ("PLEASE DONATE TO MY DAUGHTER'S TRAVEL TEAM TRIP", "Any amount helps, even $5"):
  // a favour. Money asked for a cause (a charity, a shelter, a food bank) is not one (the labelling guide, like time
  // volunteered for a cause), so the check reads the whole message for one.
  f(
    'ask',
    'donate donating contribute chip amount bit dollar euro pound penny give spare',
    `(?:(?:please|pls|plz|kindly|(?:could|would|can|will) (?:you|u)(?: (?:please|kindly|consider))?) (?:(?:donate|donating|chip in)(?: (?:whatever|what|anything|something) (?:you can|you're able to|you could))?(?: (?:to|towards|toward|for) (?:my|our|me|us|the))?(?![a-z])|(?:give|contribute) (?:(?:whatever|what|anything|something) (?:you can|you're able to|you could)|(?:to|towards|toward) (?:my|our))(?![a-z]))|(?:any amount|every (?:little )?bit|every dollar|every euro|every pound|every penny|(?:anything|whatever) you can (?:give|spare)) (?:helps|counts|matters|makes a difference|is appreciated|would help))`,
    (_m, ctx) => (GIVING_CAUSE.test(ctx.orig.toLowerCase()) ? undefined : 'asks them for money'),
  ),
  f(
    'ask',
    'can could would will might may',
    `(?:can|could|would|will|might|may) you(?: (?:please|possibly|kindly|maybe|perhaps|by any chance|be so kind as to|also|just|ever|be able to|be willing to|be open to|consider|mind|feel comfortable|be comfortable))* (?:${FAVOUR})${gap(3)}`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'would willing open able interested up available free',
    `(?:would|are|will|might|were) you (?:be )?(?:willing|open|able|interested|up for|available|happy|comfortable|up|free)(?: to| for| in)?(?: (?:a|an|the|some|any|one|quick|short|brief|15|20|30|\\d+|\\d+-${W}|half|hour))* (?:${FAVOUR}|call|chat|meeting|demo|coffee|intro|introduction|referral|conversation|interview|review|look|discussion|phone call|zoom|video call|sharing|referring|introducing|reviewing|sharing|talking|speaking|chatting|helping|meeting|hopping|jumping|minutes|hour)${gap(3)}`,
    'asks them for a favour',
    { tag: 'call' },
  ),
  f(
    'ask',
    'when free available time minutes minute #num',
    `(?:when|what time|which day) (?:are|would|will|might) you (?:be )?(?:free|available|around)|(?:do|would) you have (?:some |any |a few )?(?:time|minutes|\\d+ minutes|\\d+-minutes?)|(?:your|vos|tus|ihre) (?:availability|disponibilites|disponibilidad)|quelles sont vos disponibilites`,
    'asks for their time',
    { tag: 'call' },
  ),
  f(
    'ask',
    'mind',
    `(?:would|do) you mind (?:${FAVOUR}|referring|introducing|looking|reviewing|sharing|taking|passing|forwarding|putting|giving|sending|helping|hopping|jumping|endorsing|recommending|answering|filling)${gap(3)}`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'openings roles positions opportunities opportunity hiring vacancies keep',
    `(?:(?:are there|is there|do you have|if there are|if there is|if you have|any) (?:any )?(?:open |current |upcoming )?(?:openings|roles|positions|opportunities|opportunity|vacancies|jobs|internships|internship|placements|placement|phd positions|postdoc positions|spots)(?: (?:available|open))?(?: for me)?|if (?:${YOUR} (?:team|company|org|group)|you|§) (?:is|are|were|ever) (?:hiring|looking)|(?:hire|hiring) me|consider(?:ing)? me for|put my name forward|pass my (?:resume|cv|name)|keep me in mind|forward my (?:resume|cv|application)|(?:opportunit(?:y|ies)|opening|position|role) for me|(?:need|needs|want|urgently need|desperately need) (?:a )?(?:job|work|internship))`,
    'asks about a job',
  ),
  f(
    'ask',
    'interest interested intrested',
    `(?:interest(?:ed)?|intrested) in (?:a |an |the |any |your |joining |working (?:at|for|with) )?(?:${W} ){0,2}(?:job|jobs|role|position|opening|internship|vacancy|phd position|phd|research position)`,
    'expresses interest in a job there',
  ),
  f(
    'ask',
    'attached attaching enclosed anhang send share forward',
    `(?:(?:i(?:'ve| have)? )?(?:attached|attaching|enclosed|enclose)(?: is| are)? my (?:resume|cv|portfolio|transcripts?|application|cover letter|lebenslauf)|(?:love|like|happy|glad|keen) to (?:send|share|forward) (?:you |u )?my (?:resume|cv|portfolio|cover letter|reel|showreel)|my (?:resume|cv|portfolio) is attached|(?:meinen|mein) lebenslauf(?: ${W}){0,3} (?:im anhang|anbei)|(?:adjunto|ci-joint) (?:mi|mon) (?:cv|curriculum))`,
    'sends their CV (applying)',
  ),
  f(
    'ask',
    'refer referral recommend recommendation endorse endorsement vouch word reference',
    `(?:put me forward|put my name forward|refer me|referral(?! (?:fee|bonus|reward|payment|commission))|referrals|refer my|recommend me|recommendation (?:letter|on linkedin)|letter of recommendation|endorse me|endorsement|endorsements|endorse my|endorsing me|vouch for me|put in a (?:good )?word|put a (?:good )?word in|good word for me|internal referral|(?:linkedin|written) recommendation|reference letter|letter of reference|(?:write|writing) (?:me )?(?:a|one) (?:reference|recommendation))`,
    // ("if you ever need a referral at Deloitte, just shout" offers one)
    (m, ctx) => (offeredIfNeeded(m, ctx) ? undefined : 'asks for a referral or endorsement'),
    { senderOnly: true },
  ),
  f(
    'ask',
    'introduce intro introduction put connect',
    `(?:(?:introduce|intro|connect) me (?:to|with) (?:someone|anyone|people|folks|the (?:right|hiring)|a recruiter|recruiters|your (?:recruiter|recruiting|hiring|talent)|a few)|put (?:me|us) in touch with (?:someone|anyone|somebody|anybody|whoever|whomever|the right|people)|(?:an|a|the|any) (?:warm |quick |brief |e-)?(?:intro|introduction|introductions|connection) to (?:someone|anyone|the|a|people|folks|their|one of|your (?:recruit|hiring|talent|team))|introductions to (?:people|folks|anyone))${gap(3)}`,
    // ("if you ever need an intro to anyone in Dubai real estate, just shout" offers one)
    (m, ctx) => (offeredIfNeeded(m, ctx) ? undefined : 'asks for an introduction to their contacts'),
    // From a friend that is what the seed recommends; from a stranger it is a favour (index.ts decides, as for named targets).
    { tag: 'intro-request' },
  ),
  f('ask', 'brain brains', `pick ${YOUR} brains?`, 'asks to pick their brain'),
  f(
    'ask',
    'advice feedback thoughts input insights guidance tips pointers perspective mentorship mentoring',
    `(?:(?:your|any|some|a bit of|a little|a few|quick|honest|brief|ur) (?:quick |honest |candid |expert |brief )?(?:advice|feedback|thoughts|input|insights?|guidance|tips|pointers|perspective|mentorship|mentoring|opinion)(?: (?:on|about|regarding|for|with) ${W})?|(?:advice|feedback|thoughts|input|guidance|tips|pointers) (?:on|about|regarding|for) (?:my|our|how i|how we|whether i|whether we|what i))`,
    // "Any thoughts?" on its own, bumping an earlier email, asks for nothing in particular
    (m, ctx) => (/^(?:any|your|some) (?:thoughts|input)$/.test(m[0]) && /^\W*(?:${W} ){0,1}(?:any|your|some) (?:thoughts|input)\W*$/.test(ctx.sentence) ? undefined : 'asks for advice or feedback'),
    { senderOnly: true, requestOnly: true },
  ),
  f(
    'ask',
    'question questions',
    `(?:(?:ask|email|send|message) you (?:a|one) (?:short |quick |brief |small )?question|ask (?:you |u )?(?:a few|some|two|three|a couple of|a|one|two or three|2-3|few) (?:quick |short |brief )?(?:questions?|qs|q's|qns)|send you (?:a few|some|my|two|three|a couple of|2|3|one|a) (?:quick |short |brief )?questions|answer (?:a few|some|my) questions|(?:a|one|some|few) questions? (?:for you|over email))`,
    'asks them to answer questions',
  ),
  f(
    'ask',
    'review look critique proofread feedback thoughts',
    `(?:review|look (?:at|over|through)|take a look at|check out|give (?:me )?feedback on|critique|proofread|thoughts on|feedback on|opinion on)(?: (?:a|the))? (?:${SELF_OBJECTS}|(?:my|our) (?:essay|book|draft|code|repo|idea|landing page|linkedin|post|video|article|thesis|manuscript|work|channel|course|kickstarter|campaign|newsletter|podcast|new flow|flow|onboarding|funnel|deck))`,
    'asks them to review their material',
  ),
  f(
    'ask',
    'demo call meeting chat minutes min mins time slot calendar calendly free #num hour minute zoom walkthrough conversation ten-min fifteen-min twenty-min thirty-min ten-minute fifteen-minute twenty-minute thirty-minute',
    `(?:(?:book|schedule|set up|grab|find|jump on|hop on|get on|arrange|have|spare|take|got|get) (?:a |an |some |)?(?:quick |short |brief |free |)?(?:(?:\\d+|fifteen|twenty|thirty|ten|a few)(?:[- ]?(?:minute|min|mins|minutes))?[ -])?(?:demo|call|meeting|chat|slot|time|walkthrough|zoom|conversation|intro call|discovery call|sales call|meeting)|(?:\\d+[- ]?|(?:fifteen|twenty|thirty|ten|a few|half an)[- ])(?:minutes?|min|mins|hour) (?:of your time|call|chat|zoom|meeting|conversation|demo|on your calendar|with (?:you|her|him|them)|to (?:chat|talk|discuss|tell|ask|pick|hear|walk|show|demo|go)|for (?:a|an|the)? ?(?:call|chat|coffee|quick)|this week|next week|sometime|whenever)|free for (?:\\d+|a quick|a short)|(?:worth|open to|up for) a (?:quick |short |brief )?(?:chat|call|conversation|demo)|(?:quick|short|brief) (?:call|chat|zoom|meeting)|calendly|on ${YOUR} calendar|(?:see|show you) a demo|(?:a|the) demo (?:of|for)|(?:get|land|book) a meeting)`,
    'asks for their time (a call or a demo)',
    { tag: 'call' },
  ),
  f(
    'ask',
    '#num just try buy purchase subscribe invest sign pilot trial claim reply discount off check give switch move migrate dm message call text email contact act order last limited interested open',
    `(?:(?:try|try out|buy|purchase|subscribe to|invest in|sign up for|check out|give) (?:our|my) (?:${W} ){0,2}(?:app|product|tool|platform|solution|service|services|software|course|book|ebook|e-book|guide|template|templates|pack|bundle|merch|album|startup|offering|plugin|extension|saas|api|newsletter|round|company)|(?:interested in|open to|up for) (?:a |an )?(?:pilot|trial|quote|proposal|partnership with us)|(?:switch|move|migrate) to (?:our|us)|reply (?:yes|now|today)|claim (?:your|the|this) (?:discount|offer|deal|spot|bonus)|for (?:just|only) [$€£]?\\d+|(?:only|just) [$€£]\\d+|limited[- ]time (?:offer|deal)|act now|buy now|order now|last chance|message me (?:today|now)|dm me (?:today|now)?|(?:call|text|contact|email|message) (?:me|us) (?:today|now) to)`,
    'asks them to buy something',
  ),
  f(
    'ask',
    'appreciate grateful thankful love welcome',
    `(?:i|we)(?:'d| would)(?: (?:really|truly|so|very|very much|greatly|sincerely|be so|be very|be really|be))* (?:appreciate|be grateful|be thankful|grateful|thankful|love|value|welcome)(?: it)?(?: (?:for the (?:chance|opportunity) to ${W}|if you(?:'d|'ll| could| would| can| might)(?: ${W}){1,3}|for)| (?:a|an|any|your|some|the|ur) (?:quick |brief |short |small |warm |internal |honest |little )?(?:referral|intro|introduction|recommendation|endorsement|look|feedback|advice|help|support|review|pointers|tips|favou?r|shout-?out|share|signal boost|boost|reference|word|vote|guidance|mentorship|input|thoughts|insights|perspective|opportunity to (?:discuss|interview|meet|talk|join|work|speak|present|chat))|(?: to| the chance to) (?:pick|hear about your (?:path|journey|career)|get your (?:advice|feedback|thoughts|take)))`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'appreciate grateful love welcome',
    `(?:i|we)(?:'d| would)(?: (?:really|truly|so|very|greatly|sincerely|be so|be very|be really|be|just))? (?:appreciate|be grateful for|love|welcome)(?: (?:a|an|some|your|the))?(?: \\d+| twenty| thirty| fifteen| ten| a few)?(?: quick| short| brief)?(?: minutes| min| mins| call| chat| time| coffee chat)${gap(4)}`,
    'asks for their time',
    { tag: 'call' },
  ),
  f(
    'ask',
    'help',
    `(?:(?:can|could|would|will) you (?:please )?help (?:me|us)|(?:pls |please |plz )?help me(?: to)? (?:get|land|find|break|with|out|understand|reach|connect|secure|grow|launch|promote)|(?:need|needs|could use|looking for) (?:your|some|a little|a bit of)? ?help)`,
    'asks for help',
  ),
  f(
    'ask',
    'hear needs need',
    `(?:love|like|happy) to hear (?:if|whether) ${YOUR} (?:team|company|org|group) (?:ever )?(?:needs?|is looking|wants?|could use)`,
    'fishes for work from them',
  ),
  f(
    'ask',
    'like share upvote comment repost retweet vote sign fill star support back follow',
    `(?:(?:like and (?:reshare|share|repost)|like and comment on|reshare|like|share|upvote|comment on|repost|retweet|boost|amplify|promote|star) (?:my|our|the|this) (?:latest |new |recent |launch |announcement )?(?:post|video|launch|article|product hunt|repo|project|campaign|page|tweet|content)|vote for (?:me|us|my|our)|(?:sign|fill out|fill in|take|complete) (?:my|our|this|the|a) (?:\\d+[- ]minute |short |quick |brief )?(?:petition|survey|form|questionnaire)|please fill|(?:support|back|fund|donate to) (?:my|our) (?:kickstarter|campaign|launch|fundraiser|gofundme|startup|project|cause|round)|follow me)`,
    // "your comment on my post about X": a noun after a determiner, not the imperative "comment on my post"
    (m, ctx) => (DETERMINER_BEFORE.test(ctx.orig.slice(Math.max(0, m.index - 12), m.index)) ? undefined : 'asks them to promote or support something'),
  ),
  f('ask', '#num', `\\d+% off|\\d+ ?% discount`, 'asks them to buy something', { back: 0 }),
  f('ask', 'favor favour', `(?:(?:a|one|small|quick|big|huge) favou?r|do me a favou?r|ask (?:you )?a favou?r)`, 'asks a favour', { tag: 'favour' }),
  // German
  f(
    'ask',
    'konnten konnen wurden kannst konntest wurdest',
    `(?:(?:konnten|konnen|wurden) sie (?:mir|mich|uns)|(?:kannst|konntest|wurdest) du (?:mir|mich|uns))${gap(5)}`,
    (m) => (/bekannt machen|vorstellen|in kontakt|vernetzen/.test(m[0]) ? undefined : 'asks them for a favour (German)'),
  ),
  f('ask', 'empfehlen weiterempfehlen empfehlung weiterleiten', `(?:empfehlen|weiterempfehlen|empfehlung|ein gutes wort)`, 'asks for a referral (German)', { senderOnly: true }),
  // Spanish
  f(
    'ask',
    'podrias podria puedes puede recomendarme referirme presentarme ayudarme recomendar',
    `(?:(?:me )?(?:podrias|podria|puedes|puede)(?: usted)? (?:recomendarme|referirme|ayudarme|darme|revisar|echar(?:le)? un vistazo|pasar mi|compartir mi|recomendar|referir|enviarte mi|enviarle mi|mandarte mi|mandarle mi)|me (?:recomendarias|referirias|ayudarias))`,
    'asks them for a favour (Spanish)',
  ),
  f('ask', 'vendria llamada', `(?:te|le) (?:vendria bien|va bien|parece) (?:una )?(?:llamada|reunion|charla|cafe)`, 'asks for their time (Spanish)', { tag: 'call' }),
  // French
  f(
    'ask',
    'pourriez pourrais pouvez peux',
    `(?:(?:pourriez|pourrais|pouvez|peux)[- ](?:vous|tu)|(?:tu|vous) (?:pourrais|pourriez|peux|pouvez)) (?:me )?(?:partager|relayer|diffuser|recommander|aider|donner|transmettre|jeter un oeil|relire|parrainer|coopter|faire suivre)`,
    'asks them for a favour (French)',
  ),
  f('ask', 'rendez-vous rendez offre', `(?:vous presenter (?:notre|mon|nos) (?:offre|solution|produit|services?)|(?:un )?rendez-vous de \\d+ minutes)`, 'asks for a sales meeting (French)', { tag: 'call' }),
];

// ---------------------------------------------------------------------------------------------
// pitch: the sender sells something (an ask to buy, and a purpose).

const PITCH_NOUN = `(?:platform|product|tool|solution|software|app|service|services|agency|api|saas|suite|ai ${W}|plugin|extension|database|crm|course|coaching|program|offering)`;

const PITCHES: Family[] = [
  f(
    'pitch',
    'our my',
    `(?:our|my) (?:${W} ){0,3}${PITCH_NOUN} (?:helps|can help|lets|enables|fixes|books|turns|cuts|saves|automates|will|makes|gives|delivers|is|does|could|would|reduces|increases|boosts|handles|solves|integrates)`,
    'pitches a product',
  ),
  f(
    'pitch',
    'help helped',
    `(?:(?:we|i) help (?:${W} ){1,3}(?:to )?(?:close|grow|cut|save|scale|hire|sell|increase|reduce|get|find|win|book|generate|automate|build|launch|hit|double|triple|improve|make|turn|ship|land|fill|attract|retain|keep|recover|stop|avoid|collect|streamline|digiti[sz]e|moderni[sz]e|rank|reach|boost)|(?:we|i)(?:'ve| have) helped (?:\\d[\\d,]*\\+?|hundreds of|dozens of|many|over \\d+) (?:${W} ){0,2}(?:companies|teams|businesses|brands|startups|clients|customers|organizations|organisations|founders|people))`,
    'pitches a service',
  ),
  f(
    'pitch',
    'help',
    `(?:i|we) (?:can |could |will )?help (?:you|${YOUR} (?:team|company|business|org|sales|brand)) (?:to )?(?:make|earn|get|grow|increase|boost|double|triple|generate|save|cut|reduce|close|hit|scale|transform|automate|streamline|land|book|win|drive|improve|achieve|reach|unlock|find more|fill)`,
    'pitches a service',
  ),
  f(
    'pitch',
    'help helps helping',
    `help(?:s|ing)? (?:you|${YOUR} (?:${W} )?(?:team|company|business|firm|store|shop|org|organisation|organization|brand|agency|clinic|practice|restaurant|salon|studio|club|farm|hotel|school|gym|venue)) (?:make|earn|get|save|grow|double|triple|quadruple|generate|hit|boost|increase|cut|book|close|add) (?:up to |over |at least )?(?:\\d[\\d,.]*\\s?(?:%|x|k)?|more (?:money|revenue|sales|leads|meetings|customers|deals)|(?:higher|bigger|better) (?:returns|revenue|margins)|(?:its|their|your|the) (?:${W} )?(?:revenue|sales|profits?|returns|margins|pipeline|leads|bookings|roi|mrr|arr|conversions?|sign-?ups)|(?:${W} ){1,3}by (?:up to |over |at least )?\\d[\\d,.]*\\s?(?:%|x|percent))`,
    'promises numbers (a pitch)',
  ),
  f('pitch', 'love like help', `(?:i'd|i would|we'd|we would) (?:love|like) to help ${YOUR} (?:team|company|business|org|sales)`, 'pitches a service'),
  // "I'd love to help Northmoor Credit Union close the books faster": a named company helped to a business result is a pitch
  f(
    'pitch',
    'faster quicker cheaper revenue sales costs pipeline leads margins growth',
    `(?:i'd|i would|we'd|we would|i can|we can) (?:love|like)? ?(?:to )?help [a-z][a-z'&-]+(?: [a-z][a-z'&-]+){0,3} (?:${W} ){1,4}(?:faster|quicker|cheaper|in half the time|revenue|sales|costs|pipeline|leads|margins|growth)(?![a-z])`,
    (m, ctx) => {
      const after = ctx.orig.slice(m.index, m.index + m[0].length).split(/\s+/);
      const at = after.findIndex((w) => /^help$/i.test(w));
      // a company: two capitalised words ("Northmoor Credit Union"), or their company's own name; "help Priya" helps a person
      const [a = '', b = ''] = after.slice(at + 1);
      return (STARTS_CAPITALISED.test(a) && STARTS_CAPITALISED.test(b)) || (ctx.notNames.has(normalize(a)) && STARTS_CAPITALISED.test(a)) ? 'pitches a service' : undefined;
    },
  ),
  f(
    'pitch',
    'interested services service',
    `(?:interested in|consider|considering|look at) (?:our|my) (?:${W} ){0,3}(?:services|service|product|platform|tool|solution|offering|software)|(?:lead generation|lead gen|seo|marketing|outsourcing|development|staffing|consulting) services|(?:get|buy) (?:\\d[\\d,]* )?(?:verified |targeted )?(?:leads|emails|contacts|followers)`,
    'pitches a service',
  ),
  f(
    'pitch',
    'show',
    `show you how (?:${W} ){0,3}(?:can|could|will|helps|cuts|turns|saves|works)`,
    'pitches a product demo',
  ),
  f(
    'pitch',
    'turns helps cuts lets saves automates transforms boosts streamlines',
    `([a-z][a-z-]{2,20}) (?:can |will )?(?:turns?|helps?|cuts?|lets?|saves?|automates?|transforms?|boosts?|streamlines?|doubles?) (?:your|teams|companies|those|you|businesses|it)`,
    (m, ctx) => (nameAt(m, ctx) ? 'pitches a product' : undefined),
    { names: true, back: 3 },
  ),
  f('pitch', 'meeting call demo chat', `(?:meeting|call|demo|chat|conversation) (?:about|on|regarding) (?:our|my) (?:${W} ){0,3}${PITCH_NOUN}`, 'pitches a product'),
  f('pitch', 'offer offering', `(?:we|i) (?:offer|provide|sell|build|make) (?:a|an|the)? ?(?:${W} ){0,3}(?:${PITCH_NOUN}|suite|solutions?)`, 'pitches a product'),
  f(
    'pitch',
    'supply sell manufacture make build rebuild design install distribute provide deliver develop fabricate liefern bieten produzieren fertigen frasen entwickeln vertreiben verkaufen fabricamos vendemos ofrecemos distribuimos suministramos desarrollamos proposons vendons fabriquons offrons distribuons vendiamo produciamo offriamo sviluppiamo fabricamos oferecemos desenvolvemos verkopen leveren',
    `(?:(?:we|our (?:company|firm|team|agency|studio|shop)) (?:supply|sell|manufacture|make|build|rebuild|design|install|distribute|provide|deliver|develop|fabricate|fix|redesign|migrate|audit)|wir (?:liefern|bieten|produzieren|fertigen|frasen|entwickeln|vertreiben|verkaufen)|(?:fabricamos|vendemos|ofrecemos|distribuimos|suministramos|desarrollamos|vendiamo|produciamo|offriamo|sviluppiamo|oferecemos|desenvolvemos)|nous (?:proposons|vendons|fabriquons|offrons|distribuons|developpons)|(?:wij|we) (?:verkopen|leveren|bieden))(?: ${W}){1,6}`,
    (m, ctx) =>
      /^(?:we|our ${W}) (?:supply|sell|manufacture|distribute|install|rebuild|fix|redesign|migrate|audit)|^wir (?:liefern|fertigen|frasen|vertreiben|verkaufen)|^(?:fabricamos|vendemos|distribuimos|suministramos|vendiamo|produciamo)|^nous (?:vendons|fabriquons|distribuons|proposons)|^(?:wij|we) (?:verkopen|leveren)/.test(m[0]) ||
      /(?:\?|for you|to you|to your|your (?:team|company|clinic|practice|business|shop|store|firm)|price|pricing|under list|discount|% |per (?:month|year|unit)|clients|customers|companies|businesses|smes?|pme|kunden|clientes|clienti)/.test(ctx.sentence)
        ? 'pitches what they sell'
        : undefined,
  ),
  f('pitch', 'have tenemos temos abbiamo hebben haben', `(?:(?:we|i) have|tenemos|temos|abbiamo|(?:wij|we) hebben|wir haben) (?:a|an|un|una|uno|um|uma|een|eine?n?)? ?(?:${W} ){0,3}(?:${PITCH_NOUN}|software|herramienta|solucion|plataforma|servicio|outil|ferramenta|strumento)(?: ${W}){0,5} (?:that|which|he|she|you|your|they|que|che|die|das)`, 'pitches a product'),
  f('pitch', 'helped', `our (?:firm|company|team|agency|platform|product|tool|solution|software) (?:has|have) helped`, 'pitches a service'),
  f('pitch', 'unsere nuestra notre', `(?:unsere|nuestra|nuestro|notre) (?:losung|plattform|software|solucion|plataforma|herramienta|offre|solution|plateforme)`, 'pitches a product'),
];

// ---------------------------------------------------------------------------------------------
// reason: why the sender writes.

const COLLECTING_AFTER = /(?:(?:reaching out|writing|connecting|reach out) to (?:everyone|everybody|all|every)|connect(?:ing)? with (?:like-minded|more|other|fellow|professionals|people)|(?:expand|grow|build|increase)(?:ing)? (?:my|our) (?:professional )?network|be part of your network|add you|in my (?:network|circle|connections)|like-minded)/;

const REASONS: Family[] = [
  f(
    'reason',
    'reaching writing contacting getting messaging emailing dropping sending reach write',
    `(?:i'm|i am|we're|we are|i was|im|i'm just|just|i wanted to|i want to|wanted to)(?: (?:just|actually|also))? (?:reaching out|reach out|writing|write|contacting you|contact you|getting in touch|get in touch|messaging you|emailing you|dropping you a (?:line|note)|sending this|sending you this)(?: (?:to you|you|here|to(?: ${W}){1,3}))? (?:because|since|as|to|about|regarding|re|after|following|on behalf|with|in connection|for|from)${gap(6)}`,
    (m) => (COLLECTING_AFTER.test(m[0]) || /¤/.test(m[0]) ? undefined : 'says why they are writing'),
  ),
  f('reason', 'call meeting chat conversation', `(?:call|meeting|chat|conversation|session) (?:about|on|regarding) (?:the|our|your) ${W}`, 'refers to a planned conversation'),
  f('reason', 'reason why', `(?:the reason|reason|why) (?:i'm|i am|i was|im)(?: (?:reaching out|writing|messaging|contacting))`, 'says why they are writing'),
  f(
    'reason',
    'hiring recruiting researching working building putting organizing organising planning launching starting applying preparing exploring studying investigating looking compiling interviewing gathering surveying evaluating trying running hosting migrating moving transitioning switching relocating writing pivoting doing developing designing collecting',
    `(?:i'm|i am|we're|we are|i've been|we've been|im|currently|i'm currently|we're currently|i am currently|right now i'm|my team is|our team is|we're about to|we are about to|i'm about to|and i are|tryna|trying to|looking to)(?: (?:currently|now|actively|also))? (?:hiring|hire|recruiting|researching|working on|setting up|writing (?:a|an|my|up|about|on)|building|putting together|organi[sz]ing|planning|launching|starting|applying|preparing|exploring|studying|investigating|looking into|compiling|interviewing|gathering|surveying|evaluating|trying to (?:understand|learn|figure|solve|find|decide|build|fix|choose|get)|running|hosting|migrating|moving|transitioning|switching|relocating|pivoting|doing (?:a|some|research)|developing|designing|collecting|raising|opening|go(?:ing)? through|looking (?:for|closely|at)|seeking|searching|on the hunt|in the market)`,
    // "I'm building my network in the logistics sector": connecting, not a project
    (m, ctx) =>
      COLLECTING_AFTER.test(m[0]) || /^ (?:up |out )?(?:my|our|a) (?:(?:professional|personal|linkedin|own|local|[a-z]+) )?(?:network|circle|connections|contacts|presence)(?![a-z])/.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length, m.index - ctx.sentenceStart + m[0].length + 48))
        ? undefined
        : 'says what they are working on',
    { mode: 'statement' },
  ),
  f(
    'reason',
    'love like appreciate welcome keen interested curious',
    `(?:(?:i|we)(?:'d| would)|and would|and i'd|(?<=^|[;,:-] )would)(?: (?:really|so|very|also|just))? (?:love|like|appreciate|welcome|be keen|be interested|be curious|be grateful) (?:to )?(?:the chance to |an opportunity to |the opportunity to )?(?:ask|learn|hear|get your|understand|compare|discuss|interview|feature|invite|collaborate|partner|work|explore|swap|exchange|pick|know|get|have you|see if|find out|bounce|run|include|cite|quote|talk|chat|speak|learn more|hear (?:more|how|your|about)|share (?:notes|ideas|findings|what)|show|tell you|meet)${gap(6)}`,
    (m) =>
      /¤/.test(m[0]) || COLLECTING_AFTER.test(m[0]) || /explore (?:(?:potential|possible|some|any|mutual|the|new|business) )*(?:synergies|synergy|opportunities)(?: (?:between (?:us|our (?:firms|companies|teams|businesses|organi[sz]ations))|together|with you))?$/.test(m[0]) || /(?:about|more about|of) (?:what you do|what you(?:'re| are) (?:building|doing|working on|up to|creating)|you|your (?:work|journey|background|experience|career|story|role|company|business))(?: (?:at|over at)(?: (?:§+|¤+))?)?$/.test(m[0])
        ? undefined
        : 'says what they want to talk about',
  ),
  f(
    'reason',
    'following follow follow-up followup promised per further met spoke chatted talked meeting chatting speaking meet',
    `(?:follow(?:ing)? up on (?:our|your|the|my (?:question|request) about) (?:${W} )?(?:chat|conversation|call|meeting|talk|session|panel|workshop|discussion|intro|introduction|email about|exchange|thread|meetup)|to follow up on (?:our|your)|as a follow-?up (?:to|on) (?:our|your)|as promised|per our|further to (?:our|your)|(?:we|i) (?:met|spoke|chatted|talked|sat next to each other|connected) (?:at|during|last|on|briefly|yesterday|earlier|after|in)|(?:great|nice|good|lovely|a pleasure|wonderful|fun) (?:meeting|chatting|talking to|speaking with|to meet|to chat|to talk|running into|bumping into)(?: you)?(?: at| during| last| yesterday| on| earlier| after| in)|after (?:your|our|the) (?:talk|session|panel|call|chat|meetup|conversation|workshop|keynote|presentation))`,
    'follows up on an earlier meeting',
  ),
  f(
    'reason',
    'applied applying apply interviewing interview',
    `(?:i )?(?:just |recently |have |'ve |already )?(?:applied|am applying|i'm applying|applying|will apply|plan to apply|interviewing|interview|am interviewing) (?:for|to|at|with|through)`,
    'says they are applying for a role',
  ),
  f(
    'reason',
    'question questions advice help input feedback perspective opinion thoughts person ask',
    `(?:(?:i have|i've got|quick|a quick|one|a|got a|with a|a short|a specific) (?:quick |short |specific |small |technical )?question (?:about|on|regarding|re|for you)|questions? (?:about|on|regarding|re|for you about) (?:how|whether|what|why|${W} ${W})|(?:advice|help|input|feedback|perspective|opinion|thoughts|guidance) (?:on|about|regarding|with) (?:how|whether|what|a|an|the|my|our|your|${W} ${W})|(?:the (?:right |best )?person|who) to ask about)`,
    (m) => (/¤/.test(m[0]) ? undefined : 'has a specific question'),
  ),
  f(
    'reason',
    'invite invitation speak guest speaker',
    `(?:invit(?:e|ing) you|invitation) (?:to|for|on|onto) (?:speak|join|be|present|our|the|a|come|give|talk|appear|guest)|(?:as|be) (?:a )?(?:guest|speaker|panelist|keynote)|looking for (?:a |an )?(?:speaker|speakers|guest|guests|panelist|mentor|mentors|advisor|advisors|co-?founder|volunteers?|beta testers?|reviewers?)`,
    'invites them to something',
  ),
  f(
    'reason',
    'collaborate collaborating collaboration partner partnering partnership co-author coauthor together team propose proposal',
    `(?:collaborat(?:e|ing|ion) (?:with you )?on (?:a|an|the|our|your|this)|partner(?:ing)? (?:with you )?on (?:a|an|the|our|your|this)|co-?author|work together on|team up on|joint (?:project|paper|study|talk|workshop|event|short communication|publication)|(?:i|we)(?:'d| would)? (?:like to )?propose (?:a|an|that)|a proposal (?:for|to))`,
    'proposes working together',
  ),
  f(
    'reason',
    'noticed saw see seeing hiring',
    `(?:i )?(?:noticed|saw|see|seeing)(?: that)? (?:you're|you are|${YOUR} (?:team|company) is|§ is|§'s|${W} is|${W} has) (?:hiring|looking for|recruiting|expanding|launching|opening|building|an opening|open roles|a role)`,
    'responds to their opening or news',
  ),
  f(
    'reason',
    'interested',
    `(?:i'm|i am|we're|we are|im|i've been|very|really|particularly) (?:very |really |particularly |especially |also |)?interested in (?:the|your|a|an|joining|working|learning|how|what|applying|this|that|contributing|helping|writing|talking|speaking|hearing|partnering|doing|pursuing|research|§)`,
    'says what interests them',
  ),
  f(
    'reason',
    'because since',
    `(?:connect|reach(?:ing)? out|writing|write|contact(?:ing)?|message|messaging|note|email(?:ing)?|hello|hi)${gap(3)} (?:because|since|as) (?:i|we|you|your|our|my|of|the|both)${gap(6)}`,
    (m) => (COLLECTING_AFTER.test(m[0]) ? undefined : 'gives a reason for connecting'),
  ),
  f(
    'reason',
    'hoping hope',
    `(?:(?:i'm|i am|i was|we're|we are) )?(?:hoping|hope) to (?:learn|ask|hear|get|understand|find|interview|talk|chat|discuss|collaborate|partner|invite|feature|include|compare|borrow|adopt|use|apply|contribute|join|move|transition|break|land)`,
    'says what they hope to do',
    { mode: 'statement' },
  ),
  f('reason', 'wondering wondered curious', `(?:(?:i was|i'm|i am|was|just) )?(?:wondering|wondered|curious) (?:if|whether|how|what|why|about(?: what)?)(?: you(?:'re| are) (?:building|doing|working on|up to))?`, (m, ctx) =>
    // "curious what you're building over at <Company>": idle interest, with the detail left unfilled
    / what you(?:'re| are) (?:building|doing|working on|up to)$/.test(m[0]) && /¤/.test(ctx.sentence) ? undefined : 'asks a specific question'),
  f(
    'reason',
    'looking seeking searching hunt market job role position opportunity',
    `(?:i'm|i am|im|currently|i've been|i have been|i'm currently|i am currently|i'm actively|i am actively|i'm now|still)(?: (?:actively|currently|now|also|really))? (?:looking for|seeking|searching for|on the hunt for|in the market for|hunting for|job hunting|job-hunting|on the job market|exploring|open to|looking to (?:move|switch|transition) (?:into|to))(?: (?:a|an|new|my next|the next|some|any|full-time|part-time|remote|junior|senior|entry-level|fresh))*(?: ${W}){0,2} (?:job|jobs|role|roles|position|positions|opportunit(?:y|ies)|internship|internships|opening|openings|work|employment|gig|gigs|placement|co-op)`,
    'says they are looking for a job',
  ),
  // German
  f(
    'reason',
    'schreibe melde wende kontaktiere',
    `(?:ich|wir) (?:schreibe|schreiben|melde|melden|wende|wenden|kontaktiere|kontaktieren)(?: ${W}){0,3},? (?:weil|da|wegen|bezuglich|um|zu|mit|an sie|an dich)`,
    'says why they are writing (German)',
  ),
  f(
    'reason',
    'arbeite forsche recherchiere plane organisiere baue schreibe suche stelle bereite suchen',
    `(?:ich|wir) (?:arbeite|arbeiten|forsche|forschen|recherchiere|recherchieren|plane|planen|organisiere|organisieren|schreibe|schreiben|bereite|bereiten|suche|suchen)(?: gerade| derzeit| aktuell| momentan)? (?:an|uber|zu|ein|eine|einen|gerade|derzeit|aktuell|momentan|neue|fur|nach)`,
    'says what they are working on (German)',
  ),
  f(
    'reason',
    'frage fragen erfahren lernen austauschen besprechen sprechen suche herausforderung',
    `(?:(?:eine|einige|kurze|konkrete) fragen? (?:zu|uber|zum|zur)|(?:wurde|mochte|mochten|wurden)(?: ${W}){0,4} (?:erfahren|lernen|fragen|sprechen|austauschen|besprechen|einladen|interviewen|diskutieren)|auf der suche nach)`,
    'says what they want to talk about (German)',
  ),
  // Spanish
  f(
    'reason',
    'escribo contacto pongo',
    `(?:te|le|les) (?:escribo|contacto)(?: ${W}){0,2} (?:porque|para|ya que|por|sobre|de parte)|me pongo en contacto`,
    'says why they are writing (Spanish)',
  ),
  f(
    'reason',
    'investigando contratando organizando escribiendo trabajando preparando montando desarrollando construyendo armando busco buscando',
    `(?:estoy|estamos) (?:investigando|contratando|organizando|escribiendo|trabajando en|preparando|desarrollando|construyendo|armando|montando|buscando)|(?:busco|buscamos) (?:${W} )?(?:trabajo|empleo|practicas|un puesto|socio|colaboradores)`,
    'says what they are working on (Spanish)',
  ),
  f(
    'reason',
    'gustaria encantaria',
    `me (?:gustaria|encantaria) (?:preguntarte|preguntarle|saber|conocer (?:tu|su|mas)|hablar|invitarte|invitarle|entrevistarte|entrevistarle|aprender|colaborar|charlar|conversar|consultarte|consultarle|comentarte)`,
    'says what they want to talk about (Spanish)',
  ),
  // French
  f(
    'reason',
    'ecris contacte ecrire',
    `(?:je (?:vous|te) (?:ecris|contacte)|je t'ecris)(?: ${W}){0,2} (?:car|parce|pour|au sujet|suite|concernant|a propos)|(?:je (?:vous|te) (?:ecris|contacte)|je t'ecris)`,
    'says why they are writing (French)',
  ),
  f(
    'reason',
    'recrute recrutons travaille travaillons prepare organise ecris recherche coordonne coordonnons dirige dirigeons gere gerons anime animons lance lancons ouvre ouvrons je nous',
    `(?:je|nous) (?:recrute|recrutons|travaille sur|travaillons sur|prepare|preparons|organise|organisons|ecris|redige|monte|montons|cherche|cherchons|coordonne|coordonnons|dirige|dirigeons|gere|gerons|anime|animons|lance|lancons|ouvre|ouvrons)`,
    'says what they are working on (French)',
  ),
  f(
    'reason',
    'aimerais souhaiterais voudrais suite',
    `(?:j'aimerais|je souhaiterais|je voudrais|nous aimerions)(?: beaucoup)? (?:vous |te |lui |leur )?(?:poser|en savoir|echanger|discuter|inviter a (?:parler|intervenir|participer|notre|un|une|presenter)|apprendre|comprendre|interroger|consulter|parler|avoir (?:votre|ton) avis)|suite a (?:votre|ton|notre|la|le)`,
    'says what they want to talk about (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// thanks: gratitude for something specific they did (a purpose, when the work is named).

const THANKS: Family[] = [
  f(
    'thanks',
    'thanks thank gracias merci danke',
    `(?:thanks|thank you|many thanks|gracias|merci|danke|grazie|obrigad[oa]|bedankt|dank je)(?: (?:so|very) much| a lot| again| mille| wel| muito)? (?:for|por|pour|fur|per|pela|pelo|voor) (?:writing|maintaining|building|creating|sharing|making|publishing|open-sourcing|putting|running|hosting|answering|your (?:${W} )?(?:work|answer|post|talk|book|thread|library|help|reply|advice|article|docs|tool|project|podcast|newsletter|blog)|the (?:talk|post|answer|book|thread|library|article|docs|tool|project|episode|write-?up|guide)|escribir|escribirlo|compartir|tu (?:hilo|articulo|charla|trabajo|libro)|votre (?:travail|article|conference)|ihren (?:vortrag|beitrag|artikel))`,
    'thanks them for something specific',
  ),
  f(
    'thanks',
    'saved rescued unblocked helped got',
    // ("your post changed how I review drafts" is praise of its effect: personal, not a reason for writing)
    `(?:saved (?:me|us|my|our)|got (?:us|me) out of|got me (?:my|a|the|an) (?:first )?(?:job|role|offer|interview|internship|promotion)|helped (?:me|us|my team|our team) (?:ship|fix|debug|get|understand|through|out|land|finally)|unblocked (?:me|us)|rescued (?:me|us|my|our))`,
    'says how their work helped',
  ),
  f(
    'thanks',
    'cut halved doubled reduced saved sped',
    `(?:cut|halved|doubled|reduced|sped up|saved|made) (?:our|my) (?:${W} ){0,3}(?:time|costs?|bill|build|builds|ci|latency|churn|errors|bugs|onboarding|week|weekend|day|life|job)`,
    (_m, ctx) => (/(?:your|ur) /.test(ctx.sentence) ? 'says how their work helped' : undefined),
  ),
  f('thanks', 'wanted say thanks thank', `(?:just )?wanted (?:to (?:say )?(?:thanks|thank you|say thank you)|you to know)`, 'thanks them for something specific'),
  f('thanks', 'danke gratitude agradecer', `(?:danke dafur|danke fur (?:deinen|ihren|den|die|das)|(?:my|our) (?:gratitude|heartfelt thanks)|queria agradecer|quiero agradecer|je voulais vous remercier|volevo ringraziar)`, 'thanks them for something specific'),
  f(
    'thanks',
    'congrats congratulations complimenti felicidades felicitaciones felicitations bravo gluckwunsch parabens gefeliciteerd kudos',
    `(?:congrats|congratulations|complimenti|felicidades|felicitaciones|felicitations|herzlichen gluckwunsch|gluckwunsch|parabens|gefeliciteerd|kudos)(?:(?: ${W}){0,2} (?:on|for|to|per|por|pour|zum|zur|met|pelo|pela)|(?=[!.,]|$))`,
    'congratulates them',
  ),
];

// ---------------------------------------------------------------------------------------------
// personal: something specific to this recipient.

const WORK = alt(WORK_NOUNS);
const SPECIFIER = `(?:on|about|abt|at|in|from|titled|called|named|where|regarding|for|last|this|comparing|explaining|describing|introducing|covering|coaching|teaching|tearing|taking apart|turning|rebuilding|debunking|ranking|testing|reviewing|defending|documenting|profiling|featuring|tracing|calling out|with|during|yesterday|earlier|back in|of|to|that|which|asking|arguing|showing|proposing|announcing|adding|fixing|removing|porting|rewriting|replacing|mapping|tracking|plotting|breaking down|walking through|under|dans|"|§|(?:-|,) (?:especially|particularly|in particular|the part|the bit|the section|the line|the one))`;

const NOT_MODIFIER = new Set(
  'should would will can could must may might is are was were be been am do does did has have had to and or but of in on at for with from by as that this it they we you i he she my our their his her its not no'.split(' '),
);

/** An offer to look at or work on something of theirs, just before it: "happy to go through", "I'll review", "I could help you with the Spanish version of". */
const OFFERED_REVIEW =
  /(?:(?:^|[^a-z])(?:i'll|i will|i can|i could|i'd|we'll|we can|we could|happy to|glad to|keen to|let me|willing to|offer to|offered to|promised to|i'd love to|i'd be happy to)(?: (?:also|gladly|happily|quickly|properly|just))?) (?:review|read|look at|look over|look through|go through|go over|check|edit|proofread|critique|tear down|audit|red-team|sanity-check|give feedback on|comment on|translate|redesign|rebuild|rewrite|optimi[sz]e|fix|improve|update|help (?:you |u )?(?:with|on) (?:[a-z'-]+ ){0,4})\s*$/;

function specificWork(m: RegExpExecArray, ctx: MatchContext): string | undefined {
  const mods = (m[1] ?? '').trim();
  // "your study group", "your normal session rate": the work noun is a modifier of another noun
  const end = m.indices?.[2]?.[1];
  if (end !== undefined && /^ (?:group|groups|rate|rates|fee|fees|price|prices|cost|costs|budget|hall|room|buddy|partner|slot|slots|length|leave|abroad)(?![a-z])/i.test(ctx.orig.slice(end, end + 12))) return undefined;
  const qualifier = m[3];
  if (/¤/.test(mods)) return undefined;
  // "your autoscaling issues": their problems, not an issue they filed
  if (m[2] === 'issues') return undefined;
  // "your money should work": a modifier run with a verb or function word is not a noun phrase.
  if (mods !== '' && mods.split(' ').some((w) => NOT_MODIFIER.has(w))) return undefined;
  const hasSpecificModifier = mods !== '' && mods.split(' ').some((w) => !GENERIC_ADJ.has(w) && w !== 'the' && w !== 'very' && !/^\d+$/.test(w));
  // "your talk on [topic]": the detail is an unfilled placeholder, so it does not count
  const qualified = qualifier !== undefined && !/^ \S+ ¤/.test(qualifier) && !/^ "?¤/.test(qualifier) && !/^ (?:at|in|for|with|from) (?:§+|¤+)$/.test(qualifier);
  // "your work at Spotify": their employer, not a piece of work
  if (/^(?:work|research|writing)$/.test(m[2] ?? '') && !hasSpecificModifier && /^ (?:at|in|with|for|from) /.test(qualifier ?? '')) return undefined;
  // "your outstanding work in the field of materials science": a field is a broad trait
  if (/^ (?:in|within|across) (?:the )?(?:field|area|areas|space|domain|world|realm|sector) of/.test(qualifier ?? '') && !(hasSpecificModifier && mods.split(' ').some((w) => !GENERIC_ADJ.has(w) && !/['’]s$/.test(w)))) return undefined;
  if (!qualified && !hasSpecificModifier) return undefined;
  // "a plug in your next issue", "your next project with me": work still to come is no work of theirs
  if (/^(?:next|upcoming|future|coming|following)$/.test(mods) && (!qualified || /^ (?:with|for) (?:me|us)(?![a-z])/.test(qualifier ?? ''))) return undefined;
  // "your gardening blog": an outlet named by its topic in lower case is the outlet, not a piece of work (a title is capitalised)
  // ("the discard crackers from your recipe blog" names a piece of it)
  if (!qualified && /^(?:blog|channel|newsletter|podcast|substack|show|stream|writing|work|content)$/.test(m[2] ?? '') && !CAPITAL_OR_DIGIT.test(ctx.orig.slice(m.index, m.index + m[0].length).replace(/^\S+/, '')) && !/[a-z] (?:from|in|on|of) $/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart))) return undefined;
  // "I'd send you the radiographs for your teaching collection": where an offer goes, not their work
  if (/(?:^|[^a-z])(?:send|sending|share|sharing|give|giving|offer|offering|donate|donating|lend|lending|provide|providing|bring|bringing|contribute)(?:[^a-z][^.;!?]{0,100})? for $/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart))) return undefined;
  // "happy to go through your seed deck this weekend", "I can review your model": a review offered, not their work praised
  if (OFFERED_REVIEW.test(ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 60), m.index - ctx.sentenceStart))) return undefined;
  // "waiting your kind reply", "looking forward to your answer": a reply still to come is no work of theirs
  if (/^(?:reply|replies|answer|answers|response|comment|comments)$/.test(m[2] ?? '') && /(?:wait(?:ing)?(?: for)?|awaiting|await|look(?:ing)? forward to|expecting|hope (?:for|to (?:get|receive|hear))|thanks? (?:you )?in advance for)\s*$/.test(ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart))) return undefined;
  return 'mentions their specific work';
}

const CREATION_VERBS = `(?:wrote|published|posted|shared|gave|presented|shipped|launched|built|open-sourced|maintain|created|released|spoke|tweeted|recorded|designed|authored|co-authored|answered|fixed|merged|reviewed|put out|wrote up|led|ran|did|organi[sz]ed|hosted|started|made|taught|filed|reported|circulated|sent round|sent around|drafted|compiled|filmed|produced|edited|curated|pinned|painted|baked|brewed|cured|solved|cracked|figured out)`;

/** "we're both in ", "we both work in the ": a commonality that is only a field when what follows is written in lower case. */
const BOTH_IN = /^(?:we|we're|we are|we were|we've|you and i|both of us)(?: (?:both|also|all|each))* (?:(?:are|were|'re|work|worked|working|been|have worked|both) )*(?:in|on) (?:the )?/;
/** What makes a lower-case "both in ..." a community all the same. */
const COMMUNITY_AFTER = /(?:^|[^a-z])(?:club|group|team|class|cohort|choir|programme|program|lab|same|squad|crew|band|year|chapter|society|league|unit|ward|at|with|under|together|intake|batch|course|seminar|village|town|parish|building)(?:[^a-z]|$)/;

/**
 * Whether the original text in [start, end) is only a field ("local government", "mechanical engineering"): written in
 * lower case, with no number and no community word. A caseless message says nothing by its capitals, so never.
 */
function onlyAField(ctx: MatchContext, start: number, end: number): boolean {
  const what = ctx.orig.slice(start, end);
  return !ctx.caseless && !UPPER_OR_DIGIT_CHAR.test(what) && !COMMUNITY_AFTER.test(what.toLowerCase());
}

/** "like you, I work in ", "like you I'm in the ": what follows is a field unless it names a place or a community. */
const LIKE_YOU_IN = /^ ?(?:'m |am |'ve |have |also )?(?:(?:work|worked|working|been working|been|spent (?:[a-z0-9']+ ){1,3}) )?(?:in|on) (?:the )?/;

const PERSONAL: Family[] = [
  f(
    'personal',
    WORK_NOUNS.filter((w) => /^[a-z ]+$/.test(w))
      .map((w) => w.split(' ').pop()!)
      .join(' ') + ' write-up writeup post-mortem postmortem cheatsheet',
    `(?:${YOUR}|§'s|§) ((?:${W} ){0,3})?(${WORK})((?: ${SPECIFIER}(?: ${W}){0,4})|(?: "[^"]{1,60}"))?`,
    specificWork,
    { senderOnly: true },
  ),
  f(
    'personal',
    'heard saw seen watched caught attended listened',
    `(?:i )?(?:heard|saw|seen|watched|caught|attended|listened to) (?:you|ur|your) (?:speak|speaking|present|presenting|talk|talking|give|on|at|mention|demo|answer|explain|interviewed|describe|discuss|keynote|session|panel|live)${gap(4)}`,
    // "I saw you on LinkedIn and wanted to connect": seeing their profile on a platform is no work of theirs
    (m) => (ON_A_PLATFORM.test(m[0]) ? undefined : 'mentions hearing or seeing their work'),
  ),
  f(
    'personal',
    'wrote published posted shared gave presented shipped launched built open-sourced maintain created released spoke tweeted recorded designed authored co-authored answered fixed merged reviewed filed reported mapped plotted charted drew painted',
    `(?:you|you've|you have|${YOUR} (?:team|group|lab|squad|crew)(?: has| have)?) (?:recently |just |once |)?(?:wrote|published|posted|shared|gave|presented|shipped|launched|built|open-sourced|maintain|created|released|spoke|tweeted|recorded|designed|authored|co-authored|answered|fixed|merged|reviewed|put out|wrote up|filed|reported|mapped|plotted|charted|drew|painted)(?: ${W}){0,2} (?:on|about|at|in|for|during|last|that|how|the|a|an|this|to|my|"|§)${gap(3)}`,
    // "you spoke at a conference recently": an event with an indefinite article and no name is no specific work;
    // "your team has built a great culture", "you launched a new product": praise or news in general words
    (m, ctx) =>
      /¤/.test(m[0]) ||
      DID_SOMETHING_GENERAL.test(m[0]) ||
      // "all you built at Ledgerline": where they worked, not a piece of work
      /^[a-z']+(?: [a-z']+){0,3}? (?:built|made|did|led|ran|grew|achieved|created) (?:at|for|with|over at) /.test(m[0]) ||
      (/ (?:at|on|in|during|for) (?:a|an|some) (?:[a-z-]+ )?(?:conference|event|meetup|webinar|summit|panel|podcast|workshop|session|show|fair|expo|festival)s?(?:$| )/.test(m[0]) && !CAPITAL_QUOTE_OR_SLOT.test(ctx.orig.slice(m.index + 4, m.index + m[0].length)))
        ? undefined
        : 'mentions something they did',
    { mode: 'statement' },
  ),
  f(
    'personal',
    WORK_NOUNS.filter((w) => /^[a-z]+$/.test(w)).join(' '),
    `(?:the|that|this) (?:${W} ){0,3}(?:${WORK}) (?:that )?(?:you|you've|you have) (?:recently |just )?${CREATION_VERBS}`,
    'mentions something they did',
  ),
  f(
    'personal',
    'attend play go train run ran swim swam both also studied went attended graduated worked were regulars spoke presented met overlapped grew live lived played volunteer volunteered contributed served trained did took shared sing sang row rowed climb climbed dance danced learned learnt',
    `(?:we|we're|we are|we've|we were|you and i|both of us)(?: (?:both|also|all|each))* (?:studied|went to|go to|attended|attend|graduated|worked|were|are|regulars|spoke|presented|met|overlapped|grew up|live|lived|played|play|volunteer|volunteered|contribute|contributed|maintain|sat|served|trained|train|did|took|shared|started|came|interned|belong|belonged|mentor|have both|sing|sang|row|rowed|climb|climbed|dance|danced|learned|learnt|run|ran|swim|swam|at|in|from)(?: ${W}){0,6}`,
    (m, ctx) => {
      const t = m[0];
      // "we're both from Lagos" is a hometown; "we're both from sales backgrounds" is a broad trait
      if (/^(?:we|we're|we are|you and i|both of us)(?: (?:both|also|all|each))* from /.test(t) && (!/ both /.test(t) || / from (?:a |an |the )?(?:[a-z-]+ )?(?:backgrounds?|industry|industries|world|field|space|sector|side)(?: |$)/.test(t))) return undefined;
      // "we met at the conference last year": an event anyone might have been at, named by nothing
      if (GENERIC_EVENT_MET.test(t)) return undefined;
      // "We spoke for an hour yesterday", "we met on Sunday": a conversation or a day, not a place or community both share
      if (/^we (?:spoke|met|talked)\b/.test(t) && (!/ (?:at|during|in|on|through) /.test(t) || /^we (?:spoke|met|talked)(?: again| up| briefly)? (?:on|last|this|yesterday|today|in) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|the (?:morning|afternoon|evening)|\d)/.test(t) || /^we (?:spoke|met|talked)(?: again| up| briefly)? (?:yesterday|today|earlier today|this morning|last night)(?: |$)/.test(t))) return undefined;
      // "we ran 40 interviews with first-time investors": what the sender's side did, not something both share
      if (/^(?:we|we've|we have|we were) (?:ran|run|did|took|shared|started|contributed|contribute|maintain|mentor|came|learned|learnt) /.test(t)) return undefined;
      // "we both studied engineering and are both passionate about AI": a field of study or an interest is a broad trait
      if (/^(?:we|we're|we are)(?: both)? (?:studied|study|are|'re) (?:both )?(?:(?:passionate|interested|into) (?:about|in)|[a-z-]+(?: and| or|,|$| at (?:uni|university|college|school)))/.test(t) && !/ (?:at|in|under|with) (?!uni|university|college|school)/.test(t)) return undefined;
      // "we're both in the Women in Supply Chain group here on LinkedIn": a LinkedIn group is a crowd, not a commonality
      if (/linkedin/.test(ctx.sentence)) return undefined;
      // "we both work in sales" is a broad trait, not a commonality
      if (/ (?:work|are|were|both|'re) (?:both )?(?:in|on) (?:the )?(?:[a-z-]+ )?(?:[a-z]+-)?(?:sales|marketing|tech|technology|the industry|industry|finance|hr|recruiting|engineering|software|it|consulting|saas|b2b|healthcare|education|media|startups?|product|design|data|ai|same (?:industry|field|space)|(?:[a-z-]+ )?(?:community|scene|space|world|ecosystem)|[a-z]+tech)(?:$| )/.test(t)) return undefined;
      if (/¤/.test(t)) return undefined;
      // "we're both in local government", "we both work in the infrastructure space": a field written in lower case
      // is a broad trait ("we were both in the Leeds running club", "both in Year 9 at St Anne's" name a community)
      const field = BOTH_IN.exec(t);
      if (field && onlyAField(ctx, m.index + field[0].length, m.index + t.length)) return undefined;
      if (/^(?:we|we're|we are|we were)(?: both| all)? (?:are |were )?(?:both )?(?:a |an )?(?:engineers?|marketers?|founders?|developers?|designers?|professionals?|passionate|interested|in (?:the )?(?:same|similar))/.test(t)) return undefined;
      if (!/(?:both|also| and i|of us|together| at | under | in | with | from | on | for )/.test(t)) return undefined;
      if (/^we(?:'re| are)? (?:at|in) /.test(t) || / know /.test(t)) return undefined;
      // "we are a family-run groundworks firm with 25 years' experience": the sender's side described
      if (/^(?:we're|we are|we were) (?:a|an) /.test(t) && !/ both /.test(t)) return undefined;
      // "we are looking for people who ...": what the sender's side is doing, not something both share
      if (/^(?:we|we're|we are|we were)(?: (?:also|all|each))? (?:are |were )?(?:currently |now )?[a-z]+ing /.test(t) && !/ both /.test(t)) return undefined;
      return 'names something you have in common';
    },
  ),
  // "you're the one who wrote the on-call handbook", "u were the one who set up the zine library"
  f(
    'personal',
    'one person',
    `(?:you're|you are|you were|u were|ur|you) the (?:one|person|people) (?:who|that)(?: (?:finally|actually|originally|first))? ${CREATION_VERBS.replace('(?:', '(?:set up|setup|runs|leads|maintains|founded|started|')}(?: ${W}){1,4}`,
    (m) => (/ (?:the|a|an|your|their|our|that|it|this|them)$/.test(m[0]) ? undefined : 'mentions something they made'),
  ),
  // "Quill, your open-source CMS": their named project
  f(
    'personal',
    'project library cms tool app framework plugin package crate gem repo podcast newsletter book course server service api sdk cli engine editor game bot extension',
    `(?:(?:for|on|to|with|about|in|into) )?${NAME}, ${YOUR} (?:open[- ]source |side |little |new |oss )?(?:${W} )?(?:project|library|cms|tool|app|framework|plugin|package|crate|gem|repo|podcast|newsletter|book|course|server|service|api|sdk|cli|engine|editor|game|bot|extension)`,
    named((n) => `names their project ${n}`),
  ),
  // "we did the lead course together", "I was on your squad at Spotify", "we both report to Dana"
  f(
    'personal',
    'together squad team lab crew cohort batch report reported',
    `(?:we (?:did|took|attended|trained|studied|sang|volunteered|climbed|rowed)(?: ${W}){1,4} together|(?<=(?:since|when|after|before|the time|the year) )we (?:[a-z]+ed|did|took|ran|built|won|lost|sang|went through|sat through|fought|wrote|shot|rode|swam|drove|grew|held|kept|led|made|spent|shared|saw|got through|came through) (?:${W} ){1,6}together|(?:i was|i worked|i used to be|we were) (?:on|in) ${YOUR} (?:old |former )?(?:team|squad|lab|crew|cohort|batch|class)|we (?:both|now both|both now) report(?:ed)? (?:in)?to ${NAME})`,
    'names something you share',
  ),
  f(
    'personal',
    'fellow another',
    `(?:fellow|another|also an?|also a former) (?:${W} ){0,3}(?:alum|alumni|alumnus|alumna|alums|graduate|grad|grads|classmate|member|members|attendee|speaker|contributor|maintainer|volunteer|mentor|mentee|student|ex-student|cohort|fellow|organizer|organiser|resident|berliner|londoner|new yorker|parisian|runner|board member|expat|veteran|intern|panelist|host|author|committer|reviewer|batchmate|yc|ex-${W}|former ${W})(?: of| from| at)?`,
    // "connect with fellow members" of a LinkedIn group names no community worth the name
    (m, ctx) => {
      if (/linkedin/.test(ctx.sentence) || /^fellow members?$/.test(m[0])) return undefined;
      // "a fellow alum" of a school left unfilled ("we both went to [University]") or never named is no community
      if (/(?:alum|alumni|alumnus|alumna|alums|graduate|grad|grads|member|members)(?: of| from| at)?$/.test(m[0])) {
        if (/¤/.test(ctx.sentence)) return undefined;
        const sentence = ctx.orig
          .slice(ctx.sentenceStart, ctx.sentenceStart + ctx.sentence.length)
          .replace(/^\W*(?:hi|hello|hey|hiya|dear|greetings)\s+[^\s,!]+[,!]?/i, '')
          .replace(/\bI\b/g, 'i');
        if (!ctx.caseless && !CAPITAL_AFTER_FIRST_WORD.test(sentence)) return undefined;
      }
      return 'points out a shared community';
    },
  ),
  f('personal', 'fellow', `fellow ([a-z][a-z'-]+)(?: ${W}){0,2}`, // "fellow Jane Jacobs devotee": admiring the same famous person is a broad trait (the labelling guide)
    (m, ctx) => (nameAt(m, ctx) && !/ (?:professionals?|people|folks|leaders|marketers|engineers|founders|recruiters|experts|fans?|devotees?|admirers?|readers?|lovers?|enthusiasts?|nerds?|geeks?|disciples?|groupies?|musicians?|designers?|developers?|devs?|rustaceans?|pythonistas?|gophers?|hackers?|nerds?|artists?|writers?|photographers?|nurses?|teachers?|doctors?|lawyers?|accountants?|entrepreneurs?|creators?|builders?|makers?|coders?|programmers?|analysts?|scientists?|researchers?|students?|parents?|runners?|cyclists?|climbers?|gamers?|freelancers?|consultants?|creatives?|introverts?|humans?)(?: |$)/.test(m[0]) && !/^fellow lions?(?: |$)/.test(m[0]) ? 'points out a shared community' : undefined)),
  f(
    'personal',
    'same',
    `(?:the same|same) (?:${W} ){0,3}(?:school|university|college|program|programme|bootcamp|cohort|class|lab|advisor|adviser|supervisor|professor|mentor|alma mater|hometown|town|meetup|conference|accelerator|batch|company|employer|department|thesis advisor|phd program|residency|fellowship|club|chapter|community|neighbo(?:u)?rhood|high school|grad school|course|sprint|hackathon|team at|team|year at|year in|intake at|intake in)`,
    // "You and Karin were on the same team": about the recipient and someone else, not the sender
    // ... nor "Amy and I were in the same batch": the sender and someone else
    (m, ctx) =>
      /you and [a-z]+|(?:he|she|they) (?:and you )?(?:was|were)|(?:^|[^a-z'])(?!you )[a-z]+ and i (?:were|was|are|both)/.test(ctx.sentence) ||
      // "you sail out of the same club as Vera Lindgren": the recipient and someone else, not the sender
      /^ as (?!(?:me|mine|i|you|yours|u|ur|we|us|myself)(?:[^a-z]|$))[a-z]/.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length))
        ? undefined
        : 'points out a commonality',
  ),
  f(
    'personal',
    'like same too also well',
    `(?:like you|just like you|same as you|as you did|you and i both),? (?:i|i've|i have|i also|i too|we)|(?:i|i've|i have|i was)(?: also| too| previously| once)? (?:also |too |previously |once )?(?:studied|went|graduated|worked|interned|was|spent|did my|did a|grew up|live|lived|volunteered|trained|started my career|was a|was in|was on)(?:,? ${W}){1,7} (?:too|as well|like you|before you|after you|at the same time)`,
    // "like you, I'm passionate about operations research", "like you I work in mechanical engineering": a shared
    // interest or a field written in lower case is a broad trait
    (m, ctx) => {
      const at = m.index - ctx.sentenceStart + m[0].length;
      const rest = ctx.sentence.slice(at);
      if (/^ ?(?:'m|'ve been|am|are|'re|have always been|too am|also am)? ?(?:(?:really|also|very|so|just|equally|a bit|quite|deeply|genuinely) )?(?:passionate|obsessed|interested|fascinated|a (?:big |huge )?fan|keen|excited|into|curious|in love)(?:[^a-z]|$)/.test(rest)) return undefined;
      const field = LIKE_YOU_IN.exec(rest);
      const end = rest.search(/[.,;:!?(]/);
      if (field && onlyAField(ctx, m.index + m[0].length + field[0].length, m.index + m[0].length + (end < 0 ? rest.length : end))) return undefined;
      return 'points out a commonality';
    },
  ),
  f(
    'personal',
    'sat stood met chatted talked spoke meeting chatting talking speaking meet seeing',
    `(?:(?:sat|stood|worked|met|chatted|talked|spoke|presented|paired|hacked) (?:next to|with|beside|across from|to|alongside) you (?:at|during|in|on|last)|(?:great|nice|good|lovely|fun|a pleasure|wonderful) (?:meeting|chatting with|talking (?:to|with)|to meet|to chat with|running into|seeing|speaking with) you (?:at|during|after|in|on|last|yesterday)|(?:great|nice|good|lovely|fun|a pleasure|wonderful) (?:chatting|talking|speaking) (?:at|during|after) (?:the|a|an|your|${W}'s))${gap(4)}`,
    // "my brother-in-law Tariq worked with you at Balfour": someone else met them, not the sender;
    // "great meeting you at [Event Name]!": a slot left unfilled names no place
    (m, ctx) => (/ (?:at|during|after|in|on) (?:the )?¤/.test(m[0]) ? undefined : /^(?:sat|stood|worked|met|chatted|talked|spoke|presented|paired|hacked) /.test(m[0]) && !/(?:^|[,;:(-]|\b(?:i|we|i've|we've|i also|we also|i once|and))\s*$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart).replace(/^\s*(?:hi|hello|hey|dear|hiya)\b[^,]*,/, '')) ? undefined : 'mentions meeting them somewhere specific'),
  ),
  // "the statistic you quoted on the podcast", "the point you made at the Lisbon meetup about on-call pay"
  f(
    'personal',
    'statistic stat number figure line quote point example story anecdote question metaphor advice tip analogy',
    `the (?:${W} ){0,3}(?:statistic|stat|number|figure|line|quote|point|example|story|anecdote|question|metaphor|advice|tip|analogy|comparison) (?:that )?(?:you|u) (?:quoted|mentioned|shared|gave|made|told|cited|used|raised|asked|said|dropped|brought up) (?:on|in|at|during) (?:the|your|a|that|this|last) ${W}${gap(4)}`,
    'mentions something specific they said',
    { mode: 'statement' },
  ),
  // "congrats on shipping the offline mode in Notion", "kudos on defending your thesis on tidal turbines": a specific piece of
  // their work, done (not "congrats on the new role", "congrats on launching the new website")
  f(
    'personal',
    'congrats congratulations kudos done hats',
    `(?:congrats|congratulations|kudos|well done|hats off)(?: to (?:you|your team))? on (?:shipping|launching|releasing|publishing|winning|finishing|defending|completing|open-sourcing|premiering|opening)((?: ${W}){2,8})`,
    (m, ctx) => {
      const object = m[1] ?? '';
      const words = object.trim().split(' ').filter((w) => !/^(?:the|a|an|your|new|latest|first|big|huge|great|amazing)$/.test(w));
      if (/¤/.test(object)) return undefined;
      return words.length >= 3 || CAPITAL_QUOTE_OR_DIGIT.test(ctx.orig.slice(m.index + m[0].length - object.length, m.index + m[0].length)) ? 'mentions something specific they did' : undefined;
    },
    { negatable: false },
  ),
  // A result of theirs: "your ward came top in the trust's Q2 audit, 98%", "your team won the Leeds hackathon"
  f(
    'personal',
    'team ward school unit department clinic lab shop restaurant club class squad practice store branch office students pupils bakery brewery farm hospital girls boys players juniors choir band crew side',
    `${YOUR} (?:${W} ){0,2}(?:team|ward|school|unit|department|clinic|lab|shop|restaurant|club|class|squad|practice|store|branch|office|students|pupils|bakery|brewery|farm|hospital|girls|boys|players|juniors|choir|band|crew|side) (?:came|ranked|scored|finished|won|topped|placed|took|was named|got named|went unbeaten|went undefeated|(?:was|were|got) promoted|qualified|reached|beat|broke)${gap(8)}`,
    (m, ctx) => (/¤/.test(m[0]) || !(CAPITAL_QUOTE_OR_DIGIT.test(ctx.orig.slice(m.index, m.index + m[0].length).replace(/^\S+/, '')) || / (?:top|first|second|third|gold|silver|bronze)(?![a-z])/.test(m[0])) ? undefined : 'mentions a result of theirs'),
    { mode: 'statement' },
  ),
  // An item of their own publication: "I read in this week's Ashgrove Primary newsletter that the PTA is raising money"
  f(
    'personal',
    'newsletter bulletin circular blog report minutes update',
    `(?:read|saw|noticed|spotted) in (?:${YOUR}|the|this week's|this month's|last week's|the latest|${W}'s)(?: ${W}){0,4} (?:newsletter|bulletin|circular|blog|annual report|quality report|report|minutes|update) (?:that|about|how)${gap(4)}`,
    // ("I read in the newsletter that you're hiring": company news, not an item of theirs to answer)
    (m) => (/¤/.test(m[0]) || / (?:is|are|'re|'s) (?:now )?(?:hiring|recruiting|growing|expanding|moving|opening|launching|raising|looking for)(?![a-z])/.test(m[0]) ? undefined : 'mentions an item they published'),
  ),
  // French and English findings seen while using their site: "j'ai remarqué que le formulaire de contact de X refuse les numéros belges"
  f(
    'personal',
    'formulaire site page appli application boutique panier paiement',
    `(?:j'ai|on a|nous avons) (?:remarque|vu|constate|note) que (?:le|la|les|l'|votre|ton|ta|vos) ?(?:${W} ){0,3}(?:formulaire|site|page|appli|application|boutique|panier|paiement)(?![a-z])${sameSentence(120)}${FR_FAULT}`,
    'names a specific finding about their product (French)',
  ),
  f(
    'personal',
    'form checkout page site app cart signup',
    `(?:noticed|spotted|found|saw)(?: that)? the (?:${W} ){0,2}(?:form|checkout|page|site|app|cart|signup|sign-up) (?:on|of|at|for) (?:${W} ){0,3}?(?:rejects|refuses|doesn't|does not|won't|breaks|throws|returns|shows|hides|loses|drops|fails)(?![a-z])${gap(4)}`,
    'names a specific finding about their product',
  ),
  // German: "in Ihrem Qualitätsbericht 2023 fällt auf, dass ..."
  f(
    'personal',
    'qualitatsbericht jahresbericht geschaftsbericht nachhaltigkeitsbericht bericht newsletter rundbrief blogbeitrag beitrag artikel vortrag podcast interview studie',
    `in (?:ihrem|deinem|eurem|ihrer|deiner|eurer) (?:${W} )?(?:qualitatsbericht|jahresbericht|geschaftsbericht|nachhaltigkeitsbericht|bericht|newsletter|rundbrief|blogbeitrag|beitrag|artikel|vortrag|podcast|interview|studie)(?: (?:19|20)\\d\\d| vom| von| zum| zur| uber| auf)`,
    'mentions their specific work (German)',
  ),
  // "we talked about Lisbon rents for an hour at his housewarming", "we chatted at the Leeds meetup": where they met, in the sender's words
  f(
    'personal',
    'housewarming wedding party birthday farewell bbq barbecue dinner conference meetup summit workshop hackathon sprint retreat offsite afterparty after-party reunion',
    `we (?:talked|chatted|met|spoke|hung out|sat together|got talking)(?: (?:about|for|through|over)(?: ${W}){0,6}?)? (?:at|during|after) (?:${W}'s|his|her|their|the|your) (?:${W} ){0,3}(?:housewarming|wedding|party|birthday|farewell|leaving do|bbq|barbecue|dinner|conference|meetup|summit|workshop|hackathon|sprint|retreat|offsite|afterparty|after-party|reunion)(?![a-z])${gap(3)}`,
    (m) => (GENERIC_EVENT_MET.test(m[0]) ? undefined : 'mentions meeting them somewhere specific'),
  ),
  // German: "seit unseren Nachtschichten im trivago-Büro", "was wir damals im Hackerspace Leipzig angefangen haben"
  f(
    'personal',
    'zeit zeiten jahre jahren tage tagen nachtschichten schichten studium studienzeit praktikum projekt projekten abende abenden wochenenden nachte nachten sprints hackathons einsatze einsatzen touren proben semester semestern damals',
    `(?:seit|an) (?:unseren|unserer|unserem|unsere) (?:${W} )?(?:[a-z0-9]+-)?(?:zeit|zeiten|jahre|jahren|tage|tagen|nachtschichten|schichten|studium|studienzeit|praktikum|projekt|projekten|abende|abenden|wochenenden|nachte|nachten|sprints|hackathons|einsatze|einsatzen|touren|proben|semester|semestern) (?:im|in der|in|bei|am|an der)(?: ${W}){1,3}|(?:das|die|was) wir (?:beide |zusammen |gemeinsam )?damals (?:im|in der|in|bei|am|an der) (?:${W} ){1,3}(?:angefangen|gebaut|gegrundet|gemacht|gestartet|entwickelt|organisiert)`,
    'points out a commonality (German)',
  ),
  f(
    'personal',
    'fixed helped answered reviewed merged saved unblocked',
    `you (?:(?:fixed|helped (?:me|us) (?:with|fix|debug)|answered|reviewed|merged|unblocked) (?:my|our)|(?:gave|told|showed|taught|sent|lent|offered) (?:me|us) (?:${W} ){0,2}(?:advice|feedback|tips|tip|pointers|idea|hint|help|a hand|lesson|(?:the )?(?:trick|answer|solution)))${gap(3)}`,
    'mentions how they helped the sender',
  ),
  f(
    'personal',
    'since back days time years',
    // ("Marta from our claims team will call you": "from our ... team" is the sender's team today, not a past both share)
    `(?:since|back in|during|remember|miss) our (?:${W} ){0,2}(?:days|time|years|stint|era|team|class|batch|cohort)|from our (?:${W} ){0,2}(?:days|time|years|stint|era|class|batch|cohort)|(?:back )?when we (?:both )?(?:worked|were|studied|met|sat)`,
    'recalls a shared past',
    // "long time no speak since our Ubisoft days": the "no" is a greeting idiom, not a negation
    { negatable: false },
  ),
  f(
    'personal',
    'answer reply response comment advice tip suggestion feedback',
    `(?:${YOUR}|you) (?:answer|reply|response|comment|advice|tip|suggestion|feedback|answered|replied|responded|commented)(?: ${W}){0,2} (?:to|on|in|under) (?:my|the|a|our)`,
    // "I'd appreciate your feedback on our deck": asked for, not something they gave
    (m, ctx) =>
      /(?:appreciate|love|like|get|want|need|value|welcome|grateful for|ask(?:ing)? for|hear|seek(?:ing)?)(?: [a-z']+){0,3} $/.test(ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 50), m.index - ctx.sentenceStart)) ? undefined : 'mentions their answer to a question',
  ),
  f(
    'personal',
    'follow following read reading subscribe subscribed listen listening reader listener subscriber follower fan',
    `(?:i|i've|i have|i've been|i have been|been|i'm|i am|long-?time)(?: (?:been|a))? (?:following|follow|read|reading|subscribe to|subscribed to|listen to|listening to|(?:a |an )?(?:long-time |longtime |regular |avid |big |huge |devoted |faithful )?(?:reader|listener|subscriber|follower|fan|user) of) (?:${YOUR}|you|§'s|§) ?(?:blog|newsletter|podcast|show|channel|column|substack|writing|research|videos|essays|tweets on|posts on|work on|series|streams|book|books|library|project)`,
    'follows their published work',
  ),
  f(
    'personal',
    'congrats congratulations kudos',
    `(?:congrats|congratulations|kudos)(?: (?:on|to you on|for))? (?:${YOUR}|the|§'s|on) (?:${W} ){0,3}(?:launch|promotion|raise|funding|round|series ${W}|award|book|acquisition|ipo|release|paper|talk|win|milestone|anniversary|exit|publication|patent|grant|keynote|v\\d|1\\.0|2\\.0|ship)`,
    // a promotion, a funding round or a work anniversary is their title or their company's news, not their work (an
    // acquisition or an exit stays: what a founder built)
    // ("congrats on the award": an award named by nothing)
    (m) => (/(?:promotion|raise|funding|round|series [a-z0-9'-]+|ipo|anniversary|milestone)$/.test(m[0]) || /(?:^|\s)(?:the|your|an|this|that|a|ur) (?:award|prize|win|recognition|nomination|honou?r|achievement)$/.test(m[0]) ? undefined : 'congratulates them on something specific'),
  ),
  f(
    'personal',
    "used use using rely relied adopted learned learnt i'm am we're are is",
    `(?:(?:i|we|my team|our team)(?:'ve| have)? (?:used|use|been using|rely on|relied on|adopted|learned|learnt|borrowed|built on|build on|depend on|run)|(?:i'm|i am|we're|we are|my team is|our team is) (?:using|relying on|running|building on|depending on))(?: ${W}){0,2} (?:${YOUR}|you|§'s)(?: ${W}){0,3} (?:${WORK}|approach|idea|method|technique|framework|template|code|design)`,
    // ("the checklist I used on your thesis draft": something of the sender's applied to their work)
    (m) => (/^(?:i|we|my team|our team)(?:'ve| have)? (?:used|use|been using|run) (?:on|for|with|in|at) /.test(m[0]) ? undefined : 'uses or learned from their work'),
  ),
  f(
    'personal',
    'ran run tested testing tried trying audited reviewed played used using installed',
    `(?:ran|run|tested|testing|tried|trying|audited|auditing|reviewed|played|using|installed|went through|signed up for)(?: ${W}){0,2} (?:on |through |with )?(?:the|${YOUR}) (?:${W} ){0,3}(?:app|booking page|website|site|api|docs|documentation|sdk|checkout|onboarding|pricing page|landing page|signup flow|sign-up flow|game|trailer|mobile app|extension|plugin|cli|beta)`,
    'tried their product',
    { senderOnly: true },
  ),
  f(
    'personal',
    'saw noticed read heard',
    `(?:saw|noticed|read|heard|see)(?: that)? ([a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})?|§+) (?:just |recently )?(?:moved|launched|raised|shipped|released|opened|acquired|announced|migrated|switched|published|open-sourced|rolled out|rebuilt|redesigned)`,
    (m, ctx) => {
      const idx = m.indices?.[1];
      if (idx && ctx.orig[idx[0]] === '{') return 'mentions their recent news';
      return nameAt(m, ctx) ? 'mentions their recent news' : undefined;
    },
  ),
  f(
    'personal',
    'mentioned told tells says said',
    `(?:(?:he|she|they) |[a-z]+ )(?:mentioned|told me|tells me|says|said|has told me)(?: that)? (?:you(?:'re| are| were|'ve been| have been)|${YOUR} (?:${W} ){0,2}(?:is|are|was|were)|you (?:led|built|ran|launched|shipped|rebuilt|redesigned|overhauled|set up|turned around|fixed|founded|wrote|created|organi[sz]ed|are running|are building|are launching|are rebuilding)|the ${W} you|(?:a lot|lots) about the|§+ is|§+'s)(?: ${W}){1,8}`,
    (m) => {
      // what they did counts ("she told me you rebuilt the night-shift handover"; "you ran growth at Duolingo" is a role)
      if (/ you (?:built|launched|shipped|rebuilt|redesigned|overhauled|set up|turned around|fixed|founded|wrote|created|organi[sz]ed) /.test(m[0])) return 'mentions something they did (heard from a mutual)';
      // what they plan or are doing now is news passed on, not their work ("he told me you're moving to Porto", "he said
      // you're rebuilding the onboarding flow this quarter": writers of fresh batches labelled it so nine times in fifteen)
      return undefined;
    },
    { tag: 'hearsay' },
  ),
  f(
    'personal',
    'post talk article thread paper episode piece keynote video',
    `(?:the|that|this) (?:launch |recent |latest )?(?:post|talk|article|thread|paper|episode|write-?up|piece|keynote|video|blog post|essay) (?:about|on) (?:${W} ){1,6}(?:was|is|has|helped|changed|saved|made)(?: ${W}){0,3}`,
    (m) => (/(?:honest|clear|best|great|brilliant|useful|helpful|changed|saved|excellent|insightful|sharp|spot on|refreshing)/.test(m[0]) ? 'praises their specific work' : undefined),
  ),
  // German
  f(
    'personal',
    'ihr ihren ihre ihrem dein deinen deine deinem',
    `(?:ihr|ihren|ihre|ihrem|ihres|dein|deinen|deine|deinem|deines) (?:${W} )?(?:vortrag|beitrag|artikel|post|podcast|buch|blog|blogartikel|newsletter|paper|projekt|talk|keynote|folge|bibliothek|repo|studie|interview|workshop|kommentar|antwort|thread|video|webinar|forschung|arbeit|buchs|beitrags|artikels|vortrags)(?: ${W}){0,1} (?:uber|zu|zum|zur|auf|bei|beim|in|im|vom|von|am|letzte|letzten|gestern|"${W}|§)`,
    'mentions their specific work (German)',
  ),
  f(
    'personal',
    'beide ebenfalls auch zusammen',
    `(?:wir (?:haben |waren |sind )?(?:beide|ebenfalls|auch|beide auch|zusammen)|(?:auch|ebenfalls) (?:alumni|absolvent(?:in)?|mitglied)|wie sie|wie du),?(?: ${W}){0,4} (?:studiert|gearbeitet|bei|an der|am|in|im|promoviert|gelernt|absolviert)`,
    'points out a commonality (German)',
  ),
  // Spanish
  f(
    'personal',
    'tu su',
    `(?:tu|su) (?:${W} )?(?:charla|ponencia|articulo|publicacion|post|podcast|libro|blog|hilo|trabajo|proyecto|libreria|biblioteca|presentacion|episodio|newsletter|keynote|investigacion|estudio|entrevista|taller|video|respuesta|comentario|protocolo|guia|tesis|paper)(?: ${W}){0,1} (?:sobre|en|de|del|acerca|titulad[oa]|"${W}|§)`,
    'mentions their specific work (Spanish)',
  ),
  f(
    'personal',
    'ambos ambas dos fuimos somos eramos tambien',
    `(?:(?:ambos|ambas|los dos|las dos) (?:estudiamos|trabajamos|fuimos|somos|estuvimos|vivimos|participamos)|(?:fuimos|somos|eramos) companer[oa]s|(?:yo )?tambien (?:estudie|trabaje|fui|estuve) (?:en|con|a))`,
    // "los dos trabajamos en retail": a field is a broad trait, not a commonality
    (m, ctx) =>
      /^ (?:en|de) (?:el sector |la industria |el mundo |el area )?(?:${W} )?(?:retail|ventas|marketing|tecnologia|tech|finanzas|rrhh|recursos humanos|software|datos|diseno|producto|consultoria|educacion|salud|logistica|startups?|saas|ia)(?:[^a-z]|$)/.test(
        ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length),
      )
        ? undefined
        : 'points out a commonality (Spanish)',
  ),
  // French
  f(
    'personal',
    'votre ton ta',
    `(?:votre|ton|ta) (?:${W} )?(?:conference|presentation|article|billet|post|podcast|livre|blog|fil|travail|projet|bibliotheque|intervention|episode|these|talk|keynote|expose|etude|entretien|atelier|video|reponse|commentaire|newsletter)(?: ${W}){0,1} (?:sur|a|au|de|lors|du|concernant|intitule|"${W}|§)`,
    'mentions their specific work (French)',
  ),
  f(
    'personal',
    'avons deux ancien ancienne anciens aussi egalement sommes',
    `(?:nous avons (?:tous )?(?:les )?(?:deux )?(?:etudie|travaille|fait|frequente)|nous sommes (?:tous|toutes) (?:les )?deux|on a (?:tous )?(?:les )?(?:deux )?(?:etudie|travaille|fait)|(?:ancien|ancienne|anciens) (?:eleves?|etudiants?|camarades?) (?:de|d')|(?:j'ai|moi) (?:aussi|egalement) (?:etudie|travaille|fait))`,
    'points out a commonality (French)',
  ),
  f(
    'personal',
    'vu conçu concu',
    `j'ai vu que (?:votre|ton|ta) (?:${W} ){0,3}(?:a|avez|as) (?:concu|lance|publie|construit|realise|developpe)`,
    'mentions their recent work (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// reference: a specific person both know; introduction: the approach goes through one.

/** Verbs of getting in touch: what a mutual suggested the sender do. */
const INTRO_VERB = `(?:reach out|write|contact|get in touch|ask you|look you up|connect|talk|speak|email|ping|message|chat|drop you|say hi|say hello|introduce myself|touch base|meet|get to know|send|follow up|get on|get along|hit it off)`;

const REL_NOUN = `(?:(?:brother|sister|mother|father|son|daughter)-in-law|nephew|niece|godfather|godmother|fiance|fiancee|manager|boss|colleague|coworker|co-worker|teammate|team mate|classmate|roommate|friend|mentor|advisor|adviser|professor|supervisor|cofounder|co-founder|partner|client|neighbou?r|cousin|brother|sister|wife|husband|son|daughter|uncle|aunt|lead|director|investor|report|intern|labmate|lab mate|bandmate|buddy|pal|peer|tech lead|editor|pm|colleagues|friends|teacher|coach|tutor|officemate|flatmate|ex-colleague|ex-manager|ex-boss|contact|acquaintance|former colleague|old colleague|batchmate|lecturer|foreman|crewmate|shipmate|housemate|trainer|bandleader|connection|promoter|captain|skipper|landlord|landlady|drummer|bassist|guitarist|choirmaster|headteacher|headmaster|headmistress|vicar|receptionist|caretaker)`;
// Bounded: an unbounded repeat that can also match "mutual " backtracks quadratically on "my mutual mutual ...".
const PEOPLE_NOUN = new RegExp(`^(?:${REL_NOUN}|mate|batch|cohort|class|year|intake|crew|squad|members?|staff|people|folks|reports?|alumni)$`);
const REL_ADJ = `(?:(?:good |old |dear |close |longtime |long-time |former |ex-|previous |current |first |mutual |great |old-time |trusted |fellow |phd |thesis |team |old lab )){0,3}`;
/** "your" followed within a few words by a relation noun: "Ana, your old teammate from Deloitte". */
const YOUR_RELATION = new RegExp(`(?:,| \\() ?(?:your|votre|ton|tu|su|ihr|ihre|dein|deine) (?:(?:former|ex-|old|fellow|longtime|long-time|one-time|onetime)(?![a-z])|(?:[a-z'-]+ ){0,3}?(?:${REL_NOUN}|customer|supplier|vendor|tenant|patient|pupil|deputy|assistant|predecessor|successor|counterpart|hire|recruiter|engineer|developer|designer|analyst|founder|ceo|cto|cfo|vp|head|chair|member|landlord|dentist|doctor|lawyer|accountant|agent|student|alum|alumna|alumnus|kollegin|kollege|chef|chefin|collegue|colega|collega|ami|amie|amigo|amiga|amico|amica|freund|freundin)(?![a-z]))`);
const APPOSITIVE = `(?: \\([^()]{1,90}\\)|,[^,.!?;]{1,70},| - [^-.!?;]{1,60} -)?`;

const AFFIL = `(?: (?:(?:from|at|on|of|in) (?:${YOUR}|the|our|their|his|her)|aus (?:ihrem|ihrer|deinem|deiner|eurem|eurer|dem|der)|vom|von der|de (?:tu|su|vuestro)|de (?:votre|ton)) (?:${W} ){0,2}(?:team|company|group|lab|office|department|board|org|${W})(?: (?:at|in|bei|en|chez) ${W}(?: ${W})?)?| (?:from|at) ${W}(?: ${W}){0,4})?`;

const refWhy = (rel: string) => (name: string) => `names ${name} ${rel}`;

// A person the sender names is someone both know only when the sentence ties them to the recipient
// ("speaks highly of you", "suggested I write") — not "my colleague Sarah and I are building X".
const TO_RECIPIENT = /(?:^|[^a-z'])(?:you|your|yours|u|ur|te|tu|ti|vous|votre|ton|sie|ihnen|dich|dir|dein|deine|jij|jou|jouw|jullie|voce|lhe|usted|vos|os|vuestr[oa]s?|estais|lei|voi|vostr[oa]|tuo|tua|dig|deg|dej|dere|jer)(?:[^a-z]|$)/;
const RELATIONAL = /(?:zei dat (?:ik|je|jij)|vertelde dat (?:je|jij)|(?:tyckte|tycker|sa) att (?:vi|du|jag)|syntes at (?:vi|du)|suggest|recommend|introduc|connected|asked me|gave me|pointed me|put (?:us|me) in touch|says hi|sends|passed|forward|mutual|we both|both know|our (?:[a-z-]+ ){0,2}(?:cohort|batch|intake|fellowship|bootcamp|dorm|graduating class|year group)|persona (?:giusta|indicada)|me (?:comento|dijo|conto) que|mi ha detto che|m'a dit que|hat (?:mir )?erzahlt|meinte,? (?:du|dass du|ich)|me (?:ha )?(?:hablo|hablado) de (?:ti|tu|usted))/;
/** An introduction asked for in the next few sentences: "... Would you be able to introduce us?", "Could you link us up?" */
const INTRO_ASKED_AFTER = /(?:introduc|intro |connect us|put us in touch|in touch with (?:her|him|them)|(?:link|hook) (?:us|me|him|her|them) up|connect (?:me|us) (?:with|to) (?:her|him|them))/;
/** An unnamed go-between before "ich solle mich melden" / "me animó a escribirte": "ein Kollege von Ihnen", "una amiga". */
const UNNAMED_POINTER = /(?:^|[^a-z])(?:ein|eine|einer|jemand|jemandem|alguien|un|una|someone|somebody|a)(?: [a-z]+)? (?:kollege|kollegin|freund|freundin|bekannter|bekannte|mitarbeiter|mitarbeiterin|companero|companera|amigo|amiga|colega|conocido|conocida|colleague|friend|contact)(?![a-z])/;

function introAskedAfter(m: RegExpExecArray, ctx: MatchContext): boolean {
  return INTRO_ASKED_AFTER.test(ctx.orig.slice(m.index, m.index + 420).toLowerCase());
}

/** The words before the person an introduction is asked to: "introduce me to", "connect us with", "put me in touch with". */
const INTRO_TARGET_BEFORE = /(?:introduce (?:me|us) to|intro (?:me|us) to|connect (?:me|us) (?:with|to)|(?:put|get) (?:me|us) in touch with|link (?:me|us) up with|hook (?:me|us) up with|presentarme a|presentarnos a|me presentar a|nos apresentar a|mettre en contact avec|in kontakt mit)\s*$/;
const linked = (ctx: MatchContext) => TO_RECIPIENT.test(ctx.sentence) || RELATIONAL.test(ctx.sentence);

/**
 * "Kenji and I go way back. He said you're the person to ask": the next sentence's pronoun refers back to
 * the person just named and points the sender to the recipient, which ties that person to the recipient.
 */
function pointsOnward(m: RegExpExecArray, ctx: MatchContext): boolean {
  const after = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 160).toLowerCase();
  return /^[^.!?\n]{0,80}[.!?)]\s+(?:and )?(?:he|she|they)(?:'s| has| have)?(?: (?:always|also|just|even))? (?:said|says|told me|tells me|thought|thinks|suggested|reckons|reckoned|swears|swore|recommended|insisted|mentioned|keeps saying|was sure|is sure)/.test(after);
}

/** The next sentence ties the person just named to the recipient: "my cousin Ben Torres? He was at Deloitte with you." */
function nextTiesToYou(m: RegExpExecArray, ctx: MatchContext): boolean {
  const after = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 200).toLowerCase();
  return /^[^.!?\n]{0,60}[.!?]\s+(?:he|she|they)(?:'s|'d)? [^.!?\n]{0,100}(?:^|[^a-z'])(?:you|your)(?:[^a-z']|$)/.test(after);
}

const SAYS_OFTEN = /^,? (?:repete|dit) (?:souvent|toujours)|^,? siempre dice|^,? (?:sagt|meint) (?:immer|oft)|^,? dice sempre|^,? (?:always|often|likes to|used to) (?:says?|said|tells?|told|put it|puts it)(?![a-z])/;

/** "As Steve Jobs said, ...": a name quoted for what they said is a topic, not someone both know. */
function quoting(m: RegExpExecArray, ctx: MatchContext): boolean {
  const said = m[0].replace(/\s+$/, '');
  // "Steve Jobs supposedly said you hire smart people", "Richard Branson once said that...": a quotation, whoever it is
  if (/ (?:famously|supposedly|reportedly|allegedly|once) (?:said|says|wrote|put it)$/.test(said)) return true;
  return AS_BEFORE.test(ctx.orig.slice(Math.max(0, m.index - 6), m.index)) && /(?:said|says|put it|wrote|once said)$/.test(said);
}

/** An introduction asked in the Romance languages and German ("¿nos podrías poner en contacto?", "podes apresentar-nos?"). */
const ROMANCE_INTRO_ASK = /(?:presentar|apresentar|presenter|presentare|introduc|contacto|contato|en contact|in contatto|mettre en relation|conectar|connecter|vorstellen|in kontakt)/;
/** The same, or any question ("vi que conoces a X ... ¿la conoces bien?"). */
const ROMANCE_INTRO_ASK_OR_QUESTION = new RegExp(`${ROMANCE_INTRO_ASK.source}|\\?`);

/** The match starts the message body (past any front matter and a greeting word): the name there is the recipient's. */
function openingWord(m: RegExpExecArray, ctx: MatchContext): boolean {
  const before = ctx.orig.slice(0, m.index).replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\S\n]*(?:\r?\n|$)/, '');
  return /^\s*(?:(?:hi|hello|hey|dear|hiya)\s+)?$/i.test(before);
}

/** The match sits inside a double-quoted passage opened earlier in its paragraph (a blurb to forward, a quotation). */
function insideQuotes(m: RegExpExecArray, ctx: MatchContext): boolean {
  const para = ctx.orig.lastIndexOf('\n\n', m.index);
  const before = ctx.orig.slice(para < 0 ? 0 : para, m.index);
  return ((before.match(/["“”]/g)?.length ?? 0) & 1) === 1;
}
/** The match sits inside a quoted blurb addressed to someone ("Carlos, my old colleague Anita Shah is interviewing ..."): words for the introducer to forward. */
function insideBlurb(m: RegExpExecArray, ctx: MatchContext): boolean {
  if (!insideQuotes(m, ctx)) return false;
  const open = Math.max(ctx.orig.lastIndexOf('"', m.index - 1), ctx.orig.lastIndexOf('“', m.index - 1));
  return /^["“](?:hi |hello |hey |dear )?\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?\s*[,:-]/u.test(ctx.orig.slice(open, open + 40));
}

/** A name check that also needs the sentence to tie the person to the recipient. */
const namedLinked =
  (why: (name: string) => string) =>
  (m: RegExpExecArray, ctx: MatchContext): string | undefined =>
    linked(ctx) ? named(why)(m, ctx) : undefined;

// ("happy to intro if you're raising": the object left out when the person was just named)
const OFFERS_TO_INTRODUCE = /(?:happy|glad|gladly|can|could|would|will|'d|'ll|love|want me to|shall i|should i|(?:happy|ok|okay|fine|alright|open) (?:for|with) me to|open to me) (?:to )?(?:introduce|intro|connect|introducing|connecting)(?: (?:you|u)(?: two| both)?(?:[^a-z]|$)| (?:if|whenever|when|anytime|any time)(?![a-z])|[.!,)]|$)/;
/** OFFERS_TO_INTRODUCE.test(text), where text holds "intro" or "connect" (every match does) and is not tried otherwise. */
function offersToIntroduce(text: string): boolean {
  return (text.includes('intro') || text.includes('connect')) && OFFERS_TO_INTRODUCE.test(text);
}

/**
 * The sender's own colleague handed the next step ("My colleague Lindiwe will set up interviews", "Mi compañero Facundo
 * López te va a escribir", "My colleague Fiona looks after routing"): someone only the sender knows, not a reference.
 */
const HANDS_OFF =
  /^,? (?:(?:will|'ll|can|could|would|is going to|is gonna|is happy to|would be happy to|would love to)(?: also| gladly| happily)? (?:set up|send|reach out|write|email|e-mail|follow up|be in touch|get in touch|contact|call|ring|drop by|pop by|come by|stop by|walk you|share|schedule|book|coordinate|find a slot|arrange|take you|show you|run you|send over)|(?:looks after|handles|runs|leads|heads|manages|owns|coordinates) (?:our|the|all|routing|logistics|onboarding|scheduling|recruiting|hiring|interviews|partnerships|the process)|te va a (?:escribir|llamar|contactar|enviar|mandar)|(?:te|le) (?:escribira|llamara|contactara|enviara)|(?:wird|kann) (?:sich|ihnen|dir|euch)|vous (?:contactera|ecrira|appellera)|va vous (?:contacter|ecrire|appeler))(?![a-z])/;
function handsOff(m: RegExpExecArray, ctx: MatchContext): boolean {
  if (!/^(?:my|our|mein|meine|meinem|meinen|mi|mon|ma) /.test(m[0])) return false;
  return HANDS_OFF.test(afterName(m, ctx, 60).normalize('NFD').replace(COMBINING_MARKS, ''));
}

// A capitalised word, without a possessive 's ("Lima's talk": the name is "Lima"; "O'Connor" is one word).
const CAPITALISED = /\p{Lu}[\p{L}-]*(?:['’](?!s(?!\p{L}))[\p{L}-]+)*/gu;
/**
 * The `n` characters (lower-cased) after the name a match ends with: NAME may take a lower-case word after a one-word
 * name ("My colleague Lindiwe will" matches "lindiwe will", and the name check keeps "Lindiwe"), so the name ends at
 * the match's last capitalised word, unless the message is all one case.
 */
function afterName(m: RegExpExecArray, ctx: MatchContext, n: number): string {
  const span = ctx.orig.slice(m.index, m.index + m[0].length);
  let end = span.length;
  if (!ctx.caseless) {
    CAPITALISED.lastIndex = 0;
    for (let c = CAPITALISED.exec(span); c; c = CAPITALISED.exec(span)) end = c.index + c[0].length;
  }
  return ctx.orig.slice(m.index + end, m.index + end + n).toLowerCase();
}

/**
 * What the sender's team does today ("from our claims team has now taken it over", "will call you", "handles"). Looser
 * than HANDS_OFF (a bare "will" is enough): after "X from our ... team" the team is already the sender's, where after
 * "my colleague X" a bare "will" could as well be "will remember you".
 */
const TEAM_TODAY =
  /^,? (?:(?:has|have) (?:now |just |already )?(?:taken|picked)|is (?:now |currently )?(?:handling|looking after|taking|leading|running|your|the)|will|'ll|can|could|would|is going to|is gonna|looks after|handles|runs|leads|manages|owns)(?![a-z])/;

/**
 * The recipient's colleague known to the sender only by their public work ("your colleague Ana Lima's talk on design
 * tokens", "Rohan Mehra on your team presented the migration", "Tell your colleague Jason Lin I loved his webinar"),
 * unless the sentence says they know each other: someone the sender has never met is no one both know.
 */
const KNOWN_BY_WORK =
  /^(?:'s|s'|') (?:talk|webinar|post|article|keynote|presentation|podcast|panel|session|paper|slides|deck|demo|video|thread|newsletter|piece|workshop|course|book|answer)|^,? (?:presented|spoke|gave (?:a|the|that) (?:talk|keynote|presentation|demo|webinar)|wrote|posted|published|demoed|ran (?:a|the|that) (?:webinar|workshop|session))(?![a-z])|^,? (?:speak|speaking|present|presenting|talk|talking|demo|demoing|give a talk|giving a talk|pitch|pitching) (?:at|on|about|during|in)(?![a-z])|^,? i (?:loved|enjoyed|liked|really liked|really enjoyed) (?:his|her|their) /;
const ACQUAINTED = /(?:^|[^a-z])(?:met|know|knew|worked with|told me|tells me|said|says|suggested|mentioned|recommended|introduc|intro|pointed|referred|sent me|passed|forwarded|asked me|friend|together)(?![a-z])/;
function knownByWork(m: RegExpExecArray, ctx: MatchContext, nameLast = true): boolean {
  // After the name when the match ends with it ("your colleague Ana Lima's talk"), else after the match ("Rohan Mehra on
  // your team presented").
  const after = nameLast ? afterName(m, ctx, 60) : ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase();
  if (!KNOWN_BY_WORK.test(after.replace(/^’/, "'"))) return false;
  return !ACQUAINTED.test(ctx.sentence.slice(m.index - ctx.sentenceStart));
}

/**
 * The sender's own colleague or partner today ("my colleague Rahul noticed that...", "My cofounder Ines and I are
 * building...", "our PM Dana will send the deck"), with nothing in the sentence or the next one tying them to the
 * recipient: any "you" in the sentence is not enough here, it has to be the person who knows, met, told or suggested.
 */
const OWN_COWORKER_WORDS = '(?:my|our) (?:(?:current |new |fellow |trusted |great |brilliant |senior |junior |lead )){0,2}(?:colleague|coworker|co-worker|teammate|team mate|cofounder|co-founder|business partner|officemate|tech lead|pm|intern|report)';
const OWN_COWORKER = new RegExp(`^${OWN_COWORKER_WORDS}(?![a-z])`);
const KNOWS_YOU = /(?<![a-z])(?:know|knew|met|meet|worked|work|works|working|studied|mention|said|says|told|tell|suggest|recommend|speak|spoke|talk|think|thought|rave|introduc|point|referred|refer|passed|pass|forward|sent|send|gave|give|asked|ask|remember|sat|sits|overlap|shared|play|train|serve|was with|were with|used to)[a-z]* (?:[a-z']+ ){0,4}(?:you|your|yours|u|ur)(?![a-z'])/;
function ownCoworkerUntied(m: RegExpExecArray, ctx: MatchContext): boolean {
  return OWN_COWORKER.test(m[0]) && untied(m, ctx);
}
/** Nothing in the sentence (after the match) or the next one ties the person matched to the recipient. */
function untied(m: RegExpExecArray, ctx: MatchContext): boolean {
  if (RELATIONAL.test(ctx.sentence) || nextTiesToYou(m, ctx)) return false;
  return !KNOWS_YOU.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length));
}

/** The sender met, worked or spoke with someone, or heard from them: "had coffee with", "shared a panel with", "told me". */
const MET_OR_HEARD = /(?:^|[^a-z])(?:met|meet|meeting|know|knew|worked|work with|coffee|lunch|dinner|drinks|breakfast|spoke (?:with|to)|speaking (?:with|to)|talked (?:with|to)|chatted|caught up|ran into|bumped into|sat (?:next to|with|beside|by)|shared a|told me|tells me|mentioned|suggested|said|recommended|introduc|connected (?:me|us)|pointed me|referred)(?![a-z])/;
/** "My co-founder Lucía Ferrer and I are keen to show you ...": the name comes right after the sender's own colleague, untied to the recipient. */
const OWN_COWORKER_BEFORE = new RegExp(`(?:^|[^a-z])${OWN_COWORKER_WORDS},? $`);
function ownCoworkerBeforeUntied(m: RegExpExecArray, ctx: MatchContext): boolean {
  const start = m.index - ctx.sentenceStart;
  return OWN_COWORKER_BEFORE.test(ctx.sentence.slice(Math.max(0, start - 60), start)) && untied(m, ctx);
}

const REFERENCES: Family[] = [
  f(
    'reference',
    'my our mutual your manager boss colleague coworker teammate classmate roommate friend mentor advisor adviser professor supervisor cofounder partner client neighbor neighbour lead director investor sister brother cousin brother-in-law sister-in-law mother-in-law father-in-law son-in-law daughter-in-law lecturer foreman',
    `(?:my|our|a|mutual|${YOUR})(?: mutual)? ${REL_ADJ}${REL_NOUN}(?: (?:at|from|on|in) ${W}(?: ${W})?,|,)? ${NAME}(?: (?:always|often|likes to|used to) (?:says?|said|tells?))?`,
    // "my mentor Clara always says ...": someone only the sender knows, quoted
    (m, ctx) =>
      / (?:always|often|likes to|used to) (?:says?|said|tells?)$/.test(m[0]) || SAYS_OFTEN.test(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 24).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, ''))
        ? undefined
        : // "my former colleague Hana Sato would be a great fit. Happy to introduce you two": someone the recipient does not know yet
          offersToIntroduce(ctx.orig.slice(m.index, m.index + 300).toLowerCase()) || handsOff(m, ctx) || insideBlurb(m, ctx) || (/^(?:your|yr) /.test(m[0]) && knownByWork(m, ctx)) || ownCoworkerUntied(m, ctx)
          ? undefined
          : // ("our old boss Pedro Alves posted that he's leaving": a boss both had, said to the recipient, is shared by itself)
            nextTiesToYou(m, ctx) || /^our (?:(?:old|former|first|previous) |ex-)/.test(m[0])
            ? named(refWhy('and how you know them'))(m, ctx)
            : namedLinked(refWhy('and how you know them'))(m, ctx),
    { negatable: false },
  ),
  // "I had coffee with your CEO, Mark Ellison, at Web Summit": a leader of the recipient's whom the sender met or heard from
  // (not "your CEO Mark Ellison's keynote", known by their work, nor one only named).
  f(
    'reference',
    'ceo cto cfo coo cmo cio ciso cpo founder co-founder cofounder chair chairman chairwoman chairperson president vp head md',
    `${YOUR} (?:(?:new|former|own) )?(?:ceo|cto|cfo|coo|cmo|cio|ciso|cpo|founder|co-founder|cofounder|chair|chairman|chairwoman|chairperson|president|vp(?: of ${W})?|svp|evp|head of ${W}|md|managing director|managing partner),? ${NAME}`,
    (m, ctx) => (knownByWork(m, ctx) || !MET_OR_HEARD.test(ctx.sentence) ? undefined : named(refWhy('from their team'))(m, ctx)),
    { negatable: false },
  ),
  f('reference', 'from at on', `${NAME},? (?:from|at|on|in) ${YOUR} (?:${W} ){0,2}(?:team|company|org|organi[sz]ation|group|department|lab|squad|office|board|faculty|staff|practice|firm|chambers|ward|clinic|school)(?!'s|[a-z])`, (m, ctx) =>
      // ("could you introduce me to Ben Okafor on your data team?": the person asked for; "a year of Pro on your team's
      // workspace": something of the team's, no one on it)
      knownByWork(m, ctx, false) || INTRO_TARGET_BEFORE.test(ctx.orig.slice(Math.max(0, m.index - 40), m.index).toLowerCase()) || introAskedAfter(m, ctx)
        ? undefined
        : named(refWhy('from their team'))(m, ctx), {
    negatable: false,
  }),
  f(
    'reference',
    'know worked remember mutual common friend',
    `(?:(?:we|you and i|you and me|me and you) both know|we both worked with|you(?: might| may| probably| surely)? know|(?:do )?you(?: still| probably| might| may|'ll| will)? remember|mutual friend|mutual connection|mutual colleague|common friend|a friend of yours|friend of mine|a colleague of yours|you've worked with|you worked with)(?: (?:my|our) ${REL_ADJ}${REL_NOUN}| ${REL_ADJ}${REL_NOUN})?,? ${NAME}`,
    (m, ctx) => {
      const name = nameAt(m, ctx);
      if (!name) return undefined;
      // "you worked with Ana Costa" asked of a stranger is not someone the sender knows
      if (/you(?:'ve)? worked with/.test(m[0]) && !/my|our/.test(m[0])) return undefined;
      // "do you know Karin well enough to introduce us?": the target of an introduction
      // ("you know Dr Fiona Achebe at the ICB. Would you be able to introduce us?": the ask may follow in the next sentence)
      if (/you(?: might| may| probably| surely)? know/.test(m[0]) && !/my|our/.test(m[0]) && (/(?:introduc|intro |connect us|put us in touch|\?)/.test(ctx.sentence) || introAskedAfter(m, ctx))) return undefined;
      return `names ${name} as someone you both know`;
    },
    { negatable: false },
  ),
  f(
    'reference',
    'my our who mi mon ma mein meine con avec wir we sister brother manager boss colleague friend mentor cousin partner teammate classmate roommate flatmate former advisor supervisor professor wife husband uncle aunt customer client supplier vendor tenant patient pupil deputy assistant predecessor successor counterpart recruiter founder cofounder co-founder landlord dentist doctor lawyer accountant agent student alum neighbour neighbor old ex-',
    `${NAME}(?:,| \\() ?(?:my|our|from our|from my|from the old|de notre|de nuestra|de nuestro|del nostro|della nostra|da nossa|do nosso|aus unserer|aus unserem|uit ons|uit onze|who|whom|your|a mutual|a former|an old|a friend|mi|mon|ma|mein|meine|meinem|meu|minha|mio|mia|mijn|votre|ton|tu|su|ihr|ihre|dein|deine|con quien|con cui|avec qui|com quem|met wie|mit dem|mit der|bei dem|bei der|den ich|die ich|wir|we|fuimos|eramos|trabajamos|nous etions|on etait|abbiamo|eravamo|fomos|trabalhamos|wij waren|we waren)(?: ${W}){0,5}`,
    (m, ctx) => {
      // "could you introduce me to Bisi Adewale, who heads risk at Flutterwave?": the person asked for, not one both know
      const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart);
      if (INTRO_TARGET_BEFORE.test(before)) return undefined;
      // "you know Jonas Keller, who maintains Loom-CI, right? Could you introduce us?": the same, asked just after
      if (/(?:you|u) (?:know|knew|are connected to|'re connected to|re connected to|trained with|worked with|studied with|played with)(?: (?:dr|prof|professor|mr|mrs|ms|miss)\.?)?\s*$/.test(before) && introAskedAfter(m, ctx)) return undefined;
      // ("Carlos, my old colleague Anita Shah is interviewing with your team": the blurb the sender drafted for the introducer)
      if (insideBlurb(m, ctx)) return undefined;
      // "Fatima, we met at the SaaStr breakfast": the first word of the message, spoken to, is the recipient
      if (/^[^,(]*, (?:we|who) /.test(m[0]) && openingWord(m, ctx)) return undefined;
      // "the house on Elm Grove, my neighbour's": whose place it is, not a person
      if (/['’]s$/.test(m[0])) return undefined;
      // "Nadia, your essay about ... is pinned in our Notion": the recipient spoken to, not a relation of theirs
      if (/^[^,(]*(?:,| \() ?(?:your|votre|ton|tu|su|ihr|ihre|dein|deine)(?: |$)/.test(m[0]) && !YOUR_RELATION.test(ctx.orig.slice(m.index, m.index + m[0].length + 30).toLowerCase()))
        return undefined;
      const name = linked(ctx) ? nameAt(m, ctx) : undefined;
      return name ? `names ${name} and the relation` : undefined;
    },
    { negatable: false },
  ),
  f(
    'reference',
    'suggested recommended mentioned said told tells thought pointed gave passed shared introduced connected speaks spoke raves recommends suggests asked asks sends says hat keeps kept stop stopped foreslog foreslo anbefalede anbefalte rekommenderade nævnte nevnte namnde sagde fortalte berattade tipsade tyckte let tipped heads filled',
    `${NAME}${APPOSITIVE}${AFFIL}(?: \\([^()]{1,90}\\))?(?: there)?,? (?:suggested|recommended|mentioned|said|told me|tells me|thought|pointed me|pointed (?:at |to )?you|pointed out (?:your name|you)|(?:still |always |often )?(?:asks|asked|keeps asking) (?:after|about) you|gave me|passed along|passed on|shared|introduced|connected|speaks|spoke|raves|recommends|suggests|asked me|sends|says|has told|has said|has mentioned|always says|(?:speaks|spoke|thinks|thought|talks|talked) (?:so |very |really )?highly of|(?:keeps|kept|is always|was always) (?:telling me|talking about|going on about)|(?:couldn't|can't|won't|could not|cannot) stop (?:talking|raving|going on) about|(?:hasn't|has not|hadn't|had not|won't|doesn't|does not) stop(?:ped)? (?:talking|raving|going on) about|hat (?:(?:sie|dich|euch|ihnen) )?(?:mir |uns )?(?:(?:warmstens|sehr|ausdrucklich|wirklich|dringend) )?(?:erzahlt|empfohlen|gesagt|geraten|vorgeschlagen)|me (?:comento|conto|contou|dijo|conte|falou)|mi ha (?:detto|raccontato|parlato)|disse-me|me disse|zei|vertelde|meinte|vous l'a (?:explique|dit)|te l'a dit|m'a (?:(?:beaucoup|souvent|tellement|tant|si bien) )?(?:dit|parle|raconte)|me ha hablado (?:mucho |muy bien )?de (?:ti|usted|vos)|foreslog|foreslo|anbefalede|anbefalte|rekommenderade|nævnte|nevnte|namnde|sagde|fortalte|berattade|tipsade|tyckte|let slip|tipped me off|gave me (?:a )?heads[- ]up|filled me in)`,
    (m, ctx) => {
      const name = nameAt(m, ctx);
      if (!name) return undefined;
      // "my mentor Clara always says ..." about something general does not make Clara a mutual
      // ("My mentor Mr. Alistair Gray always told me ...": the name read as "Alistair Gray always", then the verb)
      if (/(?:always|often|constantly|forever) (?:says|said|told|tells)(?![a-z])/.test(m[0]) || quoting(m, ctx)) return undefined;
      // What follows the verb (a regards-like word, or where a talk was given).
      const after = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 40).toLowerCase();
      // "RemindWell sends patients a reminder": a product at work; a person sends regards
      if (/sends$/.test(m[0]) && !/^ (?:(?:his|her|their|you (?:his|her|their))(?: very)? )?(?:(?:warm|warmest|kind|kindest|fond|fondest|heartfelt|sincere|best|good|big) )?(?:best|regards|love|greetings|hugs|hellos?|hi|hey|thanks|congrats|congratulations|wishes|salutations|saludos|grusse|gruesse|bisous)(?![a-z])/.test(after)) return undefined;
      // "your CFO, Marcus Bell, spoke at FinanceCon": a talk given in public, heard by the sender, not a word passed on
      if (/(?:speaks|spoke)$/.test(m[0]) && /^,? (?:at|on|during|in|before) (?!(?:so |very |really )?highly)/.test(after)) return undefined;
      // "Paul Graham says founders should do things that don't scale": a maxim quoted, about neither of them (what
      // follows "says" up to the clause's end names no one: no "you", "I", "me", "we", "us", and no one by name, as
      // "Lena Ruiz (...) says Dana Whitfield at Ocado is the best person" does)
      if (/(?:says|said)$/.test(m[0])) {
        const clause = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[,;:.!?]| which | so | and /)[0]!;
        if (!/(?:^|[^a-z'])(?:you|your|you're|yours|u|ur|i|i'd|i'm|i'll|me|my|we|we'd|us|our|hi|hello|to)(?![a-z])/.test(clause.toLowerCase()) && !/ [A-Z][a-z]/.test(clause)) return undefined;
      }
      if (!/(?:suggest|recommend|introduc|connected|pointed|gave me|asked me|sends|raves|highly of|telling me|stop|after you|about you)/.test(m[0]) && !linked(ctx)) return undefined;
      return `names ${name} who knows you both`;
    },
    { negatable: false },
  ),
  f(
    'reference',
    'worked work studied study with under report reported',
    `(?:i|we)(?: both| now both| both now)? (?:worked|work|studied|study|collaborated|collaborate|played|play|volunteered|volunteer|served|trained|train|interned|shared an office|wrote|built|report|reported) (?:closely )?(?:with|under|alongside|for|into|to) ${NAME}`,
    (m, ctx) =>
      // "we both play for Oberweiler FC", "I volunteered for Shelter": a team or an organisation, not a person
      / (?:played|play|volunteered|volunteer|served) for /.test(m[0])
        ? undefined
        : /^we both/.test(m[0])
          ? named((n) => `names ${n}, whom you both worked with`)(m, ctx)
          : namedLinked((n) => `names ${n} and how they know them`)(m, ctx),
    { negatable: false },
  ),
  // ("have" and "are" are common words: keys only here, so that "Sipho and I have locked the venue you found" is tried)
  f('reference', 'and have are', `${NAME}(?:,[^,.!?;()]{1,70},)? and i (?:were|worked|studied|met|went|used to|have|overlapped|shared|built|ran|co-founded|founded|started|are|go (?:way )?back|go back|know each other|knew each other|grew up|played|sang|trained|toured|lived|did|served|sat|co-ran|co-organised|co-organized|organised|organized|coached|taught|shared)`, (m, ctx) => (ownCoworkerBeforeUntied(m, ctx) ? undefined : pointsOnward(m, ctx) ? named(refWhy('and how you know them'))(m, ctx) : namedLinked(refWhy('and how you know them'))(m, ctx)), {
    negatable: false,
    commonKeys: true,
  }),
  // ("would you be up for introducing me to X" asks for it: not thanks for one made)
  f('reference', 'introducing introduced putting put forward recommended referred passed', `(?:(?<!(?:up|open|ready|available|game|keen) )for (?:introducing|connecting) me (?:to|with)|(?<!(?:up|open|ready|available|game|keen) )for putting (?:me|us) in touch with|(?:you|he|she|they) (?:introduced|connected) me (?:to|with)|(?:you|he|she|they) put me in touch with|(?:you|he|she|they) (?:put my name forward|recommended me|referred me|passed my (?:cv|name|details|resume)(?: on)?) to) ${NAME}(?: (?:last|yesterday|this|at|on|in|earlier|a few|when|who|and|back|after|before|for)|[.,!])`, named(refWhy('whom you introduced them to')), {
    negatable: false,
  }),
  f('reference', "i'm am brother sister son daughter friend colleague", `(?:i'm|i am) ${NAME}'s ${REL_ADJ}${REL_NOUN}`, named(refWhy('as someone you both know'))),
  f(
    'reference',
    'fille fils soeur frere niece neveu hija hijo figlia figlio filha filho',
    `(?:la fille|le fils|la soeur|le frere|la niece|le neveu|la hija|el hijo|la sobrina|el sobrino|la figlia|il figlio|la nipote|il nipote|a filha|o filho|a sobrinha|o sobrinho) (?:de|di|do|da|del|della) ${NAME}`,
    named(refWhy('as family of someone you both know')),
  ),
  f('reference', 'yours', `(?:a |an )?(?:former |old )?(?:colleague|friend|classmate|teammate|student|mentee|client) of yours,? ${NAME}`, named(refWhy('as someone you both know'))),
  f('reference', 'mentioned said explained wrote noted', `as ${NAME} (?:mentioned|said|explained|wrote|noted|put it)(?: in (?:her|his|their) (?:email|note|intro|message))?`, (m, ctx) => {
    // "as Steve Jobs said, people don't know what they want": a maxim quoted, not the introducer's news about the sender
    const name = nameAt(m, ctx);
    const rest = ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length);
    // ("As Linus Torvalds put it: talk is cheap": "put it" always quotes)
    if (!name || ((/put it$/.test(m[0]) || !/(?:^|[^a-z'])(?:i|we|i'm|we're|i've|we've|our|my|us|me)(?:[^a-z']|$)/.test(rest)) && ctx.orig.split(name).length < 3)) return undefined;
    return refWhy('who introduced you')(name);
  }),
  // A named person who suggested writing, in Swedish, Norwegian and Danish ("Johan Berg tyckte att jag skulle skriva till
  // dig"), Indonesian ("Pak Agus Wibowo dari Koperasi Tani menyarankan saya menghubungi Ibu") and Turkish ("Selin Aksoy Hanım
  // size yazmamı önerdi")
  f(
    'introduction',
    'tyckte tycker foreslog sa sade mente syntes mener synes menyarankan merekomendasikan menyuruh onerdi tavsiye soyledi',
    `(?:(?:pak|bu|ibu|bapak|mas|mbak) )?${NAME}${APPOSITIVE}(?: (?:dari|fra|fran|från|from) (?:${W} ){0,4}${W})?,? (?:(?:tyckte|tycker|foreslog|foreslo|sa|sade|mente|syntes|mener|synes) (?:att|at) (?:jag|jeg|vi) (?:skulle|borde|burde|skal|ska|kunne|kunde) (?:skriva|skrive|hora av mig|hore fra mig|hoere fra mig|kontakta|kontakte|ta kontakt|prata|snakke|tala)|(?:menyarankan|merekomendasikan|menyuruh) (?:saya|kami|aku) (?:untuk )?(?:menghubungi|menulis|bertanya|mengontak|kontak|berbicara)|(?:hanim |bey )?(?:bana |bize )?(?:size|sana) (?:yazmami|yazmamizi|ulasmami|ulasmamizi|basvurmami|danismami) (?:onerdi|tavsiye etti|soyledi))`,
    named((n) => `says ${n} suggested writing`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f('introduction', "cc'd cced cc'ed copied cc", `${NAME} (?:cc'd|cced|cc'ed|in cc|on cc|copied here|\\(cc\\)|\\(cc'd\\))`, named((n) => `copies in ${n}`), { negatable: false, alsoReference: true, tag: 'named' }),
  f(
    'introduction',
    'animo anima solle sollte soll',
    `(?:me (?:animo|anima|animaron|animaste) a (?:escribirte|escribirle|contactarte|contactarle|hablar contigo)|ich (?:solle|sollte|soll) mich (?:(?:mal |doch |einfach )?(?:direkt )?bei (?:dir|ihnen|euch)|an (?:dich|sie)) (?:melden|wenden))`,
    // ("ein Kollege von Ihnen meinte, ich solle mich melden": someone unnamed, so no introduction by the labelling guide)
    (m, ctx) => (UNNAMED_POINTER.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? undefined : 'says someone pointed them to you'),
    { negatable: false },
  ),
  f(
    'introduction',
    'qui',
    `${NAME} qui m'a (?:donne (?:votre|ton) (?:adresse|contact|email|numero|mail)|conseille|suggere|recommande|dit de)`,
    named((n) => `says ${n} pointed them to you (French)`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f('introduction', 'found reached through via', `(?:found|reached|got to|came to) you (?:through|via|thanks to) ${NAME}`, named((n) => `says ${n} pointed them to you`), { negatable: false, alsoReference: true, tag: 'named' }),
  f('introduction', 'mentioned passed gave name', `${NAME}${APPOSITIVE}${AFFIL},? (?:mentioned|passed on|gave me|suggested|recommended) your name`, named((n) => `says ${n} pointed them to you`), { negatable: false, alsoReference: true, tag: 'named' }),
  f(
    'introduction',
    'suggested recommended thought said told says telling swears swore saying reckons reckoned asked',
    `(?:(?:he|she|they)(?:'s| has| have)?(?: been| kept| keeps| always)?|and(?: also| then)?) (?:suggested|recommended|thought|said|says|told me|telling me|told that|asked me|asked us|encouraged me|insisted|swears|swore|keeps saying|kept saying|reckons|reckoned)(?: (?:that|i|we|you|it|to|would|might|should|could|be|a|good|great|idea|worth|me|directly|two|both|for|ages|months|years|a while|while))*(?: ${INTRO_VERB}| (?:you|u)(?:'d| would| might|'re| are| were)? (?:be )?(?:(?:the|a) (?:right |best |ideal |perfect |great |good )?(?:person|contact)|want|be interested|be open|know|the one|the best ${W}|have (?:strong )?(?:opinions|thoughts|ideas|advice)|as (?:a|an|the) ${W}))`,
    'says the person they named pointed them to you',
    { negatable: false, tag: 'pronoun' },
  ),
  f('introduction', "intro introduction email note", `${NAME}'s (?:kind |warm |quick )?(?:intro|introduction|e-intro|email intro|email introduction|note)`, named((n) => `follows up on ${n}'s introduction`), { negatable: false, alsoReference: true, tag: 'named' }),
  f('introduction', 'passed', `${NAME}${APPOSITIVE}${AFFIL},? passed (?:me )?your (?:details|name|email|e-mail|info|contact|number|address|email address|phone number)`, named((n) => `says ${n} passed on your details`), { negatable: false, alsoReference: true, tag: 'named' }),
  f('reference', 'greetings hi regards hello wishes', `${NAME}${APPOSITIVE}${AFFIL}(?: (?:from|at) ${W})?(?: (?:also|too|again))? (?:says hi|sends (?:(?:his|her|their|you (?:his|her|their)) )?(?:(?:very |most )?(?:warm|warmest|kind|kindest|fond|fondest|heartfelt|sincere|best) )?(?:regards|greetings|best|wishes)|says hello)`, named(refWhy('who sends greetings')), { negatable: false }),
  // "Olu's old flatmate here": the sender introduces themselves through someone the recipient knows.
  f('reference', 'here', `${NAME}'s ${REL_ADJ}${REL_NOUN} here`, named(refWhy('as someone you both know')), { negatable: false }),
  // "we met at Rémi's farewell drinks": an occasion of a person both know.
  f(
    'reference',
    'met talked spoke chatted',
    `(?:we|you and i) (?:first |briefly |last )?(?:met|talked|spoke|chatted)(?: ${W}){0,3} (?:at|during|after) ${NAME}'s (?:farewell|leaving|goodbye|going-away|birthday|wedding|party|drinks|dinner|barbecue|bbq|housewarming|launch|defen[cs]e)`,
    named((n) => `names ${n}, at whose event you met`),
    { negatable: false },
  ),
  f('reference', 'through', `(?:we|you and i) (?:first )?(?:met|connected|got talking) (?:through|via|thanks to) ${NAME}`, named(refWhy('through whom you met')), { negatable: false }),
  f('reference', 'raving raves', `${NAME}${APPOSITIVE}(?: has| 's)?(?: been)? (?:raving|raves|raved|gushing|gushed) (?:about|over) (?:you|your)`, named(refWhy('who speaks of you')), { negatable: false }),
  // "we have Alba Ruiz in common" ("you and Alba were at Ocado together" says only that the recipient knows her)
  f(
    'reference',
    'common',
    `we have ${NAME} in common`,
    named(refWhy('as someone you both know')),
    { negatable: false },
  ),
  // "Alba Ruiz is a good friend of mine and speaks highly of you"
  f(
    'reference',
    'mine',
    `${NAME} (?:is|was|has been) (?:a|an|my) ${REL_ADJ}${REL_NOUN} of mine`,
    namedLinked(refWhy('and how you know them')),
    { negatable: false },
  ),
  // "did Paula ever mention me?": a person both know, asked about.
  f('reference', 'mention mentioned', `(?:did|has) ${NAME} (?:ever |already )?(?:mention|mentioned|tell you about|told you about) me`, named(refWhy('as someone you both know')), { negatable: false }),
  // "I was on your squad at Spotify with Marek and Lou": people from the recipient's own team.
  f(
    'reference',
    'squad team lab crew cohort batch',
    `(?:i was|we were|i worked) (?:on|in) ${YOUR} (?:old |former )?(?:team|squad|lab|crew|cohort|batch|group|class)(?: (?:at|in) ${W}){0,2} with ${NAME}`,
    named((n) => `names ${n}, from your old team`),
    { negatable: false },
  ),
  // "soy compañero de Raúl", "je suis une amie de Léa", "ich bin ein Kollege von Jonas"
  f(
    'reference',
    'soy suis bin',
    `(?:soy|je suis|ich bin) (?:un |una |une |ein |eine )?(?:ex-?|antigu[oa] |ancien(?:ne)? |ehemalige[r]? )?(?:companer[oa]|amig[oa]|colega|prim[oa]|herman[oa]|vecin[oa]|ami|amie|collegue|cousine?|frere|soeur|voisine?|kollege|kollegin|freund|freundin|bruder|schwester|nachbarin|nachbar) (?:de|d'|von|vom) ${NAME}`,
    namedLinked(refWhy('and how you know them')),
    { negatable: false },
  ),
  // "me dijo Pablo Ruiz que ...", "m'a dit Léa que": the verb before the name.
  f(
    'reference',
    'dijo comento conto conte',
    `(?:me|nos) (?:dijo|comento|conto|ha dicho|ha comentado|hablo) ${NAME},? que`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  // Greetings passed on: "Felix lässt dich grüßen", "Pablo te manda saludos", "Pierre vous passe le bonjour"
  f(
    'reference',
    'last lasst grusen grussen manda mandan saludos recuerdos passe salue bonjour',
    `${NAME}${APPOSITIVE} (?:la(?:s|ss)t (?:dich|sie|euch) (?:herzlich |lieb |schon )?gru(?:s|ss)en|(?:te|le|os|les) (?:manda|envia|mandan) (?:muchos |un )?(?:saludos|recuerdos|un saludo|abrazos?)|(?:vous|te) (?:passe le bonjour|salue|embrasse))`,
    named(refWhy('who sends greetings')),
    { negatable: false },
  ),
  // "wir kennen uns beide über Felix", "nos conocemos a través de Pablo", "on se connaît via Pierre"
  f(
    'reference',
    'kennen conocemos connait connaissons',
    `(?:wir )?kennen (?:uns )?(?:beide )?(?:uber|durch|von) ${NAME}|(?:wir )?kennen beide ${NAME}|nos conocemos (?:a traves de|por|gracias a) ${NAME}|(?:on se connait|nous nous connaissons) (?:via|par|grace a) ${NAME}`,
    named(refWhy('through whom you know each other')),
    { negatable: false },
  ),
  // German / Spanish / French relation + name
  f(
    'reference',
    'mein meine meinem meinen mi mon ma',
    `(?:mein|meine|meinem|meinen|mi|mon|ma)(?: (?:ehemalige[rnm]?|fruhere[rnm]?|alte[rnm]?|gute[rnm]?|antigu[oa]|ex|buen[oa]?|gran|ancien(?:ne)?|bon(?:ne)?|cher|chere|vieil(?:le)?))? (?:kollege|kollegin|chef|chefin|betreuer|betreuerin|professor|professorin|freund|freundin|mentor|mentorin|teamkollege|kommilitone|kommilitonin|vorgesetzter|vorgesetzte|doktorvater|doktormutter|colega|jefe|jefa|companer[oa]|amig[oa]|mentora|profesora?|directora?|tutora?|soci[oa]|collegue|manager|ami|amie|professeur|directeur|directrice|associee?|camarade|responsable)(?: (?:bei|en|chez|de|aus|del|von) ${W})?,? ${NAME}`,
    // "ma mentor, Ghislaine Roux, répète souvent ...": someone only the sender knows, quoted (as in English)
    (m, ctx) => (SAYS_OFTEN.test(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 24).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')) || handsOff(m, ctx) ? undefined : named(refWhy('and how you know them'))(m, ctx)),
    { negatable: false },
  ),
  f(
    'reference',
    'hat me',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:hat mir|hat uns|hat|m'a|me|nous a) (?:empfohlen|geraten|gesagt|erzahlt|vorgeschlagen|von ihnen|von dir|conseille|suggere|recommande|dit|parle|sugirio|recomendo|dijo|hablo|paso|dio|conto)`,
    named(refWhy('who knows you both')),
    { negatable: false },
  ),
];


const INTRODUCTIONS: Family[] = [
  f(
    'introduction',
    'suggested recommended thought thinks said says mentioned told encouraged urged asked swears swore saying',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:suggested|recommended|thought|thinks|said|says|mentioned|told me|tells me|told us|tells us|encouraged me|urged me|insisted|advised me|advised|asked me|told me to|insisted i|swears|swore|keeps saying)(?: (?:that|i|we|you|it|to|would|might|should|could|be|a|good|great|idea|worth|me|directly|two|both|and|just|simply))*(?: ${INTRO_VERB}|ing| (?:you|u)(?:'d| would| might|'re| are| were)? (?:be )?(?:(?:the|a) (?:right |best |ideal |perfect |great |good )?(?:person|contact)|want|be interested|be open|know|the one|the best ${W}|expecting|have (?:strong )?(?:opinions|thoughts|ideas|advice)))`,
    (m, ctx) => (quoting(m, ctx) ? undefined : named((n) => `says ${n} suggested writing`)(m, ctx)),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'suggested recommended pointed',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:pointed (?:at |to )?you|pointed you out|(?:suggested|recommended) (?:reaching out|writing|contacting|getting in touch|connecting|talking|speaking|i contact|i reach|i write|i get|you|your name|that i|we|the two of us|us two|that we))`,
    named((n) => `says ${n} suggested writing`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'introduced connected put gave passed shared pointed sent',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:kindly |just |recently )?(?:introduced us|introduced me|connected us|put us in touch|put me in touch|paired us(?: up)?|matched us(?: up)?|gave me your (?:name|email|contact|details|info|number|address)|passed (?:along|on) your|shared your (?:name|email|contact|details|info)|pointed me (?:to|toward|towards) you|pointed me your way|pointed me in your direction|sent me your way|sent me to you)`,
    named((n) => `says ${n} introduced you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'thanks thank cheers ta thx ty tysm big massive huge intro introduction connecting introducing',
    `(?:thanks|thank you|many thanks|cheers|ta|thx|ty|tysm|big thanks|massive thanks|huge thanks)(?: so much| again| mate| man| a million| a lot| a ton| heaps| loads)?,? (?:${NAME},? )?(?:for (?:the|your|this) (?:kind |warm |quick |e-)?(?:intro|introduction|e-intro)|for (?:introducing|intro'?ing|intro-ing|connecting) (?:us|me)|for putting (?:me|us) in touch|for (?:the|your) connection)`,
    'thanks the person who introduced you',
    { negatable: false },
  ),
  f('introduction', 'bcc', `(?:moving|move|moved) (?:you|${NAME}) to bcc|(?:to|in) bcc`, 'replies to an introduction', { negatable: false }),
  f(
    'introduction',
    'referred pointed sent directed',
    `(?:i was|i've been|i got|i have been|was) (?:referred|pointed|sent|directed|introduced)(?: to you)? by ${NAME}`,
    named((n) => `says ${n} referred them`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'suggestion advice recommendation',
    `(?:at|on|per|following|by) ${NAME}'s (?:suggestion|advice|recommendation|request|prompting|urging)`,
    named((n) => `writes at ${n}'s suggestion`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'looping cc ccing copying',
    `(?:looping in|cc'ing|ccing|cc|copying)(?: in)? (?!by(?![a-z]))${NAME}`,
    named((n) => `copies in ${n}`),
    { negatable: false, tag: 'named' },
  ),
  // The person copied in is someone both know, unless the writer's own colleague: "cc'ing Sam, who
  // handles partnerships on my team" (the introducer's double intro). (Both families: "CC BY" is a licence.)
  f(
    'reference',
    'looping cc ccing copying',
    `(?:looping in|cc'ing|ccing|cc|copying)(?: in)? (?!by(?![a-z]))${NAME}`,
    (m, ctx) => (/^,? (?:who|she|he)\b[^.;!?]{0,80}\b(?:my|our)\b/.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length)) ? undefined : named((n) => `copies in ${n}`)(m, ctx)),
    { negatable: false },
  ),
  f(
    'introduction',
    'introduce intro introduction connect put introducing connecting intro\'ing',
    `(?:(?:introduc(?:e|ing)|intro(?:'?ing)?|connect(?:ing)?) me (?:to|with)|put(?:ting)? me in touch with|(?:an|a) (?:warm |quick |brief |e-|double opt-in |double-opt-in )?(?:intro|introduction) (?:to|between me and)|make an (?:intro|introduction) to|intro between me and) (?:(?:${YOUR}|their|his|her) (?:${W}'s )?(?:${W} )?(?:${REL_NOUN}|ceo|cto|cfo|coo|cmo|vp|founder|co-?founder|head of ${W}(?: ${W})?|director of ${W}),? )?${NAME}`,
    // "thank you for putting me in touch with Dr Farouk": thanks for an introduction made, not a request
    // ("would you be up for introducing me to X" asks for it; "open to an intro to X?" offers one: the sender makes it)
    (m, ctx) => {
      const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 14), m.index - ctx.sentenceStart);
      if (/(?<!(?:up|open|ready|available|game|keen) )\bfor $/.test(before)) return undefined;
      if (/^(?:an|a) /.test(m[0]) && /(?:open|up|keen|interested|game|fancy)(?: to| for| in)? $/.test(before)) return undefined;
      return named((n) => `asks for an introduction to ${n}`)(m, ctx);
    },
    { negatable: false, tag: 'intro-request' },
  ),
  // "can you intro me to your boss?": a role, not a person named, so no introduction by the labelling guide (2 of 2 such
  // tuning messages); still a favour asked of a stranger ("introduce me to your CTO, Kemi" names her: the family above)
  f(
    'ask',
    'introduce intro introduction connect put introducing connecting',
    `(?:(?:introduc(?:e|ing)|intro(?:ing)?|connect(?:ing)?) me (?:to|with)|put(?:ting)? me in touch with|(?:an|a) (?:warm |quick |brief |e-)?(?:intro|introduction) to) (?:${YOUR}|their|his|her) (?:ceo|cto|cfo|coo|cmo|vp|founder|co-?founder|head of ${W}|director of ${W}|partner|boss|manager|friend|colleague|contact|former colleague)${gap(2)}`,
    'asks for an introduction to their contacts',
    { negatable: false, tag: 'intro-request' },
  ),
  f(
    'introduction',
    'introduce introducing connect connecting intro',
    `(?:(?:can|could|would|will|might) you|if you (?:could|would|can|might)|any chance (?:you|u)(?:'d| would| could| can| might)?)(?: (?:please|possibly|kindly|maybe|perhaps|be willing to|be open to|feel comfortable|feel ok|feel okay|feel alright|be comfortable|be ok|be okay|be up for|be happy to|mind|consider))* (?:(?:introduc(?:e|ing)|intro|connect(?:ing)?) (?:us|me to (?:him|her|them)|me with (?:him|her|them))|put(?:ting)? (?:us|me) in touch(?: with (?:him|her|them))?(?! with (?:whoever|whomever|someone|anyone|somebody|anybody|people|folks|a |an |the (?:right|best|relevant)|${YOUR} )))`,
    'asks them to introduce you to someone they named',
    { negatable: false, tag: 'intro-request' },
  ),
  f(
    'introduction',
    'bekannt vorstellen vorzustellen kontakt empfehlung empfohlen vorgeschlagen geraten gesagt',
    `(?:(?:miteinander |uns |mich )?bekannt (?:zu )?machen|(?:mich|uns) (?:${W} ){0,3}(?:vorstellen|vorzustellen|bekannt zu machen)|(?:mich|uns) (?:mit ${W} )?in kontakt (?:bringen|zu bringen)|auf empfehlung von ${NAME}|${NAME} hat (?:mir|uns) (?:empfohlen|vorgeschlagen|geraten))`,
    (m, ctx) => {
      if (/empfehlung|empfohlen|vorgeschlagen|geraten/.test(m[0])) return nameAt(m, ctx) ? 'says a named person suggested writing (German)' : undefined;
      // "Kennst du jemanden im Einkauf, den du mir vorstellen könntest?": no one named (an ask of its own below)
      if (UNNAMED_TARGET.test(ctx.sentence)) return undefined;
      // "ich möchte euch gern miteinander bekannt machen": the sender introduces the two of them, nothing asked
      return /(?:^|[^a-z])(?:ich|wir) (?:[a-z'-]+ ){0,2}(?:euch|sie|dich|ihnen) (?:[a-z'-]+ ){0,2}$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? 'introduces the two of you (German)' : 'asks for an introduction (German)';
    },
    { negatable: false, tag: 'intro-request', back: 12 },
  ),
  f(
    'introduction',
    'meinte sagte meint sagt hat',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:(?:meinte|sagte|meint|sagt),? (?:dass )?(?:du|sie) (?:warst|waren|bist|sind|seist|seien) (?:genau )?(?:die|der) (?:richtige|beste|ideale)|hat (?:mir|uns) (?:ihren|deinen|euren|ihre|deine) (?:kontakt|e-?mail|adresse|nummer|namen) (?:gegeben|weitergegeben|geschickt))`,
    named((n) => `says ${n} pointed them to you (German)`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'dado pasado paso dio',
    `${NAME}${APPOSITIVE},? me (?:ha dado|ha pasado|dio|paso|dejo) (?:tu|su) (?:contacto|correo|email|e-mail|mail|numero|telefono)`,
    named((n) => `says ${n} gave them your contact (Spanish)`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'recomendacion sugirio recomendo parte sugerencia dijo escriba escribiera contactara',
    `(?:(?:por recomendacion de|por sugerencia de|de parte de) ${NAME}|${NAME}${APPOSITIVE} me (?:sugirio|recomendo|dijo) que (?:te|le|les) (?:escribiera|contactara|escriba|contacte))`,
    // "de parte de FacturaYa, una plataforma de facturación": on behalf of a company, not a person's suggestion
    (m, ctx) =>
      /^,? (?:una|un|la|el|nuestra|nuestro|mi) (?:[a-z-]+ ){0,2}(?:plataforma|empresa|agencia|startup|consultora|app|aplicacion|marca|tienda|compania|firma|despacho|software|solucion|herramienta|fintech|escuela|academia)(?![a-z])/.test(
        ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, ''),
      )
        ? undefined
        : named((n) => `says ${n} suggested writing (Spanish)`)(m, ctx),
    { negatable: false, alsoReference: true, tag: 'named', back: 16 },
  ),
  f('introduction', 'presentarme presentarias poner contacto', `(?:presentarme a|me presentarias a|ponerme en contacto con|ponernos en contacto)`, (m, ctx) => (UNNAMED_TARGET.test(ctx.sentence) ? undefined : 'asks for an introduction (Spanish)'), {
    negatable: false,
    tag: 'intro-request',
  }),
  f(
    'introduction',
    'recommandation conseils conseil suggere conseille recommande part',
    `(?:(?:sur (?:les |le )?(?:conseils?|la recommandation|les recommandations) (?:de|d')|de la part de) ?${NAME}|${NAME}${APPOSITIVE} m'a (?:suggere|conseille|recommande) de (?:vous|te) (?:contacter|ecrire))`,
    named((n) => `says ${n} suggested writing (French)`),
    { negatable: false, alsoReference: true, tag: 'named', back: 16 },
  ),
  f('introduction', 'contact relation presenter', `(?:(?:nous|me) mettre en (?:contact|relation)|me presenter a)(?! (?:avec |a )?(?:quelqu'un|une personne|des|vos|votre|tes|ton|la personne|l'equipe|le service|les rh|un responsable|une responsable))`, 'asks for an introduction (French)', { negatable: false, tag: 'intro-request' }),
];

// ---------------------------------------------------------------------------------------------
// collector: connecting for the number.

const COLLECTORS: Family[] = [
  f('collector', 'networker networkers', `open networkers?|linkedin open networker`, 'calls themself an open networker', { negatable: false }),
  f('collector', 'lion', `lion`, (m, ctx) => (ctx.orig.slice(m.index, m.index + 4) === 'LION' ? 'calls themself a LION (open networker)' : undefined), { negatable: false }),
  f(
    'collector',
    'grow expand build increase extend widen broaden enlarge boost strengthen develop',
    `(?:grow|expand|build|increase|extend|widen|broaden|enlarge|boost|growing|expanding|building|increasing|extending|widening|broadening|enlarging|boosting)(?: (?:up|out))? (?:my|our) (?:professional |linkedin |personal |business |online |own )?(?:network|networks|connections|contacts|circle|reach|audience)`,
    'connects to grow a network',
  ),
  f(
    'collector',
    'connections contacts followers 500 number thousand hundred #num',
    `(?:(?:reach|hit|get to|cross|break|make it to|trying for|aiming for|goal of|target of|goal:|target:|goal is|on my way to|close to|almost at|connect with|racing to|racing toward|chasing|passed|gunning for|going for|shooting for|pushing for|chegar a|chegar aos|llegar a|alcanzar|atteindre|erreichen)(?: the)? (?:\\d[\\d,.]*k?\\+?(?: mil)?|five hundred|a thousand|\\d+ thousand)(?: (?:connections|contacts|followers|people|women|men|founders|leaders|professionals|${W}))?|500\\+|\\d[\\d,.]*k?\\+ (?:connections|contacts|followers)|\\d[\\d,.]*k?\\+? (?:connections|contacts|followers) (?:goal|target|by|and counting)|you're (?:(?:number|no\\.?) ?| )\\d+)`,
    // "we hit 5,000 customers last month" is a company's milestone, not a connection count
    // (the count may be named a sentence before: "we have 23 mutual connections! Trying to hit 500 before Navratri")
    (m, ctx) => (/connect|network|follower|contact|linkedin|invite|accept|conex|seguidor|kontakt|abonn|#/.test(ctx.sentence) || /^500\+|\+ /.test(m[0]) || /connections|followers|contacts|network/.test(ctx.orig.slice(Math.max(0, m.index - 160), m.index).toLowerCase()) ? 'chases a number of connections' : undefined),
  ),
  f(
    'collector',
    'accept every all everyone everybody anyone',
    `(?:i )?(?:accept|connect with|add|follow back|accepting|adding|connecting with|inviting)(?: (?:pretty much|literally|basically|nearly))? (?:every|all|everyone|everybody|anyone|anybody|each)(?: (?:single|one|of))?(?: (?:invite|invites|invitation|invitations|request|requests|one|who|${W}))?`,
    'accepts or adds everyone',
  ),
  f(
    'collector',
    'everyone everybody many',
    `(?:connect|connecting|network|networking) with (?:everyone|everybody|as many (?:people|professionals|folks)(?: as (?:i|possible))?|all (?:the )?(?:professionals|people|folks))`,
    'connects with everyone',
  ),
  f(
    'collector',
    'more merrier decline ignore reject mission aiming',
    `(?:the more (?:connections|contacts|the merrier)|never (?:decline|ignore|reject|turn down|refuse) (?:a |an |any )?(?:invite|request|connection|invitation)|(?:follow|connect) for (?:follow|connect)|f4f|l4l|follow back|on a mission to connect|aiming for all|to my network,)`,
    'collects connections for the number',
    { negatable: false },
  ),
  f(
    'collector',
    'netzwerk vernetze',
    `(?:(?:mein|meines|unser)(?: berufliches)? netzwerk(?: ${W}){0,7} (?:erweitern|vergrossern|vergrosern|ausbauen|aus|wachsen)|(?:baue|erweitere|vergrossere|vergrosere)(?: ${W}){0,3} (?:mein|unser) netzwerk|(?:nehme|akzeptiere) (?:jede|alle) (?:anfrage|anfragen|einladung|einladungen|kontaktanfrage|kontaktanfragen)|vernetze (?:ich )?mich mit (?:allen|jedem)|je gros?ser das netzwerk)`,
    'connects to grow a network (German)',
  ),
  f(
    'collector',
    'red invitaciones solicitudes contactos todos',
    `(?:(?:ampliar|ampliando|expandir|expandiendo|crecer|hacer crecer|aumentar|aumentando|extender|extendiendo) (?:mi|nuestra) red|acepto (?:todas las|cualquier) (?:invitaciones|solicitudes|invitacion|solicitud)|conecto con todos|(?:mientras|cuantos) mas contactos)`,
    'connects to grow a network (Spanish)',
  ),
  f(
    'collector',
    'reseau invitations demandes',
    `(?:(?:elargir|agrandir|developper|etendre|elargis|agrandis|developpe|etends|j'elargis|j'agrandis) (?:mon|notre) reseau|j'accepte (?:toutes les|toutes|chaque) (?:invitations|demandes|invitation|demande))`,
    'connects to grow a network (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// stock and filler: text that does not make a note.

const STOCK: Family[] = [
  f(
    'stock',
    'add join network',
    `(?:i'd|i would|id|i want to|i wanted to|i'd love to|i would love to|i'd like to|i would like to|i wish to|would love to|would like to|happy to)(?: (?:like|love) to)? (?:add you to|add you in|add you into|join|be part of|be a part of|invite you to|have you in|include you in|welcome you to|being part of) (?:my|your) (?:professional |linkedin |business )?(?:network|connections)(?: on linkedin)?`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'connect network touch connection',
    `(?:let's|lets|let us|shall we|we should|please|happy to|glad to|would love to|i'd love to|i would love to|i'd like to|i would like to|love to|like to|want to|wanted to|hoping to|hope to|keen to|looking forward to|i'm looking forward to|excited to|great to|nice to|pleased to|always open to|open to|feel free to)(?: (?:stay|get|be))? (?:connect|connecting|connected|link up|linking up|network|networking|be connected|stay in touch|keep in touch|new connections)(?: (?:with you|with me|here|on linkedin|with each other|together|sometime|soon))*`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'accept',
    `(?:please |kindly |do )?(?:accept|consider accepting)(?: (?:my|this|the))?(?: (?:connection|linkedin))? (?:invitation|invite|request)(?: to connect)?(?: (?:on linkedin|with you))?`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'connect invitation invite request connection',
    `(?:connect with me|(?:i'm|i am) (?:inviting you|sending you (?:an|this) (?:invitation|invite|request)) to connect|(?:sending|sent) (?:you )?(?:a|an|this) (?:connection )?(?:request|invite|invitation)|hope (?:you'll|you will|you'd|you can) (?:accept|connect))`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'hinzufugen vernetzen vernetzung netzwerk bestatigung',
    `(?:(?:ich )?(?:mochte|wurde|will)(?: sie| dich)?(?: gerne?)?(?: (?:sie|dich))? (?:zu )?(?:meinem|meinen) (?:beruflichen |professionellen )?netzwerk(?: auf linkedin)? hinzufugen|lass(?:t|en sie)? uns(?: uns)? (?:vernetzen|connecten|verbinden|verknupfen)|(?:ich )?(?:wurde|mochte)(?: mich)?(?: gerne?)? (?:mit (?:ihnen|dir) )?(?:vernetzen|verbinden)|(?:ich )?(?:freue mich|freuen uns) (?:uber|auf) (?:die|eine|ihre|deine) (?:vernetzung|bestatigung)|(?:mit (?:ihnen|dir) )vernetzen)`,
    'stock invitation text (German)',
    { negatable: false },
  ),
  f(
    'stock',
    'red conectemos conectar conectamos acepta',
    `(?:me gustaria (?:agregarte|anadirte|anadirle|agregarle|invitarte) a mi red(?: profesional)?(?: (?:en|de) linkedin)?|me gustaria (?:unirme a|formar parte de) (?:tu|su) red(?: profesional)?|conectemos|conectamos|me gustaria conectar(?: (?:contigo|con usted))?|(?:por favor,? )?(?:acepta|acepte|aceptes|aceptar|aceptarme|aceptaras|aceptara) (?:mi|la|esta) (?:invitacion|solicitud)(?: de (?:conexion|contacto|amistad))?)`,
    'stock invitation text (Spanish)',
    { negatable: false },
  ),
  f(
    'stock',
    'reseau connectons accepter connecter ajouter',
    `(?:(?:j'aimerais|je souhaiterais|je souhaite|je voudrais|je veux) (?:vous|t') ajouter a mon reseau(?: professionnel)?(?: sur linkedin)?|je (?:souhaite|souhaiterais|voudrais|veux) (?:faire partie de|rejoindre|integrer) (?:votre|ton) reseau(?: professionnel)?|connectons-nous|connectons nous|(?:merci (?:d'|de bien vouloir )|veuillez )?accepter (?:ma|mon) (?:demande|invitation)(?: de (?:connexion|mise en relation))?|je (?:souhaite|voudrais|souhaiterais|aimerais) (?:me connecter|entrer en contact|etre en contact|vous ajouter) avec (?:vous|toi)|n'hesitez pas a m'ajouter)`,
    'stock invitation text (French)',
    { negatable: false },
  ),
];

const FILLER: Family[] = [
  f(
    'filler',
    'hope hoping',
    `(?:i )?(?:hope|hoping)(?: (?:that|this|you|you're|you are|all|your|things|it|the|everything))*(?: (?:message|email|note|note finds you|finds you|is|are|going|doing|having|had|been|keeping|staying|week|day|weekend|well|good|great|swimmingly|fine|smoothly))+(?: (?:well|good|great|fine|nicely|smoothly|off|to a great start|so far))*`,
    'pleasantry',
    { negatable: false },
  ),
  f('filler', 'how', `how (?:are|is|have) (?:you|things|your|it|life)(?: (?:doing|going|been|week|day))*`, 'pleasantry', { negatable: false }),
  f(
    'filler',
    'happy have enjoy feliz bon bonne buon buona schonen schones fijne fijn boa bom',
    `(?:happy (?:friday|monday|tuesday|wednesday|thursday|weekend|new year|holidays|holiday|birthday)|(?:feliz|bon|bonne|buon|buona|schonen|schones|fijne|fijn|boa|bom) (?:lunes|martes|miercoles|jueves|viernes|fin de semana|semana|dia|lundi|mardi|mercredi|jeudi|vendredi|week-end|weekend|semaine|journee|lunedi|martedi|venerdi|fine settimana|settimana|giornata|montag|dienstag|mittwoch|donnerstag|freitag|wochenende|tag|wochenstart|maandag|vrijdag|segunda|sexta|fim de semana)|have (?:a|an) (?:great|nice|good|lovely|wonderful|awesome|fantastic) (?:day|week|weekend|evening|one|friday)|enjoy (?:your|the) (?:day|week|weekend))`,
    'pleasantry',
    { negatable: false },
  ),
  f(
    'filler',
    'thanks thank',
    `(?:thanks|thank you|many thanks|thx)(?: (?:so|very) much)?(?: (?:in advance|for your time|for reading|for considering|for your consideration|and regards|for accepting|for connecting|a lot|again))*`,
    'courtesy',
    { negatable: false },
  ),
  f(
    'filler',
    'nice pleasure',
    `(?:nice|pleasure|great|good) to (?:e-?)?meet you|looking forward to (?:hearing from you|your reply|your response|hearing back|it|being (?:part of your network|connected))`,
    'pleasantry',
    { negatable: false },
  ),
];

// ---------------------------------------------------------------------------------------------
// The long tail: more phrasings, and Italian, Portuguese and Dutch beside German, Spanish, French.

const MORE: Family[] = [
  // value
  f('value', 'read bring drop link', `(?:${OFFER_MODAL}|(?:happy|glad) to) (?:read (?:the|your|it)|bring|drop off|link to your|look at (?:the|your|it))${gap(4)}`, offerWhy('offers to give or help'), { senderOnly: true, notInPitch: true }),
  f(
    'value',
    'sarei sono felice lieto lieta posso potrei cambio mandarle mandarti inviarle inviarti',
    `(?:(?:sarei|sono) (?:felice|lieto|lieta|contento|contenta) di (?:${W} ){0,3}(?:condividere|inviare|mandare|aiutare|citar|presentar|offrire|dare)|(?:posso|potrei) (?:mandarle|mandarti|inviarle|inviarti|condividere|aiutarti|aiutarla|offrirti)|in cambio)`,
    offerWhy('offers to give or help (Italian)'),
  ),
  f(
    'value',
    'posso poderia troca mando envio compartilho partilho apresento apresentacao',
    `(?:(?:posso|poderia|podemos) (?:${W} ){0,2}(?:enviar|mandar|partilhar|compartilhar|ajudar|oferecer|apresentar)|em troca|faco a apresentacao|(?:te|lhe|vos) (?:mando|envio|compartilho|partilho|ofereco|apresento))${gap(3)}`,
    // "Você poderia me ajudar?": help for the sender is asked, not offered; "Poderia curtir e compartilhar meu post?" asks
    // them to share the sender's post
    (m, ctx) => (/ me (?:ajudar|enviar|mandar|indicar|apresentar)/.test(m[0]) || /^poderia (?:[a-z]+ ){0,2}compartilhar (?:meu|minha|nosso|nossa|o meu|a minha)/.test(m[0] + ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length, m.index - ctx.sentenceStart + m[0].length + 12)) ? undefined : offerWhy('offers to give or help (Portuguese)')(m, ctx)),
  ),
  f('value', 'ruil stuur deel help graag', `(?:in ruil|ik (?:stuur|deel|geef) (?:je|u)|(?:ik )?help (?:je|u) graag|graag (?:delen|sturen|helpen))${gap(3)}`, offerWhy('offers to give or help (Dutch)')),
  f(
    'value',
    'cree ouvre donne offre envoie acces partager paierons payerons remunerer',
    `(?:je (?:te|vous) (?:cree|ouvre|donne|offre|envoie) (?:un )?acces|(?:pour )?vous partager|nous (?:vous )?(?:paierons|payerons|remunererons)|(?:vous|te) (?:payer|remunerer))`,
    'offers something (French)',
  ),
  f('value', 'darf', `darf ich (?:ihnen|dir) (?:die|den|das|unsere|unseren|mehr|gerne?)${gap(3)} (?:schicken|senden|zeigen|zukommen lassen)`, offerWhy('offers to send something (German)')),
  f(
    'value',
    'sirve util aide aider hilft nutzt servire utile ajude sirva gebruiken',
    `(?:por si te (?:sirve|es util)|si (?:ca|cela) (?:t'|vous )?(?:aide|peut (?:t'|vous )?aider)|falls (?:es|sie|das|die) (?:ihnen|dir|euch) (?:hilft|nutzt|hilfreich)|se (?:ti|le) (?:puo|possono) (?:servire|essere utile)|caso (?:te|lhe) (?:sirva|ajude|seja util)|als (?:je|u) (?:dat|het) (?:kunt|kan) gebruiken)`,
    (_m, ctx) => (NOT_OFFERED.test(ctx.sentence) ? undefined : 'offers something if useful'),
  ),
  // asks
  f(
    'ask',
    'hear heads-up posted ear shout horen horst erfahren erfahrst enteras entera entendez entends',
    `(?:if you hear of (?:anything|any|something)|let me know if you hear|keep me posted|keep an ear out|(?<!just |quick |friendly |small )(?:a|any) heads-up(?! ?:| that| on | about)|grateful for a shout|(?:i'd|i would) (?:really )?appreciate a (?:heads-up|shout|nudge)|(?:falls|wenn) (?:sie|du|ihr) von (?:${W} ){0,2}(?:stellen|stelle|jobs?|etwas|auftragen|projekten) (?:horen|horst|hort|erfahren|erfahrst)|si (?:te enteras|se entera|os enterais) de (?:${W} ){0,2}(?:puesto|puestos|trabajo|vacante|vacantes|algo|oferta|ofertas)|si (?:vous entendez|tu entends) parler (?:d'un|d'une|de) (?:${W} )?(?:poste|postes|emploi|offre|mission|missions))`,
    'asks them to pass on job leads',
  ),
  f(
    'ask',
    'taking chance considered referred apply',
    `(?:(?:any chance )?(?:you'?re|your|you are|are you) (?:taking|hiring) (?:anyone|anybody|people|apprentices|interns|someone|on|working students|students|juniors|graduates|grads|trainees)|taking (?:anyone|anybody|apprentices|interns|people) on|(?:love|like|hope) to be (?:considered|referred)|be referred for|get referred|(?:i'd|i would) (?:love|like) to apply|apply for (?:the|this|your) (?:${W} ){0,3}(?:role|position|opening|job))`,
    'asks to be considered for a job',
  ),
  f('ask', 'attached cv resume portfolio curriculum curriculo lebenslauf adjunto', `(?:(?:my )?(?:cv|resume|portfolio|lebenslauf)(?: and ${W})? (?:is )?attached|(?:cv|curriculum|curriculo|lebenslauf) (?:adjunto|anbei|en piece jointe|in allegato|em anexo|in de bijlage)|adjunto (?:mi )?(?:cv|curriculum|curriculo)|(?:segue|envio|anexo) (?:o )?(?:meu )?(?:cv|curriculo|curriculum)(?![a-z])|(?:mon|mi|meu|il mio) (?:cv|curriculum|curriculo)(?: ${W}){0,3} (?:en piece jointe|adjunto|in allegato|em anexo))`, 'sends their CV (applying)'),
  // "I'd love to pitch her our drones": the introduction asked for is a sales call.
  f('ask', 'pitch sell demo', `(?:pitch|sell|demo|present) (?:him|her|them) (?:on )?(?:our|my) (?:${W} ){0,3}${W}`, 'wants the contact to sell to them', { senderOnly: true }),
  // "follow + share my reel pls", "like and repost our launch post!": a favour in the imperative
  f(
    'ask',
    'follow like share repost retweet subscribe comment',
    `(?:follow|like|share|repost|retweet|subscribe to|comment on)(?: (?:and|&|\\+|n) (?:follow|like|share|repost|retweet|subscribe|comment)(?: on| to)?)* (?:my|our) (?:${W} ){0,2}(?:reel|reels|post|posts|video|videos|page|channel|account|profile|tiktok|podcast|newsletter|stream|launch)(?![a-z])`,
    (m, ctx) => (/(?:^|[.!?,;:]\s*|(?:^|[^a-z])(?:pls|please|plz|kindly|also|and|just|could (?:you|u)|can (?:you|u)|would (?:you|u)|will (?:you|u))\s)$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart).replace(/^\s*(?:hi|hello|hey|dear)\b[^,!]*[,!]\s*/, '')) ? 'asks them to follow or share' : undefined),
    { tag: 'favour' },
  ),
  // "could I shadow you for a day?", "a job-shadowing day with your team"
  f('ask', 'shadow shadowing job-shadow', `(?:(?:could|can|may|might) i (?:job[- ])?shadow (?:you|u)|shadow(?:ing)? (?:you|u) (?:for|at|during|on|while)|(?:job[- ])?shadowing (?:day|opportunity|placement|session|you))`, 'asks for their time', { senderOnly: true }),
  // Job applications: "I'd love to throw my hat in", "Is Datadog hiring?", "the platform role on your team"
  f(
    'ask',
    'hat hiring role position opening door job internship vacancy traineeship',
    `(?:throw my hat in(?: the ring)?|put (?:myself|my name) forward|(?:a|my) foot in the door|(?:applying|apply|applied) (?:for|to) (?:the|a|an|this) (?:${W} ){0,3}(?:role|position|opening|job|internship|vacancy|traineeship) (?:on|in|at|with) ${YOUR}|(?:is|are) (?:${W} ){0,2}(?:still )?hiring\\?|(?:learn|hear|know) (?:more )?about (?:the|your|an|any) (?:${W} ){0,2}(?:role|position|opening|vacancy) (?:on|in|at) ${YOUR})`,
    'asks to be considered for a job',
  ),
  // "would love your take on my portfolio", "could you point me the right way?"
  f('ask', 'take eyes point', `(?:your|ur) (?:honest |quick )?(?:take|eyes|two cents) on (?:my|our)|point me (?:in )?the right (?:way|direction)`, 'asks them for a favour'),
  // "Any chance you'd have 15 minutes?", "would value 10 minutes on ...", "Accepteriez-vous un café ?"
  f(
    'ask',
    'chance value cafe',
    `(?:any chance|is there any chance) (?:you'd|you would|you could|you might|you) (?:have|spare|find|give me) (?:\\d+|a few|ten|fifteen|twenty|thirty|half an hour|some time)|would (?:really |so )?value (?:\\d+|a few|ten|fifteen|twenty|thirty) (?:minutes|mins|min)|(?:accepteriez|accepterais|voudriez|pourriez)-vous (?:un|prendre un) cafe`,
    'asks for their time',
    { tag: 'call' },
  ),
  // "Could I ask how you cut your cluster bill?": free advice
  f('ask', 'ask', `(?:could|can|may|might) i ask (?:you )?(?:how|what|why|whether|which|if|about)`, 'asks them a question (free advice)'),
  // "¿Podrías pasarle mi CV a tu responsable?", "transmettre mon CV", "meinen Lebenslauf weiterleiten"
  f(
    'ask',
    'pasarle pasar transmettre weiterleiten cv curriculum lebenslauf',
    `(?:pasar(?:le)?|hacer llegar|transmettre|faire passer|weiterleiten|weitergeben) (?:mi|mon|meinen) (?:cv|curriculum|lebenslauf)|(?:meinen|mein) (?:cv|lebenslauf) (?:${W} ){0,3}(?:weiterleiten|weitergeben)`,
    'asks them to pass on their CV',
  ),
  // "pourriez-vous me présenter à quelqu'un de votre équipe", "presentarme a alguien"
  f('ask', 'presenter presentarme vorstellen', `(?:me presenter|presentarme|me presentarias) a (?:quelqu'un|alguien|une personne|la personne)|(?:mich|uns) (?:${W} )?jemandem vorstellen`, 'asks for an introduction to their network'),
  // "a colleague mentioned you're looking for a React developer. I have 6 years ...": an application
  f(
    'ask',
    'looking hiring searching need',
    `(?:you're|you are|you were|your team is|you guys are) (?:looking for|hiring|searching for|in need of) (?:a|an|another|some) (?:${W} ){0,2}(?:developer|engineer|designer|analyst|driver|writer|marketer|manager|intern|assistant|nurse|teacher|accountant|consultant|scientist|researcher|specialist|technician|developers|engineers|designers|drivers)`,
    (m, ctx) => (/(?:^|[^a-z])(?:i have|i've|i am|i'm|my (?:cv|resume|portfolio)|years? (?:of )?experience)(?:[^a-z]|$)/.test(ctx.orig.slice(m.index, m.index + 300).toLowerCase()) ? 'applies for their opening' : undefined),
  ),
  f('ask', 'upvote upvotes vote hunt', `(?:(?:an|your|any) (?:upvote|vote)|upvotes|(?:support|upvote|vote) (?:us |me )?on product hunt|launching on product hunt)`, 'asks for their vote or support'),
  f('ask', 'review rate stars', `(?:leave (?:us |me )?a (?:quick |short |5-star |five-star )?review|rate (?:us|our app|my app|our product)|give (?:us|me) (?:5|five) stars)`, 'asks them for a review'),
  f('ask', 'guest post backlink link', `(?:guest post|backlink|link back to (?:our|my)|add (?:a )?link to (?:our|my))`, 'asks for a guest post or a backlink'),
  f('ask', 'question', `(?:just |one |a )?(?:one )?(?:quick )?question:`, 'asks them a question (free advice)'),
  f(
    'ask',
    'avis meinung einschatzung rat opinion consejo parere consiglio pensi opiniao conselho mening advies',
    `(?:(?:avoir|connaitre|votre|ton) (?:votre |ton )?avis|(?:ihre|deine) (?:meinung|einschatzung|tipps|ratschlage)|(?:ihren|deinen) rat|(?:tu|su) (?:opinion|consejo|consejos)|(?:il tuo|il suo) (?:parere|consiglio|feedback)|cosa ne pensi|(?:sua|tua) opiniao|(?:seu|teu) conselho|(?:je|jouw|uw) (?:mening|advies))`,
    'asks for advice (non-English)',
    { requestOnly: true },
  ),
  f(
    'ask',
    'hatten haben hast hattest termin tendrias tienes tiene tendria llamada auriez seriez etes disponible demonstration avresti avrebbe chiamata teria tem terias tens chamada ligacao reuniao heb heeft gesprek belletje',
    `(?:(?:hatten|haben|hast|hattest) (?:sie|du)(?: ${W}){0,4} (?:zeit|minuten|eine halbe stunde)|einen termin|(?:tendrias|tienes|tiene|tendria)(?: ${W}){0,3} (?:media hora|minutos|tiempo|un rato)|una llamada|auriez-vous(?: ${W}){0,3} (?:minutes|temps|un moment)|(?:un|une) (?:appel|rendez-vous|echange) (?:de|cette|la)|(?:seriez|etes)-vous disponible|une demonstration|(?:avresti|avrebbe|hai|ha)(?: ${W}){0,3} (?:minuti|tempo)|una (?:chiamata|call)|(?:teria|tem|terias|tens)(?: ${W}){0,3} (?:minutos|tempo)|uma (?:chamada|ligacao|reuniao)|(?:heb je|heeft u|zou je|zou u)(?: ${W}){0,3} (?:tijd|minuten)|een (?:gesprek|belletje|call))`,
    'asks for their time (non-English)',
    { tag: 'call' },
  ),
  f(
    'ask',
    'occhiata andrebbe potresti potrebbe',
    `(?:dare un'occhiata|dai un'occhiata|(?:ti|le) andrebbe di|(?:potresti|potrebbe) (?:${W} ){0,2}(?:aiutarmi|consigliarmi|raccomandarmi|segnalarmi|presentarmi|dirmi|darmi|condividere|inoltrare))`,
    'asks them for a favour (Italian)',
  ),
  f('ask', 'poderia pode podes poderias procura', `(?:(?:poderia|pode|podes|poderias) (?:me )?(?:indicar|recomendar|ajudar|dar|rever|encaminhar|mandar|enviar|passar|compartilhar|partilhar|explicar|mostrar)|a procura (?:do|de) (?:${W} )?(?:emprego|trabalho|estagio))`, 'asks them for a favour (Portuguese)'),
  f(
    'ask',
    'zou kun kan wil',
    `(?:zou|kun|kan|wil) (?:je|u)(?: ${W}){0,6} (?:willen )?(?:delen|aanbevelen|doorsturen|introduceren|voorstellen|helpen|bekijken|laten weten|steunen|liken)`,
    'asks them for a favour (Dutch)',
  ),
  // reason
  f(
    'reason',
    'sto scrivo scrivendo lavorando preparando organizzando cercando costruendo',
    `(?:sto (?:scrivendo|lavorando|preparando|organizzando|cercando|costruendo|sviluppando)|(?:le|ti) scrivo (?:perche|per))`,
    'says what they are working on (Italian)',
  ),
  f(
    'reason',
    'estou estamos escrevo',
    `(?:(?:estou|estamos) (?:a )?(?:escrever|trabalhar|preparar|organizar|procurar|construir|escrevendo|trabalhando|preparando|organizando|procurando|construindo|montando|abrindo)|escrevo (?:porque|para|sobre))`,
    'says what they are working on (Portuguese)',
  ),
  f('reason', 'zoeken zoek schrijf werk bouw organiseer bezig', `(?:(?:ik|wij|we) (?:zoeken|zoek|werk aan|werken aan|bouw|bouwen|organiseer|organiseren|ben bezig|zijn bezig)|ik schrijf (?:je|u) (?:omdat|want|over))`, 'says what they are working on (Dutch)'),
  f('reason', 'look', `(?:as|while|since|because) i (?:look for|search for|hunt for|apply for) (?:a |an |my )?(?:${W} ){0,2}(?:role|job|position|internship)`, 'says they are looking for a job'),
  f('reason', 'por abrir', `(?:estamos|estoy) (?:por|a punto de) (?:abrir|lanzar|empezar|montar)`, 'says what they are working on (Spanish)'),
  // personal
  f(
    'personal',
    'page pages site website app account checkout ads listing store shop api docs onboarding campaign homepage',
    `${YOUR} (?:${W} ){0,2}(?:page|pages|site|website|app|account|checkout|ads|listing|listings|store|shop|api|docs|onboarding|campaign|homepage|product pages|booking page|signup|sign-up) (?:takes|take|is|are|has|have|returns|scores|score|loads|load|shows|leaks|reveals|bids|breaks|fails|doesn't|don't|isn't|aren't|crashes|ranks|lists|misses|throws)${gap(4)}`,
    // "your charity shop is opening a second branch": news of a plan, not a finding about the product
    // "your website has great content": praise in general words is flattery, not a finding
    (m) => (/ (?:is|are) (?:opening|moving|launching|closing|expanding|going|about|planning|getting|relocating|hiring)/.test(m[0]) || / (?:has|have|is|are) (?:(?:such|so|really|very|some|a lot of|lots of|tons of) )*(?:great|amazing|awesome|excellent|fantastic|wonderful|useful|helpful|informative|valuable|quality|high-quality|good|nice|interesting|beautiful|lovely|impressive)(?: |$)/.test(m[0]) ? undefined : 'names a specific finding about their product'),
  ),
  // A finding placed by where it is, then what goes wrong there: "on Kettle & Co's mobile site, applying a promo code
  // with a trailing space gives a 500 at checkout", "in Pocketly's iOS app in dark mode, the balance is #222222 on #1c1c1e",
  // and the same in German, French and Spanish ("auf eurer Karriereseite ... hängt hinter dem Cookie-Banner fest").
  f(
    'personal',
    'site website app page checkout shop store form portal dashboard login signup homepage cart widget',
    `(?:on|in|at) (?:${YOUR}|(?:${W} ){0,2}${W}'s) (?:${W} ){0,3}(?:site|website|app|page|checkout|shop|store|form|portal|dashboard|login|signup|sign-up|homepage|cart|widget)(?![a-z])${sameSentence(140)}(?:(?<![a-z0-9])(?:500|404|502|503)(?![a-z0-9])|(?<![a-z])(?:errors?|bugs?|broken|crash(?:es|ed)?|fails|failed|doesn't|does not|won't|can't|cannot|no (?:accessible|alt|aria|label)|invisible|unreadable|contrast|times? out|timed out|hangs|freezes|leaks?|exposes)(?![a-z]))`,
    'names a specific finding about their product',
  ),
  // "I ran Shelterwise's donation page through axe", "we tested your checkout with a screen reader"
  f(
    'personal',
    'site website app page checkout shop store form homepage api',
    `(?:ran|tested|audited|scanned|profiled|benchmarked|put) (?:${YOUR}|(?:${W} ){0,2}${W}'s) (?:${W} ){0,3}(?:site|website|app|page|checkout|shop|store|form|homepage|api)(?![a-z]) (?:through|with|against|in|on)${gap(4)}`,
    'names a specific finding about their product',
  ),
  f(
    'personal',
    'eurer ihrer deiner eurem ihrem deinem',
    `(?:auf|in|bei) (?:eurer|ihrer|deiner|eurem|ihrem|deinem) (?:${W} ){0,2}[a-z-]*(?:seite|website|app|shop|homepage|formular|portal)(?![a-z])${sameSentence(140)}(?<![a-z])(?:(?:ladt|funktioniert|geht|klappt|erscheint|reagiert) (?:${W} ){0,6}nicht|fehler|fehlermeldung|kaputt|hangt|absturz|sturzt ab|404|500)(?![a-z])`,
    'names a specific finding about their product (German)',
  ),
  f(
    'personal',
    'appli application site page boutique formulaire app',
    `(?:sur|dans) (?:votre|ton|ta|vos|tes) (?:${W} ){0,2}(?:appli|application|site|page|boutique|formulaire|app)(?![a-z])${sameSentence(140)}${FR_FAULT}`,
    'names a specific finding about their product (French)',
  ),
  f(
    'personal',
    'web pagina app aplicacion tienda formulario sitio',
    `en (?:tu|su|vuestra|vuestro) (?:${W} ){0,2}(?:web|pagina|app|aplicacion|tienda|formulario|sitio)(?![a-z])${sameSentence(140)}(?<![a-z])(?:error|falla|no (?:carga|funciona|aparece|se ve|abre)|se cuelga|404|500)(?![a-z])`,
    'names a specific finding about their product (Spanish)',
  ),
  // Their work, named by who made it: "the library in Rezé designed by your agency", "la médiathèque conçue par votre agence"
  f(
    'personal',
    'designed built restored renovated conceived curated planned landscaped illustrated photographed',
    `(?:designed|built|restored|renovated|conceived|curated|planned|landscaped|illustrated|photographed) by (?:${YOUR} (?:${W} )?(?:firm|studio|agency|practice|team|office|lab|workshop|atelier|crew)|you)(?![a-z'])`,
    'mentions their specific work',
  ),
  f(
    'personal',
    'concu concue concus concues dessine dessinee construit construite restaure restauree renove renovee realise realisee',
    `(?:concue?s?|dessinee?s?|construite?s?|restauree?s?|renovee?s?|realisee?s?) par (?:votre|ton|ta|vos) (?:agence|cabinet|atelier|studio|equipe|bureau)`,
    'mentions their specific work (French)',
  ),
  f(
    'personal',
    'disenado disenada construido construida restaurado restaurada realizado realizada',
    `(?:disenad[oa]s?|construid[oa]s?|restaurad[oa]s?|realizad[oa]s?) por (?:tu|su|vuestro|vuestra) (?:estudio|despacho|agencia|equipo|taller|oficina)`,
    'mentions their specific work (Spanish)',
  ),
  f(
    'personal',
    'buro buero studio atelier team werkstatt',
    `(?:von|aus) (?:ihrem|deinem|eurem) (?:buro|buero|studio|atelier|team|werkstatt) (?:entworfen|geplant|gebaut|gestaltet|realisiert|restauriert)`,
    'mentions their specific work (German)',
  ),
  f('personal', 'asked', `you asked (?:whether|if|about|for|how|what|why|on|in)${gap(4)}`, (_m, ctx) => (/(?:podcast|thread|forum|post|talk|episode|panel|webinar|channel|slack|twitter|reddit|discord|stack overflow|newsletter|livestream|stream)/.test(ctx.sentence) ? 'mentions a question they asked in public' : undefined), { mode: 'statement' }),
  f('personal', 'answering', `(?:for|by) answering my question${gap(4)}`, 'mentions their answer to a question'),
  f('personal', 'both', `both (?:of )?our (?:${W} )?(?:dissertations|theses|phds|advisors|supervisors|teams|companies|schools|programmes|programs|labs)`, 'names something you have in common'),
  f('personal', 'long ages since', `(?:(?:far )?too long since|(?:it's )?been (?:ages|forever|too long) since|long time since) (?:the|our|we)${gap(4)}`, 'recalls a shared past'),
  f(
    'personal',
    'at from',
    `${YOUR} (?:${W} ){1,3}(?:from|at) (?:the )?([a-z][a-z'-]+)`,
    (m, ctx) => {
      const mods = m[0].replace(/^\S+ /, '').replace(/ (?:from|at) .*$/, '').split(' ');
      const noun = mods[mods.length - 1] ?? '';
      if (/^(?:team|company|role|job|work|time|times|years?|days|months|stint|tenure|together|career|life|position|department|experience|background|profile|colleagues?|office|boss|manager|firm|employer|org|organi[sz]ation|group|friends?|family)$/.test(noun)) return undefined;
      // "your former lead at Twilio", "your partners at ILTACON", "your batch at IIT": people or a group of theirs, not their work
      if (PEOPLE_NOUN.test(noun) || PEOPLE_NOUN.test(noun.replace(/s$/, ''))) return undefined;
      // "your brother-in-law Marcus at CrossFit", "your alto section at St Agnes": a person or a group of theirs, named
      if (mods.some((w) => PEOPLE_NOUN.test(w) || /-in-law$|^(?:section|choir|band|ensemble|unit|ward|shift|crew)$/.test(w))) return undefined;
      if (mods.some((w) => NOT_MODIFIER.has(w))) return undefined;
      return nameAt(m, ctx) ? 'mentions their specific work' : undefined;
    },
    // "your keynote at PyCon": at and from are too common to gate on, but no other word is certain
    { commonKeys: true },
  ),
  f(
    'personal',
    'etait etions tous toutes',
    `(?:on etait|nous etions|on a ete) (?:tous|toutes) (?:les )?deux`,
    'points out a commonality (French)',
  ),
  f('personal', 'article', `(?:ton|votre) (?:${W} )?article (?:dans|paru|publie|sur)`, 'mentions their specific work (French)'),
  f(
    'personal',
    'abbiamo facevamo eravamo stesso stessa tua tuo sua suo',
    `(?:(?:abbiamo fatto|facevamo|abbiamo studiato|eravamo) (?:lo stesso|la stessa|insieme)|(?:lo )?stess[oa] (?:master|corso|universita|scuola|programma|dottorato)|(?:(?:la|della|dalla|nella|sulla|alla) (?:tua|sua)|(?:il|del|dal|nel|sul|al) (?:tuo|suo)) (?:${W} )?(?:tesi|articolo|talk|intervento|libro|progetto|lavoro|podcast|post|ricerca|presentazione|blog|ricetta|ricette|canale|video|corso|newsletter|puntata|episodio|intervista|rubrica|mostra|relazione|recensione)(?: ${W})? (?:su|sui|sul|sulla|sugli|sull'${W}|di|del|della|dell'${W}|al|alla|"${W}))`,
    'points out a commonality or their work (Italian)',
  ),
  f(
    'personal',
    'sua seu tua teu',
    `(?:sua|seu|tua|teu) (?:${W} )?(?:palestra|artigo|post|podcast|livro|blog|trabalho|projeto|apresentacao|episodio|video|tese|pesquisa|guia|relatorio|estudo|entrevista|curso|newsletter|comentario|repositorio|biblioteca|thread|fio|coluna|documentario|paper|painel|keynote)(?: ${W})? (?:no|na|sobre|em|de|do|da)`,
    'mentions their specific work (Portuguese)',
  ),
  f(
    'personal',
    'zaten waren je jouw uw onze ons',
    `(?:(?:we|wij) (?:zaten|waren|studeerden|werkten) (?:samen|allebei|ook)|(?:onze|ons) (?:${W} )?(?:tijd|jaren|dagen|periode|stage) (?:bij|op|in|aan)|(?:je|jouw|uw) (?:${W} )?(?:talk|artikel|blog|boek|podcast|presentatie|project|onderzoek|post|lezing|vraag|bericht|column|interview|rapport)(?: ${W})? (?:over|op|bij|in|van|naar))`,
    'points out a commonality or their work (Dutch)',
  ),
  f('personal', 'publicado publicada', `(?:su|tu) (?:${W} ){1,4}publicad[oa]`, 'mentions their specific work (Spanish)'),
  // reference
  f('reference', 'students student postdoc postdocs', `(?:(?:phd |doctoral |master's )?students?|postdocs?|mentees?|apprentices?) (?:of|under|with) ${NAME}`, named((n) => `names ${n}, whom you both studied with`)),
  f(
    'reference',
    'too well also',
    `(?:did|do|wrote|studied|worked|trained|were)(?: ${W}){0,3} (?:with|under) (?:her|him|them) (?:too|as well|also)`,
    (_m, ctx) => (/(?:prof\.?|dr\.?|professor) [a-z]|'s (?:lab|group|team)/.test(ctx.sentence) ? 'names a person you both worked with' : undefined),
  ),
  // introduction
  f(
    'introduction',
    'kontakt richtige richtigen geraten',
    `(?:(?:den )?kontakt herstellen|meinte,? (?:sie|du) (?:seien|seist|sind|bist|waren|warst) (?:genau )?(?:die|der|den) richtigen?|(?:hat|haben) (?:mir|uns) geraten,? (?:mich|uns) (?:direkt )?(?:an sie|an dich|bei ihnen|bei dir) zu (?:wenden|melden))`,
    'goes through or asks for an introduction (German)',
    { negatable: false },
  ),
  f(
    'introduction',
    'paso persona presentar presentarme',
    `(?:me (?:paso|dio) tu (?:correo|contacto|email|numero)|(?:eras|era|es|sos|eres) la persona (?:indicada|ideal|adecuada))`,
    'goes through an introduction (Spanish)',
    { negatable: false },
  ),
  f(
    'introduction',
    'presentar presentarme',
    `(?:me (?:podrias|puedes|podria|puede) presentar (?:a|con)|presentarme (?:a|con))`,
    (m, ctx) => (UNNAMED_TARGET.test(ctx.sentence) ? undefined : 'asks for an introduction (Spanish)'),
    { negatable: false, tag: 'intro-request' },
  ),
  f('introduction', 'mise copie', `(?:mise en relation|(?:en )?copie cachee)`, 'goes through an introduction (French)', { negatable: false }),
  f('introduction', 'presenter', `(?:de )?me presenter(?: a)?(?! (?:quelqu'un|une personne|des|vos|votre|tes|ton|la personne|a))`, 'asks for an introduction (French)', { negatable: false, tag: 'intro-request' }),
  f(
    'introduction',
    'dato persona',
    `(?:mi ha dato il (?:suo|tuo) (?:contatto|numero|indirizzo)|(?:e|sei) la persona giusta)`,
    'goes through or asks for an introduction (Italian)',
    { negatable: false },
  ),
  // "pourriez-vous me mettre en relation avec une personne de l'équipe RH ?": no one named, so no introduction by the labelling
  // guide; still an introduction asked (from a stranger a favour, from a friend what the seed recommends)
  f(
    'ask',
    'contact relation',
    `(?:nous|me) mettre en (?:contact|relation) (?:avec |a )?(?:quelqu'un|une personne|la personne|des personnes|l'equipe|le service|les rh|un responsable|une responsable|vos|votre)`,
    'asks for an introduction to their contacts',
    { negatable: false, tag: 'intro-request' },
  ),
  // "Mi presenteresti?", "ce la presenteresti?": a named person asked for, in a question after naming them
  f('introduction', 'presenteresti presentereste presenti', `(?:mi|ci|me l[ao]|ce l[ao]) (?:presenteresti|presentereste|presenti)(?![a-z])`, (m, ctx) => (UNNAMED_TARGET.test(ctx.sentence) ? undefined : 'asks for an introduction (Italian)'), { negatable: false, tag: 'intro-request' }),
  f('introduction', 'presentarmi presentarci mettermi metterci conoscere', `(?:presentarmi|presentarci) (?:a|al|alla|allo|con)|(?:mettermi|metterci) in contatto|(?:farmi|farci) conoscere`, (m, ctx) => (UNNAMED_TARGET.test(ctx.sentence) ? undefined : 'asks for an introduction (Italian)'), { negatable: false, tag: 'intro-request' }),
  // Spanish and Italian with the person as a pronoun ("¿sería tan amable de presentármela?", "potresti presentarmelo?"),
  // and the Brazilian "fazer a ponte"
  f('introduction', 'presentarmelo presentarmela presentarnoslo presentarnosla presentarcelo presentarcela ponte', `presentar(?:me|nos|ce)l[oa](?![a-z])|(?:fazer|faz|fizesse|fazeres) a ponte`, 'asks for an introduction (Spanish, Italian, Portuguese)', { negatable: false, tag: 'intro-request' }),
  f(
    'introduction',
    'apresentares apresentar apresentado apresentacao ponte',
    `(?:obrigad[oa]|valeu|agradeco)(?: ${W}){0,3} (?:por|pela) (?:me |nos )?(?:apresentares|apresentar|teres apresentado|ter apresentado|apresentacao|ponte)(?![a-z])`,
    'thanks the person who introduced you (Portuguese)',
    { negatable: false },
  ),
  f(
    'introduction',
    'disse-me disse passou pessoa apresentar-me',
    `(?:disse-me para (?:lhe |te )?(?:escrever|contactar|falar)|me disse para (?:lhe |te )?(?:escrever|contactar|falar)|(?:me )?passou o (?:seu|teu) (?:contato|contacto|email|numero)|(?:e|es) a pessoa (?:certa|indicada)|apresentar-me)`,
    'goes through or asks for an introduction (Portuguese)',
    { negatable: false },
  ),
  f(
    'introduction',
    'gaf zei voorstellen introduceren',
    `(?:gaf me (?:je|jouw|uw) (?:e-mailadres|mailadres|nummer|contact)|zei dat (?:jij|je|u) (?:alles weet|de juiste|het beste|veel weet)|(?:mij|me) (?:voorstellen|introduceren) aan)`,
    'goes through or asks for an introduction (Dutch)',
    { negatable: false },
  ),
  // collector
  f('collector', 'many', `as many (?:${W} ){0,3}(?:people|professionals|folks|contacts|connections) as (?:i can|possible|we can)`, 'connects with as many people as possible'),
  f('collector', 'many', `(?:connect(?:ing)?|reach(?:ing)? out|add(?:ing)?|network(?:ing)?) (?:with |to )?as many (?:${W} ){0,3}as (?:possible|i can|we can)`, 'connects with as many people as possible'),
  f(
    'collector',
    '#num',
    `(?:connect(?:ing)? with \\d[\\d,.]*k? (?:new )?(?:${W} )?(?:people|professionals|folks|${W})|\\d[\\d,.]*k?\\+? (?:connections|contacts|followers|connecties|contacten|volgers|conexiones|contactos|seguidores|conexoes|contatti|collegamenti|kontakte|follower|abonnes|relations)(?: so far| and counting| and climbing| to go)?|\\d[\\d,.]*k?\\+ and (?:climbing|counting))`,
    // ("23 conexões em comum": a count of mutual connections, not a goal)
    (m, ctx) =>
      /^ (?:em|en|in|di) (?:comum|comun|common|commun|comune)(?![a-z])/.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length, m.index - ctx.sentenceStart + m[0].length + 16))
        ? undefined
        : /connect(?:ing)? with|so far|counting|climbing|to go|\+/.test(m[0]) || /(?:connecties|contacten|volgers|conexiones|seguidores|conexoes|collegamenti|kontakte)/.test(m[0])
          ? 'chases a number of connections'
          : undefined,
    { back: 2 },
  ),
  f('collector', 'bigger merrier opentoconnect', `(?:the bigger the better|the more the merrier|opentoconnect|open to connect with everyone|piu siamo meglio e|quantos mais melhor|hoe meer hoe beter)`, 'collects connections for the number', { negatable: false }),
  f('collector', 'network', `(?:growing|building|expanding|grow|build|expand) my (?:${W} )network`, 'connects to grow a network'),
  f('collector', 'connecte tous toutes', `je (?:me )?connecte (?:avec|a) (?:tous|toutes|tout le monde)`, 'connects with everyone (French)'),
  f(
    'collector',
    'ampliando ampliare allargare allargando espandere espandendo expandindo expandir aumentando adicionando uitbreiden construindo construir fortalecendo fortalecer',
    `(?:(?:ampliando|ampliare|allargare|allargando|espandere|espandendo) la mia rete|(?:expandindo|expandir|ampliando|ampliar|aumentando|aumentar|crescer|construindo|construir|fortalecendo|fortalecer) (?:a )?minha rede|adicionando todo (?:mundo|o mundo)|(?:mijn )?netwerk (?:uitbreiden|vergroten))`,
    'connects to grow a network',
  ),
  // stock
  f(
    'stock',
    'inviter rejoindre connecte aggiungerti aggiungerla collegarmi adiciona-lo adiciona-la adicionar toevoegen connecten vernetzen',
    `(?:(?:j'aimerais |je voudrais |je souhaite )?(?:vous |te )?inviter a rejoindre mon reseau(?: professionnel)?(?: sur linkedin)?|on se connecte|(?:vorrei|mi piacerebbe) (?:aggiungerti|aggiungerla|collegarmi|connettermi)(?: alla mia rete(?: professionale)?)?(?: su linkedin)?|(?:vorrei|mi piacerebbe|desidero|desidererei) (?:entrare a far parte|far parte|entrare) (?:della|nella) (?:sua|tua|vostra) rete(?: professionale)?(?: su linkedin)?|(?:accetta|accetti|accettare) (?:il mio invito|la mia richiesta)(?: di (?:collegamento|connessione))?|(?:aceite|aceita|aceitar) (?:o )?meu (?:convite|pedido)(?: de conexao)?|(?:gostaria de|quero) (?:adiciona-lo|adiciona-la|adicionar voce|adicionar-te|te adicionar|me conectar|conectar)(?: a minha rede(?: profissional)?)?(?: no linkedin)?|(?:ik wil|ik zou) (?:je|u) (?:graag )?(?:(?:toevoegen|verbinden|uitnodigen)(?: (?:aan|in|tot|voor) (?:mijn|m'n) (?:linkedin[- ]?|professionele |zakelijke )?(?:netwerk|connecties))?|(?:aan|in|tot) (?:mijn|m'n) (?:linkedin[- ]?|professionele |zakelijke )?netwerk(?: op linkedin)? (?:toevoegen|uitnodigen))(?: op linkedin)?|(?:zullen|laten) we connecten|vernetzen wir uns)`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'filler',
    'wishing schones wochenende journee semana weekend semaine',
    `(?:wishing you(?: ${W}){0,12}|(?:ein )?schones wochenende|bonne (?:journee|semaine|soiree)|buen fin de semana|bom fim de semana|buon (?:inizio (?:di )?)?(?:weekend|fine settimana|settimana)|buona (?:giornata|serata|settimana)|buon lavoro|fijn weekend)`,
    'pleasantry',
    { negatable: false },
  ),
  // generalisations: more ways to name a shared person, to say who sent you, to ask and to offer
  f('reference', 'friend colleague classmate teammate roommate student', `(?:a |an )?(?:friend|colleague|classmate|teammate|roommate|former colleague|old colleague|student|neighbou?r) of ${NAME}(?:'s)?`, named((n) => `names ${n} and how they know them`)),
  f('reference', 'know known', `i(?:'ve)? (?:know|known|got to know|met) ${NAME} (?:from|through|since|for|via|at|in|back)`, named((n) => `names ${n} and how they know them`)),
  f(
    'reference',
    'heard learned found got',
    `(?:heard|learned|found out|read) (?:(?:so many |such |lots of |a lot of |only )?(?:great|good|wonderful|amazing|nice|lovely) things |so much |a lot |lots )?(?:about|of) (?:you|your (?:${W} ){0,2}(?:work|team|project|company)) (?:from|through|via|thanks to) ${NAME}`,
    named((n) => `names ${n}, who told them about you`),
  ),
  f(
    'introduction',
    'got name email contact details number',
    `(?:got|have|received|was given) your (?:name|email|e-mail|contact|details|number|address) (?:from|through|via|thanks to) ${NAME}`,
    named((n) => `says ${n} gave them your contact`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "ich habe deinen Kontakt von Felix bekommen", "conseguí tu contacto a través de Pablo", "j'ai eu votre contact par Pierre"
  f(
    'introduction',
    'kontakt namen contacto correo contact adresse',
    `(?:(?:habe|hab|hatte|bekam|erhielt) (?:deinen|ihren|deine|ihre) (?:kontakt|namen|e-?mail|nummer|adresse) (?:von|uber|durch) ${NAME}|(?:consegui|tengo|me dieron|recibi|obtuve|me pasaron) (?:tu|su) (?:contacto|correo|email|numero|nombre) (?:a traves de|por|gracias a|de parte de|de) ${NAME}|(?:j'ai eu|j'ai obtenu|j'ai recu|je tiens) (?:votre|ton) (?:contact|adresse|email|e-mail|mail|numero|nom) (?:par|via|grace a|de la part de|aupres de|de) ${NAME})`,
    named((n) => `says ${n} gave them your contact`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "über Felix bin ich auf dich gekommen"
  f(
    'introduction',
    'gekommen gestossen gestosen',
    `(?:uber|durch) ${NAME} (?:bin ich|sind wir) auf (?:dich|sie|euch) (?:gekommen|gesto(?:s|ss)en)`,
    named((n) => `says ${n} pointed them to you (German)`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'suggestion recommendation advice',
    `(?:at|on|following) the (?:suggestion|recommendation|advice|urging) of ${NAME}`,
    named((n) => `writes at ${n}'s suggestion`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'forwarded thinks reckons believes',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:forwarded (?:me )?your|thinks you(?:'re| are| might| could| would)|reckons you|believes you|mentioned you (?:might|could|may|would)|said you (?:might|could|may|would) (?:be able to )?help)${gap(3)}`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'making make doing introduce intro connect',
    `(?:(?:making|make|do|doing) (?:an|a|the) (?:quick |warm |double opt-in )?(?:intro|introduction) (?:to|with|between (?:me|us) and)|introduce us|intro us|connect us|(?:forward|pass) (?:this|my (?:note|message|email)) (?:on )?to) ${NAME}`,
    named((n) => `asks for an introduction to ${n}`),
    { negatable: false, tag: 'intro-request' },
  ),
  f('introduction', 'introduce intro connect', `(?:introduce|intro|connect) us\\?`, 'asks them to introduce you to someone they named', { negatable: false, tag: 'intro-request' }),
  // "Could you introduce me?" after naming someone: an introduction asked for; whether it is a favour
  // from a stranger is left to the rest of the message.
  f('introduction', 'introduce intro connect', `(?:introduce|intro|connect) me\\?`, 'asks them to introduce you to someone they named', { negatable: false }),
  f(
    'introduction',
    'recomendo sugirio aconsejo consigliato indicou sugeriu raadde contact',
    `(?:me (?:sugirio|recomendo|aconsejo) (?:contactarte|escribirte|contactarle|escribirle|hablar contigo|hablar con usted)|m'a donne (?:votre|ton) contact|hat (?:mir )?(?:ihren|deinen) kontakt gegeben|hat mich an (?:sie|dich) verwiesen|mi ha consigliato di (?:contattarti|scriverti|contattarla|scriverle)|su consiglio di|(?:me )?indicou (?:voce|o senhor|a senhora)|indicou-me|sugeriu que (?:eu )?(?:te|lhe) (?:escrevesse|contactasse)|raadde (?:me|mij) aan (?:je|u|jou) te (?:mailen|benaderen|contacteren|schrijven))`,
    'says someone pointed them to you',
    { negatable: false },
  ),
  f('ask', 'hiring', `(?:are you|is your (?:team|company|firm|org)|are you guys|is §) (?:currently |still )?hiring`, 'asks if they are hiring'),
  f(
    'ask',
    'need available',
    `(?:if you (?:ever )?need (?:a|an|any) (?:freelance |contract |part-time |remote |good |reliable )?(?:designer|developer|dev|writer|consultant|copywriter|photographer|editor|engineer|marketer|accountant|bookkeeper|va|assistant|translator|contractor|freelancer|coach|trainer|agency)|(?:i'm|i am) available for (?:freelance|contract|consulting|new) (?:work|projects|gigs|roles))`,
    'offers their services for hire',
  ),
  f('ask', 'point', `point me (?:to|toward|towards|in the direction of) (?:the right person|someone|whoever|who)`, 'asks them to pass them on'),
  f(
    'value',
    'know help helpful ever',
    `(?:let me know how (?:i|we) (?:can|could|might) (?:help|support|return|be useful)|if (?:i|we) can (?:ever )?(?:be of (?:any )?(?:help|use|service)|be helpful|help)|you might find (?:it |them |this )?(?:useful|helpful|handy|interesting)|feel free to (?:use|grab|take|borrow|steal|copy|adapt))`,
    'offers help',
  ),
  f(
    'personal',
    'also too u',
    // ("saw you also left Grab for climate tech": the same move out of the same employer)
    `(?:you|u) (?:also|too) (?:studied|worked|went to|graduated|grew up|interned|were at|did your|left|quit|moved from|came from|started at|trained at)`,
    'points out a commonality',
  ),
  f(
    'reason',
    'want learn understand',
    `i (?:want|wanted|need|needed|hope) to (?:learn|understand|ask you|hear|know more|get your|find out)${gap(4)}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'says what they want to know'),
  ),
  f(
    'reason',
    'evaluating looking building hiring planning moving switching considering migrating launching',
    `(?:my|our) (?:company|team|startup|lab|group|firm|org|school|clinic|agency) (?:is|are) (?:evaluating|looking|building|hiring|planning|moving|switching|considering|migrating|launching|opening|running|organi[sz]ing|about to)`,
    'says what they are working on',
  ),
  // personal: praise of how they did something, consumption of a named kind of work
  f(
    'personal',
    'way how admire love loved liked appreciate appreciated respect',
    `(?:(?:admire|admired|love|loved|liked|appreciate|appreciated|respect|respected|enjoyed) (?:how|the way) you|the way you) (?:handled|explained|described|framed|built|ran|led|designed|wrote|approached|tackled|structured|presented|broke down|turned|grew|scaled|answered|fixed|rebuilt|redesigned)${gap(4)}`,
    'praises how they did something specific',
  ),
  f(
    'personal',
    'read finished devoured loved enjoyed',
    `(?:read|finished|devoured|loved|enjoyed|reread|re-read) (?:reading )?${YOUR} (?:new |latest |first |recent )?(?:book|thesis|dissertation|paper|memoir|novel|cookbook|guide|handbook)`,
    'mentions their specific work',
  ),
  f(
    'personal',
    'doing done',
    `the (?:${W} ){0,2}work (?:that )?(?:you(?:'re| are)|your team(?:'s| is)) doing (?:on|at|with|in|around)${gap(3)}`,
    'mentions their specific work',
  ),
  f('personal', 'also', `(?:i'm|i am|i was) also (?:from|based in|an? (?:${W} )?(?:alum|alumnus|alumna|graduate|grad|member|volunteer|speaker|attendee)|part of|at|in) (?:${W} ){0,3}(?:too|as well)?`, (m) => (/(?:alum|graduate|grad|member|volunteer|speaker|attendee|too|as well|part of)/.test(m[0]) ? 'points out a commonality' : undefined)),
  f('personal', 'classmates colleagues teammates roommates neighbours neighbors batchmates flatmates', `we (?:were|used to be) (?:${W} )?(?:classmates|colleagues|teammates|roommates|neighbou?rs|batchmates|flatmates|labmates|coworkers|co-workers)`, 'names something you have in common'),
  // value: more ways to offer
  f(
    'value',
    'help word cost spare',
    `(?:(?:i'd|i would) (?:love|like|be glad|be happy) to help(?: out| in any way| however| with anything| if| where)|put in a (?:good )?word for you|(?:no|zero) cost to you|(?:a )?spare (?:ticket|pass|seat|invite)|(?:that|which) (?:might|could|may) help (?:you|your))`,
    'offers help',
    { senderOnly: true, notInPitch: true },
  ),
  f('value', 'would helpful useful help', `would it (?:help|be (?:helpful|useful)) if (?:i|we) (?:shared|sent|introduced|connected|passed|forwarded|made|wrote|looked)`, 'offers something if useful'),
  // asks: softer requests
  f(
    'ask',
    'hoping hope mean great amazing kindly please',
    `(?:(?:hoping|hope) (?:that )?you (?:could|can|might|would|will)(?: ${W}){1,4}|(?:(?:it would|it'd|that would|this would) (?:mean a lot|mean the world|mean so much|be great|be amazing|be a huge help|help (?:me )?a lot)|would mean (?:a lot|the world|so much)) if you (?:could|would|can|gave|shared|followed|took|had|did)(?: ${W}){1,4}|(?:kindly|please|pls|plz) (?:help|assist|consider|share|forward|refer|guide|advise|review|recommend|introduce)(?: ${W}){0,3})`,
    'asks them for a favour',
  ),
  f(
    'introduction',
    'raadde sugeriu indicou consigliato recomendo sugirio animo suggere',
    `${NAME}${APPOSITIVE},? (?:raadde (?:me|mij) aan|sugeriu(?: que)?|me indicou|indicou-me|mi ha consigliato|me recomendo|me sugirio|me animo|m'a suggere|hat mir geraten|hat mir empfohlen)`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'reference',
    'nuestro nuestra nostro nostra nosso nossa notre onze unser unsere',
    `(?:o |a |il |la |el |le )?(?:nuestr[oa]|nostr[oa]|nosso|nossa|notre|onze|unser|unsere|unserer)(?: ${W})? (?:amig[oa]|amico|amica|ami|amie|colega|collega|collegue|kollege|kollegin|vriend|vriendin|freund|freundin|conocid[oa]|conhecid[oa]|contacto|contatto|contato)(?: (?:en comun|in comune|em comum|commun|commune|gemeinsamer?|gemeenschappelijke|mutu[oa]))?,? ${NAME}`,
    named(refWhy('as someone you both know')),
  ),
  f(
    'reason',
    'love',
    `(?:we'd|i'd|we would|i would) love (?:a|an|some|two|a few) (?:${W} )?(?:volunteer|volunteers|mentor|mentors|speaker|speakers|guest|guests|panelist|panelists|judge|judges|advisor|advisors|reviewer|reviewers|beta testers?|contributors?)`,
    'invites them to take part',
  ),
  // familiarity: a friend, not a stranger
  f(
    'familiar',
    "lang hoe quanto tanto cuanto lange ca fait da conheces conosci conoces tudo tutto ricordi acuerdas lembras-te free great good lovely seeing see catching que tal random ask question frage one kennst connais bosse nessun worries pressure fine problem problema prisa souci stress hey oye coucou salut ciao hope ages long owe treating du tu bother comfortable while been how how's right catching seeing since new oder nicht non no vero hein nao toch kent worries random remember ricordi acuerdas acuerda souviens souvenez erinnerst lembra lembras weet",
    `(?:no worries if (?:not|it's|its|that's|thats|you|u)|no pressure|(?:totally|absolutely|completely) fine if|feel free to say no|(?:sin prisa|ningun problema|pas de souci|kein (?:problem|stress)|nessun problema)|been (?:ages|forever|a while)|too long since|long time no|how have you been|how's (?:life|the new|your new)|hope (?:the|your) new ${W} is|(?:great|good|lovely) (?:seeing|to see|catching up with) you|since we (?:last )?(?:spoke|talked|caught up|worked together)|hope (?:the|your) (?:little one|little ones|kids|baby|new baby|bump|twins|pup|puppy|new house|move|house move|wedding planning|knee|back|leg|recovery)(?: ${W}){0,2} (?:is|are|was|went|has|have|'s)|hope (?:(?:the|your) )?(?:new )?(?:${W} is|${W}'s|${W} are|is) treating you well|(?:only )?if it's no bother|no bother if not|if you(?:'re| are| feel) comfortable|(?<=, )(?:right|oder|nicht|non|no|vero|hein|nao) ?\\?|hey|oye|coucou|salut|ciao|du kennst|tu connais|jij kent|je kent|(?:tu )?conheces|(?:tu )?conosci|lang niet (?:gesproken|gezien)|hoe bevalt|(?:quanto|tanto|cuanto|cuánto) tempo|cuanto tiempo|tanto tiempo|lange nicht (?:gesehen|gehort|gesprochen)|(?:ca|ça) fait (?:longtemps|une eternite)|da quanto tempo|(?:tu )?conoces (?:a|bien|bem)|tudo bem(?: por ai)? ?\\?|tutto bene ?\\?|ti ricordi che|te acuerdas que|lembras-te que|toch ?\\?|(?:jij|je) (?:werkte|kende|zat|was|woonde|speelde) toch|tu as bosse|(?:kurze|petite) (?:frage|question)|quick one|random ask|random one|random q|random question|(?:do you |you )?remember me\\?|ti ricordi di me|te acuerdas de mi|se acuerda de mi|tu te souviens de moi|vous vous souvenez de moi|erinnerst du dich (?:noch )?an mich|(?:voce )?(?:se )?lembra de mim|lembras-te de mim|weet je nog wie ik ben|que tal (?:por|todo|en|va|andas|sigues))`,
    'writes as a friend',
    { negatable: false },
  ),
];


// ---------------------------------------------------------------------------------------------
// Second generalisation round (tune4): people both know named without the usual verbs, shared
// teachers and managers, greetings of an introduction, and commonalities in more words.
const TITLED_WORK = `(?:${WORK}|mod|album|record|ep|show|zine|game|campaign|single|mixtape|map|level|seminar|class|exhibition|production|installation|sermon)`;
const ROUND2: Family[] = [
  // "Jane Smith and I are organising a meetup", "X and I have known each other for years": the derived gate
  // of the general "X and I ..." family skips common verbs (are, have), so these are gated on what follows.
  f(
    'reference',
    'organising organizing building running writing starting hosting planning co-organising co-hosting known collaborating teaching researching developing co-teaching',
    `${NAME} and i (?:are|were|have been|'ve been|had been) (?:${W} )?(?:organising|organizing|building|running|writing|starting|hosting|planning|co-organising|co-hosting|putting together|working on|collaborating|teaching|co-teaching|researching|developing)|${NAME} and i have (?:${W} )?known each other`,
    (m, ctx) => (pointsOnward(m, ctx) ? named(refWhy('and how you know them'))(m, ctx) : namedLinked(refWhy('and how you know them'))(m, ctx)),
    { negatable: false },
  ),
  // "I saw you're speaking at LeadDev next month about on-call": their talk, announced
  f(
    'personal',
    'speaking presenting keynoting hosting',
    `(?:saw|noticed|see|heard|read)(?: that)? (?:you(?:'re| are| will be|'ll be)|${YOUR} (?:${W} )?(?:is|are)) (?:speaking|presenting|giving a (?:talk|keynote|workshop)|running a (?:workshop|session)|keynoting|hosting (?:a|the) (?:${W} )?(?:panel|workshop|session|meetup)) (?:at|on|about|during)${gap(4)}`,
    'mentions their upcoming talk',
  ),
  // "the great question you asked at my talk in Bristol"
  f(
    'personal',
    'question asked',
    `(?:the|your|that) (?:${W} )?question (?:you )?asked (?:at|during|in|after)${gap(4)}`,
    'mentions their question at an event',
  ),
  // Works outside tech: "your mural on Stokes Croft", "your EP about the Fens"
  f(
    'personal',
    'mural painting sculpture installation exhibition song track film documentary play novel poem zine mixtape',
    `${YOUR} (?:${W} )?(?:mural|painting|sculpture|installation|exhibition|song|track|film|documentary|play|novel|poem|zine|mixtape) (?:on|at|in|about|for|called|titled|from|"|§)${gap(3)}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions their specific work'),
  ),
  // "I was chatting with Jane Smith about onboarding and your name came up"
  f(
    'introduction',
    'came mentioned',
    `(?:chatting|talking|speaking|spoke|talked|chatted) (?:with|to) ${NAME}(?: ${W}){0,6},? (?:and|when) ${YOUR} name (?:came up|was mentioned)`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "a big thank you to Jane Smith for connecting us"
  f(
    'introduction',
    'connecting introducing intro introduction',
    `(?:thanks|thank you) to ${NAME} for (?:connecting|introducing) us|(?:thanks|thank you) to ${NAME} for (?:the|this|her|his) (?:kind |warm )?(?:intro|introduction)`,
    named((n) => `thanks ${n} for the introduction`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "CAN WE TALK?" on its own: a request for their time
  f(
    'ask',
    'talk chat speak',
    `(?:can|could|shall) we (?:talk|chat|speak|have a (?:quick |short )?(?:call|chat))(?: (?:soon|this week|next week|sometime))?\\?`,
    'asks for their time (a call)',
    { tag: 'call' },
  ),
  // Something made for them: "I put together a short teardown of your onboarding"
  f(
    'value',
    'put made wrote drafted built recorded sketched mocked',
    `(?:i|we)(?:'ve| have)? (?:put together|made|wrote up|drafted|built|recorded|sketched|mocked up) (?:a |an |some |two |three |a few |a quick |a short )?(?:${W} ){0,2}(?:teardown|audit|mockup|mock-up|mockups|prototype|analysis|report|list|summary|review|redesign|fix|patch|video|loom|walkthrough|breakdown|critique|memo|spreadsheet|checklist|comparison)(?: ${W}){0,3} (?:of|for|on) ${YOUR}`,
    'made something for them',
    { senderOnly: true },
  ),
  // People offered: "I have a couple of candidates who might suit your open SRE role"
  f(
    'value',
    'candidates engineers developers designers people folks contacts nurses',
    `(?:i have|i know|i've got|we have) (?:a |an |two |three |four |a few |a couple of |some |several )?(?:${W} ){0,2}(?:candidates?|engineers|developers|designers|people|folks|contacts|nurses|analysts|freelancers)(?: ${W}){0,3} (?:for|who (?:might|could|would) (?:suit|fit|be great for|be perfect for|be right for)) ${YOUR}`,
    'offers people they know',
  ),
  // A job lead asked for: "Do you know anyone hiring?"
  f(
    'ask',
    'know',
    `(?:do|would|might) you (?:happen to )?know (?:anyone|anybody|someone|somebody|any (?:companies|teams|firms|studios|people)) (?:who(?:'s| is| are)? |that(?:'s| is| are)? )?(?:hiring|looking for|recruiting|with (?:openings|vacancies))`,
    'asks for a job lead',
    { requestOnly: true },
  ),
  // "you may remember me from Tom Baker's wedding": an occasion of a person both know
  f(
    'reference',
    'remember saw met',
    `(?:remember me from|(?:i )?(?:met|saw) you at|we (?:first )?met at) ${NAME}'s (?:farewell|leaving|goodbye|going-away|birthday|wedding|party|drinks|dinner|barbecue|bbq|housewarming|launch|defen[cs]e|retirement|christening|funeral|book launch|gig|show|talk)`,
    named((n) => `names ${n}, at whose event you met`),
    { negatable: false },
  ),
  // Greetings sent through the recipient: "please give Mark Li my regards", "say hi to Mark for me"
  f(
    'reference',
    'give say regards hi hello',
    `(?:give|send) ${NAME} my (?:best|regards|love|greetings)|say (?:hi|hello) to ${NAME}(?: for me| from me)`,
    named(refWhy('whom you both know')),
    { negatable: false },
  ),
  // ... and without "for me" ("Say hi to Dermot Kelly if you still see him", "Give my love to Sister Okafor"), and in
  // the other languages: "Grüß Miriam Schäfer von mir!", "salue Julien de ma part", "dale saludos a Pablo",
  // "salutami Giulia", "manda um abraço pro Rodrigo", "doe de groeten aan Femke".
  f(
    'reference',
    'give send say pass greet please pls plz kindly grus gruss gruse grusse salue saluda dale salutami saluta manda mande da de diga doe',
    `(?:(?:give|send|pass on) (?:my |our )?(?:love|best|regards|greetings|best wishes|warmest regards) to|say (?:hi|hello) to|(?:please |pls |plz |kindly )?greet|gru(?:ss|s)e?|(?:salue|saluez|embrasse|embrassez)|passe(?:z)? le bonjour a|(?:saluda|saludale|dale|dele) (?:saludos |recuerdos |un saludo |un abrazo )?a|(?:salutami|salutatemi|saluta|saluti a)|(?:manda|mande|da|de|diga) (?:um )?(?:abraco|beijo|oi|ola)(?: (?:meu|nosso))? (?:para|pro|pra|ao|a|no|na)|doe (?:de )?(?:groeten|hem de groeten|haar de groeten) aan) ${NAME}(?= (?:(?:herzlich|schon|lieb|ganz lieb) )?(?:von mir|von uns|de ma part|de notre part|de mi parte|da parte mia|por mim|van mij|for me|from me|on my behalf|if|when|next|if you|and|et|y|und|e|en)(?![a-z])|[,.!?;:)]| *$)`,
    named(refWhy('whom you both know')),
    { negatable: false },
  ),
  // "Peter has been singing your praises"
  f(
    'reference',
    'singing sings sang praises enough',
    `${NAME}${APPOSITIVE}(?: has| 's)?(?: been)? (?:singing|sings|sang) ${YOUR} praises|${NAME}${APPOSITIVE} (?:can't|cannot|couldn't) say enough (?:good|nice|great) things about you`,
    named(refWhy('who speaks of you')),
    { negatable: false },
  ),
  // "remember Peter Wong from the Berlin office?"
  f(
    'reference',
    'remember',
    `remember ${NAME} (?:from|at|in|on)`,
    (m, ctx) => (/\?/.test(ctx.sentence) ? named(refWhy('as someone you both know'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // "Peter Wong put your name forward"
  f(
    'introduction',
    'put forward',
    `${NAME}${APPOSITIVE}${AFFIL},? (?:put|put forward) (?:your name|you)(?: forward)?(?: (?:to me|for))?`,
    (m, ctx) => (/forward/.test(m[0]) ? named((n) => `says ${n} pointed them to you`)(m, ctx) : undefined),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "through Peter Wong I learned about your work"
  f(
    'reference',
    'through via',
    `(?:through|via|thanks to) ${NAME},? (?:i|we) (?:learned|learnt|heard|found out|came across|discovered|got to know)`,
    named(refWhy('through whom they learned of you')),
    { negatable: false },
  ),
  // Asks in more words: time for a demo, minutes of advice, a look, a job at their place (en/fr/nl)
  f(
    'ask',
    'have',
    `(?:would|do|could|will) you have (?:a |an )?(?:half an hour|an hour|half hour|(?:\\d+|ten|fifteen|twenty|thirty) (?:minutes|mins))(?: ${W}){0,2} (?:for|to) (?:a |an |the )?(?:demo|call|chat|coffee|meeting|talk|walkthrough|conversation)`,
    'asks for their time (a call or a demo)',
    { tag: 'call' },
  ),
  f(
    'ask',
    'minutes mins min hour',
    `(?:\\d+|ten|fifteen|twenty|thirty|a few|half an) (?:minutes|mins|min|hour) of (?:${YOUR} )?(?:advice|expertise|wisdom|guidance|insight|brain)`,
    'asks for their advice',
  ),
  f(
    'ask',
    'need use room spot take',
    `(?:any chance|do|would|could|might|does) (?:you|${YOUR} (?:team|crew|company|firm|band|studio|practice)) (?:need|needs|could use|have room for|have a spot for|take on)(?: (?:a|an|another|one more|any|an extra|extra))? (?:${W} ){0,2}(?:engineer|developer|designer|planner|nurse|electrician|plumber|carpenter|joiner|hand|hands|apprentice|intern|assistant|freelancer|contractor|labourer|laborer|surveyor|dep|bassist|drummer|guitarist|musician|tutor|teacher|writer|editor|analyst|researcher|programmer|artist|technician)s?`,
    'asks about a job',
    { requestOnly: true },
  ),
  f(
    'ask',
    'job role position work placement internship',
    `(?:looking for|seeking|searching for|want|would like) (?:a |an )?(?:${W} ){0,2}(?:job|role|position|work|placement|internship)(?: ${W}){0,5} (?:in|at|with|for) ${YOUR} (?:company|firm|team|organi[sz]ation|org|practice|studio|office|hospital|school|lab|group|agency)`,
    'asks for a job at their place',
  ),
  f(
    'ask',
    'auriez avez aurais as hebben heeft heb',
    `(?:(?:auriez|avez|aurais|as)[- ](?:vous|tu) (?:un|une) (?:poste|place|stage|alternance|emploi|job|cdi|cdd)|(?:hebben|heeft|heb) (?:jullie|u|je) (?:nog )?(?:een )?(?:plek|plekje|stageplek|stageplaats|vacature|baan|stage|plaats))`,
    'asks about a job (French, Dutch)',
  ),
  // "Ana Whitlock is the reason I'm writing", "ana's the reason i'm messaging"
  f(
    'introduction',
    'reason why',
    `${NAME}(?: is|'s) (?:the (?:reason|person|one) (?:why )?|why )(?:i'm|i am|i) (?:writing|reaching out|messaging|getting in touch|emailing|contacting you|in ${YOUR} (?:inbox|dms)|dm'ing|dming|here)`,
    named((n) => `says ${n} is why they are writing`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "Per Lucia, you're the person to ask about ..."
  f(
    'introduction',
    'per according',
    `(?:per|according to) ${NAME},? (?:you|u)(?:'re| are|'d be| would be| might be| may be) (?:the|a|my) (?:right |best |ideal |perfect |go-to )?(?:person|one|contact|expert|go-to)`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "your name came up as ..., from Kim Hollis at the growers group"
  f(
    'introduction',
    'came mentioned coming',
    `${YOUR} name (?:came up|was mentioned|kept coming up|keeps coming up)(?:,? ${W}){0,10},? (?:from|through|via|by|with) ${NAME}`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "Thanks Rosa (moving you to bcc)": the introducer, greeted in the reply to an introduction.
  f(
    'introduction',
    'bcc',
    `(?:thanks|thank you|many thanks|cheers)(?: so much| again)?,? ${NAME},? \\(?(?:(?:moving|moved|move) (?:you|${W}) to bcc|(?:to|in) bcc)`,
    named((n) => `thanks ${n} for the introduction`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // French / Dutch go-betweens: "Camille Roux m'a donné votre adresse", "Daan zei dat ik je moest benaderen"
  f(
    'introduction',
    'donne transmis passe zei vertelde gaf raadde',
    `${NAME}${APPOSITIVE},? (?:m'a (?:donne|transmis|passe|communique) (?:votre|ton|vos|tes) (?:adresse|contact|coordonnees|email|e-mail|mail|numero)|(?:zei|vertelde|raadde me aan|adviseerde)(?: me)?(?: dat)? (?:ik )?(?:je|u|jou) (?:moest |moet |zou |kon )?(?:benaderen|contacteren|mailen|schrijven|bellen|een bericht sturen|appen)|gaf me (?:je|uw|jouw) (?:nummer|e-?mail|contact|gegevens|naam))`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // A teacher or manager both had: "we overlapped at Monzo under Dev", "we both learned joinery under
  // Master Chen Li", "we both did our doctorates with Prof. Morales" (a person both know, and a commonality).
  f(
    'reference',
    'under',
    `(?:we|you and i|you and me|me and you)(?: (?:both|all|each|now both|both now))? (?:${W} ){1,4}under ${NAME}`,
    (m, ctx) => (/^(?:we|you and i|you and me|me and you) both/.test(m[0]) || /^(?:you and|me and)/.test(m[0]) ? named((n) => `names ${n}, whom you both worked under`)(m, ctx) : namedLinked((n) => `names ${n}, whom you both worked under`)(m, ctx)),
    { negatable: false },
  ),
  f(
    'reference',
    'did studied learned learnt trained apprenticed clerked interned',
    `(?:we|you and i) both (?:did|studied|learned|learnt|trained|apprenticed|clerked|interned|wrote)(?: ${W}){0,3} (?:with|under|for) ${NAME}`,
    named((n) => `names ${n}, whom you both studied with`),
    { negatable: false },
  ),
  f(
    'personal',
    'under did studied learned learnt trained apprenticed clerked interned',
    `(?:(?:we|you and i|you and me|me and you)(?: (?:both|all|each|now both|both now))? (?:${W} ){1,4}under|(?:we|you and i) both (?:did|studied|learned|learnt|trained|apprenticed|clerked|interned|wrote)(?: ${W}){0,3} (?:with|under|for)) ${NAME}`,
    (m, ctx) => (/^(?:we|you and i|you and me|me and you) both/.test(m[0]) || linked(ctx) ? named((n) => `names ${n}, a teacher or manager you shared`)(m, ctx) : undefined),
  ),
  // "we were both on Big Eddie Walsh's tunnelling crew"
  f(
    'reference',
    'team crew squad lab shift ward class group course desk unit band choir cohort',
    `(?:we were|we were both|we both were|you and i were|me and you were) (?:on|in) ${NAME}'s (?:${W} ){0,2}(?:team|crew|squad|lab|shift|ward|class|group|course|desk|unit|band|choir|cohort)`,
    named((n) => `names ${n}, on whose team you both were`),
    { negatable: false },
  ),
  f(
    'personal',
    'team crew squad lab shift ward class group course desk unit band choir cohort',
    `(?:we were|we were both|we both were|you and i were|me and you were) (?:on|in) ${NAME}'s (?:${W} ){0,2}(?:team|crew|squad|lab|shift|ward|class|group|course|desk|unit|band|choir|cohort)`,
    named((n) => `names ${n}'s team, where you both were`),
  ),
  // "me and Ravi Patel were on your bridges team at Arup"
  f(
    'personal',
    'team squad lab crew cohort batch group class shift ward desk unit',
    `(?:me and|and i|and me) (?:${W} ){1,2}were (?:both )?(?:on|in) ${YOUR} (?:${W} ){0,2}(?:team|squad|lab|crew|cohort|batch|group|class|shift|ward|desk|unit)`,
    'names something you share',
  ),
  // Spanish commonality: "coincidimos en urgencias del Hospital La Paz"
  f(
    'personal',
    'coincidimos coincidiamos juntos juntas companeros companeras trabajabamos estudiabamos estabamos',
    `(?:(?:coincidimos|coincidiamos) (?:en|durante|cuando|a)|(?:estuvimos|trabajamos|estudiamos|estabamos|trabajabamos|estudiabamos) (?:juntos|juntas) en|fuimos (?:companeros|companeras) (?:de|en))${gap(3)}`,
    'points out a commonality (Spanish)',
  ),
  // "per our chat at your stand at Ecobuild yesterday"
  f(
    'personal',
    'chat conversation talk',
    `(?:per|following|after|further to|following up on|re) our (?:brief |quick |short |great |lovely |nice )?(?:chat|conversation|talk) (?:at|during|after|by|in|yesterday|last)${gap(5)}`,
    'mentions meeting them somewhere specific',
  ),
  f(
    'reason',
    'chat conversation talk',
    `(?:per|following|further to|following up on|re) our (?:brief |quick |short |great |lovely |nice )?(?:chat|conversation|talk)${gap(5)}`,
    'follows up on a conversation',
  ),
  // Praise of their work passed on by a mutual: "Halvorsen couldn't stop talking about your seminar on ..."
  f(
    'personal',
    'stop telling talking raving',
    `(?:(?:couldn't|can't|won't|could not|cannot) stop (?:talking|raving|going on)|(?:keeps|kept|is always|was always) (?:telling me|talking|raving|going on)) about ${YOUR} (?:${W} ){0,2}${TITLED_WORK}(?: (?:on|about|at|in|for) ${W})`,
    'mentions their specific work (praised by someone both know)',
  ),
  // Their work by its title in quotes: "your "tabletop-rng" library"
  f(
    'personal',
    'library mod album record ep show zine game campaign single mixtape map level tool app project podcast book course',
    `${YOUR} "[^"]{2,40}" (?:${W} )?${TITLED_WORK}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'names their work by its title'),
  ),
  // "the Kingsway refurb you ran": a project they ran, in trades' words
  f(
    'personal',
    'refurb renovation retrofit build fit-out extension conversion restoration job site production tour album ep record show exhibition campaign',
    `the (?:${W} ){0,3}(?:refurb|renovation|retrofit|build|fit-out|extension|conversion|restoration|job|site|production|tour|album|ep|record|show|exhibition|campaign) (?:that )?(?:you|you've|you have) (?:ran|run|led|managed|built|did|designed|made|produced|organi[sz]ed|curated|restored|finished)`,
    'mentions something they did',
  ),
];

// ---------------------------------------------------------------------------------------------
// Third round (tune5): their work named by artefacts outside the usual list, a teacher or judge both had,
// "X and I are neighbours / play five-a-side / have been co-writing", "on behalf of X".
const ARTEFACT = `(?:sermon|homily|patent|notebook|kernel|recipe|recipes|zine|chart|graph|spreadsheet|typeface|font|route|rfc|design doc|bug report|gist|map|mural|podcast|playlist|pattern|recipe blog|cookbook|grant report|annual report|white paper|whitepaper|poster|infographic|dashboard|class|classes|lessons|patch|patches|print|prints|photo|photos|photographs|illustration|illustrations|quilt|checklist|template|toolkit|handbook|playbook|reel|reels|clip|clips|tagline|slogan|launch line|headline|jingle|award|grant|fellowship)`;
/** The next sentence, or the rest of this one, says the person pointed the sender to the recipient (any language). */
function pointsOnwardAny(m: RegExpExecArray, ctx: MatchContext): boolean {
  if (pointsOnward(m, ctx)) return true;
  const after = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 200).toLowerCase();
  return /^[^\n]{0,120}?(?:\b(?:he|she|they) (?:said|says|told me|reckons|thinks|thought|suggested|mentioned)\b|\bme (?:dijo|dijeron|comento|comentó|conto|contó|recomendo|recomendó)\b|\b(?:sie|er) (?:meinte|sagte|hat mir)\b|\b(?:elle|il) m'a (?:dit|conseill)|\bm'a dit\b)/.test(after);
}
const linkedOrOnward = (why: (name: string) => string) => (m: RegExpExecArray, ctx: MatchContext) =>
  linked(ctx) || pointsOnwardAny(m, ctx) ? named(why)(m, ctx) : undefined;
/** A name of up to three words ("Mary Kate Byrne", "Jorge Luis Medina"); only for families that check every word is capitalised. */
const NAME3 = NAME.replace("(?: [a-zæœ][a-zæœ'-]{1,20})?|", "(?: [a-zæœ][a-zæœ'-]{1,20}){0,2}|");
if (NAME3 === NAME) throw new Error('NAME3: the second word of NAME is not where NAME3 expects it');
/** Every word of the captured name is capitalised (or the message is caseless): "Kubernetes SIG docs" is no name. */
function wholeName(m: RegExpExecArray, ctx: MatchContext): boolean {
  const i = m.indices?.[1];
  if (!i || ctx.caseless) return true;
  return ctx.orig
    .slice(i[0], i[1])
    .split(' ')
    .every((w) => NAME_WORD_START.test(w));
}
const ROUND3: Family[] = [
  // "your sermon last Sunday on the labourers", "your pull request adding ...", "your zine Tidewrack at ...":
  // an artefact of theirs, made specific by what follows (as for talks and posts).
  f(
    'personal',
    'sermon homily patent notebook kernel recipe recipes zine chart graph spreadsheet typeface font route rfc doc report gist map mural podcast playlist pattern blog cookbook paper whitepaper poster infographic dashboard class classes lessons patch patches print prints photo photos photographs illustration illustrations quilt checklist template toolkit handbook playbook reel reels clip clips tagline slogan line headline jingle award grant fellowship',
    `(?:${YOUR}|§'s|§) ((?:${W} ){0,3})?(${ARTEFACT})((?: (?:${W} )?${SPECIFIER}(?: ${W}){0,4})|(?: "[^"]{1,60}"))?`,
    specificWork,
    { senderOnly: true },
  ),
  // "the patch you sent to the ext4 list", "the route you mapped through the Peaks": an artefact they made
  f(
    'personal',
    'sent submitted mapped drew plotted filed posted shared published wrote built made designed released',
    `(?:the|that|this) (?:${W} ){0,3}${ARTEFACT} (?:that )?(?:you|you've|you have) (?:recently |just )?(?:sent|submitted|mapped|drew|plotted|filed|posted|shared|published|wrote|built|made|designed|released)(?: (?:to|on|for|in|at|through|about|of|last|during) ${W})`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions something they did'),
  ),
  // "you mentored me at Founders and Coders", "you interviewed me at Monzo": the sender met them, in a named place
  f(
    'personal',
    'mentored interviewed taught coached trained supervised hired managed onboarded examined',
    `(?:you|you've|you have) (?:once |kindly )?(?:mentored|interviewed|taught|coached|trained|supervised|hired|managed|onboarded|examined) me (?:at|in|on|during|for|back at|back in) ${W}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'recalls where they met'),
    { mode: 'statement' },
  ),
  // "I was one of your students on the 2018 bootcamp"
  f(
    'personal',
    'students student mentees mentee interns intern trainees trainee apprentices apprentice',
    `(?:i was|i'm|i am|i used to be) (?:one of )?${YOUR} (?:former |old )?(?:students?|mentees?|interns?|trainees?|apprentices?)(?: (?:on|at|in|during|for) ${W})?`,
    'was their student',
  ),
  // "congratulations on winning the Stirling Prize for the Hastings library": a specific achievement
  f(
    'personal',
    'prize award medal fellowship grant',
    `(?:congrat\\w*|well done|kudos|felicidades|felicitations|gluckwunsch) (?:on|for|zum|pour|por) (?:winning|receiving|being awarded|landing|getting|your|the) (?:the |a |an )?(?:${W} ){1,3}(?:prize|award|medal|fellowship|grant)`,
    (m) => (/¤/.test(m[0]) ? undefined : 'congratulates them on a specific achievement'),
  ),
  // "read your thoughts on pricing in Lenny's Newsletter": their views, read or praised (not "I'd love your thoughts on")
  f(
    'personal',
    'thoughts take views perspective',
    `(?:read|saw|loved|enjoyed|liked|appreciated|agreed with|agree with|reading|seeing) ${YOUR} (?:recent |latest )?(?:thoughts|take|views|perspective|comments) (?:on|about) ${W}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions their views on something specific'),
  ),
  // "I've read everything you've written about usage-based pricing"
  f(
    'personal',
    'written said posted published',
    `(?:everything|all|most|much) (?:of what |that )?(?:you've|you have|you) (?:written|wrote|said|posted|published) (?:about|on) ${W}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions their specific work'),
  ),
  // "saw you were on the Lex Fridman podcast last week"
  f(
    'personal',
    'podcast show panel episode stream livestream radio',
    `(?:saw|heard|noticed|see)(?: that)? you (?:were|was|are|'re|got) (?:on|a guest on|interviewed on|featured (?:on|in)) (?:the |a )?(?:[a-z0-9'-]+ ){0,4}(?:podcast|show|panel|episode|stream|livestream|radio)`,
    // "saw you were on a podcast recently": a show with no name is anyone's
    (m, ctx) => (/ (?:on|in) a (?:[a-z0-9'-]+ )?(?:podcast|show|panel|episode|stream|livestream|radio)$/.test(m[0]) && !CAPITAL_QUOTE_OR_DIGIT.test(ctx.orig.slice(m.index + m[0].lastIndexOf(' a ') + 3, m.index + m[0].length)) ? undefined : 'mentions their appearance on a show'),
  ),
  // "we're both Imperial alumni", "we share an alma mater, Imperial", "ex-Googler here too"
  f(
    'personal',
    'alumni alums grads graduates alma ex here',
    `(?:(?:we're|we are|we were) both (?:${W} ){1,3}(?:alumni|alums|grads|graduates)|we (?:share|have) (?:an|the same) alma mater,? ${W}|ex-${W} here,? too)`,
    (m) => (/ (?:university|college|uni|school|engineering|business|mba|stem|bootcamp|tech) (?:alumni|alums|grads|graduates)$/.test(m[0]) || /both (?:university|college|uni) /.test(m[0]) ? undefined : 'names something you have in common'),
  ),
  // "we're both mentors at Code First Girls", "I'm in your cohort at Reforge"
  f(
    'personal',
    'mentors volunteers coaches organisers organizers cohort batch intake',
    `(?:(?:we're|we are|we were) both (?:mentors|volunteers|coaches|organi[sz]ers) (?:at|with|for|of|in) ${W}|(?:i'm|i am|i was) (?:in|on|part of) ${YOUR} (?:cohort|batch|intake|year) (?:at|on|in|of) ${W})`,
    (m) => (/¤/.test(m[0]) ? undefined : 'names something you have in common'),
  ),
  // "following up from our chat at booth 12 at Web Summit", "thanks for stopping by our booth at Web Summit",
  // "I was at your table at the CTO dinner in Lisbon": a named place both were
  f(
    'personal',
    'chat conversation coffee catch-up booth stand table',
    `(?:(?:our|the) (?:chat|conversation|coffee|catch-up) (?:at|during|after) ${W}|(?:stopping|dropping|coming) by (?:our|my) (?:booth|stand|table) at ${W}|i was (?:at|on) ${YOUR} table at ${W})`,
    (m) => (/¤/.test(m[0]) ? undefined : 'names where you met'),
  ),
  // "your book Inspired changed how I think": a work named by a capitalised title right after the noun
  f(
    'personal',
    'book album novel game podcast newsletter zine film documentary paper library app tool',
    `${YOUR} (?:new |latest |first |recent )?(?:book|album|novel|game|podcast|newsletter|zine|film|documentary|paper|library|app|tool) ([a-z][a-z0-9'-]+)`,
    (m, ctx) => {
      const i = m.indices?.[1];
      if (!i || ctx.caseless) return undefined;
      const w = ctx.orig.slice(i[0], i[1]);
      return STARTS_CAPITALISED.test(w) && !NOT_NAMES.has(w.toLowerCase()) ? 'names their work by its title' : undefined;
    },
  ),
  // "vi tu notebook de Kaggle sobre la predicción de lluvias": Spanish, something of theirs about a topic
  f(
    'personal',
    'sobre acerca',
    `(?:vi|lei|escuche|he visto|he leido|he escuchado|mire|lei) (?:tu|su) (?:${W} ){1,4}(?:sobre|acerca de) ${W}`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions their specific work'),
  ),
  // "I clerked for Judge Ramona Diaz, a few terms after you did": a judge, teacher or supervisor both had
  f(
    'personal',
    'clerked interned apprenticed phd doctorate masters master\'s postdoc residency',
    `(?:i|i also) (?:clerked|interned|apprenticed|trained|did my (?:phd|doctorate|masters|master's|postdoc|residency)) (?:for|with|under) (?:judge |justice )?${NAME}`,
    (m, ctx) => (/(?:after|before) you(?: did)?|like you(?: did)?|as you did|same (?:${W} )?as you|you too|too\b/.test(ctx.sentence) ? named(refWhy('a teacher or judge you both had'))(m, ctx) : undefined),
    { negatable: false, alsoReference: true },
  ),
  // "Prof. Anneke Visser was my PhD supervisor too"
  f(
    'personal',
    'supervisor advisor adviser mentor tutor lecturer professor doktormutter doktorvater',
    `${NAME} (?:was|is) (?:my|our) (?:${W} )?(?:supervisor|advisor|adviser|mentor|tutor|lecturer|professor|teacher|manager) (?:too|as well)`,
    named(refWhy('a teacher you both had')),
    { negatable: false, alsoReference: true },
  ),
  // "los dos hicimos el doctorado con la Dra. Carmen Ruiz"
  f(
    'personal',
    'hicimos doctorado tesis',
    `(?:los dos|las dos|ambos|ambas) (?:hicimos|estudiamos|trabajamos) (?:el |la |un |una )?(?:doctorado|tesis|master|tfm|postdoc)? ?(?:con|bajo) (?:el |la )?${NAME}`,
    named(refWhy('a teacher you both had')),
    { negatable: false, alsoReference: true },
  ),
  // "Tomás Rivera and I are neighbours", "ruth mcallister and i are cousins", "Bea and I coach the under-12s",
  // "Leila and I have been co-writing a textbook": the common verbs carry a relation only with what follows.
  f(
    'reference',
    'neighbours neighbors cousins colleagues friends flatmates roommates housemates teammates classmates siblings bandmates coworkers co-workers cofounders co-founders pals',
    `${NAME} and i (?:are|were|have been|'ve been) (?:(?:old|close|good|great|former|best|longtime|long-time|university|uni|school) ){0,2}(?:neighbours|neighbors|cousins|colleagues|friends|flatmates|roommates|housemates|teammates|classmates|siblings|bandmates|coworkers|co-workers|cofounders|co-founders|pals)`,
    linkedOrOnward(refWhy('and how you know them')),
    { negatable: false },
  ),
  f(
    'reference',
    'play coach coached coaching sing volunteer volunteered volunteering climb row ride teach taught co-writing co-written cowriting co-run co-host share shared sharing',
    `${NAME} and i (?:(?:have |'ve )?(?:been )?)?(?:play|coach|coached|coaching|sing|volunteer|volunteered|volunteering|climb|row|ride|teach|taught|co-writing|co-written|cowriting|co-run|co-host|share|shared|sharing)`,
    linkedOrOnward(refWhy('and how you know them')),
    { negatable: false },
  ),
  // "Katrin Vogel und ich sind alte Studienfreundinnen", "Jorge Luis Medina y yo trabajamos juntos"
  f(
    'reference',
    'studienfreundinnen studienfreunde freunde freundinnen kollegen kolleginnen nachbarn kommilitonen trabajamos estudiamos somos fuimos coincidimos jugamos compartimos',
    `${NAME3} (?:und ich (?:sind|waren) (?:${W} )?(?:studienfreundinnen|studienfreunde|freunde|freundinnen|kollegen|kolleginnen|nachbarn|kommilitonen)|y yo (?:trabajamos|estudiamos|somos|fuimos|coincidimos|jugamos|compartimos))`,
    (m, ctx) => (wholeName(m, ctx) ? linkedOrOnward(refWhy('and how you know them'))(m, ctx) : undefined),
    { negatable: false, names: true, back: 20 },
  ),
  // "Eu e a Beatriz Lima estamos no mesmo grupo de corrida", "io e Giulia Conti lavoravamo insieme", "Claire Martin et moi avons travaillé ensemble"
  f(
    'reference',
    'estamos somos trabalhamos trabalhavamos estudamos fomos jogamos corremos treinamos siamo eravamo lavoriamo lavoravamo giochiamo abbiamo sommes etions travaillons travaillions avons',
    `(?:eu e (?:a |o )?${NAME} (?:estamos|somos|trabalhamos|trabalhavamos|estudamos|fomos|jogamos|corremos|treinamos)|io e ${NAME} (?:siamo|eravamo|lavoriamo|lavoravamo|giochiamo|abbiamo (?:lavorato|studiato|giocato|fatto))|(?:moi et ${NAME}|${NAME} et moi),? (?:sommes|etions|travaillons|travaillions|avons (?:travaille|etudie|joue|fait)))(?![a-z])`,
    linkedOrOnward(refWhy('and how you know them')),
    { negatable: false },
  ),
  // "vi que conoces a Diego Ferrer", "vi que você conhece a Beatriz", "je vois que vous connaissez Claire Martin", "vedo che conosci Giulia":
  // someone both know, as "I see you know X" (not the person an introduction is then asked to)
  f(
    'reference',
    'conoces conoce conoceis conhece conheces connaissez connais conosci conosce',
    `(?:(?:vi|veo|he visto) que (?:tu |usted )?(?:conoces|conoce|conoceis) a|(?:vi|vejo) que (?:voce |tu )?(?:conhece|conheces)(?: a| o)?|(?:je vois|j'ai vu|je remarque|j'ai remarque) que (?:vous connaissez|tu connais)|(?:vedo|ho visto|noto|ho notato) che (?:conosci|conosce|lei conosce)) ${NAME}`,
    (m, ctx) =>
      ROMANCE_INTRO_ASK_OR_QUESTION.test(ctx.orig.slice(m.index, m.index + 400).toLowerCase())
        ? undefined
        : named((n) => `names ${n} as someone you both know`)(m, ctx),
    { negatable: false },
  ),
  // "I'm writing on behalf of Helen Achebe, who asked me to send you ...", "de la part de Sophie Marchand : elle"
  f(
    'introduction',
    'behalf part parte nombre auftrag',
    `(?:on behalf of|de la part de|de parte de|en nombre de|im auftrag von) ${NAME}(?:,? (?:who|qui|que|quien|der|die)| ?:? (?:she|he|elle|il|ella|el|sie|er))`,
    named((n) => `writes on behalf of ${n}`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // Three-word names with the usual go-between verbs ("Mary Kate Byrne thought we should meet"): the two-word
  // families reject "Kate Byrne" as a name starting inside a name; every word must be capitalised.
  f(
    'reference',
    'vouched vouches thought thinks speaks spoke suggested told said mentioned recommended',
    `${NAME3} (?:(?:vouched|vouches) for you|(?:thought|thinks) (?:we|you two|the two of us) (?:should|would|might)|(?:speaks|spoke) (?:very )?highly of you|(?:suggested|recommended) (?:i|that i|we|you)|told me (?:to|about you|you|that you)|said (?:you|i should|to))`,
    (m, ctx) => (wholeName(m, ctx) ? named(refWhy('who knows you both'))(m, ctx) : undefined),
    { negatable: false, names: true, back: 20 },
  ),
  // "Lena Ruiz is a mutual friend" ("I believe you know Lena Ruiz?" is not: the sender may not know her, as with an intro target)
  f(
    'reference',
    'mutual common',
    `${NAME} is (?:a|our) (?:mutual|common) (?:friend|connection|contact|acquaintance|colleague)`,
    named(refWhy('whom you both know')),
    { negatable: false },
  ),
  // "it was Lena Ruiz who pointed me to you": a cleft go-between
  f(
    'introduction',
    'who',
    `it was ${NAME} who (?:pointed me|suggested|recommended|told me|put me|sent me|gave me|mentioned you|thought)`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "when I mentioned our data problem to Lena Ruiz, she said to talk to you"
  f(
    'introduction',
    'mentioned described explained',
    `(?:mentioned|described|explained) (?:${W} ){1,5}to ${NAME},? (?:she|he|they) (?:said|told me|suggested|recommended|thought)`,
    (m, ctx) => (linked(ctx) ? named((n) => `says ${n} pointed them to you`)(m, ctx) : undefined),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // "Lena Ruiz wanted me to pass on her thanks", "Lena Ruiz is my sister-in-law and she speaks so highly of you"
  f(
    'reference',
    'wanted asked pass speaks spoke raves adores',
    `${NAME} (?:(?:wanted|asked) me to pass on (?:her|his|their)|(?:is|was) (?:my|our) (?:${W} ){0,2}${W},? and (?:she|he|they) (?:speaks?|spoke|raves?|adores?|talks?) (?:so |very |really )?(?:highly of|about|of)? ?(?:you|your))`,
    // passing on her thanks or greetings already says she knows the recipient
    (m, ctx) => (/ pass on /.test(m[0]) ? named(refWhy('who knows you both'))(m, ctx) : namedLinked(refWhy('who knows you both'))(m, ctx)),
    { negatable: false },
  ),
  // "a little bird (👋 Tamsin) told me you'd say yes": the go-between named in the idiom
  f(
    'reference',
    'bird',
    `a little bird,? \\(?(?:[^a-z\\s)]{1,4} )?${NAME}\\)?,? told me`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  // "sie meinte, du könntest mir helfen", "me dijo que estás buscando", "elle m'a dit que vous cherchiez": the
  // person named before pointed the sender to the recipient (an introduction when that person is a reference)
  f(
    'introduction',
    'meinte sagte dijo comento conto',
    `(?:(?:sie|er) (?:meinte|sagte|hat (?:mir )?gesagt),? (?:dass )?(?:du|sie) (?:konntest|kannst|warst|bist|solltest|wurdest)|me (?:dijo|comento|conto) que (?:eres|podrias|sabes))`,
    'says the person they named pointed them to you',
    { negatable: false, tag: 'pronoun' },
  ),
];


// ---------------------------------------------------------------------------------------------
// Fourth round (tune6, tune7): offers made free or "yours to keep", roles and pay offered in other
// languages, time asked for in more shapes, their work named by chapter or episode or met in person
// (their shop, their plant), shared history ("we both supply X", "you were my manager"), people both know
// thanked for an introduction, connection counts chased.
const NUM = `\\d[\\d,.]*k?\\+?`;
const NAME_NC = NAME.replace(/^\(/, '(?:');
/** Words that put a meeting in the future or make it a wish: "I'd love to set up a call", "could we book". */
const PLANNED = /(?:'d|would) (?:love|like)|(?:like|want|hope|love|plan|planning|going) to|set up|schedule|book |arrange|organi[sz]e|let's|lets |could we|can we|shall we|happy to|will |'ll /;
// Thanks for an introduction already made, naming the person introduced, in many languages (families below).
const THANKED_FOR_INTRO_KEYS = 'salamat gracias valeu obrigado obrigada bedankt dank danke merci grazie ringraziarti ringraziarvi ringraziarla tack takk tak thank thanks thx';
const THANKED_FOR_INTRO = `(?:salamat(?: po)?(?: talaga)?|(?:mil|muchas|muchisimas) gracias|gracias|valeu|obrigad[oa]|bedankt|dank(?:e|je|jewel)?|merci|grazie|ringraziar(?:ti|vi|la)|tack|takk|tak|thank (?:you|u)|thanks|thx)(?: (?:dir|euch|ihnen|je|u))?(?: (?:so much|again|de novo|demais|mesmo|de nuevo|otra vez|nochmal|nochmals|vielmals|sehr|encore|beaucoup|mille fois|mille|ancora|di cuore|wel|igen|sa mycket|sa mye|nog)){0,2},?(?: ${NAME_NC},?)? (?:por|pela|pelo|voor|fur|pour|de|d'|per|for|om) (?:(?:la|el|a|o|de|het|die|das|deine|ihre|l'|the|your|ur|din|di) )?(?:intro|introduccion|introducao|introductie|introduktionen|introduktion|introduksjonen|introduzione|presentacion|apresentacao|presentazione|presentationen|ponte|conexion|conexao|kennismaking|voorstelling|vorstellung|vermittlung|mise en relation|conectarme|conectarnos|presentarme|presentarnos|ponerme en contacto|ponernos en contacto|me apresentar|nos apresentar|me conectar|nos conectar|m'avoir (?:presentee?|mise? en (?:relation|contact))|nous avoir (?:presente(?:e?s)?|mis(?:es)? en (?:relation|contact))|avermi (?:presentato|presentata|messo in contatto|messa in contatto)|averci (?:presentati|presentate|messi in contatto)|het voorstellen|het in contact brengen|connecting (?:me|us)|introducing (?:me|us)|looping (?:me|us) in|referring (?:me|us)|the connect)(?: (?:com|con|a|ao|al|met|bij|aan|mit|bei|zu|avec|till|til|med|to|with|w\/?))? (?:(?:la|el|o|a|il) |l'|(?:ma'am|sir|pak|bu|kak|engr\\.?) )?${NAME}(?![a-z])`;
/** The German thanks for an introduction as a clause: "tausend Dank, dass du mich mit Herrn Dr. Vogt bekannt gemacht hast". */
const THANKED_THAT_INTRODUCED = `(?:dank|danke)(?: (?:dir|euch|ihnen))?(?: (?:nochmal|nochmals|vielmals|sehr|auch))?,? dass (?:du|sie|ihr) (?:mich|uns) mit (?:(?:herrn|herr|frau|der|dem) )?${NAME} (?:bekannt gemacht|vernetzt|in kontakt gebracht|in verbindung gebracht|zusammengebracht|verbunden|verkuppelt)`;
/** What someone looking for a job, a client or a partner looks for (so "buscamos un socio" offers no role). */
const NOT_A_ROLE = /(?:trabajo|empleo|practicas|puesto|poste|emploi|stelle|job|praktikum|trabalho|lavoro|stage|opportunit|oportunidad|chance|inversor|investor|financiacion|funding|cliente|kunde|client|mentor|consejo|feedback|agencia|agentur|agence|proveedor|dienstleister|fournisseur|partner|socio|sponsor|patrocinador|local|oficina|piso|wohnung|buro)/;
/** A commonality phrase holds a proper noun (a capitalised word after its first) or a template slot. */
function namesSomething(m: RegExpExecArray, ctx: MatchContext, reach = 0, ownNamesCount = true): boolean {
  if (ctx.caseless || /[§]/.test(m[0])) return true;
  // `reach`: also the rest of the clause after the match ("la refonte du site de la SNCF")
  const tail = reach > 0 ? /^[^.,;:!?\n]*/.exec(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + reach))![0] : '';
  const words = (ctx.orig.slice(m.index, m.index + m[0].length) + tail).split(/\s+/);
  // Not a name: "I", a day or month, the sender's people ("my sister Ama"), and unless `ownNamesCount`, the
  // recipient's, sender's or company's own name (a deed "at Acme" is their job; a shop "from Acme" is theirs).
  return words.some(
    (w, i) =>
      i >= 2 &&
      STARTS_CAPITALISED.test(w) &&
      !NOT_A_PROPER_NOUN.test(w) &&
      (ownNamesCount || !ctx.notNames.has(normalize(w).replace(NOT_NAME_CHARS, ''))) &&
      !/^(?:my|our)$/i.test(words[i - 1] ?? '') &&
      !/^(?:my|our)$/i.test(words[i - 2] ?? ''),
  );
}
const NOT_A_PROPER_NOUN = /^(?:I|I'm|I've|I'd|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const ROUND4: Family[] = [
  // "I'll rewrite one of yours for free", "I'd be glad to reshoot three of them for free", "I'll do the first one free."
  f(
    'value',
    'free charge cost house gratis',
    `(?:i|we)(?:'ll|'d| will| would| can| could)(?: (?:happily|gladly|also|even|just))? ${W}(?: ${W}){0,7} (?:for free|free of charge|at no (?:charge|cost)|on the house|gratis|free(?= ?[.,;!)]| ?$))`,
    offerWhy('offers to do something for free'),
    { senderOnly: true, mode: 'statement' },
  ),
  // "You keep the document, even if we never work together", "vous gardez le document", "te lo quedas"
  f(
    'value',
    'keep gardez gardes garderez quedas queda behalten behaltet',
    `(?:you(?:'ll| can| get to| will)? keep (?:the|it|them|all|any|whatever|everything|both|this|those|your copy)|(?:vous|tu) (?:le |la |les )?(?:gardez|gardes|garderez|garderas)|(?:te lo|te la|te los|se lo|se la) (?:quedas|queda)|behalten sie|behaltet|behaltst du)`,
    'offers something to keep',
    { negatable: false, mode: 'statement' },
  ),
  // "you and your team are welcome to take a boat out", "you're welcome to all of it"
  f(
    'value',
    'welcome',
    `(?:you(?:'re| are)|you and ${YOUR} (?:${W} )?(?:team|staff|family|kids|crew|group|members) are|${YOUR} (?:${W} )?(?:team|staff|family|kids|crew|group|members) (?:is|are)|you (?:both|two)(?:'re| are)) (?:(?:more than|always|very|most|all|also) )?welcome to (?!connect)${W}`,
    'offers them something to use',
    { mode: 'statement' },
  ),
  f('value', 'trade swap', `(?:i'll|i will|i can|i could|we can|we could|we'll|happy to|glad to) (?:trade|swap) (?:you|it|them|for)`, 'offers a trade', { senderOnly: true }),
  // A guest's say over the result: "you review the edit before it goes out", "you'll hear the edit before it goes live"
  f(
    'value',
    'review hear see approve check',
    `you(?:'ll| will| can| get to| would)? (?:review|hear|see|approve|check|sign off on) (?:the|every|each|any|your) (?:final |full )?(?:edit|cut|draft|quotes?|piece|article|episode|recording|transcript|copy|profile) before (?:it|they|anything|we)`,
    'offers them a say before publishing',
  ),
  // "everyone who comes gets the full results", "sponsors get their logo on all 1,200 bibs"
  f(
    'value',
    'gets get receive receives',
    `(?:everyone|anyone|each (?:guest|speaker|attendee|participant|sponsor|member)|every (?:guest|speaker|attendee|participant|sponsor)|attendees|participants|guests|speakers|sponsors|partners|volunteers)(?: (?:who|that) (?:comes|attends|joins|takes part|participates|signs up|helps|responds|replies|fills (?:it )?in))? (?:gets?|receives?|will (?:get|receive)|keeps?) (?:${W} )?(?:the|a|an|their|our|free|full|early|complimentary|access|copies|logo|\\d)`,
    'says what they would get',
  ),
  // "the first season's stall fee would be on us"
  f(
    'value',
    'us house covered waived',
    `(?:fee|fees|rent|entry|registration|tickets?|shipping|postage|travel|hotel|accommodation|tuition|parking|printing|materials|hosting|licen[cs]e)(?:'s| is| are| would be| will be)? (?:(?:all|fully|entirely) )?(?:on us|on me|on the house|covered|waived)`,
    'offers to cover a cost',
  ),
  // French: "nous aimerions vous offrir un stand", "je vous propose un audit gratuit"
  f(
    'value',
    'offrir propose proposons',
    `(?:(?:aimerions|aimerais|voudrions|voudrais|souhaitons|souhaiterions|souhaiterais|pouvons|pourrions|pourrais|peux|allons|vais) (?:vous|te|t') ?offrir|(?:je|nous) (?:vous|te) propos(?:e|ons)(?: ${W}){0,5} (?:gratuit|gratuite|gratuits|gratuites|offert|offerte|offerts|sans engagement))`,
    'offers something (French)',
  ),
  // After the noun: "un audit gratuit", "una auditoría gratuita", "un stand gratuit"; German "kostenlose Auswertung"
  f(
    'value',
    'gratuit gratuite gratuita gratuito gratis offert offerte kostenlose kostenlosen kostenloser kostenloses',
    `(?:(?:audit|stand|essai|acces|atelier|billet|place|consultation|diagnostic|session|cours|exemplaire|seance|auditoria|prueba|acceso|entrada|sesion|consulta|clase|taller|plaza|analisis|muestra|prova|accesso|workshop)(?: ${W})? (?:gratuit|gratuite|gratuita|gratuito|gratis|offert|offerte|sin coste|sin costo|sans frais)|kostenlose[nrsm]? (?:${W} )?(?:audit|analyse|beratung|testphase|probe|zugang|platz|ticket|stand|workshop|check|auswertung|testversion|exemplar|stunde|sitzung|einschatzung))`,
    'offers something free',
    { negatable: false },
  ),
  // A role offered in another language: "buscamos una Directora de Marketing", "estou à procura de uma Gestora", "dafür suchen wir ein Beiratsmitglied"
  f(
    'value',
    'buscamos buscando busco procura procuramos suchen suche cherchons recrutons cerchiamo cercando zoeken',
    `(?:buscamos|estamos buscando|estoy buscando|estamos a procura de|estou a procura de|procuramos|wir suchen|suchen wir|nous cherchons|nous recrutons|cerchiamo|stiamo cercando|we zoeken|zoeken wij)(?: (?:ahora|ya|gerade|aktuell|derzeit|dringend|actuellement))? (?:un|una|uno|um|uma|ein|eine|einen|jemanden|une|een|alguien|qualcuno)(?: ${W}){1,4}`,
    (m) => (NOT_A_ROLE.test(m[0]) ? undefined : 'offers a role'),
    { tag: 'role' },
  ),
  // Pay named with the role: "Festes Gehalt plus Umsatzbeteiligung", "vergütet mit 2.500 €", "€120-140k plus equity", "até 65 mil euros por ano"
  f(
    'value',
    'gehalt vergutet salary salario salaire sueldo stipendio compensation equity opciones anteile umsatzbeteiligung ano year mes month',
    `(?:(?:festes|fixes|attraktives|gutes) gehalt|vergutet (?:mit|wird)|(?:salary|salario|salaire|sueldo|stipendio|compensation|base pay) (?:of |range |band |between |up to |from |is |de |entre |hasta |jusqu'a )*(?:€|\\$|£|usd |eur )?\\d|(?:plus|\\+|mas|und|et|e|y) (?:equity|opciones|acciones|anteile|virtuelle anteile|umsatzbeteiligung|stock options|bonus)|(?:entre|hasta|ate|up to|bis zu|jusqu'a) (?:€|\\$|£)?${NUM}(?: (?:y|e|and|et|und) (?:€|\\$|£)?${NUM})?(?: ?(?:k|mil|millones|milhoes|tausend))?(?: (?:de )?(?:euros?|€|pesos|dolares|reais|libras|pounds|dollars|chf))? (?:al|por|a|per|pro|im|/) ?(?:ano|mes|year|annum|month|jahr|monat|an|mois))`,
    (m, ctx) => (OWN_PAY_BEFORE.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? undefined : 'offers paid work'),
    { tag: 'role' },
  ),
  // A recruiter's role for a client: "We are looking for Senior QA Engineer for our fintech client", "I'm partnering with
  // a consumer lending client on a Senior Credit Risk Analyst role"
  f(
    'value',
    'client clients customer partnering partnered',
    `(?:(?:we are|we're|i am|i'm|we have been|we've been|i have been|i've been)(?: currently)? (?:looking for|searching for|seeking|recruiting|hiring)(?: (?:a|an))? ((?:${W} ){1,4})(?:for|at|with|on behalf of) (?:our|a|an|one of our|my) (?:${W} ){0,3}(?:client|customer)|(?:partnering|partnered) with (?:a|an|one of my|one of our|our) (?:${W} ){0,4}${W} (?:${W} ){0,4}(?:on|for|to (?:hire|fill|find)) (?:a|an|their|its) ((?:${W} ){1,4})(?:role|position|opening|opportunity|vacancy|hire|search))(?![a-z])`,
    // the role's own words, not the client, say whether it is a role ("looking for feedback from our client" is not)
    (m) => (NOT_A_ROLE.test(m[1] ?? m[2] ?? '') ? undefined : 'offers a role (for a client)'),
    { tag: 'role' },
  ),
  // A recruiter's brief: "I'm running a confidential Head of Partnerships search for a Series C insurtech"
  f('value', 'search', `(?:running|leading|doing|conducting|handling|working on|retained (?:on|for)) (?:a|an|the) (?:${W} ){0,5}search (?:for|on behalf)`, 'offers a role', { tag: 'role' }),
  // "We are having urgent requirement for Java Developer with 5+ yrs", "immediate openings for two staff nurses"
  f(
    'value',
    'requirement requirements opening openings vacancy vacancies',
    `(?:requirements?|openings?|vacanc(?:y|ies)) for (?:a |an |two |three |several |multiple |\\d+ )?(?:${W} ){0,3}(?:developers?|engineers?|managers?|analysts?|designers?|leads?|consultants?|architects?|testers?|specialists?|executives?|scientists?|nurses?|accountants?|administrators?|officers?|technicians?|associates?|interns?)(?![a-z])`,
    // Only the sender's or their client's: not "do you have any openings for junior developers?", "I saw your opening for ..."
    (m, ctx) => (/(?:^|[^a-z])(?:we|i|our (?:team|client|company|firm)|my client)(?:'re| are|'m| am|'ve| have| has)?(?: (?:got|currently|now|also))?(?: having| got)? (?:(?:an?|several|some|multiple|two|three|\d+) )?(?:(?:urgent|immediate|open|new) )?$/.test(ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 40), m.index - ctx.sentenceStart)) ? 'offers a role' : undefined),
    { tag: 'role', mode: 'statement' },
  ),
  f('value', 'hear first', `you(?:'ll| will)? (?:hear about it|be the first to (?:know|hear)|hear (?:about )?(?:them|it) first)`, 'promises to pass on openings'),

  // "our findings are attached", "the full benchmark is linked below" (the sender's own CV attached is an application)
  f(
    'value',
    'attached enclosed linked below',
    `(?:our|my|the) (?:${W} ){0,3}(?:findings|notes|report|data|dataset|results|numbers|benchmarks?|analysis|audit|checklist|template|playbook|guide|slides|recording|writeup|write-up|summary|list|map|spreadsheet|comparison)(?: ${W}){0,5} (?:is|are) (?:attached|enclosed|linked below|below|linked here|in the link)`,
    'shares a resource',
  ),
  // "I've got two spare tickets to Web Summit", "I have a spare seat at our CFO dinner"
  f('value', 'spare', `(?:i've got|i have|we've got|we have|i got|got) (?:a |an |one |two |three |some |a couple of |\\d+ )?spare (?:${W} ){0,2}(?:tickets?|seats?|pass|passes|spots?|places?|desks?|rooms?|copies|copy|licen[cs]es?|invites?|kit|parts?)`, 'has something to give them', { senderOnly: true }),
  // "you can have our old server racks"
  f('value', 'have', `you can have (?:our|my|the|all|any|one of|some of) (?:${W} ){0,3}${W}`, (m) => (/(?:look|call|chat|demo|meeting|minute|word)/.test(m[0]) ? undefined : 'offers something they can have'), { mode: 'statement', commonKeys: true }),
  // "I'm happy to jump on a call and share what worked for us"
  f('value', 'happy glad keen willing', `(?:happy|glad|keen|willing) to ${W}(?: ${W}){0,5} and (?:share|send|show you|walk you through|give you|introduce you|pass on|pass along)`, offerWhy('offers to give or help'), { senderOnly: true, notInPitch: true }),
  // "I'll make sure you get credit in the paper"
  f('value', 'sure ensure', `(?:make sure|ensure) (?:that )?you (?:get|receive|are) (?:${W} ){0,2}(?:credit|credited|acknowledged|paid|thanked|named|listed|a copy|copies|access|the (?:results|data|report|recording))`, 'says what they would get'),
  // Pitches: "I CAN HELP YOUR FARM CUT POWER BILLS BY 70% WITH OUR SOLAR PACKAGE", "BOOK YOUR FREE STRATEGY CALL"
  f(
    'pitch',
    'help helps',
    `(?:i|we)(?: can| could| will|'ll)? help (?:you|${YOUR} ${W}(?: ${W})?|companies|teams|businesses|brands|farms|firms|shops|clinics) (?:to )?${W}${gap(8)} (?:with|using|through|thanks to|via) (?:our|my) ${W}`,
    'pitches a service',
  ),
  f(
    'pitch',
    'book call',
    `(?:book (?:your|a|an) (?:free |complimentary |quick |no-obligation |\\d+[- ]min(?:ute)? )*(?:strategy|discovery|demo|consultation|intro|sales|audit|growth) (?:call|session|meeting)|(?:call|contact|email|text) (?:me|us) (?:today |now |this week )?for (?:your|a) (?:free )?(?:quote|estimate|consultation|demo))`,
    'pitches a sales call',
  ),

  // Time asked for: "Got 15 min in the next two weeks for a quick walkthrough?", "Free for a quick 15-min virtual coffee?",
  // "We would like 30 minutes with the Senator", "¿Tendrías 20 minutos el jueves?", "Is there a slot next week?"
  f(
    'ask',
    'min mins minute minutes minutos minuten hour hora heure stunde slot',
    `(?:(?:got|have you got|do you have|would you have|you have|any chance of|free for|available for|up for|open to|tendrias|tendria|tienes|tiene|tem|terias|teria|hattest du|hatten sie|haben sie|hast du|auriez-vous|aurais-tu|avez-vous|as-tu|avresti|avrebbe|(?:could|can|may) (?:i|we) (?:get|grab|have|book|steal|borrow|take))(?: (?:a|an|some|just|maybe|possibly|even|quick|short|brief|spare))* (?:\\d+[- ]?|(?:a few|few|fifteen|twenty|thirty|ten|half an|an|quince|veinte|diez|treinta|media|quinze|vingt|dix|trente|une demi|funf|zehn|zwanzig|dreissig|eine halbe)[- ])(?:min|mins|minute|minutes|minutos|minuten|hour|hora|heure|stunde)|(?:would|'d) like (?:\\d+|a few|fifteen|twenty|thirty|ten) (?:minutes|mins) (?:with|of)|is there (?:a|any) (?:slot|time|window|moment|chance (?:for|of) a (?:call|chat))|any chance of (?:a|an) (?:short |quick |brief )?(?:intro |discovery |sales )?(?:call|chat|meeting))`,
    'asks for their time',
    { tag: 'call' },
  ),
  f(
    'ask',
    'consider open willing up',
    `would you (?:ever |possibly |perhaps )?(?:consider|be open to|be willing to|be up for)(?: (?:maybe|possibly))? (?:${W}ing|having me|having us|joining|letting me|letting us)`,
    'asks them for a favour',
  ),
  f('ask', 'come coming', `would you (?:like to |want to |be up for |fancy )?(?:come|coming) on(?: (?:the|my|our) (?:show|podcast|pod|stream|channel))?(?= ?[?.!]| as)`, 'asks them to appear on their show'),
  f('ask', 'tell walk show explain', `(?:would|could|can|will) you (?:please )?(?:tell|show|walk|explain to) me (?:how|what|why|where|whether|through)`, 'asks for their advice'),
  f('ask', 'hear know learn', `(?:i'd|i would|we'd|we would) (?:really |so )?love to (?:hear|know|learn) (?:how|what|why|where|whether) (?:you|${YOUR})`, 'asks for their advice'),
  f('ask', 'things', `(?:ask|run by) you (?:a few|some|two|three|a couple of|a couple|one or two) (?:quick |short |brief )?things`, 'asks them to answer questions'),
  f(
    'ask',
    'know names leads contacts pointers intros introductions tips recommendations recs hear',
    `(?:do you (?:happen to )?know (?:any|anyone|anybody|someone|somebody|of any)(?: ${W}){0,6} (?:who|that|which|hiring|looking|i could|i should|i might)|any (?:names|leads|contacts|pointers|intros|introductions) would be (?:great|amazing|appreciated|helpful|a huge help|gold)|any (?:names|leads|contacts|pointers|intros|introductions|tips|recommendations|recs|advice|suggestions)(?: (?:on|for|about|re) (?:${W} ){0,3}${W})? (?:welcome|appreciated|much appreciated|gratefully received|would help)|if you (?:know|hear) (?:of )?(?:any|anyone|anybody|someone|somebody|a|an)(?: ${W}){0,5},? (?:please |pls |plz |do )?(?:let me know|lmk|tell me|send (?:(?:them|it|him|her) )?my way|shout)|(?:let me know|lmk|tell me) if ${YOUR} (?:${W} )?(?:team|company|firm|studio|agency|shop|office|org|department)(?:'s| is| are) (?:still )?hiring)`,
    'asks them for leads',
    { tag: 'favour' },
  ),
  f('ask', 'contarias explicarias ensenarias contar explicar', `me (?:contarias|explicarias|ensenarias|podrias contar|podrias explicar|puedes contar|puedes explicar)`, 'asks for their advice (Spanish)'),
  f(
    'ask',
    'zeigen vorstellen prasentieren interesa',
    `(?:(?:darf|durfte|kann|konnte) ich (?:ihnen|dir|euch) (?:${W} ){0,4}(?:demo|produkt|losung|software|system|angebot)(?: ${W}){0,2} (?:zeigen|vorstellen|prasentieren)|(?:te|le|les|os) interesa(?: o no)? (?:la|una|nuestra|el|un|nuestro) (?:demo|prueba|propuesta|presupuesto|reunion|llamada))`,
    'asks for a sales meeting (demo)',
    { tag: 'call' },
  ),
  f('ask', 'run publish cover feature', `when you (?:can|could|will) (?:run|publish|cover|feature) (?:it|this|the (?:story|piece))`, 'asks for coverage'),

  // Reasons: "I'm just trying to understand how garden centres handle stock counts", "a colleague suggested I reach out about guest spots"
  f('reason', 'trying', `trying to (?:understand|learn|figure out|work out|get a sense of|find out|map|gauge) (?:how|what|why|whether|where|which)`, 'says what they are trying to learn', { mode: 'statement' }),
  f(
    'reason',
    'reach write touch contact',
    `(?:i|me to|i should|i'd) (?:reach out|write|get in touch|contact you) (?:about|regarding|re|on|to (?:ask|discuss|see|talk|invite|propose|share|offer|learn|find out))`,
    (m) => (/¤/.test(m[0]) ? undefined : 'says why they are writing'),
  ),
  f('reason', "j'organise j'ecris j'anime j'ouvre j'organise", `j'(?:organise|ecris|anime|ouvre|lance|monte|recrute|coordonne|prepare|redige)`, 'says what they are working on (French)'),
  // Congratulations are a purpose: "je voulais vous féliciter pour l'ouverture de votre cabinet", "herzlichen Glückwunsch zur Übernahme"
  f('reason', 'feliciter felicitations felicidades enhorabuena gluckwunsch gratuliere congratulazioni parabens', `(?:(?:vous|te) feliciter|felicitations pour|felicidades por|enhorabuena por|herzlichen gluckwunsch|gratuliere|congratulazioni per|parabens (?:pelo|pela))`, 'congratulates them'),

  // Collecting: "I'm 4,100 connections away from 30k", "push my connections past 500", "ROAD TO 5,000 CONNECTIONS",
  // "my goal this year is to meet 1,000 founders and you're #318", "ich vernetze mich gerade mit allen Vertriebsleitern"
  f(
    'collector',
    'connections followers contacts network away road goal',
    `(?:${NUM} (?:connections|followers|contacts) (?:away from|to go|short of|left)|(?:road to|on my way to|(?:get|getting|reach|reaching|hit|hitting|cross|crossing|break|breaking)(?: to| past| over)?) ${NUM} (?:connections|followers|contacts)|push(?:ing)? (?:my )?(?:connections|network|followers) (?:past|over|to|beyond) ${NUM}|(?:my |our )?goal (?:this year |for \\d+ )?is to (?:meet|connect with|add|reach) ${NUM}(?: ${W})?)`,
    'chases a connection count',
  ),
  f('collector', 'vernetze vernetzen mehr', `(?:(?:vernetze|vernetzen) (?:mich|uns) (?:gerade |aktuell |derzeit )?mit (?:allen|jedem|jeder|moglichst vielen)|je mehr (?:kontakte|verbindungen|leute|vernetzungen)?,? desto besser)`, 'connection-collecting language (German)'),

  // Stock and pleasantries
  f('stock', 'inviter rejoindre', `(?:je (?:souhaiterais|voudrais|souhaite|aimerais) )?(?:vous|t'|te) ?inviter a rejoindre mon reseau(?: (?:sur|de) linkedin)?`, 'stock invitation text', { negatable: false }),
  f('filler', 'hope', `(?:i )?hope ${YOUR} (?:week|day|monday|tuesday|wednesday|thursday|friday|weekend|morning|month|year|quarter)(?:'s| is| has been)? (?:off to a (?:great|good|strong|flying|nice|smooth) start|going (?:well|great|smoothly)|treating you (?:well|kindly)|been (?:good|great|kind))`, 'pleasantry', { negatable: false }),

  // Their work by chapter or episode: "Episode 41 of Pipeline Therapy, where you tore apart three openers",
  // "Chapter 7 of The Quiet Funnel, the part where you rebuild a trial flow"
  f(
    'personal',
    'chapter episode ep issue part season section volume module lesson lecture',
    `(?:chapter|episode|ep|issue|part|season|section|volume|vol|module|lesson|lecture) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) of (?:the )?${W}(?: ${W}){0,5},? (?:where|in which|when|the (?:part|bit|one|section|chapter|episode) (?:where|in which|when)) (?:you|u)`,
    'mentions their specific work',
  ),
  // Their product or place, tried in person: "I bought your pea-shoot mix at the Harlow pop-up", "I tried to order the
  // serving board from your shop last night", "I was on the open-house tour of your plant last Thursday"
  f(
    'personal',
    'ordered bought tried visited toured used tasted booked tested downloaded installed played attended ate stayed',
    `i (?:ordered|bought|tried|visited|toured|used|picked up|tasted|booked|tested|downloaded|installed|played|attended|ate|stayed|tried to (?:order|buy|book|use|sign up|check out|pay))(?: ${W}){0,6} (?:from|at|on|of|in|through) ${YOUR} (?:${W} ){0,2}(?:shop|store|site|website|app|plant|farm|stand|stall|pop-up|restaurant|cafe|bakery|hotel|checkout|page|studio|gym|market|booth|brewery|venue|clinic|gallery|taproom|bar|kitchen|factory|mill|yard|workshop|tour|open day|open house)`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions trying their product or place'),
  ),
  f(
    'personal',
    'bought ordered tried tasted booked',
    `i (?:bought|ordered|tried|tasted|picked up|booked) ${YOUR} (?:${W} ){0,3}${W} (?:at|from|last|yesterday|this|during|when|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions trying their product or place'),
  ),
  f(
    'personal',
    'tour visit open opening tasting workshop class session launch retreat',
    `i was (?:on|at|in) (?:the|a|an|one of) (?:${W} ){0,3}(?:tours?|visits?|open days?|open houses?|openings?|tastings?|workshops?|class(?:es)?|sessions?|launch(?:es)?|retreats?|site visits?) (?:of|at|in|on) ${YOUR}`,
    'recalls where they met',
  ),
  // "Corrigan's security page still says 'SOC 2 in progress'": a finding about their page
  f(
    'personal',
    'page',
    `${W}'s (?:security|pricing|careers|checkout|booking|signup|sign-up|landing|home|status|contact|product|about|trust) page (?:still )?(?:says|shows|lists|reads|returns|takes|has|links|loads|claims)`,
    'mentions a finding about their product',
  ),
  // French: "j'ai adoré votre campagne « Les mardis sans écran »", "j'ai visité votre ferme sur le toit du marché"
  f(
    'personal',
    'adore aime lu vu ecoute visite goute teste suivi decouvert',
    `j'ai (?:(?:beaucoup|vraiment) )?(?:adore|aime|lu|vu|ecoute|visite|goute|teste|suivi|decouvert) (?:votre|ta|ton|tes|vos) (?:${W} ){0,2}${W}(?: (?:"|sur|du|des|au|pour|lors|dans)| ${W} ")`,
    (m) => (/¤/.test(m[0]) ? undefined : 'mentions their specific work (French)'),
  ),
  // Shared history: "we both supply Halloway's Farm Shop", "we've both done time at Ferrow Steel", "since you were my
  // manager on the Corwith team", "I was the goalie on your Eastfield U16s", "you saw it when we took over the Fairview portfolio"
  f(
    'personal',
    'both',
    `we(?:'ve| have)? both (?:been )?(?:supply|supplying|supplied|sell|selling|sold|stock|stocking|deliver|delivering|delivered|done time|did time|serve|serving|served|consulted|freelanced|exhibited|competed|worked|sat|sit|judged|coached|raced|rowed|swam|sang|taught)(?: ${W}){1,6}`,
    (m, ctx) => (namesSomething(m, ctx) && !/¤/.test(m[0]) ? 'names something you have in common' : undefined),
  ),
  f(
    'personal',
    'were',
    `you were my (?:${W} )?(?:manager|boss|teacher|coach|mentor|lead|supervisor|professor|tutor|teammate|colleague|instructor|trainer|editor|director|captain|advisor|adviser|line manager|team lead|tech lead|landlord|neighbou?r)`,
    'recalls working together',
  ),
  f(
    'personal',
    'was',
    `i was (?:the|a|an|one of) (?:${W} ){0,3}(?:on|in) ${YOUR} (?:${W} ){0,2}(?:team|class|squad|crew|cohort|course|lab|group|side|choir|band|shift|ward|${W})(?: (?:in|back in) \\d{4}| years ago| back (?:then|in))`,
    'recalls where they met',
  ),
  f(
    'personal',
    'took ran built shipped launched moved migrated rolled opened organised organized hosted played won renovated rebuilt merged set fixed audited',
    `you ${W}(?: ${W}){0,6} when we (?:took over|ran|built|shipped|launched|worked on|moved|migrated|rolled out|opened|organi[sz]ed|hosted|played|won|renovated|rebuilt|merged|set up|fixed|audited)`,
    'recalls working together',
  ),

  // Their work, used: "I've used your Terraform provider in three client projects", "we rely on your Kafka operator at Finch"
  f(
    'personal',
    'used using use relied rely deployed forked starred adopted',
    `(?:i|we)(?:'ve| have)? (?:used|been using|use|relied on|rely on|deployed|forked|starred|adopted|built on) ${YOUR} (?:${W} ){0,3}${W} (?:in|for|at|on|since|across|to|every|daily|at|with|throughout)`,
    (m, ctx) => (namesSomething(m, ctx) && !/¤/.test(m[0]) ? 'mentions using their work' : undefined),
  ),
  // Something they did, in other languages: "llevaste la migración a Kafka en Glovo", "vous avez dirigé la refonte du
  // site de la SNCF", "du hast die Migration auf Kubernetes bei Zalando geleitet"
  f(
    'personal',
    'llevaste lideraste hiciste escribiste diste organizaste montaste construiste publicaste disenaste creaste dirigiste',
    `(?:llevaste|lideraste|hiciste|escribiste|diste|organizaste|montaste|construiste|publicaste|disenaste|creaste|dirigiste|llevo|lidero|escribio|publico|organizo|diseno|creo|dirigio) (?:la|el|los|las|tu|su|una|un) (?:${W} ){0,5}(?:en|para|de|del|sobre|con) ${W}`,
    (m, ctx) => (namesSomething(m, ctx, 30) ? 'mentions something they did (Spanish)' : undefined),
  ),
  f(
    'personal',
    'avez as dirige mene ecrit publie organise construit lance concu realise pilote',
    `(?:vous avez|tu as) (?:${W} )?(?:dirige|mene|ecrit|publie|organise|construit|lance|concu|realise|pilote|monte|cree) (?:la|le|les|l'|votre|ton|ta|tes|vos|un|une)(?:${W} | ?${W} )(?:${W} ){0,4}(?:de|du|des|a|au|chez|pour|sur|dans) ${W}`,
    (m, ctx) => (namesSomething(m, ctx, 30) ? 'mentions something they did (French)' : undefined),
  ),
  f(
    'personal',
    'hast haben geleitet geschrieben veroffentlicht organisiert gebaut entwickelt gehalten aufgebaut umgesetzt',
    `(?:du hast|sie haben|ihr habt) (?:${W} ){1,7}(?:geleitet|geschrieben|veroffentlicht|organisiert|gebaut|entwickelt|gehalten|aufgebaut|umgesetzt|gestartet|verantwortet)`,
    // German capitalises every noun: a name is a capitalised word right after a preposition, with no article ("bei Zalando", not "bei der Arbeit")
    (m, ctx) => (ctx.caseless || GERMAN_PREPOSITION_CAPITAL.test(ctx.orig.slice(m.index, m.index + m[0].length)) ? 'mentions something they did (German)' : undefined),
  ),
  // People both know: thanked for an introduction already made ("Merci, Hélène, pour la mise en relation avec Bastien
  // Morel", "Thank you for introducing me to Beatrix"), a teacher both had ("we both came through Prof. Solberg's lab")
  f(
    'reference',
    'thank thanks merci gracias danke grazie obrigado obrigada',
    `(?:thank you|thanks|merci|gracias|danke|grazie|obrigad[oa])(?: (?:so much|again|a lot|a million|mille fois|muchas|vielmals|tante))?,?(?: ${NAME_NC},?)? (?:for|pour|por|fur|per) (?:the |la |el |die |l')?(?:intro(?:duction)?|mise en relation|presentacion|vorstellung|introducing (?:me|us)|connecting (?:me|us)|putting (?:me|us) in touch)(?: (?:to|with|avec|con|mit|a|at))? ${NAME}`,
    named(refWhy('whom you were introduced to')),
    { negatable: false },
  ),
  // The same thanks in the words of other languages and of a phone: "mil gracias por conectarme con la Dra. Salazar",
  // "valeu pela ponte com o Rafael", "bedankt voor de introductie bij Pieter de Vries", "tausend Dank für die Vorstellung
  // bei Jörg Lehmann", "merci de m'avoir mise en relation avec Inès", "grazie per avermi presentato Luca", "tack för
  // introduktionen till Erik", "thank u for connecting me w Baptiste" (an article may stand before the name: "con la", "com o")
  f(
    'reference',
    THANKED_FOR_INTRO_KEYS,
    THANKED_FOR_INTRO,
    named(refWhy('whom you were introduced to')),
    { negatable: false },
  ),
  f('introduction', THANKED_FOR_INTRO_KEYS, THANKED_FOR_INTRO, named(() => 'thanks the person who introduced you'), { negatable: false }),
  // The German thanks as a clause: "tausend Dank, dass du mich mit Herrn Dr. Vogt bekannt gemacht hast", "danke, dass Sie
  // uns mit Frau Albers vernetzt haben"
  f('reference', 'dank danke', THANKED_THAT_INTRODUCED, named(refWhy('whom you were introduced to')), { negatable: false }),
  f('introduction', 'dank danke', THANKED_THAT_INTRODUCED, named(() => 'thanks the person who introduced you'), { negatable: false }),
  // Someone in a list with the two of them: "our study group at Erasmus: you, me, Joost and Farida", "You, me and Raj
  // closing the lab at 2am"
  f(
    'reference',
    'me',
    `(?<![a-z'])(?<!between )(?:(?:you, me|me, you),? (?:and )?|(?:you and me|me and you) and )${NAME}(?![a-z])(?! (?:here|speaking)(?![a-z]))`,
    named(refWhy('who was there with you both')),
    { negatable: false, commonKeys: true },
  ),
  f(
    'reference',
    'both',
    `we(?:'ve| have)? both (?:came|come|went|been|studied|trained|worked|interned|learned|learnt) (?:through|under|with|in|at|for) ${NAME}`,
    // ("we both came through Antler Bangalore cohort 4": a programme, not a person)
    (m, ctx) => (/^,? (?:cohort|batch|class|intake|program|programme|accelerator|fellowship|bootcamp|academy|school|university|college|in |at |'s )/.test(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 14).toLowerCase()) ? undefined : named(refWhy('whom you both learned from'))(m, ctx)),
    { negatable: false },
  ),
];

// ---------------------------------------------------------------------------------------------
// Fifth round (tune8, tune9): something of theirs the sender saw, ate, rode or visited, made specific by a
// relative clause in any language ("the sign you painted for Bäckerei Lindner", "la pasarela que diseñaste",
// "la maison que vous avez réhabilitée"); a shared past ("when you were charge nurse", "dans la même promo",
// "unsere gemeinsame Zeit bei"); people both know at their events or as a teacher both had; offers that say
// "it's yours" in other languages, free without a noun, fees named; favours asked by honour or memory.
const ROUND5: Family[] = [
  // "the hand-painted sign you did for Bäckerei Lindner", "the capstone you supervised in 2021"
  f(
    'personal',
    'did made painted built designed wrote drew cooked baked restored renovated redesigned curated organised organized ran gave led taught supervised shot recorded produced directed carved knitted stitched wove sewed sculpted forged welded planted arranged framed tiled plastered glazed thatched brewed came set invented created introduced started pioneered championed',
    `(?:the|that|this) (?:${W} ){0,3}${W} (?:that |which )?you (?:did|made|painted|built|designed|wrote|drew|cooked|baked|restored|renovated|redesigned|curated|organi[sz]ed|ran|gave|led|taught|supervised|shot|recorded|produced|directed|carved|knitted|stitched|wove|sewed|sculpted|forged|welded|planted|arranged|framed|tiled|plastered|glazed|thatched|brewed|came up with|set up|invented|created|introduced|started|pioneered|championed) (?:for|at|on|in|with|last|back|during|when|over|around|down|up|out|by|near|outside|along|across|behind)`,
    (m) => (/¤/.test(m[0]) || /^(?:the|that|this) (?:thing|stuff|one|way|mistake|point|comment|call|decision|choice|time|money) /.test(m[0]) ? undefined : 'mentions something they made'),
  ),
  // Spanish, French, Italian, German: "la pasarela de madera que diseñaste", "la maison de ville que vous avez réhabilitée",
  // "la mostra che lei ha curato", "das Schild, das du gemalt hast"
  f(
    'personal',
    'disenaste hiciste escribiste construiste pintaste organizaste diste publicaste grabaste cocinaste dirigiste montaste restauraste rehabilitaste',
    `que (?:disenaste|hiciste|escribiste|construiste|pintaste|organizaste|diste|publicaste|grabaste|cocinaste|dirigiste|montaste|restauraste|rehabilitaste|lanzaste|creaste)`,
    'mentions something they made (Spanish)',
  ),
  f(
    'personal',
    'avez as',
    `que (?:vous avez|tu as) (?:${W} )?(?:rehabilite|realise|concu|ecrit|publie|ouvert|organise|dirige|construit|dessine|peint|restaure|lance|cree|monte|tourne|photographie|compose|cuisine)e?s?`,
    'mentions something they made (French)',
    { commonKeys: true },
  ),
  f('personal', 'curato scritto progettato organizzato diretto realizzato restaurato disegnato pubblicato', `che (?:lei|tu) (?:ha|hai) (?:curato|scritto|progettato|organizzato|diretto|realizzato|restaurato|disegnato|pubblicato)`, 'mentions something they made (Italian)'),
  f('personal', 'gebaut entworfen geschrieben organisiert gestaltet renoviert kuratiert gemalt', `(?:die|der|das|den) (?:du|sie) (?:${W} ){0,3}(?:gebaut|entworfen|geschrieben|organisiert|gestaltet|renoviert|kuratiert|gemalt) (?:hast|haben)`, 'mentions something they made (German)'),
  // A shared past: "I did my first year on Ward 22 nights when you were charge nurse", "I was the engine cadet when you were second engineer"
  f(
    'personal',
    'were',
    `i (?:was|did|worked|started|joined|trained|interned|served|sat|spent|played|sang|rowed)(?: ${W}){0,14} when you were (?:the |our |my |a |an |still )?(?:${W} ){0,2}${W}`,
    (m) => (/ when you were (?:still )?(?:at|in|on|with) /.test(m[0]) ? undefined : 'recalls working together'),
    { commonKeys: true },
  ),
  f('personal', 'meme promo classe equipe ecole', `(?:on etait|nous etions|j'etais) (?:${W} )?dans la meme (?:promo|promotion|classe|equipe|ecole|boite|entreprise|chorale|section|association|agence)`, 'points out a commonality (French)'),
  f('personal', 'gemeinsamen gemeinsame zusammen', `(?:(?:unsere|unserer|unsrer) gemeinsamen? zeit (?:bei|an|in|im|am)|(?:wir haben|haben wir) (?:${W} ){0,6}zusammen (?:${W} ){0,6}(?:gesungen|gearbeitet|gespielt|studiert|trainiert|gedient|gelernt|gerudert))`, 'points out a commonality (German)'),
  f('personal', 'sentaba', `me sentaba (?:detras de|delante de|al lado de|junto a|con) (?:ti|usted|vosotros)`, 'recalls where they met (Spanish)'),
  f(
    'personal',
    'squad team club choir class course crew ward band gym cohort batch lab group shift station',
    `(?:it's|it is|this is|c'est|soy|ich bin's|sono) ${NAME} (?:from|de|vom|von der|dalla|dal) (?:the |la |el |le |der |dem )?(?:${W} ){0,3}(?:squad|team|club|choir|class|course|crew|ward|band|gym|cohort|batch|lab|group|shift|station|chorale|equipe|equipo|coro|verein|chor)`,
    (m, ctx) => (nameAt(m, ctx) !== undefined || ctx.caseless ? 'recalls where they met' : undefined),
  ),
  f('personal', 'survived endured sat did', `we(?:'ve| have)? both (?:survived|endured|sat through|did|went through|took|suffered through|sweated through) (?:${W} ){0,4}${W}`, (m, ctx) => (namesSomething(m, ctx) ? 'names something you have in common' : undefined)),

  // Their event or product, attended or tried: "I was the guy with the drone at your vineyard open day", "fui a tu concierto
  // en la sala Clamores", "probé tus empanadas en el Mercado de San Fernando", "I ordered the board from Wren & Grain last week"
  f(
    'personal',
    'day house launch tasting gig concert show opening fair stall talk workshop event party exhibition reading screening sale market class session lecture webinar',
    `(?:i was|i went|we went|i came|i attended|i sat|i stood|i stopped by|i dropped by)(?: ${W}){0,8} (?:at|to) ${YOUR} (?:${W} ){0,2}(?:open day|open house|launch|tasting|gig|concert|show|opening|fair|stall|talk|workshop|event|party|exhibition|reading|screening|sale|market|class|session|lecture|webinar)`,
    (m) => (/¤/.test(m[0]) ? undefined : 'recalls seeing their work'),
  ),
  f(
    'personal',
    'probe compre vi lei escuche visite fui',
    `(?:probe|compre|vi|lei|escuche|visite|fui a|estuve en) (?:tu|tus|su|sus) (?:${W} ){0,4}(?:en|de|del|sobre) ${W}`,
    (m, ctx) => (namesSomething(m, ctx, 30) ? 'mentions their specific work (Spanish)' : undefined),
  ),
  f(
    'personal',
    'ordered bought booked',
    `i (?:ordered|bought|booked) (?:${W} ){1,5}from (?:${W} ){0,3}(?:last (?:week|month|night|weekend)|yesterday|this (?:week|morning)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
    (m, ctx) => (namesSomething(m, ctx) && !/ from (?:amazon|ebay|etsy|ikea|a |an |the )/.test(m[0]) ? 'mentions trying their product or place' : undefined),
  ),
  // "I've solved your Saturday cryptic in the Evening Courier for eleven years", "since you redesigned it last spring"
  f(
    'personal',
    'solved read watched listened followed played cooked worn subscribed ridden',
    `(?:i|we)(?:'ve| have)? (?:solved|read|watched|listened to|followed|played|cooked from|worn|subscribed to|ridden) ${YOUR} (?:${W} ){0,3}${W} (?:in|on|for|every|since|at)`,
    (m, ctx) => (namesSomething(m, ctx, 30) && !/¤/.test(m[0]) ? 'mentions following their work' : undefined),
  ),
  f('personal', 'redesigned rebuilt reopened renovated launched', `since you (?:redesigned|rebuilt|reopened|renovated|launched|took over|started|opened|fixed) (?:it|the|this|that|your)`, 'mentions something they did'),
  f('personal', 'managed taught coached trained supervised mentored hired', `(?:managed|taught|coached|trained|supervised|mentored|hired|interviewed) us both`, 'names something you have in common'),
  // Their PR, episode or issue by number: "your PR #412 in chrono-lite"
  f('personal', 'pr request issue patch commit rfc episode chapter', `${YOUR} (?:pr|pull request|issue|patch|commit|rfc|episode|chapter) +(?:no\\.? ?)?\\d+ (?:in|on|to|for|at|about|of|\\()`, 'mentions their specific work'),
  // French: "votre série sur les derniers sabotiers du Morvan", "votre campagne pour Brioche & Fils"
  f(
    'personal',
    'serie exposition livre article projet campagne film album spectacle podcast reportage enquete these conference',
    `(?:ton|ta|tes|votre|vos) (?:${W} )?(?:serie|exposition|expo|livre|article|projet|campagne|film|album|spectacle|podcast|reportage|enquete|these|conference|intervention|chronique|installation) (?:sur|de|du|des|consacre|consacree|pour|a|au|aux|dans|chez) ${W}`,
    (m, ctx) => (namesSomething(m, ctx, 40) ? 'mentions their specific work (French)' : undefined),
  ),
  // Something they did, made specific by a name, a title in quotes or a year: "you fixed the DST bug in chrono-lite in 2021",
  // "you explained the Lusaka cholera clusters", "you cut the queue at the Harlow pop-up"
  f(
    'personal',
    'you',
    `you (?:[a-z'-]*[^e\\s]ed|wrote|gave|built|made|did|took|shared|said|showed|told|taught|drew|shot|sang|spoke|won|found|brought|began|chose|drove|grew|held|kept|left|lent|lost|meant|paid|put|read|rode|saw|sent|set|sold|stood|swam|threw|understood|wore)(?: ${W}){1,10}`,
    (m, ctx) => {
      const t = m[0];
      // Their job or employer ("you worked with Ana at Unbabel", "you joined Monzo"), what they did with someone
      // else ("you rowed the Atlantic together"), and the sender's people ("you taught my sister Ama") are not their work.
      if (/¤/.test(t) || /^you (?:joined|started|moved|worked|applied|accepted|connected|liked|followed|viewed|messaged|emailed|mentioned|asked|needed|wanted|managed|headed|oversaw|interviewed|hired|used|visited|attended)\b/.test(t) || / together\b/.test(t)) return undefined;
      // "all you built at Ledgerline": the employer, not a piece of work; "you made the Forbes 30 Under 30 list": news
      if (/^you (?:built|made|did|led|ran|grew|achieved) (?:at|for|with|over at) /.test(t) || /^you made (?:the |a |it onto the |it on the )(?:[\w'-]+ ){0,5}list\b/.test(t)) return undefined;
      return namesSomething(m, ctx, 0, false) || /"[^"]{3,}"|\b(?:19|20)\d\d\b/.test(t) ? 'mentions something specific they did' : undefined;
    },
    { mode: 'statement', commonKeys: true },
  ),
  // People both know: at their event ("at Dayo's wedding"), as a teacher ("we both sang in the Bach Choir under Ursula Hennig"),
  // a possessive ("we both survived Katrin Holm's credit committee"), greetings passed on ("Henrike aus der Buchhaltung lässt grüßen")
  f(
    'reference',
    "wedding party birthday leaving farewell barbecue bbq funeral launch housewarming drinks dinner graduation christening engagement",
    `(?:at|after|during|since|from|about|missed you at|was) ${NAME}'s (?:${W} )?(?:wedding|party|birthday|leaving do|leaving drinks|farewell|barbecue|bbq|funeral|launch|housewarming|drinks|dinner|retirement do|stag|hen do|graduation|christening|engagement party)`,
    named(refWhy('whose event you both attended')),
    { negatable: false },
  ),
  // "Efe's wedding was a madness", "Marta's party last night was great": their event as what the sentence is about
  f(
    'reference',
    'wedding party birthday farewell barbecue bbq housewarming',
    `${NAME}'s (?:${W} )?(?:wedding|party|birthday|farewell|barbecue|bbq|housewarming|leaving do)(?: (?:last|on|this) ${W})? (?:was|were|is|has been)`,
    named(refWhy('whose event you both attended')),
    { negatable: false },
  ),
  // A teacher or lead both had, without a title: "we overlapped in Esther Adeyemi's group at Leeds", "we did those screens
  // together in Ortega's lab", "we overlapped in the Hofstetter lab", "fellow Okoro lab alum here" (the sender placed
  // there with the recipient: not "Kate Smith's team published a paper", nor "I loved Ana Lima's course")
  f(
    'reference',
    'lab group seminar studio',
    `(?:${NAME}'s (?:${W} ){0,3}(?:lab|group|seminar|studio)|(?:the|fellow) ${NAME} lab(?: alum(?:ni|na|nus|s)?)?)(?![a-z'])`,
    (m, ctx) => {
      const at = m.index - ctx.sentenceStart;
      const around = ctx.sentence.slice(Math.max(0, at - 90), at) + ' ' + ctx.sentence.slice(at + m[0].length, at + m[0].length + 40);
      if (!/(?:^|[^a-z])(?:we|us|both|overlapped|together|same|fellow|alums?|alumni|alumna|alumnus|labmates?|classmates?|teammates?)(?![a-z'])/.test(around + ' ' + m[0])) return undefined;
      return named(refWhy('whose group you both were in'))(m, ctx);
    },
    { negatable: false, back: 8 },
  ),
  // Someone's team, call or class both were in, said of the two of them: "we overlapped on Fiona Grant's credit risk team",
  // "we were both on Marco Bianchi's call", "you and I sat in Nkechi's Thursday class" (not "I joined Priya's team",
  // nor "we'd love to meet someone on Dana's team": only the two of them, placed there in the past)
  f(
    'reference',
    'team call calls class classes course crew cohort squad desk unit project programme program show workshop panel committee board bootcamp retreat trip offsite section seminar module lecture lectures tutorial tutorials lab studio group',
    `(?:we|you and i|both of us)(?: (?:both|all|also))? (?:overlapped|were(?: both)?|sat|served|worked|started|met|trained|studied)(?: (?:together|briefly|for a (?:bit|while|year|summer)|back))? (?:on|in|under|at) ${NAME}'s (?:${W} ){0,3}(?:team|call|calls|class|classes|course|crew|cohort|squad|desk|unit|project|programme|program|show|workshop|panel|committee|board|bootcamp|retreat|trip|offsite|section|seminar|module|lecture|lectures|tutorial|tutorials|lab|studio|group)(?![a-z'])`,
    named(refWhy('whose team you both were on')),
    { negatable: false },
  ),
  // Regards sent at the close: "Regards to Mihail", "Love to Anneke and the kids", "my best to Sara", "Grüß mir Katrin", "Pozdrów ode mnie Kasię"
  f(
    'reference',
    'regards love best hugs greetings grus gruss pozdrow pozdrowienia',
    `(?<=^|\\n|, |! |\\? |\\. |and |p\\.?s\\.? )(?:(?:(?:best|warm|warmest|kind|kindest) )?regards to|(?:much |lots of |all my |my )?love to|(?:my|our) (?:very )?best to|(?:big )?hugs to|greetings to|gru(?:ss|s)e? (?:mir|uns)(?: bitte| mal)?|pozdrow(?: ode mnie| od nas| serdecznie)?|pozdrowienia dla) ${NAME}`,
    named(refWhy('whom you both know')),
    { negatable: false },
  ),
  // Someone who had both of them do something: "Helen Okonjo made us redo the same life drawing six times", "Coach Ray had us run hills"
  f(
    'reference',
    'made had kept got sent dragged yelled put paired sat took',
    `${NAME} (?:made|had|kept|got|sent|dragged|yelled at|put|paired|sat|took) us(?![a-z'])`,
    (m, ctx) => (/(?:^|[^a-z])(?:we|both|together|remember|same|cohort|class|team|us all)(?![a-z])/.test(ctx.sentence) ? named(refWhy('whom you both know'))(m, ctx) : undefined),
    { negatable: false, back: 8 },
  ),
  // Regards at the close in the other languages: "Liebe Grüße, auch an Tante Heike!", "besos a Lucía", "bises à Claire", "un abbraccio a Giulia"
  f(
    'reference',
    'dis dites bonjour grusse gruse gruss grus auch besos saludos recuerdos abrazo abrazos beso bises bisous amities abraco abracos beijos beijinhos saluti saluto abbraccio baci',
    `(?:gru(?:ss|s)e?,? (?:auch )?an|(?:besos|saludos|recuerdos|un abrazo|abrazos|un beso)(?: (?:grandes|fuertes))? (?:para|a)|(?:bises|bisous|amities) a|(?:dis|dites)(?:-lui| lui)? bonjour a|(?:um abraco|abracos|beijos|beijinhos) (?:para|pro|pra|a|ao)|(?:un saluto|un abbraccio|baci) a) (?:(?:tante|onkel|tia|tio|tata|zia|zio|oma|opa|abuela|abuelo|avo) )?${NAME}`,
    named(refWhy('whom you both know')),
    { negatable: false },
  ),
  // The account handed over: "I'm your new account manager, taking over from Marcus Bell", "I've replaced Dana Ortiz as your rep"
  f(
    'reference',
    'taking took replacing replaced succeeding succeeded handover handed',
    `(?:taking over from|took over from|(?:i'm|i am|i've|i have) (?:replacing|replaced|succeeding|succeeded)|handover from|handed over (?:to me )?by|handing over from) ${NAME}`,
    (m, ctx) => (/account|your (?:new )?(?:contact|rep|representative|point of contact|csm|am|manager|partner manager)|as your|portfolio|territory|relationship/.test(ctx.orig.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120).toLowerCase()) ? named(refWhy('whom you both worked with'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // Someone of the recipient's, in the other languages: "do teu irmão Miguel", "tu hermana Lucía", "ton associé Julien", "deine Kollegin Anna"
  f(
    'reference',
    'irmao irma hermano hermana frere soeur fratello sorella bruder schwester marido mulher esposa esposo mari femme marito moglie primo prima cousin cousine cugino cugina chefe jefe jefa capo colega collegue collega kollege kollegin socio socia associe associee amigo amiga ami amie amico amica freund freundin',
    `(?:teu|tua|seu|sua|tu|su|ton|ta|votre|tuo|vostro|vostra|dein|deine|deinem|deiner|deinen|ihr|ihre|ihrem|ihrer|ihren) (?:irmao|irma|hermano|hermana|frere|soeur|fratello|sorella|bruder|schwester|marido|mulher|esposa|esposo|mari|femme|marito|moglie|primo|prima|cousin|cousine|cugino|cugina|chefe|jefe|jefa|chef|capo|colega|collegue|collega|kollege|kollegin|socio|socia|associe|associee|amigo|amiga|ami|amie|amico|amica|freund|freundin),? ${NAME}`,
    (m, ctx) =>
      // (German "ihr" is "your" only as "Ihr"; "¿sigues hablando con tu amiga Marina? ¿nos podrías poner en contacto?" asks for an introduction to her)
      (/^(?:ihr|ihre|ihrem|ihrer|ihren) /.test(m[0]) && ctx.orig[m.index] !== 'I') ||
      (ctx.sentence.includes('?') && ROMANCE_INTRO_ASK.test(ctx.orig.slice(m.index, m.index + 300).toLowerCase()))
        ? undefined
        : named(refWhy('and how you know them'))(m, ctx),
    { negatable: false },
  ),
  // A couple's event both attended: "at Tolu and Femi's wedding", "Jess & Omar's wedding, the table by the photo booth"
  f(
    'reference',
    'wedding reception party engagement housewarming christening',
    `${NAME} (?:and|&) ${NAME}'s (?:${W} )?(?:wedding|reception|party|engagement|housewarming|christening|anniversary)`,
    named(refWhy('whose event you both attended')),
    { negatable: false, back: 8 },
  ),
  // A teacher both had, by title: "Professor Iyer's lab, 2016-2018?", "we overlapped in Dr. Farahani's signal processing group"
  f(
    'reference',
    'lab group seminar studio form class homeroom period lesson lessons chem chemistry physics maths math biology choir band orchestra final exam retirement recital',
    `((?:prof|professor|dr|dra|mr|ms|mrs|miss|herr|frau|coach|chef)\.? [a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})?)'s (?:${W} ){0,3}(?:lab|group|seminar|studio|form|class|homeroom|tutor group|period|lessons?|chem|chemistry|physics|maths?|biology|choir|band|orchestra|final|exam|retirement|recital)(?![a-z'])`,
    // Only where the sentence places the sender or the recipient there ("we overlapped in Dr. Farahani's group"), or the
    // group alone is the question ("Professor Iyer's lab, 2016-2018?"): not "Dr. Fauci's group published a paper"
    (m, ctx) => {
      const before = ctx.sentence.slice(0, m.index - ctx.sentenceStart).replace(/^\s*(?:hi|hello|hey|dear)\b[^,]*,/, '');
      const after = ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length);
      // (the sender alone applying to it is not being there: "applying for a PhD position in Dr. Sarpong's group")
      // ("long time since Ms. Petrakis's studio art class", "it's Becca Lutz from Mrs. Ogunleye's homeroom": the sender placed there)
      const placed = /(?:^|[^a-z])(?:long time|ages|years|not since|ever since|since|during|survived|remember|remembers) $/.test(before) || (/ from $/.test(before) && /(?:^|[^a-z])(?:it's|its|it is|this is|i'm|im|i am|me)(?![a-z'])/.test(before));
      if (!placed && !/(?:^|[^a-z])(?:we|you|u|both|us|our)(?![a-z'])|(?:^|[^a-z])i (?:was|were|overlapped|worked|studied|did|spent|interned|trained|also|too)(?![a-z])/.test(before) && !/^\s*(?:[,?(]|(?:19|20)\d\d)/.test(after)) return undefined;
      return named(refWhy('whose group you both were in'))(m, ctx);
    },
    { negatable: false, back: 8 },
  ),
  // The recipient and others named together, at something the sender shared with them: "Thanks to you, Nadia and Felipe for
  // the hour today", "today's meeting with you, Carmen and Bilal", "I interviewed with you and Rafael Ortiz", "great to meet
  // you and Rob from procurement" (not "connect you and Sarah", an introduction offered, nor "you and Sarah should meet")
  f(
    'reference',
    'thanks thank grateful meet meeting met interviewed interview call chat demo lunch dinner panel stage session hour time',
    `(?<!(?:introduce|introducing|connect|connecting|intro|introduced|connected|put|putting|get|getting) )(?:(?:thanks|thank|grateful) (?:again |so much )?to|with|meet|meeting|met) (?:you|u),? (?:${NAME_NC},? )?(?:and|&) ${NAME}(?![a-z])(?! (?:should|would|might|could|will|need|must|can)(?![a-z]))`,
    // (a meeting still to come may be with the sender's own colleague: "I'd love to set up a call with you and Sarah next week")
    (m, ctx) => {
      const before = ctx.sentence.slice(0, m.index - ctx.sentenceStart);
      const after = ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length, m.index - ctx.sentenceStart + m[0].length + 40);
      if (PLANNED.test(before) || /^,? (?:next|tomorrow|soon|later|on (?:monday|tuesday|wednesday|thursday|friday))(?![a-z])/.test(after)) return undefined;
      return named(refWhy('who was there with you'))(m, ctx);
    },
    { negatable: false },
  ),
  // A third person thanked through the recipient: "Please also thank Noor Haddad for passing my name along"
  f(
    'reference',
    'thank',
    `(?<=^|, |! |\\. |and |so |also |please |pls |plz )thank ${NAME} (?:for|from me|on my behalf)(?![a-z])`,
    (m, ctx) => (/^(?:god|goodness|heaven|heavens|jesus|allah|lord)$/.test(m[1]!) ? undefined : named(refWhy('whom you thank through them'))(m, ctx)),
    { negatable: false },
  ),
  // A coach or conductor named as a title, among people who played or sang together: "Coach Okafor would be proud of the
  // beard", "Remember Coach Harlan yelling ...", "our Carnegie Hall set with Maestro Lindgren" (the shared past in the text
  // before it: "we", "our", "you", a team). Not the sender ("it's Coach Diaz here", "I'm Coach Ruiz").
  f(
    'reference',
    'coach maestro sensei',
    `(?<!(?:i'm|im|i am|it's|its|this is|my|his|her|their|new|head|assistant|a|the|your new|life|career|business|executive|dating|fitness|sales|agile) )(?:coach|maestro|sensei) ${NAME}(?![a-z])(?! (?:here|speaking)(?![a-z]))`,
    (m, ctx) => {
      const from = Math.max(0, m.index - 300);
      const before = ctx.orig.slice(from, m.index).toLowerCase();
      if (!/(?:^|[^a-z'])(?:we|us|our|both|you|your|u|ur|remember|team|squad|teammates?|crew|band|orchestra|choir|club|camp|class of)(?![a-z'])/.test(before + ' ' + ctx.sentence)) return undefined;
      return named(refWhy('who coached you both'))(m, ctx);
    },
    { negatable: false },
  ),
  // Someone from a group both were in: "Dana Whitlock from our old inbound team runs the yard now", "Ines from our cohort"
  // (not "Marta from our team will call you", the sender's team today)
  f(
    'reference',
    'team crew squad class cohort office department lab band choir batch intake shift unit ward floor group club bootcamp dorm halls',
    `${NAME} from our (?:(?:old|former|first) (?:${W} ){0,2}(?:team|crew|squad|class|cohort|office|department|lab|band|choir|batch|intake|shift|unit|ward|floor)|(?:${W} ){0,2}(?:cohort|batch|intake|graduating class|study group|reading group|book club|running club|choir|bootcamp|dorm|halls))(?![a-z])`,
    named(refWhy('from a group you were both in')),
    { negatable: false },
  ),
  // Someone named, then "remember?": "Hank Deller killed it in one meeting, remember?"
  f(
    'reference',
    'remember souviens souvenez acuerdas acuerda lembras ricordi noch erinnerst nog',
    // (in the other languages only as an aside after the name, "Marie-Ève Gagnon (l'équipe paie chez CGI, tu te souviens?)":
    // there every noun may be capitalised, "WG-Party im Delphi, erinnerst du dich?", "alla Croce Verde, ti ricordi?")
    `${NAME}(?:(?: [^.!?,;:]{1,80})?,? (?:remember|you remember|remember him|remember her|remember that) ?\\?| \\((?:you'll|you will|you might|you may|you'd|you probably|you should|i'm sure you) remember (?:him|her|them)(?![a-z])| \\([^().!?;:]{1,80},? (?:remember|you remember|tu te souviens|vous vous souvenez|te acuerdas|se acuerda|te lembras|lembras|ti ricordi|te lo ricordi|wei(?:ss|ß)t du noch|erinnerst du dich|weet je nog) ?\\?)`,
    named(refWhy('whom you both remember')),
    { negatable: false },
  ),
  // Someone named as still doing what both knew them for: "Big Mo still runs the team", "Maeve still runs the group and
  // says you owe her a story", "Gerry next door still asks after you", "Linh still has the trophy", "Mo sigue llevando el
  // equipo". Only news of a person the recipient knows is worth telling them this way. Not a question about a person
  // ("your cousin Omar Haddad still does commercial leases, right?": whom an introduction is asked to), nor a company
  // or product: the verbs are what people do ("Quickstart still uses", "Brightlane still misses" are not read).
  f(
    'reference',
    'still sigue segue encore noch continua',
    `${NAME}(?: (?:next door|upstairs|downstairs|from (?:number|no\\.?) \\d+))? (?:(?:still|also still) (?:runs|has|asks|talks|teaches|lives|owes|mentions|brings|remembers|organi[sz]es|coaches|sends|keeps|plays|calls|quotes|swears|tells|sings|laughs|jokes|bakes|holds|wears|works|leads|manages|hosts|drives|rides|goes on|complains|grumbles|brags|insists|reckons|thinks|says|charges|stops|shows|hands|puts|yells|wants|hasn't|has not|can't|cannot|won't)|sigue (?:hablando|llevando|dirigiendo|preguntando|entrenando|organizando|dando|contando|recordando|trabajando|viviendo)|segue (?:falando|perguntando|treinando|organizando|dando)|continua a (?:parlare|chiedere|dirigere|allenare|organizzare)|(?:parle|demande|dirige|organise|entraine) encore|(?:fragt|redet|spricht|leitet|trainiert|organisiert|erzahlt) (?:immer )?noch)(?![a-z])`,
    (m, ctx) => {
      // "..., right?" / "still works at Stripe?": asking about a person (mostly one to be introduced to), not news of one
      const rest = ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 120);
      if (/^[^.!\n]*\?/.test(rest) || /^[^.!?\n]*,? (?:right|correct|yes|no|innit|eh)\b/i.test(rest)) return undefined;
      // "Yoruba corpus still has ...": every word of the name capitalised
      if (!wholeName(m, ctx)) return undefined;
      return named(refWhy('whom you both know'))(m, ctx);
    },
    { negatable: false },
  ),
  // An introduction the recipient made before: "Same way you got me and Pete Lomax talking last year", "like when you put me and Ana in touch"
  f(
    'reference',
    'talking touch',
    `(?:you|u) (?:got|put) (?:me|us) and ${NAME} (?:talking|in touch|together)`,
    named(refWhy('whom you introduced them to')),
    { negatable: false },
  ),
  // The introducer thanked by name, anywhere in the message: "Thank you Ravi sir for the kind introduction", "Muchas gracias a
  // Andrés Molina por presentarnos", "Gracias, Laura, por presentarnos", "Thanks for connecting us, Ines."
  f(
    'reference',
    'thank thanks gracias obrigado obrigada grazie merci danke dank',
    `(?:(?:thank you|thanks|many thanks|big thanks|huge thanks|(?:muchas |mil )?gracias|(?:muito )?obrigad[oa]|grazie(?: mille)?|merci(?: beaucoup)?|danke|vielen dank)(?: so much| again| a lot| a million)?,? (?:a |to |an |à |ad )?${NAME}(?:,? (?:sir|ma'am|madam|ji|bhai|didi))?,? (?:for|por|pelo|pela|pour|per|fur) (?:the |this |your |la |el |a |l'|die )?(?:kind |warm |lovely |quick |generous |amable |gentil |gentile )?(?:intro|introduction|e-intro|introducing us|connecting us|putting us in touch|presentarnos|presentacion|la presentacion|nos apresentar|apresentacao|nous avoir presente(?:e|s|es)?|mise en relation|averci presentati|presentazione|vorstellung|verbindung|vermittlung)(?![a-z'])|(?:thank you|thanks|many thanks) for (?:the |your |this )?(?:kind |warm |quick |e-)?(?:intro|introduction|connecting us|introducing us|putting us in touch),? ${NAME}(?= *[.!(]|$))`,
    named(refWhy('who introduced you')),
    { negatable: false },
  ),
  // Italian, Spanish, French and Portuguese put the one who told after the verb: "Me ne ha parlato Chiara l'altra sera", "Come
  // suggeriva anche Giacomo", "Me lo contó Lucía", "Comme me l'a dit Claire", "Como me disse a Rita"
  f(
    'reference',
    'parlato detto suggeriva diceva suggerito dijo conto conto comento sugeria decia dit disait suggerait disse sugeriu falou',
    `(?:me ne ha parlato|me l'ha detto|me lo ha detto|mi ha detto|come (?:suggeriva|diceva|mi ha detto|mi diceva|ha suggerito)|me lo (?:dijo|conto|comento)|me (?:hablo|comento) de (?:ti|usted)|como (?:sugeria|decia|me dijo|me conto|me disse|sugeriu|dizia|disse)|comme (?:me l'a dit|me disait|le disait|le suggerait|suggerait)|me (?:falou|contou) de (?:ti|voce))(?: (?:anche|tambien|tambem|aussi))? (?:(?:la|el|il|a|o|le) )?${NAME}(?![a-z'])`,
    (m, ctx) => (TO_RECIPIENT.test(ctx.sentence) || /(?:cena|pranzo|caffe|cafe|comida|cena|diner|dejeuner|jantar|almoco|festa|fiesta|da voi|en tu casa|chez (?:vous|toi))/.test(ctx.sentence) ? named(refWhy('who told them about you'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // A teacher both had, by title, in a sentence that puts the two of them with that teacher: "fizeste o doutoramento com o
  // Prof. Henrique Lobo ... uns anos antes de mim", "nous avons toutes les deux fait notre thèse avec Mme Rousselot", "Prof.
  // Weiß hat uns beide im Master betreut", "Los dos fuimos alumnos de la profesora Carmen Ortega" (not "Dr. Patel's paper
  // on sepsis", nor "I trained under Dr. Lee": nothing there says both)
  f(
    'reference',
    'prof professor professora profesora profesor dr dra mr mrs ms miss mme madame herr frau',
    `(?<![a-z])(?:prof|professor|professora|profesora|profesor|dr|dra|mr|mrs|ms|miss|mme|madame|herr|frau)\\.? ${NAME}`,
    (m, ctx) => {
      const at = m.index - ctx.sentenceStart;
      const sentence = ctx.sentence.replace(/^\s*(?:hi|hello|hey|dear|ola|olá|bonjour|hallo|liebe[rs]?|estimad[oa]|querid[oa]|caro|cara)\b[^,]*,/, (g) => ' '.repeat(g.length));
      if (!TEACHER_BOTH.test(sentence.slice(Math.max(0, at - 120), at + m[0].length + 120))) return undefined;
      return named(refWhy('a teacher you both had'))(m, ctx);
    },
    { negatable: false },
  ),
  // Greetings passed on, and news heard from someone: "Hannah Lee says hi", "heard it from Marco first"
  f(
    'reference',
    'says said sends sent',
    `${NAME},? (?:says|said|sends|sent) (?:hi|hello|hey|hiya|(?:his |her |their |warm |kind |best )?(?:regards|greetings|love|best))(?![a-z])`,
    named(refWhy('who sends greetings')),
    { negatable: false },
  ),
  f(
    'reference',
    'says said sends sent',
    `(?:ran|bumped) into ${NAME}(?: ${W}){0,10},? (?:and )?(?:she|he|they) (?:says|said|sends|sent) (?:hi|hello|hey|hiya|(?:his |her |their |warm |kind |best )?(?:regards|greetings|love|best))(?![a-z])`,
    named(refWhy('who sends greetings')),
    { negatable: false },
  ),
  f(
    'reference',
    'heard',
    `heard (?:it|this|that|the news|about (?:it|this|that|your ${W}))(?: first)? from ${NAME}`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  // "You were in the group with Ayesha Rahman", "you were on the team with Paolo"
  f(
    'reference',
    'group team class cohort crew squad band choir',
    `(?:you|u) (?:were|was) (?:in|on) (?:the|a|our|that) (?:${W} ){0,2}(?:group|team|class|cohort|crew|squad|band|choir) with ${NAME}`,
    named(refWhy('who was with you')),
    { negatable: false },
  ),
  f('reference', 'under', `we(?:'ve| have)? both ${W}(?: ${W}){0,7} under ${NAME}`, named(refWhy('whom you both learned from')), { negatable: false, commonKeys: true }),
  f('reference', 'both', `we(?:'ve| have)? both (?:survived|endured|sat through|worked (?:for|under|with)|reported to|answered to|went through) ${NAME}'s`, named(refWhy('whom you both worked for')), { negatable: false }),
  f('reference', 'grusen grussen', `${NAME}${APPOSITIVE}${AFFIL},? (?:lasst|lass) (?:dich |sie |euch )?(?:herzlich |schon )?grus?sen`, named(refWhy('who sends greetings')), { negatable: false }),
  // German and Spanish thanks for an introduction made, and Spanish asks for one: "vielen Dank, dass du mich mit Herrn
  // Okonkwo bekannt gemacht hast", "me encantaría que nos presentaras"
  f(
    'introduction',
    'bekannt vernetzt kontakt zusammengebracht',
    `dass (?:du|sie) (?:mich|uns) mit ${NAME} (?:bekannt gemacht|vernetzt|in kontakt gebracht|zusammengebracht)`,
    named((n) => `thanks them for the introduction to ${n}`),
    { negatable: false, alsoReference: true },
  ),
  f('introduction', 'presentaras presentes presentaseis presentarias contacto', `(?:que )?nos (?:presentaras|presentes|presentaseis|presentarias|pongas en contacto|pusieras en contacto)|ponernos en contacto`, 'asks for an introduction (Spanish)', { tag: 'intro-request' }),
  // A teacher or boss named with a title and their group, in a sentence about the recipient: "You gave the guest lecture in
  // Prof. Adeyemi's spatial epidemiology module", "the coupons Mr. Halloran kept holding up to the rest of us"
  f(
    'reference',
    "module class course lab seminar lecture team squad choir group unit ward department kept",
    `((?:prof|professor|dr|mr|mrs|ms|coach|herr|frau)\\.? [a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})?)(?:'s (?:${W} ){0,3}(?:module|class|course|lab|seminar|lecture|lectures|team|squad|choir|group|unit|ward|department)| kept ${W}ing)`,
    (m, ctx) => (linked(ctx) ? named(refWhy('whom you both know'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // "Thanks Ama! Moving you to bcc.": the introducer, thanked in a reply to the introduction
  f(
    'reference',
    'thanks thank thx merci gracias danke',
    `(?:thanks|thank you|thx|merci|gracias|danke)(?: so much| again| a lot)?,? ${NAME}(?=[!.,]| ?$)`,
    (m, ctx) => (/\bbcc\b/i.test(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 90)) ? named(refWhy('who introduced you'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // The introducer's own double introduction: "Ama, Jakub - introducing you two as promised"
  f('introduction', 'introducing introduce two both', `(?:introducing you (?:two|both)|(?:let me|allow me to) introduce you (?:two|both|to each other))`, 'introduces the two of you', { negatable: false }),

  // Offers: "ils sont à vous, gratuitement", "la cocina es tuya esos días, sin coste", "gehören sie dir", "die ersten 500 druckt
  // dir unsere Druckerei umsonst", "fotos que podrás usar libremente", "Gage 1.200 € plus Unterkunft", "vos honoraires habituels"
  f(
    'value',
    'vous tuya tuyo tuyos tuyas gehoren gehort',
    `(?:(?:ils|elles|il|elle|c'est|c'|ce sera) (?:sont |est |)a (?:vous|toi)|(?:es|son|seran|sera) (?:tuy[oa]s?|suy[oa]s?|vuestr[oa]s?)|gehoren (?:sie|die|sie alle) (?:dir|ihnen|euch)|gehort (?:es|er|sie|das) (?:dir|ihnen|euch))`,
    'offers something to keep',
    { negatable: false },
  ),
  f(
    'value',
    'gratis gratuitamente gratuitement umsonst kostenlos coste costo gracieux gratuite gratuita',
    `(?:gratuitamente|gratuitement|umsonst|kostenlos|sin coste|sin costo|a titre gracieux|de forma gratuita|de manera gratuita|(?<=, |: )gratis|gratis,)`,
    'offers something free',
    { notInPitch: true, mode: 'statement' },
  ),
  f('value', 'podras podra podreis pourrez pourras', `(?:que )?(?:podras|podra|podreis|pourrez|pourras) (?:usar|utilizar|quedarte|guardar|utiliser|garder) (?:libremente|librement|como quieras|comme vous voulez|sans|sin)?`, 'says what they would get'),
  f(
    'value',
    'gage honorar honorare cachet honorarios honoraires',
    `(?:(?:gage|honorar|honorare|cachet|honorarios|(?:speaker|speaking|appearance|consulting|session) fee of)(?: von| de| of|:)? (?:€|\\$|£)? ?\\d|(?:regler|reglerais|reglerai|payer|paierai|paierais|verser|pagarte|pagarle|pagaria) (?:${W} ){0,3}(?:vos|tes|tus|sus) (?:honoraires|frais|tarifs|honorarios)|(?:vos|tes) honoraires habituels|remunerees? (?:\\d|a hauteur)|(?:aimerions|aimerais|voudrions|voudrais|souhaitons) vous commander)`,
    'offers paid work',
  ),
  f('value', 'dafur', `dafur (?:${W}) (?:ich|wir) (?:dir|ihnen|euch)`, 'offers something in return (German)'),
  f(
    'value',
    'anything count',
    `anything (?:i|we) can do[^.!?]{0,100}(?:count me in|just (?:ask|shout|say the word)|let me know|ping me|i'm (?:in|here|around|your (?:person|guy|girl)))`,
    'offers help whenever needed',
  ),
  f('value', 'way', `(?:start |keep |happy to |glad to |love to |can |could |will |'ll )(?:send|sending|refer|referring|pass|passing|point|pointing) (?:${W} ){0,3}your way`, 'offers referrals', { senderOnly: true }),
  f(
    'value',
    'would will can could',
    `(?:and|but|so) (?:would|will|can|could) (?:happily |gladly |also )?${W}(?: ${W}){0,6} (?:for free|free of charge|at no (?:charge|cost)|on the house)`,
    'offers to do something for free',
    { commonKeys: true },
  ),

  // An offer conditioned on their wish, in any verb: "if you'd like, I can redo the wiring diagram", "if it helps, we'll lend the van"
  f(
    'value',
    'like want helps help useful helpful',
    `if (?:you(?:'d| would)? (?:like|want)(?: (?:it|one|them|to))?|it(?:'d| would)? (?:helps?|be (?:useful|helpful))|that(?:'d| would)? (?:helps?|be (?:useful|helpful))|useful|helpful),? (?:i|we)(?:'ll| will| can| could| would| 'd|'d)(?: (?:happily|gladly|also|even|just))? (?!(?:call|email|ping|message|text|contact|ask|meet|see|bother|remind|chase|follow up|invite|sell|charge|bill|quote|pitch|tell|book|schedule|set up a call|jump on|hop on)\\b)${W}`,
    offerWhy('offers something if they want it'),
    { senderOnly: true, notInPitch: true },
  ),
  // Something the sender has that they could use: "I've got a box of EV3 kits your students could use"
  f(
    'value',
    'use have borrow keep take try',
    `(?:i|we)(?:'ve got| have| got|'ve) (?:a|an|some|two|three|four|a few|a couple of|\\d+|plenty of|loads of|lots of|spare|extra|old) (?:${W} ){0,5}(?:that )?(?:you|${YOUR} (?:${W} )?(?:team|staff|kids|students|members|club|volunteers|clinic|school|shop|crew)) (?:could|can|might|are welcome to|could probably|would be welcome to) (?:use|have|borrow|keep|take|try)`,
    'has something they could use',
    { senderOnly: true, notInPitch: true, commonKeys: true },
  ),
  // A favour in any verb, done to the sender: "could you forward my CV", "would you read our draft", "can you send me the deck"
  f(
    'ask',
    'you',
    `(?:can|could|would|will) you (?:please |possibly |kindly |maybe |perhaps )?(?!(?:let|tell|like|mind|want|be|have|imagine|believe|remember|recall|confirm|know|see|join)\\b)${W} (?:me|us|my|our)(?![a-z'])`,
    'asks them for a favour',
    { commonKeys: true },
  ),
  // "print the next issue for you at cost", "your new lab is welcome to both"
  f('value', 'cost', `(?:for you|for free|for your (?:${W} )?(?:team|shop|club|school)) at cost|at cost price|(?:a|at|for) cost(?:-| )price`, 'offers something at cost', { senderOnly: true }),
  f('value', 'welcome', `${YOUR} (?:${W} ){0,4}(?:is|are) (?:more than |very |most )?welcome to (?:both|them|it|all|any|one|the|our|use|borrow|keep|take)`, 'offers them something to use', { mode: 'statement' }),
  // Sales pushed as a link: "Shall I send you the booking link?"
  f('pitch', 'booking payment checkout order signup sign-up', `(?:shall|should|can|may) i send (?:you )?(?:the|a|our|my) (?:booking|payment|checkout|order|sign-?up|registration) (?:link|form|page)`, 'offers to sell them something'),
  // Reasons: "would love you to come", "I'd love to join", "would love to ... talk about your tracker workflow"
  f('reason', 'join come', `(?:i|we)(?:'d| would) (?:really |so )?love (?:you )?to (?:join|come|attend|be there|take part)`, 'invites them or asks to join'),
  f('reason', 'talk chat', `(?:i|we)(?:'d| would) (?:really |so )?love to (?:${W} ){1,6}(?:talk|chat) (?:about|through) (?:your|the|how|what)`, 'says what they want to talk about'),
  // Favours: "I would be deeply honoured if you would consider writing the foreword", "keep me in mind", "wenn Sie an mich denken",
  // "Shall I reserve places for you?", "do you know anyone at the terminal I could talk to", "any chance you're free next week?"
  f('ask', 'honoured honored grateful thankful thrilled delighted obliged', `(?:(?:i|we)(?:'d| would)|(?:and|but|so) would)(?: be)? (?:so |very |deeply |truly |really |most )?(?:honou?red|grateful|thankful|thrilled|delighted|obliged) if you(?:'d| would| could| might)`, 'asks them for a favour'),
  f('ask', 'mind', `(?:keep|bear|have) (?:me|us) in mind|think of (?:me|us) (?:if|when|for)|(?:wenn|falls) sie (?:an mich|an uns) denken|an mich denken|(?:pensez|pense) a moi|(?:me tengas|me tenga) en cuenta`, 'asks to be kept in mind'),
  f('pitch', 'reserve book hold sign register', `(?:shall|should|can|may) i (?:reserve|book|hold|put you down for|sign you up|register you)`, 'offers to sell them something'),
  f('ask', 'know', `(?:any chance|do|would|might|d') you (?:happen to )?know(?: of)?(?: (?:any|anyone|anybody|someone|somebody))?(?: ${W}){0,7} (?:who|that|which|i could|i can|i should|we could)`, 'asks them for leads', { tag: 'favour' }),
  f('ask', 'chance free', `any chance you(?:'re| are| might be| would be) (?:free|around|available)`, 'asks for their time', { tag: 'call' }),
  f('ask', 'pointer pointers', `(?:appreciate|grateful for|love) (?:a|any|some) (?:pointer|pointers|steer|lead|leads|nudge)`, 'asks them for leads'),

  // Reasons: Italian and Spanish thanks ("le scrivo solo per ringraziarla", "solo quería darte las gracias")
  f('reason', 'scrivo', `(?:le|ti|vi) scrivo(?: solo| soltanto)? (?:per|perche|in merito)`, 'says why they are writing (Italian)'),
  f('thanks', 'gracias agradecer', `(?:queria|quiero|quisiera|quer[ií]a) (?:darte|darle|daros|darles) las gracias|(?:solo|solamente) (?:queria|quiero) agradecer`, 'thanks them (Spanish)'),
  // Collecting, German: "möchte mir vorher ein Netzwerk in der Logistikbranche aufbauen"
  f('collector', 'netzwerk', `(?:ein|mein|unser) netzwerk (?:${W} ){0,5}(?:aufbauen|ausbauen|erweitern|vergrossern)`, 'connection-collecting language (German)'),
  // Pleasantries: "hope you are doing well and having a blessed week"
  f('filler', 'hope having', `(?:i )?hope you(?:'re| are) (?:doing )?(?:well|good|great|fine) and having a (?:${W} )?(?:week|day|weekend|monday|friday|time)`, 'pleasantry', { negatable: false }),
];

// ---------------------------------------------------------------------------------------------
// Sixth round (tune10, tune11): offers in the passive, greetings and go-betweens in the passive or a relative
// clause, their deeds in the passive or a relative clause with any verb, counts chased in more shapes.

/** Things that are sent or handed over without being a gift: paperwork, bills and logistics. */
const NOT_A_GIFT = new RegExp(`(?:invoice|bill|contract|agreement|quote|questionnaire|survey|form|link|reminder|confirmation|calendar|agenda|details|terms|paperwork|nda|receipt|notice|application|request|order)s? (?:${W} ){0,3}(?:will|would|'ll|shall|can|could|have|has) be`);
/** A noun phrase a relative clause can follow: "the willow arch (that) ", "the three chapters of Bitter Orange Season ". */
const THING_BEFORE = new RegExp(`(?:^|[^a-z'])(?:the|that|this|those|these) (?:${W} ){0,5}${W} (?:that |which )?$`);
/** Words of a cause the sender does not profit from (volunteer time asked for it is no favour; see the labelling guide). */
const CAUSE = /(?:volunteer|charity|refugee|asylum|nonprofit|non-profit|not-for-profit|food bank|mentoring scheme|unpaid|pro bono|community (?:group|centre|center|project)|humanitarian)/;
/** What money is asked for when it is no favour for the sender: a cause (CAUSE, or an appeal, a shelter, a rescue, a trust). */
const GIVING_CAUSE = new RegExp(
  `${CAUSE.source}|(?:charitable|appeal|a gift of|donors|(?<!(?:i|we) )trust(?![a-z])(?! (?:you|that|this|it|we|me))|foundation|rescue|food pantry|pantry|shelter|hospice|relief fund|disaster relief|orphan|homeless|wildlife|fundraiser for (?:the|a|an) |in memory of|memorial fund|cancer research)`,
);
const ROUND6: Family[] = [
  // People both know, named as go-betweens in the passive or a relative clause: "your name was given to me by X", "I was
  // referred to you by X", "X, who eventually told me to message you", "X, who was sure you're the person to ask"
  f(
    'introduction',
    'given passed forwarded sent recommended suggested mentioned referred pointed directed steered',
    `(?:${YOUR} (?:good )?(?:name|details|email|e-mail|contact|contact details|number|address)|you) (?:was|were|came|has been|have been) (?:given|passed|forwarded|sent|recommended|suggested|mentioned|referred) (?:to me |on to me |along to me |over to me |to us )?(?:by|from) ${NAME}|(?:i|we) (?:was|were|have been|'ve been) (?:referred|pointed|directed|sent|steered) (?:to you |your way |in your direction )?by ${NAME}(?![a-z])`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'who',
    `${NAME}${APPOSITIVE},? who (?:${W} ){0,4}(?:told me to|told us to|said i should|said to|suggested|recommended|insisted|pointed me|sent me|advised me|urged me|(?:was|is|seemed) (?:certain|sure|adamant|convinced|positive) (?:that )?(?:you|u)(?![a-z]))`,
    (m, ctx) => (/(?:told (?:me|us) to|said (?:i should|to)|urged me|advised me)$/.test(m[0]) && !/(?:you|your|u)\b/.test(ctx.sentence.slice(m.index - ctx.sentenceStart + m[0].length, m.index - ctx.sentenceStart + m[0].length + 60)) ? undefined : named((n) => `says ${n} pointed them to you`)(m, ctx)),
    { negatable: false, alsoReference: true, tag: 'named', commonKeys: true },
  ),
  // Greetings passed on by a person (a following "who" or pronoun tells a person from a place): "regards from X, who ...",
  // "recuerdos de X, que sigue contando ...", "Grüße übrigens von X, mit dem Sie ...", "X still asks after you"
  f(
    'reference',
    'regards greetings wishes recuerdos saludos abrazos grusse gruse gruss grus souvenirs amities saluti lembrancas abracos',
    `(?:regards|greetings|wishes|recuerdos|saludos|abrazos|gru(?:ss|s)e|gru(?:ss|s)|souvenirs|amities|saluti|lembrancas|abracos)(?: ubrigens| auch| also| too| tambien| aussi)? (?:from|de|von|vom|da|del|van) ${NAME},? (?:who|que|quien|der|die|mit dem|mit der|qui|che|he|she|er|sie|el|ella|il|elle|ele|ela)(?![a-z])`,
    named(refWhy('who sends greetings')),
    { negatable: false },
  ),
  // Their deed in the passive: "the protocol ... was, we understand, largely written by you in 2019"
  f(
    'personal',
    'by',
    `(?:was|were|has been|had been|got)(?:,? ${W}){0,5},? (?:[a-z'-]*[^e\\s]ed|written|built|made|drawn|given|taught|shot|sung|won|run|begun|chosen|grown|held|kept|led|done|spoken|sewn|woven|drawn up|put together|set up|thought up|dreamt up|dreamed up) (?:up |out |together )?by you(?: and ${YOUR} (?:${W} )?(?:team|group|lab|colleagues|students|crew))?(?![a-z'])(?: ${W}){0,6}`,
    (m, ctx) => (/¤/.test(m[0]) || !(namesSomething({ ...m, index: ctx.sentenceStart, 0: ctx.orig.slice(ctx.sentenceStart, m.index + m[0].length) } as unknown as RegExpExecArray, ctx, 0, false) || /"[^"]{3,}"|\b(?:19|20)\d\d\b/.test(m[0])) ? undefined : 'mentions something specific they did'),
    { mode: 'statement', commonKeys: true },
  ),
  // Something of theirs made specific by a relative clause in any verb, and a name: "the case study your unit published in the
  // Northern Health Review", "the chapters of X you posted to the Y showcase", "the haul road redesign you two did at Chingola".
  // Tried at "you"/"your" (rarer than "the"); the noun phrase before it is checked in the text.
  f(
    'personal',
    'you your',
    `(?:you(?: two| both| all)?|${YOUR} (?:team|unit|group|lab|department|office|company|studio|firm|shop|crew|band|squad|ward|class|students)) (?:[a-z'-]*[^e\\s]ed|wrote|gave|built|made|did|took|drew|shot|sang|spoke|won|found|began|chose|grew|held|led|ran|put|sent|set|sold|wove|sewed|threw|cut|dug|spun|taught|hung|put together|set up)(?: ${W}){1,8}`,
    (m, ctx) => {
      // cheap checks first: their job, visits and dealings are no deed ("you joined", "you asked"), and no name, no deed
      if (/^\S+(?: two| both| all)? (?:joined|started|moved|worked|applied|accepted|connected|liked|followed|viewed|messaged|emailed|mentioned|asked|needed|wanted|managed|headed|oversaw|interviewed|hired|used|visited|attended|requested|received|signed|booked|ordered|paid|bought)(?![a-z])/.test(m[0].replace(/^your \S+/, 'your'))) return undefined;
      if (!ctx.caseless && !CAPITAL_QUOTE_OR_DIGIT.test(ctx.orig.slice(Math.max(ctx.sentenceStart, m.index - 90), m.index + m[0].length).slice(1))) return undefined;
      const before = ctx.sentence.slice(Math.max(0, m.index - ctx.sentenceStart - 90), m.index - ctx.sentenceStart);
      const np = THING_BEFORE.exec(before);
      if (!np) return undefined;
      const start = m.index - (before.length - np.index) + np[0].search(/[a-z]/);
      const t = ctx.sentence.slice(start - ctx.sentenceStart, m.index - ctx.sentenceStart + m[0].length);
      if (/¤/.test(t)) return undefined;
      if (/^(?:the|that|this|those|these) (?:job|role|position|opening|vacancy|ad|listing|message|email|note|invite|invitation|request|form|question|time|way|thing|stuff|one|ones|point|mistake|comment|call|decision|choice|money|offer)s? /.test(t)) return undefined;
      // the name must be more than the platform it was posted on
      const orig = ctx.orig.slice(start, m.index + m[0].length).replace(/\b(?:LinkedIn|Twitter|X|Facebook|Instagram|TikTok|YouTube|Slack|Reddit|Indeed|Glassdoor|Medium|Substack|GitHub)\b/g, 'it');
      return namesSomething({ ...m, index: start, 0: orig } as unknown as RegExpExecArray, ctx, 0, false) || /"[^"]{3,}"|\b(?:19|20)\d\d\b/.test(t) ? 'mentions something they did' : undefined;
    },
    { mode: 'statement', commonKeys: true },
  ),
  // Spanish, Portuguese, Italian: "el protocolo que su equipo presentó en las Jornadas de Zaragoza"
  f(
    'personal',
    'equipo grupo unidad servicio laboratorio estudio equipa',
    `que (?:su|tu|vuestro|seu|teu|il suo|la sua|il tuo) (?:equipo|grupo|unidad|servicio|laboratorio|estudio|equipa|gruppo|squadra) (?:${W} ){0,2}(?:${W}o|${W}aron|${W}ou|${W}ram) (?:en|em|a|in|para|sobre|con|no|na|nel|nella) ${W}`,
    (m, ctx) => (namesSomething(m, ctx, 40, false) ? 'mentions something they did' : undefined),
  ),
  // Shared presence at a named event: "you were at X's masterclass at the Lyric last week too", "I was two rows behind you at UXR Manchester"
  f(
    'personal',
    'too well also',
    `(?:you were (?:also )?(?:at|in|on) (?:${W} ){1,12}(?:too|as well)|you were also (?:at|in|on) (?:${W} ){0,6}${W})`,
    (m, ctx) => (namesSomething(m, ctx, 0, true) ? 'names an event you both attended' : undefined),
    { mode: 'statement', commonKeys: true },
  ),
  f(
    'personal',
    'behind beside next near front across opposite',
    `(?:i|we) (?:was|were|sat|stood|ended up|found myself)(?: ${W}){0,3} (?:behind|beside|next to|near|in front of|across from|opposite) you (?:at|in|during|on)(?: ${W}){1,6}`,
    (m, ctx) => (namesSomething(m, ctx, 0, false) ? 'recalls where they met' : undefined),
  ),
  // A shared former place, in Portuguese, Spanish and French: "desde os nossos tempos na Pagaí", "depuis qu'on a quitté les
  // Éditions du Quai", "desde que dejamos Glovo"
  f(
    'personal',
    'tempos tiempos annees epoca quitte dejamos deixamos lasciato',
    `(?:(?:desde|depuis|dai) (?:os nossos|nossos|nuestros|los|nos|les|nostri|i nostri) (?:tempos|tiempos|annees|anos|epoca) (?:na|no|em|en|a|chez|da|de|del|de la|in|alla|al) ${W}|(?:depuis qu'on a|depuis que nous avons|desde que (?:dejamos|salimos de|deixamos|saimos)|da quando abbiamo) (?:quitte|lasciato)?(?: (?:les|la|le|l'|el|la|os|as|o|a))? ?${W})`,
    (m, ctx) => (namesSomething(m, ctx, 40, false) ? 'names something you have in common' : undefined),
  ),
  // A favour named as a noun: "a follow from you would mean the world", "a retweet would help hugely"
  f(
    'ask',
    'follow share like repost retweet reshare shoutout shout-out upvote vote review rating',
    `(?:a|your|one|any) (?:quick )?(?:follow|share|like|repost|retweet|reshare|shoutout|shout-out|upvote|vote|review|rating) (?:from you |back )?(?:would|could|will|'d) (?:really |honestly |truly )?(?:mean|help|make)`,
    'asks them to follow or share',
  ),
  // News about them from someone both know, met or talked to: "I ran into Dana at the expo and she told me you ...",
  // "encontrei a Fernanda no PayFórum e ela contou que você ...", "hablé con Pablo y me dijo que ..."
  f(
    'reference',
    'ran bumped met talking spoke chatting caught encontrei falei conversei encontre hable',
    `(?:i (?:ran into|bumped into|met|was talking to|was talking with|spoke to|spoke with|was chatting with|caught up with)|(?:encontrei|falei com|conversei com|me encontre con|hable con|estuve con)(?: a| o| con)?) ${NAME}(?: ${W}){0,6},? (?:and|e|y) (?:she|he|they|ela|ele|ella|el)? ?(?:told me|tells me|said|mentioned|contou|disse|falou|me conto|me dijo|me comento)(?: que| that)? (?:you|your|voce|tu|te|usted|vc)(?![a-z])`,
    named(refWhy('who told them about you')),
    { negatable: false, commonKeys: true },
  ),
  // Italian: "Gianluca mi ha raccontato che sei rimasta", thanks ("volevo solo ringraziarti per")
  f('reference', 'raccontato detto parlato', `${NAME} mi ha (?:raccontato|detto|parlato)(?: che| di te| di lei)`, named(refWhy('who told them about you')), { negatable: false }),
  f('thanks', 'ringraziarti ringraziarla ringraziarvi grazie', `(?:(?:volevo|voglio|vorrei) (?:solo |soltanto |davvero )?ringraziar(?:ti|la|vi)|grazie (?:mille |ancora |davvero )?per (?:aver|avermi|averci|avere))`, 'thanks them (Italian)'),
  // A thing sent or made for them, free: "and post it to you free, no order needed", "print one for you free of charge"
  f(
    'value',
    'free charge cost gratis',
    `(?:send|post|ship|mail|deliver|give|hand|lend|bring|print|make|fix|build|install|frame|bind) (?:it|them|one|this|that|these|those|(?:a|an|the) ${W}(?: ${W})?) (?:to you|for you|to your ${W}|over)(?: ${W}){0,2} (?:free|for free|free of charge|at no cost|on us|gratis)(?= ?[.,;!)]| ?$| no | with )`,
    offerWhy('offers to do something for free'),
    { mode: 'statement', notInPitch: true },
  ),
  // An agent or label offering to take them on: "I'd like to talk about representing you"
  f('value', 'representing represent', `(?:representing|to represent) you(?![a-z'])(?! (?:in|at|on behalf))`, 'offers to represent them', { senderOnly: true, mode: 'statement' }),
  // A community both belong to, said of the recipient: "you're the only one in our club who ...", "you were in our year at Trinity"
  f(
    'personal',
    'our',
    `(?:you(?:'re| are| were)?|u(?:'re| are| were)?) (?:${W} ){0,6}(?:in|at|of|from) our (?:club|choir|team|class|cohort|group|chapter|gym|lab|squad|crew|band|society|guild|league|year|intake|batch|parish|congregation|allotment|union|association|meetup|program|programme)(?![a-z])`,
    // "you're welcome in our choir", "you are invited to our club" invite them; they do not say they belong
    (m) => (/(?:^|[^a-z])(?:welcome|invited|interested|joining|join|new)(?:[^a-z]|$)/.test(m[0]) ? undefined : 'points out a shared community'),
    { mode: 'statement', commonKeys: true },
  ),
  // A question about how they do their work asks for advice: "How do you explain the scores to anxious owners?"
  f(
    'ask',
    'how',
    `how (?:do|did|would|should) you (?!(?:do|feel|know|like|mean|say|find|think|see|spell|pronounce)(?![a-z]))${W}(?: ${W}){1,12} ?\\?`,
    (m, ctx) => (m.index - ctx.sentenceStart <= 1 || /^[^a-z]*(?:(?:hi|hey|hello|dear)(?: [a-z'-]+)?|and|so|also|but|out of curiosity|curious|quick question)[^a-z]+$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? 'asks them for advice' : undefined),
    { commonKeys: true },
  ),
  // A heads-up given is information offered: "Just a heads-up: the survey link in your post now returns a 404"
  f('value', 'heads-up', `(?:(?:just|quick|friendly|small) (?:a )?heads-up|(?:a|one) (?:quick |friendly |small )?heads-up(?= ?:| that))`, 'gives them a heads-up', { mode: 'statement' }),
  // Spanish favours: "¿te importaría revisar mi plan de negocio?", "¿te puedo hacer una pregunta sobre ...?"
  f(
    'ask',
    'importaria importarian importa pregunta preguntas consulta',
    `(?:(?:te|le|os|les) importar(?:ia|ian|iais)? (?:${W} ){0,4}(?:mi|mis|me|nuestro|nuestra|nuestros|nuestras)(?![a-z])|(?:te|le|os) (?:puedo|podria|quisiera) (?:hacer|plantear) (?:una|un par de|algunas|unas) (?:pregunta|preguntas|consulta|consultas))`,
    'asks them for a favour (Spanish)',
  ),
  // A product offered at a discount is a sale: "offer it to your patients at a 15% partner discount"
  f('pitch', 'discount off', `(?:offer|sell|provide|supply|give)(?: ${W}){0,6} (?:at|with) (?:a |an )?\\d+ ?% (?:${W} )?(?:discount|off)`, 'offers a discount (a pitch)'),
  // An introduction asked for after naming the person: "I think you know Marco Rossi? I'd be grateful for an introduction"
  f(
    'introduction',
    'grateful thankful appreciate',
    `(?:grateful|thankful) for (?:an|the|a) (?:quick |warm |brief )?(?:intro|introduction)(?! to)(?![a-z])|appreciate (?:an|the|a) (?:quick |warm |brief )?(?:intro|introduction)(?! to)`,
    (m, ctx) => (TWO_CAPITALISED_WORDS.test(ctx.orig.slice(Math.max(0, m.index - 200), m.index).replace(/^[^\n]*\n/, '')) ? 'asks them to introduce you to someone they named' : undefined),
    { negatable: false, tag: 'intro-request' },
  ),
  // Volunteer time asked for a cause: "Would you give one hour a month as a mentor?" (a purpose; not a favour for the sender)
  f(
    'reason',
    'hour hours evening evenings morning mornings afternoon day days weekend',
    `(?:would|could|will|can) you (?:consider |be willing to |be able to )?(?:give|giving|spare|sparing|donate|donating|volunteer|volunteering|offer|offering) (?:us )?(?:one|an|a|two|three|\\d+|some|a few|the odd) (?:hour|hours|evening|evenings|morning|mornings|afternoon|day|days|weekend|saturday|sunday)(?: (?:a|per|every|each) (?:week|month|fortnight|term|year))?`,
    (_m, ctx) => (CAUSE.test(ctx.orig.toLowerCase()) ? 'asks them to volunteer time for a cause' : undefined),
    { tag: 'cause' },
  ),
  // An offer in the passive: "flights would be covered by us", "the recording will be handed over to you", "a full report will be
  // sent to every branch that takes part", "five keys have been set aside for you", "your name will be listed in the credits"
  f(
    'value',
    'covered paid reimbursed provided sent handed given mailed posted shipped emailed shared donated comped waived refunded',
    `(?:will|would|'ll|shall|can|could) (?:also )?be (?:(?:fully|happily|gladly|all|entirely|gratefully) )?(?:covered|paid for|reimbursed|provided|sent|sent over|handed over|given|mailed|posted|shipped|emailed|shared|donated|comped|waived|refunded)(?: ${W}){0,3}? (?:to you|for you|by us|by me|on us|to (?:every|each|all|everyone|anyone|any) ${W})`,
    (m, ctx) => (NOT_A_GIFT.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart + 20)) ? undefined : 'offers something (in the passive)'),
    { mode: 'statement', notInPitch: true },
  ),
  f('value', 'aside reserved earmarked saved allocated', `(?:have|has|'ve|'s) been (?:set aside|put aside|reserved|earmarked|saved|held back|kept back|allocated) for (?:you|your)`, 'offers something set aside for them', { mode: 'statement' }),
  f(
    'value',
    'listed credited acknowledged thanked featured',
    `(?:your name|you|${YOUR} (?:${W} )?(?:team|library|studio|organisation|organization|school|company|shop|lab|group|club|branch)|(?:participating|contributing) ${W}) (?:will|would|'ll) (?:also )?be (?:listed|credited|named|acknowledged|thanked|featured) (?:in|on|as|under)`,
    'offers them credit',
    { mode: 'statement' },
  ),
  // Paid work in more languages: "zahlen selbstverständlich Ihren üblichen Stundensatz", "cubrimos caché, viajes y alojamiento",
  // "Remunerado, claro", and "the fee is Equity rate plus travel"
  f(
    'value',
    'zahlen bezahlen verguten ubernehmen cubrimos pagamos cubriremos pagaremos cobrimos copriamo paghiamo couvrons remunerado remunerada remunerados remuneradas retribuito retribuita plus',
    `(?:(?:wir )?(?:zahlen|bezahlen|verguten|ubernehmen)(?: wir)? (?:${W} ){0,2}(?:ihren|deinen|euren|ihr|dein|die) (?:ublichen |normalen |vollen )?(?:stundensatz|tagessatz|honorar|satz|reisekosten|fahrtkosten|kosten)|(?:cubrimos|pagamos|cubriremos|pagaremos|cobrimos|copriamo|paghiamo|nous couvrons|nous prenons en charge) (?:${W} )?(?:cache|caches|honorarios|viajes?|viagens?|alojamiento|hospedagem|gastos|despesas|desplazamientos?|estancia|hotel|vuelos?|voos?|viaggio|alloggio|spese|compenso|frais|deplacements?|hebergement|cachet)|remunerad[oa]s?(?=[,.:;!]| claro| por supuesto| obviamente)|retribuit[oa](?=[,.:;!])|the (?:fee|pay|rate) (?:is|would be|will be) (?:${W} ){1,4}plus (?:travel|expenses|accommodation|flights|hotel|per diems?))`,
    'offers paid work',
    { mode: 'statement' },
  ),
];

// Round 7 (the eleventh and twelfth corpus rounds, docs/detection.md): the people between sender and recipient in
// shapes the families above did not read, found in fresh batches the families had never been changed for, and the
// same go-betweens in more languages.
const SHARED_PLACES = `(?:class|classes|course|seminar|workshop|lab|kitchen|studio|team|group|choir|band|crew|unit|ward|clinic|lectures?|lecture series|module|office|restaurant|practice|programme|program|cohort|section|brigade|shop|firm|department|squad|orchestra|troupe|dojo|gym|salon|garage|atelier)`;
/** The gate words of a family built on SHARED_PLACES: its words, without the group and the optional plural. */
const SHARED_PLACE_KEYS = SHARED_PLACES.slice(3, -1).replace(/s\?/g, '').replace(/\|/g, ' ');
/**
 * The introducer thanked by name is a third person only in a reply to the introduction, which moves them to bcc or
 * greets the person introduced ("Dana, great to meet you"); "Ana, thank you for putting me in touch" thanks the recipient.
 */
const INTRO_REPLY = /(?:^|[^a-z])(?:bcc|b\.c\.c\.|cci|copie cachee|copia oculta|copia nascosta|copia occulta|copia cega)(?:[^a-z]|$)|(?:great|lovely|nice|good|pleasure|glad|happy) to (?:e-?)?meet (?:you|u)(?:[^a-z]|$)|(?:encantad[oa] de (?:saludarte|saludarle|conocerte|conocerle)|ravie? de (?:vous|te) (?:rencontrer|connaitre)|piacere di conoscert[ie]|prazer em conhece-l[oa])/;
function introducerThanked(m: RegExpExecArray, ctx: MatchContext): string | undefined {
  return INTRO_REPLY.test(ctx.orig.toLowerCase()) ? named((n) => `thanks ${n} for the introduction`)(m, ctx) : undefined;
}

const ROUND7: Family[] = [
  // News passed on by someone both know: "Piotr Zalewski mentioned over lunch on Friday that Daventry is moving",
  // "Lea Moretti told me over lunch that your studio is hiring" (telling the sender about the recipient needs both to know them)
  f(
    'reference',
    'mentioned told telling tells filled let showed sent forwarded shared',
    `${NAME}${APPOSITIVE}${AFFIL}${APPOSITIVE},? (?:(?:mentioned|told me|told us|tells me|tells us|was telling me|was telling us|filled me in)(?: (?:to me|in passing|over|at|during|on|in|last|this|the other|yesterday|earlier|when|while|after|a few|just|recently)(?: ${W}){0,5})?,? (?:that|you|your|about)|let me know(?: (?:in passing|over|at|during|on|last|the other|yesterday|earlier|recently)(?: ${W}){0,5})?,? (?:that|about|you(?:'re|'ve|'d| are| were| might| may| would| could| had| have| do| did))|(?:showed|sent|forwarded|shared with) (?:me|us) (?:${W} ){1,6}(?:you|your))(?![a-z])`,
    (m, ctx) => (quoting(m, ctx) ? undefined : named(refWhy('who told them about you'))(m, ctx)),
    { negatable: false },
  ),
  // Thanks to the introducer by name in a reply to an introduction: "Thanks Keiko for the intro, moving you to bcc", "Marisa ty
  // for looping us in", "Marisa, merci pour la mise en relation" (in a note to the introducer alone, the name thanked is the
  // recipient's: see introducerThanked)
  f(
    'introduction',
    'thanks thank ty thx',
    `(?:thanks|thank you|many thanks|ty|thx),? ${NAME},? (?:so much |again )?for (?:the (?:kind |warm |quick )?(?:intro|introduction|e-intro)|(?:introducing|connecting|looping in|looping|putting) (?:us|me)(?: in(?: touch)?)?)`,
    introducerThanked,
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'thanks thank ty thx merci gracias danke',
    `${NAME},? (?:thanks|thank you|many thanks|ty|thx|merci|gracias|danke)(?: so much| again| a lot)? (?:for|pour|por|fur) (?:the (?:kind |warm |quick )?(?:intro|introduction|e-intro|connection)|(?:introducing|connecting|looping in|looping|putting) (?:us|me)(?: in(?: touch)?)?|la mise en relation|la presentacion|das kennenlernen|die vorstellung)`,
    introducerThanked,
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // A teacher or boss both had: "we were both in Anand Rao's evening class", "we both cooked in Odile's kitchen"
  f(
    'reference',
    SHARED_PLACE_KEYS,
    `(?:we|you and i|you and me|me and you|the two of us)(?: were| was| both| all| sat| took| did| studied| worked| trained| sang| played| cooked| spent| survived| met){1,3}(?: ${W}){0,4} (?:in|at|on|under|through|during|from) ${NAME}'s (?:${W} ){0,3}${SHARED_PLACES}(?![a-z])`,
    named(refWhy('whom you both learned or worked with')),
    { negatable: false },
  ),
  // "Marguerite Osei managed both of us at Brightline", "Mr. Tran taught us both"
  f(
    'reference',
    'managed taught coached supervised mentored trained hired advised',
    `${NAME}${APPOSITIVE} (?:managed|taught|coached|supervised|mentored|trained|hired|advised) (?:both of us|us both|the two of us|you and me|you and i|us two)`,
    named(refWhy('whom you both worked or studied with')),
    { negatable: false },
  ),
  // German puts the participle last: "Dr. Konrad Kessler hat mir beim Kolloquium in Marburg erzählt, dass ..."; French
  // "Léa Fontaine m'a confié que ..."; "von Konstantin Adler weiß ich, dass ..."
  f(
    'reference',
    'hat',
    `${NAME}${APPOSITIVE}${AFFIL},? hat (?:mir|uns) (?:${W} ){1,8}(?:erzahlt|gesagt|empfohlen|geraten|berichtet|verraten|vorgeschlagen|geschrieben)`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  f('reference', "m'a nous", `${NAME}${APPOSITIVE},? (?:m'a|nous a) (?:confie|raconte|appris|signale|explique|ecrit)`, named(refWhy('who told them about you')), { negatable: false }),
  f('reference', 'von', `von ${NAME} (?:weis|weiss) ich`, named(refWhy('who told them about you')), { negatable: false }),
  // "I just heard from Kemal that you put my name forward"
  f('reference', 'heard learned learnt', `(?:heard|learned|learnt|found out) from ${NAME} (?:that|you|your|about)(?![a-z])`, named(refWhy('who told them about you')), { negatable: false }),
  // A named contact both share: "nous avons Julien Marchetti et 11 autres relations en commun" ("you're connected to Dana
  // Whitfield" names the target of an introduction asked for, mostly someone the sender does not know)
  f(
    'reference',
    'common commun comun gemeinsam',
    `(?:(?:we have|we share|nous avons|tenemos|wir haben) ${NAME}(?: (?:and|et|y|und) \\d+ (?:others?|autres?|otr[oa]s|andere[n]?))? (?:(?:relations|contacts|connections|contactos|kontakte) )?(?:in common|en commun|en comun|gemeinsam))`,
    named(refWhy('as someone you both know')),
    { negatable: false },
  ),
  // Dutch news passed on: "Pieter de Graaf vertelde me vorige week op de borrel dat jullie ..."
  f(
    'reference',
    'vertelde zei',
    `${NAME}${APPOSITIVE},? (?:vertelde|zei) (?:me|mij|ons)(?: ${W}){0,6},? (?:dat|over)(?![a-z])`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  // Written on someone's word, in more languages: "por indicação do Eng. Rui Monteiro", "su suggerimento del prof. Bassani",
  // "por recomendación de Flor Benítez", "op aanraden van Pieter", "at the suggestion of Dr. Amsel"
  f(
    'introduction',
    'indicacao indicacion recomendacion recomendacao suggerimento consiglio indicazione aanraden advies suggestion advice recommendation anraten hinweis',
    `(?:por (?:indicacao|indicacion|recomendacion|recomendacao|sugestao|sugerencia|consejo) (?:do|da|de|del|de la)|(?:su|per) (?:suggerimento|consiglio|indicazione|segnalazione) (?:del|della|di|dello)|op (?:aanraden|advies|aanbeveling) van|(?:at|on) the (?:suggestion|advice|recommendation|urging) of|auf (?:anraten|hinweis) von) ${NAME}`,
    named((n) => `says ${n} suggested writing`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  // A friend or colleague of someone both know, in more languages: "Soy Carla, amiga de Flor Benítez"
  f(
    'reference',
    'amiga amigo companera companero colega amie ami collegue amica amico collega vriendin vriend collega freundin freund kollegin kollege',
    `(?:amig[oa]|companer[oa]|colega|amie?|collegue|amic[oa]|collega|vriend(?:in)?|freund(?:in)?|kolleg(?:e|in)) (?:de|di|do|da|del|della|van|von|d') ?${NAME}`,
    named((n) => `names ${n} and how they know them`),
  ),
  // The introducer thanked in more languages, in a reply that moves them to the hidden copy: "Beatriz, muchas gracias por
  // la presentación. Te paso a copia oculta", "grazie per la presentazione", "obrigada pela apresentação"
  f(
    'introduction',
    'gracias grazie obrigado obrigada bedankt danke',
    `(?:(?:muchas |mil )?gracias por (?:la presentacion|presentarnos|ponernos en contacto|el contacto)|grazie (?:mille |tante )?per (?:la presentazione|averci presentat[io]|avermi messo in contatto|il contatto)|obrigad[oa] (?:pela apresentacao|por nos apresentar|pelo contato|pelo contacto)|bedankt voor (?:de introductie|het voorstellen|het contact)|danke (?:dir |ihnen |euch )?(?:furs vorstellen|fur die vorstellung|fur das vorstellen|furs vernetzen|fur den kontakt))`,
    'thanks the person who introduced you',
    { negatable: false },
  ),
  f('introduction', 'oculta nascosta occulta cega', `(?:(?:en|a|em|in|con|para|na) )?(?:copia (?:oculta|nascosta|occulta|cega))`, 'replies to an introduction', { negatable: false }),
  // The same class or team, in Spanish and Portuguese: "íbamos en el mismo grupo en la Prepa 7", "estudamos na mesma turma"
  f(
    'personal',
    'ibamos estabamos estudiamos trabajamos estuvimos fuimos coincidimos jugabamos cantabamos eramos estudamos trabalhamos estivemos fomos jogavamos',
    `(?:ibamos|estabamos|estudiamos|trabajamos|estuvimos|fuimos|coincidimos|jugabamos|cantabamos|eramos|estudamos|trabalhamos|estivemos|fomos|jogavamos)(?: ${W}){0,3} (?:en|a|na|no|em|del|de|da|do|con)(?: el| la| los| las| o| a| os| as)? (?:mism[oa]s?|mesm[oa]s?) (?:${W} )?(?:grupo|equipo|clase|colegio|escuela|universidad|master|curso|promocion|empresa|club|coro|barrio|generacion|salon|prepa|facultad|carrera|turma|escola|faculdade|time|equipa|bairro|coral|turno|laboratorio|lab|programa|residencia|oficina|planta|hospital)(?![a-z])`,
    'points out a commonality (Spanish, Portuguese)',
  ),
  // "Anjali Rao at Mehta Textiles is a client of both of ours"
  f(
    'reference',
    'ours',
    `${NAME}${AFFIL},? (?:is|was) (?:a|an) (?:${W} )?(?:client|customer|friend|colleague|supplier|contact|mentor|neighbou?r|student|teacher|patient) of (?:both of ours|ours both|us both|both of us)`,
    named(refWhy('as someone you both know')),
    { negatable: false },
  ),  // A friend knows whom the recipient knows: "I know you two co-chaired the drive", "u and Hamid still play in that league
  // right?", "you and Leticia had breakfast last month"; a stranger writes "I see you're connected to ..."
  f(
    'familiar',
    'two still both used had have worked work play played go know knew grew were are',
    `(?:you|u) two (?:co-${W}|were|are|still|used to|worked|work|know|go back|had|have)|(?:you|u) and ${W} (?:still|both|used to|had|have|worked|work|play|played|go back|know|knew|grew up|were|are)(?![a-z])`,
    (m, ctx) => (/(?:^|[^a-z])(?:see|saw|noticed|notice|linkedin|profile)(?:[^a-z]|$)/.test(ctx.sentence) ? undefined : 'knows whom they know, as a friend does'),
    { negatable: false, commonKeys: true },
  ),
  // Sign-offs and forms of address among friends: "Cheers mate", "Thanks, boss.", "un abrazo", "beijos", "Dre my man"
  f(
    'familiar',
    'mate boss buddy pal bro dude abrazo abrazos besos besitos beijos beijinhos abraco abracos bisous baci bacioni bacio abbraccio hugs xoxo man knus kram kramar klem klemmer',
    `(?:(?:cheers|thanks|thank you|ta|later|love you|see you|laters),? (?:mate|boss|buddy|pal|bro|dude)|un (?:fuerte )?abrazo|abrazos|besos|besitos|beijos|beijinhos|(?:um )?abraco|abracos|(?:gros )?bisous|baci|bacioni|un bacio|un abbraccio|(?:big )?hugs|xoxo|my man|knus|kram|kramar|klem|klemmer)(?![a-z])`,
    'writes as a friend',
    { negatable: false },
  ),
];

// The fourteenth round: shared history and their product in the other six languages, where English had families
// and they had few ("fuiste mi jefe durante la migración", "testei o fluxo de cadastro do app", "come te ho studiato al
// Politecnico"), and a year apart at the same school ("I graduated in '14, two years behind you").
const ES_BOSS = 'jefe jefa profesor profesora profe mentor mentora tutor tutora director directora supervisor supervisora responsable coordinador coordinadora entrenador entrenadora companero companera';
const PT_BOSS = 'chefe professor professora mentor mentora orientador orientadora gestor gestora supervisor supervisora coordenador coordenadora treinador treinadora colega lider';
const FR_BOSS = 'chef cheffe responsable manager professeur professeure prof mentor mentore directeur directrice encadrant encadrante tuteur tutrice entraineur entraineuse collegue superieur superieure';
const DE_BOSS = 'chef chefin vorgesetzter vorgesetzte professor professorin lehrer lehrerin mentor mentorin betreuer betreuerin doktorvater doktormutter teamleiter teamleiterin trainer trainerin ausbilder ausbilderin kollege kollegin';
const IT_BOSS = 'capo responsabile professore professoressa prof mentore relatore relatrice tutor allenatore allenatrice collega direttore direttrice';
const NL_BOSS = 'baas leidinggevende manager docent docente leraar lerares mentor begeleider begeleidster promotor trainer coach collega teamleider';
const words = (list: string) => alt(list.split(' '));
const PRODUCT = 'app apps aplicacion aplicativo aplicacao application appli applicazione anwendung web website site sitio pagina plataforma plateforme piattaforma plattform platform demo beta juego jogo jeu gioco spiel spel herramienta ferramenta outil strumento tool extension extensao extensie erweiterung estensione api';
const ROUND8: Family[] = [
  // "you were my boss / teacher" (English: "you were my boss during the migration" is a family of long standing)
  f(
    'personal',
    [ES_BOSS, PT_BOSS, FR_BOSS, DE_BOSS, IT_BOSS, NL_BOSS].join(' '),
    `(?:(?:fuiste|eras|usted fue|usted era) (?:mi|el|la) (?:${words(ES_BOSS)})|(?:(?:voce|tu) (?:foi|era)|foste) (?:o |a )?(?:meu|minha) (?:${words(PT_BOSS)})|(?:vous etiez|tu etais|vous avez ete|tu as ete) (?:mon|ma|notre) (?:${words(FR_BOSS)})|(?:sie waren|du warst) (?:mein|meine|unser|unsere) (?:${words(DE_BOSS)})|(?:eri|sei stato|sei stata) (?:il mio|la mia|mio|mia|il nostro|la nostra) (?:${words(IT_BOSS)})|(?:jij was|u was|je was) (?:mijn|onze) (?:${words(NL_BOSS)}))(?![a-z])`,
    'recalls working together (another language)',
  ),
  // "we worked together" in Portuguese, Italian and Dutch (Spanish, French and German have theirs)
  f(
    'personal',
    'juntos juntas colegas insieme colleghi compagni ensemble samengewerkt samen collega\'s collegas studiegenoten klasgenoten teamgenoten',
    `(?:(?:trabalhamos|estudamos|estivemos|jogamos|trabalhavamos|estudavamos|jogavamos|estavamos) (?:juntos|juntas)|fomos colegas|abbiamo (?:lavorato|studiato|giocato|collaborato|suonato) insieme|(?:lavoravamo|studiavamo|giocavamo|suonavamo|eravamo) insieme|eravamo (?:colleghi|compagni)|(?:on travaillait|nous travaillions|on etudiait|nous etudiions|on jouait|nous jouions|on a travaille|nous avons travaille|on a etudie|nous avons etudie|on a joue|nous avons joue) ensemble|(?:we|wij) (?:hebben|waren)(?: ${W}){0,5} (?:samengewerkt|samen gewerkt|samen gestudeerd|collega's|collegas|studiegenoten|klasgenoten|teamgenoten)|(?:we|wij) (?:werkten|studeerden|zaten) samen)(?![a-z])`,
    'points out a commonality (another language)',
  ),
  // "like you, I studied ..." (German "wie Sie habe ich ... studiert" and English have theirs); a field alone is broad
  f(
    'personal',
    'como igual comme come net zoals',
    `(?:como tu|como usted|igual que tu|al igual que tu|igual que usted|como voce|como tu|assim como voce|tal como tu|comme vous|comme toi|come te|come lei|anch'io come te|net als jij|net als u|zoals jij|zoals u),? (?:(?:yo |eu )?(?:tambien |tambem )?(?:estudie|hice|trabaje|curse|me gradue|estuve|estudei|fiz|trabalhei|me formei|cursei|estive)|(?:moi aussi,? )?(?:j'ai|je suis) (?:moi aussi )?(?:fait|etudie|travaille|suivi|passe|ete)|(?:anch'io )?(?:ho|sono) (?:anch'io )?(?:studiato|fatto|lavorato|frequentato|stato|stata)|(?:heb ik|ik heb|ben ik|ik ben|zat ik|werkte ik|studeerde ik))(?: ${W}){1,6}`,
    (m) => (/ (?:en|em|na|no|dans|in|nel|nella) (?:el |la |o |a |le |il )?(?:sector |setor |secteur |settore |industria |area )?(?:marketing|ventas|vendas|ventes|vendite|verkoop|tecnologia|tech|finanzas|financas|finance|finanza|software|datos|dados|donnees|dati|data|diseno|design|produto|producto|produit|prodotto|salud|saude|sante|sanita|zorg|logistica|logistique|logistiek|retail|startups?)(?:[^a-z]|$)/.test(m[0]) ? undefined : 'points out a commonality (another language)'),
  ),
  // Their product tried, in the other languages: "testei o fluxo de cadastro do app da Zarpa", "ich habe Ihre App getestet"
  f(
    'personal',
    'probe probamos teste testei testamos usei experimentei baixei instalei descargue instale teste essaye essaie utilise installe telecharge provato testato usato installato scaricato getestet ausprobiert installiert benutzt genutzt getest geprobeerd gebruikt uitgeprobeerd',
    `(?:(?:probe|probamos|he probado|hemos probado|descargue|instale|estuve probando) (?:${W} ){0,3}(?:tu|su|vuestra|vuestro|la|el) (?:${W} ){0,2}|(?:testei|testamos|usei|experimentei|baixei|instalei|andei testando) (?:${W} ){0,4}(?:o|a|seu|sua|vosso|vossa|do|da) |(?:j'ai|nous avons|on a) (?:teste|essaye|essaie|utilise|installe|telecharge) (?:${W} ){0,3}(?:votre|vos|ton|ta|la|le|l'|du|de la) ?(?:${W} ){0,2}|(?:ho|abbiamo) (?:provato|testato|usato|installato|scaricato) (?:${W} ){0,3}(?:la vostra|il vostro|la tua|il tuo|la sua|il suo|la|il|l') ?(?:${W} ){0,2})(?:${words(PRODUCT)})(?![a-z])|(?:ich habe|wir haben|hab|habe) (?:${W} ){0,3}(?:ihre|ihr|deine|dein|eure|euer|die|das) (?:${W} ){0,2}(?:${words(PRODUCT)})(?: ${W}){0,4} (?:getestet|ausprobiert|installiert|benutzt|genutzt)|(?:ik heb|we hebben|heb) (?:${W} ){0,3}(?:jullie|je|uw|de|het) (?:${W} ){0,2}(?:${words(PRODUCT)})(?: ${W}){0,3} (?:getest|geprobeerd|gebruikt|uitgeprobeerd)`,
    'tried their product (another language)',
  ),
  // Paying them: "do u do 1:1 coaching? would pay fr", "I'd gladly pay for a session" (the subject may be left out in chat)
  f(
    'value',
    'pay',
    `(?:(?:i'd|i would|we'd|we would|i'll|we'll|i will|we will|i can|we can|(?:happy|glad|willing|keen) to)(?: (?:gladly|happily|totally|definitely|def|of course|obviously))? pay|(?<=(?:^|[.!?\n]) *)would (?:gladly |happily |totally |def |definitely )?pay)(?: (?:for (?:it|that|your time|ur time|a session|the session|the call|the hour|your help)|you|u|fr|obviously))?(?![a-z])`,
    'offers to pay for their time',
    { negatable: false },
  ),
  // A role of the sender's own: "would like to talk with you about our regional sales manager role", "$80k base plus commission"
  f(
    'value',
    'role position opening vacancy job base salary ote year annum pa commission share overtime car vehicle',
    `(?:(?:about|regarding|re) our (?:${W} ){0,4}(?:role|position|opening|vacancy|job)(?! (?:at|on|in|with) (?:your|ur))|(?:€|\\$|£)${NUM} (?:base|salary|ote|a year|per year|per annum|pa)|(?:plus|\\+) (?:commission|a commission|profit share|overtime|a company car|a company vehicle))(?![a-z])`,
    'offers a role',
    { tag: 'role' },
  ),
  // Help offered for whenever they need it: "if u ever need help with ur Shopify store just shout"
  f(
    'value',
    'shout ask ping holler know lmk line reach call text',
    `if (?:you|your team|you guys) (?:ever )?(?:need|want|needs) (?:any )?(?:help|a hand|support|advice|a second pair of eyes|anything|a favour|a favor)(?: ${W}){0,6},? (?:just |then )?(?:shout|ask|ping me|holler|let me know|lmk|give me a shout|drop me a line|reach out|call me|text me|give me a call)(?![a-z])`,
    'offers help whenever they need it',
    { negatable: false },
  ),
  // A gift as thanks: "id love to send u a box as a thank u", "a bottle of our first pressing, on us"
  f(
    'value',
    'thank thanks free',
    `send (?:you|over) (?:a|some|one of|a few) (?:${W} ){0,3}(?:box|boxes|bottle|bottles|sample|samples|crate|bag|hamper|gift|copy|copies|jar|jars|case|voucher|tickets?|pass|passes)(?: ${W}){0,3} (?:as (?:a )?(?:thank you|thanks|thank-you|small thank you|little thank you)|on us|for free|free of charge|with our thanks)(?![a-z])`,
    'offers a gift as thanks',
    { negatable: false },
  ),
  // An introduction asked in Dutch: "Zou je ons aan elkaar willen voorstellen?", "me met haar in contact brengen"
  f(
    'introduction',
    'voorstellen contact',
    `(?:ons|me|mij) (?:aan elkaar|aan (?:hem|haar)|met elkaar|met (?:hem|haar)) (?:(?:willen|kunnen|zou) )?(?:voorstellen|in contact (?:brengen|zetten))(?![a-z])`,
    'asks for an introduction (Dutch)',
    { negatable: false, tag: 'intro-request' },
  ),
  // Someone of theirs to be introduced to, unnamed: "Do you know anyone in their recruiting team you could put me in touch with?"
  // (an introduction asked for: from a stranger a favour, from a friend what the seed recommends)
  f(
    'ask',
    'know',
    `do (?:you|u) (?:happen to )?know (?:anyone|anybody|someone|somebody)(?: ${W}){0,7} (?:you could|you might|you'd be able to|you would|who you could) (?:introduce|intro|connect|put)(?![a-z])`,
    'asks for an introduction to their contacts',
    { tag: 'intro-request' },
  ),
  // Help offered for whenever they need it, in the other languages: "als jij ooit offertes wil laten checken, vraag maar"
  f(
    'value',
    'maar weten vinden dices avisame avisadme aqui cuenta escribeme llamame escribes sag sagen melde melden ruf schreib signe hesite dis-moi dites-moi chiedi chiedimi scrivimi fammi sono chama avisa falar conta fala tienes disposicion verfugung comptez compte disposition contare conti conte contar disposicao',
    `(?:als (?:jij|je|u) (?:ooit|eens|nog eens)(?:,? ${W}){1,12},? (?:vraag maar|laat (?:het )?maar weten|je weet me te vinden|bel me|app me)|si (?:alguna vez |algun dia |un dia |en algun momento )?(?:necesitas|necesitais|necesita|necesitaras|necesitara|os hace falta|te hace falta|le hace falta|os pilla|te pilla|te sirve|le sirve|os sirve|te viene bien|le viene bien)(?: ${W}){0,8},? (?:me dices|avisame|avisadme|aqui estoy|aqui me tienes|aqui me tiene|me tienes|cuenta conmigo|puedes contar conmigo|puede contar conmigo|estoy a (?:tu|su|vuestra) (?:entera )?disposicion|escribeme|llamame|me escribes)|(?:wenn|falls) (?:du|sie|ihr) (?:mal |jemals |irgendwann )?(?:${W} ){0,8}(?:brauchst|brauchen|braucht|benotigst|benotigen),? (?:sag bescheid|sagen sie bescheid|melde dich|melden sie sich|ruf an|schreib mir|stehe ich (?:dir|ihnen|euch) gerne? zur verfugung|bin ich (?:gerne? )?(?:fur (?:dich|sie|euch) )?da)|si (?:jamais |un jour )?(?:tu as|vous avez) besoin(?: ${W}){0,8},? (?:fais-moi signe|faites-moi signe|n'hesite pas|n'hesitez pas|dis-moi|dites-moi|je suis la|je suis a (?:votre|ta) (?:entiere )?disposition|comptez sur moi|compte sur moi)|se (?:mai |un giorno )?(?:ti serve|vi serve|le serve|ti servisse|le servisse|hai bisogno|avete bisogno|avesse bisogno|aveste bisogno|avessi bisogno)(?: ${W}){0,8},? (?:chiedi|chiedimi|scrivimi|fammi sapere|sono qui|(?:io )?sono a (?:sua |tua |vostra )?(?:completa |piena )?disposizione|conta su di me|conti su di me|puo contare su di me)|se (?:algum dia |um dia )?(?:precisar|precisares|voce precisar)(?: ${W}){0,8},? (?:me chama|me avisa|e so falar|conta comigo|conte comigo|pode contar comigo|podes contar comigo|estou a (?:sua |tua |vossa )?disposicao|me fala))(?![a-z])`,
    'offers help whenever they need it (another language)',
    { negatable: false },
  ),
  // A recruiter's client, in apposition: "one of my clients, a Series B healthtech in Manchester, is looking for a Head of Data"
  f(
    'value',
    'client clients',
    `(?:one of )?(?:my|our) clients?,? (?:${W},? ){0,8}(?:is|are) (?:looking for|hiring|searching for|seeking|recruiting)(?: (?:a|an))? ((?:${W} ){0,3}${W})(?![a-z])`,
    (m) => (NOT_A_ROLE.test(m[1] ?? '') ? undefined : 'offers a role (for a client)'),
    { tag: 'role' },
  ),
  // Something free offered to everyone nearby: "I'm offering every homeowner on our street a free, no-obligation valuation"
  f(
    'value',
    'offering',
    `(?:i'm|i am|we're|we are) offering (?:you|every ${W}|all (?:${W} ){0,1}${W}|each ${W})(?: ${W}){0,4} (?:a|an)(?: ${W},?){0,3} (?:free|complimentary|no-obligation|no-cost)(?![a-z])`,
    'offers something free',
  ),
  // "do you know anyone who is hiring" in the other languages (English has its own)
  f(
    'ask',
    'kennen kennst kennt conoces conoce conoceis connaissez-vous connais-tu connais connaissez conosci conosce conoscete conhece conheces ken kent',
    `(?:(?:kennen sie|kennst du|kennt ihr)(?: (?:ja|vielleicht|zufallig|eventuell|denn))* (?:jemanden|wen|eine person|leute)(?: ${W}){0,6},? (?:der|die|das|wo|bei dem)|(?:conoces|conoce usted|conoceis|conoce)(?: por casualidad)? (?:a )?(?:alguien|alguna persona)(?: ${W}){0,6} (?:que|quien|donde)|(?:connaissez-vous|connais-tu|tu connais|vous connaissez|connaitriez-vous|connaitrais-tu)(?: par hasard)? (?:quelqu'un|une personne|des gens)(?: ${W}){0,6} (?:qui|chez|dans)|(?:conosci|conosce|conoscete)(?: per caso)? (?:qualcuno|una persona)(?: ${W}){0,6} (?:che|in|da|presso)|(?:voce conhece|conhece|conheces)(?: por acaso)? (?:alguem|alguma pessoa)(?: ${W}){0,6} (?:que|na|no|em)|(?:ken je|kent u|kennen jullie)(?: toevallig)? (?:iemand|mensen)(?: ${W}){0,6} (?:die|bij|in|op))(?![a-z])`,
    'asks them for leads (another language)',
    { tag: 'favour' },
  ),
  // Something done together in the past, any verb: "We flew the Doha rotation together in 2017", "you and I ran the
  // night desk together" (a past tense: "we could work together" is a wish, not a shared past)
  f(
    'personal',
    'together',
    `(?:we|you and i|you and me|me and you) ((?:${W} ){1,5})together(?![a-z])`,
    (m, ctx) => {
      const first = (m[1] ?? '').split(' ')[0]!;
      // "Tereza Novak (your sous chef; we cooked together in Valencia)": an aside about the person just named
      const before = ctx.sentence.slice(0, m.index - ctx.sentenceStart);
      if (before.lastIndexOf('(') > before.lastIndexOf(')')) return undefined;
      return /^(?:[a-z]+ed|flew|ran|rode|swam|sang|sat|spent|did|went|were|had|taught|built|led|wrote|shared|fought|drove|took|made|kept|grew|dug|won|lost|threw|began|brought|caught|sold|bought|met|shot|slept|stood|struck|hung|dealt|held|heard|saw|sweated|survived)$/.test(first) ? 'names something you did together' : undefined;
    },
  ),
  // Shared quarters: "we shared a flat on Kastanienallee", "we shared an office for two years"
  f(
    'personal',
    'shared',
    `(?:we|you and i) (?:once |briefly |even )?shared (?:a|an|the|that) (?:${W} ){0,2}(?:flat|apartment|office|desk|house|room|dorm|car|stage|panel|bench|lab|cubicle|kitchen|shift|shifts|locker room|dressing room|tent|cabin|studio|ward|classroom|rota|commute|ride)(?![a-z])`,
    'names something you have in common',
  ),
  // "back when I was in accounts there": the same place, at the same time
  f(
    'personal',
    'back',
    `back when (?:i|we) (?:was|were|worked|started|joined|both worked)(?: ${W}){0,5} (?:there|on your team|in your team|in your class|under you)(?![a-z])`,
    'recalls working together',
  ),
  // "Remember the Elbwiese rowing club?", "do you remember me from the Thursday five-a-side?"
  f(
    'personal',
    'remember',
    `(?:do you |you |u )?remember (?:me from|when we|our|those|the|that)(?: ${W}){1,6}(?= ?\\?)`,
    (m, ctx) => (/remember (?:me from|when we|our|those)/.test(m[0]) || namesSomething(m, ctx, 0, false) ? 'recalls something you shared' : undefined),
  ),
  // "ex-Nimbus Foods grad scheme 2015 here", "former Brightline night-shift crew here"
  f(
    'personal',
    'here',
    `(?:(?:an? )?ex-${W}|(?:a )?former ${W})(?: ${W}){0,4} here(?![a-z])`,
    (m, ctx) => (namesSomething(m, ctx, 0, false) || /^(?:an? )?ex-/.test(m[0]) ? 'points out a shared community' : undefined),
  ),
  // Work the sender did for them: "the warehouse layout I redesigned for Vos Koffie in 2022", "the kitchen we fitted for you"
  f(
    'personal',
    'built designed redesigned installed fitted renovated painted delivered planted repaired fixed rebuilt refitted catered photographed shot',
    `(?:the|your|that|those) (?:${W} ){1,3}(?:i|we) (?:built|designed|redesigned|installed|fitted|renovated|painted|delivered|planted|repaired|fixed|rebuilt|refitted|catered|photographed|shot) for (?:you|your|u|ur)(?![a-z])`,
    'recalls working together',
  ),
  // A year apart at the same school or firm: "I graduated in '14, two years behind you", "I joined a cohort after you"
  f(
    'personal',
    'behind after before ahead',
    `(?:graduated|finished|started|left|joined|qualified|trained|was there|were there|arrived)(?:,? ${W}){0,5},? (?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|[0-9]+) )?(?:year|years|cohort|cohorts|class|classes|batch|batches|intake|intakes|term|terms|semester|semesters) (?:behind|after|before|ahead of) (?:you|u)(?![a-z])`,
    'names something you have in common',
  ),
];

// The twentieth and twenty-first rounds (tune36 ... tune41, read with an engine whose model had not seen them).
const SALARY_WORDS = 'salary salario sueldo gehalt gehaltsrahmen jahresgehalt ral stipendio retribuzione remuneracion remuneracao salaire remuneration compensation';
const MONEY = `(?:[$€£] ?)?\\d[\\d.,]*(?: ?(?:k|t€|k€|€|eur|euro|euros|usd|gbp|chf|\\$|£))?`;
// What "if you like, I'll send you ..." may send that is no gift: the sender's own things (a possessive, a CV, a
// proposal or quote) or a text for them to forward.
const NOT_SENT_ABROAD = /(?:^|[^a-z])(?:mi|mis|mein|meine|meinen|mon|ma|mes|mijn|il mio|la mia|o meu|a minha|cv|curriculum|lebenslauf|portfolio|portafolio|propuesta|proposta|proposition|angebot|presupuesto|devis|offerte|preventivo|orcamento|texto|textito|resumen|mensaje|borrador|correo|email|mail|parrafo|lineas|righe|testo|messaggio|bozza|texte|brouillon|tekst|bericht|samenvatting|nachricht|entwurf|zusammenfassung|mensagem|rascunho|resumo)(?:[^a-z]|$)/;
const ROUND9: Family[] = [
  // Pay named with a role, in any language and as a range: "Gehaltsrahmen 135-150 T€", "RAL 65-75k", "Salary €95-110k"
  f(
    'value',
    SALARY_WORDS,
    `(?:${SALARY_WORDS.replace(/ /g, '|')})(?: (?:range|band|bracket|rahmen|bruto|brut|lordo|bruto anual))?(?: (?:is|of|up to|bis|de|di|da|from|von|entre|between|tra|around|circa|ca\\.?|about))?:? ${MONEY}(?: ?(?:-|to|bis|a|al|e) ?${MONEY})?(?![a-z])`,
    'offers a role with its pay',
    { tag: 'role' },
  ),
  // "a Salesforce admin for a nonprofit in Denver, $88k, fully remote"
  f(
    'value',
    'remote hybrid equity bonus benefits',
    `(?<=[$€£] ?)\\d[\\d.,]*k(?: ?- ?[$€£]? ?\\d[\\d.,]*k)?,? (?:fully remote|remote|hybrid|on-?site|plus (?:equity|bonus|benefits)|\\+ (?:equity|bonus|benefits))(?![a-z])`,
    'offers a role with its pay',
    { tag: 'role' },
  ),
  // A share paid to them: "you get 20% of their subscription every month", "we pay a referral fee of 10%"
  f(
    'value',
    'get earn receive keep fee commission share',
    // ("I can help you earn 300% with my trading system" is a sales promise, not a share paid to them)
    `(?:(?<!help (?:to )?)you(?:'d|'ll| would| will)?|your (?:firm|agency|practice|company|team)(?: would| will|'ll)?) (?:get|earn|receive|keep|be paid)(?: (?:a|an))?(?: ${W}){0,2} (?:\\d+ ?%|(?:referral|finder's|finders|introduction|intro) fee|commission|revenue share|rev share)|(?:we|i)(?:'ll| will| would|'d)? (?:pay|give|offer) (?:you )?(?:a |our )?(?:standard )?(?:referral|finder's|finders|introduction) fee`,
    // ("you'll get 10% off your next session" is a discount, see DISCOUNT_AFTER)
    (m, ctx) => (DISCOUNT_AFTER.test(ctx.orig.slice(Math.max(0, m.index + m[0].length - 12), m.index + m[0].length + 40).toLowerCase()) ? undefined : 'offers them a share'),
    { negatable: false },
  ),
  // A first period free: "The first month is free.", "your clients get their first three months free"
  f(
    'value',
    'first',
    `first (?:(?:\\d+|one|two|three|four|five|six|ten|twelve) )?(?:month|months|week|weeks|session|sessions|lesson|lessons|class|classes|order|orders|year|consultation|visit|hour|delivery|deliveries|box|batch|walk|walks|ride|rides|clean|cleaning|haircut|fitting|tasting|coaching session|consult) (?:(?:is|are|will be|would be|'s) )?(?:free|on us|on me|on the house|free of charge|complimentary)(?![a-z])`,
    'offers something free',
    { negatable: false },
  ),
  // What a respondent gets: "Everyone who completes it gets the full report", "every participant receives a $20 voucher"
  f(
    'value',
    'gets receives get receive',
    `(?:every(?:one|body)?|all|each)(?: (?:respondents?|participants?|of you|contributors?|attendees?|interviewees?))?(?: who (?:completes?|fills?|takes?|answers?|responds?|joins?|participates?|helps?)(?: (?:it|in|part|the survey|the study|out|the form))?)?,? (?:gets?|receives?|will (?:get|receive)|'ll (?:get|receive)) (?:a |an |the |our |their |your )?(?:${W} ){0,3}(?:report|results|copy|summary|benchmark|findings|gift card|gift cards|voucher|vouchers|credit|credits|discount|access|data|dataset|analysis|certificate)(?![a-z])`,
    'offers something in return for their help',
    { negatable: false },
  ),
  // The same favour returned: "I'd be very happy to do the same for your next book"
  f(
    'value',
    'same',
    `(?:(?:happy|glad|willing|ready|keen|love) to (?:do|return) the same(?: for (?:you|your|u|ur))?|(?:i'd|i would|i'll|i will|i can|i could|and i) (?:gladly |happily |of course |always )?(?:do|return) the same for (?:you|your|u|ur))(?![a-z])`,
    'offers something in return',
    { negatable: false },
  ),
  // It costs them nothing: "If it isn't worth it, you owe me nothing.", "so it costs you no labor"
  f(
    'value',
    'cost costs owe obligation obligations verplichting verplichtingen costo coste frais kostenfrei costi custo custos',
    `(?:costs? (?:you|u) (?:nothing|no ${W}|zero|not a (?:penny|cent|dime|thing))|(?:won't|will not|doesn't|does not|wouldn't|would not) cost (?:you|u) (?:a thing|anything|a penny|a cent|a dime|a dollar|a euro)|(?:you|u) (?:owe|pay) (?:me|us) nothing|(?<=[,.;:-] |^)no obligations?(?:[.!,]|$)|without (?:any )?obligation|geen verplichting(?:en)?|sin (?:ningun )?(?:costo|coste)(?: alguno)?|sans (?:aucun )?frais|kostenfrei|senza (?:alcun )?costo|senza costi|sem (?:qualquer )?custo)(?![a-z])`,
    'offers something free',
    { negatable: false },
  ),
  // "If you like, I'll send you the report", in the other languages: "als je wilt stuur ik je dat rapport"
  f(
    'value',
    'quieres quiere desea sirve voulez souhaitez veux willst wollen mochtest mochten wilt wil vuoi volete desidera quiser quiseres',
    `(?:si (?:quieres|quiere|lo deseas|lo desea|te sirve|le sirve),? (?:te|le|os) (?:mando|envio|paso|comparto|preparo|hago|ayudo|presento|llevo)|(?:si vous (?:voulez|le souhaitez)|si tu (?:veux|le souhaites)),? je (?:vous|te) (?:envoie|transmets|partage|prepare|fais|aide|presente)|wenn (?:du|sie|ihr) (?:willst|wollen|mochtest|mochten),? (?:schicke|sende|teile|mache|helfe|gebe|stelle) ich (?:dir|ihnen|euch)|als (?:je|jij|u) (?:wilt|wil),? (?:stuur|deel|maak|geef|help|stel) ik (?:je|jou|u)|(?:se vuoi|se volete|se desidera|se lo desidera),? (?:ti|vi|le) (?:mando|invio|giro|preparo|faccio|aiuto|presento)|(?:se quiser|se quiseres),? (?:te|lhe) (?:mando|envio|passo|preparo|ajudo|apresento))((?: ${W}){0,4})`,
    (m) => (NOT_SENT_ABROAD.test(m[1] ?? '') ? undefined : 'offers to give or help (another language)'),
  ),
  // "Feels like yesterday you and me were the two apprentices at Carver & Sons"
  f(
    'personal',
    'me were worked studied played started shared',
    `(?:you and (?:me|i)|me and (?:you|u)) (?:were|used to|both|worked|studied|played|shared|started|met|sat|trained|lived)(?![a-z])`,
    'points out a commonality',
  ),
  // Asked to pass them on: "are you the right person to talk to about fleet telematics? if not, who should I reach out to?"
  f(
    'ask',
    'right best correct person contact who point direct steer',
    `(?:are|would|might) you (?:be )?the (?:right|best|correct) (?:person|contact|one) (?:to (?:talk|speak|reach out|ask|contact|write|email|approach)|for (?:this|that|these|questions|a chat|a quick))|who (?:should|would|could|do|might) i (?:best )?(?:reach out to|talk to|speak to|speak with|contact|write to|ask|email|approach|get in touch with)|(?:point|direct|steer|send) me (?:to|towards|toward|in the direction of) the (?:right|best|correct) (?:person|contact|people|team|colleague)`,
    'asks them to pass the message on',
  ),
  // Names asked of a stranger: "Who are the three best SREs you've worked with?"
  f(
    'ask',
    'best top strongest who',
    `who (?:are|is|were|was|would be) the (?:(?:\\d+|two|three|four|five|few|couple of) )?(?:best|top|strongest|smartest|sharpest|most ${W}) (?:(?:\\d+|two|three|four|five|few|couple of) )?(?:${W} ){0,2}(?:you(?:'ve| have)? (?:ever )?(?:worked with|know|met|hired|managed|come across|recommend)|you'd recommend|you would recommend|in your network)`,
    'asks them for names',
  ),
  // Advice asked by wanting to ask: "I'd love to ask how you funded the first season"
  f(
    'ask',
    'ask pick',
    `(?:i'd|i would|i'd really|i would really) (?:love|like) to (?:ask (?:you )?(?:how|what|why|whether|if|about how|about what)|pick your brain)(?![a-z])`,
    'asks for their advice',
  ),
  // Favours asked in German: "Könnten Sie kurz drüberschauen und mir sagen, ...", "Würdest du mir erklären ..."
  f(
    'ask',
    'konnten wurden konntest wurdest',
    `(?:konnten|wurden|konntest|wurdest) (?:sie|du|ihr) (?:mir |uns )?(?:(?:vielleicht|kurz|bitte|eventuell|einmal|mal|einen moment) )*(?:druberschauen|druber schauen|draufschauen|drauf schauen|drueberschauen|einen (?:kurzen )?blick (?:darauf |drauf |daruber )?werfen|(?:mir|uns) (?:sagen|erklaren|helfen|verraten|schicken|geben|empfehlen|weiterhelfen)|sagen|erklaren|helfen|verraten|weiterhelfen|empfehlen|weiterleiten|vorstellen|weiterempfehlen)(?![a-z])`,
    'asks them for a favour (German)',
  ),
  // In Spanish: "¿Me dirías qué acero usaste?", "¿nos podrías contar cómo lo hicisteis?"
  f(
    'ask',
    'dirias diria contarias contaria explicarias explicaria darias daria recomendarias recomendaria ayudarias ayudaria pasarias pasaria mandarias mandaria enviarias enviaria podrias podria',
    `(?:me|nos) (?:dirias|diria|dirian|contarias|contaria|explicarias|explicaria|darias|daria|recomendarias|recomendaria|ayudarias|ayudaria|pasarias|pasaria|mandarias|mandaria|enviarias|enviaria|(?:podrias|podria|podrian) (?:decir|contar|explicar|recomendar|ayudar|pasar|mandar|enviar|echar una mano|dar))(?![a-z])`,
    'asks them for a favour (Spanish)',
  ),
  // In Portuguese: "Se souber de alguma vaga, pode indicar-me?"
  f(
    'ask',
    'pode podia poderia podes poderias indicaria ajudaria diria explicaria recomendaria',
    `(?:(?:pode|podia|poderia|podes|poderias)(?: me)? (?:indicar-me|indicar|ajudar-me|ajudar|dizer-me|dizer|explicar-me|explicar|recomendar-me|recomendar|passar-me|enviar-me|dar-me)|(?:me|nos) (?:indicaria|ajudaria|diria|explicaria|recomendaria))(?![a-z])`,
    'asks them for a favour (Portuguese)',
  ),
  // In Italian: "potrebbe darmi un consiglio?", "mi spiegheresti come ..."
  f(
    'ask',
    'potrebbe potresti potreste direbbe diresti spiegherebbe spiegheresti consiglierebbe consiglieresti aiuterebbe aiuteresti',
    `(?:(?:potrebbe|potresti|potreste)(?: (?:gentilmente|per favore|cortesemente|magari))? (?:dirmi|aiutarmi|spiegarmi|consigliarmi|indicarmi|inoltrare|girare|darmi|mandarmi|inviarmi|dare un'occhiata|dare uno sguardo)|mi (?:direbbe|diresti|spiegherebbe|spiegheresti|consiglierebbe|consiglieresti|aiuterebbe|aiuteresti))(?![a-z])`,
    'asks them for a favour (Italian)',
  ),
];

// ---------------------------------------------------------------------------------------------
// The thirteenth session's rounds (the twenty-eighth to thirty-fourth; docs/detection.md), each group with the shape
// it covers.

const ROUND10: Family[] = [];

// Collecting in other languages: a count as a goal ("Objectif 5 000 relations avant la fin de l'année"), the
// network anglicism ("sto ampliando il mio network"), every request accepted ("accetto tutte le connessioni").
const COUNTS = `(?:relations|connexions|contacts|abonnes|conexiones|contactos|seguidores|conexoes|contatos|kontakte|kontakten|verbindungen|follower|collegamenti|contatti|connessioni|connecties|contacten|volgers|connections|followers)`;
ROUND10.push(
  f(
    'collector',
    'objectif objetivo meta ziel obiettivo doel',
    `(?:objectif|objetivo|meta|ziel|obiettivo|doel)(?: (?:de|di|van|von|:))? (?:(?:les|as|os|los|le|i|gli) )?\\d[\\d,.]*(?: \\d{3})?k?\\+? ${COUNTS}`,
    'chases a number of connections',
  ),
  f(
    'collector',
    'ampliando ampliare allargare allargando espandere espandendo amplio allargo ampliar expandir expandindo crescer aumentar',
    `(?:ampliando|ampliare|allargare|allargando|espandere|espandendo|amplio|allargo|ampliar|expandir|expandiendo|expandindo|crescer|aumentar|aumentando) (?:il mio|mi|minha|meu|o meu|a minha) (?:network|networking|rete|red|rede)`,
    'connects to grow a network',
  ),
  f(
    'collector',
    'accetto aceito acepto accepte akzeptiere accepteer',
    `(?:accetto|aceito|acepto|j'accepte|akzeptiere|accepteer)(?: (?:volentieri|con piacere|com prazer|con gusto|gerne|graag))? (?:tutte le|tutti gli|ogni|qualsiasi|todas as|todos os|todas las|todos los|toutes les|tous les|alle|elke|iedere) (?:connessioni|richieste|inviti|collegamenti|conexoes|solicitacoes|convites|conexiones|solicitudes|invitaciones|connexions|demandes|invitations|anfragen|einladungen|kontaktanfragen|verzoeken|uitnodigingen|connectieverzoeken)`,
    'accepts or adds everyone',
  ),
);

// Their product used first-hand, named as their company is in the front matter: "I used Ledgerly last week to clean
// up the books", "I signed up for Plotline", "ho provato Tidewell" (33 tuning texts with the shape, 31 personal).
ROUND10.push(
  f(
    'personal',
    'used use using tried signed installed downloaded subscribed ordered bought switched usato provato installato scaricato comprato utilise essaye teste installe telecharge achete usado probado instalado descargado comprado use probe instale descargue compre usei testei experimentei instalei baixei comprei',
    `(?:(?:i|we)(?:'ve| have)? (?:signed up (?:for|to|on|with)|started using|been using|tried out|tried|used(?! to )|installed|downloaded|subscribed to|ordered from|bought from|switched to|moved to|migrated to)|(?:ho|abbiamo) (?:usato|provato|installato|scaricato|comprato)|(?:j'ai|nous avons) (?:utilise|essaye|teste|installe|telecharge|achete)|(?:he|hemos) (?:usado|probado|instalado|descargado|comprado)|(?:use|probe|instale|descargue|compre|usei|testei|experimentei|instalei|baixei|comprei))(?: (?:the|la|le|il|el|o|a|l'))? ([a-z][a-z0-9'-]{2,30})(?![a-z0-9])`,
    (m, ctx) => (ctx.notNames.has(m[1]!.replace(/'s$/, '')) ? 'has used their product' : undefined),
  ),
);

// Where the two met, in the other languages: "on s'est croisées au pot de départ de …", "nos conocimos en la feria
// de …", "ci siamo conosciuti al corso di …", "wir haben uns auf der Hannover Messe kennengelernt"; and the person at
// whose occasion it was ("au pot de départ de Sophie Garnier"), as "we met at Rémi's farewell drinks" in English.
const OCCASION_ABROAD = `(?:pot de depart|pot d'adieu|anniversaire|mariage|soiree|fete|diner|cremaillere|soutenance|despedida|cumpleanos|boda|fiesta|cena|defensa|festa di addio|festa|compleanno|matrimonio|discussione|festa de despedida|aniversario|casamento|jantar|defesa|abschiedsfeier|geburtstagsfeier|geburtstag|hochzeit|feier|verjaardag|afscheidsfeest|afscheid|bruiloft|feestje)`;
ROUND10.push(
  f(
    'personal',
    "on s'est nous nos ci wir conhecemo-nos cruzamo-nos",
    `(?:(?:on s'est|nous nous sommes)(?: deja)? (?:croise|croisee|croises|croisees|rencontre|rencontree|rencontres|rencontrees|connu|connus|connues)|nos (?:conocimos|cruzamos|conocemos)|ci siamo (?:conosciuti|conosciute|incrociati|incrociate|incontrati|incontrate)|(?:nos )?(?:conhecemo-nos|cruzamo-nos|nos conhecemos|nos cruzamos))(?: ${W}){0,2} (?:au|a la|a l'|aux|lors d[eu]|lors de la|pendant|chez|en|en el|en la|durante|a|al|alla|allo|all'|in|nel|nella|no|na|em|auf der|auf dem|bei der|bei dem|beim|im|in der)(?: ${W}){1,6}|wir (?:haben uns|sind uns)(?: ${W}){0,4} (?:auf|bei|beim|im|in|an|am)(?: ${W}){1,5} (?:kennengelernt|gesehen|getroffen|unterhalten|begegnet)`,
    (m) => (/ (?:linkedin|zoom|teams|meet|online|internet)(?: |$)/.test(m[0]) ? undefined : 'says where you met'),
  ),
  f(
    'reference',
    OCCASION_ABROAD.slice(3, -1).split('|').filter((w) => !w.includes(' ') && !w.includes("'")).join(' ') + ' pot festa despedida',
    `${OCCASION_ABROAD} (?:de|d'|di|von|van) ${NAME}`,
    named((n) => `names ${n}, at whose event you met`),
    { negatable: false },
  ),
);

// The same findings in Portuguese, Spanish and Italian: "reparei que o formulário responde …", "me di cuenta de que
// el formulario no acepta …", "ho notato che il modulo di contatto non funziona".
ROUND10.push(
  f(
    'personal',
    'formulario site pagina app aplicacao loja checkout carrinho pagamento botao link',
    `(?:reparei|notei|percebi|descobri|vi) que (?:o|a|os|as|no|na|o vosso|a vossa|o seu|a sua|vosso|vossa|seu|sua) ?(?:${W} ){0,3}(?:formulario|site|pagina|app|aplicacao|loja|checkout|carrinho|pagamento|botao|link)(?![a-z])${sameSentence(140)}(?<![a-z])(?:nao (?:carrega|funciona|abre|aparece|aceita)|erro|responde|recusa|rejeita|bloqueia|trava|falha|404|500|quebrad[oa])(?![a-z])`,
    'names a specific finding about their product (Portuguese)',
  ),
  f(
    'personal',
    'formulario web pagina app aplicacion tienda checkout carrito pago boton enlace',
    `(?:me di cuenta|note|vi|descubri|he visto|he notado|hemos visto|notamos|vimos) (?:de )?que (?:el|la|los|las|tu|su|vuestro|vuestra) ?(?:${W} ){0,3}(?:formulario|web|pagina|app|aplicacion|tienda|checkout|carrito|pago|boton|enlace)(?![a-z])${sameSentence(140)}(?<![a-z])(?:error|falla|no (?:carga|funciona|aparece|se ve|abre|acepta)|se cuelga|responde|rechaza|bloquea|404|500)(?![a-z])`,
    'names a specific finding about their product (Spanish)',
  ),
  f(
    'personal',
    'modulo form sito pagina app negozio checkout carrello pagamento pulsante link',
    `(?:ho notato|ho visto|mi sono accorto|mi sono accorta|ho scoperto|abbiamo notato|abbiamo visto) che (?:il|la|lo|l'|i|le|il vostro|la vostra|il tuo|la tua|il suo|la sua) ?(?:${W} ){0,3}(?:modulo|form|sito|pagina|app|negozio|checkout|carrello|pagamento|pulsante|link)(?![a-z])${sameSentence(140)}(?<![a-z])(?:errore|non (?:carica|funziona|si apre|appare|accetta)|si blocca|rifiuta|risponde|404|500)(?![a-z])`,
    'names a specific finding about their product (Italian)',
  ),
);

// A moment of their work told by what they did in it: "the offline-sync demo where you yank the wifi cable mid-edit",
// "the episode where you interviewed the night-shift porters" (not "the app where you can book a slot": a feature).
ROUND10.push(
  f(
    'personal',
    'where when',
    `(?:the|that|your) (?:${W} ){0,3}(?:${WORK}) (?:where|in which|when) you (?!(?:can|could|will|would|might|should|may|must|need|get|have|'ll|'d)(?![a-z]))${W}(?: ${W}){1,8}`,
    'mentions something they did',
  ),
);

// Offers in a few more shapes: a favour already done ("just endorsed you for Inspection & Testing", "sent two leads
// your way"); a place with the sender ("she's welcome on our ward for a week"); the pay of a role ("£58k plus car and
// bonus", "banda 60-70k"); help with anything, in six languages ("anything you need from our side, just ask",
// "qualsiasi cosa ti serva, chiedi pure", "lo que necesites, me dices").
ROUND10.push(
  f(
    'value',
    'endorsed recommended left wrote referred sent',
    `(?:(?:i|we)(?:'ve| have)? )?(?:just |already )?(?:endorsed you(?: for| on)|recommended you (?:for|to)|(?:left|wrote) you (?:a|an) (?:review|recommendation|testimonial|reference)|referred (?:a client|a customer|someone|(?:two|three|a few|\\d+) (?:clients|customers|people|leads)) to you|sent (?:a client|a customer|someone|a lead|(?:two|three|a few|some|\\d+) (?:clients|customers|leads|people)) your way)`,
    'has already done them a favour',
  ),
  f(
    'value',
    'welcome',
    `(?:she's|she is|he's|he is|they're|they are|you're|you are) (?:more than |very |always |most )?welcome (?:on|at|in|to join) (?:our|my) (?:${W} ){0,2}(?:ward|team|office|lab|studio|site|kitchen|shop|farm|workshop|clinic|school|class|garage|stand|booth|table|course|crew|rota|shift|practice)(?![a-z])`,
    'offers them a place with the sender',
  ),
  f(
    'value',
    'plus banda rango horquilla fascia faixa #num',
    `(?:\\d[\\d,.]*(?:k|,\\d{3}|\\.\\d{3})(?: ?- ?(?:€|\\$|£)?\\d[\\d,.]*(?:k|,\\d{3}|\\.\\d{3}))? (?:plus|\\+) (?:a )?(?:car|bonus|equity|benefits|relocation|shares|stock|commission|overtime|pension)|(?:banda|rango|horquilla|fascia|faixa)(?: salarial| retributiva| de salario)?(?: de)? (?:€|\\$|£)?\\d[\\d.,]*(?: ?k| mil)?(?: ?- ?| a | y | e )(?:€|\\$|£)?\\d[\\d.,]*(?: ?k| mil)?)`,
    // "I'm looking for 60k plus bonus", "my current package is 58k plus car": the sender's own pay
    (m, ctx) => (OWN_PAY_BEFORE.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? undefined : 'states the pay of the role'),
    { negatable: false },
  ),
  f(
    'value',
    'anything qualsiasi cualquier lo qualquer wenn si als',
    `(?:(?:and )?anything (?:you need|you want)(?: ${W}){0,4},?(?: (?:${W},? ){0,8})?(?:just )?(?:ask|shout|say (?:it|the word)|let me know|tell me|holler|give me a shout)|(?:qualsiasi cosa|per qualsiasi cosa|se ti serve qualcosa)(?: ti serva| ti serve)?,? (?:chiedi|chiedimi|dimmi|fammi sapere|scrivimi|sono qui)|(?:lo que necesites|cualquier cosa que necesites|si necesitas algo),? (?:me dices|dime|avisame|pideme|aqui estoy|cuenta conmigo)|(?:qualquer coisa(?: que precisar)?|se precisar de (?:alguma coisa|algo)),? (?:e so (?:falar|chamar|pedir|dizer)|me avisa|conta comigo|estou aqui)|wenn (?:du|ihr|sie) (?:was|etwas|irgendwas) (?:brauchst|braucht|brauchen),? (?:sag|sagt|sagen sie|melde dich|meld dich) (?:bescheid|einfach)?|si (?:tu as|vous avez) besoin de quoi que ce soit,? (?:n'hesite pas|n'hesitez pas|dis-le|dites-le|fais-moi signe|faites-moi signe)|als (?:je|jij|u) (?:iets|wat) nodig (?:hebt|heeft),? (?:laat het weten|zeg het maar|geef een gil|bel me))`,
    'offers help with anything they need',
    { negatable: false },
  ),
);

// Paying them, in Italian with the object first: "la consulenza te la paghiamo", "ti paghiamo la trasferta".
ROUND10.push(
  f(
    'value',
    'te ve glie ti vi sara e viene paghiamo',
    `(?:(?:te|ve|glie) ?(?:la|lo|li|le) (?:paghiamo|pago|paghero|pagheremo|rimborsiamo)|(?:ti|vi) (?:paghiamo|pagheremo|paghero|rimborsiamo)|(?:sara|e|viene) (?:regolarmente )?(?:pagat[oa]|retribuit[oa]|compensat[oa]))(?![a-z])`,
    'offers to pay for their time (Italian)',
    { negatable: false },
  ),
);

// A job asked about as news to pass on: "Kindly let me know if you have any openings", "lmk if your team has a vacancy";
// an introduction asked in Italian and Portuguese with the pronoun first: "Ti andrebbe di presentarci?", "Achas que nos
// podias apresentar?"
ROUND10.push(
  f(
    'ask',
    'let lmk tell inform',
    `(?:let me know|lmk|tell me|inform me|keep me posted|keep me in mind)(?: if| whether| in case) (?:you|u|${YOUR} (?:${W} ){0,2}(?:team|company|firm|org|organi[sz]ation|department|practice|hospital|school|agency|startup)|there) (?:have|has|are|is|know of|hear of|come across|see)(?: (?:got|any|an|a))? (?:${W} ){0,2}(?:openings?|vacanc(?:y|ies)|positions?|roles?|opportunit(?:y|ies)|jobs?|hiring|internships?|placements?)(?![a-z])`,
    'asks for a job lead',
  ),
  f(
    'introduction',
    'andrebbe potresti presentarci presentarmi apresentar podias podes poderias',
    // ("me pode apresentar a proposta?" asks them to present something: only "us", or "me" to someone)
    `(?:(?:ti|le|vi) (?:andrebbe|va|sentiresti|sentirebbe) di (?:presentarci|metterci in contatto|mettermi in contatto)|(?:potresti|potrebbe|puoi|riusciresti) presentarci|nos (?:podias|podes|poderias|pode|poderia|consegues|conseguias) apresentar|(?:podias|podes|poderias|pode|poderia) apresentar-nos)(?![a-z])`,
    'asks for an introduction',
    { negatable: false, tag: 'intro-request' },
  ),
);

// The stock invitation in Swedish, Danish and Norwegian; greetings and blessings that say nothing of the sender's own
// ("Assalam o alaikum", "greetings of the day", "God bless!").
ROUND10.push(
  f(
    'stock',
    'jag jeg vill vil',
    // ("Jeg vil gerne føje dig til mit professionelle netværk", "Jeg vil gjerne legge deg til i mitt nettverk", "jeg vil
    // gerne være en del af dit netværk": ø and å fold to o and a, æ stays)
    `(?:jag|jeg) (?:vill|vil)(?: (?:garna|gerne|gjerne))? (?:(?:lagga till|tilfoje|legge til|lægge til|laegge til) (?:dig|deg) (?:i|til)|(?:lagga|foje|tilfoje|legge) (?:dig|deg) til(?: i)?|(?:vaere|være) en del af|bli en del av) (?:mitt|mit|mine?|dit|ditt) (?:${W} )?(?:natverk|netvaerk|netværk|nettverk)(?: (?:pa|på) linkedin)?`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'filler',
    'assalam asalam assalamu salam alaikum greetings compliments god jazakallah',
    `(?:(?:as-?salaa?mu?|assalam|asalam|assalamu|salam)(?: o| u|-o|-u)? (?:alaikum|alaykum|aleikum|alekum)(?: (?:wa )?rahmatullah(?:i)?(?: wa barakatuh)?)?|(?:warm )?(?:greetings|compliments) of the (?:day|season)|god bless(?: you)?|jazakallah(?: khair(?:an)?)?)`,
    'pleasantry',
    { negatable: false },
  ),
);

// A favour asked as "any chance you could …" ("Any chance u could refer me for the analyst role at Barclays?"), and a
// role offered through a client ("exciting opportunity w a fintech client in London, senior QA").
ROUND10.push(
  f(
    'ask',
    'chance',
    `any chance (?:you|u)(?:'d| could| would| can| might| will)? (?:${W} )?(?:refer|recommend|introduce|intro|connect me|put in a (?:good )?word|pass (?:on|along)|forward|review|look over|endorse|vouch|sponsor|mentor|share my|sign|fill|vote)(?![a-z])`,
    'asks them for a favour',
  ),
  f(
    'value',
    'opportunity opp oppty role position opening',
    `(?:exciting|great|interesting|exclusive|new|urgent|amazing|excellent|cool|fantastic|unique) (?:opportunity|opp|oppty|role|position|opening|vacancy) (?:with|w|w/|at|for) (?:a|an|one of|our|my) (?:${W} ){0,3}(?:client|clients|company|startup|firm|scale-?up|bank|fintech|team|hospital|agency|brand|retailer)(?![a-z])`,
    'offers a role',
    { tag: 'role' },
  ),
);

// Someone both know passed on their contact, with the name first: "Wouter van Dijk gaf me je e-mailadres", "Jana hat
// mir deine Nummer gegeben", "Pierre m'a donné ton contact", "Giulia mi ha dato il tuo numero" (Spanish "Lucía me pasó
// tu correo" has a family of its own).
ROUND10.push(
  f(
    'introduction',
    'gaf heeft hat gab donne passe transmis passou deu dato passato girato',
    `${NAME}${APPOSITIVE} (?:gaf (?:me|mij)|heeft (?:me|mij)|hat (?:mir|uns)|gab (?:mir|uns)|m'a (?:donne|passe|transmis|file)|nous a (?:donne|passe|transmis)|me (?:passou|deu)|nos (?:passou|deu)|mi ha (?:dato|passato|girato)|ci ha (?:dato|passato|girato)) (?:(?:je|jouw|uw|deine|ihre|deinen|ihren|dein|ihr|ton|ta|tes|votre|vos|tu|su|tus|sus|o teu|o seu|a tua|a sua|teu|seu|il tuo|il suo|la tua|la sua|i tuoi|i suoi) )?(?:e-mailadres|mailadres|emailadres|e-mail-adresse|e-mail|email|mail|nummer|telefonnummer|handynummer|kontakt|kontaktdaten|contact|coordonnees|adresse|numero|correo|contacto|contato|indirizzo|contatto|telefone)(?![a-z])`,
    named((n) => `says ${n} gave them your contact`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
);

// Leads asked for in passing: "looking for a flat in Arroios if u know anyone renting"; an appointment asked for in
// formal English: "Kindly give a suitable time for the appointment".
ROUND10.push(
  f(
    'ask',
    'know',
    `if (?:you|u) (?:happen to |ever )?know (?:anyone|anybody|someone|somebody|any ${W}|of (?:anyone|anybody|any ${W})) (?:who(?:'s| is| are)? |that(?:'s| is| are)? )?(?:renting|hiring|selling|subletting|recruiting|looking for (?:a |an )?(?:${W} )?(?:hire|intern|developer|designer|nurse|tenant|flatmate)|with (?:a |an )?(?:room|flat|spot|opening|vacancy))(?![a-z])`,
    'asks them for leads',
  ),
  f(
    'ask',
    'give grant allot provide suggest fix',
    `(?:give|grant|allot|provide|share|suggest|fix)(?: (?:us|me))? (?:a |an |your |some )?(?:(?:suitable|convenient|good) (?:time|slot|date)(?: (?:and|or) (?:date|time))?(?: (?:for|to) (?:the |an |a )?(?:appointment|meeting|visit|call|demo|discussion))?|appointment|meeting slot)(?![a-z])`,
    // ("I can suggest a good time for the call": the sender's own offer)
    (m, ctx) => (/(?:^|[^a-z])(?:i|we|i'll|we'll|i can|we can|i could|we could|i will|we will|happy to|glad to|let me)\s*$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? undefined : 'asks for their time'),
  ),
);

// A warm introduction asked for as what it would mean ("a warm intro would mean a lot"); a good word put in, in five
// languages ("een goed woordje voor me doen"); greetings from a person both know ("Groetjes ook van Bram", "Grüße von
// Anna", "saludos de Pablo"); a demo or call asked in other languages ("¿Te interesaría una demo de 20 minutos?").
ROUND10.push(
  f(
    'introduction',
    'intro introduction',
    `(?:a|an) (?:warm |quick |email |e-|short )?(?:intro|introduction) would (?:really |honestly )?(?:mean (?:a lot|the world|so much)|be (?:great|amazing|huge|much appreciated|a huge help|incredible|gold)|help (?:a lot|enormously|so much))`,
    // only with the person named just before ("Do you still talk to Rachel Green at Figma? A warm intro would ..."); an
    // intro to "anyone in your portfolio" names no one
    (m, ctx) => (/(?:^|[^A-Za-z])(?:to|with|know|knows|knew|contact)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-zà-ÿ'-]+(?:\s+[A-Z][a-zà-ÿ'-]+)?/.test(ctx.orig.slice(Math.max(0, m.index - 200), m.index)) ? 'asks for an introduction' : undefined),
    { negatable: false, tag: 'intro-request' },
  ),
  f(
    'ask',
    'goed woordje gutes wort mot parola cable hablar',
    `(?:(?:een )?goed woordje (?:voor (?:me|mij) )?(?:(?:willen|kunnen|wil|kun) )?(?:doen|doet|zeggen)|ein gutes wort (?:fur mich )?(?:einlegen|einlegst)|(?:glisser|placer|dire) un (?:bon )?mot (?:pour moi)?|(?:hablar|hablarle|decir) bien de mi|echarme un cable|(?:mettere|metteresti|mettermi) una buona parola|(?:dar|darias|daria) uma (?:boa )?palavra (?:por mim)?)(?![a-z])`,
    'asks them for a favour',
  ),
  f(
    'reference',
    'groetjes groeten gruse grusse saludos bises amities abracos',
    `(?:(?:de )?(?:groetjes|groeten)(?: ook)? van|(?:viele |liebe |schone )?gru(?:ss|s)e(?: auch| ubrigens)? von|saludos(?: tambien)? de(?: parte de)?|(?:bises|amities)(?: aussi)? de la part de|(?:abracos|beijos)(?: tambem)? d[oa]) ${NAME}`,
    named(refWhy('who sends greetings')),
    { negatable: false },
  ),
  f(
    'ask',
    'interesaria interesa gustaria interesserebbe interessaria interesse partant hatten hattest',
    `(?:(?:te|le|les) (?:interesaria|interesa|gustaria|vendria bien) (?:una|un) (?:demo|demostracion|llamada|reunion|videollamada|call|cafe)|(?:ti|le|vi) interesserebbe (?:una|un) (?:demo|call|chiamata|videochiamata|incontro)|(?:te|lhe|vos) interessaria (?:uma|um) (?:demo|demonstracao|chamada|reuniao|call|conversa)|(?:seriez-vous|serais-tu|etes-vous|es-tu) (?:interesse|interessee|partant|partante|dispo|disponible) (?:pour|par) (?:une|un) (?:demo|appel|call|echange|rendez-vous|visio)|(?:hatten sie|hattest du|habt ihr) (?:interesse an|lust auf|zeit fur) (?:einer|einem|eine|einen) (?:demo|call|termin|gesprach|telefonat|austausch))(?![a-z])`,
    'asks for their time (a call or a demo)',
    { tag: 'call' },
  ),
);

// A class both sat in, by its titled teacher: "Year 12 chem with Mr Harlow", "the same CS3230 tutorial with Prof. Tan";
// an event named where the sender met them: "Met you at Lisbon Startup Night at LX Factory".
ROUND10.push(
  f(
    'personal',
    'class classes course tutorial lecture lectures seminar lesson lessons module lab labs chem chemistry physics maths math english history biology art music form',
    `(?:class|classes|course|tutorial|lecture|lectures|seminar|lesson|lessons|module|lab|labs|chem|chemistry|physics|maths|math|english|history|biology|art|music|form|tutor group|homeroom) with (?=(?:mr|mrs|ms|miss|prof|professor|dr|herr|frau|sr|sra|mme|madame|monsieur|coach|sir)\\.? )${NAME}`,
    // only in a sentence about the two of them ("we were in the same ...", "long time since ...", "remember ...")
    (m, ctx) => (/(?:^|[^a-z])(?:we|us|our|same|both|remember|since|back in|those days|fellow)(?![a-z])/.test(ctx.sentence) ? named(refWhy('a teacher you both had'))(m, ctx) : undefined),
    { negatable: false, alsoReference: true },
  ),
  f(
    'personal',
    'met saw heard spotted',
    `(?:(?:i|we) )?(?:met|saw|heard|spotted) (?:you|u) (?:at|during|on) (?:the )?([a-z0-9][a-z0-9'-]*(?: [a-z0-9][a-z0-9'&-]*){1,3})`,
    // an event named in capitals or with its year ("Lisbon Startup Night", "DevFest 2023"), not "the conference"
    (m, ctx) => {
      if (ctx.caseless) return undefined;
      const idx = m.indices?.[1];
      if (!idx) return undefined;
      const words = ctx.orig.slice(idx[0], idx[1]).split(' ');
      const capitals = words.filter((w) => /^[A-Z0-9]/.test(w)).length;
      return capitals >= 2 && /^[A-Z]/.test(words[0]!) && !/^(?:LinkedIn|Zoom|Teams|Google|Twitter|Instagram|Facebook|TikTok|YouTube|Slack)$/.test(words[0]!) ? 'mentions meeting them somewhere specific' : undefined;
    },
  ),
);

// Something asked for free: "Could you please send me a free license key", "can I get a free copy for my stream?"
ROUND10.push(
  f(
    'ask',
    'send give grant get spare could can may',
    `(?:(?:send|give|grant|spare|gift)(?: me| us)|(?:could|can|may|might) (?:i|we) (?:get|have|grab|receive))(?: (?:a|an|some|two|three|\\d+))? (?:free )?(?:license|licence|key|keys|copy|copies|access|account|trial|sample|samples|ticket|tickets|pass|passes|upgrade|premium|subscription|code|codes|arc|review copy)(?: (?:for free|free of charge|gratis|on the house))?(?![a-z])`,
    (m) => (/ free | for free| free of charge| gratis| on the house/.test(m[0] + ' ') ? 'asks for something for free' : undefined),
  ),
);

// A pleasantry about their place or work in general: "Hope the shop's keeping busy", "hope the practice is doing well".
ROUND10.push(
  f(
    'filler',
    'hope hoping',
    `(?:i )?(?:hope|hoping) (?:the|your|ur) (?:${W} ){0,2}(?:${W}'s|is|are|has been|have been) (?:keeping|doing|going|staying|treating you|being)(?: (?:well|busy|good|great|ok|okay|nicely|smoothly|kind|alright))?`,
    'pleasantry',
    { negatable: false },
  ),
);

// Portuguese "você poderia me apresentar ao Rodrigo Lima?": an introduction asked, with the person named (not "me
// apresentar a proposta", which presents a thing).
ROUND10.push(
  f(
    'introduction',
    'apresentar',
    `(?:(?:me|nos) (?:podias|podes|poderias|pode|poderia|consegue|conseguiria|consegues)|(?:podias|podes|poderias|pode|poderia|consegue|conseguiria|consegues) (?:me|nos)) apresentar (?:ao|a|aos|as|para o|para a|pro|pra) ${NAME}`,
    named((n) => `asks for an introduction to ${n}`),
    { negatable: false, tag: 'intro-request' },
  ),
);

// "long time!", "it's been ages": a pleasantry; the stock invitation in Polish.
ROUND10.push(
  f(
    'filler',
    'long been',
    `(?:long time(?: no (?:see|speak|talk|chat|hear))?|(?:it's |it has )?been (?:a while|ages|forever|too long|way too long))(?= *[!.?,]| *$)`,
    'pleasantry',
    { negatable: false },
  ),
  f(
    'stock',
    'chcialbym chcialabym chce',
    `(?:chcialbym|chcialabym|chce) (?:dodac|zaprosic) (?:pana|pania|cie|ciebie|panstwa) do (?:mojej|swojej) sieci(?: (?:zawodowej|kontaktow|kontaktow zawodowych))?(?: na linkedin)?`,
    'stock invitation text',
    { negatable: false },
  ),
);

// An introduction asked to someone not named, in other languages ("könntest du mich jemandem im Einkauf vorstellen",
// "¿podrías presentarme a alguien de tu equipo de compras?"): no introduction, but a purpose, and a favour from a stranger.
ROUND10.push(
  f(
    'ask',
    'bekannt vorstellen vorzustellen kontakt presentarme presentarnos presentarias poner presentarmi mettermi mettre mettrais mettriez presenter apresentar apresentares',
    `(?:(?:uns|mich) (?:${W} ){0,3}(?:bekannt (?:zu )?machen|vorstellen|vorzustellen|in kontakt bringen)|(?:uns |mich )?bekannt (?:zu )?machen|presentarme a|presentarnos a|me presentarias a|me (?:podrias|puedes|podria|puede) presentar a|ponerme en contacto con|presentarmi a|mettermi in contatto con|me (?:mettre|mettrais|mettriez|mettre) en (?:contact|relation) avec|me presenter a|me (?:apresentar|apresentares) a)`,
    (m, ctx) => (UNNAMED_TARGET.test(ctx.sentence) ? 'asks for an introduction to their contacts' : undefined),
    { negatable: false, tag: 'intro-request', back: 12 },
  ),
);

// "ich wünsche Ihnen einen guten Start in die Woche", "vamos nos conectar?": a pleasantry and a stock line.
ROUND10.push(
  f(
    'filler',
    'wunsche wunschen',
    `(?:ich |wir )?(?:wunsche|wunschen) (?:ihnen|dir|euch) (?:einen |ein |eine )?(?:(?:guten|schonen|erfolgreichen) (?:start in die woche|wochenstart|tag|abend|wochenende)|schones wochenende|gute woche|erfolgreiche woche|frohe (?:feiertage|ostern|weihnachten)|alles gute)`,
    'pleasantry',
    { negatable: false },
  ),
  f('stock', 'vamos bora', `(?:vamos (?:nos )?conectar|bora (?:nos )?conectar|vamos fazer networking)(?: por aqui| no linkedin)?`, 'stock invitation text', { negatable: false }),
);

// Good wishes in the other languages ("Espero que esteja tudo bem consigo e com a família", "Votos de um Santo Natal",
// "espero que estés bien", "buone feste", "frohe Weihnachten"); the Portuguese stock line "gostaria de fazer parte da
// sua rede".
ROUND10.push(
  f(
    'filler',
    'espero spero',
    `(?:espero que (?:esteja|estejas|estes|este|esteis|tudo esteja|todo este|todo vaya)(?: tudo| todo)? (?:bem|bien|ok)(?: (?:consigo|contigo|com a familia|con la familia|con tu familia|por ai|por alla|por aqui|e com a familia))*|spero (?:che )?(?:tutto (?:bene|ok)|stia bene|tu stia bene)(?: (?:a te|anche a te|con la famiglia))?)`,
    'pleasantry',
    { negatable: false },
  ),
  f('stock', 'gostaria quero', `(?:gostaria|gostava|quero) de (?:fazer parte da|integrar a|entrar na|adicionar-te a|adiciona-lo a|adiciona-la a) (?:sua|tua|minha) rede(?: profissional)?(?: no linkedin)?`, 'stock invitation text', { negatable: false }),
  f('filler', "j'espere", `j'espere que (?:vous allez|tu vas|tout va) bien`, 'pleasantry', { negatable: false }),
  f(
    'filler',
    'votos desejo-lhe desejo-te deseo auguro souhaite wunsche',
    `(?:votos de|desejo-lhe|desejo-te|(?:te|le|les) deseo|(?:vi|ti|le) auguro|je (?:vous|te) souhaite|ich wunsche (?:ihnen|dir|euch))(?: (?:um|uma|una|un|une|de|d'|ein|eine|einen|frohe|schone))*(?= (?:santo|feliz|bom|boas|felices|buon|buone|bonne|bonnes|frohe|schone|excelente|prospero) )`,
    'pleasantry',
    { negatable: false },
  ),
  // The season's wishes start at their adjective; "votos de um" / "je vous souhaite de" before it are function words.
  f(
    'filler',
    'santo feliz bom boas felices buon buone bonne bonnes frohe schone excelente prospero',
    `(?:(?:santo|feliz|bom|boas|felices|buon|buone|bonne|bonnes|frohe|schone|excelente|prospero) )+(?:natal|ano novo|festas|navidad|fiestas|ano nuevo|natale|feste|fetes|annee|weihnachten|feiertage|ostern|pascoa|pascua|pasqua)(?: e (?:de )?(?:um |uma )?(?:${W} ){0,2}(?:ano novo|festas|ano))?`,
    'pleasantry',
    { negatable: false },
  ),
);

// ---------------------------------------------------------------------------------------------
// The thirty-sixth round on (fourteenth session): one list, each group with the shape it covers.
const ROUND11: Family[] = [];

// A favour asked as what it would mean or as something appreciated ("would mean a lot if you upvoted + shared", "would
// also appreciate a follow on my coaching page"), and time asked in the formal register ("kindly give 20 minutes of
// your valuable time")
const SMALL_FAVOURS = `(?:upvote|upvoted|share|shared|like|liked|vote|voted|follow|followed|repost|reposted|review|reviewed|rate|rated|sign|signed|subscribe|subscribed|comment|commented|join|joined|check|checked|try|tried|recommend|recommended|refer|referred|support|supported|donate|donated|spread|retweet|retweeted|boost|boosted|endorse|endorsed|test|tested|fill|filled|answer|answered|took|take)`;
ROUND11.push(
  f(
    'ask',
    'mean',
    `(?:would|will|'d|it'd) (?:really |honestly |truly )?mean (?:a lot|so much|the world|a great deal|heaps|loads)(?: to (?:me|us|our team|the team))? if (?:you|u)(?: could| would| can| were to| might)?(?: ${W})? ${SMALL_FAVOURS}(?![a-z])`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'appreciate grateful love',
    `(?:(?:i|we)(?:'d| would)|would)(?: (?:also|really|truly|so|greatly|sincerely))?(?: be)? (?:appreciate|grateful for|love) (?:a|an|your|some|any) (?:quick |small |little )?(?:follow|like|share|repost|retweet|upvote|vote|rating|shout-?out|signature|endorsement|testimonial|subscription|donation|pledge|boost)s?(?![a-z])`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'minutes mins min',
    `(?:give|spare|grant|allot|devote)(?: (?:me|us))? (?:\\d+|a few|ten|fifteen|twenty|thirty|some) ?(?:minutes|mins|min) of (?:your|ur) (?:valuable |precious |busy )?(?:time|schedule|day)`,
    'asks for their time',
    { tag: 'call' },
  ),
);

// The connection request in other words ("I want to be your friend on LinkedIn"); a job hunt told after what the sender
// is ("I am hospitality management graduate looking for F&B supervisor roles")
ROUND11.push(
  f('stock', 'friend friends', `(?:i )?(?:want|would like|'d like|wish|like|love) to (?:be|become) (?:your )?friends?(?: with (?:you|u))? (?:on|in|at|here on) linkedin`, 'stock invitation text', { negatable: false }),
  f(
    'reason',
    'looking seeking searching',
    `(?:graduate|grad|student|fresher|postgraduate|professional|engineer|developer|designer|nurse|analyst|accountant|teacher|chef|alumnus|alumna|major|candidate|mom|mum|dad|veteran)s?,? (?:currently |actively |now )?(?:looking for|seeking|searching for)(?: (?:a|an|new|my next|the next|some|any|full-time|part-time|remote|junior|senior|entry-level))*(?: ${W}){0,3} (?:job|jobs|role|roles|position|positions|opportunit(?:y|ies)|internship|internships|opening|openings|placement|placements)(?![a-z])`,
    'says they are looking for a job',
  ),
);

// Money offered as what is being paid ("We're paying $75 for a 30-minute interview", "night shifts this week paying
// £28/hr"); a recommendation or endorsement offered back ("happy to write one for you too", "I endorse you back")
ROUND11.push(
  f(
    'value',
    'paying',
    `(?:(?:we're|we are|i'm|i am|we'll be|i'll be|we will be|i will be) (?:also )?paying(?: (?:you|participants|everyone|each person|each participant|interviewees|respondents))?|(?:shifts?|roles?|positions?|jobs?|gigs?|contracts?|placements?|work)(?: (?:${W}|¤)){0,8} paying) (?:[$£€¥₹]|usd |eur |gbp |rs\\.? |inr )?\\d[\\d,.]*k?(?![a-z])`,
    (m) => (/^(?:we|i)/.test(m[0]) ? 'offers to pay for their time' : 'offers paid work'),
    { senderOnly: true, back: 10 },
  ),
  f(
    'value',
    'too well return back also',
    `(?:(?:happy|glad|willing|keen) to|(?:i|we)(?:'ll|'d| will| would| can| could)(?: (?:happily|gladly|definitely|of course))?(?: be (?:happy|glad) to)?) (?:write|do|leave|give|return) (?:you )?(?:one|the same|a recommendation|an endorsement|a review|a testimonial)(?: for (?:you|u))? (?:too|as well|in return|back|also)(?![a-z])|(?:i|we)(?:'ll| will| would| can|'d)? (?:endorse|recommend) (?:you|u) (?:back|too|in return|as well)(?![a-z])`,
    'offers something in return',
    { senderOnly: true, back: 12 },
  ),
);

// A teacher both had, named ("We both had Dr Pennock for ruminant nutrition", "we had the same lab group with Dr.
// Pap"); someone both know who talks about them ("Martin Hale still talks about your three-step drills")
ROUND11.push(
  f('reference', 'had', `(?:we|you and i|you and me|me and you) (?:both |all )?had ${NAME} (?:for|as|in|teaching)(?![a-z])`, named((n) => `names ${n}, whom you both studied with`), { negatable: false, commonKeys: true }),
  f('reference', 'same', `(?:we|you and i|you and me|me and you) (?:both |all )?(?:had|were in|shared|took|did) the same (?:${W} ){0,4}(?:with|under|taught by|run by) ${NAME}`, named((n) => `names ${n}, whom you both studied with`), { negatable: false }),
  f(
    'reference',
    'talks talked raves raved speaks spoke goes went talking raving',
    `${NAME}${APPOSITIVE},? (?:still |always |often |constantly |keeps |kept )?(?:talks|talked|raves|raved|speaks|spoke|goes on|went on|talking|raving) (?:about|of) (?:you|u|your|ur)(?![a-z])`,
    named(refWhy('who talks about you')),
    { negatable: false },
  ),
);

// A go-between introducing two people to each other ("Kim, meet Jae-won", "Ana, Tomás - introducing you as promised",
// "connecting you two as promised");
// the sender introduced through someone the recipient knows, with where from ("Dev Malhotra's flatmate from Pune 👋")
ROUND11.push(
  f(
    'introduction',
    'meet',
    `${NAME}(?:,| -)? meet (?!(?:you|u|ya|everyone|everybody|up|with|the|a|an|my|our|your)(?![a-z]))${NAME}`,
    // the one introduced is named too: "Kim, meet Jae-won", not "Lovely to meet you"
    (m, ctx) => (/meet [A-Z]/.test(ctx.orig.slice(m.index, m.index + m[0].length)) ? named(() => 'introduces the two of you')(m, ctx) : undefined),
    { negatable: false },
  ),
  f('introduction', 'introducing connecting', `(?:introducing|connecting) (?:you|the two of you|you both)(?: (?:two|both))? (?:as promised|as discussed|as agreed|as mentioned|properly|here|by email|over email)(?![a-z])`, 'introduces the two of you', { negatable: false }),
  f(
    'reference',
    'from',
    `${NAME}'s ${REL_ADJ}${REL_NOUN} from ${W}`,
    // only where the sentence opens with it (after a greeting): "I met Dev's friend from Pune" is not the sender
    (m, ctx) => (/^\W*(?:(?:hi|hey|hello|hiya|yo)(?: ${W})?\W*)?$/.test(ctx.sentence.slice(0, m.index - ctx.sentenceStart)) ? named(refWhy('as someone you both know'))(m, ctx) : undefined),
    { negatable: false },
  ),
  // Having worked under them: "calmer than when I was still on your team at Ocado"
  f('personal', 'team group squad lab department class crew unit', `i was (?:still |once |briefly )?(?:on|in|part of) (?:your|ur) (?:${W} )?(?:team|group|squad|lab|department|class|crew|unit)(?![a-z])`, 'recalls working together', { mode: 'statement' }),
);

// Help offered when wanted, in German ("Wenn ich bei Interviews helfen kann, sag Bescheid"); their rate paid, in Dutch
// ("Ik betaal graag je gebruikelijke uurtarief")
ROUND11.push(
  f(
    'value',
    'helfen unterstutzen',
    `(?:wenn|falls) ich (?:${W} ){0,7}(?:helfen|unterstutzen|aushelfen) kann,? (?:${W} )?(?:sag|sagt|sagen sie|melde dich|meld dich|gib|gebt|geben sie)(?: (?:einfach|gern|gerne|mir))* (?:bescheid|laut)`,
    'offers help whenever needed (German)',
    { back: 10 },
  ),
  f(
    'value',
    'betaal betalen vergoed vergoeden tarief uurtarief dagtarief',
    `(?:ik|wij|we) (?:betaal|betalen|vergoed|vergoeden) (?:graag |uiteraard |natuurlijk |gewoon )?(?:je|jouw|uw|jullie|de|het) (?:${W} )?(?:uurtarief|tarief|dagtarief|tijd|uren|reiskosten|kosten)|(?:tegen|voor) (?:je|jouw|uw) (?:gebruikelijke |normale |gewone )?(?:uurtarief|tarief|dagtarief)`,
    'offers to pay for their time',
    { senderOnly: true },
  ),
);

// Pointed to them by the person just named, in Portuguese ("A Camila me contou ... e sugeriu que eu te procurasse"); met
// at the event of someone both know, said as the talk had there ("great chatting heat pumps at Sarah Jennings' barbecue")
ROUND11.push(
  f(
    'introduction',
    'procurasse contactasse contatasse escrevesse falasse procurar contactar contatar escrever',
    `(?:me )?(?:sugeriu|recomendou|aconselhou|disse)(?: que)?(?: eu)?(?: (?:te|lhe|o|a|voce))? (?:procurasse|contactasse|contatasse|escrevesse|falasse com|procurar|contactar|contatar|escrever)(?![a-z])`,
    'says the person they named pointed them to you',
    { negatable: false, tag: 'pronoun' },
  ),
  f(
    'reference',
    'farewell leaving goodbye going-away birthday wedding party drinks dinner barbecue bbq housewarming launch braai cookout potluck christening',
    `(?:great|good|lovely|nice|fun|brilliant) (?:chatting|talking|meeting you|catching up|speaking|to meet you|to chat|seeing you|bumping into you)(?: ${W}){0,4} at ${NAME}(?:'s|')? (?:${W} )?(?:farewell|leaving|goodbye|going-away|birthday|wedding|party|drinks|dinner|barbecue|bbq|housewarming|launch|braai|cookout|potluck|christening)(?![a-z])`,
    named((n) => `names ${n}, at whose event you met`),
    { negatable: false },
  ),
);

// A role offered as their fit for it ("your background could be a fit for one of the analyst seats", "working on a
// <Position> role with one of our key clients"); something made for them, theirs to use ("you're free to use it
// however you like"); a job hunt in German ("Ich bin gerade auf Jobsuche")
ROUND11.push(
  f(
    'value',
    'fit match',
    `(?:you|your (?:background|experience|profile|skills?|skill set|work|cv|resume))(?: (?:could|might|would|may))? (?:be|make) (?:a )?(?:great |good |strong |perfect |real |excellent |natural )?(?:fit|match) for (?:one of )?(?:the|our|a|an|this|that|these) (?:${W} ){0,3}(?:seats|roles|positions|openings|role|position|opening|vacancy|vacancies|jobs?)(?![a-z])`,
    'offers a role',
    { tag: 'role', senderOnly: true },
  ),
  f(
    'value',
    'role position opening vacancy seat',
    `(?:working on|recruiting for|hiring for|filling|looking to fill) (?:a|an) (?:(?:${W}|¤) ){0,4}(?:role|position|opening|vacancy|seat) (?:with|for|at) (?:one of )?(?:our|my|a) (?:${W} ){0,2}(?:clients?|customers?|partners?)(?![a-z])`,
    'offers a role',
    { tag: 'role' },
  ),
  f(
    'value',
    'free welcome',
    `(?:you're|you are|ur|youre) (?:more than |very )?(?:free|welcome) to (?:use|keep|take|adapt|reuse|copy|steal|borrow|ship|run with|build on) (?:it|them|this|these|that|those|the ${W}|any of (?:it|them))(?![a-z])`,
    'offers something with no strings',
  ),
  f(
    'reason',
    'jobsuche stellensuche suche',
    `(?:(?:ich bin|bin)(?: (?:gerade|aktuell|derzeit|momentan|zurzeit))? (?:auf jobsuche|auf stellensuche|auf der suche nach (?:einer |einem |einer neuen |einem neuen )?(?:${W} )?(?:job|stelle|position|herausforderung|rolle|praktikum|werkstudentenstelle))|ich suche(?: (?:gerade|aktuell|derzeit|momentan|zurzeit))? (?:eine |einen |ein )?(?:neue |neuen |${W} ){0,2}(?:stelle|job|position|herausforderung|rolle|praktikum|werkstudentenstelle))(?![a-z])`,
    'says they are looking for a job (German)',
  ),
);

// A platform offered: a guest spot on their show ("happy to have you on as a guest sometime", "I'd like to invite you to
// be a guest on The Growth Garage"), which the labelling guide counts as an offer
ROUND11.push(
  f(
    'value',
    'have invite feature host get',
    `(?:have|invite|feature|host|get) (?:you|u)(?: (?:to be|to come|to appear|to join))?(?: (?:on|onto))? (?:as (?:a|our|my) (?:${W} )?(?:guest|speaker|(?:panelist|panellist)|keynote)|(?:a |our |my )?guest (?:on|at|for)|(?:the|our|my) (?:${W} )?(?:podcast|show|panel|livestream|episode)(?![a-z]))`,
    'offers a platform (a guest spot)',
  ),
);

// Time asked for an interview in Portuguese ("queria te entrevistar sobre apps de transporte"); which of their tools
// helped, asked before buying ("Which study guide actually helped you?"); connecting with all of a kind, in Dutch
ROUND11.push(
  f('ask', 'entrevistar perguntas', `(?:queria|gostaria de|posso|poderia|podia|adoraria)(?: (?:te|lhe|a|o))? (?:entrevistar|fazer (?:umas|algumas|duas|tres|umas poucas) perguntas)`, 'asks for their time (Portuguese)', { tag: 'call' }),
  f(
    'ask',
    'helped worked',
    `(?:which|what) (?:${W} ){0,3}(?:actually |really |most )?(?:helped|worked for) (?:you|u)(?: (?:most|the most|best|personally))?(?= ?\\?)`,
    'asks for their advice',
  ),
  f('collector', 'connect', `ik (?:connect|verbind) (?:me )?(?:met|aan) (?:alle|iedereen)`, 'connects with everyone (Dutch)'),
);

// An interview asked for ("Could I interview you for 30 minutes"); a survey, in German ("wenn Sie an meiner kurzen
// Umfrage teilnehmen")
ROUND11.push(
  f('ask', 'do', `(?:could|can|shall) we (?:maybe |quickly )?do (?:a |an )?(?:quick |short |brief |15-minute |20-minute |30-minute )?(?:call|chat|zoom|meeting|video call|phone call)(?![a-z])`, 'asks for their time', { tag: 'call' }),
  f('ask', 'interview quote survey', `(?:could|can|may|might) (?:i|we) (?:briefly |quickly )?(?:interview|quote|survey) (?:you|u)(?![a-z])`, 'asks for their time', { tag: 'call' }),
  f(
    'ask',
    'umfrage befragung studie erhebung',
    `(?:an|bei) (?:meiner|unserer|der|einer|dieser) (?:${W} ){0,2}(?:umfrage|befragung|studie|erhebung|online-umfrage) (?:teilnehmen|teilnimmst|teilzunehmen|mitmachen|mitmachst|mitzumachen)`,
    'asks them to take a survey (German)',
  ),
);

// Writing as a friend (heard only where an introduction is asked: a friend asked for one is no stranger asked a favour):
// "long time!", thanks for last weekend's dinner, a hope about their life ("Hope Year 11 are behaving themselves"), a
// "yo", their past known ("you know Abdul from your Leeds days, don't you?")
ROUND11.push(
  f(
    'familiar',
    'long lange nix nichts',
    `(?:(?<=^|, |! )long time(?: no (?:see|speak|talk))?(?= ?[!.,]|$)|lange (?:nix|nichts) (?:gehort|gesehen|gesprochen))`,
    'writes as a friend',
    { negatable: false },
  ),
  f('familiar', 'thanks thank ta', `(?:thanks|thank you|ta) (?:again |so much |loads )?for (?:dinner|lunch|brunch|the drinks|having (?:me|us)|the lift|putting (?:me|us) up|the (?:bbq|barbecue|party|dinner|lunch|pints|beers))(?![a-z])`, 'writes as a friend', { negatable: false }),
  f('familiar', 'hope', `hope (?:${W} ){1,3}(?:are behaving|is behaving|behaved|survived|is on the mend|are on the mend|went easier|was kinder)(?![a-z])|hope all(?:'s| is) good (?:at|with|in|over) (?:the|your|ur) `, 'writes as a friend', { negatable: false }),
  f('familiar', 'yo', `(?<=^)yo(?![a-z])`, 'writes as a friend', { negatable: false }),
  f('familiar', 'days batch time years stint class cohort', `(?:you|u) know (?:${W} ){1,3}from (?:your|ur) (?:${W} ){0,3}(?:days|batch|time|years|stint|class|cohort)(?![a-z])`, 'writes as a friend', { negatable: false }),
);

// Work the sender shared with them, and open-source courtesies: a named repo of theirs ("Your repo tiny-otel got our Go
// service traced"), a fix on its way ("PR coming your way"), help when it is needed ("ping me if the patch needs
// sponsoring"); an employer both left ("Booking alum here too"), the old crew re-added ("adding my old Microsoft crew"),
// a past both had, counted from ("quanto tempo desde o trainee da Ambev")
ROUND11.push(
  f('personal', 'repo repository library lib package crate gem plugin extension cli project module bot', `${YOUR} (?:repo|repository|library|lib|package|crate|gem|plugin|extension|cli|project|module|bot) [a-z0-9]+[-_.][a-z0-9][a-z0-9._-]*`, 'mentions their specific work'),
  f('value', 'pr prs patch fix diff pull', `(?:pr|prs|pull request|patch|fix|diff) (?:is )?(?:coming|headed|on (?:its|the) way|incoming|inbound)(?: (?:your way|to you|shortly|soon|today|tomorrow))?(?![a-z])`, 'offers a fix'),
  f(
    'value',
    'ping shout holler poke nudge message dm email',
    `(?:ping|shout at|give me a shout|holler at|poke|nudge|message|dm|email) me (?:if|when|whenever) (?:you|u|it|the|that|this|your|ur)(?: ${W}){0,4} (?:needs?|could use|gets? stuck|get stuck)(?![a-z])`,
    'offers help whenever needed',
  ),
  f('personal', 'alum alumna alumnus alumni', `alum(?:na|nus|ni)? (?:here )?too(?![a-z])|(?:also|too) an? (?:${W} )?alum(?:na|nus)?(?![a-z])`, 'names something you have in common'),
  f(
    'personal',
    'crew gang team squad friends colleagues lot people folks years days time era',
    `(?:adding|reconnecting with|re-adding|connecting with|rounding up|finding|catching up with) (?:all |every one of )?(?:my|our|the) old (?:${W} ){1,4}(?:crew|gang|team|squad|friends|colleagues|lot|people|folks)(?![a-z])|(?:reconnecting|catching up|reconnect|connecting) with (?:everyone|everybody|people|folks|friends|colleagues|all my colleagues) from (?:my|our|the) (?:${W} ){1,3}(?:years|days|time|era)(?![a-z])`,
    'recalls a shared past',
    { back: 10 },
  ),
  f(
    'personal',
    'desde since',
    `(?:quanto tempo|cuanto tiempo|tanto tempo|tanto tiempo|long time|ages) (?:desde|since) (?:${W} ){1,5}(?:(?:da|do|de|del|at|in|em|en|na|no) ${W}|days|years|era|times)(?![a-z])`,
    'recalls a shared past',
  ),
);

// An introduction offered by the one who would make it: "open to an intro to Marta from Glovo?", "Would you be open to
// meeting Leo Brandt? Happy to make the intro"; thanks for an introduction in four
// more languages ("¡Gracias por presentarme a Andrés!")
ROUND11.push(
  f(
    'value',
    'open up keen interested game fancy',
    `(?:open|up|keen|interested|game|fancy)(?: to| for| in)? (?:an? (?:quick |brief |warm |e-|email )?(?:intro|introduction) (?:to|with)|meeting|being introduced to|connecting with|a (?:chat|call|coffee) with) ${NAME}(?: (?:from|at|of|in|over at) ${W}(?: ${W})?)?(?=[^a-z]*\\?|,? (?:who|she|he|they)(?:'s| is| runs| leads| was)|[^a-z]* (?:she|he|they)(?:'s| is| runs| leads| was| has))`,
    named((n) => `offers to introduce them to ${n}`),
    { negatable: false },
  ),
  f('value', 'intro introduction', `(?:happy|glad|keen) to (?:make|do) (?:the|an|that) (?:intro|introduction)(?![a-z])`, 'offers to introduce them to someone', { negatable: false }),
  f(
    'introduction',
    'presentarme apresentar presente presentato presentata contatto contacto contato contact relation',
    `(?:gracias|obrigad[oa]|merci|grazie)(?: ${W}){0,3} (?:por|pela|pelo|de|pour|per) (?:presentarme|me apresentar|m'avoir presentee?|avermi presentat[oa]|avermi messo in contatto con|ponerme en contacto con|me colocar em contato com|m'avoir mise? en (?:contact|relation) avec)(?: (?:a|ao|a la|al|à|alla))? ${NAME}`,
    named((n) => `thanks them for the introduction to ${n}`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
);

// Job hunts put plainly: "let me know if any opening in your company", "PFA my resume", "as I search for entry-level
// marketing roles", in Portuguese "Estou em busca de recolocação ... Caso saiba de alguma vaga, peço que me indique";
// something of theirs looked over in return ("send me the deck this week and I'll go through it")
ROUND11.push(
  f('ask', 'opening openings vacancy vacancies position positions role roles job jobs opportunity opportunities', `let me know (?:if|of|about) (?:there (?:is|are) )?(?:any|an) (?:${W} )?(?:opening|openings|vacancy|vacancies|position|positions|role|roles|job|jobs|opportunit(?:y|ies))(?![a-z])`, 'asks about a job', { back: 8 }),
  f('ask', 'pfa', `pfa (?:my |the )?(?:cv|resume|resumé|profile|portfolio)(?![a-z])`, 'sends their CV (applying)'),
  f(
    'reason',
    'search look hunt searching looking hunting',
    `(?:as|while|since|because) i(?:'m| am)? (?:search|look|hunt|searching|looking|hunting) for (?:a |an |new |my next |some )?(?:${W} ){0,3}(?:job|jobs|role|roles|position|positions|opportunities|internship|internships|work)(?![a-z])`,
    'says they are looking for a job',
  ),
  f(
    'reason',
    'busca buscando procurando recolocacao procuro busco',
    `(?:(?:estou|to|tô|ando) (?:em busca de|buscando|procurando)|(?:enquanto|pois|porque|ja que|e) (?:procuro|busco|estou procurando|estou buscando|to procurando))(?: uma| um| nova| novo)? (?:recolocacao|emprego|vaga|oportunidade|trabalho|estagio)(?![a-z])`,
    'says they are looking for a job (Portuguese)',
  ),
  f('ask', 'vaga oportunidade', `(?:caso|se) (?:saiba|souber|tiver|tenha|veja|vir) (?:de )?(?:alguma|uma|qualquer) (?:vaga|oportunidade|posicao)(?![a-z])`, 'asks about a job (Portuguese)'),
  f('value', 'through over review read check proofread edit', `send (?:me|it over|it)(?: ${W}){0,7},? and i(?:'ll| will) (?:go (?:through|over)|look (?:at|over)|review|read|check|proofread|edit)(?![a-z])`, 'offers to look over something of theirs', { back: 10 }),
);

// A course both did with a teacher named ("We did our 300hr with Jo Hartley at Sunbeam"); thanks for being pointed to
// someone ("Cheers for putting me onto Dave at Hopworks")
ROUND11.push(
  f('reference', 'did took trained studied', `(?:we|you and i) (?:both |all )?(?:did|took|trained|studied) (?:our|the|a|an|that) (?:${W} ){0,3}(?:with|under) ${NAME}`, named((n) => `names ${n}, whom you both studied with`), { negatable: false }),
  f(
    'introduction',
    'putting pointing sending hooking linking',
    `(?:thanks|thank you|cheers|ta|thx)(?: ${W}){0,3} for (?:putting (?:me|us) onto|pointing (?:me|us) (?:to|towards|at)|sending (?:me|us) (?:to|towards)|hooking (?:me|us) up with|linking (?:me|us) (?:up )?with) ${NAME}`,
    named((n) => `thanks them for the introduction to ${n}`),
    { negatable: false, alsoReference: true, tag: 'named', back: 10 },
  ),
);

// Returns promised on an investment ("will give you minimum 300% ROI within 3 months"): a pitch
ROUND11.push(
  f(
    'pitch',
    'roi returns return profit interest',
    `(?:give|earn|make|get|return|guarantee|yield)(?: (?:you|u))? (?:a )?(?:minimum |guaranteed |up to |at least |over )?\\d[\\d,.]* ?% (?:roi|returns?|profits?|interest|monthly|weekly|per month|a month|per annum|p\\.a\\.)(?![a-z])`,
    'promises returns (a pitch)',
  ),
);

// Recruiters in Italian and Spanish ("Un nostro cliente ... sta cercando un/una Responsabile", "Estamos llevando un
// proceso de selección para la Dirección Financiera"); pointed to them by the person named before, in Italian ("è stato
// proprio lui a suggerirmi di scriverle"); returns and asks in Spanish ("Te devuelvo el favor", "¿Me podrías validar las
// aptitudes ...?", "te pongo en contacto con quien haga falta"); a shared past remembered ("Sigo acordándome de las
// noches de entregas del máster")
ROUND11.push(
  f('value', 'cliente', `(?:nostro|nostra|mio|mia) cliente(?:,? [^.?!]{0,120}?)? (?:sta cercando|cerca|ricerca|e alla ricerca di)(?![a-z])`, 'offers a role (Italian)', { tag: 'role', back: 30 }),
  f(
    'value',
    'seleccion posicion puesto',
    `(?:proceso de seleccion para (?:la|el|un|una)|(?:la|esta|esa) (?:posicion|vacante|oportunidad) (?:puede|podria) (?:resultarle|resultarte|ser) de (?:su |tu )?interes|nuestro cliente(?:,? [^.?!]{0,120}?)? (?:busca|esta buscando|precisa|necesita incorporar))`,
    'offers a role (Spanish)',
    { tag: 'role', back: 30 },
  ),
  f(
    'introduction',
    'suggerirmi consigliarmi dirmi suggerito consigliato detto',
    `(?:(?:e stato|e stata) (?:proprio )?(?:lui|lei) a (?:suggerirmi|consigliarmi|dirmi)|mi ha (?:suggerito|consigliato|detto)) di (?:scriverle|scriverti|contattarla|contattarti|contattarvi|scrivervi|contattarlo)(?![a-z])`,
    'says the person they named pointed them to you',
    { negatable: false, tag: 'pronoun' },
  ),
  f('value', 'devuelvo devolvere devolveria', `(?:te|le|os) (?:devuelvo|devolvere|devolveria) el favor`, 'offers something in return (Spanish)', { negatable: false }),
  f('ask', 'validar recomendar respaldar', `(?:me podrias|podrias|me puedes|puedes|me podria|podria) (?:validar|recomendar|respaldar|avalar) (?:mis |las |mis |algunas )?(?:aptitudes|habilidades|competencias|skills)`, 'asks them for a favour (Spanish)'),
  f('value', 'pongo pondre poner', `(?:te|le|os) (?:pongo|pondre|podria poner|puedo poner) en contacto con`, 'offers to introduce them to someone (Spanish)'),
  f('personal', 'acordandome acuerdo', `(?:sigo |todavia )?(?:acordandome|me acuerdo) de (?:las|los|la|el|aquell[oa]s?|nuestr[oa]s?) (?:${W} ){0,5}(?:del|de la|en el|en la|en) ${W}`, 'recalls a shared past (Spanish)'),
);

// Pleasantries and stock lines in more languages ("¡feliz viernes!", "Espero que estés muy bien", "Ramadan Kareem to you
// and your family", "accetta il mio invito per favore", Afrikaans "ek wil graag by jou professionele netwerk aansluit");
// collecting in Spanish ("ya somos 18.500 y contando"); a job hunt in Italian ("cerco lavoro urgente"); leads asked in
// Spanish ("Si sabes de algo, avísame"); results promised in Spanish ("Prometo mandarte el informe con los resultados")
ROUND11.push(
  f('filler', 'feliz', `feliz (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|finde|semana|inicio de semana)`, 'pleasantry', { negatable: false }),
  f('filler', 'espero', `espero que (?:estes|este|esteis|esten) (?:muy |super |re )?(?:bien|genial)`, 'pleasantry', { negatable: false }),
  f(
    'filler',
    'ramadan eid diwali christmas new season compliments holidays',
    `(?:ramadan (?:kareem|mubarak)|eid mubarak|happy (?:eid|diwali|holidays|new year|hanukkah|holi|pongal|easter)|merry christmas|season's greetings|compliments of the season)(?:,? (?:and|&) (?:a )?(?:happy|merry|prosperous) (?:new year|christmas|holidays))?(?: (?:to|for) you(?: (?:and|&) (?:your|ur) (?:family|loved ones|team))?)?`,
    'pleasantry',
    { negatable: false },
  ),
  f('stock', 'accetta accettare', `accett(?:a|i|ate|are) (?:il mio invito|la mia richiesta)(?: (?:di collegamento|di connessione))?(?:,? (?:per favore|grazie(?: mille)?|please))?`, 'stock invitation text', { negatable: false }),
  f('stock', 'netwerk aansluit', `(?:ek wil graag )?by (?:jou|u) professionele netwerk aansluit`, 'stock invitation text', { negatable: false }),
  f('collector', 'somos vamos llevamos contando', `(?:ya )?(?:somos|vamos|llevamos) (?:por )?\\d[\\d.,]*k? (?:y contando|contactos|conexiones|miembros)`, 'chases a connection count (Spanish)'),
  f('reason', 'cerco cercando ricerca', `(?:cerco|sto cercando|sono alla ricerca di|sono in cerca di) (?:un |una |nuovo |nuova |un nuovo )?(?:lavoro|impiego|posto di lavoro|occupazione|stage|tirocinio|opportunita lavorativa)(?![a-z])`, 'says they are looking for a job (Italian)'),
  f('ask', 'sabes supieras enteras ves', `si (?:sabes|supieras|te enteras|ves|conoces) de (?:algo|alguna (?:vacante|oferta|posicion|oportunidad)|algun (?:puesto|trabajo|empleo))(?:,)? (?:avisame|me avisas|dime|me dices|me cuentas)`, 'asks them for leads (Spanish)'),
  f('value', 'informe resultados reporte resumen', `(?:prometo |te |le |les )?(?:mandarte|enviarte|compartirte|mandarle|enviarle|compartirle|mandaros|enviaros) (?:el|los|un|una|las) (?:${W} )?(?:informe|resultados|reporte|resumen)`, 'offers to share results (Spanish)'),
);

// The introducer named in a subject line: "Referred by Prof. Hélène Girard (Sciences Po)", "Intro from Niamh"
ROUND11.push(
  f(
    'introduction',
    'referred recommended introduced intro introduction',
    `(?:(?<!(?:i|we|you) (?:was|were|have been) )(?:referred|recommended) (?:to you )?by|(?:intro|introduction) (?:from|via|through|courtesy of)) ${NAME}`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
);

// Introductions offered to anyone they need ("If you ever need an intro to anyone in Dubai real estate, just shout"); a
// referral fee paid to them ("the DKK 15,000 referral fee goes to you"); an introduction asked in Italian ("mi
// presenteresti a Giulia Conti?"); German pleasantries and a sign-off written on the last line ("ich hoffe, es geht dir
// gut", "Schönes Wochenende", "Mit besten Grüßen")
ROUND11.push(
  f(
    'value',
    'need want like use',
    `if (?:you|u)(?: ever)? (?:need|want|would like|'d like|could use) (?:an? )?(?:(?:intro|introduction|introductions|intros) (?:to|with)|(?:referral|reference|recommendation|endorsement) (?:at|for|to|with|from))`,
    (m) => (/ (?:intro|introduction)s? (?:to|with)$/.test(m[0]) ? 'offers to introduce them to someone' : 'offers a referral'),
    { negatable: false },
  ),
  f('value', 'fee bonus', `(?:referral|finder's|finders|introduction|intro) (?:fee|bonus) (?:goes|is paid|will go|would go|is yours|will be paid|would be paid)(?: to (?:you|u))?`, 'offers them a share'),
  f(
    'introduction',
    'presenteresti presenterebbe presentereste presentare conoscere contatto',
    `(?:mi|ci) (?:presenteresti|presenterebbe|presentereste|puoi presentare|potresti presentare|faresti conoscere|metteresti in contatto con) (?:a |alla |al )?${NAME}`,
    named((n) => `asks for an introduction to ${n}`),
    { negatable: false, tag: 'intro-request' },
  ),
  f('filler', 'hoffe', `ich hoffe,? (?:es geht (?:dir|ihnen|euch) gut|(?:du|sie) (?:bist|sind|hattest|hatten) (?:gut|wohlauf))`, 'pleasantry', { negatable: false }),
  f('filler', 'schones schonen schone', `(?:ein )?schone[sn]? (?:wochenende|woche|tag|abend|feierabend|start in die woche|sonntag|feiertag)`, 'pleasantry', { negatable: false }),
  f('filler', 'grussen grusen', `(?:mit )?(?:besten|freundlichen|herzlichen|lieben|vielen|sonnigen) gru(?:ss|s)en(?: aus ${W})?`, 'pleasantry', { negatable: false }),
);

// Asking after someone both know ("Tu as des nouvelles de Patrick Jaquet ?", "How's Dana Reyes doing these days?", "any
// news from Ingrid Holm?"); connections grown in Portuguese ("aumentando minhas conexões")
ROUND11.push(
  f(
    'reference',
    'news nouvelles noticias notizie doing',
    `(?:(?:any|got any|heard any) news (?:from|of|about)|(?:tu as|vous avez|as-tu|avez-vous) (?:des |eu des )?nouvelles (?:de|d')|(?:sabes algo de|tienes noticias de|tiene noticias de|tem noticias (?:do|da|de)|tens noticias (?:do|da|de)|hai notizie di|hai sentito)) ${NAME}`,
    named(refWhy('whom they ask after')),
    { negatable: false },
  ),
  // (a full name: "How is Microsoft doing with Copilot?" asks after a company)
  f('reference', 'doing getting keeping', `how(?:'s| is) ${NAME} (?:doing|getting on|keeping)`, (m, ctx) => (nameAt(m, ctx)?.includes(' ') ? `names ${nameAt(m, ctx)!} whom they ask after` : undefined), { negatable: false }),
  f('collector', 'aumentando ampliando expandindo aumentar ampliar expandir', `(?:aumentando|ampliando|expandindo|aumentar|ampliar|expandir) (?:as |a |os )?(?:minhas|minha|meus) (?:conexoes|rede de contatos|contatos)(?![a-z])`, 'connects to grow a network (Portuguese)'),
);

// Swedish, Danish and Norwegian, the shapes most written (ø and å fold to o and a; æ stays): the stock invitation in
// other words ("Ska vi connecta?"); a named person who pointed them here
// ("Peter Ek sa att du är rätt person att fråga", "Mette Kjær foreslog, at jeg skrev direkte til dig", "Håkon Berg ba meg
// ta kontakt med deg"); thanks for an introduction made ("Tack för att du kopplade ihop mig med Oskar Nyberg");
// introductions asked ("Kunne du introducere mig til nogen i jeres indkøbsafdeling?", "Vil du sætte os i
// forbindelse?"); their work named ("din Kotlin-workshop på Øredev", "dit indlæg om BGP-hændelsen", "Terraform-modulen
// din"); favours and offers ("Kunne du tatt deg 10 minutter", "Skulle du kunna skriva en kort rekommendation", "Jag
// skriver gärna en om din kalkylering i gengäld", "vi betaler selvfølgelig din vanlige timepris", "oversetter jeg gjerne
// to sider gratis"); a role recruited for ("Jeg rekrutterer til en spændende stilling"); congratulations; collecting
ROUND11.push(
  // (the stock invitation itself is the Swedish, Danish and Norwegian family of the thirty-fourth round, widened)
  f('stock', 'connecta connecte accepter aksepter', `(?:ska vi connecta|lad os connecte|skal vi connecte|venligst accepter min anmodning|vennligst aksepter (?:min )?(?:foresporsel|forespørsel))`, 'stock invitation text', { negatable: false }),
  f('stock', 'uitnodigen netwerk', `(?:graag )?wil ik (?:je|u) (?:graag )?uitnodigen om lid te worden van mijn netwerk(?: op linkedin)?`, 'stock invitation text', { negatable: false }),
  f(
    'introduction',
    'sa sagde foreslog foreslo bad ba tipsade tipset',
    `${NAME} (?:sa att|sagde,? at|sa at|foreslog,? at|foreslo,? at|foreslog att|ba meg|bad mig|bad mej|tipsade om att|tipset meg om at)(?: ${W}){0,3} (?:du (?:ar|er) (?:ratt|rette|den ratte|den rette|rigtige|den rigtige)|jeg skrev|jag skulle|jeg skulle|ta kontakt|tage kontakt|kontakta|kontakte|skrive|skriva|skrev)`,
    named((n) => `says ${n} suggested writing`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'introduction',
    'kopplade koblet koblede introducerede introduserte',
    `(?:tack|tak|takk) (?:for|för) (?:att du|at du) (?:kopplade ihop mig med|koblet meg (?:med|sammen med)|koblede mig (?:med|sammen med)|introducerede mig for|introduserte meg for|satte mig i forbindelse med|satte meg i kontakt med) ${NAME}`,
    named((n) => `thanks them for the introduction to ${n}`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'ask',
    'introducere introdusere presentera koppla forbindelse kontakt',
    `(?:kunne|kan|vil|ville|kunde|skulle) (?:du|dere|ni) (?:(?:introducere|introdusere|presentera) (?:mig|meg|mej|os|oss) (?:til|for|for) (?:nogen|noen|nagon|någon)|satte os i forbindelse|sætte os i forbindelse|sette oss i kontakt|koppla ihop oss)`,
    (m) => (/(?:nogen|noen|nagon|någon)$/.test(m[0]) ? 'asks for an introduction to their contacts' : 'asks them to introduce you to someone they named'),
    { tag: 'intro-request' },
  ),
  f(
    'personal',
    'din dit ditt dine dint',
    `(?:(?:din|dit|ditt) (?:${W} ){0,2}(?:[a-z0-9]+-)?(?:workshop|bok|bog|tale|foredrag|indlæg|innlegg|inlagg|artikel|artikkel|afsnit|episode|podcast|blogindlæg|blogginnlegg|svar|talk|keynote|kurs|kursus) (?:om|på|pa|i|fra|från|fran|af|av) ${W}|(?:${W}-)?(?:modulen|biblioteket|boka|bogen|artikkelen|artikeln|podcasten|svaret|talen|foredraget|innlegget|indlægget) din(?:e|t)?(?![a-z]))`,
    'mentions their specific work (Scandinavian)',
  ),
  f(
    'ask',
    'tatt tage ta minutter minuter skriva skrive skrivе rekommendation anbefaling hjärna hjerne',
    `(?:kunne|kan|vil|skulle|ville) (?:du|dere|ni) (?:tatt deg|tage dig|ta deg|ta dig) (?:\\d+|et par|nogle|noen|några|nagra|fem|ti|tio) (?:minutter|minuter|min)|(?:skulle|kunne|kan|vil) (?:du|dere|ni) (?:kunna |kunne )?skriv(?:a|e) (?:en|et) (?:kort |lille |liten )?(?:rekommendation|anbefaling|referanse|reference)|lana din hjarna|låna din hjärna|låne din hjerne|lane din hjerne`,
    'asks them for a favour (Scandinavian)',
  ),
  f(
    'value',
    'gengäld gengæld gengaeld gengjeld betaler betalar gratis garna gerne gjerne',
    `(?:i (?:gengald|gengæld|gengjeld)|til gengæld|vi betal(?:er|ar) (?:selvfolgelig |självklart |sjalvklart |naturligvis |gerne |gjerne |garna )?(?:din|dit|ditt|for din|for dit) (?:${W} )?(?:timepris|timpris|timeløn|honorar|tid)|(?:jeg|jag|vi) (?:${W} )?(?:gerne|gjerne|garna) (?:${W} )?(?:gratis|uten kostnad|uden beregning|kostnadsfritt))`,
    'offers something in return (Scandinavian)',
    { negatable: false },
  ),
  f('value', 'rekrutterer rekryterar stilling tjanst', `(?:jeg|jag|vi) (?:rekrutterer|rekryterar|rekrutterar|søger|soker|söker) (?:i (?:øjeblikket|ojeblikket|oyeblikket|ögonblicket) )?(?:til|till|efter|etter) (?:en|et) (?:${W} ){0,2}(?:stilling|tjanst|tjänst|roll|rolle)`, 'offers a role (Scandinavian)', { tag: 'role' }),
  f('reason', 'tillykke grattis gratulerer', `(?:stort |hjertelig |hjärtligt )?(?:tillykke|grattis|gratulerer|gratulationer) (?:med|på|pa) (?:${W} ){0,3}(?:nye|nya|job|jobb|stilling|tjansten|tjänsten|rolle|roll|pension|pensionen|utnevnelsen|forfremmelsen|befordringen)`, 'congratulates them on news (Scandinavian)'),
  f('collector', 'accepterer aksepterer accepterar tackar forbindelser kontakter malet', `(?:jeg accepterer alle|jeg aksepterer alle|jag accepterar alla|tackar ja till alla (?:forfragningar|förfrågningar)|\\d[\\d.,]* (?:forbindelser|kontakter|kontakter) og (?:tæller|taeller|teller)|(?:malet|målet) mitt (?:i ar|i år )?(?:er|ar|är) (?:a|å|att) (?:koble meg på|koppla upp mig mot|komme i kontakt med) \\d)`, 'collects connections (Scandinavian)'),
);

// A fee to be featured ("there's a small production fee of $750"): a sale dressed as an honour; Portuguese: the sender's
// post liked and shared, the stock line ("gostaria de me conectar com você"), a good week wished, the recipient
// numbered ("Você é a número 347!"); a job hunt while connecting ("enquanto procuro vaga como designer") is read by the
// Portuguese job-hunt family above
ROUND11.push(
  f('pitch', 'fee', `(?:small |one-time |modest |nominal )?(?:production|participation|listing|placement|booking|feature|featuring|sponsorship|speaker|speaking|registration|editorial|publication|inclusion) fee(?: of)? (?:[$£€]|usd |eur |gbp )?\\d[\\d,]*(?:\\.\\d+)?k?`, 'asks them to pay a fee (a pitch)'),
  f('ask', 'curtir compartilhar comentar seguir divulgar', `(?:poderia|pode|podes|poderias|consegue|conseguiria)(?: me)? (?:curtir|compartilhar|comentar|seguir|divulgar|repostar)(?: e (?:curtir|compartilhar|comentar|seguir|divulgar))? (?:o |a )?(?:meu|minha|nosso|nossa)`, 'asks them to promote or support something (Portuguese)'),
  f('stock', 'conectar', `(?:gostaria|queria) de (?:me )?conectar(?:-me)? com (?:voce|vc|o senhor|a senhora)`, 'stock invitation text', { negatable: false }),
  f('filler', 'tudo', `tudo (?:bem|bom|certo|tranquilo|joia)(?: (?:com voce|contigo|por ai|ai))?(?= ?[?!.,]|$)`, 'pleasantry', { negatable: false }),
  f('filler', 'espero', `espero que (?:esteja|estejas|estes) (?:tendo|a ter) (?:uma |um )?(?:otima|boa|excelente|bela) (?:semana|dia|sexta|segunda|tarde|manha)`, 'pleasantry', { negatable: false }),
  f('collector', 'numero', `(?:voce|vc|tu|usted) (?:e|es|eres) (?:a |o |el |la )?(?:numero|nro|n°|nº|no\\.?) \\d+`, 'chases a number of connections'),
);

// French: a good end of the week wished, the more the merrier ("plus on est de fous plus on rit"), a count as a challenge and the recipient numbered ("Je me
// suis lancé le défi de connecter 1000 femmes ... Vous êtes la 318e !"); thanks for stepping in ("thanks for stepping in
// as ref at Sunday's five-a-side"): a deed of theirs, and a reason to write
const STEPPED_IN = `(?:thanks|thank you|cheers|ta|thx)(?: so much| again| loads| a million)? for (?:stepping in|filling in|covering|subbing|standing in|hosting|organi[sz]ing|running|reffing|refereeing|coaching|driving|judging|chairing|moderating)(?: as(?: ${W}){1,2}?| (?:for|with)(?: ${W}){1,3}?)?(?: at| on| for| during| last)(?: ${W}){1,4}`;
ROUND11.push(
  f('filler', 'bonne bon', `(?:(?:je vous souhaite|je te souhaite) )?bon(?:ne)? (?:fin de (?:semaine|journee)|semaine|journee|soiree|week-end|weekend|continuation|dimanche)(?: a (?:vous|toi|tous))?`, 'pleasantry', { negatable: false }),
  f('collector', 'fous', `plus on est de fous,? plus on rit`, 'connects with as many as possible (French)'),
  f('collector', 'defi objectif etes es', `(?:(?:defi|challenge|objectif) de (?:connecter|me connecter avec|rejoindre|atteindre) \\d|(?:vous etes|tu es) (?:la|le) \\d+(?:e|eme|ieme)(?![a-z]))`, 'chases a number of connections (French)'),
  f('thanks', 'stepping filling covering subbing standing hosting organising organizing running reffing refereeing coaching driving judging chairing moderating', STEPPED_IN, 'thanks them for something specific', { back: 8 }),
  f('personal', 'stepping filling covering subbing standing hosting organising organizing running reffing refereeing coaching driving judging chairing moderating', STEPPED_IN, 'mentions something they did', { back: 8, mode: 'statement' }),
);

// An introduction thanked for by what it did ("That intro to the Octopus lot basically got us the pilot"); German and
// Austrian stock lines ("ich würde mich über eine Vernetzung freuen", "magst di vernetzen?"); "long time no see" as a
// pleasantry; an application made ("Saw the Platform Engineer posting, applied this morning")
ROUND11.push(
  f(
    'introduction',
    'intro introduction e-intro',
    `(?:that|the|your) (?:intro|introduction|e-intro)(?: to(?: ${W}){1,4}?)? (?:basically |actually |really |just |already |totally )?(?:got|landed|led|turned|worked|paid off|won|became|brought|changed|saved)(?![a-z])`,
    'thanks them for an introduction made',
    { negatable: false, back: 8 },
  ),
  f('stock', 'vernetzung vernetzen connecten', `(?:(?:ich )?(?:wurde|werde) mich (?:sehr )?(?:uber|auf) (?:eine|die|ihre|deine) vernetzung freuen|(?:magst|willst|mochtest) (?:du|di|dich) (?:(?:mit mir )?vernetzen|connecten))`, 'stock invitation text', { negatable: false }),
  f('filler', 'long', `long time no (?:see|speak|talk|chat)`, 'pleasantry', { negatable: false }),
  f('ask', 'applied', `(?:(?:i )?(?:just |already )?applied (?:for|to) (?:the|your|a|an) (?:${W} ){0,4}(?:role|position|posting|opening|job|vacancy|internship)|(?:saw|seen) (?:the|your) (?:${W} ){0,3}(?:posting|opening|vacancy|job ad|role),? (?:and )?(?:i )?(?:just |already )?applied)(?![a-z])`, 'says they applied for a role', { back: 8 }),
);

// A sample sent ("I mill rye at our farm and could send you a sample sack"): something free, a plain offer the model may
// not overrule (the retrained model was all but sure that message offered nothing)
ROUND11.push(
  f('value', 'sample samples tasting trial test', `(?:send|give|bring|drop off|post|ship|leave)(?: (?:you|u|over|round|by))? (?:a |some |two |three |\\d+ )?(?:free )?(?:sample|samples|sample (?:sack|pack|box|bag|batch|bottle)|tasting box|trial pack|test batch)(?![a-z])`, 'offers something free', { senderOnly: true }),
);

// ---------------------------------------------------------------------------------------------
// The forty-seventh round on (fifteenth session): one list, each group with the shape it covers.
const ROUND12: Family[] = [];

// Their work found in other languages: a project of theirs the sender uses ("Vi que o pix-qrcode-ts é teu"), news of
// their company read ("Li no Observador que a RegaBem ganhou o concurso"), a talk heard ("Ti ho sentita a KeyEnergy
// raccontare le prove"), a post where they explain something ("die blogpost waarin je uitlegt"), their reply under the
// sender's post ("je reactie onder mijn post"); and the class or club the sender knows them from ("it's kat from the
// thurs spin class")
ROUND12.push(
  f('personal', 'teu tua seu sua vosso vossa voces', `(?:vi|soube|descobri|reparei) que (?:o|a) (?:${W} ){1,3}e (?:teu|tua|seu|sua|de voces|vosso|vossa)(?![a-z])`, 'mentions their specific work (Portuguese)'),
  f(
    'personal',
    'ganhou ganharam venceu venceram lancou lancaram fechou fecharam conquistou captou captaram levantou levantaram publicou gano ganaron lanzo lanzaron cerro cerraron consiguio levanto publico ganasteis lanzasteis',
    `(?:li|vi|soube|ouvi|lei) (?:no|na|em|pelo|pela|en el|en la|en) (?:${W} ){1,3}que (?:${W} ){1,4}(?:ganhou|ganharam|venceu|venceram|lancou|lancaram|fechou|fecharam|conquistou|captou|captaram|levantou|levantaram|publicou|gano|ganaron|lanzo|lanzaron|cerro|cerraron|consiguio|levanto|publico|ganasteis|lanzasteis)(?![a-z])`,
    'mentions their specific work (news of theirs)',
  ),
  f(
    'personal',
    'sentito sentita ascoltato ascoltata visto vista sentiti ascoltati',
    `(?:ti|la|vi|l'|lo) ?ho (?:sentit[oai]|ascoltat[oai]|vist[oai]) (?:${W} ){1,5}(?:raccontare|parlare|spiegare|presentare|intervenire)(?![a-z])`,
    'mentions their specific work (Italian)',
  ),
  f(
    'personal',
    'waarin waar reactie comment opmerking vraag',
    `(?:(?:je|jouw|jullie|uw|die|dat|het) (?:${W} )?(?:blogpost|blog|artikel|post|stuk|talk|presentatie|interview|podcast|video|column|draad|thread|lezing|keynote|boek|rapport|onderzoek) (?:waarin|waar) (?:je|jij|u|jullie)|(?:je|jouw|uw) (?:${W} )?(?:reactie|comment|opmerking|vraag) (?:onder|op|bij) (?:mijn|m'n|het|de|die|dat) (?:${W} ){0,2}(?:post|bericht|artikel|draad|blog|stuk|video))(?![a-z])`,
    'mentions their specific work (Dutch)',
  ),
  f(
    'personal',
    'class gym club team course group choir band league cohort meetup school uni church bootcamp program programme form branch office site store ward plant depot warehouse department dept',
    `(?<=^|, |! |hey |hi |hello |hiya )(?:it's|its|this is|it is) [a-z]+ from (?:the |our |ur |your )?(?:${W} ){0,4}(?:class|gym|club|team|course|group|choir|band|league|cohort|meetup|school|uni|church|bootcamp|program|programme|form|branch|office|site|store|ward|plant|depot|warehouse|department|dept)(?![a-z])`,
    'points out a commonality',
  ),
);

// Time and favours asked in other languages: a meeting in Italian ("Sarebbe disponibile per un incontro di
// mezz'ora?"), Swedish ("Har du tid för ett kort möte?") and Dutch ("Zullen we deze week even bellen?"); job leads
// ("Se souberes de vagas em marketing digital, avisa-me!"); a LinkedIn recommendation in Dutch ("als je een aanbeveling
// voor me zou willen schrijven")
ROUND12.push(
  f(
    'ask',
    'sarebbe saresti sareste disponibile disponibili har tid zullen kunnen bellen afspreken call gesprek videobellen zoomen afspraak',
    `(?:(?:sarebbe|saresti|sareste) disponibil[ei] (?:per|a) (?:un|una|un')|har (?:du|ni) tid (?:for|till|med) (?:ett|en|nagra|lite)|(?:zullen|kunnen) we (?:${W} ){0,3}(?:bellen|afspreken|een call|een gesprek|videobellen|zoomen|een afspraak)(?![a-z]))`,
    'asks for their time (non-English)',
    { tag: 'call' },
  ),
  f(
    'ask',
    'vaga vagas oportunidade oportunidades posicao posicoes emprego vacante vacantes puesto puestos oportunidad oportunidades oferta ofertas trabajo poste postes offre offres opportunite opportunites posizione posizioni opportunita offerte lavoro',
    `(?:se (?:souberes|souber|souberem|ouvires|ouvir|vires|vir) (?:de|falar de) (?:${W} )?(?:vaga|vagas|oportunidade|oportunidades|posicao|posicoes|emprego)|si (?:sabes|sabe|te enteras|se entera|ves|escuchas) de (?:${W} )?(?:vacante|vacantes|puesto|puestos|oportunidad|oportunidades|oferta|ofertas|trabajo)|si (?:tu entends|vous entendez|tu vois|vous voyez|tu as vent|vous avez vent) (?:parler )?(?:d'|de |des )(?:${W} )?(?:poste|postes|offre|offres|opportunite|opportunites)|se (?:senti|sai|vedi|sente|sa|vede) (?:di|parlare di) (?:${W} )?(?:posizione|posizioni|opportunita|offerte|offerta|lavoro))(?![a-z])`,
    'asks for a job lead',
  ),
  f(
    'ask',
    'aanbeveling',
    `(?:(?:een )?aanbeveling (?:op linkedin )?voor (?:me|mij) (?:zou(?:den)? )?(?:willen |kunnen )?schrijven|(?:zou je|wil je|kun je|kunt u|zou u|wilt u) (?:${W} ){0,3}(?:een )?aanbeveling)(?![a-z])`,
    'asks for a referral or endorsement',
  ),
);

// People both know in other shapes: the introducer named in a cc line ("cc: Layla Haddad, who introduced us"); news
// from a named person in other languages ("O Rodrigo Almeida (trabalhámos juntos na Farfetch) disse-me que...", "Dice
// Paco Hernández que eres..."); met at someone's place ("Lovely to finally meet you at Kwame's on Saturday"); a named
// person who asked after them ("mr. hollis emailed me asking abt u") or passed on their work ("ama passed me ur old
// notes"); greetings asked to be passed ("tell Pablo I'm still waiting for the asado recipe"); someone from a shared
// past ("is that ahmed from our old booking.com squad")
ROUND12.push(
  f(
    'introduction',
    'introduced put connected apresentou presento puso presentes mis presentato presentati messo vorgestellt bekannt voorgesteld gebracht',
    `${NAME}${APPOSITIVE},? (?:who|que|qui|che|die|der) (?:introduced us|introduced me to you|put us in touch|connected us|nos apresentou|nos presento|nos puso en contacto|nous a presente(?:e|es|s)?|nous a mis en (?:contact|relation)|ci ha (?:presentat[oi]|messo in contatto)|uns (?:vorgestellt|bekannt gemacht) hat|ons (?:heeft voorgesteld|in contact heeft gebracht))(?![a-z])`,
    named((n) => `names ${n}, who introduced you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'reference',
    'disse disse-me contou contou-me falou falou-me mencionou comentou dijo conto comento hablo detto raccontato parlato dit parle raconte',
    `${NAME}${APPOSITIVE},? (?:disse-me|me disse|contou-me|me contou|falou-me|me falou|mencionou|comentou|me dijo|me conto|me comento|me hablo|mi ha detto|mi ha raccontato|mi ha parlato|m'a dit|m'a parle|m'a raconte) (?:que|de|di|sobre|da|do|del|della|che|du|des)(?![a-z])`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  f('reference', 'dice', `(?<=^|, |! )dice ${NAME} que (?:eres|es|usted|tu|su|sabes|conoces|estas|llevas)(?![a-z])`, named(refWhy('who told them about you')), { negatable: false }),
  f(
    'reference',
    'meet met meeting seeing see saw',
    `(?:meet|met|meeting|seeing|see|saw) (?:you )?at ${NAME}'s (?:on|last|this|yesterday|tonight|the other)(?![a-z])`,
    named((n) => `names ${n}, at whose place you met`),
    { negatable: false },
  ),
  f(
    'reference',
    'emailed texted messaged called rang pinged wrote asked asking',
    `${NAME} (?:emailed|texted|messaged|called|rang|pinged|wrote to|dm'd|dmed) me (?:asking |to ask )?(?:about|abt|after) (?:you|u)(?![a-z])`,
    named(refWhy('who asked after you')),
    { negatable: false },
  ),
  f('reference', 'passed forwarded showed gave', `${NAME} (?:passed|forwarded|showed|gave|lent) me (?:your|ur)(?![a-z])(?! (?:details|name|email|e-mail|info|contact|number|address|email address|phone|linkedin))`, named(refWhy('who passed on your work')), { negatable: false }),
  // A message for someone both know, passed through the recipient: "tell Rosa the sourdough starter survived", "Also tell Gabe
  // the label printer's fixed", "Tell Ahmed congrats on the marathon!"
  f('reference', 'tell', `(?<=^|, |! |\\. |and |so |also |please |pls |plz |oh and |p\\.s\\. |ps )tell ${NAME} (?:i'm|im|i am|i|we're|we|that|to|hi|hello|the|congrats|congratulations|happy|thanks|thank|thx|my|our|his|her|their|he|she|they|good luck|well done|welcome|sorry|hey|hiya)(?![a-z])`, named(refWhy('to whom you send word')), { negatable: false }),
  // Someone the recipient may meet, named as one both know: "If you see Dr. Whitcombe at the department thing, ...",
  // "if you run into Priya at the offsite"
  f('reference', 'see run bump', `if (?:you|u) (?:see|run into|bump into|happen to see|catch) ${NAME}(?= (?:at|in|around|before|this|next|on|again|tell|say|give|send|could|can|please)(?![a-z])|[,.!?;:)])`, named(refWhy('whom you both know')), { negatable: false }),
  // ("Marcus from our Deloitte grad intake was asking after you"; not "Marta from our claims team will call you", the
  // sender's team today)
  f(
    'reference',
    'squad team class days office group cohort crew intake batch course programme program bootcamp',
    `(?<!(?:it's|its|it is|this is|i'm|im|i am|me|remember) )${NAME} from our (?:old )?(?:[^ ]+ ){0,2}(?:squad|team|class|days|office|group|cohort|crew|intake|batch|course|programme|program|bootcamp)(?![a-z])`,
    (m, ctx) => (/(?:team|office|group|squad|crew)$/.test(m[0]) && TEAM_TODAY.test(ctx.orig.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase()) ? undefined : named(refWhy('from your shared past'))(m, ctx)),
    { negatable: false },
  ),
);

// The forty-ninth round: news of people both know ("Did you see Priyanka's post? Twins.", "Saw Jonas finally made
// Staff", "Geraldine Fox passed away on Sunday", "Me enteré por Lucía de que...", "Ho saputo da Marco che..."); the
// sender placed by someone both know ("This is Ewa, Kuba's mum"); a shared past ("Chidi from the old Andela Lagos office
// here", "nobody built a cost model like you did in the Capita days", "You were the best manager I had", "le plan
// qu'on avait monté ensemble"); a recommendation written back ("I'll happily write you one for pricing")
const NEWS_VERB = `(?:made|got|landed|opened|left|joined|started|moved|launched|tied the knot|had|became|passed|retired|quit|won|married|engaged|pregnant|promoted|sold)`;
ROUND12.push(
  f('reference', 'post news announcement photos pics update baby twins engagement promotion', `(?:did you see|have you seen|did u see|you see|seen|saw) ${NAME}'s (?:${W} )?(?:post|news|announcement|photos|pics|update|baby|twins|engagement|promotion)(?![a-z])`, named(refWhy('whose news you pass on')), { negatable: false }),
  f(
    'reference',
    'hear heard saw seen made got landed opened left joined started moved launched knot had became passed retired quit won married engaged pregnant promoted sold',
    `(?:did you hear|have you heard|did u hear|saw|seen|heard)(?: that)? ${NAME}(?: and ${W})? (?:finally |just |has |have |had |is |are |got |was )?${NEWS_VERB}(?![a-z])`,
    named(refWhy('whose news you pass on')),
    { negatable: false },
  ),
  f(
    'reference',
    'passed died knot married engaged pregnant baby twins',
    `(?<!(?:our|my|the|a|an|his|her|their|your|ur) )${NAME}(?: and ${W})? (?:finally |just |has |have )?(?:passed away|died|has died|tied the knot|got married|got engaged|is pregnant|had (?:a baby|twins|her baby|his baby|their baby))(?![a-z])`,
    named(refWhy('whose news you pass on')),
    { negatable: false },
  ),
  f(
    'reference',
    'entere supe saputo sentito soube saber appris su',
    `(?:me entere por|supe por|ho saputo da|ho sentito da|soube pel[oa]|soube por|fiquei a saber pel[oa]|j'ai appris par|j'ai su par) ${NAME}`,
    named(refWhy('who told them about you')),
    { negatable: false },
  ),
  f(
    'reference',
    'mum mom mother dad father sister brother wife husband partner girlfriend boyfriend flatmate roommate housemate cousin neighbour neighbor daughter son aunt uncle',
    `(?:this is|it's|its|i'm|im|i am)(?: [a-z]+,?)? ${NAME}'s (?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|girlfriend|boyfriend|flatmate|roommate|housemate|cousin|neighbour|neighbor|daughter|son|aunt|uncle)(?![a-z])`,
    named(refWhy('whose family or friend the sender is')),
    { negatable: false },
  ),
  f('personal', 'office crew team squad gang lab days class cohort batch floor desk', `(?:from|of) the old (?:${W} ){1,3}(?:office|crew|team|squad|gang|lab|days|class|cohort|batch|floor|desk)(?![a-z])`, 'recalls a shared past'),
  f(
    'personal',
    'days',
    `(?:in|from|back in|since|during|like) the (?:old )?(?:${W} ){1,2}days(?![a-z])`,
    (m, ctx) => {
      const words = m[0].split(' ').slice(-3, -1);
      if (words.some((w) => /^(?:early|old|good|first|last|these|those|olden|glory|dark|next|few|coming|final|busy|hot|long|summer|winter|holiday|working|school|uni|college|student)$/.test(w))) return undefined;
      return ctx.caseless || /[A-Z]/.test(ctx.orig.slice(m.index, m.index + m[0].length)) ? 'recalls a shared past' : undefined;
    },
  ),
  f('personal', 'manager boss lead teacher mentor coach professor tutor supervisor', `(?:best|greatest|favourite|favorite|nicest|kindest) (?:manager|boss|lead|teacher|mentor|coach|professor|tutor|supervisor|team lead) (?:i(?:'ve| have)? ever had|i had|i've had|i ever worked for|i've worked for|i've ever worked for)(?![a-z])`, 'recalls a shared past'),
  f('personal', 'ensemble', `(?:qu'on|que nous|on|nous) (?:avait|avions|a|avons) (?:${W} ){1,2}ensemble(?![a-z])`, 'recalls a shared past (French)'),
  f('value', 'write', `(?:i'll|i will|i'd|i would|happy to|glad to|i can|i could)(?: happily| gladly| gladly| also)? write (?:you|u) (?:one|a (?:${W} )?(?:recommendation|reference|testimonial|review|endorsement))(?![a-z])`, 'offers something in return', { senderOnly: true }),
);

// Also from the forty-ninth round: a friend's ways of writing ("No worries at all if the timing's bad", "¿te acordás
// de las noches...?", "Tell Suresh I said congrats", "Back in my Skyscanner days on your team"); platform favours asked
// ("Would you be open to giving me a quote for my blog?", "it would be an honour if you could write the foreword",
// "Could we get her on the show?", "I'd be an AMAZING guest for your show", a panel joined: "Would you join?")
ROUND12.push(
  f('familiar', 'worries', `no worries at all(?: if| if not)?(?![a-z])`, 'writes as a friend', { negatable: false }),
  f('familiar', 'acordas acuerdas acordás', `(?:te acordas|te acuerdas|se acuerda) (?:de|del|cuando)(?![a-z])`, 'writes as a friend', { negatable: false }),
  f('familiar', 'tell', `(?<=^|, |! |\\. |and |so )tell ${NAME} i (?:said|say)(?![a-z])`, 'writes as a friend', { negatable: false }),
  f(
    'personal',
    'days team',
    `(?:back )?(?:in|during) my (?:${W} ){1,2}days (?:on|in) (?:your|ur) (?:${W} )?team|when i (?:was|worked) (?:on|in) (?:your|ur) (?:${W} )?team|(?:you|u) (?:were|was) my (?:first |old |former )?(?:manager|boss|lead|mentor|teacher|supervisor|tutor)(?![a-z])`,
    'recalls working together',
  ),
  f(
    'ask',
    'quote comment soundbite statement',
    `(?:give|giving|provide|providing|share|sharing) (?:me|us) (?:a |an )?(?:quick |short |brief |expert )?(?:quote|comment|soundbite|statement)(?: or two)?(?: for (?:my|our|a|an|the) (?:${W} )?(?:blog|article|piece|story|post|newsletter|book|report|feature|podcast))?(?![a-z])`,
    'asks them for a favour',
    { senderOnly: true },
  ),
  f(
    'ask',
    'foreword preface blurb endorsement testimonial afterword',
    `(?:you|u) (?:could|would|can|might) (?:${W} )?(?:write|pen|contribute) (?:the|a|my|our) (?:${W} )?(?:foreword|preface|blurb|endorsement|testimonial|afterword)(?![a-z])`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'guest fit show podcast',
    `(?:(?:i'd|i would|i'll|she'd|he'd|they'd|she would|he would|would) (?:be|make) (?:an? )?(?:${W} ){0,2}(?:guest|fit) (?:for|on) (?:your|ur) (?:show|podcast|channel|panel|stage|newsletter|line-?up)|get (?:her|him|them|me|us|my client) on (?:your|ur|the) (?:show|podcast|panel|programme|program|stage|line-?up)|when can we record)(?![a-z])`,
    'asks for a platform (a guest spot)',
  ),
  f(
    'ask',
    'join joining',
    `(?:would|will|could|can) (?:you|u) (?:be (?:up for|open to|willing to) )?join(?:ing)?(?: us| our ${W}| the ${W})?(?![a-z])`,
    (m, ctx) => (/(?:panel|webinar|podcast|summit|conference|session|livestream|roundtable|fireside|keynote|line-?up|speakers?)(?![a-z])/i.test(ctx.orig.slice(Math.max(0, m.index - 300), m.index + m[0].length + 60)) ? 'asks them to speak or take part' : undefined),
    { tag: 'call' },
  ),
);

// The fiftieth round: a hometown or school both share ("Saw you went to Ballarat High - me too", "Saw you're a Salthill
// girl too!", "Another Ballarat kid in Melbourne tech!"); work asked for ("I'd be very grateful if you kept me in
// mind"), a review of the sender's things ("Could you please look at 3 of my games"), a slot asked ("Any chance of a
// support slot?"); a sale in a DM ("DM me for the early-bird price")
ROUND12.push(
  f(
    'personal',
    'too same did was',
    `(?:(?:you|u) (?:went to|studied at|were at|grew up in|are from|'re from)|(?:you're|ur|you are) from) (?:${W} ){1,3}[ ,.!-]{1,3}(?:me too|same here|so did i|so was i|same)(?![a-z])`,
    'points out a commonality',
  ),
  f('personal', 'too kid native local alum alumna alumnus grad expat girl boy lad lass', `(?:(?:you're|ur|you are) (?:a|an|another|also a|also an) (?:${W} ){1,2}(?:girl|boy|kid|lad|lass|native|local|alum|alumna|alumnus|grad|expat) too|another (?:${W} ){1,2}(?:kid|native|local|alum|grad|expat|girl|boy|lad|lass) (?:in|at|here))(?![a-z])`, 'points out a commonality'),
  f('ask', 'mind', `(?:keep|kept|keeping) me in mind(?![a-z])`, 'asks them for work'),
  f(
    'ask',
    'games matches code designs portfolio deck cv resume draft essay songs tracks demo demos drawings photos writing app website site pitch',
    `(?:look at|go over|go through|review|check|watch|listen to) (?:${W} ){0,2}(?:of )?my (?:${W} )?(?:games|matches|code|designs|portfolio|deck|cv|resume|draft|essay|songs|tracks|demo|demos|drawings|photos|writing|app|website|site|pitch)(?![a-z])`,
    'asks for advice or feedback',
    { requestOnly: true },
  ),
  f('ask', 'chance', `any chance of (?:a|an|getting a|getting an) (?:${W} )?(?:slot|gig|spot|booking|interview|internship|job|role|referral|intro|introduction|trial|feature|shout-?out|mention)(?![a-z])`, 'asks them for a favour'),
  f('pitch', 'dm', `dm me (?:for|to get) (?:the |a |an |more |my )?(?:${W} )?(?:price|pricing|discount|details|info|link|spot|offer|rate|deal)(?![a-z])`, 'pitches a product'),
);

// Pay offered in Spanish, in a reply to an introduction ("te pagamos la consultoría a tu tarifa habitual", "la facturas
// como cualquier otra", "con anticipo y un 10 % de regalías", "4.200 € al mes")
ROUND12.push(
  f(
    'value',
    'pagamos pago pagaria pagariamos pagaremos pagare tarifa facturas factura anticipo regalias mes hora dia ano',
    `(?:(?:te|le|os) (?:pagamos|pago|pagaria|pagariamos|pagaremos|pagare)(?![a-z])|(?:a|segun) (?:tu|su|vuestra) tarifa|(?:la|lo) (?:facturas|factura) como|(?:con|un) anticipo|(?:de )?regalias|\\d[\\d.,]* ?(?:€|eur|euros|usd|dolares|pesos) (?:al|por|cada) (?:mes|hora|dia|ano))`,
    'offers paid work (Spanish)',
    { senderOnly: true },
  ),
);

// Told to get in touch by someone named ("Sam Whitlock said to add you re: judging the hackathon", "Our mutual friend Ben
// Adeyemi told me I HAD to connect with you")
ROUND12.push(
  f(
    'introduction',
    'said told insisted says add connect reach touch hi write contact message ping',
    `${NAME}${APPOSITIVE},? (?:said|told me|insisted|says|kept saying)(?: that)?(?: i)? (?:to|had to|have to|must|should|needed to) (?:add|connect with|reach out to|get in touch with|say hi to|write to|contact|message|ping) (?:you|u)(?![a-z])`,
    named((n) => `says ${n} pointed them to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
);

// A shared course in German ("lange nicht gesehen seit dem Master in Mannheim")
ROUND12.push(
  f('personal', 'master bachelor studium abi praktikum ausbildung referendariat semester erasmus trainee traineeprogramm', `(?:seit|aus|von) (?:dem|der|unserem|unserer|unserem gemeinsamen|unserer gemeinsamen) (?:master|bachelor|studium|abi|praktikum|ausbildung|referendariat|semester|erasmus|trainee|traineeprogramm)(?![a-z])`, (m) => (/^(?:aus|von) (?:dem|der) /.test(m[0]) ? undefined : 'recalls a shared past (German)'), { negatable: false }),
);

// The fifty-first round: a doctoral advisor both had, in German ("dass Sie wie ich bei Prof. Rieger am KIT promoviert
// haben"); someone both met brought along ("for bringing Pieter from finance along"); greetings to someone named, in
// German ("Herzliche Grüße, auch an Herrn Brandt"); an application someone named passed on ("my application that
// Kevin Lau kindly forwarded to you"); their article or talk in German ("Ihr Gastbeitrag im Handelsblatt über ...");
// a shared past in German ("wo
// wir um 4 Uhr früh noch die Demo zusammengeklebt haben") and in English ("our time together on the Danone account")
ROUND12.push(
  f(
    'reference',
    'promoviert studiert gearbeitet geforscht gelernt trainiert',
    `(?:wie ich|auch|ebenfalls|beide|beide bei) (?:bei|unter) ${NAME} (?:(?:am|an der|in|im) (?:${W} ){1,3})?(?:promoviert|studiert|gearbeitet|geforscht|gelernt|trainiert)(?![a-z])`,
    named((n) => `names ${n}, whom you both studied with`),
    { negatable: false },
  ),
  f('reference', 'bringing brought bring along', `(?:bringing|brought|bring) ${NAME}(?: from (?:${W} )?${W})? along(?![a-z])`, named(refWhy('who was there with you')), { negatable: false }),
  f('reference', 'grusse gruse gruss grusze', `(?:grusse|gruss|gruse|grusze)(?:,)? (?:auch |bitte auch )?an (?:herrn |frau |den |die )?${NAME}`, named(refWhy('who sends greetings')), { negatable: false }),
  f(
    'introduction',
    'forwarded passed sent shared',
    `${NAME} (?:kindly |has |had |already |very kindly )?(?:forwarded|passed on|passed along|sent|shared|sent over) (?:it |this |them )?(?:to|on to|over to) (?:you|u)(?![a-z])`,
    named((n) => `says ${n} passed them on to you`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f(
    'personal',
    'aufsatz gastbeitrag beitrag artikel vortrag buch podcast paper interview post blogbeitrag keynote talk studie bericht kommentar rede predigt ausstellung auftritt konzert projekt initiative kampagne',
    `(?:ihr|ihre|ihren|dein|deine|deinen|euer|eure|euren) (?:${W} )?(?:aufsatz|gastbeitrag|beitrag|artikel|vortrag|buch|podcast|paper|interview|post|blogbeitrag|keynote|talk|studie|bericht|kommentar|rede|predigt|ausstellung|auftritt|konzert|projekt|initiative|kampagne) (?:in|im|auf|bei|uber|zum|zur|von|mit)(?![a-z])`,
    'mentions their specific work (German)',
  ),
  f('personal', 'wir', `(?:als|wo|wie) wir (?:damals |noch |beide )?(?:${W} ){0,8}(?:zusammen|gemeinsam)[a-z]*(?![a-z])`, 'recalls a shared past (German)', { negatable: false }),
  f('personal', 'account team project desk floor ward shift campaign', `our time (?:together )?(?:on|at|in) (?:the )?(?:${W} ){0,2}(?:account|team|project|desk|floor|ward|shift|campaign)(?![a-z])`, 'recalls working together'),
);

// The fifty-second round: unpaid work asked ("Budget's tight this year so it's unpaid", "I can't pay upfront right now",
// "an unpaid, no-equity role"); a question asked in a DM ("Mind if I DM you a question"); a free trial, a pull request,
// a recommendation and travel offered in Italian, Spanish and Portuguese; a class year shared ("IIT Madras '14 here as
// well"); their talk heard in Spanish ("Te escuché en la Nerdearla contando..."); a shared past missed ("Saudade das
// madrugadas no laboratório", "Mi manca la nostra banda della residenza Erasmus")
ROUND12.push(
  f(
    'ask',
    'unpaid pay pagar',
    `(?:(?:it's|it is|this is|role is|position is|gig is|work is|so it's|so it is|is) )?(?:an? )?unpaid|(?:i|we) (?:can't|cannot|can not|won't be able to|are unable to|am unable to) pay(?: (?:upfront|you|anything|for (?:it|this)|right now|yet|a fee))?|no (?:tenemos|temos|abbiamo) (?:presupuesto|orcamento|budget) (?:para|per) pagar`,
    'asks for unpaid work',
  ),
  f('ask', 'mind', `mind if i (?:dm|message|ping|email|ask|send) (?:you|u)(?![a-z])`, 'asks them a question', { tag: 'call' }),
  f(
    'value',
    'prova prueba teste test essai trial provarlo provarla provare probarlo probarla testar essayer testen gratis gratuito gratuita gratuite kostenlos',
    `(?:(?:prova|prueba|teste|essai|periodo di prova|periodo de prueba|periodo de teste) (?:gratuit[oae]?|gratis|kostenlos)|(?:provar(?:lo|la|e)?|probar(?:lo|la)?|testar|essayer|testen) (?:${W} )?(?:gratis|gratuitamente|gratuitement|kostenlos)|gratis per \\d+ giorni)(?![a-z])`,
    'offers something free',
  ),
  f('value', 'aperto abri abierto ouvert pr pull', `(?:(?:ti|le|vi) ho (?:appena )?aperto|(?:te )?(?:abri|he abierto|acabo de abrir|ai ouvert|j'ai ouvert)) (?:una |uma |un |une )?(?:pr|pull request)(?![a-z])`, 'offers work done for them'),
  f('value', 'escribo escribiria dejo recomendacion resena', `(?:te|le) (?:escribo|escribiria|dejo|hago) (?:una )?(?:recomendacion|resena|referencia)(?![a-z])`, 'offers something in return', { senderOnly: true }),
  f(
    'value',
    'paga pagamos cobre cobrimos passagem passagens hotel hospedagem viagem viaje vuelo alojamiento',
    `(?:(?:a gente|nos) (?:paga|pagamos|cobre|cobrimos)|(?:pagamos|cubrimos))(?: ${W}){0,2} (?:passagem|passagens|hotel|hospedagem|viagem|despesas|viaje|vuelo|vuelos|alojamiento|gastos)(?![a-z])`,
    'offers to cover a cost',
  ),
  f('personal', 'here alum grad', `'\\d\\d (?:here|alum|grad)(?: as well| too)?(?![a-z])`, 'points out a shared school'),
  f('personal', 'escuche contando hablando explicando presentando ouvi falando', `te (?:escuche|vi|oi|ouvi) (?:en|no|na|em) (?:la |el )?(?:${W} ){1,5}(?:contando|hablando|explicando|presentando|falando)(?![a-z])`, 'mentions their specific work (Spanish, Portuguese)'),
  f('personal', 'saudade saudades manca mancano', `(?:(?:que )?saudades? d(?:e|as|os|a|o) (?:nossas? |nossos? )?|mi manca(?:no)? (?:troppo |tanto |molto |un sacco )?(?:la nostra|il nostro|le nostre|i nostri))`, 'recalls a shared past', { negatable: false }),
);

// The fifty-third round: years spent together ("since we spent four years at King together"), a time both remember in
// Portuguese, Spanish, Italian and French ("Desde os tempos da Farfetch que não falamos"), their work seen in Portuguese
// and Spanish ("vi que você publicou o dataset de..."); thanks passed to someone named ("Please also pass my thanks to
// Mr. Fujita"), someone named quoted in French and Spanish ("Comme Thomas l'a dit au resto samedi"), someone both know
// sent their way ("thank you for sending Lucas Pereira our way"), asked by someone named to get in touch, in Spanish
// ("Gabriel Ortega, tu jefe en Clip, me pidió que te contactara"); a job lead asked ("Hit me up if Canva's hiring")
ROUND12.push(
  f('personal', 'together', `(?:we|you and i|the two of us) (?:spent|had|did|worked|shared) (?:${W} ){0,3}(?:years?|months?|summers?|semesters?|seasons?) (?:at|in|on|with) (?:${W} ){1,3}together(?![a-z])`, 'recalls working together'),
  f('personal', 'tempos tiempos tempi epoque', `(?:desde (?:os|aqueles) tempos|desde (?:los|aquellos) tiempos|dai tempi|depuis l'epoque) (?:d[aeoi]s?|del|della|de la|de l')`, 'recalls a shared past', { negatable: false }),
  f('personal', 'publicou lancou escreveu criou postou apresentou publicaste lanzaste escribiste creaste presentaste', `(?:vi|li|soube|lei|vi que|lei que) (?:que )?(?:voce|tu|o senhor|a senhora|usted) (?:publicou|lancou|escreveu|criou|postou|apresentou|publicaste|lanzaste|escribiste|creaste|presentaste|publico|lanzo|escribio)(?![a-z])`, 'mentions their specific work (Portuguese, Spanish)'),
  f('reference', 'thanks regards best greetings love', `pass (?:on )?my (?:thanks|regards|best|greetings|love|best wishes) (?:on )?to ${NAME}`, named(refWhy('who sends greetings')), { negatable: false }),
  f('reference', 'comme como', `(?:comme|como|como me) ${NAME} (?:l'a dit|me l'a dit|l'a mentionne|disait|nous a dit|dijo|me dijo|comento|me comento|decia|disse|me disse)(?![a-z])`, named(refWhy('who told them about you')), { negatable: false }),
  f('reference', 'sending referring pointing passing sent referred pointed passed way', `(?:for |thanks for |thank you for )?(?:sending|referring|pointing|passing|sent|referred) ${NAME} (?:our|my) way(?![a-z])`, named(refWhy('whom they sent your way')), { negatable: false }),
  f(
    'introduction',
    'pidio dijo sugirio recomendo',
    `${NAME}${APPOSITIVE},? me (?:pidio|dijo|sugirio|recomendo) que te (?:contactara|escribiera|contacte|escriba|buscara|busque|llamara)(?![a-z])`,
    named((n) => `says ${n} pointed them to you (Spanish)`),
    { negatable: false, alsoReference: true, tag: 'named' },
  ),
  f('ask', 'hiring', `(?:hit me up|let me know|lmk|give me a shout|ping me|tell me) if (?:${W} ){0,3}[a-z]+(?:'s| is| are) hiring(?![a-z])`, 'asks for a job lead'),
);

// The fifty-fourth round: their rate paid in German ("Ich zahle gern Ihren üblichen Stundensatz"), help whenever needed
// ("if you ever need someone to look over a term sheet, you know where to find me"), something shared in Dutch ("Ons
// haalbaarheidsrapport deel ik graag met je") and in a clipped English offer ("Will share our code if it helps"); a
// shared workplace missed ("the ward still isn't the same since you left"); greetings from someone named on the
// sender's team ("Marco Bellini on my team says hi"); a trial asked for ("Can you give him a trial at the academy?")
ROUND12.push(
  f('value', 'zahle zahlen bezahle bezahlen ubernehme ubernehmen stundensatz tagessatz honorar', `(?:ich|wir) (?:zahle|zahlen|bezahle|bezahlen|ubernehme|ubernehmen)(?: (?:gern|gerne|naturlich|selbstverstandlich))? (?:ihren |deinen |euren |den |das |ihr |dein )?(?:ublichen |normalen )?(?:stundensatz|tagessatz|honorar|satz|beratungshonorar)(?![a-z])`, 'offers to pay for their time (German)', { senderOnly: true }),
  f('value', 'where find', `if (?:you|u) (?:ever )?(?:need|want) (?:[^ .!?]+ ){1,14}(?:you know where to find me|you know where i am)(?![a-z])`, 'offers help whenever needed'),
  f('value', 'deel stuur geef graag gerust plezier', `(?:(?:deel|stuur|geef|laat) ik (?:je |u |jullie )?(?:graag|gerust|met plezier)|ik (?:deel|stuur|geef) (?:je |u |jullie )?(?:graag|gerust|met plezier))(?![a-z])(?! (?:mijn|m'n|de|het|ons|onze) (?:cv|portfolio|vacature|sollicitatie|motivatiebrief|deck|pitch|pitchdeck|offerte))`, 'offers to give or help (Dutch)', { senderOnly: true }),
  f('value', 'share', `(?<=^|[.!?] |, |; )(?:will|i'll|we'll|can) share (?:our|my|the) (?:${W} )?(?:code|data|notebook|deck|template|results|notes|slides|model|research|report|findings|scripts)(?![a-z])`, 'offers to give or help'),
  f('personal', 'same left', `(?:isn't|is not|hasn't been|has not been|isnt|not) (?:quite )?the same since (?:you|u) left(?![a-z])`, 'recalls a shared past', { negatable: false }),
  f('reference', 'hi hello', `${NAME} (?:on|in|from) (?:my|our|the) (?:${W} )?(?:team|office|group|department|lab) says (?:hi|hello)(?![a-z])`, named(refWhy('who sends greetings')), { negatable: false }),
  f('ask', 'trial tryout try-out chance shot', `(?:give|offer|get) (?:him|her|them|me|us|my (?:son|daughter|kid|boy|girl)) a (?:trial|tryout|try-out|trial run|chance to (?:try out|trial|audition))(?![a-z])`, 'asks them for a favour'),
);

// People from a past both share, named in passing: the manager of those days ("since our Accenture Madrid days under
// Beatriz", "Since our days under Henrique at Nubank") and someone who was there with both ("I was on the Kraft case
// with you and Dave Kessler"). (Someone from the same intake: the shared-past family above.)
ROUND12.push(
  f('reference', 'under', `(?:since|from|back in|during|remember|miss|of|in) our (?:${W} ){0,3}(?:days|time|years|stint|era) under ${NAME}`, named(refWhy('whom you both worked under')), { negatable: false, commonKeys: true }),
  f('reference', 'with', `(?:i was|we were|i worked|i sat|i shared|i spent|i played|i studied|i travelled|i traveled|i did) (?:${W} ){0,6}with (?:you|u) and ${NAME}`, named(refWhy('who was there with you both')), { negatable: false, back: 9 }),
);

// Someone both know, met by the sender, passing on news of the recipient or greetings ("Bumped into Rachel Okafor at the
// Leeds meetup, she says you've gone freelance", "Saw Clara at the Rennes marathon, she sends you a big hug"), and someone
// both know asked after ("Is Bram still there?", "Is Dana still running the Lisbon office?").
ROUND12.push(
  f(
    'reference',
    'bumped ran saw met caught chatting chatted spoke talked lunch coffee dinner drinks',
    `(?:bumped into|ran into|saw|met|caught up with|had (?:a )?(?:coffee|lunch|dinner|drinks|a drink|a beer) with|was chatting (?:to|with)|chatted (?:to|with)|spoke (?:to|with)|talked (?:to|with)) ${NAME}${sameSentence(80)}(?:,|;|:| and| -|\.) (?:she|he|they) (?:says|said|mentioned|told me|tells me|sends|sent|asked (?:after|about)|was asking (?:after|about)|says to say|said to say)(?: (?:that|to say))?(?: (?:a |her |his |their )?(?:big |warm |huge |best )?(?:hi|hello|hug|hugs|regards|love|best|greetings)| (?:you|your|u|ur)(?![a-z]))`,
    named(refWhy('who passes on news of you')),
    { negatable: false },
  ),
  // The same in Spanish, Portuguese, French and Italian: "Coincidí con Lucía Ferrer en el congreso y me comentó que...",
  // "Encontrei a Marta na feira e ela contou que...", "J'ai croisé Claire au salon, elle m'a dit que...".
  f(
    'reference',
    'coincidi encontre cruce hable estuve almorce comi cene encontrei vi cruzei estive falei almocei jantei croise vu dejeune parle discute incontrato visto parlato pranzato',
    `(?:coincidi|me encontre|me cruce|hable|estuve|almorce|comi|cene)(?: ${W}){0,4}? con (?:el |la )?${NAME}${sameSentence(80)}(?:,|;| y| -) (?:(?:el|ella) )?me (?:comento|dijo|conto|hablo)|(?:(?:encontrei|vi|cruzei com)(?: (?:o|a))?|(?:estive|falei|almocei|jantei) com (?:o |a )?) ?${NAME}${sameSentence(80)}(?:,|;| e| -) (?:(?:ele|ela) )?(?:me )?(?:contou|disse|falou)|(?:j'ai croise|j'ai vu|j'ai dejeune avec|j'ai parle avec|j'ai discute avec) ${NAME}${sameSentence(80)}(?:,|;| et| -| qui) (?:(?:il|elle) )?m'a (?:dit|parle|raconte)|(?:ho incontrato|ho visto|ho parlato con|ho pranzato con) ${NAME}${sameSentence(80)}(?:,|;| e| -| che) (?:(?:lui|lei) )?mi ha (?:detto|raccontato|parlato)`,
    named(refWhy('who passes on news of you')),
    { negatable: false },
  ),
  f(
    'reference',
    'still',
    `(?<=^|[.!?] |, )(?:is|does|did|has) ${NAME} still (?:there|around|at|in|on|with|running|working|leading|doing|teaching|coaching|managing|heading|in charge|the|your|have|got|using|playing)(?![a-z])`,
    named(refWhy('whom you both know, asked after')),
    { negatable: false },
  ),
);

/** Every phrase family, in one list, grouped by kind. */
export const FAMILIES: readonly Family[] = [
  ...VALUE,
  ...ASKS,
  ...PITCHES,
  ...REASONS,
  ...THANKS,
  ...PERSONAL,
  ...REFERENCES,
  ...INTRODUCTIONS,
  ...COLLECTORS,
  ...STOCK,
  ...FILLER,
  ...MORE,
  ...ROUND2,
  ...ROUND3,
  ...ROUND4,
  ...ROUND5,
  ...ROUND6,
  ...ROUND7,
  ...ROUND8,
  ...ROUND9,
  ...ROUND10,
  ...ROUND11,
  ...ROUND12,
];
