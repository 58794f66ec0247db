import type { DecimalString } from '../decimal/decimal-string';
import type { Interval } from '../model/types';

/** What a finding is about. */
export type FindingKind =
  /** A stated completion (`đạt 100,6% kế hoạch`) that disagrees with actual ÷ target. */
  | 'completion-mismatch'
  /** A stated density (`49,8 thuê bao/100 dân`) that disagrees with the value and the population. */
  | 'density-mismatch'
  /** Two densities of one period that imply populations no rounding can reconcile. */
  | 'densities-disagree'
  /** A `trong đó` component larger than its total. */
  | 'component-exceeds-total'
  /** A stated change (`tăng 3,2% so với cùng kỳ`) that disagrees with the two values. */
  | 'change-mismatch'
  /** A next target that needs growth outside the plausible range (configurable). */
  | 'implausible-growth';

/** A number a finding compares, with every exact value its printed precision allows. */
export interface FindingQuantity {
  /** What it is, in English (`implied population`, `stated completion %`). */
  readonly label: string;
  readonly value: DecimalString;
  readonly interval: Interval;
}

/**
 * One disagreement between stated numbers. `computed` and `stated` are the two sides; a
 * finding exists only when their intervals share no value, so rounding alone never raises one.
 */
export interface Finding {
  readonly kind: FindingKind;
  /** `error` when the numbers cannot all be right; `warning` for plausibility (growth). */
  readonly severity: 'error' | 'warning';
  /** Indexes of the statements involved (`auditStatements`); empty for a dataset. */
  readonly statements: readonly number[];
  /** Indexes into `dataset.observations` (`auditDataset`); empty for statements. */
  readonly observations: readonly number[];
  /** The computation, as a formula and with its numbers (canonical decimals). */
  readonly computation: { readonly formula: string; readonly text: string };
  readonly computed: FindingQuantity;
  readonly stated: FindingQuantity;
  /**
   * How far apart: `gap` between the two intervals (> 0), `difference` of the values
   * (computed − stated) and `relative` difference (÷ |stated|, null when stated is 0).
   */
  readonly distance: {
    readonly gap: DecimalString;
    readonly difference: DecimalString;
    readonly relative: DecimalString | null;
  };
  /** One sentence saying what is wrong, in Vietnamese and English. */
  readonly message: { readonly vi: string; readonly en: string };
}

/** Options of {@link auditStatements} and {@link auditDataset}. */
export interface AuditOptions {
  /**
   * Plausible growth per period from the actual to the next target, as ratios: a target needing
   * more than `max` (default `"0.5"`, +50%) or less than `min` (default `"-0.3"`, −30%) is reported.
   */
  readonly growth?:
    | { readonly min?: string | number | undefined; readonly max?: string | number | undefined }
    | undefined;
  /** Population (persons) per period id for density checks when the text does not state one. */
  readonly population?: Readonly<Record<string, string | number>> | undefined;
}
