import { div, fromInt, isPositive, type Num, ONE, pow, sub, toDecimalString } from '../decimal/decimal';
import { formatPercent } from '../format/format-percent';
import type { NumInterval } from '../math/interval';
import { divideIntervals as divide } from '../math/interval';
import { comparePeriods, isPeriodId, parsePeriod } from '../period/period';
import type { CheckContext } from './context';
import type { Fact } from './facts';
import { approx, bracket, canon, makeFinding } from './finding';
import type { Finding } from './types';

/** Whole periods from one period to the next of the same kind (years for years); 1 otherwise. */
function periodsBetween(from: string, to: string): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a.kind === 'year' && b.kind === 'year') return b.year - a.year;
  return 1;
}

const growthOf = (ratio: Num, n: number): Num => sub(n === 1 ? ratio : pow(ratio, div(ONE, fromInt(n))), ONE);

/**
 * A next target that needs growth per period outside `[growth.min, growth.max]` (default −30% to
 * +50%) from the latest actual of the same indicator: (T ÷ A)^(1/n) − 1 over its intervals.
 * @internal
 */
export function checkGrowth(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const memo = new Map<string, Fact | undefined>();
  for (const t of ctx.facts) {
    if (t.kind !== 'target' || !t.value || !t.period || !isPeriodId(t.period)) continue;
    const tPeriod = t.period;
    // Targets of one name, period and unit share their actual: a report restating its targets
    // costs one lookup per distinct target, not one per restatement.
    const memoKey = `${typeof t.key === 'string' ? t.key : t.key.join('\u0000')}|${tPeriod}|${t.unit}|${t.percentUnit}`;
    let actual: Fact | undefined = memo.get(memoKey);
    if (!memo.has(memoKey)) {
      let bestScore = -1;
      const earlier = (a: Fact): boolean =>
        a.kind === 'actual' && !!a.value && !!a.period && isPeriodId(a.period) && comparePeriods(a.period, tPeriod) < 0;
      for (const { fact: a, score } of ctx.index.matches(t, earlier)) {
        if (!a.period) continue;
        if (
          score > bestScore ||
          (score === bestScore && actual?.period && comparePeriods(a.period, actual.period) > 0)
        ) {
          actual = a;
          bestScore = score;
        }
      }
      memo.set(memoKey, actual);
    }
    if (!actual?.value || !actual.period || !isPositive(actual.value.point)) continue;
    const n = Math.max(1, periodsBetween(actual.period, tPeriod));
    const ratio = divide(t.value.interval, actual.value.interval);
    if (!ratio) continue;
    const computed: NumInterval = { ...ratio, min: growthOf(ratio.min, n), max: growthOf(ratio.max, n) };
    const point = growthOf(div(t.value.point, actual.value.point), n);
    const tooHigh = sub(computed.min, ctx.growthMax);
    const tooLow = sub(ctx.growthMin, computed.max);
    if (!isPositive(tooHigh) && !isPositive(tooLow)) continue;
    const range: NumInterval = { min: ctx.growthMin, max: ctx.growthMax, minInclusive: true, maxInclusive: true };
    const pct = (x: Num, locale: 'vi' | 'en'): string => formatPercent(toDecimalString(x), { locale, decimals: 2 });
    out.push(
      makeFinding({
        kind: 'implausible-growth',
        severity: 'warning',
        source: ctx.source,
        facts: [actual, t],
        formula: n === 1 ? 'T₊₁ ÷ A − 1' : `(T₊${n} ÷ A)^(1/${n}) − 1`,
        text: `A = ${canon(actual.value.point)} (${actual.period}), T = ${canon(t.value.point)} (${tPeriod}): ${approx(point, 6)} ∈ ${bracket(computed, 6)}; plausible ${bracket(range, 6)}`,
        computed: { label: 'required growth per period', point, interval: computed },
        stated: {
          label: 'plausible growth per period',
          point: isPositive(tooHigh) ? ctx.growthMax : ctx.growthMin,
          interval: range,
        },
        message: {
          vi: `${t.label}: mục tiêu ${t.value.text} (${tPeriod}) cần tăng ${pct(point, 'vi')} mỗi kỳ so với ${actual.value.text} (${actual.period}), ngoài khoảng hợp lý ${pct(ctx.growthMin, 'vi')} – ${pct(ctx.growthMax, 'vi')}.`,
          en: `${t.label}: the target ${t.value.text} (${tPeriod}) needs growth of ${pct(point, 'en')} per period from ${actual.value.text} (${actual.period}), outside the plausible ${pct(ctx.growthMin, 'en')} to ${pct(ctx.growthMax, 'en')}.`,
        },
      }),
    );
  }
  return out;
}
