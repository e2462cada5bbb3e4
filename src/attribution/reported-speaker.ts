/**
 * The speaker a sentence of the writer's brings on: the source of a reporting clause (`…, zei
 * Bos.`, `Volgens Bos is …`), or the person or source that opens the sentence as its subject
 * (`Bos ziet dat …`, `Een buurvrouw was flink geschrokken.`). The driver makes that one the
 * speaker who is talking, for the quotes that follow.
 */
import {cueForms, settingObjects, settingVerbForms, weakCueForms} from '../lexicon/cues.js'
import {functionWords, nameParticles} from '../lexicon/function-words.js'
import {appositionOpeners, attributiveBefore, frontedClauseOpeners, frontingWords, relativePrepositions, sentenceOpeners} from '../lexicon/clause-words.js'
import {invertedPronouns, subjectPronouns, thirdPersonPossessives} from '../lexicon/pronouns.js'
import {rolePhrasePrepositions} from '../lexicon/phrase-words.js'
import {genericDeterminers, objectPronouns} from '../lexicon/reference-words.js'
import {isDocumentNoun, isInstitutionNoun, isPluralRole, kinNouns} from '../lexicon/roles.js'
import {askingForms, copulas, feelingNouns, groupCounts, lookingForms, respondingGestures, lookingParticles, noticingVerbs, finiteAuxiliaries, modalVerbs, placingAdverbs, placingVerbs, receivingForms, reflexiveViewNouns, wantingForms, wantingToSay, viewWords, writerAskingForms, writerMeetingForms, writerTalkingForms} from '../lexicon/verb-classes.js'
import {utteranceNouns} from '../lexicon/utterance-nouns.js'
import type {Article} from './article.js'
import {afterLeadingQuote, afterParticles, afterTimeStamp, clauseStart, definiteAfterFrontedVerb, isJoined, particleFollows, responderAfter, subjectAfterFrontedPhrase} from './clauses.js'
import type {Discourse} from './discourse.js'
import type {Entity} from './find-speakers.js'
import {subjectOf} from './find-subject.js'
import {readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {afterParenthesis, isRoleToken, pastOrigin, quoteEndsIn, type Token} from './read-tokens.js'
import {personByPronoun, personEndingAt} from './references.js'
import {mainPerson, resolvePhrase} from './resolve-phrase.js'
import {firstAtOrAfter} from './search-back.js'
import {agedWord, subjectPrepositions, endsInQuestion} from './token-patterns.js'

/** The speaker the sentence of `tokens` [start, end) brings on, if any. */
export function reportedSpeaker(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  // `Wij spraken hem …`, `Ik vroeg de kassière …`: the writer's own verb of asking or meeting is
  // no cue whose subject speaks; the one asked or met answers next.
  // (Where the writer's words open the sentence is read once, for both rules that read there.)
  const writers = writersOpening(tokens, start, end)
  const asked = askedByWriter(article, discourse, tokens, writers, end)
  if (asked) return asked
  // (The words the rules below look for first are found in one pass over the sentence.)
  const marks = markSentence(tokens, start, end)
  const opening =
    cueAfterComma(article, discourse, tokens, marks.afterComma, end) ??
    cueInSentence(article, discourse, tokens, start, end) ??
    heardFrom(article, discourse, tokens, start, end) ??
    responseFrom(article, discourse, tokens, start, end) ??
    (marks.namens === -1 ? undefined : onBehalfOf(article, discourse, tokens, start, marks.namens, end)) ??
    openingSubject(article, discourse, tokens, writers, end)
  // `…, leg ik haar voor: …?`, `Ik vraag hem …`: the writer asks; the one asked answers next.
  if (opening?.writer) return askedPronoun(article, discourse, tokens, start, end) ?? opening
  if (opening) return opening
  return marks.but > 0 ? butClauseSpeaker(article, discourse, tokens, marks.but, end) : commaClauseSpeaker(article, discourse, tokens, marks.afterComma, end)
}

/**
 * Where the words stand that the rules of `reportedSpeaker` look for first, each rule's loop
 * starts there (or the rule is not asked): every sentence is read by all of them, and few
 * sentences hold any of these words.
 */
interface SentenceMarks {
  /** The first word after a comma, both outside quotes (the sentence's end: none). */
  afterComma: number
  /** Where `, maar` opens a clause (-1: nowhere). */
  but: number
  /** `namens` outside quotes within the first forty tokens (-1: none). */
  namens: number
}

/** One pass over the sentence `tokens` [start, end): see `SentenceMarks`. */
function markSentence(tokens: Token[], start: number, end: number): SentenceMarks {
  const marks: SentenceMarks = {afterComma: end, but: -1, namens: -1}
  let afterComma = false
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    // (The kind is asked before the text: a kind is one of four, a text any string.)
    if (token.kind !== 'word') {
      afterComma = token.kind === 'punctuation' && token.depth === 0 && token.value === ','
      continue
    }
    if (token.depth !== 0) {
      afterComma = false
      continue
    }
    if (marks.namens === -1 && index - start < 40 && token.lower === 'namens') marks.namens = index
    if (afterComma) {
      if (marks.afterComma === end) marks.afterComma = index
      if (marks.but === -1 && token.lower === 'maar') marks.but = index
    }
    afterComma = false
  }
  return marks
}

/**
 * `Bij de bond klinkt het dat …`, `Bij Scholengroep Schelde, waartoe de school behoort, klonk het
 * …`, `Bij de SP is men minder enthousiast.`: what is heard at a body or from someone, fronted
 * before `klinkt het` or a verb and `men`, is theirs to say.
 */
