import { isPeriodId, previousPeriod, samePeriodLastYear } from '../../period/period';
import { matchPeriod } from '../period-phrase';
import { matchAt, phraseEndingAt } from '../phrase';
import type { Draft } from '../place/context';
import { type BaseRead, type Cursor, type Item, readBase } from '../rules/context';
import type { SentenceContext, SentenceState } from './context';
import { withBase } from './give-base';

/** How many tokens before the bracket the comparison word of the base may stand. */
const BASE_BACK = 10;

interface BaseValue {
  readonly draft: Draft;
  readonly of: Draft;
  /** The base the value is of; undefined for a level compared against with no base named (`so với mức 1.413 tỷ đồng.`). */
  readonly read: BaseRead | undefined;
}

/** The base-period values of a sentence, dated once the sentence's statements are. */
const PENDING = new WeakMap<SentenceState, BaseValue[]>();
/** The text the tokens index, rebuilt once per reading from the spans (the assembler keeps its own private). */
const TEXTS = new WeakMap<SentenceContext, string>();

function textOf(a: SentenceContext): string {
  let text = TEXTS.get(a);
  if (text === undefined) {
    const first = a.tokens[0];
    text = first ? ' '.repeat(first.start) + a.span(0, a.tokens.length).text : '';
    TEXTS.set(a, text);
  }
  return text;
}

/** The base read at token `i` (`cùng kỳ năm 2022`), within the sentence that ends at token `limit`, or null. */
export function baseAt(a: SentenceContext, i: number, limit: number): BaseRead | null {
  return readBase({ text: textOf(a), tokens: a.tokens, g: a.g, limit }, i);
}

/** The base that ends right before token `to` (a comparison word at most {@link BASE_BACK} tokens back), or null. */
function baseEndingAt(a: SentenceContext, to: number): BaseRead | null {
  const c: Cursor = { text: textOf(a), tokens: a.tokens, g: a.g, limit: to };
  for (let j = to - 1; j >= 0 && j >= to - BASE_BACK; j--) {
    const read = readBase(c, j);
    if (read && read.to === to && read.base.kind !== 'plan') return read;
  }
  return null;
}

/** How many words or a colon may stand between a base that opens a bracket and its figure (`xuất siêu`, `là`, `:`). */
const BASE_LINK = 3;

/**
 * `(cùng kỳ năm trước đạt 1.870 tỷ đồng)`, `(cùng kỳ 2022 xuất siêu 41,3 triệu USD)`, `(cùng kỳ năm
 * 2023: 2.900 tỷ đồng)`: a base without a comparison word that opens the bracket the figure at
 * `from` closes, with at most {@link BASE_LINK} words or a colon between — or null.
 */
function baseOpeningBracket(a: SentenceContext, from: number): BaseRead | null {
  for (let p = from - 1; p >= 0 && p >= from - BASE_BACK; p--) {
    const t = a.tokens[p];
    if (t?.kind !== 'punct') continue;
    if (t.text !== '(') {
      if (t.text === ':') continue;
      return null;
    }
    const read = baseAt(a, p + 1, from);
    if (!read || read.base.kind === 'plan' || read.to > from || from - read.to > BASE_LINK) return null;
    for (let k = read.to; k < from; k++) {
      const x = a.tokens[k];
      if (x?.kind !== 'word' && !(x?.kind === 'punct' && x.text === ':')) return null;
    }
    return read;
  }
  return null;
}

/**
 * `(cùng kỳ năm trước đạt 1.870 tỷ đồng)`, `(cùng kỳ 2022 xuất siêu 41,3 triệu USD)`: the same, with
 * the base opening the bracket (no comparison word) and the figure after it.
 *
 * `tăng 60,7% so với cùng kỳ năm 2023 (37,37 triệu USD)`, `vượt nhiều lần so với cùng kỳ năm 2023
 * (35,4 triệu USD)`, `up 12% from 2022 (USD 1.2 billion)`: a value alone in a bracket right after
 * a base, in the unit of the statement's value, is the indicator's value in the base period — as is
 * one after the base and `là` (`giảm 1,71% so với năm 2013 là 331,98 tỷ đồng`) — a
 * statement of its own (same name, an actual), dated from the base once the statement is, never a
 * second value of the statement nor one of its period. True when it was read so.
 */
