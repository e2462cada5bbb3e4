/**
 * Find the quotations of an article and place them in the tree as `QuoteNode`s.
 *
 * Each paragraph (and heading) with quotes is rebuilt in one pass over its tokens with a stack
 * of open containers, so nesting has no depth limit and no recursion:
 * - a quote inside one sentence is a child of that sentence and holds its tokens;
 * - a quote that crosses sentences is a child of the paragraph and holds sentences; a
 *   sentence that the quote starts or ends inside is split there, and the quote's marks are
 *   its own children, around its sentences;
 * - a quote over several paragraphs is a `QuoteNode` in each, sharing one `identifier`.
 * A token that a quote boundary falls inside (a mark glued to a word) is split first.
 */
import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst'
import type {Position} from 'unist'
import {isWhiteSpace} from '../structure/find-blocks.js'
import {findQuoteMarks} from './find-quote-marks.js'
import {type Locator, span} from '../tree/locate.js'
import {createMessage, type Report} from '../tree/messages.js'
import {type PairedQuote, type ParagraphMarks, pairQuoteMarks} from './pair-quote-marks.js'
import type {Heading, Quote, Root} from '../tree/types.js'

export interface QuoteContext {
  value: string
  locate: Locator
  /** Where problems in the text go; none are built when nobody listens (a message is an `Error`: building one captures a stack trace). */
  report?: Report | undefined
}

/** A placed quotation: its pairing and its nodes, one per paragraph it spans. */
export interface PlacedQuote {
  paired: PairedQuote
  identifier: string
  nodes: Quote[]
  /** Offset of the opening mark (or of the first part's start). */
  start: number
  /** Offset after the closing mark (or the end of the last part's paragraph). */
  end: number
  /** The block (paragraph or heading) of each part. */
  blocks: Container[]
}

export type Container = Paragraph | Heading
type Node = Paragraph['children'][number] | SentenceContent | Sentence | Quote

export interface Segment {
  quote: PlacedQuote
  part: number
  start: number
  end: number
  openEnd: number
  closeStart: number
  inline: boolean
}

/** A block as quote pairing sees it: its offsets, and its section (a quote never leaves one). */
export interface QuoteBlock {
  start: number
  end: number
  section: number
}

/** The quotations of an article, paired before its blocks are tokenized, and where each lands. */
export interface QuotePlan {
  quotes: PlacedQuote[]
  /** The quote segments of each block that holds any, by the block's index. */
  segments: Map<number, Segment[]>
}

/**
 * Find and pair the quote marks of the body's blocks (the text alone is needed) and report the
 * marks that pair with nothing. Each block's quotes are placed by `placeBlockQuotes` once its
 * node is built: `fromNews` does that as it tokenizes each block.
 */
export function planQuotes(blocks: readonly QuoteBlock[], context: QuoteContext): QuotePlan {
  // (Pushed, not made with `map`, whose optimized form gives a holey array and the interpreter's a
  // packed one: `pairQuoteMarks`, compiled for the one kind, was compiled again on meeting the other.)
  const paragraphs: ParagraphMarks[] = []
  for (const {start, end, section} of blocks) paragraphs.push({start, end, section, marks: findQuoteMarks(context.value, start, end)})
  const pairing = pairQuoteMarks(paragraphs)
  const quotes: PlacedQuote[] = []
  const segments = new Map<number, Segment[]>()

  for (const paired of pairing.quotes) {
    const first = paired.parts[0]!
    const last = paired.parts[paired.parts.length - 1]!
    // A quote left open ends where its text does, not on the white space before what follows.
    if (paired.unclosed) {
      while (last.end > last.start + 1 && isWhiteSpace(context.value.charCodeAt(last.end - 1))) last.end--
    }
    const quote: PlacedQuote = {
      paired,
      identifier: `q${quotes.length + 1}`,
      nodes: [],
      start: first.start,
      end: last.end,
      blocks: []
    }
    quotes.push(quote)
    paired.parts.forEach((part, index) => {
      let list = segments.get(part.paragraph)
      if (!list) segments.set(part.paragraph, (list = []))
      list.push({
        quote,
        part: index,
        start: part.start,
        end: part.end,
        openEnd: part.open ? part.open.end : part.start,
        closeStart: part.close ? part.close.start : part.end,
        inline: false
      })
    })
    if (paired.unclosed) {
      context.report?.(createMessage('unclosed-quote', context.locate.position(first.start, first.open ? first.open.end : first.start)))
    }
    if (paired.mismatched) {
      context.report?.(createMessage('mismatched-quote', context.locate.position(first.start, last.end)))
    }
  }

  for (const mark of pairing.stray) {
    context.report?.(createMessage('unopened-quote', context.locate.position(mark.start, mark.end)))
  }

  return {quotes, segments}
}

