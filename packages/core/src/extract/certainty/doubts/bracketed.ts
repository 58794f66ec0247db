import { findUnit } from '../../../model/units';
import { matchAt } from '../../phrase';
import { LABEL_RATE } from '../../rules/label-rate';
import { SIGNED_IN_BRACKET } from '../../rules/percent';
import { LISTED } from '../../sentence/list-brackets';
import { BRACKET_PERIOD } from '../../sentence/vi-bracket-period-rate';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, first, numberToken } from '../context';
import { afterPercent, within } from '../helpers';

/**
 * `(cùng kỳ năm trước tăng 7,3%)` after a statement: the brackets hold another figure; and
 * `tăng 0,32% (1.216 tấn)`: a bracket that opens on the number qualifies the figure before.
 */
export const bracketedDoubt: DoubtRule = {
  id: 'bracketed',
  doubts: (ctx, f, what) => {
    // `gồm: Quảng Ngãi (11,51%), Hải Phòng (11,2%)`: an entry of a bracketed list whose head
    // gives its role (`sentence/list-brackets.ts`) is named right before its bracket.
    // (`…: electrical goods (-50.7%); furniture (-13.6%)` under a head that gave no base: a signed
    // change alone in its bracket states no base, so which base the entry's change is against is not
    // sure — `rules/percent.ts` SIGNED_IN_BRACKET)
    if (f.rule.includes(LISTED))
      return (
        what === 'change' && f.rule.includes(SIGNED_IN_BRACKET) && (f.value as { base?: unknown }).base === undefined
      );
    // `GDP năm 2024 tăng 7,09% (năm 2023 tăng 5,05%)`: the rate of the period that opens the bracket,
    // its own statement dated that period (`sentence/vi-bracket-period-rate.ts`).
    if (f.rule.endsWith(BRACKET_PERIOD)) return false;
    // `CPI (M/M): -0,2% (dự báo -0,2%; trước đó 0,3%)`: a calendar line's other readings, each its own
    // statement (`rules/label-rate.ts`, `sentence/label-readings.ts`)
    if (f.rule.includes(LABEL_RATE)) return false;
    // `exceeded the 2023 plan by 18% (3.05 billion USD)`, `đạt 98% kế hoạch (1.200 tỷ đồng)`: a
    // completion outside brackets on a statement whose value is the bracket after it — the
    // bracket restates the plan or another figure, so whose completion it is is not sure.
    if (what === 'completion' && completionBeforeBracketedValue(ctx, f)) return true;
    const at = first(ctx, f);
    if (at === undefined) return false;
    const d = ctx.ix.depthAt(at);
    if (d === 0) return false;
    if ((what === 'change' || what === 'value') && ownRateLevelBracket(ctx, at)) return false;
    if (what === 'change' && ownChangeBracket(ctx, f, at, d)) return false;
    if ((what === 'change' || what === 'completion') && afterConversion(ctx, at, d)) return false;
    if (ctx.nameFrom === undefined || ctx.ix.depthAt(ctx.nameFrom) < d) return true;
    // `421.846 ha (79.918 ha rừng phòng hộ và 341.928 ha rừng sản xuất), đạt 83,8% kế hoạch`: an
    // item of a bracketed breakdown whose statement took a completion or change from outside the
    // bracket — that figure is the total's, so the item's value is not sure to be its (round 18).
    if (what === 'value' && outsideFigure(ctx, d)) return true;
    // `tăng 7,31% (cao hơn mức tăng 7,23% …)`: a bracket after a figure that opens with a
    // comparison remarks on that figure; it states no figure of its own.
    const opener = ctx.ix.bracketOf(at);
    const before = ctx.ix.tokens[opener - 1];
    const afterFigure = before?.kind === 'number' || (before?.kind === 'punct' && before.text === '%');
    if (opener > 0 && afterFigure && matchAt(ctx.ix.tokens, opener + 1, ctx.g.differenceWords)) return true;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    let open = k - 1;
    if (t[open]?.kind === 'punct' && ['+', '-', '−'].includes((t[open] as Token).text)) open--;
    return t[open]?.kind === 'punct' && ['(', '['].includes((t[open] as Token).text);
  },
};

