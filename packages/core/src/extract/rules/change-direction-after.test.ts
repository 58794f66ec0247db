import { describe, expect, it } from 'vitest';
import { changeDirectionAfterRule } from './change-direction-after';
import { describeFigure, readAt, readsNowhere } from './read-at.test-util';

describe('figure rule change.direction-after', () => {
  it('has its id and locales', () => {
    expect(changeDirectionAfterRule.id).toBe('change.direction-after');
    expect(changeDirectionAfterRule.locales.length).toBeGreaterThan(0);
  });
  it('reads (en): The rate hit 82 percent, 5 percentage points higher than in 2022.', () => {
    const found = readAt(
      changeDirectionAfterRule,
      'The rate hit 82 percent, 5 percentage points higher than in 2022.',
      'en',
      '5',
    );
    expect(found && describeFigure(found.fig)).toBe('change points 5 named-period');
    expect(found?.rule.startsWith('en.change.points-direction-after')).toBe(true);
  });
  it('reads nothing in (en): Exports were up 9.8 per cent year-on-year.', () => {
    expect(readsNowhere(changeDirectionAfterRule, 'Exports were up 9.8 per cent year-on-year.', 'en')).toBe(true);
  });
});
