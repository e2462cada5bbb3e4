/**
 * Tell a quote's kind from its words and its place in the sentence (README § Kinds):
 * - `direct`: it opens its sentence (at the start of a paragraph, after a full stop or a
 *   colon) and is more than a label: a full sentence, a clause of four or more words, or words
 *   ending in sentence punctuation, unless the writer's sentence goes on after it (`‘…’ maakte
 *   dat kapot`); or, inside a sentence, it reads as a sentence of its own: capitalised with four
 *   words or more, sentence punctuation or `, zegt …` after it; the second half of a sentence a
 *   cue interrupts (`„…,” zegt ze, „…”`); an exclamation or a question; a clause filling a pair
 *   of brackets; the words of `woorden`, `uitspraak`, `antwoord`, …;
 * - `partial`: a fragment inside the writer's sentence that someone said: three words or more,
 *   or any length with a speech cue, a colon or a dash source in its own sentence, or one or two
 *   words when someone is talking and no article comes right before (`verzet zich 'krachtig'`,
 *   `vindt het ‘super’`, but `de 'rampplek'` is a term; one word needs more than someone
 *   merely named nearby); what someone `noemt` a thing;
 * - `scare`: the rest: a fragment with no one saying it, a short quoted word or name (irony, a
 *   term, a nickname, a title, a slogan), every name in title case (`'America First'`), a name
 *   after the noun it names (`de stichting ‘…’`, `actiegroep ‘…’`), one capitalised word (`over
 *   ‘Pierre’`), one small word quoted alone, a particle or a pronoun (`‘toevallig’`, `in ‘zijn’
 *   café`), one word between an article and its noun (`de ‘open’ overeenkomst`), and what a
 *   thing `heet` or is `bekend` as.
 */
import {cueForms, prepositionalCues} from '../lexicon/cues.js'
import {subordinators} from '../lexicon/clause-words.js'
import {articles, functionWords} from '../lexicon/function-words.js'
import {bodyNamingNouns, copulaSubjects, nameCopulas, knownAsWords, nameNouns, namingHeads, namingNouns, pointedWords, soundWords, quoteFollowers, quoteResumers, quotedUtteranceNouns, soCalledWords, termOpeners, titleSmallWords} from '../lexicon/quote-context-words.js'
import {createSuffixSet} from '../lexicon/suffix-set.js'
import {isWorkNoun} from '../lexicon/works.js'
import {copulas, describingVerbs, finiteAuxiliaries, judgingVerbs, makingForms, namingForms} from '../lexicon/verb-classes.js'
import {isWhiteSpace} from '../structure/find-blocks.js'
import type {PlacedQuote} from '../quotes/place-quotes.js'
import type {QuoteKind} from '../tree/types.js'

// Regular expressions at module level: a literal in a function may be compiled again after a major collection.
const startsUpper = /^\p{Lu}/u
const letter = /\p{L}/u
const commaAndWord = /^,? ?(\p{Ll}+)/u
const whiteSpaceRun = /\s+/
const bodyNamingSuffixes = createSuffixSet(bodyNamingNouns)

const terminal = /[.!?…]$/
const openingCharacters = new Set(['"', "'", '„', '“', '”', '‘', '’', '‚', '«', '»', '‹', '›', ','])

/**
 * `speaking`: whether someone is talking at the quote (`true`), or only someone named nearby
 * while no one talks (`'nearby'`): enough for a fragment of two words or more, not for one word
 * (`met drie ‘jongeren’`, a term).
 */
