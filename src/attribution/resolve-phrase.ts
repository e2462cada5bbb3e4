/**
 * Resolve a speaker phrase (a pronoun, a name, a role or an unnamed source, as
 * `readSpeakerPhrase` reads it) to an entity of the registry.
 *
 * A pronoun goes to the speaker who is talking or the person named last whose gender fits
 * (`pronoun`); a name to its entity (a surname to the full name); a definite role (`de
 * wethouder`, `zijn collega`) to the one introduced with it, or else to the person the
 * paragraph is about (`role`); any other phrase names an unnamed source of its own (`een
 * buurvrouw`). Resolving records what it learns in `article.sources` (and the registry), so
 * that a phrase names the same entity whichever rule reads it.
 */
import {rolePrepositions, sentenceOpeners} from '../lexicon/clause-words.js'
import {isFirstName} from '../lexicon/first-names.js'
import {functionWords, nameParticles} from '../lexicon/function-words.js'
import {abstractNounEnding, contrastingWords, phraseDeterminers} from '../lexicon/phrase-words.js'
import {writersOwnMedia} from '../lexicon/reference-words.js'
import {ageDecades, childNouns, courtRoles, expertPlurals, familyGroupNouns, genderOfRoles, lawyerRoles, isDocumentNoun, isInstitutionNoun, isPluralRole, isSpokespersonRole, kinNouns, placeBodies, publicOffices, rankPrefixes, synonymsOf, trades, trialParties} from '../lexicon/roles.js'
import type {AttributionMethod} from '../tree/types.js'
import {type Article, blockOf, isWriter} from './article.js'
import {appositionAfter, appositionRole, relativeClauseTo, sentenceStartOf} from './clauses.js'
import type {Discourse} from './discourse.js'
import type {Entity} from './find-speakers.js'
import {isOriginAdjective, isOriginWord, namedBodyHead, readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {afterParenthesis, followsQuotedStop, fullStopWithin, isRoleToken, type Token} from './read-tokens.js'
import {addMention, identifiedNext, indefiniteAntecedent, introduceUnnamed, isGroup, lastMentionWithin, nearestPerson, possessorOf, resolveAffiliation, resolvePronoun, resolveRole, sentenceSubjectFor} from './references.js'
import type {Found} from './sieves/sieve.js'
import {firstAtOrAfter, searchBack} from './search-back.js'
import {agedWord} from './token-patterns.js'

/** Resolve a phrase to an entity: see the module's comment. */
export function resolvePhrase(
  article: Article,
  discourse: Discourse,
  tokens: Token[],
  phrase: SpeakerPhrase,
  cue: string | null,
  method: AttributionMethod,
  offset: number,
  local: boolean
): Found | undefined {
  const text = article.value.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
  if (phrase.kind === 'pronoun') {
    const pronoun = tokens[phrase.from]!.lower
    // `ze` and `zij` with a plural verb (`stellen zij`, `zeiden ze`) are a group, not a woman.
    // (The finite verb next to the pronoun tells, not a cue further on: `Zij moet erom lachen`.)
    const plural = (pronoun === 'ze' || pronoun === 'zij') && cue !== null && (isPluralFiniteWord(tokens[phrase.from - 1]) || isPluralFiniteWord(tokens[phrase.to]))
    // (`Wim Smit en Ria Bos runnen een camping. „…”, vertellen ze.`: the two named together, in
    // this paragraph or at the end of the one before.)
    const joint = plural ? pairBefore(article, blockOf(article, tokens[phrase.from]!.start), tokens, phrase.from, offset) : undefined
    if (joint) return {entity: joint, mention: text, cue, method: 'pronoun', local}
    const identified = identifiedNext(article, tokens, phrase)
    // (`Een vrouw komt aanlopen. „Weg!”, roept ze. Het is Anja de Boer.`: the unnamed source
    // brought on is that person.)
    const current = discourse.current?.entity
    if (identified && current?.unnamed && current !== identified && (current.gender === null || current.gender === identified.gender)) article.sources.identified.set(current, identified)
    // (At the pronoun when it stands before `offset`: `Hij vertelde dat Vos … ‘…’` is not Vos.)
    // (`volgens haar`: the woman the sentence opens with, named or by her role.)
    const subject = !identified && !plural && cue?.toLowerCase() === 'volgens' ? sentenceSubjectFor(article, discourse, pronoun, tokens[phrase.from]!.start) : undefined
    // (Nor one named in the clause the pronoun's verb reports: in `schreef hij dat Vos „…”` he is
    // not Vos, as no name in a pronoun's own clause is the pronoun.)
    const bound = identified || subject || plural ? undefined : namedInReportedClause(article, tokens, phrase.to)
    const entity = identified ?? subject ?? resolvePronoun(article, discourse, pronoun, Math.min(offset, tokens[phrase.from]!.start), plural, bound)
    return entity ? {entity, mention: text, cue, method: 'pronoun', local} : undefined
  }
  if (phrase.kind === 'name') {
    // `de gemeente Utrecht`, `politie Amsterdam`: a body named by its place is that body, not the place.
    const body = tokens[phrase.nameFrom - 1]
    const place = phrase.nameTo - phrase.nameFrom <= 2 && !tokens.slice(phrase.nameFrom, phrase.nameTo).some((token) => isFirstName(token.lower))
    // (So is a family named by its surname: `de familie Terpstra` is no Terpstra named before.)
    if (phrase.nameFrom > phrase.from && body !== undefined && (placeBodies.has(body.lower) || familyGroupNouns.has(body.lower)) && place) {
      const start = tokens[phrase.from]!.start
      const end = tokens[phrase.nameTo - 1]!.end
      const named = article.value.slice(start, end)
      // (Introduced where the place's name stands, so that `de gemeente` later is this body, not the place.)
      const entity = introduceUnnamed(article, named, phrase.roles, start, end, tokens[phrase.nameFrom]!.start)
      return {entity, mention: named, cue, method, local}
    }
    const name = article.value.slice(tokens[phrase.nameFrom]!.start, tokens[phrase.nameTo - 1]!.end)
    // A title's gender picks among people who share the surname (`zegt mevrouw Vos`).
    const named = article.registry.resolveName(name, offset, genderOfRoles(phrase.roles))
    if (!named) return undefined
    // (With a cue only: the subject of a sentence of the writer's, `Hofstede kijkt …`, may turn to
    // the other.)
    // (Nor when a title tells which one: `zegt mevrouw Vos`.)
    const entity = (cue !== null && phrase.roles.length === 0 ? talkingNamesake(discourse, named, name) : undefined) ?? named
    // Someone quoted by name speaks for themselves: a person, unless the name is an organisation's.
    if (cue !== null && !entity.person && !entity.unnamed && !entity.work && !article.registry.isOrganisation(entity)) entity.person = true
    // (So do names before a colon: `Eva Kok (23) en Anna Smit (24): „…”`.)
    const group = (cue !== null || method === 'colon') && phrase.joined ? resolveGroup(article, tokens, phrase, entity, offset) : undefined
    if (group) return {entity: group.entity, mention: group.mention, cue, method, local}
    if (entity.person) identifyUnnamed(article, discourse, tokens, phrase, entity, offset)
    return {entity, mention: name, cue, method, local}
  }
  return resolveRolePhrase(article, discourse, tokens, phrase, text, cue, method, offset, local)
}

/**
 * A surname two people share is the one of them who is talking (`Volgens Vermeulen …` while
 * Marja Vermeulen talks, though her son Thijs Vermeulen was named with it first).
 */
function talkingNamesake(discourse: Discourse, named: Entity, name: string): Entity | undefined {
  const talking = discourse.current?.entity
  // (A surname alone, with its particles: `Vermeulen`, `Van Dam`.)
  const surnameOnly = !name.includes(' ') || nameParticles.has(name.slice(0, name.indexOf(' ')).toLowerCase())
  if (talking === undefined || talking === named || !talking.person || !named.person || talking.parts.length < 2 || !surnameOnly) return undefined
  return talking.name.toLowerCase().endsWith(' ' + name.toLowerCase()) ? talking : undefined
}

/** See `resolvePhrase`: a role or an unnamed source (`text` is the phrase as written). */
function resolveRolePhrase(
  article: Article,
  discourse: Discourse,
  tokens: Token[],
  phrase: SpeakerPhrase,
  text: string,
  cue: string | null,
  method: AttributionMethod,
  offset: number,
  local: boolean
): Found | undefined {
  // A capitalised role word alone that is a person's surname is that person (`Kok: „…”` after
  // `Piet Kok`; `kok` is also a role), and so with its capital particle (`De Boer` after `Mark de
  // Boer`, not a farmer).
  const lone = tokens[phrase.from]!
  const particled = phrase.to === phrase.from + 2 && nameParticles.has(lone.lower) && tokens[phrase.from + 1]!.capital
  if (lone.capital && (phrase.to === phrase.from + 1 || particled)) {
    const named = article.registry.resolveName(text, offset)
    if (named?.person && (!particled || named.parts.length > 1)) return {entity: named, mention: text, cue, method, local}
  }
  // A definite or possessive role refers back (`de wethouder`, `zijn collega`).
  const determiner = tokens[phrase.from]!.lower
  const definite = determiner === 'de' || determiner === 'het' || determiner === 'zijn' || determiner === 'haar' || determiner === 'hun' || determiner === 'deze' || determiner === 'dit' || determiner === 'die' || determiner === 'dezelfde' || determiner === 'hetzelfde'
  // An institution with its own name or complement (`het ministerie van Onderwijs`, `de Belgische
  // overheid`) is one of its own, not `het bedrijf` named before.
  // (A complement that is a bare plural only says what kind it is: `de belangenorganisatie van
  // boeren` after `LTO Noord` is that one.)
  const specific = phrase.roles.some((role) => isInstitutionNoun(role)) && hasOwnComplement(tokens, phrase.from + 1, phrase.to)
  // A relative clause makes a new one (`De advocaat die hem bijstaat`, `De stichting die … beheert, Groenfonds,`).
  // (`dat` after a person's noun with `de` is the conjunction: `erkent de directeur dat …`; a
  // person is no `het`-word but `het kind`, `het lid`, which take `dat`.)
  const person = determiner === 'de' && phrase.roles.length > 0 && !phrase.roles.some((role) => isInstitutionNoun(role))
  const relative = tokens[phrase.to]?.lower === 'die' || (tokens[phrase.to]?.lower === 'dat' && !person)
  if (relative && phrase.kind === 'role') {
    const named = appositionAfter(tokens, phrase.to)
    if (named) {
      const entity = article.registry.resolveName(article.value.slice(tokens[named.nameFrom]!.start, tokens[named.nameTo - 1]!.end), offset)
      if (entity) return {entity, mention: text, cue, method, local}
    }
  }
  // A person's role with a body after it (`de voorzitter van de bewonerscommissie`) is the one
  // named in that role with that body (`Rob Smit, voorzitter van de bewonerscommissie,`); else a
  // source of its own.
  const bodyNoun = phrase.kind === 'role' && definite && !relative && phrase.roles.length > 1 && !isInstitutionNoun(phrase.roles[0]!) ? phrase.roles.slice(1).find((role) => isInstitutionNoun(role)) : undefined
  if (bodyNoun) {
    const entity = referBack(article, discourse, tokens, {...phrase, roles: [phrase.roles[0]!]}, offset)
    if (entity && namedWithBody(article, entity, bodyNoun)) return {entity, mention: text, cue, method: 'role', local}
    // (Opening the sentence after one that opens with a person named with no role, it tells who
    // that person is: `Kees Vos kent het gebied. De onderzoeker aan de universiteit van Leeds
    // bevestigt …`.)
    const described = tokens[phrase.from]!.lower === 'de' ? introducedJustBefore(article, tokens, phrase.from) : undefined
    if (described) return {entity: described, mention: text, cue, method: 'role', local}
  }
  if (phrase.kind === 'role' && definite && !specific && !relative) {
    const entity = referBack(article, discourse, tokens, phrase, offset)
    // `aldus de verklaring` of `een verklaring` the one talking put out: theirs.
    const author = entity ? authorOfDocument(article, discourse, phrase, entity) : undefined
    if (author) return {entity: author, mention: text, cue, method: 'role', local}
    // `de jongste jongen`, `de andere vrouw` after `een jongen`, `een vrouw`: another one.
    if (entity && !(entity.unnamed && setsApart(tokens, phrase, entity))) return {entity, mention: text, cue, method: 'role', local}
    // `Heliant handhaaft de verwachting. Het bedrijf zegt …`: a body's noun alone is the name that
    // opens the sentence before, which nothing else made a source.
    const body = entity ? undefined : bodyOpeningBefore(article, tokens, phrase) ?? bodyOfExperts(article, tokens, phrase)
    if (body) return {entity: body, mention: text, cue, method: 'role', local}
  }
  // `deze krant` is the writer's own paper: it asks, it does not speak.
  if (determiner === 'deze' && phrase.roles.length === 1 && writersOwnMedia.has(phrase.roles[0]!)) return undefined
  const {entity, named} = unnamedSource(article, tokens, phrase, relative, text)
  // (`„…”, zegt een lasser. Hij heet Ronald Smit …`: the source is named next.)
  const namedNext = determiner === 'een' ? namedInNextSentence(article, tokens, phrase) : undefined
  if (namedNext && namedNext !== entity) article.sources.identified.set(entity, namedNext)
  return {entity, mention: named, cue, method, local}
}

/** How many tokens on from a source brought in with `een` the sentence that names it may start. */
const namingReach = 60

/**
 * The person a sentence soon after the phrase names with `heet`: the next one, after a sentence
 * end within a few words (`„…”, zegt een lasser. Hij heet Ronald Smit`), or one of the next three
 * that opens with the phrase's noun (`Een vrouw spreekt hem aan. „…” De vrouw heet Ans Kuipers
 * en …`): a source introduced unnamed, named next.
 */
function namedInNextSentence(article: Article, tokens: Token[], phrase: SpeakerPhrase): Entity | undefined {
  const stop = fullStopWithin(tokens, phrase.to, 6)
  const pronoun = tokens[stop + 1]?.lower
  const next = stop !== -1 && (pronoun === 'hij' || pronoun === 'zij' || pronoun === 'ze') ? namedWithHeet(article, tokens, stop + 2) : undefined
  if (next) return next
  const limit = Math.min(tokens.length, phrase.to + namingReach)
  let starts = 0
  for (let index = phrase.to + 1; index < limit && starts < 3; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word' || !(token.sentence !== tokens[index - 1]!.sentence || followsQuotedStop(tokens, index))) continue
    starts++
    if (token.lower === 'de' && phrase.roles.includes(tokens[index + 1]?.lower ?? '')) return namedWithHeet(article, tokens, index + 2)
    // (Or a pronoun of the phrase's gender: `Een vrouw blijft staan. „…” Ze heet Riek Bos.`)
    if (tokens[index + 1]?.lower === 'heet' && pronounFitsRoles(token.lower, phrase.roles)) return namedWithHeet(article, tokens, index + 1)
  }
  return undefined
}

/** Whether `hij`, `zij` or `ze` may stand for one in those roles (a role that shows no gender fits both). */
function pronounFitsRoles(pronoun: string, roles: readonly string[]): boolean {
  if (pronoun !== 'hij' && pronoun !== 'zij' && pronoun !== 'ze') return false
  const gender = genderOfRoles(roles)
  return gender === null || gender === (pronoun === 'hij' ? 'male' : 'female')
}

/** The person named right after `heet` at `index` (`heet Ronald Smit`). */
function namedWithHeet(article: Article, tokens: Token[], index: number): Entity | undefined {
  if (tokens[index]?.lower !== 'heet') return undefined
  const named = readSpeakerPhrase(tokens, index + 1)
  if (!named || named.kind !== 'name' || named.from !== index + 1) return undefined
  const entity = article.registry.resolveName(article.value.slice(tokens[named.nameFrom]!.start, tokens[named.nameTo - 1]!.end), tokens[named.nameTo - 1]!.end)
  return entity?.person ? entity : undefined
}

/**
 * The person named in a clause of `dat` or `of` right after a pronoun and its verb (`schreef hij
 * dat Vos „…”`), up to a quote or the sentence's end; none past eight words.
 */
function namedInReportedClause(article: Article, tokens: Token[], from: number): Entity | undefined {
  let index = from
  while (index < tokens.length && index - from < 3 && tokens[index]!.kind === 'word' && tokens[index]!.lower !== 'dat' && tokens[index]!.lower !== 'of') index++
  const conjunction = tokens[index]
  if (!conjunction || (conjunction.lower !== 'dat' && conjunction.lower !== 'of')) return undefined
  const mentions = article.registry.mentions
  for (let at = index + 1; at < tokens.length && at - index <= 8; at++) {
    const token = tokens[at]!
    if (token.kind === 'open' || token.sentence !== conjunction.sentence) return undefined
    const mention = mentions[firstAtOrAfter(mentions, token.start)]
    if (mention?.start === token.start && mention.entity.person) return mention.entity
  }
  return undefined
}

/** How many tokens after a mention of a person the body they were named with may stand. */
const bodyReach = 8

/**
 * The person named in full, with no role, who opens the sentence before the one that `index`
 * opens, in the same paragraph.
 */
function introducedJustBefore(article: Article, tokens: Token[], index: number): Entity | undefined {
  if (index === 0 || sentenceStartOf(tokens, index) !== index) return undefined
  const start = tokens[sentenceStartOf(tokens, index - 1)]!.start
  const mentions = article.registry.mentions
  const mention = mentions[firstAtOrAfter(mentions, start)]
  const entity = mention?.start === start ? mention.entity : undefined
  return entity && entity.person && entity.parts.length > 1 && entity.roles.length === 0 ? entity : undefined
}

/**
 * The one person the sentence before the one that `index` opens (in the same paragraph) names
 * for the first time, in full and with no role, when it names no other person.
 */
function newcomerJustBefore(article: Article, tokens: Token[], index: number): Entity | undefined {
  if (index === 0 || sentenceStartOf(tokens, index) !== index) return undefined
  const from = tokens[sentenceStartOf(tokens, index - 1)]!.start
  const to = tokens[index]!.start
  const mentions = article.registry.mentions
  let found: Entity | undefined
  for (let at = firstAtOrAfter(mentions, from); at < mentions.length && mentions[at]!.start < to; at++) {
    const entity = mentions[at]!.entity
    if (!entity.person || entity === found) continue
    if (found || entity.mentions[0]!.start < from || entity.parts.length < 2 || entity.roles.length > 0) return undefined
    found = entity
  }
  return found
}

/** Whether a mention of `entity` has `body` (a noun, lower case) in the words right after it (`Rob Smit, voorzitter van de bewonerscommissie`). */
function namedWithBody(article: Article, entity: Entity, body: string): boolean {
  if (entity.affiliations.includes(body) || entity.name.toLowerCase().includes(body)) return true
  for (const mention of entity.mentions) {
    const tokens = article.blocks[blockOf(article, mention.start)]!.tokens
    const at = firstAtOrAfter(tokens, mention.end)
    for (let index = at; index < tokens.length && index - at < bodyReach; index++) if (tokens[index]!.lower === body) return true
  }
  return false
}

/**
 * A document named again by its noun alone (`de verklaring`, `het rapport`) after an unnamed one
 * (`een schriftelijke verklaring`): the one who is talking, whose document it is, when that one
 * is no document itself and not the writer.
 */
function authorOfDocument(article: Article, discourse: Discourse, phrase: SpeakerPhrase, document: Entity): Entity | undefined {
  if (phrase.to !== phrase.from + 2 || phrase.roles.length !== 1 || !isDocumentNoun(phrase.roles[0]!) || !document.unnamed || !document.roles.every((role) => isDocumentNoun(role))) return undefined
  // (Not one whose maker was named with it: `een rapport van het kenniscentrum` is its own.)
  if (document.name.includes(' van ')) return undefined
  const current = discourse.current?.entity
  return current && current !== document && !current.roles.some((role) => isDocumentNoun(role)) && !isWriter(article, current) ? current : undefined
}

/**
 * `De man, Ruud Kroes, woont …`: a definite role that refers back to an unnamed source, with a
 * person's name in apposition, names that source: from then on, and for the quotes given to it
 * before, it is that person (the guide: a source the article names later goes by the name;
 * `article.sources.identified`, applied when the registry is written).
 */
function identifyUnnamed(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, person: Entity, offset: number): void {
  const determiner = tokens[phrase.from]!.lower
  const comma = phrase.nameFrom - 1
  // (Or a demonstrative: `Die woordvoerder, Lisa Mahabier, erkent …`.)
  if ((determiner !== 'de' && determiner !== 'het' && determiner !== 'die' && determiner !== 'deze') || comma <= phrase.from + 1 || tokens[comma]!.value !== ',') return
  const role: SpeakerPhrase = {kind: 'role', from: phrase.from, to: comma, nameFrom: -1, nameTo: -1, roles: phrase.roles}
  // (The one introduced with the same words after the article comes first: `De woordvoerder van
  // Schiphol, Kees Hoogeveen,` is `een woordvoerder van Schiphol`, not a later `een woordvoerder
  // van NedAir`.)
  const words = article.value.slice(tokens[phrase.from + 1]!.start, tokens[comma - 1]!.end).toLowerCase()
  // (Or with the same head noun and a phrase of its own: `De boswachter, Erik Kamphuis,` is `een
  // boswachter van Natuurbeheer Drenthe`.)
  const head = phrase.roles.length === 1 && comma === phrase.from + 2 ? phrase.roles[0] : undefined
  // (Or the words the source's name opens with, its body's name cut short: `De woordvoerder van
  // de politie, Rick Postma,` is `een woordvoerder van de politie Twente`.)
  const sameWords = (name: string) => name.endsWith(' ' + words) || name.includes(' ' + words + ' ')
  const source = searchBack(article.sources.introduced, offset, (entry) => entry.entity.unnamed && (sameWords(entry.entity.name.toLowerCase()) || (head !== undefined && entry.entity.roles[0] === head)), 64)?.entity ?? referBack(article, discourse, tokens, role, offset)
  if (source && source.unnamed && source !== person) article.sources.identified.set(source, person)
}

/** Whether tokens [from, to) hold a capitalised word, or a preposition before anything but a bare lower-case noun. */
function hasOwnComplement(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    if (token.capital || namedBodyHead(token) !== undefined) return true
    // (`uit` and a place tells where the body is from, not which it is: `De club uit Leeuwarden`.)
    if (token.lower === 'uit') return false
    if (!rolePrepositions.has(token.lower)) continue
    const next = tokens[index + 1]
    const bare = index + 2 === to && next !== undefined && next.kind === 'word' && !next.capital && !functionWords.has(next.lower)
    if (!bare) return true
  }
  return false
}

