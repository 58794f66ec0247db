import type { PeriodItem, SentenceContext } from './context';
import { isYearText as isYear } from './year-word';

/** A period of the run: its id and its tokens. */
export interface RunPeriod {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The first year of the sentence followed by bare years joined by commas and `and` (`in 2020
 * and 2021`, `in 2019, 2020 and 2021`), as a run of distinct years; empty when there is none.
 */
export function yearRun(a: SentenceContext, periods: readonly PeriodItem[]): RunPeriod[] {
  for (const p of periods) {
    if (!isYear(p.id)) continue;
    const run: RunPeriod[] = [{ id: p.id, from: p.item.from, to: p.item.to }];
    let k = p.item.to;
    for (;;) {
      let j = k;
      while (isJoiner(a, j)) j++;
      const t = a.tokens[j];
      const next = a.tokens[j + 1];
      if (j === k || t?.kind !== 'number' || !isYear(t.text) || run.some((r) => r.id === t.text)) break;
      if (next && (next.kind === 'number' || (next.gap === '' && next.kind === 'word'))) break;
      run.push({ id: t.text, from: j, to: j + 1 });
      k = j + 1;
    }
    if (run.length >= 2) return run;
  }
  return [];
}

/** True when token `k` is a comma or a joining word of a list of years. */
function isJoiner(a: SentenceContext, k: number): boolean {
  const t = a.tokens[k];
  if (!t) return false;
  return t.kind === 'punct' ? t.text === ',' : t.kind === 'word' && a.g.periodListJoiners.has(t.forms.fold);
}