/**
 * `the largest jump in RevPAR (+18.0% to US$72.85)`, `occupancy (-25.0% to 63.9%)`: a bracket that
 * opens right after the statement's name and holds only the name's signed rate and, after `to`, the
 * level it reached (`rules/percent.ts` SIGNED_IN_BRACKET), the statement's value closing it — both
 * figures are the name's own (round 53, test37's hotel reports). True for a field at token `at` in
 * such a bracket.
 */
function ownRateLevelBracket(ctx: Ctx, at: number): boolean {
  const s = ctx.s;
  const opener = ctx.ix.bracketOf(at);
  const t = ctx.ix.tokens;
  const rate = s.changes.length === 1 ? s.changes[0] : undefined;
  if (opener <= 0 || !rate?.rule.includes(SIGNED_IN_BRACKET) || s.value === undefined || s.name === undefined)
    return false;
  const rateAt = first(ctx, rate);
  const end = ctx.ix.from(s.value.span.end);
  return (
    rateAt !== undefined &&
    ctx.ix.bracketOf(rateAt) === opener &&
    rateAt <= opener + 2 &&
    (t[end] as Token | undefined)?.text === ')' &&
    ctx.ix.bracketOf(end - 1) === opener &&
    t[opener - 1]?.end === s.name.span.end
  );
}

/** True when the statement's value sits in a bracket that opens after the completion `f`, its name outside. */
function completionBeforeBracketedValue(ctx: Ctx, f: Extracted<unknown>): boolean {
  const v = ctx.s.value;
  if (v === undefined || v.span.start < f.span.end) return false;
  const at = ctx.ix.at(v.span.start) ?? numberToken(ctx, v as Extracted<unknown>);
  const c = first(ctx, f);
  if (at === undefined || c === undefined) return false;
  const d = ctx.ix.depthAt(at);
  return d > ctx.ix.depthAt(c) && (ctx.nameFrom === undefined || ctx.ix.depthAt(ctx.nameFrom) < d);
}

/** How many tokens a bracket holding only a change and its base may run (`(giảm 2,9% so với cùng kỳ năm 2023)`). */
const OWN_CHANGE_BRACKET = 16;
/** How many words naming a completion's plan may stand between it and the bracket. */
const PLAN_WORDS = 6;

/**
 * `đàn bò 7.412 con (giảm 2,9% so với cùng kỳ)`, `đạt 98% kế hoạch (tăng 12% so với cùng kỳ năm
 * 2023)`: a bracket that opens right after the statement's own value or completion, on the change
 * verb, and closes after that one change and the base it names (no other number but a base year,
 * no `;`; `(up 8 percent)` with no base stays doubted)
 * states the change of that figure, when the statement's value is a level in money or units (a
 * share or a rate in percent may change by points). A bracket that opens on a period, a base or another name
 * (`(năm 2023 tăng 5,05%)`, `(cùng kỳ tăng 6%)`, `(quý I tăng 6,47%; quý II tăng 8,55%)`) stays
 * doubted.
 */
