import { eq, gt } from '../decimal/decimal';
import type { NumInterval } from '../math/interval';
import type { CheckContext } from './context';
import { approx, bracket, makeFinding } from './finding';
import type { Finding } from './types';

/** Every value of `a` is above every value of `b`. */
const above = (a: NumInterval, b: NumInterval): boolean =>
  gt(a.min, b.max) || (eq(a.min, b.max) && !(a.minInclusive && b.maxInclusive));

/**
 * A `trong đó` component whose value is larger than its total's, beyond rounding. Rates and
 * percentages are not additive, so components in % are not checked.
 * @internal
 */
export function checkComponent(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.facts) {
    if (f.parent === undefined || !f.value || f.percentUnit) continue;
    const parent = ctx.facts.find((p) => p.ref === f.parent && p.kind === f.kind && p.period === f.period);
    if (!parent?.value || parent.percentUnit) continue;
    if (f.unit && parent.unit && f.unit !== parent.unit) continue;
    if (!above(f.value.interval, parent.value.interval)) continue;
    out.push(
      makeFinding({
        kind: 'component-exceeds-total',
        source: ctx.source,
        facts: [parent, f],
        formula: 'component ≤ total',
        text: `${approx(f.value.point)} ∈ ${bracket(f.value.interval)} > ${approx(parent.value.point)} ∈ ${bracket(parent.value.interval)}`,
        computed: { label: `component: ${f.label}`, point: f.value.point, interval: f.value.interval },
        stated: { label: `total: ${parent.label}`, point: parent.value.point, interval: parent.value.interval },
        message: {
          vi: `${f.label} (${f.value.text}) là một phần ("trong đó") của ${parent.label} (${parent.value.text}) nhưng lớn hơn tổng.`,
          en: `${f.label} (${f.value.text}) is a component ("of which") of ${parent.label} (${parent.value.text}) but is larger than the total.`,
        },
      }),
    );
  }
  return out;
}
