/**
 * What a pronoun, a role or the context refers to: the person named last whose gender fits, the
 * source introduced with a role, the person the paragraph is about. Each takes the article and,
 * where the speaker who is talking matters, the discourse state.
 */
import {frontingWords, governingPrepositions, sentenceOpeners, subordinators} from '../lexicon/clause-words.js'
import {isFirstName} from '../lexicon/first-names.js'
import {nameParticles} from '../lexicon/function-words.js'
import {articlesAndPossessives} from '../lexicon/phrase-words.js'
import {pronounGender} from '../lexicon/pronouns.js'
import {copulas} from '../lexicon/verb-classes.js'
import {addressWords, commonFormOf, endsInGenericBodyNoun, genderOfRoles, genericBodyNouns, isDocumentNoun, partyFamilies, isInstitutionNoun, isPluralInstitution, isPluralRole, partyHeads, rankPrefixes, serviceNouns, synonymsOf} from '../lexicon/roles.js'
import {type Article, blockOf, isWriter} from './article.js'
import {sentenceStartOf} from './clauses.js'
import type {Discourse} from './discourse.js'
import {type Entity, isInstitution, type NameMention} from './find-speakers.js'
import {readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {fullStopWithin, isRoleToken, type Token} from './read-tokens.js'
import {firstAtOrAfter, searchBack} from './search-back.js'
import type {Found} from './sieves/sieve.js'

/**
 * The person last named in this or the previous paragraph (of the section) before `offset`,
 * leaving out anyone `quote` names (see `namedInQuote`), and anyone who does not `fit`.
 */
export function nearestPerson(article: Article, block: number, offset: number, quote?: {start: number; end: number}, fits?: (entity: Entity) => boolean, outsidePhrases = false): Found | undefined {
  // (Each entity's name is looked for in the quote once: a person mentioned a thousand times
  // before a long quote must not make the search read the quote a thousand times.)
  const namedInIt = quote ? new Map<Entity, boolean>() : undefined
  const talkedOf = (entity: Entity) => {
    if (!quote || !namedInIt) return false
    let named = namedInIt.get(entity)
    if (named === undefined) {
      named = namedInQuote(article, quote, entity)
      namedInIt.set(entity, named)
    }
    return named
  }
  // Names in an interviewer's question are not who answers.
  const mention = lastMentionWithin(article, block, offset, 1, (item) => item.entity.person && !item.question && !(outsidePhrases && item.inPhrase) && !isWriter(article, item.entity) && (!fits || fits(item.entity)) && !talkedOf(item.entity))
  return mention ? {entity: mention.entity, mention: null, cue: null, method: 'context', local: false} : undefined
}

/**
 * The last mention before `offset` that `fits`, in the section of `block` and at most `reach`
 * blocks before it (`nearest-person` looks one paragraph back, a conversation's sieves a few).
 */
export function lastMentionWithin(article: Article, block: number, offset: number, reach: number, fits: (mention: NameMention) => boolean): NameMention | undefined {
  const blocks = article.blocks
  const section = blocks[block]!.section
  return searchBack(article.registry.mentions, offset, (item) => (item.block < block - reach || blocks[item.block]!.section !== section ? 'stop' : fits(item)))
}

/**
 * Whether the words of `quote` name the person by their first name, capitalised, as a word
 * (`„Ik heb Howard meteen gebeld.”`), or a group of one role by that role's noun: who is talked
 * about in the third person is not who talks. (Names inside quotes are no mentions of the
 * registry, so the text is read.)
 */
export function namedInQuote(article: Article, quote: {start: number; end: number}, entity: Entity): boolean {
  const value = article.value
  // (A group by its noun: `„… en leerlingen zijn snel tevreden.”` is not the pupils'.)
  if (entity.unnamed && entity.roles.length === 1 && isPluralRole(entity.roles[0]!)) return containsWord(value, entity.roles[0]!, quote)
  if (!entity.person || article.registry.isOrganisation(entity)) return false
  // (Addressed at its opening, `‘Mevrouw Lemmens, wij …’`: spoken to, not speaking.)
  if (addressedAtOpening(value, quote, entity)) return true
  // (Or called by a form of address anywhere: `„Mevrouw Demir ontdekt nu wat wij al jaren
  // zeggen.”`; no one speaks of themselves so.)
  // (Read in the words' first few hundred characters only: asked for every quote and person.)
  if (entity.parts.length > 1 && addressedBySurname(value.slice(quote.start, Math.min(quote.end, quote.start + addressReach)), entity.name.slice(entity.name.lastIndexOf(' ') + 1))) return true
  // By the first name only: people rarely call themselves that, but do use their surname
  // (`dit was typisch Jansen`), and organisations their name (a one-word name that is no known
  // first name may be one).
  const part = entity.parts[0]
  if (part === undefined || part.length < 3 || (entity.parts.length === 1 && !isFirstName(part))) return false
  // (Each part of a hyphenated first name has its capital: `Jan-Willem`.)
  return containsWord(value, capitaliseHyphenated(part), quote)
}

/**
 * A lower-case name with a capital to each of its hyphenated parts (`jan-willem` → `Jan-Willem`).
 * (A loop, not `map` and `join`: an optimized `map` gives a holey array and the interpreter's a
 * packed one, and the caller, compiled for the one kind, was compiled again on the other.)
 */
function capitaliseHyphenated(name: string): string {
  const pieces = name.split('-')
  let capitalised = ''
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!
    capitalised += (index > 0 ? '-' : '') + piece.charAt(0).toUpperCase() + piece.slice(1)
  }
  return capitalised
}

/**
 * Whether the quote opens by addressing the person with a word of address and their surname
 * (`Mevrouw Lemmens,`, `Meneer De Vries,`). Only its first words are read.
 */
