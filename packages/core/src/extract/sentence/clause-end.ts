import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import { nameRange } from './clauses';
import { type Clause, nameField, type Range, type SentenceContext } from './context';
import { growthLevel } from './growth-level';

/** `Mật độ điện thoại đạt 80,5 máy/100 dân`: the density names its own indicator. */
function densityName(a: SentenceContext, draft: Draft, clause: Clause): void {
  if (draft.name || draft.subject) return;
  const d = clause.items.find((x): x is Item & { t: 'figure' } => x.t === 'figure' && x.fig.kind === 'density');
  if (d && d.fig.kind === 'density' && d.fig.nameTo !== undefined) {
    const from = d.fig.nameAfter ? (d.fig.nameFrom ?? d.from) : d.from;
    draft.name = nameField(a, { from, to: d.fig.nameTo }, `${a.g.locale}.name.density`);
  }
}

/** `xếp thứ 5/63 về chỉ số PCI`, `ranked 3rd nationwide in the PCI`: what the rank is in. */
function rankTopic(a: SentenceContext, draft: Draft, clause: Clause, lastFigEnd: number): void {
  if (!draft.rank || draft.value) return;
  const trailing = clause.items.slice(lastFigEnd + 1);
  const first = trailing[0];
  if (first?.t !== 'word' || !a.g.rankTopics.has((a.tokens[first.from] as Token).forms.lower)) return;
  const named = a.trim(nameRange(trailing.slice(1)));
  if (!named) return;
  if (draft.name && !draft.subject) draft.subject = { ...draft.name, rule: `${a.g.locale}.name.subject-before-rank` };
  draft.name = nameField(a, named, `${a.g.locale}.name.rank-topic`);
}

/**
 * After a clause's figures: the counted noun's unit (`45 FDI projects`), a density's or a rank's
 * own name, the clause's base marked as read, the statement's extent, and a growth's
 * percentage read as its rate (`growth-level.ts`).
 */
export function endClause(
  a: SentenceContext,
  clause: Clause,
  drafts: readonly Draft[],
  afterName: Range | undefined,
  lastFigEnd: number,
): void {
  const head = drafts[0] as Draft;
  const draft = drafts[drafts.length - 1] as Draft;
  // `45 FDI projects`: the counted noun ends with a unit word the number did not touch.
  if (afterName && head.name?.rule.endsWith('.name.counted-noun')) a.countedUnit(head, afterName);
  densityName(a, draft, clause);
  rankTopic(a, draft, clause, lastFigEnd);
  // `So với cùng kỳ, …` inside a clause with figures: the base of its changes.
  const clauseBase = clause.items.find((it): it is Item & { t: 'base' } => it.t === 'base');
  if (clauseBase && !draft.changes.some((c) => c.value.base)) a.mark(clauseBase.from, clauseBase.to);
  a.extend(draft, clause.from, clause.to);
  for (const d of drafts) growthLevel(a, d);
}
