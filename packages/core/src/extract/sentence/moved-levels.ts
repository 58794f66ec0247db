import { isPeriodId } from '../../period/period';
import { currencyStart } from '../certainty/helpers';
import type { Draft } from '../place/context';
import type { Extracted } from '../types';
import { numberOf, periodFrom } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { afterBareTo, afterFrom } from './moved-percents';
import { moveRateAgrees } from './stated-percent';
import { tokenAt } from './token-at';

/** How many tokens may stand between the two figures of a move (`from 233 per 100,000 live births in 1990 to`). */
const MOVE_GAP = 12;

/** How many tokens of the level's own unit words may stand between its number's end and its period (`per 1,000 live births`). */
const UNIT_TOKENS = 6;

/**
 * `Life expectancy rose from 65.5 years in 1993 to 74.5 years in 2023`, `The infant mortality rate
 * fell from 44 per 1,000 live births in 1990 to 12 per 1,000 live births in 2022`, `Housing area
 * per person increased from 20.6 square metres in 2009 to 25.2 square metres in 2019`: a move of a
 * level (no percentage: `moved-percents.ts` reads those) between two dated readings. The end, after
 * a bare `to`, was read as a statement of its own, named by the unit words after it and dated by the
 * period written between the two figures; it is the same measure's level for the period written
 * after ITS unit words — named as the start, dated by that period. Only when the start stands right
 * after `from` a few tokens before and the same kind frames both; constant work per statement.
 */
export function movedLevels(a: SentenceContext, st: SentenceState): void {
  const all = a.sentenceDrafts(st.span);
  for (let n = 1; n < all.length; n++) movedLevel(a, st, all[n - 1] as Draft, all[n] as Draft);
}

function movedLevel(a: SentenceContext, st: SentenceState, prev: Draft, d: Draft): void {
  const v = d.value;
  const start = prev.value;
  if (!v || !start || v.value.unitCode === 'percent' || start.value.unitCode === 'percent') return;
  if (d.changes.length === 1 && !d.completion && prev.changes.length === 0) {
    movedRate(a, prev, d);
    return;
  }
  if (d.changes.length > 0 || d.completion || prev.changes.length > 0 || d.kind.value !== prev.kind.value) return;
  const k = numberOf(a, v as Extracted<unknown>);
  const f = numberOf(a, start as Extracted<unknown>);
  if (k === undefined || f === undefined || k <= f || k - f > MOVE_GAP) return;
  if (!afterBareTo(a, k) || !afterFrom(a, f)) return;
  // the start must be dated by a period of its own between the two figures (`in 1990`)
  if (!prev.period || tokenAt(a.tokens, prev.period.span.start) >= k) return;
  // the end's own period: after its number and at most UNIT_TOKENS words or numbers of its unit
  const end = tokenAt(a.tokens, v.span.end);
  let own: ReturnType<typeof periodFrom>;
  for (let j = Math.max(k + 1, end); j <= k + UNIT_TOKENS && j < st.sentence.to && !own; j++) {
    const t = a.tokens[j];
    if (t?.kind === 'punct') break;
    const p = periodFrom(a, j, undefined);
    if (p?.id && p.from === j) own = p;
  }
  if (!own?.id || own.id === prev.period.value) return;
  const L = a.g.locale;
  d.period = a.field(own.id, own.from, own.to, `${L}.period.moved-level`);
  if (prev.name) d.name = { ...prev.name, rule: `${L}.name.moved-level` };
}

/**
 * `Revenue climbed from GHS 5.1 billion in 2020 to GHS 6.9 billion in 2021, a 35% increase`: a move
 * between two readings each dated by its own year, its end carrying the move's rate with no base — the
 * start's period is that base (round 47; it had been a change without a base). The start stands right
 * after `from`, the end after a bare `to`, in the same unit and kind, each with a period of its own.
 */
function movedRate(a: SentenceContext, prev: Draft, d: Draft): void {
  const c = d.changes[0];
  const v = d.value;
  const start = prev.value;
  if (!c || !v || !start || c.value.form !== 'rate' || c.value.base !== undefined) return;
  if (
    d.kind.value !== prev.kind.value ||
    v.value.unitCode !== start.value.unitCode ||
    v.value.unit !== start.value.unit
  )
    return;
  const k = numberOf(a, v as Extracted<unknown>);
  const f = numberOf(a, start as Extracted<unknown>);
  if (k === undefined || f === undefined || k <= f || k - f > MOVE_GAP) return;
  // (`from GHS 5.1 billion … to GHS 6.9 billion`: a currency before each number)
  if (!afterBareTo(a, currencyStart(a.tokens, a.g, k)) || !afterFrom(a, currencyStart(a.tokens, a.g, f))) return;
  const from = prev.period?.value;
  const to = d.period?.value;
  if (!from || !to || from === to || !isPeriodId(from) || !isPeriodId(to)) return;
  if (tokenAt(a.tokens, prev.period?.span.start ?? 0) >= k || c.span.start < v.span.end) return;
  if (!moveRateAgrees(c.value.amount, start.value, v.value)) return;
  d.changes[0] = {
    ...c,
    value: { ...c.value, base: { kind: 'period', period: from } },
    rule: `${c.rule}+moved-from-period`,
  };
  d.unread = d.unread.filter((u) => u.what !== 'change' || u.reason !== 'change-without-base');
}
