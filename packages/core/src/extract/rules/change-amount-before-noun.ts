import { negate } from '../numeral';
import {
  type BaseRead,
  type Cursor,
  type Figure,
  type FigureRule,
  type Found,
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
  if (c.g.changeNounsAfterAmount.length === 0 || m(c, i, c.g.articles)?.to !== i + 1) return null;
  // `an estimated 17.3% growth`: a stage word between the article and the amount.
  const stage = m(c, i + 1, c.g.stageWords);
  const at = stage ? stage.to : i + 1;
  const n = numberAt(c, at);
  if (!n) return null;
  const pct = percentAfter(c, at + 1);
  if (!pct) return null;
  let k = pct;
  const alone = m(c, k, c.g.standaloneBases);
  if (alone) k = alone.to;
  const noun = m(c, k, c.g.changeNounsAfterAmount);
  if (!noun) return null;
  const after = readBase(c, noun.to);
  const base: BaseRead | undefined =
    after ?? (alone ? { from: pct, to: alone.to, base: alone.phrase.data, level: alone.level } : undefined);
  const amount = noun.phrase.data < 0 ? negate(n) : n;
  const fig: Figure = { kind: 'change', form: 'rate', amount, numberAt: at, base };
  return {
    to: after ? after.to : noun.to,
    fig,
    rule: `${c.g.locale}.change.rate-amount-before-noun`,
    level: worst(noun.level, base?.level, stage?.level),
  };
}

/** The `change.amount-before-noun` figure rule. @internal */
export const changeAmountBeforeNounRule: FigureRule = {
  id: 'change.amount-before-noun',
  locales: ['en'],
  match: preNounChangeAt,
};
