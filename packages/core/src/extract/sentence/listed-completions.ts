import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { joinedChain, joinerItem } from './list-joiners';

/** The rule suffix of a completion read from a list (`27.4%` of `27.4% and 28.3% of the plan`). */
export const LISTED_COMPLETION = '.completion.listed-of-plan';

/** A comma, a joiner marker, or a word that is a joiner of the grammar (`and`, `và`). */
/** A percentage with no share verb (no verb at all but the first's) and no `of …` after it (`27.4%` of `27.4% and 28.3% of the plan`). */
function barePercent(a: SentenceContext, it: Item | undefined, verb: boolean): it is Item & { t: 'figure' } {
  if (it?.t !== 'figure' || it.fig.kind !== 'percent' || it.fig.q.quantity?.unitCode !== 'percent') return false;
  if (!verb && it.fig.verbFrom !== undefined) return false;
  // (a ratio verb only before the first: `equivalent to 27.4% and 28.3% of the plan`)
  if ((!verb && matchAt(a.tokens, it.from, a.g.ratioVerbs)) || matchAt(a.tokens, it.from, a.g.shareWords)) return false;
  return !matchAt(a.tokens, it.fig.q.to, a.g.quantityOf);
}

/**
 * `completing 27.4% and 28.3% of the 2023 target`, `has completed 56.2% and 41.2% of target in
 * revenue and profit`, `reached 84%, 82% and 90% of the plan`: a list of percentages joined by
 * commas and `and` whose LAST is a completion of a plan (`… of the plan`) are completions of that
 * plan, as `rose 12% and 8% year-on-year` are rates against one base — the first is no level of
 * its own. Only the first percentage may have a verb (no share or ratio verb: `accounted for 94%
 * and 92% of the group's total` is a share, and its last is no completion of a plan); a
 * percentage before `of` ends the list. One pass over the items.
 */
export function listedCompletions(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  let out: Item[] | undefined;
  for (let k = 0; k < items.length; k++) {
    if (!barePercent(a, items[k], true)) continue;
    // (`completing 44% and 47% of the plan for 2023 and 37% and 38% of our forecast`: a second list
    // joined to a completion before it (its period read past) measures the same values against another yardstick, a broker's
    // own forecast; it is left as read)
    let back = k - 1;
    let joined = false;
    for (; back >= 0; back--) {
      const x = items[back] as Item;
      if (joinerItem(a, x)) joined = true;
      else if (x.t !== 'period') break;
    }
    if (joined && (items[back] as Item | undefined)?.t === 'figure') {
      const before = items[back] as Item & { t: 'figure' };
      if (before.fig.kind === 'completion') continue;
    }
    const { chain, j, last } = joinedChain(
      a,
      items,
      k,
      (it) => it.fig.kind === 'completion' && it.fig.completion.form === 'of-plan' && it.from === it.fig.numberAt,
      (it) => barePercent(a, it, false),
    );
    const plan = last?.fig.kind === 'completion' ? last.fig.completion.of : undefined;
    if (plan === undefined) {
      k = Math.max(k, j - 1);
      continue;
    }
    out ??= [...items];
    for (const x of chain) {
      const it = out[x] as Item & { t: 'figure' };
      if (it.fig.kind !== 'percent' || !it.fig.q.quantity) continue;
      const q = it.fig.q.quantity;
      const completion: StatedCompletion = {
        percent: q.number,
        form: 'of-plan',
        of: plan,
        ...(q.approximate ? { approximate: q.approximate } : {}),
      };
      out[x] = {
        ...it,
        fig: { kind: 'completion', completion, numberAt: it.fig.q.numberAt, stage: it.fig.stage },
        rule: `${a.g.locale}${LISTED_COMPLETION}`,
      };
    }
    k = j;
  }
  return out ?? items;
}

/**
 * `net revenue and PBT were VND 479 billion (+53% YoY) and VND 99 billion (+50% YoY), completing
 * 27.4% and 28.3% of the 2023 target`: a list of N ≥ 2 completions (the first read from the list,
 * each after it a statement of its own) right after a run of exactly N statements with a value and
 * no completion of their own — the last of them holding the list's first completion — gives
 * completion k to value k, in order. Another count pairs nothing (each completion stays its own
 * statement). Linear: the sentence's statements once.
 */
export function pairListedCompletions(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  const onlyCompletion = (d: Draft): boolean =>
    !d.value && d.changes.length === 0 && !d.density && !d.rank && d.completion !== undefined;
  for (let n = 0; n < drafts.length; n++) {
    const head = drafts[n] as Draft;
    if (!head.completion?.rule.endsWith(LISTED_COMPLETION)) continue;
    if (!head.value && !onlyCompletion(head)) continue;
    // the list: the head's completion, then statements holding only a completion, the last one
    // the plan's (`28.3% of the 2023 target`)
    let end = n + 1;
    let closed = false;
    while (end < drafts.length && !closed) {
      const d = drafts[end] as Draft;
      if (!onlyCompletion(d)) break;
      closed = !d.completion?.rule.endsWith(LISTED_COMPLETION);
      end++;
    }
    const count = end - n;
    // the values before it: the head's own, then the statements before with a value and nothing else
    let run = head.value ? 1 : 0;
    for (let j = n - 1; j >= 0 && run < count + 1; j--) {
      const d = drafts[j] as Draft;
      if (!d.value || d.completion || d.density || d.rank || d.target) break;
      run++;
    }
    if (!closed || count < 2 || run !== count) {
      n = end - 1;
      continue;
    }
    const completions = drafts.slice(n, end).map((d) => d.completion as NonNullable<Draft['completion']>);
    const values = drafts.slice(head.value ? n - count + 1 : n - count, head.value ? n + 1 : n);
    for (const d of drafts.slice(n, end)) d.completion = undefined;
    values.forEach((v, k) => {
      const c = completions[k] as NonNullable<Draft['completion']>;
      v.completion = { ...c, rule: `${c.rule}+paired` };
    });
    n = end - 1;
  }
}
