import type { SentenceContext, SentenceState } from './context';

/**
 * `Hanoi is expected to collect nearly VND147 trillion …, completing 103% of the yearly target`,
 * `… is projected at 49.3 trillion VND, surpassing the year's target by 9.4 percent`, `Dự kiến
 * … thu ngân sách đạt hơn 18.000 tỷ đồng, vượt 28,6% dự toán`: a forecast (not a goal) that states
 * its completion of a plan is the estimated result measured against that plan — an actual with
 * the stage `estimate` — never the plan itself. A goal marker (`aims to`, `phấn đấu`) keeps its
 * target: `strives to exceed the plan by 5%` is a goal.
 */
export function forecastResults(a: SentenceContext, st: SentenceState): void {
  if (!st.forecasts) return;
  const L = a.g.locale;
  for (const { draft, from, to } of st.forecasts) {
    if (draft.kind.value !== 'target' || !draft.completion) continue;
    draft.kind = a.field('actual', from, to, `${L}.kind.forecast-of-completion`, draft.kind.match);
    draft.stage ??= a.field('estimate', from, to, `${L}.stage.forecast-of-completion`, draft.kind.match);
  }
}
