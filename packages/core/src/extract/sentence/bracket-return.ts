import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import type { Draft } from '../place/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** The rule suffix of a figure given back to the statement before its bracket. */
export const BRACKET_RETURN = '+bracket-return';

/**
 * The statements read inside a bracket that follows another statement's figure (its parts, another
 * period's level): steps that pair a statement with the one before it (`en-volume-value.ts`,
 * `list-tail-base.ts`) look past them to the statement the bracket follows.
 */
export const BRACKET_ITEMS = new WeakSet<Draft>();

/** How many tokens a bracket may span for its figures to be given back (`(trong đó: … đạt X, … đạt Y)`). */
const BRACKET_SPAN = 40;

/** The end (character) of the draft's last figure before character `at`: its value, completion or a change; -1 when none. */
function lastFigureEndBefore(d: Draft, at: number): number {
  let end = -1;
  for (const f of [d.value, d.completion, ...d.changes] as (Extracted<unknown> | undefined)[])
    if (f && f.span.end <= at && f.span.end > end) end = f.span.end;
  return end;
}

/** The start (character) of the draft's first figure, or undefined when it has none. */
function firstFigureStart(d: Draft): number | undefined {
  let start: number | undefined;
  for (const f of [d.value, d.completion, ...d.changes] as (Extracted<unknown> | undefined)[])
    if (f && (start === undefined || f.span.start < start)) start = f.span.start;
  return start;
}

/**
 * The bracket around token `k`: its `(` and `)` tokens, looked for at most {@link BRACKET_SPAN}
 * tokens each way, without crossing another bracket or the sentence's bounds.
 */
function bracketAround(a: SentenceContext, st: SentenceState, k: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let i = k - 1; i >= st.sentence.from && i >= k - BRACKET_SPAN; i--) {
    const t = a.tokens[i] as Token;
    if (t.text === ')') return undefined;
    if (t.text === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = k; i < st.sentence.to && i <= k + BRACKET_SPAN; i++) {
    const t = a.tokens[i] as Token;
    if (t.text === '(') return undefined;
    if (t.text === ')') return { open, close: i };
  }
  return undefined;
}

/** How many words (what the figure counts: `cà phê`, `of coffee`) may stand between a figure and its bracket. */
const OWNER_WORDS = 3;

/** True when the tokens from `from` to `to` (the `(`) are at most {@link OWNER_WORDS} words and nothing else. */
function wordsOnly(a: SentenceContext, from: number, to: number): boolean {
  if (from > to || to - from > OWNER_WORDS) return false;
  for (let i = from; i < to; i++) if (a.tokens[i]?.kind !== 'word') return false;
  return true;
}

/**
 * `Kim ngạch xuất khẩu đạt 35,6 tỷ USD (trong đó: thành phố đạt 2,4 tỷ USD, các huyện đạt 980
 * triệu USD), tăng 5,9% so với cùng kỳ`, `Chăm sóc rừng trồng 421.846 ha (79.918 ha rừng phòng hộ
 * và 341.928 ha rừng sản xuất), đạt 83,8% kế hoạch năm`, `exports reached $35.6bn (of which FDI
 * $25bn), up 5.9% y/y`: a bracket opened right after a statement's figure holds that figure's
 * parts or another period's level; the change or completion written after the bracket closes is
 * the figure's before the bracket (past at most {@link OWNER_WORDS} words of what it counts: `đã xuất khẩu
 * 80.400 tấn cà phê (tương đương 1,34 triệu bao) trong tháng 11, giảm 34%`, round 63) — not the last
 * item's inside it (it was joined to the bracket's
 * last statement, a certain wrong change on a part, and the total lost it). Such figures move back
 * to the statement before the bracket (a completion only when it has none). Linear: each statement
 * is looked at once, a bounded walk to its bracket.
 */
