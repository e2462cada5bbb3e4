/**
 * Build the article's registry of named sources: every run of name words outside quotes is a
 * mention; mentions that are a first or last part of a longer name (`Choe` of `Choe Son-hui`,
 * `Hulsman` of `Dirk Hulsman`) join that name's entity, whose canonical name is the fullest
 * form the article uses. Roles come from the words before a name (`onderminister voor
 * Buitenlandse Zaken Choe Son-hui`) and from an apposition after it (`Rik Brouwer,
 * hoogleraar …`); gender from role words and titles.
 */
import {cueForms, weakCueForms} from '../lexicon/cues.js'
import {nounDeterminers, pronounGender, thirdPersonPossessives} from '../lexicon/pronouns.js'
import {governingPrepositions, notSubjectOpeners, prepositionsAndArticles, relativeWords, sentenceOpeners} from '../lexicon/clause-words.js'
import {articles, functionWords, institutionWords, isParticleAt, nameParticles} from '../lexicon/function-words.js'
import {genderOfFirstName, isFirstName} from '../lexicon/first-names.js'
import {endsInGenericBodyNoun, genderOfRoles, honorifics, placeAdjectiveEnding, isInstitutionNoun, isPluralInstitution, isPluralRole, isRoleNoun, isSpokespersonRole, languageNames, languageTeachers, placeBodies, portfolioWords, roleGender} from '../lexicon/roles.js'
import {appositionDurations, numberWords, originNouns} from '../lexicon/phrase-words.js'
import {photoCreditLabels} from '../lexicon/credit-labels.js'
import {utteranceNouns} from '../lexicon/utterance-nouns.js'
import {isWorkNoun} from '../lexicon/works.js'
import {copulas, finiteAuxiliaries, judgingVerbs, placingVerbs, viewWords} from '../lexicon/verb-classes.js'
import {legalForms, organisationWords} from '../lexicon/organisation-words.js'
import {hasLowerCaseLead, hasOrganisationLink, isCapitalisedAdjective, organisationNameEnd, startsName, isDescriptor, isFieldOfChair, isAmpersandLink, isNameContinuation, isNameWord, isOriginAdjective, isOriginWord, particleMayFollow, readSpeakerPhrase, spellsAcronym} from './read-speaker-phrase.js'
import {relativeClauseTo} from './clauses.js'
import {afterParenthesis, followsQuotedStop, isRoleToken, type Token} from './read-tokens.js'
import {searchBack} from './search-back.js'
import {agedWord} from './token-patterns.js'

// Regular expressions at module level: a literal in a function may be compiled again after a major collection.
const fullStop = /^[.!?]$/
const articleOrPreposition = /^(de|het|een|van|voor|bij|in|op|uit|aan|met|naar|over|tegen|door)$/
const twoCapitals = /\p{Lu}{2}/u
const digits = /^\d+$/
const partyName = /^\p{Lu}[\p{L}\d-]*[\p{Lu}\d][\p{L}\d-]*$/u

export interface Entity {
  identifier: string
  name: string
  /** Name tokens of the canonical form, lower case, particles excluded. */
  parts: string[]
  aliases: Set<string>
  roles: string[]
  gender: 'female' | 'male' | null
  person: boolean
  /** Unnamed sources (`een woordvoerder van de politie`). */
  unnamed: boolean
  /** Organisations the article places the person at, lower case (`Marieke Bosman van Rijkswaterstaat`). */
  affiliations: string[]
  mentions: Array<{value: string; start: number; end: number}>
  /** Whether the name shows an organisation, once asked (it depends only on the name, which does not change). */
  organisation: boolean | undefined
  /** Whether the name is a work's title (`de opera Tosca`): never a person. */
  work: boolean
  /** The age the article gives (`Dennis Wolters (52)`, `de 52-jarige Dennis Wolters`): `de 52-jarige` is them. */
  age: number | undefined
  /** The place the article says the person is from, lower case (`Ineke Pols (45) uit Utrecht`): `de Utrechtse` is them. A region's adjective goes first, space-separated (`zeeuwse goes`). */
  origin: string | undefined
  /** The article's writer (`„…”, zeg ik`): no role or pronoun of the third person goes back to them. */
  writer: boolean | undefined
  /** People who speak together (`schrijven Jansen en De Boer`): no singular role or `hij` goes back to them. */
  group: boolean | undefined
  /** The acronym the name was spelled out before (`Kamer van Koophandel (KvK)`), lower case: a name of it too. */
  acronym: string | undefined
  /** A nickname quoted inside the name (`Geertruida ‘Truus’ Hofman`), lower case: a name of the person too. */
  nickname: string | undefined
}

export interface NameMention {
  entity: Entity
  value: string
  start: number
  end: number
  /** Index of the block (paragraph or heading) the mention is in. */
  block: number
  /** Whether the mention is in a question (an interviewer's, in an interview). */
  question: boolean
  /** Whether the mention stands in a prepositional phrase (`bij het ministerie van Transport`): no subject. */
  inPhrase: boolean
}

export interface Registry {
  entities: Entity[]
  /** Every mention in document order. */
  mentions: NameMention[]
  /** Find the entity a name (as written) refers to, preferring the one mentioned last before `offset`. */
  resolveName(value: string, offset: number, gender?: 'female' | 'male' | null): Entity | undefined
  /** Whether the entity's name shows an organisation (`Kamer van Koophandel`, `KLM`). */
  isOrganisation(entity: Entity): boolean
  /** Make (or find) the entity of an unnamed source. */
  unnamed(phrase: string, roles: string[], key?: string): Entity
  /**
   * Make (or find) the entity of people who speak together (`schrijven Jansen en De Boer`): its
   * name joins theirs (`Ineke Jansen en Pieter de Boer`), `as` (the names as written) an alias.
   */
  group(members: Entity[], as: string): Entity
  /**
   * The entity of the article's writer (`„…”, zeg ik`): the person of that name, or one with no
   * name (`''`) when the article gives none, whose words are attributed to no one.
   */
  writer(name: string | undefined): Entity
}


interface Run {
  question: boolean
  inPhrase: boolean
  /** Followed by a noun: maybe a genitive (`Trumps veiligheidsadviseur`). */
  possessive: boolean
  /** After a noun for a work (`het nummer Blue Moon`): the work's title. */
  work: boolean
  from: number
  to: number
  value: string
  parts: string[]
  start: number
  end: number
  block: number
  roles: string[]
  affiliation: string | null
  /** A first name in a list before a full name, with the surname they share (`Peter` of `Peter en Yvonne Verheul`). */
  fullName: string | undefined
  /** Right after an article (`het Rijk`): a lone first name there is no person's. */
  afterArticle: boolean
  /** Followed by an age (`Tanja Brouns (34)`) or a place of origin (`Tanja Brouns uit Venlo`): a person's. */
  personal: boolean
  /** The acronym in brackets the name spells out (`Kamer van Koophandel (KvK)`), as written. */
  acronym: string | undefined
  /** A nickname quoted between the first name and the surname (`Geertruida ‘Truus’ Hofman`), as written. */
  nickname: string | undefined
  /** The age given in brackets after the name or as `N-jarige` before it. */
  age: number | undefined
  /** The place after `uit` right after the name (past an age): `Ineke Pols (45) uit Utrecht`. */
  origin: string | undefined
}

/** A run of name words as first found, before it is known whether its first word is a common word. */
interface FoundRun {
  tokens: Token[]
  /** Where the name starts and ends, past the roles and adjectives before it and the groups after it. */
  start: number
  last: number
  block: number
  /** Where the run of capitalised words starts. */
  index: number
  sentenceInitial: boolean
  speaks: boolean
  /** Whether the first word opens a sentence and may be a common word (`Alsof Baudet`). */
  doubtful: boolean
}

/** The state the registry's methods work on. */
interface RegistryState {
  entities: Entity[]
  mentions: NameMention[]
  /** Entities by whole name, first part and last part (`addKeys`). */
  byKey: Map<string, Entity[]>
  unnamedByName: Map<string, Entity>
  /** Groups that speak together, by their members' identifiers. */
  groups: Map<string, Entity>
}

/**
 * The registry of the names in `blocks`; `headings` are the indexes of the blocks that are
 * subheadings (a headline-style `Politiek reageert` names no one).
 */
export function findSpeakers(blocks: Token[][], headings: ReadonlySet<number> = new Set()): Registry {
  // First words of runs opening a sentence (`Alsof Baudet`): common words if the article also
  // writes them in lower case.
  const doubtfulWords = new Set<string>()
  const found = findNameRuns(blocks, doubtfulWords)
  const runs = settleRuns(found, commonWordsAmong(blocks, doubtfulWords), headings)
  shareSurnames(runs, blocks)
  // (The registry's methods outlive this call: its state holds no token arrays, so the runs
  // found, and through them the tree, are let go of.)
  const state: RegistryState = {entities: [], mentions: [], byKey: new Map(), unnamedByName: new Map(), groups: new Map()}
  const entityOfRun = buildEntities(runs, state)
  markWorks(runs, entityOfRun)
  addMentions(runs, entityOfRun, state.mentions)
  markSpeakers(runs, entityOfRun, blocks)
  nameBodiesByKind(runs, entityOfRun, blocks)
  for (const entity of state.entities) {
    if (!entity.gender && entity.person && (entity.parts.length > 1 || isFirstName(entity.parts[0] ?? ''))) entity.gender = genderOfFirstName(entity.parts[0]!) ?? null
  }
  inferGender(blocks, runs, entityOfRun)
  // Identifiers in order of first mention.
  state.entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
  state.entities.forEach((entity, index) => (entity.identifier = `s${index + 1}`))
  return createRegistry(state)
}

/** Every run of name words outside quotes, in order; the first words that may be common words go to `doubtfulWords`. */
function findNameRuns(blocks: Token[][], doubtfulWords: Set<string>): FoundRun[] {
  // Runs found, in order; some wait to know whether their first word is a common word.
  const found: FoundRun[] = []
  blocks.forEach((tokens, block) => {
    let index = 0
    while (index < tokens.length) {
      const token = tokens[index]!
      // (Most words are lower case: they are passed over before anything else is asked.)
      if (!token.capital || token.kind !== 'word' || token.depth !== 0) {
        index++
        continue
      }
      const sentenceInitial = index === 0 || tokens[index - 1]!.sentence !== token.sentence || isSentenceStart(tokens, index)
      // (`lerares Engels`: the language a teacher teaches is no name.)
      // (After a surname's particles a function word is the surname all the same, opening the
      // sentence too: `Van der Meer vindt …`.)
      if ((!startsName(tokens, index, sentenceInitial) && !afterParticle(tokens, index)) || isTaughtLanguage(tokens, index)) {
        index++
        continue
      }
      // (A nickname in quotes between a first name and a surname, `Geertruida ‘Truus’ Hofman`,
      // stays inside the name.)
      const runEnd = nameRunEnd(tokens, index)
      const surnameAt = index + 1 === runEnd ? afterNickname(tokens, index + 1) : -1
      const end = surnameAt === -1 ? runEnd : nameRunEnd(tokens, surnameAt)
      const start = nameStart(tokens, index, end)
      const last = nameLast(tokens, start, end)
      const doubtful = start === index && sentenceInitial && last - start > 1 && !isFirstName(tokens[start]!.lower)
      if (doubtful) doubtfulWords.add(tokens[start]!.lower)
      found.push({tokens, start, last, block, index, sentenceInitial, speaks: speaksAfter(tokens, last), doubtful})
      index = end
    }
  })
  return found
}

