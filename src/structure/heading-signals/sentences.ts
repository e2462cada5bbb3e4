/**
 * Signal `sentences`: a line of two sentences (`.`, `!` or `?`, a space, a capital) is a
 * paragraph, however short (`Het regent. Het waait`). Its list number does not count (`2. Polen`).
 */
import {core} from './line.js'
import type {HeadingSignal} from './signal.js'

const twoSentences = /[.!?] \p{Lu}/u

export const sentences: HeadingSignal = {
  name: 'sentences',
  read(article, index) {
    return twoSentences.test(core(article.lines[index]!)) ? false : undefined
  }
}
