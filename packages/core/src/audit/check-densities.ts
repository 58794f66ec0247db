import type { Num } from '../decimal/decimal';
import { impliedPopulationNum } from '../math/density';
import { divideIntervals as divide, type NumInterval, overlaps, scaleInterval as scale } from '../math/interval';
import type { CheckContext } from './context';
import type { Fact } from './facts';
import { approx, bracket, canon, makeFinding, show, showInterval } from './finding';
import type { Finding } from './types';

/**
 * Population a stated density implies: A × N ÷ d (the point from `impliedPopulationNum` of
 * math/density, the one formula), over the intervals of BOTH A and d, since in a report the
 * value A is printed to a precision too. @internal
 */
export function impliedPopulation(f: Fact): { point: Num; interval: NumInterval } | null {
  if (!f.value || !f.density) return null;
  const interval = divide(scale(f.value.interval, f.density.per), f.density.interval);
  if (!interval) return null;
  const implied = impliedPopulationNum(f.value.point, f.density.printed, f.density.per, 0);
  return implied.value === null ? null : { point: implied.value.value, interval };
}

/**
 * Two densities of one period (per the same population word) that imply populations whose
 * intervals share no value: the seed's 2021 targets, 2.916.000 at 80,00 máy/100 dân (3.645.000)
 * and 1.830.000 at 50,60 thuê bao/100 dân (≈3.616.601).
 * @internal
 */
export function checkDensitiesAgree(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const withDensity = ctx.facts
    .map((f) => ({ f, pop: impliedPopulation(f) }))
    .filter(
      (x): x is { f: Fact; pop: NonNullable<ReturnType<typeof impliedPopulation>> } =>
        x.pop !== null && x.f.period !== undefined,
    );
  // Pairs only inside one period and population word, and one fact per distinct reading (the
  // same statement repeated is compared once): the work is the distinct densities of a period.
  const groups = new Map<string, typeof withDensity>();
  const seen = new Set<string>();
  for (const x of withDensity) {
    const reading = `${x.f.period}|${x.f.density?.population}|${x.f.label}|${x.f.kind}|${x.f.value?.printed}|${x.f.density?.printed}`;
    if (seen.has(reading)) continue;
    seen.add(reading);
    const group = `${x.f.period}|${x.f.density?.population}`;
    const list = groups.get(group);
    if (list) list.push(x);
    else groups.set(group, [x]);
  }
  for (const group of groups.values())
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || a.f.period !== b.f.period || a.f.density?.population !== b.f.density?.population) continue;
        if (a.f.ref === b.f.ref && a.f.kind === b.f.kind) continue;
        if (overlaps(a.pop.interval, b.pop.interval)) continue;
        const da = a.f.density;
        const db = b.f.density;
        if (!da || !db || !a.f.value || !b.f.value) continue;
        out.push(
          makeFinding({
            kind: 'densities-disagree',
            source: ctx.source,
            facts: [a.f, b.f],
            formula: 'A₁ × N₁ ÷ d₁ = A₂ × N₂ ÷ d₂ (implied population)',
            text: `${canon(a.f.value.point)} × ${canon(da.per)} ÷ ${da.printed} = ${approx(a.pop.point, 2)} ∈ ${bracket(a.pop.interval, 2)}; ${canon(b.f.value.point)} × ${canon(db.per)} ÷ ${db.printed} = ${approx(b.pop.point, 2)} ∈ ${bracket(b.pop.interval, 2)}`,
            computed: { label: `population implied by ${a.f.label}`, point: a.pop.point, interval: a.pop.interval },
            stated: { label: `population implied by ${b.f.label}`, point: b.pop.point, interval: b.pop.interval },
            message: {
              vi: `Hai mật độ của kỳ ${a.f.period} ngầm định hai dân số khác nhau: ${a.f.label} (${da.text}) cho ${show(a.pop.point, 'vi', 0)} người (${showInterval(a.pop.interval, 'vi', 0)}), ${b.f.label} (${db.text}) cho ${show(b.pop.point, 'vi', 0)} người (${showInterval(b.pop.interval, 'vi', 0)}); sai số làm tròn không giải thích được.`,
              en: `Two densities for ${a.f.period} imply different populations: ${a.f.label} (${da.text}) gives ${show(a.pop.point, 'en', 0)} (${showInterval(a.pop.interval, 'en', 0)}), ${b.f.label} (${db.text}) gives ${show(b.pop.point, 'en', 0)} (${showInterval(b.pop.interval, 'en', 0)}); rounding cannot explain it.`,
            },
          }),
        );
      }
    }
  return out;
}