/** Whether the word at `index` follows a surname's lower-case particle and goes on its name (`van der Meer`). */
function afterParticle(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return previous !== undefined && previous.kind === 'word' && nameParticles.has(previous.value) && isNameContinuation(tokens[index], previous)
}

/**
 * Where the surname starts after a nickname quoted at `at` (`‘Truus’ Hofman`): one capitalised
 * word alone in the quote, then a name word; -1 when no such nickname stands there.
 */
function afterNickname(tokens: Token[], at: number): number {
  if (tokens[at]?.kind !== 'open' || tokens[at]!.depth !== 0) return -1
  let word = -1
  let index = at + 1
  for (; index < tokens.length && index - at < 6 && tokens[index]!.kind !== 'close'; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation') continue
    if (token.kind !== 'word' || word !== -1 || !token.capital) return -1
    word = index
  }
  const surname = tokens[index + 1]
  return word !== -1 && tokens[index]?.kind === 'close' && surname !== undefined && isNameContinuation(surname) ? index + 1 : -1
}

/** Whether the word at `index` is a language after a teacher's title (`docent Frans`). */
function isTaughtLanguage(tokens: Token[], index: number): boolean {
  return languageNames.has(tokens[index]!.lower) && index > 0 && languageTeachers.has(tokens[index - 1]!.lower) && !tokens[index + 1]?.capital
}

/** The end of the run of name words that starts at `index`. */
function nameRunEnd(tokens: Token[], index: number): number {
  const token = tokens[index]!
  let end = index + 1
  // A particle goes on only after a lone first name (`Hugo van den Heuvel`); after a full
  // name it starts an affiliation (`Marieke Bosman van Rijkswaterstaat`).
  while (
    end < tokens.length &&
    tokens[end]!.depth === 0 &&
    // A name does not run over a sentence end (`… de VS. Kalitta is …`).
    tokens[end]!.sentence === token.sentence &&
    !(tokens[end - 1]!.value.endsWith('.') && wordWithStop.test(tokens[end - 1]!.value)) &&
    (isNameContinuation(tokens[end], tokens[end - 1]) || isAmpersandLink(tokens, end) || tokens[end - 1]!.value === '&' || (isParticleInName(tokens, end) && particleMayFollow(tokens, index, end)))
  ) {
    end++
  }
  return organisationNameEnd(tokens, index, end, tokens.length)
}

/** Whether the run `[index, end)` is one or two capitalised adjectives and a body's noun (`Europese Centrale Bank`). */
function isBodyNamedByAdjectives(tokens: Token[], index: number, end: number): boolean {
  if (end - index < 2 || end - index > 3) return false
  const noun = tokens[end - 1]!.lower
  if (!organisationWords.has(noun) && !isInstitutionNoun(noun)) return false
  for (let at = index; at < end - 1; at++) if (!isCapitalisedAdjective(tokens[at]!, tokens[at + 1])) return false
  return true
}

/** Where the name starts in the run `[index, end)`: past the roles, adjectives and fields before it. */
function nameStart(tokens: Token[], index: number, end: number): number {
  let start = index
  // (All of a name spelled out before its acronym: `Autoriteit Consument en Markt (ACM)`.)
  if (spellsAcronym(tokens, index, end) || hasOrganisationLink(tokens, index, end)) return start
  // (A body named by an adjective or a title and one organisation word: `Gedeputeerde Staten`,
  // `Provinciale Staten`.)
  if (end - index === 2 && organisationWords.has(tokens[index + 1]!.lower) && !isFirstName(tokens[index]!.lower)) return start
  // (So by adjectives before a body's noun: `Europese Centrale Bank`, `Nederlandse Zorgautoriteit`.)
  if (isBodyNamedByAdjectives(tokens, index, end)) return start
  // Leading adjectives and capitalised roles (`Amerikaanse`, `SP-Kamerlid`, `Premier`) are not the name.
  // A capitalised role alone mid-sentence is a surname (`mevrouw Burger`), so only leading ones go.
  // So is a genitive before a role (`Trumps Noord-Koreagezant Stephen Biegun`).
  // (A legal form written with a capital is the name's first word: `Stichting Dier & Vrijheid`.)
  while (
    start < end - 1 &&
    !legalForms.has(tokens[start]!.value) &&
    !isBodyInName(tokens, start) &&
    !isNamedByAdjective(tokens, start) &&
    (isCapitalisedAdjective(tokens[start]!, tokens[start + 1]) ||
      isRoleToken(tokens[start]) ||
      isDescriptor(tokens[start]!) ||
      institutionWords.has(tokens[start]!.lower) ||
      (start + 2 < end && tokens[start]!.lower.endsWith('s') && isRoleToken(tokens[start + 1])))
  ) {
    start++
  }
  // After `de`, a noun of origin before a full name is the person's origin (`De Oeigoer
  // Dilmurat Abdulaziz`, `de Amsterdammer Kees Vos`).
  // So is an adjective of origin (`de Japanse Yuki Sato`), which ends in `-se` or `-sche`.
  // (A listed one that is a first name too after a lower-case `de`, which no first name has: `de
  // Noor Henrik Aasland`.)
  const listedOrigin = tokens[start - 1]?.value === 'de' && originNouns.has(tokens[start]!.lower)
  if (start === index && start + 2 < end && tokens[start - 1]?.lower === 'de' && (isOriginWord(tokens[start]!) || listedOrigin || isOriginAdjective(tokens[start]!)) && !nameParticles.has(tokens[start + 1]!.value)) start++
  if (start === end - 1 && (isCapitalisedAdjective(tokens[start]!, tokens[start + 1]) || isDescriptor(tokens[start]!) || institutionWords.has(tokens[start]!.lower))) start++
  // Nor does a name start with the lower-case particle after a role (`Analisten | van Nomura`):
  // that is where the role's people work.
  if (start > index) while (start < end - 1 && nameParticles.has(tokens[start]!.value)) start++
  // A known first name later in the run starts the person's name (`hoogleraar
  // Gebiedsontwikkeling Frank de Wit`); the words before it are a field or a title.
  for (let cursor = start + 1; cursor < end - 1; cursor++) {
    if (tokens[cursor]!.depth === 0 && isFirstName(tokens[cursor]!.lower) && !isFirstName(tokens[start]!.lower)) {
      start = cursor
      break
    }
  }
  // A subheading run into its paragraph, one word before a capitalised title and a name
  // (`Wachttijd Chirurg Jansen weet …`, the layout lost): the name starts after the title.
  if (start === index && end - start >= 3 && isRoleToken(tokens[start + 1]) && !isRoleToken(tokens[start]) && !isFirstName(tokens[start]!.lower) && !nameParticles.has(tokens[start + 2]!.value) && (start === 0 || isSentenceStart(tokens, start) || followsQuotedStop(tokens, start))) start += 2
  if (isFieldOfChair(tokens, start, end)) start++
  // An organisation's acronym, with the region after it, before a person's name (`GGD
  // Brabant-Zuidoost Ludy Blind`): the name is what follows.
  if (end - start >= 4 && isAcronymWord(tokens[start]!.value)) start += tokens[start + 1]!.value.includes('-') ? 2 : 1
  return start
}

/**
 * An adjective that is no place's, with a capital after an article (`De Dorstige Harten`, `de
 * Vliegende Hollander`): prose writes such an adjective in lower case, so the capital makes it
 * the first word of a name.
 */
function isNamedByAdjective(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  return token.capital && before !== undefined && (before.lower === 'de' || before.lower === 'het') && before.sentence === token.sentence && !placeAdjectiveEnding.test(token.lower) && !token.lower.endsWith('se') && isCapitalisedAdjective(token, tokens[index + 1])
}

/**
 * A body's word written with a capital after an article (`het Ziekenhuis Westerkwartier`, `de
 * Universiteit Twente`): the first word of the body's name, not a role before it. (Not a body
 * named by its place, which goes by its kind in lower case: `de gemeente Zwolle`.)
 */
function isBodyInName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  if (!token.capital || before === undefined || placeBodies.has(token.lower) || isFirstName(tokens[index + 1]?.lower ?? '')) return false
  const next = tokens[index + 1]
  // (Not a description before an acronym, `VN-vluchtelingenorganisatie UNHCR`, `Vakbond FNV`: the
  // acronym is the name.)
  const described = token.value.includes('-') || (next !== undefined && isAcronymWord(next.value))
  // (Any body's noun so written, `de Adviesraad Mobiliteit`, `de Brouwerij Hoogland`.)
  if ((before.lower === 'de' || before.lower === 'het') && (organisationWords.has(token.lower) || (isInstitutionNoun(token.lower) && !isPluralInstitution(token.lower) && !described))) return true
  // (So is a body's noun written with a capital after a word in lower case that is no article,
  // inside the sentence: `stelt Visserijbond Waddenkust`, `bij Scholengroep Schelde`; the capital
  // is the writer's choice there, as it is not at a sentence's start. Not a description; not
  // after `van`, where the body is someone's affiliation, `een woordvoerder van Zorggroep Linde`:
  // measured, reading it there lost as much on text never read as it won.)
  return before.kind === 'word' && (before.value === before.lower || (functionWords.has(before.lower) && !articles.has(before.lower))) && before.lower !== 'van' && before.sentence === token.sentence && !described && isInstitutionNoun(token.lower) && !isPluralInstitution(token.lower)
}


