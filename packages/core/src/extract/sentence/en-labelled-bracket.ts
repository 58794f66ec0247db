import { abs, cmp, div, fromParts, HUNDRED, mul, ONE, sub, toNum, ZERO } from '../../decimal/decimal';
import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { Quantity, StatedCompletion } from '../types';
import type { Clause, SentenceContext, SentenceState } from './context';

/** How many tokens a label's period may span between `(` and `:` (`the first nine months of 2023`). */
const LABEL_SPAN = 8;

/** A labelled bracket's figure clause, the statement it compares with, and the label's period. */
interface Labelled {
  readonly clause: Clause;
  readonly prev: Draft;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** What the bracket's figure is of the statement before: a completion, or a value. */
  readonly as: 'completion' | 'value';
}

const LABELLED = new WeakMap<SentenceState, Labelled[]>();

/** The `(PERIOD:` right before token `k` — a period with its year, other than `own` — or null. */
function labelBefore(
  a: SentenceContext,
  k: number,
  own: string | undefined,
): { id: string; from: number; to: number } | null {
  const t = a.tokens;
  if (t[k - 1]?.text !== ':') return null;
  const colon = k - 1;
  for (let j = colon - 1; j >= 0 && j >= colon - LABEL_SPAN - 1; j--) {
    // (`(H1, 2022: N49.75bn)`: a comma between a part of a year and its year; round 60)
    if (t[j]?.kind !== 'punct' || t[j]?.text === ',') continue;
    if (t[j]?.text !== '(') return null;
    const m = matchPeriod(t, j + 1, 'en');
    const id =
      (m && m.to === colon ? a.periodId(m) : undefined) ??
      yearLabel(a.tokens, j + 1, colon) ??
      samePeriodLabel(a, j + 1, colon, own);
    return id && /^\d{4}/u.test(id) && id !== own ? { id, from: j + 1, to: colon } : null;
  }
  return null;
}

/**
 * `(corresponding period of 2016: …)`: a label naming the same part of another year (grammar
 * `samePeriodLabels`, then a year right before the colon) — the statement's own period `own` (a part
 * of a year, `2017-YTD-09`) in that year, or the year alone when the statement's period is a whole
 * year or unknown. Undefined for any other label.
 */
function samePeriodLabel(a: SentenceContext, from: number, colon: number, own: string | undefined): string | undefined {
  const words = a.g.samePeriodLabels;
  const lead = words ? matchAt(a.tokens, from, words) : null;
  const year = lead?.to === colon - 1 ? yearLabel(a.tokens, colon - 1, colon) : undefined;
  if (!year) return undefined;
  return own && /^\d{4}-/u.test(own) ? `${year}${own.slice(4)}` : year;
}

/** `(2023: …)`: a bracket's label that is a year alone (tokens `[from, colon)`), or undefined. */
export function yearLabel(tokens: readonly Token[], from: number, colon: number): string | undefined {
  const t = tokens[from];
  return colon === from + 1 && t?.kind === 'number' && /^(19|20)\d\d$/u.test(t.text) ? t.text : undefined;
}

/**
 * `Disbursement reached 48.8% of the annual plan in 9M 2024 (9M 2023: 41.2%)`, `The trade surplus
 * narrowed to $20.1 bn in 9M24 (9M23: $11.2 billion)`, `Revenue reached VND86.4 trillion in 2023
 * (2022: VND79.1 trillion)`: in research notes a bracket that opens on a period WITH its year and a
 * colon and holds one bare figure states the same indicator's figure of that period, of the same
 * kind as the statement's last figure — a completion of the same plan after a completion, a value
 * in a unit after a value in a unit. The figure opens a statement of its own (it was a second
 * completion or value of the statement before, left unread, and broke the reading of `21.9 percent
 * over the target`). A rate in such a bracket is `genre-bracket-period-rate.ts`'s; a bare
 * percentage after a value or a rate, or a figure of another kind, is left as read.
 * Called for each clause with figures before it is named.
 */
export function labelledBracketClause(a: SentenceContext, st: SentenceState, clause: Clause, figIndex: number): void {
  if (a.g.locale !== 'en' || clause.sepBefore !== ':' || clause.sepAfter !== ')' || figIndex !== 0) return;
  const prev = st.current;
  if (!prev) return;
  const figures = clause.items.filter((it) => it.t === 'figure');
  if (figures.length !== 1 || clause.items.some((it) => it.t !== 'figure')) return;
  const fig = (figures[0] as Item & { t: 'figure' }).fig;
  const label = labelBefore(a, clause.from, prev.period?.value ?? st.sentencePeriod?.id);
  if (!label) return;
  let as: Labelled['as'] | undefined;
  if (fig.kind === 'percent' && !fig.approximate && prev.completion && lastIsCompletion(prev)) as = 'completion';
  else if (fig.kind === 'value' && prev.value && sameUnit(prev.value.value, fig.q.quantity)) as = 'value';
  if (!as) return;
  const list = LABELLED.get(st) ?? [];
  list.push({ clause, prev, id: label.id, from: label.from, to: label.to, as });
  LABELLED.set(st, list);
  st.current = undefined;
  st.pending = undefined;
}

