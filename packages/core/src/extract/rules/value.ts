import type { DataStage } from '../../model/types';
import { findUnit } from '../../model/units';
import { negate, shift } from '../numeral';
import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import { type QuantityMatch, readQuantity } from '../quantity';
import type { MatchLevel, StatedCompletion } from '../types';
import { bareCountAt, COUNT_MODIFIERS, pluralNounAfter, WHOLE_COUNT } from './bare-count';
import { changeNounAfter } from './change-amount-before-noun';
import { postChangeAt } from './change-direction-after';
import { timesAt } from './change-times';
import {
  type Cursor,
  directionThanAt,
  EVERY_LOCALE,
  type FigureRule,
  type Found,
  gluedWordAt,
  isNum,
  isP,
  m,
  monthsBeforeVerb,
  nameWordAt,
  numberAt,
  percentAfter,
  planPhraseAt,
  readBase,
  worst,
} from './context';
import { amountOrRateAt } from './en-amount-or-rate';
import { genrePeriodAt } from './genre-periods';
import { openBoundAt } from './open-bound';
import { viCountBeforeCompletion } from './vi-count-completion';
import { beneficiaryEnd, ofWhichBefore, viListCountAt } from './vi-list-count';
import { resultCountAt } from './vi-result-count';

/** `(-3.2% YoY)`: a minus glued to a percentage before a period base is a signed change (the percent rule's), no level. */
function signedRateAt(c: Cursor, k: number): boolean {
  const pct = percentAfter(c, k + 1);
  const base = pct ? readBase(c, pct) : null;
  // (`(-1.6% ytd)`: the year-to-date mark is the base of the signed rate, `rules/percent.ts`)
  if (pct && !base && m(c, pct, c.g.genreYtdWords ?? [])) return true;
  // (`Toyota 2,050 (-12%)`: a signed percentage alone in its bracket is a change, `rules/percent.ts`)
  if (pct && !base && bracketAlone(c, k, pct)) return true;
  return base !== null && base.base.kind !== 'plan';
}

/**
 * True when the signed percentage whose number is token `k` (its sign at `k - 1`) stands alone in
 * a bracket: the bracket opens right before the sign and closes right after the percent sign
 * (`(-12%)`, `(+5.3 per cent)`).
 */
