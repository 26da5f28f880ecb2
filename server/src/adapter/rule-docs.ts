import { rules, type RuleMeta } from '../../../shared/src/index.js';

/** Where the project lives; rule documentation links point into it. */
export const REPOSITORY_URL = 'https://github.com/outreach-lint/outreach-lint';

/** The `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'outreach-lint';

const byId = new Map<string, RuleMeta>(rules.map((r) => [r.id, r]));

/** The rule's metadata, when the id is a registered rule (not an engine or host finding). */
export function ruleMeta(ruleId: string): RuleMeta | undefined {
  return byId.get(ruleId);
}

/** The URL of a rule's documentation page, or undefined for ids that have none. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return byId.has(ruleId) ? `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md` : undefined;
}

/** What each point of the source asks for, in plain words (paraphrased, for hovers). */
export const SOURCE_POINTS: Readonly<Record<RuleMeta['source'], string>> = {
  '1': 'Point 1 of the source: write a courteous note that says why you want to connect.',
  '2': 'Point 2 of the source: make it personal, with something you share or specific praise.',
  '3': 'Point 3 of the source: give a little of yourself, so the connection is worth something to them.',
  '4': 'Point 4 of the source: name a person you both know and how you know them.',
  '5': 'Point 5 of the source: reach a high-profile person through an introduction from someone you share.',
  A: 'A motive to avoid: collecting connections to grow a number.',
  B: 'A motive to avoid: riding on someone else\'s coattails, asking for favours while offering nothing.',
  template: 'Template hygiene: every placeholder must be filled before the message is sent.',
  channel: 'Channel limits: the message must fit where it is sent.',
  format: 'File format: the front matter must be valid.',
};
