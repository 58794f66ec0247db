import { completePeriod, type PeriodMatch } from '../period-phrase';
import { endsBeforeWords, findIn, matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Clause, SentenceContext, SentenceState } from './context';
import { subjectFutureMarker } from './en-subject-future';
import { adoptedGoals } from './goal-adopted';
import { guessAtPast, isGoalMarker, isLeadingOnlyMarker } from './goal-marker';

/**
 * The frame of a clause's statement: target or actual (a target marker in the clause, or the
 * sentence's goal frame unless a stage word says it is a result), its stage word, its period.
 * `opened` says the clause opened the statement (a bracket on the one before is an aside).
 */
export function frameStatement(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  clause: Clause,
  leading: readonly Item[],
  firstFigureOfSentence: boolean,
  opened: boolean,
): void {
  const L = a.g.locale;
  const goal = clauseGoal(a, clause, leading);
  // (`Mongolia has exported 32.3 million tons … which means there is a necessity to export 9.7 tons …
  // to reach the goal`: a goal noun after the figures does not make a perfect's result a goal; round
  // 43 — it had been a target, certain)
  // (`The government has set a N19.4 trillion target`: the figure's own goal noun stays its frame)
  const trailingGoal =
    goal !== undefined &&
    !leading.includes(goal) &&
    ownGoalValue(a, clause, clause.items.indexOf(goal)) !== leading.length;
  const targetMarker = trailingGoal && resultLead(a, leading, goal.from) ? undefined : goal;
  const stageMarker = leading.find((it) => it.t === 'marker' && it.kind === 'stage');
  // `… ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%)`: a plan word in a bracket after the figures
  // states the plan beside the result; it does not make the result a target.
  const aside = clause.sepBefore === '(' && !opened;
  // `Đại hội thông qua nghị quyết … với một số chỉ tiêu chủ yếu thương mại tăng …`: goals adopted
  // before the sentence's first figure frame it and the figures after it (`goal-adopted.ts`)
  // (up to the figure: `IMP has set a plan for net revenue of VND 1,750 billion` has no item before it)
  const end = clause.items[leading.length]?.from ?? leading[leading.length - 1]?.to;
  if (!targetMarker && !st.sentenceTarget && !firstFigureOfSentence && end !== undefined)
    st.sentenceTarget = adoptedGoals(a, clause.from, end);
  if (targetMarker && draft.kind.value !== 'target' && !aside) {
    const level = targetMarker.t === 'marker' ? targetMarker.level : undefined;
    draft.kind = a.field('target', targetMarker.from, targetMarker.to, `${L}.kind.target-marker`, level);
    const forecast = matchAt(a.tokens, targetMarker.from, a.g.forecastMarkers, targetMarker.to);
    // `will strive to reach …`, `hopes exports will reach …`: a goal word beside the forecast
    // word makes the frame a goal, never the report's estimate of the year (`forecast-result.ts`)
    if (forecast?.to === targetMarker.to && !goalBeside(a, leading, targetMarker)) {
      st.forecasts ??= [];
      st.forecasts.push({ draft, from: targetMarker.from, to: targetMarker.to });
    } else if (a.g.modals?.has(a.tokens[targetMarker.from]?.forms.lower ?? '')) {
      // `could increase by 13.51 percent … and is estimated at …`: a possibility the report
      // estimates (`forecast-result.ts`)
      st.forecasts ??= [];
      st.forecasts.push({ draft, from: targetMarker.from, to: targetMarker.to, modal: true });
    }
  } else if (draft.kind.value !== 'target' && bracketPlan(a, clause, leading, opened)) {
    // (`tăng 9,5% so với năm 2023 (KH tăng 9%)`, `(kế hoạch tăng 9%)`: a bracket that opens a statement
    // of its own on the plan's word states the plan's figure — a target; round 57, it had been a result)
    const first = leading[0] as Item;
    const last = leading[leading.length - 1] as Item;
    draft.kind = a.field('target', first.from, last.to, `${L}.kind.bracket-plan`);
  } else if (
    st.sentenceTarget &&
    draft.kind.value !== 'target' &&
    !stageMarker &&
    !resultLead(a, leading, st.sentenceTarget.from) &&
    !contrastedResult(a, leading, clause.items[leading.length]) &&
    !earlierYearPart(a, st, clause, leading, draft)
  ) {
    const frame = st.sentenceTarget;
    draft.kind = a.field('target', frame.from, frame.to, `${L}.kind.target-context`);
  }
  // `Phấn đấu năm 2025 tăng trưởng GRDP đạt 8%, thu nhập bình quân đạt 120 triệu đồng`: a
  // sentence that OPENS with a target marker lists goals; its later clauses are goals too. So does a
  // part after `;` (`Quý I/2020 đạt hơn 811 nghìn tấn; dự kiến Quý II/2020 đạt …; Quý III/2020 đạt …`).
  if (
    targetMarker &&
    (!firstFigureOfSentence || clause.sepBefore === ';') &&
    leading.includes(targetMarker) &&
    targetMarker.t === 'marker' &&
    !measuredAgainst(a, targetMarker.from)
  )
    st.sentenceTarget ??= { from: targetMarker.from, to: targetMarker.to };
  if (stageMarker && stageMarker.t === 'marker' && stageMarker.stage)
    draft.stage = a.field(stageMarker.stage, stageMarker.from, stageMarker.to, `${L}.stage.word`, stageMarker.level);
  // `The index is predicted to have declined by 8% in January`: a forecast word's guess at a past
  // result is the report's estimate of it
  const guess = !stageMarker && !targetMarker ? leading.find((it) => guessAtPast(a, it)) : undefined;
  if (guess?.t === 'marker' && !draft.stage)
    draft.stage = a.field('estimate', guess.from, guess.to, `${L}.stage.guess-at-past`, guess.level);
  // The clause's first period that a year completes (`… xếp thứ 2 trong tháng 7 nhưng 7 tháng
  // năm 2025 vẫn đứng số 1 với 53,08 tỷ USD`); else the first one, kept for its month.
  // (a list item after a bracket leaves the periods before its joiner to the item before: `open.ts`)
  const listed = draft.name?.rule.endsWith('.name.bracket-list-item') === true;
  const figure = clause.items[leading.length];
  const all = clause.items.filter(
    (it): it is Item & { t: 'period' } =>
      it.t === 'period' && !(listed && leading.includes(it)) && !nextItemDeadline(a, clause, figure, it),
  );
  // (`Inflation is likely to average 4.5% this year before easing to 4.1% in 2026`: a period of no year
  // of the figure's own, before the clause's next figure, keeps the periods after that figure to it —
  // round 57, the first figure had been dated 2026)
  const periods = laterLeadPeriods(a, clause, leading.length, ownRelativePeriod(clause, leading.length, all));
  // `… tăng 7,5% (năm 2022 tăng 6,1%)`: a bracket on the statement before is an aside; its period
  // is the aside's, not the statement's.
  // `Tháng 6, CPI tăng 0,46% so với tháng 5`: a lead clause's month without a year.
  if (!draft.period && periods.length === 0 && st.leadPeriodMatch) draft.periodMatch ??= st.leadPeriodMatch;
  // `In February 2024, exports rose 3.6% compared to January`: a lead clause's month with its year
  // (kept for its month: the named month before it is the previous period).
  if (!draft.period && periods.length === 0 && st.sentencePeriod && !st.sentencePeriodOfSource)
    draft.periodMatch ??= st.sentencePeriod.item.match;
  if (draft.period || periods.length === 0 || aside) return;
  let planYear = false;
  const ownGoalAt = laterOwnGoal(a, clause, leading.length);
  for (const p of periods) {
    // (`16.5 GW far exceeds the 7 GW target set for 2025`: 2025 is the target's)
    if (ownGoalAt >= 0 && p.from > ownGoalAt) break;
    // `increasing 3.5 per cent compared to the implementation in 2019`: the base's period.
    if (afterBaseLead(a, clause, p) || comparedFigureBefore(a, clause, p)) continue;
    const id = a.periodId(p.match);
    if (planYearInLead(a, st, p, id)) {
      planYear = true;
      continue;
    }
    // `Giải ngân vốn đầu tư công 6 tháng đạt 28,6% kế hoạch của năm 2023`: the plan's year completes
    // the part of a year written before it without one.
    // (`đạt 28% kế hoạch vốn năm 2022 kéo dài sang năm 2023`: a plan carried over from one year into
    // the next dates nothing — neither year is surely the figure's)
    if (id && afterPlanNoun(a, p) && matchAt(a.tokens, p.to, a.g.planYearCarryWords)) break;
    // (`Tính đến tháng 8/2013, công ty đã đạt 61,2% … so với mục tiêu đề ra trong năm 2013`: the plan's
    // year after its noun, the year of the sentence's lead part of it, leaves the figure that part — a
    // figure of the plan itself is of the plan's year)
    const lead = st.sentencePeriod && !st.sentencePeriodOfSource ? a.periodId(st.sentencePeriod.item.match) : undefined;
    if (id && draft.kind.value !== 'target' && lead?.startsWith(`${id}-`) && planNounBefore(a, p)) continue;
    const part = id && /^\d{4}$/u.test(id) ? partOfPlanYear(a, periods, p, Number(id), st.leadPeriodMatch) : undefined;
    if (part) {
      draft.period = a.field(part.id, part.from, part.to, `${part.rule}+plan-year`);
      return;
    }
    if (id) {
      draft.period = a.field(id, p.from, p.to, p.match.rule);
      return;
    }
  }
  draft.periodMatch ??=
    planYear && st.sentencePeriod ? st.sentencePeriod.item.match : (periods[0] as Item & { t: 'period' }).match;
}

