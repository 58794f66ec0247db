import { matchAt, type Phrase } from '../phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange, Span } from '../types';
import { BRACKET_ITEMS } from './bracket-return';
import type { SentenceContext, SentenceState } from './context';
import { LISTED } from './list-brackets';
import { tokenAt } from './token-at';

/** True when the change names no base of its own. */
const baseless = (d: Draft, c: Extracted<ExtractedChange>): boolean =>
  c.value.base === undefined && !c.value.baseSpan && !d.sameIn.has(c);

/**
 * The change of `d` whose base closes the list: its last change, with a base written after its
 * figure and followed only by the end of the sentence or of the clause (`…, and Khanh Hoa (9.7%)
 * compared with the same period last year.`, `…; B tăng 22,95% so cùng kỳ.`).
 */
function tailChange(a: SentenceContext, st: SentenceState, d: Draft): Extracted<ExtractedChange> | undefined {
  const c = d.changes[d.changes.length - 1];
  const span = c?.value.baseSpan;
  if (!c || !span || span.start <= c.span.start || baseless(d, c)) return undefined;
  if (d.changes.some((x) => x !== c && baseless(d, x))) return undefined;
  let after = tokenAt(a.tokens, span.end);
  // (`… và kim ngạch xuất khẩu tăng trên 13% (so năm 2010).`: a base alone in its bracket closes the list too)
  if (a.tokens[after]?.text === ')' && a.tokens[tokenAt(a.tokens, span.start) - 1]?.text === '(') after++;
  const t = a.tokens[after];
  const end = after >= st.sentence.to || (t?.kind === 'punct' && TAIL_ENDS.has(t.text));
  // (`… so với cùng kỳ nhờ giá nông sản tăng`, `… so cùng kỳ, chủ yếu do …`: a reason after the base ends the list)
  return end || (a.g.reasonLeads.length > 0 && matchAt(a.tokens, after, a.g.reasonLeads)) ? c : undefined;
}

/**
 * What may follow a list's closing base: the end of the sentence or clause, a bracket after it
 * (`… so với cùng kỳ (theo giá so sánh 2010).`) or the close of a quote (`… so với cùng kỳ”, ông X nói.`).
 */
const TAIL_ENDS = new Set(['.', ',', ';', '(', '”', '"', '’']);

/**
 * True when a comparison word other than a bare `of` follows the change (`gaining 25.2 percent over
 * the quotation`, `up 3% against the plan`): the change names a base of its own that the reader did
 * not read, so it is no item waiting for the list's base.
 */
function comparedAfter(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  const j = tokenAt(a.tokens, c.span.end);
  const m = matchAt(a.tokens, j, a.g.compareWords);
  if (!m) return false;
  const w = (a.tokens[j] as Token).forms.lower;
  return m.to - j > 1 || !a.g.weakCompareWords.has(w);
}

/** True when `d` is an item of the list: changes of the form, none with a base, nothing else to date. */
const item = (a: SentenceContext, d: Draft, form: string): boolean =>
  d.changes.length > 0 && d.changes.every((c) => c.value.form === form && baseless(d, c) && !comparedAfter(a, c));

/**
 * True when the words between `from` and `to` open a list of examples: `such as`, `including`,
 * `gồm`, `như`, an of-which marker (`Trong đó`, `of which`) or a colon — not a copula (`là`,
 * `were`), which the grammar also lists as a list lead.
 */
function leadBetween(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct') {
      if (t.text === ':') return true;
      continue;
    }
    if (matchAt(a.tokens, i, a.g.ofWhich, to)) return true;
    if (matchAt(a.tokens, i, a.g.listLeads, to) && !matchAt(a.tokens, i, a.g.valueVerbs, to)) return true;
  }
  return false;
}

