/**
 * Read one input and decode it as UTF-8, strictly: a file in another encoding is a failure
 * to report, not text to parse with replacement characters in it.
 */
import {readFileSync} from 'node:fs'

export type ReadResult = {text: string; problem: null} | {text: null; problem: string}

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
  try {
    return {text: decoder.decode(data), problem: null}
  } catch {
    return {text: null, problem: `not valid UTF-8 (byte ${firstInvalidByte(data)}); convert it first, e.g. \`iconv -f latin1 -t utf-8\``}
  }
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
