import { DECIMAL_COMMA } from '../../read-number';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/**
 * `more than 4,8 million international arrivals`, `rose 7,5%` in English text: a comma before one
 * or two digits groups no thousands, so it is the decimal comma of a writer of Vietnamese — the
 * number is read as 4.8 (`read-number.ts`) and doubted, every field it gives, since a comma may
 * also have lost the space of a list (`quarters 2,3 and 4`).
 */
export const decimalCommaDoubt: DoubtRule = {
  id: 'decimal-comma',
  doubts: (ctx, f) => {
    if (ctx.g.locale !== 'en') return false;
    const k = numberToken(ctx, f);
    return k !== undefined && DECIMAL_COMMA.test((ctx.ix.tokens[k] as Token).text);
  },
};
