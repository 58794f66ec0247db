import { expect } from 'vitest';
import { extractStatements } from '../extract-statements';
import type { Statement } from '../types';

/** The statements of `text` (English unless told). */
export const read = (text: string, locale: 'en' | 'vi' = 'en'): Statement[] => extractStatements(text, { locale });

/** The one statement of `text`; the test fails when there are more or none. */
export const one = (text: string, locale: 'en' | 'vi' = 'en'): Statement => {
  const all = read(text, locale);
  expect(all, `one statement from: ${text}`).toHaveLength(1);
  return all[0] as Statement;
};

/** A statement's changes as `form amount base` (`rate 7.5 same-period-last-year`, `times 3.2 2023`). */
export const changes = (s: Statement | undefined): string[] =>
  (s?.changes ?? []).map(
    (c) =>
      `${c.value.form} ${c.value.amount.value} ${c.value.base ? (c.value.base.kind === 'period' ? c.value.base.period : c.value.base.kind) : '-'}`,
  );

/** A statement's completion in percent. */
export const completion = (s: Statement | undefined): string | undefined => s?.completion?.value.percent.value;
