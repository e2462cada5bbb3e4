/**
 * Signal `question`: a question (or exclamation) on its own line is a heading, as explainers and
 * interviews print them (`Wat betekent dit voor huurders?`), of any length, except where what
 * follows shows it to be prose:
 * - the next block opens with a quote mark: the question is an interviewer's, answered in the
 *   interviewee's words (`Hoe gaat u dat betalen?` then `„Dat is een keuze.”`). In an article
 *   that has printed a sub-heading before, not right before it, a question between sections is
 *   one of its sub-headings even when a quote follows (`Hoe dan?` then `'Dat weten we nog niet'`);
 * - nothing follows, or the next block has the shape of a heading: the question closes its
 *   section (`Maar hoe lang nog?` before the next sub-heading).
 */
import {headingShaped} from './article.js'
import type {HeadingSignal} from './signal.js'

const quoteOpenings = new Set(['"', "'", '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', ','])

export const question: HeadingSignal = {
  name: 'question',
  read(article, index, decided) {
    const line = article.lines[index]!
    const final = line.text.charAt(line.coreEnd - 1)
    if (final !== '?' && final !== '!') return undefined
    const next = article.lines[index + 1]
    if (!next || headingShaped(article, index + 1)) return false
    if (!quoteOpenings.has(article.value.charAt(next.block.start))) return undefined
    return decided.headed && decided.depths[index - 1] === undefined ? undefined : false
  }
}
