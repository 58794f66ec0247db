import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDecimals,
  completion,
  completionPercent,
  decimal,
  defineIndicator,
  evaluate,
  impliedTarget,
  parseDataset,
  rollUp,
  roundDecimal,
  statedInterval,
} from '../src/index';
import { decimalText, positiveDecimal } from './arbitraries';

const revenue = defineIndicator({ id: 'r', name: 'R', unit: 'VND', percentDecimals: 2 });
const lower = defineIndicator({
  id: 'l',
  name: 'L',
  unit: 'percent',
  direction: 'lower-is-better',
  percentDecimals: 1,
});
const inInterval = (value: string, i: { min: string; max: string; minInclusive: boolean; maxInclusive: boolean }) => {
  const lo = compareDecimals(value, i.min);
  const hi = compareDecimals(value, i.max);
  return (lo > 0 || (lo === 0 && i.minInclusive)) && (hi < 0 || (hi === 0 && i.maxInclusive));
};

describe('properties of the math', () => {
  it('completion is monotone in actual (higher is better, positive target)', () => {
    fc.assert(
      fc.property(decimalText(), decimalText(), positiveDecimal(), (a, b, t) => {
        const [lo, hi] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const cl = completion(lo, t).value;
        const ch = completion(hi, t).value;
        expect(cl).not.toBeNull();
        expect(compareDecimals(cl as string, ch as string)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('completion is antitone in actual for lower is better (both policies)', () => {
    fc.assert(
      fc.property(
        positiveDecimal(),
        positiveDecimal(),
        positiveDecimal(),
        fc.constantFrom('inverse' as const, 'mirror' as const),
        (a, b, t, policy) => {
          const [lo, hi] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
          const opts = { direction: 'lower-is-better' as const, policy };
          expect(
            compareDecimals(completion(lo, t, opts).value as string, completion(hi, t, opts).value as string),
          ).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('status agrees with the exact comparison of actual and target', () => {
    fc.assert(
      fc.property(decimalText(), positiveDecimal(), (a, t) => {
        const e = evaluate({ indicator: 'r', period: '2020', actual: a, target: t }, revenue);
        const c = compareDecimals(a, t);
        if (c > 0) expect(e.status).toBe('exceeded');
        else if (c === 0) expect(e.status).toBe('met');
        else expect(['near', 'missed']).toContain(e.status);
        if (e.status === 'near') expect(compareDecimals(e.completion as string, '0.95')).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('the displayed percent never contradicts the status (boundary guard)', () => {
    fc.assert(
      fc.property(
        decimalText({ min: 1n, max: 10n ** 12n }),
        positiveDecimal(),
        fc.integer({ min: 0, max: 4 }),
        (a, t, decimals) => {
          const ind = defineIndicator({ id: 'r', name: 'R', unit: 'VND', percentDecimals: decimals });
          const e = evaluate({ indicator: 'r', period: '2020', actual: a, target: t }, ind);
          const shown = e.completionPercent as string;
          if (e.status === 'met') expect(shown).toBe('100');
          if (e.status === 'exceeded') expect(compareDecimals(shown, '100')).toBe(1);
          if (e.status === 'near') expect(compareDecimals(shown, '95')).toBeGreaterThanOrEqual(0);
          if (e.status === 'near') expect(compareDecimals(shown, '100')).toBe(-1);
          if (e.status === 'missed') expect(compareDecimals(shown, '95')).toBe(-1);
        },
      ),
    );
  });

  it('completionPercent never shows a ratio below 1 as 100 or more, at any precision', () => {
    fc.assert(
      fc.property(
        decimalText({ min: 0n, max: 10n ** 12n - 1n, maxScale: 0 }),
        fc.integer({ min: 0, max: 6 }),
        (digits, decimals) => {
          const ratio = `0.${digits.padStart(12, '0')}`; // in [0, 1)
          expect(compareDecimals(completionPercent(ratio, { decimals }), '100')).toBe(-1);
        },
      ),
    );
  });

  it('a printed completion’s interval always holds the target that produced it', () => {
    fc.assert(
      fc.property(positiveDecimal(2), positiveDecimal(2), fc.integer({ min: 0, max: 3 }), (a, t, decimals) => {
        const exact = completion(a, t).value as string;
        const printed = roundDecimal(`${exact}e2`, decimals);
        const fixed =
          decimals === 0
            ? printed
            : (() => {
                const [int, frac = ''] = printed.split('.');
                return `${int}.${frac.padEnd(decimals, '0')}`;
              })();
        if (compareDecimals(fixed, '0') === 0) return; // a 0% completion implies no target
        const implied = impliedTarget(a, fixed).value;
        expect(implied).not.toBeNull();
        expect(inInterval(t, implied?.interval as never)).toBe(true);
        expect(inInterval(decimal(`${exact}e2`), statedInterval(fixed))).toBe(true);
      }),
    );
  });

  it('serialise → parse is the identity for decimals and datasets', () => {
    fc.assert(
      fc.property(decimalText({ min: -(10n ** 30n), max: 10n ** 30n, maxScale: 12 }), (text) => {
        const canonical = decimal(text);
        expect(decimal(JSON.parse(JSON.stringify(canonical)))).toBe(canonical);
        expect(compareDecimals(canonical, text)).toBe(0);
        expect(canonical).not.toMatch(/e|E/);
        const dataset = {
          title: 't',
          indicators: [{ id: 'a', name: 'A', unit: 'VND' }],
          observations: [{ indicator: 'a', period: '2020', actual: text }],
        };
        const once = parseDataset(dataset);
        if (!once.ok) throw new Error('expected ok');
        expect(once.dataset.observations[0]?.actual).toBe(canonical);
        expect(parseDataset(JSON.parse(JSON.stringify(once.dataset)))).toEqual(once);
      }),
    );
  });

  it('roll-up of an additive indicator equals the exact sum of its parts, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(decimalText({ min: -(10n ** 25n), max: 10n ** 25n, maxScale: 4 }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const obs = values.map((v) => ({ indicator: 'r', period: '2020', actual: v }));
          const forward = rollUp(revenue, obs).actual.value;
          const backward = rollUp(revenue, [...obs].reverse()).actual.value;
          expect(forward).toBe(backward);
          let total = 0n;
          for (const v of values) total += BigInt(decimal(`${v}e4`));
          expect(compareDecimals(forward as string, `${total}e-4`)).toBe(0);
        },
      ),
    );
  });

  it('lower-is-better status: lower actual is never a worse status', () => {
    const rank = { exceeded: 3, met: 2, near: 1, missed: 0, 'no-target': -1, 'no-data': -1 } as const;
    fc.assert(
      fc.property(positiveDecimal(), positiveDecimal(), positiveDecimal(), (a, b, t) => {
        const [lo, hi] = compareDecimals(a, b) <= 0 ? [a, b] : [b, a];
        const s = (x: string) => rank[evaluate({ indicator: 'l', period: '2020', actual: x, target: t }, lower).status];
        expect(s(lo)).toBeGreaterThanOrEqual(s(hi));
      }),
    );
  });
});
