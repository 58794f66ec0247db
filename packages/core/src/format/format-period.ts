import { asArgumentError } from '../errors/arguments';
import { resolveLocale } from '../locale/resolve-locale';
import type { Period } from '../period/period';
import { toPeriod } from '../period/period';

const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
const MONTHS_EN = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Options of {@link formatPeriod}. */
export interface FormatPeriodOptions {
  readonly locale: string;
}

/**
 * Names a reporting period the way reports do: vi `năm 2019`, `quý I/2020`, `tháng 11/2020`,
 * `6 tháng đầu năm 2020`, `11 tháng năm 2020` (lũy kế), `giai đoạn 2021–2025`; en `2019`,
 * `Q1 2020`, `November 2020`, `H1 2020`, `January–November 2020`, `2021–2025`.
 *
 * @throws {ChitieuError} `INVALID_PERIOD` for an id that is not a period.
 *
 * @example
 * formatPeriod('2019', { locale: 'vi' }); // 'năm 2019'
 * formatPeriod('2020-Q1', { locale: 'vi' }); // 'quý I/2020'
 * formatPeriod('2020-YTD-11', { locale: 'en' }); // 'January–November 2020'
 * formatPeriod('2021/2025', { locale: 'vi' }); // 'giai đoạn 2021–2025'
 */
export function formatPeriod(period: Period | string, options: FormatPeriodOptions): string {
  try {
    return formatPeriodUnguarded(period, options);
  } catch (error) {
    throw asArgumentError('formatPeriod', 'period or options', error);
  }
}

function formatPeriodUnguarded(period: Period | string, options: FormatPeriodOptions): string {
  const words = resolveLocale(options.locale).words;
  const p = toPeriod(period);
  const y = String(p.year);
  if (words === 'vi') {
    switch (p.kind) {
      case 'half':
        return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${y}`;
      case 'quarter':
        return `quý ${ROMAN[p.index] ?? p.index}/${y}`;
      case 'month':
        return `tháng ${p.index}/${y}`;
      case 'year-to-date':
        return `${p.index} tháng năm ${y}`;
      case 'multi-year':
        return `giai đoạn ${y}–${p.endYear}`;
      default:
        return `năm ${y}`;
    }
  }
  switch (p.kind) {
    case 'half':
      return `H${p.index} ${y}`;
    case 'quarter':
      return `Q${p.index} ${y}`;
    case 'month':
      return `${MONTHS_EN[p.index] ?? p.index} ${y}`;
    case 'year-to-date':
      return p.index === 1 ? `January ${y}` : `January–${MONTHS_EN[p.index] ?? p.index} ${y}`;
    case 'multi-year':
      return `${y}–${p.endYear}`;
    default:
      return y;
  }
}
