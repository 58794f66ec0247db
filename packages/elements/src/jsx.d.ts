/**
 * JSX types of the Chỉ tiêu elements: `import type {} from '@chitieu/elements/jsx'` once (or add
 * `"@chitieu/elements/jsx"` to `compilerOptions.types`) and `<ct-scorecard dataset={…} />` is
 * typed in React 19 (`React.JSX.IntrinsicElements`) and in the global `JSX` namespace (Preact,
 * Solid, Stencil).
 */
import type {
  Change,
  Dataset,
  EvaluateOptions,
  Evaluation,
  Indicator,
  Observation,
  ObservationInput,
  SummarizeOptions,
  Summary,
} from '@chitieu/core';
import type { ChangeFormOption, ScorecardSorting, SparklinePoint } from '@chitieu/core/view';
import type { ExpandDetail, SortChangeDetail, Theme } from './index.js';

interface CtBase {
  locale?: string | undefined;
  theme?: Theme | undefined;
  id?: string | undefined;
  class?: string | undefined;
  className?: string | undefined;
  slot?: string | undefined;
  hidden?: boolean | undefined;
  style?: unknown | undefined;
  lang?: string | undefined;
  children?: unknown | undefined;
  key?: string | number | undefined;
  ref?: unknown | undefined;
}
interface CtEvaluationSource {
  evaluation?: Evaluation | undefined;
  indicator?: Indicator | undefined;
  observation?: Observation | ObservationInput | undefined;
  evaluateOptions?: EvaluateOptions | undefined;
}
interface CtEvaluationsSource {
  dataset?: Dataset | undefined;
  evaluations?: readonly Evaluation[] | undefined;
  summary?: Summary | undefined;
  evaluateOptions?: EvaluateOptions | undefined;
  summarizeOptions?: SummarizeOptions | undefined;
}

/** Attributes and properties of each tag. */
export interface ChitieuElementsJSX {
  'ct-provider': CtBase;
  'ct-status-badge': CtBase & { status?: Evaluation['status'] | undefined };
  'ct-delta-badge': CtBase & {
    evaluation?: Evaluation | undefined;
    change?: Change | null | undefined;
    indicator?: Indicator | undefined;
    display?: 'phrase' | 'signed' | undefined;
    form?: ChangeFormOption | undefined;
  };
  'ct-completion-bar': CtBase & CtEvaluationSource & { size?: 'regular' | 'compact'; label?: string };
  'ct-indicator-card': CtBase &
    CtEvaluationSource & {
      size?: 'regular' | 'compact' | undefined;
      'heading-level'?: number | undefined;
      history?: readonly SparklinePoint[] | undefined;
    };
  'ct-sparkline': CtBase & {
    history?: readonly SparklinePoint[] | undefined;
    indicator?: Indicator | undefined;
    width?: number | undefined;
    height?: number | undefined;
    label?: string | undefined;
  };
  'ct-report-summary': CtBase & CtEvaluationsSource & { 'no-detail'?: boolean | undefined };
  'ct-scorecard': CtBase &
    CtEvaluationsSource & {
      caption?: string | undefined;
      height?: number | undefined;
      'row-height'?: number | undefined;
      virtualize?: number | undefined;
      'default-expanded'?: 'groups' | 'all' | 'none' | undefined;
      sorting?: ScorecardSorting | undefined;
      /** React 19 listens to `ct-sort-change` through this prop. */
      'onct-sort-change'?: ((event: CustomEvent<SortChangeDetail>) => void) | undefined;
      'onct-expand'?: ((event: CustomEvent<ExpandDetail>) => void) | undefined;
    };
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ChitieuElementsJSX {}
  }
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends ChitieuElementsJSX {}
  }
}
