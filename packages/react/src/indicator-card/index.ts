export type { IndicatorCardProps } from './indicator-card';
export { IndicatorCard } from './indicator-card';
