import type { ResolvedConfig } from '../config/types.js';
import type { OutreachDocument } from '../document/parse.js';
import { SIGNAL_IDS, type Evidence, type Signal, type SignalId, type Span } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { FAMILIES, NOT_NAMES, namesSomeone, type Family, type FamilyKind, type FamilyTag, type MatchContext } from './families.js';
import { matchFamilies, type ReadMatch } from './matcher.js';
import { LEECH_VETO, MODEL_SIGNALS, MODEL_THRESHOLDS, PERSONAL_VETO, VALUE_VETO, opinions } from './model.js';
import { caselessStyle, findMutuals, highProfileOf, markCaselessNames, ownNames } from './people.js';
import { GREETING, findGreeting, findSignoff } from './structure.js';
import { isUnspacedCode, isWordCode, negatedBefore, normalize, prepare, sentenceAt, type Prepared, type PreparedSentence } from './text.js';

export type { Analysis, MutualMention } from './analysis.js';

/**
 * What readMatch and analyze read of a family, in one shape. The families are objects of many shapes (each has
 * the optional fields it needs), so reading their fields for every match and hit was a megamorphic load that
 * mostly missed V8's stub cache.
 */
interface Traits {
  readonly kind: FamilyKind;
  readonly mode: 'statement' | undefined;
  readonly senderOnly: boolean;
  readonly requestOnly: boolean;
  readonly negatable: boolean;
  readonly tag: FamilyTag | undefined;
  readonly notInPitch: boolean;
  readonly alsoReference: boolean;
}

function traitsFrom(fam: Family): Traits {
  return {
    kind: fam.kind,
    mode: fam.mode,
    senderOnly: !!fam.senderOnly,
    requestOnly: !!fam.requestOnly,
    negatable: fam.negatable !== false,
    tag: fam.tag,
    notInPitch: !!fam.notInPitch,
    alsoReference: !!fam.alsoReference,
  };
}

const TRAITS = new Map<Family, Traits>(FAMILIES.map((fam) => [fam, traitsFrom(fam)]));

/** One match of a family, with the sentence it sits in. */
interface Hit {
  readonly kind: FamilyKind;
  readonly family: Family;
  readonly traits: Traits;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly evidence: Evidence;
}

// Thanks for a favour already done: "thx for the feedback on my portfolio", "thank you for the intro to the Vinhos team".
const THANKED_FOR = /(?:thanks|thank you|thank u|thx|ty|tysm|gracias|merci|danke|obrigad[oa]|grazie|bedankt)(?: (?:so much|again|a lot|a ton|heaps|loads|mil|beaucoup|vielmals|mille))? (?:for|por|pour|fur|per|pela|pelo|voor)(?: (?:the|your|ur|all the|all your|la|el|tu|su|le|votre|ton|ta|die|den|das|deine|ihre|a|o|sua|il|tua|de|je|jouw))? ?$/;

/** A proposal to do something together. */
const MUTUAL = /(?:^|[^a-z])(?:co-?host(?:ing)?|co-?author(?:ing)?|co-?writ(?:e|ing)|co-?organi[sz](?:e|ing)|co-?present(?:ing)?|co-?market(?:ing)?|partner(?:ing)? (?:up|with us|on)|(?:a|an) (?:joint|partnership|collaboration|co-marketing|cross-promotion|newsletter swap|swap)|collaborat(?:e|ing) on|team(?:ing)? up|swap(?:ping)? (?:guest posts|shout-?outs|newsletter|mentions))(?![a-z])/;

/** Exposure, visibility or a shout-out offered as the return for work (the labelling guide: no offer). */
const EXPOSURE = /(?:exposure|visibility|visibilidad|visibilidade|visibilit[eé]|visibilit[aà]|sichtbarkeit|shout-?out|portfolio piece)/;
/** Moving someone to bcc, in the words a reply to an introduction uses. */
const BCC = /(?:copia oculta|\bcco\b|\bbcc\b|copie cach[eé]e|copia nascosta|c[oó]pia oculta)/;
/** A short text for a contact to forward, offered with an introduction asked of them (not an offer to them). */
const BLURB = /(?:blurb|paragraph|(?:one|two|three|couple of|few|2|3)[- ](?:line|lines|sentence|sentences)(?: summary| intro| blurb| note)?|(?:short|quick|brief) (?:summary|intro|bio|description|write-?up|paragraph|note you can forward)|forwardable|textinho|texto pronto|resumo|resumen|parrafo|paragraphe|kurzen text|kurztext)(?![a-z])/;

/**
 * Offers the second opinion may not overrule (VALUE_VETO): money for their time or work, a role with its pay, a share,
 * something free, a cost covered. The model has read few of them in German or Italian ("Gehaltsrahmen 110-125 T€")
 * and was all but sure such a message offered nothing. Neutral on sixteen past rounds' fresh batches (`npm run
 * first-contact` with these offers exempt: mean macro F1 0.9172 -> 0.9171), and it keeps plain money from being set
 * aside, which is what the veto's bar was chosen to avoid.
 */
export const FIRM_OFFER = /^(?:offers to pay for their time|offers a role|offers paid work|offers something free|offers them a share|offers something in return for their help|offers to cover a cost|offers to do something for free)/;

/** A quote for something the sender writes ("a quote for my blog") is asked of an expert, not of a supplier. */
const FOR_WRITING = '(?:my|our|a|an|the) (?:[a-z]+ )?(?:blog|article|piece|story|post|newsletter|book|report|feature|podcast)';
/** What a customer asks a supplier for. */
const BUYING = new RegExp(`(?:^|[^a-z])(?:(?:a|an|your) (?:quote|quotation|estimate)(?! (?:for|from you for) ${FOR_WRITING})|quotes? for(?! ${FOR_WRITING})|(?:send|share|pass|give|email|forward) (?:me|us|over)(?: (?:your|the|a|an|some))? (?:wholesale (?:sheet|list|prices|pricing)|price list|prices|pricing|rates|rate card|day rate|fees|catalogue|catalog)|un presupuesto|una cotizacion|um orcamento|un devis|ein angebot|un preventivo|een offerte)(?![a-z])`);

/** An ask or an introduction asked for, right after thanks for it: the favour is done, not asked. */
function thankedFor(p: Prepared, h: Hit): boolean {
  if (h.kind !== 'ask' && h.traits.tag !== 'intro-request') return false;
  const s = p.sentences[h.sentence]!;
  const at = h.start - s.span.start;
  return THANKED_FOR.test(s.norm.slice(Math.max(0, at - 40), at));
}

