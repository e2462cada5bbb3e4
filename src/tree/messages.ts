/**
 * The catalogue of problems newsast reports in a text. Each is a `VFileMessage` with
 * `source: 'newsast'` and one of these rule ids; none is ever thrown.
 */
import {VFileMessage} from 'vfile-message'
import type {Position} from 'unist'

export const rules = {
  /** An opening quote mark that no mark closes: the quote runs to the end of its paragraph. */
  'unclosed-quote': 'Unclosed quote: no closing mark before the end of the paragraph',
  /** A closing quote mark with no opening mark before it. */
  'unopened-quote': 'Closing quote mark with no opening mark',
  /** A quote whose opening and closing marks belong to different styles (`"…'`). */
  'mismatched-quote': 'Quote opened and closed with marks of different styles',
  /** A header date that names no real day or month (`2019-13`). */
  'invalid-date': 'Date in header is not a valid date',
  /** A quote of reported speech whose speaker could not be found. */
  'unattributed-quote': 'No speaker found for this quote'
} as const

export type RuleId = keyof typeof rules

export type Report = (message: VFileMessage) => undefined | void

/** Create a message for a rule, placed at `place`, with optional detail. */
export function createMessage(ruleId: RuleId, place: Position, detail?: string): VFileMessage {
  const message = new VFileMessage(detail ? `${rules[ruleId]}: ${detail}` : rules[ruleId], {
    place,
    ruleId,
    source: 'newsast'
  })
  // Problems in the text are warnings; a quote left without a speaker is only information.
  message.fatal = ruleId === 'unattributed-quote' ? undefined : false
  return message
}
