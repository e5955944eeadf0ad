import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One file for the web build (Vite) and the three test tiers (Vitest projects).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' } },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/**/*.int.test.ts', 'test/**/*.e2e.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          root: '.',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/helpers/global-neo4j.ts'],
          // One Neo4j for the tier; files that reset it must not overlap.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/helpers/global-neo4j.ts', 'test/helpers/global-app.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
