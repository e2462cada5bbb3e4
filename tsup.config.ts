import {defineConfig} from 'tsup'

// One build emits both formats. The unified packages stay external in the CJS build too:
// bundling them would give CJS users private copies of classes such as `VFile`, so that
// `instanceof` checks across packages fail. Node >=20.19 can `require()` ES modules without
// flags, which is why `engines.node` says so. See README § Compatibility.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    // ES2022 (what Node 20 and current browsers run): with a `node20` target esbuild rewrites
    // every Unicode regular expression literal into a `new RegExp(…)` built on each call.
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true
  },
  // The `newsast` command: ESM for Node only, one file that is also its own worker script.
  // The library's code is bundled in (dependencies stay external); nothing imports it back.
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    splitting: false,
    treeshake: true
  }
])
