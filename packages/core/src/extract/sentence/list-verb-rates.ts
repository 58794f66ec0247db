import { negate } from '../numeral';
import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { SentenceContext } from './context';
import { joinerItem } from './list-joiners';

/** At most this many degree words stand between a change verb and its percentage. */
const MAX_DEGREE = 4;

/**
 * `ngành thương nghiệp tăng cao thứ hai, đạt 25%`, `ngành khách sạn - nhà hàng tăng thấp nhất với
 * 22,6%`, `exports to the US grew the fastest, at 25 percent`: a change verb, one or more adverbs
 * of degree (the grammar's `degreeWords`) and at most one comma before a bare percentage (no plan,
 * no share, no ratio verb) — the percentage is that verb's rate of change, with its sign, not a
 * level. Each figure looks back at most {@link MAX_DEGREE} + 2 items, so the step is linear.
 */
export function degreeRates(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  // `tăng lần lượt là 12,1% và 8,4%`: the words of a `respectively` phrase stand where adverbs do.
  const respective = new Set<number>();
  for (const it of items) {
    if (it.t !== 'word') continue;
    const m = matchAt(a.tokens, it.from, a.g.respectiveWords);
    if (m) for (let x = m.from; x < m.to; x++) respective.add(x);
  }
  let out: (Item | null)[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t !== 'figure' || it.fig.kind !== 'percent' || !it.fig.q.quantity) continue;
    if (matchAt(a.tokens, it.from, a.g.shareWords) || matchAt(a.tokens, it.from, a.g.ratioVerbs)) continue;
    let j = k - 1;
    if ((items[j] as Item | undefined)?.t === 'sep' && (items[j] as { ch: string }).ch === ',') j--;
    let degrees = 0;
    let sign: 1 | -1 | undefined;
    let verbAt = -1;
    for (; j >= 0 && degrees <= MAX_DEGREE; j--) {
      const w = items[j] as Item;
      if (w.t !== 'word') break;
      const verb = matchAt(a.tokens, w.from, a.g.changeVerbs, w.to);
      if (verb && verb.to === w.to && degrees > 0) {
        sign = verb.phrase.data;
        verbAt = j;
        break;
      }
      if (!respective.has(w.from) && matchAt(a.tokens, w.from, a.g.degreeWords, w.to)?.to !== w.to) break;
      degrees++;
    }
    if (sign === undefined) continue;
    const q = it.fig.q;
    const n = (q.quantity as NonNullable<typeof q.quantity>).number;
    out ??= [...items];
    // The verb, its adverbs and the comma are the figure's words (`tăng thấp nhất với 22,6%`), as
    // `tăng 24%` is one figure: the name before the verb stays the statement's.
    for (let x = verbAt; x < k; x++) out[x] = null;
    out[k] = {
      ...it,
      from: (items[verbAt] as Item).from,
      fig: {
        kind: 'change',
        form: 'rate',
        amount: sign < 0 && !n.value.startsWith('-') ? negate(n) : n,
        numberAt: q.numberAt,
        ...(q.quantity?.approximate ? { approximate: q.quantity.approximate } : {}),
      },
      rule: `${a.g.locale}.change.degree-verb`,
    };
  }
  return listedRates(a, out ? out.filter((x): x is Item => x !== null) : items);
}

/** A comma, a joiner marker, or a word that is a joiner of the grammar (`và`, `and`). */
/**
 * The index of the first item after a measure of volume or of value that starts at item `j`
 * (`về khối lượng`, `về giá trị`, `in volume`), or `j` when none starts there.
 */
function measureEnd(a: SentenceContext, items: readonly Item[], j: number): number {
  const wordy = (it: Item | undefined): it is Item => it?.t === 'word' || it?.t === 'marker';
  const w = items[j];
  if (!wordy(w)) return j;
  const m = matchAt(a.tokens, w.from, a.g.volumeMeasures) ?? matchAt(a.tokens, w.from, a.g.valueMeasures);
  if (!m) return j;
  let x = j;
  while (wordy(items[x]) && (items[x] as Item).from < m.to) x++;
  return x;
}

/** True when the rate figure item's number carries a sign printed on it (`-0.1 percent`, `+8.9%`). */
function printedSign(a: SentenceContext, it: Item | undefined): boolean {
  if (it?.t !== 'figure' || it.fig.kind !== 'change') return false;
  const at = it.fig.numberAt;
  const t = a.tokens[at];
  const before = a.tokens[at - 1];
  return at > 0 && t?.gap === '' && before?.kind === 'punct' && ['-', '−', '+'].includes(before.text);
}

