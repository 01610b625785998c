import { defineConfig } from 'vitest/config';

// Tests run from source: workspace packages export `@tactical/source` -> src/index.ts.
export default defineConfig({
  resolve: { conditions: ['@tactical/source'] },
  ssr: { resolve: { conditions: ['@tactical/source'] } },
  test: {
    include: ['packages/*/{src,test}/**/*.test.ts', 'examples/**/*.test.ts', 'fuzz/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
