import { type Num, toNum } from '../decimal/decimal';
import type { Fact } from './facts';
import type { Source } from './finding';
import { FactIndex } from './same-indicator';
import type { AuditOptions } from './types';

/** What every check receives. @internal */
export interface CheckContext {
  readonly source: Source;
  readonly facts: readonly Fact[];
  readonly growthMin: Num;
  readonly growthMax: Num;
  readonly population: ReadonlyMap<string, Num>;
  /** The facts indexed by name words: finding the same indicator never compares every pair. */
  readonly index: FactIndex;
}

/** A check: facts in, findings out. @internal */
export type Check = (ctx: CheckContext) => import('./types').Finding[];

/** Reads the options once. @internal */
export function checkContext(source: Source, facts: readonly Fact[], options: AuditOptions = {}): CheckContext {
  const population = new Map<string, Num>();
  for (const [period, value] of Object.entries(options.population ?? {}))
    population.set(period, toNum(value, `options.population.${period}`));
  return {
    source,
    facts,
    growthMin: toNum(options.growth?.min ?? '-0.3', 'options.growth.min'),
    growthMax: toNum(options.growth?.max ?? '0.5', 'options.growth.max'),
    population,
    index: new FactIndex(facts),
  };
}
