import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Statement } from '../../types';
import { type Ctx, type DoubtRule, figureToken, WINDOW } from '../context';
import { SENTENCE_ENDS } from '../helpers';

/** The rule suffix of an English forecast of the year under way kept a target (`sentence/forecast-result.ts`; doubted, round 41). */
export const OF_THE_YEAR = '+forecast-of-the-year';

/** True when the kind was read from a forecast word (`is expected to`, `will`, `dự kiến`, `sẽ`): its span is one. */
function forecastWord(ctx: Ctx, kind: Statement['kind']): boolean {
  const from = ctx.ix.at(kind.span.start);
  if (from === undefined || kind.span.end <= kind.span.start) return false;
  const t = ctx.ix.tokens;
  let to = from;
  while (to < t.length && (t[to]?.end ?? 0) <= kind.span.end) to++;
  return matchAt(t, from, ctx.g.forecastMarkers, to)?.to === to;
}

/** True when the kind was read from one modal of possibility (`could`, `might`; grammar `modals`). */
function modalWord(ctx: Ctx, kind: Statement['kind']): boolean {
  const from = ctx.ix.at(kind.span.start);
  const t = from === undefined ? undefined : ctx.ix.tokens[from];
  return t !== undefined && t.end === kind.span.end && ctx.g.modals?.has(t.forms.lower) === true;
}

/**
 * True when one of the statement's certain changes is measured against a stated base (an earlier
 * period, a year). An average rate (`grow 20 per cent annually`, doubted) is no result's change.
 */
const changeAgainstBase = (s: Statement): boolean =>
  s.changes.some((c) => c.value.base !== undefined && c.confidence !== 'uncertain');

/**
 * A forecast whose target/actual the text leaves open. Report writers say the year's ESTIMATED
 * result in the words of a forecast (`In 2023, coal imports will be US$7.17 billion, a slight
 * decrease of 0.09% year-on-year`, `trong tháng dự kiến đạt 4.071 tỷ đồng, tăng 1,39% so với tháng
 * trước`), and press writers state a forecaster's outlook in the same words (`are expected to top
 * US$4.4 billion in 2022, 14 percent higher than that of 2021`); the annotators of the real corpus
 * split such sentences between targets and estimated actuals. So the kind is uncertain when:
 * - a forecast word makes the statement a target and it also carries a stage word of an estimate
 *   (`CAAV estimates full year passengers … will reach 105 million`, `The MoC has estimated that
 *   cement exports will rise 43 per cent`, `dự kiến … ước đạt khoảng 8,5%`): the report's estimate or
 *   the forecast, not told;
 * - a forecast word makes it a target and a change of it is measured against a stated base, as
 *   the results of a year are (`will achieve revenue of VND 60,368 billion, an increase of 0.7%
 *   compared to 2022`);
 * - a forecast word makes it a target of a part of a year (`GDP could rise 6.17% in the first half of
 *   2017`, `exports are expected to reach … in the third quarter`): the press says a part of a year
 *   just ending, the report's estimate, in the words of a forecast as often as a forecast (round 40);
 * - a forecast of the year under way was read as the report's estimate of that year
 *   (`forecast-result.ts`: `Exports of fruits and vegetables are expected to be worth US$4 billion this
 *   year`), which as many writers mean as a forecast.
 * A goal word (`aims to`, `phấn đấu`, `target`) keeps its target certain; so does a forecast with
 * neither an estimate word nor a change against a base (`Tourism revenue is expected to reach 35
 * billion USD`), and one that states its completion of a plan (an estimated result, certain).
 */
/** True when the statement is of a part of a year (a half, a quarter, a month, the months to date): `2017-H1`, `2024-YTD-09`. */
const partOfYear = (s: Statement): boolean => /^\d{4}-/u.test(s.period?.value ?? '');

export const forecastKindDoubt: DoubtRule = {
  id: 'forecast-kind',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (
      kind.rule.includes('.kind.forecast-of-this-year') ||
      kind.rule.includes('.kind.forecast-so-far') ||
      kind.rule.includes('.kind.forecast-against-past')
    )
      return true;
    // (`are expected to reach about $13 bn this year`: an English forecast of the year under way, a
    // target as the annotators read it, which some writers mean as the year's estimate; round 41)
    if (kind.rule.endsWith(OF_THE_YEAR)) return true;
    if (kind.value !== 'target') return false;
    if (!kind.rule.includes('.kind.target-marker') && !kind.rule.includes('.kind.target-context')) return false;
    const s = ctx.s;
    // (`GDP could rise 6.17% in the first half of 2017`: a modal of possibility too, for a part of a year)
    if (!forecastWord(ctx, kind)) return partOfYear(s) && modalWord(ctx, kind);
    return s.stage?.value === 'estimate' || changeAgainstBase(s) || partOfYear(s);
  },
};

/**
 * A forecast told in the past and read as a result (`the pre-tax profit of the first six months was
 * expected to exceed 2.2 trillion dong`, `the figure was expected to be $438 million`, `It was expected
 * to hit 22 billion USD by the year-end`): the report's estimate of a period just ended, or the
 * target set before it — the annotators split these too. A reduced forecast (`expected to`,
 * `projected to`) right after a past form (`was`, `were`), at most {@link WINDOW} tokens before the
 * statement's first figure in its sentence, leaves its default actual reading open. English only
 * (the Vietnamese grammar has no reduced forecasts).
 */
export const pastForecastDoubt: DoubtRule = {
  id: 'forecast-kind',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'actual' || !kind.rule.endsWith('.kind.default-actual')) return false;
    const reduced = ctx.g.reducedForecasts;
    if (reduced.length === 0) return false;
    const k = figureToken(ctx);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let b = k - 1; b >= 1 && b >= k - WINDOW; b--) {
      const x = t[b] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      if (!matchAt(t, b, reduced, k)) continue;
      const before = t[b - 1] as Token;
      if (before.kind === 'word' && ctx.g.pastForms.has(before.forms.lower)) return true;
    }
    return false;
  },
};

/**
 * `Light weight parcels … are advancing at an 8.87% CAGR through 2030`, `posted a CAGR of 9.8%
 * over 2019-2023`: a statement whose only figure is a compound annual growth rate read on its own
 * (`sentence/en-compound-rate.ts`) and whose kind fell to the default actual. A compound rate runs
 * over several years to a horizon, past or to come, and its verb (`advancing`, `records`, `to
 * post`) rarely tells which: a forecaster's outlook (a target, as the annotators read it) or a
 * result, left open.
 */
export const compoundRateKindDoubt: DoubtRule = {
  id: 'forecast-kind',
  doubts: (ctx, f, what) => {
    if (what !== 'kind') return false;
    const kind = f as Statement['kind'];
    if (kind.value !== 'actual' || !kind.rule.endsWith('.kind.default-actual')) return false;
    const s = ctx.s;
    if (s.value || s.completion || s.changes.length !== 1) return false;
    return s.changes[0]?.rule.includes('.change.compound-rate') === true;
  },
};