function addressedAtOpening(value: string, quote: {start: number; end: number}, entity: Entity): boolean {
  let at = quote.start
  while (at < quote.end && at - quote.start < 3 && !isLetterAt(value, at)) at++
  // (Bounded reads: a quote of a megabyte is not searched for a comma.)
  const space = boundedIndexOf(value, ' ', at, Math.min(quote.end, at + 10))
  if (space === -1 || !addressWords.has(value.slice(at, space).toLowerCase())) return false
  const comma = boundedIndexOf(value, ',', space, Math.min(quote.end, space + 31))
  if (comma === -1) return false
  const addressed = value.slice(space + 1, comma).toLowerCase()
  const name = entity.name.toLowerCase()
  return addressed.length > 1 && name !== addressed && name.endsWith(' ' + addressed)
}

/** How far into a quote a form of address and a surname are looked for. */
const addressReach = 400

/** Whether `words` hold `surname` as a word after a word of address (`Mevrouw Demir`, `meneer Bos`). */
function addressedBySurname(words: string, surname: string): boolean {
  if (surname.length < 2) return false
  for (let at = words.indexOf(surname); at !== -1; at = words.indexOf(surname, at + 1)) {
    if (at < 2 || words.charCodeAt(at - 1) !== 32 || isLetterAt(words, at + surname.length)) continue
    let before = words.lastIndexOf(' ', at - 2) + 1
    // (Past an opening mark or a bracket: `„Mevrouw Demir …`.)
    while (before < at - 1 && !isLetterAt(words, before)) before++
    if (addressWords.has(words.slice(before, at - 1).toLowerCase())) return true
  }
  return false
}

/** The first index of `character` in `value` within [from, to), or -1. */
function boundedIndexOf(value: string, character: string, from: number, to: number): number {
  for (let index = from; index < to; index++) if (value[index] === character) return index
  return -1
}

/** Whether `word`, as written, stands as a word of its own in `value` within [start, end). */
function containsWord(value: string, word: string, range: {start: number; end: number}): boolean {
  for (let at = value.indexOf(word, range.start); at !== -1 && at + word.length <= range.end; at = value.indexOf(word, at + 1)) {
    if (!isLetterAt(value, at - 1) && !isLetterAt(value, at + word.length)) return true
  }
  return false
}

/** Whether the character at `index` is a letter or a digit (a name's part ends where neither follows). */
function isLetterAt(value: string, index: number): boolean {
  if (index < 0 || index >= value.length) return false
  const character = value[index]!
  return character.toLowerCase() !== character.toUpperCase() || (character >= '0' && character <= '9')
}

/**
 * Add a mention to an unnamed source, once per place: the places are kept in a set (a search
 * of the mentions each time made an article that quotes `een buurman` a thousand times quadratic).
 */
export function addMention(article: Article, entity: Entity, value: string, start: number, end: number): void {
  const mentionStarts = article.sources.mentionStarts
  let starts = mentionStarts.get(entity)
  if (!starts) {
    starts = new Set(entity.mentions.map((mention) => mention.start))
    mentionStarts.set(entity, starts)
  }
  if (starts.has(start)) return
  starts.add(start)
  entity.mentions.push({value, start, end})
}

/** The most recent person whose gender fits the pronoun. */
export function resolvePronoun(article: Article, discourse: Discourse, pronoun: string, offset: number, plural = false, except?: Entity): Entity | undefined {
  const current = discourse.current
  const gender = plural ? 'plural' : pronounGender.get(pronoun)
  // (A group brought in just before, when the one talking is no group: `De bewoners hebben
  // handtekeningen verzameld. „…”, schrijven ze.`)
  if (gender === 'plural') return current && isGroup(current.entity) ? current.entity : groupBefore(article, offset) ?? current?.entity
  // `ze` and `zij` are a woman when one fits, else a group.
  const wanted = gender === 'male' ? 'male' : 'female'
  // (`hij` is no group: `buurtbewoners`, `de ouders`.)
  // (Nor the writer named in the text, `Sanne Bos is verslaggever van deze krant.`: a third
  // person pronoun is someone else.)
  // (`except`: the subject of the pronoun's own clause, when the pronoun is its object: `Bos vroeg
  // hem …` is not Bos.)
  // (Nor a body named by its kind, `de gemeente Noordhoven`: `ze` may be a body, `hij` is not.)
  // (Nor, for `hij` and `zij`, a thing named with `het`, `Het rapport`: a neuter noun is `het`.)
  const neuterOut = pronoun === 'hij' || pronoun === 'zij'
  const fits = (entity: Entity) => entity !== except && (entity.person || entity.unnamed) && !isWriter(article, entity) && (entity.gender === null || entity.gender === wanted) && !(gender === 'male' && (isGroup(entity) || isBodyByKind(entity))) && !(neuterOut && entity.unnamed && articleOf(entity) === 'het')
  const speaking = current && fits(current.entity) ? current.entity : undefined
  // The person who opens the pronoun's own sentence, when the pronoun comes later in it (`Eva Kok
  // kan het nauwelijks geloven, vertelt ze.`); then the one the sentence before is about (see
  // `previousSentencePerson`).
  // (A subject pronoun only: `Fred Ros mocht volgens hem …` is someone else's `hem`.)
  const own = pronoun === 'hij' || pronoun === 'zij' || pronoun === 'ze' ? ownSentenceSubject(article, offset, fits) : undefined
  if (own) return own
  const previous = previousSentencePerson(article, offset, fits, wanted)
  if (previous) return previous
  const last = lastPerson(article, offset, fits, wanted)
  // The speaker who is talking, unless the person named last is known to fit and the speaker is
  // not. (`hij` of an unnamed source whose role shows no gender, brought in after the man named
  // last, is that source still: `Een agent stond bij de pomp. „…” Hij …`; Dutch refers to such
  // a role noun with `hij`. So is `zij` of one brought in with `een`: `Een oud-medewerker werd
  // gehoord. Zij vertelde …` tells her gender.)
  // (A man named after the source only in a phrase of the source's own sentence, `Een
  // woordvoerder … tegen de schorsing van Dijkhuizen.`, is no subject who came after it.)
  const roleOfHis = speaking !== undefined && (gender === 'male' || articleOf(speaking) === 'een') && speaking.unnamed && speaking.roles.length > 0 && !speaking.roles.some(isPluralRole) && !isGroup(speaking) && last !== undefined && (lastMentionBefore(last, offset) < lastMentionBefore(speaking, offset) || namedInSourcePhrase(article, last, speaking, offset))
  if (speaking && (roleOfHis || !(last && last !== speaking && last.gender === wanted && speaking.gender !== wanted))) return speaking
  if (last) return last
  // `ze` of a group: the source that is talking, if it is no man or woman.
  if (gender === 'either' && current && !current.entity.person && current.entity.gender === null) return current.entity
  // With no one else who fits, a name of two words or more that shows no body, though its first
  // name is not one the library knows (`De club van Djurre Bakhuis verloor. „…”, zegt hij.`).
  const named = (entity: Entity) => !entity.work && entity.parts.length > 1 && entity.roles.length === 0 && !article.registry.isOrganisation(entity) && entity.gender === null
  const person = lastPerson(article, offset, (entity) => entity !== except && named(entity) && !isWriter(article, entity), wanted)
  // Else someone the sentence before brought in with `een` in a phrase of its own (`De brand werd
  // ontdekt door een buurtbewoner. „…”, vertelt hij.`).
  return person ?? indefiniteInSentenceBefore(article, offset, wanted)
}

