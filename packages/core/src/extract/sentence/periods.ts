import { comparePeriods, isPeriodId, parsePeriod } from '../../period/period';
import { completePeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { Extracted } from '../types';
import type { PartYear, PeriodItem, SentenceContext, SentenceState } from './context';
import { BULLETS } from './figureless';
import { PASSIVE_RESULT } from './passive-result';
import { tokenAt } from './token-at';
import { isYearToken } from './year-word';

/** A period that starts before the report's period ends (`2020-11` in a 2020 review) is no plan. */
const startsBefore = (period: string, report: string): boolean => parsePeriod(period).start <= parsePeriod(report).end;

const fromItem = (a: SentenceContext, p: PeriodItem, suffix: string): Extracted<string> =>
  a.field(p.id, p.item.from, p.item.to, `${p.item.match.rule}+${suffix}`);

interface Parts {
  /**
   * True when the statement before (`inherited`) dated itself in a later `;` part of the sentence
   * than its opening period, and `d` stands in that same part: `Năm 2024, thu ngân sách đạt …; xuất
   * khẩu gạo 9 tháng năm 2024 đạt 7,8 triệu tấn với kim ngạch 4,37 tỷ USD …` — the worth is of the
   * nine months, not of the year that opened the sentence.
   */
  ownPart(opening: PeriodItem, inherited: Extracted<string>, d: Draft): boolean;
}

/**
 * The sentence's `;` (character offsets, in order), for {@link Parts.ownPart} by binary search. When
 * some `;` opens a bulleted item (`…; - vốn đầu tư 9 tháng năm 2024 đạt …, gồm: …; vốn địa phương
 * …`), only those divide the sentence: a `;` without a bullet separates the items of one bullet's
 * own list (round 29, found by the Vietnamese noise sweep).
 */
function semicolonParts(a: SentenceContext, st: SentenceState): Parts {
  const semis: number[] = [];
  const bulleted: number[] = [];
  for (let i = st.sentence.from; i < st.sentence.to; i++) {
    const t = a.tokens[i];
    if (t?.kind === 'punct' && t.text === ';') {
      semis.push(t.start);
      if (BULLETS.has(a.tokens[i + 1]?.text ?? '')) bulleted.push(t.start);
    }
  }
  if (bulleted.length > 0) {
    semis.length = 0;
    semis.push(...bulleted);
  }
  const part = (at: number): number => {
    let lo = 0;
    let hi = semis.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((semis[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    ownPart(opening, inherited, d) {
      if (semis.length === 0) return false;
      const own = part(inherited.span.start);
      const start = Math.min(
        ...[d.value, d.completion, ...d.changes].flatMap((f) => (f ? [f.span.start] : [])),
        Number.POSITIVE_INFINITY,
      );
      const from = (a.tokens[opening.item.from] as { start: number } | undefined)?.start ?? 0;
      return own > part(from) && Number.isFinite(start) && part(start) === own;
    },
  };
}

/** Whether a period is later than the report's (a plan's year in a report of the year before). */
/** The period rule of a goal's deadline (`by 2030`). */
const DEADLINE = '.period.by-';

const laterThanReport = (a: SentenceContext, id: string): boolean =>
  a.report !== undefined && isPeriodId(id) && comparePeriods(id, a.report) > 0 && !startsBefore(id, a.report);

/**
 * The period of a statement without one of its own, in order: the statement before in the same
 * sentence (`CPI 10 tháng năm 2023 tăng 3,2% …; lạm phát cơ bản tăng 4,38%`), the sentence's
 * opening period, a trailing period clause, the text's context, the option; else `no-period`.
 */
function periodOf(
  a: SentenceContext,
  st: SentenceState,
  d: Draft,
  inherited: Extracted<string> | undefined,
  parts: Parts,
): Extracted<string> | undefined {
  if (d.period) return d.period;
  // (`… 4 tháng đầu năm 2019 ước đạt trên 31.200 lượt khách, …, trong đó, khách trong nước ước đạt 30.000
  // lượt khách`: the parts of a total its own words date are of the total's period, not of the sentence's
  // lead — round 58, they had taken the lead's month)
  const parent = d.parentDraft?.draft;
  if (parent?.period && ownPeriod(parent) && st.sentencePeriod && parent.period.value !== st.sentencePeriod.id)
    return { ...parent.period, rule: `${parent.period.rule}+of-which-parent` };
  // (`…, growing from 2025 value of USD 7.22 billion`: a name that writes another year than the
  // statement before's is of that year — it takes neither that statement's period nor the
  // sentence's; `attributive-year.ts` may date it by its own year)
  if (inherited && otherYearInName(a, d, inherited.value)) return undefined;
  // (`Kenya plans to connect 17 million households … by 2030, currently, about nine million are
  // connected`: a goal's deadline is no date of the result read after a passive; round 63)
  if (inherited?.rule.includes(DEADLINE) && d.kind.rule.endsWith(PASSIVE_RESULT)) return undefined;
  if (
    inherited &&
    (!st.sentencePeriod || parts.ownPart(st.sentencePeriod, inherited, d) || sameBracket(a, inherited, d))
  ) {
    // (`… in May 2022 …, accumulated consumption in the first 5 months is …`: the statement's own part
    // of a year, written with no year, is of the year of the statement before — 2022-YTD-05, never May)
    // (its own words: not the lead's match the frame lent it, `dự kiến trong tháng 5, …`)
    const own =
      d.periodMatch !== st.leadPeriodMatch && d.periodMatch !== st.sentencePeriod?.item.match
        ? d.periodMatch
        : undefined;
    // (`tăng 3,5% trong cả năm 2017, trong đó quý 4 năm nay tăng 3,1%`: `this year` names no year of
    // its own either — lent the year before, doubted; round 57, the quarter had been lost to 2017, certain)
    const year =
      own?.partial && !own.id && (own.relative === undefined || own.relative === 0)
        ? /^(\d{4})/u.exec(inherited.value)?.[1]
        : undefined;
    const id = own && year ? completePeriod(own, Number(year)) : undefined;
    if (own && id && isPeriodId(id) && id !== inherited.value)
      return a.field(id, own.from, own.to, `${own.rule}+year-of-previous`);
    return { ...inherited, rule: `${inherited.rule.replace(/\+previous-statement$/u, '')}+previous-statement` };
  }
  // (a source's or a headline's period yields to a trailing period clause of the figures' own:
  // `Growth momentum slowed in 2023: FDI came in at USD 16.71bn (+8.9% y/y) in FY2024`)
  if (st.sentencePeriod && !(st.sentencePeriodOfSource && st.trailingPeriod))
    return fromItem(a, st.sentencePeriod, 'sentence');
  // (`rose 11.4 percent to RO 5.515 billion …, up from RO 4.948 billion ($12.85bn) during the first half
  // of 2018`: a trailing period the statement's change took as its base dates the earlier level only;
  // round 61 — the current figure had been dated 2018-H1, certain)
  if (st.trailingPeriod && !baseOfChange(a, d, st.trailingPeriod.item))
    return fromItem(a, st.trailingPeriod, 'trailing');
  // (a goal's sentence dates the targets after it; a result after it is of the goal's year only as a
  // plan's item — later than the report's period, `datePeriods` makes it a target — else it keeps
  // the period of the last sentence with a result: `Đến năm 2030, … 12%. Doanh thu đạt 500 tỷ đồng.`
  // opening a text is of no period, not of 2030)
  const goal = a.context?.goal && d.kind.value !== 'target' && !laterThanReport(a, a.context.id);
  const context = goal ? a.resultContext : a.context;
  if (context) return { value: context.id, span: context.span, rule: `${context.rule}+context` };
  if (a.defaultPeriod)
    return { value: a.defaultPeriod, span: a.span(st.sentence.from, st.sentence.from), rule: 'option.period' };
  return undefined;
}

/** How many tokens a bracket's lead period may stand from its `(`, and how far on its later figures are looked for. */
const BRACKET_LEAD = 2;
const BRACKET_REACH = 40;

/**
 * True when the statement before (`inherited`) dated itself by a period that opens a bracket and `d`
 * stands later in the same bracket: `… giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn, giá trị 2.260 tỷ
 * đồng)` — the worth is of 2018, not of the sentence's period (round 58: it had taken `năm ngoái`).
 * Looks at most {@link BRACKET_REACH} tokens on.
 */
function sameBracket(a: SentenceContext, inherited: Extracted<string>, d: Draft): boolean {
  const p = tokenAt(a.tokens, inherited.span.start);
  let open = -1;
  for (let k = p - 1; k >= 0 && k >= p - BRACKET_LEAD; k--)
    if (a.tokens[k]?.kind === 'punct' && a.tokens[k]?.text === '(') {
      open = k;
      break;
    }
  if (open < 0 || d.from <= p || d.from > p + BRACKET_REACH) return false;
  for (let k = p; k < d.from; k++) {
    const x = a.tokens[k] as Token;
    if (x.kind === 'punct' && (x.text === ')' || x.text === '(' || x.text === ';')) return false;
  }
  return true;
}

/** True when the statement's name writes a year (a plain number, not glued) that `period` is not of. */
function otherYearInName(a: SentenceContext, d: Draft, period: string): boolean {
  const name = d.name;
  if (!name) return false;
  for (let i = tokenAt(a.tokens, name.span.start); i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.start >= name.span.end) break;
    if (isYearToken(t) && t.gap !== '' && a.tokens[i + 1]?.gap !== '' && !period.startsWith(t.text)) return true;
  }
  return false;
}

/** The year of a period id: Vietnamese also a dated month, quarter, half or months to date (`2024-10`, `2024-Q3`). */
const DATED_VI = /^(\d{4})(?:-(?:\d\d|Q\d|H\d|YTD-\d\d))?$/u;
const DATED = /^(\d{4})$/u;
/**
 * The year a sentence states before its first figure (`Năm 2023, GDP quý II tăng …`, `In 2021,
 * exports rose 5 percent in the second quarter`): a period without its own year in the same
 * sentence (`quý II`, `the second quarter`) is of that year, not of an earlier sentence's. A year
 * after a comparison word (`so với năm 2019`, `compared to 2019`) is a base's, never stated. A year
 * in a lead-in before a colon (`Growth momentum slowed in 2023: In February 2024, exports were up
 * 0.31 percent over January`, `…: Rice exports rose 15.6% in March 2024 over February`) yields to a
 * dated period of the clause after the colon: that clause reads as it would alone (its `January`
 * is the month before its February 2024, never 2023-01).
 */
export function statedYear(a: SentenceContext, items: readonly Item[]): number | undefined {
  const dated = a.g.locale === 'vi' ? DATED_VI : DATED;
  let lead: number | undefined;
  let pastColon = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'figure' || it.t === 'bad-number') {
      // (past a lead-in's colon the clause's own year may follow its figure: `… rose 15.6% in March 2024`)
      if (!pastColon) return lead;
      continue;
    }
    if (lead !== undefined) {
      if (it.t === 'sep' && it.ch === ':') pastColon = true;
      else if (pastColon && it.t === 'period') {
        // (the clause then reads as it would alone: an English `February 2024` states no year)
        const own = DATED_VI.exec(it.match.id ?? '')?.[1];
        if (own && !comparedAt(a, items, k)) return dated.test(it.match.id ?? '') ? Number(own) : undefined;
      }
      continue;
    }
    // (`Kim ngạch xuất khẩu tháng 10/2024 …; lũy kế 10 tháng …`: a dated month, quarter or half
    // states its year too — the later `10 tháng` is of 2024, not the month's own period)
    // (Vietnamese only: English `In March 2024, … in the first quarter` is left to its own rules)
    // (`Lũy kế 4 tháng đầu năm (tính đến ngày 5/5/2023), …`: a Vietnamese date before the figures
    // states its year too, though a day inside a month names no period)
    const date = a.g.locale === 'vi' && it.t === 'number' && it.why === 'date';
    const year = it.t === 'period' ? dated.exec(it.match.id ?? '')?.[1] : date ? dateYear(a, it) : undefined;
    if ((it.t !== 'period' && !date) || !year) continue;
    if (!comparedAt(a, items, k)) lead = Number(year);
  }
  return lead;
}

/**
 * The years the sentence's `;` parts state before their own first figure, each with the token the
 * part starts at, in order (`Kết quả như sau: - xuất khẩu 9 tháng năm 2024 tăng …; - CPI 10 tháng năm
 * 2023 tăng 3,2%, trong đó tháng 10 tăng 4,1%`: the part's `tháng 10` is of 2023, not of the year
 * the sentence opened with). A part that states no year of its own states none here (its periods
 * keep the sentence's year). Vietnamese only (round 29, found by the Vietnamese noise sweep).
 */
export function partYears(a: SentenceContext, items: readonly Item[]): PartYear[] {
  const years: PartYear[] = [];
  if (a.g.locale !== 'vi') return years;
  let start = -1;
  for (let k = 0; k <= items.length; k++) {
    const it = items[k];
    if (it !== undefined && !(it.t === 'sep' && it.ch === ';')) continue;
    if (start >= 0 && k > start + 1) {
      const year = statedYear(a, items.slice(start + 1, k));
      if (year !== undefined) years.push({ from: (items[start] as Item).from, to: (items[k - 1] as Item).to, year });
    }
    start = k;
  }
  return years;
}

/** Whether item `k` follows a comparison word (`so với năm 2019`, `compared to 2019`) in its part. */
function comparedAt(a: SentenceContext, items: readonly Item[], k: number): boolean {
  const it = items[k] as Item;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const before = items[j] as Item;
    if (before.t === 'sep') return false;
    if (before.t === 'word' && matchAt(a.tokens, before.from, a.g.periodBaseLeads, it.from) !== null) return true;
  }
  return false;
}

