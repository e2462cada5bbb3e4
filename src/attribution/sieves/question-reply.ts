/**
 * Sieve 14, `question-reply` (`context`): words that follow right on a quoted question, in its
 * paragraph with nothing between them (`„Heb je hem gezien?” „Nee, nooit.”`), answer it. In a
 * conversation the one who answers is not the one who asked: it is the person named last who
 * has spoken before, other than the asker, within a few paragraphs of the section.
 *
 * Example: `„Het is koud hier”, zegt Kees Mol. Zijn vrouw Els kijkt op. „Wil je een jas?” „Nee,
 * het gaat wel.”` → Kees Mol (`Wil je een jas?` is Els's, by `newer-person`).
 */
import {lastMentionWithin, namedInQuote} from '../references.js'
import {quoteEndsIn} from '../read-tokens.js'
import {endsInQuestion} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

/** How many paragraphs back the one who answers may have been named. */
const reach = 6

export const questionReply: Sieve = {
  name: 'question-reply',
  find(quote, evidence, discourse) {
    const current = discourse.current
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const before = tokens[open - 1]
    if (!current || before === undefined || before.kind !== 'close' || before.depth !== 0 || !quoteEndsIn(tokens, open - 1, endsInQuestion)) return undefined
    const article = evidence.article
    const mention = lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) => item.entity !== current.entity && item.entity.person && discourse.used.has(item.entity) && !namedInQuote(article, quote, item.entity))
    return mention ? {entity: mention.entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }
}
