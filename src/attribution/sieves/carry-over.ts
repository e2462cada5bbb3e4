/**
 * Sieve 13, `carry-over`: the speaker who is talking (until a section break or a new speaker).
 *
 * Example: `„We gaan door”, zegt Smit.` `„Opgeven is geen optie.”` → Smit.
 */
import type {Sieve} from './sieve.js'

export const carryOver: Sieve = {
  name: 'carry-over',
  find(_quote, _evidence, discourse) {
    const current = discourse.current
    return current ? {entity: current.entity, mention: null, cue: null, method: 'carry-over', local: false} : undefined
  }
}