/**
 * The blocks of the body for `planQuotes`, given which are headings (`depths`, as
 * `headingDepths` gives them): a heading is a section of its own for pairing, so no quote runs
 * into or out of it; paragraphs between two headings share one.
 */
export function quoteBlocks(blocks: ReadonlyArray<{start: number; end: number}>, depths: ReadonlyArray<number | undefined>): QuoteBlock[] {
  let section = 0
  // (Pushed, not made with `map`: see `planQuotes`.)
  const withSections: QuoteBlock[] = []
  for (let index = 0; index < blocks.length; index++) {
    const {start, end} = blocks[index]!
    if (depths[index] === undefined) {
      withSections.push({start, end, section})
      continue
    }
    withSections.push({start, end, section: ++section})
    section++
  }
  return withSections
}

/**
 * Place the quotes of block `index` of the plan in its node (a paragraph or heading): the
 * nodes that hold quotes are rebuilt around them, sentence by sentence where every quote lies
 * inside a sentence, else on the general path.
 */
export function placeBlockQuotes(plan: QuotePlan, index: number, container: Container, context: QuoteContext): void {
  const segments = blockSegments(plan, index, container)
  if (segments && !rebuildSentences(container, segments, context)) rebuild(container, segments, context)
}

/**
 * `placeBlockQuotes` on the general path only, also where all the quotes lie inside sentences:
 * the two paths must give the same trees (a property test holds them to it).
 */
export function placeBlockQuotesGenerally(plan: QuotePlan, index: number, container: Container, context: QuoteContext): void {
  const segments = blockSegments(plan, index, container)
  if (segments) rebuild(container, segments, context)
}

/** The block's quote segments, outer quotes first at one start; `undefined` for a block without any. */
function blockSegments(plan: QuotePlan, index: number, container: Container): Segment[] | undefined {
  const segments = plan.segments.get(index)
  if (!segments) return undefined
  for (const segment of segments) segment.quote.blocks[segment.part] = container
  // Outer quotes first at the same start; they are already in document order of starts.
  sortIfNeeded(segments, byStart)
  return segments
}

/**
 * Find the quotations of a tree whose sections are built and place them (what `fromNews` does
 * block by block, in one call).
 *
 * @param placeBlock How to place a block's quotes: `placeBlockQuotes`, or `placeBlockQuotesGenerally`.
 */
export function placeQuotes(tree: Root, context: QuoteContext, placeBlock = placeBlockQuotes): PlacedQuote[] {
  const containers: Container[] = []
  for (const child of tree.children) {
    if (child.type !== 'SectionNode') continue
    for (const node of child.children) if (node.type !== 'WhiteSpaceNode') containers.push(node)
  }
  const blocks = quoteBlocks(
    containers.map((node) => ({start: node.position!.start.offset!, end: node.position!.end.offset!})),
    containers.map((node) => (node.type === 'HeadingNode' ? node.depth : undefined))
  )
  const plan = planQuotes(blocks, context)
  containers.forEach((container, index) => placeBlock(plan, index, container, context))
  return plan.quotes
}

interface Atom {
  node: Node
  start: number
  end: number
  /** Index of the sentence the token belongs to, or -1 for a node between sentences (or a quote's mark). */
  sentence: number
  /** Whether `node` is a whole sentence that no quote boundary touches: it is kept as it is. */
  whole: boolean
}