export function bracketAlone(c: Cursor, k: number, pct: number): boolean {
  const open = c.tokens[k - 2];
  const close = c.tokens[pct];
  return open?.kind === 'punct' && open.text === '(' && close?.kind === 'punct' && close.text === ')';
}

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function valueAt(c: Cursor, i: number): Found | null {
  let k = i;
  let verbFrom: number | undefined;
  let stage: DataStage | undefined;
  let count = false;
  let level: MatchLevel = 'exact';
  const verb = m(c, i, c.g.valueVerbs);
  // (`Tổng số 581 bộ huy chương là …`, `Tổng cộng 421 đơn đã được chấp nhận`: a word of the whole
  // right before a count opens it as a count verb does, as English `a total of`; round 30)
  // (`Tổng số 5 năm qua`: a length of time is no count)
  const total = c.g.countTotalWords ? m(c, i, c.g.countTotalWords) : null;
  const totalAt = total ? (m(c, total.to, c.g.approximate)?.to ?? total.to) : -1;
  const totalCount =
    total !== null &&
    isNum(c.tokens[totalAt]) &&
    !m(c, totalAt + 1, c.g.timeWords) &&
    !m(c, totalAt + 1, c.g.periodCountNouns);
  // (`tiêm được trên 1.800 liều`, `tiêm lở mồm, long móng được gần 2.800 liều`: the resultative
  // after any verb and its object, right before a count, opens it as a count verb does; round 31)
  const counting = m(c, i, c.g.countVerbs) ?? (totalCount ? total : null) ?? resultCountAt(c, i);
  const picked = counting && (!verb || counting.to > verb.to) ? counting : verb;
  // (`Sơn La 6,26%`: a capitalised word without the verb's diacritics after a capitalised word is a name's)
  // (`will build at least 1,000 units`: a bound that opens with a link verb's word, `at least`, is
  // the bound, not the link `at`)
  const named = picked && !nameWordAt(c, i, picked.phrase.text) ? picked : null;
  const longerBound = named ? m(c, i, c.g.approximate) : null;
  const chosen = named && !(longerBound && longerBound.to > named.to) ? named : null;
  const pastCount = !chosen && pastCountVerbAt(c, i);
  if (pastCount) {
    // `The airline operated 134,000 flights`, `the province introduced 67 new tourism products`
    verbFrom = i;
    k = i + 1;
    count = true;
  } else if (chosen) {
    verbFrom = i;
    k = chosen.to;
    level = chosen.level;
    count = chosen === counting;
    stage = chosen === verb ? verb?.phrase.data : undefined;
    // `reached only 40,000 tonnes`: a focusing adverb after the verb changes nothing.
    // `có tổng cộng 421 đơn`, `giành được tổng cộng hơn 126 huy chương`: a word of the whole likewise.
    for (const words of [c.g.focusAdverbs, c.g.countTotalWords ?? []]) {
      const focus = m(c, k, words);
      if (focus && (isNum(c.tokens[focus.to]) || m(c, focus.to, c.g.approximate) || m(c, focus.to, c.g.currencyBefore)))
        k = focus.to;
    }
    // `mang về cho đoàn Việt Nam 76 huy chương`: a count verb's beneficiary before its count.
    if (count) k = beneficiaryEnd(c, k) ?? k;
  }
  let approximate: 'about' | 'over' | 'under' | undefined;
  let average = false;
  for (let guard = 0; guard < 2; guard++) {
    const ap = m(c, k, c.g.approximate);
    // `bean exports is slightly up to 25.2 million bags` (test9; round 31): after a degree adverb
    // (grammar `changeAdverbs`) `up to` is the move to the level, no bound of it
    if (ap && k === i && c.g.riseBounds.has(ap.phrase.text) && phraseEndingAt(c.tokens, i, c.g.changeAdverbs, 2) >= 0) {
      k = ap.to;
      continue;
    }
    if (
      ap &&
      ap.to < c.limit &&
      (isNum(c.tokens[ap.to]) || m(c, ap.to, c.g.averageWords) || m(c, ap.to, c.g.currencyBefore))
    ) {
      approximate = ap.phrase.data;
      k = ap.to;
      continue;
    }
    const av = m(c, k, c.g.averageWords);
    if (av && av.to < c.limit) {
      average = true;
      k = av.to;
      continue;
    }
    break;
  }
  // `ước 10 tháng 19.460 tỷ đồng`, `ước đạt 9 tháng đầu năm 2,3 tỷ USD`: the number after the verb
  // opens a period (a month count) and the figure comes after it; the scanner reads the period there.
  if (verbFrom !== undefined && isNum(c.tokens[k]) && (monthsBeforeVerb(c, k) ?? matchPeriod(c.tokens, k, c.g.locale)))
    return null;
  // (`the number of 3G subscribers dropped from 16 million to 15.7 million`: a number glued to letters
  // that are no scale or unit, `3G`, is a name's after a verb too, as the scanner holds it alone; round 48)
  // (only a single capital, `3G`, `5G`: `3,393mm`, `26,932sqm` are units the grammar does not list)
  if (
    verbFrom !== undefined &&
    isNum(c.tokens[k]) &&
    /^\p{Lu}$/u.test(c.tokens[k + 1]?.text ?? '') &&
    gluedWordAt(c, k) &&
    !genrePeriodAt(c.tokens, k, c.g.locale)
  )
    return null;
  // (`the number of 18-year-olds … increased`: a number glued by a hyphen to an age noun, grammar
  // `ageNouns`, is the age of the people counted, part of the name — round 69, test53, it had been a
  // certain level of 18)
  if (
    verbFrom !== undefined &&
    isNum(c.tokens[k]) &&
    isP(c.tokens[k + 1], '-') &&
    c.tokens[k + 1]?.gap === '' &&
    m(c, k + 1, c.g.ageNouns)
  )
    return null;
  if (verbFrom !== undefined) {
    // `were 51 times higher`, `bằng 1,5 lần`: a multiple after a copula is a change.
    const times = timesAt(c, k);
    if (times) return times;
    // `was 2.82 per cent higher than one year earlier`, `were 12% lower than last month`: an amount,
    // a direction and a base after a copula are a change, not a level of the percentage.
    const comparative = postChangeAt(c, k);
    if (comparative) return comparative;
    // (`The resulting year-end surplus is $145.6 million or 3.2% above forecast`, `collections … are
    // $29,291,564 or 7.25% above the sine die revenue estimate`: after a copula, an amount restated by
    // a rate against a base or a plan is the difference, read as `en-amount-or-rate.ts` reads it —
    // never the level; round 55: the copula's value had been the amount, certain)
    const restated = c.g.locale === 'en' ? amountOrRateAt(c, k) : null;
    if (restated) return restated;
  }
  const L = c.g.locale;
  // `GDP growth was -2.1%`, `cán cân thương mại -1,2 tỷ USD`: a level with a minus sign glued to
  // it. Its sign must not be dropped; it is listed as unread rather than shown without it.
  const sign = c.tokens[k];
  const after = c.tokens[k + 1];
  // (`a negative balance of -$1.96 billion`: the minus before a currency's sign; round 43 — the sum
  // had been shown without its sign)
  const signed = sign?.kind === 'punct' && (sign.text === '-' || sign.text === '−') && after?.gap === '';
  const currency = signed && !isNum(after) ? m(c, k + 1, c.g.currencyBefore) : null;
  const signedAt = currency ? currency.to : k + 1;
  const number = c.tokens[signedAt];
  if (
    signed &&
    isNum(number) &&
    number.gap === '' &&
    (sign.gap !== '' || !isNum(c.tokens[k - 1])) &&
    !signedRateAt(c, signedAt)
  ) {
    const neg = readQuantity(c.text, c.tokens, k + 1, c.g, c.limit);
    if (neg?.quantity && (verbFrom !== undefined || neg.quantity.unit !== undefined || neg.quantity.scale !== 0))
      return {
        to: neg.to,
        fig: {
          kind: 'invalid',
          numberAt: signedAt,
          error: `A negative level (${c.text.slice(sign.start, number.end)}): read it from the text`,
        },
        rule: `${L}.value.negative`,
        level,
      };
  }
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q) return null;
  if (q.error !== undefined) {
    if (verbFrom === undefined) return null;
    return {
      to: q.to,
      fig: { kind: 'invalid', numberAt: q.numberAt, error: q.error },
      rule: `${L}.value.invalid-number`,
      level,
    };
  }
  if (!q.quantity) return null;
  // `từ 5 xã trở lên`, `trồng rừng mới từ 3.485ha trở lên`: `từ` before the figure and `trở lên` after
  // it open the figure into a bound (grammar `fromTrailingBounds`; doubted `open-bound`; round 32)
  if (approximate === undefined) approximate = openBoundAt(c.tokens, c.g, q.numberAt, q.to) ?? undefined;
  // (`9,000+ workers`: a plus glued after the number, at least that many; round 40)
  if (approximate === undefined && q.atLeast) approximate = 'over';
  // (`nearly reached 5 million tonnes`, `almost reaching 19.6 million TEU`: a bound of nearness right
  // before the value verb bounds its figure; round 53 — it had been read as exact)
  if (approximate === undefined && verb) {
    const b = phraseEndingAt(c.tokens, i, c.g.approximate, 2);
    if (b >= 0 && matchAt(c.tokens, b, c.g.approximate, i)?.phrase.data === 'under') approximate = 'under';
  }
  if (q.density) return { to: q.to, fig: { kind: 'density', q }, rule: `${L}.density.per-n-unit`, level };
  // `achieve 12 per cent growth`: the percentage is the amount of a change noun, read at the number.
  if (q.quantity.unitCode === 'percent' && changeNounAfter(c, q.to)) return null;
  // (`Sales notched up 5%`: a verb of a level that ends in a word of rise, grammar `amountOnlyValueVerbs`,
  // reads an amount as the level; a percentage after it is the rise, read by the change rule; round 40)
  if (
    q.quantity.unitCode === 'percent' &&
    verbFrom !== undefined &&
    c.g.amountOnlyValueVerbs &&
    m(c, verbFrom, c.g.amountOnlyValueVerbs)
  )
    return null;
  // (`Exports of R191.56 billion were 22.0% more than the R157.03 billion recorded in September 2021`:
  // a percentage followed by its direction and `than` is a change the direction rule reads, not a
  // level after the copula; round 54)
  if (q.quantity.unitCode === 'percent' && verbFrom !== undefined && directionThanAt(c, q.to)) return null;
  // (`a growth in GDP of 2.8% compared to the first quarter of 2022`: after `of` (grammar `quantityOf`), a
  // percentage with a base after it is the percent rule's change against that base, not a level; round 54)
  if (q.quantity.unitCode === 'percent' && verbFrom !== undefined && ofBefore(c, verbFrom)) {
    const base = readBase(c, q.to);
    if (base && base.base.kind !== 'plan') return null;
  }
  if (q.quantity.unitCode === 'percent' && !count) {
    // `is estimated at 120.5% of the forecast`: the value verb's percentage of a plan is a completion.
    const plan = planPhraseAt(c, q.to);
    const n = plan ? numberAt(c, q.numberAt) : null;
    // (`the achievement was only 1,783, a shortfall of 82.17 per cent of the target`: the part of the plan
    // missed, so 100 − X is done — grammar `shortfallNouns`; round 66, it had been a certain 82.17 %; a
    // shortfall of over X is under 100 − X done)
    const short =
      plan && n && verbFrom !== undefined && phraseEndingAt(c.tokens, verbFrom, c.g.shortfallNouns ?? [], 2) >= 0;
    if (plan && n && short) {
      const completion: StatedCompletion = {
        percent: shift(negate(n), '100'),
        form: 'exceeded-by',
        of: plan.phrase.data,
        approximate: approximate === 'over' ? 'under' : approximate === 'under' ? 'over' : approximate,
      };
      return {
        to: plan.to,
        fig: { kind: 'completion', completion, numberAt: q.numberAt, stage },
        rule: `${L}.completion.shortfall-of-plan`,
        level: worst(level, plan.level),
      };
    }
    if (plan && n) {
      const completion: StatedCompletion = { percent: n, form: 'of-plan', of: plan.phrase.data, approximate };
      return {
        to: plan.to,
        fig: { kind: 'completion', completion, numberAt: q.numberAt, stage },
        rule: `${L}.completion.value-verb-of-plan`,
        level: worst(level, plan.level),
      };
    }
    return { to: q.to, fig: { kind: 'percent', q, verbFrom, stage, approximate }, rule: `${L}.percent.bare`, level };
  }
  // A bare number needs a verb, a measure word or a clause of its own to be a certain figure:
  // `cho 20 tập thể` is no certain indicator statement (a count of the noun after it is read as a
  // bare count below, always doubted).
  const measured = q.quantity.unit !== undefined || q.quantity.scale !== 0;
  // (`The report 2022 showed …`, `the reports 2019-2023`: a year after a count verb that is also a
  // noun is its label, no count; R26EN)
  if (count && !measured && /^(1[89]|20)\d\d$/u.test(c.tokens[q.numberAt]?.text ?? '')) return null;
  // (a measure after such a verb — `shipped 465,000 tonnes`, `delivered 35,000 units` — is read at
  // its number as ever; only a count whose noun follows its modifiers is this reading's)
  if (
    pastCount &&
    (q.quantity.scale !== 0 ||
      q.quantity.unitCode !== undefined ||
      (q.quantity.unit !== undefined && !q.rules.includes(`${c.g.locale}.unit.counted-after-modifier`)))
  )
    return null;
  // `…, including 10,000 foreigners`, `trong đó 1.200 khách quốc tế`: a bare count right after an
  // of-which marker counts the noun after it — a part of the statement before (lists).
  if (verbFrom === undefined && !measured && countAfterOfWhich(c, q.numberAt, q.to))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom, stage, count: true, approximate, average },
      rule: `${L}.value.of-which-count`,
      level,
    };
  // `will reach 900,000`, `There will be some 120,000 apartments`, `movements exceeded 900,000`:
  // the verb closed a goal marker the scanner read first, or is the bound itself
  if (verbFrom === undefined && !measured) verbFrom = verbBeforeCount(c, i, approximate, q.numberAt);
  // `được 762.320/800.719 đối tượng`, `(9.417/13.428 hộ)`: a bare whole number before a slash and a
  // count of a counted noun is a count out of that total, of the same noun (doubted `fraction`)
  // `21 wind power plants with a total capacity of 819 MW`, `15 LNG-fired power plants by 2035 with a
  // combined capacity of 22.4 gigawatts`: a bare count of a plural noun linked to a stated measure of
  // the things counted (English)
  if (verbFrom === undefined && !measured && countBeforeLink(c, q.numberAt, q.to))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom, stage, count: true, approximate, average },
      rule: `${L}.value.count-before-link`,
      level,
    };
  if (verbFrom === undefined && !measured && (countOutOf(c, q.to) || nounOutOf(c, q)))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom, stage, count: true, approximate, average },
      rule: `${L}.value.count-out-of`,
      level,
    };
  // `đã có 127 kế hoạch …, 114 đoàn … và 93 cuộc …`: a bare count after a list joiner whose item
  // before opens with a count is the next item of that list (Vietnamese, `vi-list-count.ts`)
  if (verbFrom === undefined && !measured && viListCountAt(c, q.numberAt))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom: i, stage, count: true, approximate, average },
      rule: `${L}.value.list-count`,
      level,
    };
  // `dịch tả 1.800 liều đạt 30% kế hoạch`: a bare count of an unknown noun right before the
  // completion of a plan is that completion's value (Vietnamese, `vi-count-completion.ts`; round 31)
  if (verbFrom === undefined && !measured && viCountBeforeCompletion(c, q.numberAt))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom, stage, count: true, approximate, average },
      rule: `${L}.value.count-before-completion`,
      level,
    };
  // `It operates through 21 branches`, `tặng quà cho 15 thiếu nhi`: a bare count of the noun after
  // it that nothing above made a figure, read and always doubted (`bare-count.ts`)
  if (verbFrom === undefined && !measured && bareCountAt(c, q.numberAt))
    return {
      to: q.to,
      fig: { kind: 'value', q, verbFrom, stage, count: true, approximate, average },
      rule: `${L}.value.bare-count`,
      level,
    };
  if (verbFrom === undefined && !measured) return null;
  // (`Total pre-tax profit of the 29 companies is roughly VND255 trillion`, `made by these 20
  // companies`: a count of counted things after a definite determiner, with no verb of its own, names
  // the group the measure is of — part of the name, no figure; grammar `groupDeterminers`, English)
  if (verbFrom === undefined && groupCount(c, q)) return null;
  const rule = pastCount
    ? `${L}.value.past-count`
    : count
      ? `${L}.value.count-verb`
      : verbFrom !== undefined
        ? `${L}.value.verb`
        : `${L}.value.measure`;
  return { to: q.to, fig: { kind: 'value', q, verbFrom, stage, count, approximate, average }, rule, level };
}

