import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';

/** True when the sentence's only periods are the current year as a whole (`this year`, `năm nay`). */
function currentYearOnly(items: readonly Item[]): boolean {
  let current = false;
  for (const it of items) {
    if (it.t !== 'period') continue;
    if (it.match.relative !== 0 || it.match.partial) return false;
    current = true;
  }
  return current;
}

/**
 * A forecast (not a goal) that is the estimated result, not the plan — an actual with the stage
 * `estimate`:
 * - one that states its completion of a plan: `Hanoi is expected to collect nearly VND147
 *   trillion …, completing 103% of the yearly target`, `… is projected at 49.3 trillion VND,
 *   surpassing the year's target by 9.4 percent`, `Dự kiến … thu ngân sách đạt hơn 18.000 tỷ
 *   đồng, vượt 28,6% dự toán`;
 * - one of the current year (`export revenues will reach 95 billion USD this year`, `năm nay dự
 *   kiến đạt …`): how the year under way will close, the report's estimate of it.
 * A goal marker (`aims to`, `phấn đấu`) keeps its target: `strives to exceed the plan by 5%` is a
 * goal; so does a forecast of a named or later year (`is projected at VND 4.9 quadrillion in 2026`).
 */
export function forecastResults(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  if (!st.forecasts) return;
  const L = a.g.locale;
  const thisYear = currentYearOnly(items);
  for (const { draft, from, to } of st.forecasts) {
    if (draft.kind.value !== 'target' || !(draft.completion || thisYear)) continue;
    const why = draft.completion ? 'forecast-of-completion' : 'forecast-of-this-year';
    draft.kind = a.field('actual', from, to, `${L}.kind.${why}`, draft.kind.match);
    draft.stage ??= a.field('estimate', from, to, `${L}.stage.${why}`, draft.kind.match);
  }
}