/** The sign of a rate figure item (`giảm 5%` → −1), or undefined for any other item. */
function rateSign(it: Item | undefined): 1 | -1 | undefined {
  if (it?.t !== 'figure' || it.fig.kind !== 'change' || it.fig.form !== 'rate') return undefined;
  return it.fig.amount.value.startsWith('-') ? -1 : 1;
}

/**
 * `grew 5 percent, 7 percent and 9 percent year-on-year`, `giảm 15%, 14% và 16%`, `tăng 12,1% và
 * 8,4% so với cùng kỳ`: bare percentages (or verbless ratios to a base) that follow a rate with
 * only commas and joiners between are rates of the same verb, with its sign; when the list ends
 * on a base and the others have none, they take it too (one base written once for the list). A
 * percentage OF something (`12 percent of the total`) or after a share verb ends the list.
 */
function listedRates(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  let out: Item[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const sign = rateSign(items[k]);
    if (sign === undefined) continue;
    // `registering -0.1 percent (m/m) and 9.3 percent (y/y)`: a sign printed on the number is that
    // number's alone, no verb's sign for a list (round 18).
    if (printedSign(a, items[k])) continue;
    const chain = [k];
    let j = k + 1;
    for (;;) {
      // `tăng 22% về khối lượng và 38% về giá trị`: a measure after a rate, when the next
      // percentage names the other measure, stands between the two like a joiner.
      const measured = measureEnd(a, items, j);
      const resume = measured > j ? measured : j;
      let seps = 0;
      let at = resume;
      while (joinerItem(a, items[at])) {
        at++;
        seps++;
      }
      const next = items[at];
      if (
        measured > j &&
        !(next?.t === 'figure' && next.fig.kind === 'percent' && measureEnd(a, items, at + 1) > at + 1)
      )
        break;
      j = at;
      const it = items[j];
      if (seps === 0 || it?.t !== 'figure') break;
      const f = it.fig;
      const bare = f.kind === 'percent' && f.q.quantity !== undefined && !matchAt(a.tokens, f.q.to, a.g.quantityOf);
      const verbless = f.kind === 'change' && f.form === 'ratio' && f.verbless === true;
      if (!bare && !verbless && rateSign(it) === undefined) break;
      if (matchAt(a.tokens, it.from, a.g.shareWords)) break;
      chain.push(j);
      j++;
    }
    if (chain.length < 2) continue;
    out ??= [...items];
    const last = out[chain[chain.length - 1] as number] as Item & { t: 'figure' };
    const lastBase = last.fig.kind === 'change' ? last.fig.base : undefined;
    for (const x of chain) {
      const it = out[x] as Item & { t: 'figure' };
      const f = it.fig;
      const n = f.kind === 'percent' ? f.q.quantity?.number : f.kind === 'change' ? f.amount : undefined;
      if (!n) continue;
      const isRate = f.kind === 'change' && f.form === 'rate';
      const amount = isRate ? n : sign < 0 && !n.value.startsWith('-') ? negate(n) : n;
      const base = f.kind === 'change' && f.base ? f.base : lastBase;
      const approximate =
        f.kind === 'percent' ? f.q.quantity?.approximate : f.kind === 'change' ? f.approximate : undefined;
      // `decreases of 16.6% and 48.5% over the same period last year`: a later rate signed only by
      // its neutral side word (`over`, no verb of its own) is the list's, with the list's sign.
      if (
        isRate &&
        x !== k &&
        sign < 0 &&
        !n.value.startsWith('-') &&
        it.rule.endsWith('.change.rate-over-base') &&
        a.tokens[it.from]?.kind === 'number' &&
        f.kind === 'change'
      ) {
        out[x] = { ...it, fig: { ...f, amount: negate(n) }, rule: `${it.rule}+list-sign` };
        continue;
      }
      if (isRate && (f.kind !== 'change' || f.base || !base)) continue;
      out[x] = {
        ...it,
        fig: {
          kind: 'change',
          form: 'rate',
          amount,
          numberAt: f.kind === 'percent' ? f.q.numberAt : (f as { numberAt: number }).numberAt,
          ...(base ? { base } : {}),
          ...(approximate ? { approximate } : {}),
        },
        rule: isRate ? `${it.rule}+list-base` : `${a.g.locale}.change.listed-rate`,
      };
    }
    k = chain[chain.length - 1] as number;
  }
  return out ?? items;
}
