import { en } from '../grammar-en';
import { vi } from '../grammar-vi';
import { tokenize } from '../tokenize';
import type { Cursor, Figure, FigureRule, Found } from './context';

/**
 * Test harness for one figure rule: runs `rule.match` at the first token whose text is `at`
 * (case-insensitive) of `text`, with the whole text as the sentence. @internal
 */
export function readAt(rule: FigureRule, text: string, locale: 'vi' | 'en', at: string): Found | null {
  const tokens = tokenize(text.normalize('NFC'));
  const c: Cursor = { text: text.normalize('NFC'), tokens, g: locale === 'vi' ? vi : en, limit: tokens.length };
  const i = tokens.findIndex((t) => t.text.toLowerCase() === at.toLowerCase());
  if (i < 0) throw new Error(`no token '${at}' in: ${text}`);
  return rule.match(c, i);
}

/** Like {@link readAt}, at the `n`-th (1-based) token whose text is `at`. @internal */
export function readAtNth(
  rule: FigureRule,
  text: string,
  at: string,
  n: number,
  locale: 'vi' | 'en' = 'en',
): Found | null {
  const tokens = tokenize(text.normalize('NFC'));
  const c: Cursor = { text: text.normalize('NFC'), tokens, g: locale === 'vi' ? vi : en, limit: tokens.length };
  let seen = 0;
  const i = tokens.findIndex((t) => t.text.toLowerCase() === at.toLowerCase() && ++seen === n);
  if (i < 0) throw new Error(`no token '${at}' #${n} in: ${text}`);
  return rule.match(c, i);
}

/** True when the rule reads a figure at no token of `text`. @internal */
export function readsNowhere(rule: FigureRule, text: string, locale: 'vi' | 'en'): boolean {
  const tokens = tokenize(text.normalize('NFC'));
  const c: Cursor = { text: text.normalize('NFC'), tokens, g: locale === 'vi' ? vi : en, limit: tokens.length };
  return tokens.every((_, i) => rule.match(c, i) === null);
}

const baseOf = (b: { base: { kind: string; period?: string } } | undefined): string | undefined =>
  b === undefined ? undefined : b.base.kind === 'period' ? `period:${b.base.period}` : b.base.kind;

/** A figure in a few words, for assertions: `value 3630000000000 VND`, `change rate 5 same-period-last-year`. @internal */
export function describeFigure(f: Figure): string {
  switch (f.kind) {
    case 'value':
    case 'percent':
    case 'density':
      return [f.kind, f.q.quantity?.base, f.q.quantity?.unitCode ?? f.q.quantity?.unit].filter(Boolean).join(' ');
    case 'completion':
      return `completion ${f.completion.form} ${f.completion.percent.value} ${f.completion.of}`;
    case 'change':
      return ['change', f.form, f.amount.value, baseOf(f.base as never)].filter(Boolean).join(' ');
    case 'from-to':
      return `from-to ${f.previous.quantity?.base} ${f.current.quantity?.base}`;
    case 'plan':
      return `plan ${f.q.quantity?.base}`;
    case 'rank':
      return ['rank', f.rank, f.of].filter((x) => x !== undefined).join(' ');
    default:
      return f.kind;
  }
}
