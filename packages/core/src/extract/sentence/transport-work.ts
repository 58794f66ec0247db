import { fold } from '../fold';
import type { SentenceContext, SentenceState } from './context';

/**
 * `Vận tải hành khách tháng 12 ước đạt 297,1 triệu lượt khách vận chuyển, tăng 3,6% so với tháng
 * trước và luân chuyển 14,3 tỷ lượt khách.km, tăng 5,2%`, `Vận tải hàng hóa 9 tháng ước đạt 1.650
 * triệu tấn …; luân chuyển 379,5 tỷ tấn.km`: the transport work (a value in `tấn.km`, `lượt
 * khách.km`; grammar `transportWorkUnits`) beside the volume carried is the second figure of the
 * same release, under the same stage word — the statement before it in the sentence lends its stage
 * when the work has none of its own and names no other period. One pass over the sentence's
 * statements.
 */
export function transportWorkStages(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const previous = drafts[i - 1];
    const unit = d?.value?.value.unit;
    if (!d || !previous || !unit || d.stage || !previous.stage || !previous.value) continue;
    if (d.kind.value !== previous.kind.value || !a.g.transportWorkUnits.has(fold(unit))) continue;
    if (d.period && previous.period && d.period.value !== previous.period.value) continue;
    d.stage = { ...previous.stage, rule: `${previous.stage.rule}+transport-work` };
  }
}
