import { matchAt } from '../phrase';
import { quantityOf } from '../quantity';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `production grew by 5.5 per cent to 55.99 million tonnes (mt) in January as compared to 52.86 mt …`:
 * a unit of two sizes (grammar `scaleAmbiguousUnits`: `mt`) that the sentence defines in a bracket
 * right after a scale word and its unit (`million tonnes (mt)`) is that scaled unit in the sentence —
 * each bare `52.86 mt` is 52.86 million tonnes, certain (it had been tonnes, doubted); so is one
 * glossed in a bracket after it (`17.97 MT (million tonnes) … against 16.93 MT`, round 52). Linear:
 * one pass over the tokens, one look per statement (round 46).
 */
export function definedUnits(a: SentenceContext, st: SentenceState): void {
  const units = a.g.scaleAmbiguousUnits;
  if (!units) return;
  const defined = new Map<string, { scale: number; word: string }>();
  // (the sentence's first token by binary search: a scan from the text's start made a report of many
  // sentences quadratic — round 47 found it at 14 % of the English press's time)
  const from = tokenAt(a.tokens, st.span.start);
  for (let k = Math.max(from, 2); k + 1 < a.tokens.length && (a.tokens[k]?.start ?? 0) < st.span.end; k++) {
    const t = a.tokens[k];
    const open = a.tokens[k - 1];
    const close = a.tokens[k + 1];
    if (t?.kind !== 'word' || !units.has(t.forms.lower)) continue;
    // (`17.97 MT (million tonnes) … against 16.93 MT`: the bracket after the unit glosses it; round 52)
    const gloss = close?.text === '(' ? matchAt(a.tokens, k + 2, a.g.scales) : null;
    if (gloss && a.tokens[gloss.to]?.kind === 'word' && a.tokens[gloss.to + 1]?.text === ')') {
      defined.set(t.forms.lower, { scale: gloss.phrase.data, word: gloss.phrase.text });
      continue;
    }
    if (open?.text !== '(' || close?.text !== ')') continue;
    // `million tonnes (mt)`: the scale word two tokens before the bracket, the unit right before it
    const scale = matchAt(a.tokens, k - 3, a.g.scales, k - 2);
    if (scale && a.tokens[k - 2]?.kind === 'word')
      defined.set(t.forms.lower, { scale: scale.phrase.data, word: scale.phrase.text });
  }
  if (defined.size === 0) return;
  for (const d of a.sentenceDrafts(st.span)) {
    const v = d.value;
    const def = v?.value.unit === undefined ? undefined : defined.get(v.value.unit.toLowerCase());
    if (!v || !def || v.value.scale !== 0) continue;
    const q = quantityOf(v.value.number, def.scale, { ...v.value, scaleWord: def.word });
    d.value = { ...v, value: q, rule: `${v.rule}+defined-unit` };
  }
}