function heardFrom(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const opening = tokens[start]
  if (!opening || (opening.lower !== 'bij' && opening.lower !== 'uit') || opening.depth !== 0) return undefined
  const phrase = readSpeakerPhrase(tokens, start + 1, end)
  if (!phrase || phrase.kind === 'pronoun') return undefined
  let next = afterParenthesis(tokens, phrase.to, end)
  // (Past a relative clause between commas: `, waartoe de school behoort,`.)
  if (tokens[next]?.value === ',') next = pastCommaClause(tokens, next, end)
  const verb = tokens[next]
  // (Or `men` after the verb, one of the body: `Bij de SP is men minder enthousiast.`; or a
  // feeling the body has: `Bij de stichting is de opluchting groot.`)
  const heard = verb !== undefined && (verb.lower === 'klinkt' || verb.lower === 'klonk') && tokens[next + 1]?.lower === 'het'
  if (!verb || verb.kind !== 'word' || verb.value !== verb.lower || !(heard || tokens[next + 1]?.lower === 'men' || feelsAfter(tokens, next + 1, end))) return undefined
  return resolvePhrase(article, discourse, tokens, phrase, verb.value, 'cue', tokens[phrase.from]!.start, false)?.entity
}

/**
 * `Zijn advocaat las namens hem een verklaring voor.`: words read or handed over on someone's
 * behalf, with a noun of utterance or a document in the sentence, are that person's.
 */
function onBehalfOf(article: Article, discourse: Discourse, tokens: Token[], start: number, at: number, end: number): Entity | undefined {
  // (`namens`, at `at`, is found first: the nouns are asked only in the few sentences with it.)
  let uttered = false
  for (let index = start; index < end && index - start < 40 && !uttered; index++) {
    const token = tokens[index]!
    uttered = token.depth === 0 && token.kind === 'word' && (utteranceNouns.has(token.lower) || isDocumentNoun(token.lower))
  }
  if (!uttered) return undefined
  const phrase = readSpeakerPhrase(tokens, at + 1, end)
  if (!phrase || (phrase.kind !== 'pronoun' && phrase.kind !== 'name')) return undefined
  const entity = resolvePhrase(article, discourse, tokens, phrase, 'namens', 'cue', tokens[at + 1]!.start, false)?.entity
  return entity?.person ? entity : undefined
}

/** Whether a feeling's noun stands within three words from `from` (`is de opluchting groot`, `heerst verbazing`). */
function feelsAfter(tokens: Token[], from: number, end: number): boolean {
  for (let index = from; index < end && index - from < 3; index++) if (tokens[index]!.depth === 0 && feelingNouns.has(tokens[index]!.lower)) return true
  return false
}

/**
 * `Om acht uur in de kantine, de beheerder probeert …`: when nothing else in the sentence brings
 * someone on, a main clause after a comma whose subject is a definite role, then its verb. (Not
 * before the opening subject: `Een klant bestelt koffie, de barista …` is about both.)
 */
function commaClauseSpeaker(article: Article, discourse: Discourse, tokens: Token[], afterComma: number, end: number): Entity | undefined {
  // (From the first word after a comma: see `SentenceMarks`.)
  for (let index = afterComma; index + 2 < end; index++) {
    const comma = tokens[index - 1]!
    const token = tokens[index]!
    if (comma.value !== ',' || comma.depth !== 0 || token.depth !== 0 || (token.lower !== 'de' && token.lower !== 'het')) continue
    const phrase = readSpeakerPhrase(tokens, index, end)
    const verb = phrase ? tokens[phrase.to] : undefined
    if (!phrase || phrase.kind !== 'role' || !verb || verb.kind !== 'word' || verb.depth !== 0 || verb.value !== verb.lower || functionWords.has(verb.lower)) continue
    const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', token.start, false)
    if (found && (found.entity.person || found.entity.unnamed)) return found.entity
  }
  return undefined
}

/** The entity a phrase resolves to, as a cue's source read outside quotes. */
function entityOf(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, cue: string | null, offset: number): Entity | undefined {
  return isHeadlineRole(tokens, phrase) ? undefined : resolvePhrase(article, discourse, tokens, phrase, cue, 'cue', offset, false)?.entity
}

/**
 * `Dierenrechtenorganisatie waarschuwt`, `Woordvoerder ontkent`: a singular role with no article
 * is a headline's, no one the writer's sentence brings on.
 */
function isHeadlineRole(tokens: Token[], phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'role' && phrase.roles.length > 0 && isRoleToken(tokens[phrase.from]) && !isPluralRole(phrase.roles[0]!)
}

/**
 * A cue names the speaker before the sentence's opening subject does: in `De wethouder moet het
 * beter uitleggen, vindt Bos.` Bos is talking. A reporting clause after a comma comes first
 * (`Veel ouders vinden het lastig …, zegt Bos.`, `…, aldus zijn zus.`).
 */
