/**
 * The speaker of a clause that introduces or reports a quote: the subject of its speech verb
 * (`Jansen zegt:`, `Volgens de bond zei Jansen dat …`), or, before a colon, the phrase that
 * opens it (`Jansen:`, `De trainer blikt terug:`).
 */
import {cueForms, weakCueForms} from '../lexicon/cues.js'
import {utteranceNouns} from '../lexicon/utterance-nouns.js'
import {coordinators, cueFillers, relativeWords, subordinators} from '../lexicon/clause-words.js'
import {copulas, requestingForms, finiteAuxiliaries, judgingVerbs, modalVerbs, perceptionVerbs, sayingInfinitives, viewWords, wantingForms, wantingToSay} from '../lexicon/verb-classes.js'
import type {AttributionMethod} from '../tree/types.js'
import type {Article} from './article.js'
import {cueText, definiteAfterFrontedVerb, particledName, particleFollows, relativeClauseTo, responderAfter, subjectAfterFrontedPhrase} from './clauses.js'
import type {Discourse} from './discourse.js'
import {subjectOf} from './find-subject.js'
import {readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {afterParenthesis, type Token} from './read-tokens.js'
import {resolvePhrase, writerFound} from './resolve-phrase.js'
import type {Found} from './sieves/sieve.js'
import {subjectPrepositions} from './token-patterns.js'

/** How a clause is read: its tokens [start, end), and how a speaker found in it is recorded. */
export interface ClauseReading {
  tokens: Token[]
  start: number
  end: number
  method: AttributionMethod
  /** The offset names are resolved at (the quote's start). */
  offset: number
  local: boolean
  /** From this index on a weak cue (`vindt`, `noemt`) counts too (before a colon it always does). */
  weakFrom?: number
}

/** The speaker of a clause with a speech verb or of a bare `Name:` clause. */
export function speakerOfClause(article: Article, discourse: Discourse, clause: ClauseReading): Found | undefined {
  const {tokens, start, end} = clause
  // Before a colon even a weak cue introduces the quote (`Bos vult aan:`); so does one right
  // before it (`vindt het 'prima'`, `noemt het 'een goed plan'`).
  const introducing = clause.method === 'colon' || clause.method === 'introduction'
  const weakFrom = clause.weakFrom ?? Number.POSITIVE_INFINITY
  let verbAt = -1
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    // (A participle opening the clause with its preposition is no verb of it: `Gevraagd naar
    // een reactie stuurt de fabrikant …`.)
    if (index === start && token.lower.startsWith('ge') && tokens[index + 1] !== undefined && subjectPrepositions.test(tokens[index + 1]!.lower)) continue
    if (token.depth === 0 && token.kind === 'word' && cueForms.has(token.lower) && (introducing || index >= weakFrom || !weakCueForms.has(token.lower) || weakCueHolds(tokens, index, end))) {
      verbAt = index
      break
    }
  }
  if (verbAt === -1) return introducing ? openingOfClause(article, discourse, clause) : undefined
  // `schreef ik in deze krant dat …`, `Ik schreef toen dat …`: the writer the article names.
  const writer = writerSubject(tokens, verbAt)
  if (writer && article.writer !== undefined) return writerFound(article, writer, cueText(tokens, verbAt, end), clause.method)
  const phrase = coordinatedSubject(tokens, start, verbAt) ?? subjectOf(tokens, start, verbAt, end)
  if (!phrase) return undefined
  return resolvePhrase(article, discourse, tokens, phrase, cueText(tokens, verbAt, end), clause.method, clause.offset, clause.local)
}

/**
 * The subject right before the speech verb at `verbAt` in a clause joined on with a comma and
 * `maar`, `en` or `want` (`De minister zweeg, maar het ministerie laat weten dat …`): the
 * joined clause's own subject, not the one that opens the sentence.
 */
function coordinatedSubject(tokens: Token[], start: number, verbAt: number): SpeakerPhrase | undefined {
  for (let index = verbAt - 2; index > start && verbAt - index <= 12; index--) {
    const token = tokens[index]!
    if (token.depth !== 0) return undefined
    if (!coordinators.has(token.lower) || tokens[index - 1]!.value !== ',') continue
    const phrase = readSpeakerPhrase(tokens, index + 1, verbAt)
    return phrase && phrase.from === index + 1 && phrase.to === verbAt ? phrase : undefined
  }
  return undefined
}

/**
 * The subject after the word at `lead` when a cue's form ends the clause, past up to three
 * fillers (and, with `object`, `het` or `dat`): `„…”, had hij (eerder) gezegd` (cue `had gezegd`),
 * `, zoals het bedrijf (het) schreef` (cue `zoals schreef`).
 */
