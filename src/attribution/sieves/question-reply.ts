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
import type {Article} from '../article.js'
import type {Entity} from '../find-speakers.js'
import type {Token} from '../read-tokens.js'
import type {Quote} from '../../tree/types.js'
import type {Evidence, Sieve} from './sieve.js'

/** How many paragraphs back the one who answers may have been named. */
const reach = 6

/** The quoted question whose `close` token is `before`'s, when it is one (`„…?” „…”`). */
function questionBefore(tokens: Token[], before: number): Quote | undefined {
  const token = tokens[before]
  return token !== undefined && token.kind === 'close' && token.depth === 0 && quoteEndsIn(tokens, before, endsInQuestion) ? token.quote : undefined
}

/**
 * The quoted question the quote answers: the one right before it in its paragraph, or, when the
 * quote opens its paragraph, the paragraph before in its section if that is a quoted question
 * and nothing else (a conversation set out line by line).
 */
function questionAnswered(article: Article, evidence: Evidence): Quote | undefined {
  const {block, token} = evidence.open
  if (token > 0) return questionBefore(evidence.openTokens, token - 1)
  const before = article.blocks[block - 1]
  if (before === undefined || before.section !== article.blocks[block]!.section) return undefined
  const tokens = before.tokens
  const last = tokens.length - 1
  return last > 0 && tokens[0]!.kind === 'open' && tokens[last]!.quote === tokens[0]!.quote ? questionBefore(tokens, last) : undefined
}

/** The writer, when the question calls them by name (`„Wat vind jij, Anna?”` to a writer Anna de Wit). */
function askedWriter(article: Article, asked: {start: number; end: number}): Entity | undefined {
  if (article.writer === undefined) return undefined
  const writer = article.registry.writer(article.writer)
  return namedInQuote(article, asked, writer) ? writer : undefined
}

/** The quote's place in the text. */
function rangeOf(quote: Quote): {start: number; end: number} {
  return {start: quote.position!.start.offset!, end: quote.position!.end.offset!}
}

export const questionReply: Sieve = {
  name: 'question-reply',
  find(quote, evidence, discourse) {
    const current = discourse.current
    const article = evidence.article
    const question = current ? questionAnswered(article, evidence) : undefined
    if (!current || !question) return undefined
    const asked = rangeOf(question)
    // (The one the question calls by name answers it: `„Ga jij mee, Els?” „Nee.”`.)
    const entity =
      lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) => item.entity !== current.entity && item.entity.person && namedInQuote(article, asked, item.entity) && !namedInQuote(article, quote, item.entity))?.entity ??
      askedWriter(article, asked) ??
      lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) => item.entity !== current.entity && item.entity.person && discourse.used.has(item.entity) && !namedInQuote(article, quote, item.entity))?.entity
    return entity ? {entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }
}