// "you" as the doer just before a match: "are you happy to share", "would you be willing to".
// (Not inside a condition: "if you're interested I'm happy to introduce you".)
/** "wondered if you'd be willing to share ...": the recipient is the subject of a favour asked, not of a condition. */
const YOU_ASKED = /(?:wonder|wondered|wondering|curious|hoping|hoped|asking|ask) (?:if|whether) (?:you|u)(?:'d| would| could| might| can| will)?(?: [a-z']+){0,2} ?$/;
const YOU_SUBJECT = /(?:^|[^a-z'])(?<!(?:if|when|once|whenever|unless|in case) )(?:you|you're|you'd|you'll|you've|u|they|he|she|your team|your company)(?: [a-z']+){0,2} ?$/;
const SUBJECT_KINDS: ReadonlySet<FamilyKind> = new Set(['reference', 'introduction', 'personal']);

/** The prepared message, its greeting and sign-off, and the context the families read names in. */
function readingOf(doc: OutreachDocument) {
  const p = prepare(doc);
  const greeting = findGreeting(p);
  const signoff = findSignoff(p);
  // All lower case or ALL CAPS: capitals say nothing, so name slots rely on the grammar around them.
  const caseless = caselessStyle(p);
  if (caseless) markCaselessNames(p);
  const ctx: MatchContext = { orig: p.prose, notNames: ownNames(p, greeting, signoff, caseless), nameVars: nameVars(doc), sentence: '', sentenceStart: 0, caseless };
  return { p, greeting, signoff, caseless, ctx };
}

/** Whether the message names a person other than the recipient and the sender, as the second opinion asks (namesSomeone()). */
export function messageNamesSomeone(doc: OutreachDocument): boolean {
  const { p, ctx } = readingOf(doc);
  return namesSomeone(p, ctx);
}

/** How the families' hits read together: offers, favours asked and what sets them aside. */
interface Readings {
  readonly pitches: readonly Hit[];
  readonly valueHits: readonly Hit[];
  readonly value: readonly Hit[];
  readonly collectorSentences: ReadonlySet<number>;
  readonly introRequests: readonly Hit[];
  readonly askHits: readonly Hit[];
  readonly together: readonly Hit[];
  readonly buying: readonly Hit[];
  readonly strangerIntro: Evidence[];
}

/**
 * The first part of analyze(), a function of its own so that V8 compiles the two halves separately: compiled as one,
 * `analyze` was by far the engine's costliest TurboFan compile (about 100 ms on a quiet machine, most functions take
 * a few), paid by every process (and worker thread) once warm; in two halves it costs much less.
 */
function readHits(p: Prepared, hits: readonly Hit[]): Readings {
  const byKind = (kind: FamilyKind) => hits.filter((h) => h.kind === kind);
  const pitches = byKind('pitch');
  const pitchSentences = new Set(pitches.map((h) => h.sentence));
  // An offer inside a sales pitch ("we can help you cut costs") is the pitch, not a gift.
  const valueHits = byKind('value');
  let value = valueHits.filter((h) => !(h.traits.notInPitch && pitchSentences.has(h.sentence)));
  // Asking a contact to introduce you to someone they named, a role you are hiring for is offered to that person, not to
  // the contact ("We're hiring a test lead and her name keeps coming up. Would you introduce us?").
  if (value.length > 0 && value.every((h) => h.traits.tag === 'role') && hits.some((h) => h.kind === 'introduction' && h.traits.tag === 'intro-request')) value = [];
  // A blurb offered to the contact asked for an introduction makes the favour easier but gives them nothing ("I can send
  // you a paragraph if easier", "Posso mandar um textinho pronto pra facilitar").
  if (value.length > 0 && hits.some((h) => h.traits.tag === 'intro-request')) value = value.filter((h) => !BLURB.test(p.sentences[h.sentence]!.norm));
  // Exposure is no payment ("In return you'll get exposure to our growing community and a shoutout on our page"), and
  // moving the introducer to bcc is no offer ("Te paso a copia oculta").
  if (value.length > 0) value = value.filter((h) => !EXPOSURE.test(h.evidence.text.toLowerCase()) && !BCC.test(h.evidence.text.toLowerCase()));
  const collectorSentences = new Set(byKind('collector').map((h) => h.sentence));
  // ("ich möchte euch miteinander bekannt machen" introduces them: nothing asked)
  const introRequests = hits.filter((h) => h.traits.tag === 'intro-request' && !h.evidence.why.startsWith('introduces'));
  // "I'd be happy to give you a referral" offers a referral; it does not ask for one.
  let askHits = byKind('ask').filter((h) => !value.some((v) => v.sentence === h.sentence && v.start <= h.start && h.start < v.evidence.span.end));
  // "ROAD TO 5,000 CONNECTIONS, help me get there!": helping them reach a count is the collecting itself
  if (collectorSentences.size > 0) askHits = askHits.filter((h) => !/help (?:me|us) (?:get|reach|hit) (?:there|it|that|to (?:all|every|everyone|\d))/.test(p.sentences[h.sentence]!.norm));
  // Proposing to do something together is no favour for the sender ("Would you be open to co-hosting a webinar?").
  const together = askHits.filter((h) => MUTUAL.test(p.sentences[h.sentence]!.norm));
  if (together.length > 0) askHits = askHits.filter((h) => !together.includes(h));
  // Asking a supplier for a quote or their prices is business offered, not a favour ("Could you send me your wholesale
  // sheet?", "a quote for 35 people"): the sender is the customer.
  const buying = askHits.filter((h) => BUYING.test(p.sentences[h.sentence]!.norm));
  if (buying.length > 0) askHits = askHits.filter((h) => !buying.includes(h));
  // Volunteer time asked for a cause is no favour for the sender ("Would you give one hour a month mentoring refugees?").
  const causeSentences = new Set(hits.filter((h) => h.traits.tag === 'cause').map((h) => h.sentence));
  if (causeSentences.size > 0) askHits = askHits.filter((h) => !causeSentences.has(h.sentence));
  const strangerIntro: Evidence[] = [];
  if (introRequests.length > 0) {
    // Asking a contact to introduce you to someone they named is the introduction itself, not a favour for yourself.
    askHits = askHits.filter((h) => h.traits.tag !== 'call' && h.traits.tag !== 'favour' && !introRequests.some((r) => r.sentence === h.sentence));
    // From a friend that is what the seed recommends; from a stranger it is a favour.
    const familiar = hits.some((h) => h.kind === 'familiar' || (h.kind === 'personal' && h.traits.tag !== 'hearsay'));
    if (!familiar) strangerIntro.push({ ...introRequests[0]!.evidence, why: 'asks a stranger for an introduction' });
  }
  return { pitches, valueHits, value, collectorSentences, introRequests, askHits, together, buying, strangerIntro };
}