export function classifyQuoteKind(quote: PlacedQuote, value: string, localCue: boolean, speaking: boolean | 'nearby' = false): QuoteKind {
  const first = quote.paired.parts[0]!
  const last = quote.paired.parts[quote.paired.parts.length - 1]!
  const innerStart = first.open ? first.open.end : first.start
  const innerEnd = last.close ? last.close.start : last.end
  const after = last.close ? last.close.end : last.end
  // Only the edges of the quote are read (a bounded amount of text), so that quotes nested
  // thousands deep cost no more than flat ones.
  const truncated = innerEnd - innerStart > 200
  const inner = value.slice(innerStart, truncated ? innerStart + 200 : innerEnd).trim()
  const tail = value.slice(Math.max(innerStart, innerEnd - 40), innerEnd).trim()
  const counted = countWords(inner)
  const words = truncated ? Math.max(counted, 8) : counted
  const endsSentence = terminal.test(tail.replace(/[,;:]$/, '')) || quote.paired.parts.length > 1
  const capital = startsUpper.test(inner)
  const next = wordAfter(value, after)

  if (opensSentence(value, first.start, quote.blocks[0]!.position!.start.offset!)) {
    // `heeft het project een bijnaam gekregen: ‘de grote puzzel’`: the name the colon announces.
    if (!endsSentence && words <= 5 && nameBeforeColon(value, first.start)) return 'scare'
    // `‘Putpulsen’, noemt hij dit`: what someone calls a thing is a name or a judgement, not a
    // sentence; `‘…’, heet het` is just its name.
    if (!endsSentence && words < 4 && namingCue(next)) return speaking ? 'partial' : 'scare'
    if (!endsSentence && words < 4 && next.comma && namingForms.has(next.word)) return 'scare'
    // `‘Inspirerend’ vindt Kok de toespraak`: a judgement fronted in the sentence that tells whose it is.
    if (!endsSentence && words < 4 && !next.comma && judgingVerbs.has(next.word)) return 'partial'
    // `‘Een kliekje …’ maakte dat kapot`: the quote is a part (the subject) of the writer's
    // sentence, which goes on after it.
    if (!continuesSentence(tail, next)) {
      if (endsSentence || words >= 4 || (capital && localCue)) return 'direct'
      if (localCue || followedByCue(value, after)) return 'direct'
      // Words that make the whole of the writer's sentence (`… dacht ik: ‘zie je wel’.`) are a
      // clause said or thought, not a fragment of the writer's.
      if (words >= 3 && !titleCase(inner) && sentenceStops.has(next.character)) return 'direct'
      // `„Kotsmisselijk”, werd Jansen daarvan`: words put before the sentence that tells of them.
      if (next.comma && next.word !== '' && !resumes(next.word) && !titleCase(inner)) return 'direct'
      // Dutch writes the comma of direct speech inside the marks, and inverts after them: any
      // verb may report the words then (`„Vijf dagen,” verbetert zijn vrouw`, `„Mooi,” glundert
      // Kok`), not just a known cue.
      if (capital && tail.endsWith(',') && next.lower && next.word !== '' && !functionWords.has(next.word) && !resumes(next.word) && !titleCase(inner)) return 'direct'
    }
    return titleCase(inner) ? 'scare' : speaking && words >= 3 ? 'partial' : 'scare'
  }

  // What someone describes a thing as (`wat de bond omschreef als ‘pure willekeur’`, `een plan
  // dat hij afdoet als een ‘luchtkasteel’`): their words, not a name or a term.
  // (Not what someone does not call a thing, `omschrijft zichzelf niet als ‘activist’`: the
  // label is someone else's, a scare quote.)
  const described = endsSentence ? false : describedAs(value, first.start)
  if (described !== false) return described === 'negated' ? 'scare' : 'partial'
  if (!endsSentence && namesAThing(value, first.start, next, words, capital)) return 'scare'
  // A quote that fills a pair of brackets (`(‘we blijven hier’)`) is an aside of its own.
  if (words >= 3 && !titleCase(inner) && charBefore(value, first.start) === '(' && next.character === ')') return 'direct'
  // A word or two the writer explains: in brackets after a noun (`landingsrechten (‘slots’)`) or
  // before an apposition (`een ‘stadssnor’, een voertuig dat …`): a term, not words said.
  if (words <= 2 && !endsSentence && glossed(value, first.start, next)) return 'scare'
  if (capital && (words >= 4 || endsSentence || (next.comma && cueWord(next.word))) && !titleCase(inner)) return 'direct'
  // The words of a noun that stands for words said (`zijn laatste woorden, ‘Ik kan niet ademen’,`).
  if (capital && words >= 2 && !titleCase(inner) && quotedUtteranceNouns.has(wordBefore(value, first.start, true).word)) return 'direct'
  // The second half of a sentence the cue interrupts: `„We komen,” zegt ze, „maar later.”`
  if (secondHalf(value, first.start, capital || endsSentence)) return 'direct'
  // An exclamation or a question is an utterance, not a fragment: `(‘daar houden!’)`.
  if (!capital && exclaims.test(tail)) return 'direct'
  if (titleCase(inner) && !endsSentence) return 'scare'
  if (!endsSentence && words === 1 && labelWord(value, first.start, inner, next)) return 'scare'
  // `die ‘…’, zoals de stad bekendstaat`: the name something goes by, not words someone says.
  if (!endsSentence && next.comma && next.word === 'zoals' && namedAs(value, next.end)) return 'scare'
  // A fragment is someone's: with no one to say it, it is a label or a term.
  if (localCue || (speaking && words >= 3)) return 'partial'
  // (Six lower-case words or more are a clause, no label or term: someone's words though the
  // article does not say whose, `bleek de bouw ‘toch op ruim het dubbele uit te komen’`.)
  if (words >= 6 && !capital && !titleCase(inner)) return 'partial'
  // A word or two in someone's words: when someone is talking and the words are not a noun
  // after an article (`de 'rampplek'`, a term), they are that speaker's (`verzet zich 'krachtig'`).
  if (speaking && !(speaking === 'nearby' && words === 1) && !afterDeterminer(value, first.start)) return 'partial'
  return 'scare'
}