/**
 * True when the count `q` (no scale, a unit of counted things) stands after a measure's link and a
 * determiner of a group (grammar `groupDeterminers`: `profit of the 29 companies`, `made by these 20
 * companies`) — not after a part of the group (`half of the 11,315 vehicles`, `most of the 20 firms`:
 * the grammar's `groupDeterminers.parts`, or a number), where the count is the figure.
 */
function groupCount(c: Cursor, q: QuantityMatch): boolean {
  const g = c.g.groupDeterminers;
  const amount = q.quantity;
  if (!g || !amount || amount.scale !== 0 || amount.unit === undefined || q.numberAt !== q.from) return false;
  if (amount.unitCode !== undefined && findUnit(amount.unitCode)?.kind !== 'count') return false;
  const [det, link, head] = [c.tokens[q.numberAt - 1], c.tokens[q.numberAt - 2], c.tokens[q.numberAt - 3]];
  if (det?.kind !== 'word' || !g.words.has(det.forms.fold) || link?.kind !== 'word' || !g.links.has(link.forms.fold))
    return false;
  return head?.kind === 'word' && !g.parts.has(head.forms.fold);
}

/**
 * True when a slash glued to the number that ends at token `k` is followed by a number and a noun
 * of counted things (a unit without a code, or one of kind `count`: `/800.719 đối tượng`, `/13.428
 * hộ`, `/54 tỉnh`) — never money, a measure or a percentage (`2.458/7.758 tỷ đồng`, `31/35 ha`).
 */
