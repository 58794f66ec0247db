import { readQuantity } from '../quantity';
import { readNumber } from '../read-number';
import type { Token } from '../tokenize';
import { type Cursor, EVERY_LOCALE, type FigureRule, type Found, isNum, isP, m } from './context';

/** A density's denominator: ten, a hundred, a thousand … (canonical decimal strings). */
const ROUND_PER = /^10+$/u;
/** At most this many words name the population after its noun (`cứ 100 người dân Việt Nam`). */
const POPULATION_WORDS = 4;
/** At most this many words after the count name what it counts (`116 thuê bao di động băng rộng`). */
const NAME_WORDS = 6;

/**
 * `Cứ 100 người Việt thì có 116 thuê bao di động`, `for every 100 people, there are 116 mobile
 * subscriptions`: a density written population first — a lead (grammar `densityEachLeads`), a round
 * hundred, thousand … of a population (`populationWords`, then up to {@link POPULATION_WORDS} words
 * naming it and a comma), a verb of having (`densityEachVerbs`) and the count per that population.
 * The density of the count after the verb: the hundred is no figure (it had been read as a level of
 * 100 people, certain). Constant look-ahead. @internal
 */
export function densityEachAt(c: Cursor, i: number): Found | null {
  const leads = c.g.densityEachLeads;
  const verbs = c.g.densityEachVerbs;
  if (!leads || !verbs) return null;
  const lead = m(c, i, leads);
  const per = lead ? c.tokens[lead.to] : undefined;
  if (!lead || !isNum(per)) return null;
  const n = readNumber(per.text, c.g.locale);
  if ('error' in n || !ROUND_PER.test(n.value)) return null;
  const pop = m(c, lead.to + 1, c.g.populationWords);
  if (!pop) return null;
  let k = pop.to;
  for (let words = 0; k < c.limit && words <= POPULATION_WORDS; k++, words++) {
    const verb = m(c, k, verbs);
    if (verb) {
      if (!isNum(c.tokens[verb.to])) return null;
      const q = readQuantity(c.text, c.tokens, verb.to, c.g, c.limit);
      if (!q?.quantity || q.density) return null;
      const population = c.text.slice((c.tokens[pop.from] as Token).start, (c.tokens[pop.to - 1] as Token).end);
      // (the counted noun and the words after it, to the clause's end, name the density)
      const nameFrom = q.unitFrom ?? q.to;
      let nameTo = q.to;
      while (nameTo < c.limit && nameTo < q.to + NAME_WORDS && c.tokens[nameTo]?.kind === 'word') nameTo++;
      const named = nameTo > nameFrom ? { nameFrom, nameTo, nameAfter: true as const } : {};
      return {
        to: q.to,
        fig: { kind: 'density', q: { ...q, density: { per: n.value, population } }, ...named },
        rule: `${c.g.locale}.density.each`,
        level: lead.level,
      };
    }
    const t = c.tokens[k];
    if (t?.kind !== 'word' && !isP(t, ',')) return null;
  }
  return null;
}

/**
 * The `density-each` figure rule. Its first number follows the lead (at most three words): tried only
 * within the registry's least reach of a number. @internal
 */
export const densityEachRule: FigureRule = {
  id: 'density-each',
  locales: EVERY_LOCALE,
  match: densityEachAt,
  reach: 16,
};