/** A word joined with a hyphen or an apostrophe (`PVV-kiezers`, `FvD'ers`). */
const joinedWord = /[-'’]/

/** Where the name that starts at `start` ends in the run that ends at `end`: before a group closing it. */
function nameLast(tokens: Token[], start: number, end: number): number {
  // A group closing the run (`Overtuigde FvD'ers`, `I&O Research PVV-kiezers`) is not part of
  // a name; a capitalised singular role is a surname (`Ad Burger`).
  let last = end
  while (
    last > start &&
    (isDescriptor(tokens[last - 1]!) ||
      // (A plural: `Prins`, a singular role ending in `s`, is a surname.)
      // (A plain capitalised plural after the run's first word is the name's own: `CNV Vakmensen`.)
      // (The cheap tests first: the role nouns are asked only of a run's one word or of a joined
      // word, and whether the run is introduced only when a plural role closes it.)
      ((last - 1 === start || joinedWord.test(tokens[last - 1]!.value)) && isRoleToken(tokens[last - 1]) && isPluralRole(tokens[last - 1]!.lower) && !isInstitutionNoun(tokens[last - 1]!.lower) && !isIntroduced(tokens, start, end) && !(last - 2 >= start && isFirstName(tokens[last - 2]!.lower))))
  ) {
    last--
  }
  return last
}

/**
 * Whether the word before the run [start, end) introduces it (a verb, a capitalised title of one
 * person, a cue): a plural role closing such a run is no group, but the surname.
 */
function isIntroduced(tokens: Token[], start: number, end: number): boolean {
  // (After a first name, or in a name that a title, a role or a verb introduces, a lower-case
  // word that is no function word, it is the surname all the same: `Jan Oomen`, `landbouwer
  // Diny Oomen`.)
  // (So is a name after a capitalised title of one person: `Politierechter Anna Brons`.)
  const before = start > 0 ? tokens[start - 1]! : undefined
  // (And after a cue, `zei Dafne Schippers`: a group there is one of a party or a place, written
  // with a hyphen or an apostrophe, `zeggen PVV-kiezers`.)
  const afterCue = before !== undefined && (cueForms.has(before.lower) || before.lower === 'aldus') && !joinedWord.test(tokens[end - 1]!.value)
  return before !== undefined && before.kind === 'word' && ((before.value === before.lower && !functionWords.has(before.lower)) || (before.capital && isRoleToken(before) && !isPluralRole(before.lower)) || afterCue)
}

/** Whether the name that ends at `last` speaks (`Jansen zei: …`, `Jansen:`). */
function speaksAfter(tokens: Token[], last: number): boolean {
  // `Tegelijkertijd benadrukt hij` is an adverb: a subject follows the verb there.
  const after = tokens[last + 1]
  return (
    tokens[last]?.value === ':' ||
    // `Sanne (34) werkt …`, `Sanne (*) werkt …`: an age, or the mark of a name changed, is a person's.
    isAgeParenthesis(tokens, last) ||
    // `Joost, projectleider, vergelijkt …`: a name with an apposition (also with an article: `De
    // Pensioenfederatie, de koepel van de fondsen, noemt …`), or a relative clause and then a
    // cue (`Greenpeace, dat zich bij de actie aansloot, laat weten …`).
    (tokens[last]?.value === ',' && (isRoleToken(tokens[last + 1]) || ((tokens[last + 1]?.lower === 'de' || tokens[last + 1]?.lower === 'het') && isRoleToken(tokens[last + 2])) || speaksAfterRelativeClause(tokens, last + 1))) ||
    (cueForms.has(tokens[last]?.lower ?? '') && !(after && after.kind === 'word' && (pronounGender.has(after.lower) || (functionWords.has(after.lower) && !(notSubjectOpeners.has(after.lower) && !isRoleToken(tokens[last - 1]))) || isNameWord(after, false))))
  )
}

/** Whether a relative clause at `index` ends in a comma and a cue's form follows it. */
function speaksAfterRelativeClause(tokens: Token[], index: number): boolean {
  const end = relativeClauseTo(tokens, index)
  return end > index && tokens[end]?.value === ',' && cueForms.has(tokens[end + 1]?.lower ?? '')
}

/**
 * A common word opening the sentence (`Alsof Baudet`, `Eerlijk Slegers`) is not a name: the
 * article writes it in lower case elsewhere. One pass, only for the doubtful words.
 */
function commonWordsAmong(blocks: Token[][], doubtfulWords: Set<string>): Set<string> {
  const commonWords = new Set<string>()
  if (doubtfulWords.size > 0) {
    for (const tokens of blocks) {
      for (const token of tokens) {
        if (!token.capital && token.kind === 'word' && doubtfulWords.has(token.lower)) commonWords.add(token.lower)
      }
    }
  }
  return commonWords
}

/** The runs that are names: a doubtful first word that is a common word goes, and so does a lone capital opening a sentence that is no name. */
function settleRuns(found: FoundRun[], commonWords: Set<string>, headings: ReadonlySet<number>): Run[] {
  const runs: Run[] = []
  // The surnames of full names (`Youssef Amrani`): one opening a sentence is that person
  // (`Amrani heeft er ervaring mee.`).
  const surnames = new Set<string>()
  // (With their particles, `van dalen` of `Thijs van Dalen`: `Van Dalen` opening a sentence is
  // that surname, not the preposition `van` and a name.)
  const particled = new Set<string>()
  for (const run of found) {
    // (And a name of one word given an age, `Ahmad (34) schenkt thee in.`: `Ahmad heeft …` later
    // is that person too.)
    if (run.last - run.start === 1 && ageAround(run.tokens, run.start, run.last) !== undefined) surnames.add(run.tokens[run.start]!.lower)
    if (run.last - run.start > 1 && !(run.doubtful && commonWords.has(run.tokens[run.start]!.lower))) {
      const surname = run.tokens[run.last - 1]!.lower
      surnames.add(surname)
      for (const half of surnameHalves(surname)) surnames.add(half)
      const joined = run.last - run.start > 2 ? particleJoinedHalf(run.tokens[run.last - 2]!.lower) : undefined
      if (joined) surnames.add(joined)
      let at = run.last - 1
      while (at > run.start + 1 && nameParticles.has(run.tokens[at - 1]!.lower)) at--
      if (at < run.last - 1) particled.add(lowerWords(run.tokens, at, run.last))
    }
  }
  const titled = titledSurnames(found)
  const singles = singleWordNames(found)
  for (const run of found) {
    // (A photographer credited under a photo, `Foto: Sjoukje Bosma`, is no one the article quotes
    // or refers to.)
    if (isPhotoCredit(run.tokens, run.start)) continue
    // Two names side by side (`Ook verwijt Greenpeace Unilever …`: subject and object), each
    // written alone elsewhere in the article, are two runs.
    if (isTwoNames(run, singles)) {
      for (const at of [run.start, run.start + 1]) {
        const named = makeRun(run.tokens, at, at + 1, run.block)
        if (named) runs.push(named)
      }
      continue
    }
    let start = particledStart(run, particled)
    // (So is a noun for something said opening a heading or a sentence: `Reactie KNMI`.)
    if (run.doubtful && (commonWords.has(run.tokens[start]!.lower) || titled.has(run) || utteranceNouns.has(run.tokens[start]!.lower))) start++
    // A capitalised word opening a sentence is a name only when another name word follows, when
    // it speaks (`Jansen zei: …`, `Jansen:`), or when it is the surname of a full name.
    const lone = run.sentenceInitial && start === run.index && run.last - start === 1
    // (So is a known first name before an apposition: `Fatima, die haar achternaam …, werkt …`.)
    const word = run.tokens[start]?.lower ?? ''
    // (Or before `en` and another name, whose surname it shares: `Piet en Anna Kok wonen …`.)
    const firstNameAlone = lone && isFirstName(word) && (run.tokens[start + 1]?.value === ',' || (run.tokens[start + 1]?.lower === 'en' && run.tokens[start + 2]?.capital === true))
    // (Or an acronym before a verb in lower case: `DNB wilde niet reageren, maar …`.)
    const acronym = lone && acronymSubject(run.tokens, start)
    // (A subheading in the style of a headline, a lone word before a cue, `Politiek reageert`,
    // names no one but a known first name or a name the article writes elsewhere.)
    const headline = lone && headings.has(run.block) && !isFirstName(word) && !surnames.has(word) && !singles.has(word)
    // (A noun or an adjective of origin alone after `de` is a word for a person from there, no
    // name: `De Amersfoortse is vol lof …`, `De Terschellinger verwacht …` are people from there,
    // whom a role refers back to.)
    // (Past an age too: `De 55-jarige Venlonaar bleef …`.)
    if (run.last - start === 1 && originAfterArticle(run.tokens, start) && run.tokens[start + 1]?.kind === 'word' && !run.tokens[start + 1]!.capital) continue
    if (start < run.last && !headline && !(lone && !run.speaks && !firstNameAlone && !acronym && !(surnames.has(word) && !commonWords.has(word)))) {
      const named = makeRun(run.tokens, start, run.last, run.block)
      if (named) runs.push(named)
    }
  }
  return runs
}

/** Whether the word at `index` is an acronym (no function word in capitals) that a word in lower case follows. */
function acronymSubject(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const next = tokens[index + 1]
  return token.value.length <= 6 && isAcronymWord(token.value) && !functionWords.has(token.lower) && next !== undefined && next.kind === 'word' && next.value === next.lower
}

/** Whether the name at `start` follows a photo credit label and its colon (`Foto: Sjoukje Bosma`). */
function isPhotoCredit(tokens: Token[], start: number): boolean {
  return tokens[start - 1]?.value === ':' && photoCreditLabels.has(tokens[start - 2]?.lower ?? '')
}

/**
 * Where a run starts, with the capital particles that open its sentence before it when the
 * article writes a full name with that surname and those particles (`Van Dalen lag …` after
 * `Thijs van Dalen`).
 */
function particledStart(run: FoundRun, particled: ReadonlySet<string>): number {
  if (particled.size === 0) return run.start
  // (The run may open at the particle itself, `Van Oers noemt …`, its name past it.)
  for (let index = run.index; index < run.start; index++) if (!nameParticles.has(run.tokens[index]!.lower)) return run.start
  let at = run.start
  while (at > 0 && run.start - at < 3 && run.tokens[at - 1]!.capital && run.tokens[at - 1]!.depth === 0 && nameParticles.has(run.tokens[at - 1]!.lower)) at--
  // (At a paragraph's start too: no token before it.)
  if (at === run.start || !(at === 0 || isSentenceStart(run.tokens, at))) return run.start
  return particled.has(lowerWords(run.tokens, at, run.last)) ? at : run.start
}

/**
 * The lower case of the words [from, to) (at least one), joined by spaces. (A loop: `map` gives
 * a holey array where it is optimized and a packed one where not, and the code that joined it,
 * compiled for the one kind, was compiled again on meeting the other.)
 */
function lowerWords(tokens: Token[], from: number, to: number): string {
  let words = tokens[from]!.lower
  for (let index = from + 1; index < to; index++) words += ' ' + tokens[index]!.lower
  return words
}

/**
 * The words that make a name of one word on their own somewhere mid-sentence (`Unilever`) and
 * are never part of a longer one (`Michiel` of `Michiel Smit` is a first name).
 */
function singleWordNames(found: FoundRun[]): Set<string> {
  const singles = new Set<string>()
  const inLonger = new Set<string>()
  for (const run of found) {
    if (run.last - run.start === 1 && !run.sentenceInitial) singles.add(run.tokens[run.start]!.lower)
  }
  for (const run of found) {
    // (Not from the runs of two such words themselves.)
    if (run.last - run.start < 2 || (run.last - run.start === 2 && singles.has(run.tokens[run.start]!.lower) && singles.has(run.tokens[run.start + 1]!.lower))) continue
    for (let index = run.start; index < run.last; index++) inLonger.add(run.tokens[index]!.lower)
  }
  for (const word of inLonger) singles.delete(word)
  return singles
}

/** A run of two words, no first name, each a name of one word elsewhere (`singleWordNames`). */
function isTwoNames(run: FoundRun, singles: Set<string>): boolean {
  if (run.last - run.start !== 2 || run.start !== run.index) return false
  const first = run.tokens[run.start]!.lower
  const second = run.tokens[run.start + 1]!.lower
  // (Not an initial: `Gökmen T.`; nor a person's name with an age: `Rania Haddad (39) zit …`.)
  return first.length > 2 && second.length > 2 && singles.has(first) && singles.has(second) && !isFirstName(first) && !nameParticles.has(run.tokens[run.start]!.value) && !isAgeParenthesis(run.tokens, run.last)
}

/**
 * The doubtful runs whose first word is a title before the surname of a full name found in a
 * surer place (`Jan Smit` mid-sentence or after a known first name; `Clubicoon Smit` opening a
 * sentence): the surname is that person's, the word before it no first name of a second one.
 */
function titledSurnames(found: FoundRun[]): Set<FoundRun> {
  const titled = new Set<FoundRun>()
  const firstWords = new Map<string, string>()
  for (const run of found) {
    if (!run.doubtful && run.last - run.start > 1) firstWords.set(run.tokens[run.last - 1]!.lower, run.tokens[run.start]!.lower)
  }
  if (firstWords.size === 0) return titled
  for (const run of found) {
    if (!run.doubtful || run.last - run.start !== 2 || nameParticles.has(run.tokens[run.start]!.value)) continue
    const first = firstWords.get(run.tokens[run.last - 1]!.lower)
    // (A title is a role's noun: `Harold Bakker` opening a sentence is no title before the
    // surname of `Iris Bakker`, but a relative of hers.)
    if (first !== undefined && first !== run.tokens[run.start]!.lower && isRoleToken(run.tokens[run.start])) titled.add(run)
  }
  return titled
}

/** The run of the name at `[start, end)`, with what the words around it tell; undefined when it has no name parts. */
function makeRun(tokens: Token[], start: number, end: number, block: number): Run | undefined {
  let value = tokens[start]!.value
  let nickname: string | undefined
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index]!
    // (A nickname quoted inside the name is no part of it, but names the person too.)
    if (token.depth > 0 || token.kind === 'open' || token.kind === 'close') {
      if (token.kind === 'word') nickname = token.value
      continue
    }
    value += ' ' + token.value
  }
  const parts = nameParts(value)
  if (parts.length === 0) return undefined
  return {
    from: start,
    to: end,
    value,
    parts,
    possessive: isFollowedByNoun(tokens, end),
    work: isWorkTitle(tokens, start),
    question: endsInQuestion(tokens, end),
    inPhrase: isInPhrase(tokens, start),
    start: tokens[start]!.start,
    end: tokens[end - 1]!.end,
    block,
    roles: rolesAround(tokens, start, end),
    affiliation: affiliationAfter(tokens, end),
    fullName: undefined,
    afterArticle: start > 0 && articles.has(tokens[start - 1]!.lower),
    // (An age, a place of origin or a title before the name: `mr. Els Brouwer`.)
    age: ageAround(tokens, start, end),
    origin: originAfter(tokens, end) ?? originBefore(tokens, start),
    // (So is an apposition to a person's role: `De minister, Wopke Hoekstra, is …`.)
    personal: isAgeParenthesis(tokens, end) || agedAdultBefore(tokens, start) || inRoleApposition(tokens, start, end) || (tokens[end]?.lower === 'uit' && tokens[end + 1]?.capital === true && !nameParticles.has(tokens[end + 1]!.value)) || honorifics.has(tokens[start - 1]?.lower ?? ''),
    acronym: end - start > 1 && spellsAcronym(tokens, start, end) ? tokens[end + 1]!.value : undefined,
    nickname
  }
}

