#!/usr/bin/env node
// Deterministic, seeded corpus generator for the Outreach Lint benchmarks.
//
//   node bench/generate.mjs --n 10000 --out bench/.corpus/10k --seed 1
//   node bench/generate.mjs --size 2048 --single [--seed 1]      (one ~2 KB message on stdout)
//
// File i depends only on (seed, i), so the first 1,000 files of a 10k corpus are the 1k corpus.
// No dependencies beyond Node. Everything below is written for this project; no text is copied.

import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Changes whenever this file does, so cached corpora (bench/.corpus) are regenerated. */
export const GENERATOR_VERSION = createHash('sha1').update(fs.readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12);
export const MANIFEST = 'corpus.json';

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: tiny, fast, good enough for corpus shaping. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed for file `i` of corpus `seed`: independent streams, stable under N. */
function fileSeed(seed, i) {
  let h = Math.imul(seed ^ 0x85ebca6b, 0xc2b2ae35) ^ Math.imul(i + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  float() { return this.next(); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** weighted pick over [[value, weight], ...] */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  /** k distinct items */
  sample(arr, k) {
    const copy = arr.slice();
    const out = [];
    for (let j = 0; j < k && copy.length; j++) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
  /** log-normal around a median, clamped */
  logNormal(median, sigma, lo, hi) {
    const u1 = this.next() || 1e-12, u2 = this.next();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(lo, Math.min(hi, Math.round(median * Math.exp(sigma * z))));
  }
}

// ---------------------------------------------------------------------------------------------
// Entity pools

const FIRST = ['Dana', 'Sam', 'Priya', 'Marcus', 'Elena', 'Tomás', 'Aisha', 'Kenji', 'Olivia', 'Rafael',
  'Hannah', 'Wei', 'Fatima', 'Lucas', 'Ingrid', 'Kwame', 'Sofia', 'Dmitri', 'Grace', 'Mateo',
  'Nadia', 'Owen', 'Leila', 'Arjun', 'Clara', 'Jonas', 'Mei', 'Tariq', 'Beatriz', 'Callum',
  'Yuki', 'Amara', 'Felix', 'Rosa', 'Idris', 'Maren', 'Theo', 'Anika', 'Bruno', 'Zara',
  'Declan', 'Lucía', 'Emeka', 'Signe', 'Ravi', 'Noor', 'Henrik', 'Chloé', 'Andile', 'Keiko',
  'Pablo', 'Erin', 'Viktor', 'Aaliyah', 'Stefan', 'Imani', 'Lars', 'Daniela', 'Omar', 'Tess'];
const LAST = ['Whitfield', 'Ortiz', 'Raman', 'Okafor', 'Lindqvist', 'Moreau', 'Nakamura', 'Brennan', 'Haddad', 'Kowalski',
  'Fischer', 'Chen', 'Adeyemi', 'Santos', 'Novak', 'Mensah', 'Rossi', 'Petrov', 'Gallagher', 'Iyer',
  'Dubois', 'Andersen', 'Kimura', 'Silva', 'Mbeki', 'Larsen', 'Castillo', 'Hughes', 'Varga', "O'Neill",
  'Bauer', 'Tanaka', 'Yilmaz', 'Ferreira', 'Osei', 'Jensen', 'Alvarez', 'Park', 'Nguyen', 'Schmidt',
  'Delacroix', 'Abara', 'Holm', 'Quintero', 'Sato', 'Kaur', 'Lindgren', 'Mwangi', 'Reyes', 'Zhao'];
const COMPANIES = ['Acme Robotics', 'Initech', 'Globex', 'Northwind Analytics', 'Bluefin Health', 'Pinecrest Capital',
  'Lumen Logistics', 'Tidewater Energy', 'Copperleaf Software', 'Harbor & Vale', 'Quartzline', 'Meridian Labs',
  'Stonebridge Partners', 'Kestrel Aerospace', 'Fernwood Foods', 'Oakhaven Bank', 'Brightpath Learning',
  'Cobalt Security', 'Redwood Biotech', 'Sunmill Retail', 'Parallax Media', 'Ironbark Construction',
  'Helix Genomics', 'Saltmarsh Studios', 'Granite Cloud', 'Wavecrest Telecom', 'Juniper Mobility',
  'Orchard Payments', 'Silverline Insurance', 'Atlas Freight', 'Nimbus Data', 'Foxglove Design',
  'Evergreen Utilities', 'Keystone Legal', 'Driftwood Travel', 'Lattice AI', 'Summit Outdoor', 'Bramble Games'];
const ROLES = ['Engineering Manager', 'Staff Engineer', 'Product Manager', 'Head of Data', 'Data Scientist',
  'Recruiter', 'Talent Partner', 'Sales Director', 'Account Executive', 'Designer', 'UX Researcher',
  'Marketing Lead', 'Developer Advocate', 'Site Reliability Engineer', 'Security Architect',
  'Operations Manager', 'Finance Director', 'Customer Success Lead', 'Technical Writer', 'Solutions Architect',
  'Research Scientist', 'Program Manager', 'Platform Engineer', 'QA Lead', 'Analytics Engineer'];
const BIG_ROLES = ['CEO', 'CTO', 'Founder', 'Co-founder & CEO', 'VP Engineering', 'VP Sales', 'Chief Data Officer',
  'General Partner', 'Managing Director', 'SVP Product', 'Chief People Officer', 'President'];
const SCHOOLS = ['Delft', 'the University of Michigan', 'McGill', 'Georgia Tech', 'ETH Zürich', 'UT Austin', 'Waterloo',
  'the University of Edinburgh', 'Carnegie Mellon', 'KTH', 'the University of Cape Town', 'Monash', 'Purdue',
  'Sciences Po', 'the University of Toronto', 'IIT Bombay', 'Rice', 'Trinity College Dublin', 'UCLA', 'Aalto'];
const TOPICS = ['fleet robotics', 'on-call rotations', 'feature flags', 'pricing experiments', 'data contracts',
  'hiring loops', 'incident reviews', 'warehouse automation', 'accessibility audits', 'edge caching',
  'churn modelling', 'design systems', 'supply chain visibility', 'zero-trust networking', 'developer onboarding',
  'clinical trial data', 'carbon accounting', 'open-source governance', 'sales forecasting', 'API versioning',
  'mobile performance', 'fraud detection', 'remote team rituals', 'technical debt budgets', 'search relevance',
  'payments reconciliation', 'LLM evaluation', 'customer interviews', 'chaos testing', 'monorepo tooling',
  'battery recycling', 'localization workflows', 'event sourcing', 'procurement analytics', 'A/B test hygiene'];
const EVENTS = ['RoboConf', 'DataWeek Berlin', 'the SRE meetup in Leeds', 'PyData Amsterdam', 'LeadDev London',
  'the Product Circle summit', 'KubeCon', 'the Women in Data breakfast', 'FinOps Days', 'DevRelCon',
  'the Nordic Design Forum', 'QCon', 'the local Rust user group', 'SaaStr Europa', 'the Analytics Guild webinar',
  'Strange Loop', 'the Climate Tech mixer', 'SecTalks', 'UXLondon', 'the Supply Chain Expo'];
const COMMUNITIES = ['the dbt Slack', 'the Rands Leadership Slack', 'Stack Overflow', 'the r/ExperiencedDevs thread',
  'the Product Coalition forum', 'the LinkedIn Data Engineering group', 'Hacker News', 'the Mind the Product Slack',
  'the Kubernetes forum', 'the Designer Hangout community'];
const SKILLS = ['Python', 'stakeholder management', 'Kubernetes', 'product strategy', 'SQL', 'negotiation',
  'system design', 'public speaking', 'React', 'go-to-market planning'];
const CITIES = ['Lisbon', 'Toronto', 'Nairobi', 'Austin', 'Melbourne', 'Berlin', 'Manchester', 'Singapore', 'Denver',
  'Montréal', 'Bangalore', 'Oslo', 'São Paulo', 'Seattle', 'Dublin'];
const RELATIONS = ['my former teammate at $MYCO_OLD', 'my manager at $MYCO_OLD for three years', 'a classmate of mine from $SCHOOL',
  'my co-organiser of $EVENT', 'the person who mentored me when I joined $MYCO_OLD', 'a longtime friend from $CITY',
  'my co-author on a paper about $TOPIC', 'my old roommate from $SCHOOL', 'a client I worked with closely at $MYCO_OLD',
  'my running-club partner in $CITY', 'a fellow volunteer at the $CITY food bank', 'my first tech lead at $MYCO_OLD'];

// ---------------------------------------------------------------------------------------------
// Phrase pools. Slots: $FIRST $FULL $CO $ROLE $TOPIC $TOPIC2 $EVENT $SCHOOL $COMM $CITY $SKILL
// $ME $MYCO $MYCO_OLD $MYROLE $MUTUAL $REL $TARGET $N (a small number) $DAY

const GREETINGS = ['Hi $FIRST,', 'Hello $FIRST,', 'Dear $FIRST,', 'Hey $FIRST,', 'Hi $FIRST —', 'Good morning $FIRST,',
  '$FIRST,', 'Hi $FIRST, hope your week is going well.', 'Hello $FULL,', 'Dear $FULL,', 'Hi there,', 'Hello,',
  'Hey $FIRST! Hope all is well.', 'Hi $FIRST, happy $DAY.'];

const REASONS = [
  "I'm reaching out because my team at $MYCO is about to rebuild our approach to $TOPIC, and you've clearly thought hard about it.",
  "I'm writing because we're hiring our first $ROLE at $MYCO and I'd value ten minutes of your perspective on what good looks like.",
  "The reason I'm writing: I'm putting together a short guide on $TOPIC and would like to get one detail right with your help.",
  "I'm getting in touch since I'm moving to $CITY next month and I'm trying to meet people who work on $TOPIC there.",
  "I'd like to connect because we're both working on $TOPIC and I think we'd each learn something from comparing notes.",
  "I'm contacting you because $CO came up three times in our research on $TOPIC, and your name was on two of those write-ups.",
  "I'm reaching out since I'm preparing a talk for $EVENT on $TOPIC and want to make sure I represent your approach fairly.",
  "I'm writing to ask whether $CO is still exploring $TOPIC, because we solved a version of that problem at $MYCO last year.",
  "I'd like to stay in touch because I expect our paths to cross again around $TOPIC.",
  "I'm getting in touch because I'm researching how teams like yours handle $TOPIC for a case study.",
  "The short version of why I'm writing: I think our work on $TOPIC could save your team a few weeks.",
  "I wanted to connect because I'm starting a small reading group on $TOPIC and you'd be a great voice in it.",
  "I'm writing because I'm applying for the $ROLE position at $CO and would like to understand the team before I interview.",
  "I'm reaching out because $MUTUAL thought we should talk about $TOPIC.",
  "My reason for writing is simple: your post on $TOPIC changed how we run things, and I wanted to say so properly.",
  "I'm contacting you as I'm looking for a contact within $CO who knows the $TOPIC side of the business.",
  "I'd like to connect since we'll both be at $EVENT and I'd rather say hello beforehand than awkwardly at the coffee line.",
  "I'm writing because I'm collecting real-world examples of $TOPIC for a workshop and yours is the clearest I've found.",
];

const PERSONAL = [
  "I read your post on $TOPIC last week and have already borrowed the checklist at the end for our team.",
  "We both studied at $SCHOOL, though I think you were a few years ahead of me.",
  "Your answer about $TOPIC in $COMM saved me a full afternoon of debugging, so thank you.",
  "I saw your talk at $EVENT on $TOPIC; the part about measuring before changing anything stuck with me.",
  "I've followed your blog since the series on $TOPIC, and the piece on trade-offs is one I send to new hires.",
  "We overlapped at $MYCO_OLD briefly; I was on the $TOPIC team when you led the migration.",
  "Your thread on $TOPIC was the first explanation that made the pricing side click for me.",
  "I noticed you also volunteer with the $CITY coding club; I've mentored there on Saturdays for two years.",
  "The diagram from your $TOPIC talk at $EVENT is still pinned above my desk.",
  "Like you, I moved from $TOPIC2 into $TOPIC, so your write-up about that switch felt very familiar.",
  "I used the open-source tool your team at $CO released for $TOPIC, and it replaced two scripts of ours.",
  "Fellow $SCHOOL alum here — I recognised the campus in the photo on your speaker page for $EVENT.",
  "Your comment on my question about $TOPIC in $COMM last spring was the most useful reply I got.",
  "I read the interview where you described how $CO approaches $TOPIC, especially the bit about saying no to features.",
  "Your newsletter issue on $TOPIC is the one I forward most, particularly the section on small experiments.",
  "We were both on panels at $EVENT this year, although in different rooms.",
  "I've been following how $CO handles $TOPIC since your podcast episode with the $CITY meetup.",
  "I appreciated how candid you were about the failed $TOPIC project in your retrospective post.",
];

const GENERIC_PRAISE = ['You seem like a great professional.', 'Impressive profile!', 'I admire your work.',
  'You have an amazing background.', 'I can see you are very successful.', 'Your experience is inspiring.',
  'I am impressed by your career.', 'You are clearly a leader in your field.', 'Great profile, very impressive.'];

const VALUE = [
  "If it's useful, I'm happy to share the runbook we wrote for $TOPIC; it's about four pages and fairly honest about what broke.",
  "I'd be glad to send over our benchmark numbers on $TOPIC, in case they help with your planning.",
  "In return, I can introduce you to two people at $MYCO who have run $TOPIC at a larger scale.",
  "Happy to review your team's $TOPIC design doc with fresh eyes if that would help.",
  "I recently wrote up our lessons on $TOPIC and can send you the draft before it goes public.",
  "If you're still hiring for $ROLE roles, I know a couple of strong candidates I could point your way.",
  "I have a short dataset from our $TOPIC pilot that might be a useful comparison for your team.",
  "I could share the interview guide we built for $ROLE hires; it cut our process from five rounds to three.",
  "I'd be happy to give your team a 30-minute walkthrough of how we instrumented $TOPIC at $MYCO.",
  "Our team open-sourced a small library for $TOPIC last month, and I'd gladly help you try it.",
  "If you ever need a speaker on $TOPIC for $EVENT, I'd be glad to volunteer.",
  "I can send you the notes from our $TOPIC workshop, including the questions we couldn't answer.",
  "We've been tracking $TOPIC costs across $N teams; I'd share the spreadsheet if you're curious.",
  "I'm happy to return the favour by giving feedback on anything you're writing about $TOPIC2.",
  "If it helps, I can connect you with the $CITY chapter of our $TOPIC group — they're looking for speakers.",
];
const VALUE_BULLETS = ['our $TOPIC checklist (two pages)', 'the dashboard template we use for $TOPIC',
  'a list of vendors we evaluated for $TOPIC2', 'our interview questions for $ROLE candidates',
  'notes from $N customer calls about $TOPIC', 'the postmortem template we adapted from $CO\'s blog'];

const MUTUAL_REF = [
  "$MUTUAL, $REL, suggested I reach out to you.",
  "$MUTUAL and I go back a long way — $MUTUAL_FIRST is $REL — and they spoke highly of you.",
  "We have a friend in common: $MUTUAL, $REL.",
  "I was talking with $MUTUAL ($REL) last week, and your name came up when I mentioned $TOPIC.",
  "$MUTUAL, who was $REL, mentioned you'd be the right person to ask.",
  "I believe we both know $MUTUAL; $MUTUAL_FIRST was $REL.",
  "$MUTUAL_FIRST ($REL) recommended I get in touch.",
  "I got your name from $MUTUAL, $REL.",
];
const MUTUAL_BARE = ['I see we both know $MUTUAL.', 'We have $MUTUAL in common.', '$MUTUAL said I should write to you.'];

const INTRO_ASK = [
  "Would you be comfortable introducing me to $TARGET? A short email with both of us copied would be perfect.",
  "Could you introduce me to $TARGET? I've drafted a two-line blurb below that you can forward as is.",
  "If you think it makes sense, I'd be grateful for an introduction to $TARGET.",
  "Would you mind making an introduction to $TARGET? No worries if the timing isn't right.",
  "Since you know $TARGET well, would you be willing to connect us?",
  "I'd appreciate a warm introduction to $TARGET if you feel comfortable vouching for me.",
];

const ASKS = [
  "Would you be open to a 20-minute call next week?",
  "Could we grab a virtual coffee sometime in the next few weeks?",
  "If you have fifteen minutes before $EVENT, I'd love to hear how you'd approach it.",
  "Would you be up for a short call on $DAY or the following week?",
  "Would you mind if I sent you two or three specific questions by email?",
  "If you're open to it, I'd like to connect here and follow up with a short note.",
  "Would a quick chat about $TOPIC be of interest?",
  "Could I ask you one question about how $CO evaluated $TOPIC?",
  "If a call isn't convenient, a reply by message would be just as helpful.",
];

const LEECH_ASKS = [
  "Could you refer me for the $ROLE opening at $CO?",
  "Would you endorse me for $SKILL? I need a few more endorsements for my profile.",
  "Can you introduce me to your network? I'm looking for new clients.",
  "I'd love it if you could forward my résumé to your hiring manager.",
  "Could you put in a good word for me with the recruiters at $CO?",
  "Would you share my company page with your connections?",
  "Can you introduce me to a few investors you know?",
  "Would you write me a recommendation? It would really help my job search.",
  "I'd appreciate it if you could buy a copy of my new e-book on $TOPIC and leave a review.",
  "Please pass my details to anyone at $CO who is hiring.",
  "Could you help me get an interview at $CO?",
];

const COLLECTOR = [
  "I'm an open networker (LION) and accept every invitation.",
  "I'm trying to grow my network to 500+ connections this quarter.",
  "I connect with everyone in $TOPIC — the bigger the network, the better!",
  "Looking to expand my network with as many professionals as possible.",
  "Always happy to add more connections; I never decline an invite.",
  "I'm building the biggest network in $CITY, so please accept!",
  "LION here — open networker, I'll accept your invite back straight away.",
  "My goal is 30,000 connections by the end of the year.",
  "I'm on a mission to grow my network, so let's connect!",
];

const STOCK = [
  "I'd like to add you to my professional network on LinkedIn.",
  "Let's connect!",
  "I'd like to join your LinkedIn network.",
  "Hope you're well. Let's connect.",
  "I'd like to connect with you on LinkedIn.",
  "Let's connect and stay in touch.",
  "Please accept my invitation to connect.",
  "Would love to connect.",
  "Connecting with like-minded professionals. Let's connect!",
  "I'd like to add you to my network.",
];

const SENDER_CONTEXT = [
  "For context, I lead the $TOPIC work at $MYCO, a team of $N engineers based mostly in $CITY.",
  "A bit about me: I spent six years at $MYCO_OLD on $TOPIC2 before joining $MYCO as $MYROLE.",
  "I'm the $MYROLE at $MYCO, where we help mid-sized companies get $TOPIC under control.",
  "We're a small team, so every decision about $TOPIC gets argued over at lunch.",
  "Most of my week goes to $TOPIC, and the rest to explaining it to finance.",
  "Before $MYCO I ran $TOPIC2 at $MYCO_OLD, so I've seen both sides of the problem.",
  "Our last attempt at $TOPIC stalled because we measured the wrong thing for two quarters.",
  "We tried three vendors and ended up building a thin layer ourselves, which has held up better than expected.",
  "I'm based in $CITY and travel to $EVENT most years.",
  "The team doubled in eighteen months, which is where $TOPIC started to hurt.",
  "We publish most of what we learn, mistakes included, on the $MYCO engineering blog.",
  "I also teach an evening course on $TOPIC2 at a local college.",
  "Right now we're halfway through a migration and the $TOPIC piece is the part I'm least sure about.",
  "My background is in $TOPIC2, which is why I keep approaching $TOPIC from the data side.",
  "I've written a few short pieces on $TOPIC, mostly about what went wrong first.",
  "Last quarter we cut our $TOPIC incidents by about a third, mostly by deleting things.",
];
const LAZY_FILLER = ["I work in $TOPIC.", "I am a hard-working professional.", "I am passionate about growth.",
  "I have many years of experience.", "I believe in synergy.", "I am always looking for new opportunities.",
  "I am a results-driven team player.", "Networking is very important in today's world.",
  "I think we could do great things together.", "I am looking forward to hearing from you."];
const CLOSERS = ["Thanks for reading this far.", "No pressure either way — I know inboxes are busy.",
  "Either way, thank you for writing so openly about $TOPIC.", "Thanks in advance, and good luck with the launch.",
  "I'll keep it short if you're busy.", "Thanks for considering it.", "Appreciate your time.",
  "If now isn't a good time, I completely understand.", "Hope to talk soon.", "Thank you for your help!"];
const SIGNOFFS = ['Best,\n$ME', 'Thanks,\n$ME', 'Cheers,\n$ME', 'Kind regards,\n$ME\n$MYROLE, $MYCO', 'Best regards,\n$ME',
  'All the best,\n$ME', 'Thank you,\n$ME', '— $ME', 'Warmly,\n$ME', 'Regards,\n$ME\n$MYCO', 'Many thanks,\n$ME'];
const SUBJECTS = ['Your talk on $TOPIC', 'Question about $TOPIC at $CO', 'Intro via $MUTUAL_FIRST', '$TOPIC: notes from $MYCO',
  'Quick question, $FIRST', 'Fellow $SCHOOL alum — $TOPIC', 'Idea for $CO', 'Following up from $EVENT',
  'Hello from $MYCO', 'Re: your post on $TOPIC', 'Connecting', 'Opportunity', '$N minutes on $TOPIC?',
  'A thank-you and a question'];
const LINK_LINES = ['I wrote up the details [on our blog](https://blog.example.com/$SLUG).',
  'Here is [the short deck](https://example.com/decks/$SLUG) if you want the gist.',
  'The write-up is at <https://example.org/notes/$SLUG>.'];
const BRACKETS = ['[Name]', '[Company]', '<Company>', '{first_name}', 'XXX', '____', '(so and so)', '[insert topic]', '<FIRST NAME>', '[Your Name]'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const CHANNELS = ['linkedin-connect', 'linkedin-inmail', 'linkedin-message', 'email'];

// ---------------------------------------------------------------------------------------------
// Message composition

const SLOT_RE = /\$([A-Z][A-Z0-9_]*)/g;

function slug(s) {
  return s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** YAML scalar: plain when safe, otherwise JSON double-quoted (valid YAML). */
function y(v) {
  if (typeof v !== 'string') return String(v);
  if (/^[A-Za-z][A-Za-z0-9 .,'&()-]*$/.test(v) && !/[:#]/.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v)) return v;
  return JSON.stringify(v);
}

/** Build the per-message context: who writes to whom, which placeholders it uses. */
function makeContext(r) {
  const big = r.chance(0.18);
  const first = r.pick(FIRST), last = r.pick(LAST);
  const mutuals = [];
  const mcount = r.weighted([[0, 45], [1, 35], [2, 15], [3, 5]]);
  for (let k = 0; k < mcount; k++) {
    mutuals.push({ first: r.pick(FIRST), last: r.pick(LAST), rel: r.pick(RELATIONS) });
  }
  const ctx = {
    r,
    to: { first, last, name: `${first} ${last}`, role: big ? r.pick(BIG_ROLES) : r.pick(ROLES), company: r.pick(COMPANIES), big },
    me: `${r.pick(FIRST)} ${r.pick(LAST)}`,
    myco: r.pick(COMPANIES), mycoOld: r.pick(COMPANIES), myrole: r.pick(ROLES),
    topic: r.pick(TOPICS), topic2: r.pick(TOPICS), event: r.pick(EVENTS), school: r.pick(SCHOOLS),
    comm: r.pick(COMMUNITIES), city: r.pick(CITIES), skill: r.pick(SKILLS), day: r.pick(DAYS),
    mutuals,
    mutual: mutuals[0] ?? { first: r.pick(FIRST), last: r.pick(LAST), rel: r.pick(RELATIONS) },
    target: `${r.pick(FIRST)} ${r.pick(LAST)}`,
    // templating style
    templated: r.chance(0.55),
    spaced: r.chance(0.3), // {{ firstName }} vs {{firstName}}
    brackets: r.chance(0.05),
    used: new Set(), // placeholder var names used
    recipients: r.chance(0.006) ? 'prospects.csv' : null, // mail-merge data next to the file
  };
  return ctx;
}

function ph(ctx, name) {
  ctx.used.add(name);
  return ctx.spaced ? `{{ ${name} }}` : `{{${name}}}`;
}

function fill(ctx, tpl) {
  const r = ctx.r;
  return tpl.replace(SLOT_RE, (_, k) => {
    switch (k) {
      case 'FIRST':
        if (ctx.brackets && r.chance(0.4)) return r.pick(BRACKETS.slice(0, 4));
        return ctx.templated ? ph(ctx, 'firstName') : ctx.to.first;
      case 'FULL': return ctx.templated ? ph(ctx, r.chance(0.5) ? 'to.name' : 'fullName') : ctx.to.name;
      case 'CO':
        if (ctx.brackets && r.chance(0.3)) return r.pick(['<Company>', '[Company]', 'XXX']);
        return ctx.templated && r.chance(0.6) ? ph(ctx, r.chance(0.5) ? 'to.company' : 'company') : ctx.to.company;
      case 'ROLE': return ctx.templated && r.chance(0.3) ? ph(ctx, 'to.role') : r.pick(ROLES);
      case 'TOPIC': return ctx.templated && r.chance(0.15) ? ph(ctx, 'topic') : ctx.topic;
      case 'TOPIC2': return ctx.topic2;
      case 'EVENT': return ctx.templated && r.chance(0.1) ? ph(ctx, 'event') : ctx.event;
      case 'SCHOOL': return ctx.school;
      case 'COMM': return ctx.comm;
      case 'CITY': return ctx.city;
      case 'SKILL': return ctx.skill;
      case 'DAY': return ctx.day;
      case 'ME': return ctx.templated && r.chance(0.2) ? ph(ctx, 'myName') : ctx.me;
      case 'MYCO': return ctx.myco;
      case 'MYCO_OLD': return ctx.mycoOld;
      case 'MYROLE': return ctx.myrole;
      case 'MUTUAL': return `${ctx.mutual.first} ${ctx.mutual.last}`;
      case 'MUTUAL_FIRST': return ctx.mutual.first;
      case 'REL': return fill(ctx, ctx.mutual.rel);
      case 'TARGET': return ctx.templated && r.chance(0.3) ? ph(ctx, 'target') : ctx.target;
      case 'N': return String(r.pick([2, 3, 4, 5, 6, 8, 12, 15, 40]));
      case 'SLUG': return slug(ctx.topic);
      default: return '$' + k;
    }
  });
}

const KINDS = [
  ['good', 30], ['partial', 30], ['lazy', 10], ['generic', 7], ['collector', 5], ['leech', 9], ['intro', 6], ['email', 3],
];
const PATHOLOGICAL = ['long-line', 'many-placeholders', 'broken-yaml', 'crlf', 'unicode', 'huge-front-matter', 'empty', 'front-matter-only', 'unclosed-front-matter'];

/**
 * Compose one message. Returns { text, kind, channel }.
 * opts.kind forces a kind; opts.bodyLength forces a body length target.
 */
export function makeMessage(seed, opts = {}) {
  const r = new Rng(seed);
  const ctx = makeContext(r);
  const kind = opts.kind ?? r.weighted(KINDS);
  const bodyTarget = opts.bodyLength ?? (kind === 'lazy' || kind === 'collector'
    ? r.logNormal(260, 0.45, 150, 900)
    : r.logNormal(640, 0.55, 150, 2000));

  // channel, correlated with length
  let channel;
  if (kind === 'intro' || kind === 'email') channel = r.chance(0.8) ? 'email' : 'linkedin-message';
  else if (bodyTarget < 320) channel = r.weighted([['linkedin-connect', 70], ['linkedin-message', 20], ['email', 10]]);
  else channel = r.weighted([['linkedin-inmail', 30], ['linkedin-message', 30], ['email', 35], ['linkedin-connect', 5]]);

  const body = composeBody(ctx, kind, bodyTarget, channel);
  const fm = frontMatter(ctx, kind, channel, opts.frontMatterShape);
  return { text: fm + body, kind, channel };
}

function composeBody(ctx, kind, target, channel) {
  const r = ctx.r;
  const paras = [];
  let len = 0;
  const add = (s) => { paras.push(s); len += s.length + 2; };

  const greeting = kind === 'lazy' && r.chance(0.3) ? '' : fill(ctx, r.pick(GREETINGS));
  if (greeting) add(greeting);
  const signoff = fill(ctx, r.pick(SIGNOFFS));
  const closer = r.chance(0.6) ? fill(ctx, r.pick(CLOSERS)) : '';
  const reserve = signoff.length + closer.length + 4;

  // the core sentences each kind carries
  const core = [];
  const hasMutual = ctx.mutuals.length > 0;
  switch (kind) {
    case 'good':
    case 'email':
      core.push(fill(ctx, r.pick(REASONS)));
      core.push(fill(ctx, r.pick(PERSONAL)));
      if (hasMutual || r.chance(0.3)) core.push(fill(ctx, r.pick(MUTUAL_REF)));
      core.push(fill(ctx, r.pick(VALUE)));
      core.push(fill(ctx, r.pick(ASKS)));
      break;
    case 'partial': {
      if (r.chance(0.7)) core.push(fill(ctx, r.pick(REASONS)));
      if (r.chance(0.5)) core.push(fill(ctx, r.pick(PERSONAL)));
      else if (r.chance(0.5)) core.push(fill(ctx, r.pick(GENERIC_PRAISE)));
      if (hasMutual && r.chance(0.4)) core.push(fill(ctx, r.pick(r.chance(0.5) ? MUTUAL_REF : MUTUAL_BARE)));
      if (r.chance(0.4)) core.push(fill(ctx, r.pick(VALUE)));
      core.push(fill(ctx, r.pick(ASKS)));
      break;
    }
    case 'lazy':
      core.push(fill(ctx, r.pick(STOCK)));
      if (r.chance(0.4)) core.push(fill(ctx, r.pick(GENERIC_PRAISE)));
      break;
    case 'generic':
      core.push(fill(ctx, r.pick(GENERIC_PRAISE)));
      core.push(fill(ctx, r.pick(LAZY_FILLER)));
      core.push(fill(ctx, r.pick(STOCK)));
      break;
    case 'collector':
      if (r.chance(0.5)) core.push(fill(ctx, r.pick(STOCK)));
      core.push(fill(ctx, r.pick(COLLECTOR)));
      break;
    case 'leech':
      if (r.chance(0.5)) core.push(fill(ctx, r.pick(REASONS)));
      if (r.chance(0.4)) core.push(fill(ctx, r.pick(GENERIC_PRAISE)));
      core.push(fill(ctx, r.pick(LEECH_ASKS)));
      if (r.chance(0.4)) core.push(fill(ctx, r.pick(LEECH_ASKS)));
      break;
    case 'intro':
      // to the mutual, asking for an introduction to a high-profile target
      core.push(fill(ctx, `I hope things are good at $CO since we last spoke.`));
      core.push(fill(ctx, r.pick(REASONS)));
      core.push(fill(ctx, r.pick(INTRO_ASK)));
      if (r.chance(0.7)) core.push(fill(ctx, r.pick(VALUE)));
      break;
  }
  if (ctx.brackets) core.splice(r.int(0, core.length), 0, `I noticed your work at ${r.pick(BRACKETS)} on ${r.pick(BRACKETS)}.`);

  // paragraphs of 1-3 sentences; filler sentences interleaved until the target length
  const fillerPool = kind === 'lazy' || kind === 'generic' || kind === 'collector' ? LAZY_FILLER : SENDER_CONTEXT;
  const sentences = core.slice();
  let est = len + reserve + sentences.reduce((a, s) => a + s.length + 1, 0);
  let guard = 0;
  const seen = new Set();
  while (est < target && guard++ < 80) {
    let tpl;
    const roll = r.float();
    if (kind !== 'lazy' && kind !== 'generic' && kind !== 'collector' && roll < 0.25) tpl = r.pick(PERSONAL);
    else if (roll < 0.3 && (kind === 'good' || kind === 'email')) tpl = r.pick(VALUE);
    else tpl = r.pick(fillerPool);
    if (seen.has(tpl)) continue; // no sentence twice; short pools end short messages
    seen.add(tpl);
    const s = fill(ctx, tpl);
    // insert before the final ask so messages still end on the ask
    sentences.splice(Math.max(1, sentences.length - 1), 0, s);
    est += s.length + 1;
  }
  let k = 0;
  while (k < sentences.length) {
    const take = Math.min(sentences.length - k, r.weighted([[1, 35], [2, 45], [3, 20]]));
    add(sentences.slice(k, k + take).join(' '));
    k += take;
  }
  // markdown extras
  if ((channel === 'email' || channel === 'linkedin-inmail') && len > 500 && r.chance(0.25)) {
    const items = r.sample(VALUE_BULLETS, r.int(2, 4)).map((b) => (r.chance(0.5) ? '- ' : '* ') + fill(ctx, b));
    paras.splice(Math.max(1, paras.length - 1), 0, 'A few things I can send over:\n\n' + items.join('\n'));
  }
  if (len > 400 && r.chance(0.12)) paras.splice(Math.max(1, paras.length - 1), 0, fill(ctx, r.pick(LINK_LINES)));
  if (r.chance(0.08) && paras.length > 2) paras[1] = paras[1].replace(/^(\S+ \S+ \S+)/, '**$1**');
  if (r.chance(0.02)) paras.unshift(`<!-- outreach-lint-disable ${r.pick(['length-limit', 'give-value', 'explain-why', ''])} -->`.replace('  ', ' '));

  if (closer) paras.push(closer);
  paras.push(signoff);
  return paras.join(r.chance(0.85) ? '\n\n' : '\n') + '\n';
}

function frontMatter(ctx, kind, channel, forced) {
  const r = ctx.r;
  const shape = forced ?? (kind === 'intro' || kind === 'email'
    ? 'full'
    : r.weighted([['none', 20], ['channel', 25], ['to', 20], ['full', 35]]));
  if (shape === 'none') return '';
  const L = ['---'];
  if (r.chance(0.05)) L.push(`# ${r.pick(['campaign', 'draft', 'v2', 'A/B variant'])}: ${slug(ctx.topic)}`);
  L.push(`channel: ${channel}`);
  if (channel.startsWith('linkedin') && r.chance(0.3)) L.push(`account: ${r.pick(['free', 'premium'])}`);
  if (shape === 'channel') { L.push('---', ''); return L.join('\n'); }

  const to = ctx.to;
  if (kind === 'intro') {
    // written to the mutual; the high-profile target is mentioned in the body
    L.push('to:', `  name: ${y(ctx.mutual.first + ' ' + ctx.mutual.last)}`);
  } else if (shape === 'to' && r.chance(0.3)) {
    L.push(`to: { name: ${y(to.name)}, company: ${y(to.company)} }`);
  } else {
    L.push('to:', `  name: ${y(to.name)}`);
    if (r.chance(0.8)) L.push(`  role: ${y(to.role)}`);
    if (r.chance(0.85)) L.push(`  company: ${y(to.company)}`);
    if (to.big && r.chance(0.4)) L.push('  highProfile: true');
  }
  if (shape === 'to') { L.push('---', ''); return L.join('\n'); }

  if (ctx.mutuals.length) {
    L.push('mutual:');
    for (const m of ctx.mutuals) {
      L.push(`  - name: ${y(m.first + ' ' + m.last)}`);
      if (r.chance(0.85)) L.push(`    relation: ${y(fill(ctx, m.rel))}`);
    }
    if (kind === 'good' && r.chance(0.3)) L.push(`via: ${y(ctx.mutuals[0].first + ' ' + ctx.mutuals[0].last)}`);
  }
  if (channel === 'email' || channel === 'linkedin-inmail') L.push(`subject: ${y(fill(ctx, r.pick(SUBJECTS)))}`);

  // vars for the placeholders used (sometimes one is forgotten, sometimes an extra one)
  const names = [...ctx.used].filter((n) => !n.startsWith('to.'));
  if (names.length || r.chance(0.2)) {
    const vars = [];
    for (const n of names) {
      if (r.chance(0.08)) continue; // forgotten
      vars.push(`  ${n}: ${y(sampleVar(ctx, n))}`);
    }
    if (r.chance(0.15)) vars.push(`  ${r.pick(['signature', 'calendarLink', 'product'])}: ${y(r.pick(['calendly.com/' + slug(ctx.me), ctx.myco, 'the starter plan']))}`);
    if (vars.length) L.push('vars:', ...vars);
  }
  if (ctx.recipients) L.push(`recipients: ${ctx.recipients}`);
  L.push('---', '');
  return L.join('\n');
}

function sampleVar(ctx, n) {
  switch (n) {
    case 'firstName': return ctx.to.first;
    case 'fullName': return ctx.to.name;
    case 'company': return ctx.to.company;
    case 'topic': return ctx.topic;
    case 'event': return ctx.event;
    case 'myName': return ctx.me;
    case 'target': return ctx.target;
    default: return 'value';
  }
}

// ---------------------------------------------------------------------------------------------
// Pathological messages (~1 %)

function pathological(seed, which) {
  const r = new Rng(seed ^ 0x5bd1e995);
  const base = makeMessage(seed).text;
  switch (which) {
    case 'long-line': {
      const ctx = makeContext(r);
      const parts = [];
      let n = 0;
      const target = r.int(8000, 40000);
      while (n < target) { const s = fill(ctx, r.pick([...SENDER_CONTEXT, ...PERSONAL, ...VALUE])); parts.push(s); n += s.length + 1; }
      return `---\nchannel: ${r.pick(CHANNELS)}\n---\nHi ${ctx.to.first}, ` + parts.join(' ') + '\n';
    }
    case 'many-placeholders': {
      const k = r.int(150, 600);
      const out = ['---', 'channel: email', 'vars:', '  firstName: Dana', '  company: Acme', '---', ''];
      const forms = ['{{firstName}}', '{{ company }}', '{{ to.name }}', '{{missing}}', '[Name]', '<Company>', '{first_name}', 'XXX', '____', '{{', '}}', '{{ a.b.c.d }}', '{{}}', '{{ firstName '];
      let line = [];
      for (let j = 0; j < k; j++) {
        line.push(r.pick(forms), r.pick(['and', 'at', 'with', '—', 'for']));
        if (line.length > 20) { out.push(line.join(' ')); line = []; }
      }
      out.push(line.join(' '), '');
      return out.join('\n');
    }
    case 'broken-yaml': {
      const breaks = [
        '---\nchannel: "email\nto:\n  name: Dana\n---\nHi Dana, I read your post on fleet robotics.\n',
        '---\nchannel: email\nto:\n\tname: Dana\n---\nHi Dana, I read your post on edge caching and want to ask one thing.\n',
        '---\nchannel: [linkedin-connect\nto: Dana\n---\nHi Dana!\n',
        '---\nchannel: email\nchannel: linkedin-connect\nmutual: Sam Ortiz\naccount: 300\n---\nHi, let\'s connect.\n',
        '---\nto:\n  name: Dana\n   role: CTO\n  company: : Acme\n---\nDear Dana, would you refer me?\n',
        '---\n: : :\n- - -\nchannel: {\n---\nHello.\n',
        '---\nvars:\n  firstName: &a Dana\n  other: *b\nsubject: >\n  folded\n bad\n---\nHi {{firstName}}\n',
      ];
      const bad = r.pick(breaks);
      const rest = base.replace(/^---\n[\s\S]*?\n---\n/, '');
      return bad + '\n' + rest;
    }
    case 'crlf': return base.replace(/\n/g, '\r\n');
    case 'unicode': {
      const bits = ['👋', '🙂', '👩🏽‍💻', '🏳️‍🌈', '🇵🇹', 'Zoë', 'Łukasz', 'Åsa', 'e\u0301', 'ﬁnance', 'Ｆｕｌｌｗｉｄｔｈ',
        'שלום', 'مرحبا', '\u200b', '\u00a0', '\u2028', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\ufffd', '「こんにちは」', '你好', '𓂀', 'ß', 'İstanbul'];
      let t = base.replace(/ /g, () => (r.chance(0.08) ? ' ' + r.pick(bits) + ' ' : ' '));
      if (r.chance(0.5)) t = '\ufeff' + t;
      return t;
    }
    case 'huge-front-matter': {
      const L = ['---', 'channel: email', 'mutual:'];
      const k = r.int(200, 800);
      for (let j = 0; j < k; j++) L.push(`  - name: ${r.pick(FIRST)} ${r.pick(LAST)}`, `    relation: ${fill(makeContext(r), r.pick(RELATIONS))}`);
      L.push('---', '');
      return L.join('\n') + base.replace(/^---\n[\s\S]*?\n---\n/, '');
    }
    case 'empty': return r.pick(['', '\n', '   \n\n', '---\n---\n']);
    case 'front-matter-only': return '---\nchannel: linkedin-connect\nto:\n  name: Dana Whitfield\n---\n';
    case 'unclosed-front-matter': return '---\nchannel: email\nto:\n  name: Dana\n\nHi Dana, I saw your talk at RoboConf and wanted to follow up.\n';
  }
  return base;
}

/** Mail-merge rows for templates with `recipients: prospects.csv`. */
function prospectsCsv(seed) {
  const r = new Rng(seed);
  const rows = ['firstName,fullName,company,topic,event'];
  const k = r.int(3, 25);
  for (let j = 0; j < k; j++) {
    const f = r.pick(FIRST), l = r.pick(LAST);
    rows.push([f, `${f} ${l}`, r.pick(COMPANIES), r.pick(TOPICS), r.pick(EVENTS)].map((c) => (/[",]/.test(c) ? JSON.stringify(c) : c)).join(','));
  }
  return rows.join('\n') + '\n';
}

/** The text of file `i` of corpus `seed`. */
export function fileText(seed, i) {
  const s = fileSeed(seed, i);
  const r = new Rng(s ^ 0x27d4eb2f);
  if (r.chance(0.01)) return { text: pathological(s, r.pick(PATHOLOGICAL)), kind: 'pathological' };
  return makeMessage(s);
}

// ---------------------------------------------------------------------------------------------
// Corpus

export function relPathFor(i, text) {
  const team = String(Math.floor(i / 1000)).padStart(3, '0');
  const batch = String(Math.floor(i / 100) % 10);
  const m = /\n {2}name: "?([^"\n]+)"?\n/.exec(text);
  const who = m ? slug(m[1]).slice(0, 30) : 'message';
  return path.join(`team-${team}`, `batch-${batch}`, `${String(i).padStart(6, '0')}-${who}.outreach.md`);
}

/**
 * Write N files into `out` (created; emptied first if it holds an older corpus).
 * Returns the manifest { version, n, seed, files, bytes, kinds, ms }.
 */
export function generateCorpus({ n, seed = 1, out }) {
  const t0 = performance.now();
  if (fs.existsSync(out)) {
    const entries = fs.readdirSync(out);
    if (entries.length && !entries.includes(MANIFEST)) {
      throw new Error(`refusing to overwrite ${out}: it is not empty and has no ${MANIFEST}`);
    }
    fs.rmSync(out, { recursive: true, force: true });
  }
  fs.mkdirSync(out, { recursive: true });
  const made = new Set();
  const csvs = new Set();
  const kinds = {};
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const { text, kind } = fileText(seed, i);
    const rel = relPathFor(i, text);
    const dir = path.dirname(rel);
    if (!made.has(dir)) { fs.mkdirSync(path.join(out, dir), { recursive: true }); made.add(dir); }
    if (text.includes('\nrecipients: prospects.csv\n') && !csvs.has(dir)) {
      fs.writeFileSync(path.join(out, dir, 'prospects.csv'), prospectsCsv(fileSeed(seed, i) ^ 0x1b873593));
      csvs.add(dir);
    }
    fs.writeFileSync(path.join(out, rel), text);
    bytes += Buffer.byteLength(text);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const manifest = { version: GENERATOR_VERSION, n, seed, files: n, bytes, kinds, ms: Math.round(performance.now() - t0) };
  fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** One message of about `size` characters (front matter included), for latency benches. */
export function singleMessage(size = 2048, seed = 1) {
  // a good message with full front matter; grow the body target until the whole text is close to `size`
  let best = null;
  for (let k = 0; k < 16 && !(best && best.d <= 24); k++) {
    const s = fileSeed(seed, 1_000_000 + k);
    let target = Math.max(150, size - 350);
    for (let step = 0; step < 6; step++) {
      const { text } = makeMessage(s, { kind: 'good', frontMatterShape: 'full', bodyLength: target });
      const d = text.length - size;
      if (!best || Math.abs(d) < best.d) best = { text, d: Math.abs(d) };
      if (Math.abs(d) <= 24) break;
      target = Math.max(150, target - d);
    }
  }
  return best.text;
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const a = { n: 1000, seed: 1, out: null, size: 2048, single: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--n') a.n = parseCount(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--out') a.out = v();
    else if (k === '--size') a.size = parseCount(v());
    else if (k === '--single') a.single = true;
    else if (k === '--quiet' || k === '-q') a.quiet = true;
    else if (k === '--help' || k === '-h') { a.help = true; }
    else throw new Error(`unknown argument: ${k}`);
  }
  return a;
}

/** "10k" -> 10000, "2K" -> 2048? no: k means 1000 for counts. */
function parseCount(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(s));
  if (!m) throw new Error(`not a number: ${s}`);
  return Math.round(Number(m[1]) * (m[2] ? (/k/i.test(m[2]) ? 1000 : 1_000_000) : 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const a = parseArgs(process.argv.slice(2));
    if (a.help) {
      console.log('usage: node bench/generate.mjs --n N --out DIR [--seed S]\n       node bench/generate.mjs --size BYTES --single [--seed S]');
    } else if (a.single) {
      process.stdout.write(singleMessage(a.size, a.seed));
    } else {
      if (!a.out) a.out = path.join('bench', '.corpus', `n${a.n}-s${a.seed}`);
      const m = generateCorpus({ n: a.n, seed: a.seed, out: a.out });
      if (!a.quiet) console.log(`generated ${m.files} files, ${(m.bytes / 1e6).toFixed(1)} MB into ${a.out} in ${m.ms} ms`);
    }
  } catch (e) {
    console.error(`generate: ${e.message}`);
    process.exit(2);
  }
}