function countOutOf(c: Cursor, k: number): boolean {
  const slash = c.tokens[k];
  if (!isP(slash, '/') || slash?.gap !== '' || !isNum(c.tokens[k + 1])) return false;
  const total = readQuantity(c.text, c.tokens, k + 1, c.g, c.limit);
  const q = total?.quantity;
  if (q?.scale !== 0 || q.unit === undefined || total?.density) return false;
  return q.unitCode === undefined || findUnit(q.unitCode)?.kind === 'count';
}

/** The largest number of a month: a `d/m` pair up to it may be a date (`1/6`, `2/9`). */
const MONTHS = 12;

/**
 * `21/22 mẫu máu xét nghiệm dương tính`, `(19/22 quận huyện)`, `…; 15/63 địa phương đã ban hành`,
 * `và 63/63 địa phương`: a count out of a total glued by a slash (the quantity reader's `outOf`: two
 * whole numbers, the first no more than the second) with a word after it — a count of that noun
 * whether or not the grammar knows it as a unit (`to`: the token after the total). Not a date (`1/6
 * đến`: a total up to twelve may be a month), a school year or a season (`2023/2024`), nor a rank's
 * place out of its field (`xếp thứ 15/34 tỉnh`: grammar rankOrdinalWords before it). Doubted
 * `fraction` as every count out of a total. Vietnamese.
 */
