import { negate } from '../numeral';
import { matchAt } from '../phrase';
import type { Item } from '../rules/context';
import type { Token } from '../tokenize';
import { tableValue } from '../word-table';
import type { SentenceContext } from './context';

/** Separators that open a list after a lead clause: a colon or a dash. */
const OPENERS = new Set([':', '–', '—', '-']);

/** True when the figure item at `k` ends its list item: a separator, a joiner, `)` or the sentence's end. */
function endsItem(a: SentenceContext, items: readonly Item[], k: number): boolean {
  const it = items[k] as Item;
  const next = items[k + 1];
  if (next === undefined) return true;
  if (next.t === 'sep') return true;
  if (next.t === 'marker' && next.kind === 'joiner') return true;
  const t = a.tokens[it.to] as Token | undefined;
  if (t?.kind === 'punct' && t.text === ')') return true;
  return next.t === 'word' && matchAt(a.tokens, next.from, a.g.joiners, next.to)?.to === next.to;
}

/**
 * `Prices declined in two categories – petrol and oil 15.26%, and postal services 0.62%`, `Arrivals
 * from most markets increased, led by Hong Kong (111.3%), Germany (99.4%) and Russia (27%)`, `Costs
 * rose in three groups: housing 1.2%, transport 0.8% and education 0.3%`: a lead clause with a
 * change verb and NO figure, then a list opened by a colon, a dash or a list word (`including`,
 * `namely`, `such as`, `led by`) of names each with a bare percentage (no verb of its own, not a
 * share, not `P% of …`): each percentage is a rate of that verb, with its sign. The first figure
 * of any other kind, or a figure before the list opens, ends the step. English only; one pass.
 */
export function leadVerbRates(a: SentenceContext, items: readonly Item[]): readonly Item[] {
  if (a.g.locale !== 'en') return items;
  let sign: 1 | -1 | undefined;
  let opened = false;
  let out: (Item | null)[] | undefined;
  const done = (): readonly Item[] => (out ? out.filter((x): x is Item => x !== null) : items);
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'figure') {
      if (sign === undefined || !opened) return done();
      const f = it.fig;
      // `postal services 0.62% compared with the previous month`: a verbless ratio to a base is
      // the list's rate against that base
      const ratio = f.kind === 'change' && f.form === 'ratio' && f.verbless === true;
      if (ratio) {
        out ??= [...items];
        const n = f.amount;
        out[k] = {
          ...it,
          fig: { ...f, form: 'rate', amount: sign < 0 && !n.value.startsWith('-') ? negate(n) : n },
          rule: `${a.g.locale}.change.lead-verb-list`,
        };
        continue;
      }
      if (f.kind !== 'percent' || f.q.quantity?.unitCode !== 'percent' || f.verbFrom !== undefined) break;
      if (matchAt(a.tokens, it.from, a.g.shareWords) || matchAt(a.tokens, f.q.to, a.g.quantityOf)) break;
      // `Hong Kong (111.3% up)`: a direction word right after the percentage signs it
      const after = a.tokens[f.q.to];
      const word = after?.kind === 'word' ? after.forms.lower : '';
      // `Germany (+12.4%)`, `Laos (- 3.4%)`: a sign written alone before it signs it too
      const before = items[k - 1];
      const signText = before?.t === 'word' && before.to === before.from + 1 ? a.tokens[before.from]?.text : undefined;
      const signed = signText === '+' ? 1 : signText === '-' || signText === '−' ? -1 : undefined;
      const own = (a.g.bareDirections && tableValue(a.g.bareDirections, word)) ?? signed;
      const ownItem = word !== '' && own !== undefined && items[k + 1]?.t === 'word' && items[k + 1]?.from === f.q.to;
      if (!endsItem(a, items, ownItem ? k + 1 : k)) break;
      const n = f.q.quantity.number;
      const s = own ?? sign;
      out ??= [...items];
      out[k] = {
        ...it,
        ...(ownItem ? { to: (items[k + 1] as Item).to } : {}),
        fig: {
          kind: 'change',
          form: 'rate',
          amount: s < 0 && !n.value.startsWith('-') ? negate(n) : n,
          numberAt: f.q.numberAt,
          ...(f.q.quantity.approximate ? { approximate: f.q.quantity.approximate } : {}),
        },
        rule: `${a.g.locale}.change.lead-verb-list`,
      };
      if (signed !== undefined && own === signed) out[k - 1] = null;
      if (ownItem) {
        out[k + 1] = null;
        k++;
      }
      continue;
    }
    if (it.t === 'bad-number') return done();
    if (sign === undefined) {
      if (it.t !== 'word') continue;
      const v = matchAt(a.tokens, it.from, a.g.changeVerbs, it.to);
      if (v && v.to === it.to) sign = v.phrase.data;
      continue;
    }
    if (opened) {
      // (`Inflation eased for a 2nd month: The World Bank raised its … forecast to 5.8 per cent`: a
      // clause with a change verb or a goal marker of its own after the colon is no list of names)
      if (it.t === 'marker' && it.kind === 'target') return done();
      if (it.t === 'word' && matchAt(a.tokens, it.from, a.g.changeVerbs, it.to)?.to === it.to) return done();
      continue;
    }
    if (it.t === 'sep' && OPENERS.has(it.ch)) opened = true;
    // (a spaced hyphen standing for a dash: `… in two groups - petrol 15.26%, …`)
    else if (it.t === 'word' && it.to === it.from + 1 && OPENERS.has(a.tokens[it.from]?.text ?? '')) opened = true;
    else if (it.t === 'word' || (it.t === 'marker' && it.kind !== 'joiner')) {
      // (`were`, `are`: a copula is no list word here)
      const m = matchAt(a.tokens, it.from, a.g.listLeads);
      if (m && !matchAt(a.tokens, it.from, a.g.valueVerbs, m.to)) opened = true;
    }
  }
  return done();
}
