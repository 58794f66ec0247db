import { matchPeriod } from '../../period-phrase';
import { matchAt, phraseEndingAt } from '../../phrase';
import { LABEL_RATE } from '../../rules/label-rate';
import { COMPARED_BEFORE } from '../../sentence/from-level-base';
import { RESPECTIVE_ORDER } from '../../sentence/vi-respective-bases';
import type { Token } from '../../tokenize';
import type { Extracted, ExtractedChange } from '../../types';
import { afterField, type Ctx, type DoubtRule, first, numberToken, WINDOW } from '../context';
import { EARLIER, within } from '../helpers';

/**
 * True when a word that opens a list of examples (`such as`, `including`, `như`, `gồm`; not a
 * copula, which the grammar also lists as a list lead) stands within two tokens after `offset`
 * (the end of a head's base): the items of the list share that head's base.
 */
function listLeadAfter(ctx: Ctx, offset: number): boolean {
  const t = ctx.ix.tokens;
  const at = ctx.ix.from(offset);
  for (let i = at; i < t.length && i <= at + 2; i++) {
    const x = t[i] as Token;
    if (x.kind === 'punct' && x.text !== ',' && x.text !== ':') return false;
    if (matchAt(t, i, ctx.g.listLeads) && !matchAt(t, i, ctx.g.valueVerbs)) return true;
  }
  return false;
}

/**
 * `…, trong khi cùng kỳ năm trước nhập siêu 1 tỷ USD`, `while the same period last year saw a
 * deficit of US$1 billion`: a level in a clause that names an earlier period as its subject
 * (a base phrase with no compare word before it) is that period's figure, not the statement's.
 */
export const earlierPeriodSubjectDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'value' && what !== 'completion') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW);
    // (the base is the clause's subject: within its first three tokens, and of two words or more —
    // `kỳ` alone is also the first syllable of `kỳ vọng`, `Hoa Kỳ`)
    for (let i = from; i < k && i < from + 3; i++) {
      const base = matchAt(t, i, ctx.g.bases, k);
      if (!base || base.to - i < 2 || !EARLIER.has(base.phrase.data.kind)) continue;
      let compared = false;
      for (let b = Math.max(from, i - 3); b < i && !compared; b++)
        compared = matchAt(t, b, ctx.g.compareWords, i)?.to === i;
      if (!compared) return true;
      i = base.to - 1;
    }
    return false;
  },
};

/**
 * `211 million kilograms of tea was produced during the same period last year, a 15 percent drop
 * in tea production … compared to the previous year`: a value its own words date to the same period
 * a year before (a base phrase of a same-period noun between the value and the change, in the
 * value's clause and bracket, with no compare word or other figure before it) is that
 * period's figure; a change against the same base is the current figure's, not this one's (round 46:
 * it had been the value's, certain).
 */
export const changeOfEarlierValueDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || !ctx.s.value) return false;
    const c = (f as Extracted<ExtractedChange>).value;
    if (!c.base || !EARLIER.has(c.base.kind)) return false;
    const k = numberToken(ctx, ctx.s.value);
    const at = ctx.ix.at(f.span.start);
    if (k === undefined || at === undefined || at <= k) return false;
    const t = ctx.ix.tokens;
    for (let i = k + 1; i < at && i <= k + WINDOW; i++) {
      // (another figure between them, or a bracket's words — `(cùng kỳ năm trước đạt 980 triệu USD)`
      // dates the bracket's figure — end the value's own words)
      if (t[i]?.kind === 'number') return false;
      if (ctx.ix.depthAt(i) !== ctx.ix.depthAt(k)) continue;
      const base = matchAt(t, i, ctx.g.bases, at);
      if (!base || base.to - i < 2 || base.phrase.data.kind !== c.base.kind) continue;
      // (only `the same period …`: `reached $17.34 billion last year, an annual growth of 18%` is
      // last year's own figure and rise)
      let same = false;
      for (let j = i; j < base.to && !same; j++) same = matchAt(t, j, ctx.g.samePeriodNouns, base.to) !== null;
      if (!same) continue;
      // (`year-on-year increases of 27.7%`: the change's own base before its noun)
      const x = t[i] as Token;
      if (c.baseSpan && x.start >= c.baseSpan.start && x.start < c.baseSpan.end) continue;
      let compared = false;
      for (let b = Math.max(k + 1, i - 3); b < i && !compared; b++)
        compared = matchAt(t, b, ctx.g.compareWords, i)?.to === i;
      if (!compared) return true;
      i = base.to - 1;
    }
    return false;
  },
};

