import { statusLabel } from '@chitieu/core';
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StatusBadge } from '../status-badge/status-badge';
import { ChitieuProvider } from './chitieu-provider';

describe('ChitieuProvider', () => {
  it('nested providers override only what they set', () => {
    render(
      <ChitieuProvider locale="en" theme="dark">
        <ChitieuProvider>
          <StatusBadge status="met" data-testid="b" />
        </ChitieuProvider>
      </ChitieuProvider>,
    );
    const badge = screen.getByTestId('b');
    expect(badge.textContent).toBe(statusLabel('met', 'en'));
    expect(badge.getAttribute('data-ct-theme')).toBe('dark');
  });

  it('without a provider › Vietnamese, no theme attribute', () => {
    render(<StatusBadge status="met" data-testid="b" />);
    expect(screen.getByTestId('b').textContent).toBe(statusLabel('met', 'vi'));
    expect(screen.getByTestId('b').hasAttribute('data-ct-theme')).toBe(false);
  });

  it('dual package › a second copy of the module still reads the first copy’s provider', async () => {
    vi.resetModules();
    const second = await import('../status-badge/status-badge');
    expect(second.StatusBadge).not.toBe(StatusBadge);
    render(
      <ChitieuProvider locale="en">
        {createElement(second.StatusBadge, { status: 'missed', 'data-testid': 'copy' } as never)}
      </ChitieuProvider>,
    );
    expect(screen.getByTestId('copy').textContent).toBe(statusLabel('missed', 'en'));
  });
});
