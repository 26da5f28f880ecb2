import { CHANNELS, type Channel } from '../document/front-matter.js';
import { SIGNAL_IDS, type SeverityOrOff, type SignalId } from '../engine/types.js';
import { rules } from '../rules/index.js';
import type { Rule } from '../engine/rule.js';
import { DEFAULT_CHANNELS } from './defaults.js';
import type { ChannelLimit, ConfigFile, ConfigProblem, ResolvedConfig, ResolvedRule } from './types.js';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const ruleById = new Map<string, Rule>(rules.map((r) => [r.id, r]));

/** The configuration with every rule at its default severity and options. */
export function defaultConfig(): ResolvedConfig {
  return resolveConfig([]);
}

/** Merges config layers (the first is the furthest ancestor, the last wins) over the defaults. */
export function resolveConfig(layers: readonly ConfigFile[]): ResolvedConfig {
  const resolved: Record<string, ResolvedRule> = {};
  for (const rule of rules) {
    const options: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(rule.options ?? {})) options[name] = schema.default;
    resolved[rule.id] = { severity: rule.defaultSeverity, options };
  }
  const channels = Object.fromEntries(CHANNELS.map((c) => [c, { ...DEFAULT_CHANNELS[c] }])) as Record<Channel, ChannelLimit>;
  const phrases = Object.fromEntries(SIGNAL_IDS.map((s) => [s, [] as string[]])) as Record<SignalId, string[]>;
  let secondOpinion = true;
  for (const layer of layers) {
    if (typeof layer.secondOpinion === 'boolean') secondOpinion = layer.secondOpinion;
    // Own keys only: "__proto__", "constructor" or "toString" in a config file are unknown names, not the prototype's.
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      const current = Object.hasOwn(resolved, id) ? resolved[id] : undefined;
      if (!current) continue;
      // Invalid parts were reported by validateConfig; here they are skipped, never trusted.
      if (typeof entry === 'string') {
        if (SEVERITIES.includes(entry)) resolved[id] = { ...current, severity: entry };
      } else if (entry && typeof entry === 'object') {
        const { severity, ...options } = entry;
        const schemas = ruleById.get(id)?.options ?? {};
        const valid = Object.fromEntries(
          Object.entries(options).filter(([k, v]) => schemas[k] && matchesType(v, schemas[k].type, schemas[k].items?.type)),
        );
        resolved[id] = {
          severity: typeof severity === 'string' && SEVERITIES.includes(severity) ? (severity as SeverityOrOff) : current.severity,
          options: { ...current.options, ...valid },
        };
      }
    }
    for (const [channel, limit] of Object.entries(layer.channels ?? {})) {
      if (!Object.hasOwn(channels, channel) || !isObject(limit)) continue;
      const valid = Object.entries(limit).filter(([k, v]) => ['body', 'bodyFree', 'subject'].includes(k) && Number.isInteger(v) && (v as number) > 0);
      channels[channel as Channel] = { ...channels[channel as Channel], ...Object.fromEntries(valid) };
    }
    for (const [signal, list] of Object.entries(layer.phrases ?? {})) {
      if (Object.hasOwn(phrases, signal) && Array.isArray(list)) phrases[signal as SignalId].push(...list.filter((p) => typeof p === 'string' && p.trim() !== ''));
    }
  }
  return { rules: resolved, channels, phrases, secondOpinion };
}

/**
 * Checks a parsed config file against the schema the rules declare; returns the problems found.
 * Hosts report them and fall back to defaults for the bad parts, so linting never stops.
 */