function nounOutOf(c: Cursor, q: NonNullable<ReturnType<typeof readQuantity>>): boolean {
  // (Vietnamese: English says `30 out of 63`, and a slash there follows a rank, `ranking only 30/63 provinces`)
  if (c.g.locale !== 'vi' || !q.outOf || !q.quantity || q.quantity.unit !== undefined || q.quantity.scale !== 0)
    return false;
  const noun = c.tokens[q.to];
  if (noun?.kind !== 'word' || noun.gap === '' || q.to !== q.outOf.to) return false;
  const total = c.tokens[q.outOf.to - 1];
  if (!isNum(total) || Number(total.text) <= MONTHS) return false;
  // (`Năm học 2023/2024 có …`, `mùa giải 2023/2024`: two years, a school year or a season)
  if (/^(1[89]|20)\d\d$/u.test(c.tokens[q.numberAt]?.text ?? '')) return false;
  const before = c.tokens[q.numberAt - 1];
  return !(before?.kind === 'word' && c.g.rankOrdinalWords.has(before.forms.fold));
}

/**
 * `The airline operated 134,000 flights`, `the province introduced 67 new tourism products`,
 * `inspectors conducted 2,300 checks`, `Toyota sold 5,143 cars`: any English verb in the past tense
 * (`-ed`, or an irregular one of the grammar's `irregularParticiples`; not a verb of
 * change, value or bound, which have their own readings) right before a bare whole number (no
 * year) and a plural noun after at most {@link COUNT_MODIFIERS} plain words — the count of that
 * noun, as after the grammar's closed list of count verbs. Not a number of time, percent, points
 * or times (`lasted 3 days`, `gained 15 points`). Constant time.
 */
function pastCountVerbAt(c: Cursor, i: number): boolean {
  if (c.g.locale !== 'en') return false;
  const t = c.tokens[i];
  // (an irregular past — `the five members sold more than 753,900 motorbikes`, `Toyota sold 5,143
  // cars`, `the team won 12 medals` — as the grammar's irregularParticiples list them)
  if (t?.kind !== 'word') return false;
  const f = t.forms.fold;
  // (`MSC operates around 860 cargo ships`: a present tense of holding or running things, round 29)
  const present = c.g.presentCountVerbs?.has(f) === true || otherCountFormAt(c, i);
  if (!present && !c.g.irregularParticiples.has(f) && (f.length < 5 || !f.endsWith('ed'))) return false;
  // (`had conducted over 295,000 flights`: a bound between the verb and the count)
  const bound = m(c, i + 1, c.g.approximate);
  const at = bound ? bound.to : i + 1;
  const n = c.tokens[at];
  if (!isNum(n) || !WHOLE_COUNT.test(n.text) || /^(1[89]|20)\d\d$/u.test(n.text)) return false;
  if (m(c, i, c.g.changeVerbs) || m(c, i, c.g.valueVerbs) || m(c, i, c.g.approximate)) return false;
  for (let j = at + 1, words = 0; words <= COUNT_MODIFIERS && j < c.limit; j++, words++) {
    // (`purchasing 02 Supramax-sized bulk cargo ships`: a hyphen glued inside a modifier joins one word)
    if (isP(c.tokens[j], '-') && c.tokens[j]?.gap === '' && c.tokens[j + 1]?.gap === '' && words > 0) {
      j++;
      words--;
      continue;
    }
    const w = c.tokens[j];
    if (w?.kind !== 'word') return false;
    if (
      m(c, j, c.g.timeWords) ||
      m(c, j, c.g.percentWords) ||
      m(c, j, c.g.pointWords) ||
      m(c, j, c.g.timesWords) ||
      m(c, j, c.g.scales)
    )
      return false;
    const f = w.forms.fold;
    if (f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) return true;
  }
  return false;
}

