/**
 * The command's streamed `json` and `tree` outputs: the same text as `JSON.stringify(tree, null,
 * 2)` and `unist-util-inspect`'s `inspect`, in parts, for the fixtures, a long article and (where
 * `../shared` is present) the corpus.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {inspect} from 'unist-util-inspect'
import {describe, expect, it} from 'vitest'
import {inspectParts} from '../src/cli/stream-inspect.js'
import {stringifyParts} from '../src/cli/stream-json.js'
import {fromNews} from '../src/index.js'
import {longArticle} from './util/long-article.js'

const root = resolve(import.meta.dirname, '..')
const corpus = resolve(root, '../shared/corpus/nl-news')

function fixtureTexts(): string[] {
  const folder = join(root, 'fixtures')
  const texts: string[] = []
  for (const entry of readdirSync(folder).sort()) {
    if (entry.endsWith('.txt')) texts.push(readFileSync(join(folder, entry), 'utf8'))
    else if (existsSync(join(folder, entry, 'input.txt'))) texts.push(readFileSync(join(folder, entry, 'input.txt'), 'utf8'))
  }
  return texts
}

function expectSameOutputs(text: string): void {
  const tree = fromNews(text)
  expect([...stringifyParts(tree)].join('')).toBe(JSON.stringify(tree, null, 2))
  // Nested one level, as in the array of several inputs.
  const entry = {file: 'a.txt', tree}
  expect([...stringifyParts(entry)].join('')).toBe(JSON.stringify(entry, null, 2))
  for (const color of [false, true]) expect([...inspectParts(tree, color)].join('')).toBe(inspect(tree, {color}))
}

describe('streamed json and tree output', () => {
  // `inspect` of a whole tree takes seconds on a busy machine: generous time limits.
  it('equals the whole-string output on every fixture', () => {
    const texts = fixtureTexts()
    expect(texts.length).toBeGreaterThan(10)
    for (const text of texts) expectSameOutputs(text)
  }, 60_000)

  it('equals it on a long article, in parts', () => {
    const text = longArticle(40_000)
    expectSameOutputs(text)
    const tree = fromNews(text)
    // Walked, not one string: many parts, none of them near the whole.
    const parts = [...stringifyParts(tree)]
    const total = parts.reduce((sum, part) => sum + part.length, 0)
    expect(parts.length).toBeGreaterThan(20)
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(total / 10)
  }, 60_000)

  it('follows JSON.stringify on what it leaves out, and on nodes without positions', () => {
    const value = {type: 'x', skip: undefined, children: [{type: 'y', value: 'a'}, undefined, [1, 2]], f: () => 1, empty: {}, list: []}
    expect([...stringifyParts(value)].join('')).toBe(JSON.stringify(value, null, 2))
    const bare = {type: 'RootNode', children: [{type: 'TextNode', value: 'a\nb'}, {type: 'ParagraphNode', children: []}], data: {a: 1}, name: 'n'}
    for (const color of [false, true]) expect([...inspectParts(bare, color)].join('')).toBe(inspect(bare, {color}))
  })

  // Every tenth article: the whole corpus was compared once, by hand, in a minute.
  it.skipIf(!existsSync(corpus))('equals it on corpus articles', () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.txt'))
    for (let index = 0; index < files.length; index += 10) expectSameOutputs(readFileSync(join(corpus, files[index]!), 'utf8'))
  }, 120_000)
})