function cueAfterComma(article: Article, discourse: Discourse, tokens: Token[], afterComma: number, end: number): Entity | undefined {
  // (From the first word after a comma: see `SentenceMarks`.)
  for (let index = afterComma; index < end; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]!
    if (previous.value !== ',' || previous.depth !== 0 || token.depth !== 0 || token.kind !== 'word') continue
    // (`…, maar Eva Kok (34) is …`: left for `butClauseSpeaker`.)
    if (token.lower === 'maar') continue
    // `…, aldus zijn zus.`: the source follows.
    if (token.lower === 'aldus') {
      const phrase = readSpeakerPhrase(tokens, index + 1, end)
      const entity = phrase ? entityOf(article, discourse, tokens, phrase, token.value, token.start) : undefined
      if (entity) return entity
      continue
    }
    // (`…, zo berekende de bond eerder.`: `zo` before the verb.)
    const verbAt = token.lower === 'zo' && tokens[index + 1]?.kind === 'word' && cueForms.has(tokens[index + 1]!.lower) ? index + 1 : index
    const verb = tokens[verbAt]!
    if (!cueForms.has(verb.lower)) continue
    const phrase = subjectOf(tokens, clauseStart(tokens, verbAt), verbAt, end)
    const entity = phrase ? entityOf(article, discourse, tokens, phrase, verb.value, verb.start) : undefined
    if (entity) return entity
  }
  return undefined
}

/** `Volgens Bos …`, or the first cue of the sentence with its subject (`Bos zei dat …`). */
function cueInSentence(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') continue
    if (token.lower === 'volgens') {
      // (`Kok mocht volgens hem …`: the speaker who is talking goes on.)
      const phrase = readSpeakerPhrase(tokens, index + 1, end)
      const entity = phrase ? entityOf(article, discourse, tokens, phrase, token.value, token.start) : undefined
      if (entity) return entity
      continue
    }
    if (!cueForms.has(token.lower) || tokens[index + 1]?.lower === 'zich') continue
    const previous = tokens[index - 1]
    // (A past form before a role noun, after an article or `dat`, is an adjective: `dat erkende
    // havenarbeiders mogen werken`, `een bekende Nederlander`.)
    if (isAttributive(tokens, index)) continue
    // (Nor `stellen` after what is set: `nadat de gemeente nieuwe eisen stelde`.)
    if (settingVerbForms.has(token.lower) && settingObjects.has(previous?.lower ?? '')) continue
    // A weak cue (`vindt`, `denkt`) reports speech only in inversion: `Jammer, vindt Bos.`; a
    // particle verb's bare form (`wijst`, `deelt`) only with its particle later in the clause
    // (`Het ministerie wijst de kritiek af.`).
    // (Nor after a demonstrative that opens the sentence: `Dat vindt de bond te mager.`)
    const inverted = previous !== undefined && ((previous.kind === 'punctuation' && previous.value === ',') || (index - 1 === start && (previous.lower === 'dat' || previous.lower === 'dit')))
    if (weakCueForms.has(token.lower) && !inverted && !particleFollows(tokens, index, end)) continue
    const phrase = subjectOf(tokens, clauseStart(tokens, index), index, end)
    return phrase ? entityOf(article, discourse, tokens, phrase, token.value, token.start) : undefined
  }
  return undefined
}

/** Whether the cue form at `index` stands before a role noun as an adjective (`dat erkende havenarbeiders`). */
function isAttributive(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  if (!previous || previous.kind !== 'word' || !attributiveBefore.has(previous.lower)) return false
  return (token.lower.endsWith('de') || token.lower.endsWith('te')) && isRoleToken(tokens[index + 1])
}

/** `Hij krijgt bijval van Eva Kok.`: a person named in full after a response noun and `van`. */
function responseFrom(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const phrase = responderAfter(tokens, start, end)
  return phrase?.kind === 'name' ? personNamedInFull(article, discourse, tokens, phrase, tokens[phrase.from]!.start) : undefined
}

/** Where the writer's words open the sentence: past a quote of its own and `Ook`, `Maar`. */
function writersOpening(tokens: Token[], start: number, end: number): number {
  // `„… Dat doe ik niet.” Ook Eva Kok (38) weet …`: a quote that ends in its own sentence's end
  // opens this sentence only in the tokens; the writer's starts after it.
  // (And past a live blog's time stamp: `17.20 uur – Een lezer stuurde …`.)
  const from = afterLeadingQuote(tokens, afterTimeStamp(tokens, start, end), end)
  // (Past a conjunction or an adverb: `Ook Van Dam vertelt later haar verhaal.`)
  return from + 1 < end && sentenceOpeners.has(tokens[from]!.lower) ? from + 1 : from
}

/**
 * The subject that opens the sentence, as `reportedSpeaker` takes it: `start` is where the
 * writer's words open it (`writersOpening`: past `Ook`, `Maar`, a quote of its own).
 */