/**
 * `this year's growth of 7.2 percent is 0.7 percentage points higher than last year`: another
 * number between a change and its base (the size of a difference) may own that base.
 */
export const differenceBeforeBaseDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    // (`are $189,888,639 or 4.97% above the prior year's collections`: the amount before the rate is
    // the difference `rules/en-amount-or-rate.ts` read past — the rate's own, no other owner of the
    // base; round 55)
    if (f.rule.includes('-after-amount')) return false;
    const c = (f as Extracted<ExtractedChange>).value;
    if (!c.base || !c.baseSpan || c.baseSpan.start < f.span.start) return false;
    const k = numberToken(ctx, f);
    const b = ctx.ix.at(c.baseSpan.start);
    if (k === undefined || b === undefined) return false;
    const t = ctx.ix.tokens;
    for (let i = k + 1; i < b && i < k + WINDOW; i++) {
      const x = t[i] as Token;
      if (x.kind === 'punct' && x.text !== '%') return false;
      if (x.kind !== 'number') continue;
      // (only the size of a difference: the number is followed by a comparative before the base)
      for (let j = i + 1; j < b && j <= i + 5; j++) {
        const y = t[j] as Token;
        if ((y.kind === 'punct' && y.text !== '%') || matchAt(t, j, ctx.g.compareWords)) break;
        if (ctx.g.comparatives.has(`${y.forms.fold} ${t[j + 1]?.forms.fold ?? ''}`)) return true;
      }
    }
    return false;
  },
};

/** How many words may name the level between `from` and its link (`from the gross margin of`). */
const FROM_LEVEL_WORDS = 4;

/**
 * True when the figure at token `j` (its bound word included) closes `from [words] of` / `từ mức`:
 * `an increase from the margin of 22.1 per cent`, `a turnaround from a loss of VND1.79 trillion`,
 * `tăng 2,7 điểm từ mức 22,1%`: the level a change started from, named before its figure. Only
 * words stand between `from` and the link (no number, no punctuation), at most {@link FROM_LEVEL_WORDS}.
 */
function fromLevelBefore(ctx: Ctx, j: number): boolean {
  const t = ctx.ix.tokens;
  for (let b = j - 1; b >= 0 && b >= j - 2; b--) {
    if (matchAt(t, b, ctx.g.fromLevelLinks, j)?.to !== j) continue;
    return fromBeforeLink(t, ctx, b);
  }
  return false;
}

/** True when `from` stands before the link at `b` with only words (at most {@link FROM_LEVEL_WORDS}) between. */
function fromBeforeLink(t: readonly Token[], ctx: Ctx, b: number): boolean {
  for (let a = b - 1; a >= 0 && a >= b - 1 - FROM_LEVEL_WORDS; a--) {
    if (matchAt(t, a, ctx.g.fromWords, b)) return true;
    if ((t[a] as Token).kind !== 'word') return false;
  }
  return false;
}

/**
 * `Profit rose 38% from Q2 and marked a turnaround from a loss of nearly VND1.79 trillion`: a
 * statement whose value, after its change, is the level something started from (`from a loss of`,
 * `from the margin of`) holds a figure of another period: the change is not certain to be the
 * value's, and is doubted.
 */
export const valueFromLevelDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change' || !ctx.s.value) return false;
    const k = numberToken(ctx, ctx.s.value);
    const c = numberToken(ctx, f);
    if (k === undefined || c === undefined || k <= c) return false;
    const t = ctx.ix.tokens;
    // the value's span opens with its link (`of nearly VND1.79 trillion`), or the link is right before it
    const from = first(ctx, ctx.s.value);
    if (from !== undefined && matchAt(t, from, ctx.g.fromLevelLinks, k)) return fromBeforeLink(t, ctx, from);
    let j = k;
    for (let b = j - 1; b >= 0 && b >= j - 3; b--) if (matchAt(t, b, ctx.g.approximate, j)?.to === j) j = b;
    return fromLevelBefore(ctx, j);
  },
};

