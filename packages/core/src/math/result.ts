import type { Reason } from '../model/types';

/** Internal result of a computation that may be undefined for a reason. @internal */
export type Result<T> =
  | { readonly value: T; readonly reason?: undefined }
  | { readonly value: null; readonly reason: Reason };

export const ok = <T>(value: T): Result<T> => ({ value });
export const none = (reason: Reason): { readonly value: null; readonly reason: Reason } => ({ value: null, reason });
