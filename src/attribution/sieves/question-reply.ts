/**
 * Sieve 14, `question-reply` (`context`): words that follow right on a quoted question, in its
 * paragraph with nothing between them (`„Heb je hem gezien?” „Nee, nooit.”`), answer it. In a
 * conversation the one who answers is not the one who asked: it is the person named last who
 * has spoken before, other than the asker, within a few paragraphs of the section.
 *
 * Example: `„Het is koud hier”, zegt Kees Mol. Zijn vrouw Els kijkt op. „Wil je een jas?” „Nee,
 * het gaat wel.”` → Kees Mol (`Wil je een jas?` is Els's, by `newer-person`).
 */
import {namedInQuote} from '../references.js'
import {quoteEndsIn} from '../read-tokens.js'
import {searchBack} from '../search-back.js'
import type {Sieve} from './sieve.js'

/** How many paragraphs back the one who answers may have been named. */
const reach = 6

const questionMark = /\?/

export const questionReply: Sieve = {
  name: 'question-reply',
  find(quote, evidence, discourse) {
    const current = discourse.current
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const before = tokens[open - 1]
    if (!current || before === undefined || before.kind !== 'close' || before.depth !== 0 || !quoteEndsIn(tokens, open - 1, questionMark)) return undefined
    const article = evidence.article
    const blocks = article.blocks
    const block = evidence.open.block
    const section = blocks[block]!.section
    const mention = searchBack(article.registry.mentions, quote.start, (item) =>
      item.block < block - reach || blocks[item.block]!.section !== section
        ? 'stop'
        : item.entity !== current.entity && item.entity.person && discourse.used.has(item.entity) && !namedInQuote(article, quote, item.entity)
    )
    return mention ? {entity: mention.entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }
}
