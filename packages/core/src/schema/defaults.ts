/**
 * The one place where the model's value lists and defaults live. The validator fills defaults
 * from here, the JSON Schema lists values from here, the data-stage order is read from here.
 * Each list is checked against the types in `model/types.ts` at compile time (`satisfies`, and
 * the type test in `schema/types.test-d.ts`).
 */
import type {
  Aggregation,
  ChangeForm,
  ComparisonBase,
  Direction,
  Indicator,
  LowerIsBetterPolicy,
  TargetKind,
  Unit,
  UnitKind,
  UnitWords,
} from '../model/types';

/**
 * Data stages, earliest first: `estimate` (ước tính) → `preliminary` (sơ bộ) → `official`
 * (chính thức). A later stage replaces an earlier one of the same indicator and period.
 */
export const DATA_STAGES = ['estimate', 'preliminary', 'official'] as const;

/** One data stage. */
export type DataStageName = (typeof DATA_STAGES)[number];

/** The stage of an observation: its `stage`, else `estimate` when `estimated`, else `official`. */
export function stageOf(observation: { readonly stage?: unknown; readonly estimated?: unknown }): DataStageName {
  const stage = observation.stage;
  if (typeof stage === 'string' && (DATA_STAGES as readonly string[]).includes(stage)) return stage as DataStageName;
  return observation.estimated === true ? 'estimate' : 'official';
}

/** Position of a stage in {@link DATA_STAGES} (0 for `estimate`): a later stage ranks higher. */
export const stageRank = (stage: DataStageName): number => DATA_STAGES.indexOf(stage);

export const UNIT_KINDS = [
  'count',
  'currency',
  'percent',
  'ratio',
  'duration',
  'other',
] as const satisfies readonly UnitKind[];
export const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neither'] as const satisfies readonly Direction[];
export const TARGET_KINDS = ['point', 'at-least', 'at-most', 'band'] as const satisfies readonly TargetKind[];
export const AGGREGATIONS = ['sum', 'ratio', 'none'] as const satisfies readonly Aggregation[];
export const LOWER_IS_BETTER_POLICIES = ['inverse', 'mirror'] as const satisfies readonly LowerIsBetterPolicy[];
export const CHANGE_FORMS = ['ratio', 'rate', 'times', 'points'] as const satisfies readonly ChangeForm[];
export const RELATIVE_BASES = [
  'same-period-last-year',
  'previous-period',
  'december-last-year',
] as const satisfies readonly ComparisonBase['kind'][];

/** Population words of a density when the indicator names none: `dân` / `inhabitants`. */
export const DEFAULT_POPULATION_WORDS = {
  vi: 'dân',
  en: { one: 'inhabitant', other: 'inhabitants' },
} as const satisfies UnitWords;

/**
 * The defaults `defineIndicator` and `parseDataset` fill in, each a function of the fields the
 * indicator does state.
 */
export const INDICATOR_DEFAULTS = {
  /** Values are in units (`9` would be tỷ đồng). */
  scale: 0,
  /** An `at-most` target means lower is better; anything else defaults to higher is better. */
  direction: (targetKind: TargetKind | undefined): Direction =>
    targetKind === 'at-most' ? 'lower-is-better' : 'higher-is-better',
  /** Holding steady (`neither`) needs a band; any other direction defaults to a point target. */
  targetKind: (direction: Direction): TargetKind => (direction === 'neither' ? 'band' : 'point'),
  /** Two decimals for percent units (`4,25%`), none otherwise. */
  decimals: (unit: Unit): number => (unit.kind === 'percent' ? 2 : 0),
  /** `đạt 100,6% kế hoạch`: one decimal. */
  percentDecimals: 1,
  /** Percentages roll up as ratios, counts and money as sums, anything else not at all. */
  aggregation: (unit: Unit): Aggregation =>
    unit.kind === 'percent' ? 'ratio' : unit.kind === 'count' || unit.kind === 'currency' ? 'sum' : 'none',
} as const satisfies {
  readonly [K in 'scale' | 'direction' | 'targetKind' | 'decimals' | 'percentDecimals' | 'aggregation']:
    | Indicator[K]
    | ((...args: never[]) => Indicator[K]);
};