/**
 * `expanding its GRDP from 11.5% to 12%`, `tăng từ 11,5% lên 12%`: a rate read right after
 * `from` is the level the change started from, not the change.
 */
export const rateAfterFromDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || k === 0) return false;
    const t = ctx.ix.tokens;
    let j = k;
    for (let b = k - 1; b >= 0 && b >= k - 3; b--) if (matchAt(t, b, ctx.g.approximate, k)?.to === k) j = b;
    // `an increase from the margin of 22.1 per cent in Q1`: a level named between `from` and its
    // figure is the level started from, whatever period follows it.
    if (j > 0 && fromLevelBefore(ctx, j)) return true;
    if (!(j > 0 && matchAt(t, j - 1, ctx.g.fromWords, j)?.to === j)) return false;
    // `growth recovered from 5.15 percent in the first quarter to …`: a rate dated by its own
    // period right after it is that period's rate, read as such.
    const end = afterField(ctx, f);
    return !(end !== undefined && (matchPeriod(t, end, ctx.g.locale) || matchPeriod(t, end + 1, ctx.g.locale)));
  },
};

/** The tokens of every change's base in a statement, computed once per list of changes. */
const BASE_TOKENS = new WeakMap<readonly unknown[], Set<number>>();
function changeBaseTokens(ctx: Ctx): Set<number> {
  const changes = ctx.s.changes;
  let set = BASE_TOKENS.get(changes);
  if (set) return set;
  set = new Set<number>();
  const t = ctx.ix.tokens;
  for (const c of changes) {
    const sp = c.value.baseSpan;
    const from = sp ? ctx.ix.at(sp.start) : undefined;
    if (!sp || from === undefined) continue;
    for (let k = from; k < t.length && (t[k] as Token).start < sp.end; k++) set.add(k);
  }
  BASE_TOKENS.set(changes, set);
  return set;
}

/**
 * `a 6% decrease on the 12.2 million tonnes handled in the previous period`, `up 4 percent against
 * the 2.1 million visitors of 2019`: a level right after a compare word (and `the`) that itself comes
 * right after a change noun or a change's percentage is the earlier level the change is measured
 * against, not the statement's value (round 61; it had been a certain level). Constant time.
 */
function comparedLevelAt(ctx: Ctx, start: number): boolean {
  const t = ctx.ix.tokens;
  let b = start;
  if (b > 0 && ctx.g.definiteArticles.has(t[b - 1]?.forms.fold ?? '')) b--;
  const compare = phraseEndingAt(t, b, ctx.g.compareWords);
  if (compare < 1) return false;
  const before = t[compare - 1] as Token;
  if (before.kind === 'punct') return before.text === '%';
  return (
    phraseEndingAt(t, compare, ctx.g.changeNouns) >= 0 ||
    phraseEndingAt(t, compare, ctx.g.changeNounsAfterAmount) >= 0 ||
    phraseEndingAt(t, compare, ctx.g.percentWords) >= 0
  );
}

/** How many items a list after a comparative may hold before the one asked about. */
const LIST_ITEMS = 8;
/** How many words may name a list item (`Pakistan`, `Hoa Kỳ`) before its figure. */
const ITEM_WORDS = 4;

/**
 * `cao hơn gạo cùng loại của Thái Lan 92 USD/tấn, Pakistan 90 USD/tấn và Myanmar 65 USD/tấn`: a
 * figure that only names its item (a few words, no verb, after a comma or a joiner) and prints the
 * same unit as the item before it continues that item's list — when the list's first figure stands
 * after a comparative, every figure of the list is a difference from another thing, not a level.
 * Walks back at most {@link LIST_ITEMS} items. (Round 61: the later items had been certain prices.)
 */
