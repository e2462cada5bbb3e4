import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Measured on the committed suite (2026-11-28): all files 73/70/69/75 (stmts/branches/funcs/lines),
      // src/lib 90/84/97/93, src/lexicon 92/76/83/98. src/cli runs in child processes (test/cli.test.ts),
      // which v8 coverage in this process cannot see, so it pulls the global figure down; the parser's own
      // modules are held to their measured level, a few points below, so a drop fails CI.
      thresholds: {
        statements: 70,
        branches: 65,
        functions: 65,
        lines: 72,
        'src/lib/**': {statements: 88, branches: 80, functions: 95, lines: 90},
        'src/lexicon/**': {statements: 88, branches: 72, functions: 80, lines: 95}
      }
    }
  }
})
