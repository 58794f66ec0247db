/**
 * Words of goals and forecasts, spread into the grammars' `targetMarkers` / `forecastMarkers`
 * (kept here so that the family is read in one place; `goal-marker.ts` decides which of them
 * frame only the figures AFTER them).
 */

/**
 * Modals of necessity: `ministries need to disburse VND 200 trillion more`, `the sector must earn
 * US$5 billion`, `các tháng cuối năm cần thu thêm 3.000 tỷ đồng`: what is required is a goal, not a
 * result. Like `will`, they frame only figures after them. (Not `phải` alone: `nợ phải trả` is a
 * stated liability.)
 */
const EN_NEED_MARKERS = [
  'need to',
  'needs to',
  'must',
  'has to',
  'have to',
  // a requirement stated with its object (`Vietnam needs a total capacity of 60,000 MW by 2020`, `the
  // project requires investment of US$2 billion`); the noun (`the needs of 2 million people`,
  // `meet their needs`) is no frame (`goal-marker.ts`)
  'needs',
  'need',
  'requires',
  'require',
];
const VI_NEED_MARKERS = ['cần', 'cần phải'];

/** Auxiliaries before a participle of a goal set or assigned: every tense a report uses. */
const GOAL_AUX = ['is', 'are', 'has been', 'have been', 'will be'];

/**
 * `are set to serve 11.9 million tourists`, `has been assigned to disburse close to 43 trillion
 * VND`, `have been tasked with attracting …`, `is scheduled to reach …`, `are required to collect …`:
 * a goal set, assigned or scheduled, whatever the auxiliary's person or tense.
 */
const GOAL_PARTICIPLES = [
  'set to',
  'set at',
  'assigned to',
  'tasked with',
  'tasked to',
  'targeted to',
  'targeted at',
  'scheduled to',
  'required to',
  'slated to',
  // `is planned to reach VND 20 trillion`, `are planned at …`: a plan's figure
  'planned to',
  'planned at',
  // `pre-tax profit is projected at VND 500 billion`, `growth is forecast at 6.5%`, `exports are
  // projected to reach …`: a projection's figure
  'projected at',
  'projected to',
  'forecast at',
  'forecasted at',
];

/**
 * A plan's or a projection's figure stays one in the past tense (`profit was projected at VND 500
 * billion`, `revenue was planned at …`, `growth was forecast at 6.5%`): what was planned is no result.
 */
const PAST_PLANNED = ['projected at', 'planned at', 'forecast at', 'forecasted at'];

/** An assignment stays a goal in the past tense too (`were assigned to collect …`). */
const PAST_ASSIGNED = ['assigned to', 'tasked with', 'tasked to', 'required to'];

/**
 * English future and forecast words that frame a goal or a forecast:
 * - `will` before any verb (`the whole year's figure will surpass 61 billion USD`, `these figures
 *   will help revenue exceed VND36 trillion`, `exports will top US$400 billion`);
 * - the noun of an institution's forecast (`kept its forecast for GDP growth unchanged at 6.6%`,
 *   `the official forecast of 6.5%`, `raised its growth projection to 6.3%`).
 * Both frame only figures after them (`isGoalMarker`): `growth hit 6%, which will …`, `6.5%,
 * higher than the forecast` stay results.
 */
export const EN_FUTURE_MARKERS = [
  'will',
  'forecast',
  'forecasts',
  'projection',
  'projections',
  // `It now expects a 4.3% price rise`, `the bank predicts growth of 6%`: a present verb of
  // forecasting (not the participles: `a forecasted GRDP growth rate of 14.21%` in the first half
  // just ended is the report's estimate of a result)
  'expects',
  'predicts',
  'anticipates',
  // … by a plural subject (`Analysts expect exports to reach …`, `economists predict growth of 6%`)
  'expect',
  'predict',
  'anticipate',
  // … in the progressive (`CAAV is expecting 10 million international passengers`, `airlines are
  // expecting a 20% rise`; not a fronted `Expecting strong demand, the firm raised …`)
  'is expecting',
  'are expecting',
  // A verb of forecasting before its that-clause, in every tense (`The IMF projected that exports
  // would reach …`, `predicted that GDP growth could not reach …`): the clause is the forecast.
  ...['predicted', 'predicting', 'projected', 'projecting', 'forecast', 'forecasted', 'forecasting'].map(
    (v) => `${v} that`,
  ),
  // Modals of possibility before a verb (`GDP could grow 6.8% in 2025`, `exports might fall 8%`,
  // `revenue may reach …`): what may be is no stated result. `may` only with a verb of a level
  // (the month `May` is no modal; a change verb must stay outside the marker to be read).
  'could',
  'might',
  ...['reach', 'hit', 'top'].map((v) => `may ${v}`),
];

/** Modals of possibility ({@link EN_FUTURE_MARKERS}): before `have` + participle they guess at a past result. */
export const EN_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may']);

/**
 * `will` alone is also a forecast marker (`forecast-result.ts`: `exports will reach 95 billion USD
 * this year` is the report's estimate of the year under way); an institution's forecast noun is not
 * (`lowered its projection for growth this year to 4.2%` stays the bank's forecast, a target).
 */
export const EN_FORECAST_AUX = ['will'];

