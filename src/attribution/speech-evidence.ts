/**
 * Whether a sentence reports speech: the evidence a quote's kind is read from.
 *
 * A fragment in quotes is someone's words (`partial`) when the writer's sentence around it
 * tells of saying, writing, naming or thinking (`De wethouder noemt het plan ‘een gok’`,
 * `Volgens de bond is het ‘te laat’`), and a term, a label or irony (`scare`) when it does not
 * (`Het dorp leeft ‘gewoon’ door`). This is decided from the sentence alone, never from
 * whether some rule found a speaker: a carried-over speaker does not make a term speech, and a
 * fragment in a sentence of saying stays speech even when its speaker is unknown.
 *
 * Evidence, read from the sentence's words outside quotes:
 * - a form of a speech verb (`zegt`, `noemde`, `omschreef`, `vinden`); a particle verb only
 *   with its particle (`gaf … aan`, `legt … uit`), or in a form that carries it (`aangegeven`),
 *   since its bare forms mostly mean something else (`geeft`, `laat`);
 * - a prepositional cue (`volgens`, `aldus`).
 * Each sentence is read once, on first use, and only when asked (a third of the sentences of
 * the blocks with a quote never are), so that a sentence with thousands of quotes costs one
 * pass, not one per quote.
 */
import {cueForms, prepositionalCues} from '../lexicon/cues.js'
import {utteranceNouns} from '../lexicon/utterance-nouns.js'
import {soundingForms} from '../lexicon/verb-classes.js'
import type {Token} from './read-tokens.js'
import {firstAtLeast} from './search-back.js'

export interface SpeechEvidence {
  /** Whether sentence `sentence` of block `block` reports speech. */
  reportsSpeech(block: number, sentence: number): boolean
}

export function createSpeechEvidence(blocks: ReadonlyArray<readonly Token[]>): SpeechEvidence {
  // Per block, per sentence: whether it reports speech, once read.
  const read: Array<Array<boolean | undefined> | undefined> = []
  return {
    reportsSpeech(block, sentence) {
      const known = (read[block] ??= [])
      let speaks = known[sentence]
      if (speaks === undefined) {
        speaks = sentenceAtSpeaks(blocks[block] ?? [], sentence)
        known[sentence] = speaks
      }
      return speaks
    }
  }
}

/** Whether sentence `sentence` of a block reports speech (false when the block has no such sentence). */
function sentenceAtSpeaks(tokens: readonly Token[], sentence: number): boolean {
  // (A block's tokens are in order of their sentence: its tokens are found by binary search.)
  const start = firstOfSentence(tokens, sentence)
  const end = firstOfSentence(tokens, sentence + 1)
  return start < end && sentenceSpeaks(tokens, start, end)
}

/** The index of the first token whose sentence is `sentence` or later. */
function firstOfSentence(tokens: readonly Token[], sentence: number): number {
  return firstAtLeast(tokens, sentence, sentenceOf)
}

function sentenceOf(token: Token): number {
  return token.sentence
}

/** Whether the words outside quotes in `tokens[start..end)` (one sentence) report speech. */
function sentenceSpeaks(tokens: readonly Token[], start: number, end: number): boolean {
  // Two passes, each linear: the words present first, so a particle is looked up, not searched.
  const words = new Set<string>()
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && token.depth === 0) words.add(token.lower)
  }
  for (const word of words) {
    if (prepositionalCues.has(word) || utteranceNouns.has(word)) return true
    if (soundingForms.has(word)) continue
    const verbs = cueForms.get(word)
    if (verbs === undefined) continue
    for (const verb of verbs) {
      if (verb.particle === undefined || word.startsWith(verb.particle) || words.has(verb.particle)) return true
    }
  }
  return false
}
