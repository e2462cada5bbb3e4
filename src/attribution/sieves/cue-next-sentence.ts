/**
 * Sieve 7, `cue`: a cue in the sentence after the quote, when the quote ends its sentence:
 * `Dat zegt …` (a front word, the verb, its subject; or an auxiliary, the subject and the cue's
 * participle: `Dat heeft … gezegd`), a name or pronoun with a cue that reports what went before
 * (`… noemt dat …`, `… zegt dat.`), or a sentence that says whose words they were (`Aan het
 * woord is …`, `Het zijn de woorden van …`). After a colon only `dat` takes the quote up (`„…”:
 * dat bleef hij volhouden.`). Not local: the evidence is in another sentence.
 *
 * Example: `„We gaan door.” Dat zegt voorzitter Ria Smit.` → Ria Smit, cue `zegt`; `„Het is
 * te duur.” Smit noemt dat onzin.` → Smit, cue `noemt`.
 */
import type {PlacedQuote} from '../../quotes/place-quotes.js'
import {cueForms, weakCueForms} from '../../lexicon/cues.js'
import {functionWords} from '../../lexicon/function-words.js'
import {nameCopulas} from '../../lexicon/quote-context-words.js'
import {takenUpNouns} from '../../lexicon/utterance-nouns.js'
import {cueFillers, frontWords} from '../../lexicon/clause-words.js'
import {announcingForms, answeringForms, auxiliaryBeforeCue, denyingForms, framingForms} from '../../lexicon/verb-classes.js'
import {subjectPronouns} from '../../lexicon/pronouns.js'
import {cueText, particleFollows} from '../clauses.js'
import type {Discourse} from '../discourse.js'
import {readSpeakerPhrase, type SpeakerPhrase} from '../read-speaker-phrase.js'
import {quoteEndsIn, type Token} from '../read-tokens.js'
import {resolvePhrase} from '../resolve-phrase.js'
import {endsInQuestion, fullStop, statementEnd} from '../token-patterns.js'
import type {Evidence, Found, Sieve} from './sieve.js'

export const cueNextSentence: Sieve = {
  name: 'cue-next-sentence',
  find(quote, evidence, discourse) {
    const tokens = evidence.closeTokens
    let index = evidence.close.token + 1
    // Only when the quote ends its sentence: a full stop inside or after it (or a colon that a
    // lower-case `dat` takes up: `„…”: dat bleef hij volhouden.`).
    const after = tokens[index]
    if (after && after.kind === 'punctuation' && (fullStop.test(after.value) || (after.value === ':' && tokens[index + 1]?.lower === 'dat'))) index++
    else if (after && after.kind === 'word' && after.value === after.lower) return undefined
    const first = tokens[index]
    if (!first || first.kind !== 'word' || first.depth !== 0) return undefined
    // `Die conclusie trekt de inspectie.`, `Dat advies geeft de bond.`: the words named again,
    // a verb, and who said them.
    const named = utteranceTakenUp(tokens, index)
    if (named) return resolvePhrase(evidence.article, discourse, tokens, named.phrase, tokens[named.verb]!.value, 'cue', quote.start, false)
    // `In de woorden van Eva Kok klinkt …`: whose words they were (`Het zijn de woorden van Eva
    // Kok.`, `Aan het woord is Eva Kok.`).
    const owner = wordsOf(tokens, index) ?? ownerAfterCopula(tokens, index) ?? onTheFloor(tokens, index)
    if (owner) return resolvePhrase(evidence.article, discourse, tokens, owner, null, 'cue', quote.start, false)
    if (!frontWords.has(first.lower)) {
      const phrase = readSpeakerPhrase(tokens, index)
      if (!phrase || !reportsWhatWentBefore(tokens, phrase.kind, phrase.to)) return undefined
      // (`„Wie anders dan u?” Bos antwoordde dat …`: who answers a question did not ask it.)
      if (answeringForms.has(tokens[phrase.to]!.lower) && quoteEndsIn(evidence.closeTokens, evidence.close.token, endsInQuestion)) return undefined
      const found = resolvePhrase(evidence.article, discourse, tokens, phrase, cueText(tokens, phrase.to, phrase.to + 4), 'cue', quote.start, false)
      // (`Vos haalt zijn schouders op. „…” Bos zegt dat hij …`: a clause after `dat` is news of
      // its own, and the quote is the one's the sentence before it brought on.)
      return found && found.entity !== discourse.current?.entity && broughtOnJustBefore(evidence, discourse) && clauseAfterDat(tokens, phrase.to) ? undefined : found
    }
    const verb = tokens[index + 1]
    // `Dat heeft Eva Kok gezegd.`, `Dat bleef hij volhouden.`: an auxiliary, the subject, then
    // the cue's participle or infinitive.
    if (verb && verb.kind === 'word' && auxiliaryBeforeCue.has(verb.lower)) return subjectBeforeLaterCue(quote, evidence, discourse, tokens, index + 2, laterCue)
    // `Dat maakte de politie bekend.`: an announcement, `bekend` after the subject.
    if (verb && verb.kind === 'word' && announcingForms.has(verb.lower)) return subjectBeforeLaterCue(quote, evidence, discourse, tokens, index + 2, (token) => (token.lower === 'bekend' ? `${verb.value} … bekend` : undefined))
    // `Zo opende Eva Kok de vergadering.`: `zo` takes the words up as the way someone put them.
    if (verb && first.lower === 'zo' && framingForms.has(verb.lower)) {
      const phrase = readSpeakerPhrase(tokens, index + 2)
      return phrase ? resolvePhrase(evidence.article, discourse, tokens, phrase, verb.value, 'cue', quote.start, false) : undefined
    }
    // (A particle verb's bare form with its particle: `Dat laat de bond weten.`)
    // (A weak cue too after `Dat`: `Dat vinden veel bewoners.`)
    if (!verb || !cueForms.has(verb.lower) || denyingForms.has(verb.lower) || (weakCueForms.has(verb.lower) && first.lower !== 'dat' && !particleFollows(tokens, index + 1, tokens.length))) return undefined
    let subject = index + 2
    while (subject < tokens.length && tokens[subject]!.kind === 'word' && cueFillers.has(tokens[subject]!.lower)) subject++
    const phrase = readSpeakerPhrase(tokens, subject)
    if (!phrase) return undefined
    return resolvePhrase(evidence.article, discourse, tokens, phrase, cueText(tokens, index + 1, phrase.to), 'cue', quote.start, false)
  }
}

