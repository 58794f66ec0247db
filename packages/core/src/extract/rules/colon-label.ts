import { matchPeriod } from '../period-phrase';
import { bareCountAt, type Cursor, type FigureRule, type Found, isNum, isP } from './context';

/**
 * Digits that are no count after a label: a year (`Năm thành lập: 1995`), a leading zero or five
 * digits and more with no thousands point (`Số điện thoại: 0913123456`, `Mã số thuế: 4600123456`).
 */
const NOT_A_COUNT = /^(?:(?:19|20)\d{2}|0\d+|\d{5,})$/u;

/** A year, the last token of a period label (`Năm 2021:`, `Quý II/2023:`, `Tháng 9/2024:`). */
const YEAR = /^(?:19|20)\d{2}$/u;

/** How many tokens before its colon a period label may start (`6 tháng đầu năm 2023:` is five). */
const PERIOD_LABEL_SPAN = 6;

/**
 * True when the tokens right before the colon at `colon` are a whole period phrase ending in a
 * year (`Năm 2021: 109,5; Năm 2023: 109,7`, `quý I/2024: 12,4`): a series of an indicator by
 * period, each number the indicator's value in the period of its label. Bounded look back.
 */
function periodLabelBefore(c: Cursor, colon: number): boolean {
  const year = c.tokens[colon - 1];
  if (!isNum(year) || !YEAR.test(year.text)) return false;
  for (let i = colon - 2; i >= Math.max(0, colon - PERIOD_LABEL_SPAN); i--) {
    const match = matchPeriod(c.tokens, i, c.g.locale);
    if (match && match.to === colon) return true;
  }
  return false;
}

/**
 * `Trong đó, bệnh nhân điều trị ngoại trú tăng huyết áp: 4.290, … tiểu đường: 4.149, …`, `Số hộ
 * nghèo: 125; số hộ cận nghèo: 310.`: a report line's label, a colon, and a bare number that ends
 * its item (a comma, a semicolon, a full stop or the sentence's end right after it) — the number is
 * the label's value, a count without a unit. The label may be a period (`Năm 2021: 109,5; Năm 2023:
 * 109,7`): the series' value of that period. A number with a unit, a scale or a percentage after
 * the colon is read by the value rules as ever; a year, a telephone or tax number ({@link
 * NOT_A_COUNT}), a number followed by more words or figures (`Hotline: 1900 1234`, `Quyết định số:
 * 12/QĐ-UBND`) is not read here. Constant time.
 */
export function colonLabelAt(c: Cursor, k: number): Found | null {
  const t = c.tokens;
  // (read at the number: the colon separates the label's clause from it)
  if (!isP(t[k - 1], ':')) return null;
  if (t[k - 2]?.kind !== 'word' && !periodLabelBefore(c, k - 1)) return null;
  const n = t[k];
  if (!isNum(n) || k >= c.limit || NOT_A_COUNT.test(n.text)) return null;
  if (k + 1 < c.limit && !isP(t[k + 1], ',', ';', '.')) return null;
  return bareCountAt(c, k, `${c.g.locale}.value.colon-label`);
}

/** The `colon-label` figure rule; see {@link colonLabelAt}. @internal */
export const colonLabelRule: FigureRule = {
  id: 'colon-label',
  locales: ['vi'],
  match: colonLabelAt,
  // (read at its number; every declared reach leaves room for the longest lead: scan-reach.test.ts)
  reach: 16,
};
