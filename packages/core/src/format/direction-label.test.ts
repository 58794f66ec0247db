import { describe, expect, it } from 'vitest';
import { directionLabel } from './direction-label';

describe('directionLabel', () => {
  it('labels directions in vi and en', () => {
    expect(directionLabel('higher-is-better', 'vi')).toBe('Càng cao càng tốt');
    expect(directionLabel('lower-is-better', 'vi')).toBe('Càng thấp càng tốt');
    expect(directionLabel('neither', 'en')).toBe('Hold steady');
    expect(() => directionLabel('up' as 'neither', 'en')).toThrow(/Unknown direction/);
  });
});
