import type { Grammar } from '../../grammar';
import { matchAt, phraseEndingAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type DoubtRule, numberToken, WINDOW } from '../context';
import { afterPercent, percentField, within, YEAR, yearSpanAt } from '../helpers';

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
    // (`growth of two to three percent`: the lower end spelled out; round 61 — the upper end had been
    // a certain rate of 3 %)
    if (b === k - 2 && x.kind === 'word' && g.spelledNumbers?.has(x.forms.fold) === true) return true;
    if (x.kind === 'punct' && x.text !== '%') return false;
  }
  return false;
}

/**
 * `by 8.6 to 8.8%`, `from 7.5% to 8%`, `by 9% to 10%`, `đạt từ 57 đến 75% KH`: one end of a range of
 * percentages, a level, a change or a completion.
 */
export const percentRangeDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    // (`Các chỉ tiêu đạt từ 57 đến 75% KH năm`: a completion may be one end of a range too; round 59)
    if (!percentField(f, what) && what !== 'completion') return false;
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
    return phraseEndingAt(t, j, ctx.g.changeVerbs) >= 0;
  }
  return false;
}

/** First token of the currency glued before the number at `k` (`US$20`, `$20`, `VND20`: at most two tokens), or `k`. */
function gluedPrefixStart(t: readonly Token[], k: number): number {
  let s = k;
  while (s > 0 && k - s < 2 && (t[s] as Token).gap === '' && (t[s - 1] as Token).kind !== 'number') s--;
  return s;
}

/**
 * A token of the words written after a range end's number: a word, or the hyphen glued between the
 * number and its scale (`420-million pounds to 440-million pounds`, round 50).
 */
const figureWord = (x: Token | undefined): boolean =>
  x?.kind === 'word' || (x?.kind === 'punct' && x.text === '-' && x.gap === '');

/** Lower-case texts of `t[from .. from + n)`. */
function textsAt(t: readonly Token[], from: number, n: number): string {
  let out = '';
  for (let i = from; i < from + n; i++) out += `${(t[i] as Token | undefined)?.forms.lower ?? '\u0000'}\u0001`;
  return out;
}

/**
 * The lower end of a range whose upper end is the number at `k`: `A to B`, and the same with the
 * currency glued before both numbers (`from $3 billion to $5 billion`, `between US$16.2 billion and
 * US$20 billion` is the opener's) or the scale and unit repeated after both (`từ 5.000 tỷ đồng đến
 * 6.000 tỷ đồng`): the words between the lower number and `to` must be the very words after the
 * upper one (at most three), and the currency before it the very currency before the upper one.
 * Returns the lower number's token and the first token of its figure.
 */
function rangeLowerEnd(
  t: readonly Token[],
  k: number,
  toWords: ReadonlySet<string>,
): { number: number; first: number } | undefined {
  const s = gluedPrefixStart(t, k);
  const to = t[s - 1];
  if (to?.kind !== 'word' || !toWords.has(to.forms.lower)) return undefined;
  const prefix = k - s;
  for (let m = 0; m <= 3; m++) {
    const n = s - 2 - m;
    const x = t[n];
    if (x === undefined) return undefined;
    if (x.kind !== 'number') {
      if (!figureWord(x)) return undefined;
      continue;
    }
    if (m > 0 && textsAt(t, n + 1, m) !== textsAt(t, k + 1, m)) return undefined;
    const first = gluedPrefixStart(t, n);
    if (n - first !== prefix || textsAt(t, first, prefix) !== textsAt(t, s, prefix)) return undefined;
    return { number: n, first };
  }
  return undefined;
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
    const lower = rangeLowerEnd(t, k, ctx.g.rangeToWords);
    if (lower === undefined) return false;
    // (`đạt 56.000 đến 61.000 tỷ đồng`, `projected at 56 to 61 trillion VND`: `from` may be left out.)
    const first = lower.first;
    // (`from nearly 4 million head`: a word of a bound may stand between `from` and the figure)
    let from = first;
    for (let j = first - 1; j >= 0 && j >= first - 2; j--)
      if (matchAt(t, j, ctx.g.fromWords, j + 1)) {
        from = j;
        break;
      }
    // (`from 28.9 million tonnes in the first half of 2022 to 27.4 million tonnes`: a year right before
    // `to` ends the earlier level's period, no lower end of a range of tonnes; round 42)
    if (YEAR.test((t[lower.number] as Token).text) && !YEAR.test((t[k] as Token).text)) return false;
    const q = (f as Extracted<{ scale: number; unitCode?: string }>).value;
    // (`constructing 69,700 to 93,000 units`: bare counts too, when neither end is a year)
    if (
      q.scale === 0 &&
      q.unitCode === undefined &&
      (YEAR.test((t[lower.number] as Token).text) || YEAR.test((t[k] as Token).text))
    )
      return false;
    // (`the sow herd declining relatively sharply, from nearly 4 million head to 2.7 million head`:
    // a `from … to` set off by a comma hangs on the verb before the comma)
    const before = t[from - 1];
    const clause =
      before?.kind === 'punct' && before.text === ',' && from >= 2 ? ctx.ix.clauseOf(from - 2) : ctx.ix.clauseOf(k);
    return !within(t, Math.max(clause, from - WINDOW), from, ctx.g.changeVerbs);
  },
};

