/**
 * `evaluate` checks an indicator it did not validate itself with a compact guard
 * (src/evaluate/check-indicator.ts) instead of the full schema, so that a bundle that only
 * evaluates does not carry the validator. The two must agree: over indicators in the form
 * `defineIndicator` gives (and a JSON copy keeps), with every field the engine reads mutated
 * to valid and invalid values, the guard accepts exactly what `defineIndicator` and
 * `parseDataset` accept, and refuses the rest with the schema's code, path and message (the
 * schema may add a "Did you mean" hint).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIndicator } from '../../src/evaluate/check-indicator';
import { ChitieuError, defineIndicator, defineObservation, evaluate, parseDataset } from '../../src/index';

const SEED = 20261201;

const base = JSON.parse(
  JSON.stringify(defineIndicator({ id: 'revenue', name: 'Doanh thu', unit: 'VND', density: { per: '100' } })),
) as Record<string, unknown>;

const ABSENT = Symbol('absent');
const pools: Record<string, readonly unknown[]> = {
  id: [ABSENT, 'revenue', 'a.b_c:d-1', 'x'.repeat(300), '', ' a', 'a b', '-a', 'é', 5, null, true],
  unitKind: ['count', 'currency', 'percent', 'ratio', 'duration', 'other', 'money', 'Count', '', 5, null, ABSENT],
  scale: [0, 9, -30, 30, 31, -31, 1.5, '2', ' 9 ', 'nine', null, Number.NaN],
  direction: ['higher-is-better', 'lower-is-better', 'neither', 'higher', '', 0, null],
  targetKind: ['point', 'at-least', 'at-most', 'band', 'range', '', null],
  percentDecimals: [0, 1, 2, 20, 21, -1, 1.5, '2', null],
  nearThreshold: [
    ABSENT,
    '0.95',
    '1',
    '0.5',
    '0',
    '-0.5',
    '1.5',
    '2',
    `0.${'9'.repeat(199)}`, // 200 digits: the most the schema takes without an exponent
    `0.${'0'.repeat(199)}1`, // 201 digits
  ],
  lowerIsBetterPolicy: [ABSENT, 'inverse', 'mirror', 'invert', '', 5],
  density: [ABSENT, 'ABSENT-PER', '100', '1000', '0.5', '0', '-5', `1${'0'.repeat(200)}`, null, 5, 'per'],
};

function build(pick: Record<string, number>): Record<string, unknown> {
  const value = (key: string): unknown => (pools[key] as readonly unknown[])[pick[key] as number];
  const ind: Record<string, unknown> = { ...base, unit: { ...(base['unit'] as object) } };
  const set = (target: Record<string, unknown>, key: string, v: unknown) => {
    if (v === ABSENT) delete target[key];
    else target[key] = v;
  };
  set(ind, 'id', value('id'));
  set(ind['unit'] as Record<string, unknown>, 'kind', value('unitKind'));
  for (const key of ['scale', 'direction', 'targetKind', 'percentDecimals', 'nearThreshold', 'lowerIsBetterPolicy'])
    set(ind, key, value(key));
  const density = value('density');
  if (density === ABSENT) delete ind['density'];
  else if (density === 'ABSENT-PER')
    ind['density'] = { population: (base['density'] as { population: unknown }).population };
  else if (typeof density === 'string') ind['density'] = { ...(base['density'] as object), per: density };
  else ind['density'] = density;
  return ind;
}

type Outcome = { ok: true } | { ok: false; code: string; path: string | undefined; message: string };
const outcome = (attempt: () => unknown, first: boolean): Outcome => {
  try {
    attempt();
    return { ok: true };
  } catch (error) {
    if (!ChitieuError.is(error)) throw error;
    const issue = first ? error.issues[0] : undefined;
    return issue
      ? { ok: false, code: issue.code, path: issue.path, message: issue.message }
      : { ok: false, code: error.code, path: error.path, message: error.message.replace(/ \(at [^)]*\)$/, '') };
  }
};

/** Index of the value `base` has (valid), so that whole indicators are often valid too. */
const BASE: Record<string, number> = {
  id: 1,
  unitKind: 1,
  scale: 0,
  direction: 0,
  targetKind: 0,
  percentDecimals: 1,
  nearThreshold: 0,
  lowerIsBetterPolicy: 0,
  density: 2,
};
const pick = fc.record(
  Object.fromEntries(
    Object.entries(pools).map(([k, v]) => [
      k,
      fc.oneof(
        { weight: 7, arbitrary: fc.constant(BASE[k] as number) },
        { weight: 3, arbitrary: fc.nat(v.length - 1) },
      ),
    ]),
  ),
);

