import { isPeriodId, parsePeriod } from '../../period/period';
import type { Grammar } from '../grammar';
import { matchPeriod } from '../period-phrase';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange, Statement } from '../types';
import { type Ctx, WINDOW } from './context';
import { KIND_RULES, RULES } from './doubt-rules';
import { wordBeforeRatio } from './doubts/rate-or-ratio';
import { doubt } from './messages';
import type { TokenIndex } from './token-index';
import { weighPeriod } from './weigh-period';

/**
 * The first doubt of `rules` ({@link RULES} for a figure, {@link KIND_RULES} for the target/actual
 * reading) that doubts the field gives its reason; with none, it is certain.
 */
function weighField<T>(ctx: Ctx, f: Extracted<T>, what: string, rules = RULES): Extracted<T> {
  for (const r of rules) {
    if (r.doubts(ctx, f as Extracted<unknown>, what))
      return { ...f, confidence: 'uncertain', doubt: doubt(r.id), rule: `${f.rule}?${r.id}` };
  }
  return { ...f, confidence: 'certain' };
}

/**
 * The doubts of a value that speak of a plan's figure (`plan-frame`: a plan's figure in a results
 * clause; `bracketed`: a figure in brackets, often the plan's) say nothing against a target field,
 * which IS the plan's figure.
 */
const PLAN_REASONS: ReadonlySet<string> = new Set(['plan-frame', 'bracketed']);

/**
 * A statement's stated target (`as against a target of GH¢887 million`, `kế hoạch năm (15.000 tỷ
 * đồng)`) weighed as a value is: `GH¢2, 2,999.89 million` is as doubtful in a target as anywhere
 * (round 46; the target had been certain whatever its reading).
 */
function weighTarget(ctx: Ctx, t: Statement['target']): Statement['target'] {
  if (!t) return undefined;
  const w = weighField(ctx, t, 'value', TARGET_RULES);
  // (`collected GH¢612.4 million as against a target of GH¢598.2 million`: the comparison is with
  // this plan; `compared with the target of 33.5 million tonnes for 2024` stays doubted)
  return w.doubt?.reason === 'comparison' && againstPlanBefore(ctx, t) ? { ...t, confidence: 'certain' } : w;
}

/** True when a word of measuring against a plan (`as against`, grammar `againstPlanLeads`) ends within two words before the target's span, or opens it. */
function againstPlanBefore(ctx: Ctx, t: NonNullable<Statement['target']>): boolean {
  const at = ctx.ix.at(t.span.start);
  const leads = ctx.g.againstPlanLeads;
  if (at === undefined || !leads) return false;
  // (the span may open with the lead: `against a target of …` is one plan phrase)
  for (let j = Math.max(0, at - 4); j <= at; j++) {
    const lead = matchAt(ctx.ix.tokens, j, leads);
    if (lead && lead.to >= at - 2) return true;
  }
  return false;
}

/** The doubts of a value, less those of a plan's figure ({@link PLAN_REASONS}). */
const TARGET_RULES = RULES.filter((r) => !PLAN_REASONS.has(r.id));

const sure = <T>(f: Extracted<T> | undefined): Extracted<T> | undefined =>
  f ? { ...f, confidence: 'certain' } : undefined;

const baseKey = (c: Extracted<ExtractedChange>): string | undefined => {
  const b = c.value.base;
  if (!b) return undefined;
  return b.kind === 'period' ? `period:${b.period}` : b.kind;
};

