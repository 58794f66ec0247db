import { negate } from '../numeral';
import type { Phrase, PhraseMatch } from '../phrase';
import { readQuantity } from '../quantity';
import type { PrintedNumber } from '../types';
import { type Cursor, isP, m, numberAt, percentAfter, readBase } from './context';

/** A restating link of `links` at `to`, past one comma (`, tương ứng`, `, tương đương`), or null. */
function linkAfter(c: Cursor, to: number, links: readonly Phrase[] | undefined): PhraseMatch<unknown> | null {
  return links ? m(c, isP(c.tokens[to], ',') ? to + 1 : to, links) : null;
}

/**
 * The token after `[,] <restating link> [same-direction verb]` at `to` (grammar
 * `restatedChangeLinks`: `tương ứng`, `tương ứng với`, `cụ thể là`, `tức`), or -1. A verb of the
 * other direction (`tăng 5 tỷ đồng, tương ứng giảm …`) restates nothing.
 */
function restatedAt(c: Cursor, to: number, sign: number): number {
  const link = linkAfter(c, to, c.g.restatedChangeLinks);
  if (!link) return -1;
  const verb = m(c, link.to, c.g.changeVerbs);
  if (verb && verb.phrase.data !== sign) return -1;
  return verb ? verb.to : link.to;
}

/**
 * `giảm 5,67 tỷ đồng tương ứng với 1,71% so với năm 2013`, `tăng 5 tỷ đồng, tương ứng tăng 4,3%`,
 * `giảm 2 tỷ đồng, tức giảm 10% so với cùng kỳ`: an absolute change restated as its rate after a
 * restating link (Vietnamese reports) — the change is that rate, and the base after it is the
 * change's. The rate ends the clause or is followed by its base. Constant time.
 * @internal
 */
export function restatedRateVi(
  c: Cursor,
  to: number,
  sign: number,
): { at: number; amount: PrintedNumber; to: number } | null {
  const at = restatedAt(c, to, sign);
  if (at < 0) return equalRateAt(c, to, sign);
  const r = numberAt(c, at);
  const end = r ? percentAfter(c, at + 1) : 0;
  if (!r || !end) return null;
  return { at, amount: sign < 0 ? negate(r) : r, to: end };
}

/**
 * `tăng 0,6% cụ thể là tăng 0,3 tỷ đồng so với năm 2014`, `tăng 3,14% tương ứng 10,24 tỷ đồng so
 * với năm 2014`: a rate restated as its amount (with a scale or a unit, never a percentage) after a
 * restating link — a base after the amount is the rate's too (the amount itself is read on its own:
 * an absolute change, or a second value, both left unread). The token after the amount, or -1.
 * Constant time.
 * @internal
 */
export function restatedAmountVi(c: Cursor, to: number, sign: number): number {
  const at = restatedAt(c, to, sign);
  if (at < 0 || numberAt(c, at) === null) return -1;
  const q = readQuantity(c.text, c.tokens, at, c.g, c.limit);
  const amount = q?.quantity;
  if (!q || !amount || q.numberAt !== at || amount.unitCode === 'percent' || percentAfter(c, at + 1) > 0) return -1;
  return amount.scale !== 0 || amount.unit !== undefined ? q.to : -1;
}

/**
 * `doanh thu chuyển nhượng bất động sản giảm 24.532 tỷ đồng, tương đương 31% so với năm 2021`: an
 * absolute change restated after `tương đương` (grammar `restatedRateLinks`) as a percentage its base
 * follows at once — the change's rate (it had been a certain ratio of 31 %; round 65). Only with the
 * base: `cao hơn 11.600 tỷ đồng, tương đương 9,2% GDP` is a share, `đạt …, tương đương 51,7% kế hoạch`
 * a completion, both left to their rules. The verb's sign is the rate's. Constant time.
 */
function equalRateAt(c: Cursor, to: number, sign: number): { at: number; amount: PrintedNumber; to: number } | null {
  const link = linkAfter(c, to, c.g.restatedRateLinks);
  const r = link ? numberAt(c, link.to) : null;
  const end = r && link ? percentAfter(c, link.to + 1) : 0;
  const base = end ? readBase(c, end) : null;
  if (!link || !r || !end || !base || base.base.kind === 'plan') return null;
  return { at: link.to, amount: sign < 0 ? negate(r) : r, to: end };
}