/**
 * An unnamed source named by the phrase (made, or found, by the registry), with its mention
 * recorded, and the text it is named with.
 */
function unnamedSource(article: Article, tokens: Token[], phrase: SpeakerPhrase, relative: boolean, text: string): {entity: Entity; named: string} {
  // A source is named by its noun phrase without its relative clause (the annotation guide:
  // `een agent die er woont` is `een agent`), but told apart by it: `een agent die …` and `een
  // agent die …` later are two sources. (A document's clause never tells it apart: `een brief die
  // de bond stuurde` is the one `een brief`.)
  const to = relative && phrase.kind === 'role' && !phrase.roles.some((role) => isDocumentNoun(role)) ? relativeClauseTo(tokens, phrase.to) : phrase.to
  const start = tokens[phrase.from]!.start
  const end = tokens[phrase.to - 1]!.end
  const full = to === phrase.to ? text : article.value.slice(start, tokens[to - 1]!.end)
  const named = text
  const entity = introduceUnnamed(article, named, phrase.roles, start, end, start, full)
  // An apposition gives it another role: `een van de demonstranten, een 23-jarige student uit Gent`.
  const role = appositionRole(tokens, to)
  if (role !== undefined && !entity.roles.includes(role)) {
    entity.roles.push(role)
    entity.gender ??= genderOfRoles([role])
  }
  return {entity, named}
}

