import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/**
 * `(U$S1.9 billion)` tokenized as `S1` `.` `9`: a number glued by a point or comma to a token
 * that ends in a digit is the tail of a bigger number the tokenizer split, not a figure.
 */
export const splitNumberDoubt: DoubtRule = {
  id: 'split-number',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || k < 2) return false;
    const t = ctx.ix.tokens;
    const sep = t[k - 1] as Token;
    const head = t[k - 2] as Token;
    return (
      (t[k] as Token).gap === '' &&
      sep.kind === 'punct' &&
      (sep.text === '.' || sep.text === ',') &&
      sep.gap === '' &&
      /\d$/u.test(head.text)
    );
  },
};
