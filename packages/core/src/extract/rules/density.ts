import { readQuantity } from '../quantity';
import type { Token } from '../tokenize';
import { type Cursor, EVERY_LOCALE, type Figure, type FigureRule, type Found, m, SEPARATORS } from './context';

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function densityAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.densityWords);
  if (!w) return null;
  // `mật độ thuê bao điện thoại đạt 80,00 máy/100 dân`: up to eight words name the density.
  for (let k = w.to; k < Math.min(c.limit, w.to + 10); k++) {
    const t = c.tokens[k] as Token;
    if (t.kind === 'punct' && SEPARATORS.has(t.text)) return null;
    if (t.kind !== 'number') continue;
    const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
    if (!q?.quantity || !q.density) return null;
    let nameTo = k;
    const verb = m(c, Math.max(w.to, k - 1), c.g.valueVerbs);
    if (verb && verb.to === k) nameTo = verb.from;
    else if (k - 2 >= w.to) {
      const two = m(c, k - 2, c.g.valueVerbs);
      if (two && two.to === k) nameTo = two.from;
    }
    const fig: Figure = nameTo > w.to ? { kind: 'density', q, nameFrom: w.to, nameTo } : { kind: 'density', q };
    return { to: q.to, fig, rule: `${c.g.locale}.density.mat-do`, level: w.level };
  }
  return null;
}

/**
 * The `density` figure rule. Its number comes at most ten tokens after the density word, so it
 * is tried only within 24 tokens of a number. @internal
 */
export const densityRule: FigureRule = { id: 'density', locales: EVERY_LOCALE, match: densityAt, reach: 24 };
