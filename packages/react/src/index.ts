/**
 * @chitieu/react — accessible React components for plan-versus-actual indicators, a thin
 * binding of @chitieu/core: every number, word and sentence comes from the core.
 *
 * Import the stylesheet once: `import '@chitieu/react/styles.css'`.
 *
 * @packageDocumentation
 */

export type { CompletionBarProps } from './completion-bar/index';
export { CompletionBar } from './completion-bar/index';
export type { DeltaBadgeProps } from './delta-badge/index';
export { DeltaBadge } from './delta-badge/index';
export type { IndicatorCardProps } from './indicator-card/index';
export { IndicatorCard } from './indicator-card/index';
export type { EvaluationSourceProps } from './internal/resolve-evaluation';
export type { EvaluationsSourceProps } from './internal/resolve-evaluations';
export type {
  ChitieuProviderProps,
  ChitieuSettings,
  ResolvedSettings,
  ScorecardOptions,
  Theme,
} from './provider/index';
export { ChitieuProvider, DEFAULT_LOCALE, useChitieuSettings } from './provider/index';
export type { ReportSummaryProps } from './report-summary/index';
export { ReportSummary } from './report-summary/index';
export type { ScorecardProps } from './scorecard/index';
export { Scorecard } from './scorecard/index';
export type { SparklinePoint, SparklineProps } from './sparkline/index';
export { Sparkline } from './sparkline/index';
export type { StatusBadgeProps } from './status-badge/index';
export { StatusBadge } from './status-badge/index';