/**
 * `phấn đấu đến năm 2025, xuất khẩu của tỉnh đạt 1,3 tỷ USD và đến năm 2030 là 1,7 tỷ USD`: a
 * deadline (`đến năm 2030`, `by 2030`: a period `deadline` or `until` word right before it) after
 * the statement's figure and a joiner, with a figure of its own after it in the clause, is that next
 * figure's, not this one's.
 */
function nextItemDeadline(a: SentenceContext, clause: Clause, figure: Item | undefined, p: Item): boolean {
  if (figure?.t !== 'figure' || p.from < figure.to) return false;
  const lead = a.tokens[p.from - 1]?.forms.fold ?? '';
  const keys = a.g.periodWords.keys;
  if (!keys.deadline.has(lead) && !keys.until.has(lead)) return false;
  return (
    findIn(a.tokens, figure.to, p.from, a.g.joiners) !== null &&
    clause.items.some((it) => it.t === 'figure' && it.from >= p.to)
  );
}

/**
 * The token where a goal noun starts that takes as its own value a figure after the clause's first
 * (item `first`): the periods after it are that goal's, not the first statement's; -1 when none.
 */
function laterOwnGoal(a: SentenceContext, clause: Clause, first: number): number {
  if (a.g.locale !== 'en') return -1;
  for (let k = first + 1; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (it.t === 'marker' && it.kind === 'target' && isGoalMarker(a, it) && ownGoalValue(a, clause, k) > first)
      return it.from;
  }
  return -1;
}

