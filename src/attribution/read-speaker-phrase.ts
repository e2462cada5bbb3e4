/**
 * Read the noun phrase that names a source, starting at a token: a pronoun (`hij`, `haar`),
 * a name with its role (`woordvoerder Johan Zandbergen van woningcorporatie Woonwijzer`), a role
 * (`de onderminister`) or an unnamed source (`een woordvoerder van de politie`, `buurtbewoners`).
 *
 * Names are runs of capitalised words, with particles inside (`Jan van der Berg`) and without
 * nationality adjectives (`Noord-Koreaanse`); a run right after a preposition (`voor
 * Buitenlandse Zaken`) belongs to a role, not to the speaker.
 */
import {cueForms, prepositionalCues} from '../lexicon/cues.js'
import {articles, foreignArticles, foreignParticles, functionWords, institutionWords, isParticleAt, nameParticles} from '../lexicon/function-words.js'
import {organisationLinks, organisationWords} from '../lexicon/organisation-words.js'
import {utteranceNouns} from '../lexicon/utterance-nouns.js'
import {articlesAndPossessives, degreeAdverbs, fieldEndings, unitNouns, groupQuantityNouns, mannerNouns, mediaNouns, newsMediaNames, broadcasters, originNouns, particleOpeners, phraseDeterminers, placeNouns, platformNames, quantifiers, rolePhrasePrepositions, timePrepositions, timeWords, numberWords, standingPlaces} from '../lexicon/phrase-words.js'
import {writersOwnMedia} from '../lexicon/reference-words.js'
import {groupPronouns, pronounGender} from '../lexicon/pronouns.js'
import {sayingInfinitives, wantingToSay} from '../lexicon/verb-classes.js'
import {chairTitles, houseOrdinals, isDocumentNoun, isInstitutionNoun, isPluralRole, languageNames, languageTeachers, ministryNouns, placeAdjectiveEnding, portfolioWords, titleAdjectives} from '../lexicon/roles.js'
import {afterParenthesis, followsQuotedStop, isRoleToken, pastOrigin, type Token} from './read-tokens.js'
import {agedWord} from './token-patterns.js'
import {functionWordFirstNames, isFirstName} from '../lexicon/first-names.js'

// Regular expressions at module level: a literal in a function may be compiled again after a major collection.
const partyPrefix = /^[\p{Lu}\d&]+-\p{Ll}/u
const mixedPartyPrefix = /^\p{Lu}[\p{L}\d&]+-\p{Ll}{4,}$/u
const digits = /^\d+$/
const anyDigit = /\d/
const initial = /^(?:\p{Lu}\.)+$/u
/** Endings of adjectives that are no adjectives of place (`Provinciale`, `Koninklijke`, `Overige`). */
const otherAdjectiveEnding = /(?:ale|ele|lijke|ige)$/

export interface SpeakerPhrase {
  kind: 'pronoun' | 'name' | 'role' | 'unnamed'
  /** The whole phrase as tokens [start, end) indexes. */
  from: number
  to: number
  /** The name run [start, end) indexes, for `name`. */
  nameFrom: number
  nameTo: number
  /** Role words of the phrase (lower case), e.g. `onderminister`, `woordvoerder`. */
  roles: string[]
  /**
   * For a name: the other names it is coordinated with (`Jansen en De Boer`, `Smit, Bos en
   * Dam`), in order; the group speaks as one. `to` stays the first name's end.
   */
  joined?: SpeakerPhrase[]
}

/** Whether a word looks like part of a name: capitalised, not a function word. */
export function isNameWord(token: Token | undefined, sentenceInitial: boolean): boolean {
  if (!token || token.kind !== 'word' || !token.capital) return false
  // A present participle opening the sentence is an adverb (`Lachend: „…”`, `Vooruitblikkend stelt …`).
  if (sentenceInitial && token.lower.length > 6 && token.lower.endsWith('end') && !isFirstName(token.lower)) return false
  // (An acronym is a name even when it spells a word: `het OM`.)
  if (functionWords.has(token.lower) && (sentenceInitial || !nameParticles.has(token.lower)) && !isAcronym(token)) return false
  if (cueForms.has(token.lower)) return false
  return true
}

/**
 * Whether the word at `index` starts a name: a name word, or a known first name that is also a
 * function word before a capitalised word (`Ben Vermolen`, `Wil Kramer`: not the verbs `ben`, `wil`).
 */
export function startsName(tokens: Token[], index: number, sentenceInitial: boolean): boolean {
  const token = tokens[index]
  if (isNameWord(token, sentenceInitial)) return true
  if (token === undefined || token.kind !== 'word' || !token.capital || !functionWordFirstNames.has(token.lower)) return false
  // (Or before a surname's particle: `Elke De Smedt`, `Ben van Dam`.)
  const next = tokens[index + 1]
  if (next !== undefined && next.kind === 'word' && nameParticles.has(next.lower) && tokens[index + 2]?.capital === true) return true
  return isNameContinuation(next, token) && !functionWords.has(next!.lower)
}

/** Inside a name any capitalised word goes on (`Johan Zandbergen`, `Frank de Wit`). */
export function isNameContinuation(token: Token | undefined, previous?: Token): boolean {
  if (!token || token.kind !== 'word' || token.depth !== 0 || !token.capital || cueForms.has(token.lower)) return false
  // A capitalised adverb after a name starts a new sentence (`… Rimpel Uiteindelijk …`); after a
  // first name it is a surname all the same (`Johan Zandbergen`), and so it is after a particle
  // (`Anna ter Haar`, `Volgens Ter Haar`), but for an article (`van Het Parool`).
  return !functionWords.has(token.lower) || nameParticles.has(token.lower) || (previous !== undefined && (isFirstName(previous.lower) || (nameParticles.has(previous.lower) && !articles.has(token.lower))))
}

/** `&` between two capitalised words, inside a name (`Dier & Vrijheid`, `Jansen & Zonen`). */
export function isAmpersandLink(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.value === '&' && token.depth === 0 && tokens[index - 1]?.capital === true && tokens[index + 1]?.kind === 'word' && tokens[index + 1]!.capital
}

/**
 * A word that describes rather than names: a party or group prefix on a common noun
 * (`VVD-prominent`, `D66-fractieleider`, `PVV-kiezers`).
 */
export function isDescriptor(token: Token): boolean {
  // Also a mixed-case party before a longer word (`GroenLinks-beleid`), but not a name's own
  // lower-case part (`Kim Jong-un`, `Park Ji-hoon`, `Kim So-yeon`).
  return token.value.includes('-') && (partyPrefix.test(token.value) || (mixedPartyPrefix.test(token.value) && !isSyllablePair(token.value)))
}

/**
 * A word of two syllables joined by a hyphen, each of two to four letters, only the first
 * letter a capital (`Ji-hoon`, `So-yeon`, `Hyun-woo`): a given name, no party's prefix (those
 * have a capital or a digit inside, `GroenLinks-`, `D66-`, or a longer word after them).
 */
function isSyllablePair(word: string): boolean {
  const hyphen = word.indexOf('-')
  if (hyphen < 2 || hyphen > 4 || word.length - hyphen - 1 > 4) return false
  const prefix = word.slice(1, hyphen)
  return prefix === prefix.toLowerCase() && !anyDigit.test(prefix)
}

/** A capitalised adjective of nationality or origin (`Noord-Koreaanse`, `Amerikaanse`, `Europese`). */
export function isCapitalisedAdjective(token: Token, next?: Token): boolean {
  // (Every ending below ends in `e`: a word that does not, as most capitalised words asked, is
  // none, and needs no lookup of first names.)
  if (token.value.length <= 4 || token.lower.charCodeAt(token.lower.length - 1) !== 101 || isFirstName(token.lower)) return false
  // Endings only adjectives have (`Amerikaanse`, `Russische`, `Europese`, `Provinciale`).
  // Also the adjectives of places and countries (`Amsterdamse`, `Nederlandse`, `Britse`, `Duitse`,
  // `Turkse`, `Poolse`, `Zweedse`, `Deense`).
  if (placeAdjectiveEnding.test(token.lower) || otherAdjectiveEnding.test(token.lower)) return true
  // `-se` is an adjective before a noun (`Nederlandse overheid`, `Buitenlandse Zaken`), but may end
  // a name (`Jesse Klaver`, `Ad Lijnse`).
  // (Not before an article or a particle: `Wietse de Jong`.)
  return (
    token.lower.endsWith('se') && next !== undefined && next.kind === 'word' &&
    ((next.value === next.lower && !functionWords.has(next.lower) && !nameParticles.has(next.lower)) || institutionWords.has(next.lower))
  )
}

