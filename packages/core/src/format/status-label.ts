import { asArgumentError } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
import { resolveLocale } from '../locale/resolve-locale';
import { WORDS } from '../locale/words';
import type { Status } from '../model/types';

/**
 * A short label for a status, for badges and table cells: vi `Vượt kế hoạch`, `Đạt kế hoạch`,
 * `Gần đạt`, `Không đạt`, `Chưa có kế hoạch`, `Chưa có số liệu`; en `Exceeded`, `Met`, `Near`,
 * `Missed`, `No target`, `No data`. Other languages get the English labels.
 *
 * @throws {ChitieuError} `INVALID_OPTION` for an unknown status, `INVALID_LOCALE` for a bad tag.
 *
 * @example
 * statusLabel('exceeded', 'vi'); // 'Vượt kế hoạch'
 * statusLabel('near', 'en'); // 'Near'
 * statusLabel('no-target', 'vi-VN'); // 'Chưa có kế hoạch'
 */
export function statusLabel(status: Status, locale: string): string {
  try {
    return statusLabelUnguarded(status, locale);
  } catch (error) {
    throw asArgumentError('statusLabel', 'status or locale', error);
  }
}

function statusLabelUnguarded(status: Status, locale: string): string {
  const words = WORDS[resolveLocale(locale).words].status;
  if (!Object.hasOwn(words, status)) {
    throw new ChitieuError('INVALID_OPTION', `Unknown status ${describeValue(status)}`, { path: 'status' });
  }
  return words[status];
}