describe('the compact guard of evaluate agrees with the schema', () => {
  it('accepts and refuses the same indicators as defineIndicator, with the same code, path and message', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(pick, (p) => {
        const ind = build(p as Record<string, number>);
        const guard = outcome(() => checkIndicator(structuredClone(ind)), true);
        const schema = outcome(() => defineIndicator(structuredClone(ind) as never), true);
        expect(guard.ok).toBe(schema.ok);
        if (!guard.ok && !schema.ok) {
          refused++;
          // the schema reports every issue; the guard stops at the first: compare when there is one
          const all = (() => {
            try {
              defineIndicator(structuredClone(ind) as never);
              return [];
            } catch (error) {
              return (error as ChitieuError).issues;
            }
          })();
          if (all.length === 1) {
            expect(guard.code).toBe(schema.code);
            expect(guard.path).toBe(schema.path);
            expect(schema.message.startsWith(guard.message)).toBe(true);
          } else expect(all.map((i) => i.path)).toContain(guard.path);
        } else accepted++;
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // both sides of the property were exercised
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
  });

  it('parseDataset accepts a dataset with the indicator exactly when the guard does', () => {
    fc.assert(
      fc.property(pick, (p) => {
        const ind = build(p as Record<string, number>);
        const guard = outcome(() => checkIndicator(structuredClone(ind)), true);
        const parsed = parseDataset({ title: 't', indicators: [structuredClone(ind)], observations: [] });
        expect(parsed.ok).toBe(guard.ok);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('evaluate refuses an indicator the guard refuses, with a typed error naming the field', () => {
    const ind = { ...base, direction: 'sideways' };
    expect(() => evaluate({ indicator: 'revenue', period: '2020', actual: '1' }, ind as never)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INDICATOR',
        path: 'indicator.direction',
        issues: [
          {
            code: 'INVALID_DATASET',
            path: 'indicator.direction',
            message: 'Expected one of "higher-is-better", "lower-is-better", "neither", got "sideways"',
          },
        ],
      }),
    );
  });

  it('raw indicator input (a unit code, defaults left out) is sent to defineIndicator', () => {
    const raw = { id: 'revenue', name: 'Doanh thu', unit: 'VND' };
    const e = outcome(() => evaluate({ indicator: 'revenue', period: '2020', actual: '1' }, raw as never), false);
    expect(e).toMatchObject({ ok: false, code: 'INVALID_INDICATOR', path: 'indicator.unit' });
    expect(!e.ok && e.message).toMatch(/^Invalid indicator: indicator\.unit: Expected a unit object/);
    expect(!e.ok && e.message).toMatch(/defineIndicator/);
    // a non-canonical decimal is refused by name too (defineIndicator canonicalises it)
    const near = outcome(() => checkIndicator({ ...base, nearThreshold: '0.950' }), true);
    expect(near).toMatchObject({ ok: false, code: 'INVALID_DECIMAL', path: 'indicator.nearThreshold' });
  });

  it('a getter or proxy that throws gives a ChitieuError, never a bare TypeError', () => {
    const throwing = Object.defineProperty({ ...base }, 'scale', {
      enumerable: true,
      get() {
        throw new TypeError('scale boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({ ...base }, {});
    revoke();
    for (const ind of [throwing, proxy]) {
      const e = outcome(() => checkIndicator(ind), false);
      expect(e).toMatchObject({ ok: false, code: 'INVALID_INDICATOR', path: 'indicator' });
    }
  });
});

describe('evaluate applies the input bounds of parseDataset to an observation it did not validate', () => {
  const ind = defineIndicator({ id: 'revenue', name: 'Doanh thu', unit: 'VND' });
  // JS numbers of more than 15 significant digits are refused by the schema only (a number that
  // is not exact as written); evaluate reads such a number from its shortest text, as decimal() does
  const VALUES: readonly unknown[] = [
    '1',
    '-3.5',
    '0',
    ' 12 ',
    '0012.50',
    '1e99',
    '1e100',
    '1e-99',
    '1e-100',
    '9'.repeat(200),
    '9'.repeat(201),
    `0.${'0'.repeat(198)}1`,
    `${'1'.repeat(100)}e5`,
    `${'1'.repeat(101)}e5`,
    '1e9999999999999999999',
    '1e-9999999999999999999',
    'abc',
    '1,5',
    '',
    5,
    0.5,
    -2,
    1e99,
    1e100,
    1e-99,
    1e-100,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    10n,
    10n ** 199n,
    10n ** 200n,
    true,
    {},
  ];
  const fields = ['actual', 'target', 'previous', 'population'] as const;
  it('refuses exactly what defineObservation refuses, with the same code and path', () => {
    const mismatches: string[] = [];
    for (const field of fields)
      VALUES.forEach((value, i) => {
        const obs = { indicator: 'revenue', period: '2020', actual: '7', [field]: value };
        const viaSchema = outcome(() => defineObservation(obs as never), true);
        const viaEvaluate = outcome(() => evaluate(obs as never, ind), false);
        // a negative population is refused by both, by another rule: skip the sign
        if (field === 'population' && typeof value !== 'object' && String(value).trim().startsWith('-')) return;
        if (viaSchema.ok !== viaEvaluate.ok)
          mismatches.push(`${field} #${i}: schema ${viaSchema.ok}, evaluate ${viaEvaluate.ok}`);
        else if (
          !viaSchema.ok &&
          !viaEvaluate.ok &&
          (viaSchema.code !== viaEvaluate.code ||
            viaSchema.path?.replace(/^observation/, '') !== viaEvaluate.path?.replace(/^observation/, ''))
        )
          mismatches.push(
            `${field} #${i}: ${viaSchema.code} ${viaSchema.path} vs ${viaEvaluate.code} ${viaEvaluate.path}`,
          );
      });
    expect(mismatches).toEqual([]);
  });
  it('an 800,000-digit actual is refused at once, not computed on', () => {
    const huge = '7'.repeat(800_000);
    const e = outcome(
      () =>
        evaluate(
          { indicator: 'revenue', period: '2020', actual: huge, nextTarget: { period: '2025', value: '9' } },
          ind,
        ),
      false,
    );
    expect(e).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', path: 'observation.actual' });
    expect(!e.ok && e.message.length).toBeLessThan(200);
  });
});
