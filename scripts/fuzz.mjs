#!/usr/bin/env node
/**
 * `npm run fuzz`: the property tests of `test/property.test.ts` with many more cases and a
 * random seed (printed, so a failure can be replayed). For local use; CI runs the bounded set.
 *
 * Usage: `npm run fuzz [-- --runs <cases per property>] [-- --seed <seed>]`
 * Replay: `npm run fuzz -- --seed 12345`.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index === -1 ? fallback : Number(args[index + 1])
}
const runs = option('--runs', 100_000)
const seed = option('--seed', Math.floor(Math.random() * 2 ** 31))

console.log(`Fuzzing with ${runs.toLocaleString('en')} cases per property, seed ${seed}`)
const started = Date.now()
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/property.test.ts', '--reporter=verbose'],
  {cwd: root, stdio: 'inherit', env: {...process.env, NEWSAST_FUZZ_RUNS: String(runs), NEWSAST_FUZZ_SEED: String(seed)}}
)
console.log(`Seed ${seed}, ${runs.toLocaleString('en')} cases per property, ${Math.round((Date.now() - started) / 1000)} s: ${result.status === 0 ? 'passed' : 'FAILED'}`)
process.exitCode = result.status ?? 1
