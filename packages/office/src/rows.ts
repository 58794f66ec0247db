import type { Dataset, Evaluation, Indicator, LocalizedText, Observation } from '@chitieu/core';
import { comparePeriods, localize } from '@chitieu/core';

/** One line of a report table: a sector heading or an indicator at its depth ("trong đó"). */
export type ReportRow =
  | {
      readonly kind: 'group';
      readonly label: string;
      readonly number: number;
      readonly group: LocalizedText | undefined;
    }
  | {
      readonly kind: 'indicator';
      readonly indicator: Indicator;
      readonly observation: Observation | undefined;
      readonly evaluation: Evaluation | undefined;
      /** 0 for a top-level indicator, 1 for a "trong đó" child, 2 for its child … */
      readonly level: number;
      /** Number within its sector (1, 2, …) for top-level rows; null for children. */
      readonly number: number | null;
    };

/** The report period: the latest period with an observation (or the one asked for). */
export function reportPeriod(dataset: Dataset, period?: string): string | undefined {
  if (period !== undefined) return period;
  let latest: string | undefined;
  for (const o of dataset.observations) {
    if (latest === undefined || comparePeriods(o.period, latest) > 0) latest = o.period;
  }
  return latest;
}

/**
 * Indicators in report order: sectors in order of first appearance, each indicator followed by
 * its "trong đó" children (at any depth). Indicators without a group come last, under no heading
 * when every indicator lacks one.
 */
export function reportRows(
  dataset: Dataset,
  evaluations: readonly Evaluation[],
  locale: string,
  period: string | undefined,
): ReportRow[] {
  const observationOf = new Map<string, Observation>();
  for (const o of dataset.observations) if (o.period === period) observationOf.set(o.indicator, o);
  const evaluationOf = new Map<string, Evaluation>();
  for (const e of evaluations) {
    const o = e.observation as { period?: string };
    if (o.period === period) evaluationOf.set(e.indicator.id, e);
  }
  const ids = new Set(dataset.indicators.map((i) => i.id));
  const children = new Map<string, Indicator[]>();
  const roots: Indicator[] = [];
  for (const indicator of dataset.indicators) {
    if (indicator.parent !== undefined && ids.has(indicator.parent) && indicator.parent !== indicator.id) {
      children.set(indicator.parent, [...(children.get(indicator.parent) ?? []), indicator]);
    } else roots.push(indicator);
  }
  const groups: { key: string; group: LocalizedText | undefined; members: Indicator[] }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const indicator of roots) {
    const key = indicator.group === undefined ? '' : JSON.stringify(indicator.group);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { key, group: indicator.group, members: [] };
      byKey.set(key, entry);
      groups.push(entry);
    }
    entry.members.push(indicator);
  }
  // Ungrouped indicators go last.
  groups.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0));
  const headed = groups.some((g) => g.key !== '');
  const rows: ReportRow[] = [];
  const seen = new Set<string>();
  const visit = (indicator: Indicator, level: number, number: number | null) => {
    if (seen.has(indicator.id)) return; // a parent cycle never loops
    seen.add(indicator.id);
    rows.push({
      kind: 'indicator',
      indicator,
      observation: observationOf.get(indicator.id),
      evaluation: evaluationOf.get(indicator.id),
      level,
      number,
    });
    for (const child of children.get(indicator.id) ?? []) visit(child, level + 1, null);
  };
  groups.forEach((g, index) => {
    if (headed) {
      const label =
        g.group === undefined
          ? locale.startsWith('vi')
            ? 'Chỉ tiêu khác'
            : 'Other indicators'
          : localize(g.group, locale);
      rows.push({ kind: 'group', label, number: index + 1, group: g.group });
    }
    g.members.forEach((indicator, i) => {
      visit(indicator, 0, i + 1);
    });
  });
  // Children whose parent chain is cyclic were never reached: list them at the end.
  for (const indicator of dataset.indicators) if (!seen.has(indicator.id)) visit(indicator, 0, null);
  return rows;
}

/** Whether a decimal string fits a JavaScript number exactly (≤ 15 significant digits). */
export function fitsNumber(value: string): boolean {
  const digits = value.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15;
}

/** Moves the decimal point of a canonical decimal string: `shift('100.6', -2)` → `'1.006'`. */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const [int = '0', frac = ''] = body.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  let intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  if (intPart === '') intPart = '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const out = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && out !== '0' ? `-${out}` : out;
}

/** Decimals printed in a decimal string (`'80.00'` → 2). */
export function printedDecimals(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}
