import { describe, expect, it } from 'vitest';
import { analyze, defaultConfig, parseOutreach, resolveConfig, type SignalId } from '../../shared/src/index.js';
import { W, informal, rx } from '../../shared/src/signals/grammar.js';
import { features } from '../../shared/src/signals/model.js';
import { prepare } from '../../shared/src/signals/text.js';

/** A message and what a careful reader finds in it: signals that must be found, and signals that must not. */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly yes?: readonly SignalId[];
  readonly no?: readonly SignalId[];
  /** Checked with the families alone: what the second opinion may overrule (tests/unit/second-opinion.test.ts). */
  readonly familiesAlone?: boolean;
}

const run = (text: string) => analyze(parseOutreach(text), defaultConfig());
const FAMILIES_ALONE = { ...defaultConfig(), secondOpinion: false };

/**
 * Most cases here are one- or two-sentence near misses aimed at the phrase families, written while the model was silent
 * under 60 n-gram features. It now weighs messages from 30 (tests/corpus/train.ts MIN_FEATURES, measured on twelve
 * rounds' fresh batches: on real messages that short it gains more than it loses), and its reading of a crafted line
 * moves with every retrain. So a case under 60 features checks the families alone; the model's reading of short
 * messages is measured on the corpus, and tests/unit/second-opinion.test.ts checks how it combines.
 */
const MODEL_SILENT_BEFORE = 60;
const familiesCase = (c: Case) => c.familiesAlone || features(prepare(parseOutreach(c.text))).ngrams < MODEL_SILENT_BEFORE;

function check(c: Case): void {
  checkWith(c, familiesCase(c) ? FAMILIES_ALONE : defaultConfig());
}

function checkWith(c: Case, config: ReturnType<typeof defaultConfig>): void {
  const { signals } = analyze(parseOutreach(c.text), config);
  const found = (Object.keys(signals) as SignalId[]).filter((s) => signals[s].found);
  for (const s of c.yes ?? []) expect(found, `${c.name}: expected ${s}`).toContain(s);
  for (const s of c.no ?? []) expect(found, `${c.name}: did not expect ${s}`).not.toContain(s);
}

const NOTE: Case[] = [
  { name: 'empty body', text: '', no: ['note', 'reason', 'leech'] },
  { name: 'greeting only', text: 'Hello Marguerite,\n', no: ['note'] },
  { name: 'LinkedIn default text', text: 'Hi Otto,\n\nI would like to add you to my professional network on LinkedIn.\n\n- Fern', no: ['note', 'reason'] },
  { name: 'join your network', text: "Hey, I'd like to join your LinkedIn network.", no: ['note'] },
  { name: "let's connect with emoji", text: "Let's connect 🙌\nCheers,\nJo", no: ['note'] },
  { name: 'please accept, all caps', text: 'DEAR MADAM, KINDLY ACCEPT MY CONNECTION REQUEST. REGARDS.', no: ['note'] },
  { name: 'pleasantries only', text: 'Hi Sunita, hope your week is going well! Have a lovely weekend.\n\nBest,\nAmit', no: ['note', 'reason'] },
  { name: 'German default text', text: 'Guten Tag Herr Brandl,\n\nich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.\n\nMit freundlichen Grüßen\nPia', no: ['note'] },
  { name: 'terse real line', text: 'Read your note on batching writes in SQLite; would love to compare what we measured.', yes: ['note', 'personal', 'reason'] },
  { name: 'generic sentence is still a note', text: 'Hi Carmen, I believe professionals like us should stick together.', yes: ['note'], no: ['reason', 'personal', 'value'] },
];

const REASON: Case[] = [
  { name: 'researching a topic', text: "Hi Lou, I'm researching how small breweries price their seasonal beers for a trade magazine piece.", yes: ['reason'] },
  { name: 'hiring for a role', text: "Hi Dario, we're hiring a mobile lead in Porto and your name keeps coming up.", yes: ['reason', 'value'] },
  { name: 'just wanted to thank', text: 'Hi Ama, your guide to Terraform state locking saved me a bad Friday. Just wanted to say thank you.', yes: ['reason', 'personal'], no: ['leech'] },
  { name: 'expand my network is not a reason', text: "Hi Ruth, I'm looking to expand my network in the logistics space.", yes: ['collector'], no: ['reason'] },
  { name: 'compliment alone is not a reason', text: 'Loved your episode with the two beekeepers on urban hives!', yes: ['personal'], no: ['reason'] },
  { name: 'synergies are not a reason', text: 'Hello Mr. Abara, let us explore synergies between our organisations.', no: ['reason', 'personal', 'value'] },
  { name: 'French purpose', text: "Bonjour Inès, je vous écris car je prépare un mémoire sur la logistique urbaine à Lyon.", yes: ['reason'] },
  { name: 'Spanish purpose', text: 'Hola Bea, te escribo porque estamos organizando un meetup de Rust en Sevilla y buscamos ponentes.', yes: ['reason'] },
];

const PERSONAL: Case[] = [
  { name: 'named talk', text: 'Your talk at PyCon Lithuania on typed dataframes changed how I teach pandas.', yes: ['personal'] },
  { name: 'their paper with a year', text: 'I read your 2022 paper on peatland carbon flux and have a question about the eddy-covariance setup.', yes: ['personal', 'reason'] },
  { name: 'fellow alum with a named school', text: 'As a fellow Edinburgh alum, I wanted to say hi.', yes: ['personal'] },
  { name: 'same bootcamp', text: 'We went through the same bootcamp in Lagos, two cohorts apart.', yes: ['personal'] },
  { name: 'impressive profile is generic', text: 'Hi Tom, I came across your impressive profile and your great experience in tech.', no: ['personal'] },
  { name: 'we both work in sales is broad', text: "Hi Lena, we're both in sales, so let's connect!", no: ['personal', 'reason'] },
  { name: 'unfilled placeholder detail', text: 'Hi [Name], I loved your recent article on [topic] and would love to connect.', no: ['personal'] },
  { name: 'template slot in a specific sentence', text: '---\nvars:\n  postTitle: retry budgets\n---\nHi there, your post on {{postTitle}} made our on-call rota calmer.', yes: ['personal'] },
  { name: 'specific finding about their site', text: "Hi Zoe, your checkout page throws a 500 when the postcode has a space (tried it twice this morning).", yes: ['personal'] },
  { name: 'title alone is not personal', text: 'Congrats on becoming Director of Operations at Pallet Co!', yes: ['reason'], no: ['personal'] },
  { name: 'German named talk', text: 'Hallo Jan, Ihr Vortrag auf der Data Council über Feature Stores war großartig.', yes: ['personal'] },
];

const VALUE: Case[] = [
  { name: 'happy to share data', text: "Happy to share our latency numbers from the migration if that's useful.", yes: ['value'] },
  { name: 'and would gladly share', text: "I'm moving our pipeline to Flink and would gladly share our benchmark notes.", yes: ['value'] },
  { name: 'and would not share is no offer', text: "We ran the benchmark last year but I would not share those numbers outside the team.", no: ['value'] },
  { name: 'I can introduce you', text: 'I can introduce you to the two people who run procurement at Halden.', yes: ['value'] },
  { name: 'return the favour', text: 'Would you have a look at my thesis outline? Happy to return the favour any time.', yes: ['value'], no: ['leech'] },
  { name: 'self-description is not value', text: 'I have 15 years of experience in supply chain and a passion for excellence.', no: ['value'] },
  { name: 'mutual benefit is not value', text: 'I think we could benefit each other greatly.', no: ['value'] },
  { name: 'product pitch phrased as help', text: 'We help clinics cut no-shows by 30%. Our platform automates reminders. Free for a quick call?', yes: ['leech'], no: ['value'] },
  { name: 'free audit counts', text: "We'd be glad to run a free accessibility audit of your signup flow, no strings attached.", yes: ['value'], no: ['leech'] },
  { name: 'I don\'t have anything to offer', text: "I don't have anything to offer you in return, but could you look over my portfolio?", yes: ['leech'], no: ['value'] },
  { name: 'paying for time', text: "I'd pay your standard rate for an hour of your time.", yes: ['value'] },
  { name: 'offer as a question', text: 'Would it help if I sent you our benchmark spreadsheet?', yes: ['value'] },
  { name: 'Spanish offer', text: 'Con gusto te comparto los datos de nuestro piloto, por si te sirven.', yes: ['value'] },
  { name: 'German offer', text: 'Gerne schicke ich Ihnen unsere Auswertung.', yes: ['value'] },
];

const REFERENCE_AND_INTRO: Case[] = [
  { name: 'relation plus name', text: 'My former manager Ines Duarte speaks very highly of you.', yes: ['reference'] },
  { name: 'name from your team', text: 'Pilar Gómez from your data team mentioned you are rebuilding the pipeline.', yes: ['reference'], no: ['introduction'] },
  { name: 'mutual connection count is not a reference', text: 'We have 31 mutual connections, so I thought I would say hello.', no: ['reference'] },
  { name: 'unnamed colleague is not a reference', text: 'A colleague of yours suggested I reach out about the tender.', no: ['reference', 'introduction'] },
  { name: 'suggested I write', text: 'Anselm Roth suggested I write to you about cold-chain sensors.', yes: ['introduction', 'reference', 'reason'] },
  { name: 'gave me your email', text: 'Kofi Mensah gave me your email after the panel last night.', yes: ['introduction', 'reference'] },
  { name: 'thanks for the intro', text: 'Thanks for the intro, Bilal! Moving you to bcc.\n\nNia, lovely to meet you.', yes: ['introduction'] },
  { name: 'asks a friend for a named intro', text: "Hey Sol! Random one: could you introduce me to Maya Lindqvist? No worries if not.", yes: ['introduction'], no: ['leech', 'reference'] },
  { name: 'asks a stranger for a named intro', text: 'Hi Peter, I see you know Hana Sato at Figma. Could you introduce me to her?', yes: ['introduction', 'leech'] },
  { name: 'asks a stranger for an unnamed intro', text: 'Could you introduce me to someone on your recruiting team?', yes: ['leech'], no: ['introduction'] },
  { name: 'someone only the sender knows', text: 'Our design lead, Marta, and I built the prototype over a weekend.', no: ['reference'] },
  { name: 'via in front matter', text: "---\nvia: Lotte Vos\n---\nHi Bram, I'd like to add you to my professional network.", yes: ['introduction'], no: ['note'] },
  { name: 'front matter mutual named with relation', text: '---\nmutual:\n  - name: Keanu Rivera\n    relation: my old flatmate\n---\nHi Ola, Keanu Rivera and I shared a flat in Leeds for three years.', yes: ['reference'] },
  { name: 'French pointed here', text: 'Bonjour Paul, Claire Martin m’a conseillé de vous contacter au sujet du recyclage des batteries.', yes: ['introduction', 'reference'] },
];

const COLLECTOR: Case[] = [
  { name: 'open networker', text: 'Proud open networker, I never decline an invite.', yes: ['collector'] },
  { name: 'number chasing', text: 'Help me hit 10k connections before June!', yes: ['collector'] },
  { name: 'negated collecting', text: "I'm not trying to grow my network for the sake of it; your thread on sourdough hydration helped me a lot.", no: ['collector'], yes: ['personal'] },
  { name: 'network in another sense', text: "I'm a network engineer at a regional ISP and your BGP talk was great.", no: ['collector'] },
  { name: 'Spanish collector', text: 'Estoy ampliando mi red de contactos, ¡acepto todas las invitaciones!', yes: ['collector'] },
];

const LEECH: Case[] = [
  { name: 'referral ask to a stranger', text: 'Hi Mo, could you refer me for the data analyst opening on your team?', yes: ['leech', 'reason'] },
  { name: 'endorsement ask', text: 'Would you mind endorsing me for Kubernetes? Thanks!', yes: ['leech'] },
  { name: 'pick your brain', text: "I'd love to pick your brain about pricing sometime.", yes: ['leech'] },
  { name: 'coffee sometime is not a leech', text: "Let's grab a coffee sometime when you're in town.", no: ['leech'] },
  { name: 'ask with a real offer', text: 'Could you share your onboarding checklist? In exchange I can send you ours, which covers SOC 2.', yes: ['value'], no: ['leech'] },
  { name: 'job hunt without a favour', text: 'I am currently looking for new opportunities in data science.', yes: ['reason'], no: ['leech'] },
  { name: 'cover letter', text: 'I am writing to express my interest in the Junior Analyst position. My CV is attached.', yes: ['leech'] },
  { name: 'survey', text: 'Please fill out our 10-minute survey on hybrid work.', yes: ['leech'] },
  { name: 'demo', text: 'Do you have 20 minutes next week for a demo of Shipwise?', yes: ['leech', 'reason'] },
];

const NEGATION_AND_QUESTIONS: Case[] = [
  { name: 'not looking for a job', text: "I'm not looking for a job or a referral; I just enjoyed your essay on flaky tests.", no: ['leech'], yes: ['personal'] },
  { name: 'I don\'t want anything from you', text: "I don't want anything from you. Your Rust course got me my first job, thank you.", no: ['leech'], yes: ['reason'] },
  { name: 'I can help you is an offer', text: 'If your team needs load-testing help, I can help you set it up.', yes: ['value'], no: ['leech'] },
  { name: 'can you help me is an ask', text: 'Can you help me get an interview at your company?', yes: ['leech'], no: ['value'] },
  { name: 'are you happy to share is an ask, not an offer', text: 'Are you happy to share your slides from the meetup?', no: ['value'] },
  { name: 'no need to reply', text: 'No need to reply. Your keynote on accessible maps was the highlight of my week.', yes: ['personal'], no: ['leech'] },
];


/** More phrasings, written to probe how far the phrase families generalise: [message, found, not found]. */
const PHRASINGS: [string, SignalId[], SignalId[]][] = [
  ["Hi Omar, I got your name from Beatriz Alves, who I worked with at Nubank. She thought you'd be the best person to ask about Pix fraud rules.", ['reference', 'introduction', 'reason'], ['leech']],
  ["Hello Ms. Park, I'm a friend of Daniel Cho's from grad school; he said you might be open to a quick question about lab automation.", ['reference', 'introduction'], []],
  ["Hi Rui, following Ana Lopes's introduction last week, I wanted to send over the spec we discussed.", ['introduction', 'reference'], []],
  ["Hi Tess — Marcus Webb (we were on the same rowing team at Oxford) mentioned you're rebuilding the ML platform at Wayfair.", ['reference'], ['introduction']],
  ["Dear Dr. Feld, my supervisor Prof. Aiko Mori asked me to contact you regarding the shared cryo-EM time.", ['reference', 'introduction'], []],
  ["Hey Jonah, your cousin Lily said you're the person to talk to about surfboard shaping in Ericeira.", ['reference', 'introduction'], []],
  ["Hi Greta, I believe we both know Tomasz Nowak — he and I co-founded Parcel Labs. He suggested we talk.", ['reference', 'introduction'], []],
  ["Hi Lea, Sam mentioned your name when I asked who knows the most about EU battery regulation.", ['reference', 'introduction'], []],
  ["Hi Chen, I'm writing on behalf of my colleague Rita Gomes, who met you at the Lisbon summit.", ['reference'], []],
  ["Hi Paul, I saw your comment under Marta Ruiz's post about on-call pay.", ['personal'], ['reference']],
  ["Hi Fatou, Elon Musk says first principles matter. I agree! Let's connect.", [], ['reference', 'introduction']],
  ["Hi Bram, my colleague Jeroen and I are building a pricing tool for ferries.", [], ['reference']],
  ["Hi Iris, I loved your recent post — especially the part about writing postmortems for near misses.", ['personal'], []],
  ["Hi Kai, I've been using your open-source timezone library for two years; it just works.", ['personal'], []],
  ["Hi Sara, I was at your workshop at RightsCon on digital security for journalists.", ['personal'], []],
  ["Hi Ben, we met briefly at the Figma Config afterparty last month.", ['personal', 'reason'], []],
  ["Hi Noah, I admire the way you rebuilt the onboarding flow at Monzo.", ['personal'], []],
  ["Hi Mia, I noticed we both went to Bocconi and both started in consulting.", ['personal'], []],
  ["Hi Luca, congratulations on shipping the 2.0 release of Tauri!", ['personal', 'reason'], []],
  ["Hi Zara, your experience in product management is impressive.", [], ['personal']],
  ["Hi Sven, I came across your profile and your work at Spotify.", [], ['personal']],
  ["Hi Eva, if it's useful I can share the checklist we use for SOC 2 audits.", ['value'], ['leech']],
  ["Hi Raj, I know a couple of investors who focus on climate hardware and would be glad to introduce you.", ['value'], []],
  ["Hi Yuki, let me know how I can help with the launch.", ['value'], []],
  ["Hi Ivan, I wrote a guide on migrating from Heroku that might help your team.", ['value'], []],
  ["Hi Ola, we'd cover your travel and hotel if you can speak at our meetup in May.", ['value', 'reason'], ['leech']],
  ["Hi Dana, I'm hoping you could forward my CV to your hiring manager.", ['leech'], ['value']],
  ["Hi Tom, any advice would be greatly appreciated as I start my job search.", ['leech'], []],
  ["Hi Lars, is your team hiring? I'd love to join.", ['leech'], []],
  ["Hi Ana, would you be willing to review my pitch deck before Friday?", ['leech'], []],
  ["Hi Nils, could you spare 15 minutes to chat about breaking into UX?", ['leech', 'reason'], []],
  ["Hi Hugo, check out our new app and leave a review on the App Store!", ['leech'], []],
  ["Hi Mei, it would mean a lot if you could endorse me for Python.", ['leech'], []],
  ["Hi Jo, would you mind making an intro to Priya Shah at Monzo? No pressure at all.", ['introduction'], ['leech', 'reference']],
  ["Hi Paolo, do you know Karin Ek well enough to introduce us?", ['introduction'], ['reference']],
  ["Hi! I'm connecting with as many founders as possible this year.", ['collector'], []],
  ["Building my network one connection at a time 🚀", ['collector'], []],
  ["Hi Aditi, Rohan Mehta from your analytics team told me you run the experimentation platform.", ['reference'], ['introduction']],
  ["Hi Soren, Lisa Holm recommended you as someone who really knows Danish tax law.", ['reference', 'introduction'], []],
  ["Hello Dr. Obi, Prof. Hannah Weiss encouraged me to get in touch about your malaria vaccine trial.", ['reference', 'introduction', 'personal'], []],
  ["Hi Kim, our mutual friend Jae-won Lee thought we should meet.", ['reference', 'introduction'], []],
  ["Hi Abel, I was referred to you by Ruth Tadesse at Ethio Telecom.", ['reference', 'introduction'], []],
  ["Hi Nora, Jakub Novak cc'd here, introduced us over email last week.", ['reference', 'introduction'], []],
  ["Hi Ines, Pedro said you were looking for a React developer, so here I am! My portfolio is attached.", ['reference', 'leech'], ['value']],
  ["Hola Carlos, Marta Vidal me habló muy bien de ti y me animó a escribirte.", ['reference', 'introduction'], []],
  ["Bonjour Julie, c'est Thomas Petit qui m'a donné votre adresse.", ['reference', 'introduction'], []],
  ["Hallo Stefan, Anna Weber meinte, ich solle mich bei dir melden.", ['reference', 'introduction'], []],
  ["Hi Mark, I'm reaching out because I'm a fan of your company.", [], ['personal', 'reference']],
  ["Hi Sam, Taylor Swift's new album is great, isn't it? Anyway, let's connect.", [], ['reference', 'introduction', 'personal']],
  ["Hi Jess, your Kaggle notebook on survival curves taught me more than my stats class.", ['personal'], []],
  ["Hi Omar, I listened to your interview on the Changelog and loved the bit about boring technology.", ['personal'], []],
  ["Hi Lin, I see you also did your PhD at Delft, I was in the same department a few years later.", ['personal'], []],
  ["Hi Dev, I read your tweet about migrating to Postgres 16 and had the same issue with logical replication.", ['personal'], []],
  ["Hi Rosa, I follow your work and find it inspiring.", [], ['personal']],
  ["Hi Eli, I've watched all your YouTube videos on woodworking joints.", ['personal'], []],
  ["Hi Ana, I'd be glad to give your team a free workshop on accessibility testing.", ['value'], ['leech']],
  ["Hi Ben, happy to hop on a call and walk you through our data model if that's helpful.", ['value'], ['leech']],
  ["Hi Kat, I can put you in touch with our head of partnerships if you're exploring integrations.", ['value'], []],
  ["Hi Ray, I'm looking for a mentor in data engineering. Would you be my mentor?", ['leech', 'reason'], []],
  ["Hi Ola, please share my job post with your network, we're hiring nurses.", ['value', 'reason'], []],
  ["Hi Eric, I'd love your feedback on our landing page, it's at acme.io.", ['leech'], []],
  ["Hi Sue, are there any internships available at your lab this summer?", ['leech', 'reason'], []],
  ["Hi Vic, let me know if you'd like the full dataset, it's free to use.", ['value'], ['leech']],
  ["Hi Lou, I run a newsletter with 20k readers and would love to feature your project next week.", ['value', 'reason'], ['leech']],
  ["Hey, buy my ebook on LinkedIn growth hacks, only $9!", ['leech'], ['value']],
  ["Hi Tom, I'm a recent graduate passionate about marketing.", [], ['reason', 'value']],
  ["Hi Nina, just following up.", [], ['reason']],
  ["Hi Raj, I'm putting together a panel on AI in radiology for MedTech Week and would love you to speak.", ['reason'], []],
  ["Ciao Giulia, ho letto il tuo articolo su Wired sulla mobilità elettrica e mi è piaciuto molto. Sto preparando una tesi sullo stesso tema: ti andrebbe di fare due chiacchiere?", ['personal', 'reason', 'leech'], []],
  ["Olá Pedro, o nosso amigo em comum João Silva sugeriu que eu lhe escrevesse sobre o projeto de energia solar.", ['reference', 'introduction'], []],
  ["Hoi Eva, Bas de Vries raadde me aan je te mailen over jullie onderzoek naar waterstof.", ['reference', 'introduction'], []],
  ["Hallo Frau Koch, ich bin auf Jobsuche im Bereich Controlling. Können Sie mich weiterempfehlen?", ['leech', 'reason'], []],
  ["Bonjour Marc, je serais ravi de vous envoyer notre étude sur le marché du vélo cargo, sans engagement.", ['value'], ['leech']],
  ["Hola Ana, ¿me podrías recomendar para el puesto de analista? Te adjunto mi CV.", ['leech'], ['value']],
  ["HEY MATE, LOVED YOUR TALK AT RUBYCONF ON CONCURRENCY. HAPPY TO SHARE OUR BENCHMARKS IF USEFUL.", ['personal', 'value'], ['leech']],
  ["hi! im looking for a job pls refer me", ['leech', 'reason'], []],
  ["Dear Sir/Madam, I am writing to apply for the position of Accountant. Please find my resume attached.", ['leech', 'reason'], ['personal']],
  ["Hi Lena, I don't need anything, I just wanted to say your book on negotiation helped me get a raise.", ['personal', 'reason'], ['leech']],
  ["Hi Max, no referral needed, I already applied. I'm just curious how your team approaches code review.", ['reason'], []],
  ["Hi Ali, I'm not selling anything. I run a small charity and we'd love a volunteer mentor for one evening a month.", ['reason'], []],
  ["Hi there, Dear Connection, I hope this message finds you well.", [], ['note']],
  ["Hi Bob,\n\nThanks!\n\nRegards,\nAlice", [], ['note']],
  ["Greetings of the day! I would like to connect with you.", [], ['note']],
  ["Hi Sam, please consider me for any open roles on your team.", ['leech'], []],
  ["Hi Priya, we met at the Women in Tech dinner in Austin on Thursday — I was the one with the robot arm demo.", ['personal', 'reason'], []],
  ["Hi Tom, would you like to grab a coffee sometime?", [], ['leech', 'reason']],
  ["Hi Amara, I'm a LION and always happy to connect!", ['collector'], []],
  ["Hi Juan, I don't collect contacts; I'm writing because your thread on Kafka rebalancing saved our weekend.", ['personal', 'reason'], ['collector']],
  ["Hi Gabe, the chapter on queueing theory in your SRE book finally made Little's law click for me.", ['personal'], []],
  ["Hi Ines, your keynote yesterday was fantastic.", ['personal'], []],
  ["Hi Mo, your GitHub Action for caching Gradle builds cut our CI time in half.", ['personal', 'reason'], []],
  ["Hi Aya, you gave me great advice at the Grace Hopper career fair two years ago, and I took it.", ['personal'], []],
  ["Hi Tamsin, like you I moved from teaching into instructional design.", ['personal'], []],
  ["Hi Felix, you and I were both at Shopify's Berlin office in 2019, though we never met.", ['personal'], []],
  ["Hi June, your Substack piece arguing against story points is now pinned in our team channel.", ['personal'], []],
  ["Hi Leo, I'm a fellow member of the Bristol Cycling Campaign.", ['personal'], []],
  ["Hi Kai, congrats on the acquisition by Atlassian!", ['personal', 'reason'], []],
  ["Hi Sara, your company is doing great things.", [], ['personal']],
  ["Hi Jim, I see you're in fintech too!", [], ['personal']],
  ["Hi Eva, I saw your recent promotion, congratulations!", ['reason'], ['personal']],
  ["Hi Ada, I've put together a list of 40 grant funders for open-source tools; want it?", ['value'], []],
  ["Hi Ian, I'd gladly share what worked (and what didn't) when we moved to usage-based pricing.", ['value'], []],
  ["Hi Jo, I can review your conference talk proposal if you'd like a second pair of eyes.", ['value'], []],
  ["Hi Ravi, we're offering a free 3-month pilot to the first five hospitals.", ['value'], ['leech']],
  ["Hi Mae, I'm happy to be a sounding board whenever you need one.", ['value'], []],
  ["Hi Tim, my team built a Terraform module for exactly this; it's open source and yours to use.", ['value'], []],
  ["Hi Kat, I'm launching on Product Hunt tomorrow, an upvote would mean the world!", ['leech'], []],
  ["Hi Dom, I'd really value 20 minutes of your time to learn how you built your sales team.", ['leech', 'reason'], []],
  ["Hi Zoe, can I ask you a few questions about working at Canva?", ['leech'], []],
  ["Hi Yves, would your company be interested in our bookkeeping services?", ['leech', 'reason'], []],
  ["Hi Bea, I'm looking to break into product management and would love any tips you have.", ['leech', 'reason'], []],
  ["Hi Ali, could you take a quick look at my LinkedIn profile and tell me what to improve?", ['leech'], []],
  ["Hi Ula, I'm preparing a talk on mobile accessibility and wanted to ask about your audit method.", ['reason'], []],
  ["Hi Wes, I'm moving to Denver next month and starting a role at a climate startup there.", ['reason'], []],
  ["Hi Nia, my co-founder and I are exploring the elder-care market in Kenya.", ['reason'], []],
];

describe('signals: note', () => it.each(NOTE)('$name', check));
describe('signals: reason', () => it.each(REASON)('$name', check));
describe('signals: personal', () => it.each(PERSONAL)('$name', check));
describe('signals: value', () => it.each(VALUE)('$name', check));
describe('signals: reference and introduction', () => it.each(REFERENCE_AND_INTRO)('$name', check));
describe('signals: collector', () => it.each(COLLECTOR)('$name', check));
describe('signals: leech', () => it.each(LEECH)('$name', check));
describe('signals: negation and questions', () => it.each(NEGATION_AND_QUESTIONS)('$name', check));

describe('signals: more phrasings', () => {
  // What the phrase families read (the trained model is tested in second-opinion.test.ts; retrained each round, it may
  // set one of these aside: it was 99 % sure the Italian "ti andrebbe di fare due chiacchiere?" asked nothing)
  it.each(PHRASINGS)('%s', (text, yes, no) => checkWith({ name: text.slice(0, 40), text, yes, no }, FAMILIES_ALONE));
});

describe('signals: high-profile recipients', () => {
  const hp = (fm: string) => run(`---\n${fm}\n---\nHi,\n`).highProfile;
  it.each([
    ['role: CEO', true],
    ['role: Co-founder & CTO', true],
    ['role: VP of Sales', true],
    ['role: General Partner', true],
    ['role: Head of Design', true],
    ['role: Managing Director', true],
    ['role: Professor of Chemistry', true],
    ['role: Chief Revenue Officer', true],
    ['role: Software Engineer', false],
    ['role: Partner Manager', false],
    ['role: Assistant Professor', false],
    ['role: Chief of Staff', false],
    ['role: Associate Director', false],
  ] as const)('%s -> %s', (role, expected) => {
    expect(hp(`to:\n  ${role}`).value).toBe(expected);
  });
  it('front matter wins over the role', () => {
    expect(hp('to:\n  role: CEO\n  highProfile: false')).toMatchObject({ value: false });
    expect(hp('to:\n  role: Intern\n  highProfile: true')).toMatchObject({ value: true });
  });
  it('says why', () => {
    expect(hp('to:\n  role: VP Engineering').why).toMatch(/VP/);
  });
});

describe('signals: structure and evidence', () => {
  it('finds the greeting and the sign-off', () => {
    const text = 'Hi Dana,\n\nYour talk on fleet robotics at RoboConf was great.\n\nBest,\nSam Ortiz\n';
    const a = run(text);
    expect(text.slice(a.greeting!.start, a.greeting!.end)).toBe('Hi Dana,');
    expect(text.slice(a.signoff!.start, a.signoff!.end)).toBe('Best,\nSam Ortiz');
  });

  it('gives each evidence its exact text and a plain reason', () => {
    const text = '---\nchannel: email\n---\nHi Noor,\n\nI could send you our failure log from the pilot. Could you refer me to your hiring manager?\n';
    // The families' evidence (the model, which weighs messages from 30 features, overrules this offer).
    const a = analyze(parseOutreach(text), FAMILIES_ALONE);
    for (const list of [a.asks, a.stock, ...Object.values(a.signals).map((s) => s.evidence)]) {
      for (const e of list) {
        expect(text.slice(e.span.start, e.span.end).trim()).toBe(e.text);
        expect(e.why.length).toBeGreaterThan(3);
      }
    }
    expect(a.signals.value.evidence[0]?.why).toMatch(/offers/);
    expect(a.asks.length).toBeGreaterThan(0);
  });

  it('reports stock text as stock', () => {
    const a = run("Hi Jo, let's connect!");
    expect(a.stock.map((e) => e.text.toLowerCase())).toContain("let's connect");
  });

  it('says whether each front-matter mutual is named, and with the relation', () => {
    const text = '---\nmutual:\n  - name: Sam Ortiz\n    relation: my former teammate\n  - name: Lena Ruiz\n---\nHi Dana, Sam sends his best.\n';
    const a = run(text);
    expect(a.mutuals).toHaveLength(2);
    expect(a.mutuals[0]).toMatchObject({ name: 'Sam Ortiz' });
    expect(a.mutuals[0]!.mention).toBeDefined();
    expect(a.mutuals[1]).toMatchObject({ name: 'Lena Ruiz', relationStated: false });
    expect(a.mutuals[1]!.mention).toBeUndefined();
  });

  it('counts configured phrases as evidence', () => {
    const config = resolveConfig([{ phrases: { value: ['our playbook is yours to borrow'], leech: ['hook me up'] } }]);
    const value = analyze(parseOutreach('Hi Ivo, our playbook is yours to borrow.'), config);
    expect(value.signals.value.found).toBe(true);
    expect(value.signals.value.evidence.some((e) => /configured/.test(e.why))).toBe(true);
    const leech = analyze(parseOutreach('Hi Ivo, can you hook me up with your VP?'), config);
    expect(leech.signals.leech.found).toBe(true);
  });

  it('reads text in ALL CAPS and with typos', () => {
    check({ name: 'caps', text: 'HI RAJ, COULD YOU REFER ME FOR THE QA ROLE?', yes: ['leech'] });
    check({ name: 'typos', text: 'hey, saw ur talk at jsconf abt signals, wud love to pick ur brain', yes: ['personal', 'leech'] });
  });

  it('never throws on odd input', () => {
    for (const text of ['---\n---\n', '{{', '[]', '\u0130\u0130\u0130 SELAM', 'a'.repeat(5000), '\n\n\n', '<!-- only a comment -->']) {
      expect(() => run(text)).not.toThrow();
    }
  });
});

