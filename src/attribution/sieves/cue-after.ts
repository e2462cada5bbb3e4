/**
 * Sieve 1, `cue`: a cue right after the closing mark. After `”,` Dutch inverts, so any verb
 * followed by its subject reports the quote; without the comma only a known cue does.
 *
 * Example: `„We gaan door”, zegt voorzitter Ria Smit.` → Ria Smit, cue `zegt`; also `„…”,
 * aldus de wethouder`, `„…”, voegde hij eraan toe`, `„…”, kijkt Smit terug`, and `„…”, blijkt
 * uit een brief van de bond` (the source after `uit`), and `„…”, staat in een brief van de
 * bond` (a document after `staat in`), and the writer's `„…?” vraag ik.`; a perfect tense
 * (`“…,” had hij gezegd`), `‘…’, zoals het bedrijf schreef`, and the owner of the words after the
 * subject (`„…”, vertaalt de tolk haar woorden`).
 */
import {cueForms, knowingAfterQuote} from '../../lexicon/cues.js'
import {clauseConjunctions, coordinators, cueFillers, soundSourcePrepositions, subordinators} from '../../lexicon/clause-words.js'
import {functionWords} from '../../lexicon/function-words.js'
import {pairNouns} from '../../lexicon/reference-words.js'
import {isDocumentNoun} from '../../lexicon/roles.js'
import {equatingAfterQuote, perceptionVerbs, perfectAuxiliaries, standingVerbs, wantingForms, wantingToSay} from '../../lexicon/verb-classes.js'
import {cueText} from '../clauses.js'
import type {Entity} from '../find-speakers.js'
import {indefiniteSubject, readSpeakerPhrase} from '../read-speaker-phrase.js'
import {nearestPerson, personByPossessive} from '../references.js'
import {pairBefore, resolvePhrase, writerFound} from '../resolve-phrase.js'
import {heardSaying, subjectBeforeCue, utteranceOwner} from '../speaker-of-clause.js'
import {commaOrDash} from '../token-patterns.js'
import {quoteEndsIn, type Token} from '../read-tokens.js'
import type {Article} from '../article.js'
import type {Discourse} from '../discourse.js'
import {listEndAfter} from '../quote-lists.js'
import type {Found, Sieve} from './sieve.js'

const questionOrExclamationOrComma = /^(?:[?!]+|,)$/

