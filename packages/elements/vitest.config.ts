import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  test: {
    environment: 'node',
    include: ['test/*.test.ts'],
  },
});