/**
 * The one group (`de bewoners van de Dorpsstraat`, `omwonenden`) mentioned or brought in from the
 * start of the sentence before the one at `offset` up to `offset`; none when there are more.
 */
function groupBefore(article: Article, offset: number): Entity | undefined {
  const previous = previousSentence(article, offset)
  if (!previous) return undefined
  const start = previous.tokens[previous.from]!.start
  const found = new Set<Entity>()
  searchBack(article.sources.introduced, offset, (entry) => {
    if (entry.start < start) return 'stop'
    if (isGroup(entry.entity)) found.add(entry.entity)
    return false
  })
  const mentions = article.registry.mentions
  for (let index = firstAtOrAfter(mentions, start); index < mentions.length && mentions[index]!.start < offset; index++) {
    if (isGroup(mentions[index]!.entity)) found.add(mentions[index]!.entity)
  }
  const [group] = found
  return found.size === 1 ? group : undefined
}

/** How many tokens back `indefiniteInSentenceBefore` reads at most (a bound on hostile input). */
const indefiniteReach = 60

/**
 * The one a singular role phrase with `een` names in the pronoun's sentence or the one before
 * it, in its block, when the role's gender (if it shows one) fits: made the unnamed source.
 */
function indefiniteInSentenceBefore(article: Article, offset: number, gender: 'male' | 'female'): Entity | undefined {
  const tokens = article.blocks[blockOf(article, offset)]!.tokens
  const at = Math.min(tokens.length, firstAtOrAfter(tokens, offset)) - 1
  if (at < 1) return undefined
  const sentence = tokens[at]!.sentence
  for (let index = at; index >= 0 && at - index < indefiniteReach && tokens[index]!.sentence >= sentence - 1; index--) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.lower !== 'een') continue
    const phrase = readSpeakerPhrase(tokens, index)
    const role = phrase?.kind === 'role' ? phrase.roles[0] : undefined
    if (!phrase || role === undefined || isInstitutionNoun(role) || isDocumentNoun(role) || isPluralRole(role) || tokens[phrase.to - 1]!.end > offset) continue
    const shown = genderOfRoles(phrase.roles)
    if (shown !== null && shown !== gender) continue
    const text = article.value.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
    const entity = article.registry.unnamed(text, phrase.roles)
    addMention(article, entity, text, tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
    return entity
  }
  return undefined
}

/** The person the pronoun at `offset` stands for (`resolvePronoun`), when it is a person. */
export function personByPronoun(article: Article, discourse: Discourse, pronoun: string, offset: number): Entity | undefined {
  const entity = resolvePronoun(article, discourse, pronoun, offset)
  return entity?.person ? entity : undefined
}

/** Whom a possessive (`zijn`, `haar`) at `offset` stands for (`resolvePronoun`): a person or a source. */
export function possessorOf(article: Article, discourse: Discourse, possessive: string, offset: number): Entity | undefined {
  if (possessive !== 'zijn' && possessive !== 'haar') return undefined
  return resolvePronoun(article, discourse, possessive === 'zijn' ? 'hij' : 'haar', offset)
}

/** The person a possessive (`zijn`, `haar`) at `offset` stands for: `zijn verklaring` is his. */
export function personByPossessive(article: Article, discourse: Discourse, possessive: string, offset: number): Entity | undefined {
  const entity = possessorOf(article, discourse, possessive, offset)
  return entity?.person ? entity : undefined
}

/**
 * `„Weg hier!”, roept ze. Het is buurvrouw Ria Smit.`: the sentence after the pronoun's says
 * who it is, with a name of the pronoun's gender (or none known).
 */
export function identifiedNext(article: Article, tokens: Token[], phrase: SpeakerPhrase): Entity | undefined {
  const pronoun = tokens[phrase.from]!.lower
  const gender = pronounGender.get(pronoun)
  if (gender === 'plural') return undefined
  // The pronoun's sentence ends within a few words (`, meermaals.`).
  const index = fullStopWithin(tokens, phrase.to, 6)
  if (index === -1 || tokens[index + 1]?.lower !== 'het' || tokens[index + 2]?.lower !== 'is') return undefined
  const named = readSpeakerPhrase(tokens, index + 3)
  if (!named || named.kind !== 'name' || tokens[named.to]?.value !== '.') return undefined
  const entity = article.registry.resolveName(article.value.slice(tokens[named.nameFrom]!.start, tokens[named.nameTo - 1]!.end), tokens[named.to]!.start)
  const wanted = gender === 'male' ? 'male' : 'female'
  return entity?.person && (entity.gender === null || entity.gender === wanted) ? entity : undefined
}

