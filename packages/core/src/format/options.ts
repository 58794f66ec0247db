import type { RoundingMode } from '../decimal/decimal';
import { isRoundingMode } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';

/** When to show a sign: like `Intl.NumberFormat`'s `signDisplay`. A value that rounds to zero never shows `-`. */
export type SignDisplay = 'auto' | 'always' | 'except-zero';

const SIGNS: readonly SignDisplay[] = ['auto', 'always', 'except-zero'];

/** Largest number of decimals a formatter accepts. */
export const MAX_DECIMALS = 100;

/** Checks a `decimals` option: an integer from 0 to 100. @internal */
export function checkDecimals(value: unknown, path = 'decimals'): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    throw new ChitieuError('INVALID_OPTION', `Expected an integer from 0 to ${MAX_DECIMALS}, got ${String(value)}`, {
      path,
    });
  }
  return value;
}

/** Checks a `rounding` option. @internal */
export function checkRounding(value: unknown): RoundingMode {
  if (value === undefined) return 'half-up';
  if (!isRoundingMode(value)) {
    throw new ChitieuError(
      'INVALID_OPTION',
      `Expected a rounding mode (half-up, half-even, half-down, up, down, ceil, floor), got ${String(value)}`,
      { path: 'rounding' },
    );
  }
  return value;
}

/** Checks a `sign` option. @internal */
export function checkSign(value: unknown, fallback: SignDisplay = 'auto'): SignDisplay {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !SIGNS.includes(value as SignDisplay)) {
    throw new ChitieuError('INVALID_OPTION', `Expected sign 'auto', 'always' or 'except-zero', got ${String(value)}`, {
      path: 'sign',
    });
  }
  return value as SignDisplay;
}

/** Checks the required `locale` option's presence (its validity is checked by resolveLocale). @internal */
export function requireLocale(options: { readonly locale?: unknown } | undefined): string {
  const locale = options?.locale;
  if (typeof locale !== 'string') {
    throw new ChitieuError(
      'INVALID_LOCALE',
      `A locale is required (for example { locale: 'vi' }), got ${String(locale)}`,
      {
        path: 'locale',
      },
    );
  }
  return locale;
}
