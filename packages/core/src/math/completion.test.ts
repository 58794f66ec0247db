import { describe, expect, it } from 'vitest';
import { completion } from './completion';

describe('completion', () => {
  describe('higher is better', () => {
    it('is actual ÷ target as an exact ratio', () => {
      expect(completion('1800000', '1700000').value).toBe('1.0588235294117647058823529411764705882352941176471');
      expect(completion('3630', '3630').value).toBe('1');
    });
    it('is not defined without a target, with a zero target or a negative one', () => {
      expect(completion('5', null)).toEqual({ value: null, reason: 'no-target' });
      expect(completion(null, '5')).toEqual({ value: null, reason: 'no-data' });
      expect(completion('5', '0')).toEqual({ value: null, reason: 'zero-base' });
      expect(completion('5', '-2')).toEqual({ value: null, reason: 'negative-base' });
    });
    it('keeps a negative actual (a loss against a profit plan) as a negative completion', () => {
      expect(completion('-50', '100').value).toBe('-0.5');
    });
  });

  describe('lower is better', () => {
    it('inverse policy (default) is target ÷ actual', () => {
      expect(completion('80', '100', { direction: 'lower-is-better' }).value).toBe('1.25');
      expect(completion('200', '100', { direction: 'lower-is-better' }).value).toBe('0.5');
    });
    it('inverse policy is not defined at actual 0 or below', () => {
      expect(completion('0', '100', { direction: 'lower-is-better' })).toEqual({ value: null, reason: 'zero-actual' });
      expect(completion('-1', '100', { direction: 'lower-is-better' })).toEqual({
        value: null,
        reason: 'negative-actual',
      });
    });
    it('mirror policy is 2 − actual ÷ target and halves to 0 at 2× target', () => {
      expect(completion('80', '100', { direction: 'lower-is-better', policy: 'mirror' }).value).toBe('1.2');
      expect(completion('200', '100', { direction: 'lower-is-better', policy: 'mirror' }).value).toBe('0');
      expect(completion('0', '100', { direction: 'lower-is-better', policy: 'mirror' }).value).toBe('2');
    });
    it('an at-most target means lower is better whatever the direction option', () => {
      expect(completion('80', '100', { targetKind: 'at-most' }).value).toBe('1.25');
    });
  });

  describe('band targets', () => {
    it('higher is better: actual ÷ lower bound', () => {
      expect(completion('5', { min: '4', max: '6' }).value).toBe('1.25');
      expect(completion('3', { min: '4', max: '6' }).value).toBe('0.75');
    });
    it('lower is better: the policy against the upper bound', () => {
      expect(completion('8', { min: '4', max: '6' }, { direction: 'lower-is-better' }).value).toBe('0.75');
      expect(completion('8', { min: '4', max: '6' }, { direction: 'lower-is-better', policy: 'mirror' }).value).toBe(
        '0.6666666666666666666666666666666666666666666666667',
      );
    });
    it('held steady: completion does not apply', () => {
      expect(completion('5', { min: '4', max: '6' }, { direction: 'neither' })).toEqual({
        value: null,
        reason: 'not-applicable',
      });
    });
    it('rejects a band whose lower bound is above its upper bound', () => {
      expect(() => completion('5', { min: '6', max: '4' })).toThrowError(
        expect.objectContaining({ code: 'INVALID_BAND', path: 'target' }),
      );
    });
  });

  it('rejects values that are not decimals, naming the parameter', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '', 'abc', '1,5']) {
      expect(() => completion(bad as string, '1')).toThrowError(
        expect.objectContaining({ code: 'INVALID_DECIMAL', path: 'actual' }),
      );
    }
  });
});
