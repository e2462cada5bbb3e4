/**
 * Sieve 15, `context`: with no one talking, the person named last in this or the previous
 * paragraph of the section (not in an interviewer's question).
 *
 * Example: `Het feest is bij Kees Mol thuis.` `„Zo druk was het nog nooit.”` → Kees Mol.
 */
import {nearestPerson as nearest} from '../references.js'
import type {Sieve} from './sieve.js'

export const nearestPerson: Sieve = {
  name: 'nearest-person',
  find(quote, evidence) {
    return nearest(evidence.article, evidence.open.block, quote.start, quote)
  }
}
