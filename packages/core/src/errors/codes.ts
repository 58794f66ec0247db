/**
 * Stable error codes of {@link ChitieuError}. Codes never change meaning between versions;
 * messages may be reworded.
 */
export type ChitieuErrorCode =
  /** A value is not a decimal: NaN, Infinity, `''`, `'abc'`, `'1,5'` without a locale. */
  | 'INVALID_DECIMAL'
  /** A value is a decimal but outside what the field allows (a negative population, decimals < 0). */
  | 'OUT_OF_RANGE'
  /** A band target whose lower bound is above its upper bound. */
  | 'INVALID_BAND'
  /** A period id that is not one of the documented forms (`2020`, `2020-Q1`, …). */
  | 'INVALID_PERIOD'
  /** An indicator definition that is incomplete or contradicts itself. */
  | 'INVALID_INDICATOR'
  /** An observation that is incomplete or contradicts itself. */
  | 'INVALID_OBSERVATION'
  /** An observation, child or option names an indicator that does not exist. */
  | 'UNKNOWN_INDICATOR'
  /** Two indicators (or two observations of one indicator and period) share an id. */
  | 'DUPLICATE_ID'
  /** An option passed to a function is not valid. */
  | 'INVALID_OPTION'
  /** A dataset failed validation; `issues` lists every problem with its path. */
  | 'INVALID_DATASET'
  /** A locale tag that is not a valid BCP 47 tag. */
  | 'INVALID_LOCALE'
  /** A unit has no words for the requested locale and no fallback applies. */
  | 'UNKNOWN_UNIT'
  /** Text that cannot be parsed as a number in the given locale, or that is ambiguous. */
  | 'PARSE_ERROR';
