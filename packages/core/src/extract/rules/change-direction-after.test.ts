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
  it('reads (en) a bound word before the amount and a plan after `than` as a completion: over 19% higher than planned', () => {
    const found = readAt(
      changeDirectionAfterRule,
      'It reached VND5,200 billion, over 19% higher than planned.',
      'en',
      'over',
    );
    expect(found && describeFigure(found.fig)).toBe('completion exceeded-by 119 plan');
    const below = readAt(changeDirectionAfterRule, 'It was 3% below the annual plan.', 'en', '3');
    expect(below && describeFigure(below.fig)).toBe('completion exceeded-by 97 plan');
    const above = readAt(changeDirectionAfterRule, 'It was 12 percent above the target.', 'en', '12');
    expect(above && describeFigure(above.fig)).toBe('completion exceeded-by 112 target');
  });
  it('reads (en) a period base after more/less than: 16 percent more than the same time in 2017', () => {
    const found = readAt(changeDirectionAfterRule, 'It earned 16 percent more than the same time in 2017.', 'en', '16');
    expect(found?.fig.kind).toBe('change');
    expect(found && describeFigure(found.fig)).toBe('change rate 16 same-period-in');
  });
  it('reads nothing against a plan that states its own figure: 4 percent higher than the target of 8%', () => {
    expect(readAt(changeDirectionAfterRule, 'It was 4 percent higher than the target of 8%.', 'en', '4')).toBeNull();
  });
});
