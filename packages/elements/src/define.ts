import { CtCompletionBar } from './completion-bar';
import { CtDeltaBadge } from './delta-badge';
import { CtIndicatorCard } from './indicator-card';
import { CtProvider } from './provider';
import { CtReportSummary } from './report-summary';
import { CtScorecard } from './scorecard';
import { CtSparkline } from './sparkline';
import { CtStatusBadge } from './status-badge';

/** The tags and their classes. */
export const TAGS = {
  'ct-provider': CtProvider,
  'ct-indicator-card': CtIndicatorCard,
  'ct-completion-bar': CtCompletionBar,
  'ct-status-badge': CtStatusBadge,
  'ct-delta-badge': CtDeltaBadge,
  'ct-scorecard': CtScorecard,
  'ct-sparkline': CtSparkline,
  'ct-report-summary': CtReportSummary,
} as const;

// defined once: a second copy of the package (or a page that loads both the bundle and the
// npm module) keeps the first definition instead of throwing
for (const [tag, element] of Object.entries(TAGS)) {
  if (customElements.get(tag) === undefined) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'ct-provider': CtProvider;
    'ct-indicator-card': CtIndicatorCard;
    'ct-completion-bar': CtCompletionBar;
    'ct-status-badge': CtStatusBadge;
    'ct-delta-badge': CtDeltaBadge;
    'ct-scorecard': CtScorecard;
    'ct-sparkline': CtSparkline;
    'ct-report-summary': CtReportSummary;
  }
}
