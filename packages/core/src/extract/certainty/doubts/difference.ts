import { matchAt, phraseEndingAt } from '../../phrase';
import { PLAN_GAP } from '../../sentence/plan-gap-restated';
import { isYearToken } from '../../sentence/year-word';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type Ctx, type DoubtRule, nameRangeOf, numberToken, WIDE_WINDOW, WINDOW } from '../context';
import { afterPercent, currencyStart, SENTENCE_ENDS, within } from '../helpers';

/**
 * `the growth was 8.6 percent …, 0.1 percent higher than the same period last year`: after a
 * rate of growth, `N percent higher/lower than` compares two rates — a difference of points or
 * a relative one, which the sentence does not say.
 */
export const rateDifferenceDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || (f as Extracted<ExtractedChange>).value.form !== 'rate') return false;
    if (!comparativeAfter(ctx, f as Extracted<ExtractedChange>)) return false;
    // (`39 percent higher year-on-year and 23 percent above the same period in 2019`: an earlier rate
    // that is itself a comparison of the value, not a level of growth, makes this one a rate too)
    const earlierRate = ctx.s.changes.some(
      (c) =>
        c.value.form === 'rate' &&
        c.span.end <= f.span.start &&
        !COMPARED_LEVEL.test(c.rule) &&
        !comparativeAfter(ctx, c),
    );
    const [nf, nt] = nameRangeOf(ctx);
    const t = ctx.ix.tokens;
    return earlierRate || (nt > nf && within(t, nf, nt, ctx.g.growthWords));
  },
};

/**
 * Rules of a rate that compares the value itself with its base (`39 percent higher year-on-year`,
 * `14 percent above the same period`): such a rate is no level of growth.
 */
const COMPARED_LEVEL = /-direction-after|-over-base/u;

/** True when a comparative (`higher than`, `above the`) follows the number of change `f` within four tokens. */
function comparativeAfter(ctx: Ctx, f: Extracted<ExtractedChange>): boolean {
  const k = numberToken(ctx, f);
  if (k === undefined) return false;
  const t = ctx.ix.tokens;
  for (let i = k + 1; i <= k + 4 && i + 1 < t.length; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && x.text !== '%') return false;
    // (`up 3.34% as compared to December 2019`: a compare word opens the rate's own base.)
    if (matchAt(t, i, ctx.g.compareWords)) return false;
    if (ctx.g.comparatives.has(`${x.forms.fold} ${(t[i + 1] as Token).forms.fold}`)) return true;
  }
  return false;
}

/**
 * `tăng so với giai đoạn 2017-2022 là 915 hộ`, `giảm so với năm trước là 12 vụ`: a copula or value
 * verb (`là`, `đạt`) ends right at the figure and, earlier in its clause with no other figure
 * between, a change verb is followed right away by the word that leads a base (grammar
 * `periodBaseLeads`: `so với`, `compared with`) — the figure after the base is the size of that
 * change, not a level (round 26). A change verb that is itself the value verb (`tăng lên`) names the
 * level reached.
 */
function changedAgainstBaseBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.ix.tokens;
  let verbAt = -1;
  for (let b = Math.max(0, at - 3); b < at && verbAt < 0; b++)
    if (matchAt(t, b, ctx.g.valueVerbs, at)?.to === at) verbAt = b;
  // (`…, nghĩa là tăng thêm so với năm ngoái 25.305.000 người`: no value verb, the amount right after
  // the base the change verb is measured against; round 53 — it had been a certain level)
  if (verbAt < 0) return ctx.g.locale === 'vi' && verbBaseRightBefore(ctx, at);
  if (matchAt(t, verbAt, ctx.g.changeVerbs, at)) return false;
  for (let b = verbAt - 1; b >= 0 && b >= verbAt - WINDOW && b >= ctx.ix.clauseOf(verbAt); b--) {
    // (no figure between: `rose from US$346 billion in 2020 to US$433 billion` is a motion's levels)
    if ((t[b] as Token).kind === 'number' && !/^\d{4}$/u.test((t[b] as Token).text)) return false;
    const m = matchAt(t, b, ctx.g.changeVerbs, verbAt);
    if (m && matchAt(t, m.to, ctx.g.periodBaseLeads, verbAt)) return true;
  }
  return false;
}

