/**
 * Signal `sentences`: a line of two sentences (`.`, `!` or `?`, a space, maybe an opening quote
 * mark, a capital) is a paragraph, however short (`Het regent. Het waait`, `Bos vroeg het.
 * „Waarom?”`). Its list number does not count (`2. Polen`).
 */
import {core} from './line.js'
import type {HeadingSignal} from './signal.js'

// (The second may open with a quote mark: `… niemand iets merkte. ,,Was er dan …?''`.)
const twoSentences = /[.!?] (?:,,|[„“‘'"«‚])?\p{Lu}/u

/**
 * A clause of four words or more, one of them in lower case, then a colon and a quote: the
 * writer's sentence introducing words said (`De rechter reageerde droog: “Met hetzelfde
 * accent?”`), not a heading's `Advocaat: ‘Er is geen bewijs’`.
 */
const clauseBeforeQuote = /^(?:[^\s:]+ ){3,}[^\s:]+: (?:,,|[„“‘'"«‚])/u
const lowerCaseWord = /(?:^| )\p{Ll}/u

/** Quote marks around a line's core (`,,` and `''` end in `,` and `'`). */
const marks: ReadonlySet<string> = new Set(['"', "'", ',', '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›'])

/** The last character of a line's core when its words end in no mark: a letter or a digit. */
const wordEnd = /[\p{L}\p{N}]$/u

export const sentences: HeadingSignal = {
  name: 'sentences',
  read(article, index) {
    const line = article.lines[index]!
    const text = core(line)
    // (A line that is one quote whose words end in no mark, `„Komt dat af? Dat geloof ik pas als
    // ik het zie”`, is a pull quote set as a subheading, sentences inside it or not.)
    const pullQuote = marks.has(line.text.charAt(line.coreStart - 1)) && marks.has(line.text.charAt(line.coreEnd)) && wordEnd.test(text)
    if (twoSentences.test(text) && !pullQuote) return false
    const introduced = clauseBeforeQuote.exec(text)
    return introduced && lowerCaseWord.test(introduced[0]) ? false : undefined
  }
}
