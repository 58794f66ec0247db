export type { CompletionBarProps } from './completion-bar';
export { CompletionBar } from './completion-bar';
