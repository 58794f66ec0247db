import type { Grammar } from '../../grammar';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, numberToken, WINDOW } from '../context';
import { afterPercent, percentField, within, YEAR } from '../helpers';

/**
 * The signs between the two ends of a range: the dashes, and a tilde glued between two numbers
 * (`10~20%`, the East Asian range sign; a tilde before a figure alone is `about`, grammar `approximate`).
 */
const RANGE_SIGNS: readonly string[] = ['-', '–', '—', '~'];

/**
 * From the number at `k`, steps over tokens glued to it (a currency word or sign, at most three)
 * to one glued dash and on to another number: `US$3.1-US$3.4` read from either number.
 */
function gluedRangeSide(t: readonly Token[], k: number, step: 1 | -1): boolean {
  let dashes = 0;
  let j = k + step;
  for (let n = 0; n < 6; n++, j += step) {
    const x = t[j];
    const inner = step < 0 ? t[j + 1] : x;
    if (!x || inner?.gap !== '') return false;
    if (x.kind === 'number') return dashes === 1 && n > 1;
    if (x.kind === 'punct' && RANGE_SIGNS.includes(x.text)) {
      if (++dashes > 1) return false;
    } else if (x.kind === 'punct' && !['$', '€', '¥', '£'].includes(x.text)) return false;
  }
  return false;
}

/**
 * `by 8.6 to 8.8%`, `by 9% to 10%`, `from 7.5% to 8%`, `từ 7,5% đến 8%`: a percentage next to a
 * range word with another percentage on its other side is one end of a range (of a growth or
 * of a level: the sentence does not say which). `by 9% to 10 billion USD` (a change, then the
 * new level in a unit) is no range.
 */
function percentRangeSide(t: readonly Token[], g: Grammar, k: number): boolean {
  const ahead = afterPercent(t, g, k);
  const to = t[ahead.to];
  const other = t[ahead.to + 1];
  if (to?.kind === 'word' && g.rangeToWords.has(to.forms.lower) && other?.kind === 'number' && !YEAR.test(other.text))
    if (afterPercent(t, g, ahead.to + 1).percent) return true;
  // `… 7.5% to 8%`: this number is the upper end.
  const back = t[k - 1];
  if (!(back?.kind === 'word' && g.rangeToWords.has(back.forms.lower)) || !afterPercent(t, g, k).percent) return false;
  for (let b = k - 2; b >= 0 && b >= k - 4; b--) {
    const x = t[b] as Token;
    if (x.kind === 'number') return !YEAR.test(x.text) && (afterPercent(t, g, b).to === k - 1 || b === k - 2);
    if (x.kind === 'punct' && x.text !== '%') return false;
  }
  return false;
}

/**
 * `by 8.6 to 8.8%`, `from 7.5% to 8%`, `by 9% to 10%`: one end of a range of percentages.
 */
export const percentRangeDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    if (!percentField(f, what)) return false;
    const k = numberToken(ctx, f);
    if (k === undefined || !percentRangeSide(ctx.ix.tokens, ctx.g, k)) return false;
    // (`the poverty rate rose from 38.5% to 42%`: a level after a verb of change and `from … to` is
    // where the move ended, no end of a range)
    return !(what === 'value' && movedFromBefore(ctx, k));
  },
};

/** True when `from` (grammar `fromWords`) stands a few tokens before `k` with a change verb right before it. */
function movedFromBefore(ctx: Parameters<DoubtRule['doubts']>[0], k: number): boolean {
  const t = ctx.ix.tokens;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    if (!matchAt(t, j, ctx.g.fromWords)) continue;
    for (let v = j - 1; v >= 0 && v >= j - 3; v--) if (matchAt(t, v, ctx.g.changeVerbs, j)?.to === j) return true;
    return false;
  }
  return false;
}

/**
 * `its foreign investment from 2 to 2.5 billion USD`, `từ 2 đến 2,5 tỷ USD`: with no change
 * verb before it, `(from) A to B` where A borrows B's scale or unit is a range; B is its upper end.
 */
export const fromToRangeDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || k < 2) return false;
    const t = ctx.ix.tokens;
    const to = t[k - 1] as Token;
    if (to.kind !== 'word' || !ctx.g.rangeToWords.has(to.forms.lower)) return false;
    if ((t[k - 2] as Token).kind !== 'number') return false;
    // (`đạt 56.000 đến 61.000 tỷ đồng`, `projected at 56 to 61 trillion VND`: `from` may be left out.)
    const from = k >= 3 && matchAt(t, k - 3, ctx.g.fromWords, k - 2)?.to === k - 2 ? k - 3 : k - 2;
    const q = (f as Extracted<{ scale: number; unitCode?: string }>).value;
    // (`constructing 69,700 to 93,000 units`: bare counts too, when neither end is a year)
    if (
      q.scale === 0 &&
      q.unitCode === undefined &&
      (YEAR.test((t[k - 2] as Token).text) || YEAR.test((t[k] as Token).text))
    )
      return false;
    return !within(t, Math.max(ctx.ix.clauseOf(k), k - WINDOW), from, ctx.g.changeVerbs);
  },
};

/**
 * `33-33.7 per cent`: the number is glued to another by a dash.
 */
export const dashRangeDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f) => {
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const dash = (x: Token | undefined): boolean => x?.kind === 'punct' && RANGE_SIGNS.includes(x.text);
    if (
      (dash(t[k - 1]) && t[k - 2]?.kind === 'number' && (t[k - 1] as Token).gap === '') ||
      (dash(t[k + 1]) && t[k + 2]?.kind === 'number' && (t[k + 2] as Token).gap === '')
    )
      return true;
    // `56.000 - 61.000 tỷ đồng`: a dash with a space on both sides between two numbers (no year
    // span: `2021 - 2025` is a period) is a range too.
    const year = (x: Token | undefined): boolean => /^(19|20)\d\d$/u.test(x?.text ?? '');
    const spaced = (d: number, n: number): boolean =>
      dash(t[d]) &&
      t[n]?.kind === 'number' &&
      (t[d] as Token).gap !== '' &&
      (t[d + 1] as Token | undefined)?.gap !== '' &&
      !(year(t[n]) && year(t[k]));
    if (spaced(k - 1, k - 2) || spaced(k + 1, k + 2)) return true;
    // `US$3,772-US$3,861`, `VND5-VND6 million`: a dash between two numbers with a currency glued
    // to the second (or the first) is a range too.
    if (gluedRangeSide(t, k, -1) || gluedRangeSide(t, k, 1)) return true;
    // `between 10 percent and 10.8 percent`, `trong khoảng 8-10%`.
    return within(t, Math.max(ctx.ix.clauseOf(k), k - 6), k, ctx.g.rangeOpeners);
  },
};
