/**
 * Signal `relative-length`: a heading is short beside the article's paragraphs.
 *
 * A line of at most a third of the mean length of the article's paragraphs (the blocks that end a
 * sentence) is short: a sub-heading as news sites print it, a few words over paragraphs of a few
 * sentences. An article of fewer than three paragraphs gives too little to compare with: there,
 * every line is short. A longer line (a long descriptive heading, as long-form and technical posts print
 * them, or the numbered headings of a list article over short paragraphs) is a heading only in an
 * article that prints other headings, short or long; alone, it is a call to action or a caption
 * whose link or full stop the layout lost, so a paragraph (`'long'`, decided after all blocks are
 * read).
 */
import type {HeadingSignal} from './signal.js'

export const relativeLength: HeadingSignal = {
  name: 'relative-length',
  read(article, index) {
    const line = article.lines[index]!
    return line.text.length * 3 > article.meanParagraph && article.meanParagraph > 0 ? 'long' : undefined
  }
}
