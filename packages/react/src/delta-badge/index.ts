export type { DeltaBadgeProps } from './delta-badge';
export { DeltaBadge } from './delta-badge';
