import { matchPeriod } from '../period-phrase';
import { readQuantity } from '../quantity';
import { bareBaseAt, type Cursor, type FigureRule, type Found, isP, m } from './context';

/**
 * `Nepal received 835,629 foreign visitors by September this year, as against 692,372 in the
 * previous year`: a bare number after a word of measuring against (grammar `againstPlanLeads`: `as
 * against`, `against`), dated right after it by a base (`in the previous year`, `last year`, `a year
 * earlier`) or a period with its year (`in 2022`), is the earlier level the result is set against —
 * a value of its own (round 48; it had been dropped as a stray number, where `compared with 692,372`
 * was read). A number with a unit or a currency is the other rules'; a plan (`against a target of`)
 * never reaches here. Constant work.
 * @internal
 */
export function againstLevelAt(c: Cursor, i: number): Found | null {
  const leads = c.g.againstPlanLeads;
  const lead = leads ? m(c, i, leads) : null;
  if (!lead) return null;
  const q = readQuantity(c.text, c.tokens, lead.to, c.g, c.limit);
  const amount = q?.quantity;
  if (!q || !amount || q.numberAt !== lead.to || amount.unit !== undefined || amount.scale !== 0) return null;
  if (/^(19|20)\d\d$/u.test(amount.number.text)) return null;
  let k = q.to;
  if (isP(c.tokens[k], ',')) k++;
  const link = c.g.samePeriodYearLinks.has(c.tokens[k]?.forms.fold ?? '') ? k + 1 : k;
  const period = matchPeriod(c.tokens, k, c.g.locale) ?? (link > k ? matchPeriod(c.tokens, link, c.g.locale) : null);
  const dated = bareBaseAt(c, k) ?? bareBaseAt(c, link) ?? (period?.id !== undefined ? period : null);
  if (!dated) return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, verbFrom: i, count: false, average: false },
    rule: `${c.g.locale}.value.against-level`,
    level: lead.level,
  };
}

/** The `en-value.against-level` figure rule. @internal */
export const againstLevelRule: FigureRule = { id: 'en-value.against-level', locales: ['en'], match: againstLevelAt };
