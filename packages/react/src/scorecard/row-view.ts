import type { Evaluation } from '@chitieu/core';
import { rowView as viewRow } from '@chitieu/core/view';
import type { Messages } from '../internal/messages';

/**
 * Everything a scorecard row prints, formatted once and cached per evaluation and locale: the
 * view layer's `rowView` (`@chitieu/core/view`).
 */
export type { RowView, RowViewResult } from '@chitieu/core/view';

/** The row's view, or the problem of its evaluation (named as `evaluations[i].field`). */
export function rowView(e: Evaluation, index: number, locale: string, _m?: Messages): ReturnType<typeof viewRow> {
  return viewRow(e, index, locale);
}
