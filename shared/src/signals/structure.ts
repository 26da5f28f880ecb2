import type { Span } from '../engine/types.js';
import type { Prepared } from './text.js';

// Made once: a bundler targeting Node writes a literal with a Unicode property escape as `new RegExp(...)`, which inside
// a function built a new RegExp on every call (global ones are used with match only, which starts from 0).
const BARE_NAME_LINE = /^[\p{L}{}.\s'-]{1,28},$/u;
const NAME_LINE = /^[\p{Lu}][\p{L}'.-]+(?: [\p{Lu}][\p{L}'.-]+){0,2}$/u;

/** A greeting word at the start of normalised text ("hi", "dear", "hola", "hej"). */
export const GREETING =
  /^(?:hi|hello|hey|heya|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|hola|bonjour|bonsoir|salut|coucou|guten (?:morgen|tag|abend)|servus|moin|grus?s gott|liebe[rs]?|sehr geehrte[rs]?|estimad[oa]s?|querid[oa]s?|buenos dias|buen dia|buenas(?: tardes| noches)?|dzien dobry|czesc|witam|ciao|yo|sup|ahoy|namaste|salam|ola|oi|salve|buongiorno|buonasera|gentile|gentilissim[oa]|car[oa]|bom dia|boa tarde|boa noite|prezad[oa]|hoi|hej|beste|goedemorgen|goedemiddag|goedenavond|geachte|respected|tjena|hei|kære|kaere|kjære|kjaere|god morgen|goddag)(?![a-z])/;

/**
 * Where the greeting ends: the first comma, "!", ":", dash or line break after it, within reach, or a full stop
 * ("Hi Felix. Say hi to Katrin for me.": the second sentence is not part of the greeting), not one of a title ("Hi Dr. Okafor,").
 */
const GREETING_END = /[,!:\n]| - | -$|(?<![^a-z](?:dr|mr|mrs|ms|mx|prof|st|sr|sra|srta|jr|mme|mlle|ing|eng|rev|fr|sgt|capt|col|gen|lt|hon))\.(?= )/;

/** Finds the greeting at the start of the message ("Hi Dana,", "Hola Lucía,", "Dana,"). */
export function findGreeting(p: Prepared): Span | undefined {
  const { doc, norm } = p;
  const start = doc.content.start;
  if (start >= doc.content.end) return undefined;
  const head = norm.slice(start, Math.min(doc.content.end, start + 80));
  const lineEnd = doc.prose.indexOf('\n', start);
  const eol = lineEnd < 0 || lineEnd > doc.content.end ? doc.content.end : lineEnd;
  const m = GREETING.exec(head);
  if (m) {
    const rest = norm.slice(start + m[0].length, Math.min(eol, start + 60));
    const end = GREETING_END.exec(rest);
    if (end) return { start, end: start + m[0].length + end.index + (end[0] === '\n' ? 0 : end[0].trimEnd().length) };
    if (eol - start <= 40) return { start, end: eol };
    return { start, end: start + m[0].length };
  }
  // A bare "Dana," or "{{firstName}}," on its own line.
  const line = doc.prose.slice(start, eol).trim();
  if (line.length <= 30 && BARE_NAME_LINE.test(line) && line.split(/\s+/).length <= 3) return { start, end: start + line.length };
  return undefined;
}

