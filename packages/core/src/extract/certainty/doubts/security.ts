import { matchAt } from '../../phrase';
import type { Token } from '../../tokenize';
import type { Extracted } from '../../types';
import { type Ctx, type DoubtRule, nameRangeOf, numberToken, WIDE_WINDOW } from '../context';
import { leadInSentenceBefore } from '../helpers';

/**
 * The hostile shapes of company and market prose (round 19, `test/extract/phrasebook/hostile-market.ts`):
 * a figure of one company's securities — a share's price, a count of shares, a dividend's rate,
 * charter capital, EPS, ROE, P/E, a margin — is no figure of an indicator a report states, an index
 * moves in its own points, and an amount in đồng with no scale word is one item's price; none is
 * shown as certain. Each looks at the name or a few tokens; the words are the grammar's (`market`).
 * @internal
 */

const SLASH_OR_WORD = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.text === '/');

/**
 * True when the statement's name holds a security word (`cổ phiếu`, `cổ tức`, `vốn điều lệ`,
 * `EPS`, `shares`, `dividend`, `charter capital`), and no word of an indicator built on them (`thu
 * từ cổ tức`, `revenue from dividends`: what the State collects; `góp vốn, mua cổ phần`, `capital
 * contributions and share purchases`: foreign investment); a security word is tried first, so
 * `thu nhập trên mỗi cổ phiếu` (EPS) is no revenue.
 */
function securityName(ctx: Ctx): boolean {
  const [from, to] = nameRangeOf(ctx);
  const t = ctx.ix.tokens;
  const m = ctx.g.market;
  if (to - from === 1 && t[from]?.kind === 'word' && m.securityAlone.has(t[from]?.forms.fold ?? '')) return true;
  let security = false;
  for (let i = from; i < to; i++) {
    const s = matchAt(t, i, m.securityNames, to);
    if (s) {
      security = true;
      i = s.to - 1;
      continue;
    }
    const r = matchAt(t, i, m.securityIndicators, to);
    if (r) return false;
  }
  return security;
}

/**
 * True when a share noun follows the field's number within a few tokens of scale and currency
 * words (`100 triệu cổ phiếu`, `25.000 đồng/cp`, `68.500 đồng/cổ phiếu`, `1.2 billion shares`,
 * `VND10,000 per share`, `VND25,000 apiece`): a count of shares or one share's price.
 */
function shareAfter(ctx: Ctx, k: number): boolean {
  const t = ctx.ix.tokens;
  const m = ctx.g.market;
  for (let j = k + 1; j <= k + 4 && j < t.length; j++) {
    const x = t[j] as Token;
    if (matchAt(t, j, m.shareNouns)) return true;
    if (!SLASH_OR_WORD(x) || !m.shareLinks.has(x.kind === 'word' ? x.forms.fold : x.text)) return false;
  }
  return false;
}

/**
 * `Giá cổ phiếu HPG đóng cửa ở mức 25.000 đồng/cp`, `Cổ phiếu VNM tăng 3,2% lên 68.500 đồng`,
 * `Công ty có vốn điều lệ 1.000 tỷ đồng`, `EPS đạt 3.200 đồng`, `phát hành 100 triệu cổ phiếu`,
 * `HPG shares closed at VND25,000 apiece`, `The company has a charter capital of VND1 trillion`,
 * `Earnings per share (EPS) reached VND3,200`: a figure of a company's securities (a name of
 * shares, dividends, charter capital or a per-share or return ratio; or a count or price of
 * shares) — not an indicator's value, change or completion. `Thu từ cổ tức và lợi nhuận được
 * chia đạt 45.000 tỷ đồng`, `Revenue from dividends …` (a revenue collected) and the charter
 * capital of newly established enterprises or cooperatives stay certain.
 */
export const securityDoubt: DoubtRule = {
  id: 'security',
  doubts: (ctx, f) => {
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    if (!securityName(ctx) && !shareAfter(ctx, k)) return false;
    return !newEntitiesBefore(ctx, k);
  },
};

/**
 * True when the figure's sentence speaks of new establishments before it (`có 320 hợp tác xã thành
 * lập mới với số vốn điều lệ 1.250 tỷ đồng`, `newly established enterprises … charter capital`):
 * the charter capital of all of them is the GSO's indicator, not one company's.
 */
