import { extractStatements } from '../../src/extract';
import type { Extracted, ExtractedChange, Statement } from '../../src/extract/types';

/**
 * Shared pieces of the round tests' one-line readings (`r20-*`, `r21-*`): each file composes its
 * own line from these, adding the fields its shapes need (bound, stage, period, doubts).
 */

/** The statements of `text` that carry a figure: a value, a change or a completion. */
export const figured = (text: string, locale: 'vi' | 'en'): Statement[] =>
  extractStatements(text, { locale }).filter((s) => s.value || s.changes.length > 0 || s.completion);

/** A statement's value as `base unit` (`unit` the code, or the unit's words in brackets); `-` when none. */
export const valueText = (s: Statement): string => {
  const v = s.value?.value;
  if (!v) return '-';
  const unit = v.unitCode ?? (v.unit ? `(${v.unit})` : '');
  return `${v.base}${unit ? ` ${unit}` : ''}`;
};

/** A change as `form amount base` (the base's period, or its kind; `-` when none). */
export const changeText = (c: Extracted<ExtractedChange>): string => {
  const b = c.value.base;
  return `${c.value.form} ${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
};

/** `?` when a field was read uncertain (the round tests' mark of a doubt), else nothing. */
export const mark = (f: { readonly confidence?: string | undefined } | undefined): string =>
  f?.confidence === 'uncertain' ? '?' : '';

/** A change as {@link changeText}, with `?` when it is uncertain. */
export const markedChangeText = (c: Extracted<ExtractedChange>): string => `${changeText(c)}${mark(c)}`;

type Locale = 'vi' | 'en';

/** `value?` of every statement with a value (`?` when uncertain). */
export const markedValues = (text: string, locale: Locale = 'en'): string[] =>
  figured(text, locale).flatMap((s) => (s.value ? [`${valueText(s)}${mark(s.value)}`] : []));

/** Every change of every statement, `form amount base?` (`?` when uncertain). */
export const markedChanges = (text: string, locale: Locale = 'en'): string[] =>
  figured(text, locale).flatMap((s) => s.changes.map(markedChangeText));

/** `period?` of every statement with a figure and a period. */
export const markedPeriods = (text: string, locale: Locale = 'en'): string[] =>
  figured(text, locale).flatMap((s) => (s.period ? [`${s.period.value}${mark(s.period)}`] : []));

/** Every statement with a value, as `kind value` with `?reason` after a doubted kind (the kind rounds' reading). */
export const kindsOf = (text: string, locale: Locale): string[] =>
  extractStatements(text, { locale })
    .filter((s) => s.value)
    .map((s) => {
      const doubt = s.kind.confidence === 'uncertain' ? `?${s.kind.doubt?.reason ?? ''}` : '';
      return `${s.kind.value}${doubt} ${s.value?.value.base}`;
    });

/** The doubt reasons of every field of every statement, in order. */
export const doubtReasons = (text: string, locale: Locale = 'en'): string[] =>
  extractStatements(text, { locale }).flatMap((s) =>
    [s.value, s.completion, ...s.changes, s.period].flatMap((f) => (f?.doubt ? [f.doubt.reason] : [])),
  );

/**
 * Each statement with a figure as `value unit ~bound? [changes] c=completion k=kind st=stage p=period`,
 * `?` after an uncertain field: the round tests' full one-line reading.
 */
export const statementLines = (text: string, locale: Locale): string[] =>
  figured(text, locale).map((s) => {
    const v = s.value?.value;
    const value = `${valueText(s)}${v?.approximate ? ` ~${v.approximate}` : ''}${mark(s.value)}`;
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    const st = s.stage ? ` st=${s.stage.value}` : '';
    const p = s.period ? ` p=${s.period.value}${mark(s.period)}` : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${st}${p}`;
  });

/** Each statement with a figure as `value unit~bound? [changes] k=kind p=period`; `?` marks an uncertain field. */
export const kindPeriodLines = (text: string, locale: Locale): string[] =>
  figured(text, locale).map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const ch = s.changes.map(markedChangeText);
    return `${valueText(s)}${bound}${mark(s.value)} [${ch.join(', ')}] k=${s.kind.value} p=${s.period?.value ?? '-'}${mark(s.period)}`;
  });
