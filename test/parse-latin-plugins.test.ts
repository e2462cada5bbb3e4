/**
 * The plugins tokenize-block.ts finds by their place in parse-latin's and parse-dutch's plugin
 * lists (src/structure/parse-latin-plugins.ts): each place is checked by what the plugin there
 * does, on a sentence or paragraph that exactly one plugin of its list changes. An update of
 * either package that moves a plugin fails here, with the plugin's name and where it went.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {ParseDutch} from 'parse-dutch'
import {describe, expect, it} from 'vitest'
import {places, pluginAt, readOff} from '../src/structure/parse-latin-plugins.js'

const parser = new ParseDutch()
type Node = {type: string; children?: Node[]}
type Plugin = (node: Node) => void

/** The version of `name` that parse-dutch loads: its own copy if it has one, else the project's. */
function installedVersion(name: string): string {
  const modules = resolve(import.meta.dirname, '../node_modules')
  const nested = join(modules, 'parse-dutch/node_modules', name, 'package.json')
  const manifest = existsSync(nested) ? nested : join(modules, name, 'package.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}).version
}

const latinPrototype = Object.getPrototypeOf(ParseDutch.prototype) as Record<string, Plugin[]>
const lists = {latin: latinPrototype, dutch: ParseDutch.prototype as unknown as Record<string, Plugin[]>}

const sentence = (text: string, before: number = 0): Node => {
  const node: Node = {type: 'SentenceNode', children: parser.tokenize(text) as Node[]}
  // The sentence plugins before this one, as the parser runs them.
  for (const plugin of latinPrototype['tokenizeSentencePlugins']!.slice(0, before)) plugin(node)
  return node
}
const paragraph = (...texts: string[]): Node => ({type: 'ParagraphNode', children: texts.map((text) => parser.tokenizeSentence(text) as Node)})

/** For each plugin: a node that it changes and no other plugin of its list does (positions aside). */
const samples: Record<keyof typeof places, () => Node> = {
  makeInitialWhiteSpaceSiblings: () => ({type: 'ParagraphNode', children: [sentence(' Een zin.')]}),
  makeFinalWhiteSpaceSiblings: () => ({type: 'ParagraphNode', children: [sentence('Een zin. ')]}),
  mergePrefixExceptions: () => paragraph('Zie ca.', 'Verder gaat het.'),
  mergeRemainingFullStops: () => paragraph('Een .net site.'),
  breakImplicitSentences: () => paragraph('Een zin\n\nnog een'),
  mergeInitialWordSymbol: () => sentence('&Co komt'),
  mergeFinalWordSymbol: () => sentence('hoofd- en bijzaak'),
  mergeInnerWordSlash: () => sentence('en/of zo'),
  mergeInitialisms: () => sentence('de U.S.A. zijn', 4),
  mergeDutchPrefixExceptions: () => paragraph('Zie dhr.', 'Jansen komt.')
}

const withoutPositions = (node: Node) => JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))

describe('parse-latin and parse-dutch plugins found by place', () => {
  it('are read off the installed versions', () => {
    for (const [name, version] of Object.entries(readOff)) {
      expect(
        installedVersion(name),
        `${name} is not the version whose plugin lists src/structure/parse-latin-plugins.ts was read off: check each place below against its lib/index.js and update readOff`
      ).toBe(version)
    }
  })

  for (const [name, [owner, list, index]] of Object.entries(places) as Array<[keyof typeof places, (typeof places)[keyof typeof places]]>) {
    it(`${name} is ${owner === 'latin' ? 'parse-latin' : 'parse-dutch'}'s ${list}[${index}]`, () => {
      const plugins = lists[owner][list]!
      // The plugins of the list that change the sample; the one named must be the only one.
      const acting = plugins.flatMap((plugin, at) => {
        const node = samples[name]()
        const before = withoutPositions(node)
        plugin(node)
        return withoutPositions(node) === before ? [] : [at]
      })
      expect(acting, `${name} is no longer ${list}[${index}]: the plugin that acts like it is at ${JSON.stringify(acting)}; update places in src/structure/parse-latin-plugins.ts`).toEqual([index])
      expect(pluginAt(name)).toBe(plugins[index])
    })
  }

  it('parse-dutch extends parse-latin: its lists are parse-latin\u2019s after its own first plugin', () => {
    const dutch = lists.dutch
    expect(dutch['tokenizeParagraphPlugins']!.slice(1)).toEqual(latinPrototype['tokenizeParagraphPlugins'])
    expect(dutch['tokenizeSentencePlugins']!.slice(1)).toEqual(latinPrototype['tokenizeSentencePlugins'])
    // The white-space plugins run on roots and on paragraphs alike.
    expect(latinPrototype['tokenizeParagraphPlugins']!.slice(7, 9)).toEqual(latinPrototype['tokenizeRootPlugins']!.slice(0, 2))
  })
})
