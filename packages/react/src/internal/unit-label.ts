import { formatNumber, formatQuantity, type Indicator } from '@chitieu/core';

/**
 * INTERNAL ADAPTER — to be replaced by a core export (requested: `unitLabel(indicator, { locale })`
 * → `tỷ đồng`, `thuê bao`, `%`). The unit column needs the scale word and unit words without a
 * number; until the core offers them alone, this takes them from the core's own `formatQuantity`
 * of zero, minus the core's own formatting of the zero — no words are duplicated here.
 * @internal
 */
export function unitLabel(indicator: Indicator, locale: string): string {
  const withNumber = formatQuantity('0', { locale, indicator, decimals: 0 });
  const number = formatNumber('0', { locale, decimals: 0 });
  return withNumber.startsWith(number) ? withNumber.slice(number.length).trim() : withNumber;
}