/**
 * True when the statements follow one another as parallel clauses (`Khu vực công nghiệp tăng 9,6%;
 * dịch vụ tăng 8%; thuế sản phẩm tăng 5,2% so với cùng kỳ`): each after the one before with only a
 * comma, a semicolon or a list joiner of the grammar (`và`) between the last change of one and the
 * name of the next — no word of contrast (`nhưng`, `trong khi`, `còn`). Such a list needs no word
 * to open it, unless the last change is of a measure of its own (`về số vốn`). Only for grammars
 * with `listJoiners`.
 */
function parallel(a: SentenceContext, ds: readonly Draft[], tail: Extracted<ExtractedChange>): boolean {
  const joiners = a.g.listJoiners;
  if (!joiners) return false;
  // (`…, lợi nhuận 40 tỷ đồng, tăng 12% về số vốn so với năm 2022`: a change of another measure
  // with its base is its own; it gives the unmeasured rate before it nothing)
  if (matchAt(a.tokens, tokenAt(a.tokens, tail.span.end), a.g.measureWords)) return false;
  for (let n = 1; n < ds.length; n++) {
    const x = ds[n - 1] as Draft;
    const y = ds[n] as Draft;
    if (!y.name || x.changes.length === 0) return false;
    const to = tokenAt(a.tokens, y.name.span.start);
    // (`…, trong khi nhập khẩu tăng 7,1% so với cùng kỳ`: a name that opens on a contrast)
    if (a.g.listContrasts && matchAt(a.tokens, to, a.g.listContrasts)) return false;
    let k = tokenAt(a.tokens, Math.max(...x.changes.map((c) => c.span.end)));
    while (k < to) {
      const t = a.tokens[k] as Token;
      if (t.kind === 'punct' && (t.text === ',' || t.text === ';')) k++;
      else {
        const m = matchAt(a.tokens, k, joiners, to);
        if (!m) return false;
        k = m.to;
      }
    }
  }
  return true;
}

/**
 * `rose sharply such as Binh Duong (15.6%), Quang Ninh (14.5%) … and Khanh Hoa (9.7%) compared
 * with the same period last year`, `Trong đó: Doanh thu lưu trú tăng 57,4%; Doanh thu dịch vụ ăn
 * uống tăng 22,95% so cùng kỳ`: a base written once after the last item of a list is the base of
 * every item before it that names none — the items being statements in a row with changes of one
 * form and no base, after a word that opens a list (`such as`, `including`, `Trong đó`, `gồm`, a
 * colon) or read as a bracketed list, or parallel clauses joined only by commas, semicolons and
 * `và` (grammar `listJoiners`). An item with its own base ends the list (it and those before it
 * keep theirs); otherwise nothing is given (`Exports rose 5%, while imports rose 7% year-on-year`
 * keeps the first rate without a base). Linear: each statement is visited once.
 */
export function listTailBases(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = drafts.length - 1; n > 0; n--) {
    const d = drafts[n] as Draft;
    const tail = tailChange(a, st, d);
    if (!tail) continue;
    let first = n;
    // (the statements of a bracket after an item's figure, `… đạt 3,2 tỷ USD (trong đó: …), tăng
    // 8%; …`, are passed over: they are the item's parts, not items)
    for (let k = n; k > 0; k--) {
      const x = drafts[k - 1] as Draft;
      if (BRACKET_ITEMS.has(x)) continue;
      if (!item(a, x, tail.value.form)) break;
      first = k - 1;
    }
    if (first === n) continue;
    const items = drafts.slice(first, n).filter((x) => !BRACKET_ITEMS.has(x));
    const listed = [...items, d].every((x) => x.changes.every((c) => c.rule.includes(LISTED)));
    const prev = drafts[first - 1];
    // The list word stands between the statement before the list (its last figure) and the first item.
    const prevEnd = prev
      ? Math.max(...prev.changes.map((c) => c.span.end), prev.value?.span.end ?? 0, prev.completion?.span.end ?? 0)
      : 0;
    const leadFrom = Math.max(st.sentence.from, tokenAt(a.tokens, prevEnd));
    const firstAt = tokenAt(a.tokens, Math.min(...(items[0] as Draft).changes.map((c) => c.span.start)));
    if (!listed && !leadBetween(a, leadFrom, firstAt) && !parallel(a, [...items, d], tail)) {
      n = first;
      continue;
    }
    const span: Span = tail.value.baseSpan as Span;
    const year = d.sameIn.get(tail);
    for (const x of items)
      x.changes = x.changes.map((c) => {
        const next: Extracted<ExtractedChange> = {
          ...c,
          value: { ...c.value, ...(tail.value.base ? { base: tail.value.base } : {}), baseSpan: span },
          rule: `${c.rule}+list-tail-base`,
        };
        if (year !== undefined) x.sameIn.set(next, year);
        return next;
      });
    n = first;
  }
}