/** How many tokens before a year a plan noun makes it the plan's year (`kế hoạch vốn năm 2024`). */
const PLAN_YEAR_WINDOW = 3;

/**
 * `Đến 31/10/2024, tỷ lệ giải ngân kế hoạch vốn năm 2024 đạt 87%`: a whole year right after a plan
 * noun names the plan's year; when the sentence opened with a part of that same year (the months
 * to a cut-off, a quarter), that part dates the figure.
 */
function planYearInLead(a: SentenceContext, st: SentenceState, p: Item, id: string | undefined): boolean {
  const lead = st.sentencePeriod?.id;
  if (!id || !lead || !/^\d{4}$/u.test(id) || !lead.startsWith(`${id}-`)) return false;
  for (let back = 1; back <= PLAN_YEAR_WINDOW && p.from - back >= 0; back++)
    if (matchAt(a.tokens, p.from - back, a.g.planValueWords, p.from)) return true;
  return false;
}

/** True when a plan noun stands within {@link PLAN_YEAR_WINDOW} tokens before period item `p` (`kế hoạch của năm 2023`). */
function afterPlanNoun(a: SentenceContext, p: Item): boolean {
  for (let back = 1; back <= PLAN_YEAR_WINDOW && p.from - back >= 0; back++)
    if (matchAt(a.tokens, p.from - back, a.g.planValueWords, p.from)) return true;
  return false;
}

/** How many words may stand between a plan noun and its year (`mục tiêu đề ra trong năm 2013`). */
const PLAN_NOUN_YEAR = 5;

