/**
 * Pure questions about the tokens of one block: where a sentence or clause starts, whether a
 * name is joined to another, where a relative clause ends, what the cue is as written. None of
 * them looks at the discourse or at the registry.
 */
import {cueForms} from '../lexicon/cues.js'
import {governingPrepositions, inFrontedPhrase} from '../lexicon/clause-words.js'
import {functionWords, nameParticles} from '../lexicon/function-words.js'
import {isPluralRole} from '../lexicon/roles.js'
import {responseNouns} from '../lexicon/utterance-nouns.js'
import {finiteAuxiliaries, placingVerbs} from '../lexicon/verb-classes.js'
import {readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {isRoleToken, quoteEndsIn, type Token} from './read-tokens.js'
import {clauseEnd, dashMark, endsInStop, quoteMarkRun, sentenceEnd, sentenceOrColonEnd, subjectPrepositions} from './token-patterns.js'

/** Whether the token at `index` opens its sentence (the paragraph, or after a full stop or a colon). */
export function opensSentence(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return !previous || previous.sentence !== tokens[index]!.sentence || (previous.kind === 'punctuation' && sentenceOrColonEnd.test(previous.value))
}

/**
 * Whether `en` or `of` joins another name at `index`, maybe after the first one's affiliation
 * (`Kees Mol | van de gemeente en Ria …`, `Anna Vos | van Waterschap Aa en Ruud …`).
 */
export function isJoined(tokens: Token[], index: number, end: number): boolean {
  if (tokens[index]?.lower === 'van' || tokens[index]?.lower === 'bij') {
    index++
    if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
    const from = index
    while (index < end && index - from < 4 && tokens[index]!.kind === 'word' && !functionWords.has(tokens[index]!.lower)) index++
    if (index === from) return false
  }
  const word = tokens[index]
  const next = tokens[index + 1]
  return word !== undefined && word.kind === 'word' && (word.lower === 'en' || word.lower === 'of') && next !== undefined && next.kind === 'word' && next.capital === true
}

/** The index of the first token of the sentence of the token at `index` (looking back at most 60 tokens). */
export function sentenceStartOf(tokens: Token[], index: number): number {
  const sentence = tokens[index]!.sentence
  let start = index
  while (start > 0 && index - start < 60 && tokens[start - 1]!.sentence === sentence && !(tokens[start - 1]!.kind === 'punctuation' && tokens[start - 1]!.depth === 0 && sentenceEnd.test(tokens[start - 1]!.value))) start--
  return start
}

/**
 * After a quote that opens the sentence at `start` and closes on a sentence's end, with a
 * capitalised word after it: that word's index; else `start`.
 */
/**
 * Past a live blog's time stamp that opens a paragraph (`17.20 uur – Een lezer stuurde …`,
 * `14:05 - De politie meldt …`, `13.15 | …`): where the sentence's words start.
 */
export function afterTimeStamp(tokens: Token[], start: number, end: number): number {
  if (!clockTime.test(tokens[start]?.value ?? '')) return start
  let at = start + 1
  if (tokens[at]?.lower === 'uur') at++
  // (A dash or a bar: `13.15 | Zaakwaarnemer Ricardo Pinas bevestigt …`.)
  return at + 1 < end && tokens[at]!.kind === 'punctuation' && (dashMark.test(tokens[at]!.value) || tokens[at]!.value === '|') ? at + 1 : start
}

const clockTime = /^\d{1,2}[.:]\d{2}$/

export function afterLeadingQuote(tokens: Token[], start: number, end: number): number {
  const open = tokens[start]
  if (!open || open.kind !== 'open' || open.depth !== 0) return start
  let close = start + 1
  while (close < end && !(tokens[close]!.kind === 'close' && tokens[close]!.quote === open.quote)) close++
  // (The quote's closing mark is its last token: the sentence's end comes before it.)
  let inner = close - 1
  while (inner > start && tokens[inner]!.kind === 'punctuation' && quoteMarkRun.test(tokens[inner]!.value)) inner--
  const last = tokens[inner]
  const next = tokens[close + 1]
  if (close >= end || !last || last.kind !== 'punctuation' || !endsInStop.test(last.value) || !next || next.kind !== 'word' || !next.capital || next.depth !== 0) return start
  return close + 1
}

/**
 * The subject after the verb of a clause that opens with a phrase of its own (`In een brief
 * schrijft Jansen …`, `Op het plein spreekt wethouder …`): the first name, within the clause's
 * first fourteen words (past a clause between commas: `Verderop, waar de dijk een bocht maakt,
 * staat …`), after a word that is no preposition or function word.
 */
export function subjectAfterFrontedPhrase(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  const limit = Math.min(end, start + 14)
  for (let index = start + 2; index < limit; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]!
    if (token.depth !== 0 || previous.kind !== 'word' || previous.value !== previous.lower) {
      if (token.depth !== 0 || token.kind !== 'word') return undefined
      continue
    }
    if (!token.capital) continue
    // (A name in the fronted phrase: `Op de Grote Markt`; but a verb of place is the clause's:
    // `Buiten de rechtbank stond Ria de Boer`.)
    if (subjectPrepositions.test(previous.lower) || (functionWords.has(previous.lower) && !placingVerbs.has(previous.lower))) continue
    // (Nor a role and a name after a preposition: `Op de vraag van rechter Van Gils bleef hij …`.)
    if (isRoleToken(previous) && subjectPrepositions.test(tokens[index - 2]?.lower ?? '')) continue
    const phrase = readSpeakerPhrase(tokens, index, end)
    return phrase?.kind === 'name' ? phrase : undefined
  }
  return undefined
}

