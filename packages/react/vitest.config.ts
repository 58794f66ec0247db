import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  esbuild: { jsx: 'automatic' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
  },
});
