import type { EvaluateOptions, SummarizeOptions } from '@chitieu/core';

/** Colour theme: `light`, `dark`, or `system` (follows `prefers-color-scheme`). */
export type Theme = 'light' | 'dark' | 'system';

/** Options shared by every {@link Scorecard} under a provider. */
export interface ScorecardOptions {
  /** Height of the scrolling body in pixels (default 480). */
  readonly height?: number | undefined;
  /** Estimated row height in pixels, for virtualisation (default 36). */
  readonly rowHeight?: number | undefined;
  /**
   * Virtualise rows: `true`, `false`, or a row count above which rows are virtualised
   * (default 200: smaller tables render every row, which also prints and searches fully).
   */
  readonly virtualize?: boolean | number | undefined;
  /** Rows expanded at first render: groups only (default), everything, or nothing. */
  readonly defaultExpanded?: 'groups' | 'all' | 'none' | undefined;
  /** Options of the core's `summarize` (weights, cap, scope) for the summary row. */
  readonly summarizeOptions?: SummarizeOptions | undefined;
}

/** What a {@link ChitieuProvider} hands to the components below it. */
export interface ChitieuSettings {
  /** BCP 47 locale of every label and number (`vi-VN`, `en`). */
  readonly locale?: string | undefined;
  readonly theme?: Theme | undefined;
  /** Options of the core's `evaluate` (near threshold, lower-is-better policy, rounding). */
  readonly evaluateOptions?: EvaluateOptions | undefined;
  readonly scorecard?: ScorecardOptions | undefined;
}

/**
 * The locale used when neither a prop nor a provider gives one. Fixed, never read from the
 * browser: the server and the client format the same text, so hydration never mismatches.
 */
export const DEFAULT_LOCALE = 'vi-VN';
