import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { GROWTH_GOAL } from './growth-goal';
import { GROWTH_NAME } from './growth-level';
import { tokenAt } from './token-at';

/** How many words after a plan noun the assigning verb that ends the name may stand (`theo chỉ tiêu Trung ương giao`). */
const ASSIGN_WITHIN = 6;

/** How many tokens a word of a plan's move (`từ`, `mức`, `lên mức`) may hold. */
const MOVE_WORD = 3;

/**
 * `Kế hoạch vốn đầu tư công năm 2024 là 5.120 tỷ đồng`, `Dự toán thu ngân sách năm nay là 12.000 tỷ
 * đồng`, `Tổng kế hoạch vốn đầu tư công trên 3.580 tỷ đồng`, `Tổng thu ngân sách theo chỉ tiêu Trung
 * ương giao 11.076 tỷ đồng`: a name headed by a plan noun (`kế hoạch`, `dự toán`, `chỉ tiêu`, after
 * `tổng`), or one that ends on a plan noun and the verb that assigns it (`theo dự toán … giao`),
 * with its value (or the growth rate of a bare percentage: `Chỉ tiêu tăng trưởng … là 12,5%`) linked by
 * at most `là` or a bound (no result verb: `đạt`, `thực hiện`), names the plan itself — a target,
 * not a result. A name with a verb of doing (`Kế hoạch vốn đã giải ngân
 * đạt …`, `vốn thực hiện`) or a completion is left as read.
 */
export function planNames(a: SentenceContext, st: SentenceState): void {
  if (a.g.locale !== 'vi' || a.g.planHeadLeads.length === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    // (`Chỉ tiêu tăng trưởng kinh tế năm 2025 của Hải Phòng là 12,5%`: a bare percentage read as the
    // named growth's rate, `growth-level.ts`, is the plan's rate too)
    // (`bám sát kịch bản đã đề ra khoảng 7,5%`: a goal's percentage read as the growth, `growth-goal.ts`)
    const rule = d.changes.length === 1 ? d.changes[0]?.rule : undefined;
    const growth = rule?.endsWith(GROWTH_NAME) || rule?.endsWith(GROWTH_GOAL) ? d.changes[0] : undefined;
    const v = d.value ?? growth;
    if (d.kind.value !== 'actual' || !v || !d.name || d.completion || d.density || d.rank) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const to = tokenAt(a.tokens, d.name.span.end);
    const number = numberFrom(a, v.span.start, v.span.end);
    if (number === undefined || to > number) continue;
    // only `là`, a bound, the name's period or nothing between the name and the number
    let linked = true;
    for (let i = to; i < number; i++) {
      const link =
        matchAt(a.tokens, i, a.g.planNameLinks) ??
        matchAt(a.tokens, i, a.g.approximate) ??
        matchPeriod(a.tokens, i, 'vi');
      if (!link) {
        linked = false;
        break;
      }
      i = link.to - 1;
    }
    if (!linked || doneInName(a, from, to)) continue;
    // (the head of the name's last part: `Theo báo cáo của Sở …, tổng nguồn kế hoạch đầu tư công …`)
    let head = from;
    for (let i = from; i < to; i++) if (a.tokens[i]?.kind === 'punct' && a.tokens[i]?.text === ',') head = i + 1;
    if (!planHeaded(a, head, to) && !assignedAtEnd(a, from, to)) continue;
    d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.plan-name` };
  }
  planMoves(a, st);
}

/**
 * `Chỉ tiêu thu ngân sách cũng tăng, từ mức 955 tỷ đồng năm 2023 lên mức 1.010 tỷ đồng năm 2024`,
 * `Kế hoạch vốn đầu tư công năm 2025 tăng từ 5.000 tỷ đồng lên 5.600 tỷ đồng`: a plan that moves
 * from one level to another — a name headed by a plan noun, then `từ (mức)` (grammar `fromWords`,
 * `fromLevelLinks`) and a level, `lên`/`xuống (mức)` (grammar `toWords`) and the next level, with at
 * most a period between. The levels are the plan's: targets, each of its own year. A name with a
 * verb of doing (`Kế hoạch vốn đã giải ngân`) or a completion is left as read.
 */
function planMoves(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d?.kind.value !== 'actual' || !d.value || !d.name || d.completion) continue;
    const from = tokenAt(a.tokens, d.name.span.start);
    const number = numberFrom(a, d.value.span.start, d.value.span.end);
    if (number === undefined || tokenAt(a.tokens, d.name.span.end) > number) continue;
    // the words right before the value: `từ (mức)` (the first level) or `lên (mức)` after a `từ` (the last)
    let tail = number;
    const link = phraseEndingAt(a.tokens, tail, a.g.fromLevelLinks, MOVE_WORD, from);
    if (link >= 0) tail = link;
    let fromWord = phraseEndingAt(a.tokens, tail, a.g.fromWords, MOVE_WORD, from);
    const toWord = fromWord < 0 ? phraseEndingAt(a.tokens, tail, a.g.toWords, MOVE_WORD, from) : -1;
    if (toWord >= 0) fromWord = firstPhrase(a, from, toWord, a.g.fromWords);
    if (fromWord < 0 || !planHeaded(a, from, fromWord) || doneInName(a, from, fromWord)) continue;
    d.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.plan-move` };
    const next = drafts[n + 1];
    if (toWord >= 0 || !next?.value || next.completion || next.kind.value !== 'actual') continue;
    const second = numberFrom(a, next.value.span.start, next.value.span.end);
    if (second === undefined || !movedTo(a, tokenAt(a.tokens, d.value.span.end), second)) continue;
    next.kind = { ...d.name, value: 'target', rule: `${a.g.locale}.kind.plan-move` };
  }
}