/** True when a plan noun (`mục tiêu`, `kế hoạch`, `the target`) stands within {@link PLAN_NOUN_YEAR} words before the period `p`, only words between. */
function planNounBefore(a: SentenceContext, p: Item): boolean {
  for (let back = 1; back <= PLAN_NOUN_YEAR && p.from - back >= 0; back++) {
    const k = p.from - back;
    if (a.tokens[k]?.kind !== 'word') return false;
    if (matchAt(a.tokens, k, a.g.planNouns, p.from)) return true;
  }
  return false;
}

/**
 * The part of a year (months to date, a quarter, a half) written without its year before a whole
 * year that names a plan (`6 tháng đạt 28,6% kế hoạch của năm 2023`, `quý I giải ngân được 12%
 * kế hoạch năm 2024`), completed with that year.
 */
function partOfPlanYear(
  a: SentenceContext,
  periods: readonly (Item & { t: 'period' })[],
  p: Item & { t: 'period' },
  year: number,
  lead: PeriodMatch | undefined,
): { id: string; from: number; to: number; rule: string } | undefined {
  if (!afterPlanNoun(a, p)) return undefined;
  // (`6 tháng đầu năm, doanh thu đạt 55% kế hoạch năm 2023`: the sentence's lead part of a year, written
  // with no year, is completed by the plan's too — round 59, the half had been dated the whole year)
  const before = periods.slice(0, Math.max(0, periods.indexOf(p))).map((q) => q.match);
  // (a cut-off, `Tính đến ngày 30/9, …`, `Đến tháng 9, …`, may close another year than the plan's: it
  // keeps no period, as before)
  const until = a.g.periodWords.keys.until;
  const fold = (k: number): string => a.tokens[k]?.forms.fold ?? '';
  const cutOff =
    lead !== undefined && (until.has(fold(lead.from)) || until.has(`${fold(lead.from)} ${fold(lead.from + 1)}`));
  for (const m of [...before, cutOff ? undefined : lead]) {
    if (!m || m.id || !m.partial || m.relative !== undefined) continue;
    const id = completePeriod(m, year);
    if (id) return { id, from: m.from, to: m.to, rule: m.rule };
  }
  return undefined;
}

/**
 * The goal marker that frames the clause's statement: one before its figures, or one after them
 * with no figure after it (`growth of 6% is targeted`). A marker between two figures frames the
 * second (`collected VND 10 trillion in 2023 and set a target of VND 12 trillion for 2024`), read
 * when that figure opens its own statement.
 */
function clauseGoal(a: SentenceContext, clause: Clause, leading: readonly Item[]): Item | undefined {
  const before = leading.find((it) => isGoalMarker(a, it));
  if (before) return before;
  // `Some 3,000 new rooms will enter the market in 2025`: a future whose subject is the figure
  const subject = subjectFutureMarker(a, clause, leading);
  if (subject) return subject;
  let goal: Item | undefined;
  for (let k = leading.length; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (goal && (it.t === 'figure' || it.t === 'bad-number')) goal = undefined;
    // (`Solar capacity of 16.5 GW far exceeds the 7 GW target set for 2025`: a goal noun whose own
    // value stands right before it frames that value's statement only, never the clause's first figure)
    else if (!goal && isGoalMarker(a, it) && ownGoalValue(a, clause, k) > leading.length) continue;
    // (`had fixed Rs. 5,920 crore as the target for disbursing loans through 125 banks`: the goal linked
    // by `as the` to the clause's first figure, its own value, frames it whatever figure follows; round 63)
    else if (!goal && goalAsStart(a, it) >= 0 && isGoalMarker(a, it) && ownGoalValue(a, clause, k) === leading.length)
      return it;
    // (`bằng 67,1% so dự toán tỉnh giao và 63,3% so dự toán thị xã phấn đấu`: a goal verb closing a plan's
    // noun phrase names whose plan it is — the plan the town strives for — not a goal of the figures; round 58)
    else if (!goal && isGoalMarker(a, it) && planOwnerGoal(a, clause, k)) continue;
    else if (!goal && isGoalMarker(a, it) && (!isLeadingOnlyMarker(a, it) || ownForecast(a, clause, k))) goal = it;
  }
  return goal;
}

/** How many words may stand between a plan word and the goal verb that closes its noun phrase (`dự toán thị xã phấn đấu`). */
const PLAN_OWNER_WORDS = 3;

/**
 * True when the clause's item `k`, a goal marker after the figures, closes a plan's noun phrase: a plan
 * word of the grammar (`planWords`) at most {@link PLAN_OWNER_WORDS} words before it with words only
 * between, and the clause ends right after it.
 */
