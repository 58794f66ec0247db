import { formatCompletion, formatQuantity, statusLabel } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { broadband, ev, obs, revenue } from '../../test/fixtures';
import { CompletionBar } from './completion-bar';

const widthOf = (el: Element | null): number => Number.parseFloat((el as HTMLElement | null)?.style.width ?? 'NaN');

describe('CompletionBar', () => {
  it('exceeded › a meter whose aria-valuetext is in Vietnamese, from the core', () => {
    const e = ev(obs.exceeded);
    render(<CompletionBar evaluation={e} />);
    const meter = screen.getByRole('meter', { name: 'Thuê bao băng rộng cố định' });
    const text = meter.getAttribute('aria-valuetext') ?? '';
    expect(text).toContain(formatQuantity('1800000', { locale: 'vi-VN', indicator: broadband }));
    expect(text).toContain(formatCompletion(e, { locale: 'vi-VN' }));
    expect(text).toContain(statusLabel('exceeded', 'vi-VN'));
    const now = Number(meter.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThanOrEqual(100);
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
  });

  it('English › aria-valuetext follows the locale', () => {
    render(<CompletionBar evaluation={ev(obs.exceeded)} locale="en" />);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toContain('Exceeded');
  });

  it('IBCS › actual solid, plan outlined, previous grey, all drawn', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.exceeded)} />);
    expect(container.querySelector('.ct-bullet__actual')).not.toBeNull();
    expect(container.querySelector('.ct-bullet__target')).not.toBeNull();
    expect(container.querySelector('.ct-bullet__previous')).not.toBeNull();
    expect(container.querySelectorAll('.ct-bullet__band').length).toBe(3);
  });

  it.each([
    ['met', obs.met],
    ['near', obs.near],
    ['missed', obs.missed],
  ])('%s › status reaches the element and the text', (status, o) => {
    const { container } = render(<CompletionBar evaluation={ev(o)} />);
    expect(container.firstElementChild?.getAttribute('data-status')).toBe(status);
  });

  it('huge values › far above 100% is clipped inside the track and said in words', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.huge)} />);
    expect(container.querySelector('[data-clipped]')).not.toBeNull();
    expect(container.querySelector('.ct-bullet__break')).not.toBeNull();
    expect(widthOf(container.querySelector('.ct-bullet__actual'))).toBeLessThanOrEqual(100);
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuetext')).toContain('vượt ngoài thang đo');
    // ARIA numbers never in exponent notation (axe: aria-valid-attr-value)
    for (const name of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'])
      expect(meter.getAttribute(name)).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('lower is better › the first band is the good one', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.lowerIsBetter)} />);
    expect(container.querySelector('.ct-bullet__band')?.className).toContain('--good');
  });

  it('band target › the plan is an outlined range', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.band)} />);
    expect(container.querySelector('.ct-bullet__target--band')).not.toBeNull();
    expect(widthOf(container.querySelector('.ct-bullet__target--band'))).toBeGreaterThan(0);
  });

  it('no target › the actual bar without a plan marker', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.noTarget)} />);
    expect(container.querySelector('.ct-bullet__target')).toBeNull();
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toContain(statusLabel('no-target', 'vi-VN'));
  });

  it('no data › an image with a text equivalent instead of a meter', () => {
    render(<CompletionBar evaluation={ev(obs.noData)} />);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(statusLabel('no-data', 'vi-VN'));
  });

  it('compact › no legend', () => {
    const { container } = render(<CompletionBar evaluation={ev(obs.exceeded)} size="compact" />);
    expect(container.querySelector('.ct-bullet__legend')).toBeNull();
  });

  it('evaluates indicator + observation through the core; forwards ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<CompletionBar ref={ref} indicator={revenue} observation={obs.parent} />);
    expect(ref.current?.getAttribute('data-status')).toBe('exceeded');
  });

  it('bad props › a malformed observation shows the ChitieuError inline, in words, naming the prop and the place', () => {
    render(<CompletionBar indicator={revenue} observation={{ indicator: 'revenue', period: '2020', actual: 'abc' }} />);
    const alert = screen.getByRole('alert');
    // the code stays for developers in an attribute; the user reads Vietnamese words (issue 10)
    expect(alert.getAttribute('data-ct-error')).toBe('INVALID_DECIMAL');
    expect(alert.textContent).toBe(
      'Không hiển thị được: Thuộc tính "observation" không hợp lệ: không phải là một số (tại observation.actual)',
    );
  });

  it('bad props › a missing indicator says so', () => {
    render(<CompletionBar observation={obs.parent} />);
    expect(screen.getByRole('alert').textContent).toMatch(/indicator/);
  });
});
