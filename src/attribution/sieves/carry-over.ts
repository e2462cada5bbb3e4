/**
 * Sieve 14, `carry-over`: the speaker who is talking (until a section break or a new speaker).
 *
 * Example: `„We gaan door”, zegt Smit.` `„Opgeven is geen optie.”` → Smit.
 */
import {namedInQuote} from '../references.js'
import type {Sieve} from './sieve.js'

export const carryOver: Sieve = {
  name: 'carry-over',
  find(quote, evidence, discourse) {
    const current = discourse.current
    // (Not when the quote talks of them by name: `„Ik heb Ruud gebeld.”` is not Ruud's.)
    if (!current || namedInQuote(evidence.article, quote, current.entity)) return undefined
    return {entity: current.entity, mention: null, cue: null, method: 'carry-over', local: false}
  }
}
