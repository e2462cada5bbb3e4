/** The source of a baseline commit, as `bench/run.mjs --baseline <commit>` provides it (the API of `src/index.ts`). */
declare module 'baseline:index' {
  export const fromNews: typeof import('../src/index.js').fromNews
  export const listQuotes: typeof import('../src/index.js').listQuotes
}
