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
 */
export function findBlocks(value: string, from = 0, to = value.length): Block[] {
  const blocks: Block[] = []
  let index = from
  let blockStart = -1
  let lastContent = -1
  // Whether the current line has content so far.
  let lineHasContent = false
  // Whether a blank line was seen since the last content.
  let blankSince = false

  while (index < to) {
    const code = value.charCodeAt(index)
    if (isLineBreak(code)) {
      if (!lineHasContent && lastContent !== -1) blankSince = true
      lineHasContent = false
      // A CRLF is one break.
      if (code === 13 && value.charCodeAt(index + 1) === 10) index++
    } else if (!isWhiteSpace(code)) {
      if (blockStart === -1) {
        blockStart = index
      } else if (blankSince) {
        blocks.push({start: blockStart, end: lastContent + 1})
        blockStart = index
      }
      blankSince = false
      lineHasContent = true
      lastContent = index
    }
    index++
  }

  if (blockStart !== -1) blocks.push({start: blockStart, end: lastContent + 1})
  return blocks
}
