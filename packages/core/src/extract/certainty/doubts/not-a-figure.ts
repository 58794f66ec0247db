import { findUnit } from '../../../model/units';
import { matchAt } from '../../phrase';
import { LISTED_COMPLETION } from '../../sentence/listed-completions';
import { isYearToken } from '../../sentence/year-word';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import {
  afterField,
  type Ctx,
  type DoubtRule,
  exactValueToken,
  first,
  nameRangeOf,
  numberToken,
  passedValueToken,
  WIDE_WINDOW,
} from '../context';
import { afterPercent, currencyStart, endsRightAt } from '../helpers';

/**
 * The hostile shapes (round 17, `test/extract/phrasebook/hostile.ts`): numbers of report prose that
 * are no figure of an indicator, or whose role the sentence leaves open. Each looks at most a few
 * tokens around the field's number; the words are the grammar's (`notAFigure`).
 * @internal
 */

const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;
const isNumber = (t: Token | undefined): boolean => t?.kind === 'number';
/** Punctuation that ends a clause, for the look back to the word that opens a figure's clause. */
const CLAUSE_ENDS = new Set([',', ';', '.', ':', '!', '?']);

/**
 * `At 9:30 a.m.`, `at 14:00`, `lúc 9h30`, `17h ngày 30/6`, `from 7 a.m.`: an hour of the clock (its
 * minutes glued after a colon, an hour letter glued after it, `a.m.`/`p.m.` after it) is a time of
 * day, never a figure.
 */
export const timeOfDayDoubt: DoubtRule = {
  id: 'time-of-day',
  doubts: (ctx, f) => {
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const x = t[k] as Token;
    if (!/^\d{1,2}$/.test(x.text)) return false;
    const next = t[k + 1];
    // `9:30`, `14:00`: two digits of minutes glued after a colon glued to the hour.
    if (isPunct(next, ':') && next?.gap === '') {
      const min = t[k + 2];
      if (isNumber(min) && min?.gap === '' && /^[0-5]\d$/.test(min.text)) return true;
    }
    // `9h30`, `17h`, `9g30`: an hour letter glued to the hour, its minutes glued after it.
    if (next?.kind === 'word' && next.gap === '') {
      const m = /^(\p{L})(\d\d)?$/u.exec(next.forms.fold);
      if (m && ctx.g.notAFigure.hourLetters.has(m[1] as string)) return true;
    }
    // `7 a.m.`, `5 p.m.`
    return matchAt(t, k + 1, ctx.g.notAFigure.clockWords) !== null;
  },
};

/**
 * `giảm 30% tiền thuê đất`, `hỗ trợ 50% lãi suất`, `a 46% tariff`, `a 30 percent reduction in land
 * rent`: a percentage right before a charge or a price a policy sets (a tax, a fee, a rent, an
 * interest rate, a tariff) is the rule's rate, not a change or level of the statement's indicator.
 * `tăng 10% thu thuế`, `a 10 percent increase in tax revenue` (the charge as a measured amount)
 * stay as they are.
 */
export const policyRateDoubt: DoubtRule = {
  id: 'policy-rate',
  doubts: (ctx, f) => {
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const g = ctx.g;
    // `cut electricity prices by 10 percent`, `raised tariffs by 25%`: the charge is the object the
    // amount after `by` changes (`Electricity prices rose by 10%` has its verb between).
    if (k >= 2 && t[k - 1]?.kind === 'word' && g.transitiveChangeBy.has(t[k - 1]?.forms.fold ?? '')) {
      for (let i = Math.max(0, k - 5); i < k - 1; i++) {
        const c = matchAt(t, i, g.notAFigure.charges, k - 1);
        if (c?.to === k - 1) return true;
      }
    }
    let j = k + 1;
    if (isPunct(t[j], '%')) j++;
    else {
      const pw = matchAt(t, j, g.percentWords);
      if (!pw) return false;
      j = pw.to;
    }
    const link = matchAt(t, j, g.notAFigure.chargeLinks);
    if (link) j = link.to;
    // `the` in `a 30 percent cut in the land rent`
    if (link && t[j]?.kind === 'word' && g.definiteArticles.has(t[j]?.forms.fold ?? '')) j++;
    const charge = matchAt(t, j, g.notAFigure.charges);
    if (!charge || ctx.ix.depthAt(j) !== ctx.ix.depthAt(k)) return false;
    return matchAt(t, charge.to, g.notAFigure.chargeMeasures) === null;
  },
};

