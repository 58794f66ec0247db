import { createRequire } from 'node:module';
import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/** Each Vitest project really runs the React it is named after (see vitest.config.ts). */
const expected = process.env.CHITIEU_TEST_REACT ?? '19';
const major = (version: string): string => version.split('.')[0] ?? '';

describe(`React ${expected}`, () => {
  it('react, react-dom and react-dom/server seen by the sources and tests', () => {
    expect([reactVersion, domVersion, serverVersion].map(major)).toEqual([expected, expected, expected]);
  });

  it('react and react-dom loaded by Node for dependencies (Testing Library, TanStack, the CJS build)', () => {
    const require = createRequire(import.meta.url);
    const react = require('react') as { version: string };
    const dom = require('react-dom') as { version: string };
    expect([major(react.version), major(dom.version)]).toEqual([expected, expected]);
    // react-dom's own require('react') is the same React
    const fromDom = createRequire(require.resolve('react-dom'))('react') as { version: string };
    expect(major(fromDom.version)).toBe(expected);
  });

  it('Testing Library renders with the same React', async () => {
    const { render } = await import('@testing-library/react');
    const { container } = render(<span>{reactVersion}</span>);
    expect(major(container.textContent ?? '')).toBe(expected);
  });
});
