import { add, div, isNegative, isZero, min, mul, type Num, toDecimalString, toNum, ZERO } from '../decimal/decimal';
import { asArgumentError, optionalObjectArgument, requireArrayArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import type { DecimalInput, DecimalString, Maybe } from '../model/types';
import { none, ok, type Result } from './result';

/** One indicator's part in a composite score. */
export interface ScoreItem {
  /** Completion ratio, or null when the indicator has none (it is then left out). */
  readonly completion: DecimalInput | null;
  /** Weight (default 1). */
  readonly weight?: DecimalInput | undefined;
}

/** @internal */
export function compositeNum(items: readonly { completion: Num | null; weight: Num }[], cap: Num): Result<Num> {
  let weighted = ZERO;
  let weights = ZERO;
  for (const item of items) {
    if (item.completion === null) continue;
    weighted = add(weighted, mul(item.weight, min(item.completion, cap)));
    weights = add(weights, item.weight);
  }
  return isZero(weights) ? none('no-weights') : ok(div(weighted, weights));
}

/** @internal */
export function readCap(cap: DecimalInput | undefined): Num {
  const c = toNum(cap ?? '1', 'cap');
  if (isNegative(c) || isZero(c))
    throw new ChitieuError('INVALID_OPTION', `The score cap must be positive, got ${toDecimalString(c)}`, {
      path: 'cap',
    });
  return c;
}

/**
 * Composite score: Σ wᵢ · min(completionᵢ, cap) ÷ Σ wᵢ over the indicators that have a
 * completion. The cap (default `"1"`, i.e. 100%) stops one over-achieved indicator from hiding
 * missed ones; pass `"1.2"` to credit over-achievement up to 120%. Undefined (`no-weights`)
 * when no indicator with a completion carries weight.
 *
 * @example
 * compositeScore([{ completion: '1.2' }, { completion: '0.9' }]); // { value: '0.95' }
 * compositeScore([{ completion: '1.2', weight: 2 }, { completion: '0.9' }], { cap: '1.2' }); // { value: '1.1' }
 */
export function compositeScore(
  items: readonly ScoreItem[],
  options: { cap?: DecimalInput } = {},
): Maybe<DecimalString> {
  requireArrayArgument('compositeScore', 0, 'items', 'an array of { completion, weight }', items);
  optionalObjectArgument('compositeScore', 1, 'options', options);
  try {
    return compositeScoreUnguarded(items, options);
  } catch (error) {
    throw asArgumentError('compositeScore', 'items or options', error);
  }
}

function compositeScoreUnguarded(
  items: readonly ScoreItem[],
  options: { cap?: DecimalInput } = {},
): Maybe<DecimalString> {
  const cap = readCap(options.cap);
  const parsed = items.map((item, i) => {
    const weight = toNum(item.weight ?? '1', `items[${i}].weight`);
    if (isNegative(weight))
      throw new ChitieuError('OUT_OF_RANGE', `Weights cannot be negative, got ${toDecimalString(weight)}`, {
        path: `items[${i}].weight`,
      });
    return { completion: item.completion === null ? null : toNum(item.completion, `items[${i}].completion`), weight };
  });
  const r = compositeNum(parsed, cap);
  return r.value === null ? r : { value: toDecimalString(r.value) };
}