const SIGNOFF =
  /^(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|many thanks|regards|warmly|warm wishes|cheers|thanks(?: again| so much| in advance| a lot| and regards| & regards)?|thank you(?: so much| again| in advance)?|thx|ty|sincerely|yours(?: truly| sincerely)?|all the best|talk soon|speak soon|take care|cordially|respectfully|with gratitude|gratefully|appreciate it|viele grus?se|beste grus?se|liebe grus?se|freundliche grus?se|mit freundlichen grus?sen|herzliche grus?se|lg|vg|mfg|grus?s(?! [^.!?]*von mir| mir | uns )|danke(?: schon)?|vielen dank|saludos(?: cordiales)?|un saludo|atentamente|gracias|muchas gracias|un abrazo|abrazos|besos|cordialement|bien cordialement|bien a vous|merci(?: beaucoup)?|a bientot|amicalement|sent from my|groet|groeten|met vriendelijke groet(?:en)?|hartelijke groet(?:en)?|vriendelijke groet(?:en)?|bedankt|cordiali saluti|saluti|un saluto|distinti saluti|grazie(?: mille)?|a presto|abraco|abracos|obrigad[oa]|atenciosamente|cumprimentos|beijos|ate breve)(?![a-z])(?!,? (?:auch |also |and |y |et |e |und )?(?:an|to|a|para|pro|pra) (?!(?:you|u|all|everyone|everybody|the|your|todo|todos|toda|todas|tous|toute|toutes|alle|allen|tutti|tutte|voi|vous|vos|ti|te|euch|ihnen|dich)(?![a-z]))[a-z§])/;

/**
 * A line of a signature block below the name: a phone number, a web or mail address, a "Title | Company" line, a
 * title or a company form (a name with a credential, "Katarzyna Nowak, ACCA", is CREDENTIAL_NAME).
 */
const SIGNATURE_LINE =
  /^(?:[+(]?\d[\d ().\/-]{6,}\d.*|.*(?:https?:\/\/|www\.|@[\w-]+\.|\.(?:com|org|net|io|de|fr|nl|es|it|pt|br|co|uk)\b).*|[^.!?]{0,80}\|[^.!?]{0,80}|(?:[\p{L}&'.-]+ ){0,5}(?:director|directeur|directora|directrice|manager|head|lead|ceo|cto|cfo|coo|founder|co-founder|partner|associate|senior|junior|consultant|engineer|analyst|officer|secretary|treasurer|chair|president|owner|gerente|diretor|diretora|geschaftsfuhrer|inhaber|responsable|commercial|comercial),?(?: [\p{L}\d&'.,-]+){0,6}|[\p{L}&'., -]{2,60} (?:ltd|llc|inc|gmbh|ag|bv|b\.v\.|sa|s\.a\.|srl|s\.r\.l\.|sp\. z o\.o\.|sp\.|plc|lda|ltda|sarl|sas)\.?)$/iu;

/** A name with a credential after it, the first line of a signature block: "Katarzyna Nowak, ACCA". */
const CREDENTIAL_NAME = /^[\p{Lu}][\p{L}'.-]+(?: [\p{Lu}][\p{L}'.-]+){0,2}, (?:[A-Z]{2,6}|PhD|MBA|CPA|MSc|MD)(?:, [A-Z]{2,6})*$/u;

/** A name and title on one line of a signature block: "Rob Kettle | Partner, Kettle & Finch Capital". */
const NAME_PIPE = /^[\p{Lu}][\p{L}'.-]+(?: [\p{Lu}][\p{L}'.-]+){0,2} \| [^.!?|]{2,60}(?:\|[^.!?|]{2,60})?$/u;

/** The first line of a postscript: "P.S. ...", "PS: ...", "P.P.S.", "PD:" (Spanish), "NB:". */
const POSTSCRIPT = /^(?:p\.? ?p\.? ?s|p\.? ?s|pd|nb)(?:[.:)]| -|$)/;

