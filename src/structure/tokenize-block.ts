/**
 * Tokenize one block of text with parse-dutch (the tokenizer of retext-dutch), with positions
 * in document coordinates.
 *
 * Two changes to how parse-latin does it, with the same tree as a result:
 * - its first step (`tokenize`: characters to words, white space, punctuation and symbols) is
 *   replaced by an equivalent that classifies each UTF-16 code unit once, through a table filled
 *   by parse-latin's own `tokenize` on that one character, and counts points from the block's
 *   place in the document;
 * - parse-latin shares point objects between a parent and its first and last child, so every
 *   parent then gets points of its own. Leaves already have their own: this `tokenize` gives
 *   each leaf fresh points, and parse-latin's plugins only ever reassign the points of parents.
 */
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseDutch} from 'parse-dutch'
import * as latin from './parse-latin-plugins.js'
import type {Point} from 'unist'

export interface Tokenizer {
  /** Tokenize `text`, which begins at `at` (a point of the document). */
  paragraph(text: string, at: Point): Paragraph
}

export function createTokenizer(): Tokenizer {
  const parser = new BlockParser()
  return {
    paragraph(text, at) {
      if (text.length <= pieceLength) return tokenizePiece(text, at)
      // A block this long is no paragraph of news. Several of parse-latin's steps still splice
      // one node at a time (`a- a- …`, `!? !? …`, `Dhr. Dhr. …` take quadratic time in one
      // paragraph), so it is tokenized in pieces, cut after a sentence's end where there is one
      // (else at white space), and their sentences make one paragraph.
      const children: Paragraph['children'] = []
      let origin = at
      let from = 0
      while (from < text.length) {
        const to = cutPoint(text, from)
        const piece = tokenizePiece(text.slice(from, to), origin)
        for (const child of piece.children) children.push(child)
        origin = {...piece.position!.end}
        from = to
      }
      return {type: 'ParagraphNode', children, position: {start: {...at}, end: origin}}
    }
  }

  function tokenizePiece(text: string, at: Point): Paragraph {
    parser.origin = at
    const tree = parser.tokenizeParagraph(text)
    ownPoints(tree)
    return tree
  }
}

/** Blocks longer than this many code units are tokenized in pieces of about this size. */
const pieceLength = 16_384

/**
 * Where the piece of `text` that starts at `from` ends: after a full stop, `!` or `?` followed
 * by white space, in the last half of the piece; else at white space; else at the length (never
 * between the two halves of a surrogate pair).
 */
