import { matchAt } from '../phrase';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/**
 * `the income tax target was set at Rs920 billion and Rs897.5 billion was collected`, `the target
 * was set at $920 million and $897 million was spent`: a statement that a goal's marker before its
 * figure made a target, whose figure is followed at once by a passive of a result (grammar
 * `passiveResults`: `was collected`, `were spent`), is the result against that goal — an actual, not
 * a second target (round 42; it had been one, certain). Never the sentence's first statement (the
 * goal's own figure comes before it). Each statement looked at once.
 */
export function passiveResults(a: SentenceContext, st: SentenceState): void {
  const p = a.g.passiveResults;
  if (!p) return;
  const drafts = a.sentenceDrafts(st.span);
  for (let n = 1; n < drafts.length; n++) {
    const d = drafts[n];
    const v = d?.value;
    if (!d || !v || d.kind.value !== 'target' || !d.kind.rule.includes('.kind.target-marker')) continue;
    if (d.kind.span.start >= v.span.start) continue;
    let k = tokenAt(a.tokens, v.span.end);
    // (`was`, `has been`: one or two words)
    let aux = false;
    for (const len of [2, 1]) {
      const words = a.tokens.slice(k, k + len);
      if (words.every((t) => t.kind === 'word') && p.auxiliaries.has(words.map((t) => t.forms.lower).join(' '))) {
        k += len;
        aux = true;
        break;
      }
    }
    if (!aux || !matchAt(a.tokens, k, p.participles)) continue;
    d.kind = a.field('actual', k, k + 1, `${a.g.locale}.kind.passive-result`);
  }
}