/**
 * `Tỷ lệ này cao gấp đôi bình quân cả nước`, `rice yield is 1.5 times the provincial average`: a
 * multiple after an adjective of size (`cao`, `lớn`) or before the other thing it is of (`the`,
 * `that of`) compares two things; with no period as its base it is no change over time.
 */
export const comparedMultipleDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const ch = (f as Extracted<{ form: string; base?: unknown }>).value;
    if (ch.form !== 'times' || ch.base !== undefined) return false;
    const from = first(ctx, f);
    if (from === undefined) return false;
    const t = ctx.ix.tokens;
    // `cao gấp đôi`: the adjective right before the multiple (the span may start at `gấp`).
    for (let i = Math.max(0, from - 2); i <= from; i++) {
      const adj = matchAt(t, i, ctx.g.notAFigure.comparativeMultiples);
      if (adj && (adj.to === from || adj.to === from + 1) && t[adj.to]?.kind !== 'number') return true;
    }
    const after = afterField(ctx, f);
    const w = after === undefined ? undefined : t[after];
    return w?.kind === 'word' && ctx.g.notAFigure.multipleComparands.has(w.forms.fold);
  },
};

/**
 * `Toàn huyện có 12 xã, thị trấn đã hoàn thành …`, `3 communes met the standards`, `exported to
 * 200 countries`: a bare count (no unit, no scale word) of places or bodies counts subjects; it is
 * no value of an indicator. Counts of enterprises, visitors or workers keep their certainty.
 */
export const placeCountDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<{ scale: number; unitCode?: string }>).value;
    if (q.scale !== 0 || q.unitCode !== undefined) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const next = t[k + 1];
    if (next?.kind !== 'word' || next.gap === '' || ctx.ix.depthAt(k + 1) !== ctx.ix.depthAt(k)) return false;
    return matchAt(t, k + 1, ctx.g.notAFigure.placeNouns) !== null;
  },
};

/**
 * `The average yield reached 6.7 tonnes per ha`, `5.2 kg per person`: an English value whose unit
 * the reader took whole with its `per` (a compound unit with no code) is a rate per unit, a
 * density, not a level of the indicator (`per-unit.ts` doubts the same shape with words between the
 * unit and `per`). Vietnamese `USD/tấn` prices stay values, as the Vietnamese sets annotate them.
 */
export const compoundPerUnitDoubt: DoubtRule = {
  id: 'per-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const q = (f as Extracted<{ unit?: string; unitCode?: string }>).value;
    if (q.unit === undefined) return false;
    const k = numberToken(ctx, f);
    const end = afterField(ctx, f);
    if (k === undefined || end === undefined) return false;
    const t = ctx.ix.tokens;
    // `12.3% per year` is an average rate (`average-rate.ts`), not a quantity per unit.
    if (isPunct(t[k + 1], '%') || matchAt(t, k + 1, ctx.g.percentWords)) return false;
    if (q.unitCode === undefined) {
      // `USD568 per tonne`, `568 USD per tonne`: a price per unit is a value of its own.
      const isMoney = (i: number): boolean => {
        const c = matchAt(t, i, ctx.g.currencyBefore) ?? matchAt(t, i, ctx.g.units);
        return typeof c?.phrase.data === 'string' && findUnit(c.phrase.data)?.kind === 'currency';
      };
      const from = first(ctx, f) ?? k;
      for (let i = from; i < end; i++) {
        if (matchAt(t, i, ctx.g.perWords)) return true;
        if (isMoney(i)) return false;
      }
      return false;
    }
    // `6.7 tonnes per hectare`: `per` right after a unit of measure (a price, `USD568 per tonne`,
    // is a value of its own, as the sets annotate it).
    if (findUnit(q.unitCode)?.kind === 'currency' || q.unitCode === 'percent') return false;
    return t[end]?.kind === 'word' && matchAt(t, end, ctx.g.perWords) !== null;
  },
};

/** How many tokens (a bound, an adverb) may stand between a change verb and the number it opens. */
const VERB_BEFORE = 3;

