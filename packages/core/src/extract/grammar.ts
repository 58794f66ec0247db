import type { ComparisonBase, DataStage } from '../model/types';
import type { Phrase } from './phrase';
import type { ExtractLocale, PlanKind } from './types';

/** Where a comparison base phrase points; `period` bases read their year from the text. */
export type BaseWord = ComparisonBase | { readonly kind: 'plan'; readonly of: PlanKind };

/**
 * The words of one language that the rules look for. Rules are shared; only these lists
 * differ between Vietnamese and English. Every list is matched with the loosening of
 * {@link matchAt} (missing diacritics, spelling variants, a typo inside a longer phrase).
 */
export interface Grammar {
  readonly locale: ExtractLocale;
  /** Scale words and their power of ten. */
  readonly scales: readonly Phrase<number>[];
  /** Scale letters read only glued to a number after a currency (`US$512.6m`); see the vocabulary. */
  readonly currencyScales?: readonly Phrase<number>[];
  /**
   * Nouns of things counted in millions (`54m mobile customers`, `7.6m new users`): after a glued
   * `m` and up to two modifiers, the `m` is the million, never the metre.
   */
  readonly gluedMillionNouns?: readonly Phrase[];
  /** `and` between the parts of one amount written in two scales (`7 million and 591 thousand`; `quantity.ts`). */
  readonly scaleJoiners?: readonly Phrase[];
  /** Unit abbreviations that carry their scale (`27.2 MMT` is 27.2 million tonnes; USDA reports). */
  readonly scaledUnits?: readonly Phrase<readonly [number, string | undefined]>[];
  /** Unit words after a number, with the built-in unit code when there is one. */
  readonly units: readonly Phrase<string | undefined>[];
  /**
   * Function words that are never a modifier of a counted noun (`578 new projects`): a complementizer,
   * a relative pronoun, a determiner or a quantifier (`Outlook 2024 that several services sectors`
   * is no count of 2024 services). Lower case. Optional (a Vietnamese counted noun follows its number).
   */
  readonly countModifierStops?: ReadonlySet<string>;
  /**
   * Words that open a clause of their own before its subject (`…, while 29 more products are
   * scheduled to …`; `rules/en-value-passive-count.ts`, `sentence/en-subject-future.ts`). Folded.
   * English only (a Vietnamese clause opens with its subject).
   */
  readonly clauseOpeners?: ReadonlySet<string>;
  /**
   * The first words of a future or forecast marker that make it a future auxiliary before a
   * figure's verb (`will`, `could`, `might`; `is`/`are` only with a marker ending in `to`:
   * `are expected to`): `rules/en-value-passive-count.ts`. Lower case. English only.
   */
  readonly futureAuxiliaryFirsts?: ReadonlySet<string>;
  /** The copulas among {@link futureAuxiliaryFirsts} that are a future auxiliary only in a marker ending in `to` (`is`, `are`). Lower case. English only. */
  readonly futureCopulas?: ReadonlySet<string>;
  /** Words that join the periods of a list (`2020 and 2021`, `2019, 2020 và 2021`). Folded. */
  readonly periodListJoiners: ReadonlySet<string>;
  /** A base written as an abbreviation after a percentage (`yoy`, `q-o-q`; `rules/percent.ts`). Folded. */
  readonly rateShorthands: ReadonlySet<string>;
  /**
   * The period nouns of a spelt-out base right after a percentage (`year` of `3.8% year-on-year`,
   * `month-on-month`; `rules/percent.ts`). Folded. English only.
   */
  readonly rateOnUnits?: ReadonlySet<string>;
  /**
   * Verbs of a level a goal marker may end with before its bare count (`will reach 900,000`,
   * `will be`, `aims to top`; `rules/value.ts`). Folded. English only.
   */
  readonly markerLevelVerbs?: ReadonlySet<string>;
  /** Bound words that are verbs of their own (`exceeded 900,000`, `topped 2,000`; `rules/value.ts`). Folded. English only. */
  readonly verbBounds?: ReadonlySet<string>;
  /**
   * Prepositions before an English span of months (`in the January-May period`, `throughout the
   * 9-month period`; `rules/en-period-spans.ts`), and the words that open a range of months with
   * the word that closes it (`between … and …`, `from … to/through/until …`). Folded. English only.
   */
  readonly spanPrepositions?: ReadonlySet<string>;
  readonly spanRangeOpen?: Readonly<Record<string, ReadonlySet<string>>>;
  /**
   * The leads of a compared figure in research notes (`vs`, `vs.`, `versus`, `compared to`,
   * `compared with`; `sentence/genre-compared-completion.ts`), token by token, lower case. English only.
   */
  readonly comparedFigureLeads?: readonly (readonly string[])[];
  /** Folded words before a day-month date that make it one (`ngày 11-1`, `sáng 5/8`, `on 11/1`; `rules/context.ts`). */
  readonly dateLeadWords: ReadonlySet<string>;
  /** Folded words between a rank verb and its number (`xếp thứ 3`, `đứng hạng 2`; `rules/rank.ts`). */
  readonly rankOrdinalWords: ReadonlySet<string>;
  /**
   * Lower-case words (with their marks) right before a bare count, or right after it, that make it
   * part of a label or a description, no count (`the 5 largest`, `top 10`, `số 15`, `đợt 2`, `lớp 12`,
   * `16 của`; `rules/bare-count.ts`).
   */
  readonly bareCountBlockers?: ReadonlySet<string>;
  /**
   * Folded words that end a noun phrase before its plural noun is reached (`on November 8 that
   * Vietnam aims`: `that` ends it, so `aims` is no counted noun; `rules/bare-count.ts`).
   */
  readonly bareCountStops?: ReadonlySet<string>;
  /**
   * Honours a report hands out (`Giấy khen`, `Bằng khen`, `certificates of merit`): a bare count a few
   * words after one counts the people or units honoured, no indicator (`rules/bare-count.ts`).
   */
  readonly honourWords?: readonly Phrase[];
  /**
   * A point in time as a base (`rules/context.ts` `pointInTimeAt`): the folded words skipped, in
   * this order, before a full date (`thời điểm ngày 31/12/2022`, `the end of 31/12/2022`), and the
   * end of a year (`cuối năm 2022`, `the end of 2022`): `articles` before `end`, then `end`, then
   * `link` (or a hyphen: `end-2022`).
   */
  readonly pointInTime: {
    readonly dateLeads: readonly (readonly string[])[];
    readonly yearEnd: { readonly articles: ReadonlySet<string>; readonly end: string; readonly link: string };
  };
  /**
   * Modals of possibility (`could`, `might`, `may`): before `have` + participle they guess at a
   * past result (`sentence/goal-marker.ts`); a target marker they open is a possibility the report
   * estimates (`sentence/frame.ts`). Lower case. English only.
   */
  readonly modals?: ReadonlySet<string>;
  /** `have` of `is likely to have widened`: a forecast word before it guesses at a past result. Lower case. English only. */
  readonly perfectInfinitive?: ReadonlySet<string>;
  /**
   * What makes the word after that `have` a past participle — the perfect (`is expected to have
   * reached`), not `have` of possession (`61,000 more households are expected to have clean water`):
   * its endings (`ed`) and the irregular participles (`grown`, `risen`, `fallen`). Lower case.
   * English only.
   */
  readonly pastParticiples?: { readonly endings: readonly string[]; readonly irregular: ReadonlySet<string> };
  /**
   * A forecast's participle without its auxiliary (`Digital economy expected to hit $45bln by 2025`,
   * `…, expected to reach VNĐ450 billion`, `Rice exports forecast to top 8 million tonnes`): the
   * headline's and the reduced clause's forecast, a target of the figures after it (`scan.ts`). After
   * an auxiliary of the past (`was expected to reach`) it is no marker: that is the report's own
   * estimate or a plan recalled. English only.
   */
  readonly reducedForecasts: readonly Phrase[];
  /**
   * `would` after a verb of forecasting in its clause (`predicted the figure would rise to 94.7
   * million in 2018`, `forecast that exports would top …`): the figures after it are the forecast's,
   * targets (`scan.ts`: a verb at most six words before, no punctuation between). English only.
   */
  readonly forecastWould: {
    readonly would: ReadonlySet<string>;
    readonly verbs: ReadonlySet<string>;
    /**
     * Verbs of a level or a move that `would` takes before its figure with no verb of forecasting
     * before it (`state budget expenditures would be VND2.07 quadrillion`, `the planned capacity
     * would be 352,000 MW`, `the export turnover would set a record high of 18 billion USD by 2023`):
     * the future in the past of a plan, a forecast or a budget, a target (`scan.ts`). Not `have`
     * (`would have reached`: a guess at a past result), not `make`, `go` (`75.4% would go to
     * manufacturing`). Lower case.
     */
    readonly levels?: ReadonlySet<string>;
    /**
     * Words that make such a `would` a hypothetical restatement of a result, not a future, when they
     * stand before it in its sentence (`Excluding inflation, the increase would be 7 percent`): folded.
     */
    readonly hypothetical?: ReadonlySet<string>;
    /**
     * The report's verbs of estimating before such a `would` (`The EVN estimated that its combined
     * power output would hit 177 billion kWh in 2016`): the report's estimate, left as it was read. Lower case.
     */
    readonly estimates?: ReadonlySet<string>;
    /** The word after a comparative (`would be faster than an expansion of 4.05%`): the figure is the comparison's, no level of the `would`. Lower case. */
    readonly comparisons?: ReadonlySet<string>;
  };
  /** Future auxiliaries alone (`will`, `sẽ`): no noun of a goal or forecast after a comparison word. Lower case. */
  readonly futureAuxiliaries: ReadonlySet<string>;
  /**
   * Forecasters outside the report (`The World Bank said …`, `Analysts expect …`): their forecast of
   * the year under way is a forecast, not the report's estimate (`sentence/forecast-result.ts`).
   * Lower case. English only.
   */
  readonly outsideForecasters?: ReadonlySet<string>;
  /**
   * Target markers that frame only the figures AFTER them (future words and modals of necessity:
   * `will`, `need to`, `sẽ`, `cần`), as their lower-case NFC text (`scan.ts`).
   */
  readonly leadingOnlyMarkers: ReadonlySet<string>;
  /**
   * One-word markers of a requirement that are also nouns (`needs`, `requires`), with the folded
   * words before them that make them the noun (a determiner, a verb of meeting: `the needs of`,
   * `meet their needs`) and after them (`needs of 2 million people`): `sentence/goal-marker.ts`.
   * English only.
   */
  readonly requirementNouns?: {
    readonly words: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
    readonly after: ReadonlySet<string>;
  };
  /**
   * Forecast markers that are past participles (`words`: `projected`, `predicted`), and the folded
   * words right before one that keep it from framing (`blockers`): a conformity or a comparison (`As
   * predicted, exports reached …`, `higher than projected`) or a passive whose tense the grammar's
   * longer markers decide (`was projected to reach` in a period just ended is an estimate):
   * `sentence/goal-marker.ts`. English only.
   */
  readonly participleMarkers?: { readonly words: ReadonlySet<string>; readonly blockers: ReadonlySet<string> };
  /**
   * One-word verbs of a directive (`words`: `requested`, `urged`, `instructed`) that frame a goal
   * only when their infinitive's `link` (`to`) follows within a few words, none a number or a
   * punctuation mark (`urged provinces to raise exports by 12%`; `the requested capital of …`
   * frames nothing): `sentence/goal-marker.ts`. English only.
   */
  readonly directiveMarkers?: { readonly words: ReadonlySet<string>; readonly link: ReadonlySet<string> };
  /**
   * The newswire's passive of a forecast (`Production was seen rising 11.2% to 1.7 million tonnes`,
   * `stocks were seen falling 5%`): `words` are target markers only when a verb of `verbs` (a move in its
   * -ing form) follows at once — `a rise was seen in exports`, `profit was seen at VND 270 billion` (the
   * report's own reading) frame nothing. `scan.ts`; optional (English).
   */
  readonly seenForecasts?: { readonly words: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  /**
   * A modal of possibility that is a word of another kind too (`may`, the month `May`): a target marker
   * only as written in lower case and right before one of `verbs`, a move in its base form (`output in
   * the 2018-19 season may climb 11 percent to 5.1 million bags`); `the May increase` frames nothing.
   * `scan.ts`; optional (English).
   */
  /**
   * A platform's or a plan's commitments written as commands (`Establish the $5.1 million … Fund`, `Invest
   * $2 million into …`): `verbs` in their base form open the sentence before their object. `scan.ts`;
   * optional (English; round 60).
   */
  /**
   * Words of a cause that may follow an amount's restatement as a rate with no comma (`increased $27.8
   * million or 14.3% reflecting higher investment`): the rate ends there (`rules/change.ts`; round 60).
   * `or 11 percent of the total` stays a share. Optional.
   */
  readonly restatedRateTails?: readonly Phrase[];
  readonly imperativeLeads?: {
    readonly verbs: ReadonlySet<string>;
    /** What opens the verb's object: articles, determiners, currency signs (folded or as written). */
    readonly objects: ReadonlySet<string>;
    /** Verbs before another verb (`Help identify …`): any word but `stops` may follow. */
    readonly verbLeads: ReadonlySet<string>;
    readonly stops: ReadonlySet<string>;
  };
  readonly modalMoves?: { readonly words: ReadonlySet<string>; readonly verbs: ReadonlySet<string> };
  /**
   * A headline's future in the infinitive (`VINACOMIN to sell 36 tons of coal`, `Vietnam to have
   * 2,000 MW of rooftop solar power capacity in 2020`, `Health insurance to cover 91.05 million
   * people by the end of this year`): the `link` (`to`) right after the sentence's opening noun
   * phrase and before one of `verbs` (base forms of what a plan does with a figure: `have`, `sell`,
   * `build`, `raise`, `reach`). What is to be done is a goal (`sentence/headline-infinitive.ts`).
   * `objectLinks` are the words of the grammar's `valueVerbs` that may stand between the verb and
   * its figure (`to raise exports to US$5 billion`, `to have a capacity of 2,000 MW`, `to keep
   * inflation at 4%`); any other value verb there is the subject's own (`Funds to build roads reach
   * VND 5 trillion`). English only.
   */
  readonly headlineInfinitives?: {
    readonly link: ReadonlySet<string>;
    readonly verbs: ReadonlySet<string>;
    readonly objectLinks: ReadonlySet<string>;
  };
  /**
   * What may stand between a compare lead and its figure (`sentence/compared-side.ts`): the
   * measure's own noun (`from the rate of 3.62%`, `từ mức 3,91%`; lower case) and folded words of
   * an article or a currency (`up from a level of`, `vs US$`).
   */
  readonly comparedLeadSkips: { readonly nouns: ReadonlySet<string>; readonly words: ReadonlySet<string> };
  /**
   * Compare leads before the other side's figure (`so với mức 43,3% của 4 tháng đầu năm 2017`,
   * `cao hơn mức 87,1% của cùng kỳ năm 2023`; `sentence/compared-side.ts`); without them the
   * step reads {@link genrePreviousLeads}.
   */
  readonly comparedPreviousLeads?: readonly Phrase[];
  /** Copulas between a bracket's period and its figure (`(tháng 9/2024 đạt 6,47%)`). Lower case. */
  readonly bracketLabelVerbs: ReadonlySet<string>;
  /**
   * A move from one figure to another (`from 3.1% to 4.2%`, `từ 3,1% lên 4,2%`;
   * `sentence/moved-percents.ts`): the word of its start, the words of its end (never the range's
   * `đến`), and the words before `to` that make it no end of a move (`up to`). Lower case.
   */
  readonly moveWords: {
    readonly from: string;
    readonly to: ReadonlySet<string>;
    readonly notBeforeTo: ReadonlySet<string>;
  };
  /**
   * The scale words of one token (`million`, `bn`, `m`), from the shared vocabulary: no noun after a
   * list's count (`15.21 million (30% of …)`; `sentence/statement-measure-names.ts`). Folded. English only.
   */
  readonly scaleTokens?: ReadonlySet<string>;
  /** Words that end the noun after a list's count (`80,000 vessel calls in 2024`, `… up 6.5%`). Folded. English only. */
  readonly countNounEnds?: ReadonlySet<string>;
  /**
   * A completion's plan that names its measure (`101% of the revenue target`): the plan nouns that
   * end it and the words before the measure that are none (`of its annual`, `the set`). Folded. English only.
   */
  readonly planMeasure?: { readonly nouns: ReadonlySet<string>; readonly qualifiers: ReadonlySet<string> };
  /**
   * Folded words of who sets a plan or how (`dự toán tỉnh giao`, `kế hoạch của thành phố`, `of the
   * provincial estimate`, `of the government's target`): no measure of the plan.
   */
  readonly planAssigners: ReadonlySet<string>;
  /** Folded words that end with a full stop without ending the sentence (`TP.`, `No.`, `Co.`); `segment.ts` reads both languages'. */
  readonly abbreviations: ReadonlySet<string>;
  /**
   * Words of a span text that name a multiple as such (`gấp 3 lần`, `three-fold`, `doubled`): the
   * count before a times word is then no count of something (`certainty/doubts/count-or-multiple.ts`).
   * Tested on the folded span text.
   */
  readonly multipleMarks: RegExp;
  /**
   * `increasedby 8.16 percent`: a word glued to `by` by web text (its `suffix`), except the words
   * that end so on their own (`nearby`, `thereby`): `certainty/doubts/rate-or-ratio.ts`. Lower case. English only.
   */
  readonly byGlued?: { readonly suffix: string; readonly not: ReadonlySet<string> };
  /**
   * A span of months or quarters named in a statement's name (`9-month`, `six-month`, `first-half`,
   * `year-to-date`; Vietnamese `6 tháng`, round 69; `certainty/weigh-period.ts`).
   */
  readonly ownSpan?: RegExp;
  /**
   * Marks of a change reckoned from the start of the year (`year-to-date`, `year to date`, `ytd`):
   * next to a change of a statement dated by one month, that month's year to date
   * (`sentence/year-to-date.ts`). Optional (English only).
   */
  readonly yearToDateWords?: readonly Phrase[];
  /** Folded words of a day in a compound unit's denominator (`giờ/ngày`, `hours per day`: `hours-per-day`; `quantity.ts`). */
  readonly dayWords: ReadonlySet<string>;
  /**
   * The plan named inside an exceed verb (`exceeding the plan by 8.9%`; `rules/completion-exceeded.ts`):
   * its nouns, lower case, with what they are; the first in the verb's text is the plan's.
   */
  readonly exceedPlanNouns: Readonly<Record<string, PlanKind>>;
  /**
   * Compare words too common to mean a comparison on their own (`of`, `với`): one alone before a
   * base links more than it compares (`certainty/doubts/average-base.ts`, `unread-base.ts`,
   * `sentence/list-tail-base.ts`). Lower case.
   */
  readonly weakCompareWords: ReadonlySet<string>;
  /** Folded words before a time word that make a per-period tail (`a year`, `each month`, `mỗi năm`, `hằng năm`). */
  readonly perPeriodLeads: ReadonlySet<string>;
  /**
   * Determiners before a plan noun (`certainty/doubts/en-r16.ts`): `owner` — whose plan it is (`the`,
   * `its`, `their`); `any` — every determiner of a noun phrase. Lower case. English only.
   */
  readonly planDeterminers?: { readonly owner: ReadonlySet<string>; readonly any: ReadonlySet<string> };
  /** Determiners before a stand-in noun of an earlier level (`from the level of`, `that`, `those`; `rules/en-change-earlier-level.ts`, `rules/en-change-standin.ts`). Folded. English only. */
  readonly standInDeterminers?: ReadonlySet<string>;
  /** Unit words that are a points or times word of their own (`điểm`, `lần`): no unit after a number (`quantity.ts`). */
  readonly pointOrTimesUnits: ReadonlySet<string>;
  /**
   * Unit words that are also ordinary words and are read as a unit only after a quantity of at least
   * a thousand (a scale word or four digits): `58,000 tones of rubber` (a misspelt `tonnes`, test22), never
   * `12 tones` of a paint. Round 33.
   */
  readonly bulkOnlyUnits?: ReadonlySet<string>;
  /** Compare words after which no noun stands in for the figure (`26 percent of the total in 2022` is a share; `rules/context.ts`). */
  readonly noStandInCompareWords: ReadonlySet<string>;
  /** Phrases of the verb lists that after a count of months are no verb of a figure (`6 tháng với …`, `:`; `rules/context.ts`). */
  readonly monthCountNotVerbs: ReadonlySet<string>;
  /** Coordinating conjunctions that end a figure's subject noun phrase (`and`, `or`, `but`; `sentence/en-subject-future.ts`). Folded. English only. */
  readonly coordinators?: ReadonlySet<string>;
  /**
   * Bound phrases that also read as the end of a rise (`up to`: `rose 5% up to 20%` is a move, `up to
   * 23.3 percent against the same period` a rise; `rules/change.ts`, `rules/percent.ts`). Their texts.
   */
  readonly riseBounds: ReadonlySet<string>;
  /** A direction word right after a listed percentage that signs it (`Hong Kong (111.3% up)`; `sentence/en-list-lead-verb.ts`). Lower case. English only. */
  readonly bareDirections?: Readonly<Record<string, 1 | -1>>;
  /** The possessive link of a figure to its period (`… 7,2% của cùng kỳ`; `sentence/vi-compared-period.ts`, `vi-rate-period.ts`). Folded. */
  readonly possessiveLinks: ReadonlySet<string>;
  /** Currency written before the number (`VND 3,630 billion`, `$1.2 million`). */
  readonly currencyBefore: readonly Phrase<string>[];
  /** Percent written as a word (`phần trăm`, `percent`). */
  readonly percentWords: readonly Phrase[];
  /** Words that link a same-period base to its year (`cùng kỳ năm 2019`, `the same period of 2019`). */
  readonly samePeriodYearLinks: ReadonlySet<string>;
  /**
   * `the same period`, `the same quarter`: a part of a year named by the sentence's own, before
   * `of 2023` — the period `2023` is that part of 2023 (`sentence/same-period-of-year.ts`).
   */
  readonly samePeriodNouns: readonly Phrase[];
  /**
   * A research note's bracket label naming the same part of an earlier year (`(corresponding period of
   * 2016: 57,165,661 TEU)`): the words before the label's year. English. Optional.
   */
  readonly samePeriodLabels?: readonly Phrase[];
  /** Percentage points (`điểm phần trăm`, `percentage points`). */
  readonly pointWords: readonly Phrase[];
  /** `bps`, `basis points`: a hundredth of a percentage point (`rules/genre-basis-points.ts`). */
  readonly basisPointWords?: readonly Phrase[];
  /** Times (`lần`, `times`, `-fold`). */
  /**
   * Links before a period right after a multiple that make the period the statement's date, not the
   * multiple's base (`rose six-fold in 2023`; `gấp 3,2 lần năm 2023`, `five times that of 2022` are
   * bases). Optional; round 39.
   */
  readonly timesDateLinks?: ReadonlySet<string>;
  readonly timesWords: readonly Phrase[];
  /**
   * A multiple's suffix written glued to its number (`jumped 3.1x`, `a 4.6x increase`): read as
   * times only beside a rising verb, a change noun or a base (`rules/change-times.ts`), never alone
   * (`a P/E of 15x`, `trading at 12.5x earnings` are valuation multiples).
   */
  readonly gluedTimesSuffixes?: readonly Phrase[];
  /**
   * Nouns of a forecast that take the figure written right before them as their own (`Viet Nam's
   * 5.8 percent growth projection`, `its 6.5% GDP forecast for 2025`): a goal, though a forecast
   * word otherwise frames only the figures after it (`sentence/frame.ts`).
   */
  readonly ownForecastNouns?: readonly Phrase[];
  /** The words that may stand between such a figure and its forecast noun (`growth`, `GDP`, `inflation`). */
  readonly ownForecastModifiers?: ReadonlySet<string>;
  /**
   * The words that make a value before them the value of the goal noun after them (`had fixed Rs.
   * 5,920 crore as the target`, `set 8% as its goal`: `as the`, `as its`); `sentence/frame.ts`
   * `ownGoalValue`, round 63.
   */
  readonly goalAsLinks?: readonly Phrase[];
  /**
   * A noun phrase that points back at the level just stated (`the figure`, `this number`; `the
   * value`, `this amount` — `money`: only after an amount of money): as the subject of changes
   * alone it names no new statement (`sentence/clause-name.ts`).
   */
  readonly anaphoricLevelNames?: readonly Phrase<'any' | 'money'>[];
  /** Multiples written as words, with their value: `gấp đôi` 2, `double` 2, `twice` 2. */
  readonly multipleWords: readonly Phrase<string>[];
  /**
   * The {@link multipleWords} that are verb forms standing alone (`doubled`, `tripling`): used
   * intransitively — nothing, a period, `to` a level, a joiner or a base after them — they state
   * the multiple with no base (`Egg production has almost quadrupled`, `exports doubled in 2023`).
   * Lower case. English only.
   */
  readonly multipleVerbForms?: ReadonlySet<string>;
  /**
   * The {@link multipleWords} that are a verb's base form (`double`, `triple`): read as such only
   * after a bound, a modal or `will` (`volumes more than double in the first quarter`, `could
   * triple by 2030`; `to double efforts`, `a double taxation agreement` are none). Lower case.
   * English only.
   */
  readonly multipleBaseVerbs?: ReadonlySet<string>;
  /** Number words that count a multiple before a times word (`three-fold`, `five times`), as digits. */
  readonly multipleNumbers: readonly Phrase<string>[];
  /** English `higher`/`lower` after an amount (`5 points higher than in 2022`), with the sign. */
  readonly directionAfter: readonly Phrase<1 | -1>[];
  /**
   * Units of transport work, folded (`tấn.km`, `lượt khách.km`, `tonne-km`): the GSO's `luân chuyển`
   * beside its `vận chuyển` volume, a figure of the same release and stage.
   */
  readonly transportWorkUnits: ReadonlySet<string>;
  /** Whom a density counts per: `dân`, `người`, `inhabitants`. */
  readonly populationWords: readonly Phrase[];
  /** Time denominators of compound units: `giờ/ngày`, `hours per day`. */
  readonly timeWords: readonly Phrase[];
  /** `per` in `49.8 per 100 inhabitants`; the slash always works. */
  readonly perWords: readonly Phrase[];
  /** Verbs that introduce a value: `ước đạt`, `đạt`, `là`, `reached`, `was estimated at`. */
  readonly valueVerbs: readonly Phrase<DataStage | undefined>[];
  /** Verbs after which the number counts the noun that follows: `cung cấp 174 dịch vụ`. */
  readonly countVerbs: readonly Phrase[];
  /** Data stage words anywhere before the figure: `ước tính`, `sơ bộ`, `preliminary`. */
  readonly stageWords: readonly Phrase<DataStage>[];
  /** `khoảng`, `hơn`, `about`, `over`: the number is a bound or an approximation. */
  readonly approximate: readonly Phrase<'about' | 'over' | 'under'>[];
  /**
   * `giá trị sản xuất trên 1 ha đất canh tác`, `thu nhập bình quân trên một lao động`: a word of
   * `per` (`leads`) and the number one (`ones`, lower case; the digit `1` too) inside a name, before
   * the noun the indicator is divided by — no bound, no figure. After a noun of size (`sizes`:
   * `trang trại quy mô trên 1 ha`) the same words are a threshold, a bound as ever.
   */
  readonly perOne: {
    readonly leads: readonly Phrase[];
    readonly ones: ReadonlySet<string>;
    readonly sizes: readonly Phrase[];
  };
  /** `bình quân`, `average`. */
  readonly averageWords: readonly Phrase[];
  /** A lead that says the sentence's figures are rounded (`Nếu làm tròn,`, `In round numbers,`): each is `about` (`sentence/rounded-lead.ts`, round 58). */
  readonly roundedLeads?: readonly Phrase[];
  /** Change nouns' yearly words (`an annual growth rate of 5.7%`): in a sentence that spans several years, an average rate (`annualSpanRateDoubt`, round 58). */
  readonly annualChangeNounWords?: readonly Phrase[];
  /** Nouns of a span of several years after a rate (`over the decade`): its yearly rate is an average (`annualSpanRateDoubt`). */
  readonly multiYearSpans?: readonly Phrase[];
  /**
   * Compound nouns that open with a scale word (`tỷ lệ`, `tỷ trọng`, `tỷ giá`): after a number they
   * are the next noun, no scale (`mục tiêu 2025 tỷ lệ tiêm chủng đạt 95%` is no 2 025 tỷ; `quantity.ts`). Optional.
   */
  readonly scaleCompounds?: readonly Phrase[];
  /**
   * `hằng năm`, `mỗi năm`: a yearly adverb between a change verb (or its average word) and the
   * percentage (`tăng bình quân hằng năm 11%`, `giảm mỗi năm 1,5%`): the figure is an average
   * yearly rate of change (`sentence/vi-average-rate.ts`). Optional.
   */
  readonly yearlyAdverbs?: readonly Phrase[];
  /** Verbs before a completion or ratio percentage: `đạt`, `bằng`, `reaching`, `equal to`. */
  readonly percentVerbs: readonly Phrase[];
  /**
   * The verbs after an amount whose bare percentage, ending its clause, is read as the completion of
   * a plan the sentence does not name, left uncertain (`sentence/unnamed-plan.ts`): Vietnamese `đạt`,
   * `hoàn thành`; English participles only (`…, reaching 18.36%`, `…, achieving 94%`).
   */
  readonly unnamedPlanVerbs: readonly Phrase[];
  /**
   * Words that open the name of a count (`số lần`, `số bệnh nhân`, `the number of`): a count has no
   * level in percent, so a percentage after a verb of reaching is a completion (`sentence/count-percent.ts`). Optional.
   */
  readonly countNameHeads?: readonly Phrase[];
  /** What a completion percentage is of: `kế hoạch (giao)`, `dự toán`, `of the annual plan`. */
  readonly planWords: readonly Phrase<PlanKind>[];
  /** `vượt … kế hoạch`, `exceeding the plan by`. */
  readonly exceedVerbs: readonly Phrase[];
  /**
   * The nouns a completion is measured against, read as the head of a short noun phrase
   * (`of the city's annual forecast`, `tổng kế hoạch`): `plan`, `target`, `estimate`, `forecast`.
   */
  readonly planNouns: readonly Phrase<PlanKind>[];
  /**
   * Adjectives of a project's progress right after a percentage that ends its clause (`the line is
   * approximately 70% complete`): the share of the planned work done, a completion. Optional.
   */
  readonly progressAdjectives?: readonly Phrase[];
  /** The word that opens such a noun phrase after a percentage (`of`); none in Vietnamese. */
  readonly planOf: readonly Phrase[];
  /**
   * `97.49 per cent of the target that was 5.1tr/-`, `91 per cent of the target which was set at
   * 478.57 mt`: a relative clause between a completion's plan noun and the plan's value, read as
   * `planOf` is (`rules/plan-value.ts`). Optional; English only (round 46).
   */
  readonly planRelativeLinks?: readonly Phrase[];
  /** Words that end the modifiers of a plan noun phrase before its noun (`in`, `and`, `for`). */
  readonly planPhraseStops: ReadonlySet<string>;
  /** `exceeding`, `surpassed`, `vượt`: the head of `exceeding the target set in May by 5%`. */
  readonly exceedHeads: readonly Phrase[];
  /** `fell short of`, `missed`: the head of `fell short of the annual target by 8 percent` (completion 100 − 8); none in Vietnamese. */
  readonly shortfallHeads: readonly Phrase[];
  /**
   * Words that open a sentence with the year it runs to (`Đến năm 2030, …`): its plain result may be a
   * goal (`certainty/doubts/horizon-kind.ts`, round 47). Optional.
   */
  readonly horizonLeads?: readonly Phrase[];
  /** Words before a horizon lead that make it a point in time (`tính đến năm 2022`: as of). Optional (round 47). */
  readonly horizonStops?: readonly Phrase[];
  /**
   * A signed variance against the plan (`positive variance of`, `negative variance of`): the
   * percentage after it is the excess (1) or the shortfall (−1) — completion 100 ± X (round 47). English.
   */
  readonly varianceHeads?: readonly Phrase<1 | -1>[];
  /**
   * Names of a demographic rate whose growth word belongs to the indicator (`tỷ lệ tăng dân số tự
   * nhiên`, `natural population growth rate`): its percentage is the year's level, never a change
   * (`sentence/growth-level.ts`, round 47). Optional.
   */
  readonly levelRateNames?: readonly Phrase[];
  /**
   * Verbs of revising a plan (`revised`, `scaled down`, `cut`): before a plan noun and `from X to Y`,
   * the plan moved and Y is the plan now (`rules/from-to.ts`, round 47). English.
   */
  readonly reviseVerbs?: readonly Phrase[];
  /**
   * Nouns of a gap with `of` (`shortfall of`, `difference of`): the figure right after one is the
   * distance between two figures, doubted as a level (round 47). English.
   */
  readonly gapNouns?: readonly Phrase[];
  /**
   * Nouns of a gap right after an amount (`posted a sh9.3b shortfall`): the amount is the distance to
   * another figure, not a level (`certainty/doubts/difference.ts`, round 62). Optional.
   */
  readonly gapNounsAfter?: readonly Phrase[];
  /**
   * `saw a substantial increase in deposits, amounting to ₦21 trillion`: the links from a noun of
   * change (grammar `changeNounsAfterAmount`) in the same clause to its amount — the size of the change,
   * no level (`certainty/doubts/difference.ts`; round 59). Optional.
   */
  readonly changeAmountLinks?: readonly Phrase[];
  /**
   * A noun of change and its `of` right before an amount that is no percentage (`an improvement of R5bn
   * from the reported R32bn`): the amount is the change's size (not `an advance of`, a payment).
   */
  readonly changeAmountOfNouns?: readonly Phrase[];
  /**
   * Copulas after a subject that holds a noun of change (`The year-on-year increase was 8,131
   * jobs`): the amount after them is the size of that change (`certainty/doubts/difference.ts`,
   * round 62). Optional.
   */
  readonly changeAmountCopulas?: readonly Phrase[];
  /**
   * Compare words of a base after an added amount's noun (`341,000 extra visitors over the previous
   * year`): with a word of addition (`additiveWords`) after the amount, or before it after `or` and a
   * percentage (`up 26.1% or an additional 83,728 visitors`), the amount is the size of a rise
   * (`certainty/doubts/difference.ts`, round 62). Optional.
   */
  readonly addedAmountBases?: readonly Phrase[];
  /**
   * Nouns of an undertaking whose `to` opens a goal's infinitive (`a programme to plant 1 billion
   * trees`), but is the preposition of a level reached when an amount follows it (`under the Programme
   * to over ₦927.94 billion`): `scan.ts`, round 62. Folded. Optional.
   */
  readonly undertakingNouns?: ReadonlySet<string>;
  /**
   * Words after which a period dates the start of a running total (`leads`: `since its inception in
   * November 2015`), not its span: the statement's period is doubted — unless a word of a period's own
   * start stands between (`within`: `since the beginning of 2020` is within 2020)
   * (`certainty/weigh-period.ts`, round 62). Folded. Optional.
   */
  readonly periodStartLeads?: { readonly leads: ReadonlySet<string>; readonly within: ReadonlySet<string> };
  /**
   * `added 5 million new subscribers in October, giving it a total of 513,466,000`: verbs of adding
   * (`verbs`) before an amount, and the words of the total it brought (`totals`) later in the
   * sentence — the amount is the increment, no level (round 50). English.
   */
  readonly addedToTotal?: { readonly verbs: readonly Phrase[]; readonly totals: readonly Phrase[] };
  /**
   * Shortfall heads that name no plan of their own (`while PAYE fell short by 3.5%`): before `by`,
   * they fall short of the plan an earlier shortfall of the sentence names (round 47). English.
   */
  readonly shortByHeads?: readonly Phrase[];
  /** `compared with the target of Rs 2.3 trillion`: compare words before a plan noun whose value follows `of` (`rules/plan-value.ts`). */
  readonly comparedPlanLeads?: readonly Phrase[];
  /**
   * `collected GH¢910 million as against a target of GH¢887 million`: words measuring a result
   * against the plan whose value follows the plan noun (`rules/plan-value.ts`). Optional; English
   * only (round 46).
   */
  readonly againstPlanLeads?: readonly Phrase[];
  /**
   * `as against 692,372 in the previous year`, `tăng từ mức 58.000 của năm ngoái`: the words before a
   * bare earlier level and the links of its time after it (`rules/earlier-level-bare.ts`). Optional
   * (round 48).
   */
  readonly bareLevelLeads?: { readonly leads: readonly Phrase[]; readonly links: ReadonlySet<string> };
  /**
   * `in both oil (N4.09 trillion) and non-oil (N5.96 trillion) revenues`: the words that end the name
   * of a part read back from its bracketed amount (`sentence/named-bracket-parts.ts`). Optional;
   * English only (round 46).
   */
  readonly bracketPartStops?: readonly Phrase[];
  /**
   * `posting a 99.2% performance towards hitting its … target`: the revenue authorities' noun of the
   * share of a plan collected, next to a percentage (`sentence/performance-completion.ts`). Optional;
   * English only (round 46).
   */
  readonly performanceNouns?: readonly Phrase[];
  /**
   * `433.76 mt`: written units that name two sizes — a metric tonne (`167,259 MT`) and a million
   * tonnes (Indian output reports) — read as the first, doubted below 1,000 with no scale word
   * (`certainty/doubts/ambiguous-unit.ts`). Lower-case forms. Optional (round 46).
   */
  readonly scaleAmbiguousUnits?: ReadonlySet<string>;
  /**
   * Places whose money is written with a bare `$` and is no US dollar (`Guyana`, `Zimbabwe`, `Canadian`):
   * a `$` amount whose statement's name holds one is not certain to be in US dollars — unless a word of
   * `partnerLeads` (`to`, `from`, `with`) makes the place a trading partner (`certainty/doubts/ambiguous-unit.ts`).
   */
  readonly localDollarPlaces?: { readonly places: readonly Phrase[]; readonly partnerLeads: ReadonlySet<string> };
  /** `by` before the amount of `exceeding the target … by 5%`; none in Vietnamese. */
  readonly exceedBy: readonly Phrase[];
  /** `above`/`below` a plan noun after a rate (`22.5% above estimates`): over or under the plan. */
  readonly planSides: readonly Phrase<1 | -1>[];
  /**
   * `over`/`above` between a bare percentage and a period base (`11.6 percent over the same
   * period last year`): the percentage is a rate of rise (or fall, −1) against that base, not a
   * ratio; none in Vietnamese (`tăng`/`giảm` carry the sign there).
   */
  readonly rateSides: readonly Phrase<1 | -1>[];
  /** `under`: a side word that makes the figure before it a shortfall only with a plan noun right after it (`came in R192-million under target`; `certainty/doubts/difference.ts`). */
  readonly shortfallSides?: readonly Phrase[];
  /**
   * Generic nouns of a level (`with a value …`, `a total of …`, `tổng giá trị`): a clause named by
   * one alone, after a statement with no level yet, gives that statement its level.
   */
  readonly genericValueNames: readonly Phrase[];
  /** Words before a clause's figures that report a result (`đến nay`, `đã`, `so far`): no goal frame reaches it. */
  readonly resultLeads: readonly Phrase[];
  /** Words of a span still running (`so far`, `to date`): beside a whole year they make it the year to date (`certainty/weigh-period.ts`, round 69). Optional. */
  readonly soFarWords?: readonly Phrase[];
  /** `the realization`, `the achievement`: a noun of the result that opens a clause after a target (`sentence/frame.ts`), not before `of`. Optional (round 48). */
  readonly resultNouns?: readonly Phrase[];
  /**
   * Nouns of a census or survey (`census`, `survey`): its year — `according to the 2019 census`,
   * `the PAPI 2022 survey`, `a census conducted in 2019` — dates the figures it reports that have no
   * period of their own (`sentence/survey-year.ts`). Folded; English only.
   */
  readonly surveyNouns?: ReadonlySet<string>;
  /** Words that open a comparison base before a period (`compared to … in 2019`, `so với năm 2019`). */
  readonly periodBaseLeads: readonly Phrase[];
  /**
   * Two words whose second is a compare word, that together lead the time a stock is measured at,
   * never a base: `As of December 2021, …` (the period `2021-12`), `as at June 2024` — that `of` is
   * no `of` of a comparison (`up 5 percent of last year`). English only (Vietnamese `tính đến` has
   * no compare word in it).
   */
  readonly pointInTimeLeads: readonly Phrase[];
  /**
   * Words right before a whole month that reach to it (`đến tháng 12/2023`): a deadline or a cut-off,
   * the month for a stock, the year to it for a flow — the month read is doubted (`month-end`,
   * `certainty/weigh-period.ts`). Optional (none in English, whose `until August 2023` is read as the
   * year to it with `throughMonthLeads`).
   */
  readonly monthCutOffLeads?: readonly Phrase[];
  /**
   * Prepositions before a count of the places an amount went to or was made in (`exported 12,000
   * tonnes of coffee to 30 markets, up 5%`, `sold 500 cars in 12 provinces, up 8%`): the change after
   * the count measures the amount (`sentence/en-destination-count.ts`). Optional (none: the change
   * stays the count's).
   */
  readonly destinationPrepositions?: readonly Phrase[];
  /**
   * Plural goal nouns (`targets`, `goals`): after two values of one unit joined by `and` (`fixed 13.11
   * billion dollars and 15.21 billion dollars targets`) they make both goals (`sentence/figures.ts`).
   * Optional (none: the noun names the value right before it only).
   */
  readonly pluralGoalNouns?: readonly Phrase[];
  /** `than they were at this point in 2011` (English): a pronoun and its verb after a compare word, read past to the base. */
  readonly baseClauseLeads?: readonly Phrase[] | undefined;
  /**
   * Demonstratives that open a base only after a comparison word (`higher than that in 2019`,
   * `compared with those of last year`); elsewhere they are no base (`The ministry said that in
   * 2022, …`).
   */
  readonly baseDemonstratives: ReadonlySet<string>;
  /** Increase and decrease verbs, with the sign they give. */
  readonly changeVerbs: readonly Phrase<1 | -1>[];
  /**
   * Transitive verbs of change whose object stands before the amount's `by` (`increased
   * shipments by 10 percent`, `cut costs by 5%`), with their sign; none in Vietnamese.
   */
  readonly transitiveChangeVerbs: readonly Phrase<1 | -1>[];
  /** The preposition of that amount (`by`). */
  readonly transitiveChangeBy: ReadonlySet<string>;
  /** A past auxiliary before a participle: `17,400 new jobs were created`, `have been built`; none in Vietnamese. */
  readonly passiveAuxiliaries: readonly Phrase[];
  /**
   * The perfect's auxiliary before an intransitive participle (`over 886,000 students have
   * registered`, `12,000 guest workers have returned`): the count of the noun that did it. English only.
   */
  readonly perfectAuxiliaries?: readonly Phrase[];
  /**
   * Intransitive verbs of occurrence in the past after a counted noun (`20,280 traffic accidents
   * happened`, `957 fires occurred`, `12 landslides took place`): the count of the events. English only.
   */
  readonly occurrenceVerbs?: readonly Phrase[];
  /**
   * The joiner before the last item of a list of names with bracketed counts (`…, Bamboo Airways
   * (29) and Pacific Airlines (14)`: `rules/en-named-bracket-count.ts`) or bare ones (`…, Hà Tĩnh 61
   * và Thanh Hoá 61`: `rules/vi-named-count.ts`).
   */
  readonly namedCountJoiners?: readonly Phrase[];
  /**
   * Nouns that open a numbered label, not a place that is counted (`Đường Hùng Vương 25`, `Khu Phố
   * 3`, `Tổ 5`): a name opening with one before a number gives no count (`rules/vi-named-count.ts`).
   */
  readonly namedCountLabels?: readonly Phrase[];
  /** Past participles not ending in `-ed` (`built`, `sold`, `set up`'s `set`). */
  readonly irregularParticiples: ReadonlySet<string>;
  /**
   * Verbs of holding or running things in the present tense, read as a past count verb is before a
   * count of a plural noun (`MSC operates around 860 cargo ships`, `employs 1,200 workers`, `owns 12
   * hotels`; `rules/value.ts` pastCountVerbAt). English only; round 29.
   */
  readonly presentCountVerbs?: ReadonlySet<string>;
  /**
   * A verb's other forms before a count of a plural noun, read as a past count verb is (`rules/value.ts`
   * pastCountVerbAt; English only, round 30): `baseLeads` a verb's base form follows (`to`, a modal:
   * `is able to deliver no less than 40 tugs`, `will open up to 100 new stores`, `plans to construct
   * 500 houses`), with at most one word of `adverbs` or in `-ly` between (`will also open`); a word in
   * `-ing` is a participle or a gerund (`continue opening more than 70 new laptop centers`, `was
   * managing and operating 13 ships`, `invest in purchasing 02 bulk cargo ships`) unless one of
   * `participleBlockers` stands before it (`the remaining 20 projects`, `its existing 40 stores`: an
   * adjective; nor are they a base form after `to`, `exports to the 27 EU countries`); `presentVerbs` are third persons of making and opening things (`opens nearly 2 new
   * stores daily`, `delivers 40 tugs a year`) beside `presentCountVerbs`.
   */
  readonly countVerbForms?: {
    readonly baseLeads: ReadonlySet<string>;
    readonly adverbs: ReadonlySet<string>;
    readonly participleBlockers: ReadonlySet<string>;
    readonly presentVerbs: ReadonlySet<string>;
  };
  /** Articles before a change noun phrase (`a`, `an`); none in Vietnamese. */
  /** `Đơn vị tính`, `ĐVT`, `Unit`: the label of a table's unit before a colon (`rules/unit-declaration.ts`, round 39). Optional. */
  /** `giúp cho`, `khiến`, `kéo theo`: a word of consequence after a figure that opens the statement of the measure named after it (`sentence/figures.ts`, round 39). Optional. */
  readonly consequenceLeads?: readonly Phrase[];
  readonly unitDeclarations?: readonly Phrase[];
  readonly articles: readonly Phrase[];
  /** After `N times`: `higher`, `as much` (English); none in Vietnamese. */
  readonly timesTail: readonly Phrase[];
  /** Nouns after a year that make it a base (`the 2015 level`, `the 2022 figure`). */
  readonly yearLevelNouns: readonly Phrase[];
  /** `from the December estimate`: the estimate words that name a month's figure after the month (English). */
  readonly monthEstimateNouns: readonly Phrase[];
  /** `over last May's haul`: the word before a possessive month that makes it that month a year before (English). */
  readonly lastPossessiveWords?: ReadonlySet<string> | undefined;
  /** `last year's output` (English): a year in the possessive, a base only before the noun of its figure. */
  readonly possessiveYearBases?: readonly Phrase<BaseWord>[] | undefined;
  /** `over last year's recorded figure`: a modifier between a possessive year and the noun of its figure (English). */
  readonly possessiveFigureModifiers?: ReadonlySet<string> | undefined;
  /** Words between a compare word and a base period: `so với (kết quả thực hiện) năm 2019`, `the figure for`. */
  readonly resultWords: readonly Phrase[];
  /** Change nouns after a base adjective: `a year-on-year increase of`, `a month-on-month decline of`. */
  readonly changeNouns: readonly Phrase<1 | -1>[];
  /**
   * Change nouns of {@link changeNouns} that also name money (`an advance of VND 200 billion` is a
   * payment, `a boost of US$50 million` an injection): they state a change only with a percentage
   * or points after them (`an advance of 11.5 per cent`). Their texts with `of`.
   */
  readonly rateOnlyChangeNouns?: ReadonlySet<string>;
  /**
   * Verbs of change that state a change only before a percentage (`giảm mạnh tới 87%`; `tăng vọt tới
   * khoảng 4 tỷ USD` reaches a level): `rules/change.ts`, round 65. Optional.
   */
  readonly rateOnlyChangeVerbs?: ReadonlySet<string>;
  /**
   * Adjectives that name a base only before a change noun (`a yearly rise of 8.3 percent`); alone
   * they may mean per year, so they are no standalone base.
   */
  readonly changeNounBases: readonly Phrase<BaseWord>[];
  /** Change nouns after the amount: `a 1.6 per cent decrease`, `a 12.3 percent year-on-year growth`. */
  readonly changeNounsAfterAmount: readonly Phrase<1 | -1>[];
  /**
   * Plural change nouns after the last of a list of percentages (`equal 46 per cent and 79 per cent
   * jumps on-year respectively`), and the joiners between the list's items (`and`; a comma needs no
   * word): every percentage of the list is a change of that noun and its base. Never after a single
   * amount (`a tax of 10% increases prices`: a verb). Round 33; optional.
   */
  readonly changeNounsAfterAmountList?: {
    readonly plural: readonly Phrase<1 | -1>[];
    readonly joiners: readonly Phrase[];
  };
  /** `gấp`, `tăng gấp`: a multiple follows. */
  readonly timesVerbs: readonly Phrase[];
  /** `so với`, `compared with`, `from`, `over`, `than`. */
  readonly compareWords: readonly Phrase[];
  /**
   * A comparison base written as a possessive before the earlier level a change came from (`compared
   * with last year’s 2.52 million TEUs`, `from the previous year's $756 million`): that level is the
   * same period's a year before (`sentence/from-level-base.ts`). Optional: English only.
   */
  readonly levelBasePossessives?: readonly Phrase<ComparisonBase>[];
  /**
   * The leads of the level a change came from, written after the level it reached and that level's
   * period (`rose 7% to RM4.51 billion, from RM4.22 billion in the corresponding quarter`;
   * `sentence/reached-from-level.ts`). Optional: English only.
   */
  readonly reachedFromLeads?: readonly Phrase[];
  /**
   * The words before the level a change reached, after the change (`5.77% higher at RM103.94
   * million`, `up 7% to …`; `giảm 11,5%, …, về 33,77 tỷ đồng`: `sentence/vi-reached-level.ts`). Optional.
   */
  readonly reachedLevelLeads?: readonly Phrase[];
  /**
   * `RM728.9 million or 35.6 sen per share`: the link after an amount and the words after a figure
   * that restate the amount per share (`sentence/en-per-share.ts`). Optional: English only.
   */
  readonly perShareLinks?: readonly Phrase[];
  readonly perShareWords?: readonly Phrase[];
  /**
   * The copulas between a verb of change with its base and the rate (`tăng so với cùng kỳ là 10%`:
   * `sentence/vi-verb-base-rate.ts`). Optional: Vietnamese only.
   */
  readonly changeCopulas?: readonly Phrase[];
  /** The links before the base that dates such an earlier level (`in`, `for` the previous corresponding quarter). */
  readonly levelTimeLinks?: ReadonlySet<string>;
  /** Bases after the compare word (or standing alone as `year on year`). */
  readonly bases: readonly Phrase<BaseWord>[];
  /** Bases that need no compare word (`year on year`, `y/y`). */
  readonly standaloneBases: readonly Phrase<BaseWord>[];
  /** `MoM`: shorthand bases read only right after a percent sign (`rules/context.ts` readBaseWords). */
  readonly afterPercentBases?: readonly Phrase<BaseWord>[];
  /**
   * The shorthand base an indicator's label carries in brackets on an economic calendar's line (`CPI
   * (Y/Y) Tháng 11: 2,3%`, `Retail Sales (MoM): -0.2%`): every percentage of the line is a rate against
   * it (`rules/label-rate.ts`). Optional.
   */
  readonly labelRateBases?: readonly Phrase<BaseWord>[];
  /**
   * The words of a calendar line's other readings before their percentage (`dự báo`, `trước đó`,
   * `forecast`, `previous`): `'forecast'` the expected reading (a target), `'previous'` the last one.
   */
  readonly labelReadingWords?: readonly Phrase<'forecast' | 'previous'>[];
  /** `eased to`, `accelerated to`, `came in at`: verbs of moving to a level, before a rate of change with a shorthand base (`rules/genre-rate-level.ts`). */
  readonly genreLevelVerbs?: readonly Phrase<unknown>[];
  /** `ytd`, `YTD`, `y-t-d`: a rate since the end of last year, and the copulas that may state it (`rules/genre-rate-level.ts`). */
  readonly genreYtdWords?: readonly Phrase<unknown>[];
  /** `plus`, `minus`: a sign written as a word before a percentage with a base in research shorthand (`…, minus 31% y/y`; `rules/percent.ts`). */
  readonly signWords?: readonly Phrase<1 | -1>[];
  readonly genreYtdVerbs?: readonly Phrase<unknown>[];
  /** `from`, `up from`, `vs.`: what leads the previous figure of such a rate (`sentence/genre-previous-rate.ts`). */
  readonly genrePreviousLeads?: readonly Phrase<unknown>[];
  /** `lợi nhuận`, `doanh thu`: the measure a plan is of, after its noun (`rules/genre-plan-tail.ts`). */
  readonly planMeasureWords?: readonly Phrase[];
  /** `cả năm`, `năm`: the plan's own year after its noun (`rules/genre-plan-tail.ts`). */
  readonly planYearTails?: readonly Phrase[];
  /**
   * A base counted back from the statement's period, read structurally (`12 months ago`, `the
   * month earlier`, `a quarter before`, `the preceding month`, `12 tháng trước`): count words
   * (`a`, `the`, `one`), period units with their length in months, the words after the unit that
   * count back, and adjectives before the unit that name the one before.
   */
  readonly agoBase: {
    readonly counts: Readonly<Record<string, number>>;
    readonly units: Readonly<Record<string, number>>;
    readonly after: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
  };
  /** `mật độ`, `a density of`. */
  readonly densityWords: readonly Phrase[];
  /**
   * A density written population first (`cứ 100 người Việt thì có 116 thuê bao`, `for every 100
   * people, there are 116 subscriptions`): `densityEachLeads` before the round hundred of a
   * population (`populationWords`), `densityEachVerbs` before the count per it
   * (`rules/density-each.ts`). Optional (no such density read).
   */
  readonly densityEachLeads?: readonly Phrase[];
  readonly densityEachVerbs?: readonly Phrase[];
  /**
   * Words that restate a count as its density, a whole name before it (`…, tương ứng với tỷ lệ 22,1
   * thuê bao/100 dân`, `(tương đương 9,8 bác sĩ/10.000 dân)`, `equivalent to 49.8 per 100
   * inhabitants`): the density is the count's statement's, no statement of its own.
   */
  readonly densityLeads: readonly Phrase[];
  /**
   * A rate's lead before a bare percentage after a count (`… đã giải quyết 1.300 vụ, đạt tỉ lệ
   * 79%`): the level of the rate the count makes (`sentence/vi-rate-level.ts`); none in English.
   */
  readonly rateLevelLeads: readonly Phrase[];
  /** `đứng thứ`, `xếp thứ`, `ranked`. */
  readonly rankVerbs: readonly Phrase[];
  /** `đứng đầu`, `dẫn đầu`, `topped`: rank 1. */
  readonly firstRank: readonly Phrase[];
  readonly rankScopes: readonly Phrase[];
  /** English ordinal words (`third`) and suffixes (`rd`). */
  readonly ordinals: readonly Phrase<number>[];
  readonly ordinalSuffixes: readonly Phrase[];
  /** `trong đó`, `of which`, `including`. */
  readonly ofWhich: readonly Phrase[];
  /** Words that make the statement a plan for a coming period: `phấn đấu`, `mục tiêu`, `aims to`. */
  readonly targetMarkers: readonly Phrase[];
  /**
   * The target markers that forecast a result rather than set a goal (`dự kiến`, `is expected
   * to`, `is projected at`): a forecast that states its completion of a plan (`…, completing 103%
   * of the yearly target`) is the estimated result, not the plan.
   */
  readonly forecastMarkers: readonly Phrase[];
  /**
   * Forecast words that, opening a sentence in a clause of only the time they reach (`Dự báo đến ngày
   * 30 tháng 11, …`), give the report's estimate of the period's close — actuals of stage `estimate`,
   * no targets (`sentence/vi-lead.ts`). Optional; Vietnamese only.
   */
  readonly forecastStageLeads?: readonly Phrase[];
  /**
   * Forecast nouns after which a move or a compared level is the forecast's (`vượt dự báo tăng 1,5%`,
   * `so với dự báo 65,7%`): a target (`sentence/vi-compared-forecast.ts`). Optional.
   */
  readonly comparedForecastNouns?: readonly Phrase[];

  /**
   * The bases of a revised estimate (`from last month`): a year's estimate compared with them is
   * compared with the estimate of a month ago (`certainty/doubts/revised-estimate.ts`). Optional.
   */
  readonly revisionBases?: readonly Phrase[];
  /**
   * Bases that name the same figure's earlier estimate or forecast (`up 7 percent from the previous
   * estimate`): a change against them is a revision, always doubted (`certainty/doubts/revised-estimate.ts`).
   */
  readonly estimateRevisionBases?: readonly Phrase[];
  /** Verbs of a result whose object is a goal noun (`fulfilled the set target`, `hoàn thành mục tiêu`): no goal frame. */
  readonly fulfilVerbs: readonly Phrase[];
  /**
   * `was fulfilled by`, `fulfilling the plan by` before a percentage: how much of a plan was done, the
   * phrase's plan kind when it names one (`rules/en-fulfilled-by.ts`). English. Optional.
   */
  readonly fulfilledByHeads?: readonly Phrase<PlanKind | undefined>[];
  /** Nouns a goal word modifies (`target programmes`): no goal frame. */
  readonly targetCompoundNouns: readonly Phrase[];
  /** Heads a goal word follows inside a compound (`chương trình mục tiêu`): no goal frame. */
  readonly targetCompoundHeads: readonly Phrase[];
  /** Folded words that name the year inside a same-period base (`last year`, `year-on-year`, `năm trước`): a year after it is no base year. */
  readonly baseYearWords: ReadonlySet<string>;
  /** Comparatives with their sign, before a plan noun phrase and a percentage (`thấp hơn kế hoạch 3%`, `lower than the plan by 3%`). */
  readonly comparativeSigns: readonly Phrase<1 | -1>[];
  /**
   * Comparatives with their sign that open a clause after a result amount and before the plan noun
   * phrase and a percentage, the gap to the plan (`…, thấp hơn kế hoạch đề ra khoảng 7%` → 93 %):
   * `sentence/vi-plan-figure.ts`, round 39. Empty in English (`by` says it: `comparativeSigns`).
   */
  readonly planGapSigns: readonly Phrase<1 | -1>[];
  /** `từ` / `from` of `từ A lên B`. */
  readonly fromWords: readonly Phrase[];
  /**
   * Words that end a span at the present (`từ năm 2020 đến nay`, `from 2020 to date`): after a year
   * opened by `fromWords`, the span runs to now — the year is no period of the figure
   * (`certainty/weigh-period.ts`, `range`). Optional.
   */
  readonly toNowWords?: readonly Phrase[];
  /**
   * The words that lead the reading a move started from, after the level it reached (`down from
   * 52.4 in July`, `versus 50.5 in June`, `against 49.9`, `, after 50.8 in June`;
   * `rules/en-value-earlier-reading.ts`). English only.
   */
  readonly earlierReadingLeads?: readonly Phrase[];
  /** `of` of `from the margin of 22.1%`, `mức` of `từ mức 22,1%`: the link between `from`, a level's noun and its figure. */
  readonly fromLevelLinks: readonly Phrase[];
  /** Words between `from` and an earlier level's amount in a move (`from previous $2.1 million to …`; `rules/from-to.ts`, round 58). Optional. */
  readonly fromLevelModifiers?: readonly Phrase[];
  /** Links between an estimate compared with and its year (`than the central estimate for 2020`; `rules/change-direction-after.ts`, round 58). Optional. */
  readonly estimateYearLinks?: ReadonlySet<string>;
  /** `lên`, `xuống`, `đến` / `to` of `từ A lên B`. */
  readonly toWords: readonly Phrase[];
  /** `of the targeted revenue of Kshs. 2.83 Trillion` (English): a measure's noun between a plan noun and the link to the plan's figure. */
  readonly plannedMeasureNouns?: ReadonlySet<string> | undefined;
  /** `kế hoạch 1.700.000`, `against a plan of`: a stated plan value follows. */
  readonly planValueWords: readonly Phrase[];
  /** `3% lower than expected` (English): words after a comparison's `than` that name a forecast, as `planned` names the plan. */
  readonly thanExpectedWords?: readonly Phrase<PlanKind>[] | undefined;
  /** `planned`, `targeted` after `than`: the plan as the comparison's other side (`19% higher than planned`). */
  readonly plannedWords: readonly Phrase<PlanKind>[];
  /** Nouns after which a number is part of a name: `mức độ 3`, `level 3`, `số 58`. */
  readonly qualifierNouns: readonly Phrase[];
  /**
   * `The country of 97 million people had 156 million mobile connections`, `a city of 9 million
   * residents`: a place noun, `of`, a number (a scale word may follow) and a noun of population
   * (`populationWords`) describe the subject — the number is no figure of the sentence (`scan.ts`). Folded words;
   * English only.
   */
  readonly populationOfPlace?: { readonly places: ReadonlySet<string>; readonly links: ReadonlySet<string> };
  /** A price basis whose year follows (`theo giá so sánh năm 2010`, `at constant prices of 2010`): that year is no period. */
  readonly priceBasisWords: readonly Phrase[];
  /** A price basis written after its year (`in 2011 prices`, `at 2010 constant prices`): that year is no period. Optional. */
  readonly priceBasisAfter?: readonly Phrase[];
  /** The terms a change is measured in (`in real terms`, `at constant prices`), read past before its base (`rules/context.ts` readBase). Optional. */
  readonly measureTerms?: readonly Phrase[];
  /**
   * A vision or an orientation after a plan's horizon in a document's title (`đến năm 2030, tầm nhìn
   * đến năm 2050`, `giai đoạn 2021-2025, định hướng đến năm 2030`):
   * the year after it names the document, never the period of the targets it sets (`scan.ts`; round
   * 42). Optional: English writes the vision's year bare (`with a vision to 2045`), no period.
   */
  readonly visionLeads?: readonly Phrase[];
  /** Topic openers dropped from a name: `về`, `đối với`, `as for`. */
  readonly topicWords: readonly Phrase[];
  /** Words that join two statements and are no part of a name: `và`, `còn`, `and`, `while`. */
  readonly joiners: readonly Phrase[];
  /**
   * Words that open a figureless clause as a discourse aside (`In particular`, `Cụ thể`, `đặc biệt
   * là`: `'aside'`) or a frame (`In My Duc District`, `Trong tháng`, `As of June 20`: `'frame'`), not
   * as an item of a list naming the figure after it: such a clause never starts or continues a list
   * of name items, an aside is trimmed off the words it opens, and a frame (or an aside alone) is no
   * part of the next clause's name (`sentence/figureless.ts`, `sentence/clause-name.ts`).
   */
  readonly listFrames: readonly Phrase<'aside' | 'frame'>[];
  /**
   * Verbs of recording whose object is a change noun (`and showed a rise of 15.8 percent`): alone
   * after a joiner they name no statement of their own (`sentence/clause-name.ts`). Optional.
   */
  readonly recordVerbs?: readonly Phrase[];
  /**
   * First words of an aside between a subject and its verb (`Exports, which …, rose`, `Core
   * inflation, a key gauge of demand, was …`: relative pronouns, an indefinite appositive): the
   * subject before it stays the name of the figures after it (`sentence/aside.ts`). Optional.
   */
  readonly asideOpeners?: readonly Phrase[];
  /**
   * Relative words that open a clause about a change's base period right after the base (`against the
   * January 2007 during which exports were recorded $764.169 million`): its value is that period's
   * (`sentence/base-figure-level.ts`). Optional.
   */
  readonly basePeriodRelatives?: readonly Phrase[];
  /**
   * Relative words that open a clause about a change's base right after it (past a comma) only when
   * the value's verb follows them at once (`than the same period last year, which stood at $275.69
   * million`): its value is the base's level (`sentence/base-figure-level.ts`, round 62). Optional.
   */
  readonly baseLevelRelatives?: readonly Phrase[];
  /**
   * Nouns of a plan that close a noun phrase holding an amount (`a Sh3.2 trillion budget`, `its $3.2 billion
   * allocation`): the amount is the plan's, a target (`sentence/amount-plan-noun.ts`). Optional.
   */
  readonly planAmountNouns?: readonly Phrase[];
  /**
   * The word that joins a noun of {@link Grammar.planAmountNouns} to the amount after it (`a budget of
   * $194.1 million`): the amount is the plan's, a target (`sentence/amount-plan-noun.ts`, round 65). Optional.
   */
  readonly planAmountLinks?: ReadonlySet<string>;
  /**
   * Verbs that assign money to a use, right before its amount (`has allocated $325,000`, `apportions $65.8
   * billion`): the amount is the plan's, a target (`sentence/amount-plan-noun.ts`, round 65). Optional.
   */
  readonly allocationVerbs?: readonly Phrase[];
  /**
   * Their passive, or a participle of a plan and its `for`, right after the amount (`KSh 385.92 billion was
   * allocated`, `the 399 million tons projected for FY 2017`): see {@link Grammar.allocationVerbs}. Optional.
   */
  readonly allocatedAfter?: readonly Phrase[];
  /** Relative pronouns right after an amount that a verb of {@link Grammar.allocationVerbs} follows (`the Sh160.5 billion that county governors allocated`). Optional. */
  readonly allocationRelatives?: readonly Phrase[];
  /**
   * Words of an economy's structure (`cơ cấu kinh tế`): a change in a name that holds one moves a
   * sector's share, in points or percent — doubted (`certainty/doubts/share-change.ts`, round 65). Optional.
   */
  readonly structureWords?: readonly Phrase[];
  /**
   * Nouns of a plan that make a change with no base doubtful when a clause before it sets the plan,
   * or right after it (`…, however the production remained 7.2 per cent higher`, `or 5.94 per cent,
   * over the planned level`): the change may be the gap to the plan, not a growth
   * (`certainty/doubts/plan-gap.ts`, round 66). Optional (English).
   */
  readonly planGapNouns?: readonly Phrase[];
  /** Words of comparison before a plan beside `compareWords` (`above the planned level`, `below target`; `plan-gap.ts`). Optional. */
  readonly planGapCompares?: readonly Phrase[];
  /** The relative pronouns among {@link Grammar.asideOpeners}: an aside that may hold figures of its own. */
  readonly relativeOpeners?: readonly Phrase[];
  /**
   * Words that open a comment after a sentence's figures (`…, 12.4% and 3.6% year-on-year, mainly
   * due to lower oil prices`, `…, driven by …`, `…, said Nguyen Thi Huong`, `…, the highest since
   * 2011`): a comma before one ends the clause of the figures (`sentence/en-list-order-pairs.ts`).
   * An `-ing` participle opens one too. Optional.
   */
  readonly trailingCommentLeads?: readonly Phrase[];
  /**
   * Words of a futures contract right before its month (`giá cà phê kỳ hạn tháng 12/2023`, `futures
   * for delivery in March 2024`): that month is the contract's, not the statement's period
   * (`certainty/weigh-period.ts`, doubt `period-of-other`). Optional.
   */
  readonly contractPeriodLeads?: readonly Phrase[];
  /** Words of a futures contract right after its month (`the May 2024 contract`, `for January delivery`). Optional. */
  readonly contractPeriodTails?: readonly Phrase[];
  /** Folded words between a plan noun and the year that dates it (`kế hoạch của năm 2023`, `the plan of 2024`). Optional. */
  readonly planYearLinks?: ReadonlySet<string>;
  /**
   * Nouns of a share in the head of a bracketed list (`the largest shares held by A (35 percent) and
   * B (20 percent)`, `tỷ trọng lớn nhất là …`): nearer the brackets than a change word, they make
   * the list's percentages shares, not rates (`sentence/list-brackets.ts`). Optional.
   */
  readonly shareHeadNouns?: readonly Phrase[];
  /**
   * Nouns of a rate that alone after a comma name no statement of their own (`…, với mức tăng 5,9%
   * so với cùng kỳ`, `…, tốc độ tăng 12%`): the change is the statement before's
   * (`sentence/clause-name.ts`); also a focus adverb so placed (`…, chỉ bằng 92,5%`), and an adverb
   * of contrast alone after a comma or a joiner (`…, tuy nhiên giảm 10%`, `… nhưng vẫn giảm 21,5%`,
   * `sentence/figures.ts`). Optional.
   */
  readonly changeNameNouns?: readonly Phrase[];
  /**
   * Joiners of parallel clauses that need no word to open a list (`A tăng 5%, B tăng 7% và C giảm 2%
   * so với cùng kỳ`: the base after the last is every item's, `sentence/list-tail-base.ts`); not
   * words of contrast (`nhưng`, `trong khi`, `còn`). Optional: without it a list needs its opener.
   */
  readonly listJoiners?: readonly Phrase[];
  /**
   * Joiners of addition between two rates whose closing base is both's (`Exports rose 5% and imports
   * fell 3% year-on-year`, `sentence/shared-trailing-base.ts`); no word of contrast. Round 40. Optional.
   */
  readonly pairJoiners?: readonly Phrase[];
  /**
   * Plural period nouns of a base (`compared to the corresponding periods last year`): a base that
   * closes the sentence with one is every listed rate's before it (`sentence/shared-trailing-base.ts`;
   * round 41). Optional.
   */
  readonly pluralBaseNouns?: ReadonlySet<string>;
  /**
   * Joiners of the items of a list of counts sharing one verb (`có 127 kế hoạch …, 114 đoàn … và 93
   * cuộc …`, `26 vụ việc cùng 15 cá nhân`; `rules/vi-list-count.ts`; a comma joins them too).
   * Vietnamese only (English reads `and` in `rules/value.ts`). Optional.
   */
  readonly countListJoiners?: readonly Phrase[];
  /** Words of contrast that keep two clauses apart even after a list joiner or a comma (`trong khi`, `nhưng`). Optional. */
  readonly listContrasts?: readonly Phrase[];
  /**
   * Count words that open a statement's name and are dropped when a later measure names it
   * (`số vốn đăng ký` is named by `về vốn đăng ký`, `sentence/measure-owner.ts`). Optional.
   */
  readonly measureNameLeads?: readonly Phrase[];
  /**
   * Measure words that name a count with no noun after them (`tăng 18,3% về số lượng, tăng 224,2%
   * về vốn`: the count of the sentence's enterprises, `sentence/measure-owner.ts`). Optional.
   */
  readonly countMeasures?: readonly Phrase[];
  /**
   * Words that link a counted noun to the name of a second figure: `45 dự án FDI với tổng vốn
   * đăng ký 1,2 tỷ USD`, `45 FDI projects with total registered capital of USD 1.2 billion`.
   */
  readonly links: readonly Phrase[];
  /**
   * Words that make an indicator a growth rate (`tăng trưởng tín dụng`, `credit growth`): its
   * `đạt 8,5% so với cuối năm 2022` is a rate of change, not a ratio to the base.
   */
  readonly growthWords: readonly Phrase[];
  /**
   * Indicators whose bare percentage is their growth, not a level (`GDP quý 2 đạt khoảng 7,7%`,
   * `GRDP has been estimated at 10.05 percent`): GDP, GRDP and their long names.
   */
  readonly growthIndicators: readonly Phrase[];
  /** Words of a name that make its percentage a share or a level even with GDP in it (`tỷ trọng … trong GDP`, `debt-to-GDP ratio`). */
  readonly growthIndicatorStops: readonly Phrase[];
  /**
   * Words between a percentage and a growth indicator that make the percentage a share of it
   * (`a surplus of 5.9 percent to GDP`, `3.2 percent of GDP`; round 42): never the indicator's growth
   * rate, whatever the name. The indicator right after the percentage counts too (`bằng 3,5% GDP`).
   */
  readonly indicatorShareLinks?: readonly Phrase[];
  /**
   * Names of a percentage of the plan with no plan word after it (`disbursement rate`, `tỷ lệ giải
   * ngân`): a list headed by one (`Localities with high disbursement rates were A (76.7%), B (50.6%)`)
   * states completions. See `sentence/list-brackets.ts`.
   */
  readonly planRateNouns: readonly Phrase[];
  /**
   * Adverbs of degree between a change verb and its percentage (`tăng cao thứ hai, đạt 25%`, `tăng
   * thấp nhất với 22,6%`, `grew the fastest, at 25 percent`). See `sentence/list-verb-rates.ts`.
   */
  readonly degreeWords: readonly Phrase[];
  /** Words after which a list of names begins (`were`, `including`, `gồm`, `là`): the first name starts after them. */
  readonly listLeads: readonly Phrase[];
  /**
   * `nine districts have failed to touch even 80% of the set target`: a verb of reaching, negated,
   * before a figure — the threshold not reached, no level (`certainty/doubts/unreached.ts`). Optional;
   * English only (round 48).
   */
  readonly unreachedHeads?: readonly Phrase[];
  /** Focus words between such a head and its figure (`even`, `the`). */
  readonly unreachedFocus?: readonly Phrase[];
  /**
   * `một doanh nghiệp chưa bao giờ lãi quá 20 tỷ đồng`, `has never exceeded 20 million`: words of
   * "never (yet)" a few words before a figure — a threshold the subject never passed, no level
   * (`certainty/doubts/unreached.ts`; round 59). Optional.
   */
  readonly neverHeads?: readonly Phrase[];
  /** Verbs after which a percentage with a base is always a ratio (`bằng 98% cùng kỳ`, `equal to`). */
  readonly ratioVerbs: readonly Phrase[];
  /**
   * Counters that say nothing of what is counted (`con`, `lượt`): after a count whose subject stands
   * before the verb (`Tổng đàn đại gia súc hiện có hơn 10.923 con`), the subject names it. See
   * `sentence/clause-name.ts`. Optional.
   */
  readonly bareCounters?: readonly Phrase[];
  /**
   * Links that may stand between a name and its value when the verb of reaching was left out (`…;
   * trong đó có khoảng 3,5 triệu lượt`, `… and total output at 43.1 million tonnes`): the statement
   * shares the stage of the verb before. See `sentence/gapped-stage.ts`. Optional.
   */
  readonly gappedStageLinks?: readonly Phrase[];
  /**
   * Nouns of a period's realised figure between a ratio's percentage and that period (`bằng 127,5%
   * thực hiện năm 2022`, `bằng 96% số thực hiện 2021`): the ratio is to that period's figure, as
   * `bằng 85% kim ngạch năm 2022` is. See `sentence/vi-ratio-period.ts`. Optional.
   */
  readonly realisedNouns?: readonly Phrase[];
  /**
   * Verbs of reaching (among `percentVerbs`) before a percentage of at least 50 that is compared with
   * a period (`reaching 101% over the same period in 2018`): the ratio to that period, as the
   * Vietnamese `đạt 101% so với cùng kỳ` it renders — not a rate, as `up 12% over …` is. Optional
   * (none in Vietnamese, whose `đạt … so với` is read as a ratio already).
   */
  readonly overBaseRatioVerbs?: readonly Phrase[];
  /** A share, not a level: `chiếm 0,2% tổng …`, `accounting for 26.4 percent of …`. */
  readonly shareWords: readonly Phrase[];
  /**
   * Verbs of the parts a whole is made of (`the VN30 Index, comprising 70% of the market cap`,
   * `constituting 25 percent of the total`): before a percentage a share, as {@link shareWords}; before
   * an amount a part that is a fact (`The revenue comprises 2.9 billion USD by the domestic sector`).
   * `doubts/share.ts`, round 29. Optional: Vietnamese says `chiếm`.
   */
  readonly partVerbs?: readonly Phrase[];
  /** A plan frame between a name and its number: `theo kế hoạch … là 8,4%`, `the plan assigned …`. */
  readonly planFrameWords: readonly Phrase[];
  /** `ít hơn`, `nhiều hơn`: comparatives that make a statement's figure a gap when its name opens with one (`certainty/doubts/difference.ts`). */
  readonly differenceNameHeads?: readonly Phrase[];
  /** A difference between two figures, not a level: `thấp hơn … khoảng 870 triệu USD`, `higher than … by`. */
  readonly differenceWords: readonly Phrase[];
  /**
   * Words right after a figure (and its unit) that make it a difference from another figure, not a
   * level: `9,000 MW less than the plan`, `200 more than last year` (`doubts/difference.ts`, round 28).
   */
  readonly differenceTails?: readonly Phrase[];
  /**
   * A comparative after a figure whose `than` comes a few words on (`21 million more international
   * tourists than in 2015`): `heads` right after the figure, `ends` the word that closes the
   * comparison (round 52).
   */
  readonly differenceSplitTails?: {
    readonly heads: readonly Phrase[];
    readonly ends: readonly Phrase[];
    /** After the head with no `than`: a word that opens what the extra is of (`$3.4 million more in property tax revenue`). */
    readonly objects?: readonly Phrase[];
  };
  /**
   * Nouns of a budget the writer compares a figure with after a side word (`$2.1 million over the
   * budget`, `4.7 percent over the anticipated budget`): a plan only there — `15% of the budget` is a
   * share of it. English. Optional.
   */
  readonly sidePlanNouns?: readonly Phrase<PlanKind>[];
  /** After a change, the measure it is of when not the value's: `về số lượng`, `in terms of`. */
  readonly measureWords: readonly Phrase[];
  /** After a change, the measure of an amount of goods: `in volume`, `về lượng` (the worth's is `valueMeasures`). */
  readonly volumeMeasures: readonly Phrase[];
  /**
   * Nouns of an amount of goods in a statement's name (`The volume of exports fell by 53 per cent, while
   * the value fell …`): a generic `the value` after such a statement names the other measure, a
   * statement of its own (`sentence/clause-name.ts`).
   */
  readonly volumeNames?: readonly Phrase[];
  /** After a change, the measure of the goods' worth: `in value`, `về giá trị`. */
  readonly valueMeasures: readonly Phrase[];
  /** After two changes, both measures in their order: `in volume and value`, `về lượng và giá trị` (data: the first). */
  readonly volumeValuePairs: readonly Phrase<'volume' | 'value'>[];
  /** A focusing adverb between a verb and its amount, read past: `equivalent to only 65%`, `up just 1.2%`. */
  readonly focusAdverbs: readonly Phrase[];
  /**
   * A word of the whole between a count verb and its count, read past as a focusing adverb is: `có
   * tổng cộng 421 đơn`, `giành được tổng cộng 126 huy chương`, `có tất cả 12 đội` (round 30; English
   * says `a total of`, a value verb of its own). Optional.
   */
  readonly countTotalWords?: readonly Phrase[];
  /**
   * The preposition of a beneficiary between a count verb and its count, the beneficiary's words read
   * past: `mang về cho đoàn Việt Nam 76 huy chương`, `trao cho các em 200 suất học bổng` (round 30).
   * Optional.
   */
  readonly beneficiaryLeads?: readonly Phrase[];
  /**
   * The resultative after a verb, right before a count or its bound: what the work achieved, read as a
   * count verb's count whatever the verb and its object (`tiêm được trên 1.800 liều`, `tiêm lở mồm,
   * long móng trâu bò được gần 2.800 liều`, `cấp được 1.200 thẻ`; `rules/vi-result-count.ts`, round
   * 31). Optional.
   */
  readonly resultCountMarks?: readonly Phrase[];
  /**
   * `at` and a speed after a manner adverb of a change verb (`grew strongly at a rate of 25%`, `rose
   * steadily at 6 percent`): the rate follows (`rules/en-change-adverb.ts`, round 29). Optional.
   */
  readonly atRateLeads?: readonly Phrase[];
  /**
   * Manner adverbs between a change verb and its amount, read past (`increased slightly by 0.5%`,
   * `rose sharply 12 percent`, `fell further by 2%`). See `rules/en-change-adverb.ts`.
   */
  readonly changeAdverbs: readonly Phrase[];
  /**
   * Plural change nouns with `of`, read with no article (`recorded surges of 126.1 percent and 110.8
   * percent, respectively`, `year-on-year increases of 13.3% and 3.9%`). See `rules/en-change-plural.ts`.
   */
  readonly pluralChangeNouns: readonly Phrase<1 | -1>[];
  /**
   * Adjectives of degree that open a change noun phrase with no article (`marking modest decreases
   * of 1.1% and 4.4%`, `recording strong growth of 32%`): part of the change, no name of a statement
   * of its own. See `rules/en-change-plural.ts`.
   */
  readonly changeDegreeAdjectives?: readonly Phrase[];
  /**
   * An earlier level with no period a base can hold (`of the pre-pandemic level`, `of that before
   * the Covid-19 pandemic`): its link words, the prefix `pre`, the word `before` and crisis words.
   * See `rules/en-change-earlier-level.ts`.
   */
  readonly earlierLevel: {
    readonly links: ReadonlySet<string>;
    readonly pre: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
    readonly crises: ReadonlySet<string>;
  };
  /** Endings of manner adverbs read as {@link changeAdverbs} before `by` (`drastically`, `markedly`, `noticeably`). */
  readonly changeAdverbSuffixes: readonly string[];
  /**
   * A noun phrase standing for the compared figure between a compare word and its period: nouns
   * (`the number`, `the figure`), participles (`recorded`, `posted`) and the prepositions before the
   * period (`in`, `during`): `than the number recorded during the same period last year`. See
   * `rules/en-change-standin.ts`.
   */
  /**
   * A passive of a result right after a figure (`and Rs897.5 billion was collected`, `$897 million
   * were spent`): the auxiliaries and the participles. A figure so followed, after a goal's figure in
   * the same sentence, is the result against it — an actual (`sentence/passive-result.ts`; round
   * 42). Optional.
   */
  /**
   * Direction words after a percentage that take an object (`49 per cent more Wheat`, `12 percent
   * less rice`): the percentage is a rate of change, its base read after the object
   * (`rules/change-direction-after.ts`; round 42). Optional.
   */
  readonly objectDirections?: readonly Phrase[];
  /**
   * Nouns of money in a statement's name (`doanh thu`, `lợi nhuận`, `thu ngân sách`): an amount in
   * billions with no unit under one, in a sentence that writes no currency, is in đồng
   * (`sentence/lent-currency.ts`, doubted; round 42). Optional: English writes its currency.
   */
  readonly moneyNames?: readonly Phrase[];
  readonly passiveResults?: {
    readonly auxiliaries: ReadonlySet<string>;
    readonly participles: readonly Phrase[];
    /** `projected to be`, `expected to be`: before a result's participle, what was to be achieved (a target). */
    readonly goals?: readonly Phrase[];
    /**
     * `expected`, `forecast`: a figure followed by such a passive and then one of `forecastTails` (`in`,
     * `next year`) or the clause's end is what is foreseen (`Total revenue of over 3.5 trillion baht is
     * expected in 2024`), a target (round 69).
     */
    readonly forecasts?: readonly Phrase[];
    /** Words after a passive of `forecasts` that keep it a forecast of the figure (`in`, `for`, `this year`). */
    readonly forecastTails?: readonly Phrase[];
  };
  /**
   * Compare words after which the measure's own name may be repeated before its base's period
   * (`compared to visitor arrivals October 2013`; `rules/en-change-standin.ts`, round 59). Optional.
   */
  readonly compareRepeatLinks?: ReadonlySet<string>;
  /**
   * Nouns of data after which `from` and a period say whose data they are, no base (`preliminary data
   * from the first quarter of 2012`; `scan.ts`, round 59). Optional.
   */
  readonly dataFromNouns?: ReadonlySet<string>;
  /**
   * The link between a part of a year and the fiscal year it is a part of (`the first quarter of FY24`):
   * after a period read without its year, the link and a period are the rest of it, no base (`scan.ts`,
   * round 59). Optional.
   */
  readonly partPeriodLinks?: ReadonlySet<string>;
  readonly baseStandIns: {
    readonly nouns: ReadonlySet<string>;
    readonly participles: ReadonlySet<string>;
    readonly preps: ReadonlySet<string>;
    /**
     * `of the collections that were recorded during …`, `of the money which was pocketed in …`: a
     * relative pronoun and its auxiliary between the stand-in's noun and its participle. Optional;
     * English only (round 46).
     */
    readonly relatives?: ReadonlySet<string>;
    readonly relativeAuxiliaries?: ReadonlySet<string>;
  };
  /** Words that open a range: `between … and …`, `trong khoảng`. */
  readonly rangeOpeners: readonly Phrase[];
  /**
   * Words of a cause before a change of another indicator: `causing the overall CPI to fall by 0.16
   * percentage point`, `làm CPI chung tăng 0,05 điểm phần trăm` (a contribution, not that change).
   */
  readonly causeWords: readonly Phrase[];
  /** Words of a remainder: `there remains …, or 9.3 percent of the plan`, `còn lại …`. */
  readonly remainderWords: readonly Phrase[];
  /**
   * Words of the items left over once others were named, next to a count (`3 doanh nghiệp còn lại`,
   * `the remaining 3 companies`): the count points back at a subset (`doubts/remaining-count.ts`).
   */
  readonly leftoverWords?: readonly Phrase[];
  /**
   * Words that open a bracket of assumptions (`(tạm tính giá điện bình quân bằng 1.800đ/kWh)`,
   * `(assuming a price of $80 a barrel)`): its figures are a computation's basis (`doubts/assumed-figure.ts`).
   */
  readonly assumptionWords?: readonly Phrase[];
  /**
   * A group's holdings (`doubts/holdings.ts`): `leads`, verb phrases of holding capital that end right
   * before a count (`holds capital at`, `owns the stocks of`, `nắm giữ vốn tại`); `nouns`, the nouns of
   * a holding right after a count (`subsidiaries`, `affiliated companies`, `công ty con`).
   */
  readonly holdings?: { readonly leads: readonly Phrase[]; readonly nouns: readonly Phrase[] };
  /**
   * A concessive lead (`despite`, `although`) and the link of an attribute to its figure (`of`):
   * `Despite a population of 90 million, …` concedes background (`doubts/concessive-attribute.ts`).
   */
  readonly concessive?: { readonly leads: readonly Phrase[]; readonly links: readonly Phrase[] };
  /** Adverbs of more movement between a change verb and its amount (`increase more 2.3 million`, `rose further`): `doubts/verb-amount.ts`. */
  readonly moveAdverbs?: readonly Phrase[];
  /** Verbs of gain whose bare amount the press writes for the level reached (`revenue gained 18.4 trillion VND, up 12.4%`): `rules/change.ts`, doubted by `doubts/gained-level.ts`. */
  readonly gainedLevelVerbs?: ReadonlySet<string>;
  /**
   * A writer's own forecast in a plan phrase (`of our forecast`, `dự phóng của chúng tôi`): `owners`, the
   * first-person words; `nouns`, the nouns of a forecast near them (`doubts/own-forecast.ts`).
   */
  readonly writerForecast?: { readonly owners: readonly Phrase[]; readonly nouns: readonly Phrase[] };
  /** Nouns a number counts that are digits, not a quantity: `2 con số`, `3 digits`. */
  readonly digitNouns: readonly Phrase[];
  /** Words ending right before the size of a ranking list or group, a name and no value: `lọt top 500 doanh nghiệp`, `thuộc nhóm 10`, `one of the 10 largest`. */
  readonly rankListWords: readonly Phrase[];
  /** Words that name a milestone or threshold a few words before its figure: `gần mốc 50.000 tỷ đồng`, `lọt top thu ngân sách 50.000 tỷ đồng`. */
  readonly milestoneWords: readonly Phrase[];
  /** After a percentage, the total it is a share of: `61.5 percent of the total`, `61,5% tổng vốn`. */
  readonly shareTails: readonly Phrase[];
  /** Words before the same amount in another currency: `equivalent to`, `tương đương`. */
  readonly conversionWords: readonly Phrase[];
  /**
   * Approximation words that restate an amount in another currency only right after that amount and
   * a bracket or a comma (`5.700 tỷ đồng (khoảng 250 triệu USD)`); elsewhere they are an approximation
   * of the figure itself (`tăng lên khoảng 3 tỷ USD`).
   */
  readonly conversionAfterAmountWords?: readonly Phrase[] | undefined;
  /**
   * Links between a share and the amount it is (`white rice taking the largest share (55.5% or 3.56
   * million tons)`): the amount is the figure, the share none (`sentence/share-or-amount.ts`, round 33).
   * Optional.
   */
  readonly shareAmountLinks?: readonly Phrase[];
  /** Nouns a number counts when it is part of a period (`7 tháng`, `the first 10 months`), not a count of subjects. */
  readonly periodCountNouns: readonly Phrase[];
  /** The words of period phrases (`tháng Mười`, `bảy tháng`, `the first nine months`, `Jan-Oct`), read by `period-phrase.ts`. */
  readonly periodWords: PeriodWords;
  /** `in the year ending March 2023`: words closing a year of twelve months at a month (`certainty/weigh-period.ts`). */
  readonly yearEndedWords?: ReadonlySet<string>;
  /** Words glued by a hyphen before a month that name a part of it (`mid-July`, `end-June`; `weigh-period.ts` yearToMonth). Optional. */
  readonly monthPartPrefixes?: ReadonlySet<string>;
  /** Nouns of the part of a plan missed, before `of` and a percentage of the plan (`a shortfall of 82.17 per cent of the target`: 100 − X done; `rules/value.ts`). Optional. */
  readonly shortfallNouns?: readonly Phrase[];
  /** Nouns of fulfilling between a percentage and its plan (`5.8 per cent achievement of the set target`; `rules/percent.ts`). Optional. */
  readonly completionNouns?: readonly Phrase[];
  /** Compare words that put a base period's figure after a noun and `of` (`against a corresponding collection of 1515.88 Cr`; `compared-figure-change.ts`). Optional. */
  readonly baseFigureCompares?: readonly Phrase[];
  /** Words of a week before a year (`week 52 of 2023`): a part of the year, its figure no year's (`weigh-period.ts`). Optional. */
  readonly weekWords?: ReadonlySet<string>;
  /**
   * `midway`, `halfway`, `mid`: words of the middle of a year (`reached the midway point of 2012`, `by mid-2024`) —
   * a year after them within a few words may date part of it (`certainty/weigh-period.ts`). Optional (English).
   */
  readonly midYearWords?: ReadonlySet<string>;
  /**
   * `in`: what opens the thing a change noun is of after a rate written before the noun (`a 10% rise in
   * revenue`): those words name the statement (`sentence/change-noun-object.ts`). Optional (English).
   */
  readonly changeNounObjectLeads?: readonly Phrase[];
  /** `line with`, `terms of`: words after such a lead that make an idiom of it, no thing changed (`a 3.5% rise in line with …`). Optional. */
  readonly changeNounObjectStops?: readonly Phrase[];
  /**
   * `of`: the link after `an approximate <noun>` before its amount (`an approximate stock loss of Baht 4,000
   * million`): the amount is approximate (`sentence/approximate-noun.ts`). Optional (English).
   */
  readonly approximateNounLinks?: readonly Phrase[];
  /** The `to` of `từ 7,5 đến 8%` / `from 7 to 7.5%` that makes a range unless a change verb comes before. */
  readonly rangeToWords: ReadonlySet<string>;
  /**
   * The `or` of `two or three million`, `2 or 3 million`: between two numbers, a range's ends
   * (`certainty/doubts/range.ts`, `wordRangeDoubt`). Optional (none: `or` joins nothing).
   */
  readonly rangeOrWords?: ReadonlySet<string>;
  /** The `and` of `between US$16.2 billion and US$20 billion` (after a range opener), lower case. */
  readonly rangeAndWords: ReadonlySet<string>;
  /** First words of the value verbs that say the value moved (`tăng lên`, `rose to`), lower case. */
  readonly movedValueVerbs: ReadonlySet<string>;
  /** Irregular past forms of English verbs (`saw`, `won`, `spent`): a verb of a result, not of a goal. */
  readonly pastForms: ReadonlySet<string>;
  /**
   * English `-ed` words that open a measure's name before its noun (`consolidated profit`, `registered
   * capital`): an adjective there, not a past verb of a result (`sentence/figures.ts` sharedGoalVerb).
   */
  readonly measureParticiples?: ReadonlySet<string>;
  /**
   * Folded first words of a passive predicate whose subject is the figure before it (`362 trillion
   * VND (15 billion USD) was collected … in the first two months of 2023`): its period dates the figure.
   */
  readonly figureSubjectAuxiliaries: ReadonlySet<string>;
  /**
   * Folded quantifier pronouns that open a closing clause about every figure listed before it
   * (`…, textiles (down 12%) and footwear (down 18%), all saw declines in the first nine months of
   * 2023`): that clause's period dates the whole list.
   */
  readonly listSubjects: ReadonlySet<string>;
  /**
   * Determiners of a further amount of the same thing with its noun left out (`2,000 beds by 2025
   * and another 3,500 by 2030`, `an additional 41,000`, `a further 1,200`): a bare number after
   * one is a count in the unit of the figure before it (`sentence/elided-amount.ts`). Optional.
   */
  readonly furtherAmountWords?: readonly Phrase[];
  /**
   * Words that open a reported clause (`It estimated that an additional 300 MW … will be added`,
   * `the ministry said that 5,000 units will be built`): a figure right after one (and at most a
   * determiner of `subjectDeterminers` or a further-amount word) opens its own clause, as the subject
   * of a future (`sentence/en-subject-future.ts`). Optional; English.
   */
  readonly reportedClauseLeads?: readonly Phrase[];
  /** `the`, `a`, `an`: a determiner that may stand between such a lead and the figure. */
  readonly subjectDeterminers?: ReadonlySet<string>;
  /** The pronouns of {@link listSubjects} that speak of exactly two (`both`); see `sentence/shared-trailing-base.ts`. */
  readonly pairSubjects?: ReadonlySet<string>;
  /** Links between a value and its source quantity (`15,500 rooms from 111 projects`); see `sentence/value-from-source.ts`. */
  readonly valueSourceLinks?: readonly Phrase[];
  /** A clause that names a source (`Theo báo cáo …`, `According to the report …`): its period is the source's. */
  readonly sourceLeads: readonly Phrase[];
  /**
   * A source clause that names a report's title (`Theo báo cáo về tình hình hoạt động tháng 10 năm 2020 và
   * mục tiêu, nhiệm vụ công tác tháng 11/2020 của Tập đoàn …,`): a word of its topic (`về`) in the clause
   * that opens it, and the word of its owner (`của`) that closes it in a later figureless clause — the
   * title's commas part no new clause of the sentence (`sentence/figureless.ts`, round 69). Optional.
   */
  readonly sourceTitle?: { readonly topics: readonly Phrase[]; readonly owners: readonly Phrase[] };
  /** Words that pair a list of names with a list of figures by order: `lần lượt là`, `respectively`. */
  readonly respectiveWords: readonly Phrase[];
  /**
   * Words that pair by order only before a list of changes after a list of values (`…, tương ứng tăng
   * 22,16% và 6,04%`), and elsewhere restate a figure (`tăng 23,1%, tương ứng tăng 28,55 tỷ USD`):
   * read by `sentence/list-respective-values.ts` alone. Optional.
   */
  readonly respectiveListLeads?: readonly Phrase[];
  /**
   * Words before a verb that give its one figure to each of two values before (`…, cùng đạt 135% kế
   * hoạch tháng`, `…, đều tăng 12% so với cùng kỳ`). See `sentence/list-shared-figure.ts`.
   */
  readonly sharedFigureWords: readonly Phrase[];
  /**
   * A change noun as a subject (`the decline was 3.2 percent`, `the increases were 8.9 percent`):
   * its nouns with their sign (singular and plural), the links of a measure after it (`in`, `of`)
   * and its copulas. See `rules/en-change-noun-subject.ts`.
   */
  readonly subjectChange: {
    readonly nouns: readonly Phrase<1 | -1>[];
    readonly links: ReadonlySet<string>;
    readonly copulas: readonly Phrase[];
  };
  /** `respective` before a list of bases and a change noun (`respective month-on-month and year-on-year increases of`); see `sentence/en-change-respective-bases.ts`. */
  readonly respectiveAdjectives: ReadonlySet<string>;
  /**
   * Web text that lost a space (`theState`, `inthe`, `andrising`): grammar words that may be glued
   * to the next word, and the words (besides single-word verbs and bound words of the grammar)
   * that may follow one of them in one lowercase run. See `tokenize.ts`.
   */
  readonly glueLeads: ReadonlySet<string>;
  readonly glueTails: ReadonlySet<string>;
  /**
   * Words that open a syllable with a letter no syllable has inside it (`đạt`, `vượt`: `đ` and `v` only
   * begin one), so a run of letters that ends with one after two or more letters is two words glued
   * (`thực hiệnvượt 20% kế hoạch`; round 58). See `tokenize.ts`. Optional.
   */
  readonly glueSyllableTails?: readonly string[];
  /**
   * Web text that lost the space AFTER a content word (`percentover`, `increasedby`,
   * `trillionVND`, `billionkWh`, `saidover`, `thatin`): `words` are heads besides the grammar's
   * single-word scale, percent, change and value words (`said`, `that`); what may follow a head
   * inside one word is a lead, a bound word, and after a scale word a unit or currency code, after
   * a percent word `afterPercent`, after a verb only `afterVerb` (so `surgeon` stays whole). A head
   * is four letters or more (`upon` stays whole). See `glue.ts`. Optional: Vietnamese has none.
   */
  /**
   * A currency's one- or two-letter sign that the press glues to a number (`P8.6 billion`,
   * `Rp12.5 trillion`): split from the number when one of the grammar's scale words follows it (the
   * sign is then read by `currencyBefore`); without a scale word the word stays whole (`Lot P1`).
   * See `glue.ts`. Optional: Vietnamese has none.
   */
  readonly gluedCurrencySigns?: ReadonlySet<string>;
  /**
   * Signs of `currencyBefore` that name a currency only glued to their number (`K2.08 trillion`,
   * `N19.4 trillion`): with a space after them they are a letter of a name (`Grade K 12`), no money —
   * unless a scale word follows the number (`R 37,271 million`; round 59). Optional.
   */
  readonly gluedOnlyCurrencySigns?: ReadonlySet<string>;
  /**
   * Signs of `currencyBefore` written as letters glued to `$` (`A$`, `C$`, `NZ$`): apart they are a
   * word and the dollar (`had a $2 billion surplus`), never that currency. Optional.
   */
  readonly gluedDollarSigns?: ReadonlySet<string>;
  /**
   * Letters of another country's dollar written after the sign and glued to the number (`$A1,399`,
   * `$S1.25 billion`, `$NZ5 million`, `$US5`): the tokenizer splits them from the number they are glued
   * to (`S1` + `.25 billion` had read 25 billion), and `currencyBefore` names the sign. Optional.
   */
  readonly dollarLetters?: ReadonlySet<string>;
  /**
   * Words of a fiscal year (`fiscal year`, `financial year`, `FY`): beside a span of two following
   * years (`the 2019-2020 fiscal year`) the span is one fiscal year, not two calendar years
   * (`certainty/weigh-period.ts`, doubted `fiscal-year`). Optional.
   */
  readonly fiscalYearWords?: readonly Phrase[];
  /**
   * A fiscal quarter, half or year written as one glued chunk (`1QFY2023`, `3QFY19`, `FY2024`):
   * a period the extractor does not date, stepped over where a level's period may stand
   * (`sentence/from-level-base.ts`). Optional: Vietnamese press writes none.
   */
  readonly fiscalChunk?: RegExp;
  readonly glueHeads?: {
    readonly words: ReadonlySet<string>;
    readonly afterPercent: ReadonlySet<string>;
    readonly afterVerb: ReadonlySet<string>;
  };
  /** Names whose percentage is a level, not a change or share: `tỷ lệ`, `rate`, `coverage`. */
  readonly levelNouns: readonly Phrase[];
  /**
   * Words that alone name no rate indicator (`the total rate`, `tỷ lệ chung`): a name made only of
   * these says a rate of something unnamed (a dividend, a tax, a share), so its percentage is doubted.
   */
  readonly bareRateNameWords: readonly Phrase[];
  /**
   * Nouns and tails of a compound or average rate of change over several periods (`CAGR`, `compound
   * annual growth rate`, `per annum`, `annually`): `doubts/average-change.ts`. Optional.
   */
  readonly averageRateWords?: readonly Phrase[];
  /** `annually`, `each year`: a yearly tail that makes an average only after an average word (`an average of 6.8% annually`). */
  readonly averageYearlyTails?: readonly Phrase[];
  /** Rates that are prices (`room rate`, `exchange rate`, `freight rate`): no percentage is their level. */
  readonly priceRateNames?: readonly Phrase[];
  /**
   * Nouns of a goal or a forecast that name a bare percentage beside them (`the official forecast of
   * 6.5%`, `the 9 per cent quota`, `kịch bản đã đề ra khoảng 7,5%`): in a sentence about a growth,
   * the goal of that growth, a rate of change (`sentence/growth-goal.ts`). Optional.
   */
  readonly growthGoalNouns?: readonly Phrase[];
  /**
   * Words that open a clause of another action (`while`, `whereas`, `trong khi`): a value
   * and a completion of one statement on either side belong to two clauses (`doubts/owner.ts`).
   */
  readonly clauseContrasts?: readonly Phrase[];
  /**
   * Joiners that may open a clause with a subject of its own between two figures of one statement
   * (`decreased by 5% and gross profit increased to …`, `và lợi nhuận gộp tăng lên …`: `and`,
   * `while`, `và`, `trong khi`; not `but`, `nhưng`, which join two predicates of one subject), and
   * the words that open no such subject (`and the number is increasing`, `and it rose`, `và vẫn
   * tăng`: an article, a pronoun or an adverb refers back to the subject before). Optional
   * (`certainty/doubts/other-subject.ts`, round 31).
   */
  readonly subjectClauseJoiners?: readonly Phrase[];
  readonly subjectClauseNotFirst?: ReadonlySet<string>;
  /**
   * Nouns of an action done to things (`implementation`, `construction`, `approval`): a figure
   * after `<noun> of` counts the things acted on, not the indicator (`doubts/owner.ts`).
   */
  readonly actionNouns?: readonly Phrase[];
  /**
   * Things a figure after an article describes by size or cost (`a 1,200 MW power plant`, `a US$2
   * billion project`), not measures (`a $2 billion trade surplus`): `doubts/owner.ts`.
   */
  readonly thingNouns?: readonly Phrase[];
  /**
   * Articles before a figure that describes a thing (`a 1.5 GW gas-fired power plant`, `the 600 MW
   * Dau Tieng Solar Power Complex`, `the 1 Mt/year Thi Vai terminal`): `doubts/owner.ts`, round 28;
   * when absent, grammar `articles`.
   */
  readonly thingArticles?: readonly Phrase[];
  /**
   * Period nouns whose possessive (`last year's`, `the previous month’s`) names the time of a
   * figure right after it, an earlier period's level (`doubts/period-possessive.ts`).
   */
  readonly periodNouns?: readonly Phrase[];
  /** Words before a period (`this`, `next`) that make it the statement's own time, not an earlier one. */
  readonly ownTimeWords?: readonly Phrase[];
  /** Currency marks that may stand, one token each, between a period's word and its figure (`$`, `VND`). */
  readonly figureCurrencyMarks?: readonly Phrase[];
  /** A word that opens a restatement of a figure after a comma (`made up 2.5 million tonnes, or 24%`): `doubts/share-restated.ts`. */
  readonly restateWords?: readonly Phrase[];
  /**
   * Links after a change that restate it in the other form (`giảm 5,67 tỷ đồng tương ứng với
   * 1,71%`, `tăng 0,6% cụ thể là tăng 0,3 tỷ đồng`): `rules/vi-change-restated.ts`.
   */
  /**
   * Links that restate an absolute change as its rate only when the rate's base follows at once (`giảm
   * 24.532 tỷ đồng, tương đương 31% so với năm 2021`; `rules/vi-change-restated.ts`, round 65). Optional.
   */
  readonly restatedRateLinks?: readonly Phrase[];
  readonly restatedChangeLinks?: readonly Phrase[];
  /** Words that open a clause of another time after a comma (`…, when exports fetched $3.2 billion`): `doubts/when-clause.ts`. */
  readonly whenClauseWords?: readonly Phrase[];
  /** Nouns with `of` that name a period's figure (`the 2023 figure of`, `last year's record of`): `doubts/period-figure-of.ts`. */
  readonly periodFigureNouns?: readonly Phrase[];
  /** Words that open an earlier event before its figure (`after a 10% rise`, `sau khi tăng 10%`): `doubts/after-event.ts`. */
  readonly afterEventWords?: readonly Phrase[];
  /**
   * A contrast that opens a clause after a goal's (`…, yet revenue at the end of the first half amounted
   * to …`) and the past verbs of a level reached that make that clause a result (`sentence/frame.ts`).
   * English. Optional.
   */
  readonly contrastResult?: {
    readonly leads: readonly Phrase[];
    readonly verbs: readonly Phrase[];
    /** Nouns of the result before the figure (`but the actuals show a surplus of $2.2 billion`; round 62). */
    readonly nouns?: readonly Phrase[];
  };
  /**
   * Change verbs and nouns inside a statement's name that make the bare percentage after it the size
   * of that change, not a level (`giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`, `Tỷ lệ hộ nghèo giảm hằng
   * năm 3%`, `the reduction of the poverty rate was 1.1%`): `doubts/change-in-name.ts`.
   */
  readonly nameChangeWords?: readonly Phrase[];
  /** Words that hold a {@link nameChangeWords} word and state no change (`tăng cường`, `tăng trưởng`, `giá trị tăng thêm`). */
  readonly nameChangeStops?: readonly Phrase[];
  /** Words right before a round denominator of a rate per population (`bình quân 1 vạn dân`, `per 10,000 people`): `doubts/denominator.ts`. */
  readonly denominatorLeads?: readonly Phrase[];
  /**
   * Words of `for every` that make the round number after them a denominator whatever it counts (`cứ
   * 1 triệu USD xuất khẩu … mang lại lợi nhuận gấp 5 đến 10 lần`; round 55): a subset of
   * `denominatorLeads` needing no noun of {@link denominatorNouns} after the number. Optional.
   */
  readonly everyLeads?: readonly Phrase[];
  /**
   * Nouns counted by a bare `1` right after a measure noun that stands for `per one` (`Lượng bia 1
   * người Việt trung bình uống 1 năm là 32 lít`): doubted `per-unit` when another number follows in
   * its clause (`certainty/doubts/denominator.ts`). Optional.
   */
  readonly perOneNouns?: readonly Phrase[];
  /** Nouns a round denominator counts (`dân`, `trẻ đẻ sống`, `people`, `live births`): `doubts/denominator.ts`. */
  readonly denominatorNouns?: readonly Phrase[];
  /** Words that name a title right before its opening quote (`titled "500 Days …"`, `mang tên "…"`): `doubts/title.ts`. */
  readonly titleLeads?: readonly Phrase[];
  /** Words before the size of a sample or a scope (`a survey of 143 businesses`, `khảo sát 500 doanh nghiệp`, `chỉ tính 15 doanh nghiệp`): `doubts/sample.ts`. */
  readonly sampleLeads?: readonly Phrase[];
  /** Nouns of a threshold or norm set by decision (`poverty threshold`, `chuẩn nghèo`, `định mức`): its amount is a rule, no measured figure (`doubts/set-amount.ts`). */
  readonly thresholdNouns?: readonly Phrase[];
  /** Words before an amount per unit a decision sets (`at the rate of VND300/liter`, `mức trích 300 đồng/lít`): `doubts/set-amount.ts`. */
  readonly chargeRateLeads?: readonly Phrase[];
  /**
   * A bound written after the figure (`$12,000 per square meter or more`, `3 stars or higher`, `từ 10
   * đảng viên trở lên`, `5 tuổi trở xuống`): the level is a bound, or a threshold of a definition —
   * `doubts/unread-bound.ts` (round 29). Optional.
   */
  readonly trailingBounds?: readonly Phrase[];
  /**
   * The words after a figure that, with `từ` (grammar `fromWords`) right before it, open the figure
   * into a bound: `từ 5 xã trở lên`, `từ 3.485ha trở lên` (at least, `over`), `từ 2 con trở xuống`
   * (at most, `under`). The level is read with that bound and doubted `open-bound` (it may be the
   * threshold of a definition: `tàu từ 15 mét trở lên`). Round 32. Optional.
   */
  readonly fromTrailingBounds?: readonly Phrase<'over' | 'under'>[];
  /** Additive words between a bound and its figure (`at least an additional 1,837km`, `up to a further 500 MW`): `doubts/unread-bound.ts`. */
  readonly additiveWords?: readonly Phrase[];
  /** Participles of an act a period right after dates (`the target set in 2016`, `approved in 2021`), not the figure: `certainty/weigh-period.ts`. */
  readonly actParticiples?: readonly Phrase[];
  /**
   * Words of contrast after which a clause turns from an event to the figures (`Hunan saw a slowdown
   * in the first quarter of 2023 but has since picked up steam, with its GDP rising … in 2023`): a
   * period before them, in a clause with words before it too, dates the event, not the sentence
   * (`sentence/figureless.ts`; round 41). Optional.
   */
  readonly eventContrasts?: readonly Phrase[];
  /**
   * Words right before a figure that name it the level a plan is measured from (`based on a baseline
   * of 775.2 million tons`): a result, never the goal the sentence frames (`sentence/baseline-level.ts`;
   * round 49). Optional.
   */
  readonly baselineLeads?: readonly Phrase[];
  /**
   * `by` and a gerund of a result (`surpassed its target … by collecting Rs9,306 billion`): the figure
   * after them is what was reached, never a second goal (`sentence/figures.ts`; round 49). Optional.
   */
  readonly resultMeans?: readonly Phrase[];
  /**
   * Words after a growth word that make it the motion OF the noun after them (`an increase in the
   * working-age population, from 56.1% … to 67.5%`, `a rise in the share of …`): the percentages of
   * its `from … to` pair are that noun's levels, not growth rates (`doubts/motion-levels.ts`).
   */
  readonly motionOfLinks?: readonly Phrase[];
  /** Words right after a count that make it an added count (`34 more projects`): `doubts/added-count.ts`. */
  readonly addedCountTails?: readonly Phrase[];
  /** Words right before a count that make it an added count (`công nhận thêm 2 sản phẩm`): `doubts/added-count.ts`. */
  readonly addedCountLeads?: readonly Phrase[];
  /**
   * A definite article and an additive word right before a figure (`The additional $1.4 billion will
   * raise …`, `the extra 500 MW`): an addition the text has already told, restated as a subject —
   * `doubts/added-count.ts` (round 29). Optional.
   */
  readonly restatedAddedLeads?: readonly Phrase[];
  /**
   * Words before a figure that stress its size and, in a forecast, bound it (`affecting as much as
   * 110 kilometres`, `could reach as many as 2,000 cases`): `doubts/emphatic-bound.ts`.
   */
  readonly emphaticBounds?: readonly Phrase[];
  /**
   * An adjective of extent and the word that bounds it, right before a figure (`xâm nhập sâu đến
   * 110 km`, `kéo dài tới 20 km`, `intruded as far as 110 km`): the farthest point reached, an upper
   * bound the reader did not take in, in a result too (`doubts/unread-bound.ts`, round 28).
   */
  readonly extentBounds?: readonly Phrase[];
  /**
   * Words that make a period an adverb of time of its clause (`in 2021`, `by 2025`, `trong năm 2021`,
   * `đến năm 2025`): a period after any other word (`the area of 1945`, `2.804 tỷ đồng tiền năm 2021`)
   * may be a noun's, not its statement's (`certainty/weigh-period.ts`, round 26).
   */
  readonly periodAdverbLeads?: readonly Phrase[];
  /**
   * Superlatives a few words before a figure (`the highest increase of 192 percent in MSB`, `mức
   * tăng cao nhất là …`): the top item's figure, not the statement's (`doubts/superlative.ts`, round 26).
   */
  readonly superlatives?: readonly Phrase[];
  /** Links between a superlative's figure and the item named after it (`… 192 percent in MSB`, `… tại ACB`). */
  readonly superlativeOwnerLinks?: readonly Phrase[];
  /**
   * A relative pronoun and a verb of size after a comma (`Line 1, which covers 19.7 kilometres`): the
   * figures of that clause describe the thing named before it (`doubts/relative-attribute.ts`, round 26).
   */
  readonly relativeAttributeLeads?: readonly Phrase[];
  /** Words after a comma that go on with that relative clause (`…, including 2.6 kilometres of …`). */
  readonly relativeAttributeGoesOn?: readonly Phrase[];
  /** A word of approximation alone in brackets after a figure (`US$1.9 billion (approximate)`): `doubts/unread-bound.ts`, round 26. */
  readonly bracketedApproximations?: readonly Phrase[];
  /** One case told before its counts (`một chuyên án`, `một đường dây`): `doubts/single-event.ts`, round 26. */
  readonly singleEventLeads?: readonly Phrase[];
  /**
   * One incident of enforcement or an outbreak and its size (`doubts/incident-size.ts`, round 30):
   * `seizeVerbs`, verbs of seizing, destroying or finding goods or animals (`thu giữ`, `tịch thu`, `tiêu
   * hủy`, `phát hiện`) right before a quantity; `caseNouns`, the counted nouns that make such a quantity a
   * tally of cases (`phát hiện 1.413 vụ vi phạm`, `bắt giữ 23 đối tượng`); `fineVerbs`, verbs of a fine
   * before its amount (`xử phạt`, `phạt vi phạm hành chính`); `passive`, the word before a verb that
   * makes its subject the one fined (`bị xử phạt`); `oneSubject`, a single subject told before the
   * figure (`một người`, `hộ kinh doanh`, `tại 1 hộ`).
   */
  /**
   * A figure told as the cause of another (`doubts/cause-figure.ts`, round 30): `leads`, the words of
   * a cause (`results from`, `due to`, `thanks to`); `links`, the gerund before the cause's figure
   * (`being`); `bracketLevelVerbs`, the verbs of a level in a bracket after a percentage that restates
   * the earlier period's level (`(… in 2016 was $43.3 per barrel)`).
   */
  readonly causeFigure?: {
    readonly leads: readonly Phrase[];
    readonly links: readonly Phrase[];
    readonly bracketLevelVerbs: readonly Phrase[];
  };
  readonly incident?: {
    readonly seizeVerbs: readonly Phrase[];
    readonly caseNouns: readonly Phrase[];
    readonly fineVerbs: readonly Phrase[];
    readonly passive: readonly Phrase[];
    readonly oneSubject: readonly Phrase[];
  };
  /**
   * Nouns of a facility a capacity or number right after names (`Kho cảng LNG 1 triệu tấn/năm`,
   * `nhà máy điện Thái Bình 2`, `the Nghi Son 2 plant`): `doubts/facility-figure.ts`.
   */
  readonly facilityNouns?: readonly Phrase[];
  /**
   * A word of size before a length (`cây cầu treo dài 170m`, `bờ biển dài khoảng 500 m`, `nước mặn xâm
   * nhập sâu đến 110km`): `leads` (`dài`, `sâu`, `chiều dài`), the words that may stand between it and
   * the figure besides a bound (`upTo`: `đến`, `tới`) and the `units` of length it bears on; the
   * length describes the thing measured, or the reach of an event — doubted (`doubts/dimension.ts`).
   */
  readonly dimensions?: {
    readonly leads: readonly Phrase[];
    readonly upTo: readonly Phrase[];
    readonly units: readonly Phrase[];
  };
  /** Prepositions that end a counted noun phrase before a place (`2,000 cars in Hanoi and …`): `doubts/named-items.ts`. */
  readonly placePrepositions?: readonly Phrase[];
  /**
   * Nouns that hold a change verb (`giá trị gia tăng`, value added): the verb inside one is no
   * change (`thuế suất thuế giá trị gia tăng ở mức 8%` states no rise of 8 %).
   */
  readonly changeVerbNouns: readonly Phrase[];
  /**
   * Verbs right after a count of places or bodies that give what follows to that group alone
   * (`7 Bộ có tỷ lệ giải ngân trên 45%`, `12 provinces had a poverty rate of 3 percent`): the
   * figure is a subset's, not the indicator's.
   */
  readonly subsetVerbs: readonly Phrase[];
  /**
   * Nouns of an indicator that is a percentage of something, not an index (`tỷ lệ`, `độ che phủ`,
   * `rate`, `ratio`): its change by N percent may be N points or N percent of itself.
   */
  readonly pointsLevelNouns: readonly Phrase[];
  /**
   * Words right after a number that make it an age inside a name (`trẻ em dưới 5 tuổi`, `lao động
   * từ 15 tuổi trở lên`, `15-year-olds`): part of the name, never a figure.
   */
  readonly ageNouns: readonly Phrase[];
  /** Words right before a number that make it an age (`aged 15 and over`, `độ tuổi 15-24`). */
  readonly ageLeads: readonly Phrase[];
  /** Verbs of exceeding a level (`vượt`, `surpassed`): the figure right after one is a lower bound. */
  readonly exceedLevelVerbs: readonly Phrase[];
  /**
   * A count that names the group a measure is of (`profit of the 29 companies`, `made by these 20
   * companies`): the determiners before it, the links before them, and the parts of a group whose
   * count is the figure (`half of the 11,315 vehicles`): `rules/value.ts`.
   */
  readonly groupDeterminers?: {
    readonly words: ReadonlySet<string>;
    readonly links: ReadonlySet<string>;
    readonly parts: ReadonlySet<string>;
  };
  /** Words of reaching right before a verb of exceeding (`đạt và vượt kế hoạch 108%`: 108 % reached): `rules/completion-exceeded.ts`. */
  readonly reachedExceedLeads?: readonly Phrase[];
  /** Verbs that read a percentage only as a completion of a plan after it (`tương ứng 31% chỉ tiêu giao`): `rules/percent.ts`. */
  readonly planOnlyPercentVerbs?: readonly Phrase[];
  /** The link between a base and its own level (`so với năm 2013 là 331,98 tỷ đồng`): `sentence/vi-base-value.ts`. */
  readonly baseValueLinks?: readonly Phrase[];
  /** Connectives that may open a sentence before its comma (`Như vậy, so với kế hoạch …`): `sentence/vi-fronted-plan.ts`. */
  readonly sentenceConnectives?: readonly Phrase[];
  /** Nouns of a level between a verb of exceeding and its number (`vượt qua con số 36.000 MW`): `rules/vi-exceeded-level.ts`. */
  readonly exceedLevelNouns?: readonly Phrase[];
  /**
   * Nouns of an indicator that is itself a percentage of something (`poverty rate`, `the share
   * of …`, `tỷ lệ hộ nghèo`): its change by N percent may be points or a relative change.
   */
  readonly percentLevelNouns: readonly Phrase[];
  /**
   * A rate that is a price, not a percentage of anything (`room rate`, `day rate`, `freight rates`,
   * `exchange rate`): its change by N percent is a relative change like any price's, never the
   * points-or-percent question of {@link percentLevelNouns} (round 30).
   */
  readonly priceRateNouns: readonly Phrase[];
  /**
   * Indices of change (`chỉ số sản xuất công nghiệp`, `consumer price index`): a bare percentage
   * on one is its level against a base (109,5%) or its growth (9,5%), never a plain level.
   */
  readonly changeIndexNouns: readonly Phrase[];
  /** The word between an amount and what it is of (`US$16.75 billion of new capital`). */
  readonly quantityOf: readonly Phrase[];
  /** Nouns of goals (`chỉ tiêu`, `targets`) that an assigning verb makes a frame of goals. */
  readonly goalNouns: readonly Phrase[];
  /**
   * A figure restated as a percentage of an earlier period's (`…, or about 65 per cent of its traffic in
   * October 2019`): the words that may link the restatement after its comma (`or`), and the words of a
   * whole whose share is of the figure's own period (`total`, `overall`, `GDP`; `certainty/weigh-period.ts`,
   * round 69). Optional.
   */
  readonly percentOfPeriod?: { readonly links: readonly Phrase[]; readonly wholes: ReadonlySet<string> };
  /** A copula that may end a heading of goals before its colon (`Các chỉ tiêu chủ yếu năm 2024 là: …`; round 69). Optional. */
  readonly goalHeadingCopulas?: readonly Phrase[];
  /**
   * Words of a comparison before a plan noun whose value follows (`so với mục tiêu phải đạt 80%`,
   * `compared to the target of 10 trillion dong`, `lower than the target of 80%`;
   * `sentence/compared-goal-kind.ts`).
   */
  readonly comparedGoalLeads?: readonly Phrase[];
  /**
   * Concessive openers (`Despite the failure to meet the export target set for 2013-14, the country
   * fetched …`, `Mặc dù không đạt chỉ tiêu, …`): a goal noun in the clause they open frames no figure
   * after it (`sentence/figureless.ts`; round 42 — the result had been a certain target). Optional.
   */
  readonly concessiveLeads?: readonly Phrase[];
  /** Links between such a plan noun and its value (`là`, `phải đạt`, `đề ra là`; `of`, `set at`). */
  readonly comparedGoalLinks?: readonly Phrase[];
  /** The joiner of a second value of that plan (`phải đạt 80% và 60%`, `of 80% and 60%`). */
  readonly comparedGoalJoins?: readonly Phrase[];
  /**
   * Budget flows measured against their estimate (`thu ngân sách`, `chi ngân sách`): a bare percentage
   * after a level verb closing the clause (`thu ngân sách nhà nước đạt 148,32%`) is a completion
   * (`sentence/vi-plan-rate.ts`). Optional.
   */
  readonly budgetFlowNouns?: readonly Phrase[];
  /**
   * `đến năm`: the lead of a horizon year (`đến năm 2025, … tăng bình quân hằng năm 11%`): an average
   * yearly rate until it is a goal (`sentence/goal-horizon.ts`). Optional.
   */
  readonly goalHorizonLeads?: readonly Phrase[];
  /** `tính`, `cho`: words right before a horizon's lead that make it a cut-off of results (`tính đến năm 2023`). */
  readonly goalHorizonCutoffs?: readonly Phrase[];
  /**
   * `thông qua`, `đề ra`, `adopted`: verbs of adopting goals; with a goal noun after them before the
   * sentence's first figure (`Đại hội thông qua nghị quyết với một số chỉ tiêu chủ yếu: …`), the
   * figures are the goals adopted (`sentence/goal-adopted.ts`); English `set`, `sets`, `setting`
   * (`IMP has set a plan for net revenue and PBT of VND 1,750 billion …`, `the government sets a cap
   * on total emissions of 185 MtCO2e`). Optional.
   */
  readonly adoptVerbs?: readonly Phrase[];
  /**
   * The nouns an adopting verb takes as goals (`plan`, `cap`, `targets`; `sentence/goal-adopted.ts`):
   * the goal nouns when absent. English `set a record`, `set up 3 factories` take none.
   */
  readonly adoptNouns?: readonly Phrase[];
  /** `If`, `Nếu`: a sentence opening on a condition whose main clause is a forecast states goals (`sentence/goal-condition.ts`). */
  readonly conditionWords: readonly Phrase[];
  /**
   * The words that open a name of a share (`the share of Telangana in this year's growth in National
   * Exports was 23.5%`): its percentage is a part of a whole, no rate of growth, whatever growth noun
   * the name goes on to hold (`assemble.ts` growthName, `certainty/doubts/share.ts`).
   */
  readonly shareNameHeads?: readonly Phrase[];
  /**
   * Words of a change told as an improvement (`an improvement of 21 percent`, `improved 8%`) and the
   * nouns of measures a report wants lower (`deficit`, `loss`, `debt`): with one of those in the name,
   * the change's direction is not told (`certainty/doubts/improvement.ts`).
   */
  readonly improvementWords?: readonly Phrase[];
  readonly lowerBetterNouns?: readonly Phrase[];
  /** `Theo kế hoạch`, `Under the plan`: a first clause naming a plan as the source frames the sentence's figures as goals (`sentence/goal-frame.ts`). */
  readonly planSourceLeads: readonly Phrase[];
  /** `To`, `Để`, `Nhằm`: a sentence opening on a clause of purpose names goals before its comma (`sentence/goal-purpose.ts`). */
  readonly purposeWords: readonly Phrase[];
  /**
   * `Analysts polled by Reuters had expected revenue of …`, `The average estimate of analysts … had
   * been …`: a subject naming forecasters (`people`) and their expectation (`expectations`) names a
   * forecast, a target (`sentence/goal-plan-subject.ts`; English, round 52).
   */
  readonly forecasterSubjects?: { readonly people: readonly Phrase[]; readonly expectations: readonly Phrase[] };
  /** `of the annual target of`, `the full-year plan`: words of a plan for the whole year (`sentence/annual-plan-period.ts`). */
  readonly annualPlanWords?: readonly Phrase[];
  /** `…, exporters estimated on Monday.`: the day after a closing clause's stage word (`sentence/trailing-source-stage.ts`; English). */
  readonly estimateTimeTails?: readonly Phrase[];
  /** `planned`, `projected`, `targeted`: a participle before the subject's noun that makes it a plan or forecast (`sentence/goal-plan-subject.ts`; English). */
  readonly planSubjectParticiples: readonly Phrase[];
  /** `is`, `stands at`: what may link such a subject to its value. */
  readonly planSubjectLinks: readonly Phrase[];
  /**
   * Words before a plan participle after its noun that make it no plan of the subject (`disbursed
   * as planned`, `more than projected`, `was allocated for`): `investment planned for this year` is.
   */
  readonly planParticipleStops: readonly Phrase[];
  /**
   * `plan`, `target`, `budget estimate`: nouns that, heading a subject linked to its value by a
   * copula or `total(s)` (`The revenue plan for 2024 is …`), name the plan itself — a target
   * (`sentence/goal-plan-subject.ts`; English).
   */
  readonly planHeadNouns: readonly Phrase[];
  /** `estimate(s)`: a plan head noun only after a possessive or a year (`the province's estimate`, `the 2024 estimate`). */
  readonly planHeadEstimates: readonly Phrase[];
  /** `is`, `was`, `totals`, `stood at`: what links such a plan subject to its value. */
  readonly planHeadLinks: readonly Phrase[];
  /** `assigned`, `set`, `alone`: words after a plan head noun, before its link, that leave it the head. */
  readonly planHeadTrailers: readonly Phrase[];
  /**
   * `includes`, `for`, `that`: words that may follow a plan head noun an amount right before it names (`The $661.8
   * million operating budget includes …`, `sentence/goal-plan-subject.ts`); a noun after it (`budget deficit`) is
   * the head instead. Optional (English).
   */
  readonly planNounFollowers?: readonly Phrase[];
  /** `for`, `of`, `in`: prepositions of a period after a plan head noun (`plan for 2024`). */
  readonly planHeadPeriodLeads: readonly Phrase[];
  /**
   * `of`, `against`, `than`, `which`: words before a plan noun in its subject that make it no head
   * (`The shortfall against the plan was …`, `106 percent of the plan`).
   */
  readonly planHeadStops: readonly Phrase[];
  /** Verbs that assign goals (`giao`, `đề ra`, `assigned`, `set`): `các chỉ tiêu mà Chính phủ giao …:`. */
  readonly assignVerbs: readonly Phrase[];
  /**
   * Compound nouns that begin with an assigning verb (`giao thông`, `giao dịch`: traffic, a
   * transaction): no assignment (`số người chết do tai nạn giao thông là 45 người` is a result). Optional.
   */
  readonly assignCompounds?: readonly Phrase[];
  /** Tense, voice, copula and preposition words that end a subject before its verb (lower case, with and without marks). */
  readonly nameTrailing: ReadonlySet<string>;
  /** Articles, openers and target verbs dropped from the start of a name (lower case). */
  readonly nameLeading: ReadonlySet<string>;
  /**
   * Words that close a fronted topic before the subject (`Nếu so với kế hoạch … thì tỷ lệ giải ngân
   * đạt 22%`, `Riêng tháng 9 thì …`): a name starts after the last one (lower-case forms).
   */
  readonly topicEnds: ReadonlySet<string>;
  /**
   * Words that open a clause comparing a result with the plan whose figure follows (`vượt`, `cao
   * hơn`, `thấp hơn`, `tương đương`, `bám sát` … `kế hoạch … là 8,42%`): the figure is the plan's.
   */
  readonly planCompareLeads: readonly Phrase[];
  /**
   * Leads of {@link planCompareLeads} that say how far the result stands from the plan (`còn cách`,
   * `cách xa`): like a verb of exceeding, the amount after the plan noun is as often the distance as
   * the plan's own figure, read as the plan's only when `là` or a clause that sets it follows.
   */
  readonly planGapLeads: readonly Phrase[];
  /**
   * Words that set a plan, after its figure (`mục tiêu 42 tỷ USD mà Chính phủ đưa ra`, `kế hoạch
   * 95% đã đề ra`): the figure before them is the plan's own.
   */
  readonly planSetVerbs: readonly Phrase[];
  /**
   * Words after a plan's year that carry the plan into a later year (`kế hoạch vốn năm 2022 kéo dài
   * sang năm 2023`): that year is not the year of the figures measured against it.
   */
  readonly planYearCarryWords: readonly Phrase[];
  /**
   * Unit codes of a measure whose two figures joined by a slash in a report line (`Ngô 31/35ha`,
   * `giải ngân 356/820 tỷ đồng`) are the figure done over the figure planned even with no completion
   * stated: both are read, the plan a target, each doubted (which is which is not said). A count
   * (`12/15 xã`, `30/63 tỉnh`) is a part of a total and is left as read.
   */
  readonly slashPlanUnits: ReadonlySet<string>;
  /** The estimated result of a year as a comparison base (`so với ước thực hiện năm 2017`): the figure is the next year's plan. */
  readonly estimateBaseWords: readonly Phrase[];
  /** Words before a plan noun that heads a name (`Tổng kế hoạch vốn …`): the name is the plan's. */
  readonly planHeadLeads: readonly Phrase[];
  /** The only words that may link a plan's name to its value (`Dự toán thu ngân sách năm nay là …`, `được giao`). */
  readonly planNameLinks: readonly Phrase[];
  /**
   * Words that put an assigning verb in the passive with its agent after them (`được Bộ Tài chính
   * giao`, `do HĐND tỉnh giao`): a name so assigned is a plan's (`sentence/vi-assigned-plan.ts`). Optional.
   */
  readonly passiveAgents?: readonly Phrase[];
  /**
   * Authorities that assign plans, written right before an assigning verb in the active (`Thủ tướng
   * giao 82,2%`, `Quốc hội giao tỷ lệ bao phủ … là trên 80%`): the name so assigned is a plan's
   * (`sentence/vi-assigned-plan.ts`). Optional.
   */
  readonly assignAgents?: readonly Phrase[];
  /** Words that open a reason after a change (`do`, `nhờ`, `vì`, `chủ yếu do`): a change verb right after them puts the measure after it. */
  readonly reasonLeads: readonly Phrase[];
  /**
   * Determiners before a participle of planning that open a plan phrase with no `of` (`13.6% above its
   * planned profit`, `below the planned revenue`; folded). Round 40. Optional.
   */
  readonly planParticipleDeterminers?: ReadonlySet<string>;
  /**
   * Determiners between `from` and the earlier level a rate moved from (`a growth of 86.4 per cent from
   * the Sh. 16.1 billion …`; folded): `certainty/doubts/earlier-reading.ts`; and before the year of a
   * level (`from their 2003 peak`: `rules/context.ts` yearLevelAt; round 56). Round 50. Optional.
   */
  readonly levelDeterminers?: ReadonlySet<string>;
  /**
   * The level of a named period as a base (`6.0% above its Quarter 4 2019 level`, `above the pre-pandemic
   * level seen in Quarter 4 2019`): `determiners` open it, `nouns` name the level, `participles` of
   * recording and `links` may stand between the noun and a period after it (`rules/period-level-base.ts`;
   * round 60). Optional.
   */
  /**
   * A base that points back to a span the sentence named before (`tourism is up 62 per cent … over the
   * same period` after `has grown 98 per cent since 2012`): `phrases` (folded, whole) take the base of a
   * change whose base words open with one of `leads` (`since`) — `sentence/same-span-base.ts`; round 60.
   * Optional.
   */
  /**
   * Compare words that name a base only right after a figure (`has grown 98 per cent since 2012`), never
   * as a base standing alone that the sentence's other changes share (`reaching their highest levels
   * since 2014, while exports rose …`): `scan.ts`; round 60. Folded. Optional.
   */
  readonly figureOnlyCompareWords?: ReadonlySet<string>;
  /**
   * Standalone bases (`phrases`, as written in `standaloneBases`) that a word of `words` after them makes
   * the span itself (`over the year of 2019` is during it; `y/y of FMCG` stays a base; round 60). Optional.
   */
  readonly standaloneBaseStops?: { readonly phrases: ReadonlySet<string>; readonly words: ReadonlySet<string> };
  readonly sameSpanBases?: {
    readonly leads: ReadonlySet<string>;
    readonly phrases: ReadonlySet<string>;
    /** Words of a pace before a `since` base (`at a rate of`, `annual`): the base is then dropped. */
    readonly paceWords: ReadonlySet<string>;
    /** Words of a yearly pace (`an annual percentage growth rate of`): a base the sentence lent is dropped. */
    readonly annualWords: ReadonlySet<string>;
  };
  readonly periodLevel?: {
    readonly determiners: ReadonlySet<string>;
    readonly nouns: ReadonlySet<string>;
    readonly participles: ReadonlySet<string>;
    readonly links: ReadonlySet<string>;
  };
  /** The nouns of a year's high after its year, read only there (`from their 2003 peak`; not `last year's record of …`). Optional. */
  readonly yearPeakNouns?: readonly Phrase[];
  /**
   * Links before a number and `times` that make it a level, no multiple of change (`stood at 1.51
   * times`, `a debt-to-equity ratio of 1.5 times`; folded). Round 40. Optional.
   */
  readonly timesLevelLinks?: ReadonlySet<string>;
  /** Articles that say `per` between money and a unit of goods (`$3,111 a ton`). Round 40. Optional. */
  readonly priceArticles?: readonly Phrase[];
  /** Value verbs that end in a word of rise (`notched up`): a level only for an amount, never a percentage. Optional. */
  readonly amountOnlyValueVerbs?: readonly Phrase[];
  /** The goods such a price is per after an article (`a ton`, `a barrel`, `a kilo`). Optional. */
  readonly priceGoods?: readonly Phrase[];
  /** Verbs of a moved value in their other forms, before `to` and a level in times (`fall to 1.15 times`). Optional. */
  readonly timesLevelVerbs?: ReadonlySet<string>;
  /** `tăng thêm` after a noun of capital (`tổng vốn tăng thêm 422 triệu USD`): the added capital, a level, not a rise. */
  readonly addedWords: readonly Phrase[];
  /** Nouns of capital before {@link Grammar.addedWords} (`vốn`). */
  readonly capitalNouns: readonly Phrase[];
  /** Verbs of reporting that end a clause naming the source (`Sở Công thương cho biết, …`): that clause is never part of the next name. */
  readonly reportVerbs: readonly Phrase[];
  /**
   * Verbs of saying that, inside the words before a figure, end the source and start the name
   * (`HĐND tỉnh cho biết thu ngân sách …`, `the GSO said exports …`): the name is the words after
   * the last of them. Only verbs that are never part of an indicator's name (`thông tin` is: `công
   * nghệ thông tin`).
   */
  readonly nameReportCuts?: readonly Phrase[];
  /** Openers of a cumulative figure, folded, two words: `luy ke`, `tinh chung`. */
  readonly cumulativeOpeners: ReadonlySet<string>;
  /**
   * Words that open a running total from the start of the year, folded, three words, before the
   * `đến` of its end (`từ đầu năm đến tháng 5/2021`: the year to May). Optional.
   */
  readonly yearStartLeads?: ReadonlySet<string>;
  /** Comparatives that open a clause measuring the statement before, folded, two words: `thap hon`, `lower than`. */
  readonly comparatives: ReadonlySet<string>;
  /** Words ranking the statement right behind another period's figure (`chỉ sau quý III/2022 (14,38%)`, `second only to`). */
  readonly behindWords: readonly Phrase[];
  /**
   * Concessive and contrastive words that may stand before such a comparative (`tuy cao hơn …`,
   * `though higher than …`), folded, one word each.
   */
  readonly comparativeLeads: ReadonlySet<string>;
  /**
   * The words of a cut-off left at the end of a name (`… tính đến ngày 20/11/2023`, `… đến hết
   * tháng 10`), folded: the day noun, `hết`, `đến`, `tính`, and `hiện` (now) that ends no name
   * in a compound.
   */
  readonly cutOff: {
    readonly day: ReadonlySet<string>;
    readonly end: ReadonlySet<string>;
    readonly until: ReadonlySet<string>;
    /** Two words that name a point in time a stock is counted at (`vào thời điểm 31.12.2013`), folded. */
    readonly moment?: ReadonlySet<string> | undefined;
    readonly reckon: ReadonlySet<string>;
    readonly now: ReadonlySet<string>;
    /**
     * The value verbs after which a bare cut-off between an indicator and its figure dates the
     * stock (`Tổng thu ngân sách đến ngày 31/10/2023 là …`, `Dư nợ đến 30/9/2024 đạt …`).
     */
    readonly verbs: readonly Phrase[];
    /**
     * Verbs that state what there IS at a cut-off, a stock rather than a flow (`tính đến 31/12/2014
     * toàn quốc có tổng diện tích rừng là …`, `Tính đến tháng 9 năm 2020, cả nước có 31,8 triệu
     * người`): such a figure at a month's end or its last day may be the month's (a point in time)
     * or the year's to it — the released sets write it either way, so the period is doubted
     * (`month-end`, `certainty/weigh-period.ts`). None in English, whose month-end readings are
     * all doubted.
     */
    readonly stockVerbs: readonly Phrase[];
  };
  /** Folded words between a plan word and its value: `kế hoạch là 1.700`, `the plan is …`, `a plan of …`. */
  readonly planLinks: ReadonlySet<string>;
  /** Folded words of a rank's total: `trên 63`, `out of 63`, `among 63` (`rankOutOfLinks`: the `of`). */
  readonly rankOutOf: ReadonlySet<string>;
  readonly rankOutOfLinks: ReadonlySet<string>;
  /** Folded definite articles before a year inside a noun phrase (`the 2019 level`). */
  readonly definiteArticles: ReadonlySet<string>;
  /**
   * Adjectives of a record a level may carry after its article (`up from the record-breaking 16.95million
   * tonnes in 2008`): `sentence/earlier-level-kind.ts` reads past them to the level's lead. Lower case.
   * Optional.
   */
  readonly recordAdjectives?: readonly Phrase[];
  /**
   * Unit codes of a measure (mass, length, area) that a bare scaled amount takes from an earlier amount
   * of the sentence (`rose 11.8% to 1.7 million tonnes, while exports fell 17.06% to 1.16 million`):
   * `sentence/lent-currency.ts`. Not counts: a scaled count's noun is written as often as dropped.
   * Optional (English).
   */
  readonly lentMeasureUnits?: ReadonlySet<string>;
  /**
   * Participles of a plan after a figure that make it the plan's (`Sh412 billion out of Sh528 billion
   * allocated`, `against Rs.1,16,857 crore budgeted`): `sentence/plan-after-value.ts`. Optional (English;
   * Vietnamese reads its plan nouns).
   */
  readonly plannedAfterValue?: readonly Phrase[];
  /**
   * Folded words after which a year modifies the noun after it (`the 2023 plan`, `its 2020
   * target`, `the new 2018 … report`): such a year dates a sentence's statements that nothing else
   * dates, doubted (`sentence/attributive-year.ts`). Optional (none in Vietnamese: `năm 2023`).
   */
  readonly attributiveYearLeads?: ReadonlySet<string>;
  /**
   * Cardinals written in words with their digits (`eight` → `8`), read as numbers before a percent
   * or scale word only (`fell by eight percent`, `five million tonnes`); see `spelled-number.ts`.
   */
  readonly spelledNumbers?: ReadonlyMap<string, string>;
  /**
   * Cardinals in words that are read only right before a scale word with a number after it
   * (`năm triệu 900 ngàn tín hữu`: `năm` is the year far more often than five); see
   * `spelled-number.ts`, round 53. Optional.
   */
  readonly spelledBeforeScale?: ReadonlyMap<string, string>;
  /**
   * Words that join cardinals into a bigger number written in words (`mười ba tỷ, năm trăm linh ba
   * triệu`; lower case): a cardinal next to one of them, or next to another cardinal, is part of that
   * number and is not read alone (`spelled-number.ts`, round 50). Optional.
   */
  readonly spelledNumberJoins?: ReadonlySet<string>;
  /**
   * True when a comma, one space and a group of three digits that a zero leads carry on the number
   * before it (`exported 343, 068 tonnes of rice`: a typesetter's stray space; no number of its own
   * starts with a zero). English only (a Vietnamese comma is the decimal mark); `tokenize.ts`, round 62.
   */
  readonly spacedGroupComma?: boolean;
  /**
   * True when a point right before digits, after a word and a space, starts a decimal of its own
   * (`a drop of .38 percent`, `by .5%`: American press writes no zero before the point). English
   * only (a Vietnamese point groups thousands); `tokenize.ts`, round 63.
   */
  readonly leadingPoint?: boolean;
  /**
   * The words of a bigger cardinal written in words (`one hundred and four million`, `ninety two
   * point six million`, `one million, one hundred sixty thousand long tons`): the hundred, the
   * decimal point, the `and` after a hundred or a scale, and the digit words after the point beside
   * the cardinals (`zero`); see `spelled-number.ts`, round 62. Optional (folded words).
   */
  readonly spelledCompound?: {
    readonly hundred: ReadonlySet<string>;
    readonly point: ReadonlySet<string>;
    readonly and: ReadonlySet<string>;
    readonly zero: ReadonlySet<string>;
  };
  /**
   * Modifiers of a change noun that turn its rise into a fall (`a negative MoM growth of 60.68
   * percent`), read between the article and the noun. Optional.
   */
  readonly negativeChangeModifiers?: ReadonlySet<string>;
  /**
   * Nouns of a level reached after `to` (`, to the lowest level ever of 3,700 units`, `to a record
   * high of`): such a clause gives its value to the changes before it; see `sentence/clause-name.ts`.
   */
  readonly reachedLevelNouns?: ReadonlySet<string>;
  /**
   * Verbs of reaching a level before a noun of that level (`, reaching the level of US$25.9`, `,
   * hitting a record high of 50,000 tonnes`): such a clause gives its value to the changes before
   * it, as `to` does; see `sentence/clause-name.ts`.
   */
  readonly levelReachVerbs?: readonly Phrase[];
  /**
   * A participle of a move with its object, if any, before `to` and the level (`, dropping it to
   * about $8.5 billion`, `, climbing to 1.46 trillion dong`): the level the changes before it came
   * to; see `sentence/clause-name.ts`.
   */
  readonly levelMoveParticiples?: readonly Phrase[];
  /** Folded words before a number that make it an ordinal (`thứ 3`, `lần 2`) in `unused`. */
  readonly ordinalMarkers: ReadonlySet<string>;
  /** Folded words before a number that make it a qualifier (`mức 3`, `level 4`) in `unused`. */
  readonly qualifierWords: ReadonlySet<string>;
  /** Folded words before `hiện` that make a compound (`thực hiện`), so `hiện` is no tense word there. */
  readonly hienCompounds: ReadonlySet<string>;
  /** What a rank is in: `về chỉ số PCI`, `in the PCI` (lower case). */
  readonly rankTopics: ReadonlySet<string>;
  /** Words dropped when comparing names (`tổng`, `số`, `toàn`, `total`, `number of`). */
  readonly nameStopwords: ReadonlySet<string>;
  /**
   * The words of the hostile shapes (`certainty/doubts/not-a-figure.ts`): numbers that are no
   * figure of an indicator (a time of day, a policy's rate, a count of places), or whose role the
   * sentence leaves open (a multiple that compares two things).
   */
  readonly notAFigure: {
    /** Folded letters glued after an hour that make a time of day (`9h30`, `17h`, `9g30`), digits after them allowed. */
    readonly hourLetters: ReadonlySet<string>;
    /** Words after an hour that make a time of day: `a.m.`, `p.m.`. */
    readonly clockWords: readonly Phrase[];
    /**
     * Charges and prices a policy sets, right after a percentage (`giảm 30% tiền thuê đất`, `hỗ trợ
     * 50% lãi suất`, `a 46% tariff`, `a 50 percent interest subsidy`): a rule, not a measured figure.
     */
    readonly charges: readonly Phrase[];
    /** Change nouns and their link between a percentage and a charge: `a 30 percent reduction in land rent`. */
    readonly chargeLinks: readonly Phrase[];
    /** Words after a charge that make it a measured amount (`tax revenue`, `thuế thu được`): no policy rate. */
    readonly chargeMeasures: readonly Phrase[];
    /** Adjectives right before a multiple that compare two things (`cao gấp đôi`, `lớn gấp 3 lần`): no change over time. */
    readonly comparativeMultiples: readonly Phrase[];
    /** Folded words right after a multiple that name the other thing (`1.5 times the provincial average`, `twice that of`). */
    readonly multipleComparands: ReadonlySet<string>;
    /** Nouns of places and bodies (`xã`, `tỉnh`, `communes`, `countries`): a bare count of them counts subjects, not an indicator's value. */
    readonly placeNouns: readonly Phrase[];
    /** Folded `of` after a percentage that names the whole it is a part of (`gaining 21.4 percent of the quotation`). */
    readonly wholeOf: ReadonlySet<string>;
    /** Lower-case words right before a number that make it a position (`lần thứ 8`, `thứ 3`), exact (`thu` is revenue). */
    readonly ordinalWords: ReadonlySet<string>;
    /** Lower-case distributive words that open a name (`Mỗi hộ`, `Each worker`): an amount for each one. */
    readonly distributives: ReadonlySet<string>;
    /** Nouns right after an English figure that make it a milestone (`the VND50 trillion threshold`, `the $30 billion mark`). */
    readonly milestoneNouns: readonly Phrase[];
    /** Links after a milestone noun before its figure (`surpassed the benchmark of 10,000 workers`): `exceededTheDoubt`, round 26. */
    readonly milestoneLinks?: readonly Phrase[];
    /** Links between a percentage and the count it is a share of: `70 percent of the 1,000 firms`, `70% trong số 1.000 doanh nghiệp`. */
    readonly shareWholeLinks: readonly Phrase[];
    /**
     * Links between a count and the whole it is a part of (`52 out of 148 listed companies`, `5 of the
     * 20 largest firms`, `52 trong số 148 doanh nghiệp`): the count after the link is the whole, not the
     * indicator's value (`shareWholeDoubt`, round 32). Narrower than `shareWholeLinks`: a bare `of` or
     * `của` after a count is no part-of link (`a fleet of 20 of its ships`).
     */
    readonly countWholeLinks?: readonly Phrase[];
    /**
     * A bare link between two plain counts (`812 of 829 listed companies`): the second is the whole,
     * doubted like `countWholeLinks` — only when the word right before the link is a number that is
     * no year (`output in 2020 of 500,000 tonnes` keeps its value), round 33.
     */
    readonly countOfWholeLinks?: readonly Phrase[];
    /** Words of a name that counts (`the number of`, `tổng số`): a bare number after it is a count, not a number of unknown role. */
    readonly countNames: readonly Phrase[];
    /** Words of duration right before a number of days, months or years (`trong 3 ngày`, `within 15 days`): a length of time. */
    readonly durationLeads: readonly Phrase[];
    /**
     * Words after a length of time that make it a point in the past (`10 days ago`, `2 năm trước`)
     * or before it (`cách đây 10 ngày`): a time, not a figure (`durationDoubt`, round 26).
     */
    readonly agoTails?: readonly Phrase[];
    readonly agoLeads?: readonly Phrase[];
    /**
     * Folded unit words of a length of time shorter than a month (`giờ`, `phút`, `ngày`, `tuần`,
     * `hours`, `minutes`, `days`, `weeks`): a value in them is a duration — a rule's limit, a
     * deadline, how long something took — no indicator's level unless its name measures time
     * (`durationValueDoubt`, round 28).
     */
    readonly durationUnits?: ReadonlySet<string>;
    /**
     * Words of a name that measure a length of time (`thời gian`, `số giờ`, `transit time`,
     * `working hours`, `average stay`): a duration after such a name is the indicator's level.
     */
    readonly durationMeasures?: readonly Phrase[];
  };
  /**
   * The words of company and market prose (`certainty/doubts/security.ts`): a figure of one
   * company's securities (its shares, dividends, charter capital, per-share and return ratios) is
   * no figure of an indicator a report states, and an index moves in its own points.
   */
  readonly market: {
    /** Words of a name that make its figure one of a company's securities (`cổ phiếu`, `cổ tức`, `vốn điều lệ`, `EPS`, `shares`, `dividend`). */
    readonly securityNames: readonly Phrase[];
    /** Folded words that name a company's security when they are the whole name (`The stock fell …`; `rice stocks` is a figure). */
    readonly securityAlone: ReadonlySet<string>;
    /**
     * Words of a name that make its figure an indicator built on securities (a revenue collected,
     * `thu từ cổ tức`, `revenue from dividends`; foreign investors' capital contributions and share
     * purchases, `góp vốn, mua cổ phần`, `capital contributions and share purchases`): no doubt.
     */
    readonly securityIndicators: readonly Phrase[];
    /** Nouns a few tokens after a number that make it a count or a price of shares (`100 triệu cổ phiếu`, `25.000 đồng/cp`, `VND10,000 per share`, `apiece`). */
    readonly shareNouns: readonly Phrase[];
    /** Folded words that may stand between such a number and its share noun (scale and currency words, `/`, `mỗi`, `per`, `a`). */
    readonly shareLinks: ReadonlySet<string>;
    /** Words of new establishments before a figure (`thành lập mới`, `newly established`): their charter capital is an indicator. */
    readonly newEntityWords: readonly Phrase[];
    /** Words of a name that make an amount in đồng with no scale word an exchange rate (`tỷ giá`, `exchange rate`, `USD/VND`), not one item's price. */
    readonly exchangeRateNames: readonly Phrase[];
    /** Point words that are bare (`điểm`, `points`; not `điểm phần trăm`, `percentage points`): an index's points after its name. */
    readonly barePoints: readonly Phrase[];
    /** Words between a change and a percentage that restates it (`tăng 8,4 điểm, tương đương 0,61%`, `rose 12.16 points, or 0.73 percent`). */
    readonly restatementLeads: readonly Phrase[];
    /** Words of a name that make it an index (`VN-Index`, `chỉ số`, `PMI`): its bare points are index points. */
    readonly indexWords: readonly Phrase[];
  };
}

/** The words of period phrases, lower case with their marks. */
export interface PeriodWords {
  /** Month names and their number (`giêng` 1, `mười một` 11, `january` 1). */
  readonly monthNames: Readonly<Record<string, number>>;
  /** Month names that are no other word, read even in lower case (`giêng`; not `năm`, five/year). */
  readonly unambiguousMonthNames: ReadonlySet<string>;
  /** Month abbreviations of press datelines (`jan` 1, `sept` 9). */
  readonly monthAbbreviations: Readonly<Record<string, number>>;
  /** Counts written as words before a month word (`bảy tháng`, `nine months`). */
  readonly countWords: Readonly<Record<string, number>>;
  /** Ordinals of a quarter or half (`first` 1, `last` 4; Vietnamese two words after `quý`: `đầu tiên` 1, `cuối cùng` 4). */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Roman numerals of quarters (`quý I`, `quý IV`). */
  readonly romanNumerals: Readonly<Record<string, number>>;
  /**
   * Words after a partial period that place it relative to the report's year, lower case, one
   * space between words (`of this year` 0, `of last year` −1): `in the second quarter of this year`.
   */
  readonly relativeYears: Readonly<Record<string, number>>;
  /** The key words of the period phrases, folded (no marks, lower case), by their role. */
  readonly keys: PeriodKeys;
}

/**
 * The key words `period-phrase.ts` reads period phrases by, folded, one set per role; a role a
 * language does not use is empty. Two-word keys are joined by one space (`giai doan`).
 */
export interface PeriodKeys {
  /** `năm 2020`, `year 2020`. */
  readonly year: ReadonlySet<string>;
  /** `niên độ 2024`: a budget's fiscal year named by its calendar year (two-word keys). */
  readonly fiscalYear: ReadonlySet<string>;
  /**
   * An opening or closing word with the word before or after it that make another word, no part
   * of a year (`đầu tư` investment, `đầu người` per head, `phấn đấu` strive, `dầu thô` crude oil,
   * `cuối cùng` final): two-word keys, folded.
   */
  readonly partWordNouns: ReadonlySet<string>;
  /** `quý I`, `the first quarter`. */
  readonly quarter: ReadonlySet<string>;
  /** `the first half`. */
  readonly half: ReadonlySet<string>;
  /** English `quarters` of `the first three quarters` (the year to September); none in Vietnamese. */
  readonly quarterPlural?: ReadonlySet<string>;
  /** `tháng 10`, `7 tháng`; English `months` of `the first 7 months`. */
  readonly month: ReadonlySet<string>;
  /** `giai đoạn 2021-2025`. */
  readonly span: ReadonlySet<string>;
  /** After the year word: `năm nay` 0, `năm trước` −1, `năm tới` 1; English `this year` 0, `next year` 1. */
  readonly relative: Readonly<Record<string, number>>;
  /** `(tính) đến hết tháng 10`: the words before `hết`, and `hết` itself. */
  readonly until: ReadonlySet<string>;
  readonly untilEnd: ReadonlySet<string>;
  /** `by 2030`, `by the end of 2025`: a deadline word before a year, and the `end` of `by the end of`. */
  readonly deadline: ReadonlySet<string>;
  readonly deadlineEnd: ReadonlySet<string>;
  /**
   * Words that may follow a bare `by 2030` inside a clause and leave it a deadline (`6 GW by 2025
   * and 12 GW by 2030`, `by 2020 from 378 MW in 2019`): a joiner or a preposition, never the
   * unit of an amount (`fell by 2000 tonnes`). Optional (none: only before punctuation).
   */
  readonly deadlineFollowers?: ReadonlySet<string>;
  /**
   * English words before the end of a month or its last day that reckon a figure TO it (`by the end
   * of September 2022`, `accumulated until the end of May, 2020`, `as of June 30, 2023`; two-word
   * keys joined by a space): the months of the year to that month. `monthEndPoints`: words that
   * measure a stock AT it (`at the end of December 2020`): that month. Either reading is doubted
   * (`month-end`): a stock at a month's end may be written either way. Optional (none in Vietnamese,
   * which reads `đến hết tháng`, `tính đến cuối tháng` with `until`).
   */
  readonly monthEndLeads?: ReadonlySet<string>;
  readonly monthEndPoints?: ReadonlySet<string>;
  /**
   * English words before a whole month that reckon a figure through it (`production until August
   * 2023 was …`, `data up to October 2023`, `exports through September 2023`; two-word keys joined by
   * a space): the months of the year to that month, doubted as `monthEndLeads` are. Optional (none in
   * Vietnamese, whose `tính đến tháng 8` is read with `until`).
   */
  readonly throughMonthLeads?: ReadonlySet<string>;
  /**
   * `the first quarter ended March 31, 2023`, `the first half of the year ending 30 June 2024`: the
   * words after a period without its year that date it by its last day (its year read from the
   * date, when the date's month ends that period). Optional.
   */
  readonly endedWords?: ReadonlySet<string>;
  /** One month after an ordinal: `the first month of 2024` (January), `the second month` (February). */
  readonly monthSingular: ReadonlySet<string>;
  /** `for the months of January and February 2012`: the plural before `of` and a span of months it names. */
  readonly monthPlural?: ReadonlySet<string>;
  /** `từ tháng 1 đến tháng 9/2023`: the word that opens a range of months (its end is an `until` word). */
  readonly monthRangeFrom: ReadonlySet<string>;
  /** `6 tháng đầu năm` / `the first …`, `6 tháng cuối năm`. */
  readonly opening: ReadonlySet<string>;
  /**
   * Words that open the months of a year only when the year follows (`for the past nine months of
   * 2017`: January to September; `the past nine months` alone runs back from now and is none).
   * Optional.
   */
  readonly openingOfYear?: ReadonlySet<string>;
  /** `6 tháng đầu tiên của 2019`: a word that completes the opening word (folded; round 40). Optional. */
  readonly openingTails?: ReadonlySet<string>;
  readonly closing: ReadonlySet<string>;
  /** `đến giữa tháng 4-2023`: the middle of a month after `until` (the year to that day, doubted `mid-month`). */
  readonly middle?: ReadonlySet<string>;
  /** `15 ngày đầu tháng 6/2018`: the noun of days counted at a month's start or end (read as the month, doubted `part-of-month`). */
  readonly days?: ReadonlySet<string>;
  /** `8 tháng của năm 2023`: the link between a count of months and the year it counts in. */
  readonly countOfYear: ReadonlySet<string>;
  /** `cả năm`, `the whole year`, `full-year` (`wholeBare`: also without a preposition before). */
  readonly whole: ReadonlySet<string>;
  readonly wholeBare: ReadonlySet<string>;
  /** `lũy kế 11 tháng`, `tính chung 9 tháng`. */
  readonly cumulative: ReadonlySet<string>;
  /** `trong 10 tháng`, `10 tháng qua`. */
  readonly within: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  /**
   * `9 tháng ước tăng 8,6%`: a stage word right after a bare count of months makes it the period (not a duration);
   * before `đến` (`Ước đến 31/12`, `Dự báo đến ngày 30 tháng 11`) it reckons a cut-off. One or two words, folded.
   */
  readonly estimateAfter: ReadonlySet<string>;
  /** Before a period: `in`, `during`, `for`, `over`, `of`; before a bare year (`in 2020`, `year 2020`). */
  readonly prepositions: ReadonlySet<string>;
  readonly yearPrepositions: ReadonlySet<string>;
  /** `for calendar 2022`: a word between the preposition and the year that names the calendar year. Optional. */
  readonly calendarYearWords?: ReadonlySet<string>;
  /** `from 2016 to 2017` (English): the words that open and close a span of years, the second year the figure's. */
  readonly yearSpan?: { readonly from: ReadonlySet<string>; readonly to: ReadonlySet<string> } | undefined;
  /** `in the year 2022`: the noun between a preposition's article and the year it names. Optional (round 46). */
  readonly namedYearNouns?: ReadonlySet<string>;
  /** `for the month of February 2021`: the link between the month noun and the month it names. Optional (round 47). */
  readonly namedMonthLinks?: ReadonlySet<string>;
  /** `in the current quarter ended 30 September 2017`, `the current interim quarter ended …`: words before a bare quarter or year dated by its end (round 41). */
  readonly endedQualifiers?: ReadonlySet<string>;
  /** Between a partial period and its year: `of 2020`, `in 2020`, `năm 2020`. */
  readonly yearLinks: ReadonlySet<string>;
  /**
   * Between a noun and the year of a count of months written as its adjective (`first 5-month
   * profit of 2020`; `in 2020` after such a noun may date a contract's signing, not its months).
   */
  readonly adjectiveYearLinks?: ReadonlySet<string>;
  /** `the` of `the first quarter`. */
  readonly articles: ReadonlySet<string>;
  /**
   * The determiners before a month and year that name an edition of a publication (`in its April 2015
   * World Economic Outlook`, `the October 2023 Monetary Policy Statement`): no period of a figure.
   */
  readonly editionDeterminers?: ReadonlySet<string>;
  /**
   * The word before a year or a month and year that make it a price basis (`in constant March 2023
   * dollars`, `in constant 2015 dollars`): no period of a figure, and the year no amount.
   */
  readonly priceBasisWords?: ReadonlySet<string>;
  /** `the January-October period`. */
  readonly periodNouns: ReadonlySet<string>;
  /** The first letter of `Q3`, `H1`. */
  readonly quarterLetters: ReadonlySet<string>;
  readonly halfLetters: ReadonlySet<string>;
  /** `by YE2018`: letters glued to a year that name that year's end (banking shorthand, `year-end`). Optional. */
  readonly yearEndLetters?: ReadonlySet<string>;
  /** Month names that are also other words, read only with a year after them (`May 2020`). */
  readonly ambiguousMonths: ReadonlySet<string>;
  /** Before a month name with no year: `in July`. */
  readonly monthPrepositions: ReadonlySet<string>;
  /**
   * A verb that closes a period and the word after that period (`The country ended 2021 with 70.9
   * million subscribers`, `the bank closed 2023 with a profit of …`): a bare year between them is
   * the period of the figure that follows (folded words; English only).
   */
  readonly closedYearVerbs: ReadonlySet<string>;
  readonly closedYearWith: ReadonlySet<string>;
}
