import { findUnit } from '../../model/units';
import { matchAt } from '../phrase';
import { tokenAt } from '../sentence/token-at';
import type { Quantity } from '../types';
import type { Draft, FigureItem, FigureOf, PlaceContext } from './context';

/**
 * (`Có 8 khoản thu đạt khá (trên 20% so với dự toán), trong đó thuế thu nhập cá nhân ước đạt 25%, …`:
 * a parent whose value only counts its parts — no unit, or a unit of counting — still lends its
 * plan to them, as one with no value does)
 */
function countOnly(q: Quantity): boolean {
  if (q.scale) return false;
  return q.unitCode === undefined
    ? q.unit === undefined || !q.unit.includes('%')
    : findUnit(q.unitCode)?.kind === 'count';
}

/** True when the statement's name holds a rate noun (`tỷ lệ hộ nông thôn đạt 95%`: a level, not a completion). */
function rateNamed(a: PlaceContext, d: Draft): boolean {
  const n = d.name;
  if (!n) return false;
  for (let i = tokenAt(a.tokens, n.span.start); i < a.tokens.length && (a.tokens[i]?.end ?? 0) <= n.span.end; i++)
    if (matchAt(a.tokens, i, a.g.pointsLevelNouns)) return true;
  return false;
}

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
    (!parent.value || (countOnly(parent.value.value) && !rateNamed(a, d))) &&
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
    // (`… ước đạt 25%`: the part's own stage word)
    if (parent.value && fig.stage && !d.stage && fig.verbFrom !== undefined)
      d.stage = a.field(fig.stage, fig.verbFrom, fig.q.from, `${L}.stage.verb`, level);
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