/** True when a change verb of the grammar ends within {@link VERB_BEFORE} tokens before number token `k`. */
function changeVerbBefore(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  for (let from = Math.max(0, k - VERB_BEFORE - 2); from < k; from++) {
    const v = matchAt(t, from, ctx.g.changeVerbs, k);
    if (v && v.to >= k - VERB_BEFORE) return true;
  }
  return false;
}

/**
 * `gaining 21.4 percent of the quotation`, `rising 45 percent of the projection`: a change verb
 * before a percentage OF a whole is no rate of change: the writer gives the share of that whole
 * (a completion of a plan when the whole is one), which the reader would otherwise show as a growth
 * or as a completion of 100 + the figure — and so is every item of a list of such percentages
 * after a verb of exceeding (`exceeding 15% and 22% of the year plan`).
 */
export const percentOfDoubt: DoubtRule = {
  id: 'percent-of',
  doubts: (ctx, f, what) => {
    if (what !== 'change' && what !== 'completion') return false;
    const of = ctx.g.notAFigure.wholeOf;
    if (of.size === 0) return false;
    // `exceeding 15% and 22% of the year plan`: every item of a list of percentages of a whole after
    // a verb of exceeding is read as the excess, as the last one is (sentence/listed-completions.ts)
    if (
      what === 'completion' &&
      f.rule.includes(LISTED_COMPLETION) &&
      (f.value as { form?: string }).form === 'exceeded-by'
    )
      return true;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    if (what === 'change') {
      const change = f.value as { form?: string; base?: { kind?: string } };
      if (change.form !== 'rate') return false;
      // (`up by 2.23 per cent of the money which was pocketed in the same period last year`: the
      // whole is the figure of the base read, a change; round 46)
      if (change.base && change.base.kind !== 'plan') return false;
    } else {
      // A completion read as the printed figure (`reaching 101.5 percent of its projection`) is right
      // — unless a change verb opens it (`gaining 21.4 percent of the quotation`, `rose 45 percent of
      // the annual plan`, read as completions since round 36): the share of the whole is the likely
      // reading, a growth is not ruled out
      const c = f.value as { percent?: { value?: string } };
      if (c.percent?.value === (t[k] as Token).text && !changeVerbBefore(ctx, k)) return false;
    }
    let j = k + 1;
    if (isPunct(t[j], '%')) j++;
    else {
      const pw = matchAt(t, j, ctx.g.percentWords);
      if (!pw) return false;
      j = pw.to;
    }
    return t[j]?.kind === 'word' && of.has(t[j]?.forms.fold ?? '');
  },
};

/**
 * `Hội nghị lần thứ 8 Ban Chấp hành Trung ương`, `đứng thứ 3`: a number right after an ordinal
 * word is a position in an order, never a figure (English ordinals are glued suffixes, `8th`,
 * doubted by `ordinalDoubt`).
 */
export const ordinalWordDoubt: DoubtRule = {
  id: 'ordinal',
  doubts: (ctx, f) => {
    const k = numberToken(ctx, f);
    if (k === undefined || k === 0) return false;
    const prev = ctx.ix.tokens[k - 1] as Token;
    return prev.kind === 'word' && ctx.g.notAFigure.ordinalWords.has(prev.text.toLowerCase());
  },
};

/**
 * `Mỗi hộ được hỗ trợ 2 triệu đồng`, `Each worker is paid VND5 million a month`: a statement whose
 * name opens with a distributive word gives an amount for each one, a rate per unit, not the
 * indicator's level (`Thu nhập bình quân mỗi người …`, a per-capita indicator, opens otherwise).
 */
export const distributiveDoubt: DoubtRule = {
  id: 'per-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const d = ctx.g.notAFigure.distributives;
    const isDistributive = (x: Token | undefined): boolean => x?.kind === 'word' && d.has(x.text.toLowerCase());
    const t = ctx.ix.tokens;
    if (ctx.nameFrom !== undefined && isDistributive(t[ctx.nameFrom])) return true;
    // the word that opens the figure's clause (`Each household receives 2 million VND in support`,
    // whose name the reader may take after the figure)
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    let i = k - 1;
    while (i >= 0 && i >= k - WIDE_WINDOW && !(t[i]?.kind === 'punct' && CLAUSE_ENDS.has(t[i]?.text ?? ''))) i--;
    return i >= k - WIDE_WINDOW && isDistributive(t[i + 1]);
  },
};