function openingSubject(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const opening = tokens[start]
  // A question (`En is de trainer nog steeds de goede man?`) is the interviewer's: no one takes over.
  const last = tokens[end - 1]
  const question = last !== undefined && last.kind === 'punctuation' && last.value.includes('?')
  // (But one about someone, `Waarom vond hij geen opvolger?`, is answered by them.)
  if (question) return questionAbout(article, discourse, tokens, start, end)
  if (!opening || opening.kind !== 'word' || opening.depth !== 0) return undefined
  // `Van der Linde steunt het plan …`: a person's surname with its particles opens the
  // sentence (the capital `Van` is no preposition here), then a verb.
  const surname = particledSurname(article, tokens, start, end)
  if (surname) return surname
  const pointed = demonstrativeSubject(article, tokens, start)
  if (pointed) return pointed
  // `Toen Eva Kok thuiskwam, zag ze de schade.`: the pronoun after the fronted clause's verb is
  // the person that clause names.
  const named = namedBeforePronoun(article, discourse, tokens, start, end) ?? subjectAfterFrontedClause(article, discourse, tokens, start, end)
  if (named) return named
  const phrase = readSpeakerPhrase(tokens, start, end)
  // `Op het plein spreekt wethouder Ria Smit de mensen toe.`: after a phrase of place or time
  // the subject follows the verb; a person named in full there takes the floor.
  // (`Dat doet Ria de Boer zeker.`: a demonstrative fronted as the object is such a phrase too.)
  // (A fronted adverb with a capital is no name: `Zelf heeft ze …`.)
  if ((!phrase || (frontingWords.has(opening.lower) && phrase.kind !== 'role' && phrase.to === start + 1)) && (subjectPrepositions.test(opening.lower) || frontingWords.has(opening.lower) || opening.lower === 'dat' || opening.lower === 'dit')) {
    const named = subjectAfterFrontedPhrase(tokens, start, end)
    return named ? personNamedInFull(article, discourse, tokens, named, tokens[start]!.start) : pronounAfterFrontedPhrase(article, discourse, tokens, start, end) ?? someoneAfterFrontedPhrase(article, discourse, tokens, start, end) ?? namedRoleAfterFrontedPhrase(article, discourse, tokens, start, end)
  }
  // A subheading run into its paragraph (`Nooit stil Eva Kok (35) werkt …`, where the layout
  // was lost): a person named in full after the heading's words is the subject.
  {
    const named = afterRunInHeading(article, discourse, tokens, start, end)
    if (named) return named
  }
  return phrase ? subjectPhraseSpeaker(article, discourse, tokens, start, end, phrase) : undefined
}

/**
 * `In haar boek beschrijft ze …`: a subject pronoun right after the verb that follows a fronted
 * phrase keeps or brings back the person it names, as an opening pronoun does.
 */
function pronounAfterFrontedPhrase(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const limit = Math.min(end, start + 8)
  for (let index = start + 2; index < limit; index++) {
    const token = tokens[index]!
    const verb = tokens[index - 1]!
    if (token.depth !== 0 || token.kind !== 'word') return undefined
    if (!subjectPronouns.has(token.lower)) continue
    // (Verbs of saying are among the function words: `In een brief laat ze weten …`.)
    // (And modal and auxiliary verbs: `Over de overname wil ze weinig kwijt.`)
    // (And main verbs among them, of place and motion or `krijgen`: `Sindsdien kreeg hij …`.)
    if (verb.kind !== 'word' || verb.value !== verb.lower || (functionWords.has(verb.lower) && !cueForms.has(verb.lower) && !finiteAuxiliaries.has(verb.lower) && !placingVerbs.has(verb.lower) && !receivingForms.has(verb.lower)) || subjectPrepositions.test(verb.lower)) return undefined
    return personByPronoun(article, discourse, token.lower, token.start)
  }
  return undefined
}

/**
 * A sentence that opens with a subordinate clause naming a person (`Wat Tom Vos nu gaat doen,
 * weet hij nog niet.`, `Toen Eva Kok thuiskwam, zag ze …`), then the main clause's verb and a
 * subject pronoun: that person, when the pronoun's gender fits.
 */
function namedBeforePronoun(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  if (!frontedClauseOpeners.has(tokens[start]!.lower)) return undefined
  let comma = start + 2
  while (comma < end && comma - start < 20 && !(tokens[comma]!.value === ',' && tokens[comma]!.depth === 0)) comma++
  const verb = tokens[comma + 1]
  const pronoun = tokens[comma + 2]
  if (comma >= end || !verb || !pronoun || verb.kind !== 'word' || verb.value !== verb.lower || !subjectPronouns.has(pronoun.lower)) return undefined
  const wanted = pronoun.lower === 'hij' ? 'male' : 'female'
  for (let index = start + 1; index < comma; index++) {
    if (!tokens[index]!.capital || tokens[index]!.depth !== 0) continue
    const phrase = readSpeakerPhrase(tokens, index, comma)
    if (phrase?.kind !== 'name') continue
    const entity = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[index]!.start, false)?.entity
    return entity?.person && (entity.gender === null || entity.gender === wanted) ? entity : undefined
  }
  return undefined
}

/**
 * `Gevraagd of dat kan, was de premier voorzichtiger.`, `Toen de uitslag bekend was, juichte Eva
 * Kok.`: after a fronted clause (a participle's or a subordinate one) and its comma, the subject
 * follows the finite verb: a person named in full, or the named person a definite role stands for.
 */
function subjectAfterFrontedClause(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const opening = tokens[start]!.lower
  const participle = opening.length > 5 && opening.startsWith('ge') && (opening.endsWith('d') || opening.endsWith('t'))
  if (!participle && !frontedClauseOpeners.has(opening)) return undefined
  let comma = start + 1
  while (comma < end && comma - start < 20 && !(tokens[comma]!.value === ',' && tokens[comma]!.depth === 0)) comma++
  const verb = tokens[comma + 1]
  if (comma >= end || !verb || verb.kind !== 'word' || verb.depth !== 0 || verb.value !== verb.lower) return undefined
  const phrase = readSpeakerPhrase(tokens, comma + 2, end)
  if (!phrase || phrase.from !== comma + 2) return undefined
  if (phrase.kind === 'name') return personNamedInFull(article, discourse, tokens, phrase, tokens[phrase.from]!.start)
  const determiner = tokens[phrase.from]!.lower
  if (phrase.kind !== 'role' || (determiner !== 'de' && determiner !== 'het') || phrase.roles.length === 0 || isPluralRole(phrase.roles[0]!) || isInstitutionNoun(phrase.roles[0]!)) return undefined
  const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[phrase.from]!.start, false)?.entity
  return found?.person && !found.unnamed ? found : undefined
}

