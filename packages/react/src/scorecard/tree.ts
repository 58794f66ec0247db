/**
 * The scorecard's rows (groups, indicators and their "trong đó" rows) with their lazily computed
 * sort keys: the one implementation is the view layer's (`@chitieu/core/view`), shared with
 * @chitieu/elements.
 */
export {
  buildTree,
  type DecimalKey,
  type GroupNode,
  IndicatorNode,
  type ScorecardNode,
  type SortKeys,
} from '@chitieu/core/view';