/** `zijn verklaring`, `haar brief`: the person the possessive stands for, when the phrase is one document noun. */
function possessedDocument(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
  if (phrase.to !== phrase.from + 2 || phrase.roles.length !== 1 || !isDocumentNoun(phrase.roles[0]!)) return undefined
  // (An unnamed source's too: `Een oud-medewerkster stapte naar de politie. „…”, staat in haar
  // verklaring.` is hers.)
  const owner = possessorOf(article, discourse, tokens[phrase.from]!.lower, offset)
  return owner && (owner.person || owner.unnamed) ? owner : undefined
}

/**
 * The person the article is about, as far as `offset`: the one it has named most (the first named
 * on a tie), not the writer; of `gender` when one is given (`Wij spraken hem …`, the one an
 * interview whose answers are not quoted is with).
 */
export function mainPerson(article: Article, offset: number, gender?: 'male' | 'female'): Entity | undefined {
  return mostNamed(article, offset, (entity) => entity.person && !isWriter(article, entity) && (gender === undefined || entity.gender === null || entity.gender === gender), true)
}

/**
 * Of the entities that `fits` among the last 256 mentions before `offset`, the one with the most
 * mentions before it (the later one on a tie, or with `earlierOnTie` the one named first).
 * Bounded, so that many such phrases stay linear.
 */
