import { negate } from '../numeral';
import {
  type BaseRead,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
  isNum,
  isP,
  m,
  numberAt,
  percentAfter,
  readBase,
  worst,
} from './context';

/**
 * `marking a 1.6 per cent decrease over the same period`, `a 12.3 percent year-on-year growth`:
 * article, amount, percent, (base adjective,) change noun, then an optional base.
 */
/** @internal A figure rule; see {@link FIGURE_RULES}. */
export function preNounChangeAt(c: Cursor, i: number): Found | null {
  if (c.g.changeNounsAfterAmount.length === 0) return null;
  // `achieve 12 per cent growth`, `posted 7.5 percent growth in 2023`: with no article the amount
  // opens the phrase (the value and percent rules leave such a percentage to this rule).
  const from = m(c, i, c.g.articles)?.to === i + 1 ? i + 1 : i;
  // `an estimated 17.3% growth`: a stage word between the article and the amount.
  const stage = from > i ? m(c, from, c.g.stageWords) : null;
  // `a nearly 50 per cent increase`, `an about 3% rise`: a bound word between the article and the
  // amount bounds the change (never audited).
  const approx = from > i ? m(c, stage ? stage.to : from, c.g.approximate) : null;
  const at = approx ? approx.to : stage ? stage.to : from;
  // (the cheap token checks first: this rule is tried at every token)
  if (!isNum(c.tokens[at])) return null;
  // `a 10-percent increase`: the percent word glued to the amount by a hyphen
  const hyphen = isP(c.tokens[at + 1], '-') && c.tokens[at + 1]?.gap === '' && c.tokens[at + 2]?.gap === '';
  const pct = percentAfter(c, hyphen ? at + 2 : at + 1);
  if (!pct) return null;
  let k = pct;
  // `a 5 percent year-on-year increase`, `a 3% annual rise`: a base adjective before the noun.
  const alone = m(c, k, c.g.standaloneBases) ?? m(c, k, c.g.changeNounBases);
  if (alone) k = alone.to;
  const noun = m(c, k, c.g.changeNounsAfterAmount);
  if (!noun) return null;
  const n = numberAt(c, at);
  if (!n) return null;
  const after = readBase(c, noun.to);
  const base: BaseRead | undefined =
    after ?? (alone ? { from: pct, to: alone.to, base: alone.phrase.data, level: alone.level } : undefined);
  const amount = noun.phrase.data < 0 ? negate(n) : n;
  const approximate = approx?.phrase.data;
  const fig: Figure = {
    kind: 'change',
    form: 'rate',
    amount,
    numberAt: at,
    base,
    approximate,
    stage: stage?.phrase.data,
  };
  return {
    to: after ? after.to : noun.to,
    fig,
    rule: `${c.g.locale}.change.rate-amount-before-noun`,
    level: worst(noun.level, base?.level, stage?.level, approx?.level),
  };
}

/**
 * True when a change noun follows the percentage that ends at `pct` (`12 per cent growth`, `5%
 * year-on-year increase`): the value and percent rules leave that percentage to this rule.
 * @internal
 */
export function changeNounAfter(c: Cursor, pct: number): boolean {
  if (c.g.changeNounsAfterAmount.length === 0) return false;
  const alone = m(c, pct, c.g.standaloneBases) ?? m(c, pct, c.g.changeNounBases);
  return m(c, alone ? alone.to : pct, c.g.changeNounsAfterAmount) !== null;
}

/** The `change.amount-before-noun` figure rule. @internal */
export const changeAmountBeforeNounRule: FigureRule = {
  id: 'change.amount-before-noun',
  locales: ['en'],
  match: preNounChangeAt,
};
