import { CHANNELS } from '../document/front-matter.js';
import type { Rule } from '../engine/rule.js';
import { SIGNAL_IDS } from '../engine/types.js';
import { rules } from '../rules/index.js';

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error'] } as const;

/** The JSON Schema of one rule's entry: a severity, or an object with a severity and the rule's options. */
export function ruleEntrySchema(rule: Rule): Record<string, unknown> {
  const options = Object.fromEntries(
    Object.entries(rule.options ?? {}).map(([name, o]) => [
      name,
      {
        type: o.type,
        description: o.description,
        default: o.default,
        ...(o.items ? { items: o.items } : {}),
        ...(o.enum ? { enum: o.enum } : {}),
        ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
      },
    ]),
  );
  return {
    description: `${rule.description} (default: ${rule.defaultSeverity})`,
    markdownDescription: `${rule.description} (default: \`${rule.defaultSeverity}\`). [Documentation](https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/${rule.id}.md)`,
    oneOf: [
      { ...SEVERITY },
      { type: 'object', properties: { severity: { ...SEVERITY }, ...options }, additionalProperties: false },
    ],
  };
}

/** The JSON Schema of `.outreachlintrc.json`, generated from rule metadata (shipped for VS Code's jsonValidation). */
export function configSchema(): Record<string, unknown> {
  const limit = { type: 'integer', minimum: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/outreach-lint/outreach-lint/blob/main/schemas/outreachlintrc.schema.json',
    title: 'Outreach Lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration in parent folders.' },
      extends: {
        description: 'Config files this one builds on, relative to it; this file wins over them.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: {
        type: 'object',
        description: 'Severity and options per rule.',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleEntrySchema(r)])),
      },
      channels: {
        type: 'object',
        description: 'Length limits per channel, in characters of rendered text.',
        additionalProperties: false,
        properties: Object.fromEntries(
          CHANNELS.map((c) => [
            c,
            {
              type: 'object',
              additionalProperties: false,
              properties: { body: limit, bodyFree: limit, subject: limit },
            },
          ]),
        ),
      },
      phrases: {
        type: 'object',
        description: 'Extra phrases (case-insensitive) that count as evidence for a signal.',
        additionalProperties: false,
        properties: Object.fromEntries(SIGNAL_IDS.map((s) => [s, { type: 'array', items: { type: 'string', minLength: 1 } }])),
      },
      secondOpinion: {
        type: 'boolean',
        description: 'Whether the model trained on the labelled corpus may add a signal the phrase families missed, and overrule an offer they read where it is all but sure there is none (default true).',
        default: true,
      },
    },
  };
}