function mostNamed(article: Article, offset: number, fits: (entity: Entity) => boolean, earlierOnTie = false): Entity | undefined {
  const counts = new Map<Entity, number>()
  searchBack(article.registry.mentions, offset, (mention) => {
    if (!counts.has(mention.entity) && fits(mention.entity)) counts.set(mention.entity, firstAtOrAfter(mention.entity.mentions, offset))
    return false
  }, 256)
  let best: Entity | undefined
  let bestCount = 0
  for (const [entity, count] of counts) {
    // (`earlierOnTie`: the one named first, whom an article that opens with them is about.)
    if (count > bestCount || (earlierOnTie && count === bestCount && best !== undefined && entity.mentions[0]!.start < best.mentions[0]!.start)) {
      best = entity
      bestCount = count
    }
  }
  return best
}

/**
 * A role not introduced as such that describes someone the article named: an age the article
 * gave them (`de 52-jarige` after `Dennis Wolters (52)`); an age or an origin after `de` (`De
 * 21-jarige Zeeuw`, `de Fries`), the person named last before it, whom it varies on; `de
 * verdachte`, the person named by a surname's initial only (`Gerrit-Jan W.`), as the Dutch press
 * names a suspect. Before the one talking.
 */
function describedPerson(article: Article, tokens: Token[], phrase: SpeakerPhrase, offset: number, fits: (entity: Entity) => boolean, talking?: Entity): Entity | undefined {
  const start = tokens[phrase.from]!.start
  const age = ageIn(tokens, phrase)
  // (Or an unnamed source brought on with that age or from that place, when it came later: `een
  // 52-jarige postbode uit Kampen` … `de Kampenaar`, though a man from Kampen was named before.)
  const fromPlace = originWordIn(tokens, phrase)
  const unnamed = age === undefined && fromPlace === undefined ? undefined : searchBack(article.sources.introduced, start, (entry) => describedBy(entry.entity.name, age, fromPlace))
  const aged = age === undefined ? undefined : searchBack(article.registry.mentions, start, (mention) => mention.entity.person && mention.entity.age === age)
  if (aged) return unnamed && unnamed.start > aged.start ? unnamed.entity : aged.entity
  // `de twintiger`: the person named last whose age is in that decade (`Sanne Bos (29)`).
  const decade = phrase.roles.length === 1 ? ageDecades.get(phrase.roles[0]!) : undefined
  const ofDecade = decade === undefined ? undefined : searchBack(article.registry.mentions, start, (mention) => mention.entity.person && mention.entity.age !== undefined && Math.floor(mention.entity.age / 10) * 10 === decade)
  if (ofDecade) return ofDecade.entity
  // `de Utrechtse`, `de Amsterdammer`: the person named as from that place (`Ineke Pols uit
  // Utrecht`), wherever before.
  const native = fromPlace === undefined ? undefined : searchBack(article.registry.mentions, start, (mention) => mention.entity.person && mention.entity.origin !== undefined && mention.entity.origin.split(' ').some((place) => isOfPlace(fromPlace, place)) && fits(mention.entity))
  if (native) return unnamed && unnamed.start > native.start ? unnamed.entity : native.entity
  if (unnamed) return unnamed.entity
  // (Not one the article gave another age: `de 45-jarige` is not `Piet Bos (70)`.)
  // (Nor, for a person's word, a body, whatever a pronoun or a cue made of its name: `de
  // Deventenaar` is a person; `de Amerikaanse maatschappij` may be a body.)
  const personsWord = !phrase.roles.some((role) => isInstitutionNoun(role))
  // (Nor one the article gave another country's adjective: `de Deen` is not `de Ghanese Kwame Asante`.)
  const ageFits = (entity: Entity) => fits(entity) && (age === undefined || entity.age === undefined || entity.age === age) && !(personsWord && (article.registry.isOrganisation(entity) || entity.roles.some((role) => isInstitutionNoun(role)))) && !(fromPlace !== undefined && otherOrigin(fromPlace, entity))
  const describes = tokens[phrase.from]!.lower === 'de' && describesAgeOrOrigin(tokens, phrase)
  // (An age no one was given, for an unnamed source who is talking and was given none: `Een
  // supporter noemt de club ‘…’. ‘…’, zegt de 76-jarige.`)
  if (describes && age !== undefined && talking?.unnamed && !talking.roles.some((role) => isInstitutionNoun(role) || isPluralRole(role)) && !agedName.test(talking.name) && fits(talking)) return talking
  const described = describes ? nearestPerson(article, blockOf(article, offset), start, undefined, ageFits) : undefined
  if (described && !isWriter(article, described.entity)) return withAge(described.entity, age)
  // (Or a full name no word marked as a person's yet, named last: `In het dorp verbouwt Tarek
  // Fathy rijst.` … `zegt de 58-jarige`. An age or an origin is a person's.)
  const unmarked = describes && personsWord ? lastNamedUnmarked(article, blockOf(article, offset), start, ageFits) : undefined
  if (unmarked) {
    unmarked.person = true
    return withAge(unmarked, age)
  }
  // (Or, for an age, the one talking, when no one named in this paragraph or the one before in
  // the section fits: `De schrijfster reageert blij. „…”, zegt de 34-jarige.` after a subheading.)
  if (describes && age !== undefined && talking !== undefined && talking.person && !isWriter(article, talking) && ageFits(talking)) return talking
  // (With no one in the section, as after a subheading: the one named in full the article is
  // about, `De Fries` of a portrait.)
  const block = blockOf(article, offset)
  const afterHeading = article.blocks[block]!.section > 1
  const main = describes && personsWord && afterHeading && nearestPerson(article, block, start) === undefined ? mainPerson(article, offset) : undefined
  if (main && main.parts.length > 1 && ageFits(main)) return main
  return phrase.roles.length === 1 && phrase.roles[0] === 'verdachte' ? mostNamed(article, offset, (entity) => entity.person && surnameInitial.test(entity.name)) : undefined
}

