import { fold } from '../../fold';
import type { Grammar } from '../../grammar';
import { matchPeriod } from '../../period-phrase';
import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, first, WIDE_WINDOW } from '../context';
import { EARLIER } from '../helpers';

/** Per grammar: the folded texts of its base phrases that name an earlier period. */
const PERIOD_BASES = new WeakMap<Grammar, ReadonlySet<string>>();

/**
 * `last year's`, `the previous year’s`: a base phrase of the grammar whose last word carries a
 * possessive `'s` (one token to the tokenizer), starting at token `j` (two or three words).
 */
function possessiveBase(t: readonly Token[], g: Grammar, j: number): boolean {
  let set = PERIOD_BASES.get(g);
  if (!set) {
    set = new Set(g.bases.filter((b) => EARLIER.has(b.data.kind)).map((b) => fold(b.text)));
    PERIOD_BASES.set(g, set);
  }
  const words: string[] = [];
  for (let n = 0; n < 3 && j + n < t.length; n++) {
    const x = t[j + n] as Token;
    if (x.kind !== 'word') return false;
    const f = x.forms.fold;
    const bare = f.replace(/['’]s$/u, '');
    if (bare !== f) return n > 0 && set.has([...words, bare].join(' '));
    words.push(f);
  }
  return false;
}

/**
 * `Pakistan Railways has set Rs 53 billion as a target of income for 2017-18 which is 32 percent higher than
 * the target set in current fiscal year`, `the production target … has been kept at 630 MT with five per cent
 * growth over the target of 2017-18`: a statement that is itself a target by its goal noun (its kind's marker
 * is a noun of grammar `goalNouns`), exceeding a target by a rate, is a target raised over another target —
 * another period's or an earlier one — no completion (round 69, probe of South Asian state firms: it had
 * been a certain completion of 132 % and 105 %).
 */
function targetOverTarget(ctx: Ctx, f: Extracted<unknown>): boolean {
  const kind = ctx.s.kind;
  if (kind.value !== 'target' || !kind.rule.includes('.kind.target-marker')) return false;
  if ((f.value as { form?: string } | undefined)?.form !== 'exceeded-by') return false;
  const k = ctx.ix.at(kind.span.start);
  return k !== undefined && matchAt(ctx.ix.tokens, k, ctx.g.goalNouns)?.to === ctx.ix.from(kind.span.end);
}

/**
 * `a rise of 1.68 percent compared to last year's estimates`, `up 5 percent from the 2022
 * estimate` in a statement of 2023: a figure against ANOTHER period's plan or estimate is no
 * completion of this period's plan (that plan's own figure is not stated).
 */
export const earlierPlanDoubt: DoubtRule = {
  id: 'earlier-plan',
  doubts: (ctx, f, what) => {
    if (what !== 'completion') return false;
    if (targetOverTarget(ctx, f)) return true;
    const from = first(ctx, f);
    if (from === undefined) return false;
    const t = ctx.ix.tokens;
    const own = ctx.s.period?.value;
    // The plan's own words may follow the figure (`so với dự toán năm trước`): up to three
    // tokens after its span, in its clause.
    let tail = 0;
    for (let j = from; j < t.length && j < from + WIDE_WINDOW; j++) {
      const x = t[j] as Token;
      if (x.start >= f.span.end && (x.kind === 'punct' || ++tail > 3)) break;
      if (x.kind === 'number' && /^(19|20)\d\d$/u.test(x.text)) {
        if (own !== undefined && !own.startsWith(x.text)) return true;
        continue;
      }
      if (x.kind !== 'word') continue;
      const p = matchPeriod(t, j, ctx.g.locale);
      if (p && p.relative !== undefined && p.relative < 0) return true;
      // (`would be VND2.07 quadrillion, a rise of 16.3% as compared with this year's estimate`: a
      // rise against a plan owned by a period (`year's`, `quarter's`) in a statement that names no
      // period of its own: the figure may be of another period than the plan's.)
      if (
        own === undefined &&
        (f.value as { form?: string } | undefined)?.form === 'exceeded-by' &&
        x.forms.fold !== x.forms.fold.replace(/['’]s$/u, '')
      ) {
        const K = ctx.g.periodWords.keys;
        const bare = x.forms.fold.replace(/['’]s$/u, '');
        if (K.year.has(bare) || K.quarter.has(bare) || K.month.has(bare)) return true;
      }
      // `năm trước`, `last year's estimates`, `the previous year's plan`: a base phrase (not a
      // plan word) owns the plan.
      // (`kế hoạch giao đầu năm`, `the target set at the beginning of the year`: this year's.)
      const base = p ? null : matchAt(t, j, ctx.g.bases);
      if (base && EARLIER.has(base.phrase.data.kind)) return true;
      if (possessiveBase(t, ctx.g, j)) return true;
    }
    return false;
  },
};