/** The entity of every run: a run joins the entity of a longer name it is part of, or makes its own. */
function buildEntities(runs: Run[], state: RegistryState): Map<Run, Entity> {
  const entityOfRun = new Map<Run, Entity>()
  // Where each entity's name is first written, for a short form several share (`findEntity`).
  const seen = new Map<Entity, number>()
  // The kind of body named by its place (`de gemeente Zwolle`) each entity was first written with.
  const bodyKinds = new Map<Entity, string>()
  // Longest names first, so that shorter forms can join them.
  const ordered = runs.slice().sort((a, b) => b.parts.length - a.parts.length || a.start - b.start)
  for (const run of ordered) {
    // `mevrouw Burger` is the Burger whose first name is a woman's.
    const titled = genderOfRoles(run.roles)
    let entity = findEntity(state.byKey, run.parts, run.start, titled, seen)
    // (A body named by its kind and its place, `de provincie Gelderland`, is not a longer name
    // that ends in the place, `Natuurbelang Gelderland`.)
    const body = run.roles.find((role) => placeBodies.has(role))
    if (entity && entity.parts.length > run.parts.length && body !== undefined) entity = undefined
    // (Nor another kind of body of the same place: `de rechtbank Amsterdam` after `de gemeente
    // Amsterdam`. It goes by its own name only; the place's name alone stays the first body's.)
    if (entity && body !== undefined && (bodyKinds.get(entity) ?? body) !== body) {
      entity = newEntity('', run.value, run.parts, {person: false})
      state.entities.push(entity)
    }
    // A genitive (`Trumps veiligheidsadviseur`) names a person the article names elsewhere.
    const last = run.parts[run.parts.length - 1]!
    if (!entity && run.possessive && last.length > 3 && last.endsWith('s')) {
      entity = findEntity(state.byKey, [...run.parts.slice(0, -1), last.slice(0, -1)], run.start)
    }
    // Initials and a surname (`W.F. Terpstra`) are the person of that surname whose first name
    // has the first initial (`Wim Terpstra`).
    if (!entity) entity = sameInitials(state.byKey, run.parts)
    // A double surname and one of its halves, after the same first name, are one person
    // (`Yvonne van de Bij-Verheul`, `Yvonne Verheul`); the double form is the fuller name.
    if (!entity) {
      entity = sameDoubleSurname(state.byKey, run.parts)
      if (entity && last.includes('-') && run.value.length > entity.name.length) {
        entity.aliases.add(entity.name)
        entity.name = run.value
        entity.parts = run.parts
        addKeys(state.byKey, entity)
      }
    }
    if (!entity) {
      entity = newEntity('', run.fullName ?? run.value, run.parts, {person: isPersonName(run)})
      state.entities.push(entity)
      addKeys(state.byKey, entity)
      // (A first name given the surname of its list is mentioned as written: `Peter`.)
      if (run.value !== entity.name) entity.aliases.add(run.value)
    } else if (run.value !== entity.name) {
      entity.aliases.add(run.value)
    }
    // (Its acronym names it later: `de KvK` is the `Kamer van Koophandel (KvK)`; so do the
    // initials of a body's name of two or three words, `het OM` the `Openbaar Ministerie`.)
    const acronym = run.acronym ?? (entity.person || entity.acronym !== undefined ? undefined : initialsOf(run))
    if (run.nickname !== undefined) {
      entity.aliases.add(run.nickname)
      entity.nickname = run.nickname.toLowerCase()
      addKey(state.byKey, entity.nickname, entity)
    }
    if (acronym !== undefined) {
      if (run.acronym !== undefined) entity.aliases.add(run.acronym)
      entity.acronym = acronym.toLowerCase()
      addKey(state.byKey, entity.acronym, entity)
    }
    entityOfRun.set(run, entity)
    if (body !== undefined && !bodyKinds.has(entity)) bodyKinds.set(entity, body)
    if (run.age !== undefined) entity.age ??= run.age
    if (run.origin !== undefined) entity.origin ??= run.origin
    if (!(run.start >= (seen.get(entity) ?? Number.POSITIVE_INFINITY))) seen.set(entity, run.start)
  }
  return entityOfRun
}

/**
 * A title after a noun for a work (`de opera Tosca van Puccini`) names that work wherever it stands
 * (a short form of a longer name, `de film Frida` of `Frida Kahlo`, names the person's work only).
 */
function markWorks(runs: Run[], entityOfRun: Map<Run, Entity>): void {
  for (const run of runs) {
    const entity = entityOfRun.get(run)!
    if (run.work && run.parts.length === entity.parts.length) {
      entity.work = true
      entity.person = false
    }
  }
}

/** Give every entity its mentions, affiliations, roles and the gender of its roles; list the mentions in `mentions`. */
function addMentions(runs: Run[], entityOfRun: Map<Run, Entity>, mentions: NameMention[]): void {
  for (const run of runs) {
    const entity = entityOfRun.get(run)!
    entity.mentions.push({value: run.value, start: run.start, end: run.end})
    if (run.affiliation && !entity.affiliations.includes(run.affiliation)) entity.affiliations.push(run.affiliation)
    for (const role of run.roles) {
      if (!entity.roles.includes(role)) entity.roles.push(role)
      const gender = roleGender(role)
      if (gender && !entity.gender) entity.gender = gender
      // A role of a person (not an institution's, `de school De Odyssee`) at any mention shows a person.
      if (!isInstitutionNoun(role) && !entity.person && !entity.work && !isOrganisation(entity)) entity.person = true
    }
    mentions.push({entity, value: run.value, start: run.start, end: run.end, block: run.block, question: run.question, inPhrase: run.inPhrase})
  }
}

/**
 * A name that speaks anywhere in the article (`aldus Baudet`, `zegt Baudet`, `Baudet zei`) is a
 * person's, unless it names an organisation: known before the first quote is attributed.
 */
function markSpeakers(runs: Run[], entityOfRun: Map<Run, Entity>, blocks: Token[][]): void {
  for (const run of runs) {
    const entity = entityOfRun.get(run)!
    if (entity.person || entity.work || isOrganisation(entity)) continue
    const tokens = blocks[run.block]!
    const before = tokens[run.from - 1]
    const after = tokens[run.to]
    // (The last of a list before the verb is not its subject alone: `Zeeland, Brabant en Limburg klagen`;
    // nor is a name in a phrase: `Ploegleider Kees Mulder van Zonnestraal stelt`, `Tegen De Courant zegt hij`.)
    // (So is a name with an age after it: `Sanne (34)`, `Sanne (*)`.)
    // (A verb of naming takes the name as its object unless it follows the quote: `Hij noemde
    // Hooggras ‘een thuis’` names a festival, `„…”, noemde Bos het` is Bos talking.)
    const naming = before !== undefined && judgingVerbs.has(before.lower) && !commaOrClose(tokens[run.from - 2])
    if (isAgeParenthesis(tokens, run.to) ||
      (before && before.kind === 'word' && (cueForms.has(before.lower) || before.lower === 'aldus') && !naming) || (after && after.kind === 'word' && cueForms.has(after.lower) && !weakCueForms.has(after.lower) && !isListMember(tokens, run.from, run.to) && !run.inPhrase) ||
      isFullNameSubject(tokens, run)) {
      entity.person = true
    }
  }
}

/**
 * A body named with its kind before its name (`de gemeente Zwolle`, `van waterschap Rijnland`)
 * goes by that whole form, with the article as written: `Zwolle` alone is the place.
 */
function nameBodiesByKind(runs: Run[], entityOfRun: Map<Run, Entity>, blocks: Token[][]): void {
  for (const run of runs) {
    const entity = entityOfRun.get(run)!
    const kind = blocks[run.block]![run.from - 1]
    if (entity.person || entity.name !== run.value || kind === undefined || !placeBodies.has(kind.lower)) continue
    const article = blocks[run.block]![run.from - 2]
    const named = `${article !== undefined && (article.lower === 'de' || article.lower === 'het') ? article.lower + ' ' : ''}${kind.value} ${run.value}`
    entity.aliases.add(entity.name)
    entity.name = named
  }
}

/** Whether the token is a comma or a quote's closing mark. */
function commaOrClose(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'close' || token.value === ',')
}

/**
 * The initials of a name of two or three capitalised words that has an organisation word in it
 * (`Openbaar Ministerie` → `OM`, `Nederlandse Spoorwegen` → `NS` does not qualify without one):
 * undefined for any other name.
 */
function initialsOf(run: Run): string | undefined {
  if (run.parts.length < 2 || run.parts.length > 3 || !run.parts.some((part) => organisationWords.has(part) || isInstitutionNoun(part))) return undefined
  const words = run.value.split(' ')
  if (words.length !== run.parts.length) return undefined
  let initials = ''
  for (const word of words) {
    const first = word.charAt(0)
    if (first === first.toLowerCase()) return undefined
    initials += first
  }
  return initials
}

