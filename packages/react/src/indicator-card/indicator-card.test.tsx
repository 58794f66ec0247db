import { formatCompletion, formatQuantity, type Indicator, localize, statusLabel } from '@chitieu/core';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ev, LONG_NAME, obs, revenue } from '../../test/fixtures';
import { IndicatorCard } from './indicator-card';

describe('IndicatorCard', () => {
  it('regular › name, actual with unit in scale, completion, status, change, next target', () => {
    const e = ev(obs.parent);
    render(<IndicatorCard evaluation={e} />);
    const card = screen.getByRole('article', { name: localize(revenue.name, 'vi') });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Tổng doanh thu toàn ngành');
    expect(card.textContent).toContain(formatQuantity('3630', { locale: 'vi-VN', indicator: revenue }));
    expect(card.textContent).toContain(formatCompletion(e, { locale: 'vi-VN' }));
    expect(card.textContent).toContain(statusLabel('exceeded', 'vi-VN'));
    expect(card.textContent).toContain('Kế hoạch 2021');
    expect(card.textContent).toContain(formatQuantity('3745', { locale: 'vi-VN', indicator: revenue }));
    expect(within(card).getByRole('meter')).toBeTruthy();
  });

  it('estimated › shows the "ước" marker with its long form', () => {
    render(<IndicatorCard evaluation={ev(obs.near)} />);
    const marker = screen.getByText('ước');
    expect(marker.tagName).toBe('ABBR');
    expect(marker.getAttribute('title')).toBe('số ước tính');
  });

  it('compact › no fact list', () => {
    const { container } = render(<IndicatorCard evaluation={ev(obs.exceeded)} size="compact" />);
    expect(container.querySelector('dl')).toBeNull();
    expect(container.querySelector('.ct-card--compact')).not.toBeNull();
  });

  it('long Vietnamese names › rendered in full, and the card still has its name', () => {
    render(<IndicatorCard evaluation={ev(obs.longName)} />);
    expect(screen.getByRole('heading').textContent).toBe(LONG_NAME);
  });

  it('no data › says so instead of a number', () => {
    render(<IndicatorCard evaluation={ev(obs.noData)} />);
    expect(screen.getAllByText(statusLabel('no-data', 'vi-VN')).length).toBeGreaterThan(0);
  });

  it('history › adds a sparkline', () => {
    const { container } = render(
      <IndicatorCard
        evaluation={ev(obs.parent)}
        history={[
          { period: '2019', actual: '3400' },
          { period: '2020', actual: '3630' },
        ]}
      />,
    );
    expect(container.querySelector('.ct-sparkline')).not.toBeNull();
  });

  it('English › every text follows the locale', () => {
    render(<IndicatorCard evaluation={ev(obs.parent)} locale="en" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Total sector revenue');
    expect(screen.getByText('Target 2021')).toBeTruthy();
  });

  it('forwards its ref', () => {
    const ref = createRef<HTMLElement>();
    render(<IndicatorCard ref={ref} evaluation={ev(obs.met)} />);
    expect(ref.current?.tagName).toBe('ARTICLE');
  });

  it('bad props › a missing indicator or a malformed observation never crash the page', () => {
    render(
      <div>
        <IndicatorCard indicator={undefined as unknown as Indicator} observation={obs.parent} />
        <IndicatorCard indicator={revenue} observation={{ indicator: 'revenue', period: '2020', actual: Number.NaN }} />
        <IndicatorCard evaluation={ev(obs.met)} />
      </div>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(screen.getByRole('article')).toBeTruthy();
  });
});

describe('IndicatorCard › every state renders without an inline error', () => {
  it.each(Object.entries(obs))('%s', (_, o) => {
    const e = ev(o);
    const { container } = render(<IndicatorCard evaluation={e} />);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('.ct-card')?.getAttribute('data-status')).toBe(e.status);
  });
});