/**
 * Whether an unfilled form of placeholder ("[topic]", "<Thema>", "(company name)") stands in [start, end) (a detail and
 * the rest of its clause): such a message is sent as written, so the detail it was meant to carry is not there (the
 * labelling guide: unfilled placeholders are not personal). A `{{slot}}` is left to the model: it may be filled by
 * `vars`, a front-matter field or a recipients column, which the analysis of one document does not see.
 */
function unfilledIn(doc: OutreachDocument, start: number, end: number): boolean {
  for (const ph of doc.placeholders) if (ph.kind !== 'template' && ph.span.end > start && ph.span.start < end) return true;
  return false;
}

/** Finds the evidence for every signal in a message: sentence-level phrase families, front matter as context. */
export function analyze(doc: OutreachDocument, config: ResolvedConfig): Analysis {
  const { p, greeting, signoff, caseless, ctx } = readingOf(doc);
  const negated: Evidence[] = [];
  // In the subject line only who and what is named counts (a subject alone is not a note or a purpose).
  const hits = runFamilies(p, ctx, negated).filter((h) => (h.sentence !== p.subject || SUBJECT_KINDS.has(h.kind)) && !thankedFor(p, h));

  const byKind = (kind: FamilyKind) => hits.filter((h) => h.kind === kind);
  const { pitches, valueHits, value, collectorSentences, introRequests, askHits, together, buying, strangerIntro } = readHits(p, hits);
  const stock = byKind('stock');
  const filler = byKind('filler');
  const phrases = configPhrases(p, config);
  const hasSalesAsk = pitches.length > 0 || askHits.some((h) => /demo/.test(h.evidence.text.toLowerCase()));

  const evidence: Record<SignalId, Evidence[]> = {
    note: [],
    reason: [],
    personal: evidenceOf(byKind('personal').filter((h) => !(h.traits.tag === 'hearsay' && hasSalesAsk) && !unfilledIn(doc, h.start, h.evidence.span.end))),
    value: evidenceOf(value),
    reference: evidenceOf([...byKind('reference'), ...hits.filter((h) => h.traits.alsoReference)]),
    introduction: evidenceOf(byKind('introduction').filter((h) => h.traits.tag !== 'pronoun')),
    collector: evidenceOf(byKind('collector')),
    leech: [],
  };

  // The person a contact is asked to introduce the sender to is the one they want to meet, not someone both know ("your
  // sister-in-law Carla Moreno runs procurement ... Would you be up for introducing us?"): by the labelling guide, no
  // reference. (People named in front matter are added below and stay.)
  if (introRequests.length > 0 && evidence.reference.length > 0) {
    const targets = introTargets(p, introRequests, evidence.reference);
    if (targets.size > 0) evidence.reference = evidence.reference.filter((e) => !targets.has(refName(e.why) ?? ''));
  }

  // A reply to an introduction: the introducer thanked by name, then the person introduced greeted ("Thx Sam! Hi Olivia, ...").
  const reply = introReply(p);
  if (reply) {
    const e = makeEvidence(p, reply.span.start, reply.span.end, `replies to an introduction by ${reply.introducer}`);
    evidence.introduction.push(e);
    evidence.reference.push({ ...e, why: `names ${reply.introducer}, who introduced you` });
    evidence.reason.push({ ...e, why: `purpose: ${e.why}` });
  }

  // "He suggested we talk": an introduction when "he" is a person both know, named earlier in the message.
  const pronounIntros = byKind('introduction').filter((h) => h.traits.tag === 'pronoun');
  const skip = [greeting, signoff].filter((s): s is Span => !!s);
  const mutuals = findMutuals(p, doc.frontMatter.mutual, skip);
  for (const m of mutuals) if (m.mention) evidence.reference.push(m.mention);
  const via = doc.frontMatter.via;
  if (via) {
    evidence.introduction.push(viaEvidence(doc, via));
    // The introducer is someone both know: naming them in the body is a reference.
    if (!doc.frontMatter.mutual.some((m) => m.name === via)) {
      for (const m of findMutuals(p, [{ name: via, span: { start: 0, end: 0 } }], skip)) {
        if (m.mention) evidence.reference.push({ ...m.mention, why: `names ${via}, who introduced you` });
      }
    }
  }

  if (evidence.reference.length > 0) {
    let firstRef = Infinity;
    for (const e of evidence.reference) firstRef = Math.min(firstRef, e.span.start);
    for (const h of pronounIntros) if (h.start > firstRef) evidence.introduction.push(h.evidence);
  }
  // A purpose: stated, or implied by a concrete favour, an offer, a pitch, thanks for named work, an introduction.
  const purpose = (h: Hit, what: string) => ({ ...h.evidence, why: `${what}: ${h.evidence.why}` });
  for (const h of byKind('reason')) evidence.reason.push(h.evidence);
  for (const h of byKind('thanks')) evidence.reason.push(h.evidence);
  // "Your Rust course changed my career. Thank you!": thanks after naming their work is a reason.
  if (evidence.personal.length > 0) {
    for (const h of filler) {
      if (h.evidence.why === 'courtesy' && !/(?:advance|time|consider|reading|connect|accept|regards)/.test(h.evidence.text.toLowerCase()) && !p.sentences[h.sentence]!.question) {
        evidence.reason.push({ ...h.evidence, why: 'thanks them for their work' });
      }
    }
  }
  // A call is a purpose only with a topic ("a chat about the local job market", "30 minutes to demo X").
  // The topic may sit anywhere in the sentence: "Can I show you how in a 20-minute call?", "¿Tendrías 20 minutos para que te cuente cómo trabajamos?"
  const topical = (h: Hit) => {
    if (h.traits.tag !== 'call') return true;
    const sentence = p.sentences[h.sentence]!.norm;
    return CALL_TOPIC.test(sentence) && !VAGUE_TOPIC.test(sentence);
  };
  for (const h of askHits) if (topical(h)) evidence.reason.push(purpose(h, 'purpose'));
  for (const h of together) evidence.reason.push(purpose(h, 'purpose'));
  for (const h of pitches) evidence.reason.push(purpose(h, 'purpose'));
  // ("came across your profile and thought we should connect": "and thought" with no one named before it is no one's advice)
  for (const h of byKind('introduction')) if (h.traits.tag !== 'pronoun' || evidence.introduction.includes(h.evidence)) evidence.reason.push(purpose(h, 'purpose'));
  // An introduction to their contacts asked for without a name is no introduction, but still a purpose.
  for (const h of introRequests) if (h.kind === 'ask') evidence.reason.push(purpose(h, 'purpose'));
  // A recruiter "adding every designer in Toronto so you hear about roles first" offers something but names no
  // purpose: next to collecting language an offer is not a reason for writing.
  if (collectorSentences.size === 0) for (const h of value) evidence.reason.push(purpose(h, 'purpose'));

  for (const id of SIGNAL_IDS) if (id !== 'leech') pushEach(evidence[id], phrases[id]);

  pushEach(evidence.note, findNote(p, greeting, signoff, [...stock, ...filler], hits));
  const askEvidence = evidenceOf(askHits);
  pushEach(askEvidence, strangerIntro);
  for (const h of pitches) askEvidence.push({ ...h.evidence, why: `${h.evidence.why} (asks them to buy)` });
  pushEach(askEvidence, phrases.leech);
  // What the families read and deliberately set aside, the model may not bring back: an offer inside a pitch or a
  // role offered to someone else, a detail heard second-hand in a sales message, a favour or collecting ruled out
  // ("I'm not looking for a job"), an introduction asked of a contact (as a favour or as an introduction: without a
  // name it is neither), a quote asked of a supplier, a proposal to do something together.
  const ruledOut = new Set<SignalId>();
  if (valueHits.length > 0 && value.length === 0) ruledOut.add('value');
  if (evidence.personal.length === 0 && byKind('personal').length > 0) ruledOut.add('personal');
  if (negated.length > 0) ruledOut.add('leech').add('collector');
  if (introRequests.length > 0) ruledOut.add('leech').add('introduction');
  if (buying.length > 0 || together.length > 0) ruledOut.add('leech');
  // The user's own offer phrases and plain offers (FIRM_OFFER) are never overruled by the model.
  const firmOffer = phrases.value.length > 0 || value.some((h) => FIRM_OFFER.test(h.evidence.why));
  // Nor are the user's own favour phrases (LEECH_VETO) and personal phrases (PERSONAL_VETO). An introduction asked of
  // someone the families found no sign of knowing may be overruled like any favour: the model has read many asked of
  // friends, whose familiarity is in words no family holds ("Thank you again for the mock interview on Sunday").
  const own = { favour: phrases.leech.length > 0, personal: phrases.personal.length > 0 };
  const favourOverruled = config.secondOpinion && secondOpinion(p, ctx, evidence, askEvidence.length > 0, ruledOut, firmOffer, own);
  if (evidence.value.length === 0 && !favourOverruled) for (const e of askEvidence) evidence.leech.push({ ...e, why: `${e.why}, offering nothing` });

  // Built with a loop (see evidenceOf), in SIGNAL_IDS order as before.
  const signals = {} as Record<SignalId, Signal>;
  for (const id of SIGNAL_IDS) signals[id] = { found: evidence[id].length > 0, evidence: dedupe(evidence[id]) };

  const analysis: Analysis = {
    signals,
    asks: dedupe(askEvidence),
    stock: evidenceOf(stock),
    highProfile: highProfileOf(doc.frontMatter.to),
    mutuals,
    negated,
  };
  if (greeting) (analysis as { greeting?: Span }).greeting = greeting;
  if (signoff) (analysis as { signoff?: Span }).signoff = signoff;
  return analysis;
}