function cutPoint(text: string, from: number): number {
  const target = from + pieceLength
  if (target >= text.length) return text.length
  const floor = from + (pieceLength >> 1)
  for (let index = target; index > floor; index--) {
    const code = text.charCodeAt(index - 1)
    if ((code === 46 || code === 33 || code === 63) && isSpace(text.charCodeAt(index))) return index
  }
  for (let index = target; index > floor; index--) {
    if (isSpace(text.charCodeAt(index))) return index
  }
  const code = text.charCodeAt(target - 1)
  return code >= 0xd800 && code <= 0xdbff ? target + 1 : target
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

// Character classes as parse-latin's `tokenize` tests them, one code unit at a time (indexes into `typeOfClass`).
const unknown = 0
const whiteSpaceClass = 1
const wordClass = 3
const typeOfClass = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const latinTokenize = ParseDutch.prototype.tokenize

/** The class parse-latin gives a code unit on its own. */
function classOf(parser: ParseDutch, code: number): number {
  const type = latinTokenize.call(parser, String.fromCharCode(code))[0]!.type
  return typeOfClass.indexOf(type as (typeof typeOfClass)[number])
}

/** Code units below this (Latin script, punctuation, quote marks but `„`) have their class in a table made once, at load. */
const tabled = 0x300
const tabledClasses: Readonly<Uint8Array> = (() => {
  const parser = new ParseDutch()
  const table = new Uint8Array(tabled)
  for (let code = 0; code < tabled; code++) table[code] = classOf(parser, code)
  return table
})()

/**
 * The class of each code unit: from the table, or asked of parse-latin once per character met
 * and kept for the tokenizer (one per `fromNews` call), so that no call leaves state behind for
 * the next.
 */
function createClassifier(): (code: number) => number {
  const classes = new Map<number, number>()
  const parser = new ParseDutch()
  return (code) => {
    if (code < tabled) return tabledClasses[code]!
    let kind = classes.get(code)
    if (kind === undefined) {
      kind = classOf(parser, code)
      classes.set(code, kind)
    }
    return kind
  }
}

class BlockParser extends ParseDutch {
  /** Where the text being tokenized starts in the document. */
  origin: Point = {line: 1, column: 1, offset: 0}

  /** The class of a code unit (see `createClassifier`). */
  readonly classify = createClassifier()

  // parse-latin moves white space at the start and end of each sentence up to the paragraph by
  // splicing it into the paragraph's children: quadratic in a paragraph of many sentences. The
  // same moves in one pass.
  override tokenizeParagraphPlugins = ParseDutch.prototype.tokenizeParagraphPlugins.map((plugin) =>
    (plugin as unknown) === latin.mergeDutchPrefixExceptions
      ? (mergeDutchPrefixExceptions as unknown as typeof plugin)
      : (plugin as unknown) === latin.makeInitialWhiteSpaceSiblings
      ? (moveInitialWhiteSpace as unknown as typeof plugin)
      : (plugin as unknown) === latin.makeFinalWhiteSpaceSiblings
        ? (moveFinalWhiteSpace as unknown as typeof plugin)
        : (plugin as unknown) === latin.mergePrefixExceptions
          ? (mergePrefixExceptions as unknown as typeof plugin)
          : (plugin as unknown) === latin.mergeRemainingFullStops
            ? (mergeRemainingFullStops as unknown as typeof plugin)
            : plugin
  )

  /**
   * parse-latin's `tokenizeParagraph`: the text as one sentence, split after each sentence's
   * end, then the paragraph plugins. `breakImplicitSentences`, which looks at every white space
   * for a blank line, runs only where the text has one (a block rarely does: blocks end at them).
   */
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const text = value ?? ''
    const sentence = this.tokenizeSentence(text)
    const paragraph = {type: 'ParagraphNode', children: splitSentences(sentence.children)} as Paragraph
    const blankLine = hasBlankLine(text, this.classify)
    for (const plugin of this.tokenizeParagraphPlugins) {
      if ((plugin as unknown) === latin.breakImplicitSentences && !blankLine) continue
      plugin(paragraph)
    }
    return paragraph
  }

  /**
   * parse-dutch's sentence plugins, in their order. Most of them act only at a child that is one
   * particular mark (`&`, `-`, `/`, an apostrophe); each of those runs only where the text has
   * that mark, since the plugins move children and never make new values. Where they run, they
   * are parse-latin's own, but for the one-pass equivalents below.
   */
  override tokenizeSentence(value: string | null | undefined): Sentence {
    const text = value ?? ''
    const sentence = {type: 'SentenceNode', children: this.tokenize(text)} as Sentence
    if (text.includes("'") || text.includes('\u2019')) mergeElisions(sentence)
    if (text.includes('&')) latin.mergeInitialWordSymbol(sentence)
    if (text.includes('-')) latin.mergeFinalWordSymbol(sentence)
    mergeInnerWordSymbol(sentence as never)
    if (text.includes('/')) latin.mergeInnerWordSlash(sentence)
    if (text.includes('.') && hasInitialism(sentence.children)) latin.mergeInitialisms(sentence)
    patchPosition(sentence)
    return sentence
  }

  /** parse-latin's `tokenize`, character for character, counting from `origin`. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = this.origin.line
    let column = this.origin.column
    const base = this.origin.offset!
    let from = 0
    let startLine = line
    let startColumn = column
    let previousClass = unknown
    let previousCode = -1
    const classify = this.classify

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      // (The table is asked here, not through the closure: this runs once per character.)
      const currentClass = code < tabled ? tabledClasses[code]! : classify(code)
      if (
        index > from &&
        !(
          previousClass === currentClass &&
          // Words and white space continue, as do runs of one punctuation mark or symbol and surrogates.
          (currentClass === wordClass || currentClass === whiteSpaceClass || code === previousCode || (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(previousClass, value.slice(from, index), startLine, startColumn, base + from, line, column, base + index))
        from = index
        startLine = line
        startColumn = column
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      previousClass = currentClass
      previousCode = code
    }
    if (from < value.length) {
      children.push(createNode(previousClass, value.slice(from), startLine, startColumn, base + from, line, column, base + value.length))
    }
    return children
  }
}

function createNode(
  kind: number,
  value: string,
  startLine: number,
  startColumn: number,
  startOffset: number,
  endLine: number,
  endColumn: number,
  endOffset: number
): SentenceContent {
  const position = {
    start: {line: startLine, column: startColumn, offset: startOffset},
    end: {line: endLine, column: endColumn, offset: endOffset}
  }
  if (kind === wordClass) {
    // The word gets points of its own too; `ownPoints` copies them only where a plugin replaced them.
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position}],
      position: {
        start: {line: startLine, column: startColumn, offset: startOffset},
        end: {line: endLine, column: endColumn, offset: endOffset}
      }
    }
  }
  return {type: typeOfClass[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position}
}

interface Positioned {
  type: string
  position?: {start: Point; end: Point} | undefined
  children?: Positioned[]
}

/**
 * Give every parent below `node` (and `node`) a position with points of its own.
 *
 * A word keeps the points `tokenize` gave it unless a plugin replaced one with a point of a
 * leaf it took in (the only points words receive); sentences and paragraphs always get copies.
 */
function ownPoints(node: Positioned): void {
  // The trees parse-latin builds are shallow (paragraph → sentence → word → text), so an
  // explicit stack costs nothing and keeps this safe whatever the input.
  const stack: Positioned[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const children = current.children!
    const position = current.position
    if (position) {
      let {start, end} = position
      if (current.type !== 'WordNode' || isChildPoint(children, start)) start = copy(start)
      if (current.type !== 'WordNode' || isChildPoint(children, end)) end = copy(end)
      if (start !== position.start || end !== position.end) current.position = {start, end}
    }
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.children) stack.push(child)
    }
  }
}