function listedAfterComparative(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  let cur = k;
  for (let hop = 0; hop < LIST_ITEMS; hop++) {
    const s = ctx.ix.clauseOf(cur);
    let b = cur - 1;
    while (b >= s && cur - b <= ITEM_WORDS && t[b]?.kind === 'word' && !matchAt(t, b, ctx.g.joiners)) {
      if (matchAt(t, b, ctx.g.valueVerbs) || matchAt(t, b, ctx.g.changeVerbs)) return false;
      b--;
    }
    if (b === cur - 1) return false;
    const sep = t[b];
    const joined = b >= s && matchAt(t, b, ctx.g.joiners)?.to === b + 1;
    if (!joined && !(b === s - 1 && sep?.kind === 'punct' && sep.text === ',')) return false;
    // the item before: its number and the same unit tokens right after it
    let kp = -1;
    for (let j = b - 1; j >= 0 && j >= b - ITEM_WORDS; j--) {
      if (t[j]?.kind === 'number') {
        kp = j;
        break;
      }
    }
    if (kp < 0) return false;
    for (let u = 1; kp + u < b; u++) if (t[kp + u]?.text !== t[cur + u]?.text) return false;
    const from = Math.max(ctx.ix.clauseOf(kp), kp - WINDOW);
    for (let i = from; i < kp; i++)
      if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${t[i + 1]?.forms.fold ?? ''}`)) return true;
    cur = kp;
  }
  return false;
}

/**
 * `grew 5.03 percent, higher than the 4.72 percent growth rate in the same period last
 * year`, `tuy thấp hơn mức tăng 7,45% của quý I`: a rate, completion or value after a
 * comparative in its own clause is what the statement is compared WITH — another period's
 * or another quantity's figure — whatever words follow.
 */
export const comparativeDoubt: DoubtRule = {
  id: 'comparison',
  doubts: (ctx, f, what) => {
    // (`…, thấp hơn kế hoạch đề ra khoảng 7%`: the comparative is the gap's own head, read with its
    // plan, `sentence/vi-plan-figure.ts`; beside a rate of growth the percentage may be the growth the
    // plan asked for, and is doubted)
    if (what === 'completion' && f.rule.includes('.completion.plan-gap')) return f.rule.includes('+beside-rate');
    // (`…; ngành chế biến tương ứng tăng 5,9% và 6,4%`: `tương ứng` pairs the changes with the bases of
    // the statement before, `sentence/vi-respective-bases.ts`; no comparison)
    if (what === 'change' && f.rule.includes(`+${RESPECTIVE_ORDER}`)) return false;
    // (`fell short of the target of Shs3Tn`: a plan's own value, read after its plan noun, is the
    // plan's figure — the comparison is the result's; round 46)
    if (what === 'value' && f.rule.includes('.plan.value-of-plan-noun')) return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    // (`falling short of the annual target by 6 percent`: the comparative is the completion's own
    // head, `short of` read with its plan)
    const at =
      what === 'completion' && f.rule.includes('.completion.short-of-plan-by') ? ctx.ix.at(f.span.start) : undefined;
    const head = at === undefined ? undefined : matchAt(ctx.ix.tokens, at, ctx.g.shortfallHeads)?.to;
    const from = Math.max(ctx.ix.clauseOf(k), k - WINDOW, head ?? 0);
    const t = ctx.ix.tokens;
    // `so với 31/12/2021 tăng 2.375 tỷ đồng`: a compare word that opens the change's own base.
    const baseSpan = what === 'change' ? (f as Extracted<ExtractedChange>).value.baseSpan : undefined;
    // `…, trong khi cùng kỳ năm trước giảm 9,9%`, `last year it fell 2 percent`: a base named
    // BEFORE the verb with no compare word is the subject — the figure is the base period's own.
    // (`earned $135 million against $117 million last year, an improvement of 16%`: the base of the
    // earlier level the rate moved from, read after its compare word — round 48)
    const moved = f.rule.includes('+after-earlier-level+reached-from-base') || f.rule.includes(COMPARED_BEFORE);
    if (baseSpan !== undefined && baseSpan.start < f.span.start && !moved) {
      const b = ctx.ix.at(baseSpan.start);
      // (`a year-on-year rise of 5%`, `recorded year-on-year growth of 8.89%`: an adjective base
      // before a change NOUN is the change's own; `So với cùng kỳ, …` opens with a compare word.)
      const after = ctx.ix.at(f.span.start);
      // (`… rose sharply year-on-year, such as steel up 25 percent`: a list item's base is its
      // head's, given by `sentence/list-head-base.ts`.)
      const ownNoun =
        f.rule.includes('noun-phrase-base') ||
        f.rule.includes('+list-head-base') ||
        // (`the year-on-year growth rate of GDP was 1.54%`: the base of the growth the name names)
        f.rule.includes('+name-base') ||
        // (`CPI (M/M): -0,2%`: the bracketed base of a calendar line's label, `rules/label-rate.ts`)
        f.rule.includes(LABEL_RATE) ||
        listLeadAfter(ctx, baseSpan.end) ||
        (b !== undefined && matchAt(t, b - 1, ctx.g.articles, b) !== null) ||
        (after !== undefined && matchAt(t, after, ctx.g.changeNouns) !== null);
      if (b !== undefined && !ownNoun && !matchAt(t, b, ctx.g.compareWords)) return true;
    }
    // `narrowed to US$2.1 billion in April from US$3.4 billion in March`: a level right after
    // `from` is the earlier level a change started from, not this statement's value.
    if (what === 'value') {
      const start = ctx.ix.at(f.span.start);
      if (start !== undefined && start > 0 && matchAt(t, start - 1, ctx.g.fromWords, start)) return true;
      // (`a jump from the 2.5 trillion dong profit it achieved in 2016`: the earlier level dated by its own
      // words after it is that year's figure, read right)
      const dated =
        ctx.s.period !== undefined && ctx.s.period.span.start >= f.span.end && !ctx.s.period.rule.includes('+');
      if (start !== undefined && !dated && comparedLevelAt(ctx, start)) return true;
    }
    // `was 2.3% higher than in the same period last year`: a level followed by a comparative is
    // the size of a difference (percent or points of what?), not the level.
    // (Only within the figure's own phrase: `US$23.31 billion, compared with …` is another clause.)
    // (`collected Rs 420 billion as against a target of Rs 450 billion`: a comparison with the plan
    // the statement states after its value is no difference; round 46)
    const planAfter = ctx.s.target !== undefined && ctx.s.target.span.start >= f.span.end;
    if (what === 'value' && !planAfter) {
      for (let i = k + 1; i <= k + 3 && i + 1 < t.length; i++) {
        if ((t[i] as Token).kind === 'punct' && (t[i] as Token).text !== '%') break;
        if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${(t[i + 1] as Token).forms.fold}`)) return true;
      }
    }
    // (`rose 0.25% compared to October and 3.46% year-on-year`: the base of the statement's other
    // change is no comparison of this one either)
    const bases = what === 'change' ? changeBaseTokens(ctx) : undefined;
    const own = (i: number): boolean =>
      bases !== undefined
        ? bases.has(i)
        : baseSpan !== undefined && (t[i] as Token).start >= baseSpan.start && (t[i] as Token).start < baseSpan.end;
    for (let i = from; i < k; i++) {
      if (own(i)) continue;
      if (ctx.g.comparatives.has(`${(t[i] as Token).forms.fold} ${t[i + 1]?.forms.fold ?? ''}`)) return true;
      // `…, so với mức giảm 4,1% của năm trước`, `compared with a rise of 3.1 percent`: the clause
      // opens with a base, so its figure is the base's, not a result.
      // (`gấp 2 lần`: a lead that is the field's own verb is no base.)
      const lead = i === ctx.ix.clauseOf(k) && (t[i] as Token).start < f.span.start;
      if (lead && matchAt(t, i, ctx.g.periodBaseLeads)) return true;
    }
    if (what === 'value' && listedAfterComparative(ctx, k)) return true;
    // (`…, tương ứng 31% chỉ tiêu giao`: a completion's own verb that is also a word of difference
    // opens the completion, no difference)
    const verb = what === 'completion' ? ctx.ix.at(f.span.start) : undefined;
    const to = verb !== undefined && verb >= from && verb < k && matchAt(t, verb, ctx.g.differenceWords) ? verb : k;
    return within(t, from, to, ctx.g.differenceWords);
  },
};