export const cueAfter: Sieve = {
  name: 'cue-after',
  find(quote, evidence, discourse) {
    const tokens = evidence.closeTokens
    // (After a list of quotes, the cue reports each: `‘onhaalbaar’ en ‘te duur’, zegt Smit`.)
    const close = listEndAfter(tokens, evidence.close.token)
    let index = close + 1
    while (index < tokens.length && tokens[index]!.kind === 'punctuation' && commaOrDash.test(tokens[index]!.value)) index++
    // Only a comma inverts (a dash introduces a source: sieve 2), or the quote's own question or
    // exclamation mark, which takes the comma's place (`„…?” wilde Kok weten`).
    // (Or the comma of direct speech inside the marks: `„Mooi,” glundert Kok`.)
    const comma = tokens.slice(close + 1, index).some((token) => token.value === ',') || (index === close + 1 && quoteEndsIn(tokens, close, questionOrExclamationOrComma))
    if (tokens[index]?.lower === 'zo') index++
    const verb = tokens[index]
    if (!verb || verb.kind !== 'word' || verb.depth !== 0) return undefined
    if (verb.lower === 'blijkt' || verb.lower === 'bleek') {
      const from = pastFillersTo(tokens, index, 'uit')
      const source = from === -1 ? undefined : readSpeakerPhrase(tokens, from)
      return source && source.kind !== 'pronoun' ? resolvePhrase(evidence.article, discourse, tokens, source, `${verb.value} uit`, 'cue', quote.start, true) : undefined
    }
    // `„…”, staat in een brief van de bond`: the document is the source (a sign, `staat op`, is
    // no one's: quote-settings.ts).
    if (comma && standingVerbs.has(verb.lower)) {
      const from = pastFillersTo(tokens, index, 'in')
      const source = from === -1 ? undefined : readSpeakerPhrase(tokens, from)
      if (!source || source.kind !== 'role' || !source.roles.some((role) => isDocumentNoun(role))) return undefined
      return resolvePhrase(evidence.article, discourse, tokens, source, `${verb.value} in`, 'cue', quote.start, true)
    }
    // `„…”, klinkt het bij de gemeente`, `„…”, klinkt het in linkse kringen`: the source after the
    // preposition (`„…”, klinkt het in de kantine` names a place: no one's, quote-settings.ts).
    if ((verb.lower === 'klinkt' || verb.lower === 'klonk') && tokens[index + 1]?.lower === 'het') {
      if (!soundSourcePrepositions.has(tokens[index + 2]?.lower ?? '')) return undefined
      // (`klinkt het uit de mond van Eva Kok`: the one whose mouth it is.)
      const mouth = tokens[index + 3]?.lower === 'de' && tokens[index + 4]?.lower === 'mond' && tokens[index + 5]?.lower === 'van'
      const source = readSpeakerPhrase(tokens, mouth ? index + 6 : index + 3)
      if (!source || source.kind === 'pronoun') return undefined
      return resolvePhrase(evidence.article, discourse, tokens, source, `${verb.value} het ${tokens[index + 2]!.value}`, 'cue', quote.start, true)
    }
    // `‘…’, zoals het bedrijf schreef`, `zoals zij het noemde`: the subject, then the cue at the
    // end of the clause.
    if (comma && verb.lower === 'zoals') return subjectBeforeCue(evidence.article, discourse, tokens, index, true, quote.start)
    // `„…”, had hij gezegd`, `„…”, heeft de bond laten weten`: an auxiliary, its subject, then
    // the cue's participle.
    // (The comma may stand inside the quote: `“Neem mee,” had hij gezegd`.)
    // (The participle ends the clause, past what stands between: `had Smit zaterdag nog tegen
    // persbureau Reuters gezegd`.)
    if (comma && perfectAuxiliaries.has(verb.lower)) return subjectBeforeCue(evidence.article, discourse, tokens, index, false, quote.start, undefined, true)
    // `„…?”, wilde Van der Wal weten`, `„…”, wil de bond kwijt`: `willen`, its subject, then an
    // infinitive of saying or asking.
    if (comma && wantingForms.has(verb.lower)) return subjectBeforeCue(evidence.article, discourse, tokens, index, false, quote.start, wantingToSay)
    // `„…”, hoor ik een bezoeker mopperen`: the one heard, before an infinitive of saying.
    if (comma && perceptionVerbs.has(verb.lower)) return heardSaying(evidence.article, discourse, tokens, index, Math.min(tokens.length, index + 16), quote.start)
    // `„…”, luidt de reactie van de bond`, `„…”, aldus het antwoord van de minister`: the owner of
    // the words a noun of utterance names.
    const equated = comma && equatingAfterQuote.has(verb.lower) ? utteranceOwner(tokens, index + 1, tokens.length) : undefined
    if (equated) return resolvePhrase(evidence.article, discourse, tokens, equated, evidence.article.value.slice(verb.start, tokens[equated.from - 2]!.end), 'cue', quote.start, true)
    // `terwijl het publiek ‘schande’ riep`, `toen Bos het plan ‘een gok’ noemde`: a cue that ends a
    // subordinate clause right after the quote has its subject after the conjunction.
    if (!comma && cueForms.has(verb.lower) && endsClauseAfter(tokens, index) && evidence.open.block === evidence.close.block) return verbFinalSubject(evidence.article, discourse, evidence.openTokens, evidence.open.token, verb, quote.start)
    // (`„…?” vraag ik.`: the writer's own verb is the stem of the cue's third person.)
    const firstPerson = tokens[index + 1]?.lower === 'ik' && cueForms.has(verb.lower + 't')
    const known = cueForms.has(verb.lower) || firstPerson || verb.lower === 'aldus' || (comma && (verb.lower === 'volgens' || knowingAfterQuote.has(verb.lower)))
    if (!known && !(comma && verb.value === verb.lower && !functionWords.has(verb.lower))) return undefined
    let subject = index + 1
    while (subject < tokens.length && tokens[subject]!.kind === 'word' && cueFillers.has(tokens[subject]!.lower)) subject++
    // `„…”, zeg ik.`: the writer's own words.
    if (tokens[subject]?.lower === 'ik' && tokens[subject]!.depth === 0) return writerFound(evidence.article, tokens[subject]!, cueText(tokens, index, subject + 1))
    // `„…”, zegt het echtpaar`, `aldus de twee`, `zeggen beiden`: the pair named together before.
    const pair = pairAt(tokens, subject) ? pairBefore(evidence.article, evidence.close.block, tokens, close, quote.start) ?? pairThatSpoke(discourse) : undefined
    if (pair) return {entity: pair, mention: null, cue: cueText(tokens, index, subject), method: 'cue', local: true}
    // `„…”, zegt die.`: a demonstrative subject is the person named last, not the one talking.
    if (demonstrativeAt(tokens, subject)) {
      const other = nearestPerson(evidence.article, evidence.open.block, quote.start, undefined, (entity) => entity !== discourse.current?.entity)
      return other ? {...other, mention: tokens[subject]!.value, cue: cueText(tokens, index, subject), method: 'pronoun', local: true} : undefined
    }
    const phrase = readSpeakerPhrase(tokens, subject) ?? (cueForms.has(verb.lower) ? indefiniteSubject(tokens, subject) : undefined)
    if (!phrase) return undefined
    // `„…”, vertaalt de tolk haar woorden`: the words are the one the possessive stands for.
    const owner = wordsOwner(evidence.article, discourse, tokens, phrase.to)
    if (owner) return {entity: owner, mention: tokens[phrase.to]!.value, cue: cueText(tokens, index, phrase.to), method: 'pronoun', local: true}
    return resolvePhrase(evidence.article, discourse, tokens, phrase, cueText(tokens, index, phrase.to), 'cue', quote.start, true)
  }
}

