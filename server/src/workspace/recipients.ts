import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isInside, realPath } from './config.js';

/** Rows of a recipients CSV, or why they could not be loaded (the engine's RecipientsResult). */
export type RecipientsResult = { readonly rows: readonly Record<string, string>[] } | { readonly error: string };

const MAX_BYTES = 5 * 1024 * 1024;

/** Loads mail-merge rows for templates, cached by file and modification time. */
export class RecipientsLoader {
  private readonly cache = new Map<string, { mtimeMs: number; result: RecipientsResult }>();

  constructor(private readonly roots: readonly string[] = []) {}

  /** Loads `relative` (from front matter) next to `templatePath`; it may not leave the workspace. */
  load(templatePath: string, relative: string): RecipientsResult {
    const file = path.resolve(path.dirname(templatePath), relative);
    const roots = this.roots.length > 0 ? this.roots : [path.dirname(path.resolve(templatePath))];
    if (!roots.some((r) => isInside(file, path.resolve(r)))) return { error: `${relative} is outside the workspace; recipients files must be inside it` };
    // A link inside the workspace to a file outside it is outside too.
    const real = realPath(file);
    if (!roots.some((r) => isInside(real, realPath(r)))) return { error: `${relative} is a link to a file outside the workspace; recipients files must be inside it` };
    let mtimeMs: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return { error: `${relative} is not a file` };
      if (stat.size > MAX_BYTES) return { error: `${relative} is larger than 5 MB` };
      mtimeMs = stat.mtimeMs;
    } catch {
      return { error: `${relative} does not exist` };
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.result;
    let result: RecipientsResult;
    try {
      const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
      result = { rows };
    } catch (error) {
      result = { error: `${relative} is not valid CSV: ${(error as Error).message}` };
    }
    this.cache.set(file, { mtimeMs, result });
    return result;
  }

  /** Forgets a file (or all). */
  invalidate(file?: string): void {
    if (file) this.cache.delete(path.resolve(file));
    else this.cache.clear();
  }
}