export function baseValueStatement(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): boolean {
  if (it.fig.kind !== 'value' || !draft.value) return false;
  const open = a.tokens[it.from - 1];
  const close = a.tokens[it.to];
  // (`so với mức hơn 2.610 tỷ đồng cùng kỳ 2019`: the level keeps its bound)
  const q = a.quantity(it.fig.q, it.fig.approximate);
  if (q.unitCode === undefined || q.unitCode !== draft.value.value.unitCode || q.unitCode === 'percent') return false;
  const compared = comparedLevelBase(a, st, draft, it);
  // (`giảm 1,71% so với năm 2013 là 331,98 tỷ đồng`: the base's own level after `là`)
  // (the figure's item may open on its `là`)
  const la = (k: number): boolean =>
    k >= 0 && a.g.baseValueLinks !== undefined && matchAt(a.tokens, k, a.g.baseValueLinks)?.to === k + 1;
  const laAt = la(it.from) ? it.from : la(it.from - 1) ? it.from - 1 : -1;
  const statedBase =
    !compared && a.g.locale === 'vi' && laAt >= 0 && draft.changes.length > 0 ? baseEndingAt(a, laAt) : null;
  if (!compared && !statedBase && (close?.kind !== 'punct' || close.text !== ')')) return false;
  const read: BaseRead | null | undefined = compared
    ? compared.read
    : statedBase
      ? statedBase
      : open?.kind === 'punct' && open.text === '('
        ? baseEndingAt(a, it.from - 1)
        : baseOpeningBracket(a, it.from);
  if (!compared && !read) return false;
  if (compared?.read) giveBase(a, draft, compared.read);
  const L = a.g.locale;
  const sibling = a.newDraft(st.span, it.from);
  sibling.kind = a.field('actual', it.from, it.to, `${L}.kind.base-value`);
  if (draft.name) sibling.name = { ...draft.name, rule: `${L}.name.base-value` };
  if (draft.fullName) sibling.fullName = draft.fullName;
  if (draft.subject) sibling.subject = draft.subject;
  sibling.value = a.field(q, it.from, it.to, `${it.rule}+base-value`, it.level);
  a.extend(sibling, it.from, it.to);
  let pending = PENDING.get(st);
  if (!pending) {
    pending = [];
    PENDING.set(st, pending);
  }
  pending.push({ draft: sibling, of: draft, read: read ?? undefined });
  return true;
}

/** How many words may link a compared level to the base after it (`đạt được`, `ghi nhận`). */
const LEVEL_LINK = 3;

/**
 * `tăng hơn 15% so với mức hơn 1.513 tỷ đồng cùng kỳ 2019`, `tăng trưởng 85% so với hơn 220 tỷ đồng
 * đạt được cùng kỳ 2019`: a value right after the comparison word (past `mức`) of a statement with
 * a change, followed (past at most {@link LEVEL_LINK} words) by a base with no comparison word of
 * its own, is the indicator's level in that base period — its base, never a level of the
 * statement's own period. With no base after it, the level compared against is of a period the
 * text does not name (`{ read: null }`). Vietnamese only; null when the value is no such level.
 */