/**
 * A full name (two or three words, no acronym) opening its sentence with a lower-case verb
 * after it: a person, whatever the first name (`Shola Forbes woont al jaren aan het plein`).
 */
function isFullNameSubject(tokens: Token[], run: Run): boolean {
  if (run.parts.length < 2 || run.parts.length > 3 || run.inPhrase || hasAcronymWord(run.value, true) || run.parts.some((part) => isRoleNoun(part))) return false
  const before = tokens[run.from - 1]
  const opens = before === undefined || before.sentence !== tokens[run.from]!.sentence || (before.kind === 'word' && sentenceOpeners.has(before.lower))
  const after = tokens[run.to]
  // (Not before a function word: after `is`, `staat`, `heeft` a place or a firm is as likely;
  // but `is` and a word of feeling or view is a person's: `Zuhal Demir is boos.`)
  // (Nor a title of the kind `Beste Nederlander werd …`: no word of origin or adjective in it.)
  const plain = () => tokens.slice(run.from, run.to).every((token) => !isOriginWord(token) && !isCapitalisedAdjective(token))
  const feels = ((after?.lower === 'is' || after?.lower === 'was') && viewFollows(tokens, run.to + 1)) || (after !== undefined && finiteAuxiliaries.has(after.lower) && quoteFollowsSentence(tokens, run.to) && plain())
  return opens && after !== undefined && after.kind === 'word' && after.depth === 0 && after.value === after.lower && (!functionWords.has(after.lower) || feels) && !isListMember(tokens, run.from, run.to)
}

/**
 * Whether the sentence of the token at `at` is followed at once by a quote (`Sammy Mahdi heeft
 * twijfels. „…”`): who opens such a sentence before an auxiliary is a person about to speak.
 */
function quoteFollowsSentence(tokens: Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence
  for (let index = at + 1; index < tokens.length && index - at < 40; index++) {
    if (tokens[index]!.sentence !== sentence) return tokens[index]!.kind === 'open'
  }
  return false
}

/** Whether a word of feeling or view follows within five words of `at`, before any mark (`er niet blij mee`, `het er niet mee eens`). */
function viewFollows(tokens: Token[], at: number): boolean {
  for (let index = at; index < tokens.length && index - at < 5; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) return false
    if (viewWords.has(token.lower)) return true
  }
  return false
}

/** The registry the attribution asks: its methods work on `state`, which outlives `findSpeakers`. */
function createRegistry(state: RegistryState): Registry {
  return {
    entities: state.entities,
    mentions: state.mentions,
    resolveName: (value, offset, gender = null) => resolveName(state.byKey, value, offset, gender),
    isOrganisation,
    group: (members, as) => groupEntity(state, members, as),
    unnamed: (phrase, roles, key) => unnamedEntity(state, phrase, roles, key),
    writer: (name) => writerEntity(state, name)
  }
}

/** The entity a name (as written) refers to, preferring the one mentioned last before `offset`. */
function resolveName(byKey: Map<string, Entity[]>, value: string, offset: number, gender: 'female' | 'male' | null): Entity | undefined {
  const parts = nameParts(value)
  // `SP-Kamerlid Ria Bakker` is found as `Ria Bakker`.
  for (let start = 0; start < parts.length; start++) {
    const entity = findEntity(byKey, parts.slice(start), offset, gender)
    if (entity) return entity
    // (`Greet Hoogland` of `Greet van Dam-Hoogland`, before `Hoogland` alone is asked.)
    const doubled = start === 0 ? sameDoubleSurname(byKey, parts) : undefined
    if (doubled) return doubled
  }
  const last = parts[parts.length - 1]
  if (last && last.endsWith('s')) return findEntity(byKey, [...parts.slice(0, -1), last.slice(0, -1)], offset)
  return undefined
}

/** Make (or find) the entity of people who speak together; its name joins theirs, `as` an alias. */
function groupEntity(state: RegistryState, members: Entity[], as: string): Entity {
  const key = members.map((member) => member.identifier).join(' ')
  const existing = state.groups.get(key)
  if (existing) {
    if (as !== existing.name) existing.aliases.add(as)
    return existing
  }
  const names = members.map((member) => member.name)
  const name = `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`
  const entity = newEntity(`s${state.entities.length + 1}`, name, [], {aliases: new Set(as === name ? [] : [as]), person: true, organisation: false, group: true})
  state.entities.push(entity)
  state.groups.set(key, entity)
  return entity
}

/** Make (or find) the writer's entity: a person the registry knows by that name, or a new one. */
function writerEntity(state: RegistryState, name: string | undefined): Entity {
  const known = name ? resolveName(state.byKey, name, Number.MAX_SAFE_INTEGER, null) : undefined
  if (known && known.person) return known
  const key = `\u0000writer ${name ?? ''}`
  const existing = state.unnamedByName.get(key)
  if (existing) return existing
  // (A writer with no name is no one a pronoun could mean: `hij` is not `ik`.)
  const entity = newEntity(`s${state.entities.length + 1}`, name ?? '', name ? nameParts(name) : [], {person: name !== undefined, organisation: false, writer: true})
  state.entities.push(entity)
  state.unnamedByName.set(key, entity)
  if (name && entity.parts.length > 0) addKeys(state.byKey, entity)
  return entity
}

/**
 * A new entity with no roles, aliases, gender or mentions yet; `fields` sets what differs.
 * Every field is written out, the optional ones as `undefined`, in one order: all entities share
 * one object shape, and the rules' reads of their fields stay monomorphic (with the fields added
 * as they became known, the corpus's entities had nine shapes).
 */
function newEntity(identifier: string, name: string, parts: string[], fields: Pick<Entity, 'person'> & Partial<Entity>): Entity {
  return {
    identifier,
    name,
    parts,
    aliases: fields.aliases ?? new Set(),
    roles: fields.roles ?? [],
    gender: null,
    unnamed: fields.unnamed ?? false,
    affiliations: [],
    mentions: [],
    organisation: fields.organisation,
    work: false,
    person: fields.person,
    age: undefined,
    origin: undefined,
    writer: fields.writer,
    group: fields.group,
    acronym: undefined,
    nickname: undefined
  }
}

/** Make (or find) the entity of an unnamed source (`een woordvoerder van de politie`). */
function unnamedEntity(state: RegistryState, phrase: string, roles: string[], key = phrase): Entity {
  const lower = key.toLowerCase()
  const existing = state.unnamedByName.get(lower)
  if (existing) return existing
  const entity = newEntity(`s${state.entities.length + 1}`, phrase, [], {roles: roles.slice(), person: false, unnamed: true})
  for (const role of roles) {
    const gender = roleGender(role)
    if (gender && !entity.gender) entity.gender = gender
  }
  state.entities.push(entity)
  state.unnamedByName.set(lower, entity)
  return entity
}

/** File an entity under its whole name, its first part and its last part. */
function addKeys(byKey: Map<string, Entity[]>, entity: Entity): void {
  const parts = entity.parts
  const keys = new Set([parts.join(' '), parts[0]!, parts[parts.length - 1]!])
  // (A surname of two parts after the first name goes by itself too: `Kuipers-de Jong` of `Anna
  // Kuipers-de Jong`.)
  if (parts.length > 2) keys.add(parts.slice(1).join(' '))
  // (So does each half of a double surname: `Yeşilgöz` of `Dilan Yeşilgöz-Zegerius`.)
  if (parts.length > 1) for (const half of surnameHalves(parts[parts.length - 1]!)) keys.add(half)
  // (And the first half of one joined by a particle: `Koopman` of `Marcel Koopman-de Ruiter`.)
  const joined = parts.length > 2 ? particleJoinedHalf(parts[parts.length - 2]!) : undefined
  if (joined) keys.add(joined)
  for (const key of keys) addKey(byKey, key, entity)
}

/** Whether `part` is half of a person's double surname (`Yeşilgöz` of `Yeşilgöz-Zegerius`, `Koopman` of `Koopman-de Ruiter`). */
function isSurnameHalf(part: string, entity: Entity): boolean {
  const parts = entity.parts
  if (parts.length < 2 || isOrganisation(entity)) return false
  return isHalfOf(part, parts[parts.length - 1]!) || (parts.length > 2 && particleJoinedHalf(parts[parts.length - 2]!) === part)
}

/** `koopman` of `koopman-de` (a double surname's first half, joined to a particle of the second), if it is one. */
function particleJoinedHalf(part: string): string | undefined {
  const hyphen = part.lastIndexOf('-')
  return hyphen > 2 && nameParticles.has(part.slice(hyphen + 1)) ? part.slice(0, hyphen) : undefined
}

/** The halves of a double surname joined by a hyphen (`swart`, `hoekstra` of `swart-hoekstra`), but particles and halves of two letters. */
function surnameHalves(surname: string): string[] {
  const hyphen = surname.indexOf('-')
  if (hyphen < 3 || hyphen !== surname.lastIndexOf('-') || surname.length - hyphen < 4) return []
  return [surname.slice(0, hyphen), surname.slice(hyphen + 1)].filter((half) => !nameParticles.has(half))
}

/** File `entity` under one more key. */
function addKey(byKey: Map<string, Entity[]>, key: string, entity: Entity): void {
  const list = byKey.get(key)
  if (!list) byKey.set(key, [entity])
  else if (!list.includes(entity)) list.push(entity)
}

/**
 * A person with the same first name (a known one) whose surname is the double form of this
 * one's or one of its halves: `bij-verheul` and `verheul` or `bij`. (At most 64 entities with
 * that first name are asked, as in `findEntity`.)
 */
function sameDoubleSurname(byKey: Map<string, Entity[]>, parts: string[]): Entity | undefined {
  if (parts.length < 2 || !isFirstName(parts[0]!)) return undefined
  const last = parts[parts.length - 1]!
  const list = byKey.get(parts[0]!)
  if (!list) return undefined
  for (let index = Math.max(0, list.length - 64); index < list.length; index++) {
    const entity = list[index]!
    if (entity.parts.length !== parts.length || entity.parts[0] !== parts[0]) continue
    let same = true
    for (let part = 1; same && part < parts.length - 1; part++) same = entity.parts[part] === parts[part]
    if (same && (isHalfOf(last, entity.parts[parts.length - 1]!) || isHalfOf(entity.parts[parts.length - 1]!, last))) return entity
  }
  return undefined
}

/** See `buildEntities`: the one named in full whose first name starts with the initials' first letter. */
function sameInitials(byKey: Map<string, Entity[]>, parts: string[]): Entity | undefined {
  let first = 0
  while (first < parts.length && initials.test(parts[first]!)) first++
  if (first === 0 || first === parts.length) return undefined
  const surname = parts.slice(first)
  const list = byKey.get(surname.join(' ')) ?? []
  // (At most 64 entities share a name part in any real article, as in `findEntity`.)
  for (let index = list.length - 1; index >= Math.max(0, list.length - 64); index--) {
    const entity = list[index]!
    if (entity.person && entity.parts.length > surname.length && entity.parts[0]!.charAt(0) === parts[0]!.charAt(0) && isPartOf(surname, entity.parts)) return entity
  }
  return undefined
}

/** A name part of initials only (`w.`, `w.f.`), lower-cased. */
const initials = /^(?:\p{Ll}\.)+$/u

