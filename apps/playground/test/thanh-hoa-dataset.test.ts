import { readFileSync } from 'node:fs';
import { evaluateDataset, parseDataset, summarize } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../src/data-editor/csv-layout';
import { EXAMPLE_CSV, EXAMPLE_JSON } from '../src/data-editor/examples';

const raw: unknown = JSON.parse(readFileSync(new URL('../data/thanh-hoa-2020.json', import.meta.url), 'utf8'));

describe('data/thanh-hoa-2020.json', () => {
  const parsed = parseDataset(raw);

  it('is a valid dataset', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('holds the report’s figures and derives the plans domain.md works out', () => {
    if (!parsed.ok) throw new Error('invalid dataset');
    const byId = new Map(evaluateDataset(parsed.dataset).map((e) => [e.indicator.id, e] as const));
    expect(byId.size).toBe(14);
    expect(byId.get('revenue')?.estimated).toBe(true);
    expect(byId.get('revenue')?.implied.target?.value).toMatch(/^3608\.3/);
    expect(byId.get('phone-subscribers')?.implied.target?.value).toMatch(/^2870765\.8/);
    expect(byId.get('broadband-subscribers')?.implied.population?.value).toMatch(/^3614457|^3614458/);
    expect(byId.get('revenue')?.requiredGrowth).toMatch(/^0\.031/);
    const summary = summarize([...byId.values()]);
    expect(summary.total).toBe(14);
  });
});

describe('editor examples', () => {
  it('the CSV example is valid', () => {
    const csv = csvToDataset(EXAMPLE_CSV, { title: 'CSV' });
    const parsed = parseDataset(csv.input);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('the JSON example is valid', () => {
    const parsed = parseDataset(JSON.parse(EXAMPLE_JSON));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});
