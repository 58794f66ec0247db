import type { ComparisonBase } from '../../model/types';
import { currencyOf } from '../currency-of';
import type { BaseRead } from '../rules/context';
import { tokenAt } from '../sentence/token-at';
import type { Extracted, ExtractedChange, Quantity, Span } from '../types';
import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';
import { dropShareValue } from './value';

/**
 * True when the value `v` is a count of a noun (no scale, no currency, no percent) written right
 * after `of` (grammar `quantityOf`): `earnings of 235 listed firms`.
 */
function countInSubject(a: PlaceContext, v: Extracted<Quantity>): boolean {
  const q = v.value;
  if (q.scale !== 0 || q.unitCode === 'percent' || q.unit === undefined || currencyOf(a.g, q) !== undefined)
    return false;
  const lo = tokenAt(a.tokens, v.span.start);
  // (the value's span opens with its `of`, or the number right after it)
  const of = a.tokens[lo]?.kind === 'number' ? a.tokens[lo - 1] : a.tokens[lo];
  return of?.kind === 'word' && a.g.quantityOf.some((p) => p.text === of.forms.fold);
}

/**
 * `Combined earnings of 235 listed firms fell by 10.1% to P308.86 billion`: the amount a change
 * reached replaces a bare count of the subject read as the statement's value.
 */
function levelReplacesCount(a: PlaceContext, d: Draft, fig: FigureOf<'change'>): boolean {
  return (
    !!fig.then?.quantity && !!d.value && countInSubject(a, d.value) && currencyOf(a.g, fig.then.quantity) !== undefined
  );
}

/** `Sugar sales, accounting for 21.5% of the total, increased by 51.6% y/y to VND1,239bn`: the level reached replaces a share. */
function levelReplacesShare(a: PlaceContext, d: Draft, fig: FigureOf<'change'>): boolean {
  return !!fig.then?.quantity && fig.then.quantity.unitCode !== 'percent' && a.shareValues.has(d);
}

/**
 * True when a change with the level it reached (`down by 10.9% to $1.06 trillion`) would land in a
 * statement that already holds another level, which the reached level does not replace: the change
 * and its level are another statement's (`sentence/figures.ts` opens it). @internal
 */
export function reachedLevelElsewhere(a: PlaceContext, d: Draft, fig: FigureOf<'change'>): boolean {
  return (
    fig.form !== 'absolute' &&
    !!fig.then?.quantity &&
    !!d.value &&
    !levelReplacesCount(a, d, fig) &&
    !levelReplacesShare(a, d, fig)
  );
}

/** The month after `m` (December's is January). */
export const nextMonth = (m: number): number => (m === 12 ? 1 : m + 1);

/** The statement's month (1–12) when its period is a month, with or without a year. */
function monthOf(d: Draft): number | undefined {
  const id = d.period?.value ?? d.periodMatch?.id;
  const m = id ? /^\d{4}-(\d\d)$/u.exec(id) : null;
  if (m) return Number(m[1]);
  const p = d.periodMatch?.partial;
  return p?.kind === 'month' ? p.index : undefined;
}

/**
 * The month a capitalised English month name opens the statement's name with (`September exports`:
 * a month as the noun's modifier, which no period phrase reads), or undefined.
 */
function nameMonth(a: PlaceContext, d: Draft): number | undefined {
  const name = d.name?.value;
  if (a.g.locale !== 'en' || !name || !/^\p{Lu}/u.test(name)) return undefined;
  const first = /^\p{L}+/u.exec(name)?.[0];
  const names = a.g.periodWords.monthNames;
  const word = first?.toLowerCase();
  return word !== undefined && Object.hasOwn(names, word) ? names[word] : undefined;
}

/** The last month (1–12) of the statement's total to date (`đến ngày 31 tháng 10`: 10), with or without a year. */
function toDateMonthOf(d: Draft): number | undefined {
  const id = d.period?.value ?? d.periodMatch?.id;
  const m = id ? /^\d{4}-YTD-(\d\d)$/u.exec(id) : null;
  if (m) return Number(m[1]);
  const p = d.periodMatch?.partial;
  return p?.kind === 'ytd' ? p.index : undefined;
}