function findEntity(byKey: Map<string, Entity[]>, parts: string[], offset: number, gender: 'female' | 'male' | null = null, seen?: ReadonlyMap<Entity, number>): Entity | undefined {
  if (parts.length === 0) return undefined
  const list = byKey.get(parts.length === 1 ? parts[0]! : parts.join(' '))
  if (list === undefined) return undefined
  // At most 64 entities share a name part in any real article; the cap keeps hostile input linear.
  // A title's gender rules out a first name of the other (`mevrouw Burger` is not `Ad Burger`).
  const candidates: Entity[] = []
  for (let index = Math.max(0, list.length - 64); index < list.length; index++) {
    const entity = list[index]!
    if ((isPartOf(parts, entity.parts) || (parts.length === 1 && (entity.acronym === parts[0] || entity.nickname === parts[0] || isSurnameHalf(parts[0]!, entity)))) && !(gender && entity.parts.length > 1 && (genderOfFirstName(entity.parts[0]!) ?? gender) !== gender)) candidates.push(entity)
  }
  if (candidates.length === 0) return undefined
  if (candidates.length === 1) return candidates[0]
  if (gender) {
    const fitting = candidates.filter((entity) => entity.parts.length > 1 && genderOfFirstName(entity.parts[0]!) === gender)
    if (fitting.length === 1) return fitting[0]
  }
  // Several people share the name part: the one mentioned last before the offset.
  let best: Entity | undefined
  let bestStart = -1
  for (const entity of candidates) {
    const mention = searchBack(entity.mentions, offset + 1, () => true, 1)
    if (mention && mention.start > bestStart) {
      best = entity
      bestStart = mention.start
    }
  }
  // (None mentioned yet, while the entities are built: one whose name was written before the
  // offset, `Bakker` after `Harold Bakker` is not `Iris Bakker` named later; then a person's
  // name before an organisation's, `Brink` is `Sanne Brink` rather than the firm `Ter Horst Brink`.)
  if (best) return best
  const introduced = seen ? candidates.filter((entity) => (seen.get(entity) ?? Number.POSITIVE_INFINITY) <= offset) : []
  const among = introduced.length > 0 ? introduced : candidates
  return among.find((entity) => entity.person) ?? among[0]
}

/** An initial as a word (`J.`). */
const initialWord = /^\p{Lu}\.$/u

/** A name that ends in an initial (`Jan N.`). */
const initialEnd = /(?:^|\s)\p{Lu}\.$/u

/**
 * First names listed before a full name share its surname: `Peter, Rinke en Yvonne Verheul` are
 * Peter Verheul, Rinke Verheul and Yvonne Verheul. A list that opens with a known first name,
 * goes on in one-word names joined by `,` or `en`, and ends in `en` and a full name that opens
 * with a known first name gives each of its one-word names that surname; their mentions stay as
 * written. (Not a surname that is an initial, as for suspects: in `Charlotte en Jan N.` the two
 * need not share it.)
 */
function shareSurnames(runs: Run[], blocks: Token[][]): void {
  for (let index = 0; index < runs.length; index++) {
    const first = runs[index]!
    if (first.parts.length !== 1 || !isFirstName(first.parts[0]!)) continue
    let next = index + 1
    let full: Run | undefined
    while (next < runs.length) {
      const previous = runs[next - 1]!
      const candidate = runs[next]!
      if (candidate.block !== previous.block || candidate.from !== previous.to + 1) break
      const joint = blocks[previous.block]![previous.to]!
      if (joint.depth !== 0 || !(joint.value === ',' || joint.lower === 'en')) break
      if (candidate.parts.length === 1 && candidate.to - candidate.from === 1) {
        next++
        continue
      }
      if (joint.lower === 'en' && candidate.parts.length > 1 && isFirstName(candidate.parts[0]!) && candidate.value.includes(' ') && !initialEnd.test(candidate.value)) full = candidate
      break
    }
    // (The names up to where the list broke off share its end: none of them starts a list of its
    // own, so a long list without a full name is walked once.)
    if (!full) {
      index = next - 1
      continue
    }
    const surname = full.value.slice(full.value.indexOf(' ') + 1)
    for (let member = index; member < next; member++) {
      const run = runs[member]!
      run.fullName = `${run.value} ${surname}`
      run.parts = [run.parts[0]!, ...full.parts.slice(1)]
    }
    index = next
  }
}

/**
 * The gender the article shows for a person: the first personal pronoun after a mention, before
 * any other name (`Debets stond in een veld … haar ex-man`, `Ze is de eerste nabestaande`).
 */
function inferGender(blocks: Token[][], runs: Run[], entityOfRun: Map<Run, Entity>): void {
  for (const run of runs) {
    const entity = entityOfRun.get(run)!
    if (entity.gender || entity.work || isInstitution(entity) || (!entity.person && entity.parts.length < 2)) continue
    // A name inside a phrase (`de Ronde van Drenthe`, `met Rutte`) is no subject a pronoun goes back to.
    const previous = blocks[run.block]![run.from - 1]
    if (previous && previous.kind === 'word' && prepositionsAndArticles.has(previous.lower)) continue
    const tokens = blocks[run.block]!
    // Nor is one name of a list (`steden als Breda, Den Bosch en Bergen op Zoom`).
    if (isListMember(tokens, run.from, run.to)) continue
    for (let index = run.to; index < tokens.length && index - run.to < 30; index++) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word') continue
      // Another name as subject ends the search; one inside a phrase (`de Ronde van Drenthe`) does not.
      const before = tokens[index - 1]
      const inPhrase = before !== undefined && before.kind === 'word' && (prepositionsAndArticles.has(before.lower) || nameParticles.has(before.lower) || isNameWord(before, false))
      // (A capital opening a sentence, `Samen met haar coach`, is no name.)
      const opensSentence = before === undefined || before.sentence !== token.sentence || (before.kind === 'punctuation' && fullStop.test(before.value))
      if (isNameWord(token, false) && token.start > run.end && !inPhrase && !opensSentence) break
      const next = tokens[index + 1]
      if (token.lower === 'hij') entity.gender = 'male'
      // (`zijn haar`, `het haar`: the noun, hair, after a possessive or an article.)
      else if (token.lower === 'haar' && !isHairNoun(before)) entity.gender = 'female'
      // `ze`/`zij` with a singular verb (`ze zegt`, not `ze zeggen`; after it too, in inversion:
      // not `kopen zij`, `zijn ze`).
      else if ((token.lower === 'ze' || token.lower === 'zij') && isSingularShe(before, next)) entity.gender = 'female'
      else continue
      // A name that `hij` or `zij` refers to is a person's.
      if (!entity.unnamed && !isOrganisation(entity) && !isInstitution(entity)) entity.person = true
      break
    }
  }
}

/** Whether `haar` after `before` is the noun (`zijn haar`, `het haar`), not the pronoun. */
function isHairNoun(before: Token | undefined): boolean {
  if (before === undefined || before.kind !== 'word') return false
  return nounDeterminers.has(before.lower)
}

/**
 * Whether `ze`/`zij` between `before` and `next` is a woman: with a singular verb after it (`ze
 * zegt`, not `ze zeggen`), and not after a plural one (`kopen zij`, `zijn ze`); or closing a
 * singular speech verb's clause (`„…”, zegt ze.`).
 */
function isSingularShe(before: Token | undefined, next: Token | undefined): boolean {
  if (isPluralVerbBefore(before)) return false
  if (next && next.kind === 'word') return !next.lower.endsWith('en')
  return before !== undefined && before.kind === 'word' && before.value === before.lower && cueForms.has(before.lower)
}

/** Whether `token` is a plural verb before an inverted subject (`kopen zij`, `zijn ze`, `waren ze`). */
function isPluralVerbBefore(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.value === token.lower && (token.lower.endsWith('en') || token.lower === 'zijn')
}

/** Whether the name at `[from, to)` stands in a list of names: another follows after `,`, `en` or `of`, or one comes before. */
function isListMember(tokens: Token[], from: number, to: number): boolean {
  const joins = (token: Token | undefined) => token !== undefined && token.depth === 0 && (token.value === ',' || token.lower === 'en' || token.lower === 'of')
  const after = tokens[to]
  if (joins(after) && tokens[to + 1]?.kind === 'word' && tokens[to + 1]!.capital && !(after!.value === ',' && tokens[to + 2]?.kind === 'word' && tokens[to + 2]!.value === tokens[to + 2]!.lower)) return true
  const before = tokens[from - 1]
  // (A place after its town, `in Lebanon, New Hampshire, krijgt hij`, is the last of a list too.)
  return before !== undefined && (before.lower === 'en' || before.lower === 'of' || before.value === ',') && tokens[from - 2]?.kind === 'word' && tokens[from - 2]!.capital === true
}

/** Lower-case name parts without particles: `Jan van der Berg` → `jan berg`. */
export function nameParts(value: string): string[] {
  const lower = value.toLowerCase()
  const parts: string[] = []
  // Split at white space by hand (this runs for every name mention and every lookup): a part
  // ends at any character `\s` matches.
  let from = 0
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && !isRegExpWhiteSpace(lower.charCodeAt(index))) continue
    if (index > from) {
      const part = lower.slice(from, index)
      // (A particle that is a first name too opens a full name as that name: `Ben Hazelaar`.)
      if (!nameParticles.has(part) || (from === 0 && index < lower.length && isFirstName(part))) parts.push(part)
    }
    from = index + 1
  }
  return parts
}

/**
 * Whether the code unit is one that `\s` in a regular expression matches (not the same set as
 * the tokenizer's white space, `isWhiteSpace` in find-blocks: names are split as `split(/\s+/)` did).
 */
function isRegExpWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Whether `half` (three letters or more) is the part before or after the hyphen of the double surname `whole`. */
function isHalfOf(half: string, whole: string): boolean {
  return half.length > 2 && whole.length > half.length + 1 && ((whole.endsWith(half) && whole.charCodeAt(whole.length - half.length - 1) === 45) || (whole.startsWith(half) && whole.charCodeAt(half.length) === 45))
}

/** Whether `parts` is the whole of, or a first or last part of, `whole`. */
function isPartOf(parts: string[], whole: string[]): boolean {
  if (parts.length > whole.length) return false
  let prefix = true
  for (let index = 0; prefix && index < parts.length; index++) prefix = whole[index] === parts[index]
  if (prefix) return true
  const offset = whole.length - parts.length
  for (let index = 0; index < parts.length; index++) if (whole[offset + index] !== parts[index]) return false
  return true
}

function isPersonName(run: Run): boolean {
  const roles = run.roles.filter((role) => !isInstitutionNoun(role))
  // (`toezichthouder NVWA` is an organisation for all its role.)
  // (A known first name alone is a person too: `Fatima, die …`.)
  if (run.parts.length < 2) return (roles.length > 0 || (isFirstName(run.parts[0]!) && !run.afterArticle)) && !isAcronymWord(run.value) && !organisationWords.has(run.parts[0]!)
  for (const part of run.parts) {
    if (organisationWords.has(part) || institutionWords.has(part)) return false
  }
  // Two capitalised words are a person when the first is a first name or a role introduces them;
  // otherwise only the pronouns after them can tell (`inferGender`).
  // (An age or a place of origin shows a person where no institution noun names a body: not
  // `het bedrijf Ter Horst Brink uit Lochem`.)
  if (!isFirstName(run.parts[0]!) && roles.length === 0 && !(run.personal && run.roles.length === 0)) return false
  // Acronyms (`KLM`, `SP`) are organisations.
  return !hasAcronymWord(run.value, false)
}

