import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Extracted, ExtractedChange } from '../types';
import { numberOf, ownBase, periodAfter, periodFrom, skippable } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The number token right after a bare `to` (a sign or bound may stand between), or undefined. */
export function afterBareTo(a: SentenceContext, k: number): boolean {
  const { to: words, notBeforeTo } = a.g.moveWords;
  let j = k - 1;
  while (j > k - 4 && j >= 0 && skippable(a, j) > 0 && !words.has(a.tokens[j]?.forms.lower ?? '')) j--;
  const to = a.tokens[j];
  return to?.kind === 'word' && words.has(to.forms.lower) && !notBeforeTo.has(a.tokens[j - 1]?.forms.lower ?? '');
}

/** True when `from`/`từ` (a sign, currency, bound or `mức` may stand between) stands right before number token `k`. */
export function afterFrom(a: SentenceContext, k: number): boolean {
  const from = a.g.moveWords.from;
  let j = k - 1;
  while (j > k - 4 && j >= 0 && a.tokens[j]?.forms.lower !== from && skippable(a, j) > 0) j--;
  return a.tokens[j]?.kind === 'word' && a.tokens[j]?.forms.lower === from;
}

/** The bound (`nearly`, `over`, `about`) that ends right before number token `k`, or undefined. */
function boundBefore(a: SentenceContext, k: number): 'about' | 'over' | 'under' | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const b = matchAt(a.tokens, j, a.g.approximate, k);
    if (b?.to === k) return b.phrase.data;
  }
  return undefined;
}

/** How many tokens may stand between the two figures of a move (`from 3.1% y/y in August 2024 to`). */
const MOVE_GAP = 12;

/**
 * `GDP growth edged up from 8.6% in 2023 to 9.2% in 2024`, `The unemployment rate fell from 2.3% in
 * 2023 to 2.2% in 2024`: the end of a move of a percentage, with the periods written between, was
 * left unread (`% of what?`) in the statement of its start. It is the same measure's figure for the
 * period written after it — a statement of its own: the rate the start was read as (a growth), or a
 * level like the start; the start keeps the period written between the two. Constant work per
 * unread percentage.
 */
export function movedPercents(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  const all = a.sentenceDrafts(st.span);
  for (let n = 1; n < all.length; n++) movedStatement(a, all[n - 1] as Draft, all[n] as Draft);
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const u = d.unread.findIndex((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (u < 0) continue;
    const miss = d.unread[u] as (typeof d.unread)[number];
    const k = numberOf(a, miss as unknown as Extracted<unknown>);
    const tok = k === undefined ? undefined : a.tokens[k];
    if (k === undefined || tok?.kind !== 'number' || !afterBareTo(a, k)) continue;
    // the start: the statement's rate or level, led by `from`, a few tokens before
    const start = d.changes.find((c) => c.value.form === 'rate' && c.span.end <= miss.span.start) ?? d.value;
    if (!start || start.span.end > miss.span.start) continue;
    const f = numberOf(a, start as Extracted<unknown>);
    if (f === undefined || k - f > MOVE_GAP || !afterFrom(a, f)) continue;
    if (start === d.value && d.value?.value.unitCode !== 'percent') continue;
    const n = readNumber(tok.text, L);
    if ('error' in n) continue;
    // (the figure's end: after `%`, `percent`, `per cent`)
    const end = Math.max(k + 1, tokenAt(a.tokens, miss.span.end));
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${L}.kind.moved-percent` };
    if (d.name) s.name = { ...d.name, rule: `${L}.name.moved-percent` };
    const base = ownBase(a, end)?.base;
    if (start !== d.value) {
      const rate = start as Draft['changes'][number];
      const change: ExtractedChange = {
        form: 'rate',
        amount: n,
        ...(base ? { base } : rate.value.base ? { base: rate.value.base } : {}),
      };
      s.changes.push(a.field(change, k, end, `${L}.change.moved-percent`));
    } else {
      // (`to nearly 60% in 2019`: the bound written between `to` and the number bounds the level)
      const bound = boundBefore(a, k);
      const level = quantityOf(n, 0, { unit: '%', unitCode: 'percent' });
      s.value = a.field(bound ? { ...level, approximate: bound } : level, k, end, `${L}.value.moved-percent`);
    }
    d.unread.splice(u, 1);
    const later = periodAfter(a, end, undefined);
    if (later?.id) s.period = a.field(later.id, later.from, later.to, `${L}.period.moved-percent`);
    // the start's own period: the one written between the two figures, never the end's
    let between: ReturnType<typeof periodFrom>;
    for (let j = f + 1; j < k && !between; j++) {
      const p = periodFrom(a, j, later?.id);
      if (p && p.to <= k) between = p;
    }
    if (between?.id) d.period = a.field(between.id, between.from, between.to, `${L}.period.moved-percent`);
    else if (d.period && tokenAt(a.tokens, d.period.span.start) > f) d.period = undefined;
    a.extend(s, k, end);
  }
}

/**
 * `Tốc độ tăng trưởng kinh tế giảm từ 8,55% năm 2023 xuống 7,12% năm 2024`: the end of a move read
 * as a statement of its own (named by its `xuống`/`lên`/`to`, a bare level of 7.12 %) is the same
 * measure's figure: a rate when the start was read as one, under the start's name. Constant work.
 */
function movedStatement(a: SentenceContext, prev: Draft, d: Draft): void {
  const v = d.value;
  if (v?.value.unitCode !== 'percent' || v.value.scale || d.changes.length > 0 || d.completion) return;
  if (d.kind.value !== prev.kind.value) return;
  const k = numberOf(a, v as Extracted<unknown>);
  if (k === undefined || !afterBareTo(a, k)) return;
  const start = prev.changes.find((c) => c.value.form === 'rate') ?? prev.value;
  if (!start || start.span.end > v.span.start) return;
  const f = numberOf(a, start as Extracted<unknown>);
  if (f === undefined || k - f > MOVE_GAP || !afterFrom(a, f)) return;
  const L = a.g.locale;
  if (prev.name) d.name = { ...prev.name, rule: `${L}.name.moved-percent` };
  if (start === prev.value) return;
  const rate = start as Draft['changes'][number];
  const base = ownBase(a, tokenAt(a.tokens, v.span.end))?.base ?? rate.value.base;
  const change: ExtractedChange = { form: 'rate', amount: v.value.number, ...(base ? { base } : {}) };
  d.changes.push({ ...v, value: change, rule: `${L}.change.moved-percent` });
  d.value = undefined;
}
