import type { DecimalInput, Num, RoundingMode } from '../decimal/decimal';
import { abs, gte, HUNDRED, mul, toNum } from '../decimal/decimal';
import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { ChangeText } from '../locale/phrases';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Change, ComparisonBase, Indicator, StatedChange } from '../model/types';
import { percentText } from './format-completion';
import { formatPeriod } from './format-period';
import { formatPoints } from './format-points';
import { formatQuantity } from './format-quantity';
import { checkDecimals, checkRounding, requireLocale } from './options';
import { printed } from './printed';
import { body, signed, toDigits } from './render';

/** How a change is expressed: see {@link FormatChangeOptions.form}. */
export type ChangeDisplay = 'auto' | 'rate' | 'ratio' | 'times' | 'points' | 'absolute';

/** Options of {@link formatChange}. */
export interface FormatChangeOptions {
  readonly locale: string;
  /**
   * `auto` (default): percentage points for percent units; a multiple (`gấp 51 lần`) once the
   * ratio reaches `timesThreshold`; else a rate (`tăng 3,2%`), or `bằng 100%` when the rate
   * rounds to zero; the absolute change when the base is zero or negative. A stated change keeps
   * the form the report used.
   */
  readonly form?: ChangeDisplay | undefined;
  /** Ratio from which `auto` says `gấp N lần` instead of `tăng X%` (default `2`, as statistical releases do). */
  readonly timesThreshold?: DecimalInput | undefined;
  /** Vietnamese verb of a multiple: `gấp` or `tăng` (as some reports write); default a stated change's own `verb`, else `gấp`. */
  readonly timesVerb?: 'gấp' | 'tăng' | undefined;
  /** Decimals: default the indicator's percent decimals (rates, ratios), its decimals (points), at most 1 (multiples), or a stated change's printed decimals. */
  readonly decimals?: number | undefined;
  readonly rounding?: RoundingMode | undefined;
  /** Name the comparison base (`so với cùng kỳ`, `year on year`); default `true`. */
  readonly base?: boolean | undefined;
  /** `phrase` (default): `tăng 3,2% so với cùng kỳ`; `signed`: `+3,2%`, `×51`, `+16,35 điểm %` (`+16.35 pp`). */
  readonly style?: 'phrase' | 'signed' | undefined;
  /** Text when there is no change (default `—`). */
  readonly missing?: string | undefined;
}

const TWO = toNum('2');
const SAME_PERIOD: ComparisonBase = { kind: 'same-period-last-year' };
const FORMS: readonly ChangeDisplay[] = ['auto', 'rate', 'ratio', 'times', 'points', 'absolute'];

/** A change resolved to one form, with its base. @internal */
export interface ChangeFigure {
  readonly text: ChangeText;
  /** Signed compact text (`+3,2%`, `×51`). */
  readonly signed: string;
  readonly base: ComparisonBase;
}

function isStated(change: Change | StatedChange<DecimalInput>): change is StatedChange<DecimalInput> {
  return typeof (change as StatedChange<DecimalInput>).form === 'string';
}

function direction(value: Num, decimals: number, rounding: RoundingMode): 'up' | 'down' | 'zero' {
  const d = toDigits(value, { decimals, rounding });
  return d.zero ? 'zero' : d.negative ? 'down' : 'up';
}

