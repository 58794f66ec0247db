import type { RoundingMode } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';

export type { DecimalInput, RoundingMode } from '../decimal/decimal';
export type { DecimalString } from '../decimal/decimal-string';

/**
 * Text in several languages, Vietnamese first: `{ vi: 'Tổng doanh thu', en: 'Total revenue' }`.
 * A plain string is the same text for every locale.
 */
export type LocalizedText =
  | string
  | { readonly vi?: string; readonly en?: string; readonly [locale: string]: string | undefined };

/** A unit word with its English plural forms: `{ one: 'subscriber', other: 'subscribers' }`. */
export type PluralText = string | { readonly one: string; readonly other: string };

/** Words for a unit in several languages. */
export type UnitWords = {
  readonly vi?: PluralText;
  readonly en?: PluralText;
  readonly [locale: string]: PluralText | undefined;
};

/** What a unit measures; decides roll-up defaults and how changes are expressed. */
export type UnitKind = 'count' | 'currency' | 'percent' | 'ratio' | 'duration' | 'other';

/**
 * A unit of measure. Built-in units live in {@link units}; define your own with a code and
 * words per locale.
 */
export interface Unit {
  /** Stable identifier, e.g. `VND`, `subscriber`, `percent`. */
  readonly code: string;
  readonly kind: UnitKind;
  /** Words after the number (`thuê bao`, `subscribers`). Percent has none: it prints `%`. */
  readonly words: UnitWords;
}

/**
 * How an indicator's density is stated: `49,8 thuê bao/100 dân` is
 * `{ per: '100', unit: { vi: 'thuê bao', … }, population: { vi: 'dân', en: 'inhabitants' } }`.
 * `unit` defaults to the indicator's unit words (phones count `thuê bao` but state density in `máy`).
 */
export interface DensitySpec {
  readonly per: DecimalString;
  readonly population: UnitWords;
  readonly unit?: UnitWords | undefined;
  /** Decimals shown for a computed density (`49,8` has 1); stated densities keep their own. */
  readonly decimals?: number | undefined;
}

/** Which way is good. `neither` is for band targets that should be held steady ("khoảng 4%"). */
export type Direction = 'higher-is-better' | 'lower-is-better' | 'neither';

/**
 * How the target is stated: `point` (one value, direction decides what good is), `at-least`
 * (≥ T, implies higher-is-better), `at-most` (≤ T, implies lower-is-better), `band` ([L, H]).
 */
export type TargetKind = 'point' | 'at-least' | 'at-most' | 'band';

/**
 * Completion policy for lower-is-better indicators: `inverse` is T ÷ A (default; undefined at
 * A = 0), `mirror` is 2 − A ÷ T (linear, so 2× the target scores 0%).
 */
export type LowerIsBetterPolicy = 'inverse' | 'mirror';

/**
 * How observations of the indicator combine: `sum` for additive quantities (counts, money);
 * `ratio` for rates and densities, which roll up from numerators and denominators and never by
 * adding or averaging percentages; `none` for figures that cannot be combined (ranks, averages).
 */
export type Aggregation = 'sum' | 'ratio' | 'none';

/** Thresholds and policies that decide an indicator's status. */
export interface StatusOptions {
  /** Completion at or above which a missed target is `near` (default `"0.95"`). */
  readonly nearThreshold?: DecimalString | undefined;
  /** Lower-is-better completion policy (default `inverse`). */
  readonly lowerIsBetterPolicy?: LowerIsBetterPolicy | undefined;
}

/** A validated, normalised indicator. Plain data: safe to serialise and to share. */
export interface Indicator extends StatusOptions {
  readonly id: string;
  readonly name: LocalizedText;
  readonly unit: Unit;
  /**
   * Power of ten the values are stated in: `9` for `tỷ đồng` (values in billions of VND),
   * `6` for `triệu tờ`, `0` for plain counts.
   */
  readonly scale: number;
  readonly direction: Direction;
  readonly targetKind: TargetKind;
  /** Decimals shown for values (`49,8` has 1; `80,00` has 2). */
  readonly decimals: number;
  /** Decimals shown for percentages of plan and changes (`100,6%` has 1; `105,88%` has 2). */
  readonly percentDecimals: number;
  readonly aggregation: Aggregation;
  /** Sector or group the indicator belongs to (`Viễn thông`). */
  readonly group?: LocalizedText | undefined;
  /** Id of the indicator this one is a component of ("trong đó"). */
  readonly parent?: string | undefined;
  /** Weight in the composite score (default `"1"`). */
  readonly weight?: DecimalString | undefined;
  /** Density per N inhabitants, when the indicator states one. */
  readonly density?: DensitySpec | undefined;
  /** Free description or definition. */
  readonly description?: LocalizedText | undefined;
}

