import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';

/**
 * What the hostile books' tests compare: each statement with a figure as `kind value unit c=…
 * [changes]`, `?reason` after a doubted field.
 */
export const readings = (text: string, locale: 'vi' | 'en'): string[] =>
  extractStatements(text, { locale })
    .filter((s: Statement) => s.value || s.changes.length > 0 || s.completion)
    .map((s: Statement) => {
      const v = s.value?.value;
      const doubt = (
        f: { confidence?: string | undefined; doubt?: { reason: string } | undefined } | undefined,
      ): string => (f?.confidence === 'uncertain' ? `?${f.doubt?.reason ?? ''}` : '');
      const value = v ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${doubt(s.value)}` : '-';
      const ch = s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt(c)}`;
      });
      const c = s.completion ? ` c=${s.completion.value.percent.value}${doubt(s.completion)}` : '';
      return `${s.kind.value} ${value}${c} [${ch.join(', ')}]`;
    });

/** True when no statement of `text` shows a certain number (value, completion or change). */
export const nothingCertain = (text: string, locale: 'vi' | 'en'): boolean =>
  extractStatements(text, { locale }).every(
    (s) =>
      (!s.value || s.value.confidence === 'uncertain' || s.value.value.approximate !== undefined) &&
      (!s.completion || s.completion.confidence === 'uncertain') &&
      s.changes.every((c) => c.confidence === 'uncertain'),
  );
