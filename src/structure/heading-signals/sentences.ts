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

export const sentences: HeadingSignal = {
  name: 'sentences',
  read(article, index) {
    const text = core(article.lines[index]!)
    if (twoSentences.test(text)) return false
    const introduced = clauseBeforeQuote.exec(text)
    return introduced && lowerCaseWord.test(introduced[0]) ? false : undefined
  }
}