/**
 * `De raad stemde in, en Eva Kok werd voorzitter. „…”, zegt ze.`: a sentence without a quote right
 * before the pronoun's, about one person who fits (named outside a prepositional phrase, or
 * brought in with a role of the pronoun's gender: `een vrouw uit Delft`), makes that person the
 * topic the pronoun picks up, over a speaker who talked before it. Not when that sentence has a
 * pronoun that could be the same (`Hij noemt Eva Kok …`: the chain of `hij` goes on, and whoever
 * it is stays the topic), nor when the pronoun's own sentence names someone who fits before
 * `offset` (the speaker who is talking and the last person named decide then, as before).
 */
function previousSentencePerson(article: Article, offset: number, fits: (entity: Entity) => boolean, gender: 'male' | 'female'): Entity | undefined {
  const previous = previousSentence(article, offset)
  if (!previous) return undefined
  const {tokens, from, to, ownStart} = previous
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.depth > 0 || token.kind === 'open') return undefined
    // (`zelf` after a name stresses it, `Voor Eva Kok zelf …`: no pronoun that could be another.)
    const shows = token.kind === 'word' && token.lower !== 'zelf' ? pronounGender.get(token.lower) : undefined
    if (shows === gender || shows === 'either') return undefined
  }
  const start = tokens[from]!.start
  const subordinate = subordinateClauses(tokens, from, to)
  // Everyone who fits from the previous sentence's start up to `offset`: one, in the previous
  // sentence only (and not in a clause of its that is subordinate: `Nadat Bos vertrok, werd …`).
  const found = new Set<Entity>()
  const mentions = article.registry.mentions
  // (A phrase that opens the sentence puts its person up front: `Voor Eva Kok zelf breekt een
  // rustige tijd aan.` is about her; a capital particle is a surname's: `Van Dam neemt …`.)
  const frontedAt = from + 1 < to && !nameParticles.has(tokens[from]!.lower) ? tokens[from + 1]!.start : -1
  const introducedInPhrase = new Set<Entity>()
  for (let index = firstAtOrAfter(mentions, start); index < mentions.length && mentions[index]!.start < offset; index++) {
    const mention = mentions[index]!
    const inSubordinate = subordinate.some(([clauseStart, clauseEnd]) => mention.start >= clauseStart && mention.start < clauseEnd)
    const aside = mention.start < ownStart && ((mention.inPhrase && mention.start !== frontedAt) || inSubordinate)
    if (!fits(mention.entity)) continue
    if (!aside) found.add(mention.entity)
    // (One brought in for the first time in a phrase, with the name in full, is the new topic
    // when no one else is: `…, vernoemd naar dichter Jan Kooi. Hij schreef …`.)
    else if (mention.inPhrase && !inSubordinate && mention.entity.mentions[0]?.start === mention.start && mention.entity.parts.length > 1) introducedInPhrase.add(mention.entity)
  }
  // (Not when someone opens that sentence as its subject: `De trainer kon niet leven met de
  // beslissing van scheidsrechter Jan Kooi. Hij …` is the trainer.)
  if (found.size === 0 && !opensWithSomeone(tokens, from, to)) for (const entity of introducedInPhrase) found.add(entity)
  // The sources introduced since the previous sentence's start (searched back from `offset`).
  let ownIntroduced = false
  const introducedStarts = new Set<number>()
  searchBack(article.sources.introduced, offset, (entry) => {
    if (entry.start < start) return 'stop'
    if (entry.entity.gender === gender) found.add(entry.entity)
    if (entry.start >= ownStart) ownIntroduced = true
    introducedStarts.add(entry.start)
    return false
  })
  // (An indefinite source a rule has read already is among those introduced.)
  const indefinite = indefiniteOfGender(tokens, from, to, gender)
  const newSource = indefinite && !introducedStarts.has(tokens[indefinite.from]!.start) ? indefinite : undefined
  if (found.size + (newSource ? 1 : 0) !== 1 || ownIntroduced) return undefined
  if (newSource) return introduceIndefinite(article, tokens, newSource)
  const [entity] = found
  const namedInOwn = searchBack(mentions, offset, (mention) => (mention.start < ownStart ? 'stop' : mention.entity === entity))
  return namedInOwn ? undefined : entity
}

/** Whether a person, by name, pronoun or role (not a body's), opens the sentence of `tokens` [from, to). */
function opensWithSomeone(tokens: Token[], from: number, to: number): boolean {
  const opening = readSpeakerPhrase(tokens, from, to)
  // (A fronted adverb with a capital is no name: `Vroeger stond hier …`.)
  if (opening?.kind === 'name' && frontingWords.has(tokens[from]!.lower)) return false
  return opening !== undefined && (opening.kind !== 'role' || !isInstitutionNoun(opening.roles[0] ?? ''))
}

/**
 * For `volgens haar` and the like in a clause after a colon: the person who opens the pronoun's
 * sentence as its subject, named (`ownSentenceSubject`) or by a definite role introduced before
 * (`De rechter hechtte daar weinig waarde aan: het berouw kwam volgens haar ‘…’`).
 */
