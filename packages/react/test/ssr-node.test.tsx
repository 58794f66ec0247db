// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { App } from './ssr-app';

/** A real server (no DOM): every component renders, and React prints no warning at all. */
describe('server rendering without a DOM', () => {
  it.each([
    ['vi-VN', false],
    ['en', false],
    ['vi-VN', true],
  ] as const)('renderToString › %s, virtualised: %s › markup and no warning', (locale, big) => {
    expect(typeof document).toBe('undefined');
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args) => errors.push(args));
    const html = renderToString(<App locale={locale} big={big} />);
    consoleError.mockRestore();
    consoleWarn.mockRestore();
    expect(errors).toEqual([]);
    expect(html).toContain('role="meter"');
    expect(html).toContain('scope="col"');
    expect(html).not.toContain('role="alert"');
  });
});