/** The start of the first phrase of `list` in tokens `[from, end)` with no sentence stop before it, or -1. */
function firstPhrase(a: SentenceContext, from: number, end: number, list: Parameters<typeof matchAt>[2]): number {
  for (let i = from; i < end; i++) {
    const x = a.tokens[i];
    if (x?.kind === 'punct' && x.text !== ',') return -1;
    if (matchAt(a.tokens, i, list, end)) return i;
  }
  return -1;
}

/** True when tokens `[head, to)` open on a plan noun, after an optional lead (`tổng`, `tổng nguồn`). */
function planHeaded(a: SentenceContext, head: number, to: number): boolean {
  const lead = matchAt(a.tokens, head, a.g.planHeadLeads, to);
  return matchAt(a.tokens, lead ? lead.to : head, a.g.planNouns, to) !== null;
}

/** True when the name `[from, to)` tells something done to the plan: a rate of doing it or a verb of fulfilling it. */
function doneInName(a: SentenceContext, from: number, to: number): boolean {
  return nameHas(a, from, to, a.g.planRateNouns) || nameHas(a, from, to, a.g.fulfilVerbs);
}

/** True when only a period and a `lên`/`xuống (mức)` word stand in tokens `[i, end)`. */
function movedTo(a: SentenceContext, i: number, end: number): boolean {
  let moved = false;
  while (i < end) {
    const period = matchPeriod(a.tokens, i, 'vi');
    if (period && period.to <= end) {
      i = period.to;
      continue;
    }
    const to = matchAt(a.tokens, i, a.g.toWords, end);
    if (!to || moved) return false;
    moved = true;
    i = to.to;
    const level = matchAt(a.tokens, i, a.g.fromLevelLinks, end);
    if (level) i = level.to;
  }
  return moved;
}

/** True when the name `[from, to)` ends on an assigning verb a few words after a plan noun (`theo chỉ tiêu Trung ương giao`). */
function assignedAtEnd(a: SentenceContext, from: number, to: number): boolean {
  for (let i = Math.max(from, to - ASSIGN_WITHIN); i < to; i++) {
    if (!matchAt(a.tokens, i, a.g.planNouns, to)) continue;
    for (let j = i + 1; j < to; j++) if (matchAt(a.tokens, j, a.g.assignVerbs, to)?.to === to) return true;
  }
  return false;
}

/** True when a phrase of `list` starts in tokens `[from, to)` and ends by `to`. */
function nameHas(a: SentenceContext, from: number, to: number, list: Parameters<typeof matchAt>[2]): boolean {
  for (let i = from; i < to; i++) if (matchAt(a.tokens, i, list, to)) return true;
  return false;
}

/** The first number token in the characters `[start, end)`, or undefined. */
function numberFrom(a: SentenceContext, start: number, end: number): number | undefined {
  for (let i = tokenAt(a.tokens, start); i < a.tokens.length && (a.tokens[i]?.start ?? end) < end; i++)
    if (a.tokens[i]?.kind === 'number') return i;
  return undefined;
}
