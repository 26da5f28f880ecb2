import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Span } from '../engine/types.js';
import { editDistance } from './edit-distance.js';
import { parseSimpleYaml } from './yaml-fast.js';

/** The channels a template can be written for; they set the length limits. */
export const CHANNELS = ['linkedin-connect', 'linkedin-inmail', 'linkedin-message', 'email'] as const;
/** One of the channels. */
export type Channel = (typeof CHANNELS)[number];

/** A person both sender and recipient know. */
export interface Mutual {
  readonly name: string;
  readonly relation?: string;
  /** Where this entry stands in the front matter. */
  readonly span: Span;
}

/** The recipient as described in front matter. */
export interface Recipient {
  readonly name?: string;
  readonly role?: string;
  readonly company?: string;
  readonly highProfile?: boolean;
}

/** Front matter after validation: only keys and values of the right type survive. */
export interface FrontMatter {
  readonly channel?: Channel;
  readonly account?: 'free' | 'premium';
  readonly to?: Recipient;
  readonly mutual: readonly Mutual[];
  readonly via?: string;
  readonly subject?: string;
  /** Where the subject's text stands, for placeholder and length findings. */
  readonly subjectSpan?: Span;
  readonly vars: Readonly<Record<string, string>>;
  readonly recipients?: string;
  readonly recipientsSpan?: Span;
}

/** A problem with the front matter, on its exact range. */
export interface FrontMatterProblem {
  readonly span: Span;
  readonly message: string;
}

/** The front matter block of a file, parsed. */
export interface FrontMatterBlock {
  /** From the opening fence to the end of the closing fence line. */
  readonly span: Span;
  /** The YAML source between the fences. */
  readonly source: Span;
  readonly data: FrontMatter;
  readonly problems: readonly FrontMatterProblem[];
}

const EMPTY: FrontMatter = { mutual: [], vars: {} };

type Kind = 'string' | 'boolean' | 'number';

/** Finds the front matter block at the start of `text`, if any; returns where the body starts. */
export function splitFrontMatter(text: string): { block?: { span: Span; source: Span }; bodyStart: number; unterminated?: Span } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return { bodyStart: 0 };
  const firstEol = lineEnd(text, bom);
  if (text.slice(bom, firstEol).trimEnd() !== '---') return { bodyStart: 0 };
  let pos = nextLine(text, firstEol);
  const sourceStart = pos;
  while (pos < text.length) {
    const eol = lineEnd(text, pos);
    const line = text.slice(pos, eol).trimEnd();
    if (line === '---' || line === '...') {
      const end = nextLine(text, eol);
      return { block: { span: { start: bom, end }, source: { start: sourceStart, end: pos } }, bodyStart: end };
    }
    pos = nextLine(text, eol);
  }
  return { bodyStart: 0, unterminated: { start: bom, end: firstEol } };
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLine(text: string, eol: number): number {
  if (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10) return eol + 2;
  return Math.min(text.length, eol + 1);
}

/**
 * Parses and validates the YAML between the fences; never throws. Simple front matter goes through a
 * fast path that builds the same nodes as the `yaml` library; `fast: false` forces the library (tests).
 */
