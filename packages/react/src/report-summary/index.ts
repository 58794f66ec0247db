export type { ReportSummaryProps } from './report-summary';
export { ReportSummary } from './report-summary';
