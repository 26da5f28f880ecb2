import type { CorpusEntry } from './score.js';

/**
 * The common words of the tuning part: words written in lower case in the middle of a sentence at least MIN_LOWER
 * times, and capitalised there at most CAPITALISED_SHARE of the times (a name is capitalised mid-sentence; "left",
 * "backend" and "survey" are not). In a caseless message (all lower case or ALL CAPS) the capitals that tell a name
 * from a word are gone, and the name-first families would read "LEFT", "SURVEY DATA" or "true" as someone's name; this
 * list is how they tell (shared/src/signals/people.ts, `isCommonWord`). Learned from the tuning part only, as the
 * model is, so the held-out part stays unseen; `npm run generate` writes it and tests/generated.test.ts fails when
 * it is stale.
 */
export const MIN_LOWER = 3;
export const CAPITALISED_SHARE = 0.34;

// A word in running text: after a lower-case letter, digit or comma and a space, before a space or punctuation.
const MID_SENTENCE = /(?<=[a-z0-9,;)] )([A-Za-z][a-z]{1,24})(?=[\s,.;:!?)])/g;

/** Whether a body is written without meaningful capitals (mostly lower case, or mostly upper case). */
function caseless(body: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const letters = upper + lower;
  return letters === 0 || upper / letters < 0.02 || upper / letters > 0.6;
}

/** The common words of these messages, sorted. */
export function commonWords(entries: readonly CorpusEntry[]): string[] {
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  for (const e of entries) {
    const body = e.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    if (caseless(body)) continue;
    for (const m of body.matchAll(MID_SENTENCE)) {
      const w = m[1]!;
      const key = w.toLowerCase();
      const map = w === key ? lowerCount : capCount;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [w, n] of lowerCount) if (n >= MIN_LOWER && (capCount.get(w) ?? 0) <= CAPITALISED_SHARE * n) out.push(w);
  return out.sort();
}
