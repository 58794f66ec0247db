import { formatQuantity } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { revenue } from '../../test/fixtures';
import { Sparkline, type SparklinePoint } from './sparkline';
import { sparklinePaths } from './sparkline-geometry';

const history: SparklinePoint[] = [
  { period: '2018', actual: '3100', target: '3000' },
  { period: '2019', actual: '3400', target: '3300' },
  { period: '2020', actual: '3630', target: '3608' },
];

describe('Sparkline', () => {
  it('draws the history and the plan line', () => {
    const { container } = render(<Sparkline history={history} indicator={revenue} />);
    expect(container.querySelector('.ct-sparkline__line')?.getAttribute('d')).toMatch(/^M.+L.+L/);
    expect(container.querySelector('.ct-sparkline__plan')).not.toBeNull();
    expect(container.querySelector('.ct-sparkline__last')).not.toBeNull();
  });

  it('names each period with its value formatted by the core', () => {
    render(<Sparkline history={history} indicator={revenue} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain(
      `2020: ${formatQuantity('3630', { locale: 'vi-VN', indicator: revenue })}`,
    );
  });

  it('a gap in the data breaks the line', () => {
    const paths = sparklinePaths([1, null, 3, 4], [], 100, 20);
    expect(paths.line.match(/M/g)?.length).toBe(2);
  });

  it('a single point and no data do not crash', () => {
    expect(sparklinePaths([5], [], 100, 20).last).not.toBeNull();
    expect(sparklinePaths([], [], 100, 20).line).toBe('');
  });

  it('bad props › history that is not an array renders an inline message', () => {
    render(<Sparkline history={'x' as unknown as SparklinePoint[]} />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
