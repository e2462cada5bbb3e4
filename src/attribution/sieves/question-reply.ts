/**
 * Sieve 14, `question-reply` (`context`): words that follow right on a quoted question, in its
 * paragraph with nothing between them (`„Heb je hem gezien?” „Nee, nooit.”`), or that open the
 * paragraph after one that is a quoted question and nothing else, answer it. In a conversation
 * the one who answers is not the one who asked: it is the one the question calls by name (the
 * writer too), else the person named last who has spoken before, other than the asker, within a
 * few paragraphs of the section.
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
import type {Evidence, Sieve} from './sieve.js'

/** How many paragraphs back the one who answers may have been named. */
const reach = 6

/** Where the quoted question whose `close` token is `before` stands, when it is one (`„…?” „…”`). */
function questionBefore(tokens: Token[], before: number): {start: number; end: number} | undefined {
  const token = tokens[before]
  const question = token !== undefined && token.kind === 'close' && token.depth === 0 && quoteEndsIn(tokens, before, endsInQuestion) ? token.quote : undefined
  return question && {start: question.position!.start.offset!, end: question.position!.end.offset!}
}

/**
 * The quoted question the quote answers: the one right before it in its paragraph, or, when the
 * quote opens its paragraph, the paragraph before in its section if that is a quoted question
 * and nothing else (a conversation set out line by line).
 */
function questionAnswered(article: Article, evidence: Evidence): {start: number; end: number} | undefined {
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

export const questionReply: Sieve = {
  name: 'question-reply',
  find(quote, evidence, discourse) {
    const current = discourse.current
    const article = evidence.article
    const asked = current ? questionAnswered(article, evidence) : undefined
    if (!current || !asked) return undefined
    // (The one the question calls by name answers it: `„Ga jij mee, Els?” „Nee.”`.)
    const entity =
      lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) => item.entity !== current.entity && item.entity.person && namedInQuote(article, asked, item.entity) && !namedInQuote(article, quote, item.entity))?.entity ??
      askedWriter(article, asked) ??
      lastMentionWithin(article, evidence.open.block, quote.start, reach, (item) => item.entity !== current.entity && item.entity.person && discourse.used.has(item.entity) && !namedInQuote(article, quote, item.entity))?.entity
    return entity ? {entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }
}