/** What has been read of a speaker phrase so far: the state its steps update. */
interface PhraseReading {
  tokens: Token[]
  /** Where the phrase starts. */
  index: number
  /** Where reading stops at the latest (sixteen words on, or the limit). */
  end: number
  /** The next token to read. */
  cursor: number
  roles: string[]
  /** The name run [start, end) once one is read, else -1. */
  nameFrom: number
  nameTo: number
  sawNoun: boolean
  /** Right after a preposition of the role (`minister van |`), or after its determiner. */
  afterPreposition: boolean
  /** In the prepositional phrase of the role (`van de politie`). */
  inPrepositionalPhrase: boolean
  /** The noun of that phrase names an institution or a place, whose name a name after it is. */
  nounInPrepositionalPhrase: boolean
  /** Whether a role is the phrase's head (not a noun in its tail). */
  headRole: boolean
}

/**
 * Read a speaker phrase starting at `index` in `tokens` (only depth-0 tokens count).
 * Returns undefined when no phrase starts there. `apposition`: the phrase is itself the name in
 * a role's apposition (no second apposition is looked for).
 */
export function readSpeakerPhrase(tokens: Token[], index: number, limit = tokens.length, apposition = false): SpeakerPhrase | undefined {
  const first = tokens[index]
  if (!first || first.kind !== 'word' || first.depth !== 0) return undefined

  // `haar` and `hun` before a noun are possessives (`hun moeder Corrie van Os`), not the speaker.
  const next = tokens[index + 1]
  // (After `volgens`, before a word that is no role, through an adjective, `haar` is the
  // pronoun: `Volgens haar speelde Kooistra …`.)
  const possessive =
    (first.lower === 'haar' || first.lower === 'hun' || first.lower === 'zijn') &&
    next !== undefined && next.kind === 'word' && next.depth === 0 && !functionWords.has(next.lower) && !cueForms.has(next.lower) &&
    (tokens[index - 1]?.lower !== 'volgens' || isRoleToken(next) || isRoleToken(tokens[index + 2]) || next.capital)
  if (pronounGender.has(first.lower) && !possessive) {
    return {kind: 'pronoun', from: index, to: index + 1, nameFrom: index, nameTo: index + 1, roles: []}
  }

  const group = oneOfAGroup(tokens, index, limit)
  if (group !== undefined) return {kind: 'role', from: index, to: group, nameFrom: -1, nameTo: -1, roles: []}

  const reading: PhraseReading = {
    tokens,
    index,
    end: Math.min(limit, index + 16),
    cursor: index,
    roles: [],
    nameFrom: -1,
    nameTo: -1,
    sawNoun: false,
    afterPreposition: false,
    inPrepositionalPhrase: false,
    nounInPrepositionalPhrase: false,
    headRole: false
  }
  // `een van de activisten`, `één van hun buren`: one of a group; the group's noun is the head.
  if ((first.lower === 'een' || first.lower === 'één') && tokens[index + 1]?.lower === 'van' && articlesAndPossessives.has(tokens[index + 2]?.lower ?? '') && tokens[index + 2]!.depth === 0) reading.cursor = index + 3

  while (reading.cursor < reading.end) {
    const token = tokens[reading.cursor]!
    if (token.kind !== 'word' || token.depth !== 0) break
    if (!readWord(reading, token)) break
  }

  if (reading.nameFrom !== -1) return namePhrase(reading, limit, apposition)
  return roleOrUnnamedPhrase(reading, limit, apposition)
}

/**
 * `een` and a noun no list has, through at most two adjectives, and where they are from, as the
 * subject a cue inverts after a quote (`„…”, zegt een lasser uit Franeker.`): whoever it names
 * speaks, known noun or not.
 */
export function indefiniteSubject(tokens: Token[], index: number): SpeakerPhrase | undefined {
  if (tokens[index]?.lower !== 'een') return undefined
  let noun = index + 1
  while (noun < index + 3 && lowerWordAt(tokens, noun + 1) && isAdjective(tokens[noun]!)) noun++
  const word = tokens[noun]
  const after = tokens[noun + 1]
  if (!lowerWordAt(tokens, noun) || functionWords.has(word!.lower) || cueForms.has(word!.lower) || !after || (after.kind === 'word' && after.lower !== 'uit')) return undefined
  return {kind: 'role', from: index, to: pastOrigin(tokens, noun + 1, tokens.length), nameFrom: -1, nameTo: -1, roles: [word!.lower]}
}

/**
 * The longest speaker phrase, no pronoun, that ends right at `end` (an antecedent: `een boer uit
 * Ede | , en die …`, `de webshop | , die …`): from at most `words` words back, not before `from`
 * nor outside the sentence of the word before `end`.
 */
export function phraseEndingAt(tokens: Token[], end: number, words: number, from = 0): SpeakerPhrase | undefined {
  const sentence = tokens[end - 1]?.sentence
  for (let start = Math.max(from, end - words); start < end; start++) {
    if (tokens[start]!.sentence !== sentence) continue
    const phrase = readSpeakerPhrase(tokens, start, end)
    if (phrase && phrase.to === end && phrase.kind !== 'pronoun') return phrase
  }
  return undefined
}

/** Read the word at the cursor: whether reading goes on. */
function readWord(reading: PhraseReading, token: Token): boolean {
  const {tokens, index, cursor} = reading
  const lower = token.lower
  // (A capital particle after a quote that ends in a full stop opens a sentence: `… weg.” De man, …`.)
  const sentenceInitial = cursor === 0 || tokens[cursor - 1]!.sentence !== token.sentence || (nameParticles.has(token.lower) && followsQuotedStop(tokens, cursor))
  // (Both follow an article or adjectives: never the phrase's first word.)
  if (cursor > index && (isOriginHead(reading, token) || isAgeHead(reading, token))) {
    reading.roles.push(lower)
    reading.headRole = true
    reading.sawNoun = true
    reading.cursor++
    return false
  }
  // (`een leerkracht Frans`: the language a teacher teaches is no name, and the phrase goes on.)
  if (cursor > index && languageNames.has(lower) && languageTeachers.has(tokens[cursor - 1]!.lower)) {
    reading.cursor++
    return true
  }
  if (startsName(tokens, cursor, sentenceInitial && cursor === index)) return readNameRun(reading, sentenceInitial)
  // (`een andere bron`, `de twee buren`: a determiner after the article.)
  if (phraseDeterminers.has(lower) && (cursor === index || reading.afterPreposition || (cursor === index + 1 && articlesAndPossessives.has(tokens[index]!.lower) && quantifiers.has(lower)))) {
    reading.cursor++
    return true
  }
  // A group's noun before a plural role (`een groep moeders`, `een aantal ouders`): the role heads it.
  if (cursor === index + 1 && tokens[index]!.lower === 'een' && groupQuantityNouns.has(lower) && isRoleToken(tokens[cursor + 1]) && isPluralRole(tokens[cursor + 1]!.lower)) {
    reading.cursor++
    return true
  }
  // An adverb before an adjective (`een goed ingevoerde bron`, `een zeer betrokken buurman`).
  if (!reading.sawNoun && cursor > index && degreeAdverbs.has(lower) && lowerWordAt(tokens, cursor + 1) && isAdjective(tokens[cursor + 1]!)) {
    reading.cursor++
    return true
  }
  // Two titles of one person (`Aanvoerder en keeper Bas Reinders`): `en` and a role before a name.
  if (lower === 'en' && reading.roles.length > 0 && reading.nameFrom === -1 && isRoleToken(tokens[cursor + 1]) && !tokens[cursor + 1]!.capital && tokens[cursor + 2]?.capital === true) {
    reading.cursor++
    return true
  }
  // (`aan de NOS`, `aan deze krant` after the source is who is told, no part of the source.)
  // (So is `bij` and a broadcaster: `zegt een buurvrouw bij Omroep Brabant`, on its air.)
  // (And `in` and a medium, named or not: `schrijven de onderzoekers in het vakblad Nature`, where
  // they wrote it.)
  if ((lower === 'aan' && toldMedium(tokens, cursor + 1)) || (lower === 'bij' && broadcasterAt(tokens, cursor + 1)) || (lower === 'in' && mediumNounAt(tokens, cursor + 1))) return false
  if ((rolePhrasePrepositions.has(lower) || (lower === 'met' && describedBySomething(reading, cursor))) && (reading.sawNoun || reading.roles.length > 0)) {
    reading.afterPreposition = true
    reading.inPrepositionalPhrase = true
    reading.cursor++
    return true
  }
  // `Tweede Kamerlid Eva Kok`: the house's ordinal belongs to the title after it.
  if (token.capital && houseOrdinals.has(lower) && isRoleToken(tokens[cursor + 1])) {
    reading.cursor++
    return true
  }
  if (isAdjectiveAfterArticle(reading, lower)) {
    reading.cursor++
    return true
  }
  // (Nor an infinitive of saying that ends a clause: `wilde een journalist van een nieuwssite | weten`.)
  // (A number as a word after a preposition is read as a number is: `een jongen van zestien`.)
  const counted = reading.afterPreposition && numberWords.has(lower)
  if ((functionWords.has(lower) && !counted) || cueForms.has(lower) || prepositionalCues.has(lower) || wantingToSay.has(lower) || sayingInfinitives.has(lower)) return false
  return readNoun(reading, token)
}