/**
 * `Thuế suất thuế thu nhập doanh nghiệp là 20%`, `The corporate income tax rate is 20 percent`, `a
 * reciprocal tariff of 46 percent`: a percentage whose statement is named by a charge a policy sets
 * is that rule's rate, not a measured level (`Thu thuế …`, `tax revenue`, are measured amounts).
 */
export const chargeNameDoubt: DoubtRule = {
  id: 'policy-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f.value as { unitCode?: string }).unitCode !== 'percent') return false;
    const [from, to] = nameRangeOf(ctx);
    const t = ctx.ix.tokens;
    const g = ctx.g.notAFigure;
    for (let i = from; i < to; i++) {
      const c = matchAt(t, i, g.charges, to);
      if (c && matchAt(t, c.to, g.chargeMeasures) === null) return true;
    }
    return false;
  },
};

/**
 * `the benchmark of` ending right at token `start`: the token of its `the`, or undefined.
 */
function milestoneNamedBefore(ctx: Ctx, start: number): number | undefined {
  const t = ctx.ix.tokens;
  const links = ctx.g.notAFigure.milestoneLinks;
  if (!links || links.length === 0) return undefined;
  for (let b = start - 1; b >= 1 && b >= start - 2; b--) {
    if (matchAt(t, b, links, start)?.to !== start) continue;
    for (let c = b - 1; c >= 1 && c >= b - 2; c--) {
      if (matchAt(t, c, ctx.g.notAFigure.milestoneNouns, b)?.to !== b) continue;
      const a = t[c - 1];
      return a?.kind === 'word' && ctx.g.definiteArticles.has(a.forms.fold) ? c - 1 : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * `crossing the VND50 trillion threshold`, `on track to pass the $500 billion mark`: an English
 * figure between `the` and a milestone noun names the milestone, not a level reached. After a value
 * verb (`hit the 1 million mark in 2012`, `reached the 10 million mark`) it is the round threshold the
 * level passed, not the level itself — doubted too (round 58; until then it stayed certain, an exact
 * level an outside annotator reads as none). Vietnamese puts the milestone word first (`mốc 50.000
 * tỷ đồng`, `milestoneDoubt`).
 */
export const milestoneNounDoubt: DoubtRule = {
  id: 'milestone',
  doubts: (ctx, f, what) => {
    const k = passedValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const end = afterField(ctx, f);
    // (`passed the benchmark of 5,000 new enterprises`: the milestone noun and its link before the
    // figure, round 26; `reached the milestone of 10 million` keeps the level reached)
    if (milestoneNamedBefore(ctx, currencyStart(t, ctx.g, k)) !== undefined) return true;
    // (`joined the 100 million user club`: one noun of what is counted before the milestone noun; round 52)
    const milestone = (i: number): boolean => matchAt(t, i, ctx.g.notAFigure.milestoneNouns) !== null;
    if (end === undefined || !(milestone(end) || (t[end]?.kind === 'word' && milestone(end + 1)))) return false;
    // `the $30 billion mark`: a milestone named with `the` (`its first-ever $100 billion mark in
    // 2007` is the level reached that year)
    const start = currencyStart(t, ctx.g, k);
    const a = t[start - 1];
    return a?.kind === 'word' && ctx.g.definiteArticles.has(a.forms.fold);
  },
};

/**
 * `Nearly 70 percent of the 1,000 firms surveyed …`, `70% trong số 1.000 doanh nghiệp được khảo sát`:
 * a count right after a percentage and `of (the)` / `trong số` is the whole a share is taken of (a
 * sample, a population), not the indicator's value.
 */
export const shareWholeDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    const k = exactValueToken(ctx, f, what);
    if (k === undefined || k < 2) return false;
    const t = ctx.ix.tokens;
    const links = ctx.g.notAFigure.shareWholeLinks;
    for (let i = Math.max(0, k - 4); i < k; i++) {
      if (matchAt(t, i, links, k)?.to !== k || i < 1) continue;
      // the percentage before the link: `70 percent`, `70%`
      for (let n = Math.max(0, i - 3); n < i; n++)
        if (t[n]?.kind === 'number') {
          const p = afterPercent(t, ctx.g, n);
          if (p.percent && p.to === i) return true;
        }
    }
    // `52 out of 148 listed companies`, `52 trong số 148 doanh nghiệp`: a count right before a
    // part-of link (round 32) makes the number after it the whole
    const parts = ctx.g.notAFigure.countWholeLinks;
    if (parts)
      for (let i = Math.max(1, k - 3); i < k; i++)
        if (matchAt(t, i, parts, k)?.to === k && t[i - 1]?.kind === 'number') return true;
    // `812 of 829 listed companies` (round 33): a bare link right between two counts, the first no year
    const bare = ctx.g.notAFigure.countOfWholeLinks;
    if (bare)
      for (let i = Math.max(1, k - 1); i < k; i++)
        if (matchAt(t, i, bare, k)?.to === k && t[i - 1]?.kind === 'number' && !isYearToken(t[i - 1])) return true;
    return false;
  },
};

/**
 * `… to 20th July`, `Có 30 xã …`, `Tỉnh có 5 …`: a bare number — no unit, no counted noun, no scale
 * word, no currency, no bound word — that is the only figure of its statement (no change, no
 * completion) has no stated role: it may be a day, a rank, a count of anything or part of a name.
 */
export const bareNumberDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const q = (f as Extracted<{ scale: number; unit?: string; unitCode?: string; approximate?: string }>).value;
    if (q.scale !== 0 || q.unit !== undefined || q.unitCode !== undefined) return false;
    // `more than 61,000newly-established businesses`: a bound word says a quantity is meant.
    if (q.approximate !== undefined) return false;
    if (ctx.s.changes.length > 0 || ctx.s.completion !== undefined) return false;
    // `sending the total number of … enterprises … to 29,200`, `tổng số doanh nghiệp … là 1.250`:
    // a name that says it counts gives the number its noun.
    // `4G subscribers numbered 3,100,000`: a unit noun in the name is what the number counts.
    const [from, to] = nameRangeOf(ctx);
    const t = ctx.ix.tokens;
    for (let i = from; i < to; i++)
      if (matchAt(t, i, ctx.g.notAFigure.countNames, to) || matchAt(t, i, ctx.g.units, to)) return false;
    return true;
  },
};

