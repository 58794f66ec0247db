import { toDecimalString, toNum } from '../decimal/decimal';
import type { DecimalString } from '../decimal/decimal-string';
import { ChitieuError } from '../errors/chitieu-error';
import { quote } from '../errors/quote';
import type { ResolvedLocale } from '../locale/resolve-locale';

/** A number read from text, with the precision it was printed with. @internal */
export interface ReadNumber {
  readonly value: DecimalString;
  /** Digits after the decimal separator as printed (`80,00` has 2). */
  readonly decimals: number;
}

/** Spaces a locale that groups with a space may receive instead of its own (users type plain spaces). */
const SPACES = /^[\s\u00a0\u202f\u2009]$/u;
/** Direction marks Intl puts around signs (ar, he). */
const MARKS = /[\u061c\u200e\u200f]/gu;
const MINUS = /^[-\u2212\u2012\u2013\ufe63\uff0d]/u;

/** @internal */
export function parseError(text: string, why: string): ChitieuError {
  return new ChitieuError('PARSE_ERROR', `Cannot read ${quote(text)} as a number: ${why}`, { path: 'text' });
}

const show = (separator: string): string => (SPACES.test(separator) ? 'a space' : JSON.stringify(separator));

/** Maps the locale's own digits to ASCII. */
function asciiDigits(text: string, locale: ResolvedLocale): string {
  const table = locale.digits;
  if (!table) return text;
  return Array.from(text)
    .map((ch) => {
      const index = table.indexOf(ch);
      return index < 0 ? ch : String(index);
    })
    .join('');
}

/** Whether `ch` is the locale's grouping separator (any space for space-grouping locales, ’ for '). */
function isGroup(ch: string, locale: ResolvedLocale): boolean {
  if (ch === locale.group) return true;
  if (SPACES.test(locale.group)) return SPACES.test(ch);
  if (locale.group === "'" || locale.group === '\u2019') return ch === "'" || ch === '\u2019';
  return false;
}

/**
 * Reads one number written the locale's way, strictly: optional sign, digits grouped exactly as
 * the locale groups them (or not at all), at most one decimal separator with digits on both
 * sides. Everything else is a `PARSE_ERROR` that says why.
 * @internal
 */
export function readNumber(original: string, locale: ResolvedLocale): ReadNumber {
  let text = asciiDigits(original.normalize('NFC').trim().replace(MARKS, ''), locale);
  if (text === '') throw parseError(original, 'the text is empty');
  let negative = false;
  if (MINUS.test(text)) {
    negative = true;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (text === '') throw parseError(original, 'there are no digits');

  const decimal = locale.decimal;
  let integer = '';
  let fraction: string | null = null;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      if (fraction === null) integer += ch;
      else fraction += ch;
    } else if (ch === decimal) {
      if (fraction !== null) {
        throw parseError(
          original,
          `it has more than one decimal separator ${show(decimal)}${isGroupLike(decimal) ? ` (in ${locale.tag} ${show(locale.group)} groups thousands)` : ''}`,
        );
      }
      fraction = '';
    } else if (isGroup(ch, locale)) {
      if (fraction !== null) {
        throw parseError(
          original,
          `mixed separators: in ${locale.tag} ${show(decimal)} marks decimals and ${show(locale.group)} groups thousands, so ${show(ch)} cannot come after ${show(decimal)}`,
        );
      }
      integer += '\u0000';
    } else if (ch === '%') {
      throw parseError(original, 'it is a percentage; read it with parseQuantity');
    } else if (ch === '.' || ch === ',') {
      throw parseError(
        original,
        `${show(ch)} is not a separator in ${locale.tag}, which writes decimals with ${show(decimal)} and groups thousands with ${show(locale.group)}`,
      );
    } else {
      throw parseError(original, `unexpected ${SPACES.test(ch) ? 'space' : `character ${JSON.stringify(ch)}`}`);
    }
  }

  const groups = integer.split('\u0000');
  if (groups[0] === '') {
    throw parseError(
      original,
      fraction !== null && groups.length === 1 ? `no digits before ${show(decimal)}` : 'it starts with a separator',
    );
  }
  if (fraction === '') throw parseError(original, `no digits after the decimal separator ${show(decimal)}`);
  if (groups.length > 1) checkGroups(original, groups, locale);

  const ascii = `${negative ? '-' : ''}${groups.join('')}${fraction ? `.${fraction}` : ''}`;
  return { value: toDecimalString(toNum(ascii, 'text')), decimals: fraction?.length ?? 0 };
}

function isGroupLike(ch: string): boolean {
  return ch === '.' || ch === ',';
}

function checkGroups(original: string, groups: readonly string[], locale: ResolvedLocale): void {
  const { primary, secondary } = locale.grouping;
  const last = groups.length - 1;
  const ok = groups.every((group, i) => {
    if (i === last) return group.length === primary;
    if (i === 0) return group.length >= 1 && group.length <= secondary;
    return group.length === secondary;
  });
  if (ok) return;
  const sizes = primary === secondary ? `threes` : `a last group of ${primary} and groups of ${secondary} before it`;
  const single = groups.length === 2 && (groups[1]?.length ?? 0) < primary && isGroupLike(locale.group);
  const hint = single
    ? `; ${show(locale.group)} groups thousands in ${locale.tag}, so for a decimal write ${quote(`${groups[0]}${locale.decimal}${groups[1]}`)}`
    : '';
  throw parseError(original, `grouping in the wrong place: ${locale.tag} groups digits in ${sizes}${hint}`);
}