function isChildPoint(children: Positioned[], point: Point): boolean {
  for (let index = 0; index < children.length; index++) {
    const position = children[index]!.position
    if (position && (position.start === point || position.end === point)) return true
  }
  return false
}

function copy(point: Point): Point {
  return {line: point.line, column: point.column, offset: point.offset}
}

// parse-dutch's own patterns (lib/index.js): a word that an apostrophe ends (`d'`), a word that
// follows one (`'t`, `'s`, `'n`, `'80`), and the apostrophes.
const elisionPrefix = /^(d)$/
const elisionAffix = /^(n|ns|t|s|er|em|ie|tis|twas|\d\ds?)$/
const apostrophe = /^['\u2019]$/

/**
 * parse-dutch's `mergeDutchElisionExceptions`, run as `visitChildren` runs it, in one pass: an
 * apostrophe before an elided word joins that word (`'t`), one after `d` joins it (`d'`); after
 * a merge the loop there steps over the next child, and so does this one.
 */
function mergeElisions(sentence: {children: SentenceContent[]}): void {
  const children = sentence.children
  let merged: SentenceContent[] | undefined
  const out = (): SentenceContent[] => (merged ??= children.slice(0, index))
  let index = 0
  while (index < children.length) {
    const child = children[index]!
    const previous = merged ? merged[merged.length - 1] : children[index - 1]
    const next = children[index + 1]
    if ((child.type === 'PunctuationNode' || child.type === 'SymbolNode') && apostrophe.test(child.value)) {
      if (next !== undefined && next.type === 'WordNode' && (previous === undefined || previous.type !== 'WordNode') && elisionAffix.test(toString(next).toLowerCase())) {
        next.children.unshift(child as never)
        if (next.position && child.position) next.position.start = child.position.start
        out().push(next)
        index += 2
        continue
      }
      if (previous !== undefined && previous.type === 'WordNode' && (next === undefined || next.type !== 'WordNode') && elisionPrefix.test(toString(previous).toLowerCase())) {
        previous.children.push(child as never)
        if (previous.position && child.position) previous.position.end = child.position.end
        const list = out()
        if (next !== undefined) list.push(next)
        index += 2
        continue
      }
    }
    if (merged) merged.push(child)
    index++
  }
  if (merged) replaceChildren(children, merged)
}

interface Parent {
  children: Array<{type: string; children?: Array<{type: string; position?: {start: Point; end: Point} | undefined}>; position?: {start: Point; end: Point} | undefined}>
}

/**
 * `makeInitialWhiteSpaceSiblings` (run as `visitChildren` runs it, which looks at a child again
 * after moving its white space) in one pass: white space that starts a child goes before it.
 */
function moveInitialWhiteSpace(parent: Parent): void {
  const children: Parent['children'] = []
  let moved = false
  for (const child of parent.children) {
    const own = child.children
    while (own && own.length > 0 && own[0]!.type === 'WhiteSpaceNode') {
      children.push(own.shift()! as Parent['children'][number])
      moved = true
      const next = own[0]
      if (next && next.position && child.position) child.position.start = next.position.start
    }
    children.push(child)
  }
  if (moved) replaceChildren(parent.children, children)
}

/**
 * `makeFinalWhiteSpaceSiblings` (run as `modifyChildren` runs it, which looks at a child again
 * after moving its white space) in one pass: white space that ends a child goes after it.
 */
function moveFinalWhiteSpace(parent: Parent): void {
  const children: Parent['children'] = []
  let moved = false
  for (const child of parent.children) {
    const own = child.children
    const tails: Parent['children'] = []
    while (own && own.length > 0 && own[own.length - 1]!.type === 'WhiteSpaceNode') {
      tails.push(own.pop()! as Parent['children'][number])
      moved = true
      const previous = own[own.length - 1]
      if (previous && previous.position && child.position) child.position.end = previous.position.end
    }
    children.push(child)
    for (let index = tails.length - 1; index >= 0; index--) children.push(tails[index]!)
  }
  if (moved) replaceChildren(parent.children, children)
}

/** Put `items` in `list`, in place (the plugins' callers hold on to the array). */
function replaceChildren<Item>(list: Item[], items: readonly Item[]): void {
  list.length = 0
  for (const item of items) list.push(item)
}

// parse-dutch's abbreviations (lib/regex.js, generated from its word lists; not exported):
// matched as written, and in lower case.
const dutchAbbreviationSensitive = /^(Parl\.St|Zr\.Ms|H(?:r\.Ms|erv|zn)|(?:[nv]\.Ch|Sec|N\.B|Mg)r|N(?:\.-I|e[dh]|dl|m)|Pres|Gebr|(?:Z\.E|Nu)m|[UW]ed|Atm|Nd|Zr|Hr|S[rt]|Rb|[JV]z)$/
const dutchAbbreviationInsensitive = /^((?:i\.(?:z\.)?g\.s|p\.s|ok|fu)t|a(?:anw\.vnw|r(?:bo|t)|ug|pr|lg|f[bdkz]|dj|l)|(?:ov\.cmp|uits|exc|vg)l|(?:onov\.w|bn)w|bez\.vnw|i(?:n(?:tern|cl|g)|[dr])|(?:pseu|(?:sy|w)n)d|(?:voor|en)z|t(?:elw|ab|k)|re(?:sp|[df])|p(?:ro[fv]|l[mv]|a[gr]|p)|(?:pen|ko|ja)n|s(?:pe|o)c|febr|(?:sep|za|mr)t|c(?:onf|at)|b(?:i(?:j[lvz]|bl)|lz|[rvw])|(?:mev|j(?:kv|h)|bet|ve|dh)r|vrij|tel|inc|feb|sep|w(?:oe|w)|v(?:n[lw]|s)|znw|se?c|o(?:p[mp]|ng)|n(?:r[os]|ov|l)|zgn|m(?:l[dn]|in|ej|ax|[vw])|l(?:td|[ln])|j(?:u[ln]|[lr])|obl|g(?:ld|e[bhmtz]|r)|f(?:am|[lr])|e(?:xx|vt|tc|[dm])|d(?:rs|ir|e[cl]|[os])|(?:or|fi)g|wo|vr|zn|sp|n[or]|zg|m[ai]|lt|ob|fa|d[ir]|za|mr|ca|zo|kt)$/

/**
 * parse-dutch's `mergeDutchPrefixExceptions` (run as `modifyChildren` runs it) in one pass: a
 * sentence that ends in a Dutch abbreviation and a full stop (`dhr.`, `ca.`, `Gebr.`) takes the
 * full stop into that word and goes on into the next sentence, and is then looked at again; the
 * original removed each next sentence with a splice.
 */
function mergeDutchPrefixExceptions(paragraph: {children: Content[]}): void {
  mergeAfterAbbreviations(paragraph, (period, word) => {
    if (!(period.type === 'PunctuationNode' && toString(period as never) === '.' && word.type === 'WordNode')) return false
    const value = wordText(word)
    return dutchAbbreviationSensitive.test(value) || dutchAbbreviationInsensitive.test(value.toLowerCase())
  })
}

/** A word's text: most words are one text node. */
function wordText(word: Content): string {
  const children = word.children!
  if (children.length === 1) {
    const only = children[0] as {value?: unknown}
    if (typeof only.value === 'string') return only.value
  }
  return toString(word as never)
}

// parse-latin's patterns (lib/plugin/merge-prefix-exceptions.js, lib/expressions.js).
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

/**
 * parse-latin's `wordSymbolInner`, `/^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/`, by
 * code unit: it is asked of every mark after a word.
 */
function isInnerWordSymbol(value: string): boolean {
  const code = value.charCodeAt(0)
  if (value.length === 1 && innerWordSymbols.has(code)) return true
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 95 /* _ */) return false
  return value.length > 0
}

