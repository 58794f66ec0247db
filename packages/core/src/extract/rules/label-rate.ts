import { negate } from '../numeral';
import { phraseEndingAt } from '../phrase';
import {
  type BaseRead,
  type Cursor,
  EVERY_LOCALE,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
} from './context';

/** The rule of a calendar line's reading; `+forecast` or `+previous` follows for the other readings. */
export const LABEL_RATE = '.change.label-rate';

/** How many tokens back from a reading its line's label may end (`CPI Đức (Y/Y) Tháng 11 – Sơ bộ: 2,3% (dự báo 2,4%; trước đó`). */
const LABEL_REACH = 24;

/**
 * The base in brackets of the label of the calendar line a reading at token `i` stands in: scanning
 * back at most {@link LABEL_REACH} tokens within the sentence, past the line's colon, to a bracket
 * holding only a shorthand base (grammar `labelRateBases`: `(Y/Y)`, `(MoM)`). Null when no colon stands
 * between that bracket and the reading, or the sentence ends first. Constant time.
 */
function labelBase(c: Cursor, i: number): BaseRead | null {
  const bases = c.g.labelRateBases;
  if (!bases) return null;
  let colon = false;
  for (let k = i - 1; k >= 0 && k >= i - LABEL_REACH; k--) {
    const t = c.tokens[k];
    if (!t) return null;
    if (isP(t, '.', '!', '?')) return null;
    if (isP(t, ':')) colon = true;
    if (!isP(t, ')') || !colon) continue;
    for (let open = k - 1; open >= 0 && open >= k - 5; open--) {
      if (!isP(c.tokens[open], '(')) continue;
      const base = m(c, open + 1, bases);
      if (!base || base.to !== k || base.phrase.data.kind === 'plan') return null;
      return { from: open, to: k + 1, base: base.phrase.data, level: base.level };
    }
    return null;
  }
  return null;
}

/**
 * `CPI Đức (Y/Y) Tháng 11 – Sơ bộ: 2,3% (dự báo 2,4%; trước đó 2,3%)`, `CPI (M/M): -0,2%`, `US CPI (YoY)
 * Nov: 2.7% (est 2.6%; prev 2.6%)`: an economic calendar's line states each reading of an indicator
 * as a rate against the shorthand base in brackets in its label — the reading right after the
 * label's colon (its sign printed: `-0,2%` is a fall), and the expected and the last readings after
 * their words (grammar `labelReadingWords`) in brackets or after a semicolon. Every one is a rate of
 * change against the label's base, never a level; the expected reading's word marks its statement a
 * target (the grammar's forecast markers). Round 57: the first reading had been a level of 2.3 %
 * doubted, a negative one an invalid level, the others levels.
 */
export function labelRateAt(c: Cursor, i: number): Found | null {
  const words = c.g.labelReadingWords;
  if (!words) return null;
  // (the reading's word may have been taken as a forecast marker before the figure rules: the rule is
  // then tried at the number, or its sign, right after it, past a colon)
  const at = m(c, i, words) ? i : phraseEndingAt(c.tokens, isP(c.tokens[i - 1], ':') ? i - 1 : i, words);
  const reading = at >= 0 ? m(c, at, words) : null;
  const before = c.tokens[(reading ? at : i) - 1];
  if (reading ? !isP(before, '(', ';', ',') : !isP(before, ':')) return null;
  let k = reading && at === i ? reading.to : i;
  if (reading && at === i && isP(c.tokens[k], ':')) k++;
  const signed = isP(c.tokens[k], '-', '−', '+') && isNum(c.tokens[k + 1]) && c.tokens[k + 1]?.gap === '';
  const minus = signed && !isP(c.tokens[k], '+');
  if (signed) k++;
  const n = numberAt(c, k);
  if (!n) return null;
  const pct = percentAfter(c, k + 1);
  if (!pct) return null;
  const base = labelBase(c, i);
  if (!base) return null;
  return {
    to: pct,
    fig: { kind: 'change', form: 'rate', amount: minus ? negate(n) : n, numberAt: k, base },
    rule: `${c.g.locale}${LABEL_RATE}${reading ? `+${reading.phrase.data}` : ''}`,
    level: base.level,
  };
}

/** The `label-rate` figure rule; see {@link labelRateAt}. @internal */
export const labelRateRule: FigureRule = { id: 'label-rate', locales: EVERY_LOCALE, match: labelRateAt, reach: 16 };