/** Resolves a change to the form it will be said in. @internal */
export function changeFigure(
  change: Change | StatedChange<DecimalInput>,
  indicator: Indicator,
  options: FormatChangeOptions,
): ChangeFigure {
  const locale = requireLocale(options);
  const loc = resolveLocale(locale);
  const decimals = checkDecimals(options.decimals);
  const rounding = checkRounding(options.rounding);
  const form = options.form ?? 'auto';
  if (!FORMS.includes(form)) {
    throw new ChitieuError('INVALID_OPTION', `Unknown change form ${JSON.stringify(form)}`, { path: 'form' });
  }
  const threshold = options.timesThreshold === undefined ? TWO : toNum(options.timesThreshold, 'timesThreshold');

  const number = (value: Num, places: number | undefined, sign: 'auto' | 'except-zero'): string => {
    const d = toDigits(value, places === undefined ? { maxDecimals: 1, rounding } : { decimals: places, rounding });
    return signed(d, body(d, loc), loc.number, sign);
  };
  const rate = (percent: Num, places: number, base: ComparisonBase): ChangeFigure => {
    const dir = direction(percent, places, rounding);
    if (dir === 'zero') return ratio(HUNDRED, places, base);
    const magnitude = percentText(abs(percent), places, locale, rounding);
    return {
      text: { form: 'rate', direction: dir, text: magnitude },
      signed: `${dir === 'up' ? loc.number.plus.prefix : loc.number.negative.prefix}${magnitude}`,
      base,
    };
  };
  const ratio = (percent: Num, places: number, base: ComparisonBase): ChangeFigure => {
    const text = percentText(percent, places, locale, rounding);
    return { text: { form: 'ratio', text }, signed: text, base };
  };
  const times = (multiple: Num, places: number | undefined, base: ComparisonBase): ChangeFigure => {
    const text = number(multiple, places, 'auto');
    return { text: { form: 'times', text }, signed: `×${text}`, base };
  };
  const points = (value: Num, places: number, base: ComparisonBase): ChangeFigure => {
    const dir = direction(value, places, rounding);
    const text = formatPoints(toDecimalText(abs(value)), { locale, decimals: places, rounding, sign: 'auto' });
    return {
      text: { form: 'points', direction: dir, text },
      signed: formatPoints(toDecimalText(value), { locale, decimals: places, rounding, length: 'short' }),
      base,
    };
  };
  const absolute = (value: Num, base: ComparisonBase): ChangeFigure => {
    const places = decimals ?? indicator.decimals;
    const dir = direction(value, places, rounding);
    const q = (v: Num, sign: 'auto' | 'except-zero'): string =>
      formatQuantity(toDecimalText(v), { locale, indicator, decimals: places, rounding, sign });
    return {
      text: { form: 'absolute', direction: dir, text: q(abs(value), 'auto') },
      signed: q(value, 'except-zero'),
      base,
    };
  };

  if (isStated(change)) {
    const base = change.base ?? SAME_PERIOD;
    const figure = printed(change.value, 'change.value');
    const places = decimals ?? figure.decimals;
    switch (change.form) {
      case 'ratio':
        return ratio(figure.value, places, base);
      case 'rate':
        return rate(figure.value, places, base);
      case 'times':
        return times(figure.value, places, base);
      case 'points':
        return points(figure.value, places, base);
      default:
        throw new ChitieuError('INVALID_OPTION', `Unknown stated change form ${JSON.stringify(change.form)}`, {
          path: 'change.form',
        });
    }
  }

  const base = change.base ?? SAME_PERIOD;
  const percentPlaces = decimals ?? indicator.percentDecimals;
  const ratioNum = change.ratio === null ? null : toNum(change.ratio, 'change.ratio');
  const want: ChangeDisplay =
    form !== 'auto'
      ? form
      : change.points !== null
        ? 'points'
        : ratioNum === null
          ? 'absolute'
          : gte(ratioNum, threshold)
            ? 'times'
            : 'rate';
  if (want === 'points' && change.points !== null) {
    return points(toNum(change.points), decimals ?? indicator.decimals, base);
  }
  if (ratioNum !== null) {
    if (want === 'times') return times(ratioNum, decimals, base);
    if (want === 'ratio') return ratio(mul(ratioNum, HUNDRED), percentPlaces, base);
    if (want === 'rate') return rate(mul(toNum(change.rate ?? '0'), HUNDRED), percentPlaces, base);
  }
  return absolute(toNum(change.absolute, 'change.absolute'), base);
}

function toDecimalText(value: Num): string {
  const d = toDigits(value, {});
  return `${d.negative ? '-' : ''}${d.integer}${d.fraction ? `.${d.fraction}` : ''}`;
}

/** The base of a change in words (`so với cùng kỳ`, `so với năm 2019`, `year on year`). @internal */
export function baseText(base: ComparisonBase, form: ChangeText['form'], locale: string): string {
  let label: string | null = null;
  if (base.kind === 'period') {
    try {
      label = formatPeriod(base.period, { locale });
    } catch {
      label = base.period;
    }
  }
  return phrasebook(resolveLocale(locale).words).base(base, label, form);
}

/**
 * Says a change against the comparison base the way reports do: vi `tăng 3,2% so với cùng kỳ`,
 * `giảm 1,5% so với cùng kỳ`, `bằng 100% so với cùng kỳ`, `gấp 51 lần so với năm 2019`,
 * `tăng 16,35 điểm phần trăm so với cùng kỳ` (rates change in points); en `up 3.2% year on year`,
 * `down 1.5% year on year`, `100% of the level of the same period last year`,
 * `51 times the 2019 level`. Takes the `change` of an evaluation or a report's stated change.
 * `style: 'signed'` gives compact cells (`+3,2%`, `×51`).
 *
 * @example
 * formatChange(evaluation.change, indicator, { locale: 'vi' }); // 'tăng 3,2% so với cùng kỳ'
 * formatChange(evaluation.change, indicator, { locale: 'en' }); // 'up 3.2% year on year'
 * formatChange({ form: 'times', value: '51', base: { kind: 'period', period: '2019' } }, dossiers, { locale: 'vi' });
 * // 'gấp 51 lần so với năm 2019'
 * formatChange({ form: 'times', value: '51', base: { kind: 'period', period: '2019' } }, dossiers, { locale: 'en' });
 * // '51 times the 2019 level'
 * formatChange({ form: 'ratio', value: '100' }, hours, { locale: 'vi' }); // 'bằng 100% so với cùng kỳ'
 * formatChange({ form: 'rate', value: '-1.5' }, revenue, { locale: 'vi', style: 'signed' }); // '-1,5%'
 */
export function formatChange(
  change: Change | StatedChange<DecimalInput> | null | undefined,
  indicator: Indicator,
  options: FormatChangeOptions,
): string {
  try {
    return formatChangeUnguarded(change, indicator, options);
  } catch (error) {
    throw asArgumentError('formatChange', 'change, indicator or options', error);
  }
}

function formatChangeUnguarded(
  change: Change | StatedChange<DecimalInput> | null | undefined,
  indicator: Indicator,
  options: FormatChangeOptions,
): string {
  const locale = requireLocale(options);
  const words = resolveLocale(locale).words;
  if (change === null || change === undefined) return options.missing ?? '—';
  const figure = changeFigure(change, indicator, options);
  if (options.style === 'signed') return figure.signed;
  const base = options.base === false ? null : baseText(figure.base, figure.text.form, locale);
  // A stated multiple keeps the report's verb (`tăng 51 lần`); `gấp` otherwise.
  const verb = options.timesVerb ?? (isStated(change) ? change.verb : undefined) ?? 'gấp';
  return phrasebook(words).change(figure.text, base, verb);
}
