import { describe, expect, it } from 'vitest';
import { intervalsOverlap, statedInterval } from './interval';

describe('statedInterval', () => {
  it('is the half-up rounding interval of the printed precision', () => {
    expect(statedInterval('100.6')).toEqual({ min: '100.55', max: '100.65', minInclusive: true, maxInclusive: false });
    expect(statedInterval('80.00')).toEqual({ min: '79.995', max: '80.005', minInclusive: true, maxInclusive: false });
    expect(statedInterval('51')).toEqual({ min: '50.5', max: '51.5', minInclusive: true, maxInclusive: false });
  });
  it('mirrors for negative numbers, since half-up rounds ties away from zero', () => {
    expect(statedInterval('-1.5')).toEqual({ min: '-1.55', max: '-1.45', minInclusive: false, maxInclusive: true });
  });
  it('trailing zeros narrow the interval', () => {
    expect(statedInterval('80').max).toBe('80.5');
    expect(statedInterval('80.0').max).toBe('80.05');
  });
  it('refuses text that is not a printed decimal', () => {
    expect(() => statedInterval('80,0')).toThrowError(expect.objectContaining({ code: 'INVALID_DECIMAL' }));
  });
});

describe('intervalsOverlap', () => {
  it('touching half-open intervals do not overlap; closed ones do', () => {
    expect(intervalsOverlap(statedInterval('1.0'), statedInterval('1.1'))).toBe(false);
    expect(
      intervalsOverlap(
        { min: '1', max: '2', minInclusive: true, maxInclusive: true },
        { min: '2', max: '3', minInclusive: true, maxInclusive: true },
      ),
    ).toBe(true);
    expect(intervalsOverlap(statedInterval('1.04'), statedInterval('1.0'))).toBe(true);
  });
});
