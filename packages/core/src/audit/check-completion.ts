import { div, HUNDRED, isZero, mul } from '../decimal/decimal';
import { divideIntervals as divide, overlaps, scaleInterval as scale } from '../math/interval';
import type { CheckContext } from './context';
import type { Fact } from './facts';
import { approx, bracket, canon, makeFinding, show, showInterval } from './finding';
import type { Finding } from './types';

/**
 * A stated completion (`đạt 100,67% kế hoạch`) against actual ÷ target × 100, where the target
 * is stated in the same statement, in the dataset, or by a plan statement for the same
 * indicator and period (a certain target; the statement a certain actual, or of a doubted kind with
 * its plan stated beside it). Lower-is-better indicators use T ÷ A (the inverse policy).
 * @internal
 */
export function checkCompletion(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.facts) {
    if (!f.completion || !f.value) continue;
    // (a value whose target/actual is doubted is checked only against a plan stated beside it, in
    // its own statement: that arithmetic holds whichever it is; never against another statement's plan)
    if (f.kind !== 'actual' && !(f.kind === 'uncertain' && f.target)) continue;
    let target = f.target;
    let targetFact: Fact | undefined;
    // (a completion of an analyst's forecast, `bằng 23% dự báo`, is no completion of the plan: checked
    // only against the figure stated beside it, never against the organisation's plan)
    if (!target && f.completionOf !== 'forecast') {
      targetFact = ctx.index.findSame(f, (t) => t.kind === 'target' && t.period === f.period && t.value !== undefined);
      target = targetFact?.value;
    }
    if (!target) continue;
    const inverse = f.direction === 'lower-is-better';
    const [num, den] = inverse ? [target, f.value] : [f.value, target];
    const ratio = divide(num.interval, den.interval);
    if (!ratio || isZero(den.point)) continue;
    const computed = scale(ratio, HUNDRED);
    if (overlaps(computed, f.completion.interval)) continue;
    const point = div(mul(num.point, HUNDRED), den.point);
    out.push(
      makeFinding({
        kind: 'completion-mismatch',
        source: ctx.source,
        facts: targetFact ? [f, targetFact] : [f],
        formula: inverse ? 'T ÷ A × 100' : 'A ÷ T × 100',
        text: `${canon(num.point)} ÷ ${canon(den.point)} × 100 = ${approx(point)} ∈ ${bracket(computed, 4)}; stated ${f.completion.printed} ∈ ${bracket(f.completion.interval, 4)}`,
        computed: { label: inverse ? 'target ÷ actual × 100' : 'actual ÷ target × 100', point, interval: computed },
        stated: { label: 'stated completion %', point: f.completion.point, interval: f.completion.interval },
        message: {
          vi: `${f.label}: ${f.value.text} so với kế hoạch ${target.text} là ${show(point, 'vi', 2)}% (${showInterval(computed, 'vi', 2)}%), nhưng báo cáo ghi ${f.completion.text}.`,
          en: `${f.label}: ${f.value.text} against a plan of ${target.text} is ${show(point, 'en', 2)}% (${showInterval(computed, 'en', 2)}%), but the report states ${f.completion.text}.`,
        },
      }),
    );
  }
  return out;
}