const innerWordSymbols = new Set([...'&\'-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027'].map((character) => character.charCodeAt(0)))

interface Content {
  type: string
  value?: string
  children?: Content[]
  position?: {start: Point; end: Point} | undefined
}

/**
 * parse-latin's `mergePrefixExceptions` (run as `modifyChildren` runs it) in one pass: a
 * sentence that ends in an abbreviation and a full stop (`a.`, `etc.`, `12.`) takes the full stop
 * into that word and goes on into the next sentence; the original removed each next sentence
 * with a splice.
 */
function mergePrefixExceptions(paragraph: {children: Content[]}): void {
  mergeAfterAbbreviations(
    paragraph,
    (period, word) =>
      (period.type === 'PunctuationNode' || period.type === 'SymbolNode') &&
      toString(period as never) === '.' &&
      word.type === 'WordNode' &&
      abbreviationPrefix.test(toString(word as never).toLowerCase())
  )
}

/**
 * The one pass of both merges above: while a sentence ends in a word and a full stop that
 * `isAbbreviation` accepts, the stop joins the word and the next sentence joins this one.
 */
function mergeAfterAbbreviations(paragraph: {children: Content[]}, isAbbreviation: (period: Content, word: Content) => boolean): void {
  const children = paragraph.children
  const out: Content[] = []
  let changed = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const own = child.children
    while (own && own.length > 1) {
      const period = own[own.length - 1]!
      const node = own[own.length - 2]!
      if (!isAbbreviation(period, node)) break
      node.children!.push(period)
      own.pop()
      if (period.position && node.position) node.position.end = period.position.end
      const next = children[index + 1]
      if (!next || next.type !== 'SentenceNode') break
      for (const grandchild of next.children!) own.push(grandchild)
      if (next.position && child.position) child.position.end = next.position.end
      index++
      changed = true
    }
    out.push(child)
  }
  if (changed) replaceChildren(children, out)
}

