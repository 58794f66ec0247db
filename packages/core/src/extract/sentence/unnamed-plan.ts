import { glueOf } from '../glue';
import { matchAt, phraseEndingAt } from '../phrase';
import { readQuantity } from '../quantity';
import type { Token } from '../tokenize';
import { tokenize } from '../tokenize';
import type { StatedCompletion } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule of a completion whose plan the sentence does not name (the certainty pass doubts it: `percent-role`). */
export const UNNAMED_PLAN = 'completion.unnamed-plan';

/** True when no word in tokens `[from, at)` opens a ratio verb, a share verb or a rate noun. */
export function plainVerb(a: SentenceContext, tokens: readonly Token[], from: number, at: number): boolean {
  for (let i = from; i < at; i++)
    if (
      matchAt(tokens, i, a.g.ratioVerbs, at) ||
      matchAt(tokens, i, a.g.shareWords, at) ||
      matchAt(tokens, i, a.g.pointsLevelNouns, at)
    )
      return false;
  return true;
}

/**
 * `Chi đầu tư phát triển là 1.596,7 tỷ đồng, đạt 119,07%, giảm 26,83%`, `Sản lượng lương thực ước
 * 56.300 tấn, đạt 54,37%.`, `has disbursed 849,933 billion VND, reaching 18.36%`: after an amount, a
 * verb of the grammar's `unnamedPlanVerbs` and a bare percentage that ends its clause (a comma, a
 * semicolon, a bracket, a joiner or the end follows it) is, in report prose, the share of the plan
 * or budget estimate reached — but the sentence names no plan. It is read as a completion of an
 * unnamed plan and left UNCERTAIN (`percent-role`: the audit never checks it), instead of a
 * percentage of nothing. Not after a percentage level (`tỷ lệ … đạt 95%`), not after `bằng` (a
 * ratio to an earlier period as often) or a share verb, and not when a noun follows the
 * percentage (`đạt 95% dân số`, `đạt 45% tổng doanh thu`: a share of a whole). English reads only
 * participles (`, reaching 18.36%`): a finite verb there is the figure's own (`growth reached
 * 6%`). Constant work per unread percentage.
 */
export function unnamedPlanCompletions(a: SentenceContext, st: SentenceState): void {
  const L = a.g.locale;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    // (a part of a `trong đó` list is left to the parent's plan, `place/percent.ts`)
    if (!v || v.value.unitCode === 'percent' || d.completion || d.kind.value !== 'actual' || d.parentDraft) continue;
    const u = d.unread.find((x) => x.what === 'completion' && x.reason === 'percent-without-base');
    if (!u || u.span.start < v.span.end) continue;
    const k = tokenAt(a.tokens, u.span.start);
    const end = tokenAt(a.tokens, u.span.end);
    const after = a.tokens[end] as Token | undefined;
    const ends =
      after === undefined ||
      (after.kind === 'punct' && [',', ';', '.', ')', '('].includes(after.text)) ||
      matchAt(a.tokens, end, a.g.joiners) !== null;
    if (!ends) continue;
    const local = tokenize(u.span.text, glueOf(a.g));
    const at = local.findIndex((t) => t.kind === 'number');
    // (the figure's span opens on its verb: `đạt 54,37%`, `ước đạt 25%`, `hoàn thành 98%`; not a
    // ratio verb, a share verb or a rate noun: `bằng 105%`, `chiếm 20%`, `đạt tỷ lệ 95%`)
    const verb = at > 0 ? matchAt(local, 0, a.g.unnamedPlanVerbs) : null;
    if (!verb || verb.to !== at || !plainVerb(a, local, 0, at)) continue;
    const q = at < 0 ? null : readQuantity(u.span.text, local, at, a.g);
    if (q?.quantity?.unitCode !== 'percent') continue;
    const completion: StatedCompletion = {
      percent: q.quantity.number,
      form: 'of-plan',
      of: 'plan',
      approximate: q.quantity.approximate,
    };
    // (`…, so dự toán giao đạt 42%`, `…, so với kế hoạch đạt 95%`: a compare word and the plan right
    // before the verb name the plan — the completion of that plan, certain; round 58)
    const named = namedBefore(a, k);
    if (named) {
      d.completion = a.field({ ...completion, of: named.of }, named.from, end, `${L}.completion.plan-before-verb`);
      d.unread = d.unread.filter((x) => x !== u);
      continue;
    }
    // (the percentage stays listed in `unread`: the plan it is of is still not read)
    d.completion = a.field(completion, k, end, `${L}.${UNNAMED_PLAN}`);
  }
}

/** How many words a plan named before a completion's verb may take (`dự toán HĐND huyện giao`). */
const PLAN_WORDS = 5;

/**
 * A compare word and a plan phrase (grammar `compareWords`, `planWords`) ending right at token `k`
 * (`so dự toán giao`, `so với kế hoạch năm`): where the compare word starts and the plan's kind.
 */
function namedBefore(a: SentenceContext, k: number): { from: number; of: StatedCompletion['of'] } | null {
  for (let b = Math.max(0, k - PLAN_WORDS); b < k; b++) {
    const plan = matchAt(a.tokens, b, a.g.planWords, k);
    if (plan?.to !== k) continue;
    const compare = phraseEndingAt(a.tokens, b, a.g.compareWords, 2, 0, true);
    return compare >= 0 ? { from: compare, of: plan.phrase.data } : null;
  }
  return null;
}