function planOwnerGoal(a: SentenceContext, clause: Clause, k: number): boolean {
  const it = clause.items[k] as Item;
  if (k + 1 < clause.items.length) return false;
  for (let j = it.from - 1; j >= 0 && j >= it.from - 1 - PLAN_OWNER_WORDS; j--) {
    const x = a.tokens[j];
    if (x?.kind !== 'word') return false;
    if (matchAt(a.tokens, j, a.g.planWords, it.from)) return true;
  }
  return false;
}

/** The first token of a link of grammar `goalAsLinks` (`as the`) that ends right before item `it`, or -1. */
const goalAsStart = (a: SentenceContext, it: Item): number =>
  a.g.goalAsLinks ? phraseEndingAt(a.tokens, it.from, a.g.goalAsLinks) : -1;

/**
 * The index of the figure a goal marker at item `k` takes as its own value, written right before
 * it past at most {@link OWN_FORECAST_WORDS} modifiers (`the 7 GW target`, `its 6.5 percent growth
 * target`, `the VND 625 trillion plan`) or a link of grammar `goalAsLinks` (`Rs. 5,920 crore as the
 * target`), or -1. A goal noun only (no `to` infinitive, no future word).
 */
export function ownGoalValue(a: SentenceContext, clause: Clause, k: number): number {
  const it = clause.items[k] as Item;
  if (it.t !== 'marker' || isLeadingOnlyMarker(a, it)) return -1;
  // (`had fixed Rs. 5,920 crore as the target for …`: a link of grammar `goalAsLinks` between the value
  // and the goal noun; round 63 — the value had been a certain result)
  const as = goalAsStart(a, it);
  for (let j = k - 1; as >= 0 && j >= 0; j--) {
    const x = clause.items[j] as Item;
    if (x.t === 'figure') return x.to === as && x.fig.kind === 'value' ? j : -1;
    if (x.t !== 'word' || x.from < as) return -1;
  }
  const modifiers = a.g.ownForecastModifiers;
  let words = 0;
  for (let j = k - 1; j >= 0; j--) {
    const x = clause.items[j] as Item;
    // (`was 53.1% against the 56% target`: a percentage is a goal's own value too; round 67 — the result
    // had been a target)
    if (x.t === 'figure')
      return x.to + words === it.from && (x.fig.kind === 'value' || x.fig.kind === 'percent') ? j : -1;
    if (x.t !== 'word' || x.to !== x.from + 1 || ++words > OWN_FORECAST_WORDS) return -1;
    if (!modifiers?.has(a.tokens[x.from]?.forms.fold ?? '')) return -1;
  }
  return -1;
}

/** How many words may stand between a figure and the forecast noun it is the value of (`GDP growth`). */
const OWN_FORECAST_WORDS = 3;

/**
 * True when the clause's item `k` is a forecast noun of the grammar's `ownForecastNouns` right
 * after a figure, past at most {@link OWN_FORECAST_WORDS} words and before no figure (`the 5.8
 * percent growth projection`, `its 6.5% forecast for 2025`; not `forecast of 6%`, whose value
 * follows it, nor `exports rose 5%, as forecast by the bank`).
 */
function ownForecast(a: SentenceContext, clause: Clause, k: number): boolean {
  const it = clause.items[k] as Item;
  const nouns = a.g.ownForecastNouns;
  if (!nouns || matchAt(a.tokens, it.from, nouns, it.to)?.to !== it.to) return false;
  const modifiers = a.g.ownForecastModifiers;
  let words = 0;
  for (let j = k - 1; j >= 0; j--) {
    const x = clause.items[j] as Item;
    if (x.t === 'figure') return x.to + words === it.from && (x.fig.kind === 'change' || x.fig.kind === 'value');
    if (x.t !== 'word' || x.to !== x.from + 1 || ++words > OWN_FORECAST_WORDS) return false;
    if (!modifiers?.has(a.tokens[x.from]?.forms.fold ?? '')) return false;
  }
  return false;
}

/** True when a goal marker of the clause other than `marker` is no forecast word (`will strive to`). */
function goalBeside(a: SentenceContext, leading: readonly Item[], marker: Item): boolean {
  for (const it of leading) {
    if (it === marker || !isGoalMarker(a, it)) continue;
    const f = matchAt(a.tokens, it.from, a.g.forecastMarkers, it.to);
    if (f?.to !== it.to) return true;
  }
  return false;
}