/** Rebuild one paragraph or heading around its quote segments (sorted), on the general path. */
function rebuild(container: Container, segments: Segment[], context: QuoteContext): void {
  const boundaries = boundariesOf(segments)

  const atoms = flatten(container, boundaries, context)

  // Which sentence each offset's atom belongs to, for the inline test.
  // Only the atoms at the segments' edges are looked up.
  const edges = new Set<number>()
  for (const segment of segments) edges.add(segment.start).add(segment.end).add(segment.closeStart)
  const atomAt = new Map<number, Atom>()
  const atomEndingAt = new Map<number, Atom>()
  for (const atom of atoms) {
    if (edges.has(atom.start)) atomAt.set(atom.start, atom)
    if (edges.has(atom.end)) atomEndingAt.set(atom.end, atom)
  }
  // Marks of quotes that span sentences stand directly in the quote, outside its sentences.
  const blockMarks = new Set<Atom>()
  for (const segment of segments) {
    const first = atomAt.get(segment.start)
    const last = atomEndingAt.get(segment.end)
    segment.inline = first !== undefined && last !== undefined && first.sentence !== -1 && first.sentence === last.sentence
    if (!segment.inline) {
      if (segment.openEnd > segment.start) {
        const open = atomAt.get(segment.start)
        if (open && open.end === segment.openEnd) blockMarks.add(open)
      }
      if (segment.closeStart < segment.end) {
        const close = atomAt.get(segment.closeStart)
        if (close && close.end === segment.end) blockMarks.add(close)
      }
    }
  }

  const ends = inEndOrder(segments)
  let startIndex = 0
  let endIndex = 0

  interface Frame {
    children: Node[]
    quote: Quote | undefined
  }
  const blocks: Frame[] = [{children: [], quote: undefined}]
  let piece: Node[] | undefined
  let inline: Frame[] = []
  let currentSentence = -2

  for (const atom of atoms) {
    closeSegmentsUpTo(atom.start)
    if (atom.whole) {
      // What closing a piece of exactly its tokens would build, without rebuilding it.
      closePiece()
      blocks[blocks.length - 1]!.children.push(atom.node)
      currentSentence = -2
      continue
    }
    const sentence = blockMarks.has(atom) ? -1 : atom.sentence
    if (sentence !== currentSentence) {
      closePiece()
      currentSentence = sentence
    }
    while (startIndex < segments.length && segments[startIndex]!.start === atom.start) {
      const segment = segments[startIndex++]!
      // Nesting is where the quote lands in the tree: inside another quote's frame or not (the
      // pairing's own count can be off after a typo was settled).
      const enclosing = blocks.length - 1 + inline.length
      const quote = createQuote(segment, context.value, enclosing > 0)
      if (segment.part === 0) segment.quote.paired.depth = enclosing
      if (segment.inline) {
        ensurePiece()
        inlineTop().push(quote)
        inline.push({children: quote.children as Node[], quote})
      } else {
        closePiece()
        blocks[blocks.length - 1]!.children.push(quote)
        blocks.push({children: quote.children as Node[], quote})
      }
    }
    if (sentence === -1) {
      closePiece()
      blocks[blocks.length - 1]!.children.push(atom.node)
    } else {
      ensurePiece()
      inlineTop().push(atom.node)
    }
  }
  closeSegmentsUpTo(Number.POSITIVE_INFINITY)
  closePiece()

  container.children = blocks[0]!.children as Container['children']

  function closeSegmentsUpTo(offset: number): void {
    while (endIndex < ends.length && ends[endIndex]!.end <= offset) {
      const segment = ends[endIndex++]!
      if (segment.inline) {
        const frame = inline.pop()
        if (frame?.quote) setPosition(frame.quote)
      } else {
        closePiece()
        if (blocks.length > 1) setPosition(blocks.pop()!.quote!)
        currentSentence = -2
      }
    }
  }

  function inlineTop(): Node[] {
    return inline.length > 0 ? inline[inline.length - 1]!.children : piece!
  }

  function ensurePiece(): void {
    if (!piece) {
      piece = []
      inline = []
    }
  }

  /** End the current sentence piece: white space at its edges moves out, as parse-latin does. */
  function closePiece(): void {
    if (!piece) return
    const children = piece
    piece = undefined
    inline = []
    const target = blocks[blocks.length - 1]!.children
    let head = 0
    let tail = children.length
    while (head < tail && children[head]!.type === 'WhiteSpaceNode') head++
    while (tail > head && children[tail - 1]!.type === 'WhiteSpaceNode') tail--
    for (let index = 0; index < head; index++) target.push(children[index]!)
    if (tail > head) {
      const sentence: Sentence = {type: 'SentenceNode', children: children.slice(head, tail) as SentenceContent[]}
      setPosition(sentence)
      target.push(sentence)
    }
    for (let index = tail; index < children.length; index++) target.push(children[index]!)
  }
}

/**
 * The common case, every quote of the container inside one sentence: only the sentences that
 * hold a quote are rebuilt, each on its own, and the container's other children stay as they
 * are. Builds what `rebuild` builds for such a container (the same nodes, in the same order),
 * without first listing every token of the container. Returns `false`, changing nothing,
 * when a quote starts or ends outside a sentence or crosses a sentence's edge, or when a
 * sentence holding one has white space at an edge or a position other than its tokens' span
 * (the general path moves such white space out).
 */
