import { cmp, neg, toNum } from '../../decimal/decimal';
import type { ComparisonBase } from '../../model/types';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { ExtractedChange, Span } from '../types';
import type { SentenceContext } from './context';
import { tokenAt } from './token-at';

/** How many tokens before a percentage a growth word may stand (`GRDP tăng trưởng đạt 7,5%`). */
const WINDOW = 12;

/** True when a growth word stands between the statement's name and its value (`GRDP tăng trưởng đạt 7,5%`). */
function growthBeforeValue(a: SentenceContext, d: Draft, valueStart: number): boolean {
  const nameEnd = d.name?.span.end ?? d.subject?.span.end;
  if (nameEnd === undefined) return false;
  let k = a.tokens.length;
  let lo = 0;
  while (lo < k) {
    const mid = (lo + k) >>> 1;
    if ((a.tokens[mid] as { start: number }).start < valueStart) lo = mid + 1;
    else k = mid;
  }
  for (let i = Math.max(0, k - WINDOW); i < k; i++) {
    const t = a.tokens[i] as { start: number };
    if (t.start < nameEnd) continue;
    if (matchAt(a.tokens, i, a.g.growthWords, k)) return true;
  }
  return false;
}

/** The name's tokens `[from, to)`, found by binary search over the token starts. */
function nameTokens(a: SentenceContext, d: Draft): { from: number; to: number } | undefined {
  const name = d.name?.span;
  if (!name) return undefined;
  const lo = tokenAt(a.tokens, name.start);
  let to = lo;
  while (to < a.tokens.length && (a.tokens[to] as { end: number }).end <= name.end) to++;
  return { from: lo, to };
}

/**
 * `GDP quý 2 đạt khoảng 7,7%`, `the province's gross regional domestic product (GRDP) has been
 * estimated at 10.05 percent`: a name that is GDP or GRDP (no share, ratio, structure, debt or
 * per-capita word in it: `tỷ trọng công nghiệp trong GDP` is a share) states its growth with a
 * bare percentage.
 */
function growthIndicatorName(a: SentenceContext, d: Draft): boolean {
  const range = nameTokens(a, d);
  if (!range) return false;
  let indicator = false;
  for (let i = range.from; i < range.to; i++) {
    if (matchAt(a.tokens, i, a.g.growthIndicatorStops, range.to)) return false;
    if (matchAt(a.tokens, i, a.g.growthIndicators, range.to)) indicator = true;
  }
  return indicator;
}

/**
 * `Inflation will lie … and the current account will register a surplus of 5.9 percent to GDP`: a
 * percentage followed by a growth indicator (after a link word, `of`, `to`, `so với`, or none) is a
 * share of that indicator, never a growth rate of the statement's name. True then.
 */
function shareOfIndicator(a: SentenceContext, valueEnd: number): boolean {
  let k = tokenAt(a.tokens, valueEnd);
  const link = a.g.indicatorShareLinks ? matchAt(a.tokens, k, a.g.indicatorShareLinks) : null;
  if (link) k = link.to;
  return matchAt(a.tokens, k, a.g.growthIndicators) !== null;
}

/** The rule suffix of a bare percentage read as a growth rate. */
export const GROWTH_NAME = '+growth-name';

/** Below this, a percentage on an index of change cannot be its level against a base (≈ 100). */
const INDEX_LEVEL_FLOOR = toNum('50');

/**
 * `Chỉ số giá tiêu dùng bình quân năm 2024 … ở mức 3,63%`, `Chỉ số sản xuất công nghiệp đạt 9,5%`:
 * a Vietnamese name that is an index of change (`chỉ số giá`, `chỉ số sản xuất`, `CPI`, `IIP`)
 * with a percentage far below 100 (under 50, either sign) states the index's rise, not its level
 * against a base (`đạt 109,5%`, left as read).
 */
function smallIndexLevel(a: SentenceContext, d: Draft, amount: string): boolean {
  if (a.g.locale !== 'vi') return false;
  const range = nameTokens(a, d);
  if (!range) return false;
  let index = false;
  for (let i = range.from; i < range.to && !index; i++)
    index = matchAt(a.tokens, i, a.g.changeIndexNouns, range.to) !== null;
  if (!index) return false;
  const n = toNum(amount);
  return cmp(n, INDEX_LEVEL_FLOOR) < 0 && cmp(n, neg(INDEX_LEVEL_FLOOR)) > 0;
}

/**
 * `… ghi nhận lợi nhuận ròng tăng trưởng và khoảng 38% đơn vị có doanh thu thuần tăng …`: a name that
 * ends on a joiner carries the growth word of the clause before it; the percentage after the
 * joiner (a share of the units counted after it) is no rate of that growth. True then.
 */
function joinedAfterGrowth(a: SentenceContext, d: Draft): boolean {
  const range = nameTokens(a, d);
  if (!range || range.to <= range.from) return false;
  // (a list joiner, `và`: `but` keeps the subject — `Credit is on the rise but at 1.5%` is its growth)
  const joiners = a.g.listJoiners;
  return joiners !== undefined && phraseEndingAt(a.tokens, range.to, joiners) >= range.from;
}

/**
 * `the figure is set to rise to 15 percent by 2025`, `tỷ lệ này sẽ tăng lên 15%`: the name's only
 * growth word is the verb right before `to`/`lên` and the percentage — the level the figure rises
 * to, not a growth named by the statement. True then (the percentage is not made a rate).
 */
