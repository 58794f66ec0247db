import { DECIMAL_POINT } from '../../read-number';
import type { Token } from '../../tokenize';
import type { Quantity } from '../../types';
import { type DoubtRule, numberToken } from '../context';

/**
 * `Diện tích 7.2 ha`, `đạt 101.86% so với kế hoạch`, `tăng 21.8%` in Vietnamese text: a point before
 * one or two digits groups no thousands, so it is the decimal point of a writer used to English —
 * the number is read as 7.2 (`read-number.ts`). A percentage, a unit (`46.8 tạ/ha`) or a scale word after it makes
 * it a measured figure; a bare value (`ngày 30.4`, `mục 2.3`, `lúc 7.30`) may be a date, a section
 * or a time, so such a value is doubted.
 */
export const decimalPointDoubt: DoubtRule = {
  id: 'decimal-point',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || ctx.g.locale !== 'vi') return false;
    const q = f.value as Quantity | undefined;
    if (q === undefined || q.unitCode !== undefined || q.unit !== undefined || q.scale !== 0) return false;
    const k = numberToken(ctx, f);
    return k !== undefined && DECIMAL_POINT.test((ctx.ix.tokens[k] as Token).text);
  },
};
