import { add, cmp, mul, pow10, toDecimalString, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';

/**
 * The ONE vocabulary of number words after a number, per words language, shared by
 * `parseQuantity` and the report extractor (`@chitieu/core/extract` builds its grammars'
 * scale and point words from it), so `5,7 triệu tỷ đồng` is 5.7 × 10¹⁵ in both. Longest first:
 * `nghìn tỷ` before `nghìn`.
 * @internal
 */
export interface Vocabulary {
  readonly scales: ReadonlyArray<readonly [string, number]>;
  /**
   * Scale letters read only glued to a number written after a currency (`US$512.6m`, `$45k`):
   * alone `500m` may be metres, after `$` it is millions (research and business-press shorthand).
   */
  readonly currencyScales: ReadonlyArray<readonly [string, number]>;
  /**
   * Unit symbols that carry their scale (`27.2 MMT` is 27.2 million tonnes): the symbol, its power of
   * ten and the code of its unit (none for a unit with no code: `mkg`, million kilograms). A symbol in
   * capitals matches in any case; one with a small letter only as written (`Mt` is the megatonne,
   * `mt` the metric ton).
   */
  readonly scaledUnits: ReadonlyArray<readonly [string, number, string | undefined]>;
  readonly points: readonly string[];
  /** Basis points: a hundredth of a percentage point (`down 25 bps`). */
  readonly basisPoints?: readonly string[];
  readonly times: readonly string[];
  /** Between a density's unit and its per-N population (`/`, `per`). */
  readonly per: RegExp;
}

/** @internal */
export const VOCABULARY: Readonly<Record<'vi' | 'en', Vocabulary>> = {
  vi: {
    scales: [
      ['triệu tỷ', 15],
      ['triệu tỉ', 15],
      ['nghìn tỷ', 12],
      ['ngàn tỷ', 12],
      ['nghìn tỉ', 12],
      ['ngàn tỉ', 12],
      // `3 trăm tỷ`, `5 trăm triệu đồng`, `2 trăm nghìn`: hundreds of a scale, as in `4 tỷ 3 trăm
      // triệu đồng` (4.3 × 10⁹; round 38)
      ['trăm tỷ', 11],
      ['trăm tỉ', 11],
      ['trăm triệu', 8],
      ['trăm nghìn', 5],
      ['trăm ngàn', 5],
      ['triệu', 6],
      ['nghìn', 3],
      ['ngàn', 3],
      ['vạn', 4],
      ['tỷ', 9],
      ['tỉ', 9],
    ],
    currencyScales: [],
    // `68 tỷ 097 tr.đ`, `550 trđ`: the district reports' million đồng, scale and currency in one (round 56)
    scaledUnits: [
      ['tr.đ', 6, 'VND'],
      ['trđ', 6, 'VND'],
      ['tr.đồng', 6, 'VND'],
      // `12.206 Tr.kWh`: the power companies' million kilowatt hours (round 57)
      ['tr.kWh', 6, undefined],
    ],
    points: ['điểm phần trăm', 'điểm %', 'điểm'],
    times: ['lần'],
    per: /^(.+?)\s*\/\s*(\S+)\s+(.+)$/u,
  },
  en: {
    scales: [
      // `VND5.5 million billion`, `VND1.2 thousand billion`: Vietnamese press in English calques
      // `triệu tỷ`/`nghìn tỷ` (10¹⁵, 10¹²); longest first, before `million` and `thousand`.
      ['million billion', 15],
      ['thousand billion', 12],
      // the South Asian press's scales (`over 197 lakh metric tonnes`, `Rs 76,055.71 crore`, `1.2 lakh
      // crore rupees`): a lakh is 10⁵, a crore 10⁷ (round 42); longest first
      ['lakh crore', 12],
      ['lakh crores', 12],
      ['crores', 7],
      ['crore', 7],
      // (`a net profit of Rs 494.11 Cr`, `Rs 1.2 lakh cr`: the Indian results' abbreviation; round 64 — the
      // figure had been read 10⁷ times too small, certain)
      ['lakh cr', 12],
      ['cr', 7],
      ['lakhs', 5],
      ['lakh', 5],
      // `3.50 lac tons`, `Rs 2 lacs`, `1.5 lac crore`: the older spelling of the lakh (round 50)
      ['lac crore', 12],
      ['lacs', 5],
      ['lac', 5],
      // `Rs 1.41 kharba`, `Rs 11 arba`: the Nepali press's scales, an arba 10⁹ and a kharba 10¹¹ (round 62;
      // not `arab`, which is a word of names — `5 Arab states`)
      ['kharba', 11],
      ['kharab', 11],
      ['arba', 9],
      ['quadrillion', 15],
      ['thousand', 3],
      ['trillion', 12],
      ['billion', 9],
      ['million', 6],
      ['bln', 9],
      ['mln', 6],
      // (`revenues were 1 trln. 32.7bln drams`: the Armenian and Central Asian press's trillion; round 67)
      ['trln', 12],
      ['tn', 12],
      // `VND1.2trn`: research shorthand beside `tn`
      ['trn', 12],
      // `Sh1.2tr`, `5.1tr/-`: the East African press's trillion (round 46)
      ['tr', 12],
      ['bn', 9],
      ['mn', 6],
    ],
    currencyScales: [
      ['m', 6],
      ['k', 3],
      // `$24.3b (VND602t)`: banking press shorthand, billions and trillions glued after a currency
      ['b', 9],
      ['t', 12],
      // `THB 406.6 mm`, `$5mm`: the finance desks' million (round 41; after a currency only, so never
      // the millimetre)
      ['mm', 6],
    ],
    // `27.2 MMT` (million metric tons), `850 TMT` (thousand metric tons): USDA's abbreviations; `869.29
    // LMT` (lakh metric tonnes) the Indian press's; `2.2Mt`, `72.8 Mt` (megatonnes), `850 kt`
    // (kilotonnes): the SI symbols of cement, steel and coal reports; `473.68 mkg` (million
    // kilograms) the tea boards' (round 47)
    scaledUnits: [
      ['MMT', 6, 'tonne'],
      ['mkg', 6, undefined],
      ['TMT', 3, 'tonne'],
      ['LMT', 5, 'tonne'],
      ['Mt', 6, 'tonne'],
      ['kt', 3, 'tonne'],
      // `reached 1548 megatonnes (Mt)`: the symbol's word, which the steel association writes out (round 54)
      ['megatonnes', 6, 'tonne'],
      ['megatonne', 6, 'tonne'],
      ['kilotonnes', 3, 'tonne'],
      ['kilotonne', 3, 'tonne'],
      // `doubled from 6.8 million barrels per day (mmbd) in 2008 to 15.3 mmbd in 2018`, `1.2 mb/d`,
      // `450 kb/d`, `3.1 MMBOPD`: the energy agencies' barrels a day, a million or a thousand of them (round 54)
      ['mmbd', 6, undefined],
      ['mmbpd', 6, undefined],
      ['MMBOPD', 6, undefined],
      ['mb/d', 6, undefined],
      ['kb/d', 3, undefined],
      // `averaged 9.3 MMbbld`, `nearly 9.7 MMbbld`: the oil trade press's million barrels a day (round 56)
      ['MMbbld', 6, undefined],
      ['MMbbl/d', 6, undefined],
      ['MMbpd', 6, undefined],
      // (`production increasing by almost 8% to more than 33 Bcm`, `10.2 tcm`, `850 mcm`: the gas trade's
      // billion, trillion and million cubic metres; round 64 — 33 had been read bare)
      // (written in capitals here: a symbol in capitals is read in any case — `Bcm`, `bcm`, `BCM`)
      ['BCM', 9, undefined],
      ['TCM', 12, undefined],
      ['MCM', 6, undefined],
    ],
    basisPoints: ['basis points', 'basis point', 'bps', 'bp'],
    // Consultants' and research shorthand (`up 5 ppts q-o-q`, `a 0.7ppt decrease`, `down 2 pps`,
    // `1.2 pct pts`, `3 percentage pts`): percentage points in every abbreviation reports print.
    points: [
      'percentage points',
      'percentage point',
      'percentage pts',
      'percentage pt',
      'pct points',
      'pct point',
      'pct pts',
      'pct pt',
      'points',
      'point',
      'ppts',
      'ppt',
      'pps',
      'pts',
      'pp',
    ],
    times: ['times', '×', 'x'],
    per: /^(.+?)(?:\s+per\s+|\s*\/\s*)(\S+)\s+(.+)$/iu,
  },
};

/** A whole number of one to three digits: a part of an amount spelled with two scale words. */
/** A whole part under a scale word (`610` of `1 tỷ 610 triệu`): one to three digits. @internal */
export const SCALE_PART = /^\d{1,3}$/u;
/** A part of a smaller scale with a decimal point (`152.5` of `1 trln 152.5bln`). */
const DECIMAL_PART = /^\d{1,3}\.\d{1,3}$/u;

/** A canonical whole number of any length (`102981` of `102.981 tỷ 107 triệu`, read from its grouping). */
const WHOLE = /^\d+$/u;

/**
 * `1 tỷ 610 triệu`, `4 tỷ 3 trăm triệu`, `102.981 tỷ 107 triệu`: a whole number `first` (canonical, any
 * length) of scale `scale`, then a whole number `part` under one of the smaller scale `second`, is one
 * number in that scale (1 610 triệu, 102 981 107 triệu); `1 nghìn 773 tỷ`: a thousand (one to three
 * digits) then a whole number of a larger scale is (1 × 1 000 + 773) of it. The joined number as a
 * canonical decimal string, or null when the parts make no such amount. Shared by `parseQuantity` and
 * the extractor's quantity reader, so both read the same amount.
 * @internal
 */
export function joinScales(first: string, scale: number, part: string, second: number): DecimalString | null {
  // (`1 trln 152.5bln`: the part of a smaller scale may carry a decimal point; round 67)
  if (!WHOLE.test(first) || !(SCALE_PART.test(part) || DECIMAL_PART.test(part))) return null;
  const b = toNum(part);
  let shift: number;
  if (second < scale && cmp(b, pow10(scale - second)) < 0) shift = scale - second;
  // (a large count of thousands before a larger scale is no such amount: `2.500 nghìn 773 tỷ`)
  else if (scale === 3 && second > scale && SCALE_PART.test(first)) shift = 3;
  else return null;
  return toDecimalString(add(mul(toNum(first), pow10(shift)), b));
}

/**
 * The scaled unit symbol `text` is, under the case rule of {@link Vocabulary.scaledUnits} (`MMT` in any
 * case, `Mt` only as written), or undefined. @internal
 */
export function scaledUnitOf(
  vocabulary: Vocabulary,
  text: string,
): readonly [string, number, string | undefined] | undefined {
  return vocabulary.scaledUnits.find(
    ([symbol]) => symbol === text || (symbol.toUpperCase() === symbol && symbol === text.toUpperCase()),
  );
}