export function subjectBeforeCue(article: Article, discourse: Discourse, tokens: Token[], lead: number, object: boolean, offset: number, alsoCues?: ReadonlySet<string>, verbFinal = false): Found | undefined {
  // (`ik`, the writer, is no phrase a reading of names and roles finds.)
  const writer = tokens[lead + 1]?.lower === 'ik' && tokens[lead + 1]!.depth === 0
  const phrase: SpeakerPhrase | undefined = writer ? {kind: 'pronoun', from: lead + 1, to: lead + 2, nameFrom: lead + 1, nameTo: lead + 2, roles: []} : readSpeakerPhrase(tokens, lead + 1)
  if (!phrase) return undefined
  // (Past a party or an age in brackets: `wilde Tom van der Wal (CDA) weten`.)
  const from = afterParenthesis(tokens, phrase.to, tokens.length)
  let verb = from
  while (verb < tokens.length && verb - from < 4 && tokens[verb]!.kind === 'word' && (cueFillers.has(tokens[verb]!.lower) || (object && (tokens[verb]!.lower === 'het' || tokens[verb]!.lower === 'dat')))) verb++
  // (In a clause with its verb last, the verb is the clause's last word: `zoals de club de derby
  // vooraf aanprees.`)
  if (verbFinal && !(cueForms.has(tokens[verb]?.lower ?? '') || alsoCues?.has(tokens[verb]?.lower ?? ''))) verb = lastWordOfClause(tokens, from)
  const cue = tokens[verb]
  if (!cue || cue.kind !== 'word' || cue.depth !== 0 || !(cueForms.has(cue.lower) || alsoCues?.has(cue.lower))) return undefined
  // (`„…”, had ik nog tegen mijn dochter gezegd`: the writer the article names.)
  if (writer) return article.writer === undefined ? undefined : writerFound(article, tokens[phrase.from]!, `${tokens[lead]!.value} ${cue.value}`)
  return resolvePhrase(article, discourse, tokens, phrase, `${tokens[lead]!.value} ${cue.value}`, 'cue', offset, true)
}

/** The last word of the clause from `from`, before the punctuation that ends it, at most eight words on (-1: none). */
function lastWordOfClause(tokens: Token[], from: number): number {
  let index = from
  while (index < tokens.length && index - from < 8 && tokens[index]!.kind === 'word' && tokens[index]!.depth === 0) index++
  return index > from && tokens[index]?.kind === 'punctuation' ? index - 1 : -1
}

/** `ik` as the subject of the speech verb at `verbAt`: right after it (inverted) or right before it. */
function writerSubject(tokens: Token[], verbAt: number): Token | undefined {
  const after = tokens[verbAt + 1]
  if (after?.lower === 'ik' && after.depth === 0) return after
  const before = tokens[verbAt - 1]
  return before?.lower === 'ik' && before.depth === 0 ? before : undefined
}

/**
 * A weak cue further from the quote still reports it as `laten weten` (see `lettingKnow`), or as
 * a verb of judging whose object alone stands between it and the quote (`Bos noemt de aanpak van
 * het bedrijf ‘…’`, `Kok vond het in het begin ‘…’`). (Other particle verbs read so, `geeft … aan`,
 * `legt … uit`, cost a sealed set.)
 */
function weakCueHolds(tokens: Token[], index: number, end: number): boolean {
  if (lettingKnow(tokens, index, end)) return true
  // `vroegen Smit en Bos het college om ‘…’`: a request, its words after `om`.
  if (requestingForms.has(tokens[index]!.lower) && tokens[end - 1]?.lower === 'om' && end - index <= 12) return true
  // (And a verb of asking so, its object alone between it and the request: `vragen Smit en Bos
  // het college ‘…’`.)
  if (!(judgingVerbs.has(tokens[index]!.lower) || requestingForms.has(tokens[index]!.lower)) || end - index > 9) return false
  for (let cursor = index + 1; cursor < end; cursor++) {
    const token = tokens[cursor]!
    if (token.kind !== 'word' || token.depth !== 0 || subordinators.has(token.lower) || relativeWords.has(token.lower) || cueForms.has(token.lower)) return false
  }
  return true
}

/** `laat … weten`, `liet … weten` with `weten` within twelve words, before the quote (`De club laat in een verklaring weten dat …`). */
function lettingKnow(tokens: Token[], index: number, end: number): boolean {
  return cueForms.get(tokens[index]!.lower)?.some((verb) => verb.particle === 'weten') === true && particleFollows(tokens, index, Math.min(end, index + 13))
}

