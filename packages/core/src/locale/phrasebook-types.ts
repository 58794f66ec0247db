/**
 * The shapes a language's phrasebook fills in (`phrases-vi.ts`, `phrases-en.ts`); kept apart from
 * `phrases.ts`, which picks a phrasebook, so the phrasebooks do not import their own chooser.
 */
import type { ComparisonBase, DataStage } from '../model/types';
/** Where a completion stands, for choosing its phrase. @internal */
export type CompletionSide = 'exceeded' | 'met' | 'near' | 'missed';

/** Wording choices of the completion phrase (the variants the reports use). @internal */
export interface CompletionWording {
  /** `percent`: `đạt 105,88% kế hoạch`; `excess`: `vượt 5,88% kế hoạch`, `hoàn thành kế hoạch`. */
  readonly style: 'percent' | 'excess';
  /** vi verb: `đạt` (reach) or `bằng` (equal). */
  readonly verb: 'reach' | 'equal';
  /** vi `so với kế hoạch`. */
  readonly versus: boolean;
  /** `kế hoạch giao`, `the assigned plan`. */
  readonly assigned: boolean;
}

/** A change already formatted, ready for words. @internal */
export type ChangeText =
  | { readonly form: 'rate' | 'points' | 'absolute'; readonly direction: 'up' | 'down' | 'zero'; readonly text: string }
  | { readonly form: 'ratio' | 'times'; readonly text: string };

/** Counts and clauses of a scorecard summary, already formatted. @internal */
export interface SummaryText {
  readonly total: string;
  readonly totalCount: string;
  readonly metOrExceeded: string;
  readonly near: { readonly count: string; readonly n: string } | null;
  readonly missed: { readonly count: string; readonly n: string } | null;
  readonly noTarget: { readonly count: string; readonly n: string } | null;
  readonly noData: { readonly count: string; readonly n: string } | null;
  /**
   * Indicators with a plan and those the report states no plan for, when some have none: the
   * summary then counts against the planned ones only (`4 chỉ tiêu có kế hoạch: 4 đạt/vượt; 10
   * chỉ tiêu báo cáo không nêu kế hoạch`), so a missing plan never reads as a miss. `null` when
   * every indicator has a plan.
   */
  readonly plans: {
    readonly planned: { readonly count: string; readonly n: string };
    readonly unplanned: { readonly count: string; readonly n: string };
    /** Planned indicators without an actual value yet. */
    readonly plannedNoData: { readonly count: string; readonly n: string } | null;
  } | null;
  /** `Name: 92,1%` items for near and missed indicators. */
  readonly nearNames: readonly string[];
  readonly missedNames: readonly string[];
  readonly score: string | null;
}

/** The grammar of one language's report sentences. @internal */
export interface Phrasebook {
  actual(value: string, stage: DataStage): string;
  completion(side: CompletionSide, percent: string, excess: string, wording: CompletionWording): string;
  band(inside: boolean): string;
  density(text: string): string;
  change(change: ChangeText, base: string | null, timesVerb: 'gấp' | 'tăng'): string;
  /** The comparison base as the change phrase names it, given the period's label when it is one. */
  base(base: ComparisonBase, periodLabel: string | null, form: ChangeText['form']): string;
  /** `stage` is how the report words the target (`ước đạt` for an estimate); absent, a goal (`phấn đấu đạt`). */
  nextTarget(value: string, periodLabel: string | null, density: string | null, stage?: DataStage): string;
  /** A clause that starts the next-target part of a sentence (`năm 2021 phấn đấu đạt …`). */
  nextTargetClause(value: string, periodLabel: string, density: string | null, stage?: DataStage): string;
  rank(rank: string, ordinal: Intl.LDMLPluralRule, of: string | null, scope: string | null): string;
  noData(name: string): string;
  /** Subject and verb joined: vi `Tên ước đạt …`, en `Name reached …`. */
  summary(text: SummaryText): string;
}
