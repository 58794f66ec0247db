/**
 * Hostile and malformed values for the untrusted-input tests. Each is made fresh by a function
 * (getters, proxies and cycles must not be shared between runs), and chosen by index so that
 * fast-check prints and shrinks plain numbers, never the hostile objects themselves.
 */

const throwingGetter = (key: string): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('getter boom');
    },
  });

const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('ownKeys boom');
      },
      get() {
        throw new Error('get boom');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor boom');
      },
      has() {
        throw new Error('has boom');
      },
      getPrototypeOf() {
        throw new Error('prototype boom');
      },
    },
  );

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const cycle = (): object => {
  const a: Record<string, unknown> = { kind: 'period', min: '1', max: '2', one: 'x', other: 'y', vi: 'v' };
  a['self'] = a;
  a['period'] = a;
  return a;
};

const deepArray = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const deepObject = (depth: number): unknown => {
  let value: unknown = { vi: 'x' };
  for (let i = 0; i < depth; i++) value = { vi: value, min: i };
  return value;
};

/** Values to put anywhere in a dataset. */
export const HOSTILE: readonly (() => unknown)[] = [
  () => 'abc',
  () => '',
  () => '1,5',
  () => '3.630,5',
  () => '1e9999999999999999999',
  () => '1e-9999999999999999999',
  () => '-1e9999999999999999999',
  () => '1e100',
  () => '1e-100',
  () => '1'.repeat(101),
  () => '9'.repeat(100),
  () => `0.${'0'.repeat(98)}1`,
  () => `${'7'.repeat(100)}e99`,
  () => `0.${'0'.repeat(97)}12e-99`,
  () => '-0',
  () => ' 12.5 ',
  () => '+5',
  () => 'Infinity',
  () => 'NaN',
  () => '0x10',
  () => 'true',
  () => 'false',
  () => '2020',
  () => '2020-Q5',
  () => 'x'.repeat(20_000),
  () => '1'.repeat(20_000),
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 1e300,
  () => 5e-324,
  () => 1e21,
  () => 0.1,
  () => -0,
  () => 12345678901234567000, // more digits than a JS number keeps exactly
  () => 2 ** 53,
  () => 7,
  () => 10n ** 500n,
  () => 12n,
  () => -5n,
  () => null,
  () => undefined,
  () => true,
  () => false,
  () => [],
  () => [1, 2],
  () => ({}),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { vi: 'x', min: '1', max: '2', kind: 'previous-period' }),
  () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"vi":"x"}'),
  () => ({ constructor: { prototype: { polluted: 1 } } }),
  () => throwingGetter('vi'),
  () => throwingGetter('min'),
  () => throwingProxy(),
  () => revoked(),
  () => cycle(),
  () => deepArray(10_000),
  () => deepObject(2_000),
  () => () => 1,
  () => Symbol('s'),
  () => new Date(0),
  () => new Map([['vi', 'x']]),
  () => Object.assign([], { length: 4_294_967_295 }),
  () => new Array(5),
  () => ({ vi: 'thuê bao', en: { one: 'x', other: 'y' } }),
  () => ({ one: 'a', other: 'b' }),
  () => ({ min: '5', max: '4' }),
  () => ({ min: '1e9999999999999999999', max: '1' }),
  () => ({ kind: 'period', period: '2019' }),
  () => ({ kind: 'sideways' }),
];

/** Keys to add to an object. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'acutal',
  'Actual',
  'estimate',
  'k'.repeat(10_000),
  '',
  'toString',
];
