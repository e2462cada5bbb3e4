/**
 * Find the characters in a paragraph that may open or close a quotation, and tell them
 * apart from apostrophes.
 *
 * Whether a mark can open or close follows from its neighbours, as CommonMark decides for
 * emphasis delimiters: a mark with text after it and white space (or punctuation) before it
 * can open; one with text before it and white space (or punctuation) after it can close. A
 * mark between two letters (`auto's`, `zo’n`) is an apostrophe; so is one that starts a Dutch
 * elision (`'s avonds`, `’t`, `'80`). Which marks really pair is decided later, by
 * `pairQuoteMarks`. One pass over the text, from one mark to the next.
 */
import {elisions} from '../lexicon/elisions.js'
import {isWhiteSpace} from '../structure/find-blocks.js'

export type Family = 'double' | 'single'

export interface Mark {
  start: number
  end: number
  family: Family
  canOpen: boolean
  canClose: boolean
  /** A straight `'` or `’`, which may also be an apostrophe: never reported when it pairs with nothing. */
  apostropheLike: boolean
}

/** The quote characters and what they are; runs of ASCII marks are handled apart. */
const characters: ReadonlyMap<number, {family: Family; role: 'open' | 'close' | 'either'}> = new Map([
  [0x201e, {family: 'double', role: 'open'}], // „
  [0x201c, {family: 'double', role: 'either'}], // “ (opens in „…“ style only as a closer)
  [0x201d, {family: 'double', role: 'either'}], // ”
  [0x00ab, {family: 'double', role: 'either'}], // «
  [0x00bb, {family: 'double', role: 'either'}], // »
  [0x201a, {family: 'single', role: 'open'}], // ‚
  [0x2018, {family: 'single', role: 'either'}], // ‘
  [0x2019, {family: 'single', role: 'either'}], // ’
  [0x2039, {family: 'single', role: 'either'}], // ‹
  [0x203a, {family: 'single', role: 'either'}] // ›
])

/** The family of a quote character (`"` and `'` too), or `undefined` for any other character. */
export function markFamily(character: string): Family | undefined {
  const code = character.charCodeAt(0)
  if (code === 34) return 'double'
  if (code === 39) return 'single'
  return characters.get(code)?.family
}

/** Single marks that, doubled, stand for a double mark, with the role the pair takes. */
const doubledSingles: ReadonlyMap<number, 'open' | 'close'> = new Map([
  [0x2019, 'close'],
  [0x2018, 'open'],
  [0x201a, 'open']
])

/** Marks that usually open (so they open when both sides allow either). */
const usuallyOpening = new Set([0x201e, 0x201c, 0x00ab, 0x201a, 0x2018, 0x2039])

/**
 * Where the scan stops: a straight mark, the quote characters of `characters`, and two commas
 * (`,,` may open a quote; a lone comma never does, and most commas are alone).
 */
