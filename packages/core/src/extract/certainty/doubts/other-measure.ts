import { currencyOf } from '../../currency-of';
import { fold } from '../../fold';
import { matchAt } from '../../phrase';
import { CURRENCIES } from '../../sentence/context';
import type { Token } from '../../tokenize';
import type { DoubtRule } from '../context';

/** True when the words from token `k` repeat the statement's name after its count word (`về [vốn đăng ký]` of `tổng vốn đăng ký`). */
function namedMeasure(ctx: Parameters<DoubtRule['doubts']>[0], k: number): boolean {
  const leads = ctx.g.measureNameLeads;
  const name = ctx.s.name;
  if (!leads || !name) return false;
  const t = ctx.ix.tokens;
  const from = ctx.ix.at(name.span.start);
  if (from === undefined) return false;
  let to = from;
  while (to + 1 < t.length && (t[to + 1] as Token).end <= name.span.end) to++;
  const lead = matchAt(t, from, leads, to + 1);
  if (!lead || lead.to > to) return false;
  for (let j = lead.to; j <= to; j++)
    if ((t[j] as Token).forms.fold !== (t[k + j - lead.to] as Token | undefined)?.forms.fold) return false;
  return true;
}

/**
 * `tăng 41,97% về số lượng dự án`: the change of another measure than the statement's value (not
 * `về khối lượng` of an amount of goods, nor `về giá trị` of its worth); and a change naming a
 * counted noun (`tăng 10% số người`) that no single count of the sentence has (round 28).
 */
export const otherMeasureDoubt: DoubtRule = {
  id: 'other-measure',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    // `…, làm chết 4 người, bị thương 2 người, tăng 10% số người`: a counted noun the change names
    // that two counts share or none has (`sentence/measure-owner.ts`, round 28)
    if (f.rule.includes('+named-other-count')) return true;
    // (given to the statement its measure names, `sentence/measure-owner.ts`: the measure is its own)
    if (f.rule.includes('+measure-owner')) return false;
    const end = ctx.ix.at(f.span.start);
    if (end === undefined) return false;
    let k = end;
    const t = ctx.ix.tokens;
    while (k < t.length && (t[k] as Token).end <= f.span.end) k++;
    const ownWord = ((): string | undefined => {
      const v = ctx.s.value?.value;
      if (!v?.unit || v.unitCode === 'percent' || currencyOf(ctx.g, v) !== undefined) return undefined;
      return fold(v.unit).split(' ')[0];
    })();
    // (round 28) `bị thương 2 người, giảm 4 vụ (44,44%)`: the change's own amount counts another
    // noun than the statement's value — the rate in its brackets is that other count's.
    const form = (f.value as { form?: string } | undefined)?.form;
    if (ownWord !== undefined && form === 'rate')
      for (let i = end; i + 2 < k; i++) {
        const x = t[i] as Token;
        const w = t[i + 1] as Token;
        if (x.kind !== 'number' || w.kind !== 'word' || w.gap === '') continue;
        // (only an amount with its noun and the rate in brackets after it: `giảm 4 vụ (44,44%)`)
        if (matchAt(t, i + 1, ctx.g.scales) || matchAt(t, i + 1, ctx.g.percentWords)) break;
        if (w.forms.fold !== ownWord && (t[i + 2] as Token).text === '(') return true;
        break;
      }
    // (round 28) `làm 144 người chết, tăng 11% số vụ`: a count word and another noun right after the
    // change name the measure it is of (grammar `measureNameLeads`), not the statement's counted noun.
    const lead = ctx.g.measureNameLeads ? matchAt(t, k, ctx.g.measureNameLeads) : null;
    if (lead && !matchAt(t, k, ctx.g.measureWords) && (t[lead.to] as Token | undefined)?.kind === 'word') {
      const noun = (t[lead.to] as Token).forms.fold;
      if (ownWord !== undefined && noun !== ownWord) return true;
    }
    const measure = matchAt(t, k, ctx.g.measureWords);
    if (!measure) return false;
    // `đạt 7,8 triệu tấn, trị giá 4,37 tỷ USD, tăng 22% về khối lượng và 38% về giá trị`: the measure
    // of the statement's own value, an amount of goods or its worth (paired by `en-volume-value.ts`).
    // (a value with no unit, `875.52 million shares … down 0.23 per cent in average volume`, is a
    // number of things: its measure is the volume, as `en-volume-value.ts` pairs it)
    const code = ctx.s.value?.value.unitCode ?? ctx.s.value?.value.unit;
    if (ctx.s.value && code !== 'percent') {
      // (`wine worth € 218 million`: a sign of the grammar's currency words, no built-in code; round 57)
      const money = code !== undefined && (CURRENCIES.has(code) || currencyOf(ctx.g, ctx.s.value.value) !== undefined);
      const own = money ? ctx.g.valueMeasures : ctx.g.volumeMeasures;
      if (matchAt(t, k, own)) return false;
    }
    // `… với tổng vốn đăng ký 6.450 tỷ đồng, …, tăng 9% về vốn đăng ký`: the measure is the statement's
    // own name without its count word (grammar `measureNameLeads`).
    if (namedMeasure(ctx, measure.to)) return false;
    // `115 dự án …, tăng 41,97% về số lượng dự án`: the measure is the statement's own counted noun.
    const unit = ctx.s.value?.value.unit;
    if (!unit) return true;
    const words = fold(unit).split(' ');
    return !words.every((w, n) => (t[measure.to + n] as Token | undefined)?.forms.fold === w);
  },
};