/** How many tokens before a period a comparison word makes it the base's period. */
const BASE_LEAD_WINDOW = 6;

/**
 * True when a comparison word (`compared to`, `so với`) of the clause stands shortly before period
 * item `p`. A word inside a figure is that figure's (`reached more than US$2.2 billion in 2022`:
 * `than` is the value's bound, not a comparison), so only the words between figures count.
 */
function afterBaseLead(a: SentenceContext, clause: Clause, p: Item): boolean {
  const from = Math.max(clause.from, p.from - BASE_LEAD_WINDOW);
  for (const it of clause.items) {
    if (it.to <= from || it.t === 'figure') continue;
    if (it.from >= p.from) break;
    for (let i = Math.max(it.from, from); i < it.to; i++)
      if (matchAt(a.tokens, i, a.g.periodBaseLeads, p.from) && !inPriceBasis(a, i)) return true;
  }
  return false;
}

/**
 * `… a gross profit of RM58.25 million for the quarter compared to a gross profit of RM96 million in Q2
 * 2019`: a period right after a value (past only a preposition) that a comparison word leads within
 * {@link BASE_LEAD_WINDOW} tokens (its noun phrase between) dates that compared value, not the
 * statement's own figures (round 41; the statement had taken Q2 2019, certain).
 */
function comparedFigureBefore(a: SentenceContext, clause: Clause, p: Item): boolean {
  let fig: Item | undefined;
  let figures = 0;
  for (const it of clause.items) {
    if (it.from >= p.from) break;
    if (it.t === 'figure') {
      fig = it;
      figures++;
    }
  }
  // (the compared value is a second figure of the clause: a clause that opens on it, `…, up from an
  // expected VND4.2 trillion in 2024`, is its own statement, which keeps its period)
  if (fig?.t !== 'figure' || fig.fig.kind !== 'value' || p.from - fig.to > 1 || figures < 2) return false;
  const from = Math.max(clause.from, fig.from - BASE_LEAD_WINDOW);
  for (let i = from; i < fig.from; i++) {
    const lead = matchAt(a.tokens, i, a.g.periodBaseLeads, fig.from);
    if (!lead) continue;
    // (`more than doubled to 120,000 tonnes in the first half`: a bound's `than` compares nothing)
    let bound = false;
    for (let j = Math.max(clause.from, i - 2); j <= i && !bound; j++)
      bound = (matchAt(a.tokens, j, a.g.approximate)?.to ?? 0) >= lead.to;
    if (!bound) return true;
  }
  return false;
}

/**
 * True when token `i` is inside a price basis phrase (`Giá trị sản xuất công nghiệp (theo giá so sánh
 * 2010) trong 7 tháng đầu năm 2016`: the `so sánh` of `giá so sánh` compares nothing; grammar
 * `priceBasisWords`; round 41).
 */
function inPriceBasis(a: SentenceContext, i: number): boolean {
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const basis = matchAt(a.tokens, i - back, a.g.priceBasisWords);
    if (basis && basis.to > i) return true;
  }
  return false;
}

/**
 * True when the clause opens with a contrast (grammar `contrastResult.leads`: `but`, `yet`) and its
 * figure `fig` is read after a past verb of a level reached (`amounted to`, `reached`): what happened
 * against the goal before it, a result (round 61).
 */
function contrastedResult(a: SentenceContext, leading: readonly Item[], fig: Item | undefined): boolean {
  const cr = a.g.contrastResult;
  const first = leading[0];
  // (`but` is read as a contrast marker, `yet` as a word)
  if (!cr || (first?.t !== 'word' && first?.t !== 'marker') || !matchAt(a.tokens, first.from, cr.leads, first.to))
    return false;
  if (fig?.t !== 'figure') return false;
  if (matchAt(a.tokens, fig.from, cr.verbs, fig.to) !== null) return true;
  // (`… projections for 2021–22 was $72.1 billion, but the actuals show a surplus of $2.2 billion`: a
  // noun of the result in the words before the figure; round 62 — it had been a target, certain)
  for (let k = first.to; k < fig.from && cr.nouns; k++) if (matchAt(a.tokens, k, cr.nouns, fig.from)) return true;
  return false;
}

/**
 * True when the words before the clause's figures say it reports a result (`đến nay đã thu được
 * …`, `so far it has collected …`): a goal frame opened earlier in the sentence does not reach it.
 */