export function validateConfig(raw: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isObject(raw)) return [{ path: '', message: 'A config file must hold a JSON object' }];
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        if (typeof value !== 'string') problems.push({ path: key, message: '"$schema" must be a string' });
        break;
      case 'root':
        if (typeof value !== 'boolean') problems.push({ path: key, message: '"root" must be true or false' });
        break;
      case 'secondOpinion':
        if (typeof value !== 'boolean') problems.push({ path: key, message: '"secondOpinion" must be true or false' });
        break;
      case 'extends':
        if (typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
          problems.push({ path: key, message: '"extends" must be a path or a list of paths' });
        break;
      case 'rules':
        validateRules(value, problems);
        break;
      case 'channels':
        validateChannels(value, problems);
        break;
      case 'phrases':
        if (!isObject(value)) {
          problems.push({ path: key, message: '"phrases" must map signal names to lists of phrases' });
          break;
        }
        for (const [signal, list] of Object.entries(value)) {
          if (!(SIGNAL_IDS as readonly string[]).includes(signal))
            problems.push({ path: `phrases.${signal}`, message: `Unknown signal "${signal}" (known: ${SIGNAL_IDS.join(', ')})` });
          else if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p.trim() !== ''))
            problems.push({ path: `phrases.${signal}`, message: `"phrases.${signal}" must be a list of non-empty strings` });
        }
        break;
      default:
        problems.push({ path: key, message: `Unknown key "${key}" (known: $schema, root, extends, rules, channels, phrases, secondOpinion)` });
    }
  }
  return problems;
}

function validateRules(value: unknown, problems: ConfigProblem[]): void {
  if (!isObject(value)) {
    problems.push({ path: 'rules', message: '"rules" must map rule ids to a severity or an object' });
    return;
  }
  for (const [id, entry] of Object.entries(value)) {
    const path = `rules.${id}`;
    const rule = ruleById.get(id);
    if (!rule) {
      problems.push({ path, message: `Unknown rule "${id}" (known: ${[...ruleById.keys()].join(', ')})` });
      continue;
    }
    if (typeof entry === 'string') {
      if (!SEVERITIES.includes(entry)) problems.push({ path, message: `Severity must be one of ${SEVERITIES.join(', ')}; got "${entry}"` });
      continue;
    }
    if (!isObject(entry)) {
      problems.push({ path, message: `"${id}" must be a severity (${SEVERITIES.join(', ')}) or an object with "severity" and options` });
      continue;
    }
    for (const [name, option] of Object.entries(entry)) {
      if (name === 'severity') {
        if (typeof option !== 'string' || !SEVERITIES.includes(option))
          problems.push({ path: `${path}.severity`, message: `Severity must be one of ${SEVERITIES.join(', ')}` });
        continue;
      }
      const schema = rule.options?.[name];
      if (!schema) {
        const known = Object.keys(rule.options ?? {});
        problems.push({
          path: `${path}.${name}`,
          message: `Rule "${id}" has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ''}`,
        });
        continue;
      }
      if (!matchesType(option, schema.type, schema.items?.type))
        problems.push({ path: `${path}.${name}`, message: `Option "${name}" of "${id}" must be ${article(schema.type)}` });
      else if (schema.enum && !schema.enum.includes(option as string))
        problems.push({ path: `${path}.${name}`, message: `Option "${name}" of "${id}" must be one of ${schema.enum.join(', ')}` });
      else if (schema.minimum !== undefined && typeof option === 'number' && option < schema.minimum)
        problems.push({ path: `${path}.${name}`, message: `Option "${name}" of "${id}" must be at least ${schema.minimum}` });
    }
  }
}

function validateChannels(value: unknown, problems: ConfigProblem[]): void {
  if (!isObject(value)) {
    problems.push({ path: 'channels', message: '"channels" must map channel names to limits' });
    return;
  }
  for (const [channel, limits] of Object.entries(value)) {
    const path = `channels.${channel}`;
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      problems.push({ path, message: `Unknown channel "${channel}" (known: ${CHANNELS.join(', ')})` });
      continue;
    }
    if (!isObject(limits)) {
      problems.push({ path, message: `"${channel}" must be an object with body, bodyFree, subject` });
      continue;
    }
    for (const [k, v] of Object.entries(limits)) {
      if (!['body', 'bodyFree', 'subject'].includes(k)) problems.push({ path: `${path}.${k}`, message: `Unknown limit "${k}" (known: body, bodyFree, subject)` });
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) problems.push({ path: `${path}.${k}`, message: `Limit "${k}" must be a positive whole number` });
    }
  }
}

function matchesType(value: unknown, type: string, itemType?: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value) && (!itemType || value.every((v) => typeof v === itemType));
    default:
      return typeof value === type;
  }
}

function article(type: string): string {
  return type === 'array' ? 'a list of strings' : type === 'integer' ? 'a whole number' : `a ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