/**
 * True when the word at `i` is a verb in another form the grammar's `countVerbForms` name (round 30): a
 * base form after `to` or a modal, maybe past one adverb (`is able to deliver`, `will also open`); a
 * participle or gerund in `-ing` after no determiner (`continue opening`, `operating`, `in purchasing`;
 * not `the remaining`, an of-which marker, `including 20 projects`, nor after a plan's noun, `the Audit
 * Plan containing 178 audit tasks`); a third person of making or
 * opening things (`opens`, `delivers`).
 */
function otherCountFormAt(c: Cursor, i: number): boolean {
  const forms = c.g.countVerbForms;
  const t = c.tokens[i];
  if (!forms || t?.kind !== 'word') return false;
  const f = t.forms.fold;
  if (forms.presentVerbs.has(f)) return true;
  // (`exports to the 27 EU countries`, `to Japan 20 ships`: a determiner or a name after `to` is no verb)
  if (forms.participleBlockers.has(f) || /^\p{Lu}/u.test(t.text)) return false;
  const prev = c.tokens[i - 1];
  const p = prev?.kind === 'word' ? prev.forms.fold : '';
  // (`the Audit Plan containing 178 audit tasks`: a participle after a plan's noun tells what the plan
  // holds, a goal's count that reading would show as a result)
  if (f.length > 5 && f.endsWith('ing'))
    return !forms.participleBlockers.has(p) && !m(c, i, c.g.ofWhich) && m(c, i - 1, c.g.planNouns)?.to !== i;
  if (forms.baseLeads.has(p)) return true;
  const lead = c.tokens[i - 2];
  const adverb = forms.adverbs.has(p) || (p.length > 3 && p.endsWith('ly'));
  return adverb && lead?.kind === 'word' && forms.baseLeads.has(lead.forms.fold);
}

/** How many tokens back the item before a list's `and` may hold its number (`6.6 million passengers in August 2018`). */
const LIST_ITEM_TOKENS = 8;

/**
 * `Airports handled 6.6 million passengers and 80,000 aircraft movements`, `…, of which 255,000
 * were on time and 699 cancelled`: a bare whole count right after `and` (or `, and`) whose item
 * before it ends in a word and holds a number of its own — the next item of a list of counts,
 * sharing the verb of the first. (`rose 5% and 3 companies …`: the item before ends in `%`.) A bound
 * may stand between `and` and the count (`100,000 hospitalizations and nearly 100 deaths`: the
 * number at `k`, R26EN).
 */
function listCountAt(c: Cursor, i: number, k = i): boolean {
  const n = c.tokens[k];
  if (!isNum(n) || !WHOLE_COUNT.test(n.text) || /^(1[89]|20)\d\d$/u.test(n.text)) return false;
  const and = c.tokens[i - 1];
  // `including 381 incinerators, 37 composting plants, 904 landfills`: a comma joins the items of
  // a list of counts too, when the count's noun is a plural within a few words
  const commaJoined = isP(and, ',') && pluralNounAfter(c, k + 1);
  if (!commaJoined && (and?.kind !== 'word' || and.forms.fold !== 'and')) return false;
  const comma = commaJoined || (c.tokens[i - 2]?.kind === 'punct' && c.tokens[i - 2]?.text === ',');
  const end = commaJoined ? i - 2 : comma ? i - 3 : i - 2;
  // (`…, an increase of 8.8%, and 80,000 aircraft movements, …`: after a comma the item may end
  // in its appositive change)
  const last = c.tokens[end];
  const ends = last?.kind === 'word' || (comma && isP(last, '%'));
  // (the noun stands apart: `the 37th and 34th largest` is an ordinal)
  const noun = c.tokens[k + 1];
  // (`30 out of 63 localities` is a fraction)
  if (!ends || noun?.kind !== 'word' || noun.gap === '' || noun.forms.fold === 'out') return false;
  // (a list its sentence pairs by order — `…, up 10% and 12% respectively` — is counted by the list
  // step, which doubts a pairing when a number of the list is left unread: `listComplete`)
  if (respectiveAfter(c, k + 2, k)) return false;
  for (let j = end - 1; j >= 0 && j >= end - LIST_ITEM_TOKENS; j--) {
    const t = c.tokens[j];
    // (`73 gigawatts (GW) for solar and 38 GW`: an abbreviation in brackets inside the item is read past)
    const open = isP(t, ')') ? abbreviationOpen(c, j) : -1;
    if (open >= 0) {
      j = open;
      continue;
    }
    if (t?.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '(' || t.text === ')')) return false;
    if (isNum(t)) return !/^(1[89]|20)\d\d$/u.test(t.text);
  }
  return false;
}

/** How many words a link may stand before the measure it names (`with a total installed capacity of`). */
const LINK_MEASURE_WORDS = 4;

/**
 * `21 wind power plants with a total capacity of 819 MW`, `15 LNG-fired power plants by 2035 with a
 * combined capacity of 22.4 gigawatts`, `106 plants nationwide with a capacity of 5,655 MW`: a bare
 * whole count (no year) of a plural noun after at most {@link COUNT_MODIFIERS} plain words (a hyphen
 * glued inside a word), then, after at most one more word or a period phrase, a link of the grammar
 * (`with`, `links`), at most {@link LINK_MEASURE_WORDS} words, a value verb (`of`, `at`) and a stated
 * quantity — the things counted and their measure, so the number counts the noun (English). Not
 * after a number of time or percent, nor after a definite article (`the 2 new terminals with …`:
 * things counted before). Constant time.
 */