/**
 * `Naast me stond een meisje te huilen.`, `Op de bank zat een oudere man.`: someone indefinite
 * after a fronted phrase and a verb of place is brought on, as an unnamed source.
 */
function someoneAfterFrontedPhrase(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const limit = Math.min(end, start + 8)
  for (let index = start + 2; index < limit; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') return undefined
    // (Or a group counted: `Op het bankje zitten twee vriendinnen.`)
    const counted = groupCounts.has(token.lower)
    if (token.lower !== 'een' && !counted) continue
    // (Past an adverb: `Op het plein staat ook een buurman`.)
    let verb = index - 1
    while (verb > start + 1 && placingAdverbs.has(tokens[verb]!.lower)) verb--
    // (`Op het plein wil ook een moeder iets kwijt`: one who wants to say something is brought on too.)
    if (!placingVerbs.has(tokens[verb]!.lower) && !wantsToSay(tokens, verb, end)) continue
    const phrase = readSpeakerPhrase(tokens, index, end)
    if (phrase?.kind !== 'role' || phrase.roles.length === 0 || isPluralRole(phrase.roles[0]!) !== counted || isInstitutionNoun(phrase.roles[0]!)) return undefined
    const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', token.start, false)
    return found?.entity.unnamed ? found.entity : undefined
  }
  return undefined
}

/**
 * `Naast hem moest de trainer glimlachen.`: a definite role right after the verb that follows a
 * fronted phrase is the subject; the person the article named in that role is brought on (an
 * unnamed one is not: that is for the sentences with a speech verb).
 */
function namedRoleAfterFrontedPhrase(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const phrase = definiteAfterFrontedVerb(tokens, start, end)
  if (phrase?.kind !== 'role' || phrase.roles.length === 0 || isPluralRole(phrase.roles[0]!) || isInstitutionNoun(phrase.roles[0]!)) return undefined
  const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[phrase.from]!.start, false)?.entity
  return found?.person && !found.unnamed ? found : undefined
}

/** The person an object pronoun (`hem`, `haar`) of the writer's sentence stands for: the one the writer asks. */
function askedPronoun(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || (token.lower !== 'hem' && token.lower !== 'haar')) continue
    // `Wij spraken hem in zijn woonkamer.`: the one the writer met is the person of that gender
    // the article has named most, whom it is about (not whoever was quoted last).
    if (writerMeetingForms.has(tokens[index - 1]?.lower ?? '')) {
      const gender = token.lower === 'hem' ? 'male' : 'female'
      const met = mainPerson(article, token.start, gender)
      if (met) return met
    }
    return personByPronoun(article, discourse, token.lower, token.start)
  }
  return undefined
}

/**
 * The writer's question about someone (`Waarom vond hij geen opvolger?`, `En wat gaat ze nu
 * doen?`): the person its subject pronoun, within its first four words, stands for.
 */
function questionAbout(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  for (let index = start + 1; index < Math.min(end, start + 4); index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') return undefined
    if (!subjectPronouns.has(token.lower)) continue
    return personByPronoun(article, discourse, token.lower, token.start)
  }
  return undefined
}

/** `Ik vroeg de kassière …`, `We vragen wethouder Smit …`, `Ik sprak met …`: the source the writer asks or talks with. */
function askedByWriter(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const writer = tokens[start]!.lower
  if (writer !== 'ik' && writer !== 'we' && writer !== 'wij') return undefined
  const verb = tokens[start + 1]?.lower ?? ''
  // (`Ik sprak met een verpleegkundige`: the one talked with, after `met`; `Ik sprak de
  // burgemeester`: the one met.)
  const talking = writerTalkingForms.has(verb) && tokens[start + 2]?.lower === 'met'
  const from = writerAskingForms.has(verb) || (writerMeetingForms.has(verb) && !talking) ? start + 2 : talking ? start + 3 : -1
  const phrase = from === -1 ? undefined : readSpeakerPhrase(tokens, from, end)
  // (`Wij spraken hem …`: see `askedPronoun`.)
  if (phrase?.kind === 'pronoun' && writerMeetingForms.has(verb)) return askedPronoun(article, discourse, tokens, from, from + 1)
  if (!phrase || phrase.kind === 'pronoun') return undefined
  const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[from]!.start, false)
  return found && (found.entity.person || found.entity.unnamed) ? found.entity : undefined
}