/**
 * The evidence of each hit, in order. The lists of evidence are built with loops, never with `map`: TurboFan's
 * inlined `map` makes holey arrays where the interpreter's makes packed ones, so code that met only one kind
 * deoptimised on the other, and `analyze` (a 100 ms compile) was optimised and thrown away again every thousand
 * calls or so without ever settling.
 */
function evidenceOf(hits: readonly Hit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const h of hits) out.push(h.evidence);
  return out;
}

/** Appends `items` to `out` in order (a loop, not `push(...items)`: see evidenceOf). */
function pushEach<T>(out: T[], items: readonly T[]): void {
  for (const x of items) out.push(x);
}

const MODEL_WHY: Partial<Record<SignalId, string>> = {
  reason: 'reads like a reason for writing',
  personal: 'reads like something about them in particular',
  value: 'reads like an offer',
  collector: 'reads like collecting contacts',
  leech: 'reads like a favour asked, offering nothing',
  reference: 'reads like naming someone you both know',
  introduction: 'reads like coming through someone you both know',
};

/** Signals the model adds only where the message names someone other than the two of you (namesSomeone()). */
const NEEDS_A_NAME: ReadonlySet<SignalId> = new Set(['reference', 'introduction']);

/**
 * The second opinion (model.ts): a signal the phrase families did not find is added when the model trained on
 * the corpus is confident of it, with the sentence that weighed most as evidence. It removes three kinds of finding
 * only: an offer the families read in a message the model is at least 99 % sure offers nothing (VALUE_VETO), unless
 * the user's own `phrases.value` matched or the offer is a plain one (FIRM_OFFER); a favour the families read as
 * unreturned in a message the model is at least 97 % sure is no such favour (LEECH_VETO: a friend asked for an
 * introduction, an offer the families missed), unless the user's own `phrases.leech` matched; and a detail about them
 * the families read in a message the model is all but certain has none (PERSONAL_VETO: an unfilled "your recent
 * paper on [TOPIC]", praise of nothing in particular), unless the user's own `phrases.personal` matched. Returns
 * whether it overruled the favour (the asks then do not count as leech).
 * Leech stays consistent with value: an offer the model reads is not counted against asks the families found
 * (their reading of the favour wins) unless the model overruled that favour, and the model's leech needs no offer
 * found at all.
 */
