import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql, or type-graphql and Apollo disagree about "realms".
const alias = { graphql: require.resolve('graphql') };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'test/eval/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          setupFiles: ['reflect-metadata'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['server/src/**/*.int.test.ts', 'test/int/**/*.int.test.ts'],
          setupFiles: ['reflect-metadata'],
          globalSetup: ['test/setup/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'web',
          include: ['web/src/**/*.test.tsx', 'web/src/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['web/src/test-setup.ts'],
          // Rendering Mantine in happy-dom is CPU-bound: on a busy 2-core machine a form test takes 5-10 s.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          setupFiles: ['reflect-metadata'],
          globalSetup: ['test/setup/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page shows its data when its queries answer: reads retry for that long instead of racing them.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
