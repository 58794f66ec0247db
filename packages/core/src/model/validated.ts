/**
 * Objects the library itself has validated: indicators from `defineIndicator`, observations from
 * `defineObservation`, and every indicator and observation `parseDataset` returns. `evaluate`
 * and `evaluateDataset` skip re-validation for them (their decimals are already canonical
 * strings, their periods and stages already checked), so a dataset is validated once.
 *
 * The registry is module-private and weak: marking an object keeps it from nothing, and an
 * object cannot mark itself (a JSON copy, a spread copy or an object from a second copy of the
 * library is not marked and is validated as usual).
 *
 * Contract for callers that mark (part B's `parseDataset`): mark only an object whose every
 * field has passed the same schema `defineIndicator` / `defineObservation` apply, after all
 * normalisation (canonical decimal strings for `actual`, `target`, `previous`, `population`,
 * band bounds and `nextTarget.value`), and never mutate it afterwards.
 *
 * @internal
 */

const validated = new WeakSet<object>();

/** Records that `obj` passed validation and was normalised by this copy of the library. @internal */
export function markValidated<T extends object>(obj: T): T {
  validated.add(obj);
  return obj;
}

/** True when `obj` was marked by {@link markValidated} in this copy of the library. @internal */
export function isValidated(obj: unknown): boolean {
  return typeof obj === 'object' && obj !== null && validated.has(obj);
}
