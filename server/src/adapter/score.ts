import type { CodeLens } from 'vscode-languageserver';
import type { LineIndex, OutreachDocument, Signal, SignalId, Signals } from '../../../shared/src/index.js';

/**
 * The five points of the source a message is scored on, one signal each. A point counts when its
 * signal is found, whatever the rules' severities: the score describes the message, the rules judge it.
 * The `note` signal is not a point of its own (a message with a reason is a note), and the two motives
 * to avoid are shown beside the score, never subtracted from it.
 */
export const SCORE_POINTS: readonly { readonly signal: SignalId; readonly label: string; readonly asks: string }[] = [
  { signal: 'reason', label: 'reason', asks: 'a courteous note that says why you are writing' },
  { signal: 'personal', label: 'personal', asks: 'something specific to this person: a commonality or sincere praise' },
  { signal: 'value', label: 'value', asks: 'what you offer in return' },
  { signal: 'reference', label: 'reference', asks: 'a person you both know, and how you know them' },
  { signal: 'introduction', label: 'introduction', asks: 'an introduction through someone you share' },
];

/** The two motives the source warns against. */
export const MOTIVES: readonly { readonly signal: SignalId; readonly label: string; readonly means: string }[] = [
  { signal: 'collector', label: 'collector', means: 'connecting to grow a number' },
  { signal: 'leech', label: 'leech', means: 'asking a favour while offering nothing' },
];

/** A message's score: how many of the five points it makes, which are missing, which motives show. */
export interface Score {
  readonly score: number;
  readonly total: number;
  readonly missing: readonly string[];
  readonly motives: readonly string[];
}

/** Scores a message from its signals. */
export function scoreSignals(signals: Signals): Score {
  const missing = SCORE_POINTS.filter((p) => !signals[p.signal].found).map((p) => p.label);
  const motives = MOTIVES.filter((m) => signals[m.signal].found).map((m) => m.label);
  return { score: SCORE_POINTS.length - missing.length, total: SCORE_POINTS.length, missing, motives };
}

/** The code lens title, e.g. `Outreach 3/5: missing value, reference · leech motive`. */
export function scoreTitle(score: Score): string {
  let title = `Outreach ${score.score}/${score.total}`;
  if (score.missing.length > 0) title += `: missing ${score.missing.join(', ')}`;
  if (score.motives.length > 0) title += ` · ${score.motives.join(', ')} motive${score.motives.length > 1 ? 's' : ''}`;
  return title;
}

/** Markdown listing every signal with its evidence, for the hover on the message's first line. */
export function signalsMarkdown(signals: Signals): string {
  const score = scoreSignals(signals);
  const lines = [`**${scoreTitle(score)}**`, ''];
  for (const p of SCORE_POINTS) lines.push(signalLine(p.label, signals[p.signal], `needs ${p.asks}`));
  lines.push('', '_Motives to avoid_', '');
  for (const m of MOTIVES) lines.push(signalLine(m.label, signals[m.signal], `not found (${m.means})`));
  const note = signals.note;
  if (!note.found) lines.push('', '_No note was found: the message is empty or only stock text._');
  return lines.join('\n');
}

function signalLine(label: string, signal: Signal, absent: string): string {
  if (!signal.found || signal.evidence.length === 0) return `- ${signal.found ? '✓' : '✗'} **${label}**: ${signal.found ? 'found' : absent}`;
  const evidence = signal.evidence
    .slice(0, 3)
    .map((e) => `"${escapeMarkdown(clip(e.text))}" (${escapeMarkdown(e.why)})`)
    .join('; ');
  const more = signal.evidence.length > 3 ? `; and ${signal.evidence.length - 3} more` : '';
  return `- ✓ **${label}**: ${evidence}${more}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/** Escapes characters Markdown would interpret in quoted message text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** The line the score lens and the signals hover sit on: the message's first line (the body's, when empty). */
export function messageLine(doc: OutreachDocument, index: LineIndex): number {
  const at = doc.content.end > doc.content.start ? doc.content.start : doc.body.start;
  return index.positionAt(at).line;
}

/** The score lens on the message's first line; not clickable (its hover lists the evidence). */
export function scoreLens(doc: OutreachDocument, signals: Signals, index: LineIndex): CodeLens {
  const line = messageLine(doc, index);
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title: scoreTitle(scoreSignals(signals)), command: '' } };
}
