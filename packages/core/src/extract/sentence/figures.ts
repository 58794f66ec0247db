import { placeFigure } from '../place';
import type { Draft } from '../place/context';
import type { BaseRead, Item } from '../rules/context';
import { nameRange } from './clauses';
import { type Clause, nameField, type SentenceContext, type SentenceState } from './context';

/**
 * A second value after words or a period of its own (`… và kim ngạch xuất khẩu 7 tháng/2017 đạt
 * 115,3 tỷ USD`) starts another statement: named by those words, or — with only a period
 * between (`… và 7 tháng/2017 đạt 81,09 tỷ USD`) — the same indicator over that period.
 */
function secondStatement(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  previous: Draft,
  lastFigEnd: number,
  k: number,
): Draft | undefined {
  const it = clause.items[k] as Item & { t: 'figure' };
  if (it.fig.kind !== 'value' || !previous.value) return undefined;
  const between = a.afterLink(nameRange(clause.items.slice(lastFigEnd + 1, k)));
  let ownPeriod: (Item & { t: 'period' }) | undefined;
  for (let j = lastFigEnd + 1; j < k; j++) {
    const x = clause.items[j] as Item;
    if (x.t === 'period' && a.periodId(x.match)) ownPeriod = x;
  }
  if (!between && !ownPeriod) return undefined;
  const draft = a.newDraft(st.span, between?.from ?? it.from);
  if (between) draft.name = nameField(a, between, `${a.g.locale}.name.before-figures`);
  else if (previous.name) draft.name = { ...previous.name, rule: `${a.g.locale}.name.same-indicator` };
  if (ownPeriod)
    draft.period = a.field(a.periodId(ownPeriod.match) as string, ownPeriod.from, ownPeriod.to, ownPeriod.match.rule);
  st.current = draft;
  return draft;
}

/**
 * Places a clause's figures, in order, into its statement (a second value may start another);
 * each change takes the base written just before it, else the sentence's, else the clause's.
 * Returns the last statement and the index of the last figure item.
 */
export function readFigures(
  a: SentenceContext,
  st: SentenceState,
  clause: Clause,
  figIndex: number,
  head: Draft,
): { draft: Draft; lastFigEnd: number } {
  const clauseBase = clause.items.find((it): it is Item & { t: 'base' } => it.t === 'base');
  let draft = head;
  let lastFigEnd = figIndex;
  for (let k = figIndex; k < clause.items.length; k++) {
    const it = clause.items[k] as Item;
    if (it.t === 'bad-number') {
      const reason = it.range ? 'unrecognised-figure' : 'invalid-number';
      draft.unread.push(a.unread('figure', reason, it.from, it.to, it.error));
      continue;
    }
    if (it.t !== 'figure') continue;
    if (it.fig.kind === 'value' && draft.value && a.conversionOf(draft.value, it.fig.q)) {
      a.conversions.add(it.fig.q.numberAt);
      lastFigEnd = k;
      continue;
    }
    if (k > figIndex) draft = secondStatement(a, st, clause, draft, lastFigEnd, k) ?? draft;
    // `So với tháng 12-2022, CPI tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%`: a base
    // written between the last figure and this one is this figure's, before the sentence's.
    let nearBase: BaseRead | undefined;
    for (let j = lastFigEnd + (k > figIndex ? 1 : 0); j < k; j++) {
      const x = clause.items[j] as Item;
      if (x.t === 'base') nearBase = x.read;
    }
    placeFigure(a, draft, it, nearBase ?? st.sentenceBase ?? clauseBase?.read);
    lastFigEnd = k;
  }
  return { draft, lastFigEnd };
}
