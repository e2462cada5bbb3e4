/**
 * The article as the attribution stage reads it: its blocks (paragraphs and headings) with
 * their tokens and section, the registry of names found in them, and the record of the sources
 * resolved so far. Built once per call; the questions here are about places in it.
 */
import {createSpeechEvidence, type SpeechEvidence} from './speech-evidence.js'
import type {Paragraph} from 'nlcst'
import {sentenceOpeners} from '../lexicon/clause-words.js'
import type {PlacedQuote} from '../quotes/place-quotes.js'
import type {Heading, Root} from '../tree/types.js'
import {opensSentence} from './clauses.js'
import {findSpeakers, type Entity, type Registry} from './find-speakers.js'
import {followsQuotedStop, readTokens, type Token} from './read-tokens.js'
import {firstAtOrAfter} from './search-back.js'
import {writerOf} from './writer.js'

export interface Block {
  node: Paragraph | Heading
  section: number
  tokens: Token[]
}

/** A token's place: its paragraph (or heading) and its index there. */
export interface TokenPlace {
  block: number
  token: number
}

/**
 * What resolving phrases has learnt so far: the part of the mention layer that is filled in as
 * phrases are resolved (the unnamed sources a phrase introduced, where each was mentioned, the
 * entity each role phrase stands for). Kept with the registry it extends, and written only by
 * `resolve-phrase.ts` and `references.ts` as they resolve a phrase, as the registry makes an
 * unnamed source, so that a phrase names the same entity whichever sieve or quote reads it. No
 * sieve writes it, and it holds no discourse state (see `discourse.ts`).
 */
export interface Sources {
  /** Unnamed sources in the order the article introduces them. */
  introduced: Array<{entity: Entity; start: number}>
  /** Where each unnamed source was mentioned (see `addMention`). */
  mentionStarts: Map<Entity, Set<number>>
  /** The entity each role phrase (by its offset) was resolved to. */
  rolesResolved: Map<number, Entity>
  /** Unnamed sources the article names later (`De man, Ruud Kroes, …`), and the person they are. */
  identified: Map<Entity, Entity>
}

export interface Article {
  /** The article's text. */
  value: string
  blocks: Block[]
  registry: Registry
  sources: Sources
  /** Which sentences report speech, the evidence a quote's kind is read from (read once per block, when asked). */
  speech: SpeechEvidence
  /** The writer's name, as the header gives it (`writer.ts`). */
  writer: string | undefined
}

/**
 * Read the blocks of every section, and the names in them.
 *
 * @param blockTokens The tokens of each block in order, when the caller has read them; else
 *   they are read here.
 */
export function readArticle(tree: Root, value: string, blockTokens?: Token[][]): Article | undefined {
  const blocks: Block[] = []
  // (Pushed, not made with `map`: an optimized `map` gives a holey array and the interpreter's a
  // packed one, and the functions that walk these lists, compiled for the one kind, were thrown
  // away and compiled again when they met the other.)
  const tokenLists: Token[][] = []
  let section = 0
  for (const child of tree.children) {
    if (child.type !== 'SectionNode') continue
    section++
    for (const node of child.children) {
      if (node.type === 'WhiteSpaceNode') continue
      const tokens = blockTokens ? blockTokens[blocks.length]! : readTokens(node)
      blocks.push({node, section, tokens})
      tokenLists.push(tokens)
    }
  }
  if (blocks.length === 0) return undefined
  const headings = new Set<number>()
  blocks.forEach((block, index) => {
    if (block.node.type === 'HeadingNode') headings.add(index)
  })
  const registry = findSpeakers(tokenLists, headings)
  return {
    value,
    blocks,
    registry,
    sources: {introduced: [], mentionStarts: new Map(), rolesResolved: new Map(), identified: new Map()},
    speech: createSpeechEvidence(tokenLists),
    writer: writerOf(tree, blocks[blocks.length - 1])
  }
}

/** The index of the block that holds `offset` (binary search). */
export function blockOf(article: Article, offset: number): number {
  const blocks = article.blocks
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle]!.node.position!.start.offset! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * Where a quote's `close` token is (in the paragraph of its last part): found by its offset
 * (binary search), not kept in a map of every quote, so that no pass over all tokens is needed.
 */
export function closeOf(article: Article, quote: PlacedQuote): TokenPlace | undefined {
  const node = quote.nodes[quote.nodes.length - 1]!
  return markerAt(article, node.position!.end.offset!, 'close', node)
}

/** Where a quote's `open` token is (the driver meets it on its walk; for a rule run alone). */
export function openOf(article: Article, quote: PlacedQuote): TokenPlace | undefined {
  const node = quote.nodes[0]!
  return markerAt(article, node.position!.start.offset!, 'open', node)
}

function markerAt(article: Article, offset: number, kind: 'open' | 'close', node: PlacedQuote['nodes'][number]): TokenPlace | undefined {
  const block = blockOf(article, offset)
  const tokens = article.blocks[block]!.tokens
  for (let index = firstAtOrAfter(tokens, offset); index < tokens.length && tokens[index]!.start === offset; index++) {
    if (tokens[index]!.kind === kind && tokens[index]!.quote === node) return {block, token: index}
  }
  return undefined
}

/** Whether `entity` is the article's writer: the writer's own entity, or the person the text names with the writer's name. */
export function isWriter(article: Article, entity: Entity): boolean {
  return entity.writer === true || (article.writer !== undefined && entity.name === article.writer)
}

/** Whether the block is the writer's own: a paragraph with no quote. */
export function isWriters(article: Article, block: number): boolean {
  const tokens = article.blocks[block]?.tokens
  return tokens !== undefined && tokens.length > 0 && !tokens.some((token) => token.kind === 'open')
}

/** Whether the block is a question of the writer's: not opening with a quote, ending in a question mark outside quotes. */
export function isQuestion(article: Article, block: number): boolean {
  const tokens = article.blocks[block]?.tokens
  if (!tokens || tokens.length === 0 || tokens[0]!.kind === 'open') return false
  // (It may quote someone inside, `De minister noemde het ‘een keerpunt’. Is het dat?`, but it
  // ends outside quotes.)
  const last = tokens[tokens.length - 1]!
  return last.kind === 'punctuation' && last.depth === 0 && last.value.includes('?')
}

/** Whether the token at `offset` in a block opens its sentence, maybe after `Ook`, `Maar`, …. */
export function opensSentenceAt(article: Article, block: number, offset: number): boolean {
  const tokens = article.blocks[block]!.tokens
  const index = firstAtOrAfter(tokens, offset)
  if (index >= tokens.length) return false
  const at = index > 0 && sentenceOpeners.has(tokens[index - 1]!.lower) ? index - 1 : index
  // (Also after a quote that ends in a full stop: `… dicht.” Bakker twijfelt …`.)
  return opensSentence(tokens, at) || followsQuotedStop(tokens, at)
}
