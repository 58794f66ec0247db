import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { SentenceContext } from './context';

/** How many tokens a bracketed restatement in another currency may span (`(US$1.52 billion)`, `(USD 36.5 bn)`). */
const CONVERSION_SPAN = 8;

/**
 * The token after the `)` of a bracket opened at `open` that holds a restatement in another
 * currency (its number is one of the sentence's conversions), before `to`; -1 when it is no such bracket.
 */
function conversionBracketEnd(a: SentenceContext, open: number, to: number): number {
  let conversion = false;
  for (let i = open + 1; i < to && i <= open + CONVERSION_SPAN; i++) {
    const t = a.tokens[i] as Token;
    if (t.text === ')') return conversion ? i + 1 : -1;
    if (t.text === '(') return -1;
    if (a.conversions.has(i)) conversion = true;
  }
  return -1;
}

/**
 * True when the tokens `from`…`to` hold only list joiners: commas and the grammar's `joiners`
 * (`and`, `, and`, `và` …). An empty span is true; callers that need something between the two
 * ends check `from < to` themselves.
 */
export function onlyJoinersBetween(a: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const t = a.tokens[i] as Token;
    if (t.kind === 'punct' && t.text === ',') {
      i++;
      continue;
    }
    // (`VND52.1tn (USD2.1bn) and VND8.3tn`: a bracket that restates the item before in another
    // currency is no word between the items)
    const closed = t.text === '(' ? conversionBracketEnd(a, i, to) : -1;
    if (closed > i) {
      i = closed;
      continue;
    }
    const j = t.kind === 'word' ? matchAt(a.tokens, i, a.g.joiners, to) : null;
    if (!j) return false;
    i = j.to;
  }
  return true;
}

/** True when something stands between tokens `from` and `to` and it is only list joiners. */
export const joinedBy = (a: SentenceContext, from: number, to: number): boolean =>
  from < to && onlyJoinersBetween(a, from, to);

/** True when the item joins the items of a list: a comma, a joiner marker or a joiner word (`và`, `and`). */
export function joinerItem(a: SentenceContext, it: Item | undefined): boolean {
  if (it?.t === 'sep') return it.ch === ',';
  if (it?.t === 'marker') return it.kind === 'joiner';
  return it?.t === 'word' && matchAt(a.tokens, it.from, a.g.joiners, it.to)?.to === it.to;
}

/**
 * The figures joined to the item at `k` by list joiners (`27.4% and 28.3% of the plan`, `134%, 98% và
 * 112% so với cùng kỳ`): after one joiner or more, a figure that `closes` accepts ends the list (it is
 * `last`), one that `links` accepts joins the chain, anything else ends it with no `last`. `j` is the
 * index where the walk stopped. One pass.
 */
export function joinedChain(
  a: SentenceContext,
  items: readonly Item[],
  k: number,
  closes: (it: Item & { t: 'figure' }) => boolean,
  links: (it: Item) => boolean,
): { chain: number[]; j: number; last: (Item & { t: 'figure' }) | undefined } {
  const chain = [k];
  let j = k + 1;
  for (;;) {
    let seps = 0;
    while (joinerItem(a, items[j])) {
      j++;
      seps++;
    }
    const it = items[j];
    if (seps === 0 || it?.t !== 'figure') return { chain, j, last: undefined };
    if (closes(it)) return { chain, j, last: it };
    if (!links(it)) return { chain, j, last: undefined };
    chain.push(j);
    j++;
  }
}
