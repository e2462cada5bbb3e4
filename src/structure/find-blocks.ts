/**
 * Split a document into blocks: runs of lines separated by blank lines.
 *
 * A line that holds only white space is blank. A block's range excludes the white space
 * around it, so that the gaps between blocks can be kept as `WhiteSpaceNode`s.
 * One linear pass over the characters; no regular expressions.
 */

export interface Block {
  /** Offset of the block's first non-white-space character. */
  start: number
  /** Offset just after the block's last non-white-space character. */
  end: number
}

/** Whether the UTF-16 code unit is white space, as parse-latin sees it (plus BOM and zero-width space). */
export function isWhiteSpace(code: number): boolean {
  // Printable ASCII, the most common case, first.
  if (code > 32 && code < 0x85) return false
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether the code unit ends a line (`\n`, `\r`). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13
}

/**
 * Find the blocks in `value` between `from` and `to`.
 *
 * Line by line: the line breaks are found with `indexOf` (far faster than a test of every code
 * unit), and only the white space at either end of a line is looked at, so each code unit is
 * read at most twice.
 */
export function findBlocks(value: string, from = 0, to = value.length): Block[] {
  const blocks: Block[] = []
  const breaks = createBreakFinder(value)
  let lineStart = from
  let blockStart = -1
  let lastContent = -1
  // Whether a blank line was seen since the last content.
  let blankSince = false

  while (lineStart < to) {
    const lineEnd = Math.min(breaks.next(lineStart), to)
    let first = lineStart
    while (first < lineEnd && isWhiteSpace(value.charCodeAt(first))) first++
    if (first < lineEnd) {
      if (blockStart === -1) {
        blockStart = first
      } else if (blankSince) {
        blocks.push({start: blockStart, end: lastContent + 1})
        blockStart = first
      }
      blankSince = false
      // The scan back stops at `first` at the latest.
      let last = lineEnd - 1
      while (isWhiteSpace(value.charCodeAt(last))) last--
      lastContent = last
    } else if (lineEnd < to && lastContent !== -1) {
      blankSince = true
    }
    if (lineEnd >= to) break
    // A CRLF is one break.
    lineStart = lineEnd + (value.charCodeAt(lineEnd) === 13 && value.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }

  if (blockStart !== -1) blocks.push({start: blockStart, end: lastContent + 1})
  return blocks
}

/**
 * The next line break (`\n` or `\r`) at or after an offset, for offsets asked in increasing
 * order: each kind is searched for again only once the search has passed the last one found,
 * so all the searches together read the text once. `value.length` when there is none.
 */
function createBreakFinder(value: string): {next(offset: number): number} {
  let newline = -1
  let carriageReturn = -1
  return {
    next(offset) {
      if (newline < offset) newline = atOrEnd(value.indexOf('\n', offset))
      if (carriageReturn < offset) carriageReturn = atOrEnd(value.indexOf('\r', offset))
      return newline < carriageReturn ? newline : carriageReturn
    }
  }

  function atOrEnd(found: number): number {
    return found === -1 ? value.length : found
  }
}
