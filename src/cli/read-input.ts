/**
 * Read one input and decode it as UTF-8, strictly: a file in another encoding is a failure
 * to report, not text to parse with replacement characters in it.
 */
import {readFileSync} from 'node:fs'

/** The text, or why there is none; `warning` for text that was read but looks wrong (NUL bytes). */
export type ReadResult = {text: string; problem: null; warning: string | null} | {text: null; problem: string; warning?: null}

// `ignoreBOM` keeps a byte order mark in the text, so positions match the file and the tree stays lossless.
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function readInput(file: string | null, bytes: Uint8Array | undefined): ReadResult {
  let data = bytes
  if (data === undefined) {
    if (file === null) return {text: null, problem: 'no data'}
    try {
      data = readFileSync(file)
    } catch (error) {
      return {text: null, problem: describeReadError(error as NodeJS.ErrnoException)}
    }
  }
  // A NUL byte is in no text file: in bytes that are not UTF-8 either, it is a program or an
  // image, which converting would not help; in UTF-8, the text is parsed, with a warning.
  const nul = data.indexOf(0)
  let text: string
  try {
    text = decoder.decode(data)
  } catch {
    if (nul !== -1) return {text: null, problem: `a binary file, not text (a NUL byte at byte ${nul})`}
    return {text: null, problem: `not valid UTF-8 (byte ${firstInvalidByte(data)}); convert it first, e.g. \`iconv -f latin1 -t utf-8\``}
  }
  return {text, problem: null, warning: nul === -1 ? null : `${describeNuls(data, nul)}: parsed as text, but is it text?`}
}

/** `3 NUL bytes, the first at byte 10`. */
function describeNuls(data: Uint8Array, first: number): string {
  let count = 0
  for (let index = first; index !== -1; index = data.indexOf(0, index + 1)) count++
  return count === 1 ? `a NUL byte at byte ${first}` : `${count} NUL bytes, the first at byte ${first}`
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    default:
      return `cannot read (${error.code ?? error.message})`
  }
}

/** The 0-based offset of the first byte that is not part of valid UTF-8, to point the user at it. */
export function firstInvalidByte(data: Uint8Array): number {
  let index = 0
  while (index < data.length) {
    const byte = data[index]!
    let length: number
    let min: number
    if (byte < 0x80) {
      index++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      min = 0x10000
    } else return index
    let codePoint = byte & (0xff >> (length + 1))
    for (let next = 1; next < length; next++) {
      const continuation = data[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
      codePoint = (codePoint << 6) | (continuation & 0x3f)
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index
    index += length
  }
  return index
}