/**
 * `een man met een fietshelm`, `een vrouw met een rollator`: after the head noun of a phrase that
 * opens with `een`, `met een` and a thing describe the source, unless the thing is how it is
 * said (`met een glimlach`: `mannerNouns`).
 */
function describedBySomething(reading: PhraseReading, cursor: number): boolean {
  const {tokens, index} = reading
  if (tokens[index]!.lower !== 'een' || reading.inPrepositionalPhrase || !reading.headRole || tokens[cursor + 1]?.lower !== 'een') return false
  for (let at = cursor + 2; at < tokens.length && at <= cursor + 4; at++) {
    const token = tokens[at]!
    if (token.kind !== 'word') return at > cursor + 2
    if (mannerNouns.has(token.lower)) return false
  }
  return true
}

/** Whether a broadcaster stands at `index`, past an article (`Omroep Brabant`, `RTV Oost`, `de NOS`). */
function broadcasterAt(tokens: Token[], index: number): boolean {
  const at = tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het' ? index + 1 : index
  return broadcasters.has(tokens[at]?.lower ?? '')
}

/** Whether a noun of a medium stands at `index`, past an article or a possessive (`het vakblad`, `zijn column`). */
function mediumNounAt(tokens: Token[], index: number): boolean {
  const at = articlesAndPossessives.has(tokens[index]?.lower ?? '') ? index + 1 : index
  return mediaNouns.has(tokens[at]?.lower ?? '')
}

/** Whether a news medium stands at `index`, past an article or `deze` (`de NOS`, `deze krant`, `Omroep Gelderland`). */
function toldMedium(tokens: Token[], index: number): boolean {
  let at = index
  if (['de', 'het', 'deze', 'onze'].includes(tokens[at]?.lower ?? '')) at++
  const word = tokens[at]
  return word !== undefined && word.kind === 'word' && (newsMediaNames.has(word.lower) || (writersOwnMedia.has(word.lower) && at > index))
}

/**
 * `de Arnhemse`: an adjective of place used as a noun is a woman from there (a role).
 * `de Monegask`, `de 21-jarige Limburger`, `De Fransman`: a lower-case `de` before one
 * capitalised word is no name's particle (a surname takes a capital `De`), and a word of
 * origin after it is someone from there (a role).
 */
function isOriginHead(reading: PhraseReading, token: Token): boolean {
  const {tokens, index, cursor} = reading
  // (`een Groninger`, `Een 60-jarige Fransman`: someone from there too.)
  // (A capital `De` too with an adjective between: a surname's particle takes none, `De
  // 51-jarige Fries`.)
  const article = tokens[index]!.lower === 'een' || tokens[index]!.value === 'de' || (tokens[index]!.lower === 'de' && cursor > index + 1)
  // `de Koerden`, `De Britten zeggen …`: people of a place, with a capital `De` too.
  // (A capital `De` before `-ers` may be a surname's: `De Jagers`.)
  if (cursor === index + 1 && tokens[index]!.lower === 'de' && isOriginPlural(token) && (tokens[index]!.value === 'de' || !token.lower.endsWith('ers'))) return true
  // (A point of the compass makes one of origin whatever the capital: `De West-Vlaming`; so does
  // a listed word of origin or a place's ending no surname has: `De Tukker`, `De Antwerpenaar`.)
  if (cursor === index + 1 && tokens[index]!.lower === 'de' && compassPrefix.test(token.lower) && isOriginWord(token)) return true
  if (cursor === index + 1 && tokens[index]!.lower === 'de' && (originNouns.has(token.lower) || strongOriginEnding.test(token.lower)) && isOriginNoun(token, tokens[cursor + 1])) return true
  // (A listed one that is a first name too, after a lower-case `de`, which no first name has:
  // `zei de Noor`.)
  if (cursor === index + 1 && tokens[index]!.value === 'de' && originNouns.has(token.lower) && token.capital && !isNameWord(tokens[cursor + 1], false)) return true
  return (
    (cursor === index + 1 && (tokens[index]!.lower === 'de' || tokens[index]!.lower === 'een') && isDemonym(token, tokens[cursor + 1], tokens[index]!.value === 'de')) ||
    (cursor > index && article && isOriginNoun(token, tokens[cursor + 1]) && allAdjectives(tokens, index + 1, cursor))
  )
}

/**
 * `de 52-jarige`, `een 34-jarige` with no noun after it: the age stands for the person. (An
 * adverb that ends the clause after it is the clause's: `reageert de 71-jarige droog.`; so is
 * a verb: `De 71-jarige bleef stil.`)
 */
function isAgeHead(reading: PhraseReading, token: Token): boolean {
  const {tokens, index, cursor} = reading
  // (The place and the word first: whether a noun follows asks the role nouns of the next word,
  // and this is asked of every word a phrase reads past its first.)
  if (cursor !== index + 1 || (tokens[index]!.lower !== 'de' && tokens[index]!.lower !== 'een') || !agedWord.test(token.lower)) return false
  const next = tokens[cursor + 1]
  const after = tokens[cursor + 2]
  // (After `een` a word there is the noun, known or not: `zegt een 58-jarige lasser.`)
  if (next === undefined || next.kind !== 'word' || next.depth !== 0) return true
  if (tokens[index]!.lower !== 'de' || next.value !== next.lower || isRoleToken(next) || after === undefined) return false
  // (Or, opening the sentence, a verb follows, a function word or a cue, and no noun after it:
  // `De 34-jarige bleef lang stil.`; not `De 34-jarige nieuwe trainer …`.)
  return after.kind === 'punctuation' || (tokens[index]!.value === 'De' && (functionWords.has(next.lower) || cueForms.has(next.lower)) && !isRoleToken(after))
}

/**
 * An adjective that is also a function word, after the article (`een nieuwe handleiding`,
 * `de oude burgemeester`, and in lower case before a name, `de kleine Tim`; not `de Tweede
 * Kamer`), is the head's adjective.
 */
