import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { resolveConfig, validateConfig, type ConfigFile, type ResolvedConfig } from '../../../shared/src/index.js';

/** The name of the config file looked for in each folder. */
export const CONFIG_FILE_NAME = '.outreachlintrc.json';

/** A problem in a config file, with its offsets in that file when known. */
export interface ConfigFileProblem {
  readonly file: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

/** The configuration for one template, and the config files (and their problems) it came from. */
export interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly ConfigFileProblem[];
  /** Every config file that took part, nearest last. */
  readonly files: readonly string[];
  /**
   * Every file whose content or existence this config depends on: the files that took part and each file
   * `extends` names, found or not (creating a missing one changes the config too). Watch these to reload.
   */
  readonly dependencies: readonly string[];
}

interface ParsedFile {
  readonly layer: ConfigFile;
  readonly problems: ConfigFileProblem[];
  readonly mtimeMs: number;
}

/** Options of the resolver: where the workspace ends, and an explicit config file (CLI --config). */
export interface ConfigResolverOptions {
  /** Workspace folders: discovery stops at them, and `extends` may not leave them. */
  readonly roots?: readonly string[];
  /** Use this file (and what it extends) instead of discovery. */
  readonly configFile?: string;
  /** Layers applied over every file's config (editor settings). */
  readonly overrides?: readonly ConfigFile[];
}

/**
 * Finds, parses, validates and merges `.outreachlintrc.json` files for templates, with caches so a
 * keystroke never re-reads a config file. Config is data only: JSON with comments, no code.
 */
export class ConfigResolver {
  private readonly files = new Map<string, ParsedFile | null>();
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly roots: readonly string[];
  /** The roots with symlinks resolved: a link inside the workspace to a file outside it does not count as inside. */
  private readonly realRoots: readonly string[];

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.roots = (options.roots ?? []).map((r) => path.resolve(r));
    this.realRoots = this.roots.map(realPath);
  }

  /** The merged configuration for the template at `filePath`. */
  forFile(filePath: string): LoadedConfig {
    const dir = path.dirname(path.resolve(filePath));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const chain = this.options.configFile ? [path.resolve(this.options.configFile)] : this.discover(dir);
    const layers: ConfigFile[] = [];
    const problems: ConfigFileProblem[] = [];
    const files: string[] = [];
    const dependencies = new Set<string>();
    for (const file of chain) this.collect(file, layers, problems, files, [], dependencies);
    const loaded: LoadedConfig = {
      config: resolveConfig([...layers, ...(this.options.overrides ?? [])]),
      problems,
      files,
      dependencies: [...dependencies],
    };
    this.byDir.set(dir, loaded);
    return loaded;
  }

  /** Forgets cached files (one, or all): call when a config file changes on disk. */
  invalidate(file?: string): void {
    if (file) this.files.delete(path.resolve(file));
    else this.files.clear();
    this.byDir.clear();
  }

  /** Config files from the outermost folder to the nearest one, stopping at `root: true` or the workspace root. */
  private discover(dir: string): string[] {
    const found: string[] = [];
    const root = this.roots.find((r) => isInside(dir, r));
    for (let current = dir; ; ) {
      const candidate = path.join(current, CONFIG_FILE_NAME);
      const parsed = this.read(candidate);
      if (parsed) {
        found.unshift(candidate);
        if (parsed.layer.root === true) break;
      }
      const parent = path.dirname(current);
      if (parent === current || (root !== undefined && current === root)) break;
      current = parent;
    }
    return found;
  }

  private collect(file: string, layers: ConfigFile[], problems: ConfigFileProblem[], files: string[], stack: string[], dependencies: Set<string>): void {
    dependencies.add(file);
    if (stack.includes(file)) {
      problems.push({ file: stack[stack.length - 1]!, message: `"extends" makes a cycle: ${[...stack, file].map((f) => path.basename(f)).join(' -> ')}` });
      return;
    }
    // A config file in the workspace that is a link to a file outside it is not read (the explicit --config is the user's own choice).
    const explicit = this.options.configFile !== undefined && file === path.resolve(this.options.configFile);
    if (!explicit && this.roots.some((r) => isInside(file, r)) && !this.realRoots.some((r) => isInside(realPath(file), r))) {
      problems.push({ file: stack[stack.length - 1] ?? file, message: `${path.basename(file)} is a link to a file outside the workspace; only files inside the workspace are read` });
      return;
    }
    const parsed = this.read(file);
    if (!parsed) {
      const from = stack[stack.length - 1];
      problems.push({ file: from ?? file, message: `Config file not found: ${file}` });
      return;
    }
    problems.push(...parsed.problems);
    // Entries that are not paths are reported by validation (on the file's own problems) and skipped here.
    const parents = parsed.layer.extends === undefined ? [] : ([] as unknown[]).concat(parsed.layer.extends).filter((p): p is string => typeof p === 'string');
    for (const parent of parents) {
      const target = path.resolve(path.dirname(file), parent);
      const allowed = this.roots.length === 0 ? true : this.roots.some((r) => isInside(target, r));
      if (!allowed) {
        problems.push({ file, message: `"extends" points outside the workspace (${parent}); only files inside the workspace may be extended` });
        continue;
      }
      this.collect(target, layers, problems, files, [...stack, file], dependencies);
    }
    layers.push(parsed.layer);
    files.push(file);
  }

  /** Reads and validates one config file (cached by modification time); null when it does not exist. */
  private read(file: string): ParsedFile | null {
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return null;
      mtimeMs = stat.mtimeMs;
    } catch {
      return null;
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    let parsed: ParsedFile;
    try {
      parsed = parseConfigText(file, safeRead(file), mtimeMs);
    } catch (error) {
      // Whatever the file holds (JSON nested too deep for the parser), it is a problem on the file, never a crash.
      parsed = { layer: {}, problems: [{ file, message: `Cannot parse config file: ${error instanceof Error ? error.message : String(error)}` }], mtimeMs };
    }
    this.files.set(file, parsed);
    return parsed;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return `\u0000${(error as Error).message}`;
  }
}

