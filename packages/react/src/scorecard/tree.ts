import { type Evaluation, type Indicator, localize, STATUSES, type Status, unitLabel } from '@chitieu/core';

/**
 * A sort key of a decimal column: the float decides the order when floats differ (converting is
 * monotonic), the exact decimal string decides ties (digits beyond 2^53). Computed once per row
 * when the tree is built, so a sort never parses a number.
 */
export interface DecimalKey {
  readonly f: number;
  readonly d: string;
}

/** Sort keys of an indicator row, one per sortable column; `undefined` sorts last. */
export interface SortKeys {
  readonly name: string;
  readonly unit: string | undefined;
  readonly target: DecimalKey | undefined;
  readonly actual: DecimalKey | undefined;
  readonly completion: DecimalKey | undefined;
  readonly change: DecimalKey | undefined;
  readonly status: number | undefined;
}

/** A row of the scorecard: a group (sector) heading, or an indicator with its "trong đó" rows. */
export type ScorecardNode =
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly name: string;
      readonly count: number;
      readonly children: ScorecardNode[];
    }
  | {
      readonly kind: 'indicator';
      readonly id: string;
      readonly name: string;
      readonly evaluation: Evaluation;
      /** Position in the `evaluations` given, for messages (`evaluations[3]`). */
      readonly index: number;
      /** A component ("trong đó") of the row above it. */
      readonly ofWhich: boolean;
      readonly keys: SortKeys;
      readonly children: ScorecardNode[];
    };

type IndicatorNode = ScorecardNode & { kind: 'indicator' };

const STATUS_ORDER = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));

function decimalKey(value: string | null | undefined): DecimalKey | undefined {
  if (typeof value !== 'string') return undefined;
  const f = Number(value);
  // a malformed value sorts with the missing ones (its cell shows the problem)
  return Number.isNaN(f) ? undefined : { f, d: value };
}

function keysOf(e: Evaluation, name: string, unit: string | undefined): SortKeys {
  const change = e.change;
  return {
    name,
    unit,
    target: decimalKey(e.target ?? e.band?.min),
    actual: decimalKey(e.actual),
    completion: decimalKey(e.completion),
    change: decimalKey(change?.points ?? change?.rate),
    status: STATUS_ORDER.get(e.status),
  };
}

/**
 * Arranges evaluations as the rows of a report: groups (sectors) in order of first appearance,
 * each indicator under its group, and each "trong đó" indicator under its parent of the same
 * period. Structure and sort keys only: no value is formatted here (rows format when drawn).
 */
export function buildTree(evaluations: readonly Evaluation[], locale: string, ungrouped: string): ScorecardNode[] {
  const key = (id: string, period: string): string => `${id}@${period}`;
  const present = new Set(evaluations.map((e) => key(e.indicator.id, String(e.observation.period))));
  const byKey = new Map<string, IndicatorNode>();
  const names = new Map<Indicator, { name: string; unit: string | undefined }>();
  const used = new Set<string>();
  const nodes = evaluations.map((evaluation, index): IndicatorNode => {
    const indicator = evaluation.indicator;
    let words = names.get(indicator);
    if (words === undefined) {
      let unit: string | undefined;
      try {
        unit = unitLabel({ locale, indicator });
      } catch {
        unit = undefined; // the row's own cell reports the problem when drawn
      }
      words = { name: localize(indicator.name, locale), unit };
      names.set(indicator, words);
    }
    const parent = indicator.parent;
    const period = String(evaluation.observation.period);
    let id = key(indicator.id, period);
    // two rows of one indicator and period (a hand-built list) still get distinct React keys
    if (used.has(id)) id = `${id}#${index}`;
    used.add(id);
    const node: IndicatorNode = {
      kind: 'indicator',
      id,
      name: words.name,
      evaluation,
      index,
      ofWhich: parent !== undefined && parent !== indicator.id && present.has(key(parent, period)),
      keys: keysOf(evaluation, words.name, words.unit),
      children: [],
    };
    if (!byKey.has(node.id)) byKey.set(node.id, node);
    return node;
  });
  const parentOf = (node: IndicatorNode): IndicatorNode | undefined =>
    node.ofWhich
      ? byKey.get(key(node.evaluation.indicator.parent as string, String(node.evaluation.observation.period)))
      : undefined;
  // a chain of parents that loops (A in B, B in A) would nest forever: such rows stay top-level
  const inCycle = (node: IndicatorNode): boolean => {
    const seen = new Set<IndicatorNode>([node]);
    for (let p = parentOf(node); p !== undefined; p = parentOf(p)) {
      if (seen.has(p)) return true;
      seen.add(p);
    }
    return false;
  };
  const top: IndicatorNode[] = [];
  for (const node of nodes) {
    const parent = parentOf(node);
    if (parent !== undefined && parent !== node && !inCycle(node)) parent.children.push(node);
    else top.push(node);
  }
  const grouped = evaluations.some((e) => e.indicator.group !== undefined);
  if (!grouped) return top;
  const groups = new Map<
    string,
    { kind: 'group'; id: string; name: string; count: number; children: ScorecardNode[] }
  >();
  for (const node of top) {
    const group = node.evaluation.indicator.group;
    const name = group === undefined ? ungrouped : localize(group, locale);
    let g = groups.get(name);
    if (g === undefined) {
      g = { kind: 'group', id: `group:${name}`, name, count: 0, children: [] };
      groups.set(name, g);
    }
    g.children.push(node);
    g.count += 1;
  }
  return [...groups.values()];
}
