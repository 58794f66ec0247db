export type { SparklinePoint, SparklineProps } from './sparkline';
export { Sparkline } from './sparkline';