/**
 * True when a change verb, its compare word and base words only (a year among them) stand right
 * before token `at` in its clause (`tăng thêm so với năm ngoái 25.305.000`). At most {@link WINDOW} tokens back.
 */
function verbBaseRightBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.ix.tokens;
  for (let b = at - 1; b >= 0 && b >= at - WINDOW && b >= ctx.ix.clauseOf(at); b--) {
    const x = t[b] as Token;
    if (x.kind !== 'word' && !(x.kind === 'number' && /^\d{4}$/u.test(x.text))) return false;
    const m = matchAt(t, b, ctx.g.changeVerbs, at);
    if (m && m.to < at && matchAt(t, m.to, ctx.g.compareWords, at)) return true;
  }
  return false;
}

/**
 * `tăng đến 100.000 tỉ, so với năm ngoái`, `rose by VND 2 trillion compared with last year`: an
 * amount right after a change verb and measured against a base is the size of the change, not
 * a level (`tăng lên 100.000 tỷ đồng` with no base stays the level it rose to).
 */
export const changeAmountAgainstBaseDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    if (changedAgainstBaseBefore(ctx, currencyStart(t, ctx.g, k))) return true;
    let verb = false;
    for (let b = Math.max(0, k - 3); b < k && !verb; b++) {
      const m = matchAt(t, b, ctx.g.changeVerbs, k);
      verb = m !== null && m.to >= k - 1;
    }
    if (!verb) return false;
    // (`tăng lên 100.000 tỷ đồng, so với …`, `increased to 100 trillion VND, compared with …`: a
    // value verb says the figure is the level reached.)
    if (phraseEndingAt(t, k, ctx.g.valueVerbs) >= 0) return false;
    let j = afterField(ctx, f);
    if (j === undefined) return false;
    if ((t[j] as Token | undefined)?.kind === 'punct' && (t[j] as Token).text === ',') j++;
    return matchAt(t, j, ctx.g.compareWords) !== null;
  },
};

/** How many words (a unit the reader did not take: `MW`, `megawatts`) may stand between a figure and its difference tail. */
const TAIL_UNIT_WORDS = 2;

/**
 * `the national power capacity … would be 146,000 MW, 9,000 MW less than the plan announced last
 * November`, `hired 1,200 workers, 200 more than last year`: a figure followed, past at most
 * {@link TAIL_UNIT_WORDS} words of its unit and no punctuation, by a comparative and `than` (grammar
 * `differenceTails`) is the difference from another figure, not a level of the statement. English
 * (`more than 200` before the figure is a bound, read by the figure). Round 28.
 */
export const differenceTailDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const tails = ctx.g.differenceTails;
    if (what !== 'value' || !tails || tails.length === 0) return false;
    const j = afterField(ctx, f);
    if (j === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = j; i < t.length && i <= j + TAIL_UNIT_WORDS; i++) {
      if (sideBeforePlanNoun(ctx, i)) return true;
      if (matchAt(t, i, tails)) return true;
      // (`592 million US dollars more, …`: a comparative that closes the clause, round 63)
      if ((t[i] as Token).kind !== 'word') return closingHeadAt(ctx, j) !== undefined || splitTailAt(ctx, j);
    }
    // (`up 62 per cent to $4.8 billion over the same period`: the level a change reached; the base is the change's)
    const start = ctx.ix.at(f.span.start);
    const reached = start !== undefined && start > 0 && matchAt(t, start - 1, ctx.g.toWords) !== null;
    return splitTailAt(ctx, j) || (!reached && sideTailAt(ctx, j));
  },
};

/**
 * True when a side word (grammar `rateSides`: `above`, `below`; or `shortfallSides`: `under`) at token
 * `i` has a plan noun right after it, with no article: `came in R192-million under target`, `was nearly
 * 500,000 bpd below target` — by how much the result missed the plan (round 67, probes of revenue
 * authorities and oil output; each had been a certain target).
 */
function sideBeforePlanNoun(ctx: Ctx, i: number): boolean {
  const t = ctx.ix.tokens;
  const side = matchAt(t, i, ctx.g.rateSides) ?? (ctx.g.shortfallSides ? matchAt(t, i, ctx.g.shortfallSides) : null);
  if (side === null) return false;
  // (`was $2.7 million over budget`, `came in $1.1 million under budget`: a budget after the side word too; round
  // 68, probe of councils' annual reports — it had been a certain surplus of $2.7 million)
  return (
    matchAt(t, side.to, ctx.g.planNouns) !== null ||
    (ctx.g.sidePlanNouns ? matchAt(t, side.to, ctx.g.sidePlanNouns) : null) !== null
  );
}

