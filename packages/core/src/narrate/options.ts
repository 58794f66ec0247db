import type { CompletionWording } from '../locale/phrases';

/** Wording options of the completion phrase: the variants the reports use. */
export interface CompletionPhraseOptions {
  readonly locale: string;
  /**
   * `percent` (default): `đạt 105,88% kế hoạch` / `105.88% of plan`; `excess`: `vượt 5,88% kế hoạch`
   * / `5.88% above plan` when exceeded and `hoàn thành kế hoạch` / `meeting the plan` when met.
   * A missed target says `chỉ đạt 92,1% kế hoạch` / `only 92.1% of plan` in both.
   */
  readonly completionStyle?: 'percent' | 'excess' | undefined;
  /** Vietnamese verb: `đạt` (default) or `bằng` (`bằng 105,88% kế hoạch giao`). */
  readonly verb?: 'đạt' | 'bằng' | undefined;
  /** Vietnamese `so với kế hoạch` (`bằng 100,67% so với kế hoạch giao`); default `false`. */
  readonly versus?: boolean | undefined;
  /** `kế hoạch giao` / `the assigned plan`; default `false`. */
  readonly assigned?: boolean | undefined;
  /** Show the computed completion (default) or the report's stated one first. */
  readonly prefer?: 'computed' | 'stated' | undefined;
  /** Percent decimals; default the indicator's (or the stated figure's printed decimals). */
  readonly percentDecimals?: number | undefined;
}

/** @internal */
export function wording(options: CompletionPhraseOptions): CompletionWording {
  return {
    style: options.completionStyle ?? 'percent',
    verb: options.verb === 'bằng' ? 'equal' : 'reach',
    versus: options.versus ?? false,
    assigned: options.assigned ?? false,
  };
}
