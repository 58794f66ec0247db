import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many tokens before a bare percentage its ratio verb may start (`bằng khoảng`, `ước bằng`). */
const VERB_BACK = 3;

/** True when a ratio verb (`bằng`, `chỉ bằng`) ends right before the number of the field. */
function ratioVerbBefore(a: SentenceContext, f: Extracted<unknown>): boolean {
  const at = tokenAt(a.tokens, f.span.start);
  let k = at;
  while (k < a.tokens.length && k < at + VERB_BACK && a.tokens[k]?.kind !== 'number') k++;
  for (let j = Math.max(0, k - VERB_BACK); j < k; j++)
    if (matchAt(a.tokens, j, a.g.ratioVerbs, k)?.to === k) return true;
  return false;
}

/**
 * `Chỉ số sản xuất công nghiệp tháng 10 tăng 1,53% so với tháng trước, trong đó: ngành khai khoáng
 * bằng 98,5%…`, `… giảm 2,4% so với quý trước, trong đó vốn nhà nước bằng 91,3%`: a bare percentage
 * after a ratio verb in the part of a `trong đó` list right after a head whose change names one base
 * (and one only) is that part's index against the head's base — a ratio (it was read as a doubted
 * percentage level). A head with two bases (`so với tháng trước và … so với cùng kỳ`) gives none. A
 * RATE of the list keeps no base (`silent-wrong.test.ts`: the list's base is not stated there).
 */
export function ofWhichRatios(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  for (const d of a.sentenceDrafts(st.span)) {
    const head: Draft | undefined = d.parentDraft?.draft;
    if (!head) continue;
    const based = head.changes.filter((c) => c.value.base);
    const first = based[0];
    if (based.length !== 1 || !first?.value.base) continue;
    if (head.changes.some((c) => c !== first && !c.value.base)) continue;
    const base = first.value.base;
    const v = d.value;
    if (!v) continue;
    if (v.value.unitCode !== 'percent' || d.completion || d.changes.length > 0) continue;
    if (!ratioVerbBefore(a, v)) continue;
    const q = v.value;
    const change: ExtractedChange = {
      form: 'ratio',
      amount: q.number,
      base,
      ...(q.approximate ? { approximate: q.approximate } : {}),
    };
    d.changes.push({ ...v, value: change, rule: `${v.rule}+of-which-ratio` });
    d.value = undefined;
  }
}
