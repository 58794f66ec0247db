import { matchAt, type PhraseMatch } from '../phrase';
import type { Cursor } from './cursor';

/** A year number (`2016`). */
const YEAR = /^(19|20)\d\d$/u;

/** How many measure words may stand between a plan noun and its year (`kế hoạch lợi nhuận trước thuế cả năm`). */
const MEASURE_WORDS = 4;

/**
 * `hoàn thành 76% kế hoạch lợi nhuận cả năm`, `đạt 48% mục tiêu cả năm`, `thực hiện 55% chỉ tiêu
 * lợi nhuận năm`: after a Vietnamese plan noun, the measure the plan is of (`lợi nhuận`, `doanh
 * thu`, `trước thuế` — `grammar-vi` `planMeasureWords`) and the plan's year (`cả năm`, `năm` with
 * no number after it — `planYearTails`) belong to the plan phrase: they name the PLAN's period,
 * never the statement's (a quarter's profit reaching 48% of the full-year plan is no figure of the
 * full year). Returns the plan match extended over them, or the match unchanged. Constant time.
 */
export function withPlanTail<T>(c: Cursor, plan: PhraseMatch<T>): PhraseMatch<T> {
  const measures = c.g.planMeasureWords;
  const tails = c.g.planYearTails;
  if (!measures || !tails) return plan;
  // (`bằng 102,9% kế hoạch năm 2016`: a plan phrase that ends on the word of the year (`kế hoạch năm`)
  // before a year number leaves that word to the period reader, as its tail does — round 59, the year
  // had been a stray number and the result undated)
  const year = c.tokens[plan.to];
  if (year?.kind === 'number' && YEAR.test(year.text) && matchAt(c.tokens, plan.to - 1, tails, plan.to)?.to === plan.to)
    return { ...plan, to: plan.to - 1 };
  let k = plan.to;
  for (let n = 0; n < MEASURE_WORDS && k < c.limit; n++) {
    const w = matchAt(c.tokens, k, measures, c.limit);
    if (!w) break;
    k = w.to;
  }
  const tail = k < c.limit ? matchAt(c.tokens, k, tails, c.limit) : null;
  // (`kế hoạch năm 2025`: a year number after `năm` names the plan's year — left to the period reader)
  if (tail && c.tokens[tail.to]?.kind !== 'number') return { ...plan, to: tail.to };
  return plan;
}
