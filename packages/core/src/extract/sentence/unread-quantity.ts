import type { QuantityMatch } from '../quantity';
import { readQuantity } from '../quantity';
import type { Token } from '../tokenize';
import { tokenize } from '../tokenize';
import type { Unread } from '../types';
import type { SentenceContext } from './context';

/**
 * The quantity an unread part holds, read again from its own text at its first number (`đạt 54,37%`,
 * `(91,5%)`, `VND 130 billion`), with the part's tokens; null when it holds no number or none reads.
 * The steps that give an unread figure a role after the sentence is read share it.
 */
export function unreadQuantity(
  a: SentenceContext,
  u: Unread,
): { readonly q: QuantityMatch; readonly tokens: readonly Token[] } | null {
  const tokens = tokenize(u.span.text);
  const at = tokens.findIndex((t) => t.kind === 'number');
  const q = at < 0 ? null : readQuantity(u.span.text, tokens, at, a.g);
  return q ? { q, tokens } : null;
}
