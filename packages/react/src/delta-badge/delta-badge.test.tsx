import { formatChange, type Indicator } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ev, obs } from '../../test/fixtures';
import { DeltaBadge } from './delta-badge';

describe('DeltaBadge', () => {
  it('higher is better › a rise is good, with an up arrow and the core text', () => {
    const e = ev(obs.exceeded);
    const { container } = render(<DeltaBadge evaluation={e} />);
    const badge = container.querySelector('.ct-delta');
    expect(badge?.getAttribute('data-tone')).toBe('good');
    expect(badge?.textContent).toContain(formatChange(e.change, e.indicator, { locale: 'vi-VN', style: 'phrase' }));
    expect(screen.getByText(/tích cực/)).toBeTruthy();
  });

  it('lower is better › a fall of the poverty rate is good; a rate changes in percentage points', () => {
    const e = ev(obs.lowerIsBetter);
    const { container } = render(<DeltaBadge evaluation={e} />);
    expect(container.querySelector('.ct-delta')?.getAttribute('data-tone')).toBe('good');
    expect(container.textContent).toContain('điểm phần trăm');
  });

  it('lower is better › a rise is bad', () => {
    const e = ev({ ...obs.lowerIsBetter, actual: '3.5' });
    const { container } = render(<DeltaBadge evaluation={e} locale="en" />);
    expect(container.querySelector('.ct-delta')?.getAttribute('data-tone')).toBe('bad');
    expect(screen.getByText(/unfavourable/)).toBeTruthy();
  });

  it('a multiple › 174 after 87 shows times', () => {
    const e = ev(obs.met);
    const { container } = render(<DeltaBadge evaluation={e} />);
    expect(container.textContent).toContain(formatChange(e.change, e.indicator, { locale: 'vi-VN', style: 'phrase' }));
  });

  it.each([
    ['zero previous', obs.zeroPrevious],
    ['negative previous', obs.negativePrevious],
  ])('%s › renders the absolute change the core gives, never throws', (_, o) => {
    const e = ev(o);
    const { container } = render(<DeltaBadge evaluation={e} />);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain(formatChange(e.change, e.indicator, { locale: 'vi-VN', style: 'phrase' }));
  });

  it("display='signed' › the compact form for tables", () => {
    const e = ev(obs.exceeded);
    const { container } = render(<DeltaBadge evaluation={e} display="signed" />);
    expect(container.querySelector('.ct-delta__text')?.textContent).toBe(
      formatChange(e.change, e.indicator, { locale: 'vi-VN', style: 'signed' }),
    );
  });

  it("display='signed' › screen readers hear the phrase, not the signs", () => {
    const e = ev(obs.met);
    const { container } = render(<DeltaBadge evaluation={e} display="signed" />);
    const shown = container.querySelector('.ct-delta__text');
    expect(shown?.textContent).toBe('×2');
    expect(shown?.getAttribute('aria-hidden')).toBe('true');
    const spoken = formatChange(e.change, e.indicator, { locale: 'vi-VN', style: 'phrase' });
    expect(screen.getByText(spoken).className).toBe('ct-sr-only');
  });

  it("display='phrase' › the visible text is the spoken text", () => {
    const e = ev(obs.exceeded);
    const { container } = render(<DeltaBadge evaluation={e} />);
    expect(container.querySelector('.ct-delta__text')?.hasAttribute('aria-hidden')).toBe(false);
    expect(container.querySelectorAll('.ct-sr-only')).toHaveLength(1); // only "(tích cực)"
  });

  it('no previous › a dash with a spoken "no comparison"', () => {
    const e = ev(obs.noTarget);
    const { container } = render(<DeltaBadge evaluation={e} />);
    expect(container.querySelector('.ct-delta--none')).not.toBeNull();
    expect(screen.getByText('Chưa có số so sánh')).toBeTruthy();
  });

  it('bad props › a change without an indicator renders an inline message', () => {
    const e = ev(obs.exceeded);
    render(<DeltaBadge change={e.change} indicator={undefined as unknown as Indicator} />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('DeltaBadge › good and bad never by colour alone', () => {
  it('draws a check for a favourable change and a cross for an unfavourable one', () => {
    const good = render(<DeltaBadge evaluation={ev(obs.lowerIsBetter)} locale="vi" />);
    expect(good.container.querySelector('.ct-delta__tone')?.getAttribute('data-icon')).toBe('met');
    good.unmount();
    const bad = render(<DeltaBadge evaluation={ev({ ...obs.lowerIsBetter, actual: '3.5' })} locale="vi" />);
    expect(bad.container.querySelector('.ct-delta__tone')?.getAttribute('data-icon')).toBe('missed');
  });
});
