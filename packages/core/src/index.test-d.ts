import { expectTypeOf, test } from 'vitest';
import type { DecimalString, Evaluation, Observation, Summary } from './index';
import { decimal, evaluate, parseDataset } from './index';

test('public values are branded decimal strings, not decimal.js objects', () => {
  expectTypeOf<Evaluation['completion']>().toEqualTypeOf<DecimalString | null>();
  expectTypeOf<Observation['actual']>().toEqualTypeOf<DecimalString | null | undefined>();
  expectTypeOf<Summary['score']>().toEqualTypeOf<DecimalString | null>();
  expectTypeOf(decimal('1')).toExtend<string>();
  // A plain string is not a DecimalString: it has to go through decimal() or the parsers.
  expectTypeOf<string>().not.toExtend<DecimalString>();
});

test('evaluate takes an observation and an indicator; parseDataset narrows on ok', () => {
  expectTypeOf(evaluate).parameter(0).toHaveProperty('actual');
  const r = parseDataset({});
  if (r.ok) expectTypeOf(r.dataset.indicators).toExtend<readonly unknown[]>();
  else expectTypeOf(r.issues[0]).toExtend<{ path: string; code: string } | undefined>();
});