/**
 * Whether a word of `value` is an acronym: words are split at white space, and at hyphens too
 * when `hyphens` is set (as `value.split(/[\s-]+/)` would, without making the array).
 */
function hasAcronymWord(value: string, hyphens: boolean): boolean {
  let from = 0
  for (let index = 0; index <= value.length; index++) {
    const code = index < value.length ? value.charCodeAt(index) : 32
    if (!(isRegExpWhiteSpace(code) || (hyphens && code === 45))) continue
    if (index > from && isAcronymWord(value.slice(from, index))) return true
    from = index + 1
  }
  return false
}

/** Whether a preposition governs the name at `start`, directly or through an article and adjectives. */
function isInPhrase(tokens: Token[], start: number): boolean {
  let index = start - 1
  // (Through a coordination too: `tussen Nederland en de VS`.)
  while (index >= 0 && start - index <= 5) {
    const token = tokens[index]!
    if (token.kind !== 'word') return false
    if (governingPrepositions.has(token.lower)) return true
    // (Through a title too: `van rechter Annemiek van Gils`.)
    if (token.lower !== 'de' && token.lower !== 'het' && token.lower !== 'en' && token.capital !== true && !token.lower.endsWith('e') && !isRoleToken(token)) return false
    index--
  }
  return false
}

/** Whether the sentence of the token before `end` ends in a question mark. */
function endsInQuestion(tokens: Token[], end: number): boolean {
  const sentence = tokens[end - 1]!.sentence
  for (let index = end; index < tokens.length && index - end < 80; index++) {
    const token = tokens[index]!
    if (token.sentence !== sentence) return false
    if (token.kind === 'punctuation' && token.depth === 0 && hasSentenceMark(token.value)) return token.value.includes('?')
  }
  return false
}

/** Whether the text has `.`, `!` or `?` in it. */
function hasSentenceMark(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 46 || code === 33 || code === 63) return true
  }
  return false
}

function isOrganisation(entity: Entity): boolean {
  if (entity.organisation === undefined) entity.organisation = showsOrganisation(entity)
  return entity.organisation
}

function showsOrganisation(entity: Entity): boolean {
  // (A first name, then a surname whose particle stands before an organisation's word, is a
  // person: `Theo van der Hof`, `Anna van 't Hof`.)
  const parts = entity.parts
  const words = entity.name.split(' ')
  const particle = words.length >= 3 ? words[words.length - 2]! : ''
  if (parts.length >= 2 && isFirstName(parts[0]!) && particle === particle.toLowerCase() && nameParticles.has(particle) && !hasAcronymWord(entity.name, true) && !parts.slice(0, -1).some((part) => organisationWords.has(part) || institutionWords.has(part))) return false
  return (
    entity.parts.some((part) => organisationWords.has(part) || institutionWords.has(part) || (part.includes('-') && part.split('-').some((piece) => organisationWords.has(piece)))) ||
    // A compound of an institution noun (`Sint Michaëlbrigade`, `Rabobank`).
    entity.parts.some((part) => part.length > 7 && isInstitutionNoun(part)) ||
    // Acronyms, alone or in a compound (`KLM`, `MKB-Nederland`, `I&O Research`).
    hasAcronymWord(entity.name, true)
  )
}

/** Whether every role the article gives the entity is an institution's (`stichting De Verre Bergen`, `energiebedrijf Voltax`). */
export function isInstitution(entity: Entity): boolean {
  return entity.roles.length > 0 && entity.roles.every((role) => isInstitutionNoun(role))
}

function isParticleInName(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.kind !== 'word' || !isParticleAt(tokens, index)) return false
  let cursor = index
  while (cursor < tokens.length && cursor - index < 3 && tokens[cursor]!.kind === 'word' && isParticleAt(tokens, cursor)) cursor++
  const next = tokens[cursor]
  // An acronym after `van` is an affiliation (`Markwat van FHC Formulebeheer`), not a surname;
  // an initial is one, as suspects are named (`Kevin de J.`, `Jan van der B.`).
  // (A function word is a surname after a particle: `ter Haar`.)
  return (isNameWord(next, false) || isNameContinuation(next, tokens[cursor - 1])) && !(next!.value.length > 1 && next!.value === next!.value.toUpperCase() && !initialWord.test(next!.value))
}

/** After a sentence-final mark or a colon in the same sentence list, a capital starts a sentence. */
function isSentenceStart(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  return previous !== undefined && previous.kind === 'punctuation' && sentenceMarks.test(previous.value)
}

const sentenceMarks = /^[.!?:…]+$/
/** A word of two letters or more with a full stop (`VS.`, `Jansen.`): it ends a sentence. */
const wordWithStop = /\p{L}{2,}\.$/u

/** Whether a noun for a work stands right before the name at `start` (`het nummer Blue Moon`). */
function isWorkTitle(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]
  return before !== undefined && before.kind === 'word' && before.value === before.lower && isWorkNoun(before.lower)
}

function isFollowedByNoun(tokens: Token[], end: number): boolean {
  const next = tokens[end]
  return next !== undefined && next.kind === 'word' && next.value === next.lower && !functionWords.has(next.lower)
}

/**
 * The person's role a name stands in apposition to, between commas (`De minister, Wopke
 * Hoekstra, is …`, `Zijn advocaat, Thijs van Leeuwen,`), with the role's determiner, lower case.
 */
function apposedRole(tokens: Token[], start: number, end: number): {role: string; determiner: string} | undefined {
  if (tokens[start - 1]?.value !== ',' || tokens[end]?.value !== ',') return undefined
  // (Past the role's complement with `van`: `De trainer van de vrouwen, Mirjam Hofstede,`.)
  let at = start - 2
  for (let index = start - 2; index > 0 && start - index <= 6 && tokens[index]!.kind === 'word' && tokens[index]!.depth === 0; index--) {
    if (tokens[index]!.lower === 'van') {
      at = index - 1
      break
    }
  }
  const role = tokens[at]
  if (role === undefined || !isRoleToken(role) || isInstitutionNoun(role.lower)) return undefined
  return {role: role.lower, determiner: tokens[at - 1]?.lower ?? ''}
}

/** The place after `uit` right after a name, past an age in brackets (`Ineke Pols (45) uit Utrecht`), lower case. */
function originAfter(tokens: Token[], end: number): string | undefined {
  const at = afterParenthesis(tokens, end, tokens.length)
  // (Or the origin the clause gives: `Kees Vos is een Fries van 45.`)
  const noun = tokens[at + 2]
  if ((tokens[at]?.lower === 'is' || tokens[at]?.lower === 'was') && tokens[at + 1]?.lower === 'een' && noun !== undefined && noun.capital && isOriginWord(noun)) return noun.lower
  // (Or where the person lives: `Kees Vos woont al twintig jaar in Leiden.`)
  if (tokens[at]?.lower === 'woont' || tokens[at]?.lower === 'woonde') {
    for (let index = at + 1; index < tokens.length && index - at < 7 && tokens[index]!.kind === 'word' && tokens[index]!.depth === 0; index++) {
      const place = tokens[index + 1]
      if (tokens[index]!.lower === 'in' && place !== undefined && place.kind === 'word' && place.capital) return place.lower
    }
    return undefined
  }
  // (Or the place of a role in apposition: `Gerrit Stoffels, melkveehouder in Drenthe,`.)
  if (tokens[at]?.value === ',') {
    const role = tokens[at + 1]?.lower === 'een' ? at + 2 : at + 1
    const place = tokens[role + 2]
    const placed = tokens[role + 1]?.lower === 'in' || tokens[role + 1]?.lower === 'uit'
    return isRoleToken(tokens[role]) && !tokens[role]!.capital && placed && place !== undefined && place.kind === 'word' && place.capital && !nameParticles.has(place.value) ? place.lower : undefined
  }
  if (tokens[at]?.lower !== 'uit') return undefined
  // (`uit het Zeeuwse Goes`: the region's adjective and the place, either of which a word of
  // origin may come from: `de Zeeuwse`, `de Goesenaar`.)
  const region = tokens[at + 1]?.lower === 'het' && tokens[at + 2] !== undefined && isOriginAdjective(tokens[at + 2]!) ? tokens[at + 2]! : undefined
  const place = tokens[region ? at + 3 : at + 1]
  if (place === undefined || place.kind !== 'word' || !place.capital || nameParticles.has(place.value)) return undefined
  return region ? `${region.lower} ${place.lower}` : place.lower
}

/** Whether the name `[start, end)` stands between commas after a definite role of one person (`De minister, Wopke Hoekstra, is …`). */
function inRoleApposition(tokens: Token[], start: number, end: number): boolean {
  const apposed = apposedRole(tokens, start, end)
  return apposed !== undefined && !isPluralRole(apposed.role) && (apposed.determiner === 'de' || apposed.determiner === 'het' || thirdPersonPossessives.has(apposed.determiner))
}

/**
 * `Eigenaar van de camping is Kees Vos.`, `De nieuwe voorzitter is Anna Smit.`: a sentence that
 * opens with a person's role and ends with `is` and a name gives the name that role.
 */
function invertedCopulaRole(tokens: Token[], start: number, end: number): string | undefined {
  const copula = tokens[start - 1]
  if (!copula || !(copula.value === 'is' || copula.value === 'was') || tokens[end]?.value !== '.') return undefined
  let first = start - 1
  while (first > 0 && tokens[first - 1]!.sentence === copula.sentence && start - first < 12) first--
  if (first > 0 && tokens[first - 1]!.sentence === copula.sentence) return undefined
  // (Past an article and adjectives: `De nieuwe voorzitter`.)
  let at = first
  if (tokens[at]?.lower === 'de' || tokens[at]?.lower === 'het') at++
  while (at < start - 1 && tokens[at]!.kind === 'word' && !isRoleToken(tokens[at]) && tokens[at]!.lower.endsWith('e') && tokens[at]!.value === tokens[at]!.lower) at++
  const role = tokens[at]
  return role !== undefined && isRoleToken(role) && !isInstitutionNoun(role.lower) && !isPluralRole(role.lower) ? role.lower : undefined
}

/** Whether a word of origin stands at `start` after `de`, or after `de` and an age (`de 55-jarige Amsterdammer`). */
function originAfterArticle(tokens: Token[], start: number): boolean {
  const token = tokens[start]!
  if (!(isOriginAdjective(token) || isOriginWord(token))) return false
  const before = tokens[start - 1]
  if (before?.lower === 'de') return true
  return before !== undefined && agedWord.test(before.lower) && tokens[start - 2]?.lower === 'de'
}

/**
 * An adult's age right before the name (`de 71-jarige Godelieve Baert`): a person's. (Not a
 * child's, `De 11-jarige Tim Kok`: the words quoted next are as often a parent's about the child.)
 */
function agedAdultBefore(tokens: Token[], start: number): boolean {
  const aged = agedWord.exec(tokens[start - 1]?.value ?? '')
  return aged !== null && Number(aged[1]) >= 16
}

/**
 * A word of origin between `de` and a name (`de Utrechtse Ineke Pols`, `de Amsterdammer Kees
 * Vos`), lower case: `de Utrechtse` later is that person.
 */
