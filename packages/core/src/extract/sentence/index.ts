import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { Sentence } from '../segment';
import { amountPlanCompletions } from './amount-plan-completion';
import { allocatedAmounts, amountPlanNouns } from './amount-plan-noun';
import { annualPlanPeriods } from './annual-plan-period';
import { appositeChanges, appositeCompletions } from './apposite-completion';
import { approximateNouns } from './approximate-noun';
import { relativeAside } from './aside';
import { attributiveYears } from './attributive-year';
import { baseClauseLevels, baseFigureLevels } from './base-figure-level';
import { baselineLevels } from './baseline-level';
import { betweenPeriods } from './between-periods';
import { bracketParallels } from './bracket-parallel';
import { bracketPeriodValues } from './bracket-period-value';
import { bracketPrevious, bracketReturns } from './bracket-return';
import { bracketYears } from './bracket-year';
import { bracketedMoves } from './bracketed-moves';
import { changeNounObjects } from './change-noun-object';
import { endClause } from './clause-end';
import { nameClause, rateNounOnly } from './clause-name';
import { nameRange, splitClauses } from './clauses';
import { comparedGoalKinds } from './compared-goal-kind';
import { comparedPrevious } from './compared-previous';
import { comparedRateYears } from './compared-rate-year';
import { comparedFigures } from './comparison-figure';
import type { Clause, SentenceContext, SentenceState } from './context';
import { countPercents } from './count-percent';
import { datedMoveChanges } from './dated-move';
import { definedUnits } from './defined-unit';
import { earlierLevelKinds } from './earlier-level-kind';
import { elidedAmounts } from './elided-amount';
import { ellipticBases } from './elliptic-base';
import { enAverageRates } from './en-average-rate';
import { respectiveBases, respectivelySharedBase } from './en-change-respective-bases';
import { enCompoundRates } from './en-compound-rate';
import { gappedRatesIn, gappedRatesTo } from './en-coord-gapped-to';
import { destinationCounts } from './en-destination-count';
import { goalYears } from './en-goal-year';
import { labelledBracketClause, labelledBrackets } from './en-labelled-bracket';
import { listBounds } from './en-list-bound';
import { listCounts } from './en-list-counts';
import { leadVerbRates } from './en-list-lead-verb';
import { orderPairs, pairChangesThenValues } from './en-list-order-pairs';
import { perShareChanges, perShareFigures } from './en-per-share';
import { respectivePeriods } from './en-period-respectively';
import { volumeValue, volumeValueCompletions, volumeValueStage } from './en-volume-value';
import { estimatedDeadlines } from './estimated-deadline';
import { exceededAgain } from './exceeded-again';
import { readFigurelessClause } from './figureless';
import { readFigures } from './figures';
import { forecastResults } from './forecast-result';
import { frameStatement } from './frame';
import { fromLevelBases } from './from-level-base';
import { fromToPrevious } from './from-to-previous';
import { gappedKinds } from './gapped-kind';
import { gappedStages } from './gapped-stage';
import { genreBracketPeriodRates } from './genre-bracket-period-rate';
import { genreComparedCompletions } from './genre-compared-completion';
import { genreFromRates } from './genre-from-rate';
import { genrePreviousRates } from './genre-previous-rate';
import { conditionalGoals } from './goal-condition';
import { goalHorizons } from './goal-horizon';
import { planSubjects } from './goal-plan-subject';
import { purposeGoals } from './goal-purpose';
import { goalYearsAfter } from './goal-year-after';
import { growthGoals } from './growth-goal';
import { headlineInfinitives } from './headline-infinitive';
import { labelReadings } from './label-readings';
import { labelledParts } from './labelled-parts';
import { laterClausePeriods } from './later-period';
import { lentCurrencies } from './lent-currency';
import { levelDifferences } from './level-difference';
import { bracketList } from './list-brackets';
import { listLeadBases } from './list-lead-base';
import { pairChangesWithValues, pairValuesWithNames, respectiveTailBase } from './list-respective-values';
import { pairRespectively } from './list-respectively';
import { sharedFigures } from './list-shared-figure';
import { sharedScales } from './list-shared-scale';
import { listTailBases, preposedListBases } from './list-tail-base';
import { degreeRates } from './list-verb-rates';
import { listedCompletions, pairCompletionsWithChanges, pairListedCompletions } from './listed-completions';
import { listedDatedLevels } from './listed-dated-levels';
import { listedLevels } from './listed-levels';
import { listedPlanCompletions } from './listed-plan-completions';
import { ownMeasures } from './measure-owner';
import { measuredPlanPercents, planCompletionsToResults } from './measured-plan-percent';
import { movedLevels } from './moved-levels';
import { movedPercents } from './moved-percents';
import { namedBracketParts } from './named-bracket-parts';
import { namedChanges } from './named-changes';
import { ofWhichStages } from './of-which-stage';
import { ofWhichTails } from './of-which-tail';
import { openStatement } from './open';
import { partsOfBase } from './part-of-base';
import { passiveResults } from './passive-result';
import { performanceCompletions } from './performance-completion';
import { periodNamedParts } from './period-named-parts';
import { datePeriods, partYears, setTextPeriod, statedYear } from './periods';
import { plansAfterValues } from './plan-after-value';
import { planGapsRestated } from './plan-gap-restated';
import { planOnlyStatements } from './plan-only';
import { planValuePeriods, targetFieldPeriods } from './plan-value-period';
import { ratesBeforeEarlierLevels } from './rate-before-earlier-level';
import { rateBeforeMoves, rateOnFromLevels } from './rate-before-move';
import { ratePoints } from './rate-points';
import { reachedFromLevels } from './reached-from-level';
import { readRemark } from './remark';
import { roundedLeads } from './rounded-lead';
import { samePeriodsOfYear } from './same-period-of-year';
import { sameSpanBases } from './same-span-base';
import { sharesOrAmounts } from './share-or-amount';
import { sharedNameStages } from './shared-name-stage';
import { joinedTrailingBase, pluralTrailingBase, sharedTrailingBases } from './shared-trailing-base';
import { shortfallPercents } from './shortfall-percent';
import { slashPairs } from './slash-pair';
import { statementMeasureNames } from './statement-measure-names';
import { surveyYears } from './survey-year';
import { targetContrastRates } from './target-contrast-rate';
import { targetRateCompletions } from './target-rate-completion';
import { bracketStages, trailingSourceStages } from './trailing-source-stage';
import { transportWorkStages } from './transport-work';
import { unnamedPlanCompletions } from './unnamed-plan';
import { valuesFromSources } from './value-from-source';
import { assignedPlans } from './vi-assigned-plan';
import { averageRates } from './vi-average-rate';
import { dateBaseValues } from './vi-base-value';
import { bracketMeasures } from './vi-bracket-measures';
import { bracketPeriodRates } from './vi-bracket-period-rate';
import { bracketPlanPercents } from './vi-bracket-plan-percent';
import { viChangeNounAmounts } from './vi-change-noun-amount';
import { viComparedForecasts } from './vi-compared-forecast';
import { bracketComparedPeriods, inlineComparedPeriods } from './vi-compared-period';
import { cumulativeTotals } from './vi-cumulative';
import { frontedPlanCompletions } from './vi-fronted-plan';
import { gappedRatios } from './vi-gapped-ratio';
import { joinedPeriodItems } from './vi-joined-period-item';
import { forecastLeadStages, leadStage, partLeadStages } from './vi-lead';
import { listedRatios } from './vi-listed-ratios';
import { shareMeasureBase } from './vi-measure-base';
import { ofWhichRatios } from './vi-of-which-base';
import { planCounts } from './vi-plan-count';
import { planFigures } from './vi-plan-figure';
import { planMeasureCompletions } from './vi-plan-measure';
import { planNames } from './vi-plan-name';
import { planRates } from './vi-plan-rate';
import { planYearFigures } from './vi-plan-year';
import { rateLevelsAfterCounts } from './vi-rate-level';
import { ratesOfMeasures } from './vi-rate-of-measure';
import { bracketSamePeriods, ratePeriods } from './vi-rate-period';
import { ratioToPeriod } from './vi-ratio-period';
import { viReachedLevels } from './vi-reached-level';
import { reasonChanges } from './vi-reason-change';
import { reasonSplits } from './vi-reason-split';
import { viRespectiveBases } from './vi-respective-bases';
import { trailingYearBases } from './vi-trailing-year-base';
import { viVerbBaseRates } from './vi-verb-base-rate';
import { yearInNameParts } from './year-in-name';
import { yearToDateChanges } from './year-to-date';

