import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW, WINDOW } from '../context';
import { afterPercent, SENTENCE_ENDS, YEAR } from '../helpers';

/**
 * Round 22 (the hunt on commodity, manufacturing, capital-market, insurance and public-finance
 * press): shapes whose number a reader took as certain and read wrong. Each looks a few tokens
 * around one number (no scan of the sentence).
 * @internal
 */

/** Period nouns whose possessive (`last year's`, `the previous month’s`) names the time of a figure. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'quarter',
  'week',
  'half',
  'period',
  'season',
  'crop',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Words before a period's possessive that make it the statement's own time, not an earlier one. */
const OWN_TIME: ReadonlySet<string> = new Set(['this', 'current', 'next', 'coming']);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
/** Tokens that may stand between a possessive and its figure: currency marks (`$`, `VND`, `US$`). */
const CURRENCY: ReadonlySet<string> = new Set(['$', 'us$', 'usd', 'vnd', 'vnđ', 'vnd.', 'eur', '€', 'us', 's$']);

/** True when the period word (or year) at token `i` is not opened by `this`/`next` (the statement's own time). */
function earlierTime(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  return !(before?.kind === 'word' && OWN_TIME.has(before.forms.fold));
}

/** True when token `i` ends a period's possessive (`2024's`, `last year's`, `August’s`). */
function periodPossessiveAt(t: readonly Token[], i: number): boolean {
  const x = t[i];
  if (x?.kind !== 'word') return false;
  const f = x.forms.fold;
  // (`year’s`: one word with its apostrophe)
  const glued = /^(.+)['’]s$/u.exec(f);
  if (glued) return PERIOD_NOUNS.has(glued[1] as string) && earlierTime(t, i);
  // (`2024 ' s`, `year ' s`: the apostrophe as its own token)
  if (f !== 's' || x.gap !== '') return false;
  const a = t[i - 1];
  if (a?.kind !== 'punct' || !APOSTROPHES.has(a.text) || a.gap !== '') return false;
  const p = t[i - 2];
  if (!p) return false;
  if (p.kind === 'number') return YEAR.test(p.text) && earlierTime(t, i - 2);
  return p.kind === 'word' && PERIOD_NOUNS.has(p.forms.fold) && earlierTime(t, i - 2);
}

/**
 * `up 0.5% from 2024's $61.8 billion`, `down 10% from last year's $756 million`, `compared with
 * August’s VND 12 trillion`: a figure right after a period's possessive is that (earlier) period's
 * level, the base of a change; read as a statement it would carry the sentence's period, kind and
 * name. Its value is doubted (`comparison`). The statement's own time (`this year's $40 billion`)
 * stays.
 */
export const periodPossessiveDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let j = k - 1;
    // (at most two currency marks between: `$`, `US$`, `VND`)
    for (let n = 0; n < 2 && j >= 0; n++) {
      const x = t[j] as Token;
      if (!CURRENCY.has(x.kind === 'word' ? x.forms.fold : x.text)) break;
      j--;
    }
    return j >= 0 && periodPossessiveAt(t, j);
  },
};

/** How many tokens a share's figure may take between its share verb and `, or` (`VND 105 trillion`). */
const SHARE_FIGURE_TOKENS = 5;

/**
 * `of which exports to the EU made up 2.5 million tonnes, or 24%`, `with life insurance accounting
 * for VND 120 trillion, or 60 percent`: a percentage after `, or` that restates a figure a share
 * verb introduced is that figure's share of the whole, not a change of it. A change read there is
 * doubted (`share`); `rose $2 billion, or 12%` (no share verb) stays a change.
 */
export const shareRestatedDoubt: DoubtRule = {
  id: 'share',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const t = ctx.ix.tokens;
    // (the percentage is the LAST number of the change's span: `made up 2.5 million tonnes, or 24%`
    // is read as the change `up …, or 24%`)
    let k = numberToken(ctx, f);
    if (k === undefined) return false;
    for (let i = k + 1; i < t.length && i <= k + WINDOW && (t[i] as Token).start < f.span.end; i++)
      if ((t[i] as Token).kind === 'number') k = i;
    if (k < 3) return false;
    const or = t[k - 1] as Token;
    const comma = t[k - 2] as Token;
    if (or.kind !== 'word' || or.forms.fold !== 'or' || comma.kind !== 'punct' || comma.text !== ',') return false;
    // (walk back over the figure before `, or` — number, scale, unit, currency — to its share verb)
    let sawNumber = false;
    for (let b = k - 3; b >= 0 && b >= k - 3 - SHARE_FIGURE_TOKENS; b--) {
      const x = t[b] as Token;
      if (x.kind === 'number') sawNumber = true;
      else if (x.kind === 'punct' && x.text !== '$' && x.text !== '%') return false;
      if (!sawNumber) continue;
      for (let a = b - 1; a >= 0 && a >= b - 3; a--) {
        if (matchAt(t, a, ctx.g.shareWords, b)?.to === b) return true;
      }
    }
    return false;
  },
};

/**
 * `E-commerce is expected to grow 20% annually to reach $35 billion by 2025`, `the sector aims to
 * raise exports by 8 percent every year`: a yearly rate in a goal or forecast is an average over
 * the years to the goal, not the change against last year (`annually` is read as year-on-year for
 * reported figures: `exports were up 18.7% annually` stays). Doubted `average-rate`.
 */
export const yearlyGoalRateDoubt: DoubtRule = {
  id: 'average-rate',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || ctx.s.kind.value !== 'target') return false;
    const c = (f as Extracted<ExtractedChange>).value;
    if (c.form !== 'rate') return false;
    const tails = ctx.g.averageYearlyTails;
    const k = numberToken(ctx, f);
    if (!tails || k === undefined) return false;
    const { to, percent } = afterPercent(ctx.ix.tokens, ctx.g, k);
    return percent && matchAt(ctx.ix.tokens, to, tails) !== null;
  },
};