function isAdjectiveAfterArticle(reading: PhraseReading, lower: string): boolean {
  const {tokens, index, cursor} = reading
  // (At the phrase's start, or right after the article of its tail: `een bewoner van de derde
  // verdieping`.)
  const opening = (!reading.sawNoun && cursor === index + 1) || (reading.afterPreposition && cursor > index + 1)
  return (
    functionWords.has(lower) && opening && articlesAndPossessives.has(tokens[cursor - 1]!.lower) && !phraseDeterminers.has(lower) &&
    lower.length > 3 && lower.endsWith('e') && (lowerWordAt(tokens, cursor + 1) || (tokens[cursor]!.value === lower && isNameWord(tokens[cursor + 1], false))) && !functionWords.has(tokens[cursor + 1]!.lower)
  )
}

/** A run of name words (with particles) at the cursor: the name, a role's institution, or roles. Whether reading goes on. */
function readNameRun(reading: PhraseReading, sentenceInitial: boolean): boolean {
  const {tokens, index, cursor, roles} = reading
  const runEnd = nameRunEndBefore(tokens, cursor, reading.end)
  // `de hoofddirecteur Beleid`: a portfolio after the title is part of it.
  if (runEnd - cursor === 1 && roles.length > 0 && isRoleToken(tokens[cursor - 1]) && portfolioWords.has(tokens[cursor]!.lower)) {
    reading.cursor = runEnd
    return true
  }
  let runStart = pastLeadingRoles(tokens, cursor, runEnd, roles)
  if (runStart === runEnd) {
    reading.cursor = runEnd
    return true
  }
  // One capitalised word opening the sentence before a role is an adjective
  // (`Politiek tekenaar Robin Oosterhuis`), not a name.
  // So is a lone role opening the sentence (`Buurtbewoners zeggen …`).
  if (
    runEnd - runStart === 1 &&
    cursor === index &&
    sentenceInitial &&
    ((lowerWordAt(tokens, runEnd) && isRoleToken(tokens[runEnd])) || isRoleToken(tokens[runStart]))
  ) {
    if (isRoleToken(tokens[runStart])) {
      roles.push(tokens[runStart]!.lower)
      reading.headRole = true
    }
    reading.sawNoun = true
    reading.cursor = runEnd
    return true
  }
  // A lone capitalised role after an article is the head noun (`het CDA-Kamerlid`, `de VVD'er`,
  // `het Tweede Kamerlid`).
  const afterArticle = cursor === index + 1 || (cursor === index + 2 && houseOrdinals.has(tokens[index + 1]!.lower))
  if (runEnd - runStart === 1 && afterArticle && phraseDeterminers.has(tokens[index]!.lower) && isRoleToken(tokens[runStart])) {
    roles.push(tokens[runStart]!.lower)
    reading.headRole = true
    reading.sawNoun = true
    reading.cursor = runEnd
    return true
  }
  // (So does one word that is no first name after any noun there: `bij de techcampus Eindhoven`.)
  const lonePlace = reading.inPrepositionalPhrase && reading.sawNoun && !reading.afterPreposition && runEnd - runStart === 1 && !isFirstName(tokens[runStart]!.lower)
  if (reading.nounInPrepositionalPhrase || lonePlace) {
    // `een medewerker van het bedrijf Beeldwerk`: the name belongs to the noun before it.
    reading.cursor = runEnd
    return true
  }
  if (reading.afterPreposition) {
    reading.cursor = institutionEnd(tokens, cursor, runStart, runEnd, reading.end)
    reading.afterPreposition = false
    return true
  }
  // (`hoogleraar Gebiedsontwikkeling Frank de Wit`: the chair's field is not the name.)
  if (isFieldOfChair(tokens, runStart, runEnd)) runStart++
  reading.nameFrom = runStart
  reading.nameTo = runEnd
  reading.cursor = runEnd
  return false
}

/**
 * Where an organisation's name goes on past `van`, `voor` or `en` (`Vereniging van Banken`,
 * `Inspectie Gezondheidszorg en Jeugd`, `Raad van State`): the run `[start, runEnd)` holds an
 * organisation's head word and capitalised words follow the link; else `runEnd`.
 */
export function organisationNameEnd(tokens: Token[], start: number, runEnd: number, end: number): number {
  const portfolio = portfolioEnd(tokens, start, runEnd, end)
  if (portfolio > runEnd) return portfolio
  const link = tokens[runEnd]
  if (!link || link.depth !== 0 || !organisationLinks.has(link.lower) || runEnd + 1 >= end) return runEnd
  // A name spelled out before its acronym (`Autoriteit Consument en Markt (ACM)`) goes on to it.
  const spelled = spelledOutEnd(tokens, start, end)
  if (spelled > runEnd) return spelled
  // (Not a person's name after a body's: `Buitenlandse Zaken Mike Pompeo en …`.)
  let head = false
  for (let index = start; index < runEnd; index++) {
    if (isFirstName(tokens[index]!.lower)) return runEnd
    head ||= organisationWords.has(tokens[index]!.lower) || (tokens[index]!.capital && isInstitutionNoun(tokens[index]!.lower))
  }
  if (!head) return runEnd
  // (Through up to three links: `Rijksinstituut voor Volksgezondheid en Milieu`.)
  let to = runEnd
  for (let links = 0; links < 3; links++) {
    const after = linkedWordsEnd(tokens, to, end)
    if (after === to) break
    to = after
  }
  return to
}

/**
 * Past a link and the capitalised words after it (`voor de Statistiek`, `en Milieu`), with an
 * article after the link but for `en` (`Raad voor de Kinderbescherming`): where they end, or
 * `at` when no such words follow.
 */
function linkedWordsEnd(tokens: Token[], at: number, end: number): number {
  const link = tokens[at]
  if (!link || link.depth !== 0 || !organisationLinks.has(link.lower) || link.value !== link.lower || at + 1 >= end) return at
  const article = tokens[at + 1]!
  const from = (article.value === 'de' || article.value === 'het') && link.lower !== 'en' ? at + 2 : at + 1
  let to = from
  while (to < end && to - from < 4 && tokens[to]!.depth === 0 && tokens[to]!.kind === 'word' && tokens[to]!.capital && !isFirstName(tokens[to]!.lower)) to++
  return to > from ? to : at
}

/**
 * Where the portfolios a ministry is named by end (`ministerie van Volksgezondheid, Welzijn en
 * Sport`): capitalised words joined by commas and `en` after `ministerie van`; `runEnd` when the
 * run at `start` is no such name.
 */
function portfolioEnd(tokens: Token[], start: number, runEnd: number, end: number): number {
  if (tokens[start - 1]?.lower !== 'van' || !ministryNouns.has(tokens[start - 2]?.lower ?? '')) return runEnd
  let to = runEnd
  for (let links = 0; links < 4 && to + 1 < end; links++) {
    const link = tokens[to]!
    const next = tokens[to + 1]!
    if ((link.value !== ',' && link.lower !== 'en') || link.depth !== 0 || next.kind !== 'word' || !next.capital || next.depth !== 0) break
    to += 2
    while (to < end && tokens[to]!.kind === 'word' && tokens[to]!.capital && tokens[to]!.depth === 0) to++
    if (link.lower === 'en') break
  }
  return to
}

/**
 * Where a name spelled out before its acronym in brackets ends (`Centraal Bureau voor de
 * Statistiek (CBS)`, `Nationaal Coördinator Terrorisme en Veiligheid (NCTV)`): the capitalised
 * words from `start`, with the small words that link them, whose initials make the acronym;
 * else -1. The acronym is the evidence that all of them are one name.
 */
export function spelledOutEnd(tokens: Token[], start: number, end: number): number {
  let initials = ''
  let index = start
  const limit = Math.min(end, tokens.length, start + 10)
  while (index < limit && tokens[index]!.kind === 'word' && tokens[index]!.depth === 0) {
    const token = tokens[index]!
    if (token.capital) initials += token.value.charAt(0)
    else if (!organisationLinks.has(token.lower) && !articlesAndPossessives.has(token.lower)) return -1
    index++
  }
  const acronym = tokens[index + 1]
  // (An acronym may keep a small letter of a link: `KvK`, `RvS`.)
  if (tokens[index]?.value !== '(' || tokens[index + 2]?.value !== ')' || !acronym || !acronym.capital || acronym.value.length > 8 || initials.length < 2) return -1
  // (The acronym's capitals: `RvS` spells `Raad van State`.)
  let capitals = ''
  for (const character of acronym.value) if (character !== character.toLowerCase()) capitals += character
  return capitals === initials.toUpperCase() && tokens[index - 1]!.capital ? index : -1
}

