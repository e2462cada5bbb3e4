/**
 * `fromNews`: the whole pipeline, outer structure first, inner content later:
 *
 *   blocks → header → sections (headings, paragraphs with nlcst sentences) → quotes → speakers
 *
 * Each stage is its own module; this one only wires them and builds the root.
 */
import {attributeQuotes} from './attribute-quotes.js'
import {buildSections} from './build-sections.js'
import {createLiteral} from './create-literal.js'
import {type Block, findBlocks} from './find-blocks.js'
import {inferTitle} from './infer-title.js'
import {createLocator} from './locate.js'
import type {Report} from './messages.js'
import {placeQuotes} from './place-quotes.js'
import {readByline, readHeader} from './read-header.js'
import {createTokenizer} from './tokenize-block.js'
import type {Header, Options, Root} from './types.js'

/**
 * Turn the plain text of a news article into a newsast tree.
 *
 * @param value The article's text.
 * @param options Configuration (optional).
 * @returns The tree; its text equals `value` exactly.
 * @throws {TypeError} When `value` is not a string.
 */
export function fromNews(value: string, options?: Readonly<Options> | null): Root {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected a string as the text of an article, not ${describe(value)}`)
  }
  const report: Report = options?.onmessage ?? noop
  const locate = createLocator(value)
  const tokenizer = createTokenizer()

  const fields = readHeader(value, findBlocks(value), locate, report)
  // A byline may follow the fields directly, or a headline that is then the title.
  const signed = readByline(value, fields.header, fields.blocks, locate)
  const {header, blocks: bodyBlocks} =
    signed.blocks.length < fields.blocks.length
      ? signed
      : readByline(value, ...titleAndRest(inferTitle({value, locate, tokenizer}, fields.header, fields.blocks)), locate)
  const body = buildSections({value, locate, tokenizer}, bodyBlocks)

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

  const tree: Root = {type: 'RootNode', children, position: locate.position(0, value.length)}
  const quotes = placeQuotes(tree, {value, locate, report})
  attributeQuotes(tree, quotes, {value, locate, report})
  return tree
}

function titleAndRest(result: {header: Header | undefined; blocks: Block[]}): [Header | undefined, Block[]] {
  return [result.header, result.blocks]
}

function noop(): undefined {
  return undefined
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