function rebuildSentences(container: Container, segments: Segment[], context: QuoteContext): boolean {
  const children = container.children as Node[]
  // Pairs of (child index, index after the sentence's last segment), in document order.
  const groups: number[] = []
  let next = 0
  for (let index = 0; index < children.length && next < segments.length; index++) {
    const node = children[index]!
    if (node.type !== 'SentenceNode') continue
    const tokens = node.children
    const first = tokens[0]
    const last = tokens[tokens.length - 1]
    if (!first || !last) continue
    const start = first.position!.start.offset!
    const end = last.position!.end.offset!
    if (segments[next]!.start < start) return false
    const from = next
    while (next < segments.length && segments[next]!.start < end) {
      if (segments[next]!.end > end) return false
      next++
    }
    if (next === from) continue
    if (
      first.type === 'WhiteSpaceNode' ||
      last.type === 'WhiteSpaceNode' ||
      node.position?.start.offset !== start ||
      node.position.end.offset !== end
    ) {
      return false
    }
    groups.push(index, next)
  }
  if (next < segments.length) return false

  let from = 0
  for (let group = 0; group < groups.length; group += 2) {
    const index = groups[group]!
    const to = groups[group + 1]!
    children[index] = rebuildSentence(children[index] as Sentence, segments.slice(from, to), context)
    from = to
  }
  return true
}

/** Rebuild one sentence around the quotes inside it (`segments`, outer first at the same start). */
function rebuildSentence(sentence: Sentence, segments: Segment[], context: QuoteContext): Sentence {
  const boundaries = boundariesOf(segments)
  const ends = inEndOrder(segments)

  const children: Node[] = []
  const open: Quote[] = []
  let boundary = 0
  let startIndex = 0
  let endIndex = 0

  for (const token of sentence.children as Node[]) boundary = splitAtBoundaries(token, boundaries, boundary, context, add)
  close(Number.POSITIVE_INFINITY)

  const rebuilt: Sentence = {type: 'SentenceNode', children: children as SentenceContent[]}
  setPosition(rebuilt)
  return rebuilt

  function add(node: Node, start: number): void {
    close(start)
    while (startIndex < segments.length && segments[startIndex]!.start === start) {
      const segment = segments[startIndex++]!
      const quote = createQuote(segment, context.value, open.length > 0)
      if (segment.part === 0) segment.quote.paired.depth = open.length
      top().push(quote)
      open.push(quote)
    }
    top().push(node)
  }

  function close(offset: number): void {
    while (endIndex < ends.length && ends[endIndex]!.end <= offset) {
      endIndex++
      const quote = open.pop()
      if (quote) setPosition(quote)
    }
  }

  function top(): Node[] {
    return open.length > 0 ? (open[open.length - 1]!.children as Node[]) : children
  }
}

/** Outer quotes first at the same start. */
function byStart(a: Segment, b: Segment): number {
  return a.start - b.start || b.end - a.end
}

/** Inner quotes first at the same end: the order in which quotes close. */
function byEnd(a: Segment, b: Segment): number {
  return a.end - b.end || b.start - a.start
}

function ascending(a: number, b: number): number {
  return a - b
}

/** The segments in the order they close: the list itself when it is in that order already (one quote, or quotes one after another). */
function inEndOrder(segments: Segment[]): Segment[] {
  return isSorted(segments, byEnd) ? segments : segments.slice().sort(byEnd)
}

/**
 * Sort `list` in place unless it is in order already, as the lists here mostly are: the
 * built-in sort copies even a sorted list, and placement sorts a few short lists per sentence.
 * (A stable sort leaves a sorted list as it is, so skipping it changes nothing.)
 */
function sortIfNeeded<Item>(list: Item[], compare: (a: Item, b: Item) => number): void {
  if (!isSorted(list, compare)) list.sort(compare)
}

function isSorted<Item>(list: Item[], compare: (a: Item, b: Item) => number): boolean {
  for (let index = 1; index < list.length; index++) if (compare(list[index - 1]!, list[index]!) > 0) return false
  return true
}

function createQuote(segment: Segment, value: string, nested: boolean): Quote {
  const quote = segment.quote
  const part = quote.paired.parts[segment.part]!
  const node: Quote = {
    type: 'QuoteNode',
    kind: 'direct',
    marks: {
      open: part.open ? value.slice(part.open.start, part.open.end) : null,
      close: part.close ? value.slice(part.close.start, part.close.end) : null
    },
    identifier: quote.identifier,
    part: segment.part,
    nested,
    attribution: null,
    children: []
  }
  quote.nodes[segment.part] = node
  return node
}


function setPosition(node: {children: Array<{position?: Position | undefined}>; position?: Position | undefined}): void {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (first?.position && last?.position) node.position = span(first, last)
}

