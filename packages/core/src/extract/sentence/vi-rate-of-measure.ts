import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `Năng suất lao động ngành TT&TT ước đạt khoảng 648 triệu đồng, tốc độ tăng năng suất 6,7% so với năm
 * 2021`: a clause named by a growth word (grammar `growthWords`: `tốc độ tăng`) and the noun that opens
 * the name of the statement before it — a level with no change of its own — states that statement's
 * rate of change: the change moves to it, and the clause's own statement, left empty, is dropped (round
 * 48; the level and its rate had been two statements, the rate's named for the rate). Vietnamese.
 * Linear in the sentence's drafts.
 */
export function ratesOfMeasures(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  let level: ReturnType<SentenceContext['sentenceDrafts']>[number] | undefined;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.value && d.changes.length === 0 && d.name) {
      level = d;
      continue;
    }
    const c = d.changes.length === 1 ? d.changes[0] : undefined;
    if (!level?.name || !d.name || d.value || d.completion || c?.value.form !== 'rate') continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const growth = matchAt(a.tokens, from, a.g.growthWords, to);
    if (!growth || growth.to >= to) continue;
    // (the words after the growth word open the level's name: `năng suất` of `Năng suất lao động …`)
    const head = tokenAt(a.tokens, level.name.span.start);
    let same = true;
    for (let k = growth.to; k < to && same; k++)
      same = a.tokens[k]?.forms.fold === a.tokens[head + k - growth.to]?.forms.fold;
    if (!same) continue;
    level.changes.push({ ...c, rule: `${c.rule}+rate-of-measure` });
    for (const u of d.unread) if (u.what === 'change') level.unread.push(u);
    d.changes.length = 0;
    d.unread.length = 0;
    level = undefined;
  }
}
