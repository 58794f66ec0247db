import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
import type { SentenceContext } from './context';

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
    const j = t.kind === 'word' ? matchAt(a.tokens, i, a.g.joiners, to) : null;
    if (!j) return false;
    i = j.to;
  }
  return true;
}

/** True when something stands between tokens `from` and `to` and it is only list joiners. */
export const joinedBy = (a: SentenceContext, from: number, to: number): boolean =>
  from < to && onlyJoinersBetween(a, from, to);
