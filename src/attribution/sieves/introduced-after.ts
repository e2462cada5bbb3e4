/**
 * Sieve 12, `context`, a speaker brought on right after their words: a quote with no cue that
 * opens its paragraph and ends its sentence, when the next sentence opens with a person the
 * article names there for the first time. News writing puts the words first and then says who
 * spoke them; the one talking before does not go on over a new name.
 *
 * Example: `„Dat is een smoes.” Kees Mol, voorzitter van de bond, is er kort over.` → Kees Mol,
 * though Smit was talking in the paragraph before.
 */
import {firstAtOrAfter, searchBack} from '../search-back.js'
import {continuingOpeners} from '../../lexicon/clause-words.js'
import {afterParenthesis, quoteEndsIn} from '../read-tokens.js'
import {endsInStop, fullStop} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const introducedAfter: Sieve = {
  name: 'introduced-after',
  find(quote, evidence) {
    const {article, open, close} = evidence
    // The quote opens its paragraph, and its sentence ends with it (in one paragraph); it does not
    // go on with words said before (`„Maar …”`).
    if (open.token !== 0 || open.block !== close.block) return undefined
    const tokens = evidence.closeTokens
    const opening = tokens.find((token, index) => index > open.token && token.kind === 'word')
    if (opening && continuingOpeners.has(opening.lower)) return undefined
    let index = close.token + 1
    if (tokens[index]?.kind === 'punctuation' && fullStop.test(tokens[index]!.value)) index++
    else if (!quoteEndsIn(tokens, close.token, endsInStop)) return undefined
    const first = tokens[index]
    // (Not a run-in heading in capitals: `BIEDT HET UITKOMST?`)
    if (!first || first.kind !== 'word' || first.depth !== 0 || !first.capital || first.value === first.value.toUpperCase()) return undefined
    const mentions = article.registry.mentions
    const mention = mentions[firstAtOrAfter(mentions, first.start)]
    if (!mention || mention.start !== first.start || mention.inPhrase || !mention.entity.person) return undefined
    // Named here for the first time: no mention of them before the quote.
    if (searchBack(mentions, quote.start, (item) => item.entity === mention.entity, 256)) return undefined
    // (Not one of several named together: `Eva Kok (PvdA) en Tom Vos (D66) vertellen …`.)
    if (tokens[afterParenthesis(tokens, firstAtOrAfter(tokens, mention.end), tokens.length)]?.lower === 'en') return undefined
    return {entity: mention.entity, mention: null, cue: null, method: 'context', local: false}
  }
}