export function sentenceSubjectFor(article: Article, discourse: Discourse, pronoun: string, offset: number): Entity | undefined {
  const gender = pronounGender.get(pronoun)
  if (gender !== 'male' && gender !== 'female') return undefined
  const fits = (entity: Entity) => entity.person && !isWriter(article, entity) && (entity.gender === null || entity.gender === gender)
  const tokens = article.blocks[blockOf(article, offset)]!.tokens
  const at = Math.min(tokens.length - 1, firstAtOrAfter(tokens, offset))
  // (Past the end of a quote the sentence opens with: `… ook tegen mezelf.’ De rechter …`.)
  let first = sentenceStartOf(tokens, at)
  while (first < at && (tokens[first]!.depth > 0 || tokens[first]!.kind !== 'word')) first++
  // (Only in a clause of its own after a colon: in the subject's own clause the pronoun is
  // someone else, `Kok mocht volgens hem …`.)
  let colon = false
  for (let index = first; index < at && !colon; index++) colon = tokens[index]!.depth === 0 && (tokens[index]!.value === ':' || tokens[index]!.value === ';')
  if (!colon) return undefined
  const named = ownSentenceSubject(article, offset, fits)
  if (named) return named
  const verb = tokens[first + 2]
  if (first + 2 >= at || tokens[first]!.lower !== 'de' || !isRoleToken(tokens[first + 1]) || !verb || verb.kind !== 'word' || verb.value !== verb.lower) return undefined
  const role = resolveRole(article, discourse, [tokens[first + 1]!.lower], tokens[first]!.start)
  return role && fits(role) ? role : undefined
}

/**
 * The person named at the start of the sentence that holds `offset` (past `Ook`, `Maar`), when
 * they fit and no one else who fits is named between them and `offset`.
 */
function ownSentenceSubject(article: Article, offset: number, fits: (entity: Entity) => boolean): Entity | undefined {
  const tokens = article.blocks[blockOf(article, offset)]!.tokens
  const at = Math.min(tokens.length - 1, firstAtOrAfter(tokens, offset))
  if (at <= 0) return undefined
  let first = sentenceStartOf(tokens, at)
  if (first + 1 < at && sentenceOpeners.has(tokens[first]!.lower)) first++
  if (first >= at || tokens[first]!.kind !== 'word' || tokens[first]!.depth !== 0) return undefined
  const mentions = article.registry.mentions
  const index = firstAtOrAfter(mentions, tokens[first]!.start)
  const mention = mentions[index]
  if (!mention || mention.start !== tokens[first]!.start || mention.start >= offset || mention.inPhrase || !mention.entity.person || !fits(mention.entity)) return undefined
  for (let other = index + 1; other < mentions.length && mentions[other]!.start < offset; other++) {
    if (mentions[other]!.entity !== mention.entity && fits(mentions[other]!.entity)) return undefined
  }
  return mention.entity
}

/**
 * The subordinate clauses in tokens [from, to), as offsets [start, end): from a subordinating
 * conjunction (`nadat`, `omdat`, …) to the next comma: a fronted subordinate clause ends at the
 * comma the main clause's finite verb follows (`Nadat Bos vertrok, werd Kok voorzitter.`), and
 * who it names is not who the sentence is about.
 */
function subordinateClauses(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const clauses: Array<[number, number]> = []
  for (let index = from; index < to; index++) {
    if (tokens[index]!.kind !== 'word' || !subordinators.has(tokens[index]!.lower)) continue
    let end = index + 1
    while (end < to && tokens[end]!.value !== ',') end++
    clauses.push([tokens[index]!.start, end < to ? tokens[end]!.start : tokens[to - 1]!.end])
    index = end
  }
  return clauses
}

/** How many tokens a sentence `previousSentence` reads may have (a long one is about many). */
const sentenceLimit = 120

/**
 * The sentence before the one at `offset` (in the paragraph before, when that one opens its
 * paragraph; not across a section break): its tokens [from, to), and where the sentence at
 * `offset` starts.
 */
function previousSentence(article: Article, offset: number): {tokens: Token[]; from: number; to: number; ownStart: number} | undefined {
  const block = blockOf(article, offset)
  let tokens = article.blocks[block]!.tokens
  const at = Math.min(tokens.length - 1, firstAtOrAfter(tokens, offset))
  if (at < 0) return undefined
  // (At most `sentenceLimit` tokens back in each: a pronoun after a sentence of thousands of
  // words costs no more than one after a short one.)
  let to = at
  while (to > 0 && tokens[to - 1]!.sentence === tokens[at]!.sentence) {
    to--
    if (at - to > sentenceLimit) return undefined
  }
  const ownStart = tokens[to]!.start
  if (to === 0) {
    if (block === 0 || article.blocks[block - 1]!.section !== article.blocks[block]!.section) return undefined
    tokens = article.blocks[block - 1]!.tokens
    to = tokens.length
    if (to === 0) return undefined
  }
  let from = to - 1
  while (from > 0 && tokens[from - 1]!.sentence === tokens[to - 1]!.sentence) {
    from--
    if (to - from > sentenceLimit) return undefined
  }
  return {tokens, from, to, ownStart}
}

/**
 * The one phrase that brings a source in with `een` and a role of `gender` in tokens [from, to),
 * outside a prepositional phrase (`Toen werd een vrouw uit Delft aangehouden.`); undefined when
 * there is none or more than one.
 */
function indefiniteOfGender(tokens: Token[], from: number, to: number, gender: 'male' | 'female'): SpeakerPhrase | undefined {
  let result: SpeakerPhrase | undefined
  for (let index = from; index < to; index++) {
    if (tokens[index]!.lower !== 'een' || (index > from && governingPrepositions.has(tokens[index - 1]!.lower))) continue
    const phrase = readSpeakerPhrase(tokens, index, to)
    // (A role that shows no gender, `een afgevaardigde`, is either's as the subject that opens
    // the sentence or follows a fronted word and a copula: `Milder was een afgevaardigde uit
    // Groningen.`)
    if (!phrase || phrase.kind !== 'role') continue
    const shown = genderOfRoles(phrase.roles)
    const subject = index === from || (index === from + 2 && copulas.has(tokens[from + 1]!.lower))
    if (shown !== gender && !(shown === null && subject)) continue
    if (result) return undefined
    result = phrase
    index = phrase.to - 1
  }
  return result
}

