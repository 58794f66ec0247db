import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Clause, SentenceContext, SentenceState } from './context';

/**
 * The frame of a clause's statement: target or actual (a target marker in the clause, or the
 * sentence's goal frame unless a stage word says it is a result), its stage word, its period.
 * `opened` says the clause opened the statement (a bracket on the one before is an aside).
 */
export function frameStatement(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  clause: Clause,
  leading: readonly Item[],
  firstFigureOfSentence: boolean,
  opened: boolean,
): void {
  const L = a.g.locale;
  const targetMarker = clause.items.find((it) => it.t === 'marker' && it.kind === 'target');
  const stageMarker = leading.find((it) => it.t === 'marker' && it.kind === 'stage');
  // `… ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%)`: a plan word in a bracket after the figures
  // states the plan beside the result; it does not make the result a target.
  const aside = clause.sepBefore === '(' && !opened;
  if (targetMarker && draft.kind.value !== 'target' && !aside) {
    const level = targetMarker.t === 'marker' ? targetMarker.level : undefined;
    draft.kind = a.field('target', targetMarker.from, targetMarker.to, `${L}.kind.target-marker`, level);
  } else if (st.sentenceTarget && draft.kind.value !== 'target' && !stageMarker) {
    const frame = st.sentenceTarget;
    draft.kind = a.field('target', frame.from, frame.to, `${L}.kind.target-context`);
  }
  // `Phấn đấu năm 2025 tăng trưởng GRDP đạt 8%, thu nhập bình quân đạt 120 triệu đồng`: a
  // sentence that OPENS with a target marker lists goals; its later clauses are goals too.
  if (targetMarker && !firstFigureOfSentence && leading.includes(targetMarker) && targetMarker.t === 'marker')
    st.sentenceTarget ??= { from: targetMarker.from, to: targetMarker.to };
  if (stageMarker && stageMarker.t === 'marker' && stageMarker.stage)
    draft.stage = a.field(stageMarker.stage, stageMarker.from, stageMarker.to, `${L}.stage.word`, stageMarker.level);
  const clausePeriod = clause.items.find((it): it is Item & { t: 'period' } => it.t === 'period');
  if (clausePeriod && !draft.period) {
    const id = a.periodId(clausePeriod.match);
    if (id) draft.period = a.field(id, clausePeriod.from, clausePeriod.to, clausePeriod.match.rule);
    else draft.periodMatch ??= clausePeriod.match;
  }
}