/**
 * The role of an indefinite apposition after a comma at `index`: `, een 23-jarige in Gent
 * geboren student` → `student` (the first role noun within six words, before any punctuation).
 */
export function appositionRole(tokens: Token[], index: number): string | undefined {
  if (tokens[index]?.value !== ',' || tokens[index + 1]?.lower !== 'een' || tokens[index + 1]!.depth !== 0) return undefined
  for (let cursor = index + 2; cursor < tokens.length && cursor - index <= 7; cursor++) {
    const token = tokens[cursor]!
    if (token.kind !== 'word' || token.depth !== 0) return undefined
    if (isRoleToken(token)) return token.lower
  }
  return undefined
}

/**
 * The phrase after the first response noun and `van` in `tokens` [from, end) (`Kok kreeg bijval
 * van wethouder Tom Vos`, `Hij krijgt steun van de bond`), if any.
 */
export function responderAfter(tokens: Token[], from: number, end: number): SpeakerPhrase | undefined {
  for (let index = from; index + 2 < end; index++) {
    // (`van` first: it runs over every sentence, and few words stand before a `van`.)
    if (tokens[index + 1]!.lower !== 'van' || tokens[index]!.depth !== 0 || !responseNouns.has(tokens[index]!.lower)) continue
    return readSpeakerPhrase(tokens, index + 2, end)
  }
  return undefined
}

/** A name between commas after a relative clause: `…, die de kavels verdeelt, Grondbank, wil`. */
export function appositionAfter(tokens: Token[], from: number): SpeakerPhrase | undefined {
  for (let index = from; index < tokens.length && index - from < 16; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind === 'open' || (token.kind === 'punctuation' && clauseEnd.test(token.value))) return undefined
    if (token.value !== ',') continue
    const phrase = readSpeakerPhrase(tokens, index + 1)
    return phrase?.kind === 'name' && tokens[phrase.to]?.value === ',' ? phrase : undefined
  }
  return undefined
}

/**
 * `Over die getuige was de officier stellig:`, `Naast hem moest de trainer glimlachen.`: after a
 * fronted phrase and its finite verb, the speaker phrase that a definite article opens, within
 * eight words of `start` (an article after a preposition is still the fronted phrase's).
 */