export type { Clause, ContextPeriod, PeriodItem, Range, SentenceContext, SentenceState } from './context';

/**
 * Reads a clause with figures: a remark on the statement before, or its name, its statement
 * (new or the current one), that statement's frame, its figures, and what follows them.
 */
function readFigureClause(a: SentenceContext, st: SentenceState, clause: Clause, figIndex: number): void {
  const leading = clause.items.slice(0, figIndex);
  const firstFigureOfSentence = st.firstFigureSeen;
  st.firstFigureSeen = true;
  const nameWords = nameRange(leading, (r) => rateNounOnly(a, r));
  labelledBracketClause(a, st, clause, figIndex);
  relativeAside(a, st, clause, nameWords);
  if (readRemark(a, st, clause)) {
    st.pending = undefined;
    return;
  }
  // `…; so với cùng kỳ tăng 2,2 lần về số dự án, tăng 4,5 lần về số vốn`: a base that opens the
  // sentence or a part after `;` is the base of the changes after it, as in a clause of its own.
  const opening = clause.items[0];
  if (opening?.t === 'base' && (clause.sepBefore === undefined || clause.sepBefore === ';'))
    st.sentenceBase ??= opening.read;
  const ofWhich = leading.find((it) => it.t === 'marker' && it.kind === 'of-which');
  if (ofWhich && st.current) st.ofWhichParent = st.current;
  const named = nameClause(a, st, clause, figIndex, nameWords);
  const before = st.current;
  const head = openStatement(a, st, clause, named, ofWhich);
  frameStatement(a, st, head, clause, leading, firstFigureOfSentence, head !== before);
  const { drafts, lastFigEnd } = readFigures(a, st, clause, figIndex, head);
  endClause(a, clause, drafts, named.afterName, lastFigEnd);
}

