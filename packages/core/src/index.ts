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
  TargetKind,
  Unit,
  UnitKind,
  UnitWords,
  Variance,
} from './model/types';
export { STATUSES } from './model/types';
export { findUnit, units } from './model/units';
export type { UnitCode } from './model/units';

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

// --- extraction lives in its own entry point: @chitieu/core/extract ----------------------------
