import { matchAt } from '../phrase';
import type { QuantityMatch } from '../quantity';
import { quantityOf } from '../quantity';
import { readNumber } from '../read-number';
import type { Item } from '../rules/context';
import { CURRENCIES, type SentenceContext } from './context';

/** The unit of a value figure that a further amount may share: a counted noun or a measure, no money or percentage. */
function sharedUnit(it: Item | undefined): { unit?: string | undefined; unitCode?: string | undefined } | undefined {
  if (it?.t !== 'figure' || it.fig.kind !== 'value' || !it.fig.q.quantity) return undefined;
  const { unit, unitCode } = it.fig.q.quantity;
  if (unit === undefined && unitCode === undefined) return undefined;
  if (unitCode === 'percent' || (unitCode !== undefined && CURRENCIES.has(unitCode))) return undefined;
  return { unit, unitCode };
}

/**
 * `The province aims to build over 30,000 units by 2025 and an additional 41,000 by 2030`, `2,000
 * beds this year and another 3,500 next year`, `… planted 1.2 million trees, and a further 800,000
 * …`: a bare number (no unit, no scale word, no year) right after a determiner of a further amount
 * (grammar `furtherAmountWords`) in a sentence whose last figure before it is a count or a measure
 * is an amount of the same thing with its noun left out — a value in that figure's unit, read from
 * the determiner on (so the statement reader sees only the first figure's period and the joiner
 * between them). Not after money or a percentage (`another 300` after `US$5 billion` names no
 * currency), not a number glued to anything. English only; one pass over the items.
 */
export function elidedAmounts(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  const further = a.g.furtherAmountWords;
  if (!further) return items;
  let out: Item[] | undefined;
  let last: Item | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'figure') {
      last = it;
      continue;
    }
    if (it.t !== 'number' || it.why !== 'stray' || it.to !== it.from + 1) continue;
    const unit = sharedUnit(last);
    if (!unit) continue;
    const tok = a.tokens[it.from];
    const next = a.tokens[it.to];
    if (!tok || /^(19|20)\d\d$/u.test(tok.text) || next?.gap === '') continue;
    // the determiner: one or two words that end right at the number (the longer one: `an additional`)
    let from = -1;
    for (let back = 1; back <= 2; back++) {
      const at = it.from - back;
      const before = items[k - back];
      if (before?.t !== 'word' || before.from !== at) break;
      if (matchAt(a.tokens, at, further, it.from)?.to === it.from) from = at;
    }
    if (from < 0) continue;
    const read = readNumber(tok.text, a.g.locale);
    if ('error' in read) continue;
    const q: QuantityMatch = {
      from: it.from,
      to: it.to,
      numberAt: it.from,
      quantity: quantityOf(read, 0, unit),
      rules: [],
    };
    out ??= [...items];
    const figure: Item = {
      t: 'figure',
      from,
      to: it.to,
      fig: { kind: 'value', q, count: true, average: false },
      rule: `${a.g.locale}.value.elided-amount`,
      level: 'exact',
    };
    // the determiner's words are the figure's now
    out.splice(k - (it.from - from), it.from - from + 1, figure);
    k -= it.from - from;
    items = out;
    last = figure;
  }
  return out ?? items;
}
