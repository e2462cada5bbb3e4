/**
 * `fromNews`: the whole pipeline, outer structure first, inner content later:
 *
 *   blocks → header → quote pairing (on the text) → sections (headings, paragraphs with nlcst
 *   sentences, each with its quotes placed as it is built) → speakers
 *
 * Each stage is its own module; this one only wires them and builds the root.
 */
import type {Paragraph} from 'nlcst'
import {attributeQuotes} from './attribution/attribute-quotes.js'
import {buildSections, headingDepths} from './structure/build-sections.js'
import {createLiteral} from './tree/create-literal.js'
import {type Block, findBlocks} from './structure/find-blocks.js'
import {inferTitle} from './structure/infer-title.js'
import {createLocator} from './tree/locate.js'
import type {Report} from './tree/messages.js'
import {placeBlockQuotes, planQuotes, quoteBlocks} from './quotes/place-quotes.js'
import {readByline, readHeader} from './structure/read-header.js'
import {readTokens, type Token} from './attribution/read-tokens.js'
import {createTokenizer} from './structure/tokenize-block.js'
import type {Header, Heading, NewsRoot, Options, Root} from './tree/types.js'

/**
 * Turn the plain text of a news article into a newsast tree.
 *
 * @param value The article's text.
 * @param options Configuration (optional).
 * @returns The tree; its text equals `value` exactly.
 * @throws {TypeError} When `value` is not a string.
 */
export function fromNews(value: string, options?: Readonly<Options> | null): NewsRoot {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected a string as the text of an article, not ${describe(value)}`)
  }
  // No messages are built when nobody listens (see `QuoteContext.report`).
  const report: Report | undefined = options?.onmessage ?? undefined
  const locate = createLocator(value)
  const tokenizer = createTokenizer()

  const fields = readHeader(value, findBlocks(value), locate, report)
  // A byline may follow the fields directly, or a headline that is then the title.
  const signed = readByline(value, fields.header, fields.blocks, locate)
  const {header, blocks: bodyBlocks} =
    signed.blocks.length < fields.blocks.length
      ? signed
      : readByline(value, ...titleAndRest(inferTitle({value, locate, tokenizer}, fields.header, fields.blocks)), locate)
  // Quote marks are paired on the text first; then each block is tokenized, gets its quotes
  // and has its tokens read for attribution in one go, while its nodes are in the cache.
  const quoteContext = {value, locate, report}
  const depths = headingDepths(value, bodyBlocks)
  const plan = planQuotes(quoteBlocks(bodyBlocks, depths), quoteContext)
  const blockTokens: Token[][] = []
  const onBlock = (node: Paragraph | Heading, index: number) => {
    placeBlockQuotes(plan, index, node, quoteContext)
    blockTokens[index] = readTokens(node)
  }
  const body = buildSections({value, locate, tokenizer, onBlock}, bodyBlocks, depths)

  // The root: the header and the sections, with the white space between them kept.
  const children: Root['children'] = []
  let offset = 0
  for (const node of header ? [header, ...body.children] : body.children) {
    const start = node.position!.start.offset!
    if (start > offset) children.push(createLiteral('WhiteSpaceNode', {value, locate}, offset, start))
    children.push(node)
    offset = node.position!.end.offset!
  }
  if (value.length > offset) children.push(createLiteral('WhiteSpaceNode', {value, locate}, offset, value.length))

  // `data` last, as attribution sets it, so that the keys keep their order in JSON; attribution
  // replaces the empty list when there is a paragraph to read.
  const tree: NewsRoot = {type: 'RootNode', children, position: locate.position(0, value.length), data: {speakers: []}}
  attributeQuotes(tree, plan.quotes, quoteContext, blockTokens)
  return tree
}

function titleAndRest(result: {header: Header | undefined; blocks: Block[]}): [Header | undefined, Block[]] {
  return [result.header, result.blocks]
}

/** Name what was passed, for the `TypeError`. */
function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    if (typeof Buffer !== 'undefined' && Buffer.isBuffer(value)) return 'a Buffer (decode it first, e.g. `buffer.toString(\'utf8\')`)'
    return `an object${name ? ` (${name})` : ''}`
  }
  return `a ${typeof value} (\`${String(value).slice(0, 40)}\`)`
}
