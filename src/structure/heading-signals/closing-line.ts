/**
 * Signal `closing-line`: a line that closes the article is no heading.
 *
 * Below the text, layouts print lines that head nothing: a signature (`Julia Hermans`), a call to
 * action with a link (`Meer weten? Kijk op www.voorbeeld.nl`), a photo credit (`Foto: ANP`). So:
 * - the last block is a paragraph, and so is a block followed only by closing lines (a signature
 *   above a credit);
 * - a line with a web address or an e-mail address is a paragraph: a heading names a subject,
 *   it does not send the reader elsewhere;
 * - a credit line (`Foto: ANP`, `Beeld Getty Images`, `© ANP`) is a paragraph, and so is a
 *   caption that ends in one (`Eva Kok bij het zwembad. Foto: Jan Bos`);
 * - a line that points to another page or a video (`Lees ook: Zwembad weer dicht`, `Bekijk hier
 *   de video`) is a paragraph; the two words alone may title a box of links (`Lees ook`).
 */
import {creditLabels} from '../../lexicon/credit-labels.js'
import {pointerFirstWords, pointerOpenings} from '../../lexicon/layout-words.js'
import type {Line} from './line.js'
import type {HeadingSignal} from './signal.js'

// An address: `www.`, or an e-mail address (`naam@domein.nl`); a scheme (`https://`) is found with
// `includes`. The class after `@` excludes `@` and `.`, so each position is read a bounded number
// of times (a pattern that reads a scheme's letters before `://` would read a long word once for
// each of its letters).
const address = /\bwww\.|[\p{L}\p{N}_%+-]@[\p{L}\p{N}-]+\.\p{L}/iu
/** A quick test for a place where `address` may match: `www.` in any case (no Unicode classes). */
const wwwAnywhere = /www\./i
// A credit label, then `:`, `©`, `/`, `|` or an agency in capitals (`Foto ANP`).
const creditLine = /^([\p{L}' ]{4,16}?)(?:\s*[:©/|]|\s+\p{Lu}{2,}\b)/u

// A credit label as a caption writes it, capitalised, with its colon (`Foto:`).
const captionLabels: readonly string[] = [...creditLabels].filter((label) => !label.includes(' ')).map((label) => label.charAt(0).toUpperCase() + label.slice(1) + ':')
const sentenceEndBefore = /[.!?]['’"”»]?\s+$/
const firstTwoWords = /^(\p{L}+)\s+(\p{L}+)/u

/** Whether a credit label follows a sentence's end in `text` (`… op het erf. Foto: Jan Bos`). */
function endsInCaptionCredit(text: string): boolean {
  for (const label of captionLabels) {
    const at = text.indexOf(label)
    if (at > 2 && sentenceEndBefore.test(text.slice(Math.max(0, at - 4), at))) return true
  }
  return false
}

export const closingLine: HeadingSignal = {
  name: 'closing-line',
  read(article, index) {
    if (index >= article.closingFrom - 1) return false
    return isClosingLine(article.lines[index]!) ? false : undefined
  }
}

/** Whether a line is a link or a credit line (a multi-line block is neither). */
export function isClosingLine(line: Line): boolean {
  if (!line.oneLine) return false
  if (line.text.charAt(0) === '©' || line.text.includes('://')) return true
  // (The address pattern only where an address can be: it is costly on every paragraph's text.)
  if ((line.text.includes('@') || wwwAnywhere.test(line.text)) && address.test(line.text)) return true
  const credit = creditLine.exec(line.text)
  if (credit !== null && creditLabels.has(credit[1]!.trim().toLowerCase())) return true
  // (Each test only where it can match: they run on every line.)
  if (line.text.includes(':') && endsInCaptionCredit(line.text)) return true
  const space = line.text.indexOf(' ')
  if (space < 3 || space > 8 || !pointerFirstWords.has(line.text.slice(0, space).toLowerCase())) return false
  const words = firstTwoWords.exec(line.text)
  return words !== null && words[0].length < line.text.length - 2 && pointerOpenings.has(`${words[1]!.toLowerCase()} ${words[2]!.toLowerCase()}`)
}
