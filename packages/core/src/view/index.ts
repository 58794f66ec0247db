/**
 * `@chitieu/core/view` — the framework-free view layer of the Chỉ tiêu components: for each
 * component a pure function from its inputs (evaluation(s), indicator, locale, options) to a view
 * model — the strings to show, the geometry, the accessible names and values, the status tone,
 * the scorecard's rows with their sort keys and its column set — with no framework and no DOM.
 * `@chitieu/react` and `@chitieu/elements` are thin renderers of it.
 *
 * Every view function throws a `PropsError` naming the refused input; `guardView(locale, build)`
 * turns that into the inline-error model (`{ title, message, prop, problem }` in the locale), so
 * a binding never throws while rendering.
 *
 * @packageDocumentation
 */
export type {
  BandGeometry,
  BulletGeometry,
  BulletInput,
  CompletionBarOptions,
  CompletionBarView,
  FigureTexts,
  LegendKey,
} from './bullet';
export {
  bulletGeometry,
  CLIP_FACTOR,
  completionBarView,
  cssPercent,
  drawingNumber,
  evaluationGeometry,
  figureTexts,
  meterNumber,
} from './bullet';
export type { CardFact, IndicatorCardOptions, IndicatorCardView } from './card';
export { headingLevelOf, indicatorCardView } from './card';
export type { ChangeFormOption, DeltaBadgeView, DeltaContent, DeltaSource, Tone } from './delta';
export { CHANGE_FORMS, DELTA_ARROWS, deltaBadgeView, deltaContent } from './delta';
export type { DerivedFigure } from './derived';
export { derivedSpoken, derivedTarget } from './derived';
export type { InlineErrorView, ViewResult } from './errors';
export { asPropsError, checkLocale, describeError, fromProp, guardView, inlineError, PropsError } from './errors';
export { figureParts, LONG_NUMBER, phraseParts } from './figure';
export type { Messages, Problem } from './messages';
export { messagesFor } from './messages';
export type { EvaluationSource, EvaluationsSource } from './resolve';
export { resolveEvaluation, resolveEvaluations, sourceProp } from './resolve';
export type {
  DecimalKey,
  GroupNode,
  RowView,
  RowViewResult,
  ScorecardColumn,
  ScorecardColumnId,
  ScorecardNode,
  ScorecardSorting,
  ScorecardView,
  SortKeys,
} from './scorecard';
export {
  ariaSort,
  buildTree,
  COLUMN_IDS,
  COLUMN_WIDTHS,
  compareDecimalKeys,
  IndicatorNode,
  initialExpanded,
  NUMERIC_COLUMNS,
  nextSorting,
  rowIndent,
  rowView,
  SORT_ICONS,
  sanitizeSorting,
  scorecardColumnSet,
  scorecardComparators,
  scorecardView,
  summaryCount,
} from './scorecard';
export type { SparklinePaths, SparklinePoint, SparklineSource, SparklineView } from './sparkline';
export { sparklinePaths, sparklineView } from './sparkline';
export type { StatusBadgeView } from './status';
export { isStatus, STATUS_ICON_FILL, STATUS_ICONS, statusBadgeView } from './status';
export type { ReportSummaryView } from './summary';
export { reportSummaryView } from './summary';
export { checkEvaluation, checkIndicator, checkSummary, checkText, isRecord, layoutNumber, oneOf } from './validate';
