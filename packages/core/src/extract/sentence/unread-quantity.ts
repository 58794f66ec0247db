import { glueOf } from '../glue';
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
  // (with the grammar's glue, as the sentence was read: `N4.09 trillion` is one amount, not `N4` `.` `09`)
  const tokens = tokenize(u.span.text, glueOf(a.g));
  const at = tokens.findIndex((t) => t.kind === 'number');
  if (at < 0) return null;
  // (`N4.09 trillion`, `Rs 230 billion`: a currency before the number is read from the part's start)
  const lead = at > 0 ? readQuantity(u.span.text, tokens, 0, a.g) : null;
  const q = lead?.quantity && lead.numberAt === at ? lead : readQuantity(u.span.text, tokens, at, a.g);
  return q ? { q, tokens } : null;
}
