/**
 * @chitieu/core — plan-versus-actual indicators with exact decimal math.
 *
 * Public API, listed by name. Each export lives in its own file; decimal.js stays behind
 * `src/decimal/decimal.ts` and never appears in these types.
 *
 * @packageDocumentation
 */

// --- allocation (giao chỉ tiêu: split a plan exactly) --------------------------------------------
export type { AllocateOptions, Allocation, AllocationTieBreak, BandAllocation } from './allocate/allocate';
export { allocate } from './allocate/allocate';
export type { ParseDatasetResult } from './dataset/parse-dataset';
// --- datasets -------------------------------------------------------------------------------
export { assertDataset, parseDataset } from './dataset/parse-dataset';
export { withImpliedTargets } from './dataset/with-implied-targets';
// --- decimals -------------------------------------------------------------------------------
export { compareDecimals, decimal, isDecimal } from './decimal/public';
export type { ValidationIssue } from './errors/chitieu-error';
// --- errors ---------------------------------------------------------------------------------
export { ChitieuError } from './errors/chitieu-error';
export type { ChitieuErrorCode } from './errors/codes';
// --- evaluation -----------------------------------------------------------------------------
export { evaluate } from './evaluate/evaluate';
export type {
  EvaluateChunksOptions,
  EvaluateDatasetOptions,
  EvaluationChunk,
} from './evaluate/evaluate-dataset';
export { evaluateDataset, evaluateDatasetInChunks } from './evaluate/evaluate-dataset';
export { summarize } from './evaluate/summarize';
// --- language (formatting, parsing, sentences) ------------------------------------------------
export { directionLabel } from './format/direction-label';
export type { ChangeDisplay, FormatChangeOptions } from './format/format-change';
export { formatChange } from './format/format-change';
export type { FormatCompletionOptions } from './format/format-completion';
export { formatCompletion } from './format/format-completion';
export type { FormatDensityOptions } from './format/format-density';
export { formatDensity } from './format/format-density';
export type { FormatNumberOptions } from './format/format-number';
export { formatNumber } from './format/format-number';
export type { FormatPercentOptions } from './format/format-percent';
export { formatPercent } from './format/format-percent';
export type { FormatPeriodOptions } from './format/format-period';
export { formatPeriod } from './format/format-period';
export type { FormatPointsOptions } from './format/format-points';
export { formatPoints } from './format/format-points';
export type { FormatQuantityOptions, ScaleDisplay } from './format/format-quantity';
export { formatQuantity } from './format/format-quantity';
export type { SignDisplay } from './format/options';
export { statusLabel } from './format/status-label';
export type { UnitLabelOptions } from './format/unit-label';
export { unitLabel } from './format/unit-label';
export { localize } from './locale/localize';
export type { NumberPattern, ResolvedLocale, SignPatterns } from './locale/resolve-locale';
export { resolveLocale } from './locale/resolve-locale';
// --- math, one formula per file -----------------------------------------------------------------
export { change } from './math/change';
export type { CompletionRule } from './math/completion';
export { completion, effectiveDirection } from './math/completion';
export type { ScoreItem } from './math/composite';
export { compositeScore } from './math/composite';
export { density, impliedPopulation } from './math/density';
export { requiredGrowth } from './math/growth';
export { impliedTarget } from './math/implied';
export type { IntervalInput } from './math/interval';
export { intervalsOverlap, statedInterval } from './math/interval';
export type { Elapsed } from './math/pro-rata';
export { proRataTarget, runRateForecast } from './math/pro-rata';
export type { RollUp } from './math/roll-up';
export { rollUp } from './math/roll-up';
export { completionPercent, roundDecimal } from './math/rounding';
export { variance } from './math/variance';
export { defineIndicator } from './model/define-indicator';
export { defineObservation } from './model/define-observation';
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
export type { UnitCode } from './model/units';
export { findUnit, units } from './model/units';
export type { ActualPhraseOptions } from './narrate/actual-phrase';
export { actualPhrase } from './narrate/actual-phrase';
export { completionPhrase } from './narrate/completion-phrase';
export type { DensityPhraseOptions } from './narrate/density-phrase';
export { densityPhrase } from './narrate/density-phrase';
export type { NarrateClause, NarrateOptions } from './narrate/narrate';
export { narrate } from './narrate/narrate';
export type { NarrateSummaryOptions } from './narrate/narrate-summary';
export { narrateSummary } from './narrate/narrate-summary';
export type { NextTargetPhraseOptions } from './narrate/next-target-phrase';
export { nextTargetPhrase } from './narrate/next-target-phrase';
export type { CompletionPhraseOptions } from './narrate/options';
export { rankPhrase } from './narrate/rank-phrase';
export { parseNumber } from './parse/parse-number';
export type {
  ParsedAmount,
  ParsedDensity,
  ParsedPercent,
  ParsedPoints,
  ParsedQuantity,
  ParsedTimes,
  ParseQuantityOptions,
} from './parse/parse-quantity';
export { parseQuantity } from './parse/parse-quantity';
export type { Period, PeriodKind } from './period/period';
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
export { INPUT_LIMITS } from './schema/decimal-bounds';
export { DATA_STAGES, INDICATOR_DEFAULTS } from './schema/defaults';
export { datasetJsonSchema } from './schema/model-schema';

// --- extraction lives in its own entry point: @chitieu/core/extract ----------------------------
