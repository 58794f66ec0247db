import { matchPeriod } from '../period-phrase';
import { readQuantity } from '../quantity';
import { bareBaseAt, type Cursor, EVERY_LOCALE, type FigureRule, type Found, isP, m } from './context';

/**
 * `Nepal received 835,629 foreign visitors by September this year, as against 692,372 in the
 * previous year`, `Việt Nam có 64.000 doanh nghiệp số, tăng từ mức 58.000 của năm ngoái`: a bare
 * number after a lead of an earlier level (grammar `bareLevelLeads`: `as against`, `against`, `từ
 * mức`), dated right after it — past a link of the grammar (`in`, `của`) — by a base (`the previous
 * year`, `a year earlier`) or a period (`2022`, `năm ngoái`), is the earlier level the result is set
 * against: a value of its own (round 48; it had been dropped as a stray number, where `compared with
 * 692,372` was read). A number with a unit or a currency is the other rules'; a plan (`against a
 * target of`) never reaches here. Constant work.
 * @internal
 */
export function bareEarlierLevelAt(c: Cursor, i: number): Found | null {
  const spec = c.g.bareLevelLeads;
  const lead = spec ? m(c, i, spec.leads) : null;
  if (!spec || !lead) return null;
  const q = readQuantity(c.text, c.tokens, lead.to, c.g, c.limit);
  const amount = q?.quantity;
  if (!q || !amount || q.numberAt !== lead.to || amount.unit !== undefined || amount.scale !== 0) return null;
  if (/^(19|20)\d\d$/u.test(amount.number.text)) return null;
  let k = q.to;
  if (isP(c.tokens[k], ',')) k++;
  const link = spec.links.has(c.tokens[k]?.forms.lower ?? '') ? k + 1 : k;
  const period = matchPeriod(c.tokens, k, c.g.locale) ?? (link > k ? matchPeriod(c.tokens, link, c.g.locale) : null);
  const dated =
    bareBaseAt(c, k) ??
    bareBaseAt(c, link) ??
    (period && (period.id !== undefined || period.relative !== undefined) ? period : null);
  if (!dated) return null;
  return {
    to: q.to,
    fig: { kind: 'value', q, verbFrom: i, count: false, average: false },
    rule: `${c.g.locale}.value.bare-earlier-level`,
    level: lead.level,
  };
}

/** The `value.bare-earlier-level` figure rule. @internal */
export const bareEarlierLevelRule: FigureRule = {
  id: 'value.bare-earlier-level',
  locales: EVERY_LOCALE,
  match: bareEarlierLevelAt,
  // (a lead of at most three words, then the number; every declared reach leaves the scanner's margin)
  reach: 16,
};
