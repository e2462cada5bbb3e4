/**
 * Pair the quote marks of an article into quotations, across sentences and paragraphs.
 *
 * One stack of open marks is kept (linear in the number of marks; no recursion):
 * - a mark that can close closes the nearest open mark of its family (double or single);
 *   marks opened above that one are left without a close (typos, stray apostrophes);
 * - a mark of the other family closes the top mark only as a mismatched pair (`'…''`, `"…'`),
 *   when no mark of the top's own family can close it later in the paragraph;
 * - a mark that can open is pushed; a mark that can only close and finds nothing is stray.
 * At the end of a paragraph the outermost open mark may go on in the next paragraph of the
 * same section: when that paragraph opens with a mark of the same family (the newspaper
 * convention of a reopening mark), or when the first mark of that family in it can only close.
 * Otherwise the quote ends with its paragraph and is reported as unclosed. A straight `'` or
 * `’` left open inside another quote is taken for an apostrophe and makes no quote; one left
 * open at the outermost level is an unclosed quote like any other.
 */
import type {Family, Mark} from './find-quote-marks.js'

export interface ParagraphMarks {
  start: number
  end: number
  /** Paragraphs of different sections never share a quote. */
  section: number
  marks: Mark[]
}

export interface QuotePart {
  /** Index of the paragraph. */
  paragraph: number
  start: number
  end: number
  /** The mark that opens this part: the opening mark, a reopening mark, or none. */
  open: Mark | null
  /** The mark that closes this part (only the last part of a closed quote has one). */
  close: Mark | null
}

export interface PairedQuote {
  /** Index in document order of opening marks. */
  index: number
  parts: QuotePart[]
  /** Whether the quote was left open (it then ends with its paragraph). */
  unclosed: boolean
  /** Whether its marks are of different families. */
  mismatched: boolean
  /** Depth of nesting: 0 for a quote inside no other. */
  depth: number
  /** The quote this one was opened inside, if any. */
  parent: PairedQuote | undefined
}

interface Entry {
  quote: PairedQuote
  family: Family
  open: Mark
}

export interface Pairing {
  /** Quotes in the order of their opening marks. */
  quotes: PairedQuote[]
  /** Closing marks that closed nothing. */
  stray: Mark[]
}

export function pairQuoteMarks(paragraphs: ParagraphMarks[]): Pairing {
  const quotes: PairedQuote[] = []
  const stray: Mark[] = []
  let stack: Entry[] = []
  const open = {double: 0, single: 0}

  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const marks = paragraph.marks
    // How many marks of each family that can close remain in this paragraph.
    const closersLeft = {double: 0, single: 0}
    for (const mark of marks) if (mark.canClose) closersLeft[mark.family]++

    let from = 0
    // A quote carried over from the previous paragraph: take its reopening mark.
    const carried = stack[0]
    if (carried) {
      const first = marks[0]
      const reopens = first && first.start === paragraph.start && first.family === carried.family && first.canOpen
      carried.quote.parts.push({paragraph: index, start: paragraph.start, end: paragraph.end, open: reopens ? first : null, close: null})
      if (reopens) {
        from = 1
        if (first.canClose) closersLeft[first.family]--
      }
    }

    for (let markIndex = from; markIndex < marks.length; markIndex++) {
      const mark = marks[markIndex]!
      if (mark.canClose) closersLeft[mark.family]--
      const top = stack[stack.length - 1]

      if (mark.canClose && top) {
        if (top.family === mark.family) {
          close(top, mark, false)
          continue
        }
        if (open[mark.family] > 0 && !(mark.canOpen && mark.apostropheLike)) {
          // Close the nearest open mark of this family; the ones above it stay unpaired and end
          // where it closes, so that no two quotes cross.
          while (stack[stack.length - 1]!.family !== mark.family) drop(mark.start)
          close(stack[stack.length - 1]!, mark, false)
          continue
        }
        if (!mark.canOpen && closersLeft[top.family] === 0 && !(mark.apostropheLike && top.open.apostropheLike)) {
          // A mismatched pair: `'…''` or `"…'`, with nothing of the top's family to close it later.
          close(top, mark, true)
          continue
        }
      }

      if (mark.canOpen) {
        const quote: PairedQuote = {
          index: quotes.length,
          parts: [{paragraph: index, start: mark.start, end: paragraph.end, open: mark, close: null}],
          unclosed: false,
          mismatched: false,
          depth: stack.length,
          parent: stack[stack.length - 1]?.quote
        }
        quotes.push(quote)
        stack.push({quote, family: mark.family, open: mark})
        open[mark.family]++
        continue
      }

      if (!mark.apostropheLike) stray.push(mark)
    }

    // End of the paragraph: all but the outermost open mark end here.
    while (stack.length > 1) drop(paragraph.end)
    const outer = stack[0]
    if (outer && !continues(outer, paragraph, paragraphs[index + 1])) {
      outer.quote.unclosed = true
      stack = []
      open.double = 0
      open.single = 0
      settleUnclosed(outer.quote, quotes, index)
    }
  }

  // Quotes whose opening mark was dropped (a stray apostrophe) are not quotes.
  return {quotes: quotes.filter((quote) => quote.parts.length > 0), stray}

  function close(entry: Entry, mark: Mark, mismatched: boolean): void {
    const part = entry.quote.parts[entry.quote.parts.length - 1]!
    part.end = mark.end
    part.close = mark
    entry.quote.mismatched = mismatched
    stack.pop()
    open[entry.family]--
  }

  /** Leave the top mark unpaired: a straight apostrophe is dropped, any other mark is an unclosed quote ending at `end`. */
  function drop(end: number): void {
    const entry = stack.pop()!
    open[entry.family]--
    const quote = entry.quote
    if (entry.open.apostropheLike && quote.parts.length === 1) {
      quote.parts = []
      return
    }
    quote.unclosed = true
    quote.parts[quote.parts.length - 1]!.end = end
  }
}

