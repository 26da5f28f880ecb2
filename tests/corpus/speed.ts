import { lint, parseOutreach } from '../../shared/src/index.js';
import type { CorpusEntry } from './score.js';

/** Timing of the engine on realistic 2 KB messages built from the tuning corpus (a benchmark, not a test). */
export interface SpeedReport {
  readonly messages: number;
  readonly meanChars: number;
  /** Wall-clock milliseconds per lint, warm: median and 90th percentile. */
  readonly medianMs: number;
  readonly p90Ms: number;
  /** CPU milliseconds per lint averaged over the timed passes (less sensitive to other processes). */
  readonly cpuMs: number;
  /** CPU milliseconds per parse alone, for comparison. */
  readonly parseCpuMs: number;
  /** Microseconds for 11 simple regexes over 2 KB: how fast this machine is right now. */
  readonly floorUs: number;
}

/** Builds ~2 KB bodies from the prose paragraphs of the corpus, then times lint() warm. */
export function measureSpeed(entries: readonly CorpusEntry[], passes = 20): SpeedReport {
  const paragraphs = entries
    .flatMap((e) => e.text.replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 120 && !p.startsWith('>'));
  const messages: string[] = [];
  for (let i = 0; i < 60 && paragraphs.length > 0; i++) {
    let body = 'Hi Dana,\n\n';
    for (let j = i * 7; body.length < 1900; j++) body += `${paragraphs[j % paragraphs.length]}\n\n`;
    messages.push(`${body.slice(0, 1960).trimEnd()}\n\nBest,\nSam\n`);
  }
  for (let r = 0; r < 30; r++) for (const m of messages) lint(m); // warm up: the regexes compile lazily
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < passes; r++) {
    for (const m of messages) {
      const t0 = performance.now();
      lint(m);
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const parse0 = process.cpuUsage();
  for (let r = 0; r < passes; r++) for (const m of messages) parseOutreach(m);
  const parse = process.cpuUsage(parse0);
  times.sort((a, b) => a - b);
  const n = messages.length * passes;
  return {
    messages: messages.length,
    meanChars: messages.reduce((a, m) => a + m.length, 0) / Math.max(1, messages.length),
    medianMs: times[times.length >> 1] ?? 0,
    p90Ms: times[Math.floor(times.length * 0.9)] ?? 0,
    cpuMs: (cpu.user + cpu.system) / 1000 / n,
    parseCpuMs: (parse.user + parse.system) / 1000 / n,
    floorUs: regexFloor(messages[0] ?? ''),
  };
}

function regexFloor(text: string): number {
  const res = [/\bhello\b/g, /\b(?:can|could|would) you\b/g, /[A-Z][a-z]+ [A-Z][a-z]+/g, /\d+/g, /https?:\/\/\S+/g, /\bi'?m\b/gi, /\b(?:thanks|thank you)\b/gi, /\?/g, /!/g, /\bthe\b/g, /\bnetwork\b/gi];
  const n = 5000;
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) for (const r of res) for (r.lastIndex = 0; r.exec(text); );
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}