/** How many words (a determiner, a possessive, modifiers) may stand between a side word and its plan noun. */
const SIDE_PLAN_WORDS = 4;

/**
 * True when, right after the figure (token `j`), a side word (grammar `rateSides`: `over`, `above`,
 * `below`) opens a plan — a plan noun or a participle of planning past at most {@link SIDE_PLAN_WORDS}
 * words (`$2.1 million over the budgeted amount`, `$5 million below the City's projections`): the
 * figure is by how much the result passed or missed the plan, not a level (round 61; it had been a
 * certain level); so after a base (`$1.8 million over the previous year`) or a dated level (`$191,622 over
 * receipts from 2011`). `over five years`, `over the year` name neither.
 */
function sideTailAt(ctx: Ctx, j: number): boolean {
  const t = ctx.ix.tokens;
  const side = matchAt(t, j, ctx.g.rateSides);
  if (!side) return false;
  // (`$1.8 million over the previous year`: a base of its own after the side word; `over the year` is
  // the statistics offices' span, no comparison of a level)
  const base = matchAt(t, side.to, ctx.g.bases);
  if (base && base.phrase.data.kind !== 'plan' && !matchAt(t, j, ctx.g.standaloneBases)) return true;
  for (let i = side.to; i < t.length && i <= side.to + SIDE_PLAN_WORDS; i++) {
    if (matchAt(t, i, ctx.g.planNouns) || matchAt(t, i, ctx.g.plannedWords)) return true;
    if (ctx.g.sidePlanNouns && matchAt(t, i, ctx.g.sidePlanNouns)) return true;
    // (`This is $191,622 over receipts from 2011`: a dated level after the side word — the amount is
    // the gap to it; round 63, it had been a certain level)
    if ((t[i] as Token).kind === 'number') return isYearToken(t[i] as Token);
    if ((t[i] as Token).kind !== 'word') return false;
  }
  return false;
}

/** True when a token ends a clause: a comma, a full stop, a semicolon or the text's end. */
const clauseEnd = (x: Token | undefined): boolean =>
  x === undefined || (x.kind === 'punct' && (x.text === ',' || x.text === '.' || x.text === ';'));

/**
 * The token of a comparative (grammar `differenceSplitTails.heads`) past at most {@link TAIL_UNIT_WORDS}
 * words after the figure (token `j`, its unit's words the reader did not take: `US dollars`) that
 * closes the figure's clause (`592 million US dollars more,`), or undefined.
 */
function closingHeadAt(ctx: Ctx, j: number): number | undefined {
  const t = ctx.ix.tokens;
  const heads = ctx.g.differenceSplitTails?.heads ?? [];
  for (let i = j; i < t.length && i <= j + TAIL_UNIT_WORDS; i++) {
    const head = matchAt(t, i, heads);
    if (head) return clauseEnd(t[head.to]) ? i : undefined;
    if ((t[i] as Token).kind !== 'word') return undefined;
  }
  return undefined;
}

/** How many words may stand between a comparative after a figure and its `than` (`more international tourists than`). */
const SPLIT_TAIL_WORDS = 3;

/**
 * True when, right after the figure (token `j`), a comparative (grammar `differenceSplitTails.heads`:
 * `more`, `fewer`) is closed by its `than` past at most {@link SPLIT_TAIL_WORDS} words: `saw 21 million
 * more international tourists than in the same period in 2015` states the difference (round 52; it
 * had been a certain level); so does one that closes the figure's clause (`earned 592 million US dollars
 * more, …`; round 63), alone or past at most {@link SPLIT_TAIL_WORDS} words (`13,575 tonnes less nickel.`;
 * round 67).
 */