/** The unnamed source of an indefinite phrase, mentioned and introduced there, for `de vrouw` later too. */
function introduceIndefinite(article: Article, tokens: Token[], phrase: SpeakerPhrase): Entity {
  const start = tokens[phrase.from]!.start
  const end = tokens[phrase.to - 1]!.end
  return introduceUnnamed(article, article.value.slice(start, end), phrase.roles, start, end, start)
}

/**
 * The unnamed source `named` (made, or found, by the registry under `key`), mentioned at
 * `[start, end)` and recorded as introduced at `at`, in order, where a definite role looking
 * back will find it.
 */
export function introduceUnnamed(article: Article, named: string, roles: string[], start: number, end: number, at: number, key = named): Entity {
  const entity = article.registry.unnamed(named, roles, key)
  addMention(article, entity, named, start, end)
  const introduced = article.sources.introduced
  introduced.splice(firstAtOrAfter(introduced, at), 0, {entity, start: at})
  return entity
}

/**
 * The person named last before `offset` that fits, or an unnamed source introduced later whose
 * role shows the gender (`de bewoonster`; not `getuigen`, not `de politie`).
 */
function lastPerson(article: Article, offset: number, fits: (entity: Entity) => boolean, gender: 'male' | 'female'): Entity | undefined {
  const named = searchBack(article.registry.mentions, offset, (mention) => fits(mention.entity))
  const unnamed = searchBack(article.sources.introduced, offset, (entry) => entry.entity.gender === gender)
  return named && (!unnamed || named.start > unnamed.start) ? named.entity : unnamed?.entity
}

/**
 * The source last introduced with one of the roles before `offset`: a named person
 * (`staatssecretaris … Ilse Dekker`), an unnamed source (`een ondernemer uit Tiel` → `de
 * ondernemer`), or for `het bedrijf`, `de organisatie` the organisation last named.
 */
export function resolveRole(article: Article, discourse: Discourse, asked: string[], offset: number): Entity | undefined {
  // (`de raadsvrouw` is the `advocaat` introduced before: the role's synonyms fit too.)
  // (`de woordvoerster` is the `woordvoerder` introduced before: a woman's form fits its common form.)
  // (A loop, not `map` and `filter`: an optimized `map` gives a holey array and the interpreter's
  // a packed one, and this function, compiled for the one kind, was compiled again on the other.)
  const common: string[] = []
  for (const role of asked) {
    const form = commonFormOf(role)
    if (form !== undefined) common.push(form)
  }
  const synonyms = asked.flatMap(synonymsOf)
  const roles = synonyms.length > 0 || common.length > 0 ? [...asked, ...common, ...synonyms] : asked
  // `de staatssecretaris` fits `staatssecretaris` (and `de secretaris` fits it too);
  // `het CDA-Kamerlid` fits `kamerlid`, but `de onderminister` is no `minister`, and `de
  // premier` no `vicepremier`, `de oud-wethouder` no `wethouder` (`rankPrefixes`).
  // (Each entity is asked once: the same few come up in every mention looked back over.)
  const known = new Map<Entity, boolean>()
  // (`de christendemocraat` is a CDA'er: `partyFamilies`.)
  const party = asked.length === 1 ? partyAsked(asked[0]!) ?? partyFamilies.get(asked[0]!) : undefined
  const fits = (entity: Entity) => {
    let result = known.get(entity)
    if (result === undefined) {
      // (A held role's synonyms fit too: `de minister` is `bewindsman Kees Bos`.)
      result = entity.roles.some((role) => roles.some((wanted) => role === wanted || (role.endsWith(wanted) && !rankPrefixes.has(role.slice(0, role.length - wanted.length))) || (wanted.endsWith(role) && !rankPrefixes.has(wanted.slice(0, wanted.length - role.length)) && (wanted.charCodeAt(wanted.length - role.length - 1) === 45 || ofOwnBody(entity, wanted, role)))) || synonymsOf(role).some((synonym) => asked.includes(synonym)))
      // (A party's member or leader is one introduced with that party's name: `de VVD’er`, `de
      // VVD-leider` after `VVD-fractievoorzitter Dilan Yeşilgöz`.)
      // (So is one named with the party after them: `Kees Vos van de VVD`, `Kees Vos van PSV`.)
      if (!result && party !== undefined) result = entity.roles.some((role) => partyOf(role) === party || role === `${party}'er`) || (entity.person && entity.affiliations.includes(party))
      known.set(entity, result)
    }
    return result
  }
  const named = searchBack(article.registry.mentions, offset, (mention) => fits(mention.entity), 128)
  const unnamed = searchBack(article.sources.introduced, offset, (entry) => fits(entry.entity), 128)
  if (named && (!unnamed || named.start > unnamed.start)) return named.entity
  const institution = roles.some((role) => isInstitutionNoun(role))
  // (`het bedrijf` read before the firm had spoken stood for no one named; once the firm has
  // spoken, `het bedrijf` is the firm.)
  const generic = asked.some((role) => genericBodyNouns.has(role))
  // (A body known as another kind is not the one asked for: `het havenbedrijf` is not `de vakbond BTB`.)
  // (One known by a word for any body is of every kind: `ondernemersorganisatie` may be `de vereniging`.)
  // (A council is no kind of the body it sits in: `de ondernemingsraad` is not the firm, `de
  // gemeenteraad` not the municipality; only one introduced as a council is.)
  const council = asked.length > 0 && asked.every((role) => role.endsWith('raad'))
  // (A public service, `de politie`, is only one named as such.)
  const service = asked.length > 0 && asked.every((role) => serviceNouns.has(role))
  const ofKind = (entity: Entity) => generic || (!council && !service && !entity.roles.some((role) => isInstitutionNoun(role) && !endsInGenericBodyNoun(role))) || fits(entity)
  if (unnamed && institution && isDefinite(unnamed.entity)) return organisationNamed(article, discourse, offset, ofKind, true, generic) ?? unnamed.entity
  if (unnamed) return unnamed.entity
  // (Several bodies are no one of them: `volgens de besturen` after two hospitals are named.)
  return institution && !asked.every((role) => isPluralInstitution(role)) ? organisationNamed(article, discourse, offset, ofKind, false, generic) : undefined
}