function risesToLevel(a: SentenceContext, d: Draft, valueStart: number): boolean {
  const range = nameTokens(a, d);
  if (!range) return false;
  const k = tokenAt(a.tokens, valueStart);
  let to = -1;
  // (the value's span may open with the `to` word itself)
  for (let j = Math.max(range.from, k - 3); j <= k && to < 0; j++) {
    const m = matchAt(a.tokens, j, a.g.toWords);
    if (m && (m.to === k || j === k)) to = j;
  }
  if (to < 0) return false;
  let verb = -1;
  for (let i = range.from; i < range.to; i++) {
    const m = matchAt(a.tokens, i, a.g.growthWords, range.to);
    if (!m) continue;
    if (m.to !== to || verb >= 0) return false;
    verb = i;
  }
  if (verb < 0) return false;
  for (let i = range.from; i < range.to; i++) if (matchAt(a.tokens, i, a.g.growthIndicators, range.to)) return false;
  return true;
}

/**
 * `Tỷ lệ tăng dân số tự nhiên hằng năm 1,05%`, `the natural population growth rate was 0.98%`: a name
 * of a demographic rate (grammar `levelRateNames`) whose growth word is part of the indicator's own
 * name — births less deaths per head, a level of its year, not a change of the statement's figure
 * against a base. True then (round 47; the percentage had been a certain rate of change).
 */
function levelRateName(a: SentenceContext, d: Draft): boolean {
  const names = a.g.levelRateNames;
  const range = names ? nameTokens(a, d) : undefined;
  if (!names || !range) return false;
  for (let i = range.from; i < range.to; i++) if (matchAt(a.tokens, i, names, range.to)) return true;
  return false;
}

/**
 * `The fiscal deficit was contained at 4.9 percent of GDP against the budgeted 5.1 percent`: a
 * participle of planning right before the percentage (grammar `plannedWords`, after `the`: `the
 * budgeted`, `the targeted`) makes it the plan's level, never a growth of the name's GDP
 * (round 49: it had been a certain rate of 5.1 %; `parallel-completion.ts` reads no gapped rate there
 * either). True when one ends right before token `k`.
 */
export function plannedBefore(a: SentenceContext, k: number): boolean {
  const planned = phraseEndingAt(a.tokens, k, a.g.plannedWords, 1);
  // (after `the` only: `an estimated 6.8%` is the growth's estimate, a stage)
  return planned > 0 && a.g.definiteArticles.has(a.tokens[planned - 1]?.forms.fold ?? '');
}

/**
 * `the year-on-year (yoy) growth rate of real GDP was 1.54%`, `the quarter-on-quarter growth of
 * exports`: a base that stands alone (grammar `standaloneBases`) right before the growth word of the
 * name (a bracketed abbreviation between them) is the base of the growth's rate (round 52; it had
 * been a change without base).
 */
function nameBase(a: SentenceContext, d: Draft): { base: ComparisonBase; span: Span } | undefined {
  const range = nameTokens(a, d);
  if (!range) return undefined;
  const t = a.tokens;
  // (the bracket may have cut the name after it: `year-on-year (yoy)` just before the name)
  for (let i = Math.max(0, range.from - 6); i < range.to; i++) {
    const m = matchAt(t, i, a.g.standaloneBases, range.to);
    if (!m) continue;
    let k = m.to;
    // (`year-on-year (yoy) growth`: one bracketed word between)
    if (t[k]?.text === '(' && t[k + 1]?.kind === 'word' && t[k + 2]?.text === ')') k += 3;
    const base = m.phrase.data;
    // (the growth word is the name's own: a base ending a clause before the name names nothing here)
    if (base.kind !== 'plan' && k >= range.from && matchAt(t, k, a.g.growthWords, range.to))
      return { base, span: a.span(i, m.to) };
  }
  return undefined;
}

/**
 * `tốc độ tăng trưởng GDP … đạt 5,64%`, `a GDP growth rate of at least 8%`, `phấn đấu tăng trưởng
 * GDP đạt khoảng 8%`: a bare percentage whose statement names a growth (in the name, or between
 * the name and the number), or whose name is GDP or GRDP, is the growth's rate of change — with no base, so it is listed as a
 * change without base and never audited — not a level of 5,64 %. A statement that already has a
 * rate, a completion or a share keeps its percentage as it is.
 */
export function growthLevel(a: SentenceContext, d: Draft): void {
  const v = d.value;
  if (v?.value.unitCode !== 'percent' || d.completion || a.shareValues.has(d)) return;
  if (d.changes.some((c) => c.value.form === 'rate' || c.value.form === 'points')) return;
  if (
    !a.growthName(d) &&
    !growthBeforeValue(a, d, v.span.start) &&
    !growthIndicatorName(a, d) &&
    !smallIndexLevel(a, d, v.value.number.value)
  )
    return;
  // (looked at only for a percentage about to be made a rate)
  if (
    risesToLevel(a, d, v.span.start) ||
    joinedAfterGrowth(a, d) ||
    shareOfIndicator(a, v.span.end) ||
    levelRateName(a, d) ||
    plannedBefore(a, tokenAt(a.tokens, v.span.start))
  )
    return;
  const named = nameBase(a, d);
  const change: ExtractedChange = {
    form: 'rate',
    amount: v.value.number,
    ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
    ...(named ? { base: named.base, baseSpan: named.span } : {}),
  };
  d.changes.unshift({ ...v, value: change, rule: `${v.rule}${GROWTH_NAME}${named ? '+name-base' : ''}` });
  d.value = undefined;
}