function splitTailAt(ctx: Ctx, j: number): boolean {
  const split = ctx.g.differenceSplitTails;
  const t = ctx.ix.tokens;
  const head = split ? matchAt(t, j, split.heads) : null;
  if (!split || !head) return false;
  // (`$3.4 million more in property tax revenue`: what the extra is of, no `than`)
  if (split.objects && matchAt(t, head.to, split.objects)) return true;
  // (`the company sold 5 million more.`: the comparative closing its clause; round 63)
  if (clauseEnd(t[head.to])) return true;
  for (let i = head.to; i < t.length && i <= head.to + SPLIT_TAIL_WORDS; i++) {
    if (matchAt(t, i, split.ends)) return i > head.to;
    // (`producing 13,575 tonnes less nickel.`, `reporting 20,989 tonnes less quarter over quarter.`: the
    // comparative's noun or its base closing the clause; round 67, probe of mining reports)
    if (i > head.to && clauseEnd(t[i])) return true;
    if ((t[i] as Token).kind !== 'word') return false;
  }
  return false;
}

/**
 * `thấp hơn Bắc Ninh khoảng 870 triệu USD`: a difference.
 */
export const differenceWordDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    // `exceeding the annual target by nearly US$100 billion`: an amount after `by` is a difference.
    const start = ctx.ix.at(f.span.start);
    if (start !== undefined && start > 0 && matchAt(ctx.ix.tokens, start - 1, ctx.g.exceedBy, start)) return true;
    if (start !== undefined && restatedGapBefore(ctx, start)) return true;
    // (`ít hơn diện tích xuống giống so với cùng kỳ 2018 là hơn 5 ngàn ha`: a name that opens with the
    // difference word is the comparative's, its figure the gap; round 67, probe of provincial agriculture
    // reports — it had been a certain level of 5,000 ha)
    const [nf, nt] = nameRangeOf(ctx);
    if (nt > nf && ctx.g.differenceNameHeads && matchAt(ctx.ix.tokens, nf, ctx.g.differenceNameHeads, nt)) return true;
    const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW, ctx.nameTo ?? 0);
    return within(ctx.ix.tokens, from, k, ctx.g.differenceWords);
  },
};

/**
 * True when the amount starting at token `start` restates (grammar `restateWords`: `or`) a percentage
 * right after `by` (grammar `exceedBy`): `fell short by 1.5% or UAH 11.294 billion`, `undershoot the
 * target by 13 percent or about 5.9 billion lek` — the gap again in money, no level (round 67, probe of
 * budget execution; it had been a certain target of 11.3 billion). Constant time.
 */
function restatedGapBefore(ctx: Ctx, start: number): boolean {
  const t = ctx.ix.tokens;
  const or = phraseEndingAt(t, start, ctx.g.restateWords ?? []);
  if (or < 1) return false;
  const pct = t[or - 1] as Token;
  const percent = pct.kind === 'punct' && pct.text === '%' ? or - 1 : phraseEndingAt(t, or, ctx.g.percentWords);
  const n = percent - 1;
  return n >= 1 && (t[n] as Token | undefined)?.kind === 'number' && matchAt(t, n - 1, ctx.g.exceedBy, n) !== null;
}

/** The first token of field `f`'s amount: its number, past a currency before it and a word of approximation before that. */
function amountStart(ctx: Ctx, f: Parameters<DoubtRule['doubts']>[1]): number | undefined {
  const k = numberToken(ctx, f);
  if (k === undefined) return undefined;
  const t = ctx.ix.tokens;
  const at = currencyStart(t, ctx.g, k);
  const approx = phraseEndingAt(t, at, ctx.g.approximate);
  return approx >= 0 ? approx : at;
}

/**
 * `reported a revenue shortfall of N1.76 trillion`, `a quarterly difference of GHS 3,288,800,443`:
 * a figure right after a noun of a gap (grammar `gapNouns`, with `of`; past its currency and a word
 * of approximation) is the distance between two figures — to a plan, to an earlier level — not a
 * level of the statement (round 47).
 */
export const gapNounDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    // (`$456 million, or 3.2 percent, above the forecast`: the gap to a plan, `sentence/plan-gap-restated.ts`)
    if (what === 'value' && f.rule.endsWith(PLAN_GAP)) return true;
    const nouns = ctx.g.gapNouns;
    if (what !== 'value' || !nouns || nouns.length === 0) return false;
    const at = amountStart(ctx, f);
    if (at !== undefined && phraseEndingAt(ctx.ix.tokens, at, nouns) >= 0) return true;
    // (`posted a sh9.3b shortfall, with a collection of sh101.3b`: the gap noun right after the
    // amount, grammar `gapNounsAfter`; round 62 — it had been the taxes' certain level)
    const after = ctx.g.gapNounsAfter ? afterField(ctx, f) : undefined;
    return after !== undefined && matchAt(ctx.ix.tokens, after, ctx.g.gapNounsAfter ?? []) !== null;
  },
};

