import { matchPeriod } from '../period-phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';
import { isYearText as isYear } from './year-word';

/** How many words may stand between the year and the goal noun (`2025 GDP growth target`). */
const MODIFIERS = 3;

/**
 * `The Government set a 2025 GDP growth target of 8 percent`, `the ADB kept its 2025 growth
 * forecast for Vietnam at 6.6%`, `the city's 2025 budget revenue target is VND 500 trillion`: a
 * year written as the first modifier of the goal or forecast noun that frames a target names the
 * period the goal is for. It replaces a period read before it (`Revenue reached VND 5 trillion in
 * 2023 and the 2024 target is VND 6 trillion`: the target was given 2023), never one written after
 * the noun. Only a year right before at most {@link MODIFIERS} words and the noun (English;
 * Vietnamese writes `mục tiêu năm 2025`, read as a period already). Linear: a few tokens per
 * target statement.
 */
export function goalYears(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'en') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const rule = d.kind.rule;
    if (
      d.kind.value !== 'target' ||
      !(rule.endsWith('.kind.target-marker') || rule.endsWith('.kind.target-marker-between'))
    )
      continue;
    const marker = tokenAt(a.tokens, d.kind.span.start);
    const year = yearBefore(a, marker);
    if (year < 0) continue;
    const t = a.tokens[year] as { text: string; start: number };
    if (d.period && (d.period.value === t.text || d.period.span.start >= t.start)) continue;
    if (!d.period && d.periodMatch) continue;
    d.period = a.field(t.text, year, year + 1, 'en.period.goal-year');
  }
}

/** The token of a year modifying the goal noun at `marker` (`its 2025 growth forecast`), or -1. */
function yearBefore(a: SentenceContext, marker: number): number {
  // (`a 2025 pre-tax profit target`, `its 2024 after-tax profit plan`: a word glued by a hyphen to
  // the word before it is one modifier with it)
  let words = 0;
  for (let k = marker - 1; k >= 0 && words <= MODIFIERS + 1; k--) {
    const t = a.tokens[k];
    if (!t) return -1;
    const glued = a.tokens[k - 1];
    if (t.kind === 'word' && t.gap === '' && glued?.kind === 'punct' && glued.text === '-' && glued.gap === '') {
      if (a.tokens[k - 2]?.kind !== 'word') return -1;
      k--;
      continue;
    }
    words++;
    if (t.kind === 'number') {
      // the year and its neighbours: no number or figure glued to it (`US$2,025`, `2025-2030`)
      const before = a.tokens[k - 1];
      const after = a.tokens[k + 1];
      if (!isYear(t.text) || before?.kind === 'number' || after?.kind !== 'word' || after.gap === '') return -1;
      if (before?.kind === 'punct' && before.gap === '' && t.gap === '') return -1;
      // (`collected … in March 2021 against the monthly target of …`: the year of a dated month is
      // the date's, no modifier of the goal; round 42)
      if (k > 0 && matchPeriod(a.tokens, k - 1, 'en')?.to === k + 1) return -1;
      return k;
    }
    if (t.kind !== 'word') return -1;
  }
  return -1;
}