/** Whether the word at `index` ends its clause: punctuation or a coordinator follows. */
function endsClauseAfter(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1]
  return next === undefined || next.kind === 'punctuation' || (next.kind === 'word' && coordinators.has(next.lower))
}

/**
 * The subject right after the conjunction that opens the quote's clause, within twelve words
 * before the quote (`terwijl het publiek op de tribune ‘…’ riep`): the one whose words the verb
 * after the quote reports.
 */
function verbFinalSubject(article: Article, discourse: Discourse, tokens: Token[], open: number, verb: Token, offset: number): Found | undefined {
  const sentence = tokens[open]!.sentence
  for (let index = open - 1; index >= 0 && open - index <= 12; index--) {
    const token = tokens[index]!
    if (token.sentence !== sentence || token.depth !== 0 || (token.kind === 'punctuation' && token.value !== ',')) return undefined
    if (!subordinators.has(token.lower) && !clauseConjunctions.has(token.lower)) continue
    const phrase = readSpeakerPhrase(tokens, index + 1, open)
    return phrase && phrase.from === index + 1 && phrase.kind !== 'pronoun' ? resolvePhrase(article, discourse, tokens, phrase, `${token.value} ${verb.value}`, 'cue', offset, true) : undefined
  }
  return undefined
}

/** Where the phrase after `preposition` starts when it follows the word at `index` past fillers (`blijkt ook uit`); -1 when it does not. */
function pastFillersTo(tokens: Token[], index: number, preposition: string): number {
  let from = index + 1
  while (from < tokens.length && tokens[from]!.kind === 'word' && cueFillers.has(tokens[from]!.lower)) from++
  return tokens[from]?.lower === preposition ? from + 1 : -1
}

/** `zijn woorden`, `haar woorden` at `index`, after the cue's subject: the person the possessive stands for. */
function wordsOwner(article: Article, discourse: Discourse, tokens: Token[], index: number): Entity | undefined {
  const possessive = tokens[index]
  return possessive && tokens[index + 1]?.lower === 'woorden' ? personByPossessive(article, discourse, possessive.lower, possessive.start) : undefined
}


/** Whether `die` or `deze` stands alone at `index` as the clause's subject (`zegt die.`, `aldus deze,`). */
function demonstrativeAt(tokens: Token[], index: number): boolean {
  const word = tokens[index]
  const next = tokens[index + 1]
  return word !== undefined && word.depth === 0 && (word.lower === 'die' || word.lower === 'deze') && (next === undefined || next.kind === 'punctuation')
}

/**
 * The one group of two people that has spoken in the article, if there is exactly one: the pair
 * named together further back (`schrijven Brouwer en Tan` … `beloven de twee`).
 */
function pairThatSpoke(discourse: Discourse): Entity | undefined {
  let pair: Entity | undefined
  for (const entity of discourse.used) {
    if (!entity.group || !entity.name.includes(' en ') || entity.name.includes(', ')) continue
    if (pair) return undefined
    pair = entity
  }
  return pair
}

/** Whether a pair's phrase starts at `index` (`het echtpaar`, `de twee`, `beiden`) and ends the clause. */
function pairAt(tokens: Token[], index: number): boolean {
  const first = tokens[index]
  if (!first || first.kind !== 'word' || first.depth !== 0) return false
  const second = tokens[index + 1]
  const noun = (first.lower === 'het' || first.lower === 'de') && second !== undefined && (pairNouns.has(second.lower) || second.lower === 'twee')
  const to = noun ? index + 2 : first.lower === 'beiden' || first.lower === 'allebei' ? index + 1 : -1
  return to !== -1 && (tokens[to] === undefined || tokens[to]!.kind !== 'word')
}
