import {resolve} from 'node:path'
import {defineConfig} from 'vitest/config'

// Browser tests: real Chromium through playwright-core. Run with `npm run test:browser`, apart
// from `npm test`, so that the unit tests need no browser. They use the built `dist/`.
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false
  }
})