function comparedLevelBase(
  a: SentenceContext,
  st: SentenceState,
  draft: Draft,
  it: Item & { t: 'figure' },
): { read: BaseRead | null } | null {
  if (a.g.locale !== 'vi' || draft.changes.length === 0) return null;
  const level = phraseEndingAt(a.tokens, it.from, a.g.fromLevelLinks, 2);
  const k = level >= 0 ? level : it.from;
  if (phraseEndingAt(a.tokens, k, a.g.periodBaseLeads, 2) < 0) return null;
  const limit = st.sentence.to;
  for (let j = it.to; j <= it.to + LEVEL_LINK && j < limit; j++) {
    const read = baseAt(a, j, limit);
    if (read && read.from === j && read.base.kind !== 'plan') return { read };
    // (`so với con số 40,7 tỷ đồng ghi nhận trong quý 2/2023`: the level's own period, with its year,
    // is the base)
    const period = matchPeriod(a.tokens, j, a.g.locale);
    if (period?.id && period.to <= limit && /^\d{4}/u.test(period.id))
      return { read: { from: j, to: period.to, base: { kind: 'named-period', match: period }, level: 'exact' } };
    if (a.tokens[j]?.kind !== 'word') break;
  }
  // (`tăng 14% so với mức 1.413 tỷ đồng.`: the level compared against, of a period not named)
  return { read: null };
}

/** Gives the base read to the statement's changes that have none (`tăng 15% so với mức … cùng kỳ 2019`). */
function giveBase(a: SentenceContext, d: Draft, read: BaseRead): void {
  let of: ReturnType<SentenceContext['base']> | undefined;
  d.changes = d.changes.map((c) => {
    if (c.value.base !== undefined || d.sameIn.has(c)) return c;
    of ??= a.base(read);
    return withBase(d, c, of, 'compared-level-base');
  });
}

/** The base period of a statement dated `period`, by the base read, or undefined when it cannot be told. */
function basePeriod(a: SentenceContext, period: string | undefined, read: BaseRead): string | undefined {
  const b = read.base;
  if (b.kind === 'named-period') return b.match.id ?? a.periodId(b.match);
  if (!period || !isPeriodId(period)) return undefined;
  if (b.kind === 'same-period-in') {
    const moved = `${b.year}${period.slice(4)}`;
    return isPeriodId(moved) ? moved : undefined;
  }
  if (b.kind === 'same-period-last-year') return samePeriodLastYear(period).id;
  if (b.kind === 'previous-period') return previousPeriod(period).id;
  if (b.kind === 'december-last-year') return `${Number(period.slice(0, 4)) - 1}-12`;
  return undefined;
}

/**
 * Dates the base-period values of the sentence from their statement's period and base, after
 * the sentence's statements are dated. A period that cannot be told is left out (and listed as
 * not read), never the sentence's own.
 */
export function dateBaseValues(a: SentenceContext, st: SentenceState): void {
  const pending = PENDING.get(st);
  if (!pending) return;
  PENDING.delete(st);
  const L = a.g.locale;
  for (const { draft, of, read } of pending) {
    draft.unread = draft.unread.filter((u) => u.reason !== 'no-period');
    if (!read) {
      draft.period = undefined;
      const message = 'The level a change is measured against; the text names no period for it';
      draft.unread.push({ what: 'period', reason: 'no-period', span: draft.value?.span ?? st.span, message });
      continue;
    }
    // (the level's own period had dated the statement it is compared with: that statement's period
    // is not stated)
    const first = a.tokens[read.from];
    const last = a.tokens[read.to - 1];
    if (of.period && first && last && of.period.span.start >= first.start && of.period.span.end <= last.end) {
      // (the sentence's lead period, `Quý 2/2024, …`, dates it as it would have)
      const lead = st.sentencePeriod && !st.sentencePeriodOfSource ? st.sentencePeriod : undefined;
      const leadId = lead ? a.periodId(lead.item.match) : undefined;
      if (lead && leadId) of.period = a.field(leadId, lead.item.from, lead.item.to, `${lead.item.match.rule}+sentence`);
      else {
        of.period = undefined;
        const message = 'The period written is the compared level’s; the statement’s own is not stated';
        of.unread.push({ what: 'period', reason: 'no-period', span: of.value?.span ?? st.span, message });
      }
    }
    const id = basePeriod(a, of.period?.value, read);
    if (id) {
      draft.period = a.field(id, read.from, read.to, `${L}.period.base-value`);
      continue;
    }
    draft.period = undefined;
    const message = 'The value of the base period; the base names no period that the text dates';
    draft.unread.push({ what: 'period', reason: 'no-period', span: a.span(read.from, read.to), message });
  }
}
