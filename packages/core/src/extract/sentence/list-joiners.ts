import { matchAt } from '../phrase';
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
