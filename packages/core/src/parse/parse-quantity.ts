import { mul, pow10, toDecimalString, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { asArgumentError, isArgumentArray, optionalObjectArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue, quote } from '../errors/quote';
import type { ResolvedLocale } from '../locale/resolve-locale';
import { resolveLocale } from '../locale/resolve-locale';
import type { Unit } from '../model/types';
import { units as builtInUnits, findUnit } from '../model/units';
import { checkParseInput } from './parse-number';
import { readNumber } from './read-number';
import { joinScales, scaledUnitOf, VOCABULARY } from './vocabulary';

/** A quantity with a scale word and unit: `3.630 tỷ đồng`, `1,8 triệu thuê bao`, `174 dịch vụ`. */
export interface ParsedAmount {
  readonly kind: 'quantity';
  /** The number as printed (`"3630"` for `3.630 tỷ đồng`). */
  readonly value: DecimalString;
  /** Decimals as printed (`1,8` has 1). */
  readonly decimals: number;
  /** Power of ten of the scale word (`9` for `tỷ`; 0 without one). */
  readonly scale: number;
  /** The value in base units: `value × 10^scale`. */
  readonly base: DecimalString;
  /** The unit the words name, or `null` when they name no known unit (see `unitText`). */
  readonly unit: Unit | null;
  /** The unit words as written (`đồng`, `thuê bao`; `''` for none). */
  readonly unitText: string;
}

/** A percentage: `100,6%`. */
export interface ParsedPercent {
  readonly kind: 'percent';
  /** In percent, as printed: `"100.6"`. */
  readonly value: DecimalString;
  /** As a ratio: `"1.006"`. */
  readonly ratio: DecimalString;
  readonly decimals: number;
}

/** A change in percentage points: `+16,35 điểm phần trăm`. */
export interface ParsedPoints {
  readonly kind: 'points';
  readonly value: DecimalString;
  readonly decimals: number;
}

/** A multiple: `51 lần`, `51 times`. */
export interface ParsedTimes {
  readonly kind: 'times';
  readonly value: DecimalString;
  readonly decimals: number;
}

/** A density per N: `49,8 thuê bao/100 dân`, `49.8 subscribers per 100 inhabitants`. */
export interface ParsedDensity {
  readonly kind: 'density';
  readonly value: DecimalString;
  readonly decimals: number;
  /** The N of "per N" (`"100"`). */
  readonly per: DecimalString;
  readonly unit: Unit | null;
  readonly unitText: string;
  /** The population words (`dân`, `inhabitants`). */
  readonly populationText: string;
}

/** What {@link parseQuantity} reads. */
export type ParsedQuantity = ParsedAmount | ParsedPercent | ParsedPoints | ParsedTimes | ParsedDensity;

/** Options of {@link parseQuantity}. */
export interface ParseQuantityOptions {
  /** Units to recognise besides the built-in ones (checked first). */
  readonly units?: readonly Unit[] | undefined;
}

const norm = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Splits the leading number off: sign, digits, separators (spaces only when followed by a digit). */
function splitNumber(text: string, locale: ResolvedLocale): [string, string] {
  const chars = Array.from(text);
  const digit = (ch: string | undefined): boolean =>
    ch !== undefined && ((ch >= '0' && ch <= '9') || (locale.digits?.includes(ch) ?? false));
  let i = 0;
  while (i < chars.length && /[-+\u2212\u061c\u200e\u200f]/u.test(chars[i] ?? '')) i++;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    if (digit(ch) || ch === '.' || ch === ',' || ch === locale.decimal || ch === "'" || ch === '\u2019') i++;
    else if (/[\s\u00a0\u202f]/u.test(ch) && /[\s\u00a0\u202f]/u.test(locale.group) && digit(chars[i + 1])) i++;
    else if (ch === locale.group) i++;
    else break;
  }
  return [chars.slice(0, i).join(''), chars.slice(i).join('')];
}

