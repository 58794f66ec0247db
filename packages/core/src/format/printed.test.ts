import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../decimal/decimal';
import { printed } from './printed';

describe('printed', () => {
  it('keeps the decimals a stated figure was printed with', () => {
    expect(printed('80.00').decimals).toBe(2);
    expect(toDecimalString(printed('80.00').value)).toBe('80');
    expect(printed('49.8').decimals).toBe(1);
    expect(printed('100').decimals).toBe(0);
    expect(printed(100.6).decimals).toBe(1);
    expect(printed('1.5e-3').decimals).toBe(4);
    expect(printed('15e2').decimals).toBe(0);
  });
});
