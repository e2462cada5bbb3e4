/**
 * Signal `sentences`: a line of two sentences (`.`, `!` or `?`, a space, maybe an opening quote
 * mark, a capital) is a paragraph, however short (`Het regent. Het waait`, `Bos vroeg het.
 * „Waarom?”`). Its list number does not count (`2. Polen`).
 */
import {core} from './line.js'
import type {HeadingSignal} from './signal.js'

// (The second may open with a quote mark: `… niemand iets merkte. ,,Was er dan …?''`.)
const twoSentences = /[.!?] (?:,,|[„“‘'"«‚])?\p{Lu}/u

export const sentences: HeadingSignal = {
  name: 'sentences',
  read(article, index) {
    return twoSentences.test(core(article.lines[index]!)) ? false : undefined
  }
}
