import { shift } from '../numeral';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import { LISTED_EXCEEDED } from '../scan';
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
 * True when the list's first percentage is led by a verb of exceeding (grammar `exceedVerbs`,
 * `exceedLevelVerbs`: `exceeding 15%`, `vượt 15%`), its number right after the verb or after an
 * approximation word (`exceeding nearly 15%`).
 */
function exceedVerbBefore(a: SentenceContext, it: Item & { t: 'figure' }): boolean {
  if (it.fig.kind !== 'percent') return false;
  const t = a.tokens;
  const n = it.fig.q.numberAt;
  // (the verb inside the item, `exceeding 15%`, or right before it, `vượt 15%`; an approximation between)
  const verbAt = (end: number): boolean =>
    phraseEndingAt(t, end, a.g.exceedVerbs) >= 0 || phraseEndingAt(t, end, a.g.exceedLevelVerbs) >= 0;
  if (verbAt(n)) return true;
  const approx = phraseEndingAt(t, n, a.g.approximate);
  return approx >= 0 && verbAt(approx);
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
    // (`exceeding 15% and 22% of the year plan`, `vượt 15% và 22% kế hoạch`: the verb before the
    // first is every item's, and the last's too — each the plan exceeded by it, as one alone is)
    const exceeded = exceedVerbBefore(a, items[k] as Item & { t: 'figure' });
    if (exceeded && last && last.fig.kind === 'completion') {
      const c = last.fig.completion;
      out[j] = {
        ...last,
        fig: { ...last.fig, completion: { ...c, percent: shift(c.percent, '100'), form: 'exceeded-by' } },
        rule: `${a.g.locale}${LISTED_COMPLETION}`,
      };
    }
    for (const x of chain) {
      const it = out[x] as Item & { t: 'figure' };
      if (it.fig.kind !== 'percent' || !it.fig.q.quantity) continue;
      const q = it.fig.q.quantity;
      const completion: StatedCompletion = {
        percent: exceeded ? shift(q.number, '100') : q.number,
        form: exceeded ? 'exceeded-by' : 'of-plan',
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

/** Moves change `c` (and the base year waiting under it) from draft `from` to draft `to`. */
function moveChange(from: Draft, to: Draft, c: Draft['changes'][number]): void {
  const year = from.sameIn.get(c);
  from.sameIn.delete(c);
  from.changes = from.changes.filter((x) => x !== c);
  to.changes = [...to.changes, c];
  if (year !== undefined) to.sameIn.set(c, year);
}

/**
 * `went up 12.5 percent and 27.7 percent on-year and exceeded the estimates by 43.6 percent and
 * 6.6 percent, respectively`, `welcomed 10.9 million visitors and reeled in VNĐ31 trillion, up
 * 32.8 per cent and 22.1 per cent year on year and surpassing the yearly targets by 29.3 per cent
 * and 10.8 per cent, respectively`, `increasing 33 per cent in revenue and 39 per cent in before
 * tax profit, reaching 104 per cent and 111 per cent of the ytd target, respectively`: in a
 * sentence that pairs by order, a list of N ≥ 2 completions (the head statement's completion,
 * then N − 1 statements holding only a completion read as the list's next items) pairs with a
 * list of N changes of one form written before it — all in the head statement, or one in each of
 * the N statements ending at the head — completion k with change k. When the head holds the
 * changes and a value, and the N − 1 statements before it each hold only a value, the values are
 * the items: value k takes change k and completion k. Any other count pairs nothing. The
 * completions keep their doubts (`respectively`). Linear: the sentence's statements once.
 */
export function pairCompletionsWithChanges(a: SentenceContext, st: SentenceState): void {
  const { from, to } = st.sentence;
  let word = -1;
  for (let i = from; i < to && word < 0; i++) if (matchAt(a.tokens, i, a.g.respectiveWords, to)) word = i;
  if (word < 0) return;
  const drafts = a.sentenceDrafts(st.span);
  const listed = (d: Draft): boolean =>
    !d.value &&
    d.changes.length === 0 &&
    !d.density &&
    !d.rank &&
    !d.target &&
    (d.completion?.rule.endsWith(LISTED_COMPLETION) === true || d.completion?.rule.includes(LISTED_EXCEEDED) === true);
  const bare = (d: Draft): boolean => !d.completion && !d.density && !d.rank && !d.target;
  for (let n = 0; n < drafts.length; n++) {
    const head = drafts[n] as Draft;
    if (!head.completion || head.density || head.rank || head.target || head.changes.length === 0) continue;
    let end = n + 1;
    while (end < drafts.length && listed(drafts[end] as Draft)) end++;
    // (`reaching 104 per cent and 111 per cent of the ytd target`: a list of percentages of a plan
    // closes on the plan's own completion, a statement of its own)
    const open = (drafts[end - 1] as Draft).completion?.rule.endsWith(LISTED_COMPLETION) === true;
    if (open) {
      const last = drafts[end];
      const only = last && !last.value && last.changes.length === 0 && !last.density && !last.rank && !last.target;
      if (!only || !last.completion) continue;
      end++;
    }
    const count = end - n;
    if (count < 2) continue;
    const list = drafts.slice(n, end);
    const completions = list.map((d) => d.completion as NonNullable<Draft['completion']>);
    const form = head.changes[0]?.value.form;
    const mark = (c: NonNullable<Draft['completion']>) => ({ ...c, rule: `${c.rule}+paired` });
    if (head.changes.length === count && head.changes.every((c) => c.value.form === form)) {
      const changes = [...head.changes];
      const before = drafts.slice(n - count + 1, n);
      const values =
        head.value !== undefined &&
        n - count + 1 >= 0 &&
        before.every((d) => d.value && d.changes.length === 0 && bare(d));
      // the items: the values before and the head's, or the head and the completions' statements
      const items = values ? [...before, head] : list;
      for (const d of list) if (d !== head) d.completion = undefined;
      items.forEach((d, k) => {
        if (d !== head) moveChange(head, d, changes[k] as Draft['changes'][number]);
        d.completion = mark(completions[k] as NonNullable<Draft['completion']>);
      });
    } else if (head.changes.length === 1 && !head.value && n - count + 1 >= 0) {
      const carriers = drafts.slice(n - count + 1, n + 1);
      const one = (d: Draft): boolean =>
        !d.value && d.changes.length === 1 && d.changes[0]?.value.form === form && (d === head || bare(d));
      if (!carriers.every(one)) {
        n = end - 1;
        continue;
      }
      for (const d of list) d.completion = undefined;
      carriers.forEach((d, k) => {
        d.completion = mark(completions[k] as NonNullable<Draft['completion']>);
      });
    }
    n = end - 1;
  }
}
