/**
 * Signal `final-punctuation`: a line that ends a sentence or clause is prose.
 *
 * A core that ends in `.`, `,`, `;`, `:`, a dash or an ellipsis, or in a quote mark that closes
 * no quote opened in the line, is a paragraph. One ellipsis is a heading's: a heading that a
 * later heading continues (`1. Eerst naar Rome…`, paragraphs, `… en dan naar Napels`), so a line
 * ending in an ellipsis is read on when a later line opens with one.
 */
import {sentencePunctuation} from './article.js'
import type {HeadingSignal} from './signal.js'

const quoteCharacters = new Set(['"', "'", '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›'])
const ellipsisEnd = /(?:\.{3}|…)$/

export const finalPunctuation: HeadingSignal = {
  name: 'final-punctuation',
  read(article, index) {
    const line = article.lines[index]!
    const final = line.text.charAt(line.coreEnd - 1)
    if (quoteCharacters.has(final)) return false
    if (!sentencePunctuation.has(final)) return undefined
    const continued = article.lastContinuation > index && ellipsisEnd.test(line.text.slice(line.coreStart, line.coreEnd).slice(-3))
    return continued ? undefined : false
  }
}