// Names written without meaningful capitals, relations around names, and who pointed whom (tune3 round).
const NAMES_ANY_CASE: Case[] = [
  { name: 'lower case: mutual says you are the one to ask', text: "hey lin, tobias said you're the one to ask about our s3 bill. got 10 min this week?", yes: ['reference', 'introduction'] },
  { name: 'lower case: relation, comma, name', text: 'hi omar, your old flatmate from leeds, grace, passed on your name. she says you know everything about rota software.', yes: ['reference', 'introduction'] },
  { name: 'lower case: common words are not names', text: "hi omar, everyone said you're the person to ask about rota software. my manager said the same.", no: ['reference', 'introduction'] },
  { name: 'lower case: the team said', text: "hey, the team said you'd be the right person for payroll questions.", no: ['reference'] },
  { name: 'ALL CAPS: full name gave me your email', text: 'HELLO BEA, TOMAS NOVAK GAVE ME YOUR EMAIL AND SAID YOU ARE THE PERSON TO ASK ABOUT CRANE PERMITS.', yes: ['reference', 'introduction'] },
  { name: 'ALL CAPS: openings in your company name no one', text: 'SIR ANY OPENINGS IN YOUR COMPANY? PLEASE REFER ME.', no: ['reference'] },
  { name: 'Title case text keeps needing capitals', text: 'Hi Lin, the data said you might know about S3 pricing.', no: ['reference'] },
  { name: 'affiliation with a place: from your old team at X', text: 'Hi Rui, Marta Gil from your old team at Farfetch said you are the right person to ask about size prediction.', yes: ['reference', 'introduction'] },
  { name: 'greetings from a mutual with an affiliation', text: 'Hi Ana, I run payments at Koto.\n\nP.S. Jonas Weber from your Klarna days says hello!', yes: ['reference'] },
  { name: 'Irish particle in a name', text: 'Hi Owen, Aoife Ní Dhuill suggested I reach out about your grant-writing course.', yes: ['reference', 'introduction'] },
  { name: 'shared manager', text: 'Hi Kai, we both report to Marisa Lopes now, so I wanted to say hello before the offsite.', yes: ['reference'] },
  { name: 'possessive: the mutual\'s old classmate here', text: "Hi Nell, Ravi's old classmate here! I'm starting a bakery in Hove and would love to hear how you found your first wholesale customers.", yes: ['reference'] },
  { name: 'met at a mutual\'s party', text: "Hi Joe, we met at Clara Benz's birthday dinner in May and talked about your bike courier co-op. I'd love to hear how it's going.", yes: ['reference'] },
  { name: 'remember a mutual', text: 'Hi Sara, do you remember Luis Ortega from the Bilbao office? He is my uncle, and he suggested I write to you about apprenticeships.', yes: ['reference', 'introduction'] },
  { name: 'elided subject: mentioned ... and suggested', text: 'Hi Bo, Priya Das mentioned you two built the search team at Etsy and suggested I get in touch.', yes: ['reference', 'introduction'] },
  { name: 'pronoun vouches for the recipient', text: "Hi Eve, Marco Testa, my manager at Bending Spoons, swears you're the best growth analyst he ever hired.", yes: ['reference', 'introduction'] },
  { name: 'pronoun: a great person to ask', text: 'Hi Al, my aunt Rosa Lima sat on your board and said you would be a great person to ask about co-op housing.', yes: ['reference', 'introduction'] },
  { name: 'news about the recipient is not an introduction', text: 'Hi Ida, Kemal Aydin mentioned you are moving to Izmir next spring. I did the same move last year.', yes: ['reference'], no: ['introduction'] },
  { name: 'German: name, aside, meinte du wärst die richtige', text: 'Hallo Uwe, Petra Lang (wir waren zusammen bei SAP) meinte, du wärst der richtige Ansprechpartner für Lagerlogistik.', yes: ['reference', 'introduction'] },
  { name: 'German: hat mir Ihren Kontakt gegeben', text: 'Guten Tag Frau Roth, Herr Dr. Jens Falk hat mir Ihren Kontakt gegeben.', yes: ['reference', 'introduction'] },
  { name: 'German lower case: soll mich mal bei dir melden', text: 'hey tim, der jonas aus deinem alten team meinte, ich soll mich mal bei dir melden wegen der app.', yes: ['reference', 'introduction'] },
  { name: 'Spanish: me ha dado tu contacto', text: 'Hola Ana, Lucía Prats me ha dado tu contacto. Estamos montando un equipo de datos en Valencia.', yes: ['reference', 'introduction'] },
  { name: 'Spanish: verb before the name', text: 'Hola Leo, me dijo Marta Ferrer que buscas diseñadores para tu estudio.', yes: ['reference'], no: ['introduction'] },
  { name: 'Spanish: soy compañera de', text: 'Hola Iker, soy compañera de Ane Etxeberria en Kutxa; ella me habló de ti.', yes: ['reference'] },
  { name: 'asks a friend: could you put us in touch?', text: 'Hi Jo! You know Tariq Aziz from Monzo, right? Could you put us in touch?', yes: ['introduction'] },
  { name: 'asks for an intro to a named relative', text: "Hi Mo, could you introduce me to your brother's business partner, Dev Rao?", yes: ['introduction'] },
  { name: 'French: asking to meet someone unnamed is no introduction', text: "Bonjour, pourriez-vous me présenter à quelqu'un de votre équipe achats ?", no: ['introduction'] },
];

describe('signals: names in any case, relations and go-betweens', () => it.each(NAMES_ANY_CASE)('$name', check));

// Offers, asks and commonalities written in more ways (tune3 round).
const OFFERS_ASKS_COMMONALITIES: Case[] = [
  { name: 'if your team needs anything, ping me', text: 'Hi Rob, I run the billing service next door. If your team needs anything from our invoices API, ping me directly.', yes: ['value'] },
  { name: 'shout if you want access', text: 'hi lea, shout if you want access to our grafana boards for the checkout service.', yes: ['value'] },
  { name: 'German: ich schicke dir gern', text: 'Hallo Ute, ich schicke dir gern unsere Checkliste für die Umstellung.', yes: ['value'] },
  { name: 'German: würde Ihnen gern ... anbieten', text: 'Guten Tag Herr Paul, ich würde Ihnen gern eine bezahlte Gutachterrolle anbieten.', yes: ['value'] },
  { name: 'German: ich revanchiere mich', text: 'Hi Jan, könntest du mir kurz helfen? Ich revanchiere mich gern.', yes: ['value'], no: ['leech'] },
  { name: 'Spanish: te puedo pasar', text: 'Hola Sara, te puedo pasar los datos de tráfico de la zona si te sirven.', yes: ['value'] },
  { name: 'French: future tense offer', text: 'Bonjour Luc, je vous enverrai volontiers notre étude complète.', yes: ['value'] },
  { name: 'paid mission in French', text: 'Bonjour Léa, je cherche une formatrice pour une mission rémunérée de deux semaines à Lille.', yes: ['value'] },
  { name: 'day rate and budget', text: 'Hi Tam, are you taking on contract work in May? The day rate is flexible and we have a budget for six weeks.', yes: ['value'], no: ['leech'] },
  { name: 'walk your devs through it', text: 'Hi Ola, your sign-up form drops the plus sign in emails. Happy to walk your devs through the fix.', yes: ['value'] },
  { name: 'something to donate', text: "hey, i've got 40 old laptops from our office to donate if your club wants them", yes: ['value'] },
  { name: 'introducer leaves the two to it', text: "Ana, meet Bruno, who runs the Porto food bank. I'll let you two take it from here!", yes: ['value'] },
  { name: 'numbers promised are a pitch, not help', text: 'Hi Ed, our agency can help you make 40% more sales this quarter. Book a call with me.', yes: ['leech'], no: ['value'] },
  { name: 'questionnaire is a resource, questions are not', text: "Hi Po, I'll send you the security questionnaire we built for vendors.", yes: ['value'] },
  { name: 'throwing a hat in is applying', text: "Hi Ken, I heard you're hiring a data engineer. I'd love to throw my hat in.", yes: ['leech'] },
  { name: 'is the company hiring?', text: 'Hi Vic, we both work in logistics. Is Flexport hiring?', yes: ['leech'] },
  { name: 'your take on my portfolio', text: 'Hi Ro, I would love your take on my portfolio before I apply.', yes: ['leech'] },
  { name: 'intro asked to sell to the target', text: 'Hi Flo, you know Ida Berg at Vattenfall. Could you introduce me? I want to pitch her our meter software.', yes: ['introduction', 'leech'] },
  { name: 'asking a friend, catch-up tone', text: "Hi Tess, how have you been? You worked with Omar Said at Careem, right? Could you put us in touch?", yes: ['introduction'], no: ['leech'] },
  { name: 'the one who built it', text: "Hi Ben, Jo said you're the one who built the dispatch simulator at Bolt.", yes: ['personal'] },
  { name: 'their named project in apposition', text: 'Hi Kim, I wrote a Postgres adapter for Tansy, your open-source feature-flag server.', yes: ['personal'] },
  { name: 'a course taken together', text: 'Hi Ali, we did the Arabic evening course together at SOAS last spring!', yes: ['personal'] },
  { name: 'on your old team', text: 'Hi Meg, I was on your squad at Ocado in 2019, sitting by the window.', yes: ['personal'] },
  { name: 'broad field with a modifier is no commonality', text: "Hi Mo, we're both in enterprise sales, so let's connect.", no: ['personal'] },
  { name: 'Spanish broad field is no commonality', text: 'Hola Eva, los dos trabajamos en retail. ¡Conectemos!', no: ['personal'] },
  { name: 'racing to a number', text: 'Hi Jay, racing to 5k connections this year, connecting!', yes: ['collector'] },
];

describe('signals: offers, asks and commonalities in more words', () => it.each(OFFERS_ASKS_COMMONALITIES)('$name', check));

describe('signals: asks for time, advice and jobs in more words', () =>
  it.each<Case>([
    { name: 'any chance you would have 15 minutes', text: 'Hi Noor, Dana says you know the Lagos licensing rules. Any chance you would have 15 minutes this week?', yes: ['leech'] },
    { name: 'would value ten minutes', text: 'Hi Per, I am moving to Oslo and would value 10 minutes on how the design market looks there.', yes: ['leech'] },
    { name: 'could I ask how', text: 'Hi Lou, could I ask how you got your SOC 2 done in three months?', yes: ['reason', 'leech'] },
    { name: 'Spanish: pasarle mi CV', text: 'Hola Juan, ¿podrías pasarle mi CV a tu jefa?', yes: ['leech'] },
    { name: 'French: introduce me to someone on your team', text: "Bonjour Marc, pourriez-vous me présenter à quelqu'un de votre service achats ?", yes: ['leech'], no: ['introduction'] },
    { name: 'an application to their opening', text: "Hi Eli, I heard you're looking for a backend developer. I have five years of Go experience. Let me know!", yes: ['reason', 'leech'] },
    { name: 'a recruiter naming an opening is no application', text: "Hi Eli, I heard you're looking for a backend developer. I can introduce you to two strong Go engineers I placed last year.", yes: ['value'], no: ['leech'] },
  ])('$name', check));

describe('signals: more ways to name someone both know', () =>
  it.each<Case>([
    { name: 'thought you two should talk', text: 'Hi Ros, Femi Bello thought you two should talk about cold storage in Lagos.', yes: ['reference', 'introduction'] },
    { name: 'present tense: I work with', text: 'Hi Ugo, I work with Dara Quinn, who says your team is rebuilding search.', yes: ['reference'] },
    { name: "I'm the mutual's manager", text: "Hi Lia, I'm Tomas Berg's manager at Klarna; he says you're the person to ask about dunning.", yes: ['reference', 'introduction'] },
    { name: 'met through a mutual', text: 'Hi Cy, we met through Anika Roy at her book launch last spring.', yes: ['reference'] },
    { name: 'a mutual raving about you', text: "Hi Jun, Marta Pinto has been raving about your onboarding redesign.", yes: ['reference'] },
    { name: 'my mentor quoted is still no reference', text: 'Hi Jun, my mentor Clara Stein always says to ship small. I run a tiny design studio.', no: ['reference'] },
  ])('$name', check));

describe('signals: a person both know, in a few more forms', () =>
  it.each<Case>([
    { name: 'name, then the relation in parentheses', text: 'Hi Dana, Alba Ruiz (my sister) was in your cohort at INSEAD and says hello.', yes: ['reference'] },
    { name: 'name, then the relation between commas', text: 'Hi Dana, Alba Ruiz, my sister, was in your cohort at INSEAD.', yes: ['reference'] },
    { name: 'we have X in common', text: 'Hi Dana, we have Alba Ruiz in common: she was my manager at Ocado.', yes: ['reference'] },
    { name: 'X from a company says hi', text: 'Hi Dana, Alba from Ocado says hi!', yes: ['reference'] },
    { name: 'heard great things about you from X', text: 'Hi Dana, I heard great things about you from Alba Ruiz.', yes: ['reference'] },
    { name: 'X is a friend of mine and speaks of you', text: 'Hi Dana, Alba Ruiz is a good friend of mine and speaks highly of you.', yes: ['reference'] },
    { name: 'the recipient and X worked together: X is the target, not a mutual', text: 'Hi Jo, you and Alba Ruiz were on the same team at Ocado, right? Could you introduce us?', no: ['reference'] },
    { name: 'the sender and a colleague of their own', text: 'Hi Dana, Alba Ruiz, my cofounder, built our first prototype.', no: ['reference'] },
    { name: 'the first months free', text: 'Hi Dana, the first three months are on us if you want to try it.', yes: ['value'] },
    { name: 'coffee on me is courtesy', text: "Hi Dana, could I buy you a coffee? It's on me.", no: ['value'] },
  ])('$name', check));

describe('signals: offers of people', () =>
  it.each<Case>([
    { name: 'a warm intro offered', text: "Hi Dana, I'd be glad to make a warm intro to the Sequoia partner I know.", yes: ['value'], no: ['leech'] },
    { name: 'candidates offered if they are hiring', text: "Hi Dana, if you're hiring, I know three strong Go engineers looking.", yes: ['value'] },
  ])('$name', check));

describe('signals: offers in more languages and shapes', () =>
  it.each<Case>([
    { name: 'German separable verb: stelle ich dich vor', text: 'Hallo Jana, wenn du magst, stelle ich dich unserem CTO vor.', yes: ['value'] },
    { name: 'Spanish: free for three months', text: 'Hola Ana, te invito a probar la herramienta gratis durante tres meses.', yes: ['value'] },
    { name: "French: n'hésitez pas si je peux vous aider", text: "Bonjour Ana, n'hésitez pas si je peux vous aider.", yes: ['value'] },
    { name: 'lunch and sharing what we learned', text: "Hi Ana, I'd love to buy you lunch and share what we learned from the migration.", yes: ['value'] },
    { name: 'the sender puts in a good word', text: "Hi Ana, I'd be happy to put in a good word with the hiring manager.", yes: ['value'], no: ['leech'] },
    { name: 'asking them to put in a good word is a favour', text: 'Hi Ana, could you put in a good word for me with the hiring manager?', yes: ['leech'], no: ['value'] },
    { name: 'lunch alone is courtesy', text: "Hi Ana, I'd love to buy you lunch and pick your brain about pricing.", yes: ['leech'], no: ['value'] },
  ])('$name', check));

describe('signals: go-betweens and greetings in German, Spanish and French', () =>
  it.each<Case>([
    { name: 'German: Kontakt von X bekommen', text: 'Hallo Jana, ich habe deinen Kontakt von Felix Brandt bekommen.', yes: ['reference', 'introduction'] },
    { name: 'German: X lässt dich grüßen', text: 'Hallo Jana, Felix Brandt lässt dich grüßen!', yes: ['reference'], no: ['introduction'] },
    { name: 'German: über X bin ich auf dich gekommen', text: 'Hallo Jana, über Felix Brandt bin ich auf dich gekommen.', yes: ['reference', 'introduction'] },
    { name: 'German: wir kennen uns beide über X', text: 'Hallo Jana, wir kennen uns beide über Felix Brandt.', yes: ['reference'] },
    { name: 'Spanish: X te manda saludos', text: 'Hola Ana, Pablo Ruiz te manda saludos.', yes: ['reference'] },
    { name: 'Spanish: tu contacto a través de X', text: 'Hola Ana, conseguí tu contacto a través de Pablo Ruiz.', yes: ['reference', 'introduction'] },
    { name: 'French: X vous passe le bonjour', text: 'Bonjour Ana, Pierre Martin vous passe le bonjour.', yes: ['reference'] },
    { name: "French: j'ai eu votre contact par X", text: "Bonjour Ana, j'ai eu votre contact par Pierre Martin.", yes: ['reference', 'introduction'] },
    { name: 'French: a contact through a company names no one', text: "Bonjour Ana, j'ai eu votre contact par LinkedIn.", no: ['reference'] },
  ])('$name', check));

describe('signals: people both know without the usual verbs (second generalisation round)', () =>
  it.each<Case>([
    { name: 'X and I go way back, then a pronoun pointing', text: 'Hi Dana, Tomas and I go way back. He said you are the person to ask about pile foundations.', yes: ['reference', 'introduction'] },
    { name: 'X is the reason I am writing', text: 'Hi Dana, Mirela Costa is the reason I am writing: she said you rebuilt the ward rota.', yes: ['reference', 'introduction'] },
    { name: "lower case: x's the reason i'm messaging", text: "hi dana, mirela's the reason i'm messaging. could we talk about the ward rota?", yes: ['reference', 'introduction'] },
    { name: 'per X, you are the person to ask', text: "Per Ilse, you're the person to ask about heritage grants.", yes: ['reference', 'introduction'] },
    { name: 'per X about the weather is no one pointing', text: 'Per the forecast, you should expect rain.', no: ['reference', 'introduction'] },
    { name: 'your name came up, from X', text: 'Hi Dana, your name came up as the expert on frost fans, from Oren Tal at the growers group.', yes: ['reference', 'introduction'] },
    { name: 'a manager both worked under', text: 'Hi Dana, not sure you remember me, we overlapped at Ocado under Priya on the search team.', yes: ['reference', 'personal'] },
    { name: 'a teacher both studied with', text: 'Hi Dana, we both did our doctorates with Prof. Ingrid Holm, years apart.', yes: ['reference', 'personal'] },
    { name: "on X's crew together", text: "Hi Dana, we were both on Marta Silva's night crew at the Battersea site.", yes: ['reference', 'personal'] },
    { name: 'the sender works under a company rule, no one named', text: 'Hi Dana, we operate under strict rules at our firm.', no: ['reference'] },
    { name: 'you and I both know X', text: 'Hi Dana, you and I both know Wen Zhou from the climbing gym.', yes: ['reference'] },
    { name: 'thank you for putting me in touch with X', text: 'Ellie, thank you for putting me in touch with Dr Okafor. We spoke yesterday.', yes: ['reference', 'introduction'] },
    { name: 'thanks X (moving you to bcc)', text: 'Thanks Rosa (moving you to bcc)! Tobias, great to meet you.', yes: ['reference', 'introduction'] },
    { name: 'X keeps telling me about you', text: 'Hi Dana, Freddie Shaw keeps telling me you two train together.', yes: ['reference'], no: ['introduction'] },
    { name: 'praise of their seminar passed on by a mutual', text: 'Hi Dana, Professor Lund could not stop talking about your seminar on youth courts.', yes: ['reference', 'personal'] },
    { name: 'X thought you and I should talk', text: 'Hi Dana, Ada Obi thought you and I should talk.', yes: ['reference', 'introduction'] },
    { name: 'X, a relation between dashes, said', text: 'Hi Dana, Sarah Whitfield - my old lecturer at Napier - said you know the housing sector.', yes: ['reference'] },
    { name: 'my brother-in-law X worked with you', text: 'Hi Dana, my brother-in-law Tariq Aziz worked with you at Balfour.', yes: ['reference'] },
    { name: 'French: X m’a donné votre adresse', text: "Bonjour Madame Roy, Camille Roux m'a donné votre adresse.", yes: ['reference', 'introduction'] },
    { name: 'Dutch: X zei dat ik je moest benaderen', text: 'Hoi Sanne, Daan Visser zei dat ik je moest benaderen.', yes: ['reference', 'introduction'] },
    { name: 'me and X were on your team', text: 'Hi Ines, me and Ravi Patel were on your bridges team at Arup in 2016.', yes: ['personal'] },
    { name: 'Spanish: coincidimos en', text: 'Hola Marta, coincidimos en la UCI del Hospital Clínico hace años.', yes: ['personal'] },
    { name: 'per our chat at their stand', text: 'Hi Ruth, per our chat at your stand yesterday, here is the sample data.', yes: ['personal', 'reason'] },
    { name: 'their work by its title in quotes', text: 'Hi Arjun, your "dice-forge" library saved our studio a week.', yes: ['personal'] },
    { name: 'the project they ran', text: 'Hi Pete, the Kingsway refurb you ran was the tidiest site I have seen.', yes: ['personal'] },
  ])('$name', check));

describe('signals: who did it, plans passed on, and asks in more words (second generalisation round)', () =>
  it.each<Case>([
    { name: 'a plan passed on by a mutual is news, not personal', text: "Hi Dana, Omar mentioned you're thinking of moving your clinic to Leith next year.", no: ['personal'] },
    { name: 'a deed passed on by a mutual is personal', text: 'Hi Dana, Omar told me you rebuilt the discharge checklist on the stroke ward.', yes: ['personal'] },
    { name: 'a role passed on by a mutual is not', text: 'Hi Dana, Omar tells me you ran sales in the early days at Ocado.', no: ['personal'] },
    { name: 'their shop opening, heard from someone, is not a finding', text: 'Hi Dana, I heard your bakery is opening a second shop in Govan.', no: ['personal'] },
    { name: 'someone else worked with them', text: 'Hi Dana, my cousin Lior worked with you at Arup on the Leeds station job.', no: ['personal'] },
    { name: 'the sender worked with them', text: 'Hi Dana, I worked with you at Arup on the Leeds station job.', yes: ['personal'] },
    { name: 'we spoke for an hour is no commonality', text: 'Ellie, we spoke for an hour yesterday and he will let me shadow his clinic.', no: ['personal'] },
    { name: 'we both sing in the same named choir', text: 'Hi Tom, we both sing tenor in the Leith Community Choir.', yes: ['personal'] },
    { name: 'long time no speak is a greeting, not a negation', text: 'Hey Liv, long time no speak since our Ubisoft days!', yes: ['personal'] },
    { name: 'their feedback asked for is not their answer', text: 'Hi Dana, I would really appreciate your feedback on our pitch deck.', no: ['personal'], yes: ['leech'] },
    { name: "the sender's own head of department", text: 'Hi Jamal, our head of nursing, Marisol Vega, asked me to find a nurse educator.', no: ['reference'] },
    { name: 'colleagues at an event name no one', text: 'Hi Owen, I met your colleagues at the Build Show and they said you decide on security.', no: ['reference'] },
    { name: "ALL CAPS job title is not a name", text: 'HELLO SIR I AM LOOKING FOR A JOB AS A SITE ENGINEER IN YOUR COMPANY. CAN WE TALK?', no: ['reference'], yes: ['leech'] },
    { name: "cc'ing the introducer's own colleague", text: "Maya, meet Tobias. I'm cc'ing Sam, who runs partnerships on my team. I'll let you two take it from here.", no: ['reference'], yes: ['introduction'] },
    { name: "thanks for putting me in touch is not a request", text: 'Ellie, thank you for putting me in touch with Dr Farouk. I owe you a coffee.', yes: ['introduction'], no: ['leech'] },
    { name: 'a bare "Any thoughts?" bump asks for nothing', text: 'Hi Jordan, bumping this to the top of your inbox. Any thoughts?', no: ['reason', 'leech'] },
    { name: 'thoughts on a topic are still asked for', text: 'Hi Jordan, any thoughts on how you priced your first plumbing jobs?', yes: ['leech'] },
    { name: 'unpaid describes the ask, not an offer', text: "Hi Helen, we need an advisor for one hour a month. It's unpaid, sadly.", no: ['value'] },
    { name: 'unpaid after an offer is the offer', text: "Hi Helen, if you need someone to proofread the grant, I'd do it gladly, unpaid.", yes: ['value'] },
    { name: 'free days', text: 'Hi Gareth, the first 14 days are free, no card needed.', yes: ['value'] },
    { name: 'showing how we did it is sharing', text: "Tobias, I'd be glad to show you how we rolled out the site diary.", yes: ['value'] },
    { name: 'showing how our tool can help is a pitch', text: "Hi Tobias, I'd be glad to show you how our tool can cut your costs.", no: ['value'] },
    { name: 'posting them a sample', text: "Hi Ruth, I'll post you a sample block this week.", yes: ['value'] },
    { name: 'money towards their campaign', text: 'Dear Janet, we can put £4,000 towards the leaflet printing.', yes: ['value'] },
    { name: 'contributing to their team is self-description', text: 'Dear hiring manager, I would welcome the chance to discuss how I can contribute to your team.', no: ['value'] },
    { name: 'half an hour for a demo', text: 'Hi Ms Adebayo, would you have half an hour for a demo in January?', yes: ['leech', 'reason'] },
    { name: 'minutes of your advice', text: 'Dear Ms Okonkwo, could I ask you for 20 minutes of your advice?', yes: ['leech'] },
    { name: 'have a look', text: 'Hi Mrs Carter, would you be able to have a look at them this week?', yes: ['leech'] },
    { name: 'read my personal statement', text: 'Dear Mr Boateng, could you read my personal statement?', yes: ['leech'] },
    { name: 'any chance you need an engineer', text: 'Paddy, any chance you need a shift engineer? I am free from February.', yes: ['leech'] },
    { name: 'French: auriez-vous un poste', text: 'Bonjour Madame, auriez-vous un poste pour moi ?', yes: ['leech'] },
    { name: 'Dutch: hebben jullie nog plek', text: 'Hoi Sanne, hebben jullie nog een stageplek?', yes: ['leech'] },
  ])('$name', check));

describe('signals: probes after the tune4 round (greetings through them, praise, hometowns, job leads, bare call asks)', () =>
  it.each<Case>([
    { name: "remember me from X's wedding", text: "Hi Dana, you may remember me from Tom Baker's wedding in Leeds.", yes: ['reference'] },
    { name: 'give X my regards', text: 'Hi Dana, please give Mark Li my regards.', yes: ['reference'] },
    { name: 'X has been singing your praises', text: 'Hi Dana, Peter has been singing your praises for months.', yes: ['reference'] },
    { name: 'X thinks you two would get on', text: 'Hi Dana, Peter Wong thinks you two would get on.', yes: ['reference', 'introduction'] },
    { name: 'remember X from the office?', text: 'Hi Dana, remember Peter Wong from the Berlin office? He is my cofounder now.', yes: ['reference'] },
    { name: 'remember the plan, no question, names no one', text: 'Hi Dana, remember Brexit in 2016 changed everything for us.', no: ['reference'] },
    { name: 'X put your name forward', text: 'Hi Dana, Peter Wong put your name forward.', yes: ['reference', 'introduction'] },
    { name: 'through X I learned about your work', text: 'Hi Dana, through Peter Wong I learned about your work on payroll.', yes: ['reference'] },
    { name: 'both from the same city', text: "Hi Dana, we're both from Lagos and both ended up in Berlin.", yes: ['personal'] },
    { name: 'both from sales backgrounds is a broad trait', text: "Hi Dana, we're both from sales backgrounds.", no: ['personal'] },
    { name: 'the same PhD school, with a comma', text: 'Hi Dana, I also did my PhD at ETH, a few years after you.', yes: ['personal'] },
    { name: 'outstanding work in a field is broad', text: "Dear Professor, I have long admired your lab's outstanding work in the field of materials science.", no: ['personal'] },
    { name: 'something made for them', text: "Hi Dana, I put together a short teardown of your onboarding; it's attached, free to use.", yes: ['value'] },
    { name: 'candidates offered for their role', text: 'Hi Dana, I have a couple of candidates who might suit your open SRE role.', yes: ['value'] },
    { name: 'a job lead asked for', text: "Hi Dana, I'm looking for my first job in UX. Do you know anyone hiring?", yes: ['leech'] },
    { name: 'we can share insights is mutual, not an offer', text: 'Hi Dana, I hope we can share insights.', no: ['value'] },
    { name: 'we can share our benchmark is an offer', text: 'Hi Dana, we can share our benchmark results with your team.', yes: ['value'] },
    { name: 'a bare CAN WE TALK? after a job pitch', text: 'HI JUAN, I HAVE MY FORKLIFT LICENCE AND 8 YEARS OF EXPERIENCE. CAN WE TALK?', yes: ['leech'] },
    { name: 'two quick questions', text: 'Per Lucia, you are the person to ask. Could I send you two quick questions?', yes: ['leech'] },
    { name: 'X from a company suggested', text: 'Hi Dana, Jane from Acme suggested I get in touch.', yes: ['reference', 'introduction'] },
    { name: 'X at a company said you are the person', text: "Hi Dana, Jane at Acme said you're the person to ask about payroll.", yes: ['reference', 'introduction'] },
    { name: 'our mutual connection, X, is not our own colleague', text: 'Hi Dana, our mutual connection, Jane Smith, thought we should meet.', yes: ['reference', 'introduction'] },
    { name: 'chatting with X, your name came up', text: 'Hi Dana, I was chatting with Jane Smith about onboarding and your name came up.', yes: ['reference', 'introduction'] },
    { name: 'a thank you to X for connecting us', text: 'Hi Dana, a big thank you to Jane Smith for connecting us.', yes: ['reference', 'introduction'] },
    { name: 'their announced talk', text: "Hi Dana, I saw you're speaking at LeadDev next month about on-call.", yes: ['personal'] },
    { name: 'the same year at a university', text: 'Hi Dana, I think we were in the same year at Trinity, both doing Engineering.', yes: ['personal'] },
    { name: 'the question they asked at an event', text: 'Hi Dana, thanks for the great question you asked at my talk in Bristol.', yes: ['personal'] },
    { name: 'a work outside tech', text: 'Hi Dana, your mural on Stokes Croft is the reason I moved to Bristol.', yes: ['personal'] },
    { name: 'an unfilled work is not specific', text: 'Hi Dana, your song about [topic] moved me.', no: ['personal'] },
    { name: 'X and I are organising, then she pointed', text: "Hi Dana, Jane Smith and I are organising a meetup and she said you'd be interested.", yes: ['reference', 'introduction'] },
    { name: 'my colleague and I are organising names no one', text: 'Hi Dana, my colleague and I are organising a meetup for you.', no: ['reference'] },
  ])('$name', check));

