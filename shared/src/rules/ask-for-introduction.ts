import type { Mutual } from '../document/front-matter.js';
import { defineRule, type RuleContext } from '../engine/rule.js';
import type { Fix } from '../engine/types.js';
import { firstLineSpan, insertionFix, isNounPhrase, slugify } from './fix-helpers.js';

/** Drafts offered at most, one per mutual connection, so the menu stays short. */
const MAX_DRAFTS = 3;

/** Asks for an introduction through a mutual connection before approaching a high-profile person cold. */
export default defineRule({
  id: 'ask-for-introduction',
  description: 'Reach a high-profile person through an introduction, not cold',
  source: '5',
  defaultSeverity: 'warning',
  fixable: false,
  hasSuggestions: true,
  check(context, report) {
    const { doc, analysis } = context;
    const fm = doc.frontMatter;
    if (!analysis.highProfile.value) return;
    if (fm.via || analysis.signals.introduction.found || analysis.signals.reference.found) return;
    if (analysis.mutuals.some((m) => m.mention)) return;
    const who = fm.to?.name ?? 'The recipient';
    // Say why in the user's terms: their role from front matter, or the explicit flag.
    const why = fm.to?.highProfile === true ? 'marked highProfile in front matter' : fm.to?.role ? `${fm.to.role}` : '';
    const first = fm.mutual[0];
    const mutuals = fm.mutual.slice(0, MAX_DRAFTS);
    report({
      span: firstLineSpan(doc),
      message: `${who}${why ? ` (${why})` : ''} is high-profile and the message approaches cold: ask ${first ? first.name : 'a mutual connection'} for an introduction first, or set "via" when someone introduced you`,
      suggestions: [
        insertionFix(context, 'Insert an introduction ask', 'before-signoff', introductionLine(first)),
        ...(mutuals.length > 0 ? mutuals.map((m) => draftRequest(context, m)) : [draftRequest(context, undefined)]),
      ],
    });
  },
});

/** "If it's easier, Sam Ortiz, my former teammate at Initech, could introduce us first." */
function introductionLine(mutual: Mutual | undefined): string {
  if (!mutual) return "If it's easier, {{mutual_name}} could introduce us first.";
  const r = mutual.relation?.trim().replace(/(?<![.!?])[.!?]+$/, '');
  if (r && isNounPhrase(r)) return `If it's easier, ${mutual.name}, ${r}, could introduce us first.`;
  return `If it's easier, ${mutual.name} could introduce us first.`;
}

/** A new template, addressed to the mutual connection, asking for the introduction. */
function draftRequest(context: RuleContext, mutual: Mutual | undefined): Fix {
  const fm = context.doc.frontMatter;
  const target = fm.to?.name ?? '{{recipient_name}}';
  const targetFirst = fm.to?.name?.split(/\s+/)[0] ?? target;
  const position = [fm.to?.role, fm.to?.company].filter(Boolean).join(' at ');
  const mutualName = mutual?.name ?? '{{mutual_name}}';
  const mutualFirst = mutual ? mutual.name.split(/\s+/)[0]! : '{{mutual_first_name}}';
  const email = !fm.channel || fm.channel === 'email';
  const header = [
    '---',
    `channel: ${email ? 'email' : 'linkedin-message'}`,
    'to:',
    `  name: ${yamlString(mutualName)}`,
    ...(email ? [`subject: ${yamlString(`Could you introduce me to ${target}?`)}`] : []),
    '---',
  ];
  const body = [
    `Hi ${mutualFirst},`,
    '',
    `I hope you're doing well. I'd like to get in touch with ${target}${position ? ` (${position})` : ''} because {{reason}}. Would you be willing to introduce me to ${targetFirst}?`,
    '',
    `If it helps, I can send you a two-line blurb to forward. In return, I'd be glad to share {{what_you_can_offer}}.`,
    '',
    'Thanks,',
    '{{your_name}}',
  ];
  const name = `intro-request-${mutual ? slugify(mutual.name) : 'mutual'}.outreach.md`;
  return {
    title: `Draft an introduction request to ${mutual ? mutual.name : 'a mutual connection'}`,
    edits: [],
    newFile: { name, text: [...header, ...body, ''].join('\n') },
  };
}

/** A YAML scalar: plain when safe, double-quoted otherwise. */
function yamlString(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'’()?!-]*$/u.test(s) ? s : JSON.stringify(s);
}