/** The tokens of a container in order, split at every boundary that falls inside one. */
function flatten(container: Container, boundaries: number[], context: QuoteContext): Atom[] {
  const atoms: Atom[] = []
  let boundary = 0
  let sentenceIndex = 0

  // The sentence of the node being split (one callback for all nodes: none made per token).
  let sentence = -1
  const emit = (piece: Node, start: number, end: number) => void atoms.push({node: piece, start, end, sentence, whole: false})
  const add = (node: Node, index: number) => {
    sentence = index
    boundary = splitAtBoundaries(node, boundaries, boundary, context, emit)
  }

  for (const child of container.children) {
    if (child.type === 'SentenceNode') {
      if (isUntouched(child)) {
        atoms.push({node: child, start: child.position!.start.offset!, end: child.position!.end.offset!, sentence: sentenceIndex, whole: true})
      } else {
        for (const token of child.children) add(token, sentenceIndex)
      }
      sentenceIndex++
    } else {
      add(child as Node, -1)
    }
  }
  return atoms

  /**
   * Whether no boundary falls in the sentence or at its edges, and its position spans exactly
   * its first to its last child, neither white space: then rebuilding it would make an equal copy.
   */
  function isUntouched(sentence: Sentence): boolean {
    const children = sentence.children
    const first = children[0]
    const last = children[children.length - 1]
    if (!first || !last || !sentence.position || first.type === 'WhiteSpaceNode' || last.type === 'WhiteSpaceNode') return false
    const start = sentence.position.start.offset!
    const end = sentence.position.end.offset!
    if (first.position!.start.offset !== start || last.position!.end.offset !== end) return false
    let next = boundary
    while (next < boundaries.length && boundaries[next]! < start) next++
    if (next < boundaries.length && boundaries[next]! <= end) return false
    boundary = next
    return true
  }
}

/** The offsets where the quotes of `segments` start and end and their marks end and start, in order. */
function boundariesOf(segments: Segment[]): number[] {
  const boundaries: number[] = []
  for (const segment of segments) boundaries.push(segment.start, segment.openEnd, segment.closeStart, segment.end)
  sortIfNeeded(boundaries, ascending)
  return boundaries
}

/**
 * Give `emit` the pieces of `node` (a token, or a node between sentences) split at every
 * boundary inside it, in order, with their offsets; `boundary` is the index in `boundaries` to
 * go on from, and the index to go on from after `node` is returned.
 */
function splitAtBoundaries(
  node: Node,
  boundaries: number[],
  boundary: number,
  context: QuoteContext,
  emit: (piece: Node, start: number, end: number) => void
): number {
  let start = node.position!.start.offset!
  const end = node.position!.end.offset!
  while (boundary < boundaries.length && boundaries[boundary]! <= start) boundary++
  let rest = node
  while (boundary < boundaries.length && boundaries[boundary]! < end) {
    const at = boundaries[boundary]!
    boundary++
    // Boundaries repeat (a quote's end is the next one's start): split once.
    if (at <= start) continue
    const [head, tail] = splitNode(rest, at, context)
    emit(head, start, at)
    rest = tail
    start = at
  }
  emit(rest, start, end)
  return boundary
}

/** Split a token at `offset` into two tokens of the same type. */
function splitNode(node: Node, offset: number, context: QuoteContext): [Node, Node] {
  const {value, locate} = context
  const start = node.position!.start.offset!
  const end = node.position!.end.offset!
  const at = locate.point(offset)
  if ('value' in node && typeof node.value === 'string') {
    return [
      {...node, value: value.slice(start, offset), position: {start: {...node.position!.start}, end: at}} as Node,
      {...node, value: value.slice(offset, end), position: {start: {...at}, end: {...node.position!.end}}} as Node
    ]
  }
  // A word (or another parent): split its children, splitting the one the offset falls in.
  const parent = node as Word
  const head: Word['children'] = []
  const tail: Word['children'] = []
  for (const child of parent.children) {
    const childStart = child.position!.start.offset!
    const childEnd = child.position!.end.offset!
    if (childEnd <= offset) head.push(child)
    else if (childStart >= offset) tail.push(child)
    else {
      const [a, b] = splitNode(child as unknown as Node, offset, context)
      head.push(a as unknown as Word['children'][number])
      tail.push(b as unknown as Word['children'][number])
    }
  }
  return [
    {type: parent.type, children: head, position: {start: {...node.position!.start}, end: at}} as Node,
    {type: parent.type, children: tail, position: {start: {...at}, end: {...node.position!.end}}} as Node
  ]
}

