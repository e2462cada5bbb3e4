/**
 * Build the demo page `examples/` into `examples/dist/` (or `--outdir <folder>`): esbuild bundles
 * `examples/src/main.ts` with newsast's ESM build (`dist/index.js`, so run `npm run build` first)
 * into one classic script, which also works from `file://`; the HTML and CSS are copied.
 */
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {build} from 'esbuild'

const root = resolve(import.meta.dirname, '..')
const {values} = parseArgs({options: {outdir: {type: 'string'}}})
const outdir = resolve(values.outdir ?? join(root, 'examples/dist'))
const library = join(root, 'dist/index.js')

if (!existsSync(library)) {
  console.error('build-example: dist/index.js is missing: run `npm run build` first')
  process.exit(1)
}

mkdirSync(outdir, {recursive: true})
await build({
  entryPoints: [join(root, 'examples/src/main.ts')],
  outfile: join(outdir, 'app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  // `import … from 'newsast'` is the package as users get it: its ESM build.
  alias: {newsast: library},
  loader: {'.txt': 'text'},
  logLevel: 'warning'
})
for (const file of ['index.html', 'style.css']) copyFileSync(join(root, 'examples', file), join(outdir, file))
console.log(`build-example: built the demo into ${relative(process.cwd(), outdir) || '.'}/ (open index.html in a browser)`)