/**
 * The person an age stood for, given that age when the article gave them none: `Dennis K. …
 * De 34-jarige wordt …` makes a later `de 34-jarige` Dennis K. even where someone else was named
 * nearer.
 */
function withAge(entity: Entity, age: number | undefined): Entity {
  if (age !== undefined && entity.age === undefined && entity.person) entity.age = age
  return entity
}

/** The entity named last in this or the previous block of the section, when it is a full name not yet taken for a person or a body. */
function lastNamedUnmarked(article: Article, block: number, offset: number, fits: (entity: Entity) => boolean): Entity | undefined {
  const entity = lastMentionWithin(article, block, offset, 1, (item) => !item.entity.unnamed)?.entity
  return entity && !entity.person && !entity.work && entity.parts.length >= 2 && entity.roles.length === 0 && !article.registry.isOrganisation(entity) && fits(entity) ? entity : undefined
}

/** Whether an unnamed source's phrase gives the age (`een 52-jarige postbode`) or the place (`een postbode uit Kampen`) asked for. */
function describedBy(name: string, age: number | undefined, fromPlace: string | undefined): boolean {
  const words = name.toLowerCase().split(' ')
  if (age !== undefined && words.includes(`${age}-jarige`)) return true
  const from = words.indexOf('uit')
  return fromPlace !== undefined && from !== -1 && from + 1 < words.length && isOfPlace(fromPlace, words[from + 1]!)
}

/** The word of origin that heads a phrase (`de Utrechtse`, `de jonge Amsterdammer`), lower case. */
function originWordIn(tokens: Token[], phrase: SpeakerPhrase): string | undefined {
  for (let index = phrase.from + 1; index < phrase.to; index++) {
    const token = tokens[index]!
    // (Or an adjective of origin used as a noun: `de Utrechtse`, `de Gentse`.)
    if (isOriginWord(token) || isOriginAdjective(token)) return token.lower
  }
  return undefined
}

/**
 * Whether a word of origin is of the place (`utrechtse`, `utrechter` of `utrecht`; `groninger` of
 * `groningen`; `deventenaar` of `deventer`): they share all of the place's name but its last two
 * letters at most, and five letters at least (or all of a shorter place's: `edenaar` of `ede`).
 */
function isOfPlace(word: string, place: string): boolean {
  // (An adjective of origin stored, `britse`, `belgische`, `republikeinse`: the noun is its stem,
  // longer or shorter: `de Brit`, `de Belg`, `de Republikein`, `de Rus` of `russische`.)
  const stem = place.endsWith('sche') ? place.slice(0, -4) : place.endsWith('se') ? place.slice(0, -2) : undefined
  if (stem !== undefined && Math.min(stem.length, word.length) >= 3 && (word.startsWith(stem) || stem.startsWith(word))) return true
  let shared = 0
  while (shared < word.length && shared < place.length && word.charCodeAt(shared) === place.charCodeAt(shared)) shared++
  return shared >= Math.min(5, place.length) && shared >= place.length - 2
}