/**
 * True when the bracket's quantity `q` is in the unit of the statement's value `v`: a unit with a
 * code (none written in the bracket, or the same), or — for a currency sign with no code (`RM`,
 * `P`) — the same sign written again (`RM24 million (3Q2020: RM49 million)`). Never a percentage.
 */
function sameUnit(v: Quantity, q: Quantity | undefined): boolean {
  if (v.unitCode === 'percent') return false;
  if (v.unitCode !== undefined) return q?.unitCode === undefined || q.unitCode === v.unitCode;
  return v.unit !== undefined && q?.unit === v.unit;
}

/** True when the statement's completion is its last figure (no change or value after it). */
function lastIsCompletion(d: Draft): boolean {
  const end = d.completion?.span.end ?? 0;
  return !d.changes.some((c) => c.span.end > end) && !(d.value && d.value.span.end > end);
}

/**
 * Completes the statements opened by {@link labelledBracketClause}: the name and kind of the
 * statement compared with, the label's period, and a bare percentage as a completion of the same
 * plan. Linear: one look per labelled bracket.
 */
export function labelledBrackets(a: SentenceContext, st: SentenceState): void {
  const list = LABELLED.get(st);
  if (!list) return;
  LABELLED.delete(st);
  const drafts = a.sentenceDrafts(st.span);
  // (labels and drafts are both in text order: one walk over the drafts, not a search per label —
  // 16 000 labelled brackets in one sentence had been quadratic; round 60)
  let at = 0;
  for (const l of list) {
    while (at < drafts.length && (drafts[at] as Draft).from < l.clause.from) at++;
    let k = at;
    while (k < drafts.length && (drafts[k] === l.prev || (drafts[k] as Draft).from < l.clause.from)) k++;
    const d = k < drafts.length && (drafts[k] as Draft).from <= l.clause.to ? (drafts[k] as Draft) : undefined;
    // (`(3Q2016: 3,266,303 TEU)`: a name the unit's noun gave is no name of its own; round 61)
    const named = d?.name !== undefined && !d.name.rule.endsWith('.name.counted-noun');
    if (!d || named || d.changes.length > 0 || d.completion || !d.value) continue;
    if (l.prev.name) d.name = { ...l.prev.name, rule: 'en.name.labelled-bracket' };
    d.kind = { ...l.prev.kind, rule: 'en.kind.labelled-bracket' };
    d.period = a.field(l.id, l.from, l.to, 'en.period.labelled-bracket');
    const done = l.prev.completion;
    if (l.as === 'completion' && done) {
      const v = d.value;
      const completion: StatedCompletion = { percent: v.value.number, form: 'of-plan', of: done.value.of };
      d.completion = { ...v, value: completion, rule: 'en.completion.labelled-bracket' };
      d.value = undefined;
    }
    a.extend(d, l.from - 1, d.to);
    if (l.as === 'value') labelBase(a, l, d);
  }
}

/**
 * `Interest income went up by 53 per cent to N76.11bn (H1, 2022: N49.75bn)`: the statement's one rate
 * with no base of its own is counted from the label's period when the two values bear it out — the rate
 * the values give rounds to the stated one within a unit of its last decimal (round 60: the rate had no
 * base). Exact decimals; constant work per bracket.
 */
function labelBase(a: SentenceContext, l: Labelled, d: Draft): void {
  const c = l.prev.changes.length === 1 ? l.prev.changes[0] : undefined;
  const now = l.prev.value?.value.base;
  const then = d.value?.value.base;
  if (c?.value.form !== 'rate' || c.value.base || l.prev.sameIn.has(c) || !now || !then) return;
  const earlier = toNum(then);
  if (cmp(earlier, ZERO) <= 0) return;
  const implied = mul(sub(div(toNum(now), earlier), ONE), HUNDRED);
  const stated = toNum(c.value.amount.value);
  if (cmp(abs(sub(implied, stated)), fromParts(1n, -c.value.amount.decimals)) > 0) return;
  const span = a.span(l.from, l.to);
  l.prev.changes[0] = {
    ...c,
    value: { ...c.value, base: { kind: 'period', period: l.id }, baseSpan: span },
    rule: `${c.rule}+labelled-base`,
  };
}