/** See `openingSubject`: the phrase that opens the sentence, when a verb follows it as a subject's. */
function subjectPhraseSpeaker(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number, phrase: SpeakerPhrase): Entity | undefined {
  // Past a parenthesis (`Het ministerie van Defensie (MinDef) meldt …`).
  let next = afterParenthesis(tokens, phrase.to, end)
  // Past an apposition or a relative clause between commas (`Eva Kok, die al jaren in de wijk
  // woont, mist …`, `Een buurman, een gepensioneerde docent, wil …`, `Een agent, die de hele
  // nacht had gewerkt, stond …`).
  // (`De man, Ruud Kroes, woont …`: a name in apposition to a role ends at the comma after it.)
  const appositionEnds = phrase.kind === 'name' && phrase.nameFrom > phrase.from + 1 && tokens[phrase.nameFrom - 1]!.value === ','
  // (`De Antwerpenaar, zelf jaren dokwerker, vreest …`: `zelf`, `ooit`, `sinds` open one too.)
  const apposition = tokens[next]?.value === ',' && ((phrase.kind === 'name' && !appositionEnds) || (phrase.kind === 'role' && opensApposition(tokens, next + 1)))
  if (appositionEnds && tokens[next]?.value === ',') next++
  if (apposition) next = pastCommaClause(tokens, next, end)
  const after = tokens[next]
  // `Een van de bewoners is Eva Kok (45).`: who the role is, named after a copula, is brought on.
  if (phrase.kind === 'role' && after && copulas.has(after.lower)) {
    const named = readSpeakerPhrase(tokens, next + 1, end)
    // (Past where they are from: `Een van hen is Eva Kok (45) uit Hengelo.`)
    const stopAt = named ? pastOrigin(tokens, afterParenthesis(tokens, named.to, end), end) : -1
    const stop = tokens[stopAt]
    // (Past an article and an age: `Een van hen is de 45-jarige Eva Kok.`)
    const aged = named !== undefined && tokens.slice(next + 1, named.nameFrom).every((token) => token.lower === 'de' || agedWord.test(token.value))
    // (Or before a relative clause or an apposition about them: `Een van hen is Eva Kok, die boven
    // de winkel woont.`, `…, tot vorig jaar kapper, …`.)
    const relative = stop?.value === ',' && (appositionOpeners.has(tokens[stopAt + 1]?.lower ?? '') || tokens[stopAt + 1]?.lower === 'tot')
    if (named?.kind === 'name' && aged && (stop?.value === '.' || relative)) return personNamedInFull(article, discourse, tokens, named, tokens[next + 1]!.start)
  }
  // A sentence that is only a person's name (`Ook reservekeeper Tim Bos.`) brings that person
  // on: the one the next lines are about.
  if (phrase.kind === 'name' && next === end - 1 && after?.value === '.') return personNamedInFull(article, discourse, tokens, phrase, tokens[start]!.start)
  if (!after || after.kind !== 'word' || after.value !== after.lower) return undefined
  // Names joined before a speech verb (`Smit (VVD) en Bos (PvdA) schrijven dat …`) speak as one.
  if (phrase.kind === 'name' && phrase.joined) {
    const verb = tokens[afterParenthesis(tokens, phrase.joined[phrase.joined.length - 1]!.to, end)]
    if (verb && verb.kind === 'word' && verb.depth === 0 && cueForms.has(verb.lower)) {
      return resolvePhrase(article, discourse, tokens, phrase, verb.value, 'cue', tokens[start]!.start, false)?.entity
    }
  }
  // Two subjects joined (`Kees Mol van de gemeente en Ria Smit van de bond zijn het eens`): the
  // sentence is about both, so neither takes the floor alone.
  if (phrase.kind === 'name' && isJoined(tokens, next, end)) return undefined
  // A pronoun subject (`Ze is de eerste die …`) keeps or brings back the person it names.
  if (phrase.kind === 'pronoun') {
    const opening = tokens[start]!
    return subjectPronouns.has(opening.lower) ? personByPronoun(article, discourse, opening.lower, opening.start) : undefined
  }
  // `Een goede buur kan je veel helpen`: someone indefinite with a modal verb is a kind of
  // person, not one who talks.
  // (Not one told apart by a place or an apposition: `Een buurman uit Zwolle wil …`.)
  if (phrase.kind === 'role' && tokens[phrase.from]!.lower === 'een' && modalVerbs.has(after.lower) && !apposition && !hasPreposition(tokens, phrase.from, phrase.to) && !wantsToSay(tokens, next, end)) return undefined
  // `Haar zoon werd ziek.`: family the sentence tells of, with no speech verb, does not take
  // the floor from the one whose family it is. (Described with a copula it may: `Haar man is
  // feller.`)
  // (With an age or a count after the noun too: `Haar zoon van zes werd ziek.`)
  // (A gesture of response does: `Zijn kleindochter schudt haar hoofd.`)
  if (phrase.kind === 'role' && thirdPersonPossessives.has(tokens[phrase.from]!.lower) && isCloseOne(tokens[pastAgeOrAdjective(tokens, phrase.from + 1)]?.lower ?? '') && isCloseOne(phrase.roles[0] ?? '') && !copulas.has(after.lower) && !isGesture(tokens, next, end)) return undefined
  if (isHeadlineRole(tokens, phrase)) return undefined
  const instead = phrase.kind === 'role' ? notTheSubject(article, discourse, tokens, phrase, next) : undefined
  if (instead) return instead.entity
  // `Alle ouders en leraren hebben …`: everyone of a kind is no one in particular.
  if (phrase.kind === 'role' && genericDeterminers.has(tokens[phrase.from]!.lower)) return undefined
  // `Een voorbijganger vroeg hem de weg.`: who asks someone something hands the floor to the one
  // asked, not to themselves; but when the question itself is quoted next (`Een verslaggever
  // vroeg hem of hij blijft. „Blijft u?”`), the one who asks speaks it (and the one asked
  // answers after it: attribute-quotes.ts).
  if (askingForms.has(after.lower) && objectPronouns.has(tokens[next + 1]?.lower ?? '') && !questionFollows(tokens, end)) return undefined
  const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[start]!.start, false)
  // An institution that only acts (`Het bouwbedrijf leverde vorig jaar 200 woningen op.`) is
  // what the sentence is about, not someone brought on to speak: with no speech verb it does not
  // take the floor.
  // It does when the sentence gives its view (`De gemeente ziet dat anders.`, `is het er niet mee eens`).
  // (A person brought in with the institution's name, `Een woordvoerder van de gemeente`, is no institution.)
  const personOfInstitution = tokens[phrase.from]!.lower === 'een' && !isInstitutionNoun(phrase.roles[0] ?? '')
  // (So does a body named by its place: `De gemeente Zwolle bouwt …`.)
  const institution = phrase.kind === 'role' ? phrase.roles.some((role) => isInstitutionNoun(role)) && !personOfInstitution : phrase.kind === 'name' && found?.entity.roles.some((role) => isInstitutionNoun(role))
  if (found && found.entity.unnamed && institution && !givesView(tokens, next, end)) return undefined
  // A group that only acts (`Docenten moeten hun cijfers opnieuw invoeren.`) while someone is
  // talking is what the lines are about, not who takes over.
  if (found && found.entity.unnamed && discourse.current?.entity.person && !isOneOf(tokens[phrase.from]!) && found.entity.roles.length > 0 && found.entity.roles.every(isPluralRole) && !givesView(tokens, next, end)) return undefined
  return found && (found.entity.person || found.entity.unnamed) ? found.entity : undefined
}