export function parseFrontMatter(text: string, block: { span: Span; source: Span }, options: { fast?: boolean } = {}): FrontMatterBlock {
  const base = block.source.start;
  const yamlText = text.slice(block.source.start, block.source.end);
  const problems: FrontMatterProblem[] = [];
  const at = (node: { range?: readonly [number, number, number] | null } | null | undefined, fallback: Span = block.span): Span =>
    node?.range ? { start: base + node.range[0], end: base + node.range[1] } : fallback;

  if (yamlText.trim() === '') return { ...block, data: EMPTY, problems };
  let root: unknown = options.fast === false ? undefined : parseSimpleYaml(yamlText);
  if (root === undefined) {
    if (nestingEstimate(yamlText) > MAX_NESTING) {
      problems.push({ span: block.span, message: `Front matter is nested too deeply (over ${MAX_NESTING} levels of brackets, list dashes or indentation); it was not read` });
      return { ...block, data: EMPTY, problems };
    }
    let doc;
    try {
      doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: true });
    } catch (error) {
      problems.push({ span: block.span, message: `Front matter could not be read: ${String(error)}` });
      return { ...block, data: EMPTY, problems };
    }
    for (const error of doc.errors) {
      const [s, e] = error.pos;
      problems.push({
        span: { start: base + s, end: Math.max(base + e, base + s + 1) },
        message: `YAML syntax error: ${firstLine(error.message)}`,
      });
    }
    if (doc.errors.length > 0) return { ...block, data: EMPTY, problems };
    root = doc.contents;
  }
  if (root == null) return { ...block, data: EMPTY, problems };
  if (!isMap(root)) {
    problems.push({ span: at(root), message: 'Front matter must be a mapping of keys (channel, to, mutual, ...)' });
    return { ...block, data: EMPTY, problems };
  }

  const data: {
    -readonly [K in keyof FrontMatter]: FrontMatter[K];
  } = { mutual: [], vars: {} };

  const scalar = (node: unknown, kind: Kind, where: string): string | boolean | undefined => {
    const n = node as YamlNode | null;
    if (isScalar(n)) {
      const v = n.value;
      if (kind === 'string' && (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '') return String(v);
      if (kind === 'boolean' && typeof v === 'boolean') return v;
    }
    problems.push({ span: at(n as never), message: `${where} must be ${kind === 'string' ? 'a non-empty text' : 'true or false'}` });
    return undefined;
  };

  const eachPair = (map: unknown, where: string, known: readonly string[], visit: (key: string, pair: Pair) => void) => {
    if (!isMap(map)) {
      problems.push({ span: at(map as never), message: `${where} must be a mapping with keys ${known.join(', ')}` });
      return;
    }
    for (const pair of map.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!known.includes(key)) {
        const suggestion = closest(key, known);
        problems.push({
          span: at(keyNode as never),
          message: `Unknown key "${key}" in ${where}${suggestion ? `; did you mean "${suggestion}"?` : ''} (allowed: ${known.join(', ')})`,
        });
        continue;
      }
      visit(key, pair);
    }
  };

  eachPair(root, 'front matter', TOP_KEYS, (key, pair) => {
    const value = pair.value as YamlNode | null;
    switch (key) {
      case 'channel': {
        const v = scalar(value, 'string', '"channel"');
        if (typeof v !== 'string') break;
        if ((CHANNELS as readonly string[]).includes(v)) data.channel = v as Channel;
        else problems.push({ span: at(value as never), message: `"channel" must be one of ${CHANNELS.join(', ')}; got "${v}"` });
        break;
      }
      case 'account': {
        const v = scalar(value, 'string', '"account"');
        if (v === 'free' || v === 'premium') data.account = v;
        else if (typeof v === 'string') problems.push({ span: at(value as never), message: `"account" must be free or premium; got "${v}"` });
        break;
      }
      case 'to': {
        const to: { -readonly [K in keyof Recipient]: Recipient[K] } = {};
        eachPair(value, '"to"', TO_KEYS, (k, p) => {
          if (k === 'highProfile') {
            const v = scalar(p.value, 'boolean', '"to.highProfile"');
            if (typeof v === 'boolean') to.highProfile = v;
          } else {
            const v = scalar(p.value, 'string', `"to.${k}"`);
            if (typeof v === 'string') to[k as 'name' | 'role' | 'company'] = v;
          }
        });
        data.to = to;
        break;
      }
      case 'mutual': {
        const items = isSeq(value) ? value.items : value == null ? [] : [value];
        if (!isSeq(value) && value != null && !isScalar(value) && !isMap(value)) {
          problems.push({ span: at(value as never), message: '"mutual" must be a list of people ({ name, relation })' });
          break;
        }
        const mutual: Mutual[] = [];
        for (const item of items as (YamlNode | null)[]) {
          if (isScalar(item)) {
            const name = scalar(item, 'string', 'a "mutual" entry');
            if (typeof name === 'string') mutual.push({ name, span: at(item as never) });
            continue;
          }
          let name: string | undefined;
          let relation: string | undefined;
          eachPair(item, 'a "mutual" entry', MUTUAL_KEYS, (k, p) => {
            const v = scalar(p.value, 'string', `"mutual.${k}"`);
            if (typeof v !== 'string') return;
            if (k === 'name') name = v;
            else relation = v;
          });
          if (name) mutual.push(relation ? { name, relation, span: at(item as never) } : { name, span: at(item as never) });
          else if (isMap(item)) problems.push({ span: at(item as never), message: 'A "mutual" entry needs a "name"' });
        }
        data.mutual = mutual;
        break;
      }
      case 'via':
      case 'subject':
      case 'recipients': {
        const v = scalar(value, 'string', `"${key}"`);
        if (typeof v !== 'string') break;
        data[key] = v;
        if (key === 'subject') data.subjectSpan = valueSpan(value, base);
        if (key === 'recipients') data.recipientsSpan = at(value as never);
        break;
      }
      case 'vars': {
        const vars: Record<string, string> = {};
        if (!isMap(value)) {
          problems.push({ span: at(value as never), message: '"vars" must be a mapping of placeholder names to sample values' });
          break;
        }
        for (const p of value.items) {
          const k = isScalar(p.key) ? String((p.key as { value: unknown }).value) : '';
          const v = p.value as YamlNode | null;
          if (isScalar(v) && v.value != null && typeof v.value !== 'object') vars[k] = String(v.value);
          else problems.push({ span: at(v as never, at(p.key as never)), message: `"vars.${k}" must be a text, number or true/false` });
        }
        data.vars = vars;
        break;
      }
    }
  });
  return { ...block, data, problems };
}

/**
 * The yaml library recurses once per nesting level: about a thousand levels overflow the stack, and when a
 * regex has to be compiled right there V8 aborts the whole process (uncatchable), taking the language server
 * with it. No real front matter nests past a handful of levels, so deeper input is refused before parsing.
 */
const MAX_NESTING = 200;

/** An upper bound on how deep the YAML nests: every bracket, or per line its indent plus compact `- `/`? ` entries. */
function nestingEstimate(yaml: string): number {
  let brackets = 0;
  let deepestLine = 0;
  let lineStart = true;
  let line = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 91 || c === 123) brackets++; // [ {
    if (c === 10 || c === 13) {
      lineStart = true;
      line = 0;
    } else if (lineStart) {
      if (c === 32 || c === 9) line++;
      else if ((c === 45 || c === 63 || c === 58) && (yaml.charCodeAt(i + 1) === 32 || yaml.charCodeAt(i + 1) === 9)) line++; // "- " "? " ": "
      else lineStart = false;
      if (line > deepestLine) deepestLine = line;
    }
  }
  return Math.max(brackets, deepestLine);
}

/** The span of a scalar's text without quotes, so placeholder offsets inside it are exact. */
function valueSpan(node: unknown, base: number): Span | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const start = base + node.range[0] + (quoted ? 1 : 0);
  const end = base + node.range[1] - (quoted ? 1 : 0);
  return { start, end: Math.max(start, end) };
}

const TOP_KEYS = ['channel', 'account', 'to', 'mutual', 'via', 'subject', 'vars', 'recipients'] as const;
const TO_KEYS = ['name', 'role', 'company', 'highProfile'] as const;
const MUTUAL_KEYS = ['name', 'relation'] as const;

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The known key within edit distance 2 of `key`, for "did you mean". */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

