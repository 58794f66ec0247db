import { currencyOf } from '../currency-of';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import { BRACKET_ITEMS } from './bracket-return';
import { CURRENCIES, type SentenceContext, type SentenceState } from './context';
import { tokenAt } from './token-at';

type Measure = 'volume' | 'value';

/** The first token at or after a field's end, by binary search (linear overall). */
function tokenAfter(a: SentenceContext, c: { readonly span: { readonly end: number } }): number {
  let k = 0;
  let hi = a.tokens.length;
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if ((a.tokens[mid] as { start: number }).start < c.span.end) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/** `… in volume`, `… by value`, `… về giá trị`: the measure right after a field (a change, a completion, a percentage), if it is one of the two. */
function measureOf(a: SentenceContext, c: { readonly span: { readonly end: number } }): Measure | undefined {
  const k = tokenAfter(a, c);
  if (matchAt(a.tokens, k, a.g.volumeMeasures)) return 'volume';
  if (matchAt(a.tokens, k, a.g.valueMeasures)) return 'value';
  return undefined;
}

interface Measured {
  readonly c: Extracted<ExtractedChange>;
  readonly m: Measure | undefined;
}

/** How many commas and joiners may stand between the second change and `in volume and value`. */
const PAIR_GAP = 2;

/** `… in volume and value`, `… về lượng và giá trị` after a change: the measure named first. */
function pairAfter(a: SentenceContext, c: Extracted<ExtractedChange>): Measure | undefined {
  let k = tokenAfter(a, c);
  for (let n = 0; n <= PAIR_GAP; n++) {
    const pair = matchAt(a.tokens, k, a.g.volumeValuePairs);
    if (pair) return pair.phrase.data;
    const t = a.tokens[k];
    if (!(t?.kind === 'punct' && t.text === ',') && !matchAt(a.tokens, k, a.g.joiners)) return undefined;
    k++;
  }
  return undefined;
}

/**
 * Money (a currency), an amount of goods (any other unit but a percentage, or none: `875.52
 * million shares`, `736.7 million shares` — a number of things the grammar has no unit for), or
 * neither.
 */
function side(a: SentenceContext, d: Draft): Measure | undefined {
  if (!d.value) return undefined;
  // (the unit's code: `US$2.5 billion`, `$6.78 billion` are written `US$`, `$`)
  const unit = d.value.value.unitCode ?? d.value.value.unit;
  if (!unit) return 'volume';
  if (unit === 'percent') return undefined;
  // (`wine worth € 218 million`: a sign the grammar's currency words know, with no built-in code; round 57)
  return CURRENCIES.has(unit) || currencyOf(a.g, d.value.value) !== undefined ? 'value' : 'volume';
}

/**
 * `exported 890,000 tonnes of rice worth 420 million USD, up 4.1 percent in volume and 8.4
 * percent in value`, `earned US$1.1 billion from 2.2 million tonnes, up 35.7% in value and 21.7%
 * in volume`: two adjacent statements of the same goods, one an amount of goods and one its worth,
 * and the changes after them measured `in volume` / `in value` — each change belongs to the
 * statement of its own measure (the figures step placed both in the later one). When only one of
 * the two coordinated changes names a base (`a year-on-year increase of 27% in volume and 32% in
 * value`), it is the base of both. Both measures may also be named once after the pair, in the
 * order of the changes (`up 27% and 32% in volume and value, respectively`).
 */
export function volumeValue(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    // (`đạt 7,8 triệu tấn (cùng kỳ năm trước đạt 7,1 triệu tấn), trị giá 4,37 tỷ USD, …`: the
    // statements of a bracket after the amount are passed over to the amount itself)
    let m = n - 1;
    while (m > 0 && BRACKET_ITEMS.has(drafts[m] as Draft)) m--;
    const p = drafts[m] as Draft;
    const q = drafts[n] as Draft;
    if (BRACKET_ITEMS.has(q)) continue;
    const ps = side(a, p);
    const qs = side(a, q);
    if (!ps || !qs || ps === qs || p.changes.length || q.changes.length < 2) continue;
    // `up 27% and 32% in volume and value, respectively`: both measures named once after the pair
    // (looked up first: `in volume and value` begins with `in volume`).
    const ordered = [...q.changes].sort((u, v) => u.span.start - v.span.start);
    const first = ordered.length === 2 ? pairAfter(a, ordered[1] as Extracted<ExtractedChange>) : undefined;
    const measured: Measured[] = first
      ? ordered.map((c, n) => ({ c, m: n === 0 ? first : first === 'volume' ? 'value' : 'volume' }))
      : q.changes.map((c) => ({ c, m: measureOf(a, c) }));
    const toMove = measured.filter((x) => x.m === ps).sort((u, v) => u.c.span.start - v.c.span.start);
    const toKeep = measured.filter((x) => x.m === qs).sort((u, v) => u.c.span.start - v.c.span.start);
    // As many changes of one measure as of the other (one pair per base: `tăng 7,5% về lượng và tăng
    // 7,4% về trị giá so với tháng 5/2020, so với tháng 6/2019 giảm 3% về lượng và giảm 1,9% về trị
    // giá`; round 42), and no change of another measure: otherwise unsure.
    if (toMove.length === 0 || toMove.length !== toKeep.length || measured.some((x) => x.m === undefined)) continue;
    for (let i = 0; i < toMove.length; i++) moveMeasured(q, p, (toMove[i] as Measured).c, (toKeep[i] as Measured).c);
  }
}

