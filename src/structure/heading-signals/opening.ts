/**
 * Signal `opening`: a heading opens with a capital letter or a digit.
 *
 * The line's core is read (past a list number, symbols such as an emoji, an ellipsis, and an
 * opening quote mark that a mark at its end closes). A core that opens with a lower-case letter
 * continues a sentence (`heeft sinds 2008 …`), unless an ellipsis opens the line: then it
 * continues an earlier heading (`… en daarna`). A core that opens with a quote mark nothing at its
 * end closes is a quotation (`"Zo gaat het." — Jan Smit`), and one that opens with other
 * punctuation is no heading either.
 */
import type {HeadingSignal} from './signal.js'

const capitalOrDigit = /^[\p{Lu}\p{Lt}\p{N}]/u
const letter = /^\p{L}/u

export const opening: HeadingSignal = {
  name: 'opening',
  read(article, index) {
    const line = article.lines[index]!
    const first = line.text.slice(line.coreStart, line.coreStart + 2)
    if (capitalOrDigit.test(first)) return undefined
    return line.continues && letter.test(first) ? undefined : false
  }
}