function originBefore(tokens: Token[], start: number): string | undefined {
  // (Past a role: `de Duitse trainer Jürgen Klopp`. The role nouns are asked only where `de`
  // stands before the word before it: without, no origin is read either way.)
  const before = tokens[start - 1]
  const at = before !== undefined && !before.capital && tokens[start - 3]?.lower === 'de' && isRoleToken(before) ? start - 1 : start
  const word = tokens[at - 1]
  if (word === undefined || tokens[at - 2]?.lower !== 'de' || !word.capital) return undefined
  return isOriginWord(word) || isOriginAdjective(word) ? word.lower : undefined
}

/** Role words right before a name (`woordvoerder Jan Jansen`) or in an apposition after it. */
function rolesAround(tokens: Token[], start: number, end: number): string[] {
  const roles: string[] = []
  // A name right after an article or a preposition is inside another phrase (`pastoor van de
  // Vredeskerk`): the role before it is someone else's.
  let front = start - 1
  while (front > 0 && isCapitalisedAdjective(tokens[front]!, tokens[front + 1])) front--
  const before = tokens[front]
  const insidePhrase = before !== undefined && before.kind === 'word' && articleOrPreposition.test(before.lower)
  // (A name in apposition to a role with its determiner, `Zijn advocaat, Thijs van Leeuwen,`: the
  // role is the name's.)
  const apposed = apposedRole(tokens, start, end)
  if (apposed && (thirdPersonPossessives.has(apposed.determiner) || (apposed.determiner === 'de' && !isSpokespersonRole(apposed.role)))) roles.push(apposed.role)
  // Before: up to eight words back, through adjectives and `voor Buitenlandse Zaken`.
  for (let index = start - 1; !insidePhrase && index >= 0 && start - index <= 8; index--) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0 || token.sentence !== tokens[start]!.sentence) break
    if (isRoleToken(token) || isDescriptor(token)) {
      // `Paul Lenters, programmamanager Schoon Schoolplein`: a role after a comma is an
      // apposition to the name before it, and the words after it are its field.
      if (roles.length === 0 && tokens[index - 1]?.value === ',' && isNameWord(tokens[index - 2], false)) break
      // (A body of the person's, `het kabinet van minister Daems`, `het team van Bos`, is no role
      // of theirs.)
      // (A firm, `het bedrijf van Gerrit Smit`, is his all the same: he owns it.)
      if (isInstitutionNoun(token.lower) && !endsInGenericBodyNoun(token.lower) && tokens[index + 1]?.lower === 'van') break
      roles.push(token.lower)
      // `een medewerker van het bedrijf Beeldwerk`: roles further back are someone else's.
      if (isInstitutionNoun(token.lower)) break
    } else if (['van', 'voor', 'bij', 'de', 'het', 'een'].includes(token.lower) || honorifics.has(token.lower)) continue
    // A relative word ends the search: the role before it heads a clause whose subject the name
    // is (`twee partijen waarmee Stadsbelang …`, `de vrouw die De Vries bedreigde`).
    else if (relativeWords.has(token.lower)) break
    // Another name in between: the role is that one's (`Fractievoorzitter Ruud Stegeman van NAP`).
    // (A portfolio is none: `Schepen van Groen Lieve Bos`.)
    else if (token.value !== token.lower && !institutionWords.has(token.lower) && !isCapitalisedAdjective(token, tokens[index + 1]) && !portfolioWords.has(token.lower)) break
    // Only adjectives and capitalised words (`Buitenlandse Zaken`) stand between a role and its name.
    else if (token.value === token.lower && !token.lower.endsWith('e')) break
  }
  // After: `, hoogleraar Japanstudies aan de Universiteit Leiden,` (also past a parenthesis:
  // `Sjoerd Karsten (middelste portret), hoogleraar onderwijsbeleid`).
  // (A party in brackets, `Anna de Wit (VVD)`, makes her `de VVD'er`.)
  const party = partyInBrackets(tokens, end)
  if (party) roles.push(party)
  end = afterParenthesis(tokens, end, tokens.length)
  const predicate = insidePhrase ? undefined : predicateRole(tokens, end)
  if (predicate) roles.push(predicate)
  const inverted = invertedCopulaRole(tokens, start, end)
  if (inverted) roles.push(inverted)
  const comma = tokens[end]
  if (!insidePhrase && comma && comma.kind === 'punctuation' && comma.value === ',') {
    // The role may follow an article or an adjective (`, emeritus hoogleraar onderwijskunde`), or
    // how long it has been held (`, al veertig jaar abonnee`).
    for (let index = end + 1; index < tokens.length && index - end <= 5; index++) {
      const word = tokens[index]!
      if (word.kind !== 'word' || word.depth !== 0) break
      if (isRoleToken(word)) {
        // (Not in a list of names each with its title, `de band The Hollow Pines, rapper Kid
        // Kompas en …`: the role is the next name's.)
        if (!listedWithTitle(tokens, start, index)) roles.push(word.lower)
        break
      }
      // (`, die de vereniging ontving`: a relative clause's object is no apposition.)
      if ((!['de', 'het', 'een', 'emeritus'].includes(word.lower) && !word.lower.endsWith('e') && !appositionDurations.has(word.lower) && !numberWords.has(word.lower) && !digits.test(word.value)) || relativeWords.has(word.lower)) break
    }
  }
  return roles
}

/**
 * Whether the role at `role`, after a comma after the name at `start`, titles the name after it
 * in a list: both names have a title in lower case right before them (`zanger Tom Bos, rapper Kid
 * Kompas`).
 */
function listedWithTitle(tokens: Token[], start: number, role: number): boolean {
  return isTitle(tokens[start - 1]) && isNameWord(tokens[role + 1], false)
}

/** A lower-case word before a name that is no article or preposition: a title (`band`, `zanger`). */
function isTitle(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.value === token.lower && !articleOrPreposition.test(token.lower)
}

/**
 * `(VVD)`, `(GroenLinks-PvdA)`, `(D66)` right after a name: a party's name in brackets, as the
 * role of its member (`vvd'er`), which `de VVD'er` refers back to. A party's name has a second
 * capital or a digit (not `(Onderwijs)`, a portfolio).
 */
function partyInBrackets(tokens: Token[], end: number): string | undefined {
  const inner = tokens[end + 1]
  if (tokens[end]?.value !== '(' || tokens[end + 2]?.value !== ')' || !inner || inner.kind !== 'word' || !partyName.test(inner.value)) return undefined
  return inner.lower + "'er"
}

/**
 * The role a name's own clause gives it right after it: `Eva Kok werkt al jaren als
 * jeugdhulpverlener`, `Eva Kok is verpleegkundige`, `Tom Vos was de eerste trainer` (a copula,
 * an article and adjectives at most before the role; `als` within a few words of the verb).
 */
function predicateRole(tokens: Token[], end: number): string | undefined {
  const verb = tokens[end]
  if (!verb || verb.kind !== 'word' || verb.depth !== 0 || verb.value !== verb.lower) return undefined
  // (`zag Yusuf Haddad zijn vrouw …`: `zijn` right before a noun is his, no copula.)
  if (verb.lower === 'zijn' && isRoleToken(tokens[end + 1])) return undefined
  const copula = copulas.has(verb.lower)
  for (let index = end + 1; index < tokens.length && index - end <= 6; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0 || token.sentence !== verb.sentence || token.capital) return undefined
    if (token.lower === 'als') return roleAfter(tokens, index + 1)
    if (copula) return roleAfter(tokens, index)
  }
  return undefined
}

/** A role at `index` or after an article and adjectives (`de eerste trainer`), lower case. */
function roleAfter(tokens: Token[], index: number): string | undefined {
  for (let at = index; at < tokens.length && at - index <= 2; at++) {
    const token = tokens[at]!
    if (token.kind !== 'word' || token.depth !== 0) return undefined
    // (Not a title before a name: `Namens Nederland was minister voor Handel Bas Vos aanwezig`.)
    if (isRoleToken(token) && !isInstitutionNoun(token.lower) && !isPluralRole(token.lower)) return readSpeakerPhrase(tokens, at)?.kind === 'name' ? undefined : token.lower
    if (!articles.has(token.lower) && !token.lower.endsWith('e')) return undefined
  }
  return undefined
}

/** `van Rijkswaterstaat`, `bij de GGD` right after a name: where the person works, lower case. */
function affiliationAfter(tokens: Token[], end: number): string | null {
  const preposition = tokens[end]
  if (!preposition || preposition.kind !== 'word' || (preposition.lower !== 'van' && preposition.lower !== 'bij')) return null
  let index = end + 1
  if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
  const words: string[] = []
  while (index < tokens.length && words.length < 4 && tokens[index]!.kind === 'word' && tokens[index]!.capital && tokens[index]!.depth === 0) words.push(tokens[index++]!.lower)
  // (A body named by its noun alone: `woordvoerder Eva Kok van de politie`.)
  const noun = tokens[index]
  if (words.length === 0 && noun !== undefined && noun.kind === 'word' && noun.depth === 0 && index > end + 1 && isInstitutionNoun(noun.lower)) return noun.lower
  return words.length > 0 ? words.join(' ') : null
}

/** `KLM`, `MKB`: two capitals or more, not an initial (`R.`). */
function isAcronymWord(word: string): boolean {
  return word.length > 1 && !hasLowerCaseLead(word) && word === word.toUpperCase() && twoCapitals.test(word)
}

/** The age in brackets after a name (`(52)`) or in `N-jarige` right before it (`de 52-jarige Dennis Wolters`). */
function ageAround(tokens: Token[], start: number, end: number): number | undefined {
  const inner = tokens[end + 1]
  if (tokens[end]?.value === '(' && tokens[end + 2]?.value === ')' && inner !== undefined && inner.value.length <= 3 && digits.test(inner.value)) return Number(inner.value)
  const before = tokens[start - 1]
  const aged = before === undefined ? null : agedWord.exec(before.lower)
  return aged ? Number(aged[1]) : undefined
}

/**
 * Whether an adult's age (`(34)`) or the mark of a changed name (`(*)`) opens at `index`. (A
 * child's age is left out: `de jas van Mia (3)`, `Lotte (13) en Hugo (14)` are talked about
 * far more often than they talk.)
 */
function isAgeParenthesis(tokens: Token[], index: number): boolean {
  const inner = tokens[index + 1]
  if (tokens[index]?.value !== '(' || tokens[index + 2]?.value !== ')' || inner === undefined) return false
  if (inner.value === '*' || inner.value.length > 3 || !digits.test(inner.value)) return inner.value === '*'
  // (A child's age counts before the verb it is the subject of: `Sara (14) zit in …`, `Sara (14)
  // is …`, and before a place of origin: `Sara (14) uit Ede …`.)
  const after = tokens[index + 3]
  if (Number(inner.value) >= 16) return true
  if (Number(inner.value) < 4 || after === undefined || after.kind !== 'word' || after.value !== after.lower) return false
  // (Singular verbs only: `Lotte (13) en Hugo (14) waren …` are talked about.)
  const singularVerb = (finiteAuxiliaries.has(after.lower) || placingVerbs.has(after.lower)) && !after.lower.endsWith('en')
  return !functionWords.has(after.lower) || singularVerb || (after.lower === 'uit' && tokens[index + 4]?.capital === true)
}