function countBeforeLink(c: Cursor, k: number, to: number): boolean {
  if (c.g.locale !== 'en') return false;
  const n = c.tokens[k];
  if (!isNum(n) || !WHOLE_COUNT.test(n.text) || /^(1[89]|20)\d\d$/u.test(n.text)) return false;
  // (`the 42 plans have a total capacity of …`: a definite article names things counted before)
  if (c.g.definiteArticles.has(c.tokens[k - 1]?.forms.fold ?? '')) return false;
  let j = to;
  let plural = -1;
  for (let words = 0; j < c.limit && words <= COUNT_MODIFIERS + 1; words++) {
    const w = c.tokens[j];
    if (plural >= 0) {
      const period = matchPeriod(c.tokens, j, c.g.locale);
      if (period) {
        j = period.to;
        break;
      }
      if (m(c, j, c.g.links)) break;
      if (j > plural + 1) return false;
    }
    if (w?.kind !== 'word' || m(c, j, c.g.timeWords) || m(c, j, c.g.percentWords) || m(c, j, c.g.links)) return false;
    const f = w.forms.fold;
    if (plural < 0 && f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) plural = j;
    j++;
    while (isP(c.tokens[j], '-') && c.tokens[j]?.gap === '' && c.tokens[j + 1]?.kind === 'word') j += 2;
  }
  const link = plural >= 0 ? m(c, j, c.g.links) : null;
  if (!link) return false;
  for (let at = link.to, words = 0; at < c.limit && words <= LINK_MEASURE_WORDS; at++, words++) {
    const verb = m(c, at, c.g.valueVerbs);
    if (verb) {
      const bound = m(c, verb.to, c.g.approximate);
      const q = readQuantity(c.text, c.tokens, bound ? bound.to : verb.to, c.g, c.limit)?.quantity;
      return q !== undefined && (q.unit !== undefined || q.scale !== 0);
    }
    if (c.tokens[at]?.kind !== 'word') return false;
  }
  return false;
}

/** The `(` of a bracket that closes at `k` and holds only one or two words (`(GW)`, `(PV)`), or −1. */
function abbreviationOpen(c: Cursor, k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = c.tokens[j];
    if (isP(t, '(')) return j < k - 1 ? j : -1;
    if (t?.kind !== 'word') return -1;
  }
  return -1;
}

/**
 * `In 2023 and 2022, visitor arrivals for February stood at 47,234 and 11,014 respectively`: a bare
 * whole count right after `and`, whose number before `and` is a bare count its value verb reads (grammar
 * `valueVerbs`, ending right before it), with `respectively` after it — the second item of a list the
 * sentence pairs by order (round 55: it had been left unused). Bounded look.
 */
function respectivePairCountAt(c: Cursor, i: number, k: number): boolean {
  const n = c.tokens[k];
  const first = c.tokens[i - 2];
  if (!isNum(n) || !WHOLE_COUNT.test(n.text) || /^(1[89]|20)\d\d$/u.test(n.text)) return false;
  if (c.tokens[i - 1]?.forms.fold !== 'and' || !isNum(first) || !WHOLE_COUNT.test(first.text)) return false;
  if (phraseEndingAt(c.tokens, i - 2, c.g.valueVerbs, 3) < 0) return false;
  return respectiveAfter(c, k + 1, k);
}

/** True when a word of `respectively` stands from token `from` to {@link RESPECTIVE_WINDOW} tokens after the count at `k`. */
function respectiveAfter(c: Cursor, from: number, k: number): boolean {
  for (let j = from; j < c.limit && j <= k + RESPECTIVE_WINDOW; j++) {
    const t = c.tokens[j];
    if (t?.kind === 'word' && t.forms.fold.startsWith('respective')) return true;
  }
  return false;
}

/** How far after a list's count a `respectively` pairs the list by order. */
const RESPECTIVE_WINDOW = 30;

/**
 * Where the verb of a bare count starts when the scanner took it first (English): the last word of
 * a goal marker that ends right before `i` and is a verb of a level (`will reach 900,000`, `There
 * will be some 120,000 apartments`), or a bound that is a verb (`movements exceeded 900,000`,
 * `will top 2,000`). Undefined otherwise (a bare number after other words is no figure).
 */
function verbBeforeCount(c: Cursor, i: number, approximate: string | undefined, k = i): number | undefined {
  if (c.g.locale !== 'en') return undefined;
  const at = c.tokens[i];
  if (approximate !== undefined && at?.kind === 'word' && c.g.verbBounds?.has(at.forms.fold)) return i;
  const last = c.tokens[i - 1];
  if (listCountAt(c, i, k) || respectivePairCountAt(c, i, k)) return i;
  if (last?.kind !== 'word' || !c.g.markerLevelVerbs?.has(last.forms.fold)) return undefined;
  // (`the plan for 2025`: a year after the marker is its time, no count)
  if (isNum(at) && /^(1[89]|20)\d\d$/u.test(at.text)) return undefined;
  for (let from = i - 1; from >= 0 && from >= i - 4; from--) if (m(c, from, c.g.targetMarkers)?.to === i) return i - 1;
  return undefined;
}

