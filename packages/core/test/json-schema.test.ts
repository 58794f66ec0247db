import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../src/index';

describe('the shipped JSON Schema', () => {
  it('is generated from the validator’s schemas and committed up to date (run `pnpm build` to refresh)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'schema', 'dataset.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(datasetJsonSchema());
  });
  it('describes the fields users write, with decimals as strings', () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      $defs: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    };
    expect(schema.required).toEqual(['title', 'indicators', 'observations']);
    expect(schema.$defs['Indicator']?.required).toEqual(['id', 'name', 'unit']);
    expect(Object.keys(schema.$defs['Observation']?.properties ?? {})).toEqual(
      expect.arrayContaining([
        'indicator',
        'period',
        'actual',
        'target',
        'previous',
        'population',
        'estimated',
        'stated',
        'nextTarget',
      ]),
    );
  });
});