/** How many tokens may stand between a noun of change and the link to its amount (`increase in deposits,`). */
const CHANGE_NOUN_WINDOW = 6;

/**
 * `Nigerian banks saw a substantial increase in deposits, amounting to ₦21 trillion, bringing the total
 * … to ₦136 trillion`: an amount right after a link (grammar `changeAmountLinks`: `amounting to`,
 * `totalling`; past its currency and a word of approximation) whose clause — words and one comma only,
 * at most {@link CHANGE_NOUN_WINDOW} tokens back — holds a noun of change (`changeNounsAfterAmount`:
 * `increase`, `decline`) with no figure of its own is the size of that change, not a level of the
 * statement (round 59; it had been a certain level of deposits). So is an amount right after a copula
 * (grammar `changeAmountCopulas`: `The year-on-year increase was 8,131 jobs`) whose subject, with no
 * comma, holds such a noun — unless the amount is a percentage (`growth was 5.2 percent`; round 62).
 */
export const changeNounAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const links = ctx.g.changeAmountLinks;
    if (what !== 'value' || !links) return false;
    const at = amountStart(ctx, f);
    if (at === undefined) return false;
    const t = ctx.ix.tokens;
    let link = phraseEndingAt(t, at, links);
    // (`The year-on-year increase was 8,131 jobs translating to a 2.6 percent increase`: a copula
    // right after the change noun's phrase, no comma — an amount, not a percentage; round 62)
    const copula =
      link < 0 && !isPercent(f) && ctx.g.changeAmountCopulas ? phraseEndingAt(t, at, ctx.g.changeAmountCopulas) : -1;
    if (copula >= 0) link = copula;
    // (`it shows an improvement of R5bn from the reported R32bn`: a noun of change and `of` right before —
    // an amount, not a percentage, grammar `changeAmountOfNouns`; round 64. Not past words between them:
    // `a big surge in net remittance inflows of US$224.4 million` is the inflows' level; nor `an advance
    // of VND 200 billion`, a payment)
    const of =
      link < 0 && !isPercent(f) && ctx.g.changeAmountOfNouns ? phraseEndingAt(t, at, ctx.g.changeAmountOfNouns) : -1;
    if (of >= 0) return !numberBefore(t, of);
    if (link < 0) return false;
    let commas = copula >= 0 ? 1 : 0;
    for (let b = link - 1; b >= 0 && b >= link - CHANGE_NOUN_WINDOW; b--) {
      const x = t[b] as Token;
      if (x.kind === 'punct' && x.text === ',' && ++commas === 1) continue;
      if (x.kind !== 'word') return false;
      // (`a 37.2% increase in international arrivals, totaling 1,658,043 visitors`: a change that has
      // its own figure leaves the total the level it reached)
      if (matchAt(t, b, ctx.g.changeNounsAfterAmount)) return !numberBefore(t, b);
    }
    return false;
  },
};

/** True when figure `f` is a percentage (`was 8.6 percent`: a level of a rate, not an amount of change). */
function isPercent(f: Parameters<DoubtRule['doubts']>[1]): boolean {
  return (f.value as { readonly unitCode?: string }).unitCode === 'percent';
}

/** How many tokens before a noun of change its own figure may stand (`a 37.2 % increase`, `a $2 million rise`). */
const CHANGE_FIGURE_BACK = 4;

/** True when a number stands among the {@link CHANGE_FIGURE_BACK} tokens before `b`. */
function numberBefore(t: readonly Token[], b: number): boolean {
  for (let j = b - 1; j >= 0 && j >= b - CHANGE_FIGURE_BACK; j--) if ((t[j] as Token).kind === 'number') return true;
  return false;
}

/** How many tokens may stand between a verb of change and the `by` of its amount (`raise its investment in the Haiphong city by`). */
const OBJECT_BY_WINDOW = 10;

/**
 * `will see it raise its investment in the Haiphong city by $1.4 billion`, `increased its capital by
 * VND 500 billion`: an amount after `by` (grammar `exceedBy`), past its currency and a word of
 * approximation, whose clause opens — words only between, no other figure — with a verb of change
 * (grammar `changeVerbs`, `reviseVerbs`) is the size of the change, not a level of the statement
 * (round 47; English: `by` of a verb's amount).
 */