/** A dash signature: "— Marco", "-Sam", or the "--" separator. */
const DASH_SIGNATURE = /^(?:--|(?:--?|—) ?[a-z§][a-z§ .'-]{0,25})$/;

/** Finds the sign-off: its first line ("Best,", "— Marco", "Thanks!") to the end of the message. */
export function findSignoff(p: Prepared): Span | undefined {
  const { doc, norm } = p;
  const { start: cStart, end: cEnd } = doc.content;
  if (cStart >= cEnd) return undefined;
  // Scan the last few lines from the bottom: short lines (name, title) may follow the sign-off line.
  let candidate: number | undefined;
  let pos = cEnd;
  let lines = 0;
  // A postscript below the sign-off is the message again ("Rafa" / "P.S. Tell Ahmed congrats on the marathon!"): the
  // sign-off ends where it starts.
  let end = cEnd;
  while (pos > cStart && lines < 6) {
    let ls = doc.prose.lastIndexOf('\n', pos - 1) + 1;
    if (ls < cStart) ls = cStart;
    const raw = norm.slice(ls, pos);
    const line = raw.trim();
    if (line !== '' && candidate === undefined && POSTSCRIPT.test(line)) {
      end = ls;
      lines = 0;
    } else if (line !== '') {
      lines++;
      const offset = ls + (raw.length - raw.trimStart().length);
      // (the bare "--" separator opens a signature block of any of those lines)
      if ((SIGNOFF.test(line) && line.length <= 48) || ((lines <= 2 || line === '--') && DASH_SIGNATURE.test(line))) candidate = offset;
      else if (line.length > 70) break;
      // A question or a run of sentences below a "Thanks Ama!" opening line is the message, not a signature:
      // nothing above it is the sign-off.
      // (Signature lines hold abbreviations, "Ph.D. Candidate", "St. Brendan's", "Acme Inc. | CEO", so a full stop counts
      // only after a word of three letters or more, in a line of six words or more.)
      else if (line.includes('?') || (/[a-z]{3,}[.!] +[a-z]/.test(line) && line.split(/\s+/).length >= 6)) break;
    }
    pos = ls - 1;
  }
  // Or a short closing sentence at the end of a line of prose ("... Thanks!", "... LG Max").
  if (candidate === undefined) {
    const sentences = p.sentences;
    for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 2); i--) {
      const s = sentences[i]!;
      const t = s.norm.trim();
      if (t.length <= 48 && SIGNOFF.test(t)) candidate = s.span.start;
      else break;
    }
    // A trailing "LG Max" or "Saludos" glued to the last sentence.
    if (candidate === undefined && sentences.length > 0) {
      const last = sentences[sentences.length - 1]!;
      const m = /[.!?] +((?:lg|vg|saludos|un saludo|cheers|thanks|best|merci|gracias|danke|cordialement|regards)(?![a-z])[^.!?]{0,25})$/.exec(last.norm);
      if (m) candidate = last.span.start + m.index + m[0].length - m[1]!.length;
    }
  }
  // A bare name on the last line ("Isabelle Moreau") after a line of text is a signature, and so is a name above a
  // block of signature lines ("Maxime Girard" / "Directeur commercial | Vinelec Énergies" / "06 12 34 56 78").
  if (candidate === undefined) {
    let end = cEnd;
    for (let k = 0; k < 4; k++) {
      const lineStart = doc.prose.lastIndexOf('\n', end - 1) + 1;
      if (lineStart <= cStart) break;
      const line = doc.prose.slice(lineStart, end).trim();
      if ((NAME_LINE.test(line) || (k > 0 && CREDENTIAL_NAME.test(line))) && line.length <= 30 && (k > 0 || !SIGNATURE_LINE.test(line))) {
        candidate = lineStart + doc.prose.slice(lineStart, end).indexOf(line);
        break;
      }
      // "Rob Kettle | Partner, Kettle & Finch Capital" may be a name with its title, or a title with its company under a
      // bare name ("Greta Holm" / "Talent Partner | Brightwater Search"): taken, and a bare name above goes first
      if (NAME_PIPE.test(line)) candidate = lineStart + doc.prose.slice(lineStart, end).indexOf(line);
      if (line !== '' && !SIGNATURE_LINE.test(line) && !CREDENTIAL_NAME.test(line)) break;
      end = lineStart - 1;
    }
  }
  if (candidate === undefined || candidate <= cStart) return candidate === cStart ? { start: cStart, end } : undefined;
  return { start: candidate, end: Math.max(candidate, end) };
}
