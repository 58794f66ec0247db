/**
 * @chitieu/core — plan-versus-actual indicators with exact decimal math.
 *
 * Public API, listed by name. Each export lives in its own file; decimal.js stays behind
 * `src/decimal/decimal.ts` and never appears in these types.
 *
 * @packageDocumentation
 */

// --- errors ---------------------------------------------------------------------------------
export { ChitieuError } from './errors/chitieu-error';
export type { ValidationIssue } from './errors/chitieu-error';
export type { ChitieuErrorCode } from './errors/codes';

// --- decimals -------------------------------------------------------------------------------
export { compareDecimals, decimal, isDecimal } from './decimal/public';

// --- model ----------------------------------------------------------------------------------
export type {
  Aggregation,
  Band,
  Change,
  ChangeForm,
  ComparisonBase,
  DataStage,
  Dataset,
  DecimalInput,
  DecimalString,
  DensitySpec,
  Direction,
  EvaluateOptions,
  Evaluation,
  Implied,
  Indicator,
  IndicatorInput,
  Interval,
  LocalizedText,
  LowerIsBetterPolicy,
  Maybe,
  NextTarget,
  Observation,
  ObservationInput,
  PluralText,
  Rank,
  Reason,
  RoundingMode,
  StatedChange,
  StatedFigures,
  Status,
  StatusOptions,
  SummarizeOptions,
  Summary,
  TargetKind,
  Unit,
  UnitKind,
  UnitWords,
  Variance,
} from './model/types';
export { STATUSES } from './model/types';
export { findUnit, units } from './model/units';
export type { UnitCode } from './model/units';
export { defineIndicator } from './model/define-indicator';
export { defineObservation } from './model/define-observation';

// --- datasets -------------------------------------------------------------------------------
export { assertDataset, parseDataset } from './dataset/parse-dataset';
export type { ParseDatasetResult } from './dataset/parse-dataset';
export { datasetJsonSchema } from './schema/model-schema';

// --- evaluation -----------------------------------------------------------------------------
export { evaluate } from './evaluate/evaluate';
export { evaluateDataset } from './evaluate/evaluate-dataset';
export { summarize } from './evaluate/summarize';

// --- math, one formula per file -----------------------------------------------------------------
export { change } from './math/change';
export { completion } from './math/completion';
export type { CompletionRule } from './math/completion';
export { compositeScore } from './math/composite';
export type { ScoreItem } from './math/composite';
export { density, impliedPopulation } from './math/density';
export { requiredGrowth } from './math/growth';
export { impliedTarget } from './math/implied';
export { intervalsOverlap, statedInterval } from './math/interval';
export { proRataTarget, runRateForecast } from './math/pro-rata';
export type { Elapsed } from './math/pro-rata';
export { rollUp } from './math/roll-up';
export type { RollUp } from './math/roll-up';
export { completionPercent, roundDecimal } from './math/rounding';
export { variance } from './math/variance';

// --- periods --------------------------------------------------------------------------------
export {
  comparePeriods,
  isPeriodId,
  parsePeriod,
  periodContains,
  periodLength,
  previousPeriod,
  samePeriodLastYear,
} from './period/period';
export type { Period, PeriodKind } from './period/period';

// --- language (formatting, parsing, sentences) ------------------------------------------------
export { directionLabel } from './format/direction-label';
export type { FormatNumberOptions } from './format/format-number';
export { formatNumber } from './format/format-number';
export type { FormatPercentOptions } from './format/format-percent';
export { formatPercent } from './format/format-percent';
export type { FormatPointsOptions } from './format/format-points';
export { formatPoints } from './format/format-points';
export type { FormatQuantityOptions, ScaleDisplay } from './format/format-quantity';
export { formatQuantity } from './format/format-quantity';
export type { SignDisplay } from './format/options';
export { statusLabel } from './format/status-label';
export { localize } from './locale/localize';
export type { NumberPattern, ResolvedLocale, SignPatterns } from './locale/resolve-locale';
export { resolveLocale } from './locale/resolve-locale';

// --- extraction lives in its own entry point: @chitieu/core/extract ----------------------------