/** True when an of-which marker ends right before the number at `k` and a word follows the number. */
function countAfterOfWhich(c: Cursor, k: number, to: number): boolean {
  const t = c.tokens;
  const next = t[to];
  if (next?.kind !== 'word' || next.gap === '' || to >= c.limit) return false;
  // (`trong đó, 47 phiên trực tuyến`: a comma or colon after the marker)
  const lead = isP(t[k - 1], ',') || isP(t[k - 1], ':') ? k - 1 : k;
  for (let from = k - 1; from >= 0 && from >= k - 4; from--) {
    const marker = m(c, from, c.g.ofWhich);
    if (marker?.to === k || marker?.to === lead) return true;
  }
  // (`trong đó có: 395 đơn nhãn hiệu`: a count verb between the marker and its colon)
  if (ofWhichBefore(c, k)) return true;
  // `trong đó, 47 phiên trực tuyến, 9 phiên trực tiếp và lưu động 8 phiên`: a later item of the
  // list counts the same noun as a count after the marker (looked for within a few tokens)
  const noun = next.forms.lower;
  let same = false;
  for (let j = k - 2; j >= 0 && j >= k - OF_WHICH_ITEMS; j--) {
    const x = t[j];
    if (x === undefined || isP(x, ';') || isP(x, '.')) return false;
    if (x.kind === 'number' && t[j + 1]?.kind === 'word' && t[j + 1]?.forms.lower === noun) same = true;
    if (same && m(c, j, c.g.ofWhich)) return true;
  }
  return breakdownCount(c, k, to);
}

/** How many words may stand between a count and the bracket that breaks it down (`31 huy chương các loại (`). */
const BREAKDOWN_HEAD_WORDS = 4;

/** True when two counted nouns open with the same word, or (a slip of the source: `hu chương`) share their second word. */
function sameNoun(c: Cursor, a: number, b: number): boolean {
  const t = c.tokens;
  const x = t[a];
  const y = t[b];
  if (x?.kind !== 'word' || y?.kind !== 'word') return false;
  if (x.forms.lower === y.forms.lower) return true;
  const x2 = t[a + 1];
  const y2 = t[b + 1];
  return x2?.kind === 'word' && y2?.kind === 'word' && x2.gap !== '' && x2.forms.lower === y2.forms.lower;
}

/**
 * `31 huy chương các loại (22 huy chương vàng, 3 huy chương bạc và 6 huy chương đồng)`, `4 giải (2
 * giải ba và 2 giải khuyến khích)`: a bare count inside a bracket that breaks down the count right
 * before it — the bracket opens after that count's noun (and at most {@link BREAKDOWN_HEAD_WORDS}
 * words), and the count's noun opens with the same word as the bracket's item (`huy chương` …
 * `huy chương vàng`) — counts a part of it, as a count after `trong đó` does. A bracket after any
 * other figure (`39 dự án (26 FDI và 13 DDI)`, a year, a sum) or whose items count another noun is
 * not read here. Bounded windows (no scan of the sentence). Round 27.
 */
function breakdownCount(c: Cursor, k: number, noun: number): boolean {
  const t = c.tokens;
  // back to the bracket's `(` within the bracket (its earlier items), never past a `)`, `;` or `.`
  let open = -1;
  for (let j = k - 1; j >= 0 && j >= k - OF_WHICH_ITEMS; j--) {
    const x = t[j];
    if (x === undefined || isP(x, ')') || isP(x, ';') || isP(x, '.')) return false;
    if (isP(x, '(')) {
      open = j;
      break;
    }
  }
  if (open < 2) return false;
  // the count before the bracket: a number, its noun and a few words, then the `(`
  for (let j = open - 1; j >= 0 && j >= open - 1 - BREAKDOWN_HEAD_WORDS; j--) {
    const x = t[j];
    if (x?.kind === 'number') return j + 1 < open && sameNoun(c, j + 1, noun);
    if (x?.kind !== 'word') return false;
  }
  return false;
}

/** How many tokens back a later item of an of-which list may find the marker (`trong đó`). */
const OF_WHICH_ITEMS = 16;

/**
 * The `value` figure rule. Before its number it reads at most a verb phrase, two bound or
 * average words and a currency sign (under 16 tokens), so it is tried only within 24 tokens of
 * a number. @internal
 */
export const valueRule: FigureRule = { id: 'value', locales: EVERY_LOCALE, match: valueAt, reach: 24 };

/** True when the verb at `k` is a link of a quantity (`of`, grammar `quantityOf`): `a growth of 2.8%`. */
function ofBefore(c: Cursor, k: number): boolean {
  const t = c.tokens[k];
  // (`an increase of 12 percent … and of 7.5 percent compared to …`: an `of` after a joiner carries the
  // change before it, read elliptic)
  if (k > 0 && m(c, k - 1, c.g.joiners)?.to === k) return false;
  return t?.kind === 'word' && c.g.quantityOf.some((p) => p.tokens.length === 1 && p.text === t.forms.fold);
}