function secondOpinion(
  p: Prepared,
  ctx: MatchContext,
  evidence: Record<SignalId, Evidence[]>,
  asks: boolean,
  ruledOut: ReadonlySet<SignalId>,
  firmOffer: boolean,
  own: { readonly favour: boolean; readonly personal: boolean },
): boolean {
  // The families read an unreturned favour (asks, no offer): the model is asked about it, and may overrule it.
  const favour = asks && evidence.value.length === 0 && !own.favour;
  // Likewise a detail about them (PERSONAL_VETO).
  const detail = evidence.personal.length > 0 && !own.personal;
  const wanted = MODEL_SIGNALS.filter((s) => {
    // An offer the families read is weighed too: the model may overrule it (VALUE_VETO), never the user's own phrase
    // nor a plain offer (FIRM_OFFER).
    if (s === 'value' && evidence.value.length > 0) return !firmOffer;
    // So is a favour they read as unreturned (LEECH_VETO), never one the user's own phrases found.
    if (s === 'leech' && favour) return true;
    if (s === 'personal' && detail) return true;
    if (ruledOut.has(s)) return false;
    // An offer next to such a favour is heard only where the model overrules the favour.
    if (s === 'value' && favour) return true;
    // Offers and unreturned favours are asked about only where the families found neither an offer nor a favour.
    if (s === 'leech' || s === 'value') return !asks && evidence.value.length === 0;
    return evidence[s].length === 0;
  });
  if (wanted.length === 0) return false;
  const said = opinions(p, wanted);
  const leechSaid = favour ? said[MODEL_SIGNALS.indexOf('leech')] : undefined;
  const overruled = !!leechSaid && leechSaid.probability < LEECH_VETO;
  let named: boolean | undefined;
  MODEL_SIGNALS.forEach((s, k) => {
    const o = said[k];
    if (s === 'value' && evidence.value.length > 0) {
      if (firmOffer) return;
      // What the families read as an offer in a message the model is all but sure offers nothing ("I can walk you
      // through our range", "I can send it over today" after a favour) is set aside; the favours then stand unreturned.
      if (o && o.probability < VALUE_VETO) {
        // The purpose read from those offers goes with them.
        const spans = new Set(evidence.value.map((e) => `${e.span.start}:${e.span.end}`));
        evidence.reason = evidence.reason.filter((e) => !(e.why.startsWith('purpose: ') && spans.has(`${e.span.start}:${e.span.end}`)));
        evidence.value.length = 0;
      }
      return;
    }
    if (s === 'personal' && evidence.personal.length > 0) {
      // A detail the families read where the model is all but certain there is none is set aside.
      if (detail && o && o.probability < PERSONAL_VETO) evidence.personal.length = 0;
      return;
    }
    if (!o || o.probability <= MODEL_THRESHOLDS[k]!) return;
    if (s === 'leech' && (evidence.value.length > 0 || asks)) return;
    if (s === 'value' && asks && !overruled) return;
    // Someone both know, or an introduction through them, needs someone named: "my landlord said you're the one
    // to ask" names no one (the labelling guide). Looked at only when the model would be heard (it is cheap, not free).
    if (NEEDS_A_NAME.has(s) && !(named ??= namesSomeone(p, ctx))) return;
    const sentence = p.sentences[o.sentence];
    // "we have 30 mutual connections" is no one both know (the labelling guide), however much it reads like it
    if (NEEDS_A_NAME.has(s) && sentence && MUTUAL_COUNT.test(sentence.norm)) return;
    const span = sentence ? sentence.span : { start: p.doc.content.start, end: p.doc.content.start };
    const e = makeEvidence(p, span.start, span.end, `${MODEL_WHY[s] ?? s} (second opinion of the trained model, ${Math.round(o.probability * 100)} %)`);
    evidence[s].push(e);
  });
  return overruled;
}