/**
 * Whether a quote inside the writer's sentence, which goes on after it, is the name of a thing or
 * a person rather than words said:
 * - what the writer calls `zogenoemd` (`het zogenoemde ‘buurtplan’`);
 * - what a thing or a person is called (`in de volksmond ‘eeuwige chemicaliën’ genoemd`, `heet
 *   hij al jaren ‘de stille scheids’`), unless a named person calls it so (`door Bos ‘een gok’
 *   genoemd`);
 * - a name after the noun it names (`de stichting ‘…’`, `de term ‘klimaatgekte’`, `actiegroep
 *   ‘…’`), unless lower-case words the clause's verb follows (`dat de crisis het bedrijf ‘diep
 *   geraakt’ heeft`: the noun is the object), lower-case words after a body or a law, which go
 *   by names with a capital (`biedt de wet ‘voldoende ruimte’`), or a predicate (see
 *   `predicateAfterNoun`);
 * - a title the apposition after it says is a work (`«Na de storm», de nieuwe voorstelling van …`),
 *   or that stands in apposition after its work (`zijn nieuwe roman, ‘De stille haven’`).
 */
function namesAThing(value: string, start: number, next: Following, words: number, capital: boolean): boolean {
  if (soCalled(value, start)) return true
  if (words <= 4 && ((next.word === 'genoemd' && !next.comma && !namedAgentBefore(value, start)) || calledBefore(value, start))) return true
  const verbPhrase = !capital && !next.comma && finiteAuxiliaries.has(next.word)
  const namer = wordBefore(value, start).word
  const bodyDoes = !capital && words >= 2 && bodyNamingSuffixes.isOrEndsIn(namer, 3)
  if (!verbPhrase && !bodyDoes && namingNoun(namer) && !predicateAfterNoun(value, start, next, capital)) return true
  if (words <= 6 && namedByCopula(value, start, namer)) return true
  // (A title in apposition after its work: `zijn autobiografie, ‘Het laatste fluitsignaal’`.)
  if (capital && words <= 8 && namer === '' && isWorkNoun(wordBefore(value, start, true).word)) return true
  return capital && words <= 6 && workInApposition(value, next)
}

/**
 * `Het motto van de campagne is ‘Samen sterk’`, `De titel luidt ‘…’`: a noun for a name, a few
 * words back, and a copula right before the quote.
 */
function namedByCopula(value: string, start: number, namer: string): boolean {
  if (!nameCopulas.has(namer)) return false
  let word = wordBefore(value, wordBefore(value, start).start)
  for (let count = 0; count < 5 && word.word !== ''; count++) {
    if (nameNouns.has(word.word)) return articles.has(wordBefore(value, word.start).word)
    word = wordBefore(value, word.start)
  }
  return false
}

