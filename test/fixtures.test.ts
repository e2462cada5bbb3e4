/**
 * One loop over `fixtures/<case>/input.txt`: each tree must be valid, equal the expected
 * `output.json`, round-trip losslessly, and have exact positions. After an intended change to
 * the tree, regenerate the expectations with `npm run fixtures` and read the diff.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {fromNews} from '../src/index.js'
import {assertValidUnist, leafText, positionProblems, schemaProblems} from './util/check-tree.js'

const fixtures = resolve(import.meta.dirname, '../fixtures')
const cases = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(fixtures, entry.name, 'input.txt')))
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it('keeps the seed case a copy of fixtures/noord-korea-2019-03.txt', () => {
    expect(readFileSync(join(fixtures, 'seed/input.txt'), 'utf8')).toBe(readFileSync(join(fixtures, 'noord-korea-2019-03.txt'), 'utf8'))
  })

  for (const name of cases) {
    describe(name, () => {
      const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const outputPath = join(fixtures, name, 'output.json')
      const tree = fromNews(input)

      it('is a valid tree', () => {
        assertValidUnist(tree)
        expect(schemaProblems(tree)).toEqual([])
      })

      it('equals output.json', () => {
        expect(existsSync(outputPath), `fixtures/${name}/output.json is missing: run \`npm run fixtures\``).toBe(true)
        const expected: unknown = JSON.parse(readFileSync(outputPath, 'utf8'))
        // Through JSON, as output.json was written: fields that are `undefined` are dropped.
        expect(JSON.parse(JSON.stringify(tree))).toEqual(expected)
      })

      it('is lossless', () => {
        expect(toString(tree)).toBe(input)
        expect(leafText(tree)).toBe(input)
      })

      it('has exact positions', () => {
        expect(positionProblems(input, tree)).toEqual([])
      })
    })
  }
})