/**
 * parse-latin's `mergeInnerWordSymbol` (run as `modifyChildren` runs it) in one pass: words
 * joined by inner-word symbols (`-`, `'`, `&`, `.`, …) become one word; the original removed what
 * it joined with a splice each time.
 */
function mergeInnerWordSymbol(sentence: {children: Content[]}): void {
  const children = sentence.children
  // The children as they end up are written over the list in place: the first `kept` of it. A
  // merge only takes children out, so what is written never overtakes what is still to be read
  // (a second list, then copied back, cost an allocation and a pass per sentence with a merge).
  let kept = 0
  // Starts before this index are known to reach no word (a scan from a later one would not either).
  let failedUntil = 0
  let index = 0
  while (index < children.length) {
    const child = children[index]!
    const previous = kept > 0 ? children[kept - 1] : undefined
    if (previous && previous.type === 'WordNode' && index >= failedUntil && (child.type === 'SymbolNode' || child.type === 'PunctuationNode')) {
      // The run of words and inner-word symbols from here; it is merged up to its last word.
      let position = index
      let mergeEnd = index
      while (position < children.length) {
        const sibling = children[position]!
        if (sibling.type === 'WordNode') mergeEnd = position + 1
        else if (!((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && isInnerWordSymbol(sibling.value!))) break
        position++
      }
      if (mergeEnd > index) {
        let last: Content | undefined
        for (let merged = index; merged < mergeEnd; merged++) {
          const sibling = children[merged]!
          if (sibling.type === 'WordNode') {
            for (const item of sibling.children!) previous.children!.push((last = item))
          } else {
            previous.children!.push((last = sibling))
          }
        }
        if (previous.position && last?.position) previous.position.end = last.position.end
        index = mergeEnd
        continue
      }
      failedUntil = position
    }
    if (kept !== index) children[kept] = child
    kept++
    index++
  }
  if (kept < children.length) children.length = kept
}

/** parse-latin's `terminalMarker` (lib/expressions.js): what ends a sentence. */
const terminalMarker = /^([!.?\u2026\u203D]+)$/

/**
 * parse-latin's `splitNode` for a paragraph: a sentence after each punctuation mark of sentence
 * ends (and after the last child), reading the mark's value directly.
 */
function splitSentences(children: SentenceContent[]): Sentence[] {
  const result: Sentence[] = []
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    if (index === children.length - 1 || (token.type === 'PunctuationNode' && terminalMarker.test(token.value))) {
      const sentence = {type: 'SentenceNode', children: children.slice(start, index + 1)} as Sentence
      const first = children[start]!
      if (first.position && token.position) sentence.position = {start: first.position.start, end: token.position.end}
      result.push(sentence)
      start = index + 1
    }
  }
  return result
}

