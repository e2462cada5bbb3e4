/**
 * Sieve 11, `carry-over` in an interview: a quote that opens the paragraph after a question of
 * the interviewer's (a paragraph that does not open with a quote and ends in `?` outside one) is the answer of the one who
 * answered before; once two answers in a row were theirs, after any paragraph of the
 * interviewer's.
 *
 * Example: `Hoe begon het?` ⏎⏎ `„Met een krant en een fiets.”` → the interviewee.
 */
import {isQuestion, isWriters} from '../article.js'
import type {Sieve} from './sieve.js'

export const answer: Sieve = {
  name: 'answer',
  find(_quote, evidence, discourse) {
    const interviewee = discourse.interviewee
    const {block, token} = evidence.open
    if (!interviewee || token !== 0) return undefined
    if (!isQuestion(evidence.article, block - 1) && !(discourse.answers >= 2 && isWriters(evidence.article, block - 1))) return undefined
    return {entity: interviewee, mention: null, cue: null, method: 'carry-over', local: false}
  }
}
