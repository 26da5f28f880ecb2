import type { Finding, Signals } from '../../../shared/src/index.js';
import { ruleDocsUrl, ruleMeta, SOURCE_POINTS } from './rule-docs.js';
import { signalsMarkdown } from './score.js';

/** The findings whose span holds the offset (an empty span counts at its own offset). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.span.start === f.span.end ? offset === f.span.start : f.span.start <= offset && offset < f.span.end));
}

/** Markdown that explains the rule behind a finding: what it asks, why, and where its docs are. */
export function explainFinding(finding: Finding): string {
  const meta = ruleMeta(finding.ruleId);
  const href = ruleDocsUrl(finding.ruleId);
  // The editor already shows the diagnostic's message above the hover: explain the rule instead of repeating it.
  const lines = [`**${finding.ruleId}** (${finding.severity})`];
  if (meta) {
    lines.push('', meta.description + '.', '', SOURCE_POINTS[meta.source]);
    const offers = [meta.fixable ? 'a quick fix' : '', meta.hasSuggestions ? 'suggestions' : ''].filter(Boolean);
    if (offers.length > 0) lines.push('', `This rule offers ${offers.join(' and ')} (Quick Fix).`);
  }
  if (href) lines.push('', `[Documentation for ${finding.ruleId}](${href})`);
  return lines.join('\n');
}

/** The hover text at a point: the rules of the findings there, and the signals on the message's first line. */
export function hoverMarkdown(findings: readonly Finding[], signals: Signals | undefined): string | undefined {
  const parts = findings.map(explainFinding);
  if (signals) parts.push(signalsMarkdown(signals));
  return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
}
