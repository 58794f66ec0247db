import { wordForms } from './fold';
import type { Grammar } from './grammar';
import { matchAt } from './phrase';
import type { Token } from './tokenize';

/**
 * `fell by eight percent`, `a fall of nine per cent`, `five million tonnes`, `twenty-five percent`:
 * a cardinal written in words (grammar `spelledNumbers`) right before a percent word or a scale
 * word is that number — its token becomes a number token (its text the digits, its offsets the
 * words'), so every figure rule reads it as it reads `8 percent`. Only there: a count in words
 * (`two enterprises`, `one of the largest`) and a number after `the` (`the one billion USD club`)
 * stay words. Linear: one map look per word, a phrase look only after a cardinal.
 */
export function spelledNumbers(tokens: Token[], g: Grammar): Token[] {
  const cardinals = g.spelledNumbers;
  if (!cardinals || cardinals.size === 0) return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const value = t.kind === 'word' ? cardinals.get(t.forms.lower) : undefined;
    const read = value === undefined ? null : cardinalAt(tokens, i, value, g);
    if (!read) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const text = read.n;
    out.push({
      kind: 'number',
      text,
      start: t.start,
      end: (tokens[read.last] as Token).end,
      forms: wordForms(text),
      gap: t.gap,
    });
    i = read.last;
  }
  return out ?? tokens;
}

/** The cardinal at word `i` (digits `n`) when a percent or scale word follows it: its digits and last token. */
function cardinalAt(tokens: readonly Token[], i: number, n: string, g: Grammar): { n: string; last: number } | null {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && g.definiteArticles.has(before.forms.fold)) return null;
  if (before?.text === '-' && before.gap === '') return null;
  // `twenty-five`: a tens word, a glued hyphen and a unit word are one number (the unit's digit
  // takes the place of the tens' zero)
  let last = i;
  const hyphen = tokens[i + 1];
  const unit = tokens[i + 2];
  if (/^[2-9]0$/u.test(n) && hyphen?.text === '-' && hyphen.gap === '' && unit?.kind === 'word' && unit.gap === '') {
    const u = g.spelledNumbers?.get(unit.forms.lower);
    if (u !== undefined && /^[1-9]$/u.test(u)) {
      n = `${n.slice(0, 1)}${u}`;
      last = i + 2;
    }
  }
  const next = tokens[last + 1];
  if (!next || next.gap === '') return null;
  return matchAt(tokens, last + 1, g.percentWords) || matchAt(tokens, last + 1, g.scales) ? { n, last } : null;
}
