/**
 * Tell a quote's kind from its words and its place in the sentence (README § Algorithm):
 * - `direct`: it opens its sentence (at the start of a paragraph, after a full stop or a
 *   colon) and is more than a label: a full sentence, a clause of four or more words, or words
 *   ending in sentence punctuation; or, inside a sentence, it starts with a capital and reads
 *   as a sentence of its own (four words or more, or ending in `.`, `?` or `!`);
 * - `partial`: a fragment inside the writer's sentence that someone said: three words or more,
 *   or any length with a speech cue, a colon or a dash source in its own sentence, or one or two
 *   words when someone is talking and no article comes right before (`verzet zich 'krachtig'`,
 *   but `de 'rampplek'` is a term);
 * - `scare`: the rest: a fragment with no one saying it, a short quoted word or name with no one saying it (irony, a term, a
 *   nickname, a title, a slogan), every name in title case (`'America First'`), a name after
 *   the noun it names (`de stichting ‘…’`) and one capitalised word (`over ‘Pierre’`).
 */
import {cueForms, prepositionalCues} from '../lexicon/cues.js'
import {isWhiteSpace} from './find-blocks.js'
import type {PlacedQuote} from './place-quotes.js'
import type {QuoteKind} from './types.js'

// Regular expressions at module level: a literal in a function may be compiled again after a major collection.
const startsUpper = /^\p{Lu}/u
const letter = /\p{L}/u
const commaAndWord = /^,? ?(\p{Ll}+)/u
const whiteSpaceRun = /\s+/

const terminal = /[.!?…]$/
const openingCharacters = new Set(['"', "'", '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', ','])

export function classifyQuoteKind(quote: PlacedQuote, value: string, localCue: boolean, speaking = false): QuoteKind {
  const first = quote.paired.parts[0]!
  const last = quote.paired.parts[quote.paired.parts.length - 1]!
  const innerStart = first.open ? first.open.end : first.start
  const innerEnd = last.close ? last.close.start : last.end
  // Only the edges of the quote are read (a bounded amount of text), so that quotes nested
  // thousands deep cost no more than flat ones.
  const truncated = innerEnd - innerStart > 200
  const inner = value.slice(innerStart, truncated ? innerStart + 200 : innerEnd).trim()
  const tail = value.slice(Math.max(innerStart, innerEnd - 40), innerEnd).trim()
  const counted = inner === '' ? 0 : inner.split(whiteSpaceRun).length
  const words = truncated ? Math.max(counted, 8) : counted
  const endsSentence = terminal.test(tail.replace(/[,;:]$/, '')) || quote.paired.parts.length > 1
  const capital = startsUpper.test(inner)

  if (opensSentence(value, first.start, quote.blocks[0]!.position!.start.offset!)) {
    if (endsSentence || words >= 4 || (capital && localCue)) return 'direct'
    if (localCue || followedByCue(value, innerEnd + (last.close ? last.close.end - last.close.start : 0))) return 'direct'
    return titleCase(inner) ? 'scare' : speaking && words >= 3 ? 'partial' : 'scare'
  }

  if (capital && (words >= 4 || endsSentence) && !titleCase(inner)) return 'direct'
  if (titleCase(inner) && !endsSentence) return 'scare'
  // A name after the noun it names (`de stichting ‘Europa Oost-Turkistan educatie centrum’`, `de
  // term ‘klimaatgekte’`), and one capitalised word (`over ‘Pierre’`): a name or a term.
  if (!endsSentence && (namingNouns.has(wordBefore(value, first.start).word) || (capital && words === 1))) return 'scare'
  // A fragment is someone's: with no one to say it, it is a label or a term.
  if (localCue || (speaking && words >= 3)) return 'partial'
  // A word or two in someone's words: when someone is talking and the words are not a noun
  // after an article (`de 'rampplek'`, a term), they are that speaker's (`verzet zich 'krachtig'`).
  if (speaking && !afterDeterminer(value, first.start)) return 'partial'
  return 'scare'
}

/** Nouns whose quoted complement is their name or title: `de stichting ‘…’`, `het woord ‘…’`. */
const namingNouns = new Set([
  'stichting', 'vereniging', 'organisatie', 'bedrijf', 'partij', 'project', 'programma', 'campagne', 'actie', 'operatie',
  'boek', 'film', 'serie', 'documentaire', 'lied', 'album', 'motto', 'slogan', 'term', 'woord', 'begrip', 'titel',
  'thema', 'naam', 'bijnaam', 'motie', 'wet', 'app', 'website', 'festival', 'voorstelling', 'tentoonstelling', 'rubriek'
])

const determiners = new Set(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'zijn', 'haar', 'hun', 'als'])

/**
 * Whether an article or a determiner comes before `start`, directly or before one adjective
 * (`de 'rampplek'`, `een cruciale 'verzekeringspolis'`): the quote is then a noun, a term.
 */
function afterDeterminer(value: string, start: number): boolean {
  const previous = wordBefore(value, start)
  if (determiners.has(previous.word)) return true
  return previous.word.length > 2 && previous.word.endsWith('e') && determiners.has(wordBefore(value, previous.start).word)
}

function wordBefore(value: string, start: number): {word: string; start: number} {
  let end = start
  while (end > 0 && isWhiteSpace(value.charCodeAt(end - 1))) end--
  let begin = end
  while (begin > 0 && end - begin < 40 && letter.test(value.charAt(begin - 1))) begin--
  return {word: value.slice(begin, end).toLowerCase(), start: begin}
}

/** Whether the text before `start` ends a sentence (or the paragraph starts there). */
function opensSentence(value: string, start: number, blockStart: number): boolean {
  let index = start - 1
  while (index >= blockStart && isWhiteSpace(value.charCodeAt(index))) index--
  if (index < blockStart) return true
  const previous = value.charAt(index)
  if (previous === ':' || previous === '.' || previous === '!' || previous === '?' || previous === '…') return true
  // After another quote that ended a sentence: `.” “…`.
  if (openingCharacters.has(previous) && index > blockStart && /[.!?]/.test(value.charAt(index - 1))) return true
  // A dash or bullet opening the paragraph.
  if ((previous === '-' || previous === '–' || previous === '—') && index === blockStart) return true
  return false
}

/** `, zegt …` / `, aldus …` after the closing mark. */
function followedByCue(value: string, end: number): boolean {
  const word = commaAndWord.exec(value.slice(end, end + 24))
  return word !== null && (cueForms.has(word[1]!) || prepositionalCues.has(word[1]!))
}

/** Every word capitalised (`America First`, `Bos op het Plein`): a name or a title. */
function titleCase(inner: string): boolean {
  const words = inner.split(whiteSpaceRun).filter((word) => letter.test(word))
  if (words.length === 0 || words.length > 6) return false
  const capitals = words.filter((word) => startsUpper.test(word)).length
  if (words.length === 1) return false
  return capitals >= 2 && capitals >= words.length - Math.floor(words.length / 3)
}
