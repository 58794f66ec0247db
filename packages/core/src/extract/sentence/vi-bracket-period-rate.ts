import { isPeriodId } from '../../period/period';
import { matchPeriod } from '../period-phrase';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule suffix of a rate moved to the statement of its bracket's period (`certainty/doubts/bracketed.ts`). */
export const BRACKET_PERIOD = '+bracket-period';

/** How many tokens a period phrase may span inside the bracket (`6 tháng đầu năm 2020`). */
const PERIOD_SPAN = 8;

/**
 * The period opened right after a `(` that ends right before token `k` (a `:` or `,` may stand
 * between), with the bracket's token: `(năm 2023 tăng 5,05%)`, `(6 tháng đầu năm 2021: tăng 5,6%)`.
 */
function bracketPeriodBefore(a: SentenceContext, k: number): { id: string; from: number; to: number } | undefined {
  const t = a.tokens;
  let end = k;
  const sep = t[end - 1];
  if (sep?.kind === 'punct' && (sep.text === ':' || sep.text === ',')) end--;
  for (let open = end - 2; open >= 0 && open >= end - PERIOD_SPAN - 1; open--) {
    const x = t[open] as Token;
    // (`quý III/2022`, `tháng 10.2023`: the slash or point of a period is no end of the bracket)
    if (x.kind === 'punct' && x.text !== '/' && x.text !== '.' && x.text !== '-') {
      if (x.text !== '(') return undefined;
      const m = matchPeriod(t, open + 1, 'vi');
      if (!m || m.to !== end) return undefined;
      const id = a.periodId(m);
      return id && isPeriodId(id) ? { id, from: open, to: end } : undefined;
    }
  }
  return undefined;
}

/**
 * True when the bracket closes right after the change (`…%)`, `… phần trăm)`) or the bracket's next
 * item follows it (`(quý I tăng 6,47%; quý II tăng 8,55%)`, `(quý I tăng 5,8%, quý II …)`).
 */
function closesAfter(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  const t = a.tokens[tokenAt(a.tokens, c.span.end)]?.text;
  return t === ')' || t === ';' || t === ',';
}

/**
 * Moves change `c` of draft `d` out into a statement of its own, dated the bracket's period (`id`
 * read at tokens `from`…`to`, the bracket opening at `open`), named and kinded as `d`, against its
 * own base or else the base of `d`'s first rate; the rules are `<locale>.<field>.<step>`. Shared by
 * the Vietnamese step below and its English twin (`genre-bracket-period-rate.ts`).
 */
export function ratePeriodStatement(
  a: SentenceContext,
  st: SentenceState,
  d: Draft,
  c: Extracted<ExtractedChange>,
  first: Extracted<ExtractedChange>,
  p: { readonly id: string; readonly open: number; readonly from: number; readonly to: number },
  locale: 'vi' | 'en',
  step: string,
): void {
  const s: Draft = a.newDraft(st.span, p.open);
  s.kind = { ...d.kind, rule: `${locale}.kind.${step}` };
  if (d.name) s.name = { ...d.name, rule: `${locale}.name.${step}` };
  if (d.fullName) s.fullName = d.fullName;
  s.period = a.field(p.id, p.from, p.to, `${locale}.period.${step}`);
  const base = c.value.base ?? first.value.base;
  const value: ExtractedChange = { ...c.value, ...(base ? { base } : {}) };
  s.changes.push({ ...c, value, rule: `${c.rule}${BRACKET_PERIOD}` });
  a.extend(s, p.open, tokenAt(a.tokens, c.span.end) + 1);
  d.changes = d.changes.filter((x) => x !== c);
  d.sameIn.delete(c);
}

/**
 * `GDP năm 2024 tăng 7,09% (năm 2023 tăng 5,05%)`, `IIP quý III/2023 tăng 5,2% (quý III/2022 tăng
 * 3,1%)`: a bracket that opens on a period with its year, different from the statement's, and
 * holds only a rate of change states the same indicator's rate OF that period, for comparison — a
 * statement of its own dated that period (against the base of the statement's first rate), not a
 * second change of the statement it follows (it was kept there, doubted as bracketed, and its
 * period would have been lent to nothing). Linear: each change is looked at once, a few tokens back.
 */
export function bracketPeriodRates(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi') return;
  for (const d of a.sentenceDrafts(st.span)) {
    if (d.changes.length < 2) continue;
    const first = d.changes[0] as Extracted<ExtractedChange>;
    if (first.value.form !== 'rate') continue;
    for (const c of d.changes.slice(1)) {
      // (`(quý I năm 2016 tăng 8,1% so với cùng kỳ năm trước)`: a base relative to the bracket's own
      // period may close it; round 52)
      const relative = c.value.base?.kind === 'same-period-last-year' || c.value.base?.kind === 'previous-period';
      if (c.value.form !== 'rate' || (c.value.base && !relative) || !closesAfter(a, c)) continue;
      if (!c.value.base && c.value.baseSpan) continue;
      const p = bracketPeriodBefore(a, tokenAt(a.tokens, c.span.start));
      if (!p || p.id === d.period?.value) continue;
      ratePeriodStatement(
        a,
        st,
        d,
        c,
        first,
        { id: p.id, open: p.from, from: p.from, to: p.to },
        'vi',
        'bracket-period-rate',
      );
    }
  }
}