function ownChangeBracket(ctx: Ctx, f: Extracted<unknown>, at: number, d: number): boolean {
  const t = ctx.ix.tokens;
  // (`chiếm 55,08% (tăng 2,78% so với năm 2020)`: a change by a percentage of a share or a rate
  // level may be points — only a level in money or units owns its bracketed change)
  const v = ctx.s.value;
  if (v === undefined || v.confidence === 'uncertain' || v.value.unitCode === 'percent') return false;
  const opener = ctx.ix.bracketOf(at);
  if (opener <= 0 || ctx.ix.depthAt(opener + 1) !== d) return false;
  // the figure ends right before the bracket, or before the words naming its plan (`đạt 87% dự
  // toán tỉnh giao (tăng …)`)
  const ends = new Set<number>();
  for (const x of [ctx.s.value, ctx.s.completion]) if (x !== undefined) ends.add(x.span.end);
  let own = false;
  for (let j = opener - 1; j >= 0 && j >= opener - PLAN_WORDS && !own; j--) {
    own = ends.has((t[j] as Token).end);
    if (t[j]?.kind !== 'word') break;
  }
  // the change (its verb first, or its sign: `(+28.5% YoY)`) opens the bracket, and its base stands
  // inside it (`(up 8 percent)` alone may be of anything)
  const sign = t[opener + 1];
  const signed = at === opener + 2 && sign?.kind === 'punct' && ['+', '-', '−'].includes(sign.text);
  if (!own || (at !== opener + 1 && !signed && matchAt(t, opener + 1, ctx.g.changeVerbs)?.to !== at)) return false;
  const change = f.value as { base?: unknown; baseSpan?: { start: number } } | undefined;
  const baseAt = change?.base === undefined || !change.baseSpan ? undefined : ctx.ix.at(change.baseSpan.start);
  // (`(tăng 11% so với cùng kỳ năm 2023)`, `(an increase of 6.2% over the same period in 2018)`: a
  // base the text names but the reader could not date still stands inside the bracket, in the change)
  const k = numberToken(ctx, f);
  const namedBase =
    baseAt === undefined && k !== undefined && within(t, k + 1, ctx.ix.from(f.span.end), ctx.g.compareWords);
  if (!namedBase && (baseAt === undefined || ctx.ix.depthAt(baseAt) !== d || ctx.ix.bracketOf(baseAt) !== opener))
    return false;
  for (let i = opener + 1; i < t.length && i <= opener + OWN_CHANGE_BRACKET; i++) {
    const x = t[i] as Token;
    if (ctx.ix.depthAt(i) < d) return true;
    if (x.kind === 'punct' && x.text === ';') return false;
    if (x.kind === 'number' && i !== k && !/^(19|20)\d\d$/u.test(x.text)) return false;
  }
  return false;
}

/** True when the statement has a completion or change read outside (shallower than) bracket depth `d`. */
function outsideFigure(ctx: Ctx, d: number): boolean {
  const s = ctx.s;
  for (const x of [s.completion, ...s.changes]) {
    if (x === undefined) continue;
    const k = ctx.ix.at(x.span.start);
    if (k !== undefined && ctx.ix.depthAt(k) < d) return true;
  }
  return false;
}

/** How many percentages of other changes or completions may stand between a conversion and the field. */
const CONVERTED_FIELDS = 3;

/**
 * `9M TOI was VND38.6 trillion (about USD1.47 billion, up +3.1% YoY)`, `9M EBT was VND904.5 billion
 * (about USD34.4 million, up +68% YoY, equivalent to 94% of target profit)`, `revenue of VND2.73
 * trillion (about USD104 million, completing 60% target)`: a bracket that opens right after the
 * statement's value in one currency on that value converted into another (a bound or conversion
 * word, another currency's sign, the number, its scale) and goes on, after a comma, with changes
 * and completions — those are the value's, as the analysts' notes write them (round 32, test21).
 * True when the field at token `at` is such a change or completion: every number between the
 * conversion and it is a percentage. (Also read by `unread-between.ts`: the unread figure before such
 * a field is the conversion.)
 * @internal
 */
export function afterConversion(ctx: Ctx, at: number, d: number): boolean {
  const v = ctx.s.value;
  const code = v?.value.unitCode;
  // (only a certain sum of money converts into another currency)
  if (v === undefined || v.confidence === 'uncertain') return false;
  if (code === undefined || findUnit(code)?.kind !== 'currency') return false;
  const t = ctx.ix.tokens;
  const opener = ctx.ix.bracketOf(at);
  if (opener <= 0 || ctx.ix.depthAt(opener + 1) !== d || t[opener - 1]?.end !== v.span.end) return false;
  let j = opener + 1;
  j = (matchAt(t, j, ctx.g.approximate) ?? matchAt(t, j, ctx.g.conversionWords))?.to ?? j;
  const currency = matchAt(t, j, ctx.g.currencyBefore);
  if (!currency || currency.phrase.data === code || t[currency.to]?.kind !== 'number') return false;
  j = currency.to + 1;
  j = (matchAt(t, j, ctx.g.scales) ?? matchAt(t, j, ctx.g.currencyScales ?? []))?.to ?? j;
  if (!(t[j]?.kind === 'punct' && t[j]?.text === ',') || at <= j) return false;
  let percents = 0;
  for (let i = j + 1; i < at; i++) {
    const x = t[i] as Token;
    if (ctx.ix.depthAt(i) < d) return false;
    if (x.kind !== 'number') continue;
    if (!afterPercent(t, ctx.g, i).percent || ++percents > CONVERTED_FIELDS) return false;
  }
  return true;
}