/** The statement's quarter (1–4) or half (1–2) when its period is one, with or without a year. */
function partOf(d: Draft, kind: 'quarter' | 'half'): number | undefined {
  const id = d.period?.value ?? d.periodMatch?.id;
  const m = id ? (kind === 'quarter' ? /^\d{4}-Q(\d)$/u : /^\d{4}-H(\d)$/u).exec(id) : null;
  if (m) return Number(m[1]);
  const p = d.periodMatch?.partial;
  return p?.kind === kind ? p.index : undefined;
}

/** True when period id `base` (`2023-05`, `2023-Q1`, `2023-H1`) is the one right before the statement's own. */
function periodBefore(base: string, d: Draft): boolean {
  const own = d.period?.value ?? d.periodMatch?.id;
  const b = /^(\d{4})-(\d\d|Q\d|H\d)$/u.exec(base);
  const o = own ? /^(\d{4})-(\d\d|Q\d|H\d)$/u.exec(own) : null;
  if (!b || !o) return false;
  const kind = (x: string) => (x.startsWith('Q') ? 'Q' : x.startsWith('H') ? 'H' : 'M');
  const [bp, op] = [b[2] as string, o[2] as string];
  if (kind(bp) !== kind(op)) return false;
  const n = (x: string) => Number(x.replace(/^[QH]/u, ''));
  const last = kind(bp) === 'Q' ? 4 : kind(bp) === 'H' ? 2 : 12;
  const [by, oy] = [Number(b[1]), Number(o[1])];
  return n(bp) === last ? oy === by + 1 && n(op) === 1 : oy === by && n(op) === n(bp) + 1;
}

