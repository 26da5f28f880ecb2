import { rules } from './index.js';

const SOURCES: Readonly<Record<string, string>> = {
  '1': 'point 1',
  '2': 'point 2',
  '3': 'point 3',
  '4': 'point 4',
  '5': 'point 5',
  A: 'motive A',
  B: 'motive B',
  template: 'template',
  channel: 'channel',
  format: 'format',
};

/** The README's rules table, generated from rule metadata (meta.test.ts fails when the README drifts). */
export function rulesTable(): string {
  const rows = rules.map((r) => {
    const fixes = [r.fixable ? 'fix' : '', r.hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(', ') || '—';
    return `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.description} | ${SOURCES[r.source] ?? r.source} | ${r.defaultSeverity} | ${fixes} |`;
  });
  return ['| rule | what it asks | source | default | quick fixes |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
