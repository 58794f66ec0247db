import type { Grammar } from '../../grammar';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';

/** Per grammar: its one-word bound words of four letters or more (`over`, `nearly`, `khoảng`). */
const BOUNDS = new WeakMap<Grammar, readonly string[]>();

/**
 * True when the word before the number at `k` (or before a currency glued to it: `US$`, `VND`)
 * ends with a bound word of the grammar glued to other letters (`saidover`, `reachednearly`):
 * one word that the tokenizer could not split with certainty.
 */
function gluedBoundBefore(t: readonly Token[], g: Grammar, k: number): boolean {
  let bounds = BOUNDS.get(g);
  if (!bounds) {
    bounds = g.approximate
      .filter((p) => p.tokens.length === 1 && p.tokens[0]?.kind === 'word' && p.text.length >= 4)
      .map((p) => (p.tokens[0] as Token).forms.lower);
    BOUNDS.set(g, bounds);
  }
  let j = k - 1;
  for (let n = 0; n < 3 && j > 0 && (t[j + 1] as Token).gap === ''; n++) {
    const x = t[j] as Token;
    const currency = (x.kind === 'punct' && ['$', '€', '£', '¥'].includes(x.text)) || /^\p{Lu}+$/u.test(x.text);
    if (!currency) break;
    j--;
  }
  const w = t[j];
  if (w?.kind !== 'word') return false;
  const lower = w.forms.lower;
  return bounds.some((b) => lower.length > b.length + 1 && lower.endsWith(b));
}

/**
 * `The ministry saidover 142 trillion VND …`: web text glued a bound word to the word before
 * the figure; the figure may be a bound, so it is never certain as exact.
 */
export const gluedBoundDoubt: DoubtRule = {
  id: 'glued-bound',
  doubts: (ctx, f) => {
    if ((f.value as { approximate?: unknown } | undefined)?.approximate) return false;
    const k = numberToken(ctx, f);
    return k !== undefined && gluedBoundBefore(ctx.ix.tokens, ctx.g, k);
  },
};
