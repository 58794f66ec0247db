import { div, mul } from '../decimal/decimal';
import { fold } from '../extract/fold';
import {
  divideIntervals as divide,
  type NumInterval,
  overlaps,
  pointInterval,
  scaleInterval as scale,
} from '../math/interval';
import type { CheckContext } from './context';
import type { Fact, Figure } from './facts';
import { approx, bracket, canon, makeFinding, show, showInterval } from './finding';
import type { Finding } from './types';

// `Dân số (trung bình)`, `population`: a statement of the population itself.
const POPULATION = /^(dan so|population|average population|the population)\b/u;

/** The population for a fact's period: its own, the options', or a stated `dân số` statement. */
function populationFor(f: Fact, ctx: CheckContext): { fig: Figure; fact?: Fact | undefined } | undefined {
  if (f.population) return { fig: f.population };
  const given = f.period ? ctx.population.get(f.period) : undefined;
  if (given)
    return { fig: { point: given, interval: pointInterval(given), text: canon(given), printed: canon(given) } };
  const stated = (populationStatements(ctx).get(f.period) ?? []).find((p) => p !== f);
  return stated?.value ? { fig: stated.value, fact: stated } : undefined;
}

const POPULATIONS = new WeakMap<CheckContext, Map<string | undefined, Fact[]>>();

/** The `dân số` statements of each period, in order, found in one pass over the facts. */
function populationStatements(ctx: CheckContext): Map<string | undefined, Fact[]> {
  let byPeriod = POPULATIONS.get(ctx);
  if (byPeriod) return byPeriod;
  byPeriod = new Map();
  for (const p of ctx.facts) {
    if (!p.value || p.density || p.percentUnit || !POPULATION.test(fold(p.label))) continue;
    const list = byPeriod.get(p.period);
    // Two per period are enough: a fact never counts as its own population.
    if (!list) byPeriod.set(p.period, [p]);
    else if (list.length < 2) list.push(p);
  }
  POPULATIONS.set(ctx, byPeriod);
  return byPeriod;
}

/**
 * A stated density against A × N ÷ population, when the population is known (the
 * observation's, `options.population[period]`, or a `dân số` statement of the same period).
 * @internal
 */
export function checkDensity(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.facts) {
    if (!f.density || !f.value) continue;
    const pop = populationFor(f, ctx);
    if (!pop) continue;
    const computed: NumInterval | null = divide(scale(f.value.interval, f.density.per), pop.fig.interval);
    if (!computed || overlaps(computed, f.density.interval)) continue;
    const point = div(mul(f.value.point, f.density.per), pop.fig.point);
    out.push(
      makeFinding({
        kind: 'density-mismatch',
        source: ctx.source,
        facts: pop.fact ? [f, pop.fact] : [f],
        formula: 'A × N ÷ population',
        text: `${canon(f.value.point)} × ${canon(f.density.per)} ÷ ${canon(pop.fig.point)} = ${approx(point)} ∈ ${bracket(computed, 4)}; stated ${f.density.printed} ∈ ${bracket(f.density.interval, 4)}`,
        computed: { label: 'actual × N ÷ population', point, interval: computed },
        stated: { label: 'stated density', point: f.density.point, interval: f.density.interval },
        message: {
          vi: `${f.label}: ${f.value.text} trên dân số ${show(pop.fig.point, 'vi', 0)} là ${show(point, 'vi', 2)}/${canon(f.density.per)} dân (${showInterval(computed, 'vi', 2)}), nhưng báo cáo ghi ${f.density.text}.`,
          en: `${f.label}: ${f.value.text} over a population of ${show(pop.fig.point, 'en', 0)} is ${show(point, 'en', 2)} per ${canon(f.density.per)} (${showInterval(computed, 'en', 2)}), but the report states ${f.density.text}.`,
        },
      }),
    );
  }
  return out;
}
