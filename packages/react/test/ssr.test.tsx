import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { App } from './ssr-app';

/**
 * React 18 warns "useLayoutEffect does nothing on the server" when it renders on a server that
 * has a `document` — only under jsdom: TanStack picks `useEffect` when there is no DOM, and
 * `ssr-node.test.tsx` checks that a real server prints nothing. Any other error fails the test.
 */
const JSDOM_ONLY = /useLayoutEffect does nothing on the server/;

describe('server rendering', () => {
  it.each(['vi-VN', 'en'])('renderToString › every component renders on the server (%s)', (locale) => {
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const html = renderToString(<App locale={locale} />);
    consoleError.mockRestore();
    expect(errors.filter((args) => !JSDOM_ONLY.test(String((args as unknown[])[0])))).toEqual([]);
    expect(html).toContain('ct-scorecard');
    expect(html).toContain('role="meter"');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain(
      locale === 'vi-VN' ? 'chỉ tiêu đạt và vượt kế hoạch' : 'indicators met or exceeded the plan',
    );
  });

  it.each([false, true])('hydration › the client renders the same text: no mismatch (virtualised: %s)', async (big) => {
    const serverErrors: unknown[] = [];
    const onServer = vi.spyOn(console, 'error').mockImplementation((...args) => serverErrors.push(args));
    const html = renderToString(<App locale="vi-VN" big={big} />);
    onServer.mockRestore();
    expect(serverErrors.filter((args) => !JSDOM_ONLY.test(String((args as unknown[])[0])))).toEqual([]);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, <App locale="vi-VN" big={big} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    container.remove();
  });
});
