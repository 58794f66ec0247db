import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule a level a move started from takes as a statement's value; `earlier-reading` doubts it. */
const RULE = '.value.from-to.earlier-reading';

/**
 * `Hanoi's exports fell from 3.35 billion USD to 3.15 billion USD`, `subsidiaries' profit
 * increased from 2,120 bil. dongs to 2,491 bil. dongs`: the level a move started from, kept only
 * as the statement's previous level, is a figure of its own (the corpus convention) — of the same
 * indicator and kind, at an earlier time the sentence does not date. It becomes a statement with
 * no period, its value doubted (`earlier-reading`: another period's figure); a percentage or a bare
 * number (an index's reading) stays the previous level only. Vietnamese too since round 36
 * (`tổng tài sản đã tăng từ 19.698 tỷ đồng lên 20.660 tỷ đồng`), where a goal's move starts from
 * where things stand: the earlier level of a goal's move (`phấn đấu tăng thu nhập từ 60 triệu
 * đồng lên 80 triệu đồng`) is an actual; a plan's revised from another (`Kế hoạch vốn … tăng từ 4.100
 * tỷ đồng lên 4.650 tỷ đồng`) keeps the earlier plan a target (English too since round 55). A
 * move with its periods written (`from X in 2021 to Y in 2022`) reads both ends already; a level
 * in a bracket after a change (`bracket-return.ts`) is placed there. Constant work per statement.
 */
export function fromToPrevious(a: SentenceContext, st: SentenceState): void {
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const p = d.previous;
    const v = d.value;
    if (!p?.rule.includes('from-to') || !v?.rule.includes('from-to')) continue;
    // (`the unemployment rate fell from 3.5% to 3.2%`, `tariffs cut from 46% to 20%`: a rate's or
    // share's earlier level stays the statement's previous level — shares and set rates are no figures)
    if (p.value.unitCode === 'percent') continue;
    // (`the index rose from 48.2 to 51.3 points`, `fell from 52 to 48`: a bare reading of an index
    // or a rate per something stays the previous level; only an amount with its scale or unit)
    if (p.value.scale === 0 && p.value.unit === undefined) continue;
    // (`tăng từ 5 triệu tấn lên 6 tỷ đồng`: two ends of other units are no move of one measure)
    if ((p.value.unitCode ?? p.value.unit) !== (v.value.unitCode ?? v.value.unit)) continue;
    const k = tokenAt(a.tokens, p.span.start);
    const s: Draft = a.newDraft(st.span, k);
    // (English since round 55: `a target to grow investment from $4.3 billion to $8 billion by 2020`; a
    // goal noun right before `from` is the goal that moved, `scaled down the FBR's tax collection target
    // from Rs. 4.9 trillion to Rs. 4.7 trillion`: its earlier level is the earlier goal)
    s.kind =
      d.kind.value === 'target' && goalFrame(d.kind.rule) && !goalMoved(a, k)
        ? { ...p, value: 'actual', rule: `${a.g.locale}.kind.earlier-level` }
        : { ...d.kind, rule: `${d.kind.rule}+from-level` };
    if (d.name) s.name = { ...d.name, rule: `${a.g.locale}.name.from-level` };
    if (d.fullName) s.fullName = d.fullName;
    s.value = { ...p, rule: `${a.g.locale}${RULE}` };
    a.extend(s, k, tokenAt(a.tokens, p.span.end));
    // (`tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019)`: each end dated by the year in the
    // bracket right after it — the earlier level's period and the statement's; round 56)
    const earlier = bracketedYear(a, tokenAt(a.tokens, p.span.end));
    const later = earlier ? bracketedYear(a, tokenAt(a.tokens, v.span.end)) : null;
    if (earlier && later && Number(earlier.id) < Number(later.id)) {
      s.period = a.field(earlier.id, earlier.from, earlier.to, `${a.g.locale}.period.bracket-year+move`);
      if (!d.period || tokenAt(a.tokens, d.period.span.start) === later.from)
        d.period = a.field(later.id, later.from, later.to, `${a.g.locale}.period.bracket-year+move`);
    }
  }
}

/** A year in a bracket right at token `k` (`(năm 2015)`, `(2015)`): its id and tokens, or null. */
function bracketedYear(a: SentenceContext, k: number): { id: string; from: number; to: number } | null {
  if (a.tokens[k]?.text !== '(') return null;
  const p = matchPeriod(a.tokens, k + 1, a.g.locale);
  if (!p?.id || !/^\d{4}$/u.test(p.id) || a.tokens[p.to]?.text !== ')') return null;
  return { id: p.id, from: p.from, to: p.to };
}

/** True when a kind was read from a goal's frame (a target marker or the sentence's goal context), not from a plan's noun. */
const goalFrame = (rule: string): boolean =>
  rule.includes('.kind.target-marker') || rule.includes('.kind.target-context');

/**
 * True when a goal noun (grammar `goalNouns`: `target`, `plan`) ends right before the `from` that opens
 * the earlier level at token `k` (a bound or a currency may stand between `from` and the number).
 */
function goalMoved(a: SentenceContext, k: number): boolean {
  for (let f = k - 1; f >= 0 && f >= k - 4; f--) {
    if (matchAt(a.tokens, f, a.g.fromWords, k)?.to !== f + 1) continue;
    return phraseEndingAt(a.tokens, f, a.g.goalNouns, 2) >= 0;
  }
  return false;
}