/**
 * When the role phrase that opens the sentence is not who it is about: someone indefinite the
 * sentence says is not there (`Een opvolger is er niet.`: no one), or the object fronted before
 * the verb and a subject pronoun (`Een opvolger heeft hij niet gevonden.`: the pronoun's person).
 * The verb is at `verb`.
 */
function notTheSubject(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, verb: number): {entity: Entity | undefined} | undefined {
  const after = tokens[verb + 1]
  if (tokens[phrase.from]!.lower === 'een' && copulas.has(tokens[verb]!.lower) && after?.lower === 'er' && (tokens[verb + 2]?.lower === 'niet' || tokens[verb + 2]?.lower === 'nog')) return {entity: undefined}
  if (after === undefined || !invertedPronouns.has(after.lower) || after.depth !== 0) return undefined
  const person = after.lower === 'hij' || after.lower === 'zij' || after.lower === 'ze' ? personByPronoun(article, discourse, after.lower, after.start) : undefined
  return {entity: person}
}

/**
 * Past a clause between commas that opens at the comma at `comma` (an apposition, a relative
 * clause): the token after its closing comma, within thirty-two tokens; else `comma`.
 */
function pastCommaClause(tokens: Token[], comma: number, end: number): number {
  const limit = Math.min(end, comma + 32)
  let close = comma + 1
  while (close < limit && !(tokens[close]!.value === ',' && tokens[close]!.depth === 0)) close++
  return close < limit ? close + 1 : comma
}

/** Whether an apposition or a relative clause opens at `at`, after a comma (`, die …`, `, een …`, `, van wie …`). */
function opensApposition(tokens: Token[], at: number): boolean {
  const lower = tokens[at]?.lower ?? ''
  return appositionOpeners.has(lower) || (relativePrepositions.has(lower) && tokens[at + 1]?.lower === 'wie')
}

/** Whether the verb at `verb` makes a gesture of response: `knikt`, and `haalt` only with the shoulders (`haalt zijn schouders op`, not `haalt haar op`). */
function isGesture(tokens: Token[], verb: number, end: number): boolean {
  const word = tokens[verb]!.lower
  if (!respondingGestures.has(word)) return false
  if (word !== 'haalt' && word !== 'haalde') return true
  for (let index = verb + 1; index < end && index - verb <= 3; index++) if (tokens[index]!.lower === 'schouders') return true
  return false
}

/** Past an age or one adjective after a possessive (`Haar 89-jarige moeder`, `zijn oudste zoon`): where the noun stands. */
function pastAgeOrAdjective(tokens: Token[], at: number): number {
  const word = tokens[at]
  return word !== undefined && word.kind === 'word' && word.value === word.lower && (agedWord.test(word.lower) || (word.lower.length > 3 && word.lower.endsWith('e') && !isCloseOne(word.lower))) ? at + 1 : at
}

/** A family noun, or a friend's (`Haar vriend haalt haar op.`: the one around the speaker, no one who takes the floor). */
function isCloseOne(word: string): boolean {
  return kinNouns.has(word) || word === 'vriend' || word === 'vriendin'
}

/** Whether the verb at `verb` is `willen` with `kwijt` or `weten` later in the sentence: wanting to say or to know something. */
function wantsToSay(tokens: Token[], verb: number, end: number): boolean {
  if (!wantingForms.has(tokens[verb]?.lower ?? '')) return false
  for (let index = verb + 1; index < end && index - verb < 16; index++) if (tokens[index]!.depth === 0 && wantingToSay.has(tokens[index]!.lower)) return true
  return false
}

/** Whether the phrase opens with `een` (`Een van de ouders`: one person of the group). */
function isOneOf(token: Token): boolean {
  return token.lower === 'een' || token.lower === 'één'
}

/** Whether a preposition ties something to the phrase `tokens` [from, to) (`een buurman uit Zwolle`). */
function hasPreposition(tokens: Token[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (rolePhrasePrepositions.has(tokens[index]!.lower)) return true
  return false
}

/** Whether the words of `tokens` [from, end) outside quotes give the subject's view (`ziet dat anders`, `is tevreden`). */
function givesView(tokens: Token[], from: number, end: number): boolean {
  // (A verb of noticing with a clause: `De bond ziet vaak dat …`.)
  if (tokens[from]?.kind === 'word' && noticingVerbs.has(tokens[from]!.lower)) {
    for (let index = from + 1; index < end && index - from <= 4; index++) if (tokens[index]!.lower === 'dat' || tokens[index]!.lower === 'waarbij') return true
  }
  // (Looking back or ahead: `blikt het bestuur vooruit`.)
  let looking = false
  for (let index = from; index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) continue
    if (viewWords.has(token.lower) || (looking && lookingParticles.has(token.lower)) || (reflexiveViewNouns.has(token.lower) && tokens[index - 1]?.lower === 'zich')) return true
    looking ||= lookingForms.has(token.lower)
  }
  return false
}