describe('signals: third round (tune5): their artefacts, teachers both had, X and I with ordinary verbs, on behalf of', () => {
  it.each<Case>([
    { name: 'their pull request, made specific by what it does', text: 'Hi Dana, your pull request adding streaming support to the loader saved me a week.', yes: ['personal'] },
    { name: 'their sermon, made specific', text: 'Dear Pastor Dana, your sermon last Sunday on the prodigal son stayed with me.', yes: ['personal'] },
    { name: 'their zine by title', text: 'Hi Dana, I picked up your zine Tidewrack at the Leith book fair.', yes: ['personal'] },
    { name: 'a bug they filed', text: 'Hey Dana, you filed the bug about the memory leak in the reconnect loop.', yes: ['personal'] },
    { name: 'an artefact without a detail is not specific', text: 'Hi Dana, I love your spreadsheet.', no: ['personal'] },
    { name: 'an artefact with an unfilled detail is not specific', text: 'Hi Dana, your chart about [topic] was great.', no: ['personal'] },
    { name: 'regulars at the same club night', text: "Hi Dana, we're both regulars at the Tuesday climbing night at The Arch.", yes: ['personal'] },
    { name: 'a judge both clerked for', text: 'Dear Ms. Dana, I clerked for Judge Ramona Diaz last year, a few terms after you did.', yes: ['personal', 'reference'] },
    { name: 'a judge only the sender clerked for', text: 'Dear Ms. Dana, I clerked for Judge Ramona Diaz last year.', no: ['reference'] },
    { name: 'a supervisor both had', text: 'Hi Dana, Prof. Anneke Visser was my PhD supervisor too.', yes: ['personal', 'reference'] },
    { name: 'X and I are neighbours, linked to the recipient', text: "Hi Dana, Tomás Rivera and I are neighbours in Hackney, and he told me you're the person to ask.", yes: ['reference', 'introduction'] },
    { name: 'X and I are neighbours, not linked to the recipient', text: 'Hi Dana, Tomás Rivera and I are neighbours in Hackney.', no: ['reference'] },
    { name: 'X and I play, he reckons', text: "Hi Dana, Jonah Feld and I play five-a-side on Wednesdays, and he reckons you're the best person to ask about Kafka.", yes: ['reference', 'introduction'] },
    { name: 'she suggested you as a reviewer', text: 'Hi Dana, Leila Haddad and I have been co-writing a textbook, and she suggested you as a reviewer.', yes: ['reference', 'introduction'] },
    { name: 'German, X und ich sind Studienfreundinnen, sie meinte du', text: 'Hallo Dana, Katrin Vogel und ich sind alte Studienfreundinnen, und sie meinte, du könntest mir helfen.', yes: ['reference', 'introduction'] },
    { name: 'Spanish, a three-word name, y yo trabajamos', text: 'Hola Dana, Jorge Luis Medina y yo trabajamos juntos en Telefónica. Me dijo que eres la persona indicada.', yes: ['reference'] },
    { name: 'on behalf of a named person who asked', text: "Dear Dana, I'm writing on behalf of Helen Achebe, who asked me to send you the draft.", yes: ['reference', 'introduction'] },
    { name: 'on behalf of a company is no person', text: "Dear Dana, I'm writing on behalf of Bluefin Analytics to offer a free audit.", no: ['reference', 'introduction'] },
    { name: 'a little bird, named next to an emoji', text: "Hi Dana, a little bird (👋 Tamsin Wolde) told me you'd say yes.", yes: ['reference'] },
    { name: 'mutual connection counts name no one', text: 'Hi Dana, I see we have 12 mutual connections.', no: ['reference'] },
    { name: 'X and I have been running, she thinks', text: 'Hi Dana, Lena Ruiz and I have been running the Leeds Python meetup for years and she thinks you would make a great speaker.', yes: ['reference'] },
    { name: 'X and I are collaborating, she said', text: "Hi Dana, Lena Ruiz and I are collaborating on a paper, and she said you'd want to see it.", yes: ['reference'] },
    { name: 'a three-word name vouched for you', text: 'Hi Dana, Mary Kate Byrne vouched for you.', yes: ['reference'] },
    { name: 'a three-word name thought we should meet', text: 'Hi Dana, Mary Kate Byrne thought we should meet.', yes: ['reference'] },
    { name: 'words after a name that are not capitalised are no name', text: 'Hi Dana, Kubernetes SIG docs told me to read the guide.', no: ['reference'] },
    { name: 'X is a mutual friend', text: 'Hi Dana, Lena Ruiz is a mutual friend.', yes: ['reference'] },
    { name: 'your comment on my post is their work, not an ask', text: 'Hi Dana, your comment on my post about remote onboarding made me rethink it.', yes: ['personal'], no: ['leech'] },
    { name: 'comment on my post is an ask', text: 'Hi Dana, please comment on my post about remote onboarding.', yes: ['leech'] },
    { name: 'the patch they sent to a list', text: 'Hi Dana, the patch you sent to the ext4 list last week fixed our corruption bug.', yes: ['personal'] },
    { name: 'they interviewed the sender at a named place', text: 'Hi Dana, you interviewed me at Monzo two years ago.', yes: ['personal'] },
    { name: 'the sender was their student', text: 'Hi Dana, I was one of your students on the 2018 data science bootcamp.', yes: ['personal'] },
    { name: 'their class, made specific', text: 'Hi Dana, I took your evening class on ceramics at City Lit.', yes: ['personal'] },
    { name: 'a named prize they won', text: 'Hi Dana, congratulations on winning the Stirling Prize for the Hastings library.', yes: ['personal'] },
    { name: 'their sermon with no detail is not specific', text: 'Hi Dana, I enjoyed your sermon.', no: ['personal'] },
    { name: 'a broad trait is not personal', text: 'Hi Dana, your experience in fintech is impressive.', no: ['personal'] },
    { name: 'their views, read', text: "Hi Dana, read your thoughts on pricing in yesterday's Lenny's Newsletter.", yes: ['personal'] },
    { name: 'their views, asked for, are not their work', text: "Hi Dana, I'd love your thoughts on our pricing page.", no: ['personal'] },
    { name: 'everything they wrote about a topic', text: "Hi Dana, I've read everything you've written about usage-based pricing.", yes: ['personal'] },
    { name: 'their appearance on a podcast', text: 'Hi Dana, saw you were on the Lex Fridman podcast last week.', yes: ['personal'] },
    { name: 'alumni of a named school', text: "Hi Dana, we're both Imperial alumni.", yes: ['personal'] },
    { name: 'university alumni is broad', text: "Hi Dana, we're both university graduates.", no: ['personal'] },
    { name: 'mentors at the same programme', text: "Hi Dana, we're both mentors at Code First Girls.", yes: ['personal'] },
    { name: 'their cohort', text: "Hi Dana, I'm in your cohort at Reforge.", yes: ['personal'] },
    { name: 'our chat at a named event', text: 'Hi Dana, following up from our chat at booth 12 at Web Summit.', yes: ['personal'] },
    { name: 'their work named by a capitalised title', text: 'Hi Dana, your book Inspired changed how I think about product.', yes: ['personal'] },
    { name: 'a lower-case word after the work is no title', text: 'Hi Dana, your book really is great.', no: ['personal'] },
    { name: 'it was X who pointed me to you', text: 'Hi Dana, it was Lena Ruiz who pointed me to you.', yes: ['reference', 'introduction'] },
    { name: 'when I mentioned it to X, she said to talk to you', text: 'Hi Dana, when I mentioned our data problem to Lena Ruiz, she said to talk to you.', yes: ['reference', 'introduction'] },
    { name: 'X wanted me to pass on her thanks', text: 'Hi Dana, Lena Ruiz wanted me to pass on her thanks for the referral.', yes: ['reference'] },
    { name: 'X is my relative and she speaks highly of you', text: 'Hi Dana, Lena Ruiz is my sister-in-law and she speaks so highly of you.', yes: ['reference'] },
    { name: 'X is my relative, nothing about the recipient', text: 'Hi Dana, Lena Ruiz is my sister-in-law and she speaks Portuguese.', no: ['reference'] },
  ])('$name', check);
});

describe('signals: fourth generalisation round (offers kept either way, roles and pay abroad, time asks, shared history)', () => {
  it.each<Case>([
    { name: 'a sample done for free', text: "Hi Noor, I'll redesign one of your product pages for free so you can judge the work.", yes: ['value', 'reason'], no: ['leech'] },
    { name: 'asking them to work for free is no offer', text: 'Hi Noor, could you redesign our landing page for free?', no: ['value'] },
    { name: 'you keep it either way', text: 'Hi Noor, I mapped the twelve slowest queries on your status page. You keep the report whether we talk or not.', yes: ['value'] },
    { name: 'French: you keep the document', text: 'Bonjour Noor, voici notre analyse de vos tarifs. Vous gardez le document, même si nous ne travaillons jamais ensemble.', yes: ['value'] },
    { name: 'welcome to use our space', text: 'Hi Noor, you and your team are welcome to use our workshop on Sundays.', yes: ['value'] },
    { name: 'a say before it runs', text: 'Hi Noor, would you join our podcast? You review the edit before it goes out.', yes: ['value'], no: ['leech'] },
    { name: 'a cost on us', text: 'Hi Noor, we would love your bakery at the night market; the stall fee is on us for the first month.', yes: ['value'] },
    { name: 'coffee on me is courtesy', text: "Hi Noor, coffee's on me if you can tell me how you priced your first retainers.", no: ['value'] },
    { name: 'Spanish: a role offered', text: 'Hola Noor, buscamos una jefa de producto para nuestro equipo en Lima, con salario de 9.000 soles al mes.', yes: ['value', 'reason'], no: ['leech'] },
    { name: 'Spanish: looking for a job offers nothing', text: 'Hola Noor, estoy buscando un trabajo en marketing. ¿Me podrías recomendar?', no: ['value'], yes: ['leech'] },
    { name: 'German: pay named with the seat', text: 'Hallo Noor, für unseren Beirat suchen wir eine Expertin für Logistik, vergütet mit 1.500 € pro Sitzung.', yes: ['value'] },
    { name: 'Spanish: our deck to review is a favour', text: 'Hola Noor, ¿podría revisar nuestro pitch deck antes del viernes?', yes: ['leech'], no: ['value'] },
    { name: 'German: sending my CV is no offer', text: 'Hallo Noor, ich suche eine Stelle im Einkauf. Meinen Lebenslauf schicke ich gern.', no: ['value'] },
    { name: 'a booking link to buy is no offer', text: 'Hi Noor, our coaching costs $400 a month. Shall I send you the booking link?', no: ['value'] },
    { name: 'a pitch phrased as help', text: 'HI NOOR, WE CAN HELP YOUR CLINIC DOUBLE BOOKINGS WITH OUR AI RECEPTIONIST. CALL ME TODAY!', no: ['value'], yes: ['leech'] },
    { name: 'paid social in a signature is no payment', text: 'Please accept my invitation.\n\nBest,\nNoor Saleh\nPaid Social | Performance', no: ['value', 'reason'] },
    { name: 'a time ask with its topic later in the sentence', text: 'Hi Noor, got 20 min next week so I can walk you through our scheduling tool?', yes: ['reason', 'leech'] },
    { name: 'a bare time ask has no topic', text: 'Hi Noor, do you have 15 minutes next week?', yes: ['leech'], no: ['reason'] },
    { name: 'would you consider doing something', text: 'Hi Noor, would you consider reviewing my thesis chapter on tidal energy?', yes: ['leech', 'reason'] },
    { name: 'asks for names of firms', text: 'Hi Noor, do you know any bakeries in Leeds that take on apprentices?', yes: ['leech'] },
    { name: 'curious what you are building at an unfilled slot', text: 'Really curious what you are building at [Company]. Free for a 15-min coffee chat?', yes: ['leech'], no: ['reason', 'personal'] },
    { name: 'connection count chased', text: "Hi Noor, I'm 300 connections away from 10k, would mean a lot if you accepted!", yes: ['collector'], no: ['reason'] },
    { name: 'German: connecting with everyone', text: 'Hallo Noor, ich vernetze mich gerade mit allen Einkaufsleitern in Bayern.', yes: ['collector'] },
    { name: 'French stock invitation', text: 'Bonjour Noor,\n\nJe souhaiterais vous inviter à rejoindre mon réseau sur LinkedIn.\n\nClaire', no: ['note'] },
    { name: 'a pleasantry about their week', text: "Hey Noor! Hope your week's off to a flying start 🌞\n\nBest,\nSam", no: ['note'] },
    { name: 'their work by episode', text: 'Hi Noor, episode 12 of Night Shift Notes, where you interview the two ICU porters, made me rethink our rota.', yes: ['personal'] },
    { name: 'their shop, tried in person', text: 'Hi Noor, I bought your rye starter kit at the Stroud market on Saturday and it is thriving.', yes: ['personal'] },
    { name: 'their page, a finding', text: "Hi Noor, Halden's pricing page still says the annual plan saves 20% but charges the same.", yes: ['personal'] },
    { name: 'shared suppliers', text: 'Hi Noor, we both supply Greenway Grocers: you with the cheese, me with the crackers.', yes: ['personal'] },
    { name: 'shared industry is a broad trait', text: 'Hi Noor, we both supply restaurants with fresh produce.', no: ['personal'] },
    { name: 'you were my manager', text: "Hi Noor, it's been years since you were my manager at the Leeds depot!", yes: ['personal'] },
    { name: 'the introduced person, thanked for', text: 'Thank you for introducing me to Kofi Mensah last week, Noor. We start the pilot on Monday.', yes: ['reference'] },
    { name: 'a titled go-between', text: 'Hi Noor, Coach Bellamy tells me you are the person to ask about rowing studios.', yes: ['reference', 'introduction'] },
    { name: 'you are connected to someone is no name', text: "Hi Noor, you're connected to Kofi Mensah, right? Could you introduce us?", no: ['reference'] },
    { name: 'French: congratulations are a purpose', text: "Bonjour Noor, je voulais simplement vous féliciter pour l'ouverture de votre cabinet.", yes: ['reason'] },
  ])('$name', check);
});

describe('signals: their work done or used, in more words and languages', () => {
  it.each<Case>([
    { name: 'their library, used in named places', text: "Hi Ana, I've used your Terraform provider in three client projects this year.", yes: ['personal'] },
    { name: 'their product used, nothing named', text: "Hi Ana, we use your product every day.", no: ['personal'] },
    { name: 'plural work with a specific target', text: 'Hi Ana, Tom spoke very highly of your accessibility audits for the Madrid city portals.', yes: ['personal'] },
    { name: 'their problems are not their work', text: 'Hi Ana, I can fix your autoscaling issues in a week.', no: ['personal'] },
    { name: 'Spanish: something they led, named', text: 'Hola Ana, Jorge me dijo que llevaste la migración a Kafka en Glovo.', yes: ['personal'] },
    { name: 'French: something they led, named', text: "Bonjour Ana, vous avez dirigé la refonte du site de la SNCF, c'est exactement notre sujet.", yes: ['personal'] },
    { name: 'German: something they led, named', text: 'Hallo Ana, du hast die Migration auf Kubernetes bei Zalando geleitet, oder?', yes: ['personal'] },
    { name: 'German: capitalised nouns are not names', text: 'Hallo Ana, Sie haben bestimmt viel bei der Arbeit organisiert.', no: ['personal'] },
    { name: 'the same named cohort', text: 'Hi Bea, we were in the same Le Wagon cohort in Lisbon!', yes: ['personal'] },
    { name: 'our findings attached', text: 'Hi Ana, our findings on your signup flow are attached, no need to reply.', yes: ['value'] },
    { name: 'my CV attached is an application', text: 'Hi Ana, my CV is attached. Any openings on your team?', no: ['value'], yes: ['leech'] },
    { name: 'spare tickets', text: "Hi Ana, I've got two spare tickets to Web Summit if you want them.", yes: ['value'] },
    { name: 'a call, and sharing what worked', text: "Hi Ana, I'm happy to jump on a call and share what worked for us.", yes: ['value'], no: ['leech'] },
    { name: 'you can have our old kit', text: "Hi Ana, you can have our old server racks, we're moving out.", yes: ['value'] },
    { name: 'you can have a look is no gift', text: 'Hi Ana, you can have a look at our deck.', no: ['value'] },
    { name: 'credit promised', text: "Hi Ana, could I quote your post in my paper? I'll make sure you get credit.", yes: ['value'] },
  ])('$name', check);
});

describe('signals: fifth round (their things seen or used, shared pasts, offers and favours in more languages)', () => {
  it.each<Case>([
    { name: 'the thing they made, for someone named', text: 'Hi Felix, the sign you painted for the Lindner bakery is the nicest lettering on our street.', yes: ['personal'] },
    { name: 'the way you did it is no work of theirs', text: 'Hi Felix, I like the way you did that.', no: ['personal'] },
    { name: 'Spanish: the bridge they designed', text: 'Hola Damián, la pasarela que diseñaste sobre el río es preciosa.', yes: ['personal'] },
    { name: 'French: the house they restored', text: 'Madame Duvernoy, j’ai visité la maison de la rue des Tanneurs que vous avez réhabilitée.', yes: ['personal'] },
    { name: 'Italian: the exhibition they curated', text: 'Gentile dottoressa, ho visitato la mostra che lei ha curato al museo di Como.', yes: ['personal'] },
    { name: 'a shared past: when you were charge nurse', text: 'Hi Ros, I did my first year of nights on Ward 22 when you were charge nurse.', yes: ['personal'] },
    { name: 'when you were at a company is no shared past', text: 'Hi Ros, I applied there when you were at Google.', no: ['personal'] },
    { name: 'French: the same class', text: 'Salut Baptiste, on était dans la même promo aux Arts et Métiers.', yes: ['personal'] },
    { name: 'German: our time together at a firm', text: 'Hallo Moritz, seit unserer gemeinsamen Zeit bei Holzbau Kessler mache ich den Einkauf.', yes: ['personal'] },
    { name: "it's X from the squad", text: "Marguerite! It's Priya from the Riverside Masters squad, lane 4.", yes: ['personal'] },
    { name: 'at a mutual friend’s wedding', text: "Hey Femi, at Dayo's wedding you mentioned you'd worked with Grace.", yes: ['reference'] },
    { name: 'a teacher both had, after other words', text: 'Hi Leo, we both sang tenor in the Bach Choir under Ursula Hennig back in 2012!', yes: ['reference'] },
    { name: 'German: greetings passed on', text: 'Hallo Moritz, Henrike aus der Buchhaltung lässt grüßen.', yes: ['reference'] },
    { name: "the introducer's double introduction", text: 'Ama, Jakub - introducing you two as promised.', yes: ['introduction'] },
    { name: 'offering to introduce them is value, not an introduction', text: 'Hi Olga, my former partner Pim runs a kiln in Gouda. Happy to introduce you two if it helps.', yes: ['value'], no: ['introduction'] },
    { name: 'French: it is yours, free', text: "Bonjour Camille, il nous reste 40 kilos de légumes chaque jeudi. Si vous venez les chercher, ils sont à vous, gratuitement.", yes: ['value'] },
    { name: 'Spanish: the kitchen is yours', text: 'Hola Lucía, los lunes cerramos. Si te viene bien, la cocina es tuya esos días, sin coste.', yes: ['value'] },
    { name: 'German: free, no noun', text: 'Liebe Sabine, die ersten 500 Etiketten druckt dir unsere Druckerei umsonst.', yes: ['value'] },
    { name: 'a fee to pay is no offer', text: 'Hi Gary, to secure your episode there is a one-time production fee of $1,450.', no: ['value'] },
    { name: 'a speaker fee is', text: 'Hi Ana, we pay a speaker fee of £400 and cover travel.', yes: ['value'] },
    { name: 'a discount is no offer', text: 'Hi Sinead, I would love to offer our repair service to your patients at a 15% partner discount. Could we chat?', no: ['value'], yes: ['leech'] },
    { name: 'keep me in mind asks', text: "Hi Harriet, if anything crosses your desk, I'd be so grateful if you'd keep me in mind!", no: ['value'], yes: ['leech'] },
    { name: 'Portuguese: could you help me asks', text: 'Olá Rafael, gostaria muito de uma indicação para o estágio. Você poderia me ajudar?', no: ['value'], yes: ['leech'] },
    { name: 'a forwardable paragraph is no offer (Spanish)', text: '¡Hola Maite! ¿Te importaría ponernos en contacto? Si quieres te mando un párrafo para que se lo reenvíes.', no: ['value'] },
    { name: 'honoured if you would write the foreword', text: 'Dear Professor Mbeki, I would be deeply honoured if you would consider writing the foreword to my book.', yes: ['leech', 'reason'] },
    { name: 'tickets offered for sale', text: 'Dear Gareth, early-bird tickets are £89 until Friday. Shall I reserve places for you and your team?', yes: ['leech'] },
    { name: 'anyone I could talk to', text: 'Hi Hamid, do you know anyone at the Rotterdam terminal I could talk to about yard automation?', yes: ['leech'] },
    { name: 'French: share my post', text: 'Bonjour Madame Girard, pourriez-vous partager mon post auprès de vos contacts ?', yes: ['leech'] },
    { name: 'reaching out to everyone is collecting, not a reason', text: "Hi Wendell! I'm trying to hit 5,000 connections, so I'm reaching out to everyone in the fitness space.", yes: ['collector'], no: ['reason'] },
  ])('$name', check);
});

describe('signals: their events, products and numbered work; asides that speak to the recipient', () => {
  it.each<Case>([
    { name: 'at their open day', text: 'Hi Rosa, I was the one with the drone at your vineyard open day in Paso Robles.', yes: ['personal'] },
    { name: 'Spanish: their concert, named venue', text: 'Hola Carmen, fui a tu concierto en la sala Clamores el jueves.', yes: ['personal'] },
    { name: 'Spanish: their food, named market', text: 'Hola Lucía, probé tus empanadas en el Mercado de San Fernando.', yes: ['personal'] },
    { name: 'their shop, named, last week', text: 'Hi Hamid, I ordered the walnut board from Wren & Grain last week.', yes: ['personal'] },
    { name: 'a big shop is not theirs', text: 'Hi Hamid, I ordered a board from Amazon last week.', no: ['personal'] },
    { name: 'their puzzle, followed for years', text: "Hi Tom, I've solved your Saturday cryptic in the Evening Courier for eleven years.", yes: ['personal'] },
    { name: 'their PR by number', text: 'Hi Mirela, your PR #412 in chrono-lite fixed our DST bug.', yes: ['personal'] },
    { name: 'French: their series on a named subject', text: 'Bonjour Léa, votre série sur les derniers sabotiers du Morvan m’a beaucoup touché.', yes: ['personal'] },
    { name: 'the colour code they came up with', text: 'Keisha! I still use the load-board colour code you came up with at Harland Freight.', yes: ['personal'] },
    { name: 'an aside that speaks to them', text: 'Hola Nerea. Soy Jaime (me sentaba detrás de ti en Química).', yes: ['personal'] },
    { name: 'an aside about someone else', text: 'Hi Raj, Amy Chen (we were in the same YC batch) thought we should talk.', no: ['personal'] },
    { name: 'managed us both', text: 'Hi Keisha, Lena Marsh, who managed us both at Brightwater Dental, says hello.', yes: ['personal'] },
  ])('$name', check);
});

describe('signals: counts chased, introductions thanked or asked for in German and Spanish', () => {
  it.each<Case>([
    { name: 'road to a connection count', text: 'ROAD TO 5,000 CONNECTIONS before the expo 🚧 help me get there, Fiona!', yes: ['collector'], no: ['reason', 'leech'] },
    { name: 'a company milestone is no connection count', text: 'Hi Omar, we hit 5,000 customers last month.', no: ['collector'] },
    { name: 'German: thanks for an introduction made', text: 'Liebe Sabine, vielen Dank, dass du mich mit Herrn Okonkwo bekannt gemacht hast.', yes: ['introduction', 'reference'] },
    { name: 'Spanish: asks a friend to introduce them', text: '¡Hola Pilar! ¿Qué tal por Sevilla? Tu compañero Álvaro Reyes lleva compras en Bodegas Altamira. Me encantaría que nos presentaras.', yes: ['introduction'], no: ['leech'] },
  ])('$name', check);
});

describe('signals: a wh-word opening a statement', () => {
  it.each<Case>([
    { name: 'what ended up helping us was ...; I can send', text: "Hi Renata, what ended up helping us was a set of short scenarios; I can send you the scripts if you'd like.", yes: ['value'], no: ['leech'] },
    { name: 'when we met ..., happy to share', text: 'Hi Dana, when we met in Lisbon you mentioned your pricing page; happy to share our teardown.', yes: ['value'] },
    { name: 'a wh-question with a full stop is still a question', text: 'Hi Dana, could you refer me to your recruiter. What do you think.', yes: ['leech'] },
  ])('$name', check);
});

describe('signals: titled people both know, and the introducer thanked before bcc', () => {
  it.each<Case>([
    { name: "a professor's module, in a sentence about them", text: "Dear Dr. Banda, you gave the guest lecture in Prof. Adeyemi's spatial epidemiology module at Leeds.", yes: ['reference'] },
    { name: 'a famous team is no one both know', text: "Hi Ana, Dr. Fauci's team published a great paper.", no: ['reference'] },
    { name: 'a shop named after a title is no person', text: 'Hi Ana, I work at Dr. Martens in Camden.', no: ['reference'] },
    { name: 'thanks, then bcc', text: 'Thanks Ama! Moving you to bcc.\n\nJoaquín, lovely to e-meet you. Are you free Thursday?\n\nLeah', yes: ['reference'] },
    { name: 'thanks without bcc is no reference', text: 'Thanks Ama! See you Friday.', no: ['reference'] },
  ])('$name', check);
});

describe('structure: a message that opens with thanks', () => {
  it('does not take the whole message for the sign-off', () => {
    const text = 'Thanks Ama! Moving you to bcc.\n\nJoaquín, lovely to e-meet you. Are you free Thursday?\n\nLeah';
    const a = run(text);
    expect(a.signoff && text.slice(a.signoff.start, a.signoff.end)).toBe('Leah');
    expect(a.signals.reference.found).toBe(true);
  });
});

describe('signals: something they did, made specific by a name, a quoted title or a year', () => {
  it.each<Case>([
    { name: 'a fix, named', text: 'Hi Mirela, you fixed the DST bug in chrono-lite in 2021 and saved our March invoices.', yes: ['personal'] },
    { name: 'an explanation, named', text: 'Dear Dr. Banda, you explained the Lusaka cholera clusters better than any paper I have read.', yes: ['personal'] },
    { name: 'their job is no work of theirs', text: 'Hi Ana, you worked with Ana Costa at Unbabel, right?', no: ['personal'] },
    { name: 'their role is no work of theirs', text: 'Hi Ana, I see you joined Monzo in 2022.', no: ['personal'] },
    { name: 'something done with someone else', text: 'Hi Tamsin, you rowed the Atlantic together in 2019.', no: ['personal'] },
    { name: 'nothing specific', text: 'Hi Ana, you did a great job on that.', no: ['personal'] },
    { name: 'a need is no deed', text: 'Hi Ana, if you need anything in London, happy to help.', no: ['personal'] },
  ])('$name', check);
});

describe('structure: signature lines with abbreviations', () => {
  it('still finds the sign-off above "Ph.D. Candidate" and "St. Brendan\'s"', () => {
    for (const sig of ['Jane Smith\nPh.D. Candidate, MIT', "Miriam Castellanos, RN, MSN\nClinical Education, St. Brendan's Medical Center", 'Jo Park\nAcme Inc. | CEO']) {
      const text = `Hi Dana,\n\nYour talk on ledger design at QCon changed how we reconcile.\n\nBest,\n${sig}`;
      const a = run(text);
      expect(a.signoff && text.slice(a.signoff.start)).toBe(`Best,\n${sig}`);
    }
  });
});

describe('signals: why they write, with the comma German puts before weil and da', () => {
  it.each<Case>([
    { name: 'ich schreibe dir, weil', text: 'Hallo Ana, ich schreibe dir, weil wir einen Beirat suchen.', yes: ['reason'] },
    { name: 'ich wende mich an Sie, da', text: 'Sehr geehrte Frau Weber, ich wende mich an Sie, da wir eine Studie planen.', yes: ['reason'] },
  ])('$name', check);
});

// Families no tuning message happens to use, each checked with an ordinary sentence (so a broken pattern shows here).
describe('signals: families the corpus rarely uses', () => {
  it.each<Case>([
    { name: 'referred to you by X', text: 'Hi Ana, I was referred to you by Dana Whitfield.', yes: ['reference', 'introduction'] },
    { name: 'your email from X', text: 'Hi Ana, I got your email from Dana Whitfield.', yes: ['reference', 'introduction'] },
    { name: 'at the suggestion of X', text: "Hi Ana, I'm writing at the suggestion of Dana Whitfield.", yes: ['reference', 'introduction'] },
    { name: 'are you hiring?', text: 'Hi Ana, are you hiring?', yes: ['leech'] },
    { name: 'point me to the right person', text: 'Hi Ana, could you point me to the right person?', yes: ['leech'] },
    { name: 'you also studied there', text: 'Hi Ana, you also studied at Imperial!', yes: ['personal'] },
    { name: 'my company is evaluating', text: 'Hi Ana, my company is evaluating data catalogs.', yes: ['reason'] },
    { name: 'we were classmates', text: 'Hi Ana, we were classmates at LSE.', yes: ['personal'] },
    { name: 'also an alum', text: "Hi Ana, I'm also a Stanford alum.", yes: ['personal'] },
    { name: 'a pull request opened', text: 'Hi Ana, I opened a pull request fixing your parser.', yes: ['value'] },
    { name: 'German: ich kann dir helfen', text: 'Hallo Ana, ich kann dir gerne bei der Migration helfen.', yes: ['value'] },
    { name: 'hoping to learn', text: "Hi Ana, I'm hoping to learn how you priced your course.", yes: ['reason'] },
    { name: 'the work you are doing on X at Y', text: "Hi Ana, the work you're doing on accessibility at Gov.uk is inspiring.", yes: ['personal'] },
    { name: 'Spanish: their article, published', text: 'Hola Ana, vi su artículo publicado en El País.', yes: ['personal'] },
    { name: 'leave us a review', text: 'Hi Ana, could you leave us a quick review?', yes: ['leech'] },
    { name: 'I want to learn how', text: 'Hi Ana, I want to learn how you scaled support.', yes: ['reason'] },
    { name: 'volunteers wanted', text: "Hi Ana, we'd love a few volunteers for our coding club.", yes: ['reason'], no: ['leech'] },
  ])('$name', check);
});

describe('signals: an offer conditioned on their wish, in any verb', () => {
  it.each<Case>([
    { name: "if you'd like, I can redo it", text: "Hi Ana, if you'd like, I can redo the wiring diagram for the east wing.", yes: ['value'] },
    { name: 'if it helps, we will lend it', text: "Hi Ana, if it helps, we'll lend you the van for the move.", yes: ['value'] },
    { name: 'a call offered is no gift', text: "Hi Ana, if you'd like, I can book a call.", no: ['value'] },
  ])('$name', check);
});

describe('signals: favours in any verb, and things the sender has that they could use', () => {
  it.each<Case>([
    { name: 'could you forward my CV', text: 'Hi Ana, could you forward my CV to your hiring manager?', yes: ['leech'] },
    { name: 'would you read our draft', text: 'Hi Ana, would you read our draft before Friday?', yes: ['leech'] },
    { name: 'could you let me know is no favour', text: 'Hi Ana, I wrote up our notes. Could you let me know if you want them?', no: ['leech'] },
    { name: 'would you join us is an invitation', text: 'Hi Ana, would you join us for the panel? Travel is covered.', no: ['leech'] },
    { name: 'kits your students could use', text: "Hi Mr. Petrov, I've got a box of spare EV3 kits your students could use.", yes: ['value'] },
  ])('$name', check);
});

