import type { Band, Dataset, Indicator, LocalizedText, Observation } from '@chitieu/core';

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Field separator (default `,`). Numbers are always machine form (`3630`, `100.6`), so `,` never clashes. */
  readonly delimiter?: ',' | ';' | '\t' | undefined;
  /** Start with a UTF-8 byte order mark so Excel on Windows reads Vietnamese letters (default true). */
  readonly bom?: boolean | undefined;
}

/**
 * Columns of the CSV, in order; the same layout the playground's data editor reads (one row per
 * observation, the indicator's columns filled on its first row).
 */
export const CSV_HEADER = [
  'indicator',
  'period',
  'name_vi',
  'name_en',
  'unit',
  'scale',
  'direction',
  'target_kind',
  'decimals',
  'percent_decimals',
  'aggregation',
  'group_vi',
  'group_en',
  'parent',
  'weight',
  'density_per',
  'near_threshold',
  'lower_is_better_policy',
  'actual',
  'target',
  'target_min',
  'target_max',
  'previous',
  'population',
  'estimated',
  'stage',
  'stated_completion',
  'stated_density',
  'stated_change',
  'stated_change_form',
  'stated_change_base',
  'rank',
  'next_period',
  'next_target',
  'next_density',
  'note',
] as const;

/** Columns that hold numbers; every value written there is a canonical decimal from the dataset. */
const NUMBER_COLUMNS = new Set<string>([
  'scale',
  'decimals',
  'percent_decimals',
  'weight',
  'density_per',
  'near_threshold',
  'actual',
  'target',
  'target_min',
  'target_max',
  'previous',
  'population',
  'stated_completion',
  'stated_density',
  'stated_change',
  'rank',
  'next_target',
  'next_density',
]);
const MACHINE_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Neutralises a text cell a spreadsheet would run as a formula (OWASP "CSV injection"): a cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which Excel
 * and LibreOffice show as text and do not evaluate. Number columns are not touched: a value there
 * is always a canonical decimal (`-1.5`) from a validated dataset, which a spreadsheet reads as a
 * number, never as a formula.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string, delimiter: string): string {
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

function textOf(text: LocalizedText | undefined, lang: 'vi' | 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === 'vi' ? text : '';
  return text[lang] ?? '';
}

const isBand = (t: unknown): t is Band => typeof t === 'object' && t !== null && 'min' in t;

function indicatorCells(i: Indicator): Record<string, string> {
  return {
    name_vi: textOf(i.name, 'vi'),
    name_en: textOf(i.name, 'en'),
    unit: i.unit.code,
    scale: String(i.scale),
    direction: i.direction,
    target_kind: i.targetKind,
    decimals: String(i.decimals),
    percent_decimals: String(i.percentDecimals),
    aggregation: i.aggregation,
    group_vi: textOf(i.group, 'vi'),
    group_en: textOf(i.group, 'en'),
    parent: i.parent ?? '',
    weight: i.weight ?? '',
    density_per: i.density?.per ?? '',
    near_threshold: i.nearThreshold ?? '',
    lower_is_better_policy: i.lowerIsBetterPolicy ?? '',
  };
}

function observationCells(o: Observation): Record<string, string> {
  const base = o.stated?.change?.base;
  return {
    actual: o.actual ?? '',
    target: o.target != null && !isBand(o.target) ? o.target : '',
    target_min: isBand(o.target) ? o.target.min : '',
    target_max: isBand(o.target) ? o.target.max : '',
    previous: o.previous ?? '',
    population: o.population ?? '',
    estimated: o.estimated ? 'true' : '',
    stage: o.stage === 'official' ? '' : o.stage,
    stated_completion: o.stated?.completion ?? '',
    stated_density: o.stated?.density ?? '',
    stated_change: o.stated?.change?.value ?? '',
    stated_change_form: o.stated?.change?.form ?? '',
    stated_change_base: base?.kind === 'period' ? base.period : '',
    rank: o.stated?.rank !== undefined ? String(o.stated.rank.rank) : '',
    next_period: o.nextTarget?.period ?? '',
    next_target: o.nextTarget?.value ?? '',
    next_density: o.nextTarget?.density ?? '',
    note: o.note ?? '',
  };
}

/**
 * Writes a dataset as CSV in the data editor's layout: one row per observation, machine numbers
 * (`3630`, `100.6`), UTF-8 with a byte order mark, safe to open in a spreadsheet (see
 * {@link neutralise}). Indicators without an observation get a row with an empty period-less
 * figure set for the latest period, so no definition is lost.
 *
 * What the layout cannot hold is left out, and said here: custom unit words (only the unit
 * code is written), density unit and population words, descriptions, comparison bases other than
 * a named period, rank scope. Use {@link writeWorkbook} for a lossless file.
 *
 * @example
 * const csv = writeCsv(dataset); // 'indicator,period,name_vi,…\r\nrevenue,2020,Tổng doanh thu toàn ngành,…'
 */
export function writeCsv(dataset: Dataset, options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lines: string[] = [CSV_HEADER.join(delimiter)];
  const defined = new Set<string>();
  const byId = new Map(dataset.indicators.map((i) => [i.id, i] as const));
  const latest = dataset.observations.reduce<string | undefined>(
    (p, o) => (p === undefined || o.period > p ? o.period : p),
    undefined,
  );
  const rows: { indicator: Indicator; observation: Observation | undefined }[] = [];
  for (const o of dataset.observations) {
    const indicator = byId.get(o.indicator);
    if (indicator !== undefined) rows.push({ indicator, observation: o });
  }
  for (const indicator of dataset.indicators) {
    if (!dataset.observations.some((o) => o.indicator === indicator.id))
      rows.push({ indicator, observation: undefined });
  }
  for (const { indicator, observation } of rows) {
    const cells: Record<string, string> = {
      indicator: indicator.id,
      period: observation?.period ?? latest ?? '',
      ...(defined.has(indicator.id) ? {} : indicatorCells(indicator)),
      ...(observation !== undefined ? observationCells(observation) : {}),
    };
    defined.add(indicator.id);
    lines.push(
      CSV_HEADER.map((column) => {
        const value = cells[column] ?? '';
        if (NUMBER_COLUMNS.has(column) && MACHINE_NUMBER.test(value)) return value;
        return quote(neutralise(value), delimiter);
      }).join(delimiter),
    );
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** MIME type of CSV files. */
export const CSV_MIME = 'text/csv;charset=utf-8';
