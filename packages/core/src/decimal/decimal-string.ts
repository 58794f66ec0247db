declare const decimalStringBrand: unique symbol;

/**
 * A canonical decimal string: fixed-point, `.` as decimal separator, no exponent, no grouping,
 * no trailing zeros, no `-0` — e.g. `"1800000"`, `"1.0588235294117647058823529411764705882352941176471"`,
 * `"-0.25"`. This is how every value crosses the public API: it survives JSON, React props and
 * a second copy of the library unchanged.
 */
export type DecimalString = string & { readonly [decimalStringBrand]: true };