/**
 * Whether `breakImplicitSentences` can act: a run of white space with two line breaks in it
 * (`\r\n` counting as one, as that plugin's split does).
 */
function hasBlankLine(text: string, classify: (code: number) => number): boolean {
  // Most blocks have no line break at all.
  const newline = text.indexOf('\n')
  const carriageReturn = text.indexOf('\r')
  if (newline === -1 && carriageReturn === -1) return false
  let breaks = 0
  let previous = -1
  for (let index = newline === -1 ? carriageReturn : carriageReturn === -1 ? newline : Math.min(newline, carriageReturn); index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 || (code === 10 && previous !== 13)) {
      if (++breaks >= 2) return true
    } else if (code !== 10 && classify(code) !== whiteSpaceClass) {
      breaks = 0
    }
    previous = code
  }
  return false
}

/**
 * Whether parse-latin's `mergeInitialisms` can act: a full stop right after a word of an odd
 * number of parts, more than one (`U.S` before `.`). Its merges never make a new such pair, so
 * where there is none at the start it does nothing.
 */
function hasInitialism(children: SentenceContent[]): boolean {
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'PunctuationNode' || child.value !== '.') continue
    const previous = children[index - 1]!
    if (previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0) return true
  }
  return false
}

/** parse-latin's `patchPosition` on a sentence: its start and end from its first and last child, where it has none. */
function patchPosition(node: Sentence): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]!.position
  const last = children[children.length - 1]!.position
  if (first && !node.position?.start) {
    node.position ??= {} as NonNullable<Sentence['position']>
    node.position.start = first.start
  }
  if (last && !node.position?.end) {
    node.position ??= {} as NonNullable<Sentence['position']>
    node.position.end = last.end
  }
}

/**
 * parse-latin's `mergeRemainingFullStops`, run only on the sentences where it can act. Read from
 * the end, it takes a full stop into a word next to it once it has passed a word or a sentence's
 * end: so only a `.` before the sentence's last word or last end mark can move, and in most
 * sentences the only `.` is that last end mark.
 */
function mergeRemainingFullStops(paragraph: {children: Content[]}): void {
  for (const child of paragraph.children) {
    const children = child.children
    if (!children) continue
    let firstStop = -1
    let lastDelimiter = -1
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!
      if (node.type === 'WordNode') lastDelimiter = index
      else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
        if (node.value === '.' && firstStop === -1) firstStop = index
        if (terminalMarker.test(node.value!)) lastDelimiter = index
      }
    }
    // (The plugin reads only the child it is given.)
    if (firstStop !== -1 && firstStop < lastDelimiter) latin.mergeRemainingFullStops({children: [child]})
  }
}
