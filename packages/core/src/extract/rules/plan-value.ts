import { fold } from '../fold';
import { readQuantity } from '../quantity';
import { type Cursor, type FigureRule, type Found, isP, m } from './context';

/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function planValueAt(c: Cursor, i: number): Found | null {
  const w = m(c, i, c.g.planValueWords);
  if (!w) return bracketAfterPlanAt(c, i);
  let k = w.to;
  if (isP(c.tokens[k], ':') || c.g.planLinks.has(fold(c.tokens[k]?.text ?? ''))) k++;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent') return null;
  return { to: q.to, fig: { kind: 'plan', q }, rule: `${c.g.locale}.plan.value`, level: w.level };
}

/** How far back from a bracket a plan noun may stand: `so với mục tiêu đề ra từ đầu năm (…)`. */
const PLAN_BACK = 10;

/**
 * `hoàn thành 91,8% so với mục tiêu đề ra từ đầu năm (đạt 263 tỷ USD)`, `against the annual
 * target (VND 12 trillion)`: a bracket right after a plan noun phrase — words only between the
 * noun and the bracket, no figure — states the plan's value, never the result. Read at the
 * bracket's first token.
 */
function bracketAfterPlanAt(c: Cursor, i: number): Found | null {
  if (!isP(c.tokens[i - 1], '(')) return null;
  let named = false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - PLAN_BACK; k--) {
    if (c.tokens[k]?.kind !== 'word') break;
    if (m(c, k, c.g.planNouns)) {
      named = true;
      break;
    }
  }
  if (!named) return null;
  let k = i;
  const verb = m(c, k, c.g.percentVerbs) ?? m(c, k, c.g.valueVerbs);
  if (verb) k = verb.to;
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit);
  if (!q?.quantity || q.quantity.unitCode === 'percent' || !isP(c.tokens[q.to], ')')) return null;
  const level = verb?.level ?? 'exact';
  return { to: q.to, fig: { kind: 'plan', q }, rule: `${c.g.locale}.plan.value-in-bracket`, level };
}

/** The `plan.value` figure rule. @internal */
export const planValueRule: FigureRule = { id: 'plan.value', locales: ['vi', 'en'], match: planValueAt };
