import { fold } from '../fold';
import { readQuantity } from '../quantity';
import { type Cursor, type FigureRule, type Found, isP, m } from './context';

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function planValueAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.planValueWords);
  if (!w) return null;
  let k = w.to;
  if (isP(c.tokens[k], ':') || c.g.planLinks.has(fold(c.tokens[k]?.text ?? ''))) k++;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  return { to: q.to, fig: { kind: 'plan', q }, rule: `${c.g.locale}.plan.value`, level: w.level };
}

/** The `plan.value` figure rule. @internal */
export const planValueRule: FigureRule = { id: 'plan.value', locales: ['vi', 'en'], match: planValueAt };