/** Input of {@link defineIndicator}: the same as {@link Indicator} with defaults filled in. */
export interface IndicatorInput {
  readonly id: string;
  readonly name: LocalizedText;
  /** A unit object, or the code of a built-in unit (`'VND'`, `'subscriber'`, `'percent'`, …). */
  readonly unit: Unit | string;
  readonly scale?: number | undefined;
  readonly direction?: Direction | undefined;
  readonly targetKind?: TargetKind | undefined;
  readonly decimals?: number | undefined;
  readonly percentDecimals?: number | undefined;
  readonly aggregation?: Aggregation | undefined;
  readonly group?: LocalizedText | undefined;
  readonly parent?: string | undefined;
  readonly weight?: string | number | undefined;
  /** Density spec; `per` may be a number, `population` defaults to `dân` / `inhabitants`. */
  readonly density?:
    | {
        readonly per: string | number;
        readonly population?: UnitWords | undefined;
        readonly unit?: UnitWords | undefined;
        readonly decimals?: number | undefined;
      }
    | undefined;
  readonly description?: LocalizedText | undefined;
  readonly nearThreshold?: string | number | undefined;
  readonly lowerIsBetterPolicy?: LowerIsBetterPolicy | undefined;
}

/** A band target [min, max]: "từ 4% đến 5%", "khoảng 4%". */
export interface Band<T = DecimalString> {
  readonly min: T;
  readonly max: T;
}

/** Data stage: `estimate` (ước tính) → `preliminary` (sơ bộ) → `official` (chính thức). */
export type DataStage = 'estimate' | 'preliminary' | 'official';

/**
 * What a comparison is against: the same period last year (`cùng kỳ`, default), the previous
 * period, December of the previous year, or a named period (`so với năm 2019`).
 */
export type ComparisonBase =
  | { readonly kind: 'same-period-last-year' }
  | { readonly kind: 'previous-period' }
  | { readonly kind: 'december-last-year' }
  | { readonly kind: 'period'; readonly period: string };

/** How a stated change was expressed in the report. */
export type ChangeForm = 'ratio' | 'rate' | 'times' | 'points';

/** A change as the report states it: `tăng 3,2%` is `{ form: 'rate', value: '3.2' }`. */
export interface StatedChange<T = DecimalString> {
  readonly form: ChangeForm;
  /**
   * As printed: ratio and rate in percent (`bằng 100%` → `"100"`, `tăng 3,2%` → `"3.2"`,
   * `giảm 1,5%` → `"-1.5"`), times as a multiple (`gấp 51 lần` → `"51"`), points as points.
   */
  readonly value: T;
  readonly base?: ComparisonBase | undefined;
  /**
   * The verb the report printed before a multiple: `tăng 51 lần` → `"tăng"`, `gấp 51 lần` →
   * `"gấp"`. Narration repeats the report's word (default `gấp`).
   */
  readonly verb?: 'gấp' | 'tăng' | undefined;
}

/** Rank among peers: `đứng thứ 3 toàn quốc`. */
export interface Rank {
  readonly rank: number;
  readonly of?: number | undefined;
  readonly scope?: LocalizedText | undefined;
}

/**
 * Figures a report states instead of (or beside) raw values. Percentages are in percent as
 * printed (`"100.6"` for `100,6%`); their printed precision is taken from the string, so
 * `"80.00"` keeps two decimals (keep trailing zeros: they make the interval narrower).
 */
export interface StatedFigures<T = DecimalString> {
  /** `đạt 100,6% kế hoạch` → `"100.6"`. */
  readonly completion?: T | undefined;
  /** `đạt mật độ 49,8 thuê bao/100 dân` → `"49.8"` (per the unit's `per`). */
  readonly density?: T | undefined;
  readonly change?: StatedChange<T> | undefined;
  readonly rank?: Rank | undefined;
}

/** The target for the next period: `phấn đấu đạt 3.745 tỷ đồng` (năm 2021). */
export interface NextTarget<T = DecimalString> {
  readonly period: string;
  readonly value: T;
  /** A stated density the next target implies (`mật độ 80,00 máy/100 dân`). */
  readonly density?: T | undefined;
  /**
   * How the report words the target: `estimate` for `ước đạt 18 triệu tờ`, `preliminary` for
   * `sơ bộ đạt`, `official` for a plain `đạt 2.916.000 thuê bao`; absent, a goal (`phấn đấu đạt`).
   */
  readonly stage?: DataStage | undefined;
}