/** Moves the change of the other measure from `q` to `p`; a base stated once for the pair is both's. */
function moveMeasured(q: Draft, p: Draft, moved: Extracted<ExtractedChange>, kept: Extracted<ExtractedChange>): void {
  q.changes.splice(q.changes.indexOf(moved), 1);
  const year = q.sameIn.get(moved);
  if (year !== undefined) q.sameIn.delete(moved);
  let own: Extracted<ExtractedChange> = { ...moved, rule: `${moved.rule}+volume-value` };
  let ownYear = year;
  // A base stated once for both coordinated changes.
  const keptYear = q.sameIn.get(kept);
  if (!moved.value.base && year === undefined && (kept.value.base || keptYear !== undefined)) {
    own = { ...own, value: { ...own.value, base: kept.value.base, baseSpan: kept.value.baseSpan } };
    ownYear = keptYear;
  } else if (!kept.value.base && keptYear === undefined && (moved.value.base || year !== undefined)) {
    const shared = { ...kept, value: { ...kept.value, base: moved.value.base, baseSpan: moved.value.baseSpan } };
    q.changes.splice(q.changes.indexOf(kept), 1, shared);
    if (year !== undefined) q.sameIn.set(shared, year);
  }
  p.changes.push(own);
  if (ownYear !== undefined) p.sameIn.set(own, ownYear);
}

/** How many words the worth's own name may have to take the amount's stage (`trị giá`, `kim ngạch`, `giá trị xuất khẩu`). */
const WORTH_NAME_WORDS = 3;

/**
 * `xuất khẩu cà phê ước đạt 955 nghìn tấn, trị giá 1,609 tỷ USD`, `exports were estimated at 890,000
 * tonnes, worth 420 million USD`: the worth written right after an amount of goods, under a name of
 * its own of a few words, is the same aggregate in money — the amount's stage word (`ước`, `estimated`)
 * is its stage too (round 42). Adjacent statements of the two measures only; one pass.
 */
export function volumeValueStage(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    if (!p.stage || q.stage || !p.value || !q.value) continue;
    // (the amount of goods first, its worth after it)
    if (side(a, p) !== 'volume') continue;
    if (side(a, q) !== 'value') continue;
    const name = q.name?.span;
    if (!name || name.start < p.value.span.end) continue;
    const from = tokenAt(a.tokens, name.start);
    if (tokenAt(a.tokens, name.end) - from > WORTH_NAME_WORDS) continue;
    // (nothing but a comma between the amount and the worth's name: `, trị giá`, `, kim ngạch`)
    const comma = a.tokens[tokenAt(a.tokens, p.value.span.end)];
    if (!(comma?.kind === 'punct' && comma.text === ',' && tokenAt(a.tokens, p.value.span.end) + 1 === from)) continue;
    q.stage = { ...p.stage, rule: `${p.stage.rule}+volume-value` };
  }
}

/**
 * `exported 92,000 tonnes …, fetching 375 million USD, completing almost 66 percent of this year's
 * plan in volume and 67 percent in export value`, `xuất khẩu 92.000 tấn, trị giá 375 triệu USD,
 * đạt 66% kế hoạch về lượng và 67% về giá trị`: two adjacent statements of the same goods (an
 * amount and its worth), the later one's completion measured `in volume`/`về lượng`, then a
 * percentage measured in the other — each completion of the same plan belongs to the statement of
 * its measure. The stray percentage's statement (a level the figures step had made of it) is
 * emptied. Exactly one completion of each measure, or nothing moves. One pass over the sentence.
 */
export function volumeValueCompletions(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n + 1 < drafts.length; n++) {
    const p = drafts[n - 1] as Draft;
    const q = drafts[n] as Draft;
    const r = drafts[n + 1] as Draft;
    const c = q.completion;
    const ps = side(a, p);
    const qs = side(a, q);
    if (!c || p.completion || !ps || !qs || ps === qs) continue;
    const first = measureOf(a, c);
    const v = r.value;
    if (!first || !v || v.value.unitCode !== 'percent' || r.completion || r.changes.length || r.target) continue;
    const second = measureOf(a, v);
    if (!second || second === first) continue;
    const other = {
      ...c,
      value: { ...c.value, percent: v.value.number, approximate: v.value.approximate },
      span: v.span,
      rule: `${c.rule}+volume-value`,
    };
    const own = { ...c, rule: `${c.rule}+volume-value` };
    p.completion = first === ps ? own : other;
    q.completion = first === ps ? other : own;
    r.value = undefined;
    r.unread = [];
    n++;
  }
}
