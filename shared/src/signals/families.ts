import { FAVOUR_VERBS, GIVE_VERBS, I_MODAL, OFFER_MODAL, WILLING, WORK_NOUNS, GENERIC_ADJ, W, alt, gap, rx } from './grammar.js';

/** What a family of phrases is evidence for. `ask` feeds `asks` (and leech); `stock` and `filler` feed `note`. */
export type FamilyKind = 'value' | 'ask' | 'reason' | 'personal' | 'reference' | 'introduction' | 'collector' | 'stock' | 'filler';

/** What a family's check gets to decide whether a match counts. */
export interface MatchContext {
  /** The original (masked) text of the whole file, same offsets as the match. */
  readonly orig: string;
  /** Lower-cased names that are not third persons: the recipient, the sender, the company. */
  readonly notNames: ReadonlySet<string>;
}

/** A family of phrases: one linear regex over normalised text and how to read a match. */
export interface Family {
  readonly kind: FamilyKind;
  /** The family can only match when one of these words is in the message (a cheap gate). */
  readonly keys: readonly string[];
  readonly re: RegExp;
  /** Plain-words reason for the evidence, or undefined to reject this match. */
  readonly why: string | ((m: RegExpExecArray, ctx: MatchContext) => string | undefined);
  /** Whether a negation just before the match cancels it (default true). */
  readonly negatable?: boolean;
  /** Only in questions, only in statements, or either (default). */
  readonly mode?: 'statement' | 'question';
  /** Reject when the recipient ("you") is the subject just before the match ("are you happy to share"). */
  readonly senderOnly?: boolean;
  /** Reject when the match sits in a sentence that pitches a product (value only). */
  readonly notInPitch?: boolean;
}

const f = (kind: FamilyKind, keys: string, source: string, why: Family['why'], opts: Partial<Family> = {}): Family => ({
  kind,
  keys: keys.split(' '),
  re: rx(source),
  why,
  ...opts,
});

// ---------------------------------------------------------------------------------------------
// Names: a capitalised word (checked on the original text) that is not a stop word or the recipient.

const NAME = `([a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20})?)`;

const NOT_NAMES = new Set(
  (
    'i im ive id ill me my we our you your the a an and or but so hi hello hey dear thanks thank best regards cheers linkedin monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december today tomorrow yesterday he she they someone somebody everyone anyone nobody ' +
    'it this that there here who what when where why how also just really please sir madam team everybody people folks mr mrs ms dr prof professor ' +
    'google meta amazon apple microsoft github twitter slack zoom ceo cto vp head founder my'
  ).split(' '),
);

