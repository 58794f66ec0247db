import { matchAt, type Phrase } from '../../phrase';
import type { Token } from '../../tokenize';
import { afterField, type DoubtRule, numberToken, WINDOW } from '../context';

const isComma = (t: Token | undefined): boolean => t?.kind === 'punct' && t.text === ',';
const endsSentence = (t: Token | undefined): boolean => t?.kind === 'punct' && /^[.;:!?]$/u.test(t.text);

/**
 * The token of a concessive lead (grammar `concessive.leads`: `despite`, `although`, `in spite of`)
 * that opens the clause holding token `k`: looked for back from `k` within {@link WINDOW} tokens, no
 * comma or sentence mark between; -1 when there is none.
 */
function concessiveLeadBefore(t: readonly Token[], k: number, leads: readonly Phrase[]): number {
  for (let j = k - 1; j >= 0 && j >= k - WINDOW; j--) {
    const x = t[j];
    if (isComma(x) || endsSentence(x)) return -1;
    if (matchAt(t, j, leads, k) !== null) return j;
  }
  return -1;
}

/**
 * `Despite a slight decline of 1.3 percent in total premiums earned compared to the same period in
 * 2023, the non-life insurance sector posted … gross premiums written, reaching P28.20 billion`,
 * `Sales reached $5 billion, although exports fell 3%`: a change inside a concessive clause
 * (grammar `concessive.leads`) and a value outside it — after the comma that ends the clause, or
 * before its lead — is most often another indicator's change, the one the clause names; whose it
 * is, is not told. The change is doubted (`other-clause`); a change and a value in one concessive
 * clause (`Despite revenue rising 5% to $2 billion, …`) keep their reading. Round 32, English.
 * @internal
 */
export const concessiveChangeDoubt: DoubtRule = {
  id: 'other-clause',
  doubts: (ctx, f, what) => {
    const leads = ctx.g.concessive?.leads;
    const v = ctx.s.value;
    if (what !== 'change' || !v || !leads || leads.length === 0) return false;
    const k = numberToken(ctx, f);
    const vAt = numberToken(ctx, v);
    if (k === undefined || vAt === undefined) return false;
    const t = ctx.ix.tokens;
    const lead = concessiveLeadBefore(t, k, leads);
    if (lead < 0) return false;
    // the value before the concessive lead: `…, reaching $5 billion, although exports fell 3%`
    if (vAt < lead) return true;
    // the value after the clause: a comma between the change and the value ends it
    const end = afterField(ctx, f);
    if (end === undefined || vAt < end) return false;
    for (let j = end; j < vAt; j++) {
      if (endsSentence(t[j])) return false;
      if (isComma(t[j])) return true;
    }
    return false;
  },
};
