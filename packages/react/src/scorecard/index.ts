export type { ScorecardProps } from './scorecard';
export { Scorecard } from './scorecard';
