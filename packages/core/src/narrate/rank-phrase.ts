import { asArgumentError, requireObjectArgument } from '../errors/arguments';
import { requireLocale } from '../format/options';
import { localize } from '../locale/localize';
import { phrasebook } from '../locale/phrases';
import { resolveLocale } from '../locale/resolve-locale';
import type { Evaluation, Rank } from '../model/types';

const ordinals = new Map<string, Intl.PluralRules>();

/**
 * A rank among peers: `đứng thứ 3 toàn quốc` / `ranked 3rd nationally` (the scope is the rank's
 * localized `scope`), `đứng thứ 3/63` / `ranked 3rd of 63`. Accepts an evaluation (its stated
 * rank) or a rank. `null` without a rank.
 *
 * @example
 * rankPhrase({ rank: 3, scope: { vi: 'toàn quốc', en: 'nationally' } }, { locale: 'vi' }); // 'đứng thứ 3 toàn quốc'
 * rankPhrase({ rank: 3, scope: { vi: 'toàn quốc', en: 'nationally' } }, { locale: 'en' }); // 'ranked 3rd nationally'
 * rankPhrase({ rank: 2, of: 63 }, { locale: 'en' }); // 'ranked 2nd of 63'
 */
export function rankPhrase(source: Evaluation | Rank, options: { readonly locale: string }): string | null {
  try {
    return rankPhraseUnguarded(source, options);
  } catch (error) {
    throw asArgumentError('rankPhrase', 'source or options', error);
  }
}

function rankPhraseUnguarded(source: Evaluation | Rank, options: { readonly locale: string }): string | null {
  requireObjectArgument('rankPhrase', 0, 'source', 'an evaluation or a rank such as { rank: 3, of: 63 }', source);
  requireObjectArgument('rankPhrase', 1, 'options', 'an object such as { locale: "vi" }', options);
  const locale = requireLocale(options);
  const words = resolveLocale(locale).words;
  const rank =
    'rank' in source && typeof source.rank === 'number'
      ? (source as Rank)
      : (source as Evaluation).observation?.stated?.rank;
  if (!rank) return null;
  let rules = ordinals.get(words);
  if (!rules) {
    rules = new Intl.PluralRules(words, { type: 'ordinal' });
    ordinals.set(words, rules);
  }
  return phrasebook(words).rank(
    String(rank.rank),
    rules.select(rank.rank),
    rank.of === undefined ? null : String(rank.of),
    rank.scope === undefined ? null : localize(rank.scope, locale),
  );
}