export function bracketReturns(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const start = firstFigureStart(d);
    if (start === undefined) continue;
    const k = tokenAt(a.tokens, start);
    const br = bracketAround(a, st, k);
    if (!br) continue;
    // the statement whose last figure (before the bracket) ends right before the `(`
    const openAt = (a.tokens[br.open] as Token).start;
    let owner: Draft | undefined;
    for (let m = n - 1; m >= 0 && !owner; m--) {
      const p = drafts[m] as Draft;
      if (BRACKET_ITEMS.has(p)) continue;
      const end = lastFigureEndBefore(p, openAt);
      if (end >= 0 && wordsOnly(a, tokenAt(a.tokens, end), br.open)) owner = p;
      else break;
    }
    if (!owner) continue;
    BRACKET_ITEMS.add(d);
    const closeAt = (a.tokens[br.close] as Token).start;
    const after = d.changes.filter((c) => c.span.start > closeAt);
    const completion = d.completion && d.completion.span.start > closeAt ? d.completion : undefined;
    const stage = d.stage && d.stage.span.start > closeAt ? d.stage : undefined;
    if (after.length === 0 && !completion) continue;
    const target = owner;
    if (stage && !target.stage) {
      target.stage = stage;
      delete d.stage;
    }
    let to = target.to;
    if (after.length > 0) {
      const moved = new Set<Extracted<ExtractedChange>>(after);
      for (const c of after) {
        const next: Extracted<ExtractedChange> = { ...c, rule: `${c.rule}${BRACKET_RETURN}` };
        target.changes.push(next);
        const year = d.sameIn.get(c);
        if (year !== undefined) target.sameIn.set(next, year);
        d.sameIn.delete(c);
        to = Math.max(to, tokenAt(a.tokens, c.span.end));
      }
      d.changes = d.changes.filter((c) => !moved.has(c));
    }
    if (completion && !target.completion) {
      target.completion = { ...completion, rule: `${completion.rule}${BRACKET_RETURN}` };
      delete d.completion;
      to = Math.max(to, tokenAt(a.tokens, completion.span.end));
    }
    a.extend(target, target.from, to);
  }
}

/** The period a change's base names, for a statement of period `own`; undefined when it names none. */
function basePeriod(c: Extracted<ExtractedChange>, own: string): string | undefined {
  const b = c.value.base;
  if (!b) return undefined;
  if (b.kind === 'period') return isPeriodId(b.period) ? b.period : undefined;
  if (b.kind === 'same-period-last-year') return samePeriodLastYear(own).id;
  if (b.kind === 'previous-period') return previousPeriod(own).id;
  return /^\d{4}-\d\d$/u.test(own) ? `${Number(own.slice(0, 4)) - 1}-12` : undefined;
}

/**
 * `Sản lượng lúa quý III/2023 đạt 2,3 triệu tấn, tăng 1,6% (từ 2,26 triệu tấn lên 2,3 triệu tấn)
 * so với quý II/2023`: a move in a bracket right after a change, in a statement that states its
 * level before, names the level the change was measured from — a figure of its own (the corpus
 * convention), of the period the change's base names (`quý II/2023`, the same period last year,
 * the previous period). It was kept only as the statement's previous level; it becomes a statement
 * dated that period. When the base names no period, it stays as it was. Run after the statements
 * are dated. Constant work per statement.
 */
export function bracketPrevious(a: SentenceContext, st: SentenceState): void {
  for (const d of [...a.sentenceDrafts(st.span)]) {
    const p = d.previous;
    const v = d.value;
    const own = d.period?.value;
    if (!p || !v || v.rule.includes('from-to') || !own || !isPeriodId(own)) continue;
    const k = tokenAt(a.tokens, p.span.start);
    const br = bracketAround(a, st, k);
    if (!br) continue;
    const openAt = (a.tokens[br.open] as Token).start;
    if (v.span.start >= openAt) continue;
    // the change the bracket explains ends right before it
    const c = d.changes.find((x) => tokenAt(a.tokens, x.span.end) === br.open);
    const id = c ? basePeriod(c, own) : undefined;
    if (!id || !isPeriodId(id)) continue;
    const s: Draft = a.newDraft(st.span, k);
    s.kind = { ...d.kind, rule: `${a.g.locale}.kind.bracket-previous` };
    if (d.name) s.name = { ...d.name, rule: `${a.g.locale}.name.bracket-previous` };
    if (d.fullName) s.fullName = d.fullName;
    s.value = { ...p, rule: `${p.rule}+bracket-previous` };
    s.period = a.field(id, k, tokenAt(a.tokens, p.span.end), `${a.g.locale}.period.bracket-previous`);
    a.extend(s, k, tokenAt(a.tokens, p.span.end));
    d.previous = undefined;
  }
}
