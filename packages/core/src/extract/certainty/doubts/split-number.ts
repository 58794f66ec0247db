import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/**
 * `(U$S1.9 billion)` tokenized as `S1` `.` `9`: a number glued by a point or comma to a token
 * that ends in a digit is the tail of a bigger number the tokenizer split, not a figure.
 */
/**
 * `a projected target of GH¢2, 2,999.89 million`, `2, 3 and 5 million tonnes`: an amount with no
 * scale word, then a comma and another number with one, may take that scale too (a list that shares
 * it) or be a stray figure the writer restated — its own reading is not certain (round 46).
 */
function sharedScaleAfter(t: readonly Token[], k: number, value: unknown, scales: ReadonlySet<string>): boolean {
  const q = value as { scale?: number };
  if (q.scale !== 0) return false;
  const comma = t[k + 1];
  if (comma?.kind !== 'punct' || comma.text !== ',' || comma.gap !== '') return false;
  const next = t[k + 2];
  if (next?.kind !== 'number' || next.gap === '') return false;
  const after = t[k + 3];
  return after?.kind === 'word' && scales.has(after.forms.lower);
}

export const splitNumberDoubt: DoubtRule = {
  id: 'split-number',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || k < 2) return false;
    const t = ctx.ix.tokens;
    if (what === 'value' && ctx.g.scaleTokens && sharedScaleAfter(t, k, f.value, ctx.g.scaleTokens)) return true;
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
