/**
 * Sieve 16, `context`: with no one talking, the person named last in this or the previous
 * paragraph of the section (not in an interviewer's question). When that person is named only in
 * a phrase after a subject pronoun of their sentence (`… die hij kocht als knecht bij boer Ype
 * Bosma.`), the sentence is about the one the pronoun stands for: that one.
 *
 * Example: `Het feest is bij Kees Mol thuis.` `„Zo druk was het nog nooit.”` → Kees Mol.
 */
import {subjectPronouns} from '../../lexicon/pronouns.js'
import type {Article} from '../article.js'
import {sentenceStartOf} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import type {NameMention} from '../find-speakers.js'
import type {Token} from '../read-tokens.js'
import {nearestPerson as nearest, resolvePronoun} from '../references.js'
import {firstAtOrAfter, searchBack} from '../search-back.js'
import type {Found, Sieve} from './sieve.js'

export const nearestPerson: Sieve = {
  name: 'nearest-person',
  find(quote, evidence, discourse) {
    const found = nearest(evidence.article, evidence.open.block, quote.start, quote)
    if (!found) return undefined
    const mention = searchBack(evidence.article.registry.mentions, quote.start, (item) => item.entity === found.entity)
    return (mention?.inPhrase ? pronounSubject(evidence.article, discourse, mention, found) : undefined) ?? found
  }
}

/** The person a subject pronoun before `mention` in its sentence stands for, when it is someone else. */
function pronounSubject(article: Article, discourse: Discourse, mention: NameMention, found: Found): Found | undefined {
  const tokens: Token[] = article.blocks[mention.block]!.tokens
  const at = firstAtOrAfter(tokens, mention.start)
  for (let index = sentenceStartOf(tokens, Math.min(at, tokens.length - 1)); index < at; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word' || !subjectPronouns.has(token.lower)) continue
    const person = resolvePronoun(article, discourse, token.lower, token.start)
    return person && person !== found.entity && person.person ? {...found, entity: person} : undefined
  }
  return undefined
}