/**
 * One indicator's figures for one period. Values are in the indicator's scale (revenue of
 * `3.630 tỷ đồng` is `"3630"` for an indicator with scale 9). Stated percentages keep the
 * printed precision as their string (`"80.00"`), the only place where trailing zeros matter.
 */
export interface Observation {
  readonly indicator: string;
  /** Period id: `2020`, `2020-Q1`, `2020-H1`, `2020-11`, `2020-YTD-11`, `2021/2025`. */
  readonly period: string;
  readonly actual?: DecimalString | null | undefined;
  /** A point target, or a band for `targetKind: 'band'`. */
  readonly target?: DecimalString | Band | null | undefined;
  /** The comparison value (same period last year unless `base` says otherwise). */
  readonly previous?: DecimalString | null | undefined;
  /** What `previous` and stated changes compare against (default: same period last year). */
  readonly base?: ComparisonBase | undefined;
  /** Population (average over the period) for densities; in persons. */
  readonly population?: DecimalString | null | undefined;
  /** Numerator and denominator of a rate, for exact roll-ups. */
  readonly numerator?: DecimalString | null | undefined;
  readonly denominator?: DecimalString | null | undefined;
  /** `ước đạt`: the figure is an estimate made before the books close. */
  readonly estimated: boolean;
  readonly stage: DataStage;
  readonly stated?: StatedFigures | undefined;
  readonly nextTarget?: NextTarget | undefined;
  /** Free note or source reference. */
  readonly note?: string | undefined;
}

/** Input of {@link defineObservation}: decimals as strings or numbers, optional fields omitted. */
export interface ObservationInput {
  readonly indicator: string;
  readonly period: string;
  readonly actual?: string | number | null | undefined;
  readonly target?: string | number | Band<string | number> | null | undefined;
  readonly previous?: string | number | null | undefined;
  readonly base?: ComparisonBase | undefined;
  readonly population?: string | number | null | undefined;
  readonly numerator?: string | number | null | undefined;
  readonly denominator?: string | number | null | undefined;
  readonly estimated?: boolean | undefined;
  readonly stage?: DataStage | undefined;
  readonly stated?: StatedFigures<string | number> | undefined;
  readonly nextTarget?: NextTarget<string | number> | undefined;
  readonly note?: string | undefined;
}

/** A titled collection of indicators and their observations. */
export interface Dataset {
  readonly title: LocalizedText;
  readonly source?: string | undefined;
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
}

/** Status of an indicator against its plan. Checked in this order; the first that matches wins. */
export type Status = 'exceeded' | 'met' | 'near' | 'missed' | 'no-target' | 'no-data';

/** All statuses, in the order of their rules. */
export const STATUSES: readonly Status[] = ['exceeded', 'met', 'near', 'missed', 'no-target', 'no-data'];

/**
 * Why a quantity is not defined. A normal answer, not an error: reports are full of missing
 * targets.
 */
export type Reason =
  /** The actual value is missing. */
  | 'no-data'
  /** The target is missing. */
  | 'no-target'
  /** The comparison value is missing. */
  | 'no-previous'
  /** The population is missing. */
  | 'no-population'
  /** A divisor is zero (target, previous, population, stated value). */
  | 'zero-base'
  /** A divisor is negative where a ratio would be meaningless (target ≤ 0, previous < 0). */
  | 'negative-base'
  /** Lower-is-better inverse policy with actual = 0 (T ÷ 0). */
  | 'zero-actual'
  /** Lower-is-better inverse policy or growth with a negative actual. */
  | 'negative-actual'
  /** The quantity does not apply (completion of a band held steady, density without `per`). */
  | 'not-applicable'
  /** No indicator carries a weight (composite score). */
  | 'no-weights'
  /** Roll-up of a rate lacks numerators or denominators. */
  | 'missing-components';

/** A derived quantity that may be undefined, with the reason when it is. */
export type Maybe<T> =
  | { readonly value: T; readonly reason?: undefined }
  | { readonly value: null; readonly reason: Reason };

