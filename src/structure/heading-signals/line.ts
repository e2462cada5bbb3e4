/**
 * What the heading signals read of a block: whether it is one line, and for a line its parts.
 *
 * A published layout dresses a sub-heading in a few ways the words themselves do not carry: a
 * list number (`1. `, `2) `), symbols in front (an emoji, `★`), an ellipsis in front when it
 * continues an earlier heading (`… en daarna`), quote marks around it or around its last word
 * (`’Onhoudbaar’`, `Zorgen over 'proefballon'`). `readLine` takes these apart once, so that each
 * signal reads the words between them (the core) without parsing the line again.
 */
import {markFamily} from '../../quotes/find-quote-marks.js'
import type {Block} from '../find-blocks.js'
import {isWhiteSpace} from '../find-blocks.js'

export interface Line {
  block: Block
  /** Whether the block is one line; the fields below are only read from a line (else empty). */
  oneLine: boolean
  /** The line's text (`''` for a block of more lines). */
  text: string
  /** The list number it opens with (`1.`, `2)`), else `undefined`. */
  number: number | undefined
  /** Whether it opens with a bullet (`-`, `•`, `*`): a list item. */
  bullet: boolean
  /** Whether an ellipsis opens it (after a number or symbols): it continues an earlier line. */
  continues: boolean
  /** Where the core starts and ends in `text`: past the number, symbols, ellipsis and a quote mark
   * that a mark at its end closes; before that closing mark. */
  coreStart: number
  coreEnd: number
}

// Expressions live at module level: a literal inside a function may lose its compiled code at a
// major collection and is then compiled again (about a millisecond for `\p{…}` classes).
const listNumber = /^(\d{1,3})[.)][ \t]+/
const bullet = /^[-–—•*·▪●◦‣][ \t]/
// Symbols that are not ASCII (an emoji with its joiners and variation selectors, `★`, `►`, `✓`),
// then white space: ASCII symbols (`>`, `+`, `|`) stay, they are markup or arithmetic.
const leadingSymbols = /^(?:(?![\x00-\x7f])[\p{S}\u200d\ufe0e\ufe0f\u20e3])+[ \t]+/u
const leadingEllipsis = /^(?:\.{3}|…)[ \t]*/
// The marks that can close a quoted heading (their families are the pairing's: `markFamily`).
const closingMarks = new Set(['"', '”', '“', '»', "'", '’', '›'])

/**
 * Whether a block holds a line break, for blocks asked in document order: the built-in search
 * finds the next `\n` and `\r`, and each position found is used again until a block starts past
 * it, so that the article is searched once in all (a search per block that ran to the end of a
 * text without `\r` would make many blocks quadratic).
 */
export type LineBreakFinder = (block: Block) => boolean

export function createLineBreakFinder(value: string): LineBreakFinder {
  let lineFeed = -2
  let carriageReturn = -2
  return (block) => {
    if (lineFeed !== -1 && lineFeed < block.start) lineFeed = value.indexOf('\n', block.start)
    if (carriageReturn !== -1 && carriageReturn < block.start) carriageReturn = value.indexOf('\r', block.start)
    return (lineFeed !== -1 && lineFeed < block.end) || (carriageReturn !== -1 && carriageReturn < block.end)
  }
}

/** Read the block at `block` in `value` (`hasLineBreak` answers for the blocks in order). */
export function readLine(value: string, block: Block, hasLineBreak: LineBreakFinder = createLineBreakFinder(value)): Line {
  if (hasLineBreak(block)) {
    return {block, oneLine: false, text: '', number: undefined, bullet: false, continues: false, coreStart: 0, coreEnd: 0}
  }
  const text = value.slice(block.start, block.end)
  let start = 0
  let number: number | undefined
  const numbered = listNumber.exec(text)
  if (numbered) {
    number = Number(numbered[1])
    start = numbered[0].length
  }
  const symbols = leadingSymbols.exec(text.slice(start, start + 64))
  if (symbols) start += symbols[0].length
  const ellipsis = leadingEllipsis.exec(text.slice(start, start + 8))
  if (ellipsis) start += ellipsis[0].length
  let end = text.length
  // A heading in quotes, or ending in a quoted word, as NOS and De Telegraaf print them: the
  // signals read the text inside the closing mark.
  const quoted = readClosingQuote(text, start)
  if (quoted) {
    if (quoted.open === start) start += quoted.openWidth
    end -= quoted.closeWidth
  }
  return {
    block,
    oneLine: true,
    text,
    number,
    bullet: number === undefined && bullet.test(text),
    continues: ellipsis !== null,
    coreStart: start,
    coreEnd: Math.max(start, end)
  }
}

/** The core of a line: its words without number, symbols, ellipsis and surrounding quote marks. */
export function core(line: Line): string {
  return line.text.slice(line.coreStart, line.coreEnd)
}

/** The last character of a block (of its text for a line). */
export function finalCharacter(value: string, line: Line): string {
  return value.charAt(line.block.end - 1)
}

/**
 * The quote a line ends in: the width of its closing mark and where the opening mark of the same
 * family that starts one of its words is (from `from` on); `undefined` when the line does not end
 * in a closing mark or nothing in it opens that quote (a line that only closes a quote is no heading).
 */
function readClosingQuote(
  text: string,
  from: number
): {open: number; openWidth: number; closeWidth: number} | undefined {
  const final = text.charAt(text.length - 1)
  if (!closingMarks.has(final)) return undefined
  // `''` is a typed double closing mark, opened by `,,` or a double mark.
  const typedDouble = final === "'" && text.charAt(text.length - 2) === "'"
  const closeWidth = typedDouble ? 2 : 1
  const family = typedDouble ? 'double' : markFamily(final)
  const limit = text.length - closeWidth - 1
  for (let index = from; index < limit; index++) {
    // (Only where a word starts: a code-unit test, not a regular expression per character.)
    if (index > from && !isWhiteSpace(text.charCodeAt(index - 1))) continue
    const character = text.charAt(index)
    const pair = typedDouble && (character === ',' || character === "'") && text.charAt(index + 1) === character
    const openWidth = pair ? 2 : 1
    if (!pair && markFamily(character) !== family) continue
    if (index + openWidth < limit + 1 && !isWhiteSpace(text.charCodeAt(index + openWidth))) {
      return {open: index, openWidth, closeWidth}
    }
  }
  return undefined
}
