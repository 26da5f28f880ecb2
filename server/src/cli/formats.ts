import { createColors } from 'picocolors';
import { rules } from '../../../shared/src/index.js';
import type { FileOutput, JsonDiagnostic } from './process-file.js';

/** The output formats of SPEC §6. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Totals over a run. */
export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly fixableErrors: number;
  readonly fixableWarnings: number;
}

/** Where rule documentation lives; every diagnostic links to its page. */
export const DOCS_BASE = 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/';

/** The tool's version, injected at build time. */
export const VERSION = typeof OUTREACH_LINT_VERSION === 'string' ? OUTREACH_LINT_VERSION : '0.0.0-dev';
declare const OUTREACH_LINT_VERSION: string | undefined;

/** Counts diagnostics by severity over all files. */
export function summarize(outputs: readonly FileOutput[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const o of outputs) {
    for (const d of o.diagnostics) {
      if (d.severity === 'error') {
        errors++;
        if (d.fixable) fixableErrors++;
      } else if (d.severity === 'warning') {
        warnings++;
        if (d.fixable) fixableWarnings++;
      } else infos++;
    }
  }
  return { files: outputs.length, errors, warnings, infos, fixableErrors, fixableWarnings };
}

/** Renders a run in the chosen format. */
export function format(kind: Format, outputs: readonly FileOutput[], options: { color: boolean }): string {
  switch (kind) {
    case 'json':
      return formatJson(outputs);
    case 'sarif':
      return JSON.stringify(toSarif(outputs), null, 2) + '\n';
    case 'github':
      return formatGithub(outputs);
    default:
      return formatStylish(outputs, options.color);
  }
}

/** SPEC §6's JSON shape, exactly: every key present, positions 0-based UTF-16. */
export function formatJson(outputs: readonly FileOutput[]): string {
  return [...formatJsonChunks(outputs)].join('');
}

/**
 * The same JSON text in pieces, one file at a time, so a large run never holds the whole report as one
 * string (18 MB for 10,000 files); the pieces joined are byte for byte what one JSON.stringify gives.
 */
export function* formatJsonChunks(outputs: readonly FileOutput[]): Generator<string> {
  yield '{"version":1,"files":[';
  for (let i = 0; i < outputs.length; i++) {
    const o = outputs[i]!;
    const file = JSON.stringify({
      path: o.path,
      signals: o.signals,
      diagnostics: o.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, range: d.range, fixes: d.fixes })),
    });
    yield i === 0 ? file : `,${file}`;
  }
  const s = summarize(outputs);
  yield `],"summary":${JSON.stringify({ files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos })}}\n`;
}

/** ESLint's "stylish": grouped by file, aligned columns, a summary line. */
export function formatStylish(outputs: readonly FileOutput[], color: boolean): string {
  const c = createColors(color);
  const out: string[] = [];
  for (const o of outputs) {
    if (o.diagnostics.length === 0) continue;
    out.push('', c.underline(o.path));
    const rows = o.diagnostics.map((d) => [
      `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      d.severity,
      d.message.replace(/\s*\n\s*/g, ' '),
      d.ruleId,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [pos, sev, msg, id] of rows) {
      const paint = sev === 'error' ? c.red : sev === 'warning' ? c.yellow : c.blue;
      out.push(`  ${c.dim(pos!.padEnd(w0))}  ${paint(sev!.padEnd(w1))}  ${msg}  ${c.dim(id!)}`);
    }
  }
  const s = summarize(outputs);
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) return '';
  const parts = [`${s.errors} ${plural(s.errors, 'error')}`, `${s.warnings} ${plural(s.warnings, 'warning')}`];
  if (s.infos > 0) parts.push(`${s.infos} info`);
  const paint = s.errors > 0 ? c.red : c.yellow;
  out.push('', paint(c.bold(`\u2716 ${total} ${plural(total, 'problem')} (${parts.join(', ')})`)));
  if (s.fixableErrors + s.fixableWarnings > 0) {
    out.push(
      paint(
        c.bold(
          `  ${s.fixableErrors} ${plural(s.fixableErrors, 'error')} and ${s.fixableWarnings} ${plural(s.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
        ),
      ),
    );
  }
  return out.join('\n') + '\n';
}

/** GitHub Actions workflow commands: one annotation per diagnostic on the pull request. */
export function formatGithub(outputs: readonly FileOutput[]): string {
  const lines: string[] = [];
  for (const o of outputs) {
    for (const d of o.diagnostics) {
      const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(o.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`outreach-lint(${d.ruleId})`)}`,
      ];
      lines.push(`::${kind} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** SARIF 2.1.0 for GitHub code scanning: rule metadata with help links, results with regions and fixes. */
export function toSarif(outputs: readonly FileOutput[]): unknown {
  const known = new Map(rules.map((r, i) => [r.id, i]));
  const extra: string[] = [];
  for (const o of outputs) for (const d of o.diagnostics) if (!known.has(d.ruleId) && !extra.includes(d.ruleId)) extra.push(d.ruleId);
  const sarifRules = [
    ...rules.map((r) => ({
      id: r.id,
      name: camel(r.id),
      shortDescription: { text: r.description },
      fullDescription: { text: `${r.description}.` },
      helpUri: `${DOCS_BASE}${r.id}.md`,
      help: { text: `See ${DOCS_BASE}${r.id}.md` },
      defaultConfiguration: { level: level(r.defaultSeverity) },
      properties: { fixable: r.fixable, tags: ['outreach'] },
    })),
    ...extra.map((id) => ({ id, name: camel(id), shortDescription: { text: `Outreach Lint: ${id}` }, defaultConfiguration: { level: 'error' } })),
  ];
  const index = new Map(sarifRules.map((r, i) => [r.id, i]));
  const region = (r: JsonDiagnostic['range']) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'outreach-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/outreach-lint/outreach-lint',
            rules: sarifRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///' } },
        artifacts: outputs.map((o) => ({ location: { uri: encodeUri(o.path), uriBaseId: '%SRCROOT%' } })),
        results: outputs.flatMap((o, fileIndex) =>
          o.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: index.get(d.ruleId) ?? 0,
            level: level(d.severity),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeUri(o.path), uriBaseId: '%SRCROOT%', index: fileIndex },
                  region: region(d.range),
                },
              },
            ],
            ...(d.fixes.length > 0
              ? {
                  fixes: d.fixes.map((f) => ({
                    description: { text: f.title },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: encodeUri(o.path), uriBaseId: '%SRCROOT%', index: fileIndex },
                        replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                      },
                    ],
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase()).replace(/^[a-z]/, (ch) => ch.toUpperCase());
}

function encodeUri(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
