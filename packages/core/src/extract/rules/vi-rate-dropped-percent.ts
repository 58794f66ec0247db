import { negate } from '../numeral';
import { type Cursor, type FigureRule, type Found, isNum, isP, m, numberAt, readBase, SEPARATORS } from './context';

/** How far back a rate printed with its `%` may stand for a bare number to be read as one. */
const RATE_BACK = 16;

/**
 * `tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ`, `giảm 2,1% so với tháng trước,
 * giảm 0,8 so với cùng kỳ`: in a list of changes of one indicator, a change verb, a bare number (no
 * `%`, unit or scale) and a comparison base, after a rate printed with its `%` a few words back in
 * the same part of the sentence, is a rate whose `%` the writer dropped. Its form is a guess the
 * writer's list supports, not what is printed: the certainty pass doubts it (`dropped-percent`).
 * A bare number with no rate before it (`tăng 12 so với cùng kỳ`: a count, points?), one with a
 * unit or scale (`tăng 3 tỷ đồng`), a year and one without a base are left to the other rules.
 */
export function rateDroppedPercentAt(c: Cursor, i: number): Found | null {
  const verb = m(c, i, c.g.changeVerbs);
  if (!verb) return null;
  const k = verb.to;
  const t = c.tokens[k];
  if (!isNum(t) || /^(19|20)\d\d$/u.test(t.text)) return null;
  const base = readBase(c, k + 1);
  if (!base) return null;
  const n = numberAt(c, k);
  if (!n || !ratePrintedBefore(c, i)) return null;
  return {
    to: base.to,
    fig: {
      kind: 'change',
      form: 'rate',
      amount: verb.phrase.data < 0 ? negate(n) : n,
      numberAt: k,
      base,
    },
    rule: `${c.g.locale}.change.rate-dropped-percent`,
    level: verb.level,
  };
}

/**
 * True when, within {@link RATE_BACK} tokens before token `i` and no `;` or bracket between, a
 * change verb is followed by a number and `%` (`tăng 6,73%`).
 */
function ratePrintedBefore(c: Cursor, i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - RATE_BACK; j--) {
    const t = c.tokens[j];
    if (t?.kind === 'punct' && t.text !== ',' && t.text !== '%' && SEPARATORS.has(t.text)) return false;
    if (!isP(t, '%') || !isNum(c.tokens[j - 1])) continue;
    // (`tăng 6,73%`, `tăng nhẹ 0,5%`: a verb of one to three words right before the number)
    for (let v = j - 2; v >= 0 && v >= j - 4; v--) if (m(c, v, c.g.changeVerbs)?.to === j - 1) return true;
  }
  return false;
}

/** The `vi.rate-dropped-percent` figure rule; see {@link rateDroppedPercentAt}. @internal */
export const rateDroppedPercentRule: FigureRule = {
  id: 'rate-dropped-percent',
  locales: ['vi'],
  match: rateDroppedPercentAt,
  reach: 16,
};