/**
 * The subject at `at` when the word that completes the clause's verb follows within ten words:
 * `cueAt` tells, for each word after the subject, the cue it completes, `null` when the clause
 * names no speaker, and `undefined` to read on (`Dat heeft de bond | gisteren laten weten.`,
 * `Dat maakte de bond | gisteren bekend.`).
 */
function subjectBeforeLaterCue(quote: PlacedQuote, evidence: Evidence, discourse: Discourse, tokens: Token[], at: number, cueAt: (token: Token) => string | null | undefined): Found | undefined {
  const phrase = readSpeakerPhrase(tokens, at)
  if (!phrase) return undefined
  for (let index = phrase.to; index < tokens.length && index - phrase.to < 10; index++) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') return undefined
    const cue = cueAt(token)
    if (cue === null) return undefined
    if (cue !== undefined) return resolvePhrase(evidence.article, discourse, tokens, phrase, cue, 'cue', quote.start, false)
  }
  return undefined
}

/** The cue a participle or an infinitive of saying completes (`gezegd`, `weten`); `null` for one of denying (`ontkend`: someone else's words). */
function laterCue(token: Token): string | null | undefined {
  if (denyingForms.has(token.lower)) return null
  return cueForms.has(token.lower) && !weakCueForms.has(token.lower) ? token.value : undefined
}

/**
 * Whether a name or a pronoun (a phrase of `kind` ending at `to`) is followed by a cue that
 * reports what went before: `noemt dat`, `zegt dat`, or one that ends the sentence (`De bond
 * raadt leden aan` does not), and no colon soon after (`Smit vult aan: „…”` introduces the
 * quote after it).
 */
function reportsWhatWentBefore(tokens: Token[], kind: string, to: number): boolean {
  const cue = kind === 'name' || kind === 'pronoun' ? tokens[to] : undefined
  const verbs = cue && cue.kind === 'word' ? cueForms.get(cue.lower) : undefined
  // (`Bos ontkent dat.`: who denies words answers them; they are someone else's.)
  if (!cue || !verbs || denyingForms.has(cue.lower)) return false
  // (Past the verb's particle: `Bos gaf toe dat …`, `Bos voegde eraan toe dat …` is no cue of this kind.)
  const particle = verbs.some((verb) => verb.particle !== undefined && verb.particle === tokens[to + 1]?.lower)
  const object = tokens[particle ? to + 2 : to + 1]
  if (!object || !(object.lower === 'dat' || (object.kind === 'punctuation' && statementEnd.test(object.value)))) return false
  for (let cursor = to + 1; cursor < tokens.length && cursor - to < 6 && tokens[cursor]!.sentence === cue.sentence; cursor++) {
    if (tokens[cursor]!.value === ':') return false
  }
  return true
}

