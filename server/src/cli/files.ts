import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** The files a run lints, and the patterns that matched nothing. */
export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  readonly files: readonly string[];
  readonly unmatched: readonly string[];
}

const TEMPLATE_GLOB = '**/*.outreach.md';
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const IGNORE_FILES = ['.gitignore', '.outreachlintignore'];

/**
 * Expands CLI arguments into template files: a directory means every `*.outreach.md` below it, a glob is
 * matched, and a file named explicitly is linted whatever its name. `node_modules` and files ignored by
 * `.gitignore` (and `.outreachlintignore`) are skipped, except explicit files.
 */
export function discoverFiles(args: readonly string[], cwd: string): Discovery {
  const found = new Set<string>();
  const unmatched: string[] = [];
  const filter = new IgnoreFilter(cwd);
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.add(absolute);
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = globSync(TEMPLATE_GLOB, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
    } else if (isDynamicPattern(arg)) {
      matches = globSync(arg.split(path.sep).join('/'), { cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
    } else {
      unmatched.push(arg);
      continue;
    }
    const kept = matches.map((m) => path.normalize(m)).filter((m) => !filter.ignores(m));
    if (kept.length === 0 && matches.length === 0) unmatched.push(arg);
    for (const m of kept) found.add(m);
  }
  return { files: [...found].sort(), unmatched };
}

/** Applies `.gitignore`-style files found from the repository root down to each file's folder. */
class IgnoreFilter {
  private readonly perDir = new Map<string, Ignore | null>();
  /** For each folder of a file: the folders from it up to the top that have rules, with their rules. */
  private readonly chains = new Map<string, readonly (readonly [string, Ignore])[]>();
  private readonly top: string;

  constructor(cwd: string) {
    this.top = findRepoRoot(cwd) ?? path.parse(path.resolve(cwd)).root;
  }

  ignores(file: string): boolean {
    for (const [dir, rules] of this.chain(path.dirname(file))) {
      const rel = path.relative(dir, file).split(path.sep).join('/');
      if (rel && rules.ignores(rel)) return true;
    }
    return false;
  }

  private chain(start: string): readonly (readonly [string, Ignore])[] {
    const cached = this.chains.get(start);
    if (cached) return cached;
    const dirs: string[] = [];
    for (let dir = start; ; dir = path.dirname(dir)) {
      dirs.push(dir);
      if (dir === this.top || path.dirname(dir) === dir) break;
    }
    const chain: (readonly [string, Ignore])[] = [];
    if (dirs.includes(this.top)) {
      for (const dir of dirs) {
        const rules = this.load(dir);
        if (rules) chain.push([dir, rules]);
      }
    }
    this.chains.set(start, chain);
    return chain;
  }

  private load(dir: string): Ignore | null {
    if (this.perDir.has(dir)) return this.perDir.get(dir)!;
    let rules: Ignore | null = null;
    const sources = IGNORE_FILES.map((name) => path.join(dir, name));
    if (dir === this.top) sources.push(path.join(dir, '.git', 'info', 'exclude'));
    for (const source of sources) {
      if (!existsSync(source)) continue;
      try {
        const content = readFileSync(source, 'utf8');
        // A file of comments and blank lines (as `git init` writes .git/info/exclude) ignores nothing.
        if (!hasPattern(content)) continue;
        rules ??= ignore();
        rules.add(content);
      } catch {
        // An unreadable ignore file ignores nothing, as git does.
      }
    }
    this.perDir.set(dir, rules);
    return rules;
  }
}

/** True when an ignore file has a line the `ignore` package would read as a pattern. */
function hasPattern(content: string): boolean {
  return content.split(/\r?\n/).some((line) => line !== '' && !line.startsWith('#') && !/^\s+$/.test(line));
}

function findRepoRoot(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
