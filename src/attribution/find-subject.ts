/**
 * The subject of a clause with a speech verb: before the verb in a main clause (`Jansen zei dat
 * …`), after it when the clause is inverted (`…, zei Jansen`, `Dat heeft de wethouder laten
 * weten`, `Gisteren zei ze`).
 */
import {surnameOpeners} from '../lexicon/function-words.js'
import {cueFillers, frontingWords, frontWords, relativeAdverbs, sentenceOpeners, subordinators} from '../lexicon/clause-words.js'
import {particledName, relativeClauseTo} from './clauses.js'
import {phraseEndingAt, readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {afterParenthesis, isRoleToken, type Token} from './read-tokens.js'
import {clauseEnd, commaOrDash, subjectPrepositions} from './token-patterns.js'

/**
 * The subject of a clause with a speech verb at `verbAt`. After the verb when the clause is
 * inverted; else the first phrase of the clause that is not inside a prepositional phrase.
 */
export function subjectOf(tokens: Token[], start: number, verbAt: number, end: number): SpeakerPhrase | undefined {
  const before = tokens[verbAt - 1]
  const invertedByComma = verbAt === start || (before !== undefined && (before.kind === 'close' || (before.kind === 'punctuation' && commaOrDash.test(before.value))))
  if (invertedByComma && verbAt > start) {
    const phrase = subjectWithApposition(tokens, start, verbAt)
    if (phrase) return phrase
  }
  if (!invertedByComma) {
    const phrase = subjectBeforeVerb(tokens, start, verbAt)
    if (phrase !== 'inverted') return phrase
  }
  // Inverted: the subject follows the finite verb, which is the verb itself or the second word.
  // `Dat heeft de wethouder laten weten`: after the finite verb, the second word; `Tegen de
  // krant zei hij`: after the speech verb itself.
  const first = tokens[start]
  const front = first !== undefined && first.kind === 'word' && frontWords.has(first.lower)
  let index = !invertedByComma && front && verbAt > start + 1 ? start + 2 : verbAt + 1
  while (index < end && tokens[index]!.kind === 'word' && cueFillers.has(tokens[index]!.lower)) index++
  // `zeiden dat de gemeente …`: what follows the conjunction is what was said, not who said it.
  if (subordinators.has(tokens[index]?.lower ?? '') || tokens[index]?.lower === 'dat') return undefined
  return readSpeakerPhrase(tokens, index, end)
}

/**
 * Where the verb of a subject phrase is to be looked for: past a parenthesis (`(34)`), a place of
 * origin (`uit Ede`), a relative clause (`die het zag`, with its comma or between commas) or an
 * apposition between commas (`, woordvoerder van de bond,`), before `limit`.
 */
export function pastSubjectModifiers(tokens: Token[], phrase: SpeakerPhrase, limit: number): number {
  let next = afterParenthesis(tokens, phrase.to, limit)
  // (A place after the name: `Kees Vos uit Ede`, `Het Kopland College in Ede`.)
  if ((tokens[next]?.lower === 'uit' || tokens[next]?.lower === 'in') && tokens[next + 1]?.capital === true && phrase.kind === 'name') {
    next += 2
    while (next < limit && tokens[next]!.capital && tokens[next]!.kind === 'word') next++
  }
  // (A name's employer and its place: `Wilma Jongeneel van het Stedelijk Gymnasium in Utrecht, …`.)
  if (phrase.kind === 'name') next = pastAffiliation(tokens, next, limit)
  const comma = tokens[next]?.value === ','
  const relative = relativeClauseTo(tokens, comma ? next + 1 : next)
  if (relative > next + 1) return tokens[relative]?.value === ',' ? relative + 1 : relative
  // (A body's noun with an apposition too: `De Pensioenfederatie, de koepel van de fondsen, noemt`.)
  // (Its noun maybe after adjectives: `De Rabobank, de grootste financier van de sector, noemt`.)
  const describedBody = phrase.kind === 'role' && (tokens[next + 1]?.lower === 'de' || tokens[next + 1]?.lower === 'het') && (isRoleToken(tokens[next + 2]) || isRoleToken(tokens[next + 3]) || isRoleToken(tokens[next + 4]))
  if (!comma || (phrase.kind !== 'name' && !describedBody)) return next
  // An apposition to a name runs to the next comma (within twenty words).
  for (let cursor = next + 1; cursor < limit && cursor - next <= 20; cursor++) {
    const token = tokens[cursor]!
    if (token.depth !== 0 || (token.kind === 'punctuation' && clauseEnd.test(token.value))) return next
    if (token.value === ',') return cursor + 1
  }
  return next
}

/** Whether a comma opens the apposition whose name starts at `nameFrom`, right before it or before its article. */
function appositionComma(tokens: Token[], nameFrom: number): boolean {
  const before = tokens[nameFrom - 1]
  return before?.value === ',' || ((before?.lower === 'het' || before?.lower === 'de') && tokens[nameFrom - 2]?.value === ',')
}

/**
 * A subject before a comma right before the verb, with an apposition or a relative clause
 * between them: `Els de Wit, lerares in Zwolle, zegt:`, `De voorzitter van de club, Ton Bos,
 * liet weten`, `Een buurman die het zag, vindt …`.
 */
function subjectWithApposition(tokens: Token[], start: number, verbAt: number): SpeakerPhrase | undefined {
  const before = tokens[verbAt - 1]
  // (After `Ook`, `Maar`, …; between dashes too: `Ook Els de Wit - al dertig jaar lerares -
  // denkt dat …`.)
  const from = start + 1 < verbAt && sentenceOpeners.has(tokens[start]!.lower) ? start + 1 : start
  const phrase = readSpeakerPhrase(tokens, from, verbAt)
  // (Past a parenthesis: `Els de Wit (links op de foto), die …, noemt`.)
  const comma = tokens[afterParenthesis(tokens, phrase ? phrase.to : verbAt, verbAt)]
  // (`Jammer, vindt Bos` has no apposition: the verb follows the comma.)
  if (phrase?.kind === 'name' && comma !== undefined && commaOrDash.test(comma.value) && phrase.to + 2 < verbAt && !frontWords.has(tokens[from]!.lower)) return phrase
  // A role with its name in an apposition.
  // (With the name's article: `Het klimaatpanel van de VN, het IPCC, schrijft …`.)
  if (phrase?.kind === 'name' && phrase.to + 1 === verbAt && phrase.nameFrom > from && appositionComma(tokens, phrase.nameFrom)) return phrase
  // A subject with its relative clause before the comma.
  if (phrase?.kind === 'role' && before?.value === ',' && phrase.to < verbAt - 1 && relativeClauseTo(tokens, phrase.to) === verbAt - 1 && !frontWords.has(tokens[from]!.lower)) return phrase
  // A name with its place or relative clause (`Bakkerij Kolk uit Ede, die het brood bakt, laat
  // weten`), a role with a relative clause between commas (`Een klant, die anoniem wil blijven,
  // vindt`).
  if (phrase && phrase.kind !== 'pronoun' && phrase.to < verbAt - 1 && pastSubjectModifiers(tokens, phrase, verbAt) === verbAt && !frontWords.has(tokens[from]!.lower)) return phrase
  return undefined
}

/**
 * The first phrase of a clause in normal order, not inside a prepositional phrase (`Jansen zei
 * dat …`); `'inverted'` when the clause opens with a fronted phrase whose subject follows the
 * verb.
 */
function subjectBeforeVerb(tokens: Token[], start: number, verbAt: number): SpeakerPhrase | undefined | 'inverted' {
  // `Ik sprak een boer uit Ede, en die zei: …`: a demonstrative after `en` or `maar` is the one
  // the clause before ends with.
  const demonstrative = tokens[verbAt - 1]
  const link = tokens[verbAt - 2]
  if (demonstrative?.lower === 'die' && demonstrative.depth === 0 && (link?.lower === 'en' || link?.lower === 'maar')) {
    const end = tokens[verbAt - 3]?.value === ',' ? verbAt - 3 : verbAt - 2
    return phraseEndingAt(tokens, end, 8, start)
  }
  // The verb of a subordinate clause has its subject after the conjunction (`…, omdat de
  // bewoners ten onrechte zeiden dat …`).
  // (So does a clause after a colon: `Critici waren verdeeld: een recensent noemde het …`.)
  let from = start
  for (let index = verbAt - 1; index > start; index--) {
    if (tokens[index]!.depth === 0 && (subordinators.has(tokens[index]!.lower) || relativeAdverbs.has(tokens[index]!.lower) || tokens[index]!.value === ':')) {
      from = index + 1
      break
    }
  }
  // (Past `Ook`, `Maar`, `En`: `Ook de bond reageert`; an adverb that inverts, `Toch zegt Bos`,
  // leaves the verb next, and no phrase before it.)
  if (from + 1 < verbAt && tokens[from]!.kind === 'word' && sentenceOpeners.has(tokens[from]!.lower)) from++
  for (let index = from; index < verbAt; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') continue
    const previous = tokens[index - 1]
    if (previous && previous.kind === 'word' && subjectPrepositions.test(previous.lower)) continue
    // `Ter vergelijking noemt Bos …`, `Ten slotte zegt hij`: a fronted phrase (the particles of
    // `Ter Horst`, `Ten Have` come before a capital), the subject follows the verb.
    if (index === from && (token.lower === 'ter' || token.lower === 'ten') && tokens[index + 1]?.kind === 'word' && !tokens[index + 1]!.capital) break
    // (A fronted preposition or adverb of time or place with a capital, before a name: `Tegenover
    // RTV Oost zegt Kok`, `Gisteren zei Kok`.)
    if (index === from && token.capital && frontingWords.has(token.lower)) break
    // (A surname's capital particles opening the clause, `Van Oers noemt hem …`: the name after
    // them is the subject, not a phrase with `van`.)
    // (Not an article, which opens a noun: `De Koerden`, `Het Kamerlid`.)
    const surname = index === from && surnameOpeners.has(token.lower) ? particledName(tokens, index, verbAt) : undefined
    if (surname) return surname
    const phrase = readSpeakerPhrase(tokens, index, verbAt)
    if (phrase && phrase.to <= verbAt && !(index === start && frontWords.has(token.lower))) return phrase
    break
  }
  return 'inverted'
}

/**
 * Past `van` or `bij` and a capitalised name (after `het` or `de`), and `in` and a place after
 * it: `van het Stedelijk Gymnasium in Utrecht`, `bij Philips`. `index` when none starts there.
 */
function pastAffiliation(tokens: Token[], index: number, limit: number): number {
  const preposition = tokens[index]?.lower
  if (preposition !== 'van' && preposition !== 'bij') return index
  let cursor = index + 1
  if (tokens[cursor]?.lower === 'het' || tokens[cursor]?.lower === 'de') cursor++
  const from = cursor
  while (cursor < limit && cursor - from < 5 && tokens[cursor]!.kind === 'word' && tokens[cursor]!.depth === 0 && tokens[cursor]!.capital) cursor++
  if (cursor === from) return index
  if (tokens[cursor]?.lower === 'in' && tokens[cursor + 1]?.capital === true && tokens[cursor + 1]!.kind === 'word') cursor += 2
  return cursor
}