export const changeByAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const at = amountStart(ctx, f);
    if (at === undefined) return false;
    const t = ctx.ix.tokens;
    const by = phraseEndingAt(t, at, ctx.g.exceedBy, 1);
    if (by < 0) return false;
    const floor = Math.max(ctx.ix.clauseOf(by), by - OBJECT_BY_WINDOW);
    for (let b = by - 1; b >= floor; b--) {
      const x = t[b] as Token;
      if (x.kind !== 'word') return false;
      if (matchAt(t, b, ctx.g.changeVerbs, by) || (ctx.g.reviseVerbs && matchAt(t, b, ctx.g.reviseVerbs, by)))
        return true;
    }
    return false;
  },
};

/**
 * `China Mobile … added 5 million new subscribers in October, giving it a total of 513,466,000`,
 * `the bank added 120 branches, bringing the total to 2,310`: an amount right after a verb of adding
 * (grammar `addedToTotal.verbs`; past its currency and a word of approximation) with the total it
 * brought named later in its sentence (`addedToTotal.totals`, within {@link WIDE_WINDOW} tokens) is
 * the increment, not a level of the statement (round 50; it had been a certain value).
 */
export const addedToTotalDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const w = ctx.g.addedToTotal;
    if (what !== 'value' || !w) return false;
    const at = amountStart(ctx, f);
    const t = ctx.ix.tokens;
    if (at === undefined || phraseEndingAt(t, at, w.verbs) < 0) return false;
    for (let j = at + 1; j < t.length && j <= at + WIDE_WINDOW; j++) {
      const x = t[j] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      if (matchAt(t, j, w.totals)) return true;
    }
    return false;
  },
};

/** How many tokens back from a restated amount's percentage its `by` may stand (`by 27 per cent`). */
const RESTATED_BY_BACK = 2;

/**
 * `Exports increased by 12 per cent, or 3,000 tonnes, in 2019`, `increased in volume by 27 per cent,
 * 35.8 thousand tonnes, and in value by …`: an amount right after a change's `by N per cent` and a
 * comma (an `or` may follow it), closed by a comma or a joiner, restates the size of that change in
 * the unit of the figure — no level of it (round 52; it had been a certain value of a statement
 * named by its unit).
 */
export const restatedChangeAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'en') return false;
    const t = ctx.ix.tokens;
    let at = amountStart(ctx, f);
    if (at === undefined) return false;
    if (t[at - 1]?.kind === 'word' && t[at - 1]?.forms.fold === 'or') at--;
    if (!(t[at - 1]?.kind === 'punct' && t[at - 1]?.text === ',')) return false;
    // the percentage before the comma, read back over its `%` or percent word
    let p = -1;
    for (let k = at - 2; k >= 0 && k >= at - 4; k--)
      if (t[k]?.kind === 'number' && afterPercent(t, ctx.g, k).to === at - 1) p = k;
    if (p < 0 || !afterPercent(t, ctx.g, p).percent) return false;
    let by = false;
    for (let k = p - 1; k >= 0 && k >= p - RESTATED_BY_BACK && !by; k--) by = matchAt(t, k, ctx.g.exceedBy, p) !== null;
    if (!by) return false;
    const j = afterField(ctx, f);
    const next = j === undefined ? undefined : t[j];
    return (
      next === undefined ||
      (next.kind === 'punct' && next.text === ',') ||
      matchAt(t, j as number, ctx.g.listJoiners ?? []) !== null
    );
  },
};

/** How many words may stand between an added amount's noun and the compare word of its base (`extra visitors over`). */
const ADDED_NOUN_WORDS = 3;

/**
 * `China up 26.1% or an additional 83,728 visitors`, `more than 341,000 extra visitors over the
 * previous year`: an amount that a word of addition (grammar `additiveWords`: `additional`,
 * `extra`) leads after `or` and a percentage, or follows with a compare word of a base after its noun
 * (`addedAmountBases`: `over`, `than`), is the size of the rise, not a level (round 62: both had been certain levels).
 * `put in an additional $3 million` and `1,200 extra beds` stay amounts. Constant time.
 */