/** Whether the entity was named with an adjective of origin (`de Ghanese Kwame Asante`) that is not of the place of `word`. */
function otherOrigin(word: string, entity: Entity): boolean {
  const origin = entity.origin
  if (origin === undefined || !(origin.endsWith('se') || origin.endsWith('sche')) || origin.includes(' ')) return false
  return !isOfPlace(word, origin)
}

/** The age a phrase gives (`de 52-jarige`, `de 52-jarige penningmeester`). */
function ageIn(tokens: Token[], phrase: SpeakerPhrase): number | undefined {
  for (let index = phrase.from + 1; index < phrase.to; index++) {
    const aged = agedWord.exec(tokens[index]!.lower)
    if (aged) return Number(aged[1])
  }
  return undefined
}

/** Whether the phrase holds an age (`21-jarige`) or is headed by a word of origin (`Zeeuw`, `Fries`). */
function describesAgeOrOrigin(tokens: Token[], phrase: SpeakerPhrase): boolean {
  for (let index = phrase.from + 1; index < phrase.to; index++) {
    const token = tokens[index]!
    if (token.lower.endsWith('jarige') || (token.capital && isOriginWord(token))) return true
  }
  return false
}

/** An age in an unnamed source's phrase (`een 52-jarige postbode`). */
const agedName = /\d-jarige/

/** A name whose surname is an initial (`Gerrit-Jan W.`, `Ruud K.`). */
const surnameInitial = /\s\p{Lu}\.$/u

/**
 * A definite role: who it refers back to. One phrase names one entity, whichever quote it is
 * read for (`„…”, zei de voorzitter tegen Bos, „…”`: the second part is hers too, not Bos's).
 */
function referBack(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
  const phraseStart = tokens[phrase.from]!.start
  const resolved = article.sources.rolesResolved.get(phraseStart)
  if (resolved) return resolved
  let entity = resolveRole(article, discourse, phrase.roles, offset) ?? resolveAffiliation(article, tokens, phrase, offset) ?? indefiniteAntecedent(article, phrase.roles, offset)
  if (entity && namesOther(tokens, phrase, entity)) entity = undefined
  // `aldus zijn verklaring`, `volgens haar brief`: a person's own document speaks for them.
  entity ??= possessedDocument(article, discourse, tokens, phrase, offset)
  if (entity) return remember(article, phraseStart, entity)
  if (isNoOneBefore(tokens, phrase)) return undefined
  // With no one introduced as such: the speaker who is talking if the role's gender fits
  // (`zijn collega`), else the person the paragraph is about (`de student`).
  const gender = genderOfRoles(phrase.roles)
  const fits = (candidate: Entity) => gender === null || candidate.gender === null || candidate.gender === gender
  const current = discourse.current
  const determiner = tokens[phrase.from]!.lower
  const possessive = determiner === 'zijn' || determiner === 'haar' || determiner === 'hun'
  // One's family (`Haar man`, `zijn moeder`), not after `hun`, whose family is a group's: `Hun
  // moeder` of three sisters is none of them.
  const kin = (determiner === 'zijn' || determiner === 'haar') && phrase.roles.length === 1 && kinNouns.has(phrase.roles[0]!)
  const described = describedPerson(article, tokens, phrase, offset, fits, current?.entity)
  if (described) return remember(article, phraseStart, described)
  // (One person is not a group: `de buurman` is none of `buurtbewoners`; nor one's own family:
  // `zijn grootvader` is not the one talking.)
  if (current && !kin && (current.entity.person || current.entity.unnamed) && !isWriter(article, current.entity) && gender !== null && fits(current.entity) && !isGroup(current.entity) && !namesOther(tokens, phrase, current.entity)) return current.entity
  // (Nor a spokesperson: named as such when named at all, `de woordvoerder` not introduced speaks
  // for a body, not for the person nearby.)
  if (phrase.roles.some((role) => isSpokespersonRole(role))) return undefined
  // (Not after a possessive: the person nearby is the one whose it is, `Bos … aldus zijn
  // woordvoerder`.)
  // (One's family: the person of that gender named last nearby, not the one talking.)
  if (kin && gender !== null) {
    const fitsKin = (entity: Entity) => entity.gender === gender && entity !== current?.entity
    // (Else the one of that gender the article has named most so far: a family is named once,
    // early, around the one the article is about.)
    const relative = nearestPerson(article, blockOf(article, offset), offset, undefined, fitsKin)?.entity ?? mostNamed(article, offset, (entity) => entity.person && fitsKin(entity))
    if (relative) return remember(article, phraseStart, relative)
  }
  // (Nor when the phrase names the person whose it is: `de advocaat van Van Egten` is someone of
  // their own, not the person named last; past one who holds another office of the court: `zei
  // de verdachte` after `vroeg rechter Bos`.)
  // (The nearest whose gender fits: `de vrouw` after `Sanne Bos en Piet Smit` is Sanne Bos.)
  // (Nor one in the office a prefix of rank sets the role apart from: `de oud-wethouder` is not
  // `wethouder Bas Ruiter`.)
  // (One named as a subject or an object before one named only in a phrase: `De Senegalees kopte
  // een voorzet van aanvoerder Tom Bos binnen. „…”, lachte de spits.` is not Bos.)
  const candidate = (entity: Entity) => fits(entity) && !otherCourtRole(phrase.roles, entity.roles) && !holdsUnranked(entity, phrase.roles) && !otherPublicOffice(phrase.roles, entity.roles)
  // (A role opening the sentence right after the one that brought someone on in full is that
  // one: `Die berichten kwamen van Ton Bakker. Het oud-raadslid bracht …`.)
  const newcomer = determiner === 'de' || determiner === 'het' ? newcomerJustBefore(article, tokens, phrase.from) : undefined
  if (newcomer && candidate(newcomer)) return remember(article, phraseStart, newcomer)
  const block = blockOf(article, offset)
  const person = possessive || ofPerson(article, tokens, phrase, offset) ? undefined : nearestPerson(article, block, offset, undefined, candidate, true) ?? nearestPerson(article, block, offset, undefined, candidate)
  // (Nor one known by another office of the law: `de officier van justitie` is not `rechter Bos`;
  // an office of a court not introduced is someone of its own, never the person named nearby.)
  const office = phrase.roles.some((role) => courtRoles.has(role) && !lawyerRoles.has(role))
  if (person && !office && fits(person.entity) && !namesOther(tokens, phrase, person.entity) && !otherCourtRole(phrase.roles, person.entity.roles)) return remember(article, phraseStart, person.entity)
  const main = gender !== null && !office && !possessive ? portraitSubject(article, tokens, phrase, offset, gender) : undefined
  return main && candidate(main) ? remember(article, phraseStart, main) : undefined
}

/** Record whom the role phrase at `start` refers back to, and return it. */
function remember(article: Article, start: number, entity: Entity): Entity {
  article.sources.rolesResolved.set(start, entity)
  return entity
}

