/**
 * The stages of `fromNews` up to attribution, run as `fromNews` runs them on the body (quotes
 * paired on the text, each block given its quotes and read as it is tokenized), with no title
 * or byline inference: for tests that run the attribution stage, or parts of it, themselves.
 */
import {readTokens, type Token} from '../../src/attribution/read-tokens.js'
import {placeBlockQuotes, planQuotes, quoteBlocks, type PlacedQuote} from '../../src/quotes/place-quotes.js'
import {buildSections, headingDepths} from '../../src/structure/build-sections.js'
import type {Block} from '../../src/structure/find-blocks.js'
import {createTokenizer} from '../../src/structure/tokenize-block.js'
import type {Locator} from '../../src/tree/locate.js'
import type {Report} from '../../src/tree/messages.js'
import type {Root} from '../../src/tree/types.js'

/** The root of the body `blocks`, its quotes placed, and the tokens of each block. */
export function stagedTree(context: {value: string; locate: Locator; report: Report}, blocks: Block[]): {root: Root; quotes: PlacedQuote[]; tokens: Token[][]} {
  const {value, locate} = context
  const depths = headingDepths(value, blocks)
  const plan = planQuotes(quoteBlocks(blocks, depths), context)
  const tokens: Token[][] = []
  const onBlock: Parameters<typeof buildSections>[0]['onBlock'] = (node, index) => {
    placeBlockQuotes(plan, index, node, context)
    tokens.push(readTokens(node))
  }
  const root: Root = {type: 'RootNode', children: buildSections({value, locate, tokenizer: createTokenizer(), onBlock}, blocks, depths).children}
  return {root, quotes: plan.quotes, tokens}
}