/**
 * Reads one sentence's items into statements, clause by clause, then dates them. The steps,
 * in order, each in its own file of `sentence/`:
 * 1. `clauses.ts` splits the items at separators (a bracket without figures stays in a name);
 * 2. `figureless.ts` reads a clause with no figure (period, goal frame, base, pending name);
 * 3. `remark.ts` reads a clause that remarks on the statement before (a comparison, a restatement);
 * 4. `clause-name.ts` names a clause with figures; `open.ts` opens its statement;
 * 5. `frame.ts` sets target or actual, stage and period; `figures.ts` places the figures;
 * 6. `clause-end.ts` finishes the clause; `measure-owner.ts` gives a change measured in an
 *    earlier statement's counted noun to that statement; `periods.ts` dates the statements.
 */
export function readSentence(a: SentenceContext, sentence: Sentence, items: readonly Item[]): void {
  const st: SentenceState = {
    sentence,
    span: a.span(sentence.from, sentence.to),
    current: undefined,
    sentencePeriod: undefined,
    sentenceTarget: undefined,
    trailingPeriod: undefined,
    sentenceBase: undefined,
    pending: undefined,
    ofWhichParent: undefined,
    firstFigureSeen: false,
    periods: [],
  };
  a.sentenceYear = statedYear(a, items);
  a.partYears = partYears(a, items);
  const listed = gappedRatesIn(
    a,
    gappedRatesTo(
      a,
      bracketList(
        a,
        leadVerbRates(
          a,
          listCounts(
            a,
            sharedScales(
              a,
              elidedAmounts(
                a,
                listedCompletions(
                  a,
                  listedRatios(a, degreeRates(a, joinedPeriodItems(a, ratioToPeriod(a, sharesOrAmounts(a, items))))),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // (`… have grown by 6.5 per cent and are expected to reach …`: a pair joiner, grammar `pairJoiners`,
  // a word of its own between a figure and a goal marker)
  const joiners = a.g.pairJoiners;
  const pairJoiner = (it: Item): boolean =>
    joiners !== undefined && matchAt(a.tokens, it.from, joiners, it.to + 1)?.to === it.to;
  for (const clause of splitClauses(listed, pairJoiner)) {
    if (clause.sepBefore === ';') st.ofWhichParent = undefined;
    for (const it of clause.items) {
      if (it.t !== 'period') continue;
      const id = a.periodId(it.match);
      if (id) st.periods.push({ id, item: it });
    }
    const figIndex = clause.items.findIndex((it) => it.t === 'figure' || it.t === 'bad-number');
    if (figIndex < 0) readFigurelessClause(a, st, clause);
    else readFigureClause(a, st, clause, figIndex);
  }
  // (`net income of $1.158 billion, or $1.32 per share, up 2.4 percent`: the change is the amount's)
  perShareChanges(a, st);
  bracketReturns(a, st);
  ownMeasures(a, st);
  // (`…, luân chuyển đạt 1.287 triệu người.km, so với cùng kỳ năm trước …, luân chuyển giảm 3,31%`)
  namedChanges(a, st);
  // (`shipped 540,000 tons of rice to 65 countries, up 0.7 percent`: the change is the amount's)
  destinationCounts(a, st);
  volumeValue(a, st);
  volumeValueCompletions(a, st);
  volumeValueStage(a, st);
  // (`a yearly decrease of 1.2% in volume and 17.8% in value`: one base for both rates)
  ellipticBases(a, st);
  // (`… grown 98 per cent since 2012 …, and tourism … up 62 per cent … over the same period`)
  sameSpanBases(a, st);
  valuesFromSources(a, st);
  // (`giảm 7,8% về lượng và giảm 9,5% về giá trị (đạt 342.352 tấn, trị giá 745,3 triệu USD)`)
  bracketMeasures(a, st);
  shareMeasureBase(a, st);
  planMeasureCompletions(a, st);
  statementMeasureNames(a, st);
  respectiveTailBase(a, st);
  pairRespectively(a, st);
  sharedFigures(a, st);
  respectivePeriods(a, st);
  orderPairs(a, st);
  pairChangesThenValues(a, st);
  respectiveBases(a, st);
  // (`…, ngành khai khoáng tăng 8% so với tháng trước và tăng 2,2% so với cùng kỳ; ngành chế biến tương ứng tăng 5,9% và 6,4%`)
  viRespectiveBases(a, st);
  pairChangesWithValues(a, st);
  pairListedCompletions(a, st);
  pairCompletionsWithChanges(a, st);
  pairValuesWithNames(a, st);
  listBounds(a, st);
  listTailBases(a, st);
  sharedTrailingBases(a, st);
  joinedTrailingBase(a, st);
  pluralTrailingBase(a, st);
  respectivelySharedBase(a, st);
  preposedListBases(a, st);
  conditionalGoals(a, st, items);
  planSubjects(a, st);
  purposeGoals(a, st, items);
  forecastResults(a, st, items);
  goalYears(a, st);
  comparedFigures(a, st);
  genrePreviousRates(a, st);
  genreFromRates(a, st);
  genreBracketPeriodRates(a, st);
  labelledBrackets(a, st);
  genreComparedCompletions(a, st);
  movedPercents(a, st);
  // (`…, bằng 99,63% so với cùng kỳ, trong đó vụ Đông Xuân đạt …, bằng 99,88%`: the later item's ratio)
  gappedRatios(a, st);
  movedLevels(a, st);
  listedLevels(a, st);
  listedDatedLevels(a, st);
  bracketedMoves(a, st);
  labelledParts(a, st);
  // (`in both oil (N4.09 trillion) and non-oil (N5.96 trillion) revenues`: a part's amount in brackets)
  namedBracketParts(a, st);
  // (`55.99 million tonnes (mt) … 52.86 mt`: a unit of two sizes the sentence defines)
  definedUnits(a, st);
  // (`posting a 99.2% performance towards hitting its … target`: the share of the plan collected)
  performanceCompletions(a, st);
  comparedPrevious(a, st);
  fromLevelBases(a, st);
  // (`the 2012 target of 4.6 million tourists but an improvement of 11.68% over …`: not the target's rate)
  targetContrastRates(a, st);
  datedMoveChanges(a, st);
  // (`rose by 0.6 per cent, climbing from Sh4.10 trillion in December 2024 to Sh4.12 trillion …`: the later end's rate)
  rateBeforeMoves(a, st);
  // (`2.1% increase in world milk production from 815 million tonnes in 2015 to 822 million tonnes in 2016`)
  rateOnFromLevels(a, st);
  viReachedLevels(a, st);
  viChangeNounAmounts(a, st);
  viVerbBaseRates(a, st);
  periodNamedParts(a, st);
  bracketComparedPeriods(a, st);
  inlineComparedPeriods(a, st);
  bracketPeriodRates(a, st);
  levelDifferences(a, st);
  growthGoals(a, st);
  leadStage(a, st, items);
  // (`…; ước tính đến cuối tháng 8/2019, gieo trồng được …`: a part's own lead stage)
  partLeadStages(a, st, items);
  // (`Dự báo đến ngày 30 tháng 11, tổng vốn huy động … được …`: the report's estimate of the period's close)
  forecastLeadStages(a, st, items);
  // (`…, according to preliminary figures`: a source after the figures names their stage)
  trailingSourceStages(a, st);
  // (`USD 2.1 billion (provisional)`: a stage word alone in brackets after a figure)
  bracketStages(a, st);
  // (`The provisional numbers … increased from 77,029 in September to 78,164 in October`: one name, one stage)
  sharedNameStages(a, st);
  planRates(a, st);
  // (`collected Sh2.1 trillion, a performance rate of 97.6 per cent`: the amount's completion)
  appositeCompletions(a, st);
  // (`reached $1.9 billion, an amount up 18.76 percent …`: the amount's change)
  appositeChanges(a, st);
  frontedPlanCompletions(a, st, items);
  planFigures(a, st);
  slashPairs(a, st);
  bracketPlanPercents(a, st);
  averageRates(a, st);
  enAverageRates(a, st);
  enCompoundRates(a, st);
  planYearFigures(a, st);
  planNames(a, st);
  // (`kế hoạch tiêm 6.000 liều …, 3.000 liều …`: a plan noun before a count verb; round 31)
  planCounts(a, st);
  assignedPlans(a, st);
  // (`approved the plan of VND 27,000 billion in revenue`: a plan's value alone is a target statement)
  planOnlyStatements(a, st);
  // (`…, representing 59.11% of the Rs 100 million target`: the plan's amount between percentage and noun)
  amountPlanCompletions(a, st);
  // (`25.662.000 tấn kế hoạch`, `Sh528 billion allocated` with no completion after them: the plan's figure)
  plansAfterValues(a, st);
  // (`Out of the target of Rs. 59.91 billion, Rs. 13.88 billion or 23.17 percent has been received`)
  measuredPlanPercents(a, st);
  planGapsRestated(a, st);
  shortfallPercents(a, st);
  planCompletionsToResults(a, st);
  // (`… compared to expectations of $17.97 billion, an increase of $774 million or 4.3%`: the rate over the target)
  targetRateCompletions(a, st);
  reasonSplits(a, st);
  reasonChanges(a, st);
  bracketSamePeriods(a, st);
  bracketParallels(a, st);
  gappedKinds(a, st);
  comparedGoalKinds(a, st);
  passiveResults(a, st);
  headlineInfinitives(a, st);
  bracketPeriodValues(a, st, items);
  surveyYears(a, st);
  // (`a 10% rise in revenue and a 15% rise in net profit`: what rose names each rate)
  changeNounObjects(a, st);
  // (`an approximate stock loss of Baht 4,000 million`: the noun's approximation is the amount's)
  approximateNouns(a, st);
  // (`$268M (2023)`: a year alone in brackets after a value dates it)
  bracketYears(a, st);
  // (`much higher than 2012's 5.5 percent`: the rate compared with, of a year of its own)
  comparedRateYears(a, st);
  // (`In the first five months of the year, … revenue of … films in 2024 …`: the name's year completes the lead's part)
  yearInNameParts(a, st);
  datePeriods(a, st);
  // (`CPI (M/M): -0,2% (dự báo -0,2%; trước đó 0,3%)`: the calendar line's other readings; after dating)
  labelReadings(a, st);
  // (`Năm 2022, … đạt …, tăng 7,2% năm 2021`: a bare trailing year of an earlier year is the change's base)
  trailingYearBases(a, st);
  // (`increased by R5.83 billion (4.5%) between August and September 2020`: the move from the first period)
  betweenPeriods(a, st);
  // (after dating: the earlier level keeps no period lent by the sentence)
  reachedFromLevels(a, st);
  // (`That’s up 34% from 2021’s 38.5 million barrels`: the rate is not the earlier level's; after dating)
  ratesBeforeEarlierLevels(a, st);
  // (`29 per cent higher than the 2006 figure of GH¢354.73 million`: the base's own level)
  baseFigureLevels(a, st);
  // (`… against the January 2007 during which exports were recorded $764.169 million`: that month's level)
  baseClauseLevels(a, st);
  // (`RM728.9 million or 35.6 sen per share`: the amount per share, a figure of its own)
  perShareFigures(a, st);
  transportWorkStages(a, st);
  // (`Thu ngân sách ước đạt 804 tỷ đồng, …; chi ngân sách 750 tỷ đồng, …`: the gapped verb's stage)
  gappedStages(a, st);
  bracketPrevious(a, st);
  samePeriodsOfYear(a, st);
  ratePeriods(a, st);
  listLeadBases(a, st);
  ofWhichRatios(a, st);
  dateBaseValues(a, st);
  cumulativeTotals(a, st);
  ofWhichTails(a, st);
  ofWhichStages(a, st);
  unnamedPlanCompletions(a, st);
  // (`… so với kế hoạch đề ra như: Nam Mẫu 106%; Hà Hiệu 89%`: the list's percentages are completions)
  listedPlanCompletions(a, st);
  // (`… vượt kế hoạch 54%, đứng thứ hai là Lạng Giang vượt 25%`: the same plan exceeded again)
  exceededAgain(a, st);
  countPercents(a, st);
  rateLevelsAfterCounts(a, st);
  ratesOfMeasures(a, st);
  ratePoints(a, st);
  goalHorizons(a, st);
  goalYearsAfter(a, st);
  fromToPrevious(a, st);
  laterClausePeriods(a, st);
  yearToDateChanges(a, st);
  attributiveYears(a, st, items);
  earlierLevelKinds(a, st);
  // (`…, vượt dự báo tăng 1,5% của các nhà kinh tế`: the forecast compared with is a target)
  viComparedForecasts(a, st);
  // (`The market is estimated to reach $4.2 billion by 2030`: an estimate of what is to come is a forecast)
  estimatedDeadlines(a, st);
  // (`Parliament approved a Sh3.2 trillion budget`: the plan's amount is a target)
  amountPlanNouns(a, st);
  // (`The Council has allocated $325,000 to the project`: the amount a verb assigns is a target)
  allocatedAmounts(a, st);
  // (`based on a baseline of 775.2 million tons`: a result in a sentence of goals)
  baselineLevels(a, st);
  // (`to P1.02 trillion in 2012 from P858.34 billion in the first three months of 2011`: 2012's three months)
  partsOfBase(a, st);
  // (`…; profit reached nearly 176 billion`: the currency an earlier amount wrote, lent and doubted)
  lentCurrencies(a, st);
  // (`against the target of $4.5 billion for 2024`: the plan's own period after its value)
  planValuePeriods(a, st);
  // (`from a high of $2.2 million in 2008 to a projected $1.8 million in 2011`: a plan figure of its own period)
  targetFieldPeriods(a, st);
  // (`46% of the annual target of N9 trillion` in a half-year's result: the plan is the year's)
  annualPlanPeriods(a, st);
  // (`Nếu làm tròn, … 30 ngàn tựa sách …`: a rounding lead makes every figure about)
  roundedLeads(a, st);
  setTextPeriod(a, st);
}
