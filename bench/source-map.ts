/**
 * A minimal source map reader (version 3, `mappings` in base64 VLQ), enough to turn a line of
 * the bundled benchmark back into `src/…/file.ts:line` for the profile report.
 */

export interface OriginalPlace {
  source: string
  /** 1-based. */
  line: number
}

interface RawSourceMap {
  sources: string[]
  mappings: string
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const digitOf = new Map([...base64].map((character, index) => [character, index]))

/** Decode one segment's VLQ fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = []
  let value = 0
  let shift = 0
  for (const character of segment) {
    const digit = digitOf.get(character)!
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return fields
}

/** Look up places in the original sources by generated line and column (both 1-based lines, 0-based columns). */
export function readSourceMap(map: RawSourceMap): (line: number, column: number) => OriginalPlace | undefined {
  // Per generated line: segments of [generated column, source index, original line (0-based)].
  const lines: Array<Array<[number, number, number]>> = []
  let source = 0
  let originalLine = 0
  let originalColumn = 0
  for (const lineText of map.mappings.split(';')) {
    const segments: Array<[number, number, number]> = []
    let column = 0
    if (lineText) {
      for (const segmentText of lineText.split(',')) {
        const fields = decodeSegment(segmentText)
        column += fields[0]!
        if (fields.length >= 4) {
          source += fields[1]!
          originalLine += fields[2]!
          originalColumn += fields[3]!
          segments.push([column, source, originalLine])
        }
      }
    }
    lines.push(segments)
  }

  return (line, column) => {
    const segments = lines[line - 1]
    if (!segments || segments.length === 0) return undefined
    let found = segments[0]!
    for (const segment of segments) {
      if (segment[0] > column) break
      found = segment
    }
    return {source: map.sources[found[1]]!, line: found[2] + 1}
  }
}

/** A node of a V8 CPU profile (`Profiler.stop`, `.cpuprofile`), as the profiling scripts read it. */
export interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number}
  hitCount?: number
  children?: number[]
  positionTicks?: Array<{line: number; ticks: number}>
}
