import { type DoubtRule, numberToken, WIDE_WINDOW } from '../context';
import { leadInSentenceBefore } from '../helpers';

/**
 * `… đấu tranh thành công một chuyên án xuyên quốc gia, bắt giữ 8 đối tượng quốc tịch Lào mang theo
 * 198 kg ma túy`, `phá một đường dây đánh bạc, bắt 15 đối tượng`: a count read after a verb of
 * casework, in a sentence that tells of ONE case a few words before it (grammar `singleEventLeads`:
 * `một chuyên án`, `một vụ án`, `một đường dây`), describes that case — how many it caught — and is
 * no tally of the indicator the report keeps (`bắt giữ 45 vụ, 67 đối tượng` in a month's report);
 * its value is doubted (`counted-noun`). Looks {@link WIDE_WINDOW} tokens back in the sentence. Round 26.
 * @internal
 */
export const singleEventDoubt: DoubtRule = {
  id: 'counted-noun',
  doubts: (ctx, f, what) => {
    const leads = ctx.g.singleEventLeads;
    if (what !== 'value' || !leads || leads.length === 0) return false;
    const q = f.value as { scale?: number; unitCode?: string } | undefined;
    if (q?.scale !== 0) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    return leadInSentenceBefore(ctx.ix.tokens, k, WIDE_WINDOW, leads);
  },
};
