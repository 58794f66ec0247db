import { findUnit } from '../../../model/units';
import { matchAt, phraseEndingAt } from '../../phrase';
import type { Extracted } from '../../types';
import { type DoubtRule, exactValueToken, WIDE_WINDOW, WINDOW } from '../context';
import { endsRightAt, leadInSentenceBefore } from '../helpers';

/** How far back a single subject is looked for in the figure's sentence (an address may stand between). */
const SUBJECT_REACH = WIDE_WINDOW + WINDOW;

/** How many tokens a fine's verb phrase may take before its amount (`phạt vi phạm hành chính`). */
const FINE_REACH = 6;

/**
 * One incident and its size, not an indicator's figure (round 30): market surveillance, police and
 * veterinary reports tell their tallies (`kiểm tra 1.887 vụ, phát hiện, xử lý 1.413 vụ vi phạm`,
 * `xử phạt vi phạm hành chính 13,5 tỷ đồng`, `tổng số lợn tiêu hủy …`) beside single cases told as
 * examples (`một số vụ điển hình như thu giữ 13 tấn thực phẩm …`, the headline `Thu giữ 1,8 tấn thực
 * phẩm nhập lậu …`, `tại Long An, lực lượng QLTT thu giữ 2.000 đơn vị quần áo`, `phát hiện 62 con lợn
 * dương tính`, `xảy ra dịch tại 1 hộ …, hiện tiêu hủy 36 con bệnh`, `một người … đã bị xử phạt 180 triệu
 * đồng`, `Đối với Hộ kinh doanh …, phạt vi phạm hành chính 7.500.000 đồng`), and the sentence alone
 * does not tell one from the other — the sets annotate the single cases as no fact (test16, test18b,
 * test19) and some tallies of goods as facts (test17b). The exact value is doubted (`incident-size`)
 * when:
 * - a single subject (`incident.oneSubject`: `một người`, `hộ kinh doanh`, `1 hộ`) stands before the
 *   figure in its sentence, or the figure counts it (`tại 1 hộ`), and the figure is no money;
 * - a verb of seizing or finding (grammar `incident.seizeVerbs`; not `tiêu hủy`, whose culls the
 *   outbreak reports tally: `buộc phải tiêu hủy 3.860 con`) ends right before a
 *   quantity that is no money (`trị giá hàng hóa tịch thu 55 tỷ đồng` is a tally) and whose counted
 *   noun is no noun of cases or subjects (`incident.caseNouns`: `phát hiện 20.000 vụ`, `bắt giữ 23 đối
 *   tượng` stay certain);
 * - a verb of a fine (`incident.fineVerbs`) ends right before an amount of money that is written
 *   without a scale word (`7.500.000 đồng`, one fine's exact sum), or whose verb is passive (`bị xử
 *   phạt`: the subject is the one fined), or follows a single subject (`incident.oneSubject`) in its
 *   sentence.
 * Each look is a few tokens, the subject's at most {@link SUBJECT_REACH} back in the sentence.
 * @internal
 */
export const incidentSizeDoubt: DoubtRule = {
  id: 'incident-size',
  doubts: (ctx, f, what) => {
    const words = ctx.g.incident;
    if (!words) return false;
    const k = exactValueToken(ctx, f, what);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const q = (f as Extracted<{ scale?: number; unitCode?: string }>).value;
    const money = q.unitCode !== undefined && findUnit(q.unitCode)?.kind === 'currency';
    // (`tại 1 hộ`: the figure counts the single subject; `xảy ra dịch tại 1 hộ …, hiện tiêu hủy 36 con`: a figure after it)
    if (!money && (matchAt(t, k, words.oneSubject) || leadInSentenceBefore(t, k, SUBJECT_REACH, words.oneSubject)))
      return true;
    if (!money && endsRightAt(t, k, words.seizeVerbs)) {
      // (the counted noun right after the number, or after its unit word)
      return !(matchAt(t, k + 1, words.caseNouns) || matchAt(t, k + 2, words.caseNouns));
    }
    if (!money) return false;
    // (the longest: `bị xử phạt` is passive through `xử phạt`, not `phạt`)
    const verb = phraseEndingAt(t, k, words.fineVerbs, FINE_REACH, 0, true);
    if (verb < 0) return false;
    if (q.scale === 0 || endsRightAt(t, verb, words.passive)) return true;
    return leadInSentenceBefore(t, verb, SUBJECT_REACH, words.oneSubject);
  },
};