/**
 * Whether one quoted word, inside a sentence that goes on, is a label rather than someone's word:
 * - one capitalised word (`over ‘Pierre’`): a name;
 * - one small word, a particle or a pronoun (`was het huis ‘toevallig’ verkocht`, `in ‘zijn’
 *   café`): the writer points at it, irony or emphasis (pointedWords in quote-context-words.ts);
 * - one interjection or sound word (`met ‘oehs’ en ‘aahs’ reageert de zaal`): a sound;
 * - one word between an article and its noun (`de ‘open’ overeenkomst`), unless the noun
 *   phrase is what someone judges it (`een ‘logisch’ besluit, vindt ze`), a cue governs it, or
 *   a form of `noemen` follows it (`wat zij de ‘…’ noemt`).
 */
function labelWord(value: string, start: number, inner: string, next: Following): boolean {
  if (startsUpper.test(inner) || pointedWords.has(inner.toLowerCase()) || soundWord(inner)) return true
  // (`wat hij de ‘feestindustrie’ noemt`: what someone calls a thing is their word.)
  if (!next.lower || next.comma || functionWords.has(next.word) || namingCue(next)) return false
  const before = wordBefore(value, start)
  return articles.has(before.word) && !judgingVerbs.has(wordAfter(value, next.end).word) && !cueBefore(value, before.start)
}

/**
 * Whether the quote at `start` is a term the writer glosses: it fills a pair of brackets right
 * after a word (`landingsrechten (‘slots’)`), or it follows an article and an apposition with
 * `een` follows it (`een ‘stadssnor’, een voertuig dat …`).
 */
function glossed(value: string, start: number, next: Following): boolean {
  if (next.character === ')') {
    const open = value.lastIndexOf('(', start)
    return open > 0 && start - open < 4 && letter.test(value.charAt(open - 2)) && value.charAt(open - 1) === ' '
  }
  return next.comma && next.word === 'een' && articles.has(wordBefore(value, start).word)
}

/** Whether a colon right before the quote at `start` follows a noun for a name (`bijnaam`, `naam`, `titel`) within its last three words. */
function nameBeforeColon(value: string, start: number): boolean {
  let end = start
  while (end > 0 && isWhiteSpace(value.charCodeAt(end - 1))) end--
  if (value.charAt(end - 1) !== ':') return false
  let word = wordBefore(value, end - 1)
  for (let count = 0; count < 3 && word.word !== ''; count++) {
    if (nameNouns.has(word.word)) return true
    word = wordBefore(value, word.start)
  }
  return false
}

/** Whether an apposition after the comma that follows the quote has a work for its noun (`, de nieuwe voorstelling van`), within its first three words. */
function workInApposition(value: string, next: Following): boolean {
  if (!next.comma || !articles.has(next.word)) return false
  let word = wordAfter(value, next.end)
  for (let count = 0; count < 3 && word.word !== '' && !word.comma; count++) {
    if (isWorkNoun(word.word)) return true
    word = wordAfter(value, word.end)
  }
  return false
}

/** Whether one word is an interjection or a sound word, maybe in the plural (`‘oehs’`, `‘aah’s’`). */
function soundWord(inner: string): boolean {
  const word = inner.toLowerCase()
  return soundWords.has(word) || soundWords.has(word.replace(pluralS, ''))
}

