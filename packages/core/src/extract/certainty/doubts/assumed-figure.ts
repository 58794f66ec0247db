import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken, WINDOW } from '../context';

/**
 * `…, tương ứng với 66.781 tỷ đồng tiền điện (tạm tính giá điện bình quân bằng 1.800đ/kWh)`, `… worth
 * about $2.6 billion (assuming a price of $80 a barrel)`: a figure inside a bracket that opens with a
 * word of assumption (grammar `assumptionWords`) is the basis a figure before it was computed on — a
 * price, a rate or a ratio the writer assumed — not a result of the period. Its value, completion and
 * changes are doubted (`bracketed`). A bracket that opens otherwise (`(tăng 5%)`, `(năm 2022 là …)`)
 * is left to the other rules. Round 27.
 * @internal
 */
export const assumedFigureDoubt: DoubtRule = {
  id: 'bracketed',
  doubts: (ctx, f) => {
    const words = ctx.g.assumptionWords;
    if (!words || words.length === 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = k - 1; i >= 0 && i >= k - WINDOW; i--) {
      const x = t[i] as Token;
      if (x.kind !== 'punct') continue;
      if (x.text === '(') return matchAt(t, i + 1, words, k) !== null;
      if (x.text === ')' || x.text === '.' || x.text === ';') return false;
    }
    return false;
  },
};
