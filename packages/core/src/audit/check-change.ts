import { div, HUNDRED, isZero, mul, type Num, ONE, sub } from '../decimal/decimal';
import {
  divideIntervals as divide,
  type NumInterval,
  offsetInterval as offset,
  overlaps,
  scaleInterval as scale,
  subtractIntervals as subtract,
} from '../math/interval';
import { isPeriodId, previousPeriod, samePeriodLastYear } from '../period/period';
import type { CheckContext } from './context';
import type { Fact, Figure } from './facts';
import { approx, bracket, canon, makeFinding, show, showInterval } from './finding';
import type { Finding } from './types';

/** The period a change compares against, from its base and the fact's period. */
function basePeriod(f: Fact, base: Fact['changes'][number]['base']): string | undefined {
  if (!f.period || !isPeriodId(f.period)) return undefined;
  const kind = base?.kind ?? 'same-period-last-year';
  if (kind === 'period' && base?.kind === 'period') return base.period;
  if (kind === 'same-period-last-year') return samePeriodLastYear(f.period).id;
  if (kind === 'previous-period') return previousPeriod(f.period).id;
  return undefined;
}

const FORMULA = { ratio: 'A ÷ P × 100', rate: '(A ÷ P − 1) × 100', times: 'A ÷ P', points: 'A − P' } as const;

/**
 * A stated change (`tăng 3,2% so với cùng kỳ`, `bằng 100%`, `gấp 51 lần`, `+2 điểm phần trăm`)
 * against the two values: the previous one stated beside it (`từ … lên …`), in the dataset,
 * or in a statement of the same indicator for the base period.
 * @internal
 */
export function checkChange(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.facts) {
    if (!f.value || f.changes.length === 0) continue;
    for (const c of f.changes) {
      let previous: Figure | undefined = f.previous;
      let previousFact: Fact | undefined;
      if (!previous) {
        const period = basePeriod(f, c.base);
        if (!period) continue;
        previousFact = ctx.index.findSame(
          f,
          (p) => p.kind === 'actual' && p.period === period && p.value !== undefined,
        );
        previous = previousFact?.value;
      }
      if (!previous) continue;
      let computed: NumInterval | null;
      let point: Num;
      if (c.form === 'points') {
        computed = subtract(f.value.interval, previous.interval);
        point = sub(f.value.point, previous.point);
      } else {
        if (isZero(previous.point)) continue;
        const ratio = divide(f.value.interval, previous.interval);
        if (!ratio) continue;
        const p = div(f.value.point, previous.point);
        if (c.form === 'times') {
          computed = ratio;
          point = p;
        } else if (c.form === 'ratio') {
          computed = scale(ratio, HUNDRED);
          point = mul(p, HUNDRED);
        } else {
          computed = scale(offset(ratio, ONE), HUNDRED);
          point = mul(sub(p, ONE), HUNDRED);
        }
      }
      if (overlaps(computed, c.interval)) continue;
      const unit = c.form === 'times' ? '×' : c.form === 'points' ? ' pp' : '%';
      out.push(
        makeFinding({
          kind: 'change-mismatch',
          source: ctx.source,
          facts: previousFact ? [f, previousFact] : [f],
          formula: FORMULA[c.form],
          text: `A = ${canon(f.value.point)}, P = ${canon(previous.point)}: ${FORMULA[c.form]} = ${approx(point)} ∈ ${bracket(computed, 4)}; stated ${c.printed} ∈ ${bracket(c.interval, 4)}`,
          computed: { label: FORMULA[c.form], point, interval: computed },
          stated: { label: `stated change (${c.form})`, point: c.point, interval: c.interval },
          message: {
            vi: `${f.label}: từ ${previous.text} đến ${f.value.text} là ${show(point, 'vi', 2)}${unit} (${showInterval(computed, 'vi', 2)}), nhưng báo cáo ghi "${c.text}".`,
            en: `${f.label}: from ${previous.text} to ${f.value.text} is ${show(point, 'en', 2)}${unit} (${showInterval(computed, 'en', 2)}), but the report states "${c.text}".`,
          },
        }),
      );
    }
  }
  return out;
}
