/**
 * Sieve 13, `context`: with no one talking, the person named last in this or the previous
 * paragraph of the section (not in an interviewer's question).
 *
 * Example: `Kees Mol woont al veertig jaar in de straat.` `„Zo druk was het nooit.”` → Kees Mol.
 */
import {nearestPerson as nearest} from '../references.js'
import type {Sieve} from './sieve.js'

export const nearestPerson: Sieve = {
  name: 'nearest-person',
  find(quote, evidence) {
    return nearest(evidence.article, evidence.open.block, quote.start)
  }
}
