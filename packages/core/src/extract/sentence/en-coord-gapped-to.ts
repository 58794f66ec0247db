import { negate } from '../numeral';
import { matchAt } from '../phrase';
import type { BaseRead, Item } from '../rules/context';
import type { SentenceContext } from './context';
import { joinedBy } from './list-joiners';

type FigureItem = Item & { t: 'figure' };

/** A year in digits (`2023`), no level. */
const YEAR = /^(1[89]|20)\d\d$/u;

/** True when the item is a rate of change read with the level it reached (`rose 27.7% to $13.11 billion`). */
const rateTo = (it: Item | undefined): it is FigureItem =>
  it?.t === 'figure' && it.fig.kind === 'change' && it.fig.form === 'rate' && it.fig.then?.quantity !== undefined;

/**
 * True when the item at `k` is a rate of change with no verb of its own (its figure opens at its
 * number: the elided second rate of `rose by 8.5% to 10.2Mt and 6.4% to 11.6Mt`), joined to the rate
 * `prev` (`VERB P% to X`) by list joiners only (`and`, a comma), with no level of its own, and the
 * next item is a value read after `to` right at the rate's end, with no bound (the bound of `then`
 * is not kept).
 */
function elidedRateTo(a: SentenceContext, items: readonly Item[], prev: FigureItem, k: number): boolean {
  const it = items[k] as Item;
  if (it.t !== 'figure' || it.fig.kind !== 'change' || it.fig.form !== 'rate' || it.fig.then) return false;
  if (it.from !== it.fig.numberAt) return false;
  if (!joinedBy(a, prev.to, it.from)) return false;
  const v = items[k + 1];
  if (v?.t !== 'figure' || v.fig.kind !== 'value' || !v.fig.q.quantity || v.fig.approximate) return false;
  // (`and 6.4% to 2023 levels`: a year is no level)
  const q = v.fig.q.quantity;
  if (!q.unitCode && q.scale === 0 && YEAR.test(a.tokens[v.fig.q.numberAt]?.text ?? '')) return false;
  return v.from === it.to && v.fig.verbFrom === v.from && a.tokens[v.from]?.forms.lower === 'to';
}

/**
 * `Revenues of rice rose 27.7% to $13.11 billion, coffee 12.4% to $6.58 billion, and pepper 5.8%
 * to $1.99 billion`, `with agricultural products rising 27.7 percent to US$13.11 billion, forestry
 * 22.7 percent to US$6.58 billion`: a gapped verb. After a rate of change read with the level it
 * reached (`VERB P% to X`), an item of a name, a bare percentage with no verb of its own, `to` and
 * a value repeats that predicate: the percentage is a rate of the same direction (and the same
 * base, when one was written) and the value after `to` the level it reached. Each such item
 * becomes one change figure with its level, as `rose 12.4% to $6.58 billion` would be. Only when
 * no other figure stands between the item and the rate before it (a value, a completion or a
 * percentage with a verb of its own ends the gapping). English only; one pass over the items.
 */
export function gappedRatesTo(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let out: (Item | null)[] | undefined;
  let last: FigureItem | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'figure') continue;
    if (rateTo(it)) {
      last = it;
      continue;
    }
    const prev = last;
    last = undefined;
    if (prev && elidedRateTo(a, items, prev, k)) {
      // `rose by 8.5% to 10.2Mt and 6.4% to 11.6Mt respectively`: the second rate, read as an
      // elided change of the same verb, takes the level after its `to` (`then`)
      const v = items[k + 1] as FigureItem & { fig: { kind: 'value' } };
      const then = v.fig.q;
      const merged: FigureItem = {
        ...it,
        to: v.to,
        rule: `${a.g.locale}.change.gapped-rate-to`,
        fig: { ...(it.fig as FigureItem['fig'] & { kind: 'change' }), then },
      };
      out ??= [...items];
      out[k] = merged;
      out[k + 1] = null;
      last = merged;
      k++;
      continue;
    }
    if (!prev || it.fig.kind !== 'percent' || it.fig.verbFrom !== undefined) continue;
    const q = it.fig.q;
    if (q.quantity?.unitCode !== 'percent' || it.fig.approximate) continue;
    // `to` right after the percentage, then the value it reached
    if (a.tokens[q.to]?.forms.lower !== 'to') continue;
    let j = k + 1;
    while (j < items.length && (items[j] as Item).t === 'word' && (items[j] as Item).from === q.to) j++;
    const v = items[j];
    if (v?.t !== 'figure' || v.fig.kind !== 'value' || !v.fig.q.quantity || v.fig.approximate) continue;
    if (v.from > q.to + 1) continue;
    const prevFig = prev.fig as FigureItem['fig'] & { kind: 'change' };
    const n = q.quantity.number;
    const amount = prevFig.amount.value.startsWith('-') && !n.value.startsWith('-') ? negate(n) : n;
    const then = v.fig.q;
    const merged: FigureItem = {
      t: 'figure',
      from: it.from,
      to: v.to,
      level: it.level,
      rule: `${a.g.locale}.change.gapped-rate-to`,
      fig: {
        kind: 'change',
        form: 'rate',
        amount,
        numberAt: q.numberAt,
        then,
        ...(prevFig.base ? { base: prevFig.base } : {}),
      },
    };
    out ??= [...items];
    out[k] = merged;
    for (let x = k + 1; x <= j; x++) out[x] = null;
    last = merged;
    k = j;
  }
  return out ? out.filter((x): x is Item => x !== null) : items;
}

/**
 * The sentence's first figure as the first rate of a gapped list after a change noun (`Sharp
 * increases were witnessed in …, for example 84 per cent in coffee, 51 per cent in aquatic
 * products …`): a bare percentage (no verb, no bound, not a share) followed by `in` and another
 * bare percentage after a comma or a joiner — a rate in the noun's direction. Undefined
 * otherwise (a single percentage after a change noun is left to the name's reading).
 */