/** The year that ends a date item (`5/5/2023`), or undefined. */
function dateYear(a: SentenceContext, it: Item): string | undefined {
  const last = a.tokens[it.to - 1];
  return last?.kind === 'number' && /^(19|20)\d\d$/u.test(last.text) ? last.text : undefined;
}

/** Period rules of a compared figure's own period (another period than the statement's). */
const OTHER_SIDE = /\.period\.(compared-previous|labelled-part|labelled-bracket|bracket-label|period-named-part)/u;
/** A period lent by the sentence, the text before it or the options, not the statement's own. */
const LENT_PERIOD = /\+(sentence|context)$|^option\./u;

/**
 * Dates the sentence's statements and makes an actual of a later period than the report's a
 * target ({@link setTextPeriod} then sets the context for the sentences that follow).
 */
export function datePeriods(a: SentenceContext, st: SentenceState): void {
  let inherited: Extracted<string> | undefined;
  const parts = semicolonParts(a, st);
  const drafts = a.sentenceDrafts(st.span);
  for (const d of drafts) {
    const period = periodOf(a, st, d, inherited, parts);
    if (period) d.period = period;
    // (a statement left with no figure — its list of changes paired with earlier values — is dropped)
    else if (d.value || d.completion || d.changes.length || d.density || d.rank || d.target || d.unread.length) {
      // Not marked as read: the sentence's numbers that no statement used stay in `unused`.
      const message = 'No period in the statement, its sentence or the text before it';
      d.unread.push({ what: 'period', reason: 'no-period', span: st.span, message });
    }
    // (the other side of a comparison, `(cùng kỳ năm trước đạt 850 nghìn tấn)`, `(Q1: …)`, is of
    // its own period: the statements after it do not take that period — sentence/compared-previous.ts)
    if (ownPeriod(d)) inherited = d.period;
  }
  // A sentence that also dates a statement by its own words at or before the report's period is a
  // record (`… increased from 65.5 years in 1993 to 74.5 years in 2023` in a report of 2021): its
  // later figures are results too. Another period's figure beside a plan (`(năm 2020 đạt 3.630 tỷ)`)
  // is no such record.
  if (drafts.some((d) => ownPeriod(d) && d.period && !laterThanReport(a, d.period.value))) return;
  for (const d of drafts)
    if (d.kind.value === 'actual' && d.period && laterThanReport(a, d.period.value))
      d.kind = { value: 'target', span: d.period.span, rule: `${a.g.locale}.kind.later-period` };
}

