import type { Grammar } from '../../grammar';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import { type DoubtRule, numberToken } from '../context';
import { currencyStart, endsRightAt } from '../helpers';

/** A round number: one followed by zeros, its thousands grouped or not (`1`, `100`, `1.000`, `10,000`). */
const ROUND = /^1(?:[.,]?0)*$/u;

/** How many tokens after `1 người` the figure per person may stand (`Lượng bia 1 người Việt trung bình uống 1 năm là 32 lít`). */
const PER_ONE_REACH = 10;

/**
 * `Lượng bia 1 người Việt trung bình uống 1 năm là 32 lít`: a bare `1` right after a noun (no verb of
 * a value before it), counting a denominator noun, with another number later in its clause, is the
 * `per one` of the figure that follows — no count of one person. Round 56. Constant time.
 */
function oneBeforeFigure(t: readonly Token[], k: number, g: Grammar): boolean {
  const noun = g.perOneNouns && (t[k] as Token).text === '1' ? matchAt(t, k + 1, g.perOneNouns) : null;
  if (!noun) return false;
  const before = t[k - 1];
  if (before?.kind !== 'word' || endsRightAt(t, k, g.valueVerbs) || endsRightAt(t, k, g.changeVerbs)) return false;
  // (`làm chết 1 người và 2 người bị thương`: a joiner before the next number makes them a list of counts)
  for (let j = noun.to; j < t.length && j <= k + PER_ONE_REACH; j++) {
    const x = t[j] as Token;
    if ((x.kind === 'punct' && x.text !== '/') || matchAt(t, j, g.joiners)) return false;
    if (x.kind === 'number') return true;
  }
  return false;
}

/**
 * `số giường bệnh bình quân 1 vạn dân số là 93,02`, `Bác sĩ bình quân 1 vạn dân là 19,23`, `tỷ suất
 * chết trẻ em trên 1.000 trẻ đẻ sống`, `9.5 doctors per 10,000 people`, `for every 1,000 live
 * births`: a round number (one and zeros, or one and a scale word) between a word of `per`
 * (grammar `denominatorLeads`) and a noun it counts (`denominatorNouns`), or right after a slash glued
 * to a unit word (`57 cents/$1000`), is the rate's denominator, no figure of the indicator. Looks two
 * tokens on and one phrase back.
 * @internal
 */
export const denominatorDoubt: DoubtRule = {
  id: 'per-unit',
  doubts: (ctx, f, what) => {
    if (what !== 'value') return false;
    const g = ctx.g;
    if (!g.denominatorLeads || !g.denominatorNouns) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    if (!ROUND.test((t[k] as Token).text)) return false;
    // (`a Homestead Tax Rate of just 57 cents/$1000`: a round amount right after a slash glued to a
    // unit word is what the rate is per; round 63 — it had been a certain $1,000)
    const at = currencyStart(t, g, k);
    const slash = t[at - 1];
    if (slash?.kind === 'punct' && slash.text === '/' && slash.gap === '' && t[at - 2]?.kind === 'word') return true;
    if (!endsRightAt(t, k, g.denominatorLeads)) return oneBeforeFigure(t, k, g);
    // (`cứ 1 triệu USD xuất khẩu`, `for every $1 million exported`: a word of `for every` needs no
    // counted noun after the number; round 55)
    if (g.everyLeads && endsRightAt(t, k, g.everyLeads)) return true;
    // (the noun right after the number, or after one scale word: `1 vạn dân`, `1 thousand people`)
    if (matchAt(t, k + 1, g.denominatorNouns)) return true;
    return (t[k + 1] as Token | undefined)?.kind === 'word' && matchAt(t, k + 2, g.denominatorNouns) !== null;
  },
};
