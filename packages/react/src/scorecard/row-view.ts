import { type Change, type Evaluation, formatCompletion, formatNumber } from '@chitieu/core';
import { type DeltaContent, deltaContent } from '../delta-badge/delta-badge';
import { type DerivedFigure, derivedTarget } from '../internal/derived';
import { asPropsError, PropsError } from '../internal/inline-error';
import type { Messages } from '../internal/messages';

/** Everything a scorecard row prints, formatted once. */
export interface RowView {
  readonly target: string | null;
  /** Set when the target is a figure the report never stated. */
  readonly derived: DerivedFigure | null;
  readonly actual: string | null;
  readonly completion: string | null;
  readonly change: DeltaContent | null;
}

export type RowViewResult =
  | { readonly ok: true; readonly view: RowView }
  | { readonly ok: false; readonly error: PropsError };

/**
 * Row views cached by evaluation identity and locale: a row formats its numbers once, not on
 * every render, scroll or sort, and a re-created tree of the same evaluations reuses them.
 * A WeakMap, so evaluations the app drops are collected with their views.
 */
const cache = new WeakMap<Evaluation, Map<string, RowViewResult>>();

function compute(e: Evaluation, index: number, locale: string, m: Messages): RowView {
  const decimals = e.indicator.decimals;
  // each figure names its own place when the core refuses it: `evaluations[3].actual`
  const at = <T>(field: string, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new PropsError('evaluations', asPropsError('evaluations', error).problem, `[${index}].${field}`, {
        cause: error,
      });
    }
  };
  const number = (field: string, value: string | null): string | null =>
    value === null ? null : at(field, () => formatNumber(value, { locale, decimals }));
  const band = e.band;
  return {
    target:
      band !== null && band !== undefined
        ? `${number('band.min', band.min)} – ${number('band.max', band.max)}`
        : number('target', e.target),
    derived: at('implied.target', () => derivedTarget(e, locale, m)),
    actual: number('actual', e.actual),
    completion: at('completion', () => formatCompletion(e, { locale, missing: '' })) || null,
    change:
      e.change === null || e.change === undefined
        ? null
        : at('change', () => deltaContent(e.change as Change, e.indicator, locale, 'signed', undefined)),
  };
}

/** The row's view, or the problem of its evaluation (named as `evaluations[i].field`). */
export function rowView(e: Evaluation, index: number, locale: string, m: Messages): RowViewResult {
  let byLocale = cache.get(e);
  if (byLocale === undefined) {
    byLocale = new Map();
    cache.set(e, byLocale);
  }
  const cached = byLocale.get(locale);
  if (cached !== undefined) return cached;
  let result: RowViewResult;
  try {
    result = { ok: true, view: compute(e, index, locale, m) };
  } catch (error) {
    result = { ok: false, error: asPropsError('evaluations', error) };
  }
  byLocale.set(locale, result);
  return result;
}