describe('signals: at cost, welcome to use, a booking link pushed, invitations to join', () => {
  it.each<Case>([
    { name: 'printing at cost', text: 'Hi Maeve, I run a risograph studio and would love to print the next issue for you at cost.', yes: ['value', 'reason'] },
    { name: 'your lab is welcome to both', text: 'Dear Dr. Lemaire, we have a spare freezer and 40 boxes of PCR plates. Your new lab is welcome to both, free.', yes: ['value'] },
    { name: 'a booking link pushed', text: 'Hi Rohan, guest appearances carry a production fee of $299. Shall I send you the booking link?', yes: ['leech'], no: ['value'] },
    { name: 'asks to join their ride', text: "Hi Ellie, any chance your club rides the route again in May? I'd love to join.", yes: ['reason'] },
    { name: 'like and reshare the post', text: 'Hi Mei! It would mean the world if you could like and reshare the post.', yes: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: offers in the passive, paid work abroad, courtesy is no offer', () => {
  it.each<Case>([
    { name: 'costs covered by us', text: 'Hi Ines, your hotel and train fare would be covered by us for the whole weekend.', yes: ['value', 'reason'] },
    { name: 'a copy sent to everyone who answers', text: 'Dear colleague, the finished salary report will be sent to each clinic that answers the form.', yes: ['value'] },
    { name: 'set aside for you', text: 'Hi Bram, two festival passes have been set aside for you at the gate.', yes: ['value'] },
    { name: 'credited in the programme', text: 'Hi Bram, your name would be listed in the programme as lighting consultant.', yes: ['value'] },
    { name: 'paperwork sent is no gift', text: 'Hi Bram, the contract will be sent to you on Monday for signature.', no: ['value'] },
    { name: 'the fee plus travel', text: 'Hi Orla, we need a dialect coach for two days. The fee is our standard day rate plus travel.', yes: ['value'] },
    { name: 'a vendor quoting a price is no fee offered', text: 'Hi Orla, our coaching package costs 900 euros plus VAT.', no: ['value'] },
    { name: 'German: we pay your usual rate', text: 'Guten Tag Herr Vogt, wir zahlen natürlich Ihren üblichen Tagessatz.', yes: ['value'] },
    { name: 'Spanish: we cover travel', text: 'Hola Marta: cubrimos viajes y alojamiento de todo el equipo.', yes: ['value'] },
    { name: 'Portuguese: paid, of course', text: 'Oi Bia! Precisamos de uma revisora. Remunerado, claro.', yes: ['value'] },
    { name: 'Spanish: we send them to you', text: 'Tenemos las fotos del taller y se las mandamos encantados.', yes: ['value'] },
    { name: 'Spanish: could you introduce me is an ask', text: 'Buenos días Sra. Ortega, ¿me podría presentar a Rubén Salas?', yes: ['leech'], no: ['value'] },
    { name: 'French: I share it with you', text: "Bonjour Léa, j'ai numérisé les archives. Je te les partage volontiers.", yes: ['value'] },
    { name: 'French: coffee offered is courtesy', text: "Bonjour Léa, un café la semaine prochaine pour en parler ? Je vous l'offre.", no: ['value'] },
    { name: 'coffee brought is courtesy', text: "Hi Sol, could you look at my soldering on Friday? I'll bring the coffee.", yes: ['leech'], no: ['value'] },
    { name: 'handing it over', text: "Hi Ravi, we wrote a parser for your export format and we'd gladly hand it over.", yes: ['value'] },
    { name: 'put you two in touch', text: 'Hi Ravi, my old lab partner repairs looms. Happy to put you two in touch.', yes: ['value'] },
    { name: 'ping you roles', text: 'Hi Ravi, I place data engineers in Leeds and can ping you the best roles as they open.', yes: ['value'] },
  ])('$name', check);
});

describe('signals: sixth round: go-betweens in the passive or a relative clause, greetings passed on by a person', () => {
  it.each<Case>([
    { name: 'your number was passed to me by X', text: 'Dear Ms Quinn, your number was passed to me by Colm Daly after the harvest fair.', yes: ['reference', 'introduction'] },
    { name: 'I was referred to you by X', text: 'Hello Dr. Sato, I was referred to you by Mireille Fontaine about the kiln permits.', yes: ['reference', 'introduction'] },
    { name: 'X, who told me to email you', text: 'Hi Oona, I asked Bartek Nowak about grant audits; Bartek Nowak, who knows everyone, told me to email you.', yes: ['reference', 'introduction'] },
    { name: 'X, who told me to do something else, is no go-between', text: 'My first coach, Wendell Ames, who always told me to pace myself, would have loved this race.', no: ['introduction'] },
    { name: 'X pointed you out', text: 'Hi Noor, at the meetup Kasia Brandt pointed you out as the one who tamed our flaky CI.', yes: ['reference', 'introduction'] },
    { name: 'X asks after you', text: 'Hi Tom, quick one (Priyanka Shah still asks after you, by the way). Are you still doing rigging?', yes: ['reference'] },
    { name: 'regards from X, who ...', text: 'Hi Tom, warm regards from Gemma Ruiz, who says the boat still leaks.', yes: ['reference'] },
    { name: 'greetings from a place are not a person', text: 'Hi Tom, greetings from Buenos Aires, where it is finally spring.', no: ['reference'] },
    { name: 'Spanish: recuerdos de X, que ...', text: 'Un abrazo, y recuerdos de Ramiro Soto, que todavía habla de aquel congreso contigo.', yes: ['reference'] },
    { name: 'German: Grüße von X, mit dem ...', text: 'Viele Grüße auch von Anke Brandt, mit der Sie damals das Projekt geleitet haben.', yes: ['reference'] },
  ])('$name', check);
});

describe('signals: sixth round: their deeds in the passive or a relative clause, shared presence and past, broad traits', () => {
  it.each<Case>([
    { name: 'written by you, with a year', text: 'Dear Dr. Ivers, the sampling guide that most river trusts now follow was, I believe, drafted by you in 2017.', yes: ['personal'] },
    { name: 'written by you, nothing named', text: 'Dear Dr. Ivers, I was told the guide was written by you.', no: ['personal'] },
    { name: 'the report your lab published in X', text: 'Hi Tove, we still use the soil map your lab released with the Uppsala Rural Survey.', yes: ['personal'] },
    { name: 'the renovation you two did at X', text: 'My uncle still brags about the chapel roof you two restored in Kilkenny.', yes: ['personal'] },
    { name: 'the job you posted is no deed', text: 'Hi Tove, I saw the role your team listed with Hays Recruitment and would like to apply.', no: ['personal'] },
    { name: 'a made thing, by hand', text: 'Hi Gwen, the oak bench you carved outside the library is where I read every lunch.', yes: ['personal'] },
    { name: 'since we did X together', text: 'Hi Rufus, it has been years since we ran the Kestrel Ridge relay together.', yes: ['personal'] },
    { name: 'you were at X too', text: 'Hi Nell, you were at the Harwick Pottery Fair on Sunday too, I think.', yes: ['personal'] },
    { name: 'sat behind you at X', text: 'Hi Nell, I sat right behind you at DevOpsDays Ghent during the chaos talk.', yes: ['personal'] },
    { name: 'Portuguese: since our days at X', text: 'Oi Rui! Saudades desde os nossos tempos na Brisamar.', yes: ['personal'] },
    { name: 'French: since we left X', text: "Salut Anouk, ça fait un bail depuis qu'on a quitté Ateliers Morel !", yes: ['personal'] },
    { name: 'French: your investigation in X', text: 'Bonjour Paul, ton reportage dans La Voix du Nord sur les haras m’a appris beaucoup.', yes: ['personal'] },
    { name: 'Spanish: what your team presented at X', text: 'Hola Lucía, la guía que su equipo presentó en las Jornadas de Enfermería de Bilbao nos ha servido mucho.', yes: ['personal'] },
    { name: 'a sector with a prefix is broad', text: "Hi Nadia, we're both in agri-tech in the Midlands, so let's talk.", no: ['personal'] },
    { name: 'we are looking for people is no commonality', text: 'Dear Mr. Hale, we are looking for volunteers who have worked in freight in the region.', no: ['personal'] },
    { name: 'great content is flattery', text: 'Hello, your blog has great content about dog training!', no: ['personal'] },
    { name: 'yr 10 is a school year', text: 'hi, my daughter is yr 9 at Hillcrest and loves netball. could u give her a trial?', no: ['personal'] },
    { name: 'grateful, subject elided', text: 'Hi Mo, I am moving to Leeds next month and would be so grateful if you could put in a word with your manager.', yes: ['leech'] },
    { name: 'put a word in', text: 'Hi Mo, could you put a word in for me with the hiring panel?', yes: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: counts chased in more shapes, favours named as nouns, job leads abroad', () => {
  it.each<Case>([
    { name: 'just passed a count', text: 'Hey Kit! Just passed 12k connections and gunning for 15k by summer.', yes: ['collector'] },
    { name: 'a company milestone is no count', text: 'Hi Kit, we just passed 12k customers in Norway.', no: ['collector'] },
    { name: 'goal: followers', text: 'Hi Kit! Goal: 5k followers before the album drops.', yes: ['collector'] },
    { name: 'Portuguese count', text: 'Oi Kit! Quero chegar a 20 mil conexões este ano.', yes: ['collector'] },
    { name: 'a follow would mean the world', text: 'Hi Kit, a share from you would mean the world for our launch.', yes: ['leech'] },
    { name: 'a review we wrote is no ask', text: 'Hi Kit, our review of your lamp came out great.', no: ['leech'] },
    { name: 'would you know who', text: 'Hi Kit, would you know who handles supplier onboarding at Breck Foods?', yes: ['leech'] },
    { name: 'German: if you hear of jobs', text: 'Hallo Kim, wenn du von freien Stellen hörst, gib mir bitte Bescheid.', yes: ['leech'] },
    { name: 'Spanish: if you hear of a post', text: 'Hola Kim, si te enteras de alguna vacante en Vigo, me avisas.', yes: ['leech'] },
    { name: 'French: if you hear of a post', text: "Bonjour Kim, si vous entendez parler d'un poste en régie, je suis preneuse.", yes: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: unnamed go-betweens, introductions asked without a name, friends by tag question, recruiters with a client', () => {
  it.each<Case>([
    { name: 'one of your colleagues names no one', text: 'Hi Dana, one of your teammates at Corvo suggested I reach out about the audit.', no: ['reference', 'introduction'] },
    { name: 'two of your students name no one', text: 'Dear Prof. Lund, two of your former students suggested I write to you.', no: ['reference', 'introduction'] },
    { name: 'in touch with whoever, from a friend', text: 'Hey Bo, long time no speak! Could you put me in touch with whoever runs facilities at your school now?', yes: ['reason'], no: ['introduction', 'leech'] },
    { name: 'in touch with someone, from a stranger', text: 'Dear Mr. Hale, could you put me in touch with someone in your procurement team?', yes: ['reason', 'leech'], no: ['introduction'] },
    { name: 'would you feel ok introducing us', text: 'Hi Bo! You worked with Selma Virtanen at Kone, right? Would you feel okay introducing us?', yes: ['introduction'], no: ['leech'] },
    { name: 'German tag question is a friend', text: 'Hi Ulla, du kennst doch Jonas Beck vom Ruderclub, oder? Könntest du uns bekannt machen?', yes: ['introduction'], no: ['leech'] },
    { name: 'introducer thanked by name first', text: 'Kofi, thanks so much for the intro (moving you to bcc). Ama, lovely to meet you.', yes: ['reference'] },
    { name: 'recruiter with a client and a role', text: "Hi Sven, I'm partnering with a Malmö retail client on a senior buyer role. Up for a chat?", yes: ['value', 'reason'], no: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: help promised to a business result is a pitch; devlogs and flowcharts are their work', () => {
  it.each<Case>([
    { name: 'help your org triple its revenue', text: 'Hi Kai, we can help your agency double its retainer revenue this year. Book a call: calendly.example/kai', yes: ['leech'], no: ['value'] },
    { name: 'help a named company close faster', text: "Hi Ros, I'd love to help Harbour Mutual Bank close its month-end faster. Ledgerly automates it. Worth a call?", yes: ['reason', 'leech'], no: ['value'] },
    { name: 'help a person is no pitch', text: "Hi Ros, I'd love to help Dara finish her thesis faster; happy to proofread two chapters.", yes: ['value'], no: ['leech'] },
    { name: 'their devlog', text: 'Hi Oz, your devlog about fog volumes in Godot (part 3) fixed our night scenes.', yes: ['personal'] },
    { name: 'their flowchart', text: 'Hi Oz, your flowchart on the Kiln Builders forum is taped above my bench.', yes: ['personal'] },
  ])('$name', check);
});

describe('signals: sixth round: news from someone met, Italian thanks and hearsay, things sent free, agents, pleasantries abroad', () => {
  it.each<Case>([
    { name: 'ran into X and she told me you', text: 'Hi Pat, I bumped into Lorna Keane at the trade fair and she mentioned you are rewiring the old mill.', yes: ['reference'], no: ['introduction'] },
    { name: 'ran into X, nothing about you', text: 'Hi Pat, I bumped into Lorna Keane at the trade fair and she said the roads were awful.', no: ['reference'] },
    { name: 'Portuguese: talked to X and he said you', text: 'Oi Duda, conversei com o Caio Prates ontem e ele disse que você mudou para Recife.', yes: ['reference'] },
    { name: 'Italian: X told me that', text: 'Ciao Bea, Matteo Conti mi ha raccontato che hai chiuso tu il magazzino sabato.', yes: ['reference'] },
    { name: 'Italian: thanks', text: 'Ciao Bea, volevo ringraziarti per aver sistemato i turni di agosto.', yes: ['reason'] },
    { name: 'sent to you free', text: 'Hi Nia, we could bind a copy of your zine and mail it to you free, no strings.', yes: ['value'] },
    { name: 'sent to you, paid', text: 'Hi Nia, we can bind a copy and mail it to you for 20 pounds.', no: ['value'] },
    { name: 'an agent offers representation', text: "Dear Ines, I'm a literary agent and would love to discuss representing you.", yes: ['value'] },
    { name: 'representing you in court is no offer', text: 'Dear Ines, the firm representing you in the appeal has not replied to us.', no: ['value'] },
    { name: 'relation and name, tied by the next sentence', text: 'Hi Gus, my sister Ruth Oduya? She shared a lab with you at Leeds.', yes: ['reference'] },
    { name: 'relation and name, not tied', text: 'Hi Gus, my sister Ruth Oduya is a chemist. She lives in Leeds.', no: ['reference'] },
    { name: 'Spanish pleasantry and stock text', text: 'Hola Tere, ¡feliz viernes! Me gustaría agregarte a mi red profesional.', no: ['note'] },
  ])('$name', check);
});

describe('signals: sixth round: a community both belong to, where an offer goes, given to the sender, praise of effect', () => {
  it.each<Case>([
    { name: "you're the one in our club who", text: "Hi Ros, you're the only person in our choir who can sight-read Tallis, so I had to ask.", yes: ['personal'] },
    { name: 'welcome in our club is an invitation', text: 'Hi Ros, you are always welcome in our choir on Thursdays.', no: ['personal'] },
    { name: 'for your collection, in an offer', text: 'Hi Dr. Ng, I could send you the scans from both cases for your reference library.', yes: ['value'], no: ['personal'] },
    { name: 'could give us an hour is asked, not offered', text: 'Dear Ms Obi, we need retired pilots who could give us an hour a month for our cadets.', no: ['value'] },
    { name: 'praise of effect is no reason', text: 'Hi Jo, your thread on pricing pages changed how we write ours.', yes: ['personal'], no: ['reason'] },
  ])('$name', check);
});

describe('signals: sixth round: a role offered to the target of an introduction', () => {
  it.each<Case>([
    { name: 'hiring, asking a friend to introduce a named target', text: 'Hi Lars! You know Mette Dahl from Vestas, right? We are hiring a blade engineer and her name keeps coming up. Could you introduce us?', yes: ['introduction'], no: ['value', 'leech'] },
    { name: 'hiring, offered to the recipient', text: 'Hi Lars, we are hiring a blade engineer and your name keeps coming up. Open to a chat?', yes: ['value'] },
  ])('$name', check);
});

describe('signals: sixth round: a question about how they work asks for advice', () => {
  it.each<Case>([
    { name: 'how do you handle X?', text: 'Hi Mina, your clinic switched to same-day dressings last year. How do you handle the weekend rota?', yes: ['leech'] },
    { name: 'how did you X, with an offer', text: "Hi Mina, how did you get the council to fund it? Happy to share our own bid in return.", yes: ['value'], no: ['leech'] },
    { name: 'how do you do is a greeting', text: 'How do you do? I restore pianos in Bath.', no: ['leech'] },
    { name: 'how do you feel asks no advice', text: 'Hi Mina, how do you feel about the new market hall?', no: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: broad traits and crowds are no commonality', () => {
  it.each<Case>([
    { name: 'a field of study is broad', text: 'Hi Ade, we both studied chemistry and are both passionate about batteries.', no: ['personal'] },
    { name: 'a field at a named school is specific', text: 'Hi Ade, we both studied chemistry at Imperial under the same tutor.', yes: ['personal'] },
    { name: 'a LinkedIn group is a crowd', text: "Hi Ade, we're both in the Product Ops Collective group on LinkedIn. Nice to connect with fellow members!", no: ['personal'] },
    { name: 'we met on a day is no place', text: 'Thanks for introducing me to Wen! We met on Friday and she is lending us her kiln.', no: ['personal'] },
    { name: 'the sender and someone else in the same batch', text: 'hi lou, sam ortiz and i were in the same yc batch and he thought we should talk.', no: ['personal'] },
    { name: 'an outlet by its topic is generic', text: 'Hi there, a quick question about your baking blog.', no: ['personal'] },
    { name: 'a piece from their outlet is specific', text: 'Hi Di, the rye crackers from your baking blog are now our Sunday ritual.', yes: ['personal'] },
  ])('$name', check);
});

describe('signals: sixth round: pitches with numbers, pricing and demos sold, a heads-up given, CVs and Spanish favours', () => {
  it.each<Case>([
    { name: 'help your farm cut bills by N%', text: 'HI JO! WE CAN HELP YOUR BAKERY CUT ENERGY COSTS BY 40% WITH OUR HEAT PUMPS. CALL TODAY!', yes: ['leech'], no: ['value'] },
    { name: 'walk you through pricing is a sale', text: 'Hi Jo, could we book a call so I can walk you through pricing?', yes: ['leech'], no: ['value'] },
    { name: 'walk you through pricing data is an offer', text: 'Hi Jo, happy to walk you through the pricing data we gathered from 200 bakeries.', yes: ['value'] },
    { name: 'a demo link is a sale', text: 'Hi Jo, can I send you a short demo video and book a call?', yes: ['leech'], no: ['value'] },
    { name: 'just a heads-up gives information', text: 'Hi Jo, just a heads-up: the booking form on your site rejects every Welsh postcode.', yes: ['value'], no: ['leech'] },
    { name: 'a heads-up asked for is an ask', text: "Hi Jo, I'd appreciate a heads-up if a sous-chef role opens.", yes: ['leech'], no: ['value'] },
    { name: 'would love to send you my CV', text: 'hi jo, heard ur hiring line cooks? would love to send u my cv', yes: ['leech'] },
    { name: 'Spanish: would you mind reviewing my plan', text: 'Hola Jo, ¿te importaría echar un vistazo a mi presupuesto?', yes: ['leech'] },
    { name: 'Spanish: may I ask you a question', text: 'Hola Jo, ¿le puedo hacer una consulta sobre su horno de leña?', yes: ['leech'] },
  ])('$name', check);
});

describe('signals: sixth round: quotations, the sender\'s own mentor abroad, vague calls with placeholders', () => {
  it.each<Case>([
    { name: 'as a famous person said, a maxim', text: 'Hi Lee, as Marie Curie said, nothing in life is to be feared, it is only to be understood. Free for a demo?', no: ['reference'] },
    { name: 'as the introducer mentioned, our news', text: 'Thanks Noor for the intro! Hi Lee, as Noor mentioned, we are testing your sensor in two greenhouses.', yes: ['reference'] },
    { name: 'French: my mentor often says', text: "Bonjour Paul, mon mentor, Yves Carré, répète souvent qu'une boulangerie vit de son quartier.", no: ['reference'] },
    { name: 'learn what you build at an unfilled company', text: "Hi <First Name>, I'd love to learn more about what you're building at [Company]. 15 minutes next week?", yes: ['leech'], no: ['reason'] },
  ])('$name', check);
});

describe('signals: sixth round: discounts sold, introductions asked after naming someone, volunteer time for a cause', () => {
  it.each<Case>([
    { name: 'offered at a discount is a sale', text: 'Hi Rob, we would love to supply your clinics with our splints at a 20% launch discount. Could we talk?', yes: ['reason', 'leech'], no: ['value'] },
    { name: 'if you could introduce me to him', text: 'Hi Ms. Duarte, I see you know Tomasz Wierzba at Orlen. I would be grateful if you could introduce me to him.', yes: ['introduction'] },
    { name: 'grateful for an introduction, after a name', text: 'Hi Ivo, you worked with Hana Sato at Kyocera, I believe? I would be grateful for an introduction.', yes: ['introduction'] },
    { name: 'grateful for an introduction, nobody named', text: 'Hi Ivo, I am new in town and would be grateful for an introduction to the scene.', no: ['introduction'] },
    { name: 'volunteer time for a cause', text: 'Hi Ivo, our charity teaches adults to read. Would you give one evening a month as a tutor?', yes: ['reason'], no: ['leech'] },
    { name: 'an hour for a startup is a favour', text: 'Hi Ivo, I run a fintech startup. Could you spare one hour a month as an advisor to me?', yes: ['leech'] },
  ])('$name', check);
});

describe("signals: sixth round: the sender's own material for the favour asked is no offer", () => {
  it.each<Case>([
    { name: 'help me with mine, I can send my logs', text: 'Hi Ola, could you help me with my kiln controller? It overshoots by 40 degrees. I can send you my logs and a photo of the wiring.', yes: ['leech'], no: ['value'] },
    { name: 'in return, my data to keep', text: 'Hi Ola, could you help me with my kiln controller? In return I can send you my firing logs to keep for your course.', yes: ['value'], no: ['leech'] },
  ])('$name', check);
});

describe('signals: where a family match may end', () => {
  const at0 = (source: string, text: string) => {
    const re = rx(source);
    re.lastIndex = 0;
    return re.exec(text)?.[0];
  };
  it('never inside a word or on the space before one', () => {
    expect(at0('your talk', 'your talks on x')).toBeUndefined();
    expect(at0('show you ', 'show you what we built')).toBeUndefined();
    expect(at0('your talk', 'your talk on x')).toBe('your talk');
  });
  it('right after a quote or a bracket, before the word it opens', () => {
    expect(at0('your talk "', 'your talk "holz im bau"')).toBe('your talk "');
    expect(at0('episode \\d+ \\(', 'episode 41 (the one with')).toBe('episode 41 (');
  });
});

describe('signals: chat spellings (typed on a phone)', () => {
  it('widens whole words of a pattern only', () => {
    expect(informal('could you help')).toBe('could (?:you|u) help');
    // "ur" before an article or a verb form is "you're" ("ur the eng manager"), so it is not read as "your" there.
    expect(informal('(?:your|yr)')).toMatch(/^\(\?:\(\?:your\|ur\(\?! .+\)\)\|yr\)$/);
    expect(new RegExp(`^${informal('(?:your|yr)')} talk`).test('ur talk')).toBe(true);
    expect(new RegExp(`^${informal('(?:your|yr)')} ${W}`).test('ur the')).toBe(false);
    expect(informal("(?:i|we)(?:'d|'ll|'m|'re| would)?")).toBe("(?:i|we)(?:'?d|'ll|'?m|'re| would)?");
    expect(informal("don't (?:worry|mind)")).toBe("don'?t (?:worry|mind)");
    // A word's part, a character class, an optional last letter and "were"/"ill"/"well" stay as written.
    for (const kept of ['youth', 'yours', '[you]', 'you?', "we're", "i'll", "we'll", 'aboutness', 'pleased']) expect(informal(kept)).toBe(kept);
  });

  it.each<Case>([
    { name: 'an offer typed fast', text: 'hey sam, saw ur thread on flaky ci tests. im happy to share the retry script we use, lmk', yes: ['value', 'personal'] },
    { name: 'a favour of a stranger, no apostrophes', text: 'hi, im looking for my first job in data. can u refer me to ur hiring manager pls? thx', yes: ['leech'], no: ['value'] },
    { name: 'an introduction asked of a friend', text: 'hey jo, could u intro me to priya at stripe? shes the one who built their payouts thing', yes: ['introduction'] },
    { name: 'the reason, with bc', text: 'hi mira, writing bc ur talk on bike lanes in ghent changed how our council votes', yes: ['reason', 'personal'] },
    { name: 'a negation without its apostrophe', text: 'hi tom, i dont want anything from u, just wanted to say ur guide on tax returns for freelancers saved me a week', no: ['leech'] },
  ])('$name', check);
});

describe('signals: eleventh round: news from a person both know, the introducer thanked by name, a teacher both had', () => {
  it.each<Case>([
    { name: 'news passed on, with when in between', text: 'Hi Rhea, Tobias Lindqvist mentioned at the allotment meeting on Sunday that your bakery is switching to rye sourdough. I mill rye at our farm and could send you a sample sack.', yes: ['reference', 'value'], no: ['introduction'] },
    { name: 'news passed on, over dinner', text: 'Hello Kemal, Aylin Demir told me over dinner that the ferry cooperative wants new timetables. We redid ours last spring and I can share the spreadsheet.', yes: ['reference'] },
    { name: 'a famous person quoted is not someone both know', text: 'Hi Rhea, as Warren Buffett told us in 1987, price is what you pay. I run a small index fund and would like your view.', no: ['reference'] },
    { name: 'the introducer thanked in a reply that moves them to bcc', text: 'Thanks Oskar for connecting us, moving you to bcc.\n\nMirela, great to meet you. I can send our sensor logs whenever suits.', yes: ['reference', 'introduction'] },
    { name: 'the introducer thanked first, in a chat reply', text: 'Nadia ty for looping us in, dropping u to bcc\n\nhey Carl, im Joss, I fix bike shop websites', yes: ['reference', 'introduction'] },
    { name: 'the recipient thanked for an introduction is not a third person', text: 'Pia, thank you for putting me in touch with the buyers at Norrland Foods. The call went well and they want samples.', no: ['reference'] },
    { name: 'a teacher both had, by possessive', text: "Hi Wen, we were both in Lars Berg's Tuesday pottery class at the community college back in 2018.", yes: ['reference'] },
    { name: 'a boss of both', text: 'Hi Osei, Mariana Lopes managed both of us at Trellis, a few years apart.', yes: ['reference'] },
    { name: 'German participle at the end', text: 'Hallo Frau Vogt, Dr. Jens Amann hat mir gestern am Rande der Tagung in Jena erzählt, dass Sie ein Archiv für Flurnamen aufbauen.', yes: ['reference'] },
    { name: 'French, confided', text: "Bonjour Paul, Hélène Garnier m'a confié que vous cherchez un luthier pour l'atelier.", yes: ['reference'] },
  ])('$name', check);
});

describe('signals: eleventh round: fields and interests are broad traits; titles in quotes; friends by how they know', () => {
  it.each<Case>([
    { name: 'both in a field, lower case', text: "Hi Petra, we're both in municipal water treatment, so I thought we should connect.", no: ['personal'] },
    { name: 'both in a named community', text: "Hi Petra, we were both in the Ghent Harriers running club when I lived in Belgium.", yes: ['personal'] },
    { name: 'like you, a field', text: 'Hello Mr Osei, like you I work in industrial refrigeration. Would be glad to connect.', no: ['personal'] },
    { name: 'like you, an interest', text: "Hi Ilse, like you I'm passionate about circular fashion.", no: ['personal'] },
    { name: 'like you, a place', text: 'Hi Ilse, like you I trained at the Royal Brompton in London.', yes: ['personal'] },
    { name: 'German talk named by a quoted title', text: 'Sehr geehrter Herr Lenz, Ihr Vortrag "Lehm im Geschosswohnungsbau" beim Baustofftag in Kassel hat unsere Planung verändert.', yes: ['personal'] },
    { name: 'German talk at an event (beim)', text: 'Hallo Frau Sommer, Ihr Vortrag beim Forsttag in Freising hat mir die Augen geöffnet.', yes: ['personal'] },
    { name: 'Italian, a recipe from their blog', text: 'Ciao Marta, ho provato il risotto del tuo blog "Riso e Nebbia" e a casa è piaciuto moltissimo.', yes: ['personal'] },
    { name: 'a friend asked for an introduction, knowing whom they know', text: 'Hey Sol! You and Ines Duarte still run the Saturday market together, right? Could you introduce me to her? I make goat cheese and want a stall.', yes: ['introduction'], no: ['leech'] },
    // The model reads this one as a friend's ask and overrules the favour: pooled over 27 past rounds, letting it overrule
    // introductions asked of people the families found no sign of knowing took leech from 0.8825 to 0.8929.
    { name: 'a stranger asked for an introduction, seen on LinkedIn', text: 'Hello Mr Duarte, I saw on LinkedIn that you and Ines Duarte worked together. Could you introduce me to her? I make goat cheese and want a stall.', yes: ['leech'], familiesAlone: true },
    { name: 'leads asked for are no offer', text: 'Hi! Looking for warehouse roles in Rotterdam. If you hear of anything please send it my way!', no: ['value'] },
    { name: 'work passed on is an offer', text: 'Hi Dirk, I do small bathroom refits. If you get jobs too small for your crew, send them my way and I will pay a finder fee.', yes: ['value'] },
    { name: 'material that eases the favour is no offer', text: 'Hi Moira, would you write me a reference for the harbour-master post? I can send you the job description and my log of the dredging works so it takes you less time.', yes: ['leech'], no: ['value'] },
    { name: 'asking leave to send it is no offer', text: 'Hi Ruben, I am closing a seed round for a composting start-up and would love your eyes on the deck. Could I send it over?', yes: ['leech'], no: ['value'] },
    { name: 'sending it, no strings, is an offer', text: 'Hi Ruben, we wrote up everything that broke when our depot moved to handhelds. Happy to send it over, no strings.', yes: ['value'], no: ['leech'] },
    { name: 'walking them through our range is a pitch', text: 'Hi Pieter, could we get 30 minutes so I can walk you through our range of cold-store doors?', no: ['value'], yes: ['leech'] },
  ])('$name', check);
});

describe('signals: twelfth round: go-betweens and shared pasts in more languages; titles, clubs and alumni', () => {
  it.each<Case>([
    { name: 'Dutch news passed on', text: 'Hoi Femke, Joost Bakker vertelde me gisteren na de training dat jullie een nieuwe kantine bouwen. Ik heb tekeningen van de onze liggen.', yes: ['reference'] },
    { name: 'Portuguese, on the word of a titled person', text: 'Exmo. Senhor Eng. Tavares, escrevo-lhe por indicação do Eng. Paulo Reis, que foi meu orientador no Porto.', yes: ['introduction', 'reference'] },
    { name: 'Italian, at the suggestion of a professor', text: 'Gentile dott. Galli, Le scrivo su suggerimento del prof. Marini, che mi ha detto che Lei conosce bene i mosaici di Ravenna.', yes: ['introduction', 'reference'] },
    { name: 'Dutch, on the advice of', text: 'Beste Lotte, op aanraden van Sanne de Wit stuur ik je dit bericht over ons buurtcompostproject.', yes: ['introduction', 'reference'] },
    { name: 'Spanish, a friend of someone both know', text: 'Hola Marta, soy Inés, amiga de Lucía Ferrer del coro. Me dijo que tú organizas el mercado de los sábados.', yes: ['reference'] },
    { name: 'Spanish thanks for the introduction, moved to the hidden copy', text: 'Lucía, muchas gracias por la presentación, te paso a copia oculta.\n\nEstimado Sr. Prieto, encantada de saludarle.', yes: ['introduction'] },
    { name: 'Spanish, the same class', text: 'Hola Pablo, estudiamos juntos en la misma clase del instituto en Cuenca, ¿te acuerdas?', yes: ['personal'] },
    { name: 'Spanish, the same sector is a broad trait', text: 'Hola Pablo, trabajamos en el mismo sector, me encantaría conectar.', no: ['personal'] },
    { name: 'Italian article, elided preposition', text: "Buongiorno dott.ssa Neri, ho letto il suo articolo sull'ultimo numero di Restauro Oggi e mi ha aiutato molto.", yes: ['personal'] },
    { name: 'a promotion congratulated is a reason, not their work', text: 'Dear Mr. Obi, congratulations on your promotion to Head of Logistics at Delta Freight! Wishing you every success.', yes: ['reason'], no: ['personal'] },
    { name: 'a launch congratulated is their work', text: 'Hi Jo, congrats on the launch of Trailhead 3.0, the offline maps finally work in the Cairngorms.', yes: ['personal', 'reason'] },
    { name: 'a fellow alum of a school never named', text: 'Hi {first_name},\n\nAs a fellow alum, I always enjoy reaching out to our community first.', no: ['personal'] },
    { name: 'a fellow alum of a school left unfilled', text: 'Hi Jordan! Looks like we both went to [University], always great to meet a fellow alum.', no: ['personal'] },
    { name: 'a fellow alum of a named school', text: 'Hi Ana, as a fellow Wharton alum I wanted to say hello.', yes: ['personal'] },
    { name: 'a club both play for is a commonality, not a person', text: 'hi jonas, we both play for Lindenau FC reserves, im the new left back.', yes: ['personal'], no: ['reference'] },
    { name: 'German: a capitalised relation noun before the name', text: 'Hallo Frau Brandt, Ihr Kollege Jonas Weber hat mir letzte Woche erzählt, dass Sie ein Lastenrad-Netz für Kassel planen.', yes: ['reference'] },
    { name: 'German: an unnamed colleague is no name', text: 'Sehr geehrter Herr Voss, ein Kollege von Ihnen hat mir empfohlen, mich direkt bei Ihnen zu melden.', no: ['reference'] },
    { name: 'a recruiter with a role for a client', text: 'Hello Marta, we are looking for a Senior Data Engineer for our logistics client in Gdańsk, fully remote, 24-28k PLN a month. Open to a short call?', yes: ['value'], no: ['leech'] },
    { name: 'a recruiter partnering with a client on a role', text: "Hi Sam, I'm partnering with a fast-growing insurer in Leeds on a Claims Analytics Lead role: hybrid, strong bonus. Would you be open to a chat?", yes: ['value'], no: ['leech'] },
    { name: 'feedback sought for a client is no role', text: "Hi Dan, we're looking for feedback for our client on their new booking app. Could you spare ten minutes?", no: ['value'] },
    { name: 'a talk at an unnamed conference is not their specific work', text: 'Hi Andrea, I saw you spoke at a conference recently. Great stuff!', no: ['personal'] },
    { name: 'a talk at a named event is', text: 'Hi Andrea, you spoke at the Lisbon Data Summit about queueing theory, great talk.', yes: ['personal'] },
    { name: 'their relative at a gym is no work of theirs', text: 'Hey Dan, I train with your brother-in-law Marcus at CrossFit Ironside. Great guy!', no: ['personal'] },
    { name: 'the same club as someone else is no commonality with the sender', text: 'Hi Jaroslav, I noticed you sail out of the same club as Vera Lindgren.', no: ['personal'] },
    { name: 'the same school as the recipient is', text: 'Hi Ana, I went to the same school as you, ten years later.', yes: ['personal'] },
    { name: "what the sender's team did is no commonality", text: 'Hi Rui, we ran 40 interviews with first-time investors in Brazil about why they quit.', no: ['personal'] },
    { name: 'a meeting yesterday with someone else is no commonality', text: 'Dear Omar, thank you for introducing me to Tarek Soliman, we met yesterday in his office in Ain Sokhna.', no: ['personal'] },
    { name: 'a meeting at a named event is', text: 'Hi Ana, we met at PyCon Lisbon last spring.', yes: ['personal'] },
    { name: 'a place of two words after a group', text: 'Hi Shauna, Dmitri Vale from our Tuesday running group at Kelso Park suggested I message you about health informatics.', yes: ['introduction', 'reference'] },
  ])('$name', check);
});

// Fourteenth round: shared history and their product in the other languages; a year apart at the same school; chat "ur"
// as "you're"; fandom as a broad trait.
describe('signals: shared history in every language', () =>
  it.each<Case>([
    { name: 'Spanish, you were my boss', text: 'Hola Gustavo, fuiste mi jefe durante la migración a BigQuery en Mercantia.', yes: ['personal'] },
    { name: 'Portuguese, you were my boss', text: 'Oi Ana, você foi minha chefe na Vento Digital e aprendi muito.', yes: ['personal'] },
    { name: 'Portuguese, he was my boss is about someone else', text: 'Oi Ana, ele foi meu chefe na Vento Digital.', no: ['personal'] },
    { name: 'French, you were my manager', text: "Bonjour Anne, vous étiez ma responsable chez Ardea en 2018.", yes: ['personal'] },
    { name: 'German, you were my boss', text: 'Hallo Anna, Sie waren meine Chefin bei Ardea in Köln.', yes: ['personal'] },
    { name: 'Italian, you were my supervisor', text: 'Ciao Anna, eri la mia relatrice al Politecnico, ricordi?', yes: ['personal'] },
    { name: 'Dutch, you were my manager', text: 'Hoi Anna, jij was mijn leidinggevende bij Ardea.', yes: ['personal'] },
    { name: 'Portuguese, we worked together', text: 'Oi Ana, trabalhamos juntas na Vento Digital em 2020.', yes: ['personal'] },
    { name: 'Italian, we worked together', text: 'Ciao Anna, abbiamo lavorato insieme in Ardea nel 2018.', yes: ['personal'] },
    { name: 'Dutch, we worked together', text: 'Hoi Anna, we hebben in 2018 samengewerkt bij Ardea.', yes: ['personal'] },
    { name: 'Spanish, like you I did the same master', text: 'Hola Carla: como tú, hice el Máster en Derecho Marítimo en Cádiz.', yes: ['personal'] },
    { name: 'French, like you I studied there', text: "Bonjour Anne, comme vous, j'ai fait mes études à l'INSA de Lyon.", yes: ['personal'] },
    { name: 'Spanish, like you I worked in a field is broad', text: 'Hola Ana, como tú, trabajé en marketing muchos años.', no: ['personal'] },
    { name: 'Portuguese, tested their app', text: 'Oi Mariana, testei o fluxo de cadastro do app da Zarpa no Android e achei seis problemas.', yes: ['personal'] },
    { name: 'German, tested their app', text: 'Hallo Anna, ich habe Ihre App getestet und drei Fehler im Login gefunden.', yes: ['personal'] },
    { name: 'Spanish, an app of nobody in particular', text: 'Hola Ana, probé una app de recetas ayer.', no: ['personal'] },
    { name: 'two years behind them at the same school', text: "Hi Jonah, I found you in the Colbrook Hotel School alumni directory. I graduated in '14, two years behind you.", yes: ['personal'] },
    { name: 'two years after something else', text: 'Hi Jonah, I graduated two years after the pandemic started.', no: ['personal'] },
    { name: 'chat "ur the" is "you are", not their work', text: 'hey!! saw ur the eng mgr at loopwise 👀 any chance u could refer me??', no: ['personal'] },
    { name: 'chat "ur talk" is their work', text: 'loved ur talk on kafka at devconf last week, the backpressure demo was great', yes: ['personal'] },
    { name: 'a fan of the same famous person is a broad trait', text: 'Hi Wendell, fellow Jane Jacobs devotee here. Would be good to connect.', no: ['personal'] },
    { name: 'a fellow member of a named club is a community', text: 'Hi Ana, fellow Hackney Harriers runner here, saw you at the 10k.', yes: ['personal'] },
  ])('$name', check));

// Fifteenth round: favours and offers in more shapes (from tune26 … tune29, read with a model not trained on them).
describe('signals: favours and offers, fifteenth round', () =>
  it.each<Case>([
    { name: 'paying for their time, subject left out', text: 'heyy saw ur tiktok abt budgeting on a barista wage. do u do 1:1 coaching or nah?? would pay fr', yes: ['value'], no: ['leech'] },
    { name: 'asking whether they would pay is no offer', text: 'Hi Ana, would you pay for a tool that books your classes?', no: ['value'] },
    { name: 'a role of the sender, with its pay', text: "Hi Paul, I'm building the sales team at Greenway and would like to talk with you about our regional sales manager role: $80k base plus commission. Would you be open to a call?", yes: ['value'], no: ['leech'] },
    { name: 'a role at their company is asked for, not offered', text: 'Hi, could we talk about a role at your company? I just finished my bootcamp.', no: ['value'] },
    { name: 'help whenever they need it', text: 'Thanks again for the intro to Baptiste! If you ever need help with your Shopify store, just shout.', yes: ['value'], no: ['leech'] },
    { name: 'Dutch: help whenever they need it, with a clause between', text: 'Als jij ooit offertes voor zonnepanelen wil laten checken, ik ken de hele markt, vraag maar.', yes: ['value'] },
    { name: 'Spanish: help whenever they need it', text: 'Hola Marta, si alguna vez os hace falta alguien para el BIM, avísame.', yes: ['value'] },
    { name: 'a gift as thanks', text: "hey! ur pod episode saved us 8% on import duties. we make ceramic planters in Porto and id love to send u a box as a thank u, what address works?", yes: ['value'], no: ['leech'] },
    { name: 'Dutch: an introduction asked of a friend', text: 'Hoi Daan! Jij kent Femke de Wit van de hockeyclub toch? Zou je ons aan elkaar willen voorstellen? Ik zoek een illustrator.', yes: ['introduction'], no: ['leech'] },
    { name: 'German: do you know anyone who is hiring', text: 'Hallo Herr Vogt, vielleicht kennen Sie ja jemanden, der gerade Java-Leute sucht?', yes: ['leech'] },
    { name: 'French: do you know anyone who is hiring', text: "Bonjour Anne, connaissez-vous quelqu'un chez Ardea qui recrute ?", yes: ['leech'] },
    { name: 'a stranger asked for an unnamed contact to be introduced to', text: 'Hi Joanna, I saw you used to work at Helio Labs. Do you know anyone in their recruiting team you could put me in touch with?', yes: ['leech'], familiesAlone: true },
    { name: 'a friend asked for an unnamed contact to be introduced to', text: 'Hi Farah, hope the retreat recovery is going well! Quick one: do you know anyone at the Wellcome Trust you could introduce me to?', no: ['leech'] },
    { name: 'would mean the world', text: 'Would mean the world if you gave our campaign post a follow + share', yes: ['leech'] },
    { name: 'thanks for feedback already given is no ask', text: 'Hey Ilse, just wanted to say thx for the feedback on my portfolio at Config Berlin, got 2 interviews already', no: ['leech'] },
    { name: 'thanks for an introduction already made is no ask', text: "Joana, thank you for the intro to the Vinhos da Serra team! Dinner's on me next time you're in Porto.", no: ['leech'] },
    { name: 'grateful for advice is still an ask', text: 'Dr. Mensah, I am preparing a report on sterilisation audits and would be grateful for your insights.', yes: ['leech'] },
    { name: 'a quote asked of a supplier is business for them', text: "Hi Dolores, I'm organising a retreat for 35 people on May 16-17. Could you send me a quote?", no: ['leech'] },
    { name: 'their wholesale sheet asked for by a buyer', text: 'Hi Arlo, we are rewriting our winter menu. Could you send me your wholesale sheet? We would need about 4 kg a week.', no: ['leech'] },
    { name: 'a pricing problem is no purchase', text: 'Hi Paula, could I pick your brain for 15 min about a pricing rule problem in Salesforce?', yes: ['leech'] },
  ])('$name', check));

// Sixteenth round: a shared past in more shapes (from tune30 and tune31, read with a model not trained on them).
describe('signals: a shared past, sixteenth round', () =>
  it.each<Case>([
    { name: 'something done together, any past verb', text: 'Hi Meera! We flew the Doha rotation together in 2017, remember the sandstorm diversion?', yes: ['personal'] },
    { name: 'working together as a wish is no shared past', text: 'Hi Meera, I think we could work together on this next year.', no: ['personal'] },
    { name: 'an aside about the person just named', text: 'Hi Matteo, Tereza Novak (your sous chef; we cooked together in Valencia) told me about your menu.', no: ['personal'] },
    { name: 'shared quarters', text: 'Hi Jana, we shared a flat on Kastanienallee for two years.', yes: ['personal'] },
    { name: 'back when the sender was there too', text: 'Hi Ruth, you were the Salesforce admin at Brennan Tiles back when I was in accounts there.', yes: ['personal'] },
    { name: 'remember a named club', text: 'Sven! Remember the Elbwiese rowing club? Hope you still row!', yes: ['personal'] },
    { name: 'remember a deadline is no shared past', text: 'Hi Sven, remember the deadline is Friday?', no: ['personal'] },
    { name: 'an ex-member of the same scheme', text: 'Hey, ex-Nimbus Foods grad scheme 2015 here. Is your team hiring?', yes: ['personal'] },
    { name: 'work the sender did for them', text: 'Hi Pieter, hope the kitchen we fitted for you last spring is holding up!', yes: ['personal'] },
  ])('$name', check));

describe('signals: favours that are not, sixteenth round', () =>
  it.each<Case>([
    { name: 'an offer inside a condition on them', text: "Hi Pri, Tomasz told me they need a senior engineer. If you're interested I'm happy to introduce you; he said he'd welcome it.", yes: ['value'] },
    { name: 'a proposal to do something together', text: 'Hi Lorraine, our audiences overlap a lot. Would you be open to co-hosting a webinar on year-end admin for freelancers in Q4?', yes: ['reason'], no: ['leech'] },
    { name: 'Italian: an introduction asked of an old colleague', text: 'Ciao Giulia, ti ricordi di me? Vedo che lavori con Davide Rinaldi di Lanificio Orsetti. Potresti presentarmi a lui? Grazie mille!', yes: ['introduction'], no: ['leech'] },
    { name: 'Italian: an introduction asked of a stranger', text: 'Buongiorno, potresti presentarmi a Davide Rinaldi di Lanificio Orsetti?', yes: ['introduction', 'leech'] },
    { name: 'something free for everyone nearby', text: "Thinking of selling this spring? I'm offering every homeowner on our street a free, no-obligation valuation.", yes: ['value'], no: ['leech'] },
    { name: "a recruiter's client in apposition", text: 'Hi Sunita, one of my clients, a Series B healthtech in Manchester, is looking for a Head of Data to build a team of six. Would you be open to a quick chat?', yes: ['value'], no: ['leech'] },
    { name: 'no worries if it is awkward', text: "random one, you're at Faro Energy now right? could you put me in touch with whoever handles electrical suppliers? no worries if it's awkward", no: ['leech'] },
  ])('$name', check));

// Twentieth and twenty-first rounds (from tune36 ... tune41, read with a model not trained on them); each family with a
// near miss it must leave alone.
describe('signals: offers, twentieth and twenty-first rounds', () =>
  it.each<Case>([
    { name: 'German: a role with its pay range', text: 'Sehr geehrter Herr Albers, wir suchen für einen Kunden in Bremen eine Leitung Einkauf. Gehaltsrahmen 110–125 T€, dazu ein Dienstwagen. Hätten Sie Zeit für ein Gespräch?', yes: ['value'], no: ['leech'] },
    { name: 'Italian: a role with its gross pay', text: 'Ciao Sara, cerco una QA lead per una software house di Bologna, RAL 48-55k, full remote. Ti va di sentirci?', yes: ['value'], no: ['leech'] },
    { name: 'a salary band in English', text: 'Hi Theo, we are hiring a staff data engineer in Leeds. Salary band £85-95k. Open to a chat next week?', yes: ['value'] },
    { name: 'pay with remote work', text: 'Hiring now: a support lead for a clinic network, $72k, fully remote. Interested, Jo?', yes: ['value'] },
    { name: 'a share of what their clients pay', text: 'Hi Mo, if one of your clients signs up through your link, you get 15% of their plan every month they stay.', yes: ['value'], no: ['leech'] },
    { name: 'a referral fee', text: 'Hi Ines, we pay a referral fee for every hire you send our way.', yes: ['value'] },
    { name: 'returns promised by a pitch are no share', text: 'HI JO, I CAN HELP YOU MAKE 200% RETURNS ON CRYPTO. DM ME TODAY.', no: ['value'] },
    { name: 'a first month free', text: 'Hi Mrs. Pell, I do bookkeeping for small dairies in the county. The first month is free, and you can stop anytime.', yes: ['value'], no: ['leech'] },
    { name: 'every respondent gets the report', text: 'Hi Karl, would you fill in a short survey on how bakeries plan staff rotas? Everyone who takes part gets the full findings in June.', yes: ['value'], no: ['leech'] },
    { name: 'the same favour returned', text: 'Hi Noor, would you read my essay draft before I submit it? I would gladly do the same for you.', yes: ['value'], no: ['leech'] },
    { name: 'doing the same in their place is no offer', text: 'Hi Noor, I read how you left your agency to freelance; I think I would do the same in your shoes.', no: ['value'] },
    { name: 'it costs them nothing', text: 'Hi Dee, my crew can clear the storm debris from your lot next week. It costs you nothing; we just need the wood.', yes: ['value'] },
    { name: 'Dutch: no obligation', text: 'Hoi Bart, ik heb een korte analyse van jullie energieverbruik gemaakt. Ik stuur hem graag op, geen verplichtingen.', yes: ['value'] },
    { name: 'Dutch: if you like I will send it', text: 'Hoi Anouk, we hebben net een benchmark van twaalf distributiecentra gemaakt. Als je wilt stuur ik je de resultaten.', yes: ['value'] },
    { name: 'Spanish: if you like I send my CV, no offer', text: 'Hola Nerea, busco trabajo de diseñadora en Bilbao. Si quieres te mando mi portafolio.', no: ['value'] },
    { name: 'Spanish: a text to forward is no offer', text: 'Hola Iker, ¿me presentas a Ane Etxeberria? Si quieres te paso un mensaje para que se lo reenvíes.', no: ['value'] },
    { name: 'Spanish: here I am if it is ever useful', text: 'Hola Paula, enhorabuena por el nuevo puesto. Si algún día te sirve un contacto en aduanas, aquí me tienes.', yes: ['value'] },
    { name: 'Italian: at your disposal if ever needed', text: 'Buongiorno dottoressa Rinaldi, se mai avesse bisogno di un traduttore tecnico per i manuali, sono a disposizione.', yes: ['value'] },
    { name: 'Italian: at your disposal as a closing formula is no offer', text: 'Buongiorno dottoressa Rinaldi, le scrivo per sapere se cercate stagisti. Resto a disposizione, cordiali saluti.', no: ['value'] },
  ])('$name', check));

describe('signals: favours and shared pasts, twentieth and twenty-first rounds', () =>
  it.each<Case>([
    { name: 'the right person, or who else', text: 'hi Lars! are you the right person to talk to about forklift fleets at Nordhavn? if not, who should I reach out to?', yes: ['leech'] },
    { name: 'names of the best people they worked with', text: "Hi Cleo, I'm mapping the market for mobile engineers in Lyon. Who are the five best iOS developers you've worked with?", yes: ['leech'] },
    { name: 'asking how they did it', text: "Hi Ruben, I'd love to ask how you got your first fifty subscribers for the newsletter.", yes: ['leech'] },
    { name: 'German: would you look it over', text: 'Hallo Frau Kessler, könnten Sie kurz drüberschauen und mir sagen, ob der Businessplan so trägt?', yes: ['leech'] },
    { name: 'Spanish: would you tell me', text: 'Hola Andrés, ¿me dirías qué barniz usaste en la puerta de la ermita?', yes: ['leech'] },
    { name: 'Portuguese: would you point me', text: 'Olá Marta! Procuro estágio em arquitetura. Se souber de alguma vaga, pode indicar-me?', yes: ['leech'] },
    { name: 'Italian: would you advise me', text: 'Gentile architetto Sala, potrebbe consigliarmi un buon corso di restauro del legno?', yes: ['leech'] },
    { name: 'Spanish: worked together, imperfect', text: 'Hola Rosa, desde que trabajábamos juntas en la farmacia de la plaza no he encontrado un equipo igual.', yes: ['personal'] },
    { name: 'French: worked together, imperfect', text: "Salut Hugo, quand on travaillait ensemble chez Brisach, tu m'as appris à chiffrer un chantier.", yes: ['personal'] },
    { name: 'you and me were', text: 'Dani! You and me were the only two night porters at the Harbour Hotel that winter, remember?', yes: ['personal'] },
    { name: 'you and me as a wish is no shared past', text: 'Hi Dani, I think you and me could build something good together.', no: ['personal'] },
  ])('$name', check));

describe('signals: findings, shared pasts, greetings passed on and offers, twenty-fifth round', () =>
  it.each<Case>([
    { name: 'a finding placed on their site', text: "Hi Omar, on Brightloaf's mobile site, a gift card with a hyphen in the code throws an error at checkout.", yes: ['personal'] },
    { name: 'their page run through a tool', text: 'Hi Jess, I ran your booking page through Lighthouse on a cheap Android phone this morning.', yes: ['personal'] },
    { name: 'German: the form on their page does not load', text: 'Hallo Ben, auf eurer Anmeldeseite funktioniert der Button auf dem Handy leider nicht.', yes: ['personal'] },
    { name: 'French: their app shows an error', text: 'Bonjour Lise, sur votre application, la page de paiement affiche une erreur quand on change de langue.', yes: ['personal'] },
    { name: 'Spanish: their shop does not load', text: 'Hola Marta, en vuestra tienda online el carrito no carga en Safari.', yes: ['personal'] },
    { name: 'a page mentioned with no finding is no finding', text: 'Hi Tom, I saw on your website that you sell garden furniture.', no: ['personal'] },
    { name: 'a building designed by their studio', text: 'Dear Ms. Otieno, the footbridge over the Nairobi river designed by your studio is on my walk to work.', yes: ['personal'] },
    { name: 'French: designed by their agency', text: 'Bonjour Monsieur Roux, je passe souvent devant la halle de Bègles conçue par votre cabinet.', yes: ['personal'] },
    { name: 'seen speaking somewhere', text: 'Hi Ines, I have seen you speaking at the Porto product meetup about pricing pages.', yes: ['personal'] },
    { name: 'seen on a platform is no work of theirs', text: 'Hi Ines, I saw you on LinkedIn and wanted to connect.', no: ['personal'] },
    { name: 'Italian: their episode', text: 'Ciao Marco, ho ascoltato la tua puntata di Dev Caffè sulla migrazione a Kotlin.', yes: ['personal'] },
    { name: 'talked at a housewarming', text: "Hi Lena, we chatted about bouldering for ages at Piotr's housewarming.", yes: ['personal', 'reference'] },
    { name: 'great chatting at an event', text: 'Hey Kwame, great chatting at the Accra fintech breakfast!', yes: ['personal'] },
    { name: 'Dutch: our time at a company', text: 'Hoi Joost, ik denk nog vaak aan onze tijd bij Bol, vooral aan de piekweken.', yes: ['personal'] },
    { name: 'German: our night shifts at a place', text: 'Hi Timo, lange her seit unseren Schichten im Lager am Hafen.', yes: ['personal'] },
    { name: 'German: our founding year is no shared past', text: 'Hallo Frau Weber, seit unserer Gründung im Jahr 2012 beraten wir Kliniken.', no: ['personal'] },
    { name: 'their team shipped something', text: 'Hi Ravi, Ana told me your team shipped offline sync for the field app in March.', yes: ['personal'] },
    { name: 'their team in general words is no work', text: 'Hi Ravi, your team has built an amazing culture.', no: ['personal'] },
    { name: 'a review offered is not their work praised', text: "Hi Sol, happy to go through your pitch deck this weekend and send notes.", no: ['personal'] },
    { name: 'a reply awaited is no work', text: 'Dear Sir, I am applying for the analyst role. Awaiting your kind reply.', no: ['personal'] },
    { name: 'their event as the subject', text: "Ade! Tolu's wedding was something else. I still have the photos of you dancing.", yes: ['reference'] },
    { name: 'a teacher both had, with a year', text: "Hi Mei, Professor Lindqvist's lab, 2019? I had the desk by the window.", yes: ['reference'] },
    { name: "a famous scientist's group is no one both know", text: "Hi Mei, Professor Lindqvist's group published a striking paper.", no: ['reference'] },
    { name: 'greetings passed on', text: 'Bumped into Carla Ruiz at the harbour market, she says hi!', yes: ['reference'] },
    { name: 'news heard from someone', text: 'Congrats on the new shop, Dee! Heard it from Jonah first.', yes: ['reference'] },
    { name: 'in the same group as someone', text: 'Hi Teo, you were in the group with Mariam Haddad at the spring bootcamp.', yes: ['reference'] },
    { name: 'an accented greeting name is the recipient', text: 'Coucou Anaïs, tu pourrais me mettre en contact avec Rémi Blanc ?', yes: ['introduction'], no: ['reference'] },
    { name: 'a name after "with" and a relation', text: 'Hi Siân, we met at the harbour festival (I was with Declan Byrne, your old manager at Aer).', yes: ['reference'] },
    { name: 'Italian: introduce him to me', text: 'Ciao Giulia, ti ricordi di Sandro Neri che lavorava con te? Potresti presentarmelo?', yes: ['introduction'] },
    { name: 'Portuguese: make the bridge', text: 'Oi Bia, vi que você conhece o Caio Prado da Stone. Você toparia fazer a ponte?', yes: ['introduction'] },
    { name: 'Portuguese: thanks for the introduction', text: 'Joana, obrigado por me apresentares ao Vasco! Já marcámos café.', yes: ['introduction'] },
    { name: "thanks for intro'ing", text: "thank u so much for intro'ing me to ur old flatmate at Monzo!!", yes: ['introduction'] },
    { name: 'hiring, now', text: "Hi Farid, I'm now hiring two firmware engineers for our drone team in Turin.", yes: ['value'], no: ['leech'] },
    { name: 'an opportunity, abbreviated', text: 'hey sana, i have a really cool opp w/ a logistics client in Lima, senior role in analytics.', yes: ['value'] },
    { name: 'a requirement for a role', text: 'Dear candidate, we are having immediate requirement for Python developers in Kochi.', yes: ['value'] },
    { name: 'asking about openings is no offer', text: 'Hi Paul, do you have any openings for junior accountants?', no: ['value'] },
    { name: 'work offered unpaid', text: 'Dear Ms. Kral, I read that you need the manual in Slovak. I would do it for free, as a volunteer.', yes: ['value'] },
    { name: 'German: I will make the contact', text: 'Hallo Jana, zwei gute Entwicklerinnen suchen gerade. Sag Bescheid, dann stelle ich den Kontakt her.', yes: ['value'] },
    { name: 'German: object first, I send it gladly', text: 'Hallo Tom, die Fotos schick ich dir gerne, kostet nichts.', yes: ['value'] },
    { name: 'free to edit is no gift', text: 'Hi Amir, could you introduce me to Lea Stein? Here is a blurb you can forward, free to edit.', no: ['value'] },
    { name: 'growth promised by a pitch is no help', text: 'I CAN HELP YOU 5X YOUR LEADS IN 60 DAYS. DM ME "LEADS" TO START.', no: ['value'] },
    { name: 'any leads welcome', text: 'hi! looking for product design jobs in Oslo, any leads welcome', yes: ['leech'] },
    { name: 'if you know any, let me know', text: 'hi Mo! moving to Leeds soon, if u know any good climbing gyms pls lmk', yes: ['leech'] },
    { name: 'Portuguese: CV attached', text: 'Prezada Sra. Lima, sou enfermeira com 6 anos de experiência. Segue meu currículo em anexo.', yes: ['leech'] },
    { name: 'a foot in the door', text: "Hi Rosa, I'm a junior animator looking for a foot in the door at your studio.", yes: ['leech'] },
    { name: 'could I shadow you', text: 'Hi Dr. Amadi, could I shadow you for a day on the ward before I apply to medicine?', yes: ['leech'] },
    { name: 'shadowing days offered are no ask', text: 'Hi Mr. Berg, we run job-shadowing days for students at our plant; would your class like one?', no: ['leech'] },
    { name: 'applying for a role on their team', text: "Hi Lou, I'm applying for the data analyst role on your team. I have three years of SQL and dbt.", yes: ['leech'] },
    { name: 'a reference letter asked', text: "Hi Prof. Ode, I need a reference letter for my master's application; would you write one?", yes: ['leech'] },
    { name: 'their tasting menu, specifically', text: "Hi Ana, your restaurant's new tasting menu with the smoked beetroot was the best meal of my year.", yes: ['personal'] },
    { name: 'their menu as a thing to work on is an offer', text: 'Hi Matteo, I could help you with the Spanish version of your new tasting menu.', no: ['personal'] },
    { name: 'their translation of a named author', text: 'Hi Ana, your translation of Pessoa into Norwegian is on my nightstand.', yes: ['personal'] },
    { name: 'congrats on shipping something specific', text: 'Hi Ana, congrats on shipping the offline mode in the field app, the sync is flawless.', yes: ['personal'] },
    { name: 'congrats on a new website is no specific work', text: 'Hi Ana, congrats on launching the new website!', no: ['personal'] },
    { name: 'a point they made somewhere', text: 'Hi Ana, the point you made at the Lisbon meetup about on-call pay changed our policy.', yes: ['personal'] },
  ])('$name', check));

describe('signals: favours in passing and pay abroad, twenty-sixth round', () =>
  it.each<Case>([
    { name: 'tips appreciated', text: 'Moving to Porto in May and building my network there! any tips on coworking spaces appreciated', yes: ['leech', 'collector'] },
    { name: "let me know if their team's hiring", text: "hi! looking for QA jobs in Leeds, lmk if ur team's hiring", yes: ['leech'] },
    { name: 'send them my way', text: 'Hey! if you know anyone hiring junior accountants, pls send them my way', yes: ['leech'] },
    { name: 'follow and share, imperative', text: 'Singer | Songwriter 🎤 new single out Friday!! follow + share my reel pls', yes: ['leech'] },
    { name: 'sharing their own post later is no ask', text: "Hi Ana, I'll share our post about the migration with you once it's live.", no: ['leech'] },
    { name: 'a first walk free', text: "hey neighbour! i'm a dog walker on Elm Road, first walk free if you ever need one.", yes: ['value'] },
    { name: 'Portuguese: we pay travel and a fee', text: 'Olá Rita, queríamos convidá-la para dar a oficina em Recife. Pagamos passagem, hospedagem e um cachê.', yes: ['value'] },
    { name: 'French: I pay for the job', text: "Salut Léa, je cherche qqn pour le firmware du drone, t'aurais 10 min ? je te paie la presta bien sûr", yes: ['value'] },
    { name: 'Spanish: a beer owed is courtesy', text: 'Pablo!! gracias por presentarme a la dueña del local, te debo una cerveza', no: ['value'] },
    { name: 'Spanish: a favour owed is an offer', text: 'Nuria, gracias por la reseña, te debo una.', yes: ['value'] },
    { name: 'Portuguese: my own portfolio is no offer', text: 'Oi Juliana! Procuro estágio em design, posso te mandar meu portfólio?', no: ['value'] },
    { name: 'references sent with an application are no offer', text: "hey coach, I'd love to help coach the under-12s, can send refs", no: ['value'] },
  ])('$name', check));

describe('signals: results, items and findings of theirs, twenty-seventh round', () =>
  it.each<Case>([
    { name: 'a podcast with no name is anyone\'s', text: 'Hi Omar, saw you were on a podcast recently, great stuff. Open to a call about our CRM?', no: ['personal'] },
    { name: 'a named podcast is theirs', text: 'Hi Omar, saw you were on the Retail Nerds podcast last week talking about returns.', yes: ['personal'] },
    { name: 'all you built at a company is the employer', text: 'Hi Omar, Priya told me about the new role, congrats! Huge for all you built at Ledgerline.', no: ['personal'] },
    { name: 'a list appearance is news', text: 'Hi Omar, I saw you made the Forbes 30 Under 30 list for retail, congrats.', no: ['personal'] },
    { name: 'important work is praise in general words', text: 'Hi Omar, I admire your important work in public health.', no: ['personal'] },
    { name: 'a result of their ward', text: "Hi Joanne, heard your ward came top in the trust's Q2 falls audit, 97%, brilliant.", yes: ['personal'] },
    { name: 'a win with nothing named', text: 'Hi Jo, your team won again!', no: ['personal'] },
    { name: 'an item of their newsletter', text: "Hi Mr Patel, I read in this week's Elm Lane newsletter that the PTA wants a new library corner.", yes: ['personal'] },
    { name: 'hiring news in a newsletter is no item of theirs', text: 'Hi Ana, I read in the newsletter that you are hiring.', no: ['personal'] },
    { name: 'French: a finding noticed on their form', text: "Bonjour Marc, j'ai remarqué que le formulaire de devis de votre site refuse les numéros suisses.", yes: ['personal'] },
    { name: 'a finding noticed on their form', text: 'Hi Marc, I noticed the booking form on your site rejects UK postcodes with a space.', yes: ['personal'] },
    { name: 'German: a figure in their report', text: 'Sehr geehrter Herr Vogt, in Ihrem Jahresbericht 2023 fällt die Wartezeit in der Notaufnahme auf.', yes: ['personal'] },
    { name: 'Dutch: their question on a list', text: 'Hallo Bram, ik zag je vraag op de Drupal-mailinglijst over caching.', yes: ['personal'] },
    { name: 'Dutch: their research into something', text: 'Beste mevrouw De Wit, uw onderzoek naar wachtlijsten in de jeugdzorg is precies ons thema.', yes: ['personal'] },
  ])('$name', check));

describe('signals: stock lines abroad, products used, where you met, greetings passed on, twenty-eighth round', () =>
  it.each<Case>([
    { name: 'Dutch: the stock invitation', text: 'Hoi Sanne, ik wil je graag toevoegen aan mijn LinkedIn-netwerk.', no: ['note'] },
    { name: 'Dutch: the stock invitation, verb last', text: 'Hallo Tim, ik wil je graag aan mijn netwerk toevoegen.', no: ['note'] },
    { name: 'Italian: joining their network', text: 'Salve, vorrei entrare a far parte della sua rete professionale.', no: ['note'] },
    { name: 'German: the anglicism', text: 'Hi Jan, lass uns connecten!', no: ['note'] },
    { name: 'French: accept my invitation', text: "Bonjour, merci d'accepter mon invitation.", no: ['note'] },
    { name: 'Spanish: accept my request', text: 'Buen día, por favor acepte mi solicitud.', no: ['note'] },
    { name: 'Italian: a good week is a pleasantry', text: 'Buongiorno Dott.ssa Conti, buon inizio settimana!', no: ['note'] },
    { name: 'French: a count as a goal', text: "Bonjour ! Objectif 5 000 relations avant la fin de l'année, au plaisir d'échanger !", yes: ['collector'] },
    { name: 'French: a goal of clients is no collecting', text: 'Notre objectif de 500 clients est atteint, merci à vous.', no: ['collector'] },
    { name: 'Italian: every connection accepted', text: 'Ciao! Sto ampliando il mio network nel fashion retail, accetto volentieri tutte le connessioni del settore.', yes: ['collector'] },
    { name: 'Italian: every invitation not accepted', text: 'Ciao! di solito non accetto tutti gli inviti, ma abbiamo 30 contatti in comune quindi eccomi', no: ['collector'] },
    { name: 'their product, used and named', text: '---\nto:\n  name: Kemi Adeyinka\n  company: Ledgerly\n---\nHi Kemi, I used Ledgerly last week to clean up the books for my wife\'s catering business.', yes: ['personal'] },
    { name: 'a company once worked with is no product used', text: '---\nto:\n  name: Rosa\n  company: Plotline\n---\nHi Rosa, we used to work with Plotline years ago, would love to connect.', no: ['personal'] },
    { name: 'their repo in use', text: "Hi Kasia, I'm using your repo fastapi-babel-lite in production for our booking platform.", yes: ['personal'] },
    { name: 'a moment of their demo', text: 'Hey Julia, the offline-sync demo where you yank the wifi cable mid-edit was slick.', yes: ['personal'] },
    { name: 'a feature described is no moment of theirs', text: 'Our app where you can book a slot in seconds is live.', no: ['personal'] },
    { name: 'Portuguese: a finding on their form', text: 'Bom dia, reparei que o formulário de recuperação de password responde "Este email não está registado".', yes: ['personal'] },
    { name: 'Italian: a finding on their form', text: 'Buongiorno, ho notato che il modulo di contatto del vostro sito non accetta numeri svizzeri.', yes: ['personal'] },
    { name: 'French: where we met', text: "Bonjour Hélène, on s'est croisées au pot de départ de Sophie Garnier chez Capgemini le mois dernier !", yes: ['personal', 'reference'] },
    { name: 'German: where we met, verb last', text: 'Hallo Jan, wir haben uns letztes Jahr auf der Hannover Messe kennengelernt.', yes: ['personal'] },
    { name: 'German: a day is no place', text: 'Hallo Jan, wir haben uns gestern kurz getroffen.', no: ['personal'] },
    { name: 'greetings to a named person, no "for me"', text: 'Good to be back in touch. Say hi to Dermot Kelly if you still see him.', yes: ['reference'] },
    { name: 'German: greetings to a named person', text: 'Hallo Jonas, wie geht es dir? Grüß Miriam Schäfer von mir!', yes: ['reference'] },
    { name: 'Italian: greetings to a named person', text: 'Ciao Luca, che bello sentirti. Salutami Giulia Neri!', yes: ['reference'] },
    { name: 'greetings to a team are no reference', text: 'Thanks again for the tour. Say hi to the team for me!', no: ['reference'] },
    { name: 'the person asked to be introduced to is no mutual', text: 'Quick one: you mentioned that you know Dr Fiona Achebe at the ICB. Would you be able to introduce us?', no: ['reference'] },
    { name: 'Spanish: on behalf of a company', text: 'Hola Ana, te escribo de parte de FacturaYa, una plataforma de facturación electrónica para pymes.', no: ['reference', 'introduction'] },
    { name: 'a favour already done', text: 'Alright Lee, I just endorsed you for Inspection & Testing, least I could do.', yes: ['value'] },
    { name: 'a place on their ward offered', text: "If your niece still wants nursing work experience, she's welcome on our ward for a week over the summer.", yes: ['value'] },
    { name: 'the pay of a role', text: 'Hi Kirsty, Operations Manager at a grocery 3PL, £58k plus car and bonus, days only. Worth a call?', yes: ['value'], no: ['leech'] },
    { name: 'Spanish: a salary band', text: 'Hola Marta, busco un Data Engineer senior para un cliente en Madrid (híbrido, banda 60-70k).', yes: ['value'] },
    { name: 'anything you need, just ask', text: 'Thanks for the intro to Mo. And I mean it, anything you need from our side, just ask.', yes: ['value'] },
    { name: 'Italian: anything you need', text: 'Grazie per la presentazione! Ti devo un favore: qualsiasi cosa ti serva, chiedi pure.', yes: ['value'] },
    { name: 'Italian: paying for the consultation', text: 'Ciao Sara, vorrei un parere sui test con screen reader. Ovviamente la consulenza te la paghiamo.', yes: ['value'] },
    { name: 'paid pilots are traction, not pay', text: 'Hi Dana, we have paid pilots and 92% weekly active users. 20 minutes whenever works?', no: ['value'] },
    { name: 'openings asked about', text: 'Hello Sir, I am looking for a Founder\'s Associate role. Kindly let me know if you have any openings.', yes: ['leech'], no: ['value'] },
    { name: 'Italian: an introduction asked', text: 'Ciao Marco! Ho visto che sei collegato con Elena Ferri di Satispay. Ti andrebbe di presentarci?', yes: ['introduction'] },
    { name: 'Portuguese: an introduction asked of a friend is no favour', text: 'Olá Inês! Tudo bem por aí? Tu conheces bem o Miguel Sousa, certo? Achas que nos podias apresentar?', yes: ['introduction'], no: ['leech'] },
    { name: 'building a network is no project', text: "Hi Carla, I'm building my network in the logistics sector here in Monterrey.", no: ['reason'] },
    { name: 'the pay the sender wants is no offer', text: "Hi Dev, I'm looking for a senior ops role, ideally 60k plus bonus.", no: ['value'] },
    { name: 'Portuguese: a proposal presented is no introduction', text: 'Bom dia, você poderia me apresentar a proposta comercial até sexta?', no: ['introduction'] },
  ])('$name', check));

describe('signals: greetings, favours and people named, twenty-ninth round', () =>
  it.each<Case>([
    { name: 'French: the stock invitation with souhaiterais', text: 'Bonjour, je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.', no: ['note'] },
    { name: 'Swedish: the stock invitation', text: 'Hej, jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn.', no: ['note'] },
    { name: 'a greeting and a blessing say nothing of their own', text: 'DEAR SIR ASSALAM O ALAIKUM.\nGOD BLESS!', no: ['note'] },
    { name: 'a degree is no person', text: 'Respected Sir, I am a student of Software Engineering at FAST Lahore, please guide me.', no: ['reference'] },
    { name: 'a professor is', text: 'Hi Dr. Malik, I was a student of Prof. Amina Khan at LUMS too.', yes: ['reference'] },
    { name: 'what a third person ran is no product they tried', text: "You know Ama at MTN, she ran the merchant onboarding rollout in Kumasi, so she'd know who owns this.", no: ['personal'] },
    { name: 'Portuguese, informal: hiring', text: 'Oi Rafael! Tô contratando dev React pleno pra nossa fintech em Recife, remoto ok. Topa conversar?', yes: ['value'] },
    { name: 'a role through a client', text: 'Hi Kofi, exciting opportunity w a fintech client in London, senior QA. Open to hearing more?', yes: ['value'] },
    { name: 'hiring, looked forward to, is no role', text: "Hi Kofi, I'm looking forward to hiring more people next year.", no: ['value'] },
    { name: 'any chance you could refer me', text: 'Hi! Any chance u could refer me for the analyst role at Barclays? 🙏', yes: ['leech'] },
    { name: 'cheers for the intro', text: "cheers for the intro yesterday mate, we're grabbing a pint thurs", yes: ['introduction'] },
    { name: 'Dutch: a named person gave the address', text: 'Beste Fatima, Wouter van Dijk gaf me je e-mailadres en zei dat jij misschien zin hebt om mee te doen.', yes: ['reference', 'introduction'] },
    { name: 'greet someone for me', text: 'Long time since our Vodafone days. Happy to help with the USSD side anytime. Greet Akos for me.', yes: ['reference'] },
    { name: 'a person from the cohort both were in', text: "Nadia! could u connect me w Farid? Sara Moreno (from our Beirut cohort) says he's the one for microgrids.", yes: ['reference'] },
    { name: 'questions asked, abbreviated', text: "Hi Ben, I'm researching how fintechs handle chargebacks. Could I buy you a coffee and ask a few qs?", yes: ['leech'] },
    { name: 'leads asked in passing', text: 'Hi! moving to Lisbon in June, also looking for a flat in Arroios if u know anyone renting', yes: ['leech'] },
    { name: 'an appointment asked for', text: 'Dear Doctor, our representative will visit your clinic. Kindly give a suitable time for the appointment.', yes: ['leech'] },
    { name: 'a time the sender suggests is no ask', text: 'Hi Omar, thanks for the notes. I can suggest a good time for the call next week.', no: ['leech'] },
    { name: 'the same employer left', text: "Hey Daryl, saw you also left Grab for climate tech! Let's grab kopi sometime.", yes: ['personal'] },
    { name: 'a fellow of a profession is a broad trait', text: "fellow musician here, let's connect", no: ['personal'] },
    { name: 'their free course is theirs, not an offer', text: 'Your free online course on archival description got me through my first year.', no: ['value'] },
    { name: 'what the sender\'s supervisor always says is no mutual', text: 'My supervisor, Dr. Rosalind Achterberg, always says the best questions come from practitioners.', no: ['reference'] },
    { name: "u're is no name", text: "Hey Sanne! U're connected to Pieter de Groot at Mollie right? Could u intro me?", no: ['reference'] },
    { name: 'the person to be linked up with is no mutual', text: 'Kojo, you know Ama Owusu at MTN. Could you link us up? I need the merchant team.', no: ['reference'] },
    { name: 'the person asked for, described, is no mutual', text: 'Could you introduce me to Bisi Adewale, who heads risk at Flutterwave?', no: ['reference'] },
    { name: 'a place in their circle is no reason', text: 'Goal: 10k connections by June! Would love to have you in my circle.', no: ['reason'], yes: ['collector'] },
  ])('$name', check));

describe('signals: favours, greetings and events, thirtieth round', () =>
  it.each<Case>([
    { name: "I'd like to pay you for your time", text: "Hi Jo, would you be up for a 30-minute call? I'd like to pay you for your time, £75 through whatever you prefer.", yes: ['value'], no: ['leech'] },
    { name: 'a warm intro would mean a lot', text: 'Do you still talk to Rachel Green at Figma? A warm intro would mean a lot.', yes: ['introduction'] },
    { name: 'asked of a friend, it is no favour', text: 'Hey Amir, hope the little one is finally sleeping through. Do you still talk to Rachel Green at Figma? A warm intro would mean a lot.', yes: ['introduction'], no: ['leech'] },
    { name: 'thanks a million for putting me in touch', text: 'Thanks a million for putting me in touch with your old boss at Bosch. We had the call Tuesday.', yes: ['introduction'] },
    { name: 'Dutch: a good word asked', text: 'Hoi Sanne, zou je misschien een goed woordje voor me willen doen bij de hiring manager?', yes: ['leech'] },
    { name: 'Dutch: greetings from a person both know', text: 'Hoi Sanne, lang geleden! Groetjes ook van Bram, we lunchen nog steeds elke maand.', yes: ['reference'] },
    { name: 'Spanish: a demo asked', text: 'Hola Fernanda, en Cajaflex ofrecemos puntos de venta en la nube. ¿Te interesaría una demo de 20 minutos esta semana?', yes: ['leech'] },
    { name: 'an invoice is no offer', text: '50% OFF OUR LEAD LISTS ENDS FRIDAY. REPLY YES AND I WILL SEND THE INVOICE.', no: ['value'] },
    { name: 'an event named by nothing', text: 'Hi Tom, we met at the conference last year and I wanted to follow up.', no: ['personal'] },
    { name: 'an event named', text: 'Hi Tom, we met at the Leeds conference on rail signalling last year.', yes: ['personal'] },
    { name: 'an intro to anyone in their portfolio names no one', text: "Hi Rob, deck attached. If it's a fit for anyone in your portfolio network, an intro would be amazing.", no: ['introduction'] },
    { name: 'a class both sat in, by its teacher', text: 'Hey Ben! Long time since Year 12 chem with Mr Harlow. Hope the new job is going well.', yes: ['reference', 'personal'] },
    { name: "a class the sender took alone", text: 'Hi Dr. Lee, I took a class with Prof. Tan last year and loved it.', no: ['reference'] },
    { name: 'an event named where they met', text: 'Met you at Lisbon Startup Night at LX Factory. Feel free to connect!', yes: ['personal'] },
  ])('$name', check));

describe('signals: things asked for free, work to come, Portuguese asks, thirty-first round', () =>
  it.each<Case>([
    { name: 'a free key asked for', text: "Hi! I'm a student and love the app. Could you please send me a free license key? Thanks.", yes: ['leech'], no: ['value'] },
    { name: 'a free audit offered', text: 'Hi Ana, happy to give you a free audit of the checkout flow, no strings.', yes: ['value'] },
    { name: 'their next issue is no work of theirs', text: 'Hi Ana, could you feature our Kickstarter in your next issue?', no: ['personal'] },
    { name: 'the CV sent with a referral ask is no offer', text: 'Could you put me forward through the referral tool? I can send you the CV and a line or two for the form.', no: ['value'] },
    { name: 'a pleasantry about their shop', text: "Hi Maria! Hope the shop's keeping busy 😊", no: ['note'] },
    { name: 'Portuguese: an introduction asked, verb first', text: 'Oi Bruna! Você poderia me apresentar ao Rodrigo Lima do Nubank?', yes: ['introduction'] },
    { name: 'Portuguese: a blurb to forward is no offer', text: 'Oi Bruna! Você poderia me apresentar ao Rodrigo Lima? Te mando um textinho pronto pra encaminhar.', no: ['value'] },
  ])('$name', check));

describe('signals: quotes, years and pleasantries, thirty-second round', () =>
  it.each<Case>([
    { name: 'long time is a pleasantry', text: 'Hey Stefan, long time!', no: ['note'] },
    { name: 'Polish: the stock invitation', text: 'Dzień dobry, chciałbym dodać Pana do swojej sieci zawodowej na LinkedIn.', no: ['note'] },
    { name: 'a year of study is no work of theirs', text: 'hi! 3rd yr student at UoN doing my project on M-Pesa fraud detection, any tips?', no: ['personal'] },
    { name: 'yr before their talk is theirs', text: 'Loved yr talk on queueing at PyCon, the bit on backpressure especially.', yes: ['personal'] },
    { name: 'a famous quote is no introducer', text: 'As Linus Torvalds put it: talk is cheap, show me the code. Could you review my application?', no: ['reference', 'introduction'] },
    { name: 'a fellow of a language community is a broad trait', text: 'Fellow Rustacean here, the conference energy was something else. Open to a chat about a role?', no: ['personal'] },
    { name: 'a community both are in is a broad trait', text: "we're both in the Rust community so let's connect and stay in touch", no: ['personal'] },
    { name: 'a squad both were in is not', text: 'We were both in the Leeds Rowing Club squad in 2015, good to see you coaching now.', yes: ['personal'] },
    { name: 'an intro offered to the sender\'s own contact, object left out', text: "Loved your post on craft gin. My old roommate Deniz runs a pre-seed fund for craft brands, happy to intro if you're raising.", no: ['reference'] },
    { name: 'the person asked for, described and then asked', text: 'Hey Mia, you know Jonas Keller, who maintains Loom-CI, right? Could you introduce us?', no: ['reference'] },
  ])('$name', check));

describe('signals: introductions to no one named, pleasantries and collecting abroad, thirty-third round', () =>
  it.each<Case>([
    { name: 'German: an introduction to someone not named', text: 'Kennst du jemanden im Einkauf bei BMW und könntest uns bekannt machen?', no: ['introduction'], yes: ['leech'] },
    { name: 'Spanish: an introduction to someone not named', text: '¿Podrías presentarme a alguien de tu equipo de compras?', no: ['introduction'], yes: ['leech'] },
    { name: 'Spanish: an introduction to someone named', text: 'Hola Marta, ¿me podrías presentar a Lucía Pérez? Es para un proyecto de logística.', yes: ['introduction'] },
    { name: 'German: an introduction asked with zu', text: 'Sie arbeiten eng mit Frau Dr. Ilse Brandt zusammen. Wären Sie so freundlich, mich ihr kurz vorzustellen?', yes: ['introduction'] },
    { name: 'hope you are keeping well', text: "Hope you're keeping well.", no: ['note'] },
    { name: 'German: a good start to the week', text: 'Hallo Frau Kaiser, ich wünsche Ihnen einen guten Start in die Woche!', no: ['note'] },
    { name: 'Portuguese: shall we connect', text: 'Olá Pedro, vamos nos conectar?', no: ['note'] },
    { name: 'German: a network built further, words between', text: 'Guten Tag Herr Gerber, ich möchte mein Netzwerk im Bereich Treuhand und Steuern weiter ausbauen.', yes: ['collector'] },
    { name: 'German: connecting with every leader', text: 'Hallo Sebastian, als Top Voice vernetze ich mich mit allen Führungskräften im DACH-Raum.', yes: ['collector'] },
    { name: 'a count named a sentence before', text: 'Hi Ravi, we have 23 mutual connections! Trying to hit 500 before Navratri', yes: ['collector'] },
    { name: 'a count of customers is no collecting', text: 'We hit 5,000 customers last month. Trying to hit 10,000 by June.', no: ['collector'] },
    { name: 'Dutch: asked of a friend, an introduction is no favour', text: 'Hé Daan! Lang niet gesproken, hoe bevalt Utrecht? Zou je ons aan elkaar willen voorstellen?', yes: ['introduction'], no: ['leech'] },
    { name: 'Portuguese: asked of a friend, the same', text: 'Oi Rafa! quanto tempo, desde a época da Stone. vc toparia fazer a ponte com o Henrique Lobo?', no: ['leech'] },
    { name: "We're is no name", text: "Hi Dana, We're on your Team plan (14 seats), and since Tuesday's release the CSV export drops a column.", no: ['reference'] },
    { name: 'the sender\'s checklist used on their draft is no work of theirs used', text: "Happy to swap: I'll share the checklist I used on your thesis draft last year.", no: ['personal'] },
    { name: 'an award named by nothing', text: 'Hi Mo, congrats on the award!', no: ['personal'] },
    { name: 'an award named', text: 'Hi Mo, congrats on the RIBA Stirling Prize for the library!', yes: ['personal'] },
    { name: 'the person the recipient trained with, asked for, is no mutual', text: 'You trained with Dr Asha Rao, who now runs the stroke unit at Salford. Could you introduce us?', no: ['reference'] },
  ])('$name', check));

describe('signals: signature blocks and good wishes, thirty-fifth round', () =>
  it.each<Case>([
    { name: 'a signature block alone is no note', text: 'Bonjour,\n\nMaxime Girard\nDirecteur commercial | Vinelec Énergies\n06 12 34 56 78', no: ['note'] },
    { name: 'a name with a credential over a signature block', text: 'Dear Tom,\n\nKatarzyna Nowak, ACCA\nSenior Associate | Transaction Services\nNowak Doradztwo Sp. z o.o.', no: ['note'] },
    { name: 'a stock line over a signature block', text: "Hi Ana,\n\nLet's connect!\n\nSunil Varma\nTreasurer, Koramangala 4th Block RWA", no: ['note'] },
    { name: 'a line of their own over a bare name', text: 'Hi Ana,\n\nThe checkout on your site fails for Swiss postcodes.\n\nTom Reed', yes: ['note', 'personal'] },
    { name: 'Portuguese: the stock line', text: 'Olá Teresa, gostaria de fazer parte da sua rede.', no: ['note'] },
    { name: 'Portuguese: good wishes', text: 'Cara Dra. Sousa,\n\nEspero que esteja tudo bem consigo e com a família.\n\nVotos de um Santo Natal e de um excelente Ano Novo!', no: ['note'] },
    { name: 'Portuguese: a count of mutual connections is no collecting', text: 'Olá Rui! Vi que temos 23 conexões em comum, então achei que fazia sentido a gente se conectar', no: ['collector'] },
  ])('$name', check));

describe('signals: small favours, returns, teachers both had, go-betweens, thirty-sixth and thirty-seventh rounds', () =>
  it.each<Case>([
    { name: 'a favour asked as what it would mean', text: 'hey! we go live on product hunt today, it would mean so much if you upvoted it', yes: ['reason', 'leech'] },
    { name: 'a follow appreciated', text: 'Great to connect! Would really appreciate a follow on our studio page too.', yes: ['leech'] },
    { name: 'minutes of their valuable time, formally', text: 'Respected Sir, I request you to kindly give 15 minutes of your valuable time for a demonstration of our software.', yes: ['leech'] },
    { name: 'befriending on LinkedIn is the stock request', text: 'Hi dear, I would like to be your friend on LinkedIn.', no: ['note'] },
    { name: 'a job hunt told after what the sender is', text: 'Hello sir, I am fresh nursing graduate looking for staff nurse positions in Abu Dhabi.', yes: ['reason'] },
    { name: 'money being paid for an interview', text: "We're running short research calls with clinic owners and we're paying $60 for 30 minutes.", yes: ['value'] },
    { name: 'shifts offered with their pay', text: 'We have weekend shifts at the Northgate site paying £19/hr, interested?', yes: ['value'] },
    { name: 'a recommendation offered back', text: "Would you write me a short recommendation? I'd gladly write one for you too.", yes: ['value'], no: ['leech'] },
    { name: 'an endorsement returned', text: 'Could you endorse me for SQL? I will endorse you back for Python.', yes: ['value'] },
    { name: 'the intro email drafted is no offer', text: 'Jen told me you know Omar Haddad from Imperial. Could you introduce us? Happy to draft the email for you.', no: ['value'] },
    { name: 'the details of a pitch sent over are no offer', text: 'Could your members share our launch post this week? Let me know and I will send over the details.', no: ['value'] },
    { name: 'a teacher both had, named', text: 'Saw you were at Wye College too. We both had Dr Hartley for soil science, what a character.', yes: ['reference'] },
    { name: 'a lab group both were in, with the teacher named', text: 'we had the same robotics lab group with Prof. Lindqvist back in 2014!', yes: ['reference'] },
    { name: 'someone both know talks about their work', text: 'Hi Sam, Priya Nair still talks about your onboarding playbook.', yes: ['reference'] },
    { name: 'a result of their juniors', text: 'Saw that your U12 boys went unbeaten in the Cheshire league this season, congratulations.', yes: ['personal'] },
    { name: 'earning a percentage is a pitch, not a share', text: 'I can help you earn 40% a month with my forex signals.', no: ['value'] },
    { name: 'saw is no name', text: "Saw you're connected to Marta Ruiz. Let's connect!", no: ['reference'] },
    { name: 'a go-between introducing two people', text: 'Lena, meet Joao. Joao, meet Lena. You are both fighting the same customs paperwork.', yes: ['introduction'] },
    { name: 'lovely to meet you introduces no one', text: 'Lovely to meet you at the Leeds breakfast on Tuesday!', no: ['introduction'] },
    { name: 'the sender as a friend of someone named, from a place', text: "Jonas Berg's old flatmate from Malmö 👋 he said we'd get on.", yes: ['reference'] },
    { name: 'having been on their team', text: 'Hope the migration is calmer than when I was on your team at Monzo.', yes: ['personal'] },
    { name: 'German: help offered when wanted', text: 'Wenn ich euch bei der Auswahl der Bewerber helfen kann, sag einfach Bescheid.', yes: ['value'] },
    { name: 'Dutch: their rate paid', text: 'Ik betaal uiteraard je gebruikelijke uurtarief.', yes: ['value'] },
    { name: 'Portuguese: pointed to them by someone named', text: 'Oi Lia! O Marcos Teixeira me contou que você cuida das parcerias e sugeriu que eu te procurasse.', yes: ['reference', 'introduction'] },
    { name: 'met at the barbecue of someone named', text: "Hi Jo, great chatting solar panels at Mike Dunn's barbecue on Sunday!", yes: ['reference'] },
    { name: 'a role offered as their fit', text: 'We are growing the data team and I think your background could be a fit for one of the analyst roles.', yes: ['value'] },
    { name: 'a role for a client, title left as a slot', text: "I'm currently recruiting for a [Job Title] position with one of our clients in Leeds.", yes: ['value'] },
    { name: 'something made for them to use freely', text: "I mocked up a simpler booking form for you. You're welcome to use it however you like.", yes: ['value'] },
    { name: 'German: a job hunt', text: 'Hallo Herr Becker, ich bin aktuell auf Jobsuche im Controlling.', yes: ['reason'] },
    { name: 'pointed by someone named, who asked the sender to write', text: 'My colleague Ana Silva met you at the expo and she asked me to get in touch.', yes: ['introduction'] },
    { name: 'a reporter covering a beat pays for nothing', text: 'I cover energy markets for Reuters. Could we do a call this week?', no: ['value'], yes: ['leech'] },
    { name: 'a guest spot offered', text: 'I host a small podcast on bootstrapped SaaS and would love to have you on as a guest.', yes: ['value'] },
    { name: 'which of their tools helped, asked', text: 'Which prep course actually helped you? I am about to sign up for one.', yes: ['leech'] },
    { name: 'Portuguese: an interview asked', text: 'Oi Carla! Sou designer e queria te entrevistar sobre o app, uns 20 min.', yes: ['leech'] },
    { name: 'Dutch: connecting with all of a kind', text: 'Hoi! Ik connect met alle product owners in Rotterdam.', yes: ['collector'] },
    { name: 'exploring synergies is no reason', text: "Hi Tom, I'd love to explore potential synergies between our companies.", no: ['reason'] },
    { name: 'German: a survey asked', text: 'Ich würde mich freuen, wenn Sie an unserer kurzen Umfrage teilnehmen.', yes: ['leech'] },
    { name: 'German: the sender introduces two people', text: 'Hallo Jana, hallo Malte, ich möchte euch gern miteinander bekannt machen.', no: ['leech'] },
    { name: 'a person slot left unfilled names no one', text: '{{mutualName}} suggested I reach out about your payroll process. Do you have 15 minutes for a demo?', no: ['reference', 'introduction'] },
    { name: 'a person slot filled in vars names them', text: '---\nvars:\n  mutualName: Ines Carvalho\n---\n{{mutualName}} suggested I reach out about your payroll process.', yes: ['reference', 'introduction'] },
    { name: 'an introduction asked of a friend after long time', text: 'Hi Ben, long time! Could you introduce me to Sofia Reyes? She built the garden programme at Lincoln Elementary.', yes: ['introduction'], no: ['leech'] },
    { name: 'a kiss under the thanks is no sign of friendship (strangers write it too)', text: "hiya! Chloe Park said you're super connected in the Manchester tech scene. Would you be able to intro me to a few founders you know? anyone really! x", yes: ['leech'] },
    { name: 'an introduction asked of someone whose past the sender knows', text: "Hi Sophie, you know Abdul Rahman from your Leeds days, don't you? Would you mind introducing us?", no: ['leech'] },
    { name: 'an introduction asked of a stranger stays a favour', text: 'Hi Sophie, I saw you are connected to Abdul Rahman. Would you mind introducing us?', yes: ['leech'] },
    { name: 'a signature block under the dash separator is no note', text: '--\nRob Kettle | Partner, Kettle & Finch Capital\nrob@kf.capital | +44 7700 900461', no: ['note'] },
    { name: 'a title line under a bare name', text: "Hi Keziah,\n\nI'd like to add you to my professional network on LinkedIn.\n\nGreta Holm\nTalent Partner | Brightwater Search", no: ['note'] },
    { name: 'a named repo of theirs', text: 'Your repo log-tail saved our on-call rota last week.', yes: ['personal'] },
    { name: 'a fix on its way', text: 'Found a race in the retry loop, PR coming your way.', yes: ['value'] },
    { name: 'help when it is needed', text: 'I package it for Fedora; ping me if the spec file needs a review.', yes: ['value'] },
    { name: 'an employer both left', text: 'Hey Sam, Spotify alum here too (ads, 2017-20).', yes: ['personal'] },
    { name: 'the old crew re-added', text: 'Slowly adding my old Deloitte Leeds crew back, good to see you here!', yes: ['personal'] },
    { name: 'Portuguese: a past both had, counted from', text: 'Oi Ana! Quanto tempo desde o estágio na Natura.', yes: ['personal'] },
    { name: 'a service pitched as what it fills', text: 'Hi Jo, I help dentists fill cancelled slots with automatic waitlist texts.', yes: ['reason'] },
    { name: 'the person a friend is asked to introduce, placed in their family, is no mutual', text: 'Hey Moe, quick one. Your brother-in-law Pieter Vos still runs the grain elevator at the Dunmore co-op, right? I am starting a soil-testing service for small growers. Could you put us in touch?', yes: ['introduction'], no: ['reference'] },
    { name: 'the person asked for, from their team, two sentences before', text: 'Hej Lars! You once mentioned Sofie Dahl from your football team runs analytics at Novo Nordisk. I am job hunting after the layoffs. Would you be comfortable introducing us?', no: ['reference'] },
    { name: 'up for introducing is no thanks for an introduction', text: 'Hey Priya, would you be up for introducing me to Dana Whitfield at Stripe?', yes: ['introduction'], no: ['reference'] },
    { name: 'a mutual named beside the person asked for stays', text: 'Hi Tom, Maya Lind said at her birthday that you know Rhea Kapoor from Imperial. Could you introduce us?', yes: ['reference', 'introduction'] },
    { name: 'the sender\'s own firm described is no commonality', text: "Good afternoon Ms Lowe, could you introduce me to someone in your procurement team? We are a family-run groundworks firm with 25 years' experience.", no: ['personal'], yes: ['leech'] },
    { name: 'an introduction offered, double opt-in', text: 'Quick one: open to an intro to Marta from Glovo? She is hiring a head of growth and I thought of you.', yes: ['value'], no: ['introduction', 'leech'] },
    { name: 'meeting someone offered, with the intro', text: 'Hi Mads, would you be open to meeting Leo Brandt? He is setting up a blade recycling plant. Happy to make the intro if so.', yes: ['value'], no: ['leech'] },
    { name: 'an introduction asked, not offered', text: 'Hi Dana, would you be open to introducing me to Marta at Glovo?', yes: ['introduction'], no: ['value'] },
    { name: 'two people connected as promised', text: 'Connecting you two as promised. Rob, Alice. Alice, Rob.', yes: ['introduction'] },
    { name: 'Spanish: thanks for an introduction made', text: '¡Gracias por presentarme a Andrés! Ya tuvimos la llamada.', yes: ['introduction', 'reference'] },
    { name: 'a reply to an introduction: the introducer thanked, the other greeted', text: 'Thx Sam! Hi Olivia, attaching my resume. Let me know if anything is open on your team.', yes: ['introduction', 'reference'] },
    { name: 'the same, past a line about the bcc', text: 'Thanks Ola! Moving you to bcc. Hi Kasia, nice to e-meet you. When works for a call?', yes: ['reference'] },
    { name: 'thanks by name and a word of agreement is no reply to an introduction', text: 'Thanks Anna! Great, see you Tuesday.', no: ['introduction', 'reference'] },
    { name: 'an opening asked about, plainly', text: 'Hi, I am looking for job in data analyst field. Please let me know if any opening in your company.', yes: ['leech'] },
    { name: 'PFA my resume', text: "Dear Sir/Ma'am, PFA my resume for any suitable position.", yes: ['reason', 'leech'] },
    { name: 'a job hunt as the reason for connecting', text: "Hi! I'm adding people as I search for entry-level marketing roles in Toronto.", yes: ['reason'] },
    { name: 'Portuguese: a job hunt and a vacancy asked about', text: 'Olá! Estou em busca de recolocação na área administrativa. Caso saiba de alguma vaga, peço que me indique.', yes: ['reason', 'leech'] },
    { name: 'their deck looked over in return', text: "Could you introduce us? And send me the loan deck this week and I'll go through it.", yes: ['value'] },
    { name: 'their details sent is an offer when the details are of people for them', text: "I have three engineers from my old team who are looking, and I'll send you their details either way.", yes: ['value'] },
    { name: 'screening something for them is an offer', text: 'Happy to screen a batch of applications for you this weekend, just send them across.', yes: ['value'] },
    { name: 'a sale proposed is no help offered', text: 'My rates start at £350 a reel. Let me know if you want to lock something in for March!', no: ['value'] },
    { name: 'said I should just ask you', text: 'Hi Rosa, Maya said I should just ask you rather than wait for a vacancy.', yes: ['introduction'] },
    { name: 'a course both did with a teacher named', text: 'Priya! We did our 300hr with Jo Hartley at Sunbeam in 2019.', yes: ['reference'] },
    { name: 'thanks for being put onto someone', text: 'Cheers for putting me onto Dave at Hopworks. We met on Monday and it went well.', yes: ['introduction', 'reference'] },
    { name: 'thanks for being linked up with someone', text: 'Thanks a lot for linking me up with Mrs. Asante at Stanbic. We met yesterday.', yes: ['introduction', 'reference'] },
    { name: 'the same project group under a teacher named', text: 'We were in the same CS-370 project group under Dr. Naveed, the one where nothing compiled.', yes: ['reference'] },
    { name: 'met at the braai of someone named', text: "Hey Johan, good to meet you at Lwazi's braai on Saturday.", yes: ['reference'] },
    { name: 'their best quote is no offer', text: 'Kindly share your requirement and we will send our best quote.', no: ['value'] },
    { name: 'returns promised are a pitch', text: 'I have a lucrative proposal that will give you minimum 300% ROI within 3 months. Kindly call me.', yes: ['reason', 'leech'], no: ['value'] },
    { name: 'Italian: a recruiter with a role for a client', text: 'Un nostro cliente, multinazionale farmaceutica in provincia di Verona, sta cercando un/una Responsabile Affari Regolatori.', yes: ['value'] },
    { name: 'Spanish: a recruiter with a role', text: 'Estamos llevando un proceso de selección para la Dirección Financiera de una empresa familiar de Murcia.', yes: ['value'] },
    { name: 'Italian: thanks for an introduction made', text: 'Grazie mille Ste per avermi messo in contatto con Valentina! Ci siamo sentite ieri.', yes: ['introduction', 'reference'] },
    { name: 'Spanish: an endorsement asked and returned', text: '¿Me podrías validar las aptitudes de Excel? Te devuelvo el favor con las que quieras.', yes: ['reason', 'value'], no: ['leech'] },
    { name: 'Spanish: an introduction offered back, and a past remembered', text: 'Sigo acordándome de las noches de entregas del máster en Deusto. Si necesitas a alguien de Tecnalia, te pongo en contacto con quien haga falta.', yes: ['personal', 'value'] },
    { name: 'the recipient numbered, with a hash', text: "Mission for this year: 1,000 local business owners in my network. You're #388! 🎉", yes: ['collector'] },
    { name: 'Spanish: a count and counting', text: 'Hola!! Ya somos 18.500 y contando 🚀 Sumate!', yes: ['collector'] },
    { name: 'Spanish: happy Friday and good wishes', text: 'Hola Laura, ¡feliz viernes! Espero que estés muy bien.', no: ['note'] },
    { name: 'Italian: please accept my invitation', text: 'Ciao Roberta, accetta il mio invito per favore 🙏', no: ['note'] },
    { name: 'a Ramadan greeting', text: 'Good morning Mr. Tarek, hope you are doing well and Ramadan Kareem to you and your family 🌙', no: ['note'] },
    { name: 'Afrikaans: the stock invitation', text: 'Hi Pieter, ek wil graag by jou professionele netwerk aansluit.', no: ['note'] },
    { name: 'Italian: a job hunt', text: 'buongiorno cerco lavoro urgente qualsiasi settore zona bari grazie', yes: ['reason'] },
    { name: 'Spanish: leads asked', text: 'Hola! Estoy buscando trabajo como data analyst. Si sabes de algo, avísame porfa 🙏', yes: ['leech'] },
    { name: 'Spanish: results promised for a survey', text: '¿Me ayudarías con una encuesta de 10 minutos? Prometo mandarte el informe con los resultados cuando termine.', yes: ['value'], no: ['leech'] },
    { name: 'the introducer named in the subject line', text: '---\nchannel: email\nsubject: "Referred by Prof. Hélène Girard"\n---\nDear Mr. Baptiste,\n\nI am a student working on housing policy.', yes: ['introduction', 'reference'] },
    { name: 'an intro from someone, in the subject line', text: '---\nchannel: email\nsubject: Intro from Niamh\n---\nHi Declan,\n\nI am organising the Christmas market this year.', yes: ['introduction', 'reference'] },
    { name: 'having been referred by someone is not the sender referring', text: 'I was referred by Dana Lee, who said you know the grant process.', yes: ['introduction'] },
    { name: 'introductions offered to anyone they need', text: 'If you ever need an intro to anyone in Dubai real estate, developers, brokers, family offices, just shout.', yes: ['value'], no: ['leech'] },
    { name: 'a referral fee paid to them', text: 'Would you be open to introducing us? If he is hired through the intro, the referral fee goes to you.', yes: ['value'], no: ['leech'] },
    { name: 'the sender\'s own free plan is no gift', text: 'The chapter on usage-based tiers changed how we think about our free plan. Could you take a look at our pricing page?', no: ['value'], yes: ['leech'] },
    { name: 'Italian: an introduction asked of a friend', text: 'Ciao Fede, mi presenteresti a Giulia Conti? Vorrei chiederle due cose sul bando.', yes: ['introduction'], no: ['leech'] },
    { name: 'German: the stock line and a sign-off on the same line', text: 'Guten Tag Herr Gruber, ich würde mich gerne mit Ihnen vernetzen. Mit besten Grüßen', no: ['note'] },
    { name: 'German: pleasantries only', text: 'Hallo Julia, ich hoffe, es geht dir gut! Schönes Wochenende 🙂', no: ['note'] },
    { name: 'an introduction to a role, unnamed, is a favour and no introduction', text: 'can you intro me to your boss? thx', no: ['introduction'] },
    { name: 'an introduction to their CTO, named', text: 'Please can you introduce me to your CTO, Kemi? I have a solution for your app.', yes: ['introduction'] },
    { name: 'an introduction to a portfolio CEO, named', text: 'I noticed Fjord Capital backed Lumen Health. Could you introduce me to their CEO, Daniel Osei?', yes: ['introduction'] },
    { name: 'French: asking after someone both know', text: 'Salut Mathieu ! Tu as des nouvelles de Patrick Jaquet ? Il faisait du vin à Lavaux.', yes: ['reference'] },
    { name: 'asking after someone by full name', text: "Hi Sam, how's Dana Reyes doing these days?", yes: ['reference'] },
    { name: 'asking after a company is no one both know', text: 'How is Microsoft doing with Copilot?', no: ['reference'] },
    { name: 'Portuguese: connections grown while job hunting', text: 'Olá, Rodrigo! Estou buscando recolocação e por isso aumentando minhas conexões.', yes: ['collector', 'reason'] },
    { name: 'Danish: the stock invitation', text: 'Hej Mette, Jeg vil gerne føje dig til mit professionelle netværk på LinkedIn.', no: ['note'] },
    { name: 'Swedish: a named person who pointed them here', text: 'Hej Maria, Peter Ek sa att du är rätt person att fråga om upphandlingar i Region Skåne.', yes: ['reference', 'introduction'] },
    { name: 'Norwegian: asked by someone named to get in touch', text: 'Hei Tone, Håkon Berg ba meg ta kontakt med deg angående årsrapporten.', yes: ['reference', 'introduction'] },
    { name: 'Swedish: thanks for an introduction made', text: 'Emma!! Tack för att du kopplade ihop mig med Oskar Nyberg. Vi satt i två timmar igår.', yes: ['introduction', 'reference'] },
    { name: 'Danish: an introduction asked to someone unnamed', text: 'Hej Thomas. Kunne du introducere mig til nogen i jeres indkøbsafdeling?', yes: ['leech'], no: ['introduction'] },
    { name: 'Swedish: their workshop named', text: 'Hej Mikael! Jag satt längst bak på din Kotlin Multiplatform-workshop på Øredev i torsdags.', yes: ['personal'] },
    { name: 'Norwegian: ten minutes asked for a survey', text: 'Hei! Jeg skriver masteroppgave. Kunne du tatt deg 10 minutter til å svare på spørreundersøkelsen min?', yes: ['leech'] },
    { name: 'Swedish: a recommendation asked and one offered back', text: 'Skulle du kunna skriva en kort rekommendation? Jag skriver gärna en om din kalkylering i gengäld.', yes: ['value'], no: ['leech'] },
    { name: 'Danish: a role recruited for', text: 'Hej Rasmus. Jeg rekrutterer i øjeblikket til en spændende stilling som controller hos en af vores kunder.', yes: ['value'] },
    { name: 'Danish: congratulations on the new job', text: 'Stort tillykke med det nye job som CFO hos Pandora, Charlotte!', yes: ['reason'] },
    { name: 'Danish: every request accepted', text: 'Åben netværker her 👋 Jeg accepterer alle og sender aldrig salgsbeskeder.', yes: ['collector'] },
    { name: 'a fee to be featured is a sale', text: "Our producers selected you for The Founder Hour! To cover editing there's a small production fee of $750.", yes: ['reason', 'leech'], no: ['value'] },
    { name: 'Portuguese: their likes and shares asked for the sender\'s post', text: 'Oi! Poderia curtir e compartilhar meu post sobre o lançamento do meu e-book?', yes: ['leech'], no: ['value'] },
    { name: 'Portuguese: the stock line', text: 'Olá Carla, gostaria de me conectar com você.', no: ['note'] },
    { name: 'Portuguese: pleasantries only', text: 'Olá, tudo bem? Espero que esteja tendo uma ótima semana!', no: ['note'] },
    { name: 'Portuguese: the recipient numbered', text: 'Oi! Este ano me propus a conectar com 1000 mulheres da tecnologia. Você é a número 347!', yes: ['collector'] },
    { name: 'Portuguese: a job hunt while connecting', text: 'Estou aumentando minhas conexões enquanto procuro vaga como designer UX/UI.', yes: ['reason', 'collector'] },
    { name: 'a respectful greeting and the stock request', text: "Respected Ma'am, kindly accept my request.", no: ['note'] },
    { name: 'French: a good end of the week', text: 'Bonjour Hélène,\n\nBonne fin de semaine à vous !', no: ['note'] },
    { name: 'French: the more the merrier', text: 'Salut, on est tous les deux dans la fintech, on se connecte ? Plus on est de fous plus on rit 😄', yes: ['collector'] },
    { name: 'French: a challenge and the recipient numbered', text: 'Bonjour Julie, je me suis lancé le défi de connecter 1000 femmes de la tech. Vous êtes la 318e !', yes: ['collector'] },
    { name: 'thanks for stepping in, named', text: "Hi Kwame, thanks for stepping in as ref at Sunday's five-a-side at Goals Cheadle.", yes: ['reason', 'personal'] },
    { name: 'an introduction thanked for by what it did', text: 'Mate. That intro to the Octopus lot basically got us the pilot. I owe you big time 🙏', yes: ['introduction'] },
    { name: 'any favours returned', text: "I'm an open networker and accept every invite. Always happy to return any favours, just ask.", yes: ['value'] },
    { name: 'a referral offered to them', text: 'Growing my network to 10k! If you ever need a referral at Deloitte, just shout.', yes: ['value'], no: ['leech'] },
    { name: 'German: a connection welcomed, the stock line', text: 'Guten Tag Frau Schmid, ich würde mich über eine Vernetzung freuen.', no: ['note'] },
    { name: 'Austrian: shall we connect', text: 'Servus Gerald, magst di vernetzen?', no: ['note'] },
    { name: 'long time no see as a pleasantry', text: "Hey Mia! Long time no see 😊 Hope you're doing well!", no: ['note'] },
    { name: 'an application made', text: 'Saw the Platform Engineer posting, applied this morning. Would be glad to chat if you have a minute.', yes: ['reason', 'leech'] },
    { name: 'a count of mutual connections is no one both know', text: 'I noticed we have 30 mutual connections on LinkedIn, so I hope it is alright that I write. I am a backend engineer with five years of Go and I would love to be considered for the Backend Engineer role in Lisbon. My CV is attached and I can start in March.', no: ['introduction', 'reference'] },
    // The forty-seventh and forty-eighth rounds (fifteenth session)
    { name: 'Portuguese: a project of theirs the sender uses', text: 'Oi Gabriel, vi que o pix-qrcode-ts é teu. A gente usa em produção há oito meses.', yes: ['personal'] },
    { name: 'Portuguese: news of their company read', text: 'Olá Carolina, li no Público que a RegaBem ganhou o prémio de inovação agrícola. Parabéns!', yes: ['personal'] },
    { name: 'Portuguese: their guide named', text: 'O seu guia sobre terminologia dos direitos reais foi o único sítio onde encontrei isto explicado.', yes: ['personal'] },
    { name: 'Italian: their talk heard', text: 'Ciao Valentina, ti ho sentita a KeyEnergy raccontare le prove in vasca degli ancoraggi.', yes: ['personal'] },
    { name: 'Dutch: the post where they explain', text: 'Die blogpost waarin je uitlegt waarom de helft van de ronde naar support gaat vond ik sterk.', yes: ['personal'] },
    { name: 'Dutch: their reply under the sender\'s post', text: 'Je reactie onder mijn post over stikstofrechten was de scherpste van de hele draad. Dank daarvoor.', yes: ['personal'] },
    { name: 'the class the sender knows them from', text: "hey! it's kat from the thursday spin class, hope the knee is better", yes: ['personal'] },
    { name: 'Italian: a meeting asked of a stranger', text: "Gentile Dottoressa, il nostro studio supporta le banche regionali. Sarebbe disponibile per un incontro di mezz'ora?", yes: ['leech'] },
    { name: 'Swedish: a short meeting asked', text: 'Hej Johan, vi hyr ut skåpbilar till handelsföretag. Har du tid för ett kort möte i maj?', yes: ['leech'] },
    { name: 'Dutch: a call proposed by an agency', text: 'Beste Sanne, wij zijn een recruitmentbureau. Zullen we deze week even bellen?', yes: ['leech'] },
    { name: 'Dutch: coffee some time is no favour', text: 'Ik zit zelf bij Picnic in CRM. Zullen we binnenkort eens koffie drinken?', no: ['leech'] },
    { name: 'Portuguese: job leads asked', text: 'Olá Filipa, mudo-me para o Porto em março. Se souberes de vagas em marketing digital, avisa-me!', yes: ['leech'] },
    { name: 'Dutch: a LinkedIn recommendation asked', text: 'Hoi Erik, het zou enorm helpen als je een aanbeveling op LinkedIn voor me zou willen schrijven.', yes: ['leech'] },
    { name: 'a blurb for the introducer is no offer to them', text: 'Would you introduce me to Kenji Sato at Hoshino Logistics? I can send you a paragraph if easier.', no: ['value'] },
    { name: 'the introducer named in a cc line', text: 'Good talking yesterday. Attached is the market sizing we did.\n\ncc: Layla Haddad, who introduced us. Thanks again Layla!', yes: ['introduction', 'reference'] },
    { name: 'Portuguese: news from someone both know', text: 'O Rodrigo Almeida (trabalhámos juntos na Farfetch) disse-me que estás a montar uma comunidade de data engineering.', yes: ['reference'] },
    { name: 'Spanish: someone both know says they are the one', text: 'Hola Rodrigo, dice Paco Hernández que eres la única persona en Monterrey que entiende de SAP IS-U.', yes: ['reference'] },
    { name: 'met at someone\'s place', text: 'Hi Abena, lovely to finally meet you at Kwame\'s on Saturday.', yes: ['reference'] },
    { name: 'someone both know asked after them', text: 'hey gabe! mr. hollis emailed me asking abt u lol, apparently he is retiring in june', yes: ['reference'] },
    { name: 'someone both know passed on their notes', text: 'hey kofi, ama passed me ur old further maths notes and i genuinely passed bc of them', yes: ['reference'] },
    { name: 'greetings for someone both know', text: 'Edit freely. And tell Pablo I\'m still waiting for the asado recipe.', yes: ['reference'] },
    { name: 'someone from a shared past', text: 'haha just saw the photo of ur team, is that ahmed from our old booking.com squad in the back??', yes: ['reference'] },
    { name: 'the sender from the class is no one both know', text: "hey! it's kat from our thursday spin class, random question about payroll", no: ['reference'] },
    { name: 'thinking about someone\'s wedding', text: "Hey Jo! Still thinking about Ben's wedding. Your speech had his gran crying with laughter.", yes: ['reference'] },
    // The forty-ninth round
    { name: 'news of someone both know asked about', text: "Long time! Did you see Priyanka's post? Twins. I still can't picture her with a pram.", yes: ['reference'] },
    { name: 'news of someone both know seen', text: 'Hi Priya! Saw Jonas finally made Staff, about time honestly.', yes: ['reference'] },
    { name: 'sad news of someone both know', text: 'Bill, sad news, I am afraid. Geraldine Fox passed away on Sunday. The funeral is on the 14th.', yes: ['reference'] },
    { name: 'a device that died is no one', text: 'The fundraising gig is on 12 October and our PA died at the last rehearsal. Could your office lend us a speaker?', no: ['reference'] },
    { name: 'Spanish: news heard from someone both know', text: 'Hola Pablo, me enteré por Lucía de que dejaste Telefónica. ¡Mucho ánimo!', yes: ['reference'] },
    { name: 'Italian: news heard from someone both know', text: 'Ciao Giulia! Ho saputo da Marco che ti trasferisci a Torino, che bello!', yes: ['reference'] },
    { name: 'the sender placed by someone both know', text: "Hello Tomasz, this is Ewa, Kuba's mum. I hope you don't mind me writing out of the blue.", yes: ['reference'] },
    { name: 'from the old office', text: 'Nnamdi! Chidi from the old Andela Lagos office here. Congrats on the move to Flutterwave.', yes: ['personal'] },
    { name: 'in the named days', text: "nobody built a cost model like you did in the Capita days", yes: ['personal'] },
    { name: 'in the early days is no shared past', text: 'In the early days we built everything by hand.', no: ['personal'] },
    { name: 'the best manager the sender had', text: 'You were hands down the best manager I ever had. Are there any roles on your team?', yes: ['personal'] },
    { name: 'French: something built together', text: "Je t'envoie le plan d'onboarding qu'on avait monté ensemble chez Leroy Merlin.", yes: ['personal'] },
    { name: 'a recommendation written back', text: "any chance you'd endorse me for bid management? I'll happily write you one for pricing", yes: ['value'], no: ['leech'] },
    { name: 'an intro asked of a friend who says no worries at all', text: "Hi Femi, just bumping my note from last week about an intro to Claire Dubois. No worries at all if the timing's bad.", no: ['leech'] },
    { name: 'a quote asked for a blog', text: 'Congrats on the new role at Monzo! Would you be open to giving me a quote for my blog on open banking?', yes: ['leech'] },
    { name: 'a foreword asked of a stranger', text: 'Dear Sir, I have written a book on digital transformation and it would be an honour if you could write the foreword.', yes: ['leech'] },
    { name: 'a guest pitched for their show', text: "I represent Dr. Lorna Pike, a sleep researcher. Could we get her on the show sometime around launch week?", yes: ['leech'] },
    { name: 'a panel to join, nothing offered', text: "We're running a webinar panel on cloud cost allocation on 14 May. Would you join?", yes: ['leech'] },
    { name: 'joining for dinner is no favour', text: 'We are having a few friends over on Friday. Would you join us?', no: ['leech'] },
    // The fiftieth round
    { name: 'the same school, me too', text: 'Another Ballarat kid in Melbourne tech! Saw you went to Ballarat High - me too, class of 2009.', yes: ['personal'] },
    { name: 'the same hometown', text: "Hi Aoife, I'm moving to Dublin in March. Saw you're a Salthill girl too!", yes: ['personal'] },
    { name: 'kept in mind for work', text: "I've since gone freelance. If your firm ever needs a Portuguese interpreter, I'd be very grateful if you kept me in mind.", yes: ['leech'] },
    { name: 'a review of the sender\'s games', text: 'I am 14 and preparing for the nationals. Could you please look at 3 of my games and tell me what I am doing wrong?', yes: ['leech'] },
    { name: 'a support slot asked', text: "We're Slow Tide, a four-piece from Sheffield. Any chance of a support slot on one of your autumn nights?", yes: ['leech'] },
    { name: 'a sale in a DM', text: 'I run a 6-week LinkedIn growth mastermind for coaches. DM me for the early-bird price 🚀', yes: ['reason', 'leech'] },
    { name: 'Spanish: moving the introducer to bcc is no offer', text: 'Gracias, Lucía, por presentarnos (te paso a copia oculta). Tomás, encantada.', no: ['value'] },
    { name: 'Spanish: their usual rate paid', text: '¿Tendrías 30 minutos la semana que viene? Obviamente te pagamos la consultoría a tu tarifa habitual.', yes: ['value'], no: ['leech'] },
    { name: 'told to add them by someone named', text: 'Sam Whitlock said to add you re: judging the Leeds hackathon in May 👋', yes: ['introduction', 'reference'] },
    { name: 'a profile came across is no one\'s advice', text: 'Hi Mateus, came across your profile and thought we should connect.', no: ['reason', 'introduction'] },
    { name: 'German: since the master both did', text: 'hey lena! lange nicht gesehen seit dem master in mannheim 😄 wie geht es dir?', yes: ['personal'] },
    { name: 'German: someone else\'s studies are no shared past', text: 'du kennst doch Miriam Albers noch aus dem Studium, oder?', no: ['personal'] },
    { name: 'the training group the sender knows them from', text: 'hey its raj from the sunday half marathon training group 🏃 saw ur clinic is growing!', yes: ['personal'] },
    // The fifty-first round
    { name: 'German: a doctoral advisor both had', text: 'Sehr geehrter Herr Dr. Vogt, ich habe gesehen, dass Sie wie ich bei Prof. Rieger am KIT promoviert haben.', yes: ['reference'] },
    { name: 'someone both met brought along', text: 'Thanks for the time this morning, and for bringing Pieter from finance along, that helped a lot.', yes: ['reference'] },
    { name: 'German: greetings to someone named', text: 'Wie besprochen schicke ich Ihnen die Ergebnisse. Bitte richten Sie auch Grüße an Herrn Brandt aus, wir sehen uns im Mai.', yes: ['reference'] },
    { name: 'an application someone named passed on', text: 'Dear Ms. Cheung, following up on my application that Kevin Lau kindly forwarded to you last week.', yes: ['introduction', 'reference'] },
    { name: 'German: their guest article', text: 'Ihr Gastbeitrag im Handelsblatt über duale Studiengänge wurde in unserem Vorstand intensiv diskutiert.', yes: ['personal'] },
    { name: 'German: a night of work together', text: 'Servus Flo! Ewig her seit dem Hackathon 2019, wo wir um 4 Uhr früh noch die Demo zusammengeklebt haben 😅', yes: ['personal'] },
    { name: 'German: their hiring seen is no detail about them', text: 'Hey Jan, hab gesehen dass ihr bei Celonis Werkstudenten sucht. Könntest du mich intern empfehlen?', no: ['personal'] },
    { name: 'their time together on an account', text: 'Would you write me a short recommendation about our time together on the Danone account at Publicis?', yes: ['personal', 'leech'] },
    // The fifty-second round
    { name: 'unpaid work asked for exposure', text: "Hi Lewis! We're looking for a photographer for our launch night. Budget's tight so it's unpaid, but the exposure would be great.", yes: ['leech'], no: ['value'] },
    { name: 'exposure as the return is no offer', text: "Ambassadors share our posts weekly and bring in 10 sign-ups a month. In return you'll get exposure to our community and a shoutout on our page.", no: ['value'] },
    { name: 'a question asked in a DM', text: 'Your PyCon talk got our team to turn on strict mode. Mind if I DM you a question about Protocol vs ABC?', yes: ['leech'] },
    { name: 'working students asked about', text: 'Saw your PyData talk on incremental dbt models. Are you taking working students on the data platform team this summer?', yes: ['leech'] },
    { name: 'Italian: a free trial', text: 'Può provarlo gratis per 30 giorni, senza inserire la carta di credito.', yes: ['value'] },
    { name: 'Italian: a pull request opened for them', text: 'Uso il tuo fattura-py e ti ho appena aperto una PR che gestisce gli allegati in base64.', yes: ['value'] },
    { name: 'Spanish: a recommendation written back', text: '¿Me podrías validar en Gestión de proyectos? Yo feliz te escribo una recomendación por el proyecto de Codelco.', yes: ['value'], no: ['leech'] },
    { name: 'Portuguese: travel and hotel paid', text: 'Se quiser palestrar no nosso meetup em agosto, a gente paga passagem e hotel.', yes: ['value'] },
    { name: 'a class year shared', text: "Hi Arjun, IIT Madras '14 here as well (Sarayu hostel, same as you I think!).", yes: ['personal'] },
    { name: 'Spanish: their talk heard', text: 'Hola Daniela! Te escuché en la Nerdearla de Buenos Aires contando cómo partieron el monolito de pagos.', yes: ['personal'] },
    { name: 'Italian: a shared past missed', text: 'Mi manca troppo la nostra banda della residenza Erasmus di Lisbona.', yes: ['personal'] },
    // The fifty-third round
    { name: 'years spent together', text: 'Would you be up for introducing me to her? We spent four years at King together, so you know my work.', yes: ['personal'] },
    { name: 'it is the sender from the branch', text: "Hi Gerald, it's Nadia from the Leeds branch, hope the allotment survived the frost.", yes: ['personal'] },
    { name: 'Portuguese: since the days at a shared employer', text: 'Olá Rui! Desde os tempos da Farfetch que não falamos. Vi que entraste na Sword Health, parabéns!', yes: ['personal'] },
    { name: 'Portuguese: their dataset seen', text: 'Olá Rodrigo, vi que você publicou o dataset de buracos nas ruas de São Paulo. Pode me mandar a versão bruta?', yes: ['personal', 'leech'] },
    { name: 'the last time was at someone\'s leaving do', text: "Hey Ruth! I think the last time I saw you was Gareth Pryce's leaving do, back at Admiral.", yes: ['reference'] },
    { name: 'thanks passed to someone named', text: 'Thank you for the interview on Thursday. Please also pass my thanks to Mr. Fujita for his question about audits.', yes: ['reference'] },
    { name: 'French: as someone named said', text: "Salut Julien, comme Thomas l'a dit au resto samedi, Claire cherche un PM senior chez Doctolib.", yes: ['reference'] },
    { name: 'someone both know sent their way', text: 'Hi Mariana, quick note to say thank you for sending Lucas Pereira our way. He started on Monday.', yes: ['reference'] },
    { name: 'Spanish: asked by their old boss to get in touch', text: 'Hola Daniela: Gabriel Ortega, tu jefe en Clip, me pidió que te contactara.', yes: ['introduction', 'reference'] },
    { name: 'a job lead asked', text: "Hey Jess! I'm the one who spilled the sangria 😅 Hit me up if Canva's hiring motion designers?", yes: ['leech'] },
    // The fifty-fourth round
    { name: 'German: their usual rate paid', text: 'Hätten Sie Zeit für eine Stunde Beratung per Video? Ich zahle gern Ihren üblichen Stundensatz.', yes: ['value'], no: ['leech'] },
    { name: 'help whenever needed, you know where to find me', text: 'Would you be willing to introduce us? And if you ever need someone to look over a term sheet or cap table, you know where to find me.', yes: ['value'] },
    { name: 'Dutch: a report shared', text: 'In Deventer willen we iets vergelijkbaars. Mag ik je een paar vragen stellen? Ons haalbaarheidsrapport deel ik graag met je.', yes: ['value'] },
    { name: 'Dutch: sending one\'s own CV is no offer', text: 'Zou u een aanbevelingsbrief voor mij willen schrijven? Ik stuur u graag mijn cv en de vacature.', no: ['value'] },
    { name: 'a workplace missed since they left', text: "Hope the new job is treating you well - the ward still isn't the same since you left St. Anne's.", yes: ['personal'] },
    { name: 'greetings from someone on the sender\'s team', text: 'Hi Priya - Marco Bellini on my team says hi, I think you two overlapped at Shopify.', yes: ['reference'] },
    { name: 'a trial asked for a son', text: 'Hi Paul. My son is 14 and scored 31 goals this season. Can you give him a trial at the academy?', yes: ['leech'] },
  ])('$name', check));

describe('signals: people both do not know, people from a shared past, letters with marks, sixteenth session', () =>
  it.each<Case>([
    { name: 'a Turkish name with its letters passes on their work', text: 'Hi Tomás, Elif Şahin forwarded me your Q2 update and the note on dropping the listing fee.', yes: ['reference'] },
    { name: 'a Czech name with its letters passes on their work', text: 'Dobrý den, Jiří Dvořák forwarded me your paper on grid balancing.', yes: ['reference'] },
    { name: 'a Creative Commons licence is no one copied in', text: 'Hola Andrés, te paso el conjunto de datos limpio con licencia CC BY y una nota de cómo lo hicimos.', no: ['reference', 'introduction'] },
    { name: "the sender's colleague handed the next step", text: "Hi Sipho, we're hiring network engineers for a telecoms firm in Joburg. My colleague Lindiwe will set up interviews if you're keen.", no: ['reference'] },
    { name: "the sender's colleague who looks after something", text: 'My colleague Fiona Pemberton looks after routing and could drop by your Chorley branch one afternoon.', no: ['reference'] },
    { name: "Spanish: the sender's colleague will write", text: 'Hola Valentina, tenemos una búsqueda de diseñadora. Mi compañero Facundo López te va a escribir por mail con los detalles.', no: ['reference'] },
    { name: "a colleague of the sender's who vouches is still someone both know", text: 'My old colleague Ben Torres says hi, he was at Deloitte with you.', yes: ['reference'] },
    { name: "the recipient's colleague known by a talk", text: "Saw your colleague Ana Lima's talk on design tokens at Config, great stuff.", no: ['reference'] },
    { name: "the recipient's teammate known by a presentation", text: 'Hi Sunita, saw that Rohan Mehra on your team presented the Kafka to Pulsar migration at the Bangalore Streaming meetup.', no: ['reference'] },
    { name: "the recipient's colleague whose webinar the sender loved", text: 'P.S. Tell your colleague Jason Lin I loved his webinar on safety stock.', no: ['reference'] },
    { name: "the recipient's colleague met with, known by a talk too", text: 'Your colleague Ana Lima presented with me at Config and suggested I write to you.', yes: ['reference'] },
    { name: 'the person the sender offers to introduce', text: "Hi Dev, saw ur hiring a payments PM. my ex-colleague Nina Shah is looking rn, she's great, want me to intro u two?", no: ['reference'] },
    { name: 'the manager of days both share', text: "Carlos, cuánto tiempo! Since our Accenture Madrid days under Beatriz. I'm hiring two senior BAs.", yes: ['reference'] },
    { name: 'someone from the same intake', text: 'Hey Ben! Marcus from our Deloitte grad intake was asking after you last week.', yes: ['reference'] },
    { name: "the sender's team today is no shared past", text: 'Marta from our claims team will call you tomorrow morning to arrange the visit.', no: ['reference', 'personal'] },
    { name: 'someone who was there with both', text: 'I worked with you and Sarah Quinn on the Kraft case back in 2015.', yes: ['reference'] },
    { name: 'a call with them and someone else is no one from a past', text: "I'd love to set up a call with you and Sarah next week.", no: ['reference'] },
  ])('$name', check));

describe('signals: quotations, talks, products and the sender\'s own team are no one both know; news passed on, seventeenth session', () =>
  it.each<Case>([
    { name: 'a famous saying is a quotation', text: 'Steve Jobs supposedly said you hire smart people so they can tell you what to do. We need a senior backend engineer.', no: ['reference'] },
    { name: 'a quotation with "once said"', text: 'Richard Branson once said that you should train people well enough so they can leave. Our tool tracks certificates.', no: ['reference'] },
    { name: "a talk by the recipient's CFO the sender heard", text: 'I was in the audience when your CFO, Marcus Bell, spoke at FinanceCon Chicago last month about moving Tern Logistics off spreadsheets. Could I get 30 minutes with you for a demo?', no: ['reference'] },
    { name: "the recipient's co-founder seen on a panel", text: 'I saw your co-founder Wei Ling speak on a panel at SWITCH in the autumn and she was brilliant. Coffee sometime?', no: ['reference'] },
    { name: 'someone who spoke to the sender about the recipient', text: "Anna spoke to me about your work on the grid project and said you'd be open to a chat.", yes: ['reference'] },
    { name: 'a product that sends reminders', text: 'ReviewLoop sends SMS reminders 48h and 2h before each appointment and routes unhappy patients to you first.', no: ['reference'] },
    { name: 'a person who sends regards', text: 'Maria sends you her best!', yes: ['reference'] },
    { name: 'a search engine is no one', text: 'Google says you open at 7, but the sign on your door says 8. Happy to fix the listing for free.', no: ['reference'] },
    { name: 'a sales tool is no one', text: 'We help founders like you close rounds 2x faster with our investor CRM. Open to a quick chat this week?', no: ['reference'] },
    { name: "the sender's colleague who found a bug", text: "While testing a client's integration with your API last week, my colleague Rahul noticed that the password-reset endpoint on your app returns a different message.", no: ['reference'] },
    { name: "the sender's colleague who knows the recipient", text: "My colleague Tom mentioned you're hiring a data engineer.", yes: ['reference'] },
    { name: "the sender's colleague who worked with the recipient", text: 'My colleague Sara worked with you at Google, she speaks highly of you.', yes: ['reference'] },
    { name: 'someone met who passes on news of the recipient', text: "Dom! Bumped into Rachel Okafor at the Leeds Shopify meetup last week, she says you've gone freelance. Massive congrats mate.", yes: ['reference'] },
    { name: 'someone met who sends a hug', text: 'Hey Ciarán!! Saw Clara Dupont last week at the Rennes marathon (she finished before me, of course), she sends you a big hug.', yes: ['reference'] },
    { name: 'someone both know asked after', text: 'Is Bram still there, and does he still have that enormous dying fern?', yes: ['reference'] },
    { name: 'a day is no one asked after', text: 'Is Monday still good for you?', no: ['reference'] },
    { name: 'a long affiliation before who told the sender', text: 'Rui Almeida from the Web Summit volunteer crew told me to look you up.', yes: ['reference'] },
    { name: 'Dutch: someone passes on news of the recipients', text: 'Hoi Sanne, Jeroen (van de Dutch Design Week-crew) vertelde dat jullie worstelen met toegankelijkheidstests voor de nieuwe app.', yes: ['reference'] },
  ])('$name', check));

describe('signals: text in other scripts is read, seventeenth session', () =>
  it.each<Case>([
    { name: 'Japanese: a note of their own, sentences ended by 。 with no space', text: '田中さん、先日の鈴木さんの送別会ではゆっくりお話しできず残念でした。同じテーブルだったのに！またどこかでお会いできれば嬉しいです。', yes: ['note'] },
    { name: 'Japanese: greetings and the stock invitation are no note', text: 'はじめまして。LinkedInでつながりましょう。よろしくお願いいたします。', no: ['note'] },
    { name: 'Chinese: the stock invitation is no note', text: '您好，我想邀请您加入我在领英的职业人脉网络。', no: ['note'] },
    { name: 'Korean: a note of their own', text: '안녕하세요 김민수님, 지난주 판교 밋업에서 발표하신 쿠버네티스 비용 최적화 내용 잘 들었습니다.', yes: ['note'] },
    { name: 'Russian: a note of their own', text: 'Здравствуйте, Иван! Я видел ваш доклад на HighLoad++ про шардирование PostgreSQL, очень полезно.', yes: ['note'] },
    { name: 'Russian: the stock invitation is no note', text: 'Здравствуйте! Я хотел бы добавить вас в свою профессиональную сеть в LinkedIn.', no: ['note'] },
    { name: 'Arabic: a greeting and the stock invitation are no note', text: 'السلام عليكم أستاذ خالد،\nيسعدني الانضمام إلى شبكتك المهنية.', no: ['note'] },
  ])('$name', check));

describe('signals: Thai stock text and names alone are no note, seventeenth session', () =>
  it.each<Case>([
    { name: 'Thai: the stock invitation is no note', text: 'ผมอยากเพิ่มคุณเข้าในเครือข่ายมืออาชีพของผมบน LinkedIn', no: ['note'] },
    { name: 'Thai: a greeting, a name and a signature are no note', text: 'สวัสดีครับ คุณวิชัย\n\nภาณุ', no: ['note'] },
  ])('$name', check));

describe('signals: introductions asked in phone spelling, seventeenth session', () =>
  it.each<Case>([
    { name: '"could u intro us" after naming the person', text: 'yo marco quick one u still tight w priya anand at stripe?? tryna get in front of her abt the payments ops role before it closes fri, could u intro us 🙏', yes: ['introduction'] },
    { name: "\"intro'ing me to\" a named person", text: "hey lina!! would u be up for intro'ing me to marta silva at farfetch?", yes: ['introduction'] },
  ])('$name', check));

describe('text: Latin letters with marks fold to their base letter, seventeenth session', () =>
  it.each<Case>([
    { name: 'Vietnamese: an introduction asked, read as whole words', text: 'Chào anh Minh, em giới thiệu giúp chị với anh Quang ở Shopee được không? Chị muốn hỏi về vị trí quản lý sản phẩm.', yes: ['note'] },
  ])('$name', check));

describe('signals: someone met who passes on news, in Spanish, Portuguese, French and Italian, seventeenth session', () =>
  it.each<Case>([
    { name: 'Spanish', text: 'Coincidí la semana pasada con Lucía Ferrer en el congreso de AEDIPE y me comentó que en Sercotel están valorando cambiar de proveedor de nóminas.', yes: ['reference'] },
    { name: 'Portuguese', text: 'Encontrei a Marta Souza na feira e ela contou que vocês vão abrir uma loja no Porto.', yes: ['reference'] },
    { name: 'French', text: "J'ai croisé Claire Martin au salon de Lyon, elle m'a dit que vous cherchez un fournisseur.", yes: ['reference'] },
    { name: 'Italian', text: 'Ho incontrato Giulia Bianchi al convegno e mi ha detto che state cercando un grafico.', yes: ['reference'] },
  ])('$name', check));

describe('text: the words of a sentence, in any script, seventeenth session', () => {
  const tokens = (text: string) => prepare(parseOutreach(text)).sentences.flatMap((s) => s.tokens);
  it('reads letters of other scripts as words, and a run without spaces as a word of its own', () => {
    expect(tokens('Здравствуйте, Иван! 你好 AIエンジニア')).toEqual(['здравствуйте', 'иван', '你好', 'ai', 'エンジニア']);
  });
  it('folds Latin letters with marks, written composed or decomposed, to the same word', () => {
    expect(tokens('giới thiệu')).toEqual(['gioi', 'thieu']);
    expect(tokens('cafe\u0301 latte')).toEqual(['cafe', 'latte']);
    expect(tokens('café latte')).toEqual(['cafe', 'latte']);
  });
  it('ends a sentence at 。 ！ ？ with no space after them', () => {
    expect(prepare(parseOutreach('先日はありがとうございました。またお会いしましょう！')).sentences).toHaveLength(2);
  });
});

describe('signals: the recipient spoken to and job titles are no one both know, eighteenth session', () =>
  it.each<Case>([
    { name: '"Name, your essay": the recipient spoken to', text: 'Nadia, your essay about running your first sprint planning off the lesson-plan template you used as a Year 6 teacher is pinned in our team Notion.', no: ['reference'] },
    { name: '"Name, your old teammate": a relation of the recipient', text: 'Ana, your old teammate from Deloitte, suggested I write to you about the audit role.', yes: ['reference'] },
    { name: '"Name, your former deputy": a relation of the recipient', text: 'Conor Walsh, your former deputy, did the same for me with Kerry Group last year and it made all the difference.', yes: ['reference'] },
    { name: 'a job title opening a subject line', text: '---\nsubject: Staff eng at Wise, thought of you\n---\nHey Nikhil, we have a Staff Engineer opening in the payments ledger team. Fancy a chat?', no: ['reference'] },
    { name: '"Any openings on your team?"', text: "Hi Sipho! I'm searching for junior UX roles in Cape Town. Any openings on your team?", no: ['reference'] },
    { name: 'the sender\'s own co-founder, "X and I", untied to the recipient', text: "Hi Andrea, bumping this. My co-founder Lucía Ferrer and I are still keen to show you what we've built for clinic scheduling. 20 minutes next week?", no: ['reference'] },
    { name: 'the sender\'s own colleague who worked with the recipient', text: "My colleague Sam Ortiz and I worked with you on the Acme rollout back in 2021, so I thought I'd reach out.", yes: ['reference'] },
    { name: 'a job title before "on your team"', text: 'Hi Ama, I saw the Senior Analyst opening on your team and I think I would be a strong fit. Could you refer me?', no: ['reference'] },
  ])('$name', check));

describe('signals: people both know met through the recipient\'s leaders, and in Romance "I see you know X", eighteenth session', () =>
  it.each<Case>([
    { name: '"had coffee with your CEO, X"', text: 'Hi Dana, I had coffee with your CEO, Mark Ellison, at Web Summit last week, and we talked about carrier invoices.', yes: ['reference'] },
    { name: '"your CEO X\'s keynote" is their work, not someone the sender knows', text: "Hi Dana, I loved your CEO Mark Ellison's keynote at Web Summit.", no: ['reference'] },
    { name: '"shared a panel with X from your board"', text: 'Dr. Lowe, I shared a panel with Dr. Elena Vasquez from your board at HLTH last autumn.', yes: ['reference'] },
    { name: 'the sender\'s mentor who "always told me" something', text: 'Dear Dr. Wong, my mentor Mr. Alistair Gray always told me the best way to learn robotics is to go and watch, so could I observe one of your lists?', no: ['reference'] },
    { name: '"Mummy\'s birthday" names no one', text: "Good afternoon Auntie Akosua. You mentioned at Mummy's birthday that you know Matron Adjoa Asante at Ridge Hospital. Please could you introduce me to her?", no: ['reference'] },
    { name: 'an acronym is a school, not a person', text: 'Dear Sir/Madam, I am a final year student of KNUST, Department of Marketing, conducting research on mobile money adoption. Kindly fill this short survey.', no: ['reference'] },
    { name: 'Spanish "vi que conoces a X"', text: 'Hola Lucía, vi que conoces a Diego Ferrer. Yo también trabajé con él en Glovo, en el equipo de partners.', yes: ['reference'] },
    { name: 'Spanish "vi que conoces a X", then an introduction asked', text: 'Te escribo por algo concreto: vi que conoces a Lucía Ferrándiz, la jefa de compras de Mercaliva. Estoy montando una distribuidora de cítricos. ¿Nos podrías poner en contacto?', no: ['reference'] },
    { name: 'Portuguese "eu e a X estamos"', text: 'Oi Rafael! Eu e a Beatriz Lima estamos no mesmo grupo de corrida do Ibirapuera e ela fala super bem de você.', yes: ['reference'] },
    { name: 'Italian "io e X lavoravamo"', text: 'Ciao Luca, io e Giulia Conti lavoravamo insieme da Enel e mi ha parlato di te.', yes: ['reference'] },
  ])('$name', check));

describe('signals: people both know at the close, in a shared lab, on a handed-over account, eighteenth session', () =>
  it.each<Case>([
    { name: '"Regards to X" at the close', text: "Hi Jo, I'm updating my profile and would value a short recommendation.\n\nRegards to Mihail, tell him the coffee machine on the 4th floor still haunts me.\n\nDan", yes: ['reference'] },
    { name: '"Love to X and the kids"', text: 'Hi Pieter,\n\nwould you be willing to act as a reference for me?\n\nLove to Anneke and the kids.\nMarloes', yes: ['reference'] },
    { name: '"Love to hear more" names no one', text: 'Hi Pieter, love to hear more about your work on the dredging fleet.', no: ['reference'] },
    { name: 'German "Grüß mir X"', text: 'Hallo Felix, lange nicht gesprochen! Hättest du Lust, einen Vortrag zu halten?\n\nGrüß mir Katrin, wenn du sie siehst!\n\nViele Grüße\nJana', yes: ['reference'] },
    { name: 'a greeting that ends with a full stop, and the greeting sent on the same line', text: 'Hi Felix. Say hi to Katrin for me.', yes: ['reference'] },
    { name: 'German "Grüß mir X" is no sign-off, after a greeting that ends with a full stop', text: 'Hallo Felix. Grüß mir Katrin, wenn du sie siehst!', yes: ['reference'] },
    { name: 'a title\'s full stop does not end the greeting', text: 'Hi Dr. Okafor, thanks for the talk on sepsis alerts.', no: ['reference'] },
    { name: 'Polish "Pozdrów ode mnie X"', text: 'Cześć Tomek! Aplikuję na stanowisko analityka w ING. Rzucisz okiem na moje CV?\n\nPozdrów ode mnie Kasię!', yes: ['reference'] },
    { name: '"we overlapped in X\'s group"', text: 'Hi Marta - we overlapped for about three months in Esther Adeyemi\'s group at Leeds.', yes: ['reference'] },
    { name: '"fellow X lab alum"', text: 'Fellow Okoro lab alum here (PhD 2017, the zebrafish room era)! Would be great to add you.', yes: ['reference'] },
    { name: 'someone else\'s team, the sender not in it', text: "Kate Smith's team published a great paper on sepsis alerts last month.", no: ['reference'] },
    { name: 'an account handed over', text: "Hi Zoe, I'm your new account manager at Quill, taking over from Marcus Bell. Connecting so you can reach me here too.", yes: ['reference'] },
    { name: 'a couple\'s wedding both attended', text: 'Hey Tyler, Jess & Omar\'s wedding, the table by the photo booth. Just read your post about building furniture full time.', yes: ['reference'] },
    { name: 'Portuguese "teu irmão X"', text: 'Olá Inês! No jantar de anos do teu irmão Miguel troquei duas palavras com a Beatriz Lobo.', yes: ['reference'] },
    { name: 'Spanish "tu amiga X", asked to be put in touch', text: '¿Tú sigues hablando con tu amiga Marina Ferrer? Estoy buscando piso en Valencia. ¿Nos podrías poner en contacto?', no: ['reference'] },
  ])('$name', check));

describe('signals: introducers thanked, greetings at the close, and names that are not people, eighteenth session', () =>
  it.each<Case>([
    { name: 'the introducer thanked with "sir", the person introduced greeted with "ma\'am"', text: "Thank you Suresh sir for the kind introduction.\n\nDear Anjali ma'am, I am a final year B.Tech student. Kindly refer me for any suitable opening.", yes: ['reference', 'introduction'] },
    { name: 'Italian: the introducer thanked, then the person introduced greeted', text: 'Grazie Chiara per averci messo in contatto!\n\nCiao Marco, piacere. Potresti segnalarmi per il ruolo di Senior Backend Engineer?', yes: ['reference', 'introduction'] },
    { name: '"Like Oprah says" quotes someone famous', text: 'Hi Dee! Your podcast is so inspiring. Like Oprah says, do what you have the passion to do.', no: ['reference'] },
    { name: 'a Norwegian greeting is not a name', text: "Hei Lars, we haven't met but we have 23 mutual connections. Could you introduce me to your brother-in-law Henrik Dahl?", no: ['reference'] },
    { name: 'a form teacher both had', text: "Hi Niamh, it's Orla, we were in Mr Doyle's form together all the way through St Columba's.", yes: ['reference'] },
    { name: '"you put my name forward to X"', text: "Hey Viktor, you put my name forward to Anders Lind when I was scrambling for work, and that's how I ended up at Volvo Cars.", yes: ['reference'] },
    { name: '"X (your first customer)"', text: "Hi Nuno, Jorge Pinto (your first customer, I believe) got me onto Parcelly last year and I've been paying for it since.", yes: ['reference'] },
    { name: 'German "Liebe Grüße, auch an Tante X" is a greeting passed on, not only a sign-off', text: 'Hallo Jan, könntest du uns bekannt machen?\n\nLiebe Grüße, auch an Tante Heike!\nLukas', yes: ['reference'] },
    { name: '"Saludos a todo el equipo" greets no one and says nothing', text: 'Hola Diego, me gustaría agregarte a mi red profesional.\n\nSaludos a todo el equipo de Valencia.', no: ['reference'] },
    { name: '"Mamá\'s birthday" names no one', text: "Besos a los niños, see you at Mamá's birthday.", no: ['reference'] },
  ])('$name', check));

describe('signals: people both know in blurbs, teams, shared classes and "X and I have", eighteenth session', () =>
  it.each<Case>([
    { name: 'French "dis bonjour à X de ma part"', text: 'Coucou Chloé, tu pourrais me mettre en contact avec Julien Mercier chez Decathlon ? Bises, et dis bonjour à Mathilde de ma part !', yes: ['reference'] },
    { name: 'a famous course author is not someone both know', text: "Hi Leo, we were both in the Saturday study group at iHub working through Andrew Ng's deep learning course.", no: ['reference'] },
    { name: 'the sender named in the blurb they drafted for the introducer', text: 'Could you introduce us? Here\'s a blurb you can paste:\n\n"Carlos, my old colleague Anita Shah is interviewing with your team. Worth a quick chat."', no: ['reference'] },
    { name: '"spoke to X in your dispatch team"', text: 'After the second late delivery this month I spoke to Ulrike Braun in your dispatch team, who said the resin shortage should clear by the 20th.', yes: ['reference'] },
    { name: '"introduce me to X on your data team" asks for the person', text: 'Hi Sam, could you introduce me to Ben Okafor on your data team? We sell pipeline monitoring.', no: ['reference'] },
    { name: '"X pointed out your name"', text: 'Mira Chen from the old People team pointed out your name when I mentioned this search.', yes: ['reference'] },
    { name: '"X and I sat next to each other"', text: "Hi Owen, Becca Hartley and I sat next to each other on the Crossrail job, and she's still going on about your ventilation models.", yes: ['reference'] },
    { name: '"X made us redo ..." in a shared cohort', text: 'We were both in the 2016 Falmouth illustration cohort, and Helen Okonjo made us redo the same life drawing six times that first week.', yes: ['reference'] },
    { name: '"X and I have ..." with the recipient in the sentence', text: 'Hey Tunde,\nSipho and I have locked the venue for the PyCon Africa sprint day: the Braamfontein space you found last year.', yes: ['reference'] },
  ])('$name', check));

describe('signals: the recipient spoken to first, programmes, and introductions offered, eighteenth session', () =>
  it.each<Case>([
    { name: '"AoA," is a greeting, and an unnamed friend names no one', text: 'AoA, a friend who works at Systems Ltd said your team is hiring Flutter devs. Can you please refer me?', no: ['reference'] },
    { name: '"we both came through X cohort 4" is a programme', text: 'We both came through Antler Bangalore cohort 4. I was the one with the agritech idea that died in week 3.', no: ['reference'] },
    { name: '"would you be happy for me to connect you two?" offers an introduction to the sender\'s colleague', text: 'Hi Dana, my old colleague Ruth Adler is moving into digital health and would love to hear how you got the rollout through procurement. Would you be happy for me to connect you two?', no: ['reference'] },
    { name: 'German "Grüß X herzlich von uns"', text: 'Lieber Matthias, kennst du Anke Brückner? Grüß Hanna herzlich von uns, wir sehen euch hoffentlich im August.', yes: ['reference'] },
    { name: '"Fatima, we met at ..." opening the message is the recipient', text: "Fatima, we met at the SaaStr Europa founders' breakfast, you were the one defending annual contracts against the whole table.", no: ['reference'] },
    { name: '"X, we worked together at Enel, told me" after the greeting is someone both know', text: "Hi Sam, Marco Rossi, we worked together at Enel, told me you're hiring.", yes: ['reference'] },
  ])('$name', check));

describe('signals: thanks for an introduction already made, in other languages and on a phone, twentieth session', () =>
  it.each<Case>([
    { name: 'Spanish "gracias por conectarme con la Dra. X"', text: 'Pato, mil gracias por conectarme con la Dra. Salazar. Ya conversamos ayer y me va a ayudar con el protocolo.', yes: ['reference', 'introduction', 'reason'], familiesAlone: true },
    { name: 'Portuguese "valeu pela ponte com o X"', text: 'Valeu demais pela ponte com o Rafael, Júlia!! Já marcamos um café pra quinta.', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'Dutch "bedankt voor de introductie bij X"', text: 'Hé Sanne, super bedankt voor de introductie bij Pieter de Vries! We hebben gisteren gebeld.', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'German "Dank für die Vorstellung bei X"', text: 'Liebe Claudia, tausend Dank für die Vorstellung bei Jörg Lehmann! Wir haben gestern fast eine Stunde telefoniert.', yes: ['reference', 'introduction', 'reason'], familiesAlone: true },
    { name: 'French "merci de m\'avoir mise en relation avec X"', text: "Merci encore de m'avoir mise en relation avec Inès Garnier, on s'est appelées hier.", yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'phone-typed "thank u for connecting me w X"', text: 'omg Rhea THANK U for connecting me w Baptiste!! we talked for like an hour yesterday', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'German capitalised noun after an article is no one', text: 'Liebe Katharina, danke dir nochmal für die Vorstellung bei der Regionalleitung vom Spar! Ab März läuft ein Pilot.', no: ['reference'], familiesAlone: true },
    { name: 'thanks for a presentation (a talk) names no one', text: 'Gracias por la presentación de ayer, fue muy útil para el equipo.', no: ['reference'], familiesAlone: true },
  ])('$name', check));

describe('signals: word passed to someone both know, twentieth session', () =>
  it.each<Case>([
    { name: '"Tell Rosa the sourdough starter survived" in a sign-off', text: 'Happy to read your CFP draft before the deadline. Tell Rosa the sourdough starter survived the move.', yes: ['reference'], familiesAlone: true },
    { name: '"P.S. Tell Ahmed congrats on the marathon!"', text: 'Hi Inês, the handover doc is in the shared drive.\n\nObrigado,\nRafa\n\nP.S. Tell Ahmed congrats on the marathon!', yes: ['reference'], familiesAlone: true },
    { name: '"Also tell Gabe ..."', text: "Thanks again for covering my Saturday shift, Noemi. Also tell Gabe the label printer's fixed.", yes: ['reference'], familiesAlone: true },
    { name: '"If you see Dr. Whitcombe at ..., tell her ..."', text: 'Hi Noor, just following up on my note from last week.\n\nP.S. If you see Dr. Whitcombe at the department thing, tell her her old TA says hello.', yes: ['reference'], familiesAlone: true },
    { name: '"tell Google" is a company, not a person both know', text: 'Honestly someone should tell Google the search console is broken again.', no: ['reference'], familiesAlone: true },
    { name: '"if you see anything odd" names no one', text: 'I am out Friday. If you see anything odd in the deploy, ping Hannah.', no: ['reference'], familiesAlone: true },
  ])('$name', check));

describe('signals: people both know at a shared moment, a shared teacher, thanks passed on, twentieth session', () =>
  it.each<Case>([
    { name: '"thanks to you, Nadia and Felipe for the hour today"', text: 'Hi Daria, thanks to you, Nadia and Felipe for the hour today. The recap is below.', yes: ['reference'], familiesAlone: true },
    { name: '"today\'s meeting with you, Carmen and Bilal"', text: "Hi Andrea, thanks for today's meeting with you, Carmen and Bilal.", yes: ['reference'], familiesAlone: true },
    { name: '"I interviewed ... with you and Rafael Ortiz"', text: 'I interviewed for the Data Engineer position on 3 May with you and Rafael Ortiz.', yes: ['reference'], familiesAlone: true },
    { name: 'a call planned with them and a colleague is no one from a past', text: "I'd love to set up a call with you and Sarah Lee next week to walk through the pilot.", no: ['reference'], familiesAlone: true },
    { name: '"connect you and Sarah Lee" offers an introduction to the sender\'s contact', text: "I'd love to connect you and Sarah Lee, she runs ops at Kiva.", no: ['reference'], familiesAlone: true },
    { name: '"I see you and Leila both spoke at DevFest" names someone the sender only read about', text: 'I see you and Leila Haddad both spoke at DevFest Casablanca last year.', no: ['reference'], familiesAlone: true },
    { name: '"Please also thank Noor Haddad for ..."', text: 'Please also thank Noor Haddad for passing my name along to you.', yes: ['reference'], familiesAlone: true },
    { name: '"Thank God for coffee" thanks no one both know', text: 'Thank God for coffee, it was a long night.', no: ['reference'], familiesAlone: true },
    { name: '"is that u from mr delaney\'s 4th period chem"', text: "omg tariq?? is that u from mr delaney's 4th period chem 😂 congrats on opening the barbershop!!", yes: ['reference'], familiesAlone: true },
    { name: '"its Becca Lutz from Mrs. Ogunleye\'s homeroom"', text: "hi Wen! its Becca Lutz from Mrs. Ogunleye's homeroom at Pine Hill. i saw ur Kickstarter.", yes: ['reference'], familiesAlone: true },
    { name: '"thank you for referring me to Ilse\'s team"', text: 'Kofi, thank you for referring me to Ilse\'s team, I know you stuck your neck out.', yes: ['reference', 'introduction'], familiesAlone: true },
  ])('$name', check));

describe('signals: someone both know still doing what they did, a boss both had, a group both were in, twenty-first session', () =>
  it.each<Case>([
    { name: '"Big Mo still runs the team" to an old teammate', text: 'Hey Kieran, we played five-a-side together at Hollybank for years. Big Mo still runs the team and still collects the pitch money. Fancy a game?', yes: ['reference'], familiesAlone: true },
    { name: '"Gerry next door still asks after you"', text: 'Hi Callum, it is Lesley from Orchard Rise. Gerry next door still asks after you whenever he sees your mum.', yes: ['reference'], familiesAlone: true },
    { name: 'Spanish "X sigue llevando ..."', text: 'Hola Ana, ¡cuánto tiempo! Chema sigue llevando el club de remo como si fuera un cuartel.', yes: ['reference'], familiesAlone: true },
    { name: 'a question about a person to be introduced to is no news of one', text: 'hey bex, ur cousin Omar Haddad still does commercial leases right? could u connect us?', no: ['reference'], familiesAlone: true },
    { name: 'a capitalised word that is no name ("Yoruba corpus still has")', text: 'Dear Professor Adeyemi, the Yoruba corpus still has inconsistent diacritics, and I would be glad to help clean it.', no: ['reference'], familiesAlone: true },
    { name: 'a name spoken to, then "still" ("Duarte, still can\'t believe ...")', text: 'Duarte, still can’t believe you knew every word of that song at the karaoke night 😂', no: ['reference'], familiesAlone: true },
    { name: '"our old boss Pedro Alves posted ..."', text: 'Ha, just saw our old boss Pedro Alves posted that he is leaving Farfetch. Hope you are well, Rita!', yes: ['reference'], familiesAlone: true },
    { name: '"our ex-boss Marta Quiroga" is shared by itself, as "our old boss" is', text: 'Saw that our ex-boss Marta Quiroga is retiring in June. Are you going to the party, Lena?', yes: ['reference'], familiesAlone: true },
    { name: '"our sales manager Dana will follow up" is the sender\'s colleague today', text: 'Thanks for the call. Our sales manager Dana Whitfield will follow up with the pricing.', no: ['reference'], familiesAlone: true },
    { name: '"Jonas from our Warsaw CFA study group"', text: 'Congrats, Ola!! Jonas from our Warsaw CFA study group just told me you passed Level III.', yes: ['reference'], familiesAlone: true },
    { name: 'French "X (..., tu te souviens ?)" after the name', text: "Bravo pour le poste, Patrick ! Marie-Ève Gagnon (l'équipe paie chez CGI, tu te souviens ?) m'a annoncé la nouvelle hier.", yes: ['reference'], familiesAlone: true },
    { name: 'Italian "alla Croce Verde, ti ricordi?" is a place both remember, not a person', text: 'Ciao Federico! Sono Giulia, facevamo i turni di notte alla Croce Verde di Padova, ti ricordi? Congratulazioni per il nuovo lavoro!', no: ['reference'], familiesAlone: true },
  ])('$name', check));

describe('signals: thanks for an introduction as a clause, a section both sat in, a list with the two of them, twenty-first session', () =>
  it.each<Case>([
    { name: 'German "Dank, dass du mich mit Herrn Dr. X bekannt gemacht hast"', text: 'Liebe Jutta, tausend Dank, dass du mich mit Herrn Dr. Albers bekannt gemacht hast! Wir telefonieren morgen.', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'Italian "volevo ringraziarti per avermi presentato l\'Ing. X"', text: "Caro Dario, volevo ringraziarti per avermi presentato l'Ing. Colombo. Ci vediamo giovedì in cantiere.", yes: ['reference', 'introduction'], familiesAlone: true },
    { name: '"we overlapped in Prof. X\'s ... section"', text: "Hi Tanvi, we overlapped in Prof. Whitlock's Corporate Finance section at Kellogg and you saved me on the final.", yes: ['reference'], familiesAlone: true },
    { name: '"you, me, X and Y" in a shared memory', text: 'Hi Lotte, I still think about our thesis group in Delft: you, me, Sander and Noor arguing about the wind tunnel.', yes: ['reference'], familiesAlone: true },
    { name: '"between you and me, Rotterdam ..." names no one', text: 'Between you and me, Rotterdam is the better office.', no: ['reference'], familiesAlone: true },
    { name: 'French "X m\'a beaucoup parlé de vous"', text: 'Bonjour Hélène, Marc Vidal m’a beaucoup parlé de vous ! Au plaisir d’échanger.', yes: ['reference'], familiesAlone: true },
    { name: '"X there mentioned that you ..."', text: 'Hi Owen, we supply the Harlow depot, and Tess Grady there mentioned you are still logging temperatures by hand.', yes: ['reference'], familiesAlone: true },
  ])('$name', check));

describe('signals: a landlord, captain or caretaker both know, "(you\'ll remember her ...)", thanks in Tagalog, twenty-first session', () =>
  it.each<Case>([
    { name: '"our old promoter Kiki Amari" (a relation noun beyond colleagues)', text: 'Hey Lou, our old promoter Kiki Amari is at the Lexington now and she has offered us a slot in October.', yes: ['reference'], familiesAlone: true },
    { name: '"X (you\'ll remember her from the Brightline days ...)"', text: 'Hey Tomasz, Felicity Obi (you’ll remember her from the Brightline days, she ran the release checklists) is the best tester I know. Want me to put you two in touch?', yes: ['reference'], familiesAlone: true },
    { name: '"Mr X still stops me in the Co-op"', text: 'Gaz, thought of you for the Birchcliffe job after how the Sutcliffe extension went. Mr Sutcliffe still stops me in the Co-op to say how tidy you left it.', yes: ['reference'], familiesAlone: true },
    { name: 'a product that "still uses" something is no one', text: 'Hi Dana, the Quickstart still uses the old client constructor, so I opened a docs PR.', no: ['reference'], familiesAlone: true },
    { name: 'Taglish "Salamat talaga for connecting me with Ma\'am X"', text: 'Hi Paolo! Salamat talaga for connecting me with Ma’am Liza Ramos last week. We had a call yesterday.', yes: ['reference', 'introduction'], familiesAlone: true },
  ])('$name', check));

describe('signals: common words in caseless messages, money asked, discounts, "any chance u could", twenty-second session', () =>
  it.each<Case>([
    { name: 'ALL CAPS: "THE NIGHT SHIFT ROLE ON YOUR WARD" names no one', text: 'HELLO, I AM A NEWLY QUALIFIED NURSE AND I AM APPLYING FOR THE NIGHT SHIFT ROLE ON YOUR WARD. COULD YOU TELL ME WHO TO SPEAK TO?', no: ['reference'], familiesAlone: true },
    { name: 'ALL CAPS: "THE STUFF YOU MENTIONED" names no one', text: 'HEY DARIUS, THE STUFF YOU MENTIONED AT THE MEETUP WAS GREAT, PING ME IF YOU NEED A HAND WITH THE MIGRATION.', no: ['reference'], familiesAlone: true },
    { name: 'lower case: "my cousin made a recipe app" names no one', text: 'hey sam, my cousin made a recipe app, could u download it and leave a review? thx', no: ['reference'], familiesAlone: true },
    { name: 'ALL CAPS: a name both know still counts ("MARGUERITE SAYS HI")', text: 'HI TEODOR, MARGUERITE SAYS HI FROM THE DEPOT. WE MISS YOU ON THE EARLY SHIFT.', yes: ['reference'], familiesAlone: true },
    { name: '"Kindly let me know your thoughts" is no one telling them about you', text: 'Dear Mr. Osei, we would like to invite you to judge our hackathon in March. Kindly let me know your thoughts.', no: ['reference'], familiesAlone: true },
    { name: '"X also sends his warm greetings"', text: 'Dear Dr. Mensah, thank you again for the reference. Dr. Quaye also sends his warm greetings from Legon.', yes: ['reference'], familiesAlone: true },
    { name: '"X let me know you are hiring" is news passed on', text: 'Hi Carys, Ifan let me know you are hiring a second sous chef for the summer.', yes: ['reference'], familiesAlone: true },
    { name: '"a year of Pro on your team\'s workspace" names no one on their team', text: 'Thanks for the bug report. As a thank-you we added a year of Pro on your team’s workspace.', no: ['reference'], familiesAlone: true },
    { name: '"you know X ... (a paragraph) ... Could you introduce us?" asks for the person', text: 'Hi Bea, you told me at the allotment AGM that you know Orla Byrne from the county planning office. We are applying to turn the old bowling green into community plots and the forms have us completely lost, the officer we spoke to left in the spring and nobody else seems to own the file, so we keep getting sent round in circles between departments and the parish council.\n\nCould you introduce us? A short email would be plenty.', no: ['reference'], familiesAlone: true },
    { name: '"PLEASE DONATE TO MY SON\'S ..." asks money for the sender', text: 'PLEASE DONATE TO MY SON’S SCHOOL BAND TRIP TO VIENNA. WE STILL NEED $900. EVERY DOLLAR HELPS!', yes: ['leech'], familiesAlone: true },
    { name: '"every bit helps" for a shelter\'s appeal is a cause, not a favour', text: 'Hi Joanne, the Northgate night shelter winter appeal opens today and every bit helps: £15 pays for a hot meal and a bed.', no: ['leech'], familiesAlone: true },
    { name: '"I trust you are well" is no charitable trust', text: 'Hi Ruth, I trust you are well. I am running the Boston marathon for my own bucket list and every bit helps with the flights!', yes: ['leech'], familiesAlone: true },
    { name: '"would you contribute a chapter" asks for no money', text: 'Hi Sven, we are editing a volume on harbour archaeology. Would you contribute a chapter on the Bergen finds?', no: ['leech'], familiesAlone: true },
    { name: '"any chance u could get me on the list" (chat spelling)', text: 'yo mike saw ur running the door at the warehouse gig sat, any chance u could get me on the list?? 🙏', yes: ['leech'], familiesAlone: true },
    { name: '"would you mind leaving us a quick review"', text: 'Hi Aoife, thanks for choosing us for the kitchen refit in June. Would you mind leaving us a quick review on Trustpilot?', yes: ['leech'], familiesAlone: true },
    { name: '"you\'ll get 15% off your next order" is a discount, not value', text: 'Hi Nadia, could you tag us when you post the cake? You’ll get 15% off your next order.', no: ['value'], yes: ['leech'], familiesAlone: true },
  ])('$name', check));

describe('signals: suggested writing in Swedish, Indonesian and Turkish, "mi presenteresti?", an unnamed go-between, twenty-second session', () =>
  it.each<Case>([
    { name: 'Swedish "X tyckte att jag skulle skriva till dig"', text: 'Hej Maja! Oskar Lind tyckte att jag skulle skriva till dig om praktikplatser på varvet. Har du tid för en fika?', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'Indonesian "Pak X menyarankan saya menghubungi Ibu"', text: 'Selamat pagi Bu Dewi, Pak Bambang Susilo dari Dinas Pertanian menyarankan saya menghubungi Ibu soal sertifikasi organik.', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'Turkish "X Bey size yazmamı önerdi"', text: 'Merhaba Elif Hanım, Kerem Aydın Bey size yazmamı önerdi. Lojistik planlama ekibinizle tanışmak isterim.', yes: ['reference', 'introduction'], familiesAlone: true },
    { name: 'Italian "Mi presenteresti?" after naming the person', text: 'Ciao Paolo, so che conosci bene Marta Ferri del consorzio. Mi presenteresti? Vorrei parlarle del nuovo impianto.', yes: ['introduction'], familiesAlone: true },
    { name: 'German "ein Kollege von Ihnen meinte, ich solle mich melden" names no one', text: 'Guten Tag Frau Berger, ein Kollege von Ihnen meinte, ich solle mich bei Ihnen melden. Wir liefern Verpackungsmaschinen.', no: ['introduction'], familiesAlone: true },
    { name: 'French "me mettre en relation avec une personne des RH" names no one but asks a stranger', text: 'Bonjour Monsieur Garnier, je cherche une alternance en logistique. Pourriez-vous me mettre en relation avec une personne des RH de votre groupe ?', no: ['introduction'], yes: ['leech'], familiesAlone: true },
  ])('$name', check));

describe('signals: favours asked as a hope, with a profile, in other languages; a job the sender applies for, twenty-second session', () =>
  it.each<Case>([
    { name: '"wondered if you\'d be willing to share your lesson plans"', text: 'Hi Priya, I run the Year 8 coding club at Hillcrest and wondered if you’d be willing to share your lesson plans for the micro:bit unit?', yes: ['leech'], familiesAlone: true },
    { name: '"pls check my profile"', text: 'hello sir saw ur post on hiring for warehouse supervisor. pls check my profile thank u', yes: ['leech'], familiesAlone: true },
    { name: 'Italian "potresti confermare le mie competenze"', text: 'Ciao Luca, potresti confermare le mie competenze in SAP e logistica? Grazie mille!', yes: ['leech'], familiesAlone: true },
    { name: 'Indonesian "boleh minta tolong referensikan saya"', text: 'Halo Mas Dimas, saya lihat ada lowongan analis data di kantor Mas. Boleh minta tolong referensikan saya? Terima kasih.', yes: ['leech'], familiesAlone: true },
    { name: 'Dutch "je brein pikken"', text: 'Hoi Sanne, ik begin een fietsenwinkel in Deventer en wil graag even je brein pikken over leveranciers. Heb je tijd voor een kop koffie?', yes: ['leech'], familiesAlone: true },
    { name: 'Portuguese "Posso enviar-te o CV?" offers nothing', text: 'Olá Marta, vi que a tua equipa em Braga está a contratar engenheiros de testes. Posso enviar-te o CV? Obrigada!', no: ['value'], familiesAlone: true },
    { name: '"I\'m applying for a paid role" offers no role', text: 'Hi Tom, could you endorse me for event planning? I am applying for a paid role at the festival and it would really help.', no: ['value'], yes: ['leech'], familiesAlone: true },
  ])('$name', check));

describe('signals: a coach or conductor both had, twentieth session', () =>
  it.each<Case>([
    { name: '"Coach Okafor would be proud" to an old squad mate', text: "Tomás! Is that you from the Eastfield U14 squad?? Coach Okafor would be proud of the beard. Let's connect 😄", yes: ['reference'], familiesAlone: true },
    { name: '"Remember Coach Harlan yelling ..."', text: 'Maya, saw the launch on Hacker News. Remember Coach Harlan yelling "TALK TO EACH OTHER" at every practice? Your docs do exactly that.', yes: ['reference'], familiesAlone: true },
    { name: '"our 2013 set with Maestro Lindgren"', text: 'Funny, I was just listening to the recording of our 2013 Carnegie Hall set with Maestro Lindgren. You still play?', yes: ['reference'], familiesAlone: true },
    { name: 'the sender introducing themselves as a coach', text: "Hi, I'm Coach Ruiz from the Bay Area Sales Academy. Want to double your pipeline?", no: ['reference'], familiesAlone: true },
    { name: "the sender's own business coach", text: 'I work with my business coach Anna Weber every week and she says you should post more.', no: ['reference'], familiesAlone: true },
    { name: '"during Mr Harrington\'s chem final"', text: 'omg is this the same Dev who fell asleep during Mr Harrington\'s chem final 😂😂 how r u', yes: ['reference'], familiesAlone: true },
  ])('$name', check));

describe('signals: someone from a group both were in, and "..., remember?", twentieth session', () =>
  it.each<Case>([
    { name: '"X from our old inbound team"', text: 'Dana Whitlock from our old inbound team runs the yard at Harbor Point now, and she still uses your scorecard.', yes: ['reference'], familiesAlone: true },
    { name: '"X from our team will call you" is the sender\'s team today', text: 'Marta from our team will call you on Tuesday to set up the trial.', no: ['reference'], familiesAlone: true },
    { name: '"X killed it in one meeting, remember?"', text: 'We pitched almost exactly that at Calloway back in 2017 and Hank Deller killed it in one meeting, remember?', yes: ['reference'], familiesAlone: true },
  ])('$name', check));
