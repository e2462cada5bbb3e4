/**
 * Sieve 3, `colon`: a colon right before the opening mark; the clause before it names the
 * speaker, with a speech verb or without one.
 *
 * Example: `Smit zegt: „We gaan door.”` → Smit, cue `zegt`; `Buurvrouw Ria Smit: „Eindelijk!”`
 * → Ria Smit.
 */
import {clauseJoiners, relativeAdverbs} from '../../lexicon/clause-words.js'
import {addresseePronouns} from '../../lexicon/pronouns.js'
import {synonymsOf} from '../../lexicon/roles.js'
import {type Article, blockOf, isQuestion} from '../article.js'
import {clauseStart} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import type {NameMention} from '../find-speakers.js'
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import {isRoleToken, type Token} from '../read-tokens.js'
import {holdsRole} from '../references.js'
import {firstAtOrAfter, searchBack} from '../search-back.js'
import {mainPerson, resolvePhrase, writerFound} from '../resolve-phrase.js'
import {heardSaying, speakerOfClause} from '../speaker-of-clause.js'
import type {Found, Sieve} from './sieve.js'

export const colonBefore: Sieve = {
  name: 'colon-before',
  find(quote, evidence, discourse) {
    const tokens = evidence.openTokens
    const open = evidence.open.token
    const colon = tokens[open - 1]
    if (!colon || colon.kind !== 'punctuation' || colon.value !== ':' || colon.depth !== 0) return undefined
    const start = lastJoinedClause(tokens, clauseStart(tokens, open - 1), open - 1)
    // `Ik besluit met: „…”`, `Ik vroeg haar: „…?”`: the words of the writer the article names.
    // (One it does not name is no one to go on talking: the words after are not theirs.)
    if (evidence.article.writer !== undefined && tokens[start]?.lower === 'ik' && tokens[start]!.depth === 0 && start + 1 < open - 1) {
      // (In an answer to the writer's question, `ik` is the one interviewed: `Wat zei u? ⏎⏎ Ik heb
      // tegen de minister gezegd: „…”`.)
      const article = evidence.article
      const question = evidence.open.block - 1
      const addressing = isQuestion(article, question) && article.blocks[question]!.tokens.some((token) => token.kind === 'word' && addresseePronouns.has(token.lower))
      const answering = addressing ? discourse.interviewee ?? mainPerson(article, quote.start) : undefined
      if (answering) return {entity: answering, mention: tokens[start]!.value, cue: tokens[start + 1]!.value, method: 'pronoun', local: true}
      return writerFound(article, tokens[start]!, tokens[start + 1]!.value, 'colon')
    }
    // `Advocaat: ‘Er is geen bewijs’`: a headline's bare role is the one in that role.
    const role = start === open - 2 && tokens[start]!.capital && isRoleToken(tokens[start]) ? inRole(evidence.article, tokens[start]!, quote) : undefined
    return (
      role ??
      heardSaying(evidence.article, discourse, tokens, start, open - 1, quote.start) ??
      speakerOfClause(evidence.article, discourse, {tokens, start, end: open - 1, method: 'colon', offset: quote.start, local: true})
    )
  }
}

/** How many blocks on a headline's role may be named (`Advocaat: ‘…’` ⏎⏎ `Advocaat Eva Kok vroeg …`). */
const roleNamedWithin = 3

/**
 * A headline's bare role (`Advocaat: ‘…’`, `Burgemeester: ‘…’`) is no name: it is the one the
 * article gives that role, named before it or in the blocks of its section right after it (a
 * subheading's line comes before the text that names its speaker). (One it names nowhere is
 * left to the phrase's reading: an unnamed source there cost a project-written set.)
 */
function inRole(article: Article, token: Token, quote: {start: number; end: number}): Found | undefined {
  const role = token.lower
  const synonyms = synonymsOf(role)
  const fits = (mention: NameMention): boolean => !mention.entity.unnamed && holdsRole(mention.entity, role, synonyms)
  const mentions = article.registry.mentions
  const before = searchBack(mentions, quote.start, fits)
  if (before) return {entity: before.entity, mention: token.value, cue: null, method: 'role', local: true}
  const block = blockOf(article, quote.start)
  const section = article.blocks[block]!.section
  for (let index = firstAtOrAfter(mentions, quote.end); index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mention.block > block + roleNamedWithin || article.blocks[mention.block]!.section !== section) break
    if (fits(mention)) return {entity: mention.entity, mention: token.value, cue: null, method: 'role', local: true}
  }
  return undefined
}

/**
 * `„…”, zei hij, waarop Van Houten riep: „…”`: the last clause a comma and a joining word open
 * before the colon is the one whose subject speaks.
 */
function lastJoinedClause(tokens: Token[], start: number, end: number): number {
  let from = start
  for (let index = start + 1; index + 1 < end; index++) {
    const token = tokens[index]!
    // (So does a relative adverb: `een mail, waarin een ambtenaar schreef: „…”` is the official's.)
    if (token.depth === 0 && token.value === ',' && (clauseJoiners.has(tokens[index + 1]!.lower) || relativeAdverbs.has(tokens[index + 1]!.lower))) from = index + 2
  }
  return from
}
