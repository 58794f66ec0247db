import { isPeriodId } from '../../period/period';
import type { PeriodMatch } from '../period-phrase';
import { completePeriod, matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
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

/** How many tokens a bracket after a list item may span for the period after it to be the item's. */
const ITEM_BRACKET_SPAN = 10;

/**
 * The period written right after a clause's first figure: in the clause before any other figure,
 * else right after the bracket that closes the clause (`VND 9.1 trillion ($364 million) in the
 * first half of 2024`). Bounded look: the clause and one short bracket.
 */
function periodAfterItem(
  a: SentenceContext,
  clause: Clause,
  figIndex: number,
): { match: PeriodMatch; from: number; to: number } | undefined {
  for (let k = figIndex + 1; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (it.t === 'period') return { match: it.match, from: it.from, to: it.to };
    if (it.t === 'figure' || it.t === 'bad-number') return undefined;
  }
  if (clause.sepAfter !== '(') return undefined;
  for (let i = clause.to + 1; i < a.tokens.length && i <= clause.to + ITEM_BRACKET_SPAN; i++) {
    const t = a.tokens[i] as Token;
    if (t.text === '(') return undefined;
    if (t.text !== ')') continue;
    // (`) in Q2`: one period preposition of the grammar may stand before it)
    const K = a.g.periodWords.keys;
    const w = a.tokens[i + 1]?.kind === 'word' ? (a.tokens[i + 1] as Token).forms.fold : '';
    const at = K.within.has(w) || K.prepositions.has(w) || K.yearPrepositions.has(w) ? i + 2 : i + 1;
    const match =
      matchPeriod(a.tokens, at, a.g.locale) ?? (at > i + 1 ? matchPeriod(a.tokens, i + 1, a.g.locale) : null);
    return match ? { match, from: match.from, to: match.to } : undefined;
  }
  return undefined;
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
  // `… VND3.2 trillion ($128 million) in the first half and VND1.7 trillion …`: a second value
  // right after a bracket, with no name of its own, is the same indicator's (or its list's: the
  // pairing steps split a coordinated name)
  // (`fell 8.5% to $10.2 billion, and 6.4% to $11.6 billion`: an elided rate with its level is
  // the same subject's, of the same kind, stage and period)
  const first = clause.items[figIndex];
  if (named.secondValue && !named.name && current?.name && first?.t === 'figure' && first.fig.kind === 'change') {
    draft.name = { ...current.name, rule: `${L}.name.elided-rate-to` };
    draft.kind = current.kind;
    if (current.stage) draft.stage = current.stage;
    if (current.period) draft.period = current.period;
  }
  if (named.secondValue && !named.name && clause.sepBefore === ')' && current?.name) {
    draft.name = { ...current.name, rule: `${L}.name.bracket-list-item` };
    draft.kind = current.kind;
    if (current.stage) draft.stage = current.stage;
    // (`… ($180 million) in the first quarter of 2024 and VND 9.1 trillion`: the period before the
    // joiner trails the item before the bracket; `frame.ts` leaves it to that item)
    // (… and VND 9.1 trillion ($364 million) in the first half of 2024`: the item's own period
    // follows it, past its own restatement — never the one it would inherit from the item before;
    // without a year it takes the year of the item before, `… of 2024 and VND1.7 trillion … in Q2`)
    const yearOf = (id: string | undefined) => (id ? Number.parseInt(id, 10) : undefined);
    const own = periodAfterItem(a, clause, figIndex);
    for (const it of clause.items.slice(0, figIndex)) {
      if (it.t !== 'period' || current.period) continue;
      const id = a.periodId(it.match) ?? completePeriod(it.match, yearOf(own && a.periodId(own.match)));
      if (id && isPeriodId(id)) current.period = a.field(id, it.from, it.to, `${it.match.rule}+bracket-list-item`);
      else current.periodMatch ??= it.match;
    }
    const id = own ? (a.periodId(own.match) ?? completePeriod(own.match, yearOf(current.period?.value))) : undefined;
    if (own && id && isPeriodId(id))
      draft.period = a.field(id, own.from, own.to, `${own.match.rule}+bracket-list-item`);
    else if (own) draft.periodMatch = own.match;
  }
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