/** True when a statement's period is read from its own words (not lent by the sentence, the text or an option, and not the other side of a comparison). */
export function ownPeriod(d: Draft): boolean {
  return d.period !== undefined && !LENT_PERIOD.test(d.period.rule) && !OTHER_SIDE.test(d.period.rule);
}

/**
 * Lets a period that opens the sentence (or stands alone in it) set the context for the sentences
 * that follow and, if none has, the report's period. Runs after every step of the sentence, once
 * its statements' kinds are known: a goal's horizon — `Đến năm 2030, … tăng bình quân hằng năm
 * 12%`, `By 2030, the country aims to have 12,000 MW` — is the year the goals are for, not the
 * period the text reports: a sentence whose every statement is a target dates the targets after
 * it (a plan's list, `Năm 2021, phấn đấu …` and its items), while a result after it keeps the
 * period of the last sentence with a result; such a sentence never sets the report's period.
 */
export function setTextPeriod(a: SentenceContext, st: SentenceState): void {
  const opening = st.sentencePeriod ?? (st.periods.length === 1 && !st.firstFigureSeen ? st.periods[0] : undefined);
  if (!opening || (st.firstFigureSeen && opening !== st.sentencePeriod)) return;
  const drafts = a.sentenceDrafts(st.span);
  const goal = drafts.length > 0 && drafts.every((d) => d.kind.value === 'target');
  const span = a.span(opening.item.from, opening.item.to);
  a.context = { id: opening.id, span, rule: opening.item.match.rule, ...(goal ? { goal } : {}) };
  if (goal) return;
  a.resultContext = a.context;
  if (!a.report) a.report = opening.id;
}

/** True when the period item `it` lies inside the base span a change of `d` was read with. */
function baseOfChange(a: SentenceContext, d: Draft, it: { readonly from: number; readonly to: number }): boolean {
  const from = a.tokens[it.from]?.start;
  if (from === undefined) return false;
  return d.changes.some(
    (c) => c.value.baseSpan !== undefined && c.value.baseSpan.start <= from && from < c.value.baseSpan.end,
  );
}
