import { OF_THE_YEAR } from '../certainty/doubts/forecast-kind';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

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

/** The period rules of a cut-off (`by the end of November`, `By January 31, 2026`, `đến hết tháng 10`). */
const CUT_OFF = /month-end|end-of|ended|den-het|den-ngay|tinh-den|by-/u;

/**
 * True when the sentence's only periods are parts of a year counted from its start (`in the first
 * half of this year`, `the first seven months`, `6 tháng đầu năm`): a forecast of such a part is made
 * as it closes, the report's estimate of it (round 41).
 */
function soFarOnly(items: readonly Item[]): boolean {
  let part = false;
  for (const it of items) {
    if (it.t !== 'period') continue;
    const p = it.match.partial;
    const id = it.match.id;
    const cumulative = p ? p.kind === 'ytd' || (p.kind === 'half' && p.index === 1) : /-(YTD-\d\d|H1)$/u.test(id ?? '');
    // (a cut-off, `by the end of November`, `By January 31, 2026`, is a date the forecast reaches, no
    // part counted so far)
    if (!cumulative || CUT_OFF.test(it.match.rule)) return false;
    part = true;
  }
  return part;
}

/** True when an estimate word (grammar `stageWords`, stage `estimate`) stands in the sentence before token `to`. */
function estimateBefore(a: SentenceContext, st: SentenceState, to: number): boolean {
  for (let k = tokenAt(a.tokens, st.span.start); k < to; k++)
    if (matchAt(a.tokens, k, a.g.stageWords, to)?.phrase.data === 'estimate') return true;
  return false;
}

/**
 * `doanh thu … dự kiến đạt hơn 1.126 tỷ, tăng 5% so cùng kỳ 2022`, `… trong tháng dự kiến đạt 4.071
 * tỷ đồng, tăng 1,39% so với tháng trước`: a Vietnamese forecast of a level that names no period of
 * its own (neither the statement nor the sentence) and measures it against the same period a year
 * before, the period before or a named earlier period — the report's estimate of the period now
 * closing, in the words of a forecast (round 42; three of the four such statements of the released
 * sets are annotated so). Doubted all the same (`forecast-kind`).
 */
function againstPast(a: SentenceContext, st: SentenceState, draft: Draft): boolean {
  if (a.g.locale !== 'vi' || !draft.value || draft.period || st.sentencePeriod || draft.periodMatch) return false;
  return draft.changes.some((c) => {
    const b = c.value.base;
    return (
      b !== undefined && (b.kind === 'same-period-last-year' || b.kind === 'previous-period' || b.kind === 'period')
    );
  });
}

/**
 * The token of the first forecaster outside the report (`The World Bank said`, `Analysts expect`)
 * in the sentence, or -1: a forecast marker after it forecasts the year under way as that
 * forecaster does (a target), not as the report's estimate of the year. One scan per sentence.
 */
function firstOutsideForecaster(a: SentenceContext, st: SentenceState): number {
  for (let k = tokenAt(a.tokens, st.span.start); k < a.tokens.length; k++) {
    const t = a.tokens[k];
    if (!t || t.start >= st.span.end) break;
    if (t.kind === 'word' && a.g.outsideForecasters?.has(t.forms.lower)) return k;
  }
  return -1;
}