/** Whether the entity was introduced in `role` or in one of `synonyms` (the role's, by default). */
export function holdsRole(entity: Entity, role: string, synonyms: readonly string[] = synonymsOf(role)): boolean {
  return entity.roles.some((held) => held === role || synonyms.includes(held))
}

/**
 * `de politiewoordvoerder` for `een woordvoerder van de politie` (or `Eva Kok, woordvoerder van de
 * politie`): a compound role whose first part is the body the one in the bare role was introduced
 * with (`de onderminister` is no `minister`: no body is named `onder`).
 */
function ofOwnBody(entity: Entity, wanted: string, role: string): boolean {
  const body = wanted.slice(0, wanted.length - role.length)
  if (body.length < 3) return false
  return entity.affiliations.some((affiliation) => affiliation === body || affiliation.startsWith(body + ' ')) || (entity.unnamed && entity.name.toLowerCase().includes(` ${body}`))
}

/** The party a member's or a leader's noun names (`vvd’er`, `vvd-leider` → `vvd`), if it is one. */
function partyAsked(role: string): string | undefined {
  const member = /^(.+?)['’]ers?$/.exec(role)
  if (member) return member[1]
  const dash = role.lastIndexOf('-')
  return dash > 0 && partyHeads.has(role.slice(dash + 1)) ? role.slice(0, dash) : undefined
}

/** The part before the hyphen of a role with a party's name (`vvd-fractievoorzitter` → `vvd`). */
function partyOf(role: string): string | undefined {
  const dash = role.lastIndexOf('-')
  return dash > 0 ? role.slice(0, dash) : undefined
}

/** Whether an unnamed source was brought in with a definite article (`het bedrijf`, not `een bedrijf`). */
function isDefinite(entity: Entity): boolean {
  const article = articleOf(entity)
  return article === 'de' || article === 'het'
}

/** The first word of an unnamed source's name, lower case (`de`, `het`, `een`; '' for a one-word name). */
function articleOf(entity: Entity): string {
  const space = entity.name.indexOf(' ')
  return space > 0 ? entity.name.slice(0, space).toLowerCase() : ''
}

/**
 * `het bedrijf`, `de organisatie`: an organisation that has spoken already; else the one the
 * article talks about, not one in a phrase (`bij het ministerie van Financiën`).
 */
function organisationNamed(article: Article, discourse: Discourse, offset: number, ofKind: (entity: Entity) => boolean, spokenOnly = false, generic = false): Entity | undefined {
  const registry = article.registry
  // (A one-word name that spoke may have been taken for a person's: `Volgens Brandwijk, …`.)
  // (Not a party or a body in brackets after a person's name, `Jan Peeters (N-VA)`: an
  // affiliation, no body the article talks about.)
  const organisation = (mention: NameMention) => !mention.entity.person && !mention.entity.unnamed && ofKind(mention.entity) && article.value.charCodeAt(mention.start - 1) !== 40
  const mayBeOrganisation = (mention: NameMention) =>
    organisation(mention) ||
    (!mention.entity.unnamed && mention.entity.roles.every((role) => isInstitutionNoun(role)) && mention.entity.gender === null && !isFirstName(mention.entity.parts[0]!) && ofKind(mention.entity))
  // (For `de organisatie`, a body brought in by a capitalised noun that has spoken counts too:
  // `Dat vindt de Woonbond …`.)
  const spoken = searchBack(registry.mentions, offset, (mention) => mayBeOrganisation(mention) && discourse.used.has(mention.entity), 64)
  const body = generic ? searchBack(article.sources.introduced, offset, (entry) => discourse.used.has(entry.entity) && isNamedBody(entry.entity), 64) : undefined
  if (body && (!spoken || body.start > spoken.start)) return body.entity
  return (
    spoken?.entity ??
    (spokenOnly ? undefined : searchBack(registry.mentions, offset, (mention) => organisation(mention) && !mention.inPhrase && (registry.isOrganisation(mention.entity) || mention.entity.roles.length > 0))?.entity)
  )
}

/** An unnamed source that is one body called by a capitalised noun (`de Woonbond`, not `het bedrijf`). */
function isNamedBody(entity: Entity): boolean {
  const noun = entity.name.slice(entity.name.indexOf(' ') + 1)
  return entity.roles.length > 0 && entity.roles.every((role) => isInstitutionNoun(role) && !isPluralRole(role)) && noun.charAt(0) !== noun.charAt(0).toLowerCase()
}

/**
 * `de projectleider van Gemeentewerken`: the person last named as working there (`Sara Kok
 * van Gemeentewerken`).
 */
export function resolveAffiliation(article: Article, tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
  let index = phrase.from + 1
  while (index < phrase.to && tokens[index]!.lower !== 'van' && tokens[index]!.lower !== 'bij') index++
  if (index >= phrase.to) return undefined
  index++
  if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
  const words: string[] = []
  while (index < phrase.to && tokens[index]!.capital) words.push(tokens[index++]!.lower)
  if (words.length === 0) return undefined
  const affiliation = words.join(' ')
  const registry = article.registry
  // (Someone placed at an organisation by a full name is a person, known first name or not.)
  const entity = searchBack(registry.mentions, offset, (mention) => (mention.entity.person || (mention.entity.parts.length > 1 && !registry.isOrganisation(mention.entity))) && mention.entity.affiliations.includes(affiliation))?.entity
  if (entity) entity.person = true
  return entity
}

/**
 * Whether `word` is a compound whose head is the one role, `man` or `vrouw`, of `roles`: `de
 * vrouw` goes back to `een buurvrouw`, `de man` to `een brandweerman` (the head of a Dutch
 * compound is its last part: ANS §9.3).
 */
function endsInGenericHead(word: string, roles: string[]): boolean {
  if (roles.length !== 1) return false
  const head = roles[0]!
  return (head === 'man' || head === 'vrouw') && word.length > head.length + 2 && word.endsWith(head)
}

/**
 * `de medewerker`, `het rapport`: the source the article brought in earlier as `een …` (`een
 * medewerker van de stichting`, `een rapport van de inspectie`), looked for in this and the
 * five paragraphs before.
 */
export function indefiniteAntecedent(article: Article, roles: string[], offset: number): Entity | undefined {
  const last = blockOf(article, offset)
  // `het document` may go back to `een nieuwe brochure`.
  const documents = roles.every((role) => isDocumentNoun(role))
  // (And `de boer` to `een melkveehouder`: a role's synonyms name the same one.)
  const synonyms = roles.length === 1 ? synonymsOf(roles[0]!) : []
  const nouns = synonyms.length > 0 ? [...roles, ...synonyms] : roles
  // At most 1,500 tokens back, so that a long paragraph full of such roles stays linear.
  let budget = 1500
  for (let block = last; block >= 0 && last - block <= 5 && budget > 0; block--) {
    const tokens = article.blocks[block]!.tokens
    // Start at the last token before `offset` (binary search), not at the block's end.
    let index = Math.min(tokens.length, firstAtOrAfter(tokens, offset)) - 1
    for (; index > 0 && budget > 0; index--, budget--) {
      const token = tokens[index]!
      if (token.depth !== 0 || !(nouns.includes(token.lower) || (documents && isDocumentNoun(token.lower)) || endsInGenericHead(token.lower, roles))) continue
      // `een` before the noun, through at most two adjectives; or none before a plural with a
      // phrase of its own (`de onderzoekers` after `metingen van onderzoekers van het instituut`).
      let determiner = index - 1
      while (determiner > 0 && index - determiner < 3 && tokens[determiner]!.lower !== 'een') determiner--
      const bare = tokens[determiner]!.lower !== 'een' && isBarePluralSource(tokens, index, roles)
      if (tokens[determiner]!.lower !== 'een' && !bare) continue
      if (bare) determiner = index
      const phrase = readSpeakerPhrase(tokens, determiner)
      if (bare && (!phrase || phrase.to <= index + 1)) continue
      if (!phrase || phrase.kind !== 'role' || phrase.to <= index) continue
      // (In apposition to a person's name, it is that person: `Caroline Aerts, een Gentse die …`.)
      const named = appositionTo(article, tokens, determiner)
      if (named) return named
      const text = article.value.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
      const entity = article.registry.unnamed(text, phrase.roles)
      addMention(article, entity, text, tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
      return entity
    }
  }
  return undefined
}

/** Whether the plural role of `roles` stands at `index` with no article or determiner before it (`van onderzoekers van …`). */
function isBarePluralSource(tokens: Token[], index: number, roles: string[]): boolean {
  if (roles.length !== 1 || !isPluralRole(roles[0]!) || tokens[index]!.lower !== roles[0]) return false
  const before = tokens[index - 1]!
  return before.kind !== 'word' || !(articlesAndPossessives.has(before.lower) || before.lower === 'die' || before.lower === 'deze')
}

/** The person whose name ends right before the comma (or the `is`) before `index` (`Caroline Aerts, | een Gentse`, `Kees Vos is | een Fries`), if any. */
function appositionTo(article: Article, tokens: Token[], index: number): Entity | undefined {
  const comma = tokens[index - 1]
  const name = tokens[index - 2]
  // (Or the nominal after a name and `is`: `Kees Vos is een Fries van 45.`)
  const linked = comma !== undefined && (comma.value === ',' || comma.lower === 'is' || comma.lower === 'was')
  if (!comma || !linked || !name || name.kind !== 'word' || !name.capital) return undefined
  return personEndingAt(article, name)
}

/** The person a name mention that ends with the word `last` names (`Ria Bos` for `Bos`), if any. */
export function personEndingAt(article: Article, last: Token): Entity | undefined {
  const mention = searchBack(article.registry.mentions, last.end, (item) => (item.end === last.end ? true : item.end < last.end ? 'stop' : false), 4)
  return mention?.entity.person ? mention.entity : undefined
}

/** An unnamed source every role of which is a plural (`buurtbewoners`, `de ouders`), or people who speak together. */
export function isGroup(entity: Entity): boolean {
  return entity.group === true || (entity.unnamed && entity.roles.length > 0 && entity.roles.every((role) => isPluralRole(role)))
}

/**
 * Whether `person`'s last mention before `offset` is in a prepositional phrase of the sentence
 * that last mentions `source`, after it (`Een woordvoerder … tegen de schorsing van Dijkhuizen.`).
 */
function namedInSourcePhrase(article: Article, person: Entity, source: Entity, offset: number): boolean {
  const mention = searchBack(article.registry.mentions, offset, (item) => item.entity === person, 64)
  const from = lastMentionBefore(source, offset)
  if (!mention || !mention.inPhrase || from === -1 || mention.start < from || blockOf(article, from) !== mention.block) return false
  // (In one sentence of the paragraph, as the tokenizer reads it.)
  const tokens = article.blocks[mention.block]!.tokens
  return tokens[firstAtOrAfter(tokens, from)]?.sentence === tokens[firstAtOrAfter(tokens, mention.start)]?.sentence
}

/** Where the entity was last mentioned before `offset` (-1: not before it). */
function lastMentionBefore(entity: Entity, offset: number): number {
  const index = firstAtOrAfter(entity.mentions, offset)
  return index > 0 ? entity.mentions[index - 1]!.start : -1
}

/** Whether an unnamed source is a body named by its kind only (`de gemeente`, `de gemeente Noordhoven`), not a person of it. */
function isBodyByKind(entity: Entity): boolean {
  return entity.unnamed && !entity.person && isInstitution(entity)
}
