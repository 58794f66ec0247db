import { STATUSES, type Status, statusLabel } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ChitieuProvider } from '../provider/chitieu-provider';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it.each(STATUSES)('status › %s shows the core label and its own icon', (status) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(statusLabel(status, 'vi-VN'))).toBeTruthy();
    const icon = container.querySelector('svg');
    expect(icon?.getAttribute('data-icon')).toBe(status);
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
  });

  it('never by colour alone: every status has a different icon shape', () => {
    const shapes = STATUSES.map((status) => {
      const { container, unmount } = render(<StatusBadge status={status} />);
      const d = container.querySelector('path')?.getAttribute('d');
      unmount();
      return d;
    });
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });

  it('locale › the prop wins over the provider, the provider over the default', () => {
    render(
      <ChitieuProvider locale="en">
        <StatusBadge status="exceeded" data-testid="a" />
        <StatusBadge status="exceeded" locale="vi" data-testid="b" />
      </ChitieuProvider>,
    );
    expect(screen.getByTestId('a').textContent).toBe(statusLabel('exceeded', 'en'));
    expect(screen.getByTestId('b').textContent).toBe(statusLabel('exceeded', 'vi'));
  });

  it('forwards its ref and merges className', () => {
    const ref = createRef<HTMLSpanElement>();
    render(<StatusBadge ref={ref} status="met" className="mine" />);
    expect(ref.current?.className).toContain('ct-status-badge--met');
    expect(ref.current?.className).toContain('mine');
  });

  it('bad props › an unknown status renders an inline message, not a crash', () => {
    render(<StatusBadge status={'great' as Status} />);
    // names the prop and the allowed values, in the UI's language (changed in issue 10)
    expect(screen.getByRole('alert').textContent).toContain('Thuộc tính "status" không hợp lệ');
    expect(screen.getByRole('alert').getAttribute('data-ct-prop')).toBe('status');
  });
});
