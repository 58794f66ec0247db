export type { StatusBadgeProps } from './status-badge';
export { StatusBadge } from './status-badge';