/**
 * A forecast (not a goal) that is the estimated result, not the plan — an actual with the stage
 * `estimate`:
 * - one that states its completion of a plan: `Hanoi is expected to collect nearly VND147
 *   trillion …, completing 103% of the yearly target`, `… is projected at 49.3 trillion VND,
 *   surpassing the year's target by 9.4 percent`, `Dự kiến … thu ngân sách đạt hơn 18.000 tỷ
 *   đồng, vượt 28,6% dự toán`;
 * - one of the current year in Vietnamese (`năm nay dự kiến đạt …`), or in English when the sentence
 *   calls it an estimate (`the Government estimated that export revenues will reach 95 billion USD
 *   this year`): how the year under way will close, the report's estimate of it — an English forecast
 *   of this year with no word of an estimate (`are expected to reach about $13 bn this year`) stays a
 *   target, as every released set annotates it (round 41);
 * - one of a part of a year counted from its start (`in the first half of this year is projected to`,
 *   `6 tháng đầu năm 2024 dự kiến đạt`), made as that part closes (round 41); a cut-off ahead (`by the
 *   end of November`) is no such part.
 * A goal marker (`aims to`, `phấn đấu`) keeps its target: `strives to exceed the plan by 5%` is a
 * goal; so does a forecast of a named or later year (`is projected at VND 4.9 quadrillion in 2026`)
 * and a forecaster's outside the report (`The ADB said … is expected to grow 7 per cent this year`).
 */
export function forecastResults(a: SentenceContext, st: SentenceState, items: readonly Item[]): void {
  if (!st.forecasts) return;
  const L = a.g.locale;
  const thisYear = currentYearOnly(items);
  const soFar = soFarOnly(items);
  let outside: number | undefined;
  for (const { draft, from, to, modal } of st.forecasts) {
    if (draft.kind.value !== 'target') continue;
    if (modal) {
      // `could increase by 13.51 percent … and is estimated at …`: a modal is a possibility (a
      // target) unless the report estimates it (a stage word after the modal; before it, `a firm
      // estimated shipments could fall by 10 percent`, the estimate is the forecaster's) or
      // measures it against its plan
      const at = a.tokens[from]?.start ?? 0;
      if (!(draft.completion || (draft.stage && draft.stage.span.start > at))) continue;
    } else if (!draft.completion) {
      // (`… are expected to reach $13 bn this year`: in English a forecast of the year under way is a
      // target, as the press's own forecasts are — unless the sentence calls it an estimate, `the
      // Government estimated that … will reach 95 billion USD this year`; round 41. Vietnamese `năm
      // nay dự kiến đạt …` is the report's estimate of the year.)
      const estimated = thisYear && (L === 'vi' || estimateBefore(a, st, from));
      if (!estimated && !soFar && !againstPast(a, st, draft)) {
        // (the target stays open: a forecast of the year under way may be the year's estimate too —
        // `certainty/doubts/forecast-kind.ts` doubts it)
        if (thisYear && !draft.kind.rule.endsWith(OF_THE_YEAR))
          draft.kind = { ...draft.kind, rule: `${draft.kind.rule}${OF_THE_YEAR}` };
        continue;
      }
      outside ??= firstOutsideForecaster(a, st);
      if (outside >= 0 && outside < from) continue;
    }
    const why = draft.completion
      ? 'forecast-of-completion'
      : modal
        ? 'forecast-estimated'
        : thisYear
          ? 'forecast-of-this-year'
          : soFar
            ? 'forecast-so-far'
            : 'forecast-against-past';
    draft.kind = a.field('actual', from, to, `${L}.kind.${why}`, draft.kind.match);
    draft.stage ??= a.field('estimate', from, to, `${L}.stage.${why}`, draft.kind.match);
    // (`Export revenues in the six-month period are expected to soar 18.9% …, with the domestic sector
    // accounting for US$27 billion (up 13.8%) and …`: the parts the same forecast frames are of the same
    // kind — the estimated result (round 41; they had stayed certain targets). A modal's possibility
    // made an estimate by its own stage word lends nothing.)
    if (why !== 'forecast-estimated') {
      const at = a.tokens[from]?.start;
      for (const other of a.sentenceDrafts(st.span))
        if (
          other !== draft &&
          other.kind.value === 'target' &&
          other.kind.rule.endsWith('.kind.target-context') &&
          other.kind.span.start === at
        ) {
          other.kind = a.field('actual', from, to, `${L}.kind.${why}`, other.kind.match);
          other.stage ??= a.field('estimate', from, to, `${L}.stage.${why}`, other.kind.match);
        }
    }
  }
}
