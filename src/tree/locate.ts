/**
 * Turn UTF-16 offsets into unist points (1-based line and column), in linear time.
 *
 * Line breaks are counted as parse-latin counts them: `\r\n` is one break, and a lone `\r`
 * or `\n` is one too, so our points agree with the tokenizer's.
 */
import type {Point, Position} from 'unist'

export interface Locator {
  /** The point at `offset` (clamped to the document). */
  point(offset: number): Point
  /** The position from `start` to `end` (exclusive). */
  position(start: number, end: number): Position
  /** Offset of the start of each line (line `n` starts at `lineStarts[n - 1]`). */
  lineStarts: number[]
}

export function createLocator(value: string): Locator {
  const lineStarts = [0]
  // The breaks are found with `indexOf` (far faster than a test of every code unit); each kind
  // is searched for again only after the last one found, so the text is read once for each.
  let newline = value.indexOf('\n')
  let carriageReturn = value.indexOf('\r')
  while (newline !== -1 || carriageReturn !== -1) {
    if (carriageReturn !== -1 && (newline === -1 || carriageReturn < newline)) {
      let next = carriageReturn + 1
      if (newline === next) newline = value.indexOf('\n', ++next)
      lineStarts.push(next)
      carriageReturn = value.indexOf('\r', carriageReturn + 1)
    } else {
      lineStarts.push(newline + 1)
      newline = value.indexOf('\n', newline + 1)
    }
  }

  return {point, position, lineStarts}

  function point(offset: number): Point {
    const clamped = offset < 0 ? 0 : offset > value.length ? value.length : offset
    // Binary search for the last line start at or before the offset.
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= clamped) low = middle
      else high = middle - 1
    }
    // An offset between `\r` and `\n` of a CRLF belongs to the line the CRLF ends.
    return {line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
}

/**
 * The position from the start of `first` to the end of `last`, with points of its own: a
 * parent never shares point objects with its children (changing one never moves another).
 */
export function span(first: {position?: Position | undefined}, last: {position?: Position | undefined}): Position {
  return {start: {...first.position!.start}, end: {...last.position!.end}}
}
