import { type Evaluation, localize } from '@chitieu/core';

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
      /** A component ("trong đó") of the row above it. */
      readonly ofWhich: boolean;
      readonly children: ScorecardNode[];
    };

/**
 * Arranges evaluations as the rows of a report: groups (sectors) in order of first appearance,
 * each indicator under its group, and each "trong đó" indicator under its parent of the same
 * period. Structure only: no value is computed here.
 */
export function buildTree(evaluations: readonly Evaluation[], locale: string, ungrouped: string): ScorecardNode[] {
  const key = (id: string, period: string): string => `${id}@${period}`;
  const present = new Set(evaluations.map((e) => key(e.indicator.id, e.observation.period)));
  const byKey = new Map<string, ScorecardNode & { kind: 'indicator' }>();
  const nodes = evaluations.map((evaluation) => {
    const parent = evaluation.indicator.parent;
    const node = {
      kind: 'indicator' as const,
      id: key(evaluation.indicator.id, evaluation.observation.period),
      name: localize(evaluation.indicator.name, locale),
      evaluation,
      ofWhich:
        parent !== undefined &&
        parent !== evaluation.indicator.id &&
        present.has(key(parent, evaluation.observation.period)),
      children: [] as ScorecardNode[],
    };
    if (!byKey.has(node.id)) byKey.set(node.id, node);
    return node;
  });
  const top: (ScorecardNode & { kind: 'indicator' })[] = [];
  for (const node of nodes) {
    const e = node.evaluation;
    const parent = node.ofWhich ? byKey.get(key(e.indicator.parent as string, e.observation.period)) : undefined;
    if (parent !== undefined) parent.children.push(node);
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