const candidate = /["'\u00AB\u00BB\u2018-\u201A\u201C-\u201E\u2039\u203A]|,,/

export function findQuoteMarks(value: string, start: number, end: number): Mark[] {
  const marks: Mark[] = []
  let index = start

  while (index < end) {
    // A regular expression finds the next mark far faster than a test of every code unit; it
    // searches the rest of the block only, so that it never runs past the block's end.
    const found = value.slice(index, end).search(candidate)
    if (found === -1) break
    index += found
    const code = value.charCodeAt(index)

    // Straight marks come in runs: `"`, `''`, `,,`, `'''`.
    if (code === 34 /* " */ || code === 39 /* ' */ || code === 44 /* , */) {
      let runEnd = index + 1
      while (runEnd < end && value.charCodeAt(runEnd) === code) runEnd++
      const length = runEnd - index
      if (code === 44) {
        if (length === 2) pushMark(marks, value, index, runEnd, start, end, 'double', 'open', false)
      } else if (code === 34) {
        if (length === 1) pushMark(marks, value, index, runEnd, start, end, 'double', 'either', false)
      } else if (length === 1) {
        pushMark(marks, value, index, runEnd, start, end, 'single', 'either', true)
      } else if (length === 2 && isElision(value, runEnd, end)) {
        // `''s Winters`: an opening single mark, then the apostrophe of the elision.
        pushMark(marks, value, index, index + 1, start, end, 'single', 'open', false)
      } else if (length === 2) {
        pushMark(marks, value, index, runEnd, start, end, 'double', 'either', false)
      } else if (length === 3) {
        // `'''`: a single and a double mark together, the inner one nearest the text.
        const before = index > start ? value.charCodeAt(index - 1) : 32
        if (isWhiteSpace(before)) {
          pushMark(marks, value, index, index + 2, start, end, 'double', 'open', false)
          pushMark(marks, value, index + 2, runEnd, start, end, 'single', 'open', false)
        } else {
          pushMark(marks, value, index, index + 1, start, end, 'single', 'close', false)
          pushMark(marks, value, index + 1, runEnd, start, end, 'double', 'close', false)
        }
      }
      // Longer runs are not quotation marks (and keep hostile input linear).
      index = runEnd
      continue
    }

    // Every other quote character is « or beyond: most characters skip the lookup.
    const known = code >= 0xab ? characters.get(code) : undefined
    if (known) {
      let runEnd = index + 1
      while (runEnd < end && value.charCodeAt(runEnd) === code) runEnd++
      if (runEnd - index === 1) {
        pushMark(marks, value, index, runEnd, start, end, known.family, known.role, code === 0x2019, usuallyOpening.has(code))
      } else if (runEnd - index === 2 && doubledSingles.has(code)) {
        // `’’`, `‘‘`, `‚‚`: a pair of single marks standing for a double one, as `''` and `,,` do
        // (what typographic conversion makes of them).
        pushMark(marks, value, index, runEnd, start, end, 'double', doubledSingles.get(code)!, false)
      }
      index = runEnd
      continue
    }

    index++
  }

  return marks
}

function pushMark(
  marks: Mark[],
  value: string,
  markStart: number,
  markEnd: number,
  start: number,
  end: number,
  family: Family,
  role: 'open' | 'close' | 'either',
  apostropheLike: boolean,
  prefersOpening = false
): void {
  const before = markStart > start ? value.codePointAt(previousCodePoint(value, markStart, start))! : -1
  const after = markEnd < end ? value.codePointAt(markEnd)! : -1
  const spaceBefore = before === -1 || isWhiteSpace(before)
  const spaceAfter = after === -1 || isWhiteSpace(after)
  const punctuationBefore = !spaceBefore && isPunctuation(before)
  const punctuationAfter = !spaceAfter && isPunctuation(after)
  const digitBefore = isDigit(before) && isUpperCase(after)
  const leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore || digitBefore)
  const rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)

  // Between two letters: an apostrophe (`auto's`) or a typo, never a quote mark. After a digit
  // it may open a quote glued to a list number (`2'Objectieve' experts`).
  if (isAlphanumeric(before) && isAlphanumeric(after) && !(isDigit(before) && isUpperCase(after))) return

  if (apostropheLike && leftFlanking && (spaceBefore || punctuationBefore) && isElision(value, markEnd, end)) return

  let canOpen = role !== 'close' && leftFlanking
  let canClose = role !== 'open' && rightFlanking
  // A space typed before a closing mark (`zeg je paf ',`): punctuation after it shows it closes.
  if (role === 'either' && spaceBefore && (after === 44 || after === 46 || after === 59 || after === 41 || after === 33 || after === 63)) {
    canOpen = false
    canClose = true
  }
  if (canOpen && canClose && role === 'either') {
    // Punctuation on both sides (`."` before `,`): let the usual direction of the mark decide
    // for typographic marks; straight marks stay ambiguous and pairing decides.
    if (prefersOpening) canClose = false
    else if (!apostropheLike && family === 'double' && value.charCodeAt(markStart) !== 34 && value.charCodeAt(markStart) !== 39) canOpen = false
  }
  if (!canOpen && !canClose) return
  marks.push({start: markStart, end: markEnd, family, canOpen, canClose, apostropheLike})
}

function previousCodePoint(value: string, index: number, start: number): number {
  const low = value.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index - 2 >= start) {
    const high = value.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return index - 2
  }
  return index - 1
}

/** `'s avonds`, `’t`, `'n`, `'80`: an apostrophe that starts an elided word. */
function isElision(value: string, index: number, end: number): boolean {
  let wordEnd = index
  while (wordEnd < end && wordEnd - index < 6 && isAlphanumeric(value.charCodeAt(wordEnd))) wordEnd++
  if (wordEnd === index) return false
  // The elided word must end there (`'s-Hertogenbosch` has a hyphen after it).
  if (wordEnd < end && isAlphanumeric(value.charCodeAt(wordEnd))) return false
  return elisions.has(value.slice(index, wordEnd).toLowerCase())
}

const punctuationExpression = /[\p{P}\p{S}]/u
const alphanumericExpression = /[\p{L}\p{N}\p{M}]/u

export function isPunctuation(code: number): boolean {
  if (code < 128) {
    return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
  }
  return punctuationExpression.test(String.fromCodePoint(code))
}

function isUpperCase(code: number): boolean {
  if (code < 0) return false
  const character = String.fromCodePoint(code)
  return character !== character.toLowerCase()
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

export function isAlphanumeric(code: number): boolean {
  if (code < 0) return false
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return alphanumericExpression.test(String.fromCodePoint(code))
}
