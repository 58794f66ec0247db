import { describe, expectTypeOf, it } from 'vitest';
import type { DecimalString } from '../decimal/decimal-string';
import type { Band } from '../model/types';
import { type Allocation, allocate, type BandAllocation } from './allocate';

describe('allocate › types', () => {
  it('a point total gives decimal-string parts; a band total gives bands', () => {
    expectTypeOf(allocate('3745', { evenly: 12 })).toEqualTypeOf<Allocation>();
    expectTypeOf(allocate('3745', { evenly: 12 }).parts).toEqualTypeOf<readonly DecimalString[]>();
    expectTypeOf(allocate({ min: '1', max: 2 }, { evenly: 2 })).toEqualTypeOf<BandAllocation>();
    expectTypeOf(allocate({ min: '1', max: '2' }, { evenly: 2 }).parts).toEqualTypeOf<readonly Band[]>();
  });
  it('refuses an unknown tie-break and a non-decimal total at compile time', () => {
    // @ts-expect-error — not a tie-break rule
    allocate('1', { evenly: 2, tieBreak: 'random' });
    // @ts-expect-error — a Date is not a decimal
    allocate(new Date(), { evenly: 2 });
  });
});
