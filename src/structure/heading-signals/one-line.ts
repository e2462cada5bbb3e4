/**
 * Signal `one-line`: a heading is one line. A block of more lines (a list, a paragraph whose
 * lines the source wrapped) is a paragraph, however short.
 */
import type {HeadingSignal} from './signal.js'

export const oneLine: HeadingSignal = {
  name: 'one-line',
  read(article, index) {
    return article.lines[index]!.oneLine ? undefined : false
  }
}