/**
 * Whether the speaker who is talking was brought on right before the quote: where they last
 * spoke (a sentence's or a quote's end, always a token's) is the end of the token before it.
 */
function broughtOnJustBefore(evidence: Evidence, discourse: Discourse): boolean {
  if (!discourse.current) return false
  const {block, token} = evidence.open
  const before = token > 0 ? evidence.openTokens[token - 1] : evidence.article.blocks[block - 1]?.tokens.at(-1)
  return before !== undefined && before.end === discourse.since
}

/** Whether `dat` after the cue at `verbAt` opens a clause (`zegt dat hij …`, `zegt dat de bond …`), not the object `dat` (`noemt dat onzin`). */
function clauseAfterDat(tokens: Token[], verbAt: number): boolean {
  let index = verbAt + 1
  while (index < tokens.length && index - verbAt < 4 && tokens[index]!.lower !== 'dat') index++
  const next = tokens[index + 1]
  return next !== undefined && next.kind === 'word' && (subjectPronouns.has(next.lower) || next.lower === 'de' || next.lower === 'het' || next.lower === 'er' || next.capital)
}

/** `Die conclusie trekt de inspectie`: a demonstrative and an utterance noun (maybe after `met`), a verb, then its subject (or whose they are, after `van`). */
function utteranceTakenUp(tokens: Token[], index: number): {phrase: SpeakerPhrase; verb: number} | undefined {
  // (After `Met`: `Met die woorden reageerde Eva Kok op …`, the words she answered with.)
  if (tokens[index]!.lower === 'met' && tokens[index + 1]?.kind === 'word') index++
  const first = tokens[index]!.lower
  if ((first !== 'die' && first !== 'dat' && first !== 'deze') || !takenUpNouns.has(tokens[index + 1]?.lower ?? '')) return undefined
  const verb = tokens[index + 2]
  // (`Die woorden kwamen van Eva Kok`, `Die uitspraak is van de bond`: whose they are, after
  // `van`, with a verb like any.)
  const owned = tokens[index + 3]?.lower === 'van'
  if (!verb || verb.kind !== 'word' || verb.value !== verb.lower || (functionWords.has(verb.lower) && !owned)) return undefined
  const from = owned ? index + 4 : index + 3
  const phrase = readSpeakerPhrase(tokens, from)
  return phrase && phrase.kind !== 'pronoun' ? {phrase, verb: index + 2} : undefined
}

/** `Het zijn de woorden van Eva Kok.`, `Dat is de boodschap van de bond.`: a demonstrative or `het`, a copula, and an utterance noun's owner after `van`. */
function ownerAfterCopula(tokens: Token[], index: number): SpeakerPhrase | undefined {
  const first = tokens[index]!.lower
  const copula = tokens[index + 1]?.lower ?? ''
  if ((first !== 'het' && first !== 'dat' && first !== 'dit') || !(nameCopulas.has(copula) || copula === 'zijn' || copula === 'waren')) return undefined
  const article = tokens[index + 2]?.lower
  if ((article !== 'de' && article !== 'het') || !takenUpNouns.has(tokens[index + 3]?.lower ?? '') || tokens[index + 4]?.lower !== 'van') return undefined
  const phrase = readSpeakerPhrase(tokens, index + 5)
  return phrase && phrase.kind !== 'pronoun' ? phrase : undefined
}

/** `Aan het woord is Eva Kok, voorzitter van de bond.`: the one who has the floor. */
function onTheFloor(tokens: Token[], index: number): SpeakerPhrase | undefined {
  // (Or a colon for the verb: `Aan het woord: Eva Kok.`)
  if (tokens[index]!.lower !== 'aan' || tokens[index + 1]?.lower !== 'het' || tokens[index + 2]?.lower !== 'woord' || (tokens[index + 3]?.lower !== 'is' && tokens[index + 3]?.lower !== 'was' && tokens[index + 3]?.value !== ':')) return undefined
  const phrase = readSpeakerPhrase(tokens, index + 4)
  return phrase && phrase.kind !== 'pronoun' ? phrase : undefined
}

/** `In de woorden van Eva Kok …`, `Met de woorden van de bond …` opening the sentence: the one whose words they are (a name or a source, no pronoun). */
function wordsOf(tokens: Token[], index: number): SpeakerPhrase | undefined {
  const first = tokens[index]!.lower
  if ((first !== 'in' && first !== 'met') || tokens[index + 1]?.lower !== 'de' || tokens[index + 2]?.lower !== 'woorden' || tokens[index + 3]?.lower !== 'van') return undefined
  const phrase = readSpeakerPhrase(tokens, index + 4)
  return phrase && phrase.kind !== 'pronoun' ? phrase : undefined
}