/** The capitalised name a group captured, checked on the original text; undefined when it is not a name. */
export function nameAt(m: RegExpExecArray, group: number, ctx: MatchContext): string | undefined {
  const idx = m.indices?.[group];
  if (!idx) return undefined;
  const raw = ctx.orig.slice(idx[0], idx[1]);
  const parts = raw.split(' ');
  const out: string[] = [];
  for (const p of parts) {
    const first = p.charAt(0);
    if (first.toLowerCase() === first) break; // not capitalised
    const lower = p.toLowerCase().replace(/'s$/, '');
    if (NOT_NAMES.has(lower)) break;
    out.push(p.replace(/['’]s$/, ''));
  }
  if (out.length === 0) return undefined;
  const full = out.join(' ');
  if (ctx.notNames.has(full.toLowerCase()) || ctx.notNames.has(out[0]!.toLowerCase())) return undefined;
  return full;
}

const named =
  (group: number, why: (name: string) => string) =>
  (m: RegExpExecArray, ctx: MatchContext): string | undefined => {
    const name = nameAt(m, group, ctx);
    return name ? why(name) : undefined;
  };

// ---------------------------------------------------------------------------------------------
// value: the sender offers something.

const GIVE = alt(GIVE_VERBS);
const SELF_OBJECTS = `(?:my|our) (?:resume|cv|portfolio|deck|pitch|startup|product|app|website|proposal|profile|application|business plan|demo|platform|tool|solution|services?)`;

function offerWhy(prefix: string) {
  return (m: RegExpExecArray): string | undefined => {
    const tail = m[0].slice(-60);
    if (new RegExp(`^(?:.* )?(?:send|share|show|forward|pass|give|walk) (?:you )?${SELF_OBJECTS}`).test(tail)) return undefined;
    return prefix;
  };
}

const VALUE: Family[] = [
  f(
    'value',
    'happy glad keen willing delighted eager pleased ready thrilled excited able open available here around',
    `${I_MODAL}(?: be)? ${WILLING} to(?: (?:also|gladly|happily|personally|just|even))? ${GIVE}${gap(3)}`,
    offerWhy('offers to give or help'),
    { senderOnly: true, notInPitch: true },
  ),
  f(
    'value',
    'happy glad keen willing delighted pleased',
    `(?:^|[.!?(,:;] |and |also |of course |—|- )(?:more than |very |really |always |also |super |so )?(?:happy|glad|keen|willing|delighted|pleased) to ${GIVE}${gap(3)}`,
    offerWhy('offers to give or help'),
    { senderOnly: true, notInPitch: true },
  ),
  f(
    'value',
    'share send introduce intro connect put help return reciprocate give offer provide review walk show pass forward lend cover pay buy treat set get refer recommend vouch sponsor mentor host do comp feature hook point loop',
    `${OFFER_MODAL} (?:${GIVE})${gap(3)}`,
    offerWhy('offers to give or help'),
    { senderOnly: true, notInPitch: true, mode: 'statement' },
  ),
  f(
    'value',
    'can could may shall',
    `(?:can|could|may|shall|might) (?:i|we) (?:${GIVE})${gap(3)}`,
    offerWhy('offers to give or help'),
    { senderOnly: true },
  ),
  f(
    'value',
    'me',
    `(?:would you like|do you want|want|would it help if|would it be useful if|should) (?:me|i|us|we) to (?:${GIVE})${gap(2)}`,
    offerWhy('offers to give or help'),
  ),
  f(
    'value',
    'would helpful useful help',
    `(?:would it (?:help|be (?:helpful|useful))|if (?:it(?:'s| is| would be| helps| 's)?|that(?:'s| is| would be| helps)?|that'd be|it'd be) (?:helpful|useful|of (?:use|interest|help)|interesting|valuable|relevant)),? (?:i|we)(?:'d|'ll| would| will| can| could)? (?:${GIVE})`,
    'offers something if useful',
    { senderOnly: true },
  ),
  f(
    'value',
    'know word ping shout hesitate free',
    `(?:let me know|just let me know|say the word|ping me|give me a shout|shout|don't hesitate to (?:reach out|ask|ping me)|feel free to (?:reach out|ask|ping me|grab|use|take))${gap(3)} (?:if|whenever|when|anytime|should)(?: there(?:'s| is))?(?: ever)?(?: anything| any way| anything else| something)?(?: (?:i|we) can (?:do|help|return|offer|share|send))`,
    'offers help whenever needed',
  ),
  f(
    'value',
    'know word ping shout free hesitate',
    `(?:let me know|just let me know|say the word|ping me|feel free to (?:ask|reach out)|don't hesitate to (?:ask|reach out)) (?:if|whenever|when|should) you(?:'d)? (?:ever )?(?:need|want|like|would like|'d like|are interested|find|could use|have any)`,
    'offers help whenever needed',
  ),
  f(
    'value',
    'anything way',
    `(?:if|whenever) (?:there(?:'s| is) )?(?:ever )?(?:anything|any way|something)(?: else)? (?:i|we) (?:can|could) (?:do|help|offer|return|contribute)`,
    'offers help whenever needed',
  ),
  f(
    'value',
    'return exchange favour favor forward reciprocate',
    `(?:in (?:return|exchange)|return the favou?r|pay it forward|reciprocate|happy to reciprocate|quid pro quo|trade notes|swap notes|compare notes and share)`,
    'offers something in return',
  ),
  f(
    'value',
    'pay compensate cover honorarium gift paid stipend coffee lunch',
    `(?:(?:i|we)(?:'ll|'d| will| would| can| could| are| am|'re|'m)?(?: (?:happily|gladly|of course|absolutely|definitely))? (?:be )?(?:(?:happy|glad|willing) to )?(?:pay|compensate|cover|buy you|treat you to|reimburse)|(?:paid|compensated|honorarium|gift card|stipend)(?: for your time)?|(?:coffee|lunch|dinner|drinks?|beers?) (?:is|are|'s|'re|would be) on (?:me|us))`,
    'offers to pay for their time',
    { senderOnly: true },
  ),
  f(
    'value',
    'free complimentary cost',
    `(?:free|complimentary|no-cost|at no cost|on the house|gratis)(?: [a-z-]+)? (?:trial|audit|review|copy|copies|access|seat|seats|ticket|tickets|pass|passes|license|licence|consult|consultation|session|account|month|months|credits|teardown|assessment|workshop|report|analysis|upgrade|plan)`,
    'offers something free',
  ),
  f(
    'value',
    'attached attaching enclosed linked here put together compiled wrote made',
    `(?:here(?:'s| is| are)|i've attached|i attached|attached (?:is|are)|i'm attaching|attaching|enclosed is|i've linked|linked below|i've put together|i put together|i compiled|i wrote up|i made|i've written up)(?: (?:a|an|the|our|some|my|quick|short|small|brief|free))* (?:${W} )?(?:summary|notes|writeup|write-up|doc|report|data|dataset|benchmark|benchmarks|list|guide|template|checklist|results|analysis|fix|patch|pr|pull request|gist|recording|slides|resource|resources|playbook|script|spreadsheet|comparison|repro|reproduction|notebook|map|link)`,
    'shares a resource',
  ),
  f(
    'value',
    'bug typo issue vulnerability link fix patch pr',
    `(?:i|we) (?:found|noticed|spotted|caught|hit)(?: what (?:looks|seems) like)? (?:a|an|two|a few|some|one) (?:small |minor |subtle |possible |potential |security )?(?:bug|typo|issue|broken link|vulnerability|regression|edge case|memory leak|race condition|mistake|error)`,
    'offers a bug report or fix',
  ),
  f(
    'value',
    'opened filed submitted sent pr patch fix',
    `(?:i|we)(?:'ve| have)? (?:opened|filed|submitted|sent|put up|pushed|wrote) (?:a|an|the) (?:small |quick |tiny |draft |)?(?:pr|pull request|patch|fix|issue|bug report|merge request)`,
    'offers a fix or report',
  ),
  f(
    'value',
    'hiring recruiting opening role position',
    `(?:(?:i'm|i am|we're|we are|my team is|our team is|(?:i|we)(?:'m|'re| am| are) currently) (?:hiring|recruiting)|(?:we|i) have (?:an|a) (?:open |new )?(?:opening|role|position|spot|vacancy)|(?:you(?:'d| would) be|you'd make|you would make) (?:a|an) (?:great|strong|good|perfect|excellent|ideal) (?:fit|candidate|addition))`,
    'offers a role',
  ),
  f(
    'value',
    'offer offering',
    `(?:i|we)(?:'d| would| can| could| want to| wanted to)? (?:like to |love to )?offer(?:ing)? (?:you )?(?:a|an|my|our|some|to|free|complimentary|help)`,
    'offers something',
    { senderOnly: true, mode: 'statement' },
  ),
  // German
  f(
    'value',
    'gerne gern',
    `(?:gerne?|mit vergnugen)${gap(5)} (?:teile|teilen|schicke|schicken|sende|senden|helfe|helfen|stelle|stellen|zeige|zeigen|gebe|geben|weitergeben|vorstellen|unterstutze|unterstutzen|revanchiere|lade|laden|bringe|biete|bieten|vermittle|vermitteln)`,
    'offers to give or help (German)',
  ),
  f(
    'value',
    'teile schicke sende helfe stelle zeige gebe biete vermittle kann konnte',
    `(?:ich|wir) (?:teile|teilen|schicke|schicken|sende|senden|helfe|helfen|stelle|stellen|zeige|zeigen|gebe|geben|biete|bieten|vermittle|vermitteln|kann|konnte|konnen|konnten) (?:ihnen|dir|euch)${gap(5)} (?:gerne?|helfen|schicken|senden|zeigen|vorstellen|geben|anbieten|teilen|vermitteln|zur verfugung)`,
    'offers to give or help (German)',
  ),
  f('value', 'gegenzug gegenleistung revanchieren dankeschon', `(?:im gegenzug|als gegenleistung|revanchieren|als dankeschon)`, 'offers something in return (German)'),
  // Spanish
  f(
    'value',
    'gusto encantado encantada feliz puedo podria comparto envio mando presento ayudo',
    `(?:con (?:mucho )?gusto|encantad[oa] de|feliz de|(?:te|le|les) (?:puedo|podria)|puedo|podria|(?:te|le) (?:comparto|envio|mando|presento|ayudo|paso))(?: ${W}){0,2} (?:compartir|ayudar|ayudarte|ayudarle|enviar|enviarte|enviarle|presentar|presentarte|presentarle|mandarte|mandar|pasarte|ofrecer|ofrecerte|devolver|revisar|comparto|envio|mando|presento|ayudo|paso)`,
    'offers to give or help (Spanish)',
    { senderOnly: true },
  ),
  f('value', 'cambio retorno favor', `(?:a cambio|en retorno|devolver(?:te|le)? el favor|devolverte el favor)`, 'offers something in return (Spanish)'),
  // French
  f(
    'value',
    'ravi ravie heureux heureuse volontiers peux pourrais serais',
    `(?:(?:je )?(?:serais|suis|serai) (?:ravie?|heureux|heureuse|content|contente|pret|prete) de|volontiers|je (?:peux|pourrais)|je vous|je te)(?: ${W}){0,2} (?:partager|aider|envoyer|presenter|faire|donner|montrer|transmettre|offrir|rendre|partage|envoie|presente|aide|transmets|offre|relire)`,
    'offers to give or help (French)',
    { senderOnly: true },
  ),
  f('value', 'retour echange pareille ascenseur', `(?:en (?:retour|echange)|rendre la pareille|renvoyer l'ascenseur)`, 'offers something in return (French)'),
];

// ---------------------------------------------------------------------------------------------
// asks: favours the sender wants.

const FAVOUR = alt(FAVOUR_VERBS);

const ASKS: Family[] = [
  f(
    'ask',
    'can could would will might',
    `(?:can|could|would|will|might|may) you(?: (?:please|possibly|kindly|maybe|perhaps|by any chance|be so kind as to|also|just|ever|be able to|be willing to|be open to|consider|mind))* (?:${FAVOUR})${gap(3)}`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'would willing open able interested up available',
    `(?:would|are|will|might) you be (?:willing|open|able|interested|up for|available|happy|comfortable|up)(?: to)?(?: (?:a|an|the|some|any|one|quick|short|brief|15|20|30|\\d+))* (?:${FAVOUR}|call|chat|meeting|demo|coffee chat|intro|introduction|referral|conversation|interview|review|look|discussion|phone call|zoom|video call|sharing)${gap(3)}`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'mind',
    `(?:would|do) you mind (?:${FAVOUR}|referring|introducing|looking|reviewing|sharing|taking|passing|forwarding|putting|giving|sending|helping|hopping|jumping|endorsing|recommending|answering|filling)${gap(3)}`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'looking seeking searching hunt market job role position opportunity',
    `(?:i'm|i am|im|currently|i've been|i have been|we're|we are|i'm currently|i am currently|i'm actively|i am actively|i'm now|still)(?: (?:actively|currently|now|also|really))? (?:looking for|seeking|searching for|on the hunt for|in the market for|hunting for|job hunting|job-hunting|on the job market|exploring|open to)(?: (?:a|an|new|my next|the next|some|any|full-time|part-time|remote|junior|senior|entry-level|fresh))*(?: ${W}){0,2} (?:job|jobs|role|roles|position|positions|opportunit(?:y|ies)|internship|internships|opening|openings|work|employment|gig|gigs|placement|co-op)`,
    'says they are looking for a job',
  ),
  f(
    'ask',
    'openings roles positions opportunities hiring vacancies',
    `(?:(?:are there|do you have|if there are|if you have|any) (?:any )?(?:open |current |upcoming )?(?:openings|roles|positions|opportunities|vacancies|jobs)|if (?:your (?:team|company|org|group)|you|§) (?:is|are|were|ever) (?:hiring|looking)|(?:hire|hiring) me|consider(?:ing)? me for|put my name forward|pass my (?:resume|cv|name)|keep me in mind|forward my (?:resume|cv|application))`,
    'asks about a job',
  ),
  f(
    'ask',
    'refer referral recommend recommendation endorse endorsement vouch word',
    `(?:refer me|referral|referrals|refer my|recommend me|recommendation (?:letter|on linkedin)|letter of recommendation|endorse me|endorsement|endorsements|endorse my|vouch for me|put in a (?:good )?word|good word for me|internal referral)`,
    'asks for a referral or endorsement',
    { senderOnly: false },
  ),
  f(
    'ask',
    'introduce intro introduction put connect',
    `(?:(?:introduce|intro|connect) me (?:to|with)|put me in touch|(?:an|a|the|any) (?:warm |quick |brief |e-)?(?:intro|introduction|introductions|connection) to (?:your|someone|anyone|the|a|people|folks|their|his|her|one of)|introductions to (?:your|people|folks|anyone))${gap(3)}`,
    'asks for an introduction to their contacts',
  ),
  f(
    'ask',
    'brain',
    `pick your brains?`,
    'asks to pick their brain',
  ),
  f(
    'ask',
    'advice feedback thoughts input insights guidance tips pointers perspective mentorship mentoring',
    `(?:(?:your|any|some|a bit of|a little|a few|quick|honest|brief) (?:quick |honest |candid |expert |brief )?(?:advice|feedback|thoughts|input|insights?|guidance|tips|pointers|perspective|mentorship|mentoring|opinion)(?: (?:on|about|regarding|for|with) ${W})?|(?:advice|feedback|thoughts|input|guidance|tips|pointers) (?:on|about|regarding|for) (?:my|our|how i|how we|whether i|whether we|what i))`,
    'asks for advice or feedback',
  ),
  f(
    'ask',
    'review look critique proofread feedback thoughts',
    `(?:review|look (?:at|over|through)|take a look at|check out|give (?:me )?feedback on|critique|proofread|thoughts on|feedback on|opinion on|share|forward|pass along|send (?:you|over)?)(?: (?:a|the|my|our))? (?:${SELF_OBJECTS.slice(3, -1)}|my (?:essay|book|draft|code|repo|idea|landing page|linkedin|post|video|article|thesis|manuscript|work|channel|course|kickstarter|campaign|newsletter|podcast))`,
    'asks them to review or pass along their material',
  ),
  f(
    'ask',
    'demo call meeting chat minutes min time slot',
    `(?:(?:book|schedule|set up|grab|find|jump on|hop on|get on|arrange|have|spare|take|got|share) (?:a |an |some |)?(?:quick |short |brief |free |)?(?:\\d+|fifteen|twenty|thirty|ten|a few)?(?:[- ]?(?:minute|min|mins|minutes))?[ -]?(?:demo|call|meeting|chat|slot|time|walkthrough|zoom|conversation|intro call|discovery call|sales call)|(?:\\d+|fifteen|twenty|thirty|ten|a few)[- ](?:minute|min|mins|minutes)(?: (?:of your time|call|chat|zoom|meeting|conversation|demo))?|(?:worth|open to|up for) a (?:quick |short |brief )?(?:chat|call|conversation|demo)|(?:quick|short|brief) (?:call|chat|zoom|meeting)|calendly|(?:see|show you) a demo|(?:a|the) demo (?:of|for))`,
    'asks for their time (a call or a demo)',
  ),
  f(
    'ask',
    'try buy purchase subscribe invest sign pilot trial',
    `(?:(?:try|try out|buy|purchase|subscribe to|invest in|sign up for|check out|give) (?:our|my) (?:${W} ){0,2}(?:app|product|tool|platform|solution|service|services|software|course|book|startup|offering|plugin|extension|saas|api|newsletter|round|company)|(?:interested in|open to|up for) (?:a |an )?(?:pilot|trial|demo|quote|proposal|partnership with us)|(?:switch|move|migrate) to (?:our|us))`,
    'asks them to buy or try a product',
  ),
  f(
    'ask',
    'appreciate grateful thankful love',
    `(?:i|we)(?:'d| would)(?: (?:really|truly|so|very|greatly|sincerely|be so|be very|be really|be))? (?:appreciate|be grateful for|be thankful for|love|value|welcome)(?: it)?(?: if you (?:could|would|can|might)(?: ${W}){1,3}| (?:a|an|any|your|some|the) (?:quick |brief |short |small |warm |internal |honest |little )?(?:referral|intro|introduction|recommendation|endorsement|look|feedback|advice|help|support|review|pointers|tips|favou?r|shout-?out|share|signal boost|boost|reference|word|vote|minutes|call|chat|time|guidance|mentorship|input|thoughts|insights|perspective))`,
    'asks them for a favour',
  ),
  f(
    'ask',
    'help',
    `(?:can|could|would|will) you (?:please )?help (?:me|us)|help me (?:get|land|find|break|with|out|understand|reach|connect|secure|grow|launch|promote)|(?:need|needs|could use|looking for) (?:your|some|a little|a bit of)? ?help`,
    'asks for help',
  ),
  f(
    'ask',
    'like share upvote comment repost retweet vote sign fill star support back',
    `(?:(?:like|share|upvote|comment on|repost|retweet|boost|amplify|promote|star) (?:my|our) (?:latest |new |recent )?(?:post|video|launch|article|product hunt|repo|project|campaign|page|tweet|content)|vote for (?:me|us|my|our)|(?:sign|fill out|take|complete) (?:my|our|this|a) (?:petition|survey|form|questionnaire)|(?:support|back|fund|donate to) (?:my|our) (?:kickstarter|campaign|launch|fundraiser|gofundme|startup|project|cause|round))`,
    'asks them to promote or support something',
  ),
  f('ask', 'favor favour', `(?:(?:a|one|small|quick|big|huge) favou?r|do me a favou?r|ask (?:you )?a favou?r)`, 'asks a favour'),
  // German
  f(
    'ask',
    'konnten konnen wurden kannst konntest wurdest',
    `(?:konnten|konnen|wurden) sie (?:mir|mich|uns)|(?:kannst|konntest|wurdest) du (?:mir|mich|uns)`,
    'asks them for a favour (German)',
  ),
  f(
    'ask',
    'empfehlen weiterempfehlen empfehlung weiterleiten',
    `(?:empfehlen|weiterempfehlen|empfehlung|weiterleiten|ein gutes wort)`,
    'asks for a referral (German)',
  ),
  f(
    'ask',
    'suche jobsuche stellensuche bewerbe',
    `(?:suche|suchen)(?: ${W}){0,3} (?:job|stelle|position|praktikum|arbeit|neue herausforderung|werkstudentenstelle)|auf (?:jobsuche|stellensuche|der suche nach (?:einer|einem|einer neuen) (?:stelle|job|position|herausforderung))`,
    'says they are looking for a job (German)',
  ),
  // Spanish
  f(
    'ask',
    'podrias podria puedes puede recomendarme referirme presentarme ayudarme',
    `(?:(?:me )?(?:podrias|podria|puedes|puede)(?: usted)? (?:recomendarme|referirme|presentarme|ayudarme|darme|revisar|echar(?:le)? un vistazo|pasar mi|compartir mi|recomendar|referir|presentar)|me (?:recomendarias|referirias|presentarias|ayudarias))`,
    'asks them for a favour (Spanish)',
  ),
  f(
    'ask',
    'busco buscando trabajo empleo',
    `(?:busco|estoy buscando|ando buscando)(?: ${W}){0,2} (?:trabajo|empleo|un puesto|una posicion|oportunidades|practicas|una oportunidad|nuevas oportunidades)`,
    'says they are looking for a job (Spanish)',
  ),
  // French
  f(
    'ask',
    'pourriez pourrais pouvez peux',
    `(?:pourriez|pourrais|pouvez|peux)[- ](?:vous|tu) (?:me )?(?:recommander|presenter|aider|donner|transmettre|jeter un oeil|relire|parrainer|coopter|mettre en relation|faire suivre)`,
    'asks them for a favour (French)',
  ),
  f(
    'ask',
    'cherche recherche',
    `je (?:cherche|recherche|suis a la recherche d)(?: ${W}){0,2} (?:emploi|poste|stage|travail|opportunite|alternance|job|cdi)`,
    'says they are looking for a job (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// reason: why the sender writes.

const REASONS: Family[] = [
  f(
    'reason',
    'reaching writing contacting getting messaging emailing dropping sending',
    `(?:i'm|i am|we're|we are|i was|im|i'm just|just|i wanted to|i want to|wanted to)(?: (?:just|actually|also))? (?:reaching out|reach out|writing|write|contacting you|contact you|getting in touch|get in touch|messaging you|emailing you|dropping you a (?:line|note)|sending this|sending you this)(?: (?:to you|you|here))? (?:because|since|as|to|about|regarding|re|after|following|on behalf|with|in connection|for|from)`,
    'says why they are writing',
  ),
  f('reason', 'reason why', `(?:the reason|reason|why) (?:i'm|i am|i was|im)(?: (?:reaching out|writing|messaging|contacting))`, 'says why they are writing'),
  f(
    'reason',
    'hiring recruiting researching working building putting organizing organising planning launching starting applying preparing exploring studying investigating looking compiling interviewing gathering surveying evaluating trying running hosting migrating moving transitioning switching relocating writing pivoting doing developing designing',
    `(?:i'm|i am|we're|we are|i've been|we've been|im|currently|i'm currently|we're currently|i am currently|right now i'm|my team is|our team is)(?: (?:currently|now|actively|also))? (?:hiring|recruiting|researching|working on|writing (?:a|an|my|up|about|on)|building|putting together|organi[sz]ing|planning|launching|starting|applying|preparing|exploring|studying|investigating|looking into|compiling|interviewing|gathering|surveying|evaluating|trying to (?:understand|learn|figure|solve|find|decide|build|fix|choose|get)|running|hosting|migrating|moving|transitioning|switching|relocating|pivoting|doing (?:a|some|research)|developing|designing)`,
    'says what they are working on',
    { mode: 'statement' },
  ),
  f(
    'reason',
    'love like appreciate welcome keen interested',
    `(?:i|we)(?:'d| would)(?: (?:really|so|very|also|just))? (?:love|like|appreciate|welcome|be keen|be interested|be curious|be grateful) (?:to )?(?:the chance to |an opportunity to |the opportunity to )?(?:ask|learn|hear|get your|understand|compare|discuss|interview|feature|invite|collaborate|partner|work|explore|swap|exchange|pick|know|get|have you|see if|find out|bounce|run|include|cite|quote|talk (?:to you )?(?:about|with|through|more)|chat (?:about|with you about|more about|briefly about)|speak (?:with you )?(?:about|to)|learn more|hear (?:more|how|your|about)|share (?:notes|ideas|findings|what))`,
    'says what they want to talk about',
  ),
  f(
    'reason',
    'following follow promised per further met spoke chatted talked meeting chatting speaking meet',
    `(?:following up|follow(?:ing)? up on|to follow up|as a follow-?up|as promised|per our|further to|(?:we|i) (?:met|spoke|chatted|talked|sat next to each other|connected) (?:at|during|last|on|briefly|yesterday|earlier|after|in)|(?:great|nice|good|lovely|a pleasure|wonderful|fun) (?:meeting|chatting|talking to|speaking with|to meet|to chat|to talk|running into|bumping into)(?: you)?(?: at| during| last| yesterday| on| earlier| after| in|!|,|\\.)|after (?:your|our|the) (?:talk|session|panel|call|chat|meetup|conversation|workshop|keynote|presentation))`,
    'follows up on an earlier meeting',
  ),
  f(
    'reason',
    'applied applying apply interviewing interview',
    `(?:i )?(?:just |recently |have |'ve )?(?:applied|am applying|i'm applying|applying|will apply|plan to apply|interviewing|interview|am interviewing) (?:for|to|at|with)`,
    'says they are applying for a role',
  ),
  f(
    'reason',
    'question questions advice help input feedback perspective opinion thoughts',
    `(?:(?:i have|i've got|quick|a quick|one|a|got a|with a|a short|a specific) (?:quick |short |specific |small |technical )?question|questions? (?:about|on|regarding|re|for you about)|(?:advice|help|input|feedback|perspective|opinion|thoughts|guidance) (?:on|about|regarding|with) (?:how|whether|what|a|an|the|my|our|your|${W} ${W}))`,
    'has a specific question',
  ),
  f(
    'reason',
    'invite invitation speak guest',
    `(?:invit(?:e|ing) you|invitation) (?:to|for|on|onto) (?:speak|join|be|present|our|the|a|come|give|talk|appear|guest)|(?:as|be) (?:a )?(?:guest|speaker|panelist|keynote)`,
    'invites them to something',
  ),
  f(
    'reason',
    'collaborate collaborating collaboration partner partnering partnership co-author coauthor together team propose proposal',
    `(?:collaborat(?:e|ing|ion)|partner(?:ing)? (?:with|on|up)|partnership|co-?author|work together|team up|joint (?:project|paper|study|talk|workshop|event)|(?:i|we)(?:'d| would)? (?:like to )?propose|a proposal)`,
    'proposes working together',
  ),
  f(
    'reason',
    'noticed saw see seeing hiring',
    `(?:i )?(?:noticed|saw|see|seeing)(?: that)? (?:you're|you are|your (?:team|company) is|§ is|§'s|${W} is) (?:hiring|looking for|recruiting|expanding|launching|opening|building)`,
    'responds to their opening or news',
  ),
  f(
    'reason',
    'interested',
    `(?:i'm|i am|we're|we are|im|i've been|very|really|particularly) (?:very |really |particularly |especially |also |)?interested in (?:the|your|a|an|joining|working|learning|how|what|applying|this|that|contributing|helping|writing|talking|speaking|hearing|partnering|§)`,
    'says what interests them',
  ),
  f(
    'reason',
    'because since',
    `(?:connect|reach(?:ing)? out|writing|write|contact(?:ing)?|message|messaging|note|email(?:ing)?|hello|hi)${gap(3)} (?:because|since|as) (?:i|we|you|your|our|my|of|the|both)`,
    'gives a reason for connecting',
  ),
  f(
    'reason',
    'hoping hope',
    `(?:i'm|i am|i was|we're|we are)? ?(?:hoping|hope) to (?:learn|ask|hear|get|understand|find|interview|talk|chat|discuss|collaborate|partner|invite|feature|include|compare|borrow|adopt|use|apply|contribute|join|move|transition|break|land)`,
    'says what they hope to do',
    { mode: 'statement' },
  ),
  f(
    'reason',
    'wondering wondered curious',
    `(?:i was|i'm|i am|was|just)? ?(?:wondering|wondered|curious) (?:if|whether|how|what|why|about)`,
    'asks a specific question',
  ),
  // German
  f(
    'reason',
    'schreibe melde wende kontaktiere',
    `(?:ich|wir) (?:schreibe|schreiben|melde|melden|wende|wenden|kontaktiere|kontaktieren)(?: ${W}){0,3} (?:weil|da|wegen|bezuglich|um|zu|mit|an sie|an dich)`,
    'says why they are writing (German)',
  ),
  f(
    'reason',
    'arbeite forsche recherchiere plane organisiere baue schreibe suche stelle bereite',
    `(?:ich|wir) (?:arbeite|arbeiten|forsche|forschen|recherchiere|recherchieren|plane|planen|organisiere|organisieren|schreibe|schreiben|bereite|bereiten|stelle|stellen)(?: gerade| derzeit| aktuell| momentan)? (?:an|uber|zu|ein|eine|einen|gerade|derzeit|aktuell|momentan|neue|ein team)`,
    'says what they are working on (German)',
  ),
  f(
    'reason',
    'frage fragen erfahren lernen austauschen besprechen sprechen',
    `(?:(?:eine|einige|kurze|konkrete) fragen? (?:zu|uber|zum|zur)|(?:wurde|mochte|mochten|wurden)(?: ${W}){0,4} (?:erfahren|lernen|fragen|sprechen|austauschen|besprechen|einladen|interviewen|diskutieren))`,
    'says what they want to talk about (German)',
  ),
  // Spanish
  f(
    'reason',
    'escribo contacto pongo',
    `(?:te|le|les) (?:escribo|contacto)(?: ${W}){0,2} (?:porque|para|ya que|por|sobre)|me pongo en contacto|(?:te|le) escribo`,
    'says why they are writing (Spanish)',
  ),
  f(
    'reason',
    'investigando contratando organizando escribiendo trabajando preparando',
    `(?:estoy|estamos) (?:investigando|contratando|organizando|escribiendo|trabajando en|preparando|desarrollando|construyendo|armando)`,
    'says what they are working on (Spanish)',
  ),
  f(
    'reason',
    'gustaria encantaria',
    `me (?:gustaria|encantaria) (?:preguntarte|preguntarle|saber|conocer (?:tu|su|mas)|hablar|invitarte|invitarle|entrevistarte|entrevistarle|aprender|colaborar|charlar|consultarte|consultarle|comentarte)`,
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
    'recrute recrutons travaille travaillons prepare organise ecris recherche',
    `(?:je|nous) (?:recrute|recrutons|travaille sur|travaillons sur|prepare|preparons|organise|organisons|ecris|redige|monte|montons)`,
    'says what they are working on (French)',
  ),
  f(
    'reason',
    'aimerais souhaiterais voudrais suite',
    `(?:j'aimerais|je souhaiterais|je voudrais|nous aimerions) (?:vous |te )?(?:poser|en savoir|echanger|discuter|inviter|apprendre|comprendre|interroger|consulter|parler)|suite a (?:votre|ton|notre|la|le)`,
    'says what they want to talk about (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// personal: something specific to this recipient.

const WORK = alt(WORK_NOUNS);
const SPECIFIER = `(?:on|about|at|in|from|titled|called|named|where|regarding|for|last|this|comparing|explaining|describing|introducing|covering|with|during|yesterday|earlier|back in|"|§)`;

function specificWork(m: RegExpExecArray): string | undefined {
  const mods = (m[1] ?? '').trim();
  const qualifier = m[3];
  if (/¤/.test(mods)) return undefined;
  const hasSpecificModifier = mods !== '' && mods.split(' ').some((w) => !GENERIC_ADJ.has(w) && w !== 'the' && w !== 'very');
  // "your talk on [topic]": the detail is an unfilled placeholder, so it does not count
  const qualified = qualifier !== undefined && !/^ \S+ ¤/.test(qualifier) && !/^ "?¤/.test(qualifier);
  if (!qualified && !hasSpecificModifier) return undefined;
  return hasSpecificModifier || /§/.test(qualifier ?? '') ? 'mentions their specific work' : 'mentions their specific work';
}

const PERSONAL: Family[] = [
  f(
    'personal',
    WORK_NOUNS.filter((w) => /^[a-z ]+$/.test(w))
      .map((w) => w.split(' ').pop()!)
      .join(' ') + ' write-up writeup post-mortem postmortem',
    `(?:your|§'s|§) ((?:${W} ){0,3})?(${WORK})((?: ${SPECIFIER}(?: ${W}){0,4})|(?: "[^"]{1,60}"))?`,
    specificWork,
    { senderOnly: true },
  ),
  f(
    'personal',
    'heard saw watched caught attended listened',
    `(?:i )?(?:heard|saw|watched|caught|attended|listened to) you(?:r)? (?:speak|present|talk|give|on|at|mention|demo|answer|explain|interviewed|describe|discuss|keynote|session|panel|live)${gap(4)}`,
    'mentions hearing or seeing their work',
  ),
  f(
    'personal',
    'wrote published posted shared gave presented shipped launched built open-sourced maintain created founded started led organized organised hosted answered explained described mentioned said made released spoke talked tweeted recorded designed authored co-authored won raised ran fixed merged reviewed',
    `(?:you|you've|you have) (?:recently |just |once |)?(?:wrote|published|posted|shared|gave|presented|shipped|launched|built|open-sourced|maintain|created|founded|started|led|organi[sz]ed|hosted|answered|explained|described|mentioned|said|made|released|spoke|talked|tweeted|recorded|designed|authored|co-authored|won|raised|ran|fixed|merged|reviewed|did|put out|wrote up)${gap(2)} (?:on|about|at|in|for|during|last|that|how|the|a|an|this|to|"|§)${gap(3)}`,
    'mentions something they did',
    { mode: 'statement' },
  ),
  f(
    'personal',
    'both also studied went attended graduated worked were spoke presented met overlapped grew live lived played volunteer volunteered contributed served trained did took shared',
    `(?:we|you and i|both of us)(?: (?:both|also|all|each))* (?:studied|went to|attended|graduated|worked|were|spoke|presented|met|overlapped|grew up|live|lived|played|volunteer|volunteered|contribute|contributed|maintain|sat|served|trained|did|took|shared|started|came|interned|belong|belonged|mentor|are (?:both|also)|have both|both have|both went|both studied|both worked|both attended|both spoke|both live|both grew|both came|both did)(?: ${W}){0,5}`,
    (m) => {
      const t = m[0];
      // "we both work in sales" is a broad trait, not a commonality
      if (/ (?:work|are|were|both) (?:in|on) (?:the )?(?:sales|marketing|tech|technology|the industry|industry|finance|hr|recruiting|engineering|software|it|consulting|saas|b2b|healthcare|education|media|startups?|product|design|data|ai|¤+)\b/.test(t)) return undefined;
      if (/¤/.test(t)) return undefined;
      if (/(?:^| )we (?:both|all)? ?(?:are|were)(?: both)? (?:a |an )?(?:engineers?|marketers?|founders?|developers?|designers?|professionals?|passionate|interested|in )/.test(t)) return undefined;
      if (!/(?:both|also| and i|of us| at | under | in | with | from | on | for )/.test(t)) return undefined;
      return 'names something you have in common';
    },
  ),
  f(
    'personal',
    'fellow',
    `fellow (?:${W} ){0,2}(?:alum|alumni|alumnus|alumna|alums|graduate|grad|grads|classmate|member|members|attendee|speaker|contributor|maintainer|volunteer|mentor|mentee|student|cohort|fellow|organizer|organiser|resident|berliner|londoner|new yorker|parisian|runner|board member|expat|veteran|intern|speaker|panelist|host|author|committer|reviewer|batchmate|yc|ex-${W}|former ${W})`,
    'points out a shared community',
  ),
  f(
    'personal',
    'fellow',
    `fellow ([a-z][a-z'-]+)`,
    (m, ctx) => (nameAt(m, 1, ctx) ? 'points out a shared community' : undefined),
  ),
  f(
    'personal',
    'same also',
    `(?:the same|same|also (?:a|an)?) ?(?:school|university|college|program|programme|bootcamp|cohort|class|lab|advisor|adviser|supervisor|professor|mentor|alma mater|hometown|town|meetup|conference|accelerator|batch|company|employer|team|department|thesis advisor|phd program|residency|fellowship|club|chapter|community|neighbo(?:u)?rhood|high school|grad school|program at|course)`,
    'points out a commonality',
  ),
  f(
    'personal',
    'like same too also well',
    `(?:like you|just like you|same as you|as you did|you and i both),? (?:i|i've|i have|i also|i too|we)|(?:i|i've|i have|i was)(?: also| too| previously| once)? (?:also |too |previously |once )?(?:studied|went|graduated|worked|interned|was|spent|did my|did a|grew up|live|lived|volunteered|trained|started my career|was a|was in|was on)(?: ${W}){1,5} (?:too|as well|like you|before you|after you|at the same time)`,
    'points out a commonality',
  ),
  f(
    'personal',
    'answer reply response comment advice tip suggestion feedback',
    `(?:your|you) (?:answer|reply|response|comment|advice|tip|suggestion|feedback|answered|replied|responded|commented)(?: ${W}){0,2} (?:to|on|in|under) (?:my|the|a|our)`,
    'mentions their answer to a question',
  ),
  f(
    'personal',
    'follow following read reading subscribe subscribed listen listening reader listener subscriber follower fan',
    `(?:i|i've|i have|i've been|i have been|been|i'm|i am|long-?time)(?: (?:been|a))? (?:following|follow|read|reading|subscribe to|subscribed to|listen to|listening to|(?:a |an )?(?:long-time |longtime |regular |avid |big |huge |devoted |faithful )?(?:reader|listener|subscriber|follower|fan|user) of) (?:your|you|§'s|§) ?(?:blog|newsletter|podcast|show|channel|column|substack|writing|research|videos|essays|tweets on|posts on|work on|series|streams|book|books|library|project)`,
    'follows their published work',
  ),
  f(
    'personal',
    'congrats congratulations',
    `(?:congrats|congratulations|kudos)(?: (?:on|to you on|for))? (?:your|the|§'s|on) (?:${W} ){0,3}(?:launch|promotion|raise|funding|round|series ${W}|award|book|acquisition|ipo|release|paper|talk|win|milestone|anniversary|exit|publication|patent|grant|keynote|v\\d|1\\.0|2\\.0|ship)`,
    'congratulates them on something specific',
  ),
  f(
    'personal',
    'role position job opening internship',
    `(?:applying|applied|apply|interviewing|interviewed)(?: ${W}){0,2} (?:for|to) (?:a |an |the )?(?:${W} ){0,4}(?:role|position|job|opening|internship|program|programme)(?: ${W}){0,2} (?:at|on|with|in) (?:your|§|the team)`,
    'applies for a role at their organisation',
  ),
  f(
    'personal',
    'used use using rely relied adopted learned learnt',
    `(?:i|we|my team|our team)(?:'ve| have)? (?:used|use|been using|rely on|relied on|adopted|learned|learnt|borrowed|built on|build on|depend on|run)(?: ${W}){0,2} (?:your|you|§'s)(?: ${W}){0,3} (?:${WORK}|approach|idea|method|technique|framework|template|code|design)`,
    'uses or learned from their work',
  ),
  // German
  f(
    'personal',
    'ihr ihren ihre ihrem dein deinen deine deinem',
    `(?:ihr|ihren|ihre|ihrem|ihres|dein|deinen|deine|deinem|deines) (?:${W} )?(?:vortrag|beitrag|artikel|post|podcast|buch|blog|blogartikel|newsletter|paper|projekt|talk|keynote|folge|bibliothek|repo|studie|interview|workshop|kommentar|antwort|thread|video|webinar|forschung|arbeit|buchs|beitrags|artikels|vortrags)(?: ${W}){0,1} (?:uber|zu|zum|zur|auf|bei|in|im|vom|von|am|letzte|letzten|gestern|"|§)`,
    'mentions their specific work (German)',
  ),
  f(
    'personal',
    'beide ebenfalls auch',
    `(?:wir (?:haben )?(?:beide|ebenfalls|auch|beide auch)|(?:auch|ebenfalls) (?:alumni|absolvent(?:in)?|mitglied)|wie sie|wie du),?(?: ${W}){0,4} (?:studiert|gearbeitet|bei|an der|am|in|im|promoviert|gelernt|absolviert)`,
    'points out a commonality (German)',
  ),
  // Spanish
  f(
    'personal',
    'tu su charla ponencia articulo publicacion podcast libro blog hilo trabajo proyecto presentacion episodio',
    `(?:tu|su) (?:${W} )?(?:charla|ponencia|articulo|publicacion|post|podcast|libro|blog|hilo|trabajo|proyecto|libreria|biblioteca|presentacion|episodio|newsletter|keynote|investigacion|estudio|entrevista|taller|video|respuesta|comentario)(?: ${W}){0,1} (?:sobre|en|de|del|acerca|titulad[oa]|"|§)`,
    'mentions their specific work (Spanish)',
  ),
  f(
    'personal',
    'ambos dos companero companera tambien',
    `(?:(?:ambos|ambas|los dos|las dos) (?:estudiamos|trabajamos|fuimos|somos|estuvimos|vivimos|participamos)|companer[oa]s? de (?:clase|promocion|carrera|universidad|equipo|master|programa)|(?:yo )?tambien (?:estudie|trabaje|fui|estuve) (?:en|con|a))`,
    'points out a commonality (Spanish)',
  ),
  // French
  f(
    'personal',
    'votre ton ta',
    `(?:votre|ton|ta) (?:${W} )?(?:conference|presentation|article|billet|post|podcast|livre|blog|fil|travail|projet|bibliotheque|intervention|episode|these|talk|keynote|expose|etude|entretien|atelier|video|reponse|commentaire|newsletter)(?: ${W}){0,1} (?:sur|a|au|de|lors|du|concernant|intitule|"|§)`,
    'mentions their specific work (French)',
  ),
  f(
    'personal',
    'avons deux ancien ancienne anciens aussi egalement',
    `(?:nous avons (?:tous )?(?:les )?(?:deux )?(?:etudie|travaille|fait|frequente)|on a (?:tous )?(?:les )?(?:deux )?(?:etudie|travaille|fait)|(?:ancien|ancienne|anciens) (?:eleves?|etudiants?|camarades?|collegues?) (?:de|d')|(?:j'ai|moi) (?:aussi|egalement) (?:etudie|travaille|fait))`,
    'points out a commonality (French)',
  ),
];

// ---------------------------------------------------------------------------------------------
// reference: a specific person both know; introduction: the approach goes through one.

const REL_NOUN = `(?:manager|boss|colleague|coworker|co-worker|teammate|team mate|classmate|roommate|friend|mentor|advisor|adviser|professor|supervisor|cofounder|co-founder|partner|client|neighbou?r|cousin|brother|sister|wife|husband|lead|director|investor|report|intern|labmate|lab mate|bandmate|buddy|pal|peer|tech lead|editor|pm|colleagues|friends|teacher|coach|tutor|officemate|flatmate|ex-colleague|ex-manager|ex-boss|contact|acquaintance|former colleague|old colleague)`;
const REL_ADJ = `(?:good |old |dear |close |longtime |long-time |former |ex-|previous |current |first |mutual |great |old-time |trusted |fellow )*`;

const refWhy = (rel: string) => (name: string) => `names ${name} ${rel}`;

const REFERENCES: Family[] = [
  f(
    'reference',
    'my our mutual manager boss colleague coworker teammate classmate roommate friend mentor advisor adviser professor supervisor cofounder partner client neighbor neighbour lead director investor',
    `(?:my|our|a|mutual)(?: mutual)? ${REL_ADJ}${REL_NOUN}(?: (?:at|from|on|in) ${W}(?: ${W})?)?,? ${NAME}`,
    named(2, refWhy('and how you know them')),
    { negatable: false },
  ),
  f(
    'reference',
    'from at on',
    `${NAME},? (?:from|at|on|in) your (?:team|company|org|organi[sz]ation|group|department|lab|squad|platform team|${W} team)`,
    named(1, refWhy('from their team')),
    { negatable: false },
  ),
  f(
    'reference',
    'know worked remember mutual common friend',
    `(?:we both know|we both worked with|you(?: might| may| probably)? know|you may remember|you might remember|mutual friend|mutual connection|mutual colleague|common friend|a friend of yours|friend of mine|a colleague of yours|your former colleague|your colleague|your friend|your old colleague|your teammate|your former teammate|your ex-colleague)(?: ${REL_ADJ}${REL_NOUN})?,? ${NAME}`,
    named(1, refWhy('as someone you both know')),
    { negatable: false },
  ),
  f(
    'reference',
    'my our who',
    `${NAME}, (?:my|our|who|your|a mutual|a former|an old|a friend)(?: ${W}){0,5}`,
    (m, ctx) => {
      if (!/(?:^|, )(?:my|our|your|a mutual|a former|an old|a friend|who (?:i|we|you|worked|was|used|knows|introduced|mentioned|suggested|told))/.test(m[0].slice(m[0].indexOf(',') + 1).trim()))
        return undefined;
      const name = nameAt(m, 1, ctx);
      return name ? `names ${name} and the relation` : undefined;
    },
    { negatable: false },
  ),
  f(
    'reference',
    'suggested recommended mentioned said told thought pointed gave passed shared introduced connected speaks spoke raves recommends suggests asked sends says',
    `${NAME} (?:suggested|recommended|mentioned|said|told me|thought|pointed me|gave me|passed along|passed on|shared|introduced|connected|speaks|spoke|raves|recommends|suggests|asked me|sends|says|has told|has said|has mentioned|always says|highly of)`,
    named(1, refWhy('who sent them your way')),
    { negatable: false },
  ),
  f(
    'reference',
    'worked studied with under',
    `(?:i|we)(?: both)? (?:worked|studied|collaborated|played|volunteered|served|trained|interned|shared an office|wrote|built) (?:closely )?(?:with|under|alongside|for) (?:prof\\.? |professor |dr\\.? )?${NAME}`,
    named(1, (n) => `names ${n} and how they know them`),
    { negatable: false },
  ),
  // German / Spanish / French relation + name
  f(
    'reference',
    'mein meine meinem meinen mi mon ma',
    `(?:mein|meine|meinem|meinen|mi|mon|ma)(?: (?:ehemalige[rnm]?|fruhere[rnm]?|alte[rnm]?|gute[rnm]?|antigu[oa]|ex|buen[oa]?|gran|ancien(?:ne)?|bon(?:ne)?|cher|chere|vieil(?:le)?))? (?:kollege|kollegin|chef|chefin|betreuer|betreuerin|professor|professorin|freund|freundin|mentor|mentorin|teamkollege|kommilitone|kommilitonin|vorgesetzter|vorgesetzte|doktorvater|doktormutter|colega|jefe|jefa|companer[oa]|amig[oa]|mentora|profesora?|directora?|tutora?|soci[oa]|collegue|manager|ami|amie|professeur|directeur|directrice|associee?|camarade|responsable)(?: (?:bei|en|chez|de|aus|del|von) ${W})?,? ${NAME}`,
    named(1, refWhy('and how you know them')),
    { negatable: false },
  ),
  f(
    'reference',
    'hat me',
    `${NAME} (?:hat mir|hat uns|m'a|me|nous a) (?:empfohlen|geraten|gesagt|erzahlt|vorgeschlagen|von ihnen|von dir|conseille|suggere|recommande|dit|parle|sugirio|recomendo|dijo|hablo|paso|dio)`,
    named(1, refWhy('who sent them your way')),
    { negatable: false },
  ),
];

const INTRO_VERB = `(?:reach out|write|contact|get in touch|connect|talk|speak|email|ping|message|chat|drop you|say hi|say hello|introduce myself|touch base|meet|get to know)`;

const INTRODUCTIONS: Family[] = [
  f(
    'introduction',
    'suggested recommended thought said mentioned told encouraged urged',
    `${NAME} (?:suggested|recommended|thought|said|mentioned|told me|encouraged me|urged me|insisted|advised me|advised)(?: (?:that|i|we|you|it|to|would|might|should|could|be|a|good|great|idea|worth))*(?: ${INTRO_VERB}|(?:ing)| you(?:'d| would| might)? be)`,
    named(1, (n) => `says ${n} suggested writing`),
    { negatable: false },
  ),
  f(
    'introduction',
    'suggested recommended',
    `${NAME} (?:suggested|recommended) (?:reaching out|writing|contacting|getting in touch|connecting|talking|speaking|i contact|i reach|i write|i get|you|your name|that i|we)`,
    named(1, (n) => `says ${n} suggested writing`),
    { negatable: false },
  ),
  f(
    'introduction',
    'introduced connected put gave passed shared',
    `${NAME} (?:kindly |just |recently )?(?:introduced us|introduced me|connected us|put us in touch|put me in touch|gave me your (?:name|email|contact|details|info|number|address)|passed (?:along|on) your|shared your (?:name|email|contact|details|info)|pointed me (?:to|toward|towards) you|sent me your way|sent me to you)`,
    named(1, (n) => `says ${n} introduced you`),
    { negatable: false },
  ),
  f(
    'introduction',
    'thanks thank intro introduction connecting',
    `(?:thanks|thank you|many thanks)(?: so much| again)?,? (?:${NAME},? )?(?:for (?:the|your|this) (?:kind |warm |quick |e-)?(?:intro|introduction|e-intro)|for (?:introducing|connecting) us|for (?:the|your) (?:connection))`,
    'thanks the person who introduced you',
    { negatable: false },
  ),
  f(
    'introduction',
    'referred pointed sent directed',
    `(?:i was|i've been|i got|i have been|was) (?:referred|pointed|sent|directed|introduced)(?: to you)? by ${NAME}`,
    named(1, (n) => `says ${n} referred them`),
    { negatable: false },
  ),
  f(
    'introduction',
    'suggestion advice recommendation',
    `(?:at|on|per|following|by) ${NAME}'s (?:suggestion|advice|recommendation|request|prompting|urging)`,
    named(1, (n) => `writes at ${n}'s suggestion`),
    { negatable: false },
  ),
  f(
    'introduction',
    'asked',
    `${NAME} asked me to (?:reach out|contact|write|connect|get in touch|email|ping|introduce myself)`,
    named(1, (n) => `says ${n} asked them to write`),
    { negatable: false },
  ),
  f(
    'introduction',
    'looping cc ccing cc\'ing copying',
    `(?:looping in|cc'ing|ccing|cc|copying|cc:)(?: in)? ${NAME}`,
    named(1, (n) => `copies in ${n}`),
    { negatable: false },
  ),
  f(
    'introduction',
    'introduce intro introduction connect put',
    `(?:(?:introduce|intro|connect) me (?:to|with)|put me in touch with|(?:an|a) (?:warm |quick |brief |e-)?(?:intro|introduction) to|make an (?:intro|introduction) to) ${NAME}`,
    named(1, (n) => `asks for an introduction to ${n}`),
    { negatable: false },
  ),
  f(
    'introduction',
    'introduce intro introduction connect put',
    `(?:(?:introduce|intro|connect) me (?:to|with)|put me in touch with|(?:an|a) (?:warm |quick |brief |e-)?(?:intro|introduction) to) (?:your|their|his|her) (?:ceo|cto|cfo|coo|cmo|vp|founder|co-?founder|head of ${W}|director of ${W}|partner|boss|manager|friend|colleague|contact|former colleague)${gap(2)}`,
    'asks for an introduction to a named role',
    { negatable: false },
  ),
  f(
    'introduction',
    'empfehlung empfohlen vorgeschlagen',
    `(?:auf empfehlung von|auf anraten von) ${NAME}|${NAME} hat (?:mir|uns) (?:empfohlen|vorgeschlagen|geraten)`,
    named(1, (n) => `says ${n} suggested writing (German)`),
    { negatable: false },
  ),
  f(
    'introduction',
    'recomendacion sugirio recomendo',
    `(?:por recomendacion de|por sugerencia de|de parte de) ${NAME}|${NAME} me (?:sugirio|recomendo|dijo) que (?:te|le|les) (?:escribiera|contactara|escriba|contacte)`,
    named(1, (n) => `says ${n} suggested writing (Spanish)`),
    { negatable: false },
  ),
  f(
    'introduction',
    'recommandation conseils conseil suggere conseille recommande',
    `(?:sur (?:les |le )?(?:conseils?|la recommandation|les recommandations) (?:de|d')|de la part de) ?${NAME}|${NAME} m'a (?:suggere|conseille|recommande) de (?:vous|te) (?:contacter|ecrire)`,
    named(1, (n) => `says ${n} suggested writing (French)`),
    { negatable: false },
  ),
];

// ---------------------------------------------------------------------------------------------
// collector: connecting for the number.

const COLLECTORS: Family[] = [
  f('collector', 'networker networkers', `open networkers?|linkedin open networker`, 'calls themself an open networker', { negatable: false }),
  f(
    'collector',
    'lion',
    `lion`,
    (m, ctx) => (ctx.orig.slice(m.index, m.index + 4) === 'LION' ? 'calls themself a LION (open networker)' : undefined),
    { negatable: false },
  ),
  f(
    'collector',
    'grow expand build increase extend widen broaden enlarge boost strengthen develop growing expanding building increasing extending widening broadening',
    `(?:grow|expand|build|increase|extend|widen|broaden|enlarge|boost|growing|expanding|building|increasing|extending|widening|broadening|enlarging|boosting)(?: (?:up|out))? (?:my|our) (?:professional |linkedin |personal |business |online |own )?(?:network|connections|contacts|circle|reach|audience)`,
    'connects to grow a network',
  ),
  f(
    'collector',
    'connections contacts followers 500',
    `(?:(?:reach|hit|get to|cross|break|make it to|trying for|aiming for|goal of|target of|on my way to|close to|almost at)(?: the)? (?:\\d[\\d,.]*k?\\+?|five hundred|a thousand|\\d+ thousand)(?: (?:connections|contacts|followers))?|500\\+|\\d[\\d,.]*k?\\+? (?:connections|contacts|followers) (?:goal|target|by))`,
    'chases a number of connections',
  ),
  f(
    'collector',
    'accept every all everyone everybody anyone',
    `(?:i )?(?:accept|connect with|add|follow back|accepting)(?: (?:pretty much|literally|basically|nearly))? (?:every|all|everyone|everybody|anyone|anybody)(?: (?:single|one|of))?(?: (?:invite|invites|invitation|invitations|request|requests|one|who))?`,
    (m) => (/(?:invit|request|everyone|everybody|anyone|anybody|all)/.test(m[0]) ? 'accepts every invitation' : undefined),
    { negatable: false },
  ),
  f(
    'collector',
    'everyone everybody many',
    `(?:connect|connecting|network|networking) with (?:everyone|everybody|as many (?:people|professionals|folks)(?: as (?:i|possible))?|all (?:the )?(?:professionals|people|folks))`,
    'connects with everyone',
  ),
  f(
    'collector',
    'more merrier decline ignore reject',
    `(?:the more (?:connections|contacts|the merrier)|never (?:decline|ignore|reject|turn down|refuse) (?:a |an |any )?(?:invite|request|connection|invitation)|(?:follow|connect) for (?:follow|connect)|f4f|l4l|follow back)`,
    'collects connections for the number',
    { negatable: false },
  ),
  f(
    'collector',
    'professionals like-minded people',
    `(?:(?:looking|want|wanting|trying|hoping|aim|aiming|like|love)(?: to)?|to|just) (?:connect|network) with (?:more |other |fellow |new )?(?:like-minded |interesting |great |top |successful )?(?:professionals|people|folks|leaders|individuals)(?: (?:in|from|across|around|like you|working in))?`,
    'connects with professionals in general',
  ),
  f(
    'collector',
    'netzwerk',
    `(?:(?:mein|meines|unser)(?: berufliches)? netzwerk(?: ${W}){0,4} (?:erweitern|vergrossern|ausbauen|aus|wachsen)|(?:baue|erweitere|vergrossere)(?: ${W}){0,3} (?:mein|unser) netzwerk|(?:nehme|akzeptiere) (?:jede|alle) (?:anfrage|anfragen|einladung|einladungen|kontaktanfrage|kontaktanfragen))`,
    'connects to grow a network (German)',
  ),
  f(
    'collector',
    'red invitaciones solicitudes',
    `(?:(?:ampliar|ampliando|expandir|expandiendo|crecer|hacer crecer|aumentar|aumentando|extender|extendiendo) (?:mi|nuestra) red|acepto (?:todas las|cualquier) (?:invitaciones|solicitudes|invitacion|solicitud))`,
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
    `(?:i'd|i would|id|i want to|i wanted to|i'd love to|i would love to|i'd like to|i would like to|i wish to)(?: (?:like|love) to)? (?:add you to|join|be part of|be a part of|invite you to|have you in|include you in) (?:my|your) (?:professional |linkedin |business )?(?:network|connections)(?: on linkedin)?`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'connect',
    `(?:let's|lets|let us|shall we|we should|please|happy to|glad to|would love to|i'd love to|i would love to|i'd like to|i would like to|love to|like to|want to|wanted to|hoping to|hope to|keen to|looking forward to|i'm looking forward to|excited to|great to|nice to|pleased to)(?: (?:stay|get|be))? (?:connect|connecting|connected|link up|linking up|network|networking|be connected|stay in touch|keep in touch)(?: (?:with you|with me|here|on linkedin|with each other|together|sometime|soon))*`,
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
    'connect invitation invite',
    `(?:connect with me|(?:i'm|i am) (?:inviting you|sending you (?:an|this) (?:invitation|invite|request)) to connect|(?:sending|sent) (?:you )?(?:a|an|this) (?:connection )?(?:request|invite|invitation)|hope (?:you'll|you will|you'd|you can) (?:accept|connect))`,
    'stock invitation text',
    { negatable: false },
  ),
  f(
    'stock',
    'hinzufugen vernetzen vernetzung netzwerk',
    `(?:(?:ich )?(?:mochte|wurde|will)(?: sie| dich)?(?: gerne?)?(?: (?:sie|dich))? (?:zu )?(?:meinem|meinen) (?:beruflichen |professionellen )?netzwerk(?: auf linkedin)? hinzufugen|lass(?:t|en sie)? uns(?: uns)? vernetzen|(?:ich )?(?:wurde|mochte)(?: mich)?(?: gerne?)? (?:mit (?:ihnen|dir) )?(?:vernetzen|verbinden)|(?:freue mich|freuen uns) (?:uber|auf) (?:die|eine|ihre|deine) vernetzung|(?:mit (?:ihnen|dir) )vernetzen)`,
    'stock invitation text (German)',
    { negatable: false },
  ),
  f(
    'stock',
    'red conectemos conectar acepta',
    `(?:me gustaria (?:agregarte|anadirte|anadirle|agregarle|invitarte) a mi red(?: profesional)?(?: (?:en|de) linkedin)?|me gustaria (?:unirme a|formar parte de) (?:tu|su) red(?: profesional)?|conectemos|me gustaria conectar(?: (?:contigo|con usted))?|acepta(?:r)? mi (?:invitacion|solicitud)(?: de conexion)?)`,
    'stock invitation text (Spanish)',
    { negatable: false },
  ),
  f(
    'stock',
    'reseau connectons accepter connecter',
    `(?:j'aimerais (?:vous|t') ajouter a mon reseau(?: professionnel)?(?: sur linkedin)?|je (?:souhaite|souhaiterais|voudrais|veux) (?:faire partie de|rejoindre|integrer) (?:votre|ton) reseau(?: professionnel)?|connectons-nous|connectons nous|(?:merci d')?accepter ma (?:demande|invitation)(?: de connexion)?|je (?:souhaite|voudrais|souhaiterais|aimerais) (?:me connecter|entrer en contact|etre en contact|vous ajouter) avec (?:vous|toi))`,
    'stock invitation text (French)',
    { negatable: false },
  ),
];

const FILLER: Family[] = [
  f(
    'filler',
    'hope hoping',
    `(?:i )?(?:hope|hoping)(?: (?:that|this|you|you're|you are|all|your|things|it|the|everything))*(?: (?:message|email|note|note finds you|finds you|is|are|going|doing|having|had|been|week|day|weekend|well|good|great|swimmingly|fine|smoothly))+(?: (?:well|good|great|fine|nicely|smoothly|off|to a great start|so far))*`,
    'pleasantry',
    { negatable: false },
  ),
  f('filler', 'how', `how (?:are|is|have) (?:you|things|your|it|life)(?: (?:doing|going|been|week|day))*`, 'pleasantry', { negatable: false }),
  f(
    'filler',
    'happy have enjoy',
    `(?:happy (?:friday|monday|tuesday|wednesday|thursday|weekend|new year|holidays|holiday|birthday)|have (?:a|an) (?:great|nice|good|lovely|wonderful|awesome|fantastic) (?:day|week|weekend|evening|one|friday)|enjoy (?:your|the) (?:day|week|weekend))`,
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
    `(?:nice|pleasure|great|good) to (?:e-?)?meet you|looking forward to (?:hearing from you|your reply|your response|hearing back|it)`,
    'pleasantry',
    { negatable: false },
  ),
];

/** Every phrase family, in one list, grouped by kind. */
export const FAMILIES: readonly Family[] = [
  ...VALUE,
  ...ASKS,
  ...REASONS,
  ...PERSONAL,
  ...REFERENCES,
  ...INTRODUCTIONS,
  ...COLLECTORS,
  ...STOCK,
  ...FILLER,
];
