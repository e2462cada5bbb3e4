#!/usr/bin/env node
/**
 * Run a TypeScript benchmark script (default `bench/bench.ts`) on the current source: bundle it
 * with esbuild (dependencies stay external) into `node_modules/.cache/newsast-bench/`, then
 * start node on it with `--expose-gc`. Bundling the source rather than importing `dist/`
 * keeps the run independent of a build that may be in progress.
 *
 * `--ref <commit>` measures the source of a commit instead of the working tree (extracted with
 * `git archive`), so a run is reproducible while the source is being edited.
 *
 * `--baseline <commit>` also extracts that commit's source, which the script imports as
 * `baseline:index` (bench/compare.ts times it against the working tree in one process).
 *
 * Usage: `node bench/run.mjs [--script bench/per-article.ts] [--ref HEAD] [--baseline <commit>] [--node-flag <flag>]… [args for the script]`
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let script = 'bench/bench.ts'
let ref
let baseline
const nodeFlags = ['--expose-gc', '--max-old-space-size=6144']
const rest = []
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--script') script = args[++index]
  else if (args[index] === '--ref') ref = args[++index]
  else if (args[index] === '--baseline') baseline = args[++index]
  else if (args[index] === '--node-flag') nodeFlags.push(args[++index])
  else rest.push(args[index])
}

const outdir = path.join(root, 'node_modules/.cache/newsast-bench')
mkdirSync(outdir, {recursive: true})
const outfile = path.join(outdir, `${path.basename(script, '.ts')}.mjs`)
const plugins = []
let source = 'the working tree'
if (ref) {
  const {commit, snapshot} = extractSource(ref, 'src')
  source = `commit ${commit}`
  // Send the scripts' imports of `../src/…` to the snapshot.
  plugins.push({
    name: 'source-at-commit',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter: /^\.\.\/src\//}, (resolved) => ({
        path: path.join(snapshot, resolved.path.slice(3).replace(/\.js$/, '.ts'))
      }))
    }
  })
}
if (baseline) {
  // `--baseline <commit>`: the script may also import `baseline:index` (that commit's source), to
  // time old and new in one process, call by call (see bench/compare.ts).
  const {commit, snapshot} = extractSource(baseline, 'baseline')
  rest.push('--baseline-commit', commit)
  plugins.push({
    name: 'baseline-source',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter: /^baseline:index$/}, () => ({path: path.join(snapshot, 'src/index.ts')}))
    }
  })
}
await build({
  entryPoints: [path.join(root, script)],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins
})

const result = spawnSync(process.execPath, [...nodeFlags, outfile, ...rest], {
  cwd: root,
  stdio: 'inherit',
  env: {...process.env, NEWSAST_BENCH_SOURCE: source}
})
process.exitCode = result.status ?? 1

/** Extract the `src` folder of commit `ref` into a fresh folder of the cache (`<prefix>-<commit>`). */
function extractSource(ref, prefix) {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], {cwd: root, encoding: 'utf8'}).trim()
  const snapshot = path.join(outdir, `${prefix}-${commit}`)
  rmSync(snapshot, {recursive: true, force: true})
  mkdirSync(snapshot, {recursive: true})
  execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C "${snapshot}"`], {cwd: root})
  return {commit, snapshot}
}