/** Words that open a clause of another time after a comma (`…, when exports fetched $3.2 billion`). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['when', 'khi']);

/**
 * `up 22% from the same period of 2023, when exports fetched $3.2 billion`, `compared with 2019,
 * when the sector earned $40 billion`, `so với năm 2019, khi xuất khẩu đạt 8,5 tỷ USD`: a clause
 * opened by `when` after a comma tells what happened at the time named before it (most often the
 * base), not in the statement's period. A value, completion or change in that clause is doubted
 * (`comparison`); a sentence opened by `When …` and `trong khi` (`while`) stay.
 */
export const whenClauseDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'completion' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const c = ctx.ix.clauseOf(k);
    const w = t[c];
    const comma = t[c - 1];
    return w?.kind === 'word' && WHEN_WORDS.has(w.forms.fold) && comma?.kind === 'punct' && comma.text === ',' && c < k;
  },
};

/** Nouns that name a period's figure before `of` (`the 2023 figure of 3.4 million`, `last year's total of`). */
const FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'figure',
  'level',
  'total',
  'record',
  'tally',
  'result',
  'high',
  'low',
]);

/**
 * `nearly half the 2023 figure of 3.4 million`, `above last year's record of $11 billion`, `down
 * from the 2022 level of VND 236 trillion`: a figure named as another period's figure (a year or a
 * period's possessive before `figure`/`level`/`total`/`record` … `of`) is that period's, not the
 * statement's. Doubted (`comparison`) unless the year is the statement's own (`the 2024 total of`
 * in a 2024 statement).
 */
export const periodFigureOfDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let j = k - 1;
    for (let n = 0; n < 2 && j >= 0; n++) {
      const x = t[j] as Token;
      if (!CURRENCY.has(x.kind === 'word' ? x.forms.fold : x.text)) break;
      j--;
    }
    const of = t[j];
    const noun = t[j - 1];
    if (of?.kind !== 'word' || of.forms.fold !== 'of' || noun?.kind !== 'word' || !FIGURE_NOUNS.has(noun.forms.fold))
      return false;
    const p = t[j - 2];
    if (p?.kind === 'number' && YEAR.test(p.text)) {
      const own = ctx.s.period?.value;
      return !(own?.startsWith(p.text) && earlierTime(t, j - 2));
    }
    return periodPossessiveAt(t, j - 2);
  },
};

/**
 * `Rice export prices averaged $627 and $585 per tonne in 2024 and 2023, respectively`, `lần lượt
 * đạt 627 và 585 USD/tấn trong năm 2024 và 2023`: a list of figures paired by order with a list of
 * YEARS; each figure's year is one of the pair, which the statement's single period cannot tell.
 * A value or change followed (in its sentence) by `YEAR and YEAR`, with a `respectively` word in
 * reach, is doubted (`respectively`).
 */
export const respectiveYearsDoubt: DoubtRule = {
  id: 'respectively',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    // (a list the respectively reader paired, periods included — `rose 20% and 5% in 2023 and 2022,
    // respectively` — keeps its reading)
    if ((f as Extracted<unknown>).rule.includes('+respectively-paired')) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let pair = -1;
    let end = k + 1;
    for (; end < t.length && end < k + WIDE_WINDOW; end++) {
      const x = t[end] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) break;
      if (pair < 0 && x.kind === 'number' && YEAR.test(x.text) && YEAR.test(t[end + 2]?.text ?? '')) {
        if (matchAt(t, end + 1, ctx.g.joiners)?.to === end + 2) pair = end;
      }
    }
    if (pair < 0) return false;
    for (let i = Math.max(ctx.ix.clauseOf(k) - WINDOW, 0); i < end; i++)
      if (matchAt(t, i, ctx.g.respectiveWords)) return true;
    return false;
  },
};

/** Words that open an earlier event before its figure (`after a 10% rise`, `sau khi tăng 10%`). */
const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'following', 'khi']);
/** How many tokens may stand between `after` and the figure (`after a 10%`, `sau khi tăng 10%`, `after rising 10%`). */
const AFTER_REACH = 3;
/** How many tokens after the figure its own year may stand (`10% rise in 2024`, `10% trong năm 2024`). */
const YEAR_REACH = 5;

/**
 * `steel consumption is projected to grow 6-7% in 2025 after a 10% rise in 2024`, `dự kiến tăng
 * 6-7% sau khi tăng 10% trong năm 2024`: a figure of an earlier event opened by `after`/`sau khi`
 * and dated by its own year is that year's, not the statement's. When the year differs from the
 * statement's period, the figure is doubted (`comparison`); with the same year it stays.
 */
export const afterEventDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change' && what !== 'completion') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let after = false;
    for (let i = k - 1; i >= 0 && i >= k - AFTER_REACH - 1; i--) {
      const x = t[i] as Token;
      if (x.kind === 'punct') break;
      if (x.kind === 'word' && AFTER_WORDS.has(x.forms.fold)) {
        // (`khi` only as `sau khi`)
        after = x.forms.fold !== 'khi' || (t[i - 1]?.kind === 'word' && t[i - 1]?.forms.fold === 'sau');
        break;
      }
    }
    if (!after) return false;
    for (let i = k + 1; i < t.length && i <= k + YEAR_REACH; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && x.text !== '%') return false;
      if (x.kind === 'number' && YEAR.test(x.text)) {
        const own = ctx.s.period?.value;
        return !own?.startsWith(x.text);
      }
    }
    return false;
  },
};