/** An interval [min, max] of exact values consistent with a printed number. */
export interface Interval {
  readonly min: DecimalString;
  readonly max: DecimalString;
  /** Whether the bounds belong to the interval (half-up rounding: `[min, max)`). */
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** A value implied by a stated figure, with the interval the printed precision allows. */
export interface Implied {
  readonly value: DecimalString;
  readonly interval: Interval;
}

/** Change against the comparison base. */
export interface Change {
  readonly base: ComparisonBase;
  /** A − P, in the indicator's unit and scale. */
  readonly absolute: DecimalString;
  /** A ÷ P (`bằng 100% so với cùng kỳ` is `"1"`); null with a reason when P ≤ 0. */
  readonly ratio: DecimalString | null;
  /** A ÷ P − 1 (`tăng 3,2%` is `"0.032"`); null with a reason when P ≤ 0. */
  readonly rate: DecimalString | null;
  /** A − P in percentage points, for indicators whose unit is percent; else null. */
  readonly points: DecimalString | null;
  /** Why ratio and rate are null. */
  readonly reason?: Reason | undefined;
}

/** Variance against plan. */
export interface Variance {
  /** A − T (for a band: distance to the nearest bound, 0 inside). */
  readonly absolute: DecimalString;
  /** (A − T) ÷ |T|; null with a reason when T = 0. */
  readonly relative: DecimalString | null;
  readonly reason?: Reason | undefined;
}

/**
 * Everything a card or a table row needs about one observation, computed exactly.
 * Undefined quantities are `null`, with their reason in {@link Evaluation.reasons}.
 */
export interface Evaluation {
  readonly indicator: Indicator;
  /** The observation as given to `evaluate`. */
  readonly observation: Observation | ObservationInput;
  readonly actual: DecimalString | null;
  /** The point target, or the band's relevant bound is in {@link Evaluation.band}. */
  readonly target: DecimalString | null;
  readonly band: Band | null;
  readonly previous: DecimalString | null;
  /** Completion as a ratio: `"1.0588…"` for 105,88% of plan. */
  readonly completion: DecimalString | null;
  /**
   * Completion in percent, rounded half-up (or the chosen mode) to the indicator's percent
   * decimals with the boundary guard: a missed target never shows as 100%, an exceeded one
   * never shows as exactly 100%, and the near threshold is guarded the same way.
   */
  readonly completionPercent: DecimalString | null;
  readonly status: Status;
  /**
   * The rule that decided `status` and `completion`: the effective direction (an `at-least`
   * target is higher-is-better, `at-most` lower-is-better), the near threshold and the
   * lower-is-better policy, after options and the indicator's own settings.
   */
  readonly rule: {
    readonly direction: Direction;
    readonly nearThreshold: DecimalString;
    readonly lowerIsBetterPolicy: LowerIsBetterPolicy;
  };
  readonly variance: Variance | null;
  readonly change: Change | null;
  /** Density per the indicator's `density.per` (per 100 inhabitants), from actual and population. */
  readonly density: DecimalString | null;
  /** For a band held steady: distance from actual to the nearest bound (0 inside). */
  readonly distanceToBand: DecimalString | null;
  readonly estimated: boolean;
  readonly stage: DataStage;
  /** Values implied by stated figures (`đạt 100,6% kế hoạch` implies the plan). */
  readonly implied: {
    readonly target: Implied | null;
    readonly population: Implied | null;
    readonly previous: Implied | null;
    /** Population implied by the next target's stated density. */
    readonly nextPopulation: Implied | null;
  };
  /** Growth needed from actual to the next target: T₊₁ ÷ A − 1 per period. */
  readonly requiredGrowth: DecimalString | null;
  /** Why each null quantity is null. */
  readonly reasons: Readonly<
    Partial<Record<'completion' | 'variance' | 'change' | 'density' | 'requiredGrowth' | 'distanceToBand', Reason>>
  >;
}

/** Options of {@link evaluate} and {@link summarize}; they override the indicator's own settings. */
export interface EvaluateOptions {
  /** Near threshold as a completion ratio (default `"0.95"`). */
  readonly nearThreshold?: string | number | undefined;
  /** Lower-is-better policy (default `inverse`). */
  readonly lowerIsBetterPolicy?: LowerIsBetterPolicy | undefined;
  /** Rounding of displayed percentages (default `half-up`). */
  readonly rounding?: RoundingMode | undefined;
}

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** Completion cap of the composite score (default `"1"`: 100%). */
  readonly cap?: string | number | undefined;
  /** Weights by indicator id; default: each indicator's `weight`, else 1. */
  readonly weights?: Readonly<Record<string, string | number>> | undefined;
  /** Count every indicator (default) or only top-level ones (no "trong đó" components). */
  readonly scope?: 'all' | 'top-level' | undefined;
}

/** A scorecard's counts by status and its composite score. */
export interface Summary {
  /** Number of indicators counted. */
  readonly total: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** `exceeded` + `met`: "8/10 chỉ tiêu đạt và vượt kế hoạch". */
  readonly metOrExceeded: number;
  /** Indicators with both a target and an actual (those that can meet a plan). */
  readonly assessed: number;
  /** Composite score as a ratio (Σ wᵢ · min(cᵢ, cap) ÷ Σ wᵢ); null with `scoreReason`. */
  readonly score: DecimalString | null;
  readonly scoreReason?: Reason | undefined;
  /** The cap used for the score. */
  readonly cap: DecimalString;
}