/**
 * `Revenue is forecast at 5 trillion dong to 6 trillion dong this year`, `đạt 5.000 tỷ đồng đến 6.000
 * tỷ đồng`: a level followed by `to` and a second number written the same way (its scale and unit
 * words repeated) is the LOWER end of a range, with no change verb before it in its clause (round 41;
 * the lower end had been a certain level). {@link fromToRangeDoubt} doubts the upper end.
 */
export const toRangeLowerDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    // the words of the figure after its number (its scale and unit), then `to`
    let j = k + 1;
    while (j < t.length && j <= k + 3 && figureWord(t[j]) && !ctx.g.rangeToWords.has(t[j]?.forms.lower ?? '')) j++;
    const to = t[j];
    if (to?.kind !== 'word' || !ctx.g.rangeToWords.has(to.forms.lower)) return false;
    const m = j - k - 1;
    const prefix = k - gluedPrefixStart(t, k);
    const n = j + 1 + prefix;
    if (t[n]?.kind !== 'number' || textsAt(t, j + 1, prefix) !== textsAt(t, k - prefix, prefix)) return false;
    if (m > 0 && textsAt(t, n + 1, m) !== textsAt(t, k + 1, m)) return false;
    if (m === 0 && prefix === 0) return false;
    if (YEAR.test((t[k] as Token).text) || YEAR.test((t[n] as Token).text)) return false;
    return !within(t, Math.max(ctx.ix.clauseOf(k), k - WINDOW), k, ctx.g.changeVerbs);
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
    if (within(t, Math.max(ctx.ix.clauseOf(k), k - 6), k, ctx.g.rangeOpeners)) return true;
    // `between US$16.2 billion and US$20 billion`: the upper end after a lower end written the same
    // way, with the opener right before the lower end.
    const lower = rangeLowerEnd(t, k, ctx.g.rangeAndWords);
    return (
      lower !== undefined && within(t, Math.max(ctx.ix.clauseOf(k), lower.first - 3), lower.first, ctx.g.rangeOpeners)
    );
  },
};

/**
 * `aiming to receive five to six lakh tourists`, `two or three million visitors`, `2 or 3 million`:
 * a cardinal in words before `to` (grammar `rangeToWords`) or `or` (`rangeOrWords`) and then the
 * figure — the lower end is no figure of its own, as only a cardinal before a scale word is read as a
 * number (`spelled-number.ts`) — or two numbers joined by `or`: one end of a range, not the level
 * (round 44; the upper end had been a certain level, and `2 or 3 million` two). Not after a change
 * verb in the clause (`rose from five to six million`: where the move ended).
 */
export const wordRangeDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const ors = ctx.g.rangeOrWords;
    const or = (x: Token | undefined): boolean => x?.kind === 'word' && ors?.has(x.forms.lower) === true;
    const to = (x: Token | undefined): boolean => x?.kind === 'word' && ctx.g.rangeToWords.has(x.forms.lower);
    const cardinal = (x: Token | undefined): boolean =>
      x?.kind === 'word' && ctx.g.spelledNumbers?.has(x.forms.lower) === true;
    const num = (x: Token | undefined): boolean => x?.kind === 'number' && !YEAR.test(x.text);
    const upper = (to(t[k - 1]) || or(t[k - 1])) && (cardinal(t[k - 2]) || (or(t[k - 1]) && num(t[k - 2])));
    const lower = num(t[k]) && or(t[k + 1]) && num(t[k + 2]);
    if (!upper && !lower) return false;
    return !within(t, Math.max(ctx.ix.clauseOf(k), k - WINDOW), k, ctx.g.changeVerbs);
  },
};

/**
 * `increased by 6.7% to 1,450 billion units in 2023-24 compared to 1,359 billion units in 2022-23`: a
 * change whose base is a year written as the first of a span (`2022-23`, a fiscal or crop year) is
 * against that span, which the calendar year only overlaps — doubted as the statement's own year is
 * (`certainty/weigh-period.ts` `year-range`). Round 57: the base had been 2022, certain.
 */
export const yearRangeBaseDoubt: DoubtRule = {
  id: 'range',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const c = f.value as { base?: { kind: string; period?: string }; baseSpan?: { start: number; end: number } };
    // (a part of a fiscal year too: `as against Rs 34.43 lakh crore in Q2 of 2018-19` is no calendar
    // 2018-Q2; round 58)
    const year = /^(\d{4})(?:-|$)/u.exec(c.base?.kind === 'period' ? (c.base.period ?? '') : '')?.[1];
    if (!year || !c.baseSpan) return false;
    const t = ctx.ix.tokens;
    const from = ctx.ix.at(c.baseSpan.start);
    const to = ctx.ix.from(c.baseSpan.end);
    if (from === undefined || to === undefined) return false;
    for (let k = from; k < to; k++) if (t[k]?.text === year && yearSpanAt(t, k + 1)) return true;
    return false;
  },
};
