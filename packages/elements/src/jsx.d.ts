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
  locale?: string;
  theme?: Theme;
  id?: string;
  class?: string;
  className?: string;
  slot?: string;
  hidden?: boolean;
  style?: unknown;
  lang?: string;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
}
interface CtEvaluationSource {
  evaluation?: Evaluation;
  indicator?: Indicator;
  observation?: Observation | ObservationInput;
  evaluateOptions?: EvaluateOptions;
}
interface CtEvaluationsSource {
  dataset?: Dataset;
  evaluations?: readonly Evaluation[];
  summary?: Summary;
  evaluateOptions?: EvaluateOptions;
  summarizeOptions?: SummarizeOptions;
}

/** Attributes and properties of each tag. */
export interface ChitieuElementsJSX {
  'ct-provider': CtBase;
  'ct-status-badge': CtBase & { status?: Evaluation['status'] };
  'ct-delta-badge': CtBase & {
    evaluation?: Evaluation;
    change?: Change | null;
    indicator?: Indicator;
    display?: 'phrase' | 'signed';
    form?: ChangeFormOption;
  };
  'ct-completion-bar': CtBase & CtEvaluationSource & { size?: 'regular' | 'compact'; label?: string };
  'ct-indicator-card': CtBase &
    CtEvaluationSource & {
      size?: 'regular' | 'compact';
      'heading-level'?: number;
      history?: readonly SparklinePoint[];
    };
  'ct-sparkline': CtBase & {
    history?: readonly SparklinePoint[];
    indicator?: Indicator;
    width?: number;
    height?: number;
    label?: string;
  };
  'ct-report-summary': CtBase & CtEvaluationsSource & { 'no-detail'?: boolean };
  'ct-scorecard': CtBase &
    CtEvaluationsSource & {
      caption?: string;
      height?: number;
      'row-height'?: number;
      virtualize?: number;
      'default-expanded'?: 'groups' | 'all' | 'none';
      sorting?: ScorecardSorting;
      'onct-sort-change'?: (event: CustomEvent<SortChangeDetail>) => void;
      'onct-expand'?: (event: CustomEvent<ExpandDetail>) => void;
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