function newEntitiesBefore(ctx: Ctx, k: number): boolean {
  return leadInSentenceBefore(ctx.ix.tokens, k, WIDE_WINDOW, ctx.g.market.newEntityWords);
}

/**
 * `VN-Index tăng 12,5 điểm lên 1.250,3 điểm`, `the VN30-Index lost 8.2 points`, `the PMI rose 1.2
 * points to 52.3`: a change in bare points (`điểm`, `points`, not `điểm phần trăm`, `percentage
 * points`) of a statement named by an index is a move of the index in its own points, not a change
 * in percentage points of a rate. `tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm` stays as it is.
 */
export const indexPointsDoubt: DoubtRule = {
  id: 'index-points',
  doubts: (ctx, f, what) => {
    if (what !== 'change') return false;
    const ch = (f as Extracted<{ form: string; hundredth?: unknown }>).value;
    if (ch.form !== 'points') return false;
    const k = numberToken(ctx, f);
    if (k === undefined) return false;
    const t = ctx.ix.tokens;
    const m = ctx.g.market;
    const bare = matchAt(t, k + 1, m.barePoints);
    const any = matchAt(t, k + 1, ctx.g.pointWords);
    if (!bare || (any && any.to > bare.to)) return false;
    const [from, to] = nameRangeOf(ctx);
    for (let i = from; i < to; i++) if (matchAt(t, i, m.indexWords, to)) return true;
    return false;
  },
};

/**
 * `MWG tăng 2,5% lên 61.300 đồng`, `Vinamilk slipped 1.1 percent to VND67,200`, `SSI đóng cửa ở mức
 * 33.450 đồng`: a statement whose value is an amount in đồng with no scale word (below a million) is
 * the price of one item — a share, a ticket — not an indicator's total (report figures in đồng carry
 * `nghìn`, `triệu`, `tỷ`; a price per unit is read without its unit); every field of it is doubted.
 * An exchange rate (`tỷ giá … 24.320 đồng`, `the USD/VND rate … VND24,320`) and an average stay as
 * they are.
 */
export const unitPriceDoubt: DoubtRule = {
  id: 'unit-price',
  doubts: (ctx) => {
    const v = ctx.s.value?.value;
    if (v?.unitCode !== 'VND' || v.scale !== 0 || v.average) return false;
    const whole = (v.base.split('.')[0] as string).replace('-', '');
    if (whole.length > 6) return false;
    const [from, to] = nameRangeOf(ctx);
    const t = ctx.ix.tokens;
    for (let i = from; i < to; i++) if (matchAt(t, i, ctx.g.market.exchangeRateNames, to)) return false;
    return true;
  },
};

/**
 * `Chỉ số chốt phiên tăng 8,4 điểm, tương đương 0,61%`, `the VN-Index rose 12.16 points, or 0.73
 * percent, to 1,662.5`: a percentage right after a word of restatement (`tương đương`, `or`,
 * `equivalent to`) that follows a change of the same statement restates that change as a rate; it
 * is no level of the indicator (the absolute change before it is unread, so the rate is not read in
 * its place either).
 */
export const restatedChangeDoubt: DoubtRule = {
  id: 'restated-change',
  doubts: (ctx, f, what) => {
    if (what !== 'value' || (f as Extracted<{ unitCode?: string }>).value.unitCode !== 'percent') return false;
    const k = numberToken(ctx, f);
    if (k === undefined || ctx.s.changes.length === 0) return false;
    const t = ctx.ix.tokens;
    let j = k - 1;
    while (j > 0 && t[j]?.kind === 'punct' && (t[j]?.text === '+' || t[j]?.text === '(')) j--;
    // the restatement word ends right before the number (`tương đương`, `or`, `equivalent to`)
    let lead: number | undefined;
    for (let i = Math.max(0, j - 2); i <= j && lead === undefined; i++)
      if (matchAt(t, i, ctx.g.market.restatementLeads, j + 1)?.to === j + 1) lead = i;
    if (lead === undefined) return false;
    let p = lead - 1;
    while (p >= 0 && t[p]?.kind === 'punct' && (t[p]?.text === ',' || t[p]?.text === '(')) p--;
    // the change's last token (the last one starting before its end) is right before the restatement
    return ctx.s.changes.some((c) => ctx.ix.from(c.span.end) - 1 === p);
  },
};
