/**
 * The plugins of parse-latin and parse-dutch that tokenize-block.ts runs itself or swaps for
 * one-pass equivalents. Neither package names its plugins: they are anonymous entries in the
 * `tokenize*Plugins` arrays of the parser's prototype (a documented extension point, whose
 * order is not). So they are found here by their place in those arrays, as read off the
 * versions below (parse-latin lib/index.js, parse-dutch lib/index.js), in this one module;
 * test/parse-latin-plugins.test.ts checks each place by what the plugin there does and fails,
 * naming the plugin and the place, when an update moves one.
 */
import type {Sentence} from 'nlcst'
import {ParseDutch} from 'parse-dutch'

/** The versions the places below were read off (package.json pins them). */
export const readOff = {'parse-latin': '7.0.0', 'parse-dutch': '7.0.0'} as const

type SentencePlugin = (sentence: Sentence) => void
type ParentPlugin = (parent: {children: unknown[]}) => void

const latinPrototype = Object.getPrototypeOf(ParseDutch.prototype) as {
  tokenizeRootPlugins: unknown[]
  tokenizeParagraphPlugins: unknown[]
  tokenizeSentencePlugins: unknown[]
}

/** Each plugin's list and place: parse-latin's own lists, and parse-dutch's, which extend them. */
export const places = {
  // parse-latin's tokenizeRootPlugins[0] and [1], which it runs on a paragraph too.
  makeInitialWhiteSpaceSiblings: ['latin', 'tokenizeRootPlugins', 0],
  makeFinalWhiteSpaceSiblings: ['latin', 'tokenizeRootPlugins', 1],
  mergePrefixExceptions: ['latin', 'tokenizeParagraphPlugins', 4],
  mergeRemainingFullStops: ['latin', 'tokenizeParagraphPlugins', 6],
  breakImplicitSentences: ['latin', 'tokenizeParagraphPlugins', 9],
  mergeInitialWordSymbol: ['latin', 'tokenizeSentencePlugins', 0],
  mergeFinalWordSymbol: ['latin', 'tokenizeSentencePlugins', 1],
  mergeInnerWordSlash: ['latin', 'tokenizeSentencePlugins', 3],
  mergeInitialisms: ['latin', 'tokenizeSentencePlugins', 4],
  // parse-dutch's first paragraph plugin; the ones after it are parse-latin's.
  mergeDutchPrefixExceptions: ['dutch', 'tokenizeParagraphPlugins', 0]
} as const satisfies Record<string, readonly ['latin' | 'dutch', keyof typeof latinPrototype, number]>

export function pluginAt(name: keyof typeof places): unknown {
  const [owner, list, index] = places[name]
  return (owner === 'latin' ? latinPrototype : (ParseDutch.prototype as unknown as typeof latinPrototype))[list][index]
}

export const makeInitialWhiteSpaceSiblings = pluginAt('makeInitialWhiteSpaceSiblings')
export const makeFinalWhiteSpaceSiblings = pluginAt('makeFinalWhiteSpaceSiblings')
export const mergePrefixExceptions = pluginAt('mergePrefixExceptions')
export const mergeRemainingFullStops = pluginAt('mergeRemainingFullStops') as ParentPlugin
export const breakImplicitSentences = pluginAt('breakImplicitSentences')
export const mergeInitialWordSymbol = pluginAt('mergeInitialWordSymbol') as SentencePlugin
export const mergeFinalWordSymbol = pluginAt('mergeFinalWordSymbol') as SentencePlugin
export const mergeInnerWordSlash = pluginAt('mergeInnerWordSlash') as SentencePlugin
export const mergeInitialisms = pluginAt('mergeInitialisms') as SentencePlugin
export const mergeDutchPrefixExceptions = pluginAt('mergeDutchPrefixExceptions')