/**
 * Verbs of aiming that the grammar's older list lacks: `HCM City eyes VND500 trillion in budget
 * revenue`, `is targeting 8% growth`, `looks to attract US$3 billion`, `vows to …`, `pledges to …`
 * (not the participles: `FDI committed to Hanoi reached …`, `capital pledged to …` is a result); Vietnamese `quyết tâm đạt …`, `hướng tới …`, `nhắm tới …`.
 */
const EN_AIM_VERBS = [
  'eyes',
  'eyeing',
  'targeting',
  'looks to',
  'look to',
  'looking to',
  'vows to',
  'vowed to',
  'pledges to',
  'aspires to',
  'bids to',
  // `The Government will focus on disbursing 100 per cent of the capital planned for 2025`: an
  // effort set, a goal (not the report's estimate of the year)
  'focus on',
  'focuses on',
  'concentrate on',
  'concentrates on',
  // `the province is determined to disburse 100 percent of …` (any verb after it)
  'is determined to',
  'are determined to',
  // `Hanoi hopes exports will reach …`, `will strive for growth of 7%`
  'hopes',
  'strive for',
  'strives for',
  // `the firm has set to transport 25 million passengers` (the press's calque of `đặt mục tiêu`)
  'has set to',
  'have set to',
  'had set to',
];
export const VI_AIM_VERBS = ['quyết tâm', 'hướng tới', 'hướng đến', 'nhắm tới', 'nhắm đến', 'nỗ lực đạt'];

/** English target markers of this family (auxiliary × participle, the past of an assignment, {@link EN_FUTURE_MARKERS}). */
export const EN_GOAL_MARKERS: readonly string[] = [
  ...GOAL_AUX.flatMap((aux) => GOAL_PARTICIPLES.map((p) => `${aux} ${p}`)),
  ...['was', 'were', 'had been'].flatMap((aux) => PAST_ASSIGNED.map((p) => `${aux} ${p}`)),
  ...['was', 'were', 'had been'].flatMap((aux) => PAST_PLANNED.map((p) => `${aux} ${p}`)),
  ...EN_FUTURE_MARKERS,
  ...EN_NEED_MARKERS,
  ...EN_AIM_VERBS,
];

/**
 * Vietnamese future and forecast words: `sẽ` before any verb (`tăng trưởng toàn cầu sẽ chậm lại ở
 * mức 2,1%`, `kim ngạch sẽ vượt 61 tỷ USD`), `dự báo` as a noun already in the grammar. Frames only
 * the figures after it.
 */
export const VI_FUTURE_MARKERS = ['sẽ'];

/** Vietnamese target markers of this family (`sẽ`, `cần`). */
export const VI_GOAL_MARKERS: readonly string[] = [...VI_FUTURE_MARKERS, ...VI_NEED_MARKERS, ...VI_AIM_VERBS];

/** Markers that frame only figures after them ({@link EN_FUTURE_MARKERS}, {@link VI_FUTURE_MARKERS}, the modals of necessity), as their lower-case text. */
export const LEADING_ONLY_MARKERS: ReadonlySet<string> = new Set([
  ...EN_FUTURE_MARKERS,
  ...VI_FUTURE_MARKERS,
  ...EN_NEED_MARKERS,
  ...VI_NEED_MARKERS,
]);

/**
 * `is likely to have widened`, `is expected to have reached`: a forecast word before the perfect
 * infinitive guesses at a result already past (an estimate), it sets no goal.
 */
export const EN_PERFECT_INFINITIVE: ReadonlySet<string> = new Set(['have']);

/** Future auxiliaries alone (`will`, `sẽ`): no noun of a goal or forecast after a comparison word. */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set([...EN_FORECAST_AUX, ...VI_FUTURE_MARKERS]);

/**
 * Forecasters outside the report (`The World Bank said …`, `According to the ADB, …`, `Analysts
 * expect …`, `HSBC economists said …`): their forecast of the year under way is a forecast, not the
 * report's estimate of how the year will close (`forecast-result.ts`). Lower-case tokens.
 */
export const EN_OUTSIDE_FORECASTERS: ReadonlySet<string> = new Set([
  'bank',
  'banks',
  'fund',
  'adb',
  'imf',
  'oecd',
  'amro',
  'hsbc',
  'uob',
  'fitch',
  'analyst',
  'analysts',
  'economist',
  'economists',
  'forecaster',
  'forecasters',
]);

/** `Under the plan,`, `According to the scenario,`: a plan as the source of the sentence (`goal-frame.ts` `planSource`). */
export const EN_PLAN_SOURCE_LEADS: readonly string[] = ['under', 'according to', 'in line with'].flatMap((lead) =>
  ['the plan', 'the scenario', 'the roadmap', 'the growth scenario', 'the target', 'this plan', 'this scenario'].map(
    (noun) => `${lead} ${noun}`,
  ),
);

/** `Theo kế hoạch,`, `Theo kịch bản,`: a plan as the source of the sentence. */
export const VI_PLAN_SOURCE_LEADS: readonly string[] = [
  'theo kế hoạch',
  'theo kịch bản',
  'theo dự toán',
  'theo mục tiêu',
  'theo chỉ tiêu',
  'theo lộ trình',
];
