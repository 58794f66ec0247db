import fc from 'fast-check';

/** A decimal string from an integer mantissa and a number of fraction digits (never a float). */
export const decimalText = (options: { min?: bigint; max?: bigint; maxScale?: number } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.bigInt({ min: options.min ?? -(10n ** 20n), max: options.max ?? 10n ** 20n }),
      fc.integer({ min: 0, max: options.maxScale ?? 8 }),
    )
    .map(([mantissa, scale]) => {
      const negative = mantissa < 0n;
      const digits = (negative ? -mantissa : mantissa).toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return negative ? `-${text}` : text;
    });

export const positiveDecimal = (maxScale = 6): fc.Arbitrary<string> =>
  decimalText({ min: 1n, max: 10n ** 15n, maxScale });