function resultLead(a: SentenceContext, leading: readonly Item[], frameFrom: number): boolean {
  // (`… a target of 7% GDP growth for 2025, after the economy grew an estimated 6.9% in 2024`: a clause
  // opened by a word of an earlier event, grammar `afterEventWords`, tells what happened — a result;
  // round 57, it had been a target of the goal's frame)
  // (an event's clause: a word of two or more, `sau khi`, or one before a determiner or an -ing verb —
  // `after tax profit of …` is a compound noun)
  const first = leading[0];
  const event =
    first?.t === 'word' && a.g.afterEventWords
      ? matchAt(a.tokens, first.from, a.g.afterEventWords, first.to + 2)
      : null;
  const next = event ? a.tokens[event.to] : undefined;
  if (
    event &&
    next?.kind === 'word' &&
    (event.to - event.from > 1 ||
      matchAt(a.tokens, event.to, a.g.articles, event.to + 1) !== null ||
      a.g.levelDeterminers?.has(next.forms.fold) === true ||
      /\p{L}ing$/u.test(next.forms.fold))
  )
    return true;
  // (a running total read as the clause's period opens with its lead: `lũy kế 6 tháng đầu năm có …`)
  for (const it of leading) {
    if (it.t !== 'word' && it.t !== 'period') continue;
    const noun = a.g.resultNouns ? matchAt(a.tokens, it.from, a.g.resultNouns, it.to + 2) : null;
    // (`the achievement of universal coverage`: the noun of a goal's aim, no result)
    const result = noun && !matchAt(a.tokens, noun.to, a.g.planOf) ? noun : null;
    const lead = matchAt(a.tokens, it.from, a.g.resultLeads, it.to + 2) ?? result;
    // `IMP has set a plan for net revenue of …`: the auxiliary of the frame's own verb of adopting
    // goals reports the plan set, not a result
    if (lead && lead.to !== frameFrom) return true;
  }
  return false;
}

/**
 * The periods of the clause a figure at item `at` may take: all of them, unless a period of no year
 * relative to the report's (`this year`) stands after the figure and before the clause's next figure —
 * then only those before that next figure.
 */
function ownRelativePeriod(
  clause: Clause,
  at: number,
  periods: readonly (Item & { t: 'period' })[],
): readonly (Item & { t: 'period' })[] {
  let next = -1;
  for (let k = at + 1; k < clause.items.length && next < 0; k++) if (clause.items[k]?.t === 'figure') next = k;
  if (next < 0) return periods;
  const cut = (clause.items[next] as Item).from;
  // (after the figure: `full year passengers … will exceed 100 million … and reach 105 million in 2018`
  // names the full year before the figures, which the later year completes)
  const from = (clause.items[at] as Item).from;
  const own = periods.some(
    (p) => p.from > from && p.from < cut && p.match.id === undefined && p.match.relative !== undefined,
  );
  return own ? periods.filter((p) => p.from < cut) : periods;
}

/** How many words may stand between a later statement's period and its value verb (`4 tháng đầu năm 2019 ước đạt`). */
const LEAD_VERB_GAP = 3;

/**
 * `khách quốc tế ước đạt 300 lượt khách đã góp phần nâng tổng số khách … 4 tháng đầu năm 2019 ước đạt
 * trên 31.200 lượt khách`: a period after the clause's first figure, a level (not a percentage: `đạt 28,63% kế
 * hoạch của năm 2023 và đạt 30,49%` keeps its plan's year), with words between them, that a
 * value verb (grammar `valueVerbs`) follows within {@link LEAD_VERB_GAP} words before the clause's next
 * figure, leads that figure's statement — it is not the first figure's (round 58: the first had been
 * dated by it and the second by the sentence's month). Vietnamese (an English period after a figure is the
 * figure's: `rose 5% in 2023, reaching …`). Constant work per period.
 */