/** Parses config text (JSON with comments) and validates it; the problems carry offsets in the text. */
export function parseConfigText(file: string, text: string, mtimeMs = 0): ParsedFile {
  if (text.startsWith('\u0000')) return { layer: {}, problems: [{ file, message: `Cannot read config file: ${text.slice(1)}` }], mtimeMs };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const problems = errors.map((e) => ({
      file,
      message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`,
      start: e.offset,
      end: e.offset + Math.max(1, e.length),
    }));
    if (problems.length === 0) problems.push({ file, message: 'Invalid JSON: the file is empty', start: 0, end: 0 });
    return { layer: {}, problems, mtimeMs };
  }
  const value = toValue(tree);
  const problems: ConfigFileProblem[] = validateConfig(value).map((p) => {
    const node = p.path ? findNodeAtLocation(tree, p.path.split('.')) : tree;
    // Point at the key for unknown keys, at the value otherwise.
    const target = node && /^Unknown|has no option/.test(p.message) && node.parent?.type === 'property' ? node.parent.children?.[0] : node;
    return target ? { file, message: p.message, start: target.offset, end: target.offset + target.length } : { file, message: p.message };
  });
  return { layer: isObject(value) ? (value as ConfigFile) : {}, problems, mtimeMs };
}

function toValue(node: ReturnType<typeof parseTree>): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object':
      return Object.fromEntries(
        (node.children ?? []).flatMap((p) => (p.children && p.children.length === 2 ? [[p.children[0]!.value as string, toValue(p.children[1])]] : [])),
      );
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path with every symlink resolved (as far as it exists): where reading it really goes. */
export function realPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return realpathSync.native(resolved);
  } catch {
    // Missing: resolve the part that exists, so a link in a parent folder still counts.
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(realPath(parent), path.basename(resolved));
  }
}

/** True when `child` is `parent` or below it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