/** `tăng 5% so với cùng kỳ`: a change with its base (or the sentence's base); a growth name makes a ratio a rate; an absolute change is unread. */
export function placeChange(
  a: PlaceContext,
  d: Draft,
  it: FigureItem,
  fig: FigureOf<'change'>,
  fallbackBase: BaseRead | undefined,
): void {
  const L = a.g.locale;
  const rule = it.rule;
  const level = it.level;
  let base: ComparisonBase | undefined;
  let baseSpan: Span | undefined;
  let baseRule = '';
  let sameIn: string | undefined;
  let pendingMonth: number | undefined;
  const read = fig.base ?? fallbackBase;
  if (read) {
    const b = a.base(read);
    base = b.base;
    baseSpan = b.span;
    sameIn = b.sameIn;
    if (!fig.base) baseRule = '+sentence-base';
    // `Growth momentum slowed in 2023: … rose 15.6% in June compared to May`, `In 2023, … in March
    // over February`: a month (a quarter, a half) written without its year, the sentence's year lent
    // to it, right before the statement's own is the previous period, as with no year anywhere.
    if (base?.kind === 'period' && read.base.kind === 'named-period' && !read.base.match.relative) {
      const p = read.base.match.partial;
      if ((p?.kind === 'month' || p?.kind === 'quarter' || p?.kind === 'half') && periodBefore(base.period, d)) {
        base = { kind: 'previous-period' };
        baseRule += p.kind === 'month' ? '+month-before' : '+part-before';
      }
    }
    // `in July … down 6.8 per cent compared to June`: the month before the statement's own (or the
    // month that opens its name, `September exports fell 6.3% from August`).
    const ownMonth = monthOf(d) ?? nameMonth(a, d);
    if (!base && b.month !== undefined && ownMonth === nextMonth(b.month)) {
      base = { kind: 'previous-period' };
      baseRule += '+month-before';
    }
    // (`Đến ngày 31 tháng 10, … giảm 1,26% so với cuối tháng 9`: the end of the month before the last
    // month of a total to date — of a stock, the month-end before its own; round 54)
    const monthEnd = read.base.kind === 'named-period' && read.base.match.rule.endsWith('.period.end-of-month-base');
    if (!base && monthEnd && b.month !== undefined && toDateMonthOf(d) === nextMonth(b.month)) {
      base = { kind: 'previous-period' };
      baseRule += '+month-end-before';
    }
    // (no month of its own yet: a trailing `, in January 2019,` may date it when the statements are finished)
    if (!base && b.month !== undefined && ownMonth === undefined) pendingMonth = b.month;
    // (`compared with the first quarter of last year`: a part of the year before, never this year's)
    const lastYear = read.base.kind === 'named-period' && read.base.match.relative === -1;
    // `in the second quarter … up 50 per cent compared to the first quarter`: the period before.
    if (!base && b.part && !lastYear && partOf(d, b.part.kind) === b.part.index + 1) {
      base = { kind: 'previous-period' };
      baseRule += '+part-before';
    }
    // `revenue in the first half of 2024 rose 41% compared with the first half of last year`: the
    // statement's own part of the year before (a relative year no year of the sentence resolved)
    if (!base && lastYear && b.part && partOf(d, b.part.kind) === b.part.index) {
      base = { kind: 'same-period-last-year' };
      baseRule += '+part-last-year';
    }
    // `tăng 41% so với 6 tháng đầu năm ngoái`, `up 12% over May last year` in a statement that names
    // no period of its own: the report's part compared with the same part of the year before (round 45;
    // the base had been dropped, unread)
    const unstated = !d.period && !d.periodMatch;
    if (!base && lastYear && unstated && (b.part || b.month !== undefined)) {
      base = { kind: 'same-period-last-year' };
      baseRule += '+part-last-year-unstated';
    }
  }
  // `Tăng trưởng tín dụng đạt 8,5% so với cuối năm 2022`: a growth indicator's percentage
  // after a plain verb is its rate of change, not a ratio to the base.
  let form = fig.form;
  let growthRule = '';
  // (`tốc độ tăng năng suất 6,7% so với năm 2021`: with no verb at all, too — round 48)
  if (form === 'ratio' && (!fig.verb || !a.isRatioVerb(fig.verb)) && a.growthName(d)) {
    form = 'rate';
    growthRule = '+growth-name';
  }
  const change: ExtractedChange = {
    form: form === 'absolute' ? 'rate' : form,
    amount: fig.amount,
    ...(fig.approximate ? { approximate: fig.approximate } : {}),
    ...(base ? { base } : {}),
    ...(baseSpan ? { baseSpan } : {}),
  };
  if (fig.form === 'absolute') {
    // An absolute change (`tăng 200 thuê bao`) has no place in the model's stated figures.
    // (`rose by 450 million USD to 8.06 billion USD`: the level it reached after `to` still is the
    // statement's value; only the change itself is unread.)
    const level = fig.then?.quantity ? fig.then : undefined;
    d.unread.push(
      a.unread(
        'change',
        'unrecognised-figure',
        it.from,
        level ? level.from : it.to,
        'An absolute change; only ratios, rates, times and points are read',
      ),
    );
    if (level && !d.value) {
      a.mark(level.from, level.to);
      d.value = a.field(a.quantity(level), level.from, level.to, `${L}.value.absolute-change-to`);
    }
    return;
  }
  const end = fig.then ? fig.then.from : it.to;
  a.mark(it.from, end);
  const extracted: Extracted<ExtractedChange> = {
    value: change,
    span: a.span(it.from, end),
    rule: rule + growthRule + baseRule,
    ...(level !== 'exact' ? { match: level } : {}),
  };
  d.changes.push(extracted);
  if (pendingMonth !== undefined) {
    d.monthBase ??= new Map();
    d.monthBase.set(extracted, pendingMonth);
  }
  // `with an estimated 17.3% growth in revenue`: the stage word of the change phrase is the statement's.
  if (fig.stage && !d.stage) d.stage = a.field(fig.stage, it.from, it.to, `${L}.stage.in-change-phrase`, level);
  if (sameIn) d.sameIn.set(extracted, sameIn);
  const then = fig.then;
  if (!then?.quantity) return;
  if (!d.value) d.value = a.field(a.quantity(then), then.from, then.to, `${L}.value.change-to`);
  else if (levelReplacesCount(a, d, fig)) {
    // `Combined earnings of 235 listed firms fell by 10.1% to P308.86 billion`: a bare count after
    // `of` in the subject counts whose figure it is; the amount the change reached is the value
    // (round 40: the count had been a certain value that fell by 10.1 %, the amount dropped)
    d.value = a.field(a.quantity(then), then.from, then.to, `${L}.value.change-to-past-count`);
  } else if (levelReplacesShare(a, d, fig)) {
    // `Sugar sales, accounting for 21.5% of the total, increased by 51.6% y/y to VND1,239bn`: the
    // share in apposition is no level of the indicator; the level the change reached is
    dropShareValue(a, d);
    d.value = a.field(a.quantity(then), then.from, then.to, `${L}.value.change-to-after-share`);
  }
}