/**
 * A quote left open whose paragraph holds other quotes after its opening mark is most likely a
 * typo, not a quote that swallows them:
 * - when the first quote inside it is of the same family and closed (`'Van … van 'psychopaat
 *   en grote klootzak'`), that inner opening mark was the stray one: the outer quote takes the
 *   close and the inner one is no quote;
 * - otherwise (`'een prima initiatief. ,,Maar …"`) the open quote ends before the first quote
 *   inside it, which is then a quote of its own.
 * Only the quotes opened in this paragraph after the open one are looked at, once each.
 */
function settleUnclosed(quote: PairedQuote, quotes: PairedQuote[], paragraph: number): void {
  const part = quote.parts[quote.parts.length - 1]!
  if (part.paragraph !== paragraph) return
  const children: PairedQuote[] = []
  for (let index = quote.index + 1; index < quotes.length; index++) {
    const candidate = quotes[index]!
    if (candidate.parts.length === 0) continue
    // Only quotes opened in this paragraph, after this part's start (a quote carried over from an
    // earlier paragraph keeps what it held there).
    if (candidate.parent === quote && candidate.parts[0]!.paragraph === paragraph && candidate.parts[0]!.start >= part.start) children.push(candidate)
  }
  const first = children[0]
  if (!first) return
  const firstPart = first.parts[0]!
  const sameFamily = first.parts[0]!.open && part.open && openingFamily(first) === openingFamily(quote)
  if (sameFamily && children.length === 1 && !first.unclosed && firstPart.close) {
    part.end = firstPart.end
    part.close = firstPart.close
    quote.unclosed = false
    first.parts = []
    return
  }
  part.end = firstPart.start
  // (Depths are counted again where the quotes land in the tree: `placeQuotes`.)
  for (const child of children) child.parent = quote.parent
}

/** The family of the quote's opening mark (`''` when it has none); see `markFamily` for a character's. */
function openingFamily(quote: PairedQuote): string {
  const open = quote.parts[0]!.open
  return open ? open.family : ''
}

/** Whether the open `entry` goes on in the `next` paragraph. */
function continues(entry: Entry, paragraph: ParagraphMarks, next: ParagraphMarks | undefined): boolean {
  if (!next || next.section !== paragraph.section) return false
  for (const mark of next.marks) {
    if (mark.family !== entry.family) continue
    // A reopening mark at the very start of the next paragraph.
    if (mark.start === next.start && mark.canOpen) return true
    // Or the first mark of the family in it can only close.
    return mark.canClose && !mark.canOpen
  }
  return false
}