/** The tokens of a list of amounts that start at token `k` (reading on): 0 when `k` ends the list. */
function listStep(a: SentenceContext, k: number): number {
  const t = a.tokens[k];
  if (!t || t.gap.includes('\n')) return 0;
  if (t.kind === 'number') return 1;
  if (t.kind === 'punct') return t.text === ',' || t.text === '%' ? 1 : 0;
  const g = a.g;
  for (const list of [g.joiners, g.percentWords, g.pointWords, g.timesWords, g.approximate] as const) {
    const m = matchAt(a.tokens, k, list as readonly Phrase<unknown>[]);
    if (m) return m.to - k;
  }
  return 0;
}

/**
 * `year-on-year rises of 10.6 percent, 17.1 percent and 15.2 percent, respectively`, `recorded
 * year-on-year increases of 4.2% and 7.9%`: a base written before the change noun that opens a
 * list of amounts is the base of every amount of the list — each change of the sentence whose
 * figure lies in the list (amounts, commas, joiners, percent words right after the first) and
 * that names no base of its own. A base after its figure (`up 5% year-on-year and 3% …`) gives
 * nothing. Linear: the list is walked once per change with a base before its number.
 */
export function preposedListBases(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length === 0) return;
  // (the drafts with a change starting at each offset, built once: the list's items are looked up by
  // their tokens — a walk over every draft for each change made a sentence of thousands of them
  // quadratic; round 57)
  let byStart: Map<number, Draft[]> | undefined;
  const draftsAt = (start: number): readonly Draft[] => {
    if (!byStart) {
      byStart = new Map<number, Draft[]>();
      for (const x of drafts)
        for (const y of x.changes) {
          const list = byStart.get(y.span.start);
          if (!list) byStart.set(y.span.start, [x]);
          else if (!list.includes(x)) list.push(x);
        }
    }
    return byStart.get(start) ?? [];
  };
  for (const d of drafts)
    for (const c of d.changes) {
      const span = c.value.baseSpan;
      if (!span || baseless(d, c)) continue;
      let k = tokenAt(a.tokens, c.span.start);
      while (k < st.sentence.to && (a.tokens[k] as Token).kind !== 'number') k++;
      if (k >= st.sentence.to || span.end > (a.tokens[k] as Token).start) continue;
      let end = k;
      for (let j = k; j < st.sentence.to; ) {
        const n = listStep(a, j);
        if (n === 0) break;
        j += n;
        end = j;
      }
      const from = (a.tokens[k] as Token).end;
      const to = (a.tokens[end - 1] as Token).end;
      const year = d.sameIn.get(c);
      const listed = new Set<Draft>();
      for (let j = k + 1; j < end; j++) for (const x of draftsAt((a.tokens[j] as Token).start)) listed.add(x);
      for (const x of listed)
        x.changes = x.changes.map((y) => {
          if (y === c || y.span.start < from || y.span.end > to || !baseless(x, y)) return y;
          const next: Extracted<ExtractedChange> = {
            ...y,
            value: { ...y.value, ...(c.value.base ? { base: c.value.base } : {}), baseSpan: span },
            rule: `${y.rule}+preposed-list-base`,
          };
          if (year !== undefined) x.sameIn.set(next, year);
          return next;
        });
    }
}