export function definiteAfterFrontedVerb(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  for (let index = start + 2; index < end && index - start < 8; index++) {
    const token = tokens[index]!
    const verb = tokens[index - 1]!
    if (token.depth !== 0 || token.kind !== 'word') return undefined
    if ((token.lower !== 'de' && token.lower !== 'het') || verb.kind !== 'word' || verb.value !== verb.lower || subjectPrepositions.test(verb.lower) || inFrontedPhrase.has(verb.lower)) continue
    return readSpeakerPhrase(tokens, index, end)
  }
  return undefined
}

/**
 * `Van Dam:`, `Van der Linde:`: a surname whose capital particles (a preposition elsewhere)
 * open the clause, up to its end, as a name phrase.
 */
export function particledName(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  const first = tokens[start]
  if (!first || first.kind !== 'word' || !first.capital || first.depth !== 0 || !nameParticles.has(first.lower)) return undefined
  const index = afterParticles(tokens, start, end)
  const rest = tokens[index]?.capital ? readSpeakerPhrase(tokens, index, end) : undefined
  return rest?.kind === 'name' && rest.nameFrom === index && rest.to === end ? {kind: 'name', from: start, to: end, nameFrom: start, nameTo: rest.nameTo, roles: rest.roles} : undefined
}

/** The index after the particles that open a surname at `start` (itself one: `Van der Linde`), three at most. */
export function afterParticles(tokens: Token[], start: number, end: number): number {
  let index = start + 1
  while (index < end && index - start < 3 && tokens[index]!.kind === 'word' && nameParticles.has(tokens[index]!.lower)) index++
  return index
}

/** `waar` and the compounds that open a relative clause (`waarin`, `waarvan`, `waarmee`, …). */
const relativeAdverb = /^waar(?:in|op|van|mee|bij|onder|door|uit|aan|voor|over|naar|na|tegen)?$/

/**
 * The end (exclusive) of a relative clause that opens with `die` at `index` (`die hem bijstaat
 * in deze zaak`): a comma or a sentence's end, or the main clause's finite auxiliary before it
 * when more than a verb lies between the two (`die hem bijstaat | wil niet reageren:`, but `die
 * in de EU willen blijven |,`); `index` itself when that is unclear (a speech verb or a quote in
 * it, another relative clause after its comma, more than sixteen words).
 */
export function relativeClauseTo(tokens: Token[], index: number): number {
  // (`dat` of a neuter head only between commas: `CNV, dat zich bij de actie aansloot, laat
  // weten`; elsewhere it is the conjunction.)
  // (So does `waar` and its compounds: `Luistr, waar de podcast te horen is, noemt …`.)
  const betweenCommas = tokens[index - 1]?.value === ',' && (tokens[index]?.lower === 'dat' || relativeAdverb.test(tokens[index]?.lower ?? ''))
  if (tokens[index]?.lower !== 'die' && !betweenCommas) return index
  let stop = -1
  let auxiliary = -1
  let nested = false
  const head = tokens[index - 1]
  const singularHead = head !== undefined && isRoleToken(head) && !isPluralRole(head.lower)
  for (let cursor = index + 1; cursor < tokens.length && cursor - index <= (nested ? 28 : 16); cursor++) {
    const token = tokens[cursor]!
    if (token.depth !== 0 || token.kind === 'open' || token.kind === 'close') break
    // One relative clause inside it, between commas, is passed over (`die haar dochter, die
    // slecht ter been is, overal naartoe brengt,`).
    if (token.value === ',' && tokens[cursor + 1]?.lower === 'die' && !nested && cursor > index + 1) {
      let close = cursor + 2
      while (close < tokens.length && close - cursor < 12 && tokens[close]!.kind === 'word' && tokens[close]!.depth === 0) close++
      if (tokens[close]?.value !== ',') break
      nested = true
      cursor = close
      continue
    }
    if (token.kind === 'punctuation') {
      if (cursor > index + 1 && (token.value === ',' || clauseEnd.test(token.value))) stop = cursor
      break
    }
    // (An auxiliary right before the comma ends the relative clause itself: `die erbij was,`.)
    // (Not `zijn` after a preposition, a possessive: `die niet met zijn naam in de krant wil`;
    // nor after a singular head, whose verb would be `is`: `een man die elke dag zijn hond uitlaat`.)
    const possessive = token.lower === 'zijn' && (governingPrepositions.has(tokens[cursor - 1]!.lower) || singularHead)
    // (Nor one before `en` and a second clause of the same head: `die erbij was en anoniem wil blijven,`.)
    const joined = tokens[cursor + 1]?.lower === 'en' || tokens[cursor + 1]?.lower === 'of'
    if (auxiliary === -1 && cursor > index + 2 && !possessive && !joined && finiteAuxiliaries.has(token.lower) && tokens[cursor + 1]?.kind === 'word' && !finiteAuxiliaries.has(tokens[cursor + 1]!.lower) && !finiteAuxiliaries.has(tokens[cursor + 2]?.lower ?? '')) auxiliary = cursor
  }
  const end = auxiliary !== -1 && (stop === -1 || stop - auxiliary > 2) ? auxiliary : stop
  if (end === -1 || (betweenCommas && tokens[end]!.value !== ',')) return index
  for (let cursor = index + 1; cursor < end; cursor++) if (cueForms.has(tokens[cursor]!.lower)) return index
  return end
}

