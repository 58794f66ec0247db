import { matchAt } from '../phrase';
import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/**
 * `chiếm 45,6%`, `đạt 56,35%`: a percentage with neither plan nor base is the value when the
 * statement has none (or a completion of its parent's plan in a `trong đó` list), else unread.
 */
export function placePercent(a: PlaceContext, d: Draft, it: FigureItem, fig: FigureOf<'percent'>): void {
  const L = a.g.locale;
  const level = it.level;
  const q = a.quantity(fig.q, fig.approximate);
  const share = fig.verbFrom !== undefined && matchAt(a.tokens, fig.verbFrom, a.g.shareWords) !== null;
  // A growth whose percentage was read as its rate (`tăng trưởng … đạt 3,89%`) has no level.
  const growth = d.changes.some((c) => c.rule.endsWith('+growth-name'));
  // `Tổng giải ngân đạt 93,57% kế hoạch, trong đó, vốn trong nước đạt 97,38%, …`: under a parent
  // whose figure is a completion (and no level), a part's percentage after a verb is its
  // completion of the same plan.
  const parent = d.parentDraft?.draft;
  const number = fig.q.quantity?.number;
  if (
    parent?.completion &&
    !parent.value &&
    !share &&
    fig.verbFrom !== undefined &&
    number &&
    !d.value &&
    !d.completion &&
    !growth
  ) {
    const completion = {
      percent: number,
      form: 'of-plan' as const,
      of: parent.completion.value.of,
      approximate: fig.approximate,
    };
    d.completion = a.field(completion, it.from, it.to, `${L}.completion.of-parent-plan`, level);
    return;
  }
  if (!d.value && !d.completion && !growth) {
    d.value = a.field(q, it.from, it.to, `${L}.value.percent-rate`, level);
    if (share) a.shareValues.add(d);
    if (fig.stage && !d.stage && fig.verbFrom !== undefined)
      d.stage = a.field(fig.stage, fig.verbFrom, fig.q.from, `${L}.stage.verb`, level);
  } else {
    d.unread.push(
      a.unread(
        'completion',
        'percent-without-base',
        it.from,
        it.to,
        `${fig.q.quantity?.number.text ?? ''}% of what? Neither a plan nor a comparison base is named`,
      ),
    );
  }
  return;
}
