#!/usr/bin/env node
/**
 * Run a TypeScript benchmark script (default `bench/bench.ts`) on the current source: bundle it
 * with esbuild (dependencies stay external) into `node_modules/.cache/newsast-bench/`, then
 * start node on it with `--expose-gc`. Bundling the source rather than importing `dist/`
 * keeps the run independent of a build that may be in progress.
 *
 * Usage: `node bench/run.mjs [--script bench/profile.ts] [--node-flag <flag>]… [args for the script]`
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
let script = 'bench/bench.ts'
const nodeFlags = ['--expose-gc', '--max-old-space-size=6144']
const rest = []
for (let index = 0; index < args.length; index++) {
  if (args[index] === '--script') script = args[++index]
  else if (args[index] === '--node-flag') nodeFlags.push(args[++index])
  else rest.push(args[index])
}

const outdir = path.join(root, 'node_modules/.cache/newsast-bench')
mkdirSync(outdir, {recursive: true})
const outfile = path.join(outdir, `${path.basename(script, '.ts')}.mjs`)
await build({
  entryPoints: [path.join(root, script)],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning'
})

const result = spawnSync(process.execPath, [...nodeFlags, outfile, ...rest], {cwd: root, stdio: 'inherit'})
process.exitCode = result.status ?? 1