const pluralS = /['’]?s$/

const exclaims = /[!?]$/

const sentenceStops = new Set(['.', '!', '?'])
const ellipsis = /(?:\.\.\.|…)$/

/**
 * Whether the word after `‘…’,` takes the quote up as a thing or a word: a pronoun or a
 * pronominal adverb (`‘…’, dat is …`, `‘…’, daarmee bedoelt ze …`), or a conjunction.
 */
function resumes(word: string): boolean {
  return quoteResumers.has(word) || ((word.startsWith('daar') || word.startsWith('hier')) && word.length > 5)
}

/** Whether one of the six words after `zoals` (ending at `end`) is a form of `bekendstaan` or `heten`. */
function namedAs(value: string, end: number): boolean {
  let place = end
  for (let count = 0; count < 14; count++) {
    const next = wordAfter(value, place)
    if (next.word === '' || next.comma) return false
    if (knownAsWords.has(next.word)) return true
    place = next.end
  }
  return false
}

interface Following {
  /** The first character after the closing mark that is not white space ('' at the end). */
  character: string
  /** Whether that character is a comma (the word is then the one after it). */
  comma: boolean
  /** The lower-case word that comes next ('' if none). */
  word: string
  /** Whether that word is written in lower case. */
  lower: boolean
  /** Where that word ends. */
  end: number
}

/** The next word after `end`, past white space and one comma (a bounded look-ahead). */
function wordAfter(value: string, end: number): Following {
  const stop = Math.min(value.length, end + 48)
  let index = end
  while (index < stop && value.charCodeAt(index) !== 10 && isWhiteSpace(value.charCodeAt(index))) index++
  const character = index < stop ? value.charAt(index) : ''
  const comma = character === ','
  if (comma) {
    index++
    while (index < stop && value.charCodeAt(index) !== 10 && isWhiteSpace(value.charCodeAt(index))) index++
  }
  let wordEnd = index
  while (wordEnd < stop && letter.test(value.charAt(wordEnd))) wordEnd++
  const word = value.slice(index, wordEnd)
  return {character, comma, word: word.toLowerCase(), lower: word !== '' && !startsUpper.test(word), end: wordEnd}
}

function cueWord(word: string): boolean {
  return cueForms.has(word) || prepositionalCues.has(word)
}

/** `, noemt hij dit`: a form of `noemen` right after the quote. */
function namingCue(next: Following): boolean {
  return cueForms.get(next.word)?.some((verb) => verb.lemma === 'noemen') === true
}

/**
 * Whether the writer's sentence goes on after a quote that opened it: the quote ends in no
 * mark, and a lower-case word follows that is no cue and no conjunction (`‘…’ maakte dat kapot`).
 */
function continuesSentence(tail: string, next: Following): boolean {
  // (An ellipsis leaves words out; it does not end the sentence: `„Nee, tenzij…” is hun motto`.)
  if (next.comma || !next.lower || (/[,.;:!?…]$/.test(tail) && !ellipsis.test(tail))) return false
  return !cueWord(next.word) && !quoteFollowers.has(next.word)
}

/**
 * Whether the quote at `start` continues one its sentence opened, after the cue that interrupts
 * it: `„…,” zegt een woordvoerder, „…”`. The comma before the cue is inside the first quote's
 * marks, or (when `sentence-like`) outside them. Reads at most 80 characters back.
 */
function secondHalf(value: string, start: number, sentenceLike: boolean): boolean {
  let index = start - 1
  while (index >= 0 && index > start - 48 && isWhiteSpace(value.charCodeAt(index))) index--
  if (value.charAt(index) !== ',') return false
  const comma = index
  const limit = Math.max(0, comma - 80)
  index--
  while (index >= limit && !closingMarks.has(value.charAt(index)) && !stops.has(value.charAt(index))) index--
  if (index < limit || !closingMarks.has(value.charAt(index))) return false
  const inside = value.charAt(index - 1) === ',' || (value.charAt(index - 1) === value.charAt(index) && value.charAt(index - 2) === ',')
  const outside = value.charAt(index + 1) === ','
  if (!inside && !(outside && sentenceLike)) return false
  const cue = value.slice(outside ? index + 2 : index + 1, comma).trim().toLowerCase().split(whiteSpaceRun)
  return cue.some(cueWord)
}

const closingMarks = new Set(['"', "'", '”', '’', '»', '›'])
const stops = new Set(['.', '!', '?', ':', ';', '\n', '(', ')', '„', '“', '‘', '‚', '«', '‹'])

/** Whether one of the three words before `start` is a cue: `spreekt van een ‘…’ verhaal`. */
function cueBefore(value: string, start: number): boolean {
  let place = start
  for (let count = 0; count < 3; count++) {
    const previous = wordBefore(value, place)
    if (previous.word === '') return false
    if (cueWord(previous.word)) return true
    place = previous.start
  }
  return false
}

function charBefore(value: string, start: number): string {
  let index = start - 1
  while (index >= 0 && index > start - 48 && isWhiteSpace(value.charCodeAt(index))) index--
  return index >= 0 ? value.charAt(index) : ''
}

const namingHeadSuffixes = createSuffixSet(namingHeads)

function namingNoun(word: string): boolean {
  // (A compound: at least three letters before the head.)
  return namingNouns.has(word) || namingHeadSuffixes.endsIn(word, 3, 1)
}

/** Whether `door` and a capitalised name stand within the four words before the quote at `start` (`door Bos ‘…’ genoemd`). */
function namedAgentBefore(value: string, start: number): boolean {
  let word = wordBefore(value, start)
  for (let count = 0; count < 4 && word.word !== ''; count++) {
    const before = wordBefore(value, word.start)
    if (before.word === 'door' && startsUpper.test(value.slice(word.start, word.start + 2))) return true
    word = before
  }
  return false
}

/** Whether a form of `heten` stands within the four words before the quote at `start`, with no punctuation between (`heet hij al jaren ‘…’`). */
function calledBefore(value: string, start: number): boolean {
  let word = wordBefore(value, start)
  for (let count = 0; count < 4 && word.word !== ''; count++) {
    if (namingForms.has(word.word)) return true
    // (A comma or a stop before the word gives no word before it: the loop ends there.)
    word = wordBefore(value, word.start)
  }
  return false
}

/** Whether the quote at `start` follows `als` (maybe and an article) with a describing verb a few words before. */
function describedAs(value: string, start: number): boolean | 'negated' {
  let previous = wordBefore(value, start)
  if (articles.has(previous.word)) previous = wordBefore(value, previous.start)
  if (previous.word !== 'als') return false
  let at = previous.start
  let negated = false
  for (let count = 0; count < 5; count++) {
    const word = wordBefore(value, at)
    if (word.word === '') return false
    if (describingVerbs.has(word.word)) return negated ? 'negated' : true
    negated ||= word.word === 'niet'
    at = word.start
  }
  return false
}

/**
 * Whether an article or a determiner comes before `start`, directly or before one adjective
 * (`de 'rampplek'`, `een cruciale 'verzekeringspolis'`): the quote is then a noun, a term.
 */
function afterDeterminer(value: string, start: number): boolean {
  const previous = wordBefore(value, start)
  if (termOpeners.has(previous.word)) {
    const before = wordBefore(value, previous.start).word
    if (previous.word === 'het') return !judgingVerbs.has(before)
    // `zijn` after a subject or a comma is the verb (`het zijn ‘smakeloze’ uitspraken`, `…
    // maatregelen, zijn ‘onzin’`): what follows is said of the subject, not a noun it owns.
    return !(previous.word === 'zijn' && (copulaSubjects.has(before) || charBefore(value, previous.start) === ','))
  }
  return previous.word.length > 2 && previous.word.endsWith('e') && termOpeners.has(wordBefore(value, previous.start).word)
}

/** The word that ends right before `start` (past white space, and past one comma if `comma`). */
function wordBefore(value: string, start: number, comma = false): {word: string; start: number} {
  const limit = Math.max(0, start - 48)
  let end = start
  while (end > limit && isWhiteSpace(value.charCodeAt(end - 1))) end--
  if (comma && value.charAt(end - 1) === ',') {
    end--
    while (end > limit && isWhiteSpace(value.charCodeAt(end - 1))) end--
  }
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

/** Every word capitalised (`America First`, `Groen op de Markt`): a name or a title. */
function titleCase(inner: string): boolean {
  const words = inner.split(whiteSpaceRun).filter((word) => letter.test(word))
  if (words.length === 0 || words.length > 6) return false
  // One capitalised word with a number is a name too (`‘Omgevingsvisie 2040’`), and so is a
  // word and a number alone (`naar ‘niveau 2’`, `‘fase 3’`): a level, a stage, an article of law.
  if (words.length === 1) return digit.test(inner) && (startsUpper.test(words[0]!) || wordAndNumber.test(inner))
  const capitals = words.filter((word) => startsUpper.test(word)).length
  if (capitals >= 2 && capitals >= words.length - Math.floor(words.length / 3)) return true
  // Every word capitalised but the small words of a name (`‘Huis van de Wijk’`).
  const content = words.filter((word) => !titleSmallWords.has(word))
  return words.length >= 3 && content.length >= 2 && content.every((word) => startsUpper.test(word))
}

const digit = /\d/
const wordAndNumber = /^\p{L}+ \d+$/u

/** Whether `zogenoemd`, `zogeheten` or `zogenaamd` (maybe after an article) comes right before `start`. */
function soCalled(value: string, start: number): boolean {
  const previous = wordBefore(value, start).word
  return soCalledWords.has(previous)
}

/**
 * Whether a quote after a naming noun is a predicate rather than the noun's name: the noun is
 * the source of `volgens`, or follows a copula or a verb of judging, or the quote ends a clause
 * a verb of judging opens, or (in lower case) ends a subordinate clause right after its subject.
 */
function predicateAfterNoun(value: string, start: number, next: Following, capital: boolean): boolean {
  // (Or before `te` and an infinitive: `zegt de motie ‘serieus’ te nemen`, what the object is
  // taken as.)
  return (!capital && (clauseEndsAfter(value, start, next) || (!next.comma && next.word === 'te'))) || sourceOfCue(value, start) || predicateOf(value, start) || judgedAtClauseEnd(value, start, next)
}

/** `volgens het bedrijf ‘…’`: the noun before the quote is the source of a prepositional cue, not a name's noun. */
function sourceOfCue(value: string, start: number): boolean {
  const noun = wordBefore(value, start)
  const determiner = wordBefore(value, noun.start)
  return (determiner.word === 'de' || determiner.word === 'het') && prepositionalCues.has(wordBefore(value, determiner.start).word)
}

/**
 * `is de wet ‘…’`, `vindt de nieuwe wet ‘…’`: the noun phrase before the quote follows a copula
 * or a verb of judging (past one adjective), so the quote is what it is or is judged to be: a
 * predicate, not the noun's name.
 */
function predicateOf(value: string, start: number): boolean {
  const noun = wordBefore(value, start)
  let determiner = wordBefore(value, noun.start)
  if (determiner.word.length > 2 && determiner.word.endsWith('e')) determiner = wordBefore(value, determiner.start)
  if (determiner.word !== 'de' && determiner.word !== 'het') return false
  const verb = wordBefore(value, determiner.start)
  if (copulas.has(verb.word) || judgingVerbs.has(verb.word)) return true
  // (A verb of making or judging with its subject between, in inversion: `maakt zo'n uitzondering
  // de regel ‘onwerkbaar’`.)
  let word = verb
  for (let count = 0; count < 4 && word.word !== '' && !subordinators.has(word.word); count++) {
    if (makingForms.has(word.word) || judgingVerbs.has(word.word)) return true
    // (Past an elision's apostrophe: `zo'n`.)
    const apostrophe = value.charAt(word.start - 1)
    word = wordBefore(value, apostrophe === "'" || apostrophe === '’' ? word.start - 1 : word.start)
  }
  return false
}

const clauseMarkBefore = /[,.;:!?]\s*$/

/**
 * `noemt het einde van het programma ‘…’.`: a verb of judging a few words back in the clause,
 * and the clause ends with the quote: the quote is what the object is judged to be.
 */
function judgedAtClauseEnd(value: string, start: number, next: Following): boolean {
  if (next.word !== '' && !next.comma) return false
  let at = start
  for (let count = 0; count < 8; count++) {
    const word = wordBefore(value, at)
    if (word.word === '' || clauseMarkBefore.test(value.slice(Math.max(0, word.start - 3), word.start))) return false
    if (judgingVerbs.has(word.word)) return true
    at = word.start
  }
  return false
}

/**
 * `zegt dat de partij ‘…’.`: a subordinate clause whose subject is the noun before the quote
 * ends right after it, so its verb is in the quote: the words are a predicate, not a name.
 */
function clauseEndsAfter(value: string, start: number, next: Following): boolean {
  if (next.word !== '' && !next.comma) return false
  const noun = wordBefore(value, start)
  const determiner = wordBefore(value, noun.start)
  // (`dat` or `of` before an article can only open a clause.)
  const opener = wordBefore(value, determiner.start).word
  return (determiner.word === 'de' || determiner.word === 'het') && (opener === 'dat' || opener === 'of' || subordinators.has(opener))
}

/**
 * How many pieces `inner.split(/\s+/)` gives for a trimmed string (0 for an empty one), counted
 * without making them: one more than its runs of white space.
 */
function countWords(inner: string): number {
  if (inner === '') return 0
  let count = 1
  let inSpace = false
  for (let index = 0; index < inner.length; index++) {
    const space = isJavaScriptSpace(inner.charCodeAt(index))
    if (space && !inSpace) count++
    inSpace = space
  }
  return count
}

/** Whether `\s` matches the code unit (white space and line terminators, as `trim` removes them). */
function isJavaScriptSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