/** The index of the last of ascending `xs` that is at most `v`, or −1 (binary search). */
function lastAtMost(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * `tăng 15% …, tăng 11%` read into one statement, `so với tháng 12 tăng 3,12% và so với cùng kỳ
 * tăng 3,66%` with one base for both: a second change of a form with no base, or with the
 * base of an earlier one, is uncertain (it most likely belongs to another clause or base).
 */
function secondFigures(
  changes: Extracted<ExtractedChange>[],
  valueStart?: number,
  toLevelAfter?: (c: Extracted<ExtractedChange>) => boolean,
): Extracted<ExtractedChange>[] {
  const seen = new Set<string>();
  // The forms of the keys seen (one lookup, not a pass over every key per change).
  const forms = new Set<string>();
  // The first change of each form, by its index (`The 28 per cent rise year-on-year increased
  // shipments to US$8.27 billion, which is an 11.4 per cent rise`: a rate read before the value and
  // a second rate with no base after it contradict each other — one value does not rise by two
  // amounts — so neither is sure).
  const firstOf = new Map<string, number>();
  const doubted = new Set<number>();
  const out = changes.map((c, i) => {
    const key = `${c.value.form}|${baseKey(c) ?? '-'}`;
    const unbased = baseKey(c) === undefined && forms.has(c.value.form);
    const repeat = seen.has(key) || unbased;
    seen.add(key);
    forms.add(c.value.form);
    if (!firstOf.has(c.value.form)) firstOf.set(c.value.form, i);
    else if (unbased && c.value.form === 'rate' && valueStart !== undefined) {
      const at = firstOf.get(c.value.form) as number;
      const before = changes[at] as Extracted<ExtractedChange>;
      // (not when the second rate moves to a level of its own: `…, along with forestry products, up
      // 13.2% to USD3.52 billion` is another item's change, left to the second-figure doubt alone)
      if (before.span.end <= valueStart && c.span.start >= valueStart && !toLevelAfter?.(c)) doubted.add(at);
    }
    if (!repeat || c.confidence === 'uncertain') return c;
    return { ...c, confidence: 'uncertain', doubt: doubt('second-figure'), rule: `${c.rule}?second-figure` } as const;
  });
  return out.map((c, i) =>
    doubted.has(i) && c.confidence !== 'uncertain'
      ? { ...c, confidence: 'uncertain', doubt: doubt('second-figure'), rule: `${c.rule}?second-figure` }
      : c,
  );
}

/** True when `to` and a number (its currency between) follow the change: it moves to a level of its own. */
function toLevelAfter(ctx: Ctx, c: Extracted<ExtractedChange>): boolean {
  const t = ctx.ix.tokens;
  const j = ctx.ix.from(c.span.end);
  // (the change's span may end on the `to` itself: `up 13.2% to`)
  const end = matchAt(t, j, ctx.g.toWords)?.to ?? (matchAt(t, j - 1, ctx.g.toWords)?.to === j ? j : undefined);
  if (end === undefined) return false;
  for (let k = end; k < end + 4 && k < t.length; k++) if ((t[k] as Token).kind === 'number') return true;
  return false;
}

/** The rule marks of a rate lent to a bare percentage by another clause's verb (gapping, a list's head or lead verb, an ellipsis). */
const LENT_RATE = ['.change.gapped-rate', '.bracketed-list.rate', '.change.lead-verb-list', '.change.elliptic-rate'];

/**
 * `Term life accounted for 31.2 percent, down 14.8 percent, and endowment products 0.8 percent,
 * down 49.8 percent`: a rate the reader lent to a bare percentage from another clause's verb,
 * followed in its statement by a rate of its own — the item states its change itself, so its bare
 * percentage is its level or share (parallel to the figure before the verb), not the lent rate.
 * One pass over the statement's changes.
 */
function lentBeforeOwn(changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  let own = -1;
  for (const c of changes)
    if (c.value.form === 'rate' && !LENT_RATE.some((m) => c.rule.includes(m))) own = Math.max(own, c.span.start);
  if (own < 0) return changes;
  return changes.map((c) =>
    c.confidence !== 'uncertain' && c.span.start < own && LENT_RATE.some((m) => c.rule.includes(m))
      ? {
          ...c,
          confidence: 'uncertain',
          doubt: doubt('second-figure'),
          rule: `${c.rule}?second-figure+lent-before-own`,
        }
      : c,
  );
}

/**
 * `the index in the fourth quarter went up 3.54% …, and that in December increased 0.12%`: a
 * change with a period phrase between it and the statement's figure before it (not the
 * statement's own period, not the change's base) is most likely that other period's change.
 * Looks at most {@link WINDOW} tokens back per change; the figure before it and the bases are found
 * by binary search, so a statement of many changes costs n log n, not n².
 */
function secondPeriods(
  s: Statement,
  ix: TokenIndex,
  g: Grammar,
  changes: Extracted<ExtractedChange>[],
): Extracted<ExtractedChange>[] {
  const ends: number[] = [];
  if (s.value) ends.push(s.value.span.end);
  if (s.completion) ends.push(s.completion.span.end);
  for (const c of changes) ends.push(c.span.end);
  ends.sort((a, b) => a - b);
  const own = s.period?.span;
  const bases = changes.flatMap((c) => (c.value.baseSpan ? [c.value.baseSpan] : [])).sort((a, b) => a.start - b.start);
  const baseStarts = bases.map((b) => b.start);
  // The furthest end of the bases that start at or before each one: a token is inside a base when
  // the bases that start at or before it reach past it.
  const reach: number[] = [];
  for (const b of bases) reach.push(Math.max(b.end, reach[reach.length - 1] ?? -1));
  const inBase = (start: number): boolean => {
    const i = lastAtMost(baseStarts, start);
    return i >= 0 && (reach[i] as number) > start;
  };
  return changes.map((c) => {
    if (c.confidence === 'uncertain') return c;
    // The end of the statement's last figure before the change.
    const e = lastAtMost(ends, c.span.start);
    const before = e >= 0 ? (ends[e] as number) : -1;
    if (before < 0) return c;
    const at = ix.at(c.span.start);
    if (at === undefined) return c;
    const t = ix.tokens;
    // (only in the change's own clause: `attracted US$27.26 billion in the first 10 months, a rise
    // of 1.9%` names the value's period, before the clause of the change)
    const from = Math.max(ix.clauseOf(at), at - WINDOW);
    for (let j = at - 1; j >= from && (t[j] as Token).start >= before; j--) {
      const start = (t[j] as Token).start;
      if (own && start >= own.start && start < own.end) continue;
      if (inBase(start)) continue;
      const p = matchPeriod(t, j, g.locale);
      // (`last year`, `năm nay`: a relative period is a base's or the statement's, not another.)
      if (p && p.to <= at && p.relative === undefined)
        return { ...c, confidence: 'uncertain', doubt: doubt('second-period'), rule: `${c.rule}?second-period` };
    }
    return c;
  });
}

/**
 * `increased slightly by 0.005% from the previous month, 3.6% against December 2021, and 2.89%
 * year-on-year`: percentages listed after one doubted as the size of a change (`by`,
 * {@link RULES} `rate-or-ratio`) share its verb; read as levels against their bases (ratios),
 * each is just as uncertain. Looks one or two tokens before each figure.
 */
function ratioListAfterBy(ctx: Ctx, changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  let open = false;
  return changes.map((c) => {
    if (c.value.form !== 'ratio') return c;
    if (c.doubt?.reason === 'rate-or-ratio') {
      open = true;
      return c;
    }
    if (!open || c.confidence === 'uncertain') return c;
    const j = wordBeforeRatio(ctx, c, 'change');
    const t = ctx.ix.tokens;
    const w = t[j];
    const joined =
      (w?.kind === 'punct' && w.text === ',') ||
      (w?.kind === 'word' && matchAt(t, j, ctx.g.joiners, j + 1)?.to === j + 1);
    if (!joined) {
      open = false;
      return c;
    }
    return { ...c, confidence: 'uncertain', doubt: doubt('rate-or-ratio'), rule: `${c.rule}?rate-or-ratio` };
  });
}

/**
 * `a growth rate of 23.05%, 10.3 percentage points higher than that in the same period of 2023`:
 * percentage points after a rate of change in one statement measure the change OF that rate (the
 * growth sped up), another measure than the indicator's own change.
 */
function pointsAfterRate(changes: Extracted<ExtractedChange>[]): Extracted<ExtractedChange>[] {
  let rate = false;
  return changes.map((c) => {
    if (c.value.form === 'rate') rate = true;
    if (c.value.form !== 'points' || !rate || c.confidence === 'uncertain') return c;
    return { ...c, confidence: 'uncertain', doubt: doubt('other-measure'), rule: `${c.rule}?other-measure` };
  });
}

/**
 * `an eight-fold increase in rooftop solar by the end of December 2020 from only 378 megawatts (MW)
 * in 2019` read with the base December 2020 and the period 2019: a change is measured against an
 * EARLIER time, so a base period that starts after the statement's own period ends, or is that very
 * period, contradicts it — one of the two belongs to another figure, and the change is not sure
 * (round 24). When the period is itself doubted, a base the change read from its own words
 * (`a 60% increase from 31.97 million tons in 2022`) is trusted over it; a base the sentence lent
 * (`+sentence-base`) is not. One period read per change with a period base.
 */
function baseNotBefore(
  period: Extracted<unknown> | undefined,
  changes: Extracted<ExtractedChange>[],
): Extracted<ExtractedChange>[] {
  const p = period?.value;
  if (typeof p !== 'string' || !isPeriodId(p)) return changes;
  const sure = period?.confidence !== 'uncertain';
  // (the period is parsed only when a change has a period base)
  let end: string | undefined;
  return changes.map((c) => {
    const b = c.value.base;
    if (c.confidence === 'uncertain' || b?.kind !== 'period' || !isPeriodId(b.period)) return c;
    if (!sure && !c.rule.includes('+sentence-base')) return c;
    end ??= parsePeriod(p).end;
    if (b.period !== p && parsePeriod(b.period).start <= end) return c;
    return { ...c, confidence: 'uncertain', doubt: doubt('base-period'), rule: `${c.rule}?base-period+not-before` };
  });
}

/** Doubts of a value that make it the other side of a comparison: another period's figure. */
const COMPARED_VALUE: ReadonlySet<string> = new Set(['comparison', 'bracketed']);

/**
 * `… which is 3.31 million tonnes higher compare to last years loading for the same month (91.02 million
 * tonnes)`, `down 93.84% year-on-year from RM23.70 million or 0.53 sen a year ago`, `as against production of
 * 35.58 MT during previous year`: a value doubted as the other side of a comparison (`comparison`, or in a
 * bracket) whose statement holds no completion and no certain change, dated only by the period lent from
 * the statement before (`+previous-statement`), with words of an earlier period around it (grammar `bases`:
 * `last year`, `a year ago`, `previous year`), is of another period than that one — the base's — so the lent
 * period is doubted with it (`raised its 2025 growth forecast to 6.6% from 6.5% earlier`, `short of the 45%
 * target` keep theirs) (round 68, probes of port and company reports: each had been
 * printed certain beside its doubted value).
 */
function lentToCompared<T>(
  ctx: Ctx,
  period: Extracted<T> | undefined,
  value: Extracted<unknown> | undefined,
  changes: readonly Extracted<ExtractedChange>[],
): Extracted<T> | undefined {
  if (!period || period.confidence === 'uncertain' || !period.rule.endsWith('+previous-statement')) return period;
  if (value?.confidence !== 'uncertain' || !COMPARED_VALUE.has(value.doubt?.reason ?? '')) return period;
  if (ctx.s.completion || changes.some((c) => c.confidence !== 'uncertain')) return period;
  if (!earlierBaseNear(ctx, value)) return period;
  return {
    ...period,
    confidence: 'uncertain',
    doubt: doubt('comparison'),
    rule: `${period.rule}?comparison+compared-value`,
  };
}

/** How many tokens around a compared value words of an earlier period may stand. */
const EARLIER_BASE_REACH = 8;

/** True when words of an earlier period (grammar `bases`, not a plan) stand within a few tokens of the value. */
function earlierBaseNear(ctx: Ctx, value: Extracted<unknown>): boolean {
  const t = ctx.ix.tokens;
  const k = ctx.ix.at(value.span.start);
  if (k === undefined) return false;
  for (let i = Math.max(0, k - EARLIER_BASE_REACH); i < t.length && i <= k + EARLIER_BASE_REACH; i++) {
    const b = matchAt(t, i, ctx.g.bases);
    if (b && b.phrase.data.kind !== 'plan') return true;
  }
  return false;
}

/** A name read across a hard wrap (`kết⏎quả kinh doanh`) on one line: the wrap is no part of it. */
function oneLine(name: Extracted<string> | undefined): Extracted<string> | undefined {
  return name && /\n/u.test(name.value) ? { ...name, value: name.value.replace(/\s*\n\s*/gu, ' ') } : name;
}

/** Gives every field of a statement its confidence. */
export function weigh(s: Statement, ix: TokenIndex, g: Grammar): Statement {
  const nameFrom = s.name ? ix.at(s.name.span.start) : undefined;
  let nameTo: number | undefined;
  if (s.name && nameFrom !== undefined) {
    nameTo = nameFrom;
    while (nameTo < ix.tokens.length && (ix.tokens[nameTo] as Token).end <= s.name.span.end) nameTo++;
  }
  const ctx: Ctx = { ix, g, s, nameFrom, nameTo };
  let period = weighPeriod(ix, g, s.period, s);
  const changes = baseNotBefore(
    period,
    secondPeriods(
      s,
      ix,
      g,
      lentBeforeOwn(
        secondFigures(
          ratioListAfterBy(ctx, pointsAfterRate(s.changes.map((c) => weighField(ctx, c, 'change')))),
          s.value?.span.start,
          (c) => toLevelAfter(ctx, c),
        ),
      ),
    ),
  );
  const value = s.value ? weighField(ctx, s.value, 'value') : undefined;
  period = lentToCompared(ctx, period, value, changes);
  const weighed: { readonly [K in keyof Statement]?: Statement[K] } = {
    // (weighed after the changes and the value: a kind doubt reads the certain changes and the value's doubt)
    kind: weighField({ ...ctx, s: { ...s, changes, value, period } }, s.kind, 'kind', KIND_RULES),
    name: sure(oneLine(s.name)),
    fullName: sure(oneLine(s.fullName)),
    subject: sure(s.subject),
    period,
    stage: sure(s.stage),
    rank: sure(s.rank),
    parent: sure(s.parent),
    value,
    completion: s.completion ? weighField(ctx, s.completion, 'completion') : undefined,
    target: weighTarget(ctx, s.target),
    previous: sure(s.previous),
    density: s.density ? weighField(ctx, s.density, 'density') : undefined,
    changes,
    unread: [...s.unread],
  };
  // Keep the statement's shape: fields that were absent stay absent. (Built key by key, never
  // with `delete`, which would turn every statement into a slow dictionary object.)
  const out: Record<string, unknown> = {};
  for (const k in s) {
    const v = k in weighed ? weighed[k as keyof Statement] : s[k as keyof Statement];
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as Statement;
}
