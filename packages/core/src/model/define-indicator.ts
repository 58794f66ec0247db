import { ChitieuError } from '../errors/chitieu-error';
import { quote } from '../errors/quote';
import { run, schemas } from '../schema/model-schema';
import { readField } from '../schema/schema';
import type { Indicator, IndicatorInput } from './types';
import { markValidated } from './validated';

/**
 * Validates an indicator (chỉ tiêu) and fills its defaults: `scale` 0, `direction`
 * `higher-is-better`, `targetKind` `point`, `decimals` 0 (2 for percent units),
 * `percentDecimals` 1, `aggregation` from the unit (sum for counts and money, ratio for percent).
 * The result is plain, frozen-safe data that survives JSON.
 *
 * @example
 * const revenue = defineIndicator({
 *   id: 'revenue',
 *   name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
 *   unit: 'VND',
 *   scale: 9, // values in tỷ đồng
 *   percentDecimals: 1, // "đạt 100,6% kế hoạch"
 * });
 * @throws {ChitieuError} `INVALID_INDICATOR` (or the code of the first issue) listing every issue.
 */
export function defineIndicator(input: IndicatorInput): Indicator {
  const result = run(schemas().indicator, input, 'indicator');
  if (result.value === null) {
    const first = result.issues[0];
    // read through the guard (a throwing or revoked proxy gives no id, not a bare TypeError), quoted short
    const raw = typeof input === 'object' && input !== null ? readField(input, 'id', '$', { issues: [] }) : undefined;
    const id = typeof raw === 'string' ? ` ${quote(raw)}` : '';
    throw new ChitieuError(
      first?.code === 'INVALID_DATASET' ? 'INVALID_INDICATOR' : (first?.code ?? 'INVALID_INDICATOR'),
      `Invalid indicator${id}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      { issues: result.issues, path: first?.path },
    );
  }
  return markValidated(result.value);
}