function matchWord(rest: string, words: readonly string[]): string | null {
  for (const word of words) {
    if (rest === word || rest.startsWith(`${word} `)) return word;
  }
  return null;
}

function wordsOf(unit: Unit): string[] {
  const all = [unit.code];
  for (const text of Object.values(unit.words)) {
    if (text === undefined) continue;
    if (typeof text === 'string') all.push(text);
    else all.push(text.one, text.other);
  }
  return all.map(norm).filter((w) => w !== '');
}

function findUnitByWords(text: string, extra: readonly Unit[]): Unit | null {
  const wanted = norm(text);
  if (wanted === '') return null;
  for (const unit of [...extra, ...Object.values(builtInUnits)]) {
    if (wordsOf(unit).includes(wanted)) return unit;
  }
  return null;
}

/**
 * Reads a quantity as reports write it, strictly and with a required locale: a number (see
 * {@link parseNumber}), then a percent sign, percentage points, a multiple, or an optional
 * scale word and unit words, or a density per N. Unit words are matched against the built-in
 * units and `options.units` in every language (and their codes); words that name no known unit
 * come back as `unit: null` with the text in `unitText`. A unit symbol that carries its scale
 * (`27.2 MMT`, `869.29 LMT`, `72.8 Mt`, `850 kt`, `473.68 mkg`) is read with that scale, as the
 * report extractor reads it.
 *
 * @throws {ChitieuError} `PARSE_ERROR` when the number is malformed for the locale or no number
 * leads the text; `INVALID_LOCALE` for an invalid tag.
 *
 * @example
 * parseQuantity('3.630 tỷ đồng', 'vi');
 * // { kind: 'quantity', value: '3630', decimals: 0, scale: 9, base: '3630000000000', unit: units.VND, unitText: 'đồng' }
 * parseQuantity('1,8 triệu thuê bao', 'vi'); // { kind: 'quantity', value: '1.8', scale: 6, unit: units.subscriber, … }
 * parseQuantity('49,8 thuê bao/100 dân', 'vi'); // { kind: 'density', value: '49.8', per: '100', unitText: 'thuê bao', populationText: 'dân', … }
 * parseQuantity('100,6%', 'vi'); // { kind: 'percent', value: '100.6', ratio: '1.006', decimals: 1 }
 * parseQuantity('+16,35 điểm phần trăm', 'vi'); // { kind: 'points', value: '16.35', decimals: 2 }
 * parseQuantity('3,630 billion VND', 'en'); // { kind: 'quantity', value: '3630', scale: 9, … }
 * parseQuantity('27.2 MMT', 'en'); // { kind: 'quantity', value: '27.2', scale: 6, base: '27200000', unit: units.tonne, … }
 */
export function parseQuantity(text: string, locale: string, options: ParseQuantityOptions = {}): ParsedQuantity {
  checkParseInput(text, locale);
  optionalObjectArgument('parseQuantity', 2, 'options', options);
  try {
    return parseQuantityUnguarded(text, locale, options);
  } catch (error) {
    throw asArgumentError('parseQuantity', 'options', error);
  }
}