/** Whether the run `[start, end)` is a name spelled out right before its acronym in brackets (see `spelledOutEnd`). */
export function spellsAcronym(tokens: Token[], start: number, end: number): boolean {
  return spelledOutEnd(tokens, start, tokens.length) === end
}

/** Whether the run `[start, end)` is an organisation's name that runs past a link (`Raad van State`): see `organisationNameEnd`. */
export function hasOrganisationLink(tokens: Token[], start: number, end: number): boolean {
  for (let index = start + 1; index < end - 1; index++) {
    const token = tokens[index]!
    if (!token.capital && organisationLinks.has(token.lower)) return organisationNameEnd(tokens, start, index, end) === end
  }
  return false
}

/** The end of the run of name words (with particles) that starts at `cursor`, before `end`. */
function nameRunEndBefore(tokens: Token[], cursor: number, end: number): number {
  let runEnd = cursor
  while (
    runEnd < end &&
    (runEnd === cursor ||
      isNameContinuation(tokens[runEnd], tokens[runEnd - 1]) ||
      isAmpersandLink(tokens, runEnd) ||
      tokens[runEnd - 1]!.value === '&' ||
      // (Whether a particle stands there first: whether one may follow the run is dearer.)
      (isParticleBeforeName(tokens, runEnd, end) && particleMayFollow(tokens, cursor, runEnd)))
  ) {
    if ((tokens[runEnd]!.kind !== 'word' && !isAmpersandLink(tokens, runEnd)) || tokens[runEnd]!.depth !== 0) break
    runEnd++
  }
  return organisationNameEnd(tokens, cursor, runEnd, end)
}

/** Where the run `[cursor, runEnd)` goes on past its leading adjectives and roles; the roles go to `roles`. */
function pastLeadingRoles(tokens: Token[], cursor: number, runEnd: number, roles: string[]): number {
  let runStart = cursor
  // (Not in a name spelled out before its acronym, `Autoriteit Consument en Markt (ACM)`, or an
  // organisation's name that runs past a link, `Nederlandse Vereniging van Banken`.)
  if (spellsAcronym(tokens, cursor, runEnd) || hasOrganisationLink(tokens, cursor, runEnd)) return runStart
  // Skip leading capitalised adjectives and roles (`Noord-Koreaanse onderminister`, `SP-Kamerlid`).
  while (runStart < runEnd && (isCapitalisedAdjective(tokens[runStart]!, tokens[runStart + 1]) || ((isRoleToken(tokens[runStart]) || isDescriptor(tokens[runStart]!)) && runStart < runEnd - 1))) {
    if (isRoleToken(tokens[runStart]) || isDescriptor(tokens[runStart]!)) roles.push(tokens[runStart]!.lower)
    runStart++
  }
  return runStart
}

/**
 * Where the institution after a role's preposition ends (`voor Buitenlandse Zaken`, `van
 * Financiën`): it is part of the role, and reading goes on after it.
 */
function institutionEnd(tokens: Token[], cursor: number, runStart: number, runEnd: number, end: number): number {
  // Such an institution is an adjective and a noun, or one known word; a name may follow it.
  // An acronym (`de GGD Ludy Blind`) is one word too.
  // (But one word after an acronym that is no first name is its place: `het UMC Utrecht`.)
  const placed = runEnd - runStart === 2 && isAcronym(tokens[runStart]!) && !isFirstName(tokens[runStart + 1]!.lower)
  const single = (institutionWords.has(tokens[runStart]!.lower) || isAcronym(tokens[runStart]!)) && !placed
  let to = runStart > cursor || single ? runStart + 1 : runEnd
  // Two names joined (`van Infrastructuur en Waterstaat`).
  if (tokens[to]?.lower === 'en' && to + 1 < end && isNameWord(tokens[to + 1], false)) to += 2
  return to
}

/** A common noun at the cursor (a role, or the head or a noun of its tail). Whether reading goes on. */
function readNoun(reading: PhraseReading, token: Token): boolean {
  const {tokens, index, cursor} = reading
  const lower = token.lower
  // After the head noun only a preposition goes on (`een woordvoerder van de politie`); a
  // word after an adjective (`de nieuwe woordvoerder`) is still the head.
  // A title before a name has no article (`hoogleraar strafrecht Henny Sackers`); after one,
  // a word that follows the head ends the phrase (`zijn partijgenote | neemt Wiebes`).
  const bare = !phraseDeterminers.has(tokens[index]!.lower)
  // A lower-case word after the name that ends the phrase's tail is the clause's (`liet een
  // woordvoerder van de provincie Zeeland | weten`).
  // (Not after a capitalised adjective: `van Turkse komaf`.)
  if (reading.inPrepositionalPhrase && reading.sawNoun && tokens[cursor - 1]!.capital && !token.capital && !isCapitalisedAdjective(tokens[cursor - 1]!, token)) return false
  const number = digits.test(lower) || numberWords.has(lower)
  if (reading.sawNoun && !reading.afterPreposition && !isAdjective(tokens[cursor - 1]!) && !number && !(bare && nameFollows(tokens, cursor, reading.end)) && !isFieldOfUnit(tokens, cursor)) return false
  // (A noun after an age is someone's, known or not: `een 52-jarige loper`.)
  // (`het kabinet-Rutte`, `het college-Halsema`: a body and whose it is; the body's noun is the role.)
  const body = isRoleToken(token) ? undefined : namedBodyHead(token)
  if (body !== undefined || isRoleToken(token) || (!reading.inPrepositionalPhrase && !token.capital && tokens[index]!.lower === 'een' && agedWord.test(tokens[cursor - 1]?.lower ?? ''))) {
    reading.roles.push(body ?? lower)
    if (!reading.inPrepositionalPhrase) reading.headRole = true
  }
  reading.sawNoun = true
  // A name after an institution in the phrase's tail names that institution (`van het bedrijf
  // Beeldwerk`); after another noun it is the head's own (`de opsteller van het plan Ruud Verhoef`).
  // So does a name after a place (`de burgemeester van de plaats Cairo`).
  // So does a name after a bare title right after the preposition (`een woordvoerder van
  // windparkontwikkelaar Zeewind Noord`, `de advocaat van verdachte Kees Vos`): it is the title's.
  // (Asked only in the tail, where it counts: the role nouns' tests are dear.)
  if (reading.inPrepositionalPhrase && !phraseDeterminers.has(lower)) {
    const bareTitle = rolePhrasePrepositions.has(tokens[cursor - 1]?.lower ?? '') && isRoleToken(token) && !isInstitutionNoun(lower) && !isPluralRole(lower)
    reading.nounInPrepositionalPhrase = isInstitutionNoun(lower) || placeNouns.has(lower) || bareTitle
  }
  // (An adjective without its `-e` after `een` in the tail: `van een groot | uitvoeringsorgaan`.)
  // (Nor is a number there: `een leerling uit 4 | havo`.)
  reading.afterPreposition = reading.afterPreposition && (phraseDeterminers.has(lower) || uninflectedAdjective(tokens, cursor) || number)
  if (reading.afterPreposition) reading.inPrepositionalPhrase = true
  reading.cursor++
  return true
}

/**
 * The body's noun of a word that names a body by whose it is, with a hyphen and a capital
 * (`kabinet` of `kabinet-Rutte`, `college` of `college-Halsema`, `commissie` of
 * `commissie-Remkes`); undefined for any other word.
 */
