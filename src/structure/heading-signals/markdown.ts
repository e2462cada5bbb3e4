/**
 * Signal `markdown`: a line that starts with one to six `#` and a space is a Markdown heading of
 * that depth, wherever it stands and however it ends (`## Tot slot.`): the writer marked it.
 */
import type {HeadingSignal} from './signal.js'

const markdownHeading = /^(#{1,6})[ \t]+\S/

export const markdown: HeadingSignal = {
  name: 'markdown',
  read(article, index) {
    const match = markdownHeading.exec(article.lines[index]!.text)
    return match ? match[1]!.length : undefined
  }
}
