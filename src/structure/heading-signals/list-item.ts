/**
 * Signal `list-item`: an item of a list is a paragraph.
 *
 * A line that opens with a bullet (`- `, `• `, `* `) is a list item. A numbered line (`1. `,
 * `2) `) is a list item when the block right before or after it carries the number before or after
 * its own (`1.` then `2.`); numbered lines with text between them are the numbered sub-headings of
 * a list article (`1. Eerst de prijs`, paragraphs, `2. Dan de service`), and the signals after this
 * one read them without their number.
 */
import type {HeadingSignal} from './signal.js'

export const listItem: HeadingSignal = {
  name: 'list-item',
  read(article, index) {
    const line = article.lines[index]!
    if (line.bullet) return false
    const number = line.number
    if (number === undefined) return undefined
    const previous = article.lines[index - 1]?.number
    const next = article.lines[index + 1]?.number
    return previous === number - 1 || next === number + 1 ? false : undefined
  }
}