export function namedBodyHead(token: Token): string | undefined {
  const hyphen = token.value.indexOf('-')
  if (hyphen < 4 || hyphen + 1 >= token.value.length) return undefined
  const next = token.value.charAt(hyphen + 1)
  if (next === next.toLowerCase()) return undefined
  const head = token.value.slice(0, hyphen).toLowerCase()
  return isInstitutionNoun(head) ? head : undefined
}

/** The field after a unit's noun (`de afdeling longziekten`, `de dienst burgerzaken`): the unit's name goes on. */
function isFieldOfUnit(tokens: Token[], cursor: number): boolean {
  const word = tokens[cursor]!.lower
  return unitNouns.has(tokens[cursor - 1]?.lower ?? '') && fieldEndings.some((ending) => word.endsWith(ending))
}

/** `een groot uitvoeringsorgaan`: the word at `cursor` after `een` has a lower-case noun after it that is no function word. */
function uninflectedAdjective(tokens: Token[], cursor: number): boolean {
  const next = tokens[cursor + 1]
  return tokens[cursor - 1]?.lower === 'een' && lowerWordAt(tokens, cursor + 1) && !functionWords.has(next!.lower) && !cueForms.has(next!.lower)
}

/** The phrase of a name read (`woordvoerder Johan Zandbergen`), or of the one its genitive names. */
function namePhrase(reading: PhraseReading, limit: number, apposition: boolean): SpeakerPhrase | undefined {
  const {tokens, index, nameFrom, nameTo, roles} = reading
  // `Mees' advocaat Anna de Bruin`: a name in the genitive with an apostrophe is the possessor;
  // the phrase after it names the speaker.
  const possessed = afterGenitive(tokens, nameTo, limit)
  if (possessed !== undefined) {
    const phrase = readSpeakerPhrase(tokens, possessed, limit, apposition)
    if (phrase && phrase.kind !== 'pronoun') return {...phrase, from: index}
  }
  const phrase: SpeakerPhrase = {kind: 'name', from: index, to: nameTo, nameFrom, nameTo, roles}
  const joined = apposition ? undefined : coordinatedNames(tokens, nameTo, limit)
  if (joined) phrase.joined = joined
  return phrase
}

/** No name: a role (`de onderminister`) or an unnamed source (`een woordvoerder van de politie`). */
function roleOrUnnamedPhrase(reading: PhraseReading, limit: number, apposition: boolean): SpeakerPhrase | undefined {
  const {tokens, index, roles} = reading
  // Trim a dangling preposition or determiner at the end.
  let to = reading.cursor
  while (to > index && (rolePhrasePrepositions.has(tokens[to - 1]!.lower) || phraseDeterminers.has(tokens[to - 1]!.lower))) to--
  // Only people and bodies speak: `een woordvoerder`, `buurtbewoners`, `de gemeente`, not `de
  // regels`, nor `de invloed van de mens` (the role must be the phrase's head, not in its tail).
  // (Asked before the phrase's tail is read: more than half the phrases that get here have none.)
  if (to <= index || !reading.sawNoun || !reading.headRole) return undefined
  to = endBeforeLooseTail(tokens, index, to)
  if (to - index > 12) return undefined
  // A role with the name in an apposition (`de burgemeester van Zwolle, Karin Mulder, liet weten`,
  // `volgens de woordvoerder, Jan de Vries, is …`, `zegt een buurman, Piet Kok (70).`): the name
  // between commas, or ending the sentence, is the speaker's.
  if (tokens[to]?.value === ',' && tokens[to]!.depth === 0 && to + 1 < limit && !apposition) {
    const named = readSpeakerPhrase(tokens, to + 1, limit, true)
    const after = named ? tokens[afterParenthesis(tokens, named.to, limit)] : undefined
    if (named && named.kind === 'name' && after !== undefined && after.depth === 0 && (after.value === ',' || after.value === '.')) {
      return {kind: 'name', from: index, to: named.to, nameFrom: named.nameFrom, nameTo: named.nameTo, roles: [...roles, ...named.roles]}
    }
  }
  return {kind: 'role', from: index, to, nameFrom: -1, nameTo: -1, roles}
}

/** Where a role phrase `[index, to)` ends before a prepositional phrase that is no part of the source. */
function endBeforeLooseTail(tokens: Token[], index: number, to: number): number {
  // A second phrase, of time, is no part of the source (`een rapport van de inspectie
  // | van eind vorig jaar`); nor is a phrase with `op` that names no place, body or number, or
  // names a medium (`de VVD'ers | op de uitslagen`, `de dienst | op zijn website`, but `een
  // bewoner op nummer 12`, `een docent op een school`, `een man op de publieke tribune`).
  let prepositions = 0
  for (let cursor = index; cursor < to; cursor++) {
    if (!rolePhrasePrepositions.has(tokens[cursor]!.lower)) continue
    // A verb's particle, with a preposition after it, ends the phrase (`bracht een nieuwe
    // handleiding | uit voor de reeks`).
    if (cursor + 1 < to && tokens[cursor + 1]!.value === tokens[cursor + 1]!.lower && rolePhrasePrepositions.has(tokens[cursor + 1]!.lower)) return cursor
    prepositions++
    const tail = tokens.slice(cursor + 1, to)
    if (
      // (`binnen` and `rond` tell a time at once: `ingewijden | binnen een week`.)
      ((prepositions >= 2 || timePrepositions.has(tokens[cursor]!.lower)) && tail.some((token) => timeWords.has(token.lower))) ||
      (tokens[cursor]!.lower === 'op' && (tail.some(isPlatform) || tail.some((token) => mediaNouns.has(token.lower)) || !tail.some((token) => token.capital || isRoleToken(token) || digits.test(token.value) || standingPlaces.has(token.lower)))) ||
      (tokens[cursor]!.lower === 'in' && !isPlaceTail(tail, tokens[to]))
    ) {
      return cursor
    }
  }
  return to
}

/** `Facebook`, `X`; also `X.` read as an initial at a sentence's end (`schrijft een kijker op X.`). */
function isPlatform(token: Token): boolean {
  return platformNames.has(token.lower) || (token.lower.length === 2 && token.lower.endsWith('.') && platformNames.has(token.lower.slice(0, 1)))
}

/**
 * Whether the phrase after `in` is where the source is (`in de regio`, `in de zaal`, `in een jas
 * van de club`, `in Rotterdam`): a place's name, or an article and a lower-case noun, no number, time, utterance or medium
 * (`in een verklaring`, `in 2019`, `in de krant` are how or when it spoke).
 */
function isPlaceTail(tail: Token[], next: Token | undefined): boolean {
  // (Not one cut short before its noun: `in een nieuw | rapport`.)
  if (next && next.kind === 'word' && next.depth === 0 && tellsHowSaid(next.lower)) return false
  // (Or a place's name: `een bewoner in Rotterdam`.)
  if (tail.length <= 2 && tail[0]?.capital && tail.every((token) => token.capital)) return true
  const noun = tail[1]
  if (!tail[0] || !articles.has(tail[0].lower) || !noun || noun.capital) return false
  return !tail.some((token) => digits.test(token.value) || timeWords.has(token.lower) || tellsHowSaid(token.lower))
}

/** An utterance, a document or a medium (`verklaring`, `rapport`, `krant`): how a source spoke, not where it is. */
function tellsHowSaid(word: string): boolean {
  return utteranceNouns.has(word) || isDocumentNoun(word) || mediaNouns.has(word)
}

/**
 * A capitalised adjective of place standing alone, with no noun after it: `(de) Arnhemse`,
 * `Amsterdamse`. After a lower-case `de`, which no surname without its first name takes, any
 * such word in `-se` is one (`de Venlose`, `de Almelose`), whatever ending the place gives it.
 */
export function isDemonym(token: Token, next: Token | undefined, afterLowerDe = false): boolean {
  if (!(token.capital && token.lower.length > 5 && token.lower.endsWith('se') && (isCapitalisedAdjective(token) || (afterLowerDe && !isFirstName(token.lower))))) return false
  if (!next || next.kind !== 'word' || next.depth !== 0) return true
  // (Before a noun it is an adjective: `de Rotterdamse wethouder`, `de Rotterdamse PvdA-wethouder`.)
  // (Before a name too: `de Zwolse Joes de Lange`.)
  if (isDescriptor(next) || (next.capital && (isRoleToken(next) || isNameWord(next, false)))) return false
  return !(next.value === next.lower && !functionWords.has(next.lower) && !cueForms.has(next.lower))
}