function laterLeadPeriods(
  a: SentenceContext,
  clause: Clause,
  at: number,
  periods: readonly (Item & { t: 'period' })[],
): readonly (Item & { t: 'period' })[] {
  const level = (x: Item | undefined): boolean =>
    x?.t === 'figure' && x.fig.kind === 'value' && x.fig.q.quantity?.unitCode !== 'percent';
  const items = clause.items;
  if (!level(items[at]) || a.g.locale !== 'vi' || periods.length === 0) return periods;
  const leads = new Set<Item>();
  for (let k = at + 2; k < items.length; k++) {
    const p = items[k] as Item;
    if (p.t !== 'period') continue;
    // (the figure item opens on its verb: `ước đạt trên 31.200 lượt khách`)
    const next = items.slice(k + 1, k + 1 + LEAD_VERB_GAP).find((x) => x.t === 'figure');
    if (!next || !level(next)) continue;
    for (let j = p.to; j < p.to + LEAD_VERB_GAP + 2 && j < next.to; j++)
      if (matchAt(a.tokens, j, a.g.valueVerbs, next.to)) {
        leads.add(p);
        break;
      }
  }
  return leads.size > 0 ? periods.filter((p) => !leads.has(p)) : periods;
}

/**
 * True when a clause opened by a bracket opens a statement of its own (`opened`) on a plan word of the
 * grammar (`planWords`: `KH`, `kế hoạch`) and nothing else before its figure: `(KH tăng 9%)`, `(kế hoạch
 * tăng 9%)`.
 */
function bracketPlan(a: SentenceContext, clause: Clause, leading: readonly Item[], opened: boolean): boolean {
  const first = leading[0];
  const last = leading[leading.length - 1];
  if (clause.sepBefore !== '(' || !opened || !first || !last) return false;
  if (leading.some((x) => x.t !== 'word' && x.t !== 'marker')) return false;
  return matchAt(a.tokens, first.from, a.g.planWords, last.to)?.to === last.to;
}

/**
 * `Năm 2025, ngân hàng đặt mục tiêu lợi nhuận 6.000 tỷ đồng; năm 2024 ngân hàng lãi 4.000 tỷ đồng`: a part
 * after `;` opened by a year before the year of the goal stated before it reports that earlier year — no
 * goal of the frame (round 69, probe of banks' results: it had been a certain target).
 */
function earlierYearPart(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  leading: readonly Item[],
  draft: Draft,
): boolean {
  if (clause.sepBefore !== ';') return false;
  const own = leading.find((x) => x.t === 'period');
  const id = own?.t === 'period' ? a.periodId(own.match) : undefined;
  // (a single year or a part of one: `giai đoạn 2020-2025` spans the goal's own years)
  if (!id || !YEAR_START.test(id) || id.includes('/')) return false;
  // (the last goal's own period, else the sentence's lead period that dates it — not lent to it yet; the
  // drafts read once per sentence, each call going on from the last: a sentence of thousands of parts stays linear)
  const drafts = a.sentenceDrafts(st.span);
  const seen = GOAL_YEARS.get(st) ?? { count: 0, goal: undefined };
  // (the clause's own draft, the last, is read at the next call, with the kind its clause gave it)
  const end = drafts[drafts.length - 1] === draft ? drafts.length - 1 : drafts.length;
  for (let n = seen.count; n < end; n++) {
    const d = drafts[n] as Draft;
    if (d !== draft && d.kind.value === 'target') seen.goal = d.period?.value ?? st.sentencePeriod?.id;
  }
  seen.count = Math.max(seen.count, end);
  GOAL_YEARS.set(st, seen);
  const goal = seen.goal;
  return goal !== undefined && YEAR_START.test(goal) && id.slice(0, 4) < goal.slice(0, 4);
}

/** Per sentence: how many drafts {@link earlierYearPart} has read, and the period of the last goal among them. */
const GOAL_YEARS = new WeakMap<SentenceState, { count: number; goal: string | undefined }>();

/** A period id that opens on its year (`2024`, `2024-Q2`). */
const YEAR_START = /^\d{4}/u;

/** How many words (`the annual`, `a revised`) may stand between a word of measuring against and the plan noun. */
const AGAINST_WORDS = 3;

/**
 * True when a word of measuring against (grammar `againstPlanLeads`: `against`, `out of`) ends, past at
 * most {@link AGAINST_WORDS} words, right before the goal marker at `from`: `Against the annual target of
 * Rs 300 billion, the office collected Rs 120 billion` names the plan the results after it are measured
 * against — no frame of goals for them (round 47; they had been targets).
 */
function measuredAgainst(a: SentenceContext, from: number): boolean {
  const leads = a.g.againstPlanLeads;
  return leads !== undefined && endsBeforeWords(a.tokens, from, leads, AGAINST_WORDS);
}
