/**
 * Sieve 2, `dash`: a source after a dash right after the closing mark.
 *
 * Example: `„Dit had nooit mogen gebeuren.” - wethouder Ria Smit.` → Ria Smit.
 */
import {readSpeakerPhrase} from '../read-speaker-phrase.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {dashMark, sourceEnd} from '../token-patterns.js'
import type {Sieve} from './sieve.js'

export const dashAfter: Sieve = {
  name: 'dash-after',
  find(quote, evidence, discourse) {
    const tokens = evidence.closeTokens
    const close = evidence.close.token
    const dash = tokens[close + 1]
    if (!dash || dash.kind !== 'punctuation' || !dashMark.test(dash.value)) return undefined
    const phrase = readSpeakerPhrase(tokens, close + 2)
    if (!phrase || phrase.kind === 'pronoun') return undefined
    const after = tokens[phrase.to]
    if (after && !(after.kind === 'punctuation' && sourceEnd.test(after.value))) return undefined
    return resolvePhrase(evidence.article, discourse, tokens, phrase, null, 'dash', quote.start, true)
  }
}
