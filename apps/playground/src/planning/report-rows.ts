import {
  type Dataset,
  type Evaluation,
  formatChange,
  formatCompletion,
  formatNumber,
  type Indicator,
  localize,
  type Observation,
  unitLabel,
} from '@chitieu/core';

/** One line of the printed indicator table: a sector heading or an indicator ("trong đó" indented). */
export type PrintRow =
  | { readonly kind: 'group'; readonly key: string; readonly label: string; readonly number: string }
  | {
      readonly kind: 'indicator';
      readonly key: string;
      readonly number: string;
      readonly name: string;
      readonly level: number;
      readonly unit: string;
      readonly plan: string;
      readonly actual: string;
      readonly estimated: boolean;
      readonly completion: string;
      readonly change: string;
    };

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const DASH = '—';

/** The indicator table of a year-end report: sectors in order, children after their parent. */
export function printRows(dataset: Dataset, evaluations: readonly Evaluation[], locale: 'vi' | 'en'): PrintRow[] {
  const byIndicator = new Map(evaluations.map((e) => [e.indicator.id, e] as const));
  const observation = new Map(dataset.observations.map((o) => [o.indicator, o] as const));
  const children = new Map<string, Indicator[]>();
  const roots: Indicator[] = [];
  for (const i of dataset.indicators) {
    if (i.parent !== undefined) children.set(i.parent, [...(children.get(i.parent) ?? []), i]);
    else roots.push(i);
  }
  const groups: { label: string; members: Indicator[] }[] = [];
  for (const i of roots) {
    const label = i.group === undefined ? '' : localize(i.group, locale);
    let g = groups.find((x) => x.label === label);
    if (!g) {
      g = { label, members: [] };
      groups.push(g);
    }
    g.members.push(i);
  }
  const rows: PrintRow[] = [];
  const visit = (i: Indicator, level: number, number: string) => {
    const o: Observation | undefined = observation.get(i.id);
    const e = byIndicator.get(i.id);
    const target = o?.target;
    const fmt = (v: string) => formatNumber(v, { locale, decimals: i.decimals });
    rows.push({
      kind: 'indicator',
      key: i.id,
      number,
      name: localize(i.name, locale),
      level,
      unit: unitLabel({ locale, indicator: i }) || DASH,
      plan:
        target == null ? DASH : typeof target === 'object' ? `${fmt(target.min)} – ${fmt(target.max)}` : fmt(target),
      actual: o?.actual == null ? DASH : fmt(o.actual),
      estimated: o?.estimated === true && o.actual != null,
      completion: e ? formatCompletion(e, { locale }) || DASH : DASH,
      change:
        e && (o?.stated?.change ?? e.change)
          ? formatChange(o?.stated?.change ?? e.change, i, { locale }) || DASH
          : DASH,
    });
    for (const c of children.get(i.id) ?? []) visit(c, level + 1, '');
  };
  groups.forEach((g, gi) => {
    if (g.label !== '')
      rows.push({ kind: 'group', key: `group-${gi}`, label: g.label, number: ROMAN[gi + 1] ?? String(gi + 1) });
    g.members.forEach((i, n) => {
      visit(i, 0, String(n + 1));
    });
  });
  return rows;
}
