import { readQuantity } from '../quantity';
import { type Cursor, EVERY_LOCALE, type FigureRule, type Found, isP, m } from './context';

/**
 * `Đơn vị tính: 1.000.000 đồng`, `ĐVT: 1.000 tấn`, `(Đơn vị: 1.000.000đ)`, `Unit: 1,000 VND`: a table's
 * declaration of the unit its figures are written in — a label of the grammar's `unitDeclarations`
 * opening its line, sentence or bracket, a colon, then a quantity. No figure of any statement: the number is read and left unread (it had
 * been a certain value of a million đồng named `Đơn vị tính`). Read at the label. Constant work.
 */
export function unitDeclarationAt(c: Cursor, i: number): Found | null {
  const label = c.g.unitDeclarations ? m(c, i, c.g.unitDeclarations) : null;
  if (!label || !isP(c.tokens[label.to], ':')) return null;
  // (the label opens its line or bracket: `Mỗi đơn vị: 5 tỷ đồng` is a figure of each unit)
  const before = c.tokens[i - 1];
  if (before !== undefined && before.kind !== 'punct') return null;
  const q = readQuantity(c.text, c.tokens, label.to + 1, c.g, c.limit);
  if (!q || q.error !== undefined || !q.quantity) return null;
  return {
    to: q.to,
    fig: {
      kind: 'invalid',
      numberAt: q.numberAt,
      error: 'The unit a table writes its figures in (Đơn vị tính: 1.000.000 đồng): no figure',
    },
    rule: `${c.g.locale}.value.unit-declaration`,
    level: label.level,
  };
}

/** The `value.unit-declaration` figure rule. @internal */
export const unitDeclarationRule: FigureRule = {
  id: 'value.unit-declaration',
  locales: EVERY_LOCALE,
  match: unitDeclarationAt,
  // the label (up to three words), the colon and a currency sign before the number: well inside the
  // registry's least reach (16 tokens, `scan-reach.test.ts`)
  reach: 16,
};
