import { matchAt, phraseEndingAt } from '../phrase';
import type { BaseRead, Item } from '../rules/context';
import type { SentenceContext } from './context';

/** How many words may stand between the percentage and the period of the other figure. */
const BETWEEN_WORDS = 8;

/**
 * `… đạt 4,79 tỷ USD, bằng 85% tổng kim ngạch đạt được trong cả năm ngoái`, `bằng 62% cả năm
 * 2023`, `tương đương 40% kim ngạch năm 2022`: a percentage after a ratio verb, then at most a noun
 * phrase naming the same indicator and a period, is a ratio to that period's figure — never a rate
 * and never the statement's own period. The base is the named period when it has a year of its
 * own; a relative one (`cả năm ngoái`) leaves the ratio without a base (read, but unread as to its
 * base). A noun that names another indicator (`bằng 3,5% GDP năm 2023`: a share of GDP) or a plan
 * (`bằng 85% kế hoạch năm 2024`) is left as it was read. A noun of the realised figure alone (`bằng 127,5% thực
 * hiện năm 2022`, grammar `realisedNouns`) names it too.
 */
export function ratioToPeriod(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  let out: Item[] | undefined;
  let pairs: Map<string, number> | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    const read = it.t === 'figure' && it.fig.kind === 'percent' ? ratioAt(a, items, k) : undefined;
    if (!read) {
      out?.push(it);
      continue;
    }
    const { fig, to, j } = read;
    if (j > k + 1 && !realisedOnly(a, items, k + 1, j)) {
      pairs ??= wordPairs(a, items);
      if (!namesSameIndicator(a, items, k + 1, j, pairs, read.verbFrom)) {
        out?.push(it);
        continue;
      }
    }
    out ??= items.slice(0, k);
    const level = (it as Item & { t: 'figure' }).level;
    out.push({ t: 'figure', from: it.from, to, fig, rule: `${a.g.locale}.change.ratio-to-period`, level });
    k = j;
  }
  return out ?? items;
}

type ChangeFig = Extract<(Item & { t: 'figure' })['fig'], { kind: 'change' }>;

/** The ratio read at figure item `k` (a percentage after a ratio verb, words, a period), with the period's item index `j`. */
function ratioAt(
  a: SentenceContext,
  items: readonly Item[],
  k: number,
): { fig: ChangeFig; to: number; j: number; verbFrom: number } | undefined {
  const it = items[k] as Item;
  if (it.t !== 'figure' || it.fig.kind !== 'percent' || it.fig.verbFrom === undefined) return undefined;
  const fig = it.fig;
  const q = fig.q.quantity;
  const verbFrom = fig.verbFrom as number;
  const verb = matchAt(a.tokens, verbFrom, a.g.ratioVerbs, fig.q.numberAt + 1);
  if (q?.unitCode !== 'percent' || !verb) return undefined;
  let j = k + 1;
  while (j < items.length && (items[j] as Item).t === 'word' && j - k <= BETWEEN_WORDS) j++;
  const p = items[j];
  const after = items[j + 1];
  if (p?.t !== 'period') return undefined;
  if (!(after === undefined || after.t === 'sep' || (after.t === 'marker' && after.kind === 'joiner')))
    return undefined;
  const named = p.match.id !== undefined && p.match.relative === undefined;
  const base: BaseRead | undefined = named
    ? { from: (items[k + 1] as Item).from, to: p.to, base: { kind: 'named-period', match: p.match }, level: 'exact' }
    : undefined;
  return {
    fig: {
      kind: 'change',
      form: 'ratio',
      amount: q.number,
      numberAt: fig.q.numberAt,
      verb: verb.phrase.text,
      ...(base ? { base } : {}),
      ...(fig.approximate ? { approximate: fig.approximate } : {}),
      ...(fig.stage ? { stage: fig.stage } : {}),
    },
    to: p.to,
    j,
    verbFrom,
  };
}

/** True when the words of items `[from, to)` are one noun of a realised figure (grammar `realisedNouns`: `thực hiện`). */
function realisedOnly(a: SentenceContext, items: readonly Item[], from: number, to: number): boolean {
  const nouns = a.g.realisedNouns;
  const first = items[from];
  const last = items[to - 1];
  if (!nouns || !first || !last) return false;
  return matchAt(a.tokens, first.from, nouns, last.to)?.to === last.to;
}

/** The folded word pairs of the sentence's words, each with the token where it first stands (one pass). */
function wordPairs(a: SentenceContext, items: readonly Item[]): Map<string, number> {
  const pairs = new Map<string, number>();
  const from = items[0]?.from ?? 0;
  const to = items[items.length - 1]?.to ?? 0;
  for (let i = from; i + 1 < to; i++) {
    const x = a.tokens[i];
    const y = a.tokens[i + 1];
    if (x?.kind !== 'word' || y?.kind !== 'word') continue;
    const key = `${x.forms.fold} ${y.forms.fold}`;
    if (!pairs.has(key)) pairs.set(key, i);
  }
  return pairs;
}

/**
 * True when the words of items `[from, to)` name the statement's own indicator: no plan noun among
 * them, and two of them side by side stand together before the verb (`kim ngạch xuất khẩu … bằng
 * 85% tổng kim ngạch …`).
 */
function namesSameIndicator(
  a: SentenceContext,
  items: readonly Item[],
  from: number,
  to: number,
  pairs: Map<string, number>,
  verbFrom: number,
): boolean {
  let same = false;
  for (let k = from; k < to; k++) {
    const i = (items[k] as Item).from;
    if (matchAt(a.tokens, i, a.g.planNouns)) return false;
    const x = a.tokens[i];
    const y = a.tokens[i + 1];
    if (k + 1 < to && x?.kind === 'word' && y?.kind === 'word') {
      const at = pairs.get(`${x.forms.fold} ${y.forms.fold}`);
      if (at !== undefined && at < verbFrom) same = true;
    }
  }
  return same;
}

/**
 * `so với cùng kỳ, số dự án cấp mới bằng 100%, vốn đầu tư tăng 49%`: a percentage after a ratio
 * verb with no base of its own, under a base the sentence opened (or one written just before it),
 * is a ratio to that base — not a level of 100 percent. A plan is no such base (`bằng 95%` after
 * `so với kế hoạch` is a completion, read by the figure rules). Returns the item to place.
 */
export function ratioAgainstBase(
  a: SentenceContext,
  it: Item & { t: 'figure' },
  base: BaseRead | undefined,
): Item & { t: 'figure' } {
  const fig = it.fig;
  if (!base || base.base.kind === 'plan' || fig.kind !== 'percent' || fig.verbFrom === undefined) return it;
  const q = fig.q.quantity;
  const verb = matchAt(a.tokens, fig.verbFrom, a.g.ratioVerbs, fig.q.numberAt + 1);
  if (q?.unitCode !== 'percent' || !verb) return it;
  // (`are up by more than $1 billion or 5.9%`: a percentage after `or` (grammar `restateWords`)
  // restates a change, no ratio of the level; round 54)
  if (phraseEndingAt(a.tokens, fig.q.numberAt, a.g.restateWords ?? [], 2) >= 0) return it;
  return {
    ...it,
    fig: {
      kind: 'change',
      form: 'ratio',
      amount: q.number,
      numberAt: fig.q.numberAt,
      verb: verb.phrase.text,
      ...(fig.approximate ? { approximate: fig.approximate } : {}),
      ...(fig.stage ? { stage: fig.stage } : {}),
    },
    rule: `${a.g.locale}.change.ratio-sentence-base`,
  };
}