/** The person a reference line names: "names Carla Moreno and how you know them" is about Carla Moreno. */
const REF_NAME = /^names (?:mutual )?(.+?)(?: and how| as someone| from their| whom| who| at whose| through whom| \(|, |$)/;
function refName(why: string): string | undefined {
  return REF_NAME.exec(why)?.[1];
}

/** A person placed in the recipient's life rather than the sender's: "your sister-in-law X", "X from your team", "you worked with X". */
const RECIPIENT_SIDE = /and how you know them|and the relation|from their|whom you introduced them to|whose news you pass on/;

/** Whom the sender asks to be introduced to: named in the request, or (for "introduce us") the person named in the three sentences before it. */
function introTargets(p: Prepared, requests: readonly Hit[], refs: readonly Evidence[]): Set<string> {
  const out = new Set<string>();
  for (const r of requests) {
    const to = /introduction to (.+)$/.exec(r.evidence.why)?.[1];
    if (to) {
      out.add(to);
      continue;
    }
    const from = p.sentences[Math.max(0, r.sentence - 3)]!.span.start;
    let nearest: Evidence | undefined;
    for (const e of refs) if (e.span.start >= from && e.span.start < r.evidence.span.start && (!nearest || e.span.start > nearest.span.start)) nearest = e;
    const name = nearest && RECIPIENT_SIDE.test(nearest.why) ? refName(nearest.why) : undefined;
    if (name) out.add(name);
  }
  return out;
}

/** The opening line of a reply to an introduction, thanking the introducer: "Thx Sam!", "Thanks so much, Priya." */
const THANKS_WORD = /^(?:thanks|thank you|thx|ty|cheers|many thanks|gracias|merci|danke|obrigad[oa]|grazie|bedankt)(?: so much| again| a lot| a million)?,?\s+/i;
/** The end of a thanks line: closing marks, and the bcc aside of a reply ("Thanks Ola! (moving you to bcc)"). */
const THANKS_LINE_END = String.raw`[\s!.]*(?:\((?:moving|moved) (?:you|them|him|her) to bcc\)[\s!.]*)?$`;
// (a respectful "sir"/"ma'am" after the name, and the thanks said in words: "Thank you Suresh sir for the kind introduction.",
// "Grazie Chiara per averci messo in contatto!", "Thanks Nadia for thinking of me!")
const THANKED_NAME =
  new RegExp(String.raw`^([A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?(?:,? (?:sir|ma'am|madam|ji|bhai|didi))?(?:,? (?:for (?:the |this |your )?(?:kind |warm |lovely |quick |generous )?(?:intro|introduction|connection)|for (?:connecting|introducing) us|for thinking of me|per (?:averci messo in contatto|la presentazione|il contatto)|por (?:la presentaci[oó]n|presentarnos|conectarnos|el contacto|a apresenta[cç][aã]o)|pela apresenta[cç][aã]o|pour (?:la mise en relation|l'introduction|la pr[eé]sentation|nous avoir mis en (?:contact|relation))|f[uü]r die (?:Vorstellung|Verbindung|Vermittlung|Einf[uü]hrung)|voor de (?:introductie|kennismaking)))?` + THANKS_LINE_END, 'u');
/** A greeted name thanked for the introduction itself (after the greeting word): "(Hi) Rosa, thanks for the intro!" */
const GREETED_THANKED =
  new RegExp(String.raw`^([A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?\s*[,!]\s*(?:thanks|thank you|thx|ty|many thanks|cheers)(?: so much| again| a lot| a million)?,? for (?:the |this |your )?(?:kind |warm |lovely |quick |generous |e-)?(?:intro|introduction|connection)(?: (?:to|with) [A-Z][\p{L}'-]+)?` + THANKS_LINE_END, 'u');
/** The next line greeting the person introduced, past its greeting word: "(Hi) Olivia,", "Lisa, happy to help". */
const GREETED_NAME = /^([A-Z][\p{L}'-]+)(?: (?:sir|ma'am|madam|ji))?\s*[,!]/u;

/** The introducer, where the message opens by thanking someone by name and then greets someone else. */
function introReply(p: Prepared): { introducer: string; span: Span } | undefined {
  let k = 0;
  while (k < p.sentences.length && p.sentences[k]!.index === p.subject) k++;
  const first = p.sentences[k];
  if (!first) return undefined;
  const line = first.text.trim();
  const word = THANKS_WORD.exec(line);
  let thanked = word ? THANKED_NAME.exec(line.slice(word[0].length)) : null;
  if (!thanked) {
    // Or greeted, then thanked for the introduction: "Hi Rosa, thanks for the intro!" (then "Hi Benedikt, ...")
    const greeting = GREETING.exec(first.norm.slice(first.text.length - first.text.trimStart().length));
    if (greeting) thanked = GREETED_THANKED.exec(line.slice(greeting[0].length).trimStart());
  }
  if (!thanked) return undefined;
  // The greeting may follow a line about the bcc: "Thanks Ola! Moving you to bcc. Hi Kasia, ..."
  for (const next of [p.sentences[k + 1], p.sentences[k + 2]]) {
    if (!next || next.index === p.subject) continue;
    const lead = next.text.length - next.text.trimStart().length;
    const norm = next.norm.slice(lead);
    if (/^(?:moving|moved) /.test(norm)) continue;
    // Past a greeting word ("Hi", "Dear", "Hola": the greetings findGreeting knows) and the space after it.
    const greeting = GREETING.exec(norm);
    const rest = next.text.slice(lead + (greeting ? greeting[0].length : 0)).trimStart();
    const greeted = GREETED_NAME.exec(rest);
    if (greeted && greeted[1] !== thanked[1] && !NOT_NAMES.has(greeted[1]!.toLowerCase())) return { introducer: thanked[1]!, span: first.span };
    return undefined;
  }
  return undefined;
}

/** A count of connections in common: "30 mutual connections", "lots of shared contacts". */
const MUTUAL_COUNT = /(?:mutual|shared|common) (?:connections|contacts|friends|followers)(?![a-z])/;

const NAME_VAR = /introducer|referr|mutual|friend|colleague|manager|mentor|contact|person|connector|via|boss|advisor|teammate/i;

/** Template variables that `vars` fills with a third person's name (`{{introducer}}`, `{{mutualName}}`). */
function nameVars(doc: OutreachDocument): Set<string> {
  const out = new Set<string>();
  // Built with a loop, not `map` (see evidenceOf).
  const people = new Set<string>();
  for (const m of doc.frontMatter.mutual) if (m.name) people.add(m.name.toLowerCase());
  if (doc.frontMatter.via) people.add(doc.frontMatter.via.toLowerCase());
  for (const [k, v] of Object.entries(doc.frontMatter.vars)) if (NAME_VAR.test(k) || people.has(v.toLowerCase())) out.add(k);
  // A slot for a person that `vars` leaves unfilled ("{{mutualName}} suggested I reach out", no `mutualName:`) names
  // no one: the labelling guide reads it as sent unfilled (in the corpus, 15 of 15 such messages have no reference,
  // and 47 of 48 with the slot filled have one).
  return out;
}

/**
 * Runs the families (see matcher.ts for how each family is gated): every hit, in family order and
 * position order within a family. `match` is for tests (tests/unit/matcher.test.ts compares the
 * gated matcher with one that tries every family at every word start).
 */
export function runFamilies(p: Prepared, ctx: MatchContext, negated: Evidence[], match: <H>(p: Prepared, read: ReadMatch<H>) => H[] = matchFamilies): Hit[] {
  return match(p, (fam, m) => readMatch(fam, m, p, ctx, negated));
}

// The characters a match's first word starts with: a-z 0-9 § ¤ ß œ æ and a quote (a table, not a regex on a one-character string).
const MATCH_START = new Uint8Array(0x154);
for (const c of '0123456789abcdefghijklmnopqrstuvwxyz§¤ßœæ"') MATCH_START[c.charCodeAt(0)] = 1;
function isMatchStart(code: number): boolean {
  return code < 0x154 && MATCH_START[code] === 1;
}

function readMatch(fam: Family, m: RegExpExecArray, p: Prepared, ctx: MatchContext, negated: Evidence[]): Hit | undefined {
  // The match may begin on the space or punctuation a family anchors on; skip to its first word.
  let start = m.index;
  const norm = p.norm;
  while (start < m.index + m[0].length && !isMatchStart(norm.charCodeAt(start))) start++;
  const si = sentenceAt(p.sentences, start);
  if (si < 0) return undefined;
  const s = p.sentences[si]!;
  const rel = start - s.span.start;
  const t = TRAITS.get(fam) ?? traitsFrom(fam);
  if (t.mode === 'statement' && s.question && !isOfferQuestion(s.norm)) return undefined;
  if (t.senderOnly) {
    const before = clauseBefore(s.norm, rel);
    if (YOU_SUBJECT.test(before) || YOU_ASKED.test(before)) return undefined;
  }
  // An aside in parentheses after a name is about that person, not the recipient: "(we were in the same batch)";
  // unless the aside speaks to the recipient: "Soy Jaime (me sentaba detrás de ti en Química)".
  if (t.kind === 'personal' && insideParens(s.norm, rel) && !ADDRESSES_RECIPIENT.test(parenAt(s.norm, rel))) return undefined;
  if (t.requestOnly && !s.question && !REQUEST_BEFORE.test(s.norm.slice(Math.max(0, rel - 60), rel)) && !REQUEST_AFTER.test(s.norm.slice(m.index - s.span.start + m[0].length))) return undefined;
  ctx.sentence = s.norm;
  ctx.sentenceStart = s.span.start;
  const why = typeof fam.why === 'string' ? fam.why : fam.why(m, ctx);
  if (why === undefined) return undefined;
  const end = clauseEnd(p, s, Math.min(m.index + m[0].length, s.span.end));
  const evidence = makeEvidence(p, start, end, why);
  if (t.negatable && negatedBefore(s.norm, rel)) {
    if (t.kind === 'ask' || t.kind === 'collector') negated.push({ ...evidence, why: `rules out: ${why}` });
    return undefined;
  }
  return { kind: t.kind, family: fam, traits: t, start, end: m.index + m[0].length, sentence: si, evidence };
}

// A call "to discuss potential partnership opportunities" has no topic.
const CALL_TOPIC =
  /(?:^|[^a-z])(?:about|on|regarding|demo|re|how|whether|why|walkthrough|walk you through|show you|para que te (?:cuente|explique|ensene|presente)|para (?:contarte|explicarte|ensenarte|presentarte|hablar de)|pour (?:vous |te )?(?:presenter|expliquer|montrer|parler de|discuter de)|um (?:ihnen|dir|euch) (?:[a-z]+ ){0,3}(?:zu zeigen|vorzustellen|zu erklaren)|sobre|uber|to (?:tell|ask|hear|discuss|learn|talk|explain|show|walk|go over))(?:[^a-z]|$)/;
const VAGUE_TOPIC = /(?:discuss|explore|about|talk about|on) (?:(?:potential|possible|mutual|new|some|any|exciting|business|future|how we (?:can|could|might))\s*)*(?:partnership|synergies|opportunities|collaboration|ways|working together|work together|benefits?|things)/;

// Words that make what follows the object of a request: "I'd love your advice", "could you give me feedback".
const REQUEST_BEFORE =
  /(?:love|like|appreciate|grateful|thankful|get|ask|asking|seeking|seek|hear|want|need|value|welcome|would|could|can|will|for|any|some|share|give|offer|pick|borrow)(?: [a-z']+){0,3} ?$/;

// "Any advice would be appreciated": the request comes after.
const REQUEST_AFTER = /^(?: [a-z'-]+){0,4} (?:would be|is|are|will be) (?:greatly |much |really |hugely |very )?(?:appreciated|welcome|helpful|great|amazing|invaluable)/;

const ADDRESSES_RECIPIENT = /(?:^|[^a-z'])(?:you|your|yours|u|ur|ti|te|tu|tus|vous|votre|dich|dir|du|dein|deine|usted|voce)(?:[^a-z']|$)/;

/** The text of the parenthesis around `at`. */
function parenAt(sentenceNorm: string, at: number): string {
  const open = sentenceNorm.lastIndexOf('(', at);
  const close = sentenceNorm.indexOf(')', open);
  return sentenceNorm.slice(open + 1, close < 0 ? undefined : close);
}

function insideParens(sentenceNorm: string, at: number): boolean {
  // Most sentences have no bracket before the match: indexOf is cheap, lastIndexOf is a call into C++ in V8.
  const first = sentenceNorm.indexOf('(');
  if (first < 0 || first > Math.max(at, 0)) return false;
  const open = sentenceNorm.lastIndexOf('(', at);
  return open >= 0 && sentenceNorm.indexOf(')', open) > at - 1 && sentenceNorm.lastIndexOf(')', at) < open;
}

/** "Would you like me to send it?" is an offer even though it is a question. */
function isOfferQuestion(norm: string): boolean {
  return /(?:can|could|may|shall|should) (?:i|we) |(?:like|want) me to |would it help if/.test(norm);
}

function clauseBefore(sentenceNorm: string, at: number): string {
  const before = sentenceNorm.slice(Math.max(0, at - 30), at);
  // The last "," ";" " and " or " but " (one backward pass, not four lastIndexOf calls, each a call into C++ in V8).
  let cut = before.length - 1;
  for (; cut >= 0; cut--) {
    const c = before.charCodeAt(cut);
    if (c === 44 || c === 59) break;
    if (c === 32 && cut + 5 <= before.length && before.charCodeAt(cut + 4) === 32) {
      const word = before.slice(cut + 1, cut + 4);
      if (word === 'and' || word === 'but') break;
    }
  }
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const CLAUSE_MARKS = ['.', '!', '?', ';'];

/** Extends a match to the end of its clause (the next . ! ? ; or the sentence end), at most 140 characters. */
function clauseEnd(p: Prepared, s: PreparedSentence, end: number): number {
  const limit = Math.min(s.span.end, end + 140);
  // The first . ! ? or ; in [end, limit), looked for in the sentence's own text (the same characters as the file's).
  const base = s.span.start;
  const from = end - base;
  let first = limit - base;
  for (const mark of CLAUSE_MARKS) {
    const at = s.norm.indexOf(mark, from);
    if (at >= 0 && at < first) first = at;
  }
  return base + first;
}

function makeEvidence(p: Prepared, start: number, end: number, why: string): Evidence {
  const text = p.doc.text;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrComma(text.charCodeAt(end - 1))) end--;
  return { span: { start, end }, text: text.slice(start, end), why };
}

/** What /\s/ matches, for one UTF-16 code unit: JavaScript's white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What /[\s,;:]/ matches, for one UTF-16 code unit. */
function isSpaceOrComma(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isSpace(c);
}

const STOP = new Set(
  (
    'a an the and or but so to of in on at for with from by as is am are was were be been it its this that these those i me my we our us you your yours he she they them ' +
    'hi hello hey dear just also really very please here there again too all some any would could should will can may might do does did have has had not no yes ok okay ' +
    'sir madam mr mrs ms dr thanks thank best regards cheers soon day week today linkedin well good great nice lovely hope hoping'
  ).split(' '),
);

/**
 * The note: sentences with at least two content words once greeting, sign-off, stock text, pleasantries
 * and placeholders are taken out. A sentence that carries any other signal counts.
 */
function findNote(p: Prepared, greeting: Span | undefined, signoff: Span | undefined, boiler: readonly Hit[], hits: readonly Hit[]): Evidence[] {
  const out: Evidence[] = [];
  const signalSentences = new Set(hits.filter((h) => h.kind !== 'stock' && h.kind !== 'filler').map((h) => h.sentence));
  const boilerBySentence = new Map<number, Hit[]>();
  for (const h of boiler) {
    const list = boilerBySentence.get(h.sentence);
    if (list) list.push(h);
    else boilerBySentence.set(h.sentence, [h]);
  }
  for (const s of p.sentences) {
    if (s.index === p.subject) continue;
    if (signoff && s.span.start >= signoff.start) break;
    // Blank out greeting and boilerplate in one pass (piecewise re-slicing was quadratic on long sentences).
    const cuts: [number, number][] = [];
    if (greeting) cuts.push([greeting.start, greeting.end]);
    for (const h of boilerBySentence.get(s.index) ?? []) cuts.push([h.start, h.end]);
    const norm = cuts.length === 0 ? s.norm : blankRanges(s.norm, s.span.start, cuts);
    const words = contentWords(norm);
    const carries = signalSentences.has(s.index);
    if (words >= 2 || (carries && words >= 1)) {
      const span = s.span;
      out.push({ span, text: p.doc.text.slice(span.start, span.end).trim(), why: 'a sentence of their own' });
      if (out.length >= 3) break;
    }
  }
  return out;
}

// Letters of a script other than Latin (not the surrogates of emoji): only then are HOLLOW_ABROAD's phrases looked for.
const OTHER_SCRIPT = /[\u0370-\u1fff\u2e80-\ud7ff\uf900-\ufaff]/;
/**
 * Greetings, thanks, sign-offs and the stock invitation in Japanese, Chinese, Korean, Thai, Arabic, Hindi and the Cyrillic
 * languages (lower-cased, as the normalised text is): taken out before the note's words are counted, as the Latin ones
 * are by STOP and the stock families.
 */
const HOLLOW_ABROAD = new RegExp(
  [
    // Japanese
    'はじめまして|初めまして|(?:今後とも)?(?:どうぞ)?(?:よろしく|宜しく)お願い(?:いた|致)?します|お世話になっております|お疲れ様です|ありがとうございます|こんにちは|ぜひ|是非|(?:linkedin\\s*(?:で|の)?\\s*)?つながり(?:ましょう|を(?:申請|お願い)(?:いた|致)?します)|(?:linkedin\\s*の\\s*)?ネットワークに(?:あなたを)?(?:追加したいと思います|ご招待(?:いた|致)します|招待します)|様|さん',
    // Chinese
    '先生|女士|老师|老師|您好|你好|大家好|谢谢|謝謝|感谢|感謝|祝好|此致|敬礼|敬禮|周末愉快|希望能[与與]您建立[联聯][系繫]|我想邀[请請]您加入我(?:在|的)\\s*(?:领英|領英|linkedin)?\\s*的?\\s*(?:职业|職業|专业|專業)人[脉脈](?:网络|網絡)?',
    // Korean
    '안녕하세요|감사합니다|고맙습니다|반갑습니다|좋은 하루 보내세요|잘 부탁드립니다|링크드인에서 연결하고 싶습니다|1촌 신청드립니다|수락 부탁드려요',
    // Thai
    '(?:ผม|ดิฉัน|ฉัน)?(?:อยาก|ขอ)เพิ่มคุณ(?:เข้า)?(?:ใน|ไปยัง|ไป)?เครือข่าย(?:มืออาชีพ)?(?:ของ(?:ผม|ดิฉัน|ฉัน))?(?:บน|ใน)?|คุณ|สวัสดี(?:ครับ|ค่ะ|คะ)?|ยินดีที่ได้รู้จัก(?:นะคะ|นะครับ|ครับ|ค่ะ)?|ขอเชื่อมต่อด้วย(?:นะคะ|นะครับ|ครับ|ค่ะ)?|ขอบคุณ(?:ครับ|ค่ะ|มาก)?',
    // Arabic
    'السلام عليكم(?: ورحمة الله وبركاته)?|(?:الأستاذ|الاستاذ|أستاذ|أستاذة|استاذ|الدكتور|دكتور|الدكتورة|دكتورة|السيد|السيدة|سيد|سيدة)(?= )|مرحب[اًا]+|مرحبًا|تحياتي|شكر[اًا]+|يسعدني (?:الانضمام إلى شبكتك المهنية|التواصل مع حضرتك)|أتشرف بالتواصل مع حضرتك|أود إضافتك إلى شبكتي المهنية(?: على)?',
    // Hindi
    'नमस्ते|नमस्कार|धन्यवाद|शुक्रिया',
    // Russian, Ukrainian, Bulgarian
    'уважаемый|уважаемая|уважаемые|господин|госпожа|шановний|шановна|здравствуйте|здравейте|привет|привіт|вітаю|добрый день|доброго дня|добър ден|спасибо|дякую|благодаря|с уважением|хорошего дня|приятен ден и успешна седмица|я хотел(?:а)? бы добавить вас в свою профессиональную сеть(?: в)?|я хочу додати вас до своєї професійної мережі(?: в)?',
  ].join('|'),
  'g',
);

/**
 * How many of the words of `norm` are longer than one character and not in STOP, counted up to two (all findNote asks):
 * most sentences are decided by their first words. A word is a run of [a-z0-9][a-z0-9'-]*, or a run of another script's
 * letters; in a script written without spaces every three characters count as one.
 */
function contentWords(norm: string): number {
  let found = 0;
  // Greetings, thanks and the stock invitation written in another script say nothing of the sender's own either.
  if (OTHER_SCRIPT.test(norm)) norm = norm.replace(HOLLOW_ABROAD, ' ');
  const len = norm.length;
  let i = 0;
  while (i < len) {
    const c = norm.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      // A word of another script; in one written without spaces (Han, kana, Thai) every three characters count as a word
      // (a name alone, "鈴木", "วิชัย", is not two).
      if (c >= 0x370 && isWordCode(c)) {
        const unspaced = isUnspacedCode(c);
        let j = i + 1;
        while (j < len && isWordCode(norm.charCodeAt(j)) && isUnspacedCode(norm.charCodeAt(j)) === unspaced) j++;
        found += unspaced ? Math.floor((j - i) / 3) : j - i > 1 ? 1 : 0;
        if (found >= 2) return found;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < len; j++) {
      const d = norm.charCodeAt(j);
      if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 39 || d === 45)) break;
    }
    if (j - i > 1 && !STOP.has(norm.slice(i, j)) && ++found >= 2) return found;
    i = j;
  }
  return found;
}

/** `norm` (which starts at file offset `base`) with the given file ranges replaced by spaces. */
function blankRanges(norm: string, base: number, ranges: [number, number][]): string {
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [a, b] of ranges) {
    const from = Math.max(pos, Math.max(0, a - base));
    const to = Math.min(norm.length, b - base);
    if (to <= from) continue;
    out += norm.slice(pos, from) + ' '.repeat(to - from);
    pos = to;
  }
  return out + norm.slice(pos);
}

function viaEvidence(doc: OutreachDocument, via: string): Evidence {
  const fm = doc.frontMatterSpan;
  const at = fm ? doc.text.indexOf('via:', fm.start) : -1;
  if (fm && at >= 0 && at < fm.end) {
    const eol = doc.text.indexOf('\n', at);
    const end = eol < 0 || eol > fm.end ? fm.end : eol;
    return { span: { start: at, end }, text: doc.text.slice(at, end).trim(), why: `goes through an introduction by ${via} (front matter via)` };
  }
  return { span: { start: doc.content.start, end: doc.content.start }, text: '', why: `goes through an introduction by ${via} (front matter via)` };
}

function configPhrases(p: Prepared, config: ResolvedConfig): Record<SignalId, Evidence[]> {
  // Built with a loop (see evidenceOf), in SIGNAL_IDS order as before.
  const out = {} as Record<SignalId, Evidence[]>;
  for (const id of SIGNAL_IDS) out[id] = [];
  const { start, end } = p.doc.content;
  for (const id of SIGNAL_IDS) {
    for (const phrase of config.phrases[id] ?? []) {
      const needle = normalize(phrase).trim();
      if (!needle) continue;
      const at = p.norm.indexOf(needle, start);
      if (at < 0 || at + needle.length > end) continue;
      out[id].push(makeEvidence(p, at, at + needle.length, `matches your configured ${id} phrase "${phrase.trim()}"`));
    }
  }
  return out;
}

/** The list without repeats (same span and same why; the first kept), sorted by where each starts (stably). */
function dedupe(list: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  // A signal has a few pieces of evidence: comparing each with those kept is cheaper than building a string key
  // for each and a Set per list; a long list (a long file) still gets the Set.
  if (list.length <= 16) {
    for (const e of list) if (!out.some((o) => o.span.start === e.span.start && o.span.end === e.span.end && o.why === e.why)) out.push(e);
  } else {
    const seen = new Set<string>();
    for (const e of list) {
      const key = `${e.span.start}:${e.span.end}:${e.why}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
