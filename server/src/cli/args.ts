import { parseArgs } from 'node:util';
import { FORMATS, type Format } from './formats.js';

/** The parsed command line. */
export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: Format;
  readonly fix: 'none' | 'write' | 'dry-run';
  readonly maxWarnings: number;
  readonly config?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly jobs?: number;
  readonly cache: boolean;
  readonly cacheLocation?: string;
}

/** A usage error: exit code 2 with this message. */
export class UsageError extends Error {}

/** The text of `--help`. */
export const HELP = `Usage: outreach-lint [options] [paths...]

Lints outreach message templates (*.outreach.md). Paths may be files, folders or globs;
the default is the current folder. node_modules and git-ignored files are skipped.

Options:
  -f, --format <name>        stylish | json | sarif | github (default: stylish)
      --fix                  apply safe fixes in place
      --fix-dry-run          print the fixed files' text instead of writing it (with --format json: in the output)
      --max-warnings <n>     exit with 1 when there are more than n warnings (default: -1, no limit)
  -c, --config <file>        use this config file instead of looking for .outreachlintrc.json
      --stdin                lint standard input
      --stdin-filename <f>   the file name to use for standard input (config lookup, messages)
      --quiet                report errors only
      --color, --no-color    force colours on or off (NO_COLOR is honoured)
      --jobs <n>             worker threads for large runs (default: automatic)
      --cache                reuse the reports of files unchanged since the last run (by content)
      --cache-location <p>   the cache file, or a folder for it (default: ./.outreachlintcache)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage or config error.
`;

/** Parses argv (without node and the script); throws UsageError on anything unknown or malformed. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv, stdoutIsTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        jobs: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${v.format}"; use one of ${FORMATS.join(', ')}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings needs a whole number (or -1); got "${v['max-warnings']}"`);
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a positive whole number; got "${v.jobs}"`);
  }
  if (v.fix && v['fix-dry-run']) throw new UsageError('Use either --fix or --fix-dry-run, not both');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin lints standard input; do not give paths as well');
  if (v.stdin && v.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run');
  if (v['cache-location'] !== undefined && !v.cache) throw new UsageError('--cache-location needs --cache');
  if (v.stdin && v.cache) throw new UsageError('--cache applies to files; standard input is always linted');
  const noColor = v['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  // --no-color and NO_COLOR win over everything; then --color, FORCE_COLOR, and whether stdout is a terminal.
  const color = noColor ? false : v.color === true ? true : env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : stdoutIsTty;
  return {
    paths: parsed.positionals,
    format,
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : 'none',
    maxWarnings,
    ...(v.config !== undefined ? { config: v.config } : {}),
    stdin: v.stdin === true,
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    quiet: v.quiet === true,
    color,
    help: v.help === true,
    version: v.version === true,
    ...(jobs !== undefined ? { jobs } : {}),
    cache: v.cache === true,
    ...(v['cache-location'] !== undefined ? { cacheLocation: v['cache-location'] } : {}),
  };
}