function parseQuantityUnguarded(text: string, locale: string, options: ParseQuantityOptions): ParsedQuantity {
  const loc = resolveLocale(locale);
  const vocabulary = VOCABULARY[loc.words];
  const trimmed = text.normalize('NFC').trim();
  const [numberText, restText] = splitNumber(trimmed, loc);
  if (!/\d|\p{Nd}/u.test(numberText)) {
    throw new ChitieuError('PARSE_ERROR', `Cannot read ${quote(text)} as a quantity: it does not start with a number`, {
      path: 'text',
    });
  }
  let number: { value: DecimalString; decimals: number } = readNumber(numberText, loc);
  const display = restText.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const rest = display.toLowerCase();
  const extra = options.units ?? [];
  if (!isArgumentArray(extra))
    throw new ChitieuError(
      'INVALID_OPTION',
      `parseQuantity: options.units is not an array of units, got ${describeValue(extra)}`,
      {
        path: 'options.units',
      },
    );

  if (rest === '%') {
    return {
      kind: 'percent',
      value: number.value,
      ratio: toDecimalString(mul(toNum(number.value), pow10(-2))),
      decimals: number.decimals,
    };
  }
  if (vocabulary.points.includes(rest)) return { kind: 'points', value: number.value, decimals: number.decimals };
  if (vocabulary.times.includes(rest)) return { kind: 'times', value: number.value, decimals: number.decimals };

  // `27.2 MMT`, `473.68 mkg`: a unit symbol that carries its scale (the extractor reads the same list)
  const scaled = scaledUnitOf(vocabulary, display);
  if (scaled) {
    const [, power, code] = scaled;
    return amount(number, power, code === undefined ? null : (findUnit(code) ?? null), display);
  }
  const scaleWord = matchWord(
    rest,
    vocabulary.scales.map(([word]) => word),
  );
  const first = scaleWord === null ? 0 : (vocabulary.scales.find(([word]) => word === scaleWord)?.[1] ?? 0);
  const afterFirst = scaleWord === null ? display : display.slice(scaleWord.length).trim();
  const mixed = scaleWord === null ? null : mixedScale(number, first, afterFirst, vocabulary);
  if (mixed) number = mixed.number;
  const scale = mixed ? mixed.scale : first;
  const unitText = mixed ? mixed.rest : afterFirst;

  const known = findUnitByWords(unitText, extra);
  const density = known ? null : vocabulary.per.exec(unitText);
  if (density) {
    const [, unitPart = '', perText = '', population = ''] = density;
    const per = readNumber(perText, loc);
    // "14 giờ/01 ngày" is hours per day, not a density per 1 inhabitant
    const perUnit = per.value === '1' ? findUnitByWords(`${unitPart}/${population}`, extra) : null;
    if (perUnit) return amount(number, scale, perUnit, unitText);
    if (scale !== 0) {
      throw new ChitieuError('PARSE_ERROR', `Cannot read ${quote(text)}: a density takes no scale word`, {
        path: 'text',
      });
    }
    return {
      kind: 'density',
      value: number.value,
      decimals: number.decimals,
      per: per.value,
      unit: findUnitByWords(unitPart, extra),
      unitText: unitPart.trim(),
      populationText: population.trim(),
    };
  }
  return amount(number, scale, known, unitText);
}

/**
 * `2 tỷ 500 triệu đồng` (2.5 × 10⁹), `4 tỷ 3 trăm triệu đồng` (4.3 × 10⁹), `2 nghìn 500 tỷ`: a whole
 * number of another scale after the first scale word, read as one amount at the second scale
 * ({@link joinScales}, as the extractor reads it) — never the first part alone with the rest taken
 * for unit words. Null when the words after the first scale are no such part.
 */
function mixedScale(
  number: { value: DecimalString; decimals: number },
  scale: number,
  rest: string,
  vocabulary: (typeof VOCABULARY)['vi'],
): { number: { value: DecimalString; decimals: number }; scale: number; rest: string } | null {
  const part = /^(\d{1,3}) (.+)$/u.exec(rest);
  if (!part) return null;
  const [, digits = '', after = ''] = part;
  const word = matchWord(
    after.toLowerCase(),
    vocabulary.scales.map(([w]) => w),
  );
  const second = word === null ? undefined : vocabulary.scales.find(([w]) => w === word)?.[1];
  if (word === null || second === undefined) return null;
  const value = joinScales(number.value, scale, digits, second);
  return value === null
    ? null
    : { number: { value, decimals: 0 }, scale: second, rest: after.slice(word.length).trim() };
}

function amount(
  number: { value: DecimalString; decimals: number },
  scale: number,
  unit: Unit | null,
  unitText: string,
): ParsedAmount {
  return {
    kind: 'quantity',
    value: number.value,
    decimals: number.decimals,
    scale,
    base: toDecimalString(mul(toNum(number.value), pow10(scale))),
    unit,
    unitText,
  };
}