/** The start of the clause that ends at `end`: after the last sentence mark or quote. */
export function clauseStart(tokens: Token[], end: number): number {
  let index = end - 1
  // A quote that runs over sentences splits its first sentence: the part before it is a piece of
  // its own, so the clause goes on back to a full stop rather than to the piece's start.
  while (index >= 0 && end - index < 60) {
    const token = tokens[index]!
    // A short quote inside the clause (`vergelijkt de brug met een ‘speelgoedbrug’:`) is part of
    // it; a longer one is someone's utterance and ends the clause, and so does one whose words
    // end their sentence (`Bos: „Het is prima.” Smit: „…”`).
    if (token.kind === 'close' && token.depth === 0 && !quoteEndsIn(tokens, index, endsInStop)) {
      let open = index - 1
      while (open >= 0 && index - open < 8 && !(tokens[open]!.kind === 'open' && tokens[open]!.depth === 0)) open--
      if (open >= 0 && tokens[open]!.kind === 'open' && tokens[open]!.sentence === token.sentence) {
        index = open - 1
        continue
      }
    }
    if (token.depth !== 0 || token.kind === 'close') break
    if (token.kind === 'punctuation' && sentenceEnd.test(token.value)) break
    index--
  }
  return index + 1
}

/** The cue as written: the verb, and its particle when it follows (`liet … weten` → `liet weten`). */
export function cueText(tokens: Token[], verbAt: number, limit: number): string {
  const verb = tokens[verbAt]!
  if (verb.lower === 'zeggen' && tokens[verbAt - 1]?.lower === 'eigen' && tokens[verbAt - 2]?.lower === 'naar') return 'naar eigen zeggen'
  const verbs = cueForms.get(verb.lower)
  if (!verbs) return verb.value
  for (let index = verbAt + 1; index < Math.min(tokens.length, limit + 4); index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) break
    const particle = verbs.find((candidate) => candidate.particle !== undefined && (token.lower === candidate.particle || token.lower === 'er' + candidate.particle))
    if (particle) return `${verb.value} ${particle.particle}`
  }
  return verb.value
}

/** Whether the particle of a particle cue verb at `index` stands later in its sentence, outside quotes (`deelt … mee`). */
export function particleFollows(tokens: Token[], index: number, end: number): boolean {
  const verbs = cueForms.get(tokens[index]!.lower)
  if (!verbs) return false
  const sentence = tokens[index]!.sentence
  for (let cursor = index + 1; cursor < end && cursor - index < 24 && tokens[cursor]!.sentence === sentence; cursor++) {
    const token = tokens[cursor]!
    if (token.kind === 'word' && token.depth === 0 && verbs.some((verb) => verb.particle === token.lower)) return true
  }
  return false
}