/**
 * Whether a role phrase names no one the article named before: a group, a body or a document
 * (`de advocaten`, `de gemeente`, `het rapport`), or someone's family named by whose it is (`de
 * moeder van de verdachte`: a person of their own; not `de vader van twee`, a count of children).
 */
function isNoOneBefore(tokens: Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.roles.some((role) => isInstitutionNoun(role) || isDocumentNoun(role)) || (phrase.roles.length > 0 && isPluralRole(phrase.roles[0]!))) return true
  const whose = tokens[phrase.from + 3]
  return kinNouns.has(phrase.roles[0] ?? '') && tokens[phrase.from + 2]?.lower === 'van' && whose !== undefined && (whose.capital || whose.lower === 'de' || whose.lower === 'het')
}

/**
 * `de schrijfster`, a role that tells a gender with no one nearby to be: the one of that gender
 * named in full the article is about, whom a portrait calls by what they do. Not a child (`de
 * jongen`), whose parent the article may be about.
 */
function portraitSubject(article: Article, tokens: Token[], phrase: SpeakerPhrase, offset: number, gender: 'female' | 'male'): Entity | undefined {
  if (phrase.roles.length !== 1 || childNouns.has(phrase.roles[0]!) || tokens[phrase.from]!.lower !== 'de' || phrase.to !== phrase.from + 2) return undefined
  const main = mainPerson(article, offset, gender)
  return main && main.gender === gender ? main : undefined
}

/**
 * For `het bedrijf`, `de vereniging` (a definite body noun alone), the body named by the
 * capitalised words that open the sentence before it in its paragraph (`Heliant handhaaft …`,
 * `Dorpsbelang Ter Haarsel hield …`): the entity of that name, or a source made of it. No known
 * first name, function word or person.
 */
function bodyOpeningBefore(article: Article, tokens: Token[], phrase: SpeakerPhrase): Entity | undefined {
  if (phrase.to !== phrase.from + 2 || phrase.roles.length !== 1 || !isInstitutionNoun(phrase.roles[0]!)) return undefined
  const own = sentenceStartOf(tokens, phrase.from)
  if (own === 0) return undefined
  const start = sentenceStartOf(tokens, own - 1)
  let end = start
  while (end < own - 1 && end - start < 4 && tokens[end]!.kind === 'word' && tokens[end]!.depth === 0 && (tokens[end]!.capital || (end > start && nameParticles.has(tokens[end]!.lower)))) end++
  const first = tokens[start]!
  if (end === start || functionWords.has(first.lower) || isFirstName(first.lower) || isRoleToken(first) || tokens[end]?.kind !== 'word' || tokens[end]!.value !== tokens[end]!.lower) return undefined
  // (One word with the ending of an abstract noun is a common word, no body: `Renovatie zou meer
  // kosten.`)
  if (end === start + 1 && abstractNounEnding.test(first.lower)) return undefined
  // (A run-in heading before a capital function word is no name: `Cijfers Of er …`.)
  for (let index = start + 1; index < end; index++) if (functionWords.has(tokens[index]!.lower) && !nameParticles.has(tokens[index]!.lower)) return undefined
  const name = article.value.slice(first.start, tokens[end - 1]!.end)
  const known = article.registry.resolveName(name, first.start)
  if (known) return known.person ? undefined : known
  return introduceUnnamed(article, name, phrase.roles, first.start, tokens[end - 1]!.end, first.start)
}

/**
 * `Railplan is hard in zijn oordeel. „…”, schrijven de adviseurs.`: experts in the plural (`de
 * onderzoekers`, `de meteorologen`) no group of theirs was brought on for speak for the body named
 * last in their sentence or the one before: the body whose work it is.
 */
function bodyOfExperts(article: Article, tokens: Token[], phrase: SpeakerPhrase): Entity | undefined {
  if (phrase.to !== phrase.from + 2 || tokens[phrase.from]!.lower !== 'de' || !expertPlurals.has(tokens[phrase.from + 1]!.lower)) return undefined
  const own = sentenceStartOf(tokens, phrase.from)
  const start = own > 0 ? sentenceStartOf(tokens, own - 1) : own
  const from = tokens[start]!.start
  const body = searchBack(article.registry.mentions, tokens[phrase.from]!.start, (mention) => (mention.start < from ? 'stop' : !mention.entity.person && !mention.entity.unnamed && article.registry.isOrganisation(mention.entity)))
  return body?.entity
}

/**
 * Whether `asked` is a public office and `known` holds another one, not its synonym (`minister`
 * after `kamerlid`; `bewindsman` is a `minister`): like `otherCourtRole` for the offices of
 * government and representation.
 */
function otherPublicOffice(asked: readonly string[], known: readonly string[]): boolean {
  const office = asked.find((role) => publicOffices.has(role))
  // (Nor is one in a public office a trade's: `zegt de akkerbouwer` is not `wethouder Els Bos`.)
  if (office === undefined) return asked.some((role) => trades.has(role)) && known.some((role) => publicOffices.has(role))
  const same = [office, ...synonymsOf(office)]
  return known.some((role) => publicOffices.has(role) && !same.includes(role) && !synonymsOf(role).includes(office))
}

/** Whether the entity holds the office an asked role names with a prefix of rank (`wethouder` for `oud-wethouder`). */
function holdsUnranked(entity: Entity, asked: readonly string[]): boolean {
  for (const role of asked) {
    for (const prefix of rankPrefixes) if (role.length > prefix.length + 2 && role.startsWith(prefix) && entity.roles.includes(role.slice(prefix.length))) return true
  }
  return false
}

/** Whether `asked` is an office of a court or a party to a trial and `known` has another such role. */
function otherCourtRole(asked: readonly string[], known: readonly string[]): boolean {
  // (A party, `de verdachte`, is none of the court's officers either: not `rechter Bos`.)
  const office = asked.find((role) => courtRoles.has(role) || trialParties.has(role))
  return office !== undefined && known.some((role) => (courtRoles.has(role) || trialParties.has(role)) && role !== office)
}

/** Whether a word before the phrase's head sets it apart from the unnamed `entity` (`de andere`, `de oudste`), unless that one was named with it. */
function setsApart(tokens: Token[], phrase: SpeakerPhrase, entity: Entity): boolean {
  const name = entity.name.toLowerCase()
  for (let index = phrase.from + 1; index < phrase.to; index++) {
    const word = tokens[index]!.lower
    if ((contrastingWords.has(word) || (word.length > 5 && word.endsWith('ste') && !isRoleToken(tokens[index]))) && !name.includes(word)) return true
  }
  return false
}

/** Whether `van` and a person's name follow the phrase's head (`de advocaat van Van Egten`, not `de woordvoerder van Shell`). */
function ofPerson(article: Article, tokens: Token[], phrase: SpeakerPhrase, offset: number): boolean {
  for (let index = phrase.from + 1; index + 1 < phrase.to; index++) {
    if (tokens[index]!.lower !== 'van' || !tokens[index + 1]!.capital) continue
    let end = index + 1
    while (end < phrase.to && (tokens[end]!.capital || nameParticles.has(tokens[end]!.lower))) end++
    return article.registry.resolveName(article.value.slice(tokens[index + 1]!.start, tokens[end - 1]!.end), offset)?.person === true
  }
  return false
}

