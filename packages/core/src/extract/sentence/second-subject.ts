import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Clause, Range, SentenceContext, SentenceState } from './context';
import { nameField } from './context';

/**
 * The subject of a second figure in a clause, when the words before it open a statement of its own
 * (round 39): a contrast opener with no comma (`… while rubber fell …`), a word of consequence
 * (`… giúp cho LAS lãi gộp …`), or a second subject whose change verb is left out (`… and import value
 * by 10.5%`). `sentence/figures.ts` places the figure; these read the words.
 */

/**
 * True when the words naming a second figure end on the preposition of a change verb that is left
 * out (grammar `exceedBy`: `and import value by 10.5%`) and the figure is a change: the verb is the
 * first subject's. English only (the grammar's list is empty in Vietnamese).
 */
export function gappedVerb(a: SentenceContext, name: Range, it: Item & { t: 'figure' }): boolean {
  if (it.fig.kind !== 'change' || name.to - name.from < 2) return false;
  const by = matchAt(a.tokens, name.to - 1, a.g.exceedBy, name.to);
  if (!by) return false;
  for (let k = name.from; k < name.to - 1; k++)
    if (matchAt(a.tokens, k, a.g.changeVerbs) || matchAt(a.tokens, k, a.g.valueVerbs)) return false;
  return true;
}

/**
 * `… though they increased 14.8 percent in volume while rubber fell 12.1 percent in value to USD 1.2
 * billion`: a clause opener of contrast (grammar `clauseOpeners`: `while`, `whereas`) in the words
 * before a change, followed by a subject right before the change's verb, opens that subject's
 * statement — its change and the level after it were the statement before's (a certain value of
 * rubber named `though they`). English; the subject names no verb. Constant work per figure.
 */
export function subjectAfterOpener(
  a: SentenceContext,
  gap: readonly Item[],
  it: Item & { t: 'figure' },
): Range | undefined {
  if (a.g.locale !== 'en' || it.fig.kind !== 'change' || !a.g.clauseOpeners || gap.some((x) => x.t !== 'word'))
    return undefined;
  for (const x of gap) {
    if (!a.g.clauseOpeners.has(a.tokens[x.from]?.forms.fold ?? '')) continue;
    const name = a.trim({ from: x.from + 1, to: it.from });
    // (`… to the current Sh150 while reducing maize imports by 66 per cent`: a transitive verb of
    // change and its object before `by` — the object names the statement; round 48)
    if (name && it.rule.endsWith('-after-object')) {
      const verb = matchAt(a.tokens, name.from, a.g.transitiveChangeVerbs, name.to);
      const object = verb ? a.trim({ from: verb.to, to: name.to }) : undefined;
      if (object && object.to - object.from <= 4) return object;
    }
    if (!name || name.to - name.from > 4) return undefined;
    for (let k = name.from; k < name.to; k++)
      if (matchAt(a.tokens, k, a.g.changeVerbs) || matchAt(a.tokens, k, a.g.valueVerbs)) return undefined;
    return name;
  }
  return undefined;
}

/**
 * `giá vốn hàng bán giảm tới 42% giúp cho LAS lãi gộp 175 tỷ đồng, tăng 39% so với quý 2/2023`: a
 * word of consequence after a figure (grammar `consequenceLeads`: `giúp cho`, `khiến`, `kéo theo`)
 * opens a statement of the measure named after it — the figure after it was the first one's value
 * (a certain wrong number: gross profit named as the cost of goods). Vietnamese (English writes
 * `bringing … to`, read by the level rules). The name after the word, or undefined. Constant work.
 */
export function consequenceName(a: SentenceContext, clause: Clause, lastFigEnd: number, k: number): Range | undefined {
  const leads = a.g.consequenceLeads;
  if (!leads || leads.length === 0) return undefined;
  const it = clause.items[k] as Item & { t: 'figure' };
  if (it.fig.kind !== 'value' && it.fig.kind !== 'change') return undefined;
  const gap = clause.items.slice(lastFigEnd + 1, k);
  if (gap.length === 0 || gap.some((x) => x.t !== 'word')) return undefined;
  const from = (gap[0] as Item).from;
  const lead = matchAt(a.tokens, from, leads, it.from);
  if (!lead || lead.to >= it.from) return undefined;
  return a.trim({ from: lead.to, to: it.fig.kind === 'value' ? (it.fig.verbFrom ?? it.from) : it.from });
}

/**
 * A statement of its own named `name`, of the kind, stage and period of the statement before it; the
 * clause's current one. It opens at `from` (its name's first token unless a figure stands before the name).
 */
export function namedStatement(
  a: SentenceContext,
  st: SentenceState,
  previous: Draft,
  name: Range,
  rule: string,
  from = name.from,
): Draft {
  const draft = a.newDraft(st.span, from);
  draft.name = nameField(a, name, rule);
  draft.kind = previous.kind;
  if (previous.stage) draft.stage = previous.stage;
  if (previous.period) draft.period = previous.period;
  st.current = draft;
  return draft;
}