// (Not `-man`: `Labourvoorman` is a role, only `Fransman` and `Engelsman` are of origin;
// `-enaar` is of a Flemish town: `Antwerpenaar`, `Gentenaar`.)
const originEnding = /(?:[a-z]er|aan|ees|aard|naar|elaar|[eo]ër)$/
/** Endings of nouns of origin that Dutch surnames do not have (`Antwerpenaar`, `Amsterdammer`, `IJslander`). */
const strongOriginEnding = /(?:enaar|dammer|lander|naar)$/

/**
 * A capitalised noun of origin standing alone (`Nederlander`, `Amsterdammer`, `Fransman`,
 * `Amerikaan`, `Chinees`, `Spanjaard`, `Monegask`): no name word, acronym or noun after it.
 */
function isOriginNoun(token: Token, next: Token | undefined): boolean {
  if (!isOriginWord(token)) return false
  // (A present participle after it is the clause's, not a noun it qualifies: `zegt de
  // Zwollenaar lachend`.)
  return !(next && next.kind === 'word' && next.depth === 0 && (next.capital || (next.value === next.lower && !functionWords.has(next.lower) && !cueForms.has(next.lower) && !next.lower.endsWith('end'))))
}

/**
 * Whether a capitalised word is the plural of a noun of origin (`Koerden`, `Britten`,
 * `Amsterdammers`, `Marokkanen`, `Chinezen`): a plural is never an adjective, so it stands for
 * the people whatever follows.
 */
export function isOriginPlural(token: Token): boolean {
  const word = token.lower
  if (!token.capital || word.length < 5 || isFirstName(word) || institutionWords.has(word)) return false
  if (word.endsWith('ers')) return word.length > 6 && originEnding.test(word.slice(0, -1))
  if (word.endsWith('anen')) return word.length > 6
  if (word.endsWith('ezen')) return originNouns.has(word.slice(0, -4) + 'ees') || word.length > 6
  if (!word.endsWith('en')) return false
  let stem = word.slice(0, -2)
  // (`Britten`, `Russen`: the doubled consonant of the plural.)
  if (stem.length > 2 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2)) stem = stem.slice(0, -1)
  return originNouns.has(stem)
}

/** Whether a capitalised word reads as a noun of origin (`Belg`, `Oeigoer`, `Amsterdammer`), whatever follows. */
export function isOriginWord(token: Token): boolean {
  if (!token.capital || token.value.length < 3 || isAcronym(token) || isFirstName(token.lower) || institutionWords.has(token.lower)) return false
  // (With a point of the compass: `West-Vlaming`, `Zuid-Limburger`.)
  const word = compassPrefix.test(token.lower) ? token.lower.slice(token.lower.indexOf('-') + 1) : token.lower
  return originNouns.has(word) || (word.length > 5 && originEnding.test(word))
}

const compassPrefix = /^(?:noord|oost|zuid|west)-./

/** `Japanse`, `Zweedse`, `Belgische`: a capitalised word of five letters or more ending as an adjective of origin does. */
export function isOriginAdjective(token: Token): boolean {
  return token.capital && token.value.length > 4 && (token.lower.endsWith('se') || token.lower.endsWith('sche')) && !isFirstName(token.lower)
}

/** Whether the tokens `[from, to)`, two at most, are all lower-case attributive adjectives (`21-jarige`, `jonge`). */
function allAdjectives(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0 || token.value !== token.lower || !isAdjective(token)) return false
  }
  return true
}

/** `GGD`, `KLM`, `NOS`: all capitals, two letters or more. */
function isAcronym(token: Token): boolean {
  const value = token.value
  return value.length > 1 && !hasLowerCaseLead(value) && value === value.toUpperCase() && value !== token.lower
}

/**
 * Whether one of the first two code units is a lower-case ASCII letter: then the word is no
 * acronym, and most words are rejected without upper-casing them.
 */
export function hasLowerCaseLead(value: string): boolean {
  const first = value.charCodeAt(0)
  const second = value.charCodeAt(1)
  return (first >= 97 && first <= 122) || (second >= 97 && second <= 122)
}

/** Whether the token at `index` is a lower-case word. */
function lowerWordAt(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.kind === 'word' && token.depth === 0 && token.value === token.lower
}

/**
 * Whether a name follows within three lower-case words (`hoogleraar strafrecht Henny Sackers`,
 * `emeritus hoogleraar strafrecht Theo de Roos`): those words are the name's role.
 */
function nameFollows(tokens: Token[], index: number, end: number): boolean {
  for (let cursor = index; cursor < Math.min(end, index + 3); cursor++) {
    const token = tokens[cursor]!
    if (isNameWord(token, false)) return true
    if (!lowerWordAt(tokens, cursor) || functionWords.has(token.lower) || cueForms.has(token.lower)) return false
  }
  return false
}

/**
 * Whether the run `[start, end)` opens with the field of a chair before a name of two words or
 * more: `hoogleraar Gebiedsontwikkeling Frank de Wit` (not `hoogleraar Rik Brouwer`).
 */
export function isFieldOfChair(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]
  if (!before || before.kind !== 'word' || !chairTitles.has(before.lower) || isFirstName(tokens[start]!.lower)) return false
  let parts = 0
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index]
    if (!token || token.kind !== 'word') break
    if (!nameParticles.has(token.lower)) parts++
  }
  return parts >= 2
}

/** A lower-case word that reads as an attributive adjective (`nieuwe`, `Amerikaanse`, `oud-`). */
function isAdjective(token: Token): boolean {
  const word = token.lower
  // (Also a negated participle: `een niet-betrokken partij`.)
  // (A capitalised word in `-e` is a name, `uit Zwolle`, `uit Ede`, not an adjective.)
  // (A noun in `-ie` is none: `van justitie | eiste`, `de politie`.)
  // (And a strong participle, which keeps its `-en`: `een betrokken ambtenaar`, `een verslagen
  // trainer`, `de gebroken vader`.)
  return titleAdjectives.has(word) || (word.length > 2 && !token.capital && ((word.endsWith('e') && !word.endsWith('ie')) || word.endsWith('-') || word.startsWith('niet-') || strongParticiple.test(word)) && !isRoleToken(token))
}

/**
 * A participle of a strong verb used as an adjective, which keeps its `-en` (ANS 9.3.1): a prefix
 * and a stem ending as those participles do (`betrokken`, `verslagen`, `gebroken`, `gesloten`,
 * `verbonden`). Plurals such as `verhalen` or `gebieden` end otherwise.
 */
const strongParticiple = /^(?:ge|be|ver|ont)\p{Ll}{2,}(?:kk|ll|nd|ng|ag|og|ot|ok|ak)en$/u

/** A lower-case particle inside or before a name: `van` in `Jan van der Berg`, `ter` in `ter Riet`. */
function isParticleBeforeName(tokens: Token[], index: number, end: number): boolean {
  const token = tokens[index]
  if (!token || token.kind !== 'word' || !isParticleAt(tokens, index)) return false
  // Particles must lead to a capitalised word within three tokens, and follow a name word or start one.
  let cursor = index
  while (cursor < end && cursor - index < 3 && tokens[cursor]!.kind === 'word' && isParticleAt(tokens, cursor)) cursor++
  const next = tokens[cursor]
  // An acronym after `van` is an affiliation (`Markwat van FHC Formulebeheer`), not a surname.
  // (A capitalised function word is a surname after particles: `Van der Meer`, `Van de Kamp`.)
  if (!next || !(isNameWord(next, false) || isNameContinuation(next, tokens[cursor - 1])) || isAcronym(next)) return false
  const previous = tokens[index - 1]
  // After a name word, or after another particle (`Jildou van | der Bijl`).
  return previous !== undefined && previous.kind === 'word' && ((isNameWord(previous, false) && previous.capital) || isParticleAt(tokens, index - 1))
}

