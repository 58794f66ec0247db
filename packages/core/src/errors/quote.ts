/**
 * Safe, short descriptions of untrusted values for messages: a message never quotes more than
 * {@link QUOTE_LIMIT} characters of the bad value (a 50 MB value gives a one-line message), and
 * describing a value never runs its code (no `toString`, no getters).
 *
 * @internal
 */

/** Characters of a bad value a message quotes at most. */
export const QUOTE_LIMIT = 40;

/** `"text"` in JSON quotes, cut to {@link QUOTE_LIMIT} characters with `…`. */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  const cut = text.length > limit ? `${text.slice(0, limit)}…` : text;
  return JSON.stringify(cut);
}

/** What a value is, for "Expected …, got X": never throws, never quotes more than the limit. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return value === '' ? 'an empty string' : quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint': {
      const text = value.toString();
      return `the BigInt ${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text}`;
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'an unreadable object';
      }
  }
}

/** The message of a thrown value, safely and briefly (the thrown value may itself be hostile). */
export function thrownMessage(error: unknown): string {
  try {
    if (error instanceof Error && typeof error.message === 'string') return quote(error.message, 80);
    return describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}
