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
  // the first fact of each reference, kind and period, found in one pass (a search per
  // component was quadratic: 16,000 components of one total took 25 s)
  const key = (ref: number, kind: string, period: string | undefined): string =>
    `${ref}\u0000${kind}\u0000${period ?? ''}`;
  const first = new Map<string, (typeof ctx.facts)[number]>();
  for (const p of ctx.facts) {
    const k = key(p.ref, p.kind, p.period);
    if (!first.has(k)) first.set(k, p);
  }
  for (const f of ctx.facts) {
    // (a part or a total whose target/actual is doubted may be of the other kind: not compared)
    if (f.parent === undefined || !f.value || f.percentUnit || f.kind === 'uncertain') continue;
    const parent = first.get(key(f.parent, f.kind, f.period));
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