/** Whether `[from, end)` is a first name, a word that is none and a first name: a full name whose surname ends in a first name (`Samira Oulad Ali`). */
function endsFullName(tokens: Token[], from: number, end: number): boolean {
  return end - from === 3 && isFirstName(tokens[from]!.lower) && !isFirstName(tokens[from + 1]!.lower) && !isParticleAt(tokens, from + 1)
}

/**
 * Whether a particle may continue the name run `[start, end)`: after a lone word or a first
 * name (`Hugo van den Heuvel`, `hoogleraar Frank de Wit`), or after another particle; not
 * after a full name (`Marieke Bosman van Rijkswaterstaat`).
 */
export function particleMayFollow(tokens: Token[], start: number, end: number): boolean {
  const previous = tokens[end - 1]!
  // A particle no Dutch phrase has goes on any name (`María del Carmen`, `José Ortega de la
  // Fuente`): only `van`, `de` and their kin may start an affiliation or a clause after it.
  const next = tokens[end]?.lower
  if (next !== undefined && (foreignParticles.has(next) || (next === 'de' && foreignArticles.has(tokens[end + 1]?.lower ?? '')))) return true
  // After a first name, another particle or an initial (`Peter R. de Vries`). (A first name
  // after a first name and a particle is a surname: `Karin de Roos | van de universiteit`.)
  const surname = end >= 3 && isParticleAt(tokens, end - 2) && isFirstName(tokens[end - 3]!.lower)
  // Count from where the name itself starts, after roles and adjectives (`Tweede Kamerlid Harry`).
  let from = start
  while (from < end - 1 && (isCapitalisedAdjective(tokens[from]!, tokens[from + 1]) || isRoleToken(tokens[from]) || isDescriptor(tokens[from]!))) from++
  // (A first name that ends a longer name is its surname's last part: `Samira Oulad Ali | van
  // Haverdal Lokaal`.)
  if (isParticleAt(tokens, end - 1) || (isFirstName(previous.lower) && !surname && !endsFullName(tokens, from, end)) || initial.test(previous.value)) return true
  // After a chair's field and a first name (`hoogleraar Gebiedsontwikkeling Frank de Wit`),
  // a particle other than `van` (which may start an affiliation) goes on.
  if (end - from === 2 && isFieldOfChair(tokens, from, end + 2) && tokens[end]?.lower !== 'van') return true
  if (end - from !== 1) return false
  // (A role with its portfolio after it, `Minister van Economie Luciana Paz`, opening the
  // sentence: the portfolio is the role's, no surname.)
  if (isRoleToken(tokens[from]) && (tokens[end]?.lower === 'van' || tokens[end]?.lower === 'voor') && institutionWords.has(tokens[end + 1]?.lower ?? '')) return false
  // (Nor is a plural role opening the sentence a first name: `Bewoners van de Esdoornlaan`.)
  if (isRoleToken(tokens[from]) && isPluralRole(tokens[from]!.lower)) return false
  // After an unknown lone word, a bare `de` or `het` is no particle (`in China de Oeigoeren`);
  // `van`, `ter`, `van der` still are (`Hugo van den Heuvel`, `Joop ter Laak`).
  const particle = tokens[end]
  if (particle === undefined || (particle.lower !== 'de' && particle.lower !== 'het')) return true
  // Unless the word stands where a speaker's name does, right after a speech verb or a role
  // (`zegt Rienk de Groot`, `aldus woordvoerder Sjoerd de Boer`, `SP-Kamerlid Sjoerd de Boer`).
  // So does a word that opens the sentence as its subject, or after `volgens` or `ook`, or after
  // an adjective of place (`Joes de Lange (45) zegt`, `Volgens Joes de Lange`, `de Zwolse Joes de Lange`).
  const before = tokens[from - 1]
  if (particle.lower !== 'de') return false
  if (before === undefined || before.sentence !== tokens[from]!.sentence) return true
  return (
    before.kind === 'word' && before.depth === 0 &&
    ((before.value === before.lower && (cueForms.has(before.lower) || before.lower === 'aldus')) ||
      isRoleToken(before) ||
      particleOpeners.has(before.lower) ||
      isCapitalisedAdjective(before, tokens[from]))
  )
}

/**
 * One of a group named by a pronoun (`een van hen`, `één van ons`), or another of them (`een
 * ander`, `nog een ander`): an unnamed source of its own, as the text calls it. Returns the
 * phrase's end, or undefined.
 */
function oneOfAGroup(tokens: Token[], index: number, limit: number): number | undefined {
  let at = index
  if (tokens[at]?.lower === 'nog' && at + 1 < limit) at++
  const one = tokens[at]
  if (!one || one.kind !== 'word' || one.depth !== 0 || (one.lower !== 'een' && one.lower !== 'één')) return undefined
  const next = tokens[at + 1]
  if (!next || next.kind !== 'word' || next.depth !== 0 || at + 1 >= limit) return undefined
  if (next.lower === 'ander' || next.lower === 'andere') return wordEnds(tokens, at + 2, limit) ? at + 2 : undefined
  const group = tokens[at + 2]
  if (next.lower !== 'van' || !group || group.depth !== 0 || at + 2 >= limit || !groupPronouns.has(group.lower)) return undefined
  // (`hun` may be a possessive, `een van hun buren`: then the phrase goes on; `hen` never is.)
  return group.lower !== 'hun' || wordEnds(tokens, at + 3, limit) ? at + 3 : undefined
}

/** Whether no word follows at `index` (the phrase ends there: a stop, a comma, the end). */
function wordEnds(tokens: Token[], index: number, limit: number): boolean {
  return index >= limit || tokens[index]!.kind !== 'word'
}

/**
 * The names coordinated with a name that ends at `index`: `, Bos en Dam` or `en De Boer` (a
 * list of names that ends in `en`; a comma without a final `en` is an apposition). Each is
 * read as a name phrase of its own (`en wethouder Karin Mulder`). Undefined when there are none.
 */
function coordinatedNames(tokens: Token[], index: number, limit: number): SpeakerPhrase[] | undefined {
  const names: SpeakerPhrase[] = []
  let at = index
  while (names.length < 8) {
    // (Past a name's parenthesis: `Smit (VVD) en Bos (PvdA)`.)
    at = afterParenthesis(tokens, at, limit)
    const link = tokens[at]
    if (!link || link.depth !== 0 || (link.value !== ',' && link.lower !== 'en')) return undefined
    const name = readSpeakerPhrase(tokens, at + 1, limit, true)
    if (!name || name.kind !== 'name' || name.nameFrom > at + 3) return undefined
    names.push(name)
    if (link.lower === 'en') return names
    at = name.to
  }
  return undefined
}

/**
 * Where the noun after a genitive apostrophe starts (`Mees' advocaat`: a name ending in `s`, `x`
 * or `z` takes a bare apostrophe for its genitive, written against it), or undefined.
 */
function afterGenitive(tokens: Token[], nameTo: number, limit: number): number | undefined {
  const mark = tokens[nameTo]
  const name = tokens[nameTo - 1]
  // `Bijlsma's voorganger`, `Bijlsmas voorganger`, `Trumps adviseur`: a name's genitive in `-s`
  // written against it, before a role.
  if (name && mark && nameTo < limit && name.lower.length > 3 && name.lower.endsWith('s') && mark.kind === 'word' && mark.depth === 0 && mark.value === mark.lower && isRoleToken(mark)) return nameTo
  const noun = tokens[nameTo + 1]
  if (!mark || !name || !noun || nameTo + 1 >= limit || mark.kind !== 'punctuation' || (mark.value !== "'" && mark.value !== '’')) return undefined
  if (mark.start !== name.end || !/[sxz]$/.test(name.lower)) return undefined
  return noun.kind === 'word' && noun.depth === 0 && noun.value === noun.lower ? nameTo + 1 : undefined
}