/** `Bos:` or `De fabrikant slaat terug:`: the phrase that opens a clause with no speech verb. */
function openingOfClause(article: Article, discourse: Discourse, clause: ClauseReading): Found | undefined {
  const {tokens, start, end, method, offset, local} = clause
  // `De boodschap van de bond is duidelijk:`: whose words the noun names.
  const owner = utteranceOwner(tokens, start, end) ?? responder(tokens, start, end)
  if (owner) return resolvePhrase(article, discourse, tokens, owner, null, method, offset, local)
  const phrase = readSpeakerPhrase(tokens, start, end) ?? particledName(tokens, start, end)
  // (A role with what it talks about: `De burgemeester over de rellen:`, as a name does; or with
  // a relative clause that runs to the colon: `Een agent die de wijk kent:`.)
  // (Or with a short verb of its own and its particle: `Een boze ondernemer stond op:`.)
  // (Or with a copula and a view: `De buren zijn boos:`, `Bewoners zijn het zat:`.)
  const runsToEnd = phrase !== undefined && (phrase.to === end || (phrase.kind === 'role' && (tokens[phrase.to]?.lower === 'over' || relativeClauseTo(tokens, phrase.to) === end || shortVerbTo(tokens, phrase.to, end) || copulaViewTo(tokens, phrase.to, end))))
  const opening = phrase && (runsToEnd || phrase.kind === 'name') ? resolvePhrase(article, discourse, tokens, phrase, null, method, offset, local) : undefined
  if (opening) return opening
  // Two roles of one person: `Oud-speler en nu trainer Jan de Boer: „…”` (the name that ends
  // the clause, past the second role's first words).
  if (phrase?.kind === 'role' && tokens[phrase.to]?.lower === 'en') {
    for (let from = phrase.to + 1; from < end && from - phrase.to <= 3; from++) {
      const second = readSpeakerPhrase(tokens, from, end)
      if (second?.kind === 'name' && second.to === end) return resolvePhrase(article, discourse, tokens, second, null, method, offset, local)
    }
  }
  // `In een verklaring stuurt de fabrikant een alinea uit het contract:`, `Gevraagd naar een
  // reactie stuurt …`: after a phrase of time, place or manner the verb comes second and its
  // subject after it; the first name that follows a word that is no preposition is that subject.
  const named = tokens[start]?.kind === 'word' ? subjectAfterFrontedPhrase(tokens, start, end) ?? definiteRoleAfterFrontedPhrase(tokens, start, end) : undefined
  return named ? resolvePhrase(article, discourse, tokens, named, null, method, offset, local) : undefined
}

/** Whether tokens [from, end) are a copula and at most five words in lower case with a view among them (`zijn boos`, `is het er niet mee eens`). */
function copulaViewTo(tokens: Token[], from: number, end: number): boolean {
  if (end - from < 2 || end - from > 6 || !copulas.has(tokens[from]?.lower ?? '')) return false
  let view = false
  for (let index = from + 1; index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0 || token.value !== token.lower) return false
    view ||= viewWords.has(token.lower)
  }
  return view
}

/** Whether tokens [from, end) are a lower-case verb, no auxiliary, and at most one particle or adverb (`stond op`, `knikt`, `zucht diep`). */
function shortVerbTo(tokens: Token[], from: number, end: number): boolean {
  if (end - from < 1 || end - from > 2) return false
  // (Wanting to know or to say: `Een journalist wilde weten:`.)
  if (end - from === 2 && wantingForms.has(tokens[from]!.lower) && wantingToSay.has(tokens[from + 1]!.lower)) return true
  for (let index = from; index < end; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0 || token.value !== token.lower || (index === from && (finiteAuxiliaries.has(token.lower) || modalVerbs.has(token.lower)))) return false
  }
  return true
}

/**
 * `Over die getuige was de officier stellig:`: after a prepositional phrase and its finite verb,
 * a definite role that runs to the clause's end but for a word or two is the subject.
 */
function definiteRoleAfterFrontedPhrase(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  if (!subjectPrepositions.test(tokens[start]!.lower)) return undefined
  const phrase = definiteAfterFrontedVerb(tokens, start, end)
  return phrase?.kind === 'role' && end - phrase.to <= 2 ? phrase : undefined
}

/** `Kok kreeg bijval van wethouder Tom Vos:`: the one a response noun and `van` name, when they end the clause. */
function responder(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  const phrase = responderAfter(tokens, start + 1, end)
  return phrase && phrase.kind !== 'pronoun' && phrase.to === end ? phrase : undefined
}

/** `De reactie van Jansen`, `Het antwoord van de bond` opening a clause: the phrase after `van`. */
export function utteranceOwner(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  let index = start
  if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
  if (!utteranceNouns.has(tokens[index]?.lower ?? '') || tokens[index + 1]?.lower !== 'van') return undefined
  const phrase = readSpeakerPhrase(tokens, index + 2, end)
  return phrase && phrase.kind !== 'pronoun' ? phrase : undefined
}

/**
 * `hoorde ik een bezoeker zachtjes zeggen: „…”` (before a colon), `„…”, hoor ik een bezoeker
 * mopperen` (after a quote), `hoorde hem dingen zeggen als: ‘…’`: a verb of
 * hearing, then the one heard, then an infinitive of saying: the one heard says the quote.
 */
export function heardSaying(article: Article, discourse: Discourse, tokens: Token[], start: number, end: number, offset: number): Found | undefined {
  let hearing = -1
  for (let index = start; index < end; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') continue
    if (perceptionVerbs.has(token.lower)) hearing = index
    else if (hearing !== -1 && sayingInfinitives.has(token.lower)) {
      // (Past the hearer after the verb: `hoorde ik …`.)
      let from = hearing + 1
      if (tokens[from]?.lower === 'ik' || tokens[from]?.lower === 'we' || tokens[from]?.lower === 'wij') from++
      const phrase = readSpeakerPhrase(tokens, from, index)
      return phrase ? resolvePhrase(article, discourse, tokens, phrase, token.value, 'colon', offset, true) : undefined
    }
  }
  return undefined
}
