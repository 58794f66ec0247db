import { isValidElement, type ReactNode } from 'react';
import { PropsError } from './inline-error';

/**
 * Checks of props TypeScript cannot enforce at run time (plain JavaScript callers, data from a
 * network, `as` casts). The checks of the core's values live in the view layer
 * (`@chitieu/core/view`, shared with @chitieu/elements); the React-only one is here.
 */
export {
  checkEvaluation,
  checkIndicator,
  checkSummary,
  checkText,
  isRecord,
  isStatus as isStatusValue,
  layoutNumber,
  oneOf,
} from '@chitieu/core/view';

/** Text or React elements React can render (`{}` is refused, naming the prop; so is NaN). @internal */
export function checkNode(value: unknown, prop: string, depth = 0): ReactNode {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'string') {
    return value as ReactNode;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return value as ReactNode;
  if (isValidElement(value)) return value;
  if (Array.isArray(value) && depth < 8) {
    for (const item of value) checkNode(item, prop, depth + 1);
    return value as ReactNode;
  }
  throw new PropsError(prop, 'node');
}