function leadRateIn(a: SentenceContext, it: Item & { t: 'figure' }, sign: 1 | -1): FigureItem | undefined {
  const f = it.fig;
  if (f.kind !== 'percent' || f.verbFrom !== undefined || f.approximate) return undefined;
  if (f.q.quantity?.unitCode !== 'percent' || !inAt(a, f.q.to)) return undefined;
  if (matchAt(a.tokens, it.from, a.g.shareWords)) return undefined;
  // (a second item within a few words: `…, 51 per cent in aquatic products`)
  let next = false;
  for (let j = f.q.to + 1; j < a.tokens.length && j <= f.q.to + 6; j++) {
    const t = a.tokens[j];
    if (t?.kind === 'punct' && t.text !== ',') break;
    const before = a.tokens[j - 1];
    if (t?.kind === 'number' && (before?.kind === 'punct' || matchAt(a.tokens, j - 1, a.g.joiners, j))) {
      next = true;
      break;
    }
  }
  if (!next) return undefined;
  const n = f.q.quantity.number;
  return {
    ...it,
    rule: `${a.g.locale}.change.gapped-rate-in`,
    fig: {
      kind: 'change',
      form: 'rate',
      amount: sign < 0 && !n.value.startsWith('-') ? negate(n) : n,
      numberAt: f.q.numberAt,
    },
  };
}

/** True when token `i` is the word `in`. */
const inAt = (a: SentenceContext, i: number): boolean => a.tokens[i]?.forms.lower === 'in';

/**
 * `including an 11.22% year-on-year growth in logistics; 10.31% in finance; 6.08% in real estate`,
 * `with a rise of 11.22% in logistics, 10.31% in finance and 6.08% in real estate`: a gapped change
 * noun. After a rate of change followed by `in` and what it measures, each item of a bare
 * percentage (no verb of its own) followed by `in` repeats that change: a rate of the same
 * direction (and base, when one was written) in the thing it names. Only a separator or a joiner
 * (and the words of the item before) stand between the items; the first figure of another kind
 * ends the list. English only; one pass over the items.
 */
export function gappedRatesIn(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let out: Item[] | undefined;
  let last: FigureItem | undefined;
  // (the base written right after the first change of the list, carried along it)
  let lastBase: BaseRead | undefined;
  let sep = false;
  // (`Sharp increases were witnessed in …, for example 84 per cent in coffee, 51 per cent in …`: the
  // sign of a change noun before the sentence's first figure, which may open the list; R26EN)
  let leadSign: 1 | -1 | undefined;
  let figures = 0;
  // (`Growth momentum slowed in 2023: Sharp declines were recorded in …`: a lead-in before a colon
  // or a semicolon is a clause of its own — the first such noun after the last of them gives the
  // sign, the lead-in's only when none follows it: `Price increases were modest: 27.7 per cent in …`)
  let partSign: 1 | -1 | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'sep' && (it.ch === ':' || it.ch === ';') && figures === 0) partSign = undefined;
    if (it.t === 'word' && figures === 0) {
      for (let j = it.from; j < it.to && partSign === undefined; j++) {
        // (a noun of a rise or a fall, singular or plural: `Sharp increases`, `declines`)
        const noun = matchAt(a.tokens, j, a.g.subjectChange.nouns, it.to);
        if (noun) partSign = noun.phrase.data;
        leadSign ??= partSign;
      }
    }
    const sign = partSign ?? leadSign;
    if (it.t === 'figure' && figures++ === 0 && sign !== undefined && !last) {
      const first = leadRateIn(a, it, sign);
      if (first) {
        out ??= [...items];
        out[k] = first;
        last = first;
        lastBase = undefined;
        sep = false;
        continue;
      }
    }
    const joinerWord = it.t === 'word' && matchAt(a.tokens, it.from, a.g.joiners, it.to)?.to === it.to;
    if (it.t === 'sep' || (it.t === 'marker' && it.kind === 'joiner') || joinerWord) {
      if (it.t === 'sep' && it.ch !== ',' && it.ch !== ';') last = undefined;
      sep = true;
      continue;
    }
    if (it.t !== 'figure') continue;
    const f = it.fig;
    if (f.kind === 'change' && f.form === 'rate') {
      // `… growth in logistics`, `… of 11.22% year-on-year in logistics`: `in` after it (or after its base)
      const next = items[k + 1];
      const at = next?.t === 'base' ? next.to : it.to;
      last = inAt(a, at) ? it : undefined;
      lastBase = f.base ?? (next?.t === 'base' ? next.read : undefined);
      sep = false;
      continue;
    }
    const prev = last;
    last = undefined;
    if (!prev || !sep || f.kind !== 'percent' || f.verbFrom !== undefined || f.approximate) continue;
    if (f.q.quantity?.unitCode !== 'percent' || !inAt(a, f.q.to)) continue;
    const prevFig = prev.fig as FigureItem['fig'] & { kind: 'change' };
    const n = f.q.quantity.number;
    const amount = prevFig.amount.value.startsWith('-') && !n.value.startsWith('-') ? negate(n) : n;
    // (a base written right after the first change, `… of 11.22% year-on-year in logistics`)
    const base = prevFig.base ?? lastBase;
    const merged: FigureItem = {
      ...it,
      rule: `${a.g.locale}.change.gapped-rate-in`,
      fig: {
        kind: 'change',
        form: 'rate',
        amount,
        numberAt: f.q.numberAt,
        ...(base ? { base } : {}),
      },
    };
    out ??= [...items];
    out[k] = merged;
    last = merged;
    sep = false;
  }
  return out ?? items;
}