/** A relation of someone named in the phrase is not that one (`De oom van Bos`). */
function namesOther(tokens: Token[], phrase: SpeakerPhrase, candidate: Entity): boolean {
  return tokens.slice(phrase.from + 1, phrase.to).some((token) => token.capital && candidate.parts.includes(token.lower)) || namedAfterVolgens(tokens, phrase, candidate)
}

/**
 * `Volgens de trainer heeft Bos ‘…’`: the one the clause after `volgens` and its phrase is about
 * (its subject right after the verb) is not the source.
 */
function namedAfterVolgens(tokens: Token[], phrase: SpeakerPhrase, candidate: Entity): boolean {
  if (tokens[phrase.from - 1]?.lower !== 'volgens') return false
  for (let index = phrase.to + 1; index < tokens.length && index <= phrase.to + 3; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) return false
    if (token.capital && candidate.parts.includes(token.lower)) return true
  }
  return false
}

/**
 * Names joined by a cue (`„…”, schrijven Jansen en De Boer`): one speaker, the group, when
 * every name is a different person or source of the registry's; else undefined.
 */
function resolveGroup(article: Article, tokens: Token[], phrase: SpeakerPhrase, first: Entity, offset: number): {entity: Entity; mention: string | null} | undefined {
  const members = [first]
  for (const other of phrase.joined!) {
    const entity = article.registry.resolveName(article.value.slice(tokens[other.nameFrom]!.start, tokens[other.nameTo - 1]!.end), offset, genderOfRoles(other.roles))
    if (!entity || entity.work || members.includes(entity)) return undefined
    members.push(entity)
  }
  const last = phrase.joined![phrase.joined!.length - 1]!
  const start = tokens[phrase.nameFrom]!.start
  const end = tokens[last.nameTo - 1]!.end
  // (Names joined by `samen met` across the verb are no one phrase of the text: the group is
  // named by its members.)
  const between = tokens[phrase.nameTo]!
  if (between.lower !== 'en' && between.value !== ',') return {entity: article.registry.group(members, members.map((member) => member.name).join(' en ')), mention: null}
  const mention = article.value.slice(start, end)
  const entity = article.registry.group(members, mention)
  addMention(article, entity, mention, start, end)
  return {entity, mention}
}

/**
 * The group of names joined as the subject that opens this sentence or the one before it, in
 * the block of `tokens` before `index` (`Wim Smit en Ria Bos runnen …`), if any.
 */
/**
 * The pair named together before `index` in the block of `tokens` (`Piet Kok en Anna de Wit
 * runnen …`), or at the end of the block before it, in the same section: `„…”, zegt het
 * echtpaar`.
 */
export function pairBefore(article: Article, block: number, tokens: Token[], index: number, offset: number): Entity | undefined {
  const here = jointSubjectBefore(article, tokens, index, offset)
  if (here || block === 0 || article.blocks[block - 1]!.section !== article.blocks[block]!.section) return here
  const previous = article.blocks[block - 1]!.tokens
  return jointSubjectBefore(article, previous, previous.length - 1, offset)
}

function jointSubjectBefore(article: Article, tokens: Token[], index: number, offset: number): Entity | undefined {
  let sentences = 0
  for (let at = index; at >= 0 && sentences < 2 && index - at < 80; at--) {
    if (at > 0 && tokens[at - 1]!.sentence === tokens[at]!.sentence) continue
    sentences++
    const from = tokens[at]!.kind === 'word' && sentenceOpeners.has(tokens[at]!.lower) ? at + 1 : at
    // (Or after a fronted clause and the main clause's verb: `Of het stijgt, konden Schuit en Bos
    // niet zeggen.`)
    const subject = joinedAt(tokens, from, index) ?? joinedAt(tokens, afterFrontedClause(tokens, from, index), index) ?? togetherAt(tokens, from, index)
    if (!subject) continue
    const first = article.registry.resolveName(article.value.slice(tokens[subject.nameFrom]!.start, tokens[subject.nameTo - 1]!.end), offset)
    if (first) return resolveGroup(article, tokens, subject, first, offset)?.entity
  }
  return undefined
}

/** The names joined by `en` that start at `from` (before `limit`), if any. */
function joinedAt(tokens: Token[], from: number, limit: number): SpeakerPhrase | undefined {
  if (from < 0) return undefined
  const phrase = readSpeakerPhrase(tokens, from, limit)
  return phrase?.kind === 'name' && phrase.joined ? phrase : undefined
}

/**
 * A name that opens the clause at `from` and one its clause joins to it with `samen met` (`Smit
 * diende samen met Bos een motie in.`): the pair as if joined by `en`.
 */
function togetherAt(tokens: Token[], from: number, limit: number): SpeakerPhrase | undefined {
  const phrase = readSpeakerPhrase(tokens, from, limit)
  if (phrase?.kind !== 'name' || phrase.joined) return undefined
  const sentence = tokens[from]!.sentence
  for (let index = phrase.to; index + 2 < limit && index - phrase.to < 8; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.sentence !== sentence || token.kind !== 'word') return undefined
    if (token.lower !== 'samen' || tokens[index + 1]!.lower !== 'met') continue
    const other = readSpeakerPhrase(tokens, index + 2, limit)
    return other?.kind === 'name' && !other.joined ? {...phrase, joined: [other]} : undefined
  }
  return undefined
}

/** After a clause fronted before its comma and the finite verb after it (`Of het stijgt, konden | …`); -1 when there is none. */
function afterFrontedClause(tokens: Token[], from: number, limit: number): number {
  for (let index = from + 1; index + 2 < limit && index - from < 20; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || (token.kind === 'punctuation' && token.value !== ',')) return -1
    const verb = tokens[index + 1]!
    if (token.value === ',') return verb.kind === 'word' && verb.value === verb.lower ? index + 2 : -1
  }
  return -1
}

/**
 * Whether the token is a plural finite verb: Dutch plural forms end in `-en` (`stellen`,
 * `zeiden`, `schreven`), singular ones never do; a participle in `ge-…-en` is no finite form.
 */
function isPluralFiniteWord(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.depth !== 0) return false
  const verb = token.lower
  return verb.length > 3 && verb.endsWith('en') && !verb.startsWith('ge')
}

/** The writer, for `„…”, zeg ik`: named as the header names them, or no one (see `writer.ts`). */
export function writerFound(article: Article, pronoun: Token, cue: string, method: AttributionMethod = 'cue'): Found {
  const entity = article.registry.writer(article.writer)
  if (entity.name !== '') addMention(article, entity, pronoun.value, pronoun.start, pronoun.end)
  return {entity, mention: pronoun.value, cue, method, local: true}
}
