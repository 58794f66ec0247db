import { DECIMAL_COMMA } from '../../read-number';
import type { Token } from '../../tokenize';
import type { Extracted, Quantity } from '../../types';
import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { SENTENCE_ENDS } from '../helpers';

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

/** One group of three digits after a comma (`418,116`): a thousands group, or three decimals. */
const ONE_GROUP = /^\d{1,3},\d{3}$/u;

/**
 * `Sars collected R418,116-billion, which is … R45,3-billion more than the original estimate of
 * R372,8-billion`: in English text whose sentence writes another number with a decimal comma, a scaled
 * amount with one comma group of three digits may be three decimals of the same writer (418.116
 * billion), not a thousands group (418 116 billion, a thousand times more) — read as grouped and
 * doubted (round 67, probe of revenue authorities; it had been a certain 418 trillion). Looks at most
 * {@link WIDE_WINDOW} tokens either side, within the sentence.
 */
export const groupBesideDecimalCommaDoubt: DoubtRule = {
  id: 'decimal-comma',
  doubts: (ctx, f, what) => {
    if (ctx.g.locale !== 'en' || what !== 'value') return false;
    const k = numberToken(ctx, f);
    const t = ctx.ix.tokens;
    if (k === undefined || !ONE_GROUP.test((t[k] as Token).text)) return false;
    if (!((f as Extracted<Quantity>).value.scale > 0)) return false;
    const beside = (j: number): boolean | undefined => {
      const x = t[j] as Token;
      if (x.kind === 'punct' && SENTENCE_ENDS.has(x.text)) return false;
      return x.kind === 'number' && DECIMAL_COMMA.test(x.text) ? true : undefined;
    };
    for (let j = k + 1; j < t.length && j <= k + WIDE_WINDOW; j++) {
      const found = beside(j);
      if (found !== undefined) {
        if (found) return true;
        break;
      }
    }
    for (let j = k - 1; j >= 0 && j >= k - WIDE_WINDOW; j--) {
      const found = beside(j);
      if (found !== undefined) return found;
    }
    return false;
  },
};