/**
 * A clause after `, maar` (at `index`) whose subject is a person named in full brings that
 * person on (`Op de markt klaagt bijna niemand, maar Eva Kok (34) is een uitzondering.`),
 * when the sentence's opening gave no one.
 */
function butClauseSpeaker(article: Article, discourse: Discourse, tokens: Token[], index: number, end: number): Entity | undefined {
  if (index + 1 >= end || !tokens[index + 1]!.capital) return undefined
  const phrase = readSpeakerPhrase(tokens, index + 1, end)
  if (!phrase || phrase.kind !== 'name') return undefined
  const after = tokens[afterParenthesis(tokens, phrase.to, end)]
  if (!after || after.kind !== 'word' || after.value !== after.lower || isJoined(tokens, phrase.to, end)) return undefined
  return personNamedInFull(article, discourse, tokens, phrase, tokens[index + 1]!.start)
}

/**
 * Capitalised particles (`Van der`, `De`, `Ter`) at `start`, then a mention of a person, then a
 * lower-case word: that person.
 */
function particledSurname(article: Article, tokens: Token[], start: number, end: number): Entity | undefined {
  if (!tokens[start]!.capital || !nameParticles.has(tokens[start]!.lower)) return undefined
  const index = afterParticles(tokens, start, end)
  const name = tokens[index]
  if (!name || name.kind !== 'word' || !name.capital || name.depth !== 0) return undefined
  const mentions = article.registry.mentions
  const mention = mentions[firstAtOrAfter(mentions, name.start)]
  if (!mention || mention.start !== name.start || !mention.entity.person) return undefined
  let after = index + 1
  while (after < end && tokens[after]!.start < mention.end) after++
  const verb = tokens[after]
  return verb && verb.kind === 'word' && verb.depth === 0 && verb.value === verb.lower && !functionWords.has(verb.lower) ? mention.entity : undefined
}

/**
 * One capitalised word and one or two lower-case ones (no function words, no cues, after the
 * first) open the sentence, then a person's full name, maybe an age, and a lower-case verb.
 */
function afterRunInHeading(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number): Entity | undefined {
  const first = tokens[start]
  if (!first || first.kind !== 'word' || !first.capital || cueForms.has(first.lower)) return undefined
  for (let index = start + 1; index <= start + 3 && index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) return undefined
    if (!token.capital) {
      if (functionWords.has(token.lower) || cueForms.has(token.lower) || index === start + 3) return undefined
      continue
    }
    if (index === start + 1) return undefined
    const phrase = readSpeakerPhrase(tokens, index, end)
    // Inside a paragraph only a capitalised title before the name shows where the heading ends
    // (`… vroeg ze. Harde cijfers Wethouder Eva Kok (50) zegt …`): a sentence may well put a name
    // third after a fronted phrase.
    const opensBlock = start === 0 && phrase?.nameFrom === index
    const titled = isRoleToken(token) && phrase?.nameFrom === index + 1
    if (!phrase || phrase.kind !== 'name' || !(opensBlock || titled)) return undefined
    const verb = tokens[afterParenthesis(tokens, phrase.to, end)]
    // (A verb of saying or thinking is one too: `… Eva Kok vindt het …`; after a title the
    // name's tail may come first: `Docent Eva Kok van de Klimopschool vindt …`.)
    if (!verb || verb.kind !== 'word' || verb.value !== verb.lower || (functionWords.has(verb.lower) && !cueForms.has(verb.lower) && !(titled && rolePhrasePrepositions.has(verb.lower)))) return undefined
    return personNamedInFull(article, discourse, tokens, phrase, token.start)
  }
  return undefined
}

/**
 * `Ze belde haar buurvrouw Ria Bos. Die kwam meteen.`: `die` or `deze` opening a sentence, before
 * a verb, points at the person whose name ended the sentence before.
 */
function demonstrativeSubject(article: Article, tokens: Token[], start: number): Entity | undefined {
  const opening = tokens[start]!
  const verb = tokens[start + 1]
  if ((opening.lower !== 'die' && opening.lower !== 'deze') || !verb || verb.kind !== 'word' || verb.value !== verb.lower || isRoleToken(verb)) return undefined
  const stop = tokens[start - 1]
  const last = tokens[start - 2]
  if (!stop || stop.kind !== 'punctuation' || stop.value !== '.' || !last || last.kind !== 'word' || !last.capital) return undefined
  return personEndingAt(article, last)
}

/** The person a name phrase resolves to, when the article names them in full (`Eva Kok`, not `Kok` alone). */
function personNamedInFull(article: Article, discourse: Discourse, tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
  const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', offset, false)
  return found?.entity.person && found.entity.parts.length > 1 ? found.entity : undefined
}

/**
 * Whether the sentence that ends at `end` is followed right away by a quote that asks a question
 * (its words end in `?`).
 */
function questionFollows(tokens: Token[], end: number): boolean {
  const open = tokens[end]
  if (!open || open.kind !== 'open' || open.depth !== 0) return false
  let close = end + 1
  while (close < tokens.length && !(tokens[close]!.kind === 'close' && tokens[close]!.quote === open.quote)) close++
  return quoteEndsIn(tokens, close, endsInQuestion)
}