export const addedAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    const added = ctx.g.additiveWords;
    const bases = ctx.g.addedAmountBases;
    if (what !== 'value' || !added || !bases) return false;
    const t = ctx.ix.tokens;
    const at = amountStart(ctx, f);
    const k = numberToken(ctx, f);
    if (at === undefined || k === undefined) return false;
    let lead = phraseEndingAt(t, at, added);
    // (past its article: `or an additional`)
    if (lead > 0 && matchAt(t, lead - 1, ctx.g.articles, lead)) lead--;
    if (lead > 0 && t[lead - 1]?.kind === 'word' && t[lead - 1]?.forms.fold === 'or') {
      // (the percentage right before `or`, past a comma: `rose 12 per cent, or an additional 3,000 tonnes`)
      const end = t[lead - 2]?.text === ',' ? lead - 2 : lead - 1;
      for (let n = end - 1; n >= 0 && n >= end - 3; n--)
        if (t[n]?.kind === 'number') return afterPercent(t, ctx.g, n).to === end && afterPercent(t, ctx.g, n).percent;
      return false;
    }
    const j = afterField(ctx, f) ?? k + 1;
    const tail = matchAt(t, j, added) ?? matchAt(t, k + 1, added);
    if (!tail) return false;
    for (let i = tail.to + 1; i < t.length && i <= tail.to + ADDED_NOUN_WORDS; i++) {
      if (matchAt(t, i, bases)) return true;
      if ((t[i] as Token).kind !== 'word') return false;
    }
    return false;
  },
};

/** How many tokens before a restated percentage a verb or noun of a change may stand (`rose by`, `increases in housing completions (`). */
const RESTATED_CHANGE_REACH = 12;

/**
 * `Housing association completions rose 54%, or 1,334 homes`, `increases in housing association
 * completions (54% or 1,334 homes)`: an amount right after a percentage and a restatement word (grammar
 * `market.restatementLeads`: `or`, `equivalent to`), the percentage a change's — a change verb or noun
 * (grammar `changeVerbs`, `changeNounsAfterAmountList.plural`) within a few words before it, no other
 * number or comma between — is the size of that change, not a level (round 68, probe of councils' and housing
 * reports: it had been a certain 1,334 homes). A share restated (`1,334 homes (54%)`) has no change word. The
 * bracket a conversion word opens (`fell 12% (equivalent to 4,100 tonnes)`) is `restated-in-bracket.ts`'s
 * `bracketedChangeSizeDoubt`; this one reads the restatement word after the percentage.
 */
export const restatedAmountDoubt: DoubtRule = {
  id: 'difference',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode === 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const g = ctx.g;
    const start = currencyStart(t, g, k);
    let lead: number | undefined;
    for (let i = Math.max(0, start - 3); i < start && lead === undefined; i++)
      if (matchAt(t, i, g.market.restatementLeads, start)?.to === start) lead = i;
    if (lead === undefined) return false;
    let p = lead - 1;
    if (t[p]?.kind === 'punct' && t[p]?.text === ',') p--;
    // the percentage before the restatement: `54%`, `54 per cent`
    let n = p;
    while (n > 0 && n >= p - 2 && t[n]?.kind !== 'number') n--;
    const pct = t[n]?.kind === 'number' ? afterPercent(t, g, n) : undefined;
    if (!pct?.percent || pct.to !== p + 1) return false;
    const plural = g.changeNounsAfterAmountList?.plural;
    for (let i = n - 1, seen = 0; i >= 0 && seen < RESTATED_CHANGE_REACH; i--, seen++) {
      const x = t[i] as Token;
      // (`increases in A (54% or 1,334 homes) and B (11% or 1,491 homes)`: an earlier item's bracket is passed)
      if (x.kind === 'punct' && x.text === ')') {
        let o = i - 1;
        while (o >= 0 && o >= i - RESTATED_CHANGE_REACH && t[o]?.text !== '(') o--;
        if (t[o]?.text !== '(') return false;
        i = o;
        continue;
      }
      // (`rice exports rose, with fragrant rice ranking second (55.5% or …)`: a change of another clause)
      if (x.kind === 'number' || (x.kind === 'punct' && (SENTENCE_ENDS.has(x.text) || x.text === ','))) return false;
      if (matchAt(t, i, g.changeVerbs) || (plural && matchAt(t, i, plural))) return true;
    }
    return false;
  },
};
