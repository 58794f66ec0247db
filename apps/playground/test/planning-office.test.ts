/**
 * `@chitieu/office` files against the playground's own readers: the CSV it writes round-trips
 * through the data editor's CSV reader, and an `.xlsx` it writes reads back to the dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertDataset, type Dataset, parseDataset } from '@chitieu/core';
import { readWorkbook, writeCsv, writeWorkbook } from '@chitieu/office';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../src/data-editor/csv-layout';

const dataset = assertDataset(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'thanh-hoa-2020.json'), 'utf8')),
);

/** What the CSV layout holds of a dataset (unit words, descriptions and verbs are not columns). */
function csvView(d: Dataset) {
  return {
    indicators: d.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit.code,
      scale: i.scale,
      decimals: i.decimals,
      percentDecimals: i.percentDecimals,
      aggregation: i.aggregation,
      group: i.group,
      parent: i.parent,
      densityPer: i.density?.per,
    })),
    observations: d.observations.map((o) => ({
      indicator: o.indicator,
      period: o.period,
      actual: o.actual ?? null,
      target: o.target ?? null,
      estimated: o.estimated,
      completion: o.stated?.completion,
      density: o.stated?.density,
      change: o.stated?.change && { form: o.stated.change.form, value: o.stated.change.value },
      rank: o.stated?.rank?.rank,
      next: o.nextTarget && { period: o.nextTarget.period, value: o.nextTarget.value, density: o.nextTarget.density },
      note: o.note,
    })),
  };
}

describe('@chitieu/office › files the playground reads', () => {
  it('writeCsv round-trips through the data editor’s CSV reader', () => {
    const result = csvToDataset(writeCsv(dataset), { title: 'CSV' });
    expect(result.issues).toEqual([]);
    const parsed = parseDataset(result.input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(csvView(parsed.dataset)).toEqual(csvView(dataset));
  });

  it('writeWorkbook → readWorkbook gives the dataset back', async () => {
    const { dataset: back, issues } = await readWorkbook(await writeWorkbook(dataset), { locale: 'vi' });
    expect(issues).toEqual([]);
    expect(back).toEqual(dataset);
  });
});
