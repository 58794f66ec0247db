/**
 * @chitieu/elements — standards-based custom elements for plan-versus-actual indicators, thin
 * renderers of `@chitieu/core/view`. Importing this module defines every tag:
 * `<ct-provider>`, `<ct-indicator-card>`, `<ct-completion-bar>`, `<ct-status-badge>`,
 * `<ct-delta-badge>`, `<ct-scorecard>`, `<ct-sparkline>`, `<ct-report-summary>`.
 *
 * @packageDocumentation
 */
import './define';

export type { Theme } from './base';
export { ChitieuElement, DEFAULT_LOCALE, inheritedSettings } from './base';
export { CtCompletionBar } from './completion-bar';
export { CtDeltaBadge } from './delta-badge';
export { TOKENS } from './generated/styles';
export { CtIndicatorCard } from './indicator-card';
export { CtProvider } from './provider';
export { CtReportSummary } from './report-summary';
export type { ExpandDetail, SortChangeDetail } from './scorecard';
export { CtScorecard } from './scorecard';
export { CtSparkline } from './sparkline';
export { CtStatusBadge } from './status-badge';
