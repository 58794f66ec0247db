import type { BaseWord } from '../grammar';
import { negate } from '../numeral';
import { matchAt, type PhraseMatch } from '../phrase';
import { numberOf } from './compared-side';
import type { SentenceContext, SentenceState } from './context';
import { nameField } from './context';
import { tokenAt } from './token-at';

/** How many tokens the compared base and its link may take between the verb and the percentage (`so với cùng kỳ năm trước là trên`). */
const REACH = 10;

/**
 * `Lợi nhuận sau thuế quý 4 năm 2020 tăng so với cùng kỳ là trên 10%`, `Doanh thu giảm so với năm
 * 2022 là 8%`: a verb of change, its compared base, then the percentage after a copula — the rate of
 * that change against that base, never a level of 10 % (the name had swallowed the verb and the base).
 * Only a plain base (`cùng kỳ`, the period before, a named period: grammar `bases`), a percentage
 * with no change of its own, and nothing but the base, a copula (grammar `changeCopulas`) and a bound word
 * between the verb and the number. The name ends before the verb. Vietnamese only. Constant work per
 * statement.
 */
export function viVerbBaseRates(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  const end = Math.min(a.tokens.length, tokenAt(a.tokens, st.span.end));
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const name = d.name;
    if (!v || !name || v.value.unitCode !== 'percent' || d.changes.length > 0 || d.completion) continue;
    // (the number: the value's span may open on the verb before it)
    const at = numberOf(a, v);
    if (at === undefined) continue;
    const from = tokenAt(a.tokens, name.span.start);
    for (let j = Math.max(from + 1, at - REACH); j < at; j++) {
      const verb = matchAt(a.tokens, j, a.g.changeVerbs, at);
      if (!verb) continue;
      const cmp = matchAt(a.tokens, verb.to, a.g.compareWords, at);
      if (!cmp) continue;
      // (the base after the compare word — `so với cùng` is a compare word too, so the base may open
      // inside it: `so với | cùng kỳ năm trước`), then the copula right after the base
      let base: PhraseMatch<BaseWord> | null = null;
      let copula: PhraseMatch<unknown> | null = null;
      for (let b = verb.to + 1; b <= cmp.to && !copula; b++) {
        base = matchAt(a.tokens, b, a.g.bases, at);
        copula = base && a.g.changeCopulas ? matchAt(a.tokens, base.to, a.g.changeCopulas, end) : null;
      }
      const kind = base?.phrase.data.kind;
      if (!base || !copula || (kind !== 'same-period-last-year' && kind !== 'previous-period')) continue;
      // (between the copula and the number: only a bound word the value already read)
      const rest = at - copula.to;
      if (rest > 2) continue;
      const amount = verb.phrase.data < 0 ? negate(v.value.number) : v.value.number;
      d.changes = [
        {
          ...v,
          value: {
            form: 'rate',
            amount,
            ...(v.value.approximate ? { approximate: v.value.approximate } : {}),
            base: { kind },
            baseSpan: a.span(cmp.from, base.to),
          },
          rule: `vi.change.verb-base-copula`,
        },
      ];
      d.value = undefined;
      d.name = nameField(a, { from, to: j }, 'vi.name.before-change-verb');
      break;
    }
  }
}
