import { div, pow10, toDecimalString, toNum } from '../../decimal/decimal';
import { printed } from '../numeral';
import type { PrintedNumber } from '../types';
import { type Cursor, m } from './context';

/**
 * Basis points in research notes (`NIM narrowed 15 bps q/q`, `the policy rate was cut by 50 basis
 * points`): a change of a rate in hundredths of a percentage point. The convention of the extractor
 * (and of the phrasebook): it is a change in percentage `points` whose amount is the number over
 * 100 — `50 bps` is `points 0.5`, so a reader compares it with changes written in `pp`/`ppt`.
 */

/** The token after a basis-point word at `k` (`bps`, `basis points`), or 0. */
export function basisPointsAfter(c: Cursor, k: number): number {
  const words = c.g.basisPointWords;
  const w = words ? m(c, k, words) : null;
  return w ? w.to : 0;
}

/** The printed number over 100 (exact decimal), two more decimals printed. */
export function hundredth(n: PrintedNumber): PrintedNumber {
  const value = toDecimalString(div(toNum(n.value), pow10(2)));
  return printed(value, n.decimals + 2, n.text);
}
