import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { ClauseName } from './clause-name';
import { type Clause, nameField, type SentenceContext, type SentenceState } from './context';
import { periodListItem } from './list-period-items';

/**
 * True when a clause with no name of its own opens with a target marker (`…; mục tiêu năm 2024
 * tăng 9%`, `…, the target for 2025 is 7%`) after a statement of results that has figures: the
 * clause states that indicator's goal — a statement of its own, never a change of the result's
 * kind.
 */
function goalAfterResult(clause: Clause, current: Draft | undefined): boolean {
  if (!current || current.kind.value === 'target' || clause.sepBefore === '(') return false;
  if (!current.value && !current.completion && current.changes.length === 0) return false;
  for (const it of clause.items) {
    if (it.t === 'figure' || it.t === 'bad-number') return false;
    if (it.t === 'marker' && it.kind === 'target') return true;
  }
  return false;
}

/**
 * The statement a clause with figures goes to: a new one when the clause has a name of its own,
 * opens a `trong đó` list or a second value, or nothing came before; else the current one. A new
 * statement under `trong đó` (or in the list it opens) gets that parent.
 */
export function openStatement(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  named: ClauseName,
  ofWhich: Item | undefined,
): Draft {
  const L = a.g.locale;
  const current = st.current;
  const goal = goalAfterResult(clause, current);
  const figIndex = clause.items.findIndex((it) => it.t === 'figure' || it.t === 'bad-number');
  const periodItem = !named.name && !ofWhich && periodListItem(clause, figIndex, current);
  const needsNew =
    named.name !== undefined || !current || named.secondValue || ofWhich !== undefined || goal || periodItem;
  if (!needsNew) return current;
  const draft = a.newDraft(st.span, clause.from);
  // `GRDP tăng 8,2%, …; mục tiêu năm 2024 tăng 9%`: the goal of the indicator just reported.
  if (goal && !named.name && current?.name) draft.name = { ...current.name, rule: `${L}.name.goal-of-result-before` };
  // `GDP quý I tăng 6,93%, quý II ước tăng 7,67%`: the same indicator in another period.
  if (periodItem && current?.name) {
    draft.name = { ...current.name, rule: `${L}.name.period-list-item` };
    draft.kind = current.kind;
  }
  if (named.name) {
    draft.name = nameField(a, named.name, named.rule);
    a.elliptic(draft, current);
  }
  if (named.subject) draft.subject = nameField(a, named.subject, `${L}.name.subject-before-count-verb`);
  const parent = ofWhich ? current : st.ofWhichParent;
  if (parent && parent !== draft) {
    const span = ofWhich
      ? a.span(ofWhich.from, ofWhich.to)
      : (parent.name?.span ?? a.span(clause.from, clause.from + 1));
    if (ofWhich) a.mark(ofWhich.from, ofWhich.to);
    draft.parentDraft = {
      draft: parent,
      span,
      rule: ofWhich ? `${L}.parent.of-which` : `${L}.parent.of-which-list`,
    };
  }
  st.current = draft;
  return draft;
}
