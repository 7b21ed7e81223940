import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium and the built site; run files one after another on 2 cores.
    fileParallelism: false,
    env: { ATLAS_TODAY: '2026-11-29' },
  },
});
