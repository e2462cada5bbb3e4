/**
 * The built package, loaded the way users load it, each in a fresh Node process: `require()` of
 * `dist/index.cjs` and of `newsast` by name from a CommonJS consumer, and `import` of
 * `dist/index.js` and of `newsast` from an ES module. Nothing may be printed on stderr (no
 * `ExperimentalWarning` for `require()` of the ESM-only unified packages, no deprecation).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = resolve(import.meta.dirname, '..')
const cjsFile = join(root, 'dist/index.cjs')
const esmFile = join(root, 'dist/index.js')
const built = existsSync(cjsFile) && existsSync(esmFile)
if (!built) console.warn('cjs.test.ts: skipped, dist/ is missing: run `npm run build` first')

const sample = 'date 2019-03 De raad stemde in.\\n\\nTussenkop\\n\\nDaarna ging men naar huis.'
// What each consumer prints: its export names, and a summary of the tree it parsed.
const report = `JSON.stringify({keys: Object.keys(m).sort(), hasDefault: 'default' in m, tree: m.fromNews('${sample}'), quotes: m.listQuotes(m.fromNews('${sample}'))})`

/** Run Node on a script, in `cwd`, without inheriting flags from the test runner. */
function runNode(args: string[], cwd: string): {status: number | null; stdout: string; stderr: string} {
  const env = {...process.env}
  delete env.NODE_OPTIONS
  const result = spawnSync(process.execPath, args, {cwd, env, encoding: 'utf8', timeout: 240_000})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe.skipIf(!built)('the built package', () => {
  const consumer = mkdtempSync(join(tmpdir(), 'newsast-consumer-'))
  afterAll(() => rmSync(consumer, {recursive: true, force: true}))
  mkdirSync(join(consumer, 'node_modules'))
  symlinkSync(root, join(consumer, 'node_modules/newsast'), 'dir')
  writeFileSync(join(consumer, 'package.json'), '{"name": "consumer", "private": true, "type": "commonjs"}\n')

  const runs = {
    'require() of dist/index.cjs': runNode(['-e', `const m = require(${JSON.stringify(cjsFile)}); console.log(${report})`], consumer),
    "require('newsast') from a CommonJS consumer": runNode(['-e', `const m = require('newsast'); console.log(${report})`], consumer),
    'import of dist/index.js': runNode(
      ['--input-type=module', '-e', `const m = await import(${JSON.stringify(new URL(`file://${esmFile}`).href)}); console.log(${report})`],
      consumer
    ),
    "import('newsast') from an ES module": runNode(['--input-type=module', '-e', `import * as m from 'newsast'; console.log(${report})`], consumer)
  }
  const outputs = new Map<string, {keys: string[]; hasDefault: boolean; tree: unknown; quotes: unknown}>()

  for (const [name, run] of Object.entries(runs)) {
    it(`${name}: works and prints no warning`, () => {
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const output = JSON.parse(run.stdout) as {keys: string[]; hasDefault: boolean; tree: {type: string; children: Array<{type: string}>}; quotes: unknown}
      outputs.set(name, output)
      expect(output.keys).toEqual(['fromNews', 'listQuotes', 'newsParse', 'rules'])
      expect(output.hasDefault).toBe(false)
      expect(output.tree.type).toBe('RootNode')
      expect(output.tree.children.filter((child) => child.type === 'SectionNode')).toHaveLength(2)
      expect(Array.isArray(output.quotes)).toBe(true)
    })
  }

  it('gives the same tree from the CommonJS and the ES module builds', () => {
    const trees = Object.keys(runs).map((name) => JSON.stringify(outputs.get(name)?.tree))
    expect(new Set(trees).size).toBe(1)
  })
})