/**
 * `the Village will receive … to complete 2017 paving projects`: in a language that writes a year
 * before its noun (grammar `attributiveYearLeads`), a bare number of a year's shape (four digits from
 * 1900 to 2099 with no thousands mark, `sentence/year-word.ts`) right before a word, with no scale and
 * no unit of measure (a counted noun only), is as often that noun's year as a count of it (round 68, test52: it had been a certain
 * 2,017 projects). A count that large is written with its thousands mark (`2,017 projects`).
 */
/** A unit of measure (`MW`, `tonnes`, a currency, `%`), not a counted noun (`projects`, `households`): the number is measured. */
const measured = (q: { unit?: string; unitCode?: string }): boolean =>
  q.unit !== undefined && (q.unitCode === undefined || findUnit(q.unitCode)?.kind !== 'count');

export const yearCountDoubt: DoubtRule = {
  id: 'time-like',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || !ctx.g.attributiveYearLeads?.size) return false;
    const q = (f as Extracted<{ scale: number; unit?: string; unitCode?: string }>).value;
    // (`The 2000 MW plant`: a measure's unit after it — a size, not a noun's year)
    if (q.scale !== 0 || measured(q)) return false;
    const k = numberToken(ctx, f);
    const t = ctx.ix.tokens;
    if (k === undefined || !isYearToken(t[k])) return false;
    const next = t[k + 1];
    return next?.kind === 'word' && next.gap !== '';
  },
};

/**
 * `Trong 3 ngày, hội chợ thu hút …`, `within 15 days`, `after 10 years of operation`: a number of
 * days, months or years right after a word of duration is a length of time, not a figure; so is
 * one that dates a point in the past (`10 days ago`, `cách đây 10 ngày`, `2 năm trước`).
 */
export const durationDoubt: DoubtRule = {
  id: 'time-like',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || k === 0) return false;
    const t = ctx.ix.tokens;
    const time = matchAt(t, k + 1, ctx.g.timeWords);
    if (time === null) return false;
    const { agoTails, agoLeads } = ctx.g.notAFigure;
    // (`reported here 10 days ago`, `cách đây 10 ngày`: a point in the past, round 26)
    if (agoTails && matchAt(t, time.to, agoTails)) return true;
    if (agoLeads && agoLeads.length > 0 && endsRightAt(t, k, agoLeads)) return true;
    return endsRightAt(t, k, ctx.g.notAFigure.durationLeads);
  },
};
