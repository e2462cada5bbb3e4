import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Not vitest's 5 s: other work shares this 2-core machine, and a test that fails because the
    // machine is busy tells nothing. A test that needs longer says so itself.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Measured by .ci/run on a fresh clone at 26a9b34 (stmts/branches/funcs/lines): all files
      // 91/84/96/94, src/lib 91/86/98/94, src/lexicon 93/81/100/100, src/cli 90/77/89/93
      // (src/lib is now src/tree, src/structure, src/quotes and src/attribution, held to its level).
      // Each is held a few points below its measured level, so a real drop fails CI.
      thresholds: {
        statements: 88,
        branches: 80,
        functions: 92,
        lines: 90,
        'src/{tree,structure,quotes,attribution}/**': {statements: 88, branches: 82, functions: 95, lines: 91},
        'src/lexicon/**': {statements: 90, branches: 78, functions: 95, lines: 97},
        'src/cli/**': {statements: 87, branches: 74, functions: 85, lines: 90}
      }
    }
  }
})
