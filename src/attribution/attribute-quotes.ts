/**
 * Who said it: give every quote its kind and its speaker, and record how.
 *
 * The article is read once, in order. Sentences outside quotes that report speech (`…, zei
 * Smit.`, `Volgens Smit is …`), and sentences that open with a person as their subject, make
 * that one the current speaker, until a section break or another speaker takes over
 * (`reported-speaker.ts`). For each quote the sieves of `sieves/index.ts` are tried in order,
 * and the first that finds a speaker decides (README § Algorithm):
 * 1. `cue-after`: a cue right after the closing mark (`”, zegt Smit`, `”, aldus de wethouder`);
 * 2. `dash-after`: a source after a dash (`” - wethouder Smit`);
 * 3. `colon-before`: a colon right before the opening mark (`Smit zegt: „…”`, `Smit: „…”`);
 * 4. `described-as`: what someone describes a thing as or calls it (`wat de bond omschreef als
 *    ‘…’`, `dat Bos het plan ‘een gok’ noemde`): tried before the clause's own cue;
 * 5. `cue-before`: a prepositional cue or a speech verb before the quote in its clause
 *    (`volgens haar ‘…’`, `Smit zei dat … ‘…’`, `naar eigen zeggen`);
 * 6. `cue-later`: a cue later in the sentence, after a comma (`Een ‘gok’, noemt Smit het`);
 * 7. `cue-next-sentence`: a cue in the next sentence (`„…” Dat zegt Smit.`);
 * 8. `relative-clause`: a quote in a relative clause with a speech verb after it;
 * 9. `subject`: words quoted inside a sentence whose subject is a person or a source;
 * 10. `introduction`: the previous paragraph ends in a colon after a cue or a source;
 * 11. `answer` (`carry-over`), in an interview: a quote that answers the interviewer's
 *    paragraph is the interviewee's;
 * 12. `introduced-after` (`context`): a quote opening its paragraph, then a person named there
 *    for the first time;
 * 13. `newer-person` (`context`): a person named in this or the previous paragraph since the
 *    current speaker last spoke takes over;
 * 14. `question-reply` (`context`): words right after a quoted question answer it: the one
 *    who spoke before the asker;
 * 15. `carry-over`: the speaker who is talking (in the whole section);
 * 16. `nearest-person` (`context`): with no one talking, the person named last in this or the
 *    previous paragraph;
 * 17. `next-person` (`context`): with no one named yet (an article that opens with a quote), the
 *    first person named after the quote in this or the next paragraph;
 * 18. `other-party` (`context`): words that name the one talking are someone else's, the person
 *    named last before them;
 * 19. `section-carry` (`carry-over`): words that open a section with no one named in it yet are
 *    the one's who talked when the subheading came.
 * A subheading that is only a quote and repeats words quoted later in its section (a pull
 * quote) skips the sieves: it takes the speaker of those words once the walk has attributed them
 * (`pull-quotes.ts`, method `pull-quote`).
 * Quotes listed together as labels, words someone hears or reads, and words on a sign keep a
 * speaker only when the sieve that found it had evidence at the quote (`local`: sieves 1–6 and
 * 8–10; `quote-settings.ts`).
 * A pronoun found by a sieve is resolved to the speaker who is talking when the gender fits,
 * else to the last person named whose gender fits (`pronoun`); a role (`de wethouder`) to the
 * one introduced with it, or else to the person the paragraph is about (`role`); a surname to
 * the full name (`resolve-phrase.ts`). Scare quotes get no speaker; a quote of speech left
 * without one gets the informational message `unattributed-quote`.
 *
 * This driver alone changes the discourse state (`discourse.ts`), after each sentence that
 * brings a speaker on and after each quote it attributes (after a question asked of someone,
 * `De rechter vroeg hem: „…?”`, the one asked has the floor).
 */
import {pronounGender} from '../lexicon/pronouns.js'
import {objectPronouns} from '../lexicon/reference-words.js'
import {askingForms} from '../lexicon/verb-classes.js'
import type {Locator} from '../tree/locate.js'
import {createMessage, type Report} from '../tree/messages.js'
import type {PlacedQuote} from '../quotes/place-quotes.js'
import type {Attribution, Root, Speaker} from '../tree/types.js'
import {type Article, closeOf, isQuestion, isWriter, readArticle, type TokenPlace} from './article.js'
import {classifyQuoteKind} from './classify-quote-kind.js'
import {type Discourse, emptyDiscourse} from './discourse.js'
import type {Entity} from './find-speakers.js'
import {identifyNamedLater} from './named-later.js'
import {isHeadingQuote, repeatedLater} from './pull-quotes.js'
import {isHeard, isListed, isOnSign, isWritten} from './quote-settings.js'
import {readSpeakerPhrase} from './read-speaker-phrase.js'
import type {Token} from './read-tokens.js'
import {reportedSpeaker} from './reported-speaker.js'
import {resolvePronoun} from './references.js'
import {resolvePhrase} from './resolve-phrase.js'
import {searchBack} from './search-back.js'
import {fullStop, quoteMarkRun} from './token-patterns.js'
import {type Evidence, type Found, sieves} from './sieves/index.js'

export interface AttributionContext {
  value: string
  locate: Locator
  /** Where problems in the text go; none are built when nobody listens (a message is an `Error`: building one captures a stack trace). */
  report?: Report | undefined
}

/**
 * @param blockTokens The tokens of each block (paragraph or heading) in order, when the caller
 *   has read them (`fromNews` reads each block's right after placing its quotes); else they are
 *   read here.
 */
export function attributeQuotes(tree: Root, quotes: PlacedQuote[], context: AttributionContext, blockTokens?: Token[][]): void {
  const article = readArticle(tree, context.value, blockTokens)
  if (!article) return
  const used = new Set<Entity>()
  walkArticle(article, quotes, context, used)
  // Nested quotes: a kind, no speaker.
  for (const quote of quotes) {
    if (!quote.paired.depth) continue
    const kind = classifyQuoteKind(quote, context.value, false)
    for (const node of quote.nodes) node.kind = kind === 'direct' ? 'direct' : 'scare'
  }
  writeSpeakers(tree, quotes, article, used, context)
  // Optimised code may keep this call's working state alive until the next call: let go of the
  // token arrays and the records now, so that only the returned tree stays.
  article.blocks.length = 0
  article.sources.introduced.length = 0
  article.sources.mentionStarts.clear()
  article.sources.rolesResolved.clear()
}

/**
 * Walk the sentences at depth 0 of every block: at each sentence's end let it bring a speaker
 * on; attribute each top-level quote when its open token comes up.
 */
function walkArticle(article: Article, quotes: PlacedQuote[], context: AttributionContext, used: Set<Entity>): void {
  let discourse = emptyDiscourse(used)
  let quoteIndex = 0
  const topQuotes = quotes.filter((quote) => !quote.paired.depth)
  // How many quotes each speaker has had so far: the one a portrait is about keeps the floor
  // over a subheading.
  const tally: QuoteTally = {counts: new Map(), leader: undefined, leading: 0, runnerUp: 0}
  // Subheadings that repeat a quote of their section, and the quote they repeat.
  const pullQuotes: Array<[PlacedQuote, PlacedQuote]> = []
  for (let index = 0; index < article.blocks.length; index++) {
    const block = article.blocks[index]!
    // A new section ends the floor, but for the one a portrait is about, or in an interview whose
    // section opens with the writer's question (`Waarom stopt u nu?`): they go on talking in it.
    if (discourse.current && discourse.current.section !== block.section) {
      const keeps = carriesOver(tally, discourse.current.entity) || opensWithQuestion(article, index)
      discourse = keeps ? {...discourse, current: {entity: discourse.current.entity, section: block.section}} : {...discourse, current: undefined, previous: discourse.current}
    }
    const tokens = block.tokens
    let sentenceStart = 0
    for (let position = 0; position <= tokens.length; position++) {
      const token = tokens[position]
      const sentenceEnds = !token || (position > sentenceStart && token.sentence !== tokens[position - 1]!.sentence)
      if (sentenceEnds) {
        const speaker = reportedSpeaker(article, discourse, tokens, sentenceStart, position)
        if (speaker) discourse = speaks(discourse, used, speaker, block.section, tokens[position - 1]?.end ?? 0)
        sentenceStart = position
      }
      if (!token || token.kind !== 'open' || token.depth !== 0) continue
      const quote = topQuotes[quoteIndex]
      if (!quote || quote.nodes[0] !== token.quote) continue
      quoteIndex++
      const open = {block: index, token: position}
      // A pull quote is given the speaker of the words it repeats once they are attributed; it
      // brings no one on.
      const source = isHeadingQuote(article, open) ? repeatedLater(article, topQuotes, quoteIndex - 1, block.section) : undefined
      if (source) {
        const kind = classifyQuoteKind(quote, context.value, true, true)
        for (const node of quote.nodes) node.kind = kind
        pullQuotes.push([quote, source])
        continue
      }
      // The open token is the one at hand; the close token may be in a later paragraph.
      discourse = attributeQuote(article, discourse, used, quote, open, context)
      const speaker = quote.nodes[0]!.attribution
      const entity = speaker ? discourse.current?.entity : undefined
      if (entity && entity.identifier === speaker!.speaker) count(tally, entity)
      // `„Laat nou staan, Errol.”`: the one the words end by addressing by name answers next, in
      // a conversation (one quoted before; not `„Bedankt voor alles, Johan.”` at a grave).
      const addressed = entity ? addressedAtEnd(article, quote, entity) : undefined
      if (addressed && tally.counts.has(addressed)) discourse = speaks(discourse, used, addressed, block.section, quote.end)
    }
  }
  for (const [quote, source] of pullQuotes) repeatSpeaker(quote, source, context)
}

/** Give a pull quote the speaker of the quote whose words it repeats (none for a scare quote). */
function repeatSpeaker(quote: PlacedQuote, source: PlacedQuote, context: AttributionContext): void {
  const said = source.nodes[0]!.attribution
  const attribution: Attribution | null = said && quote.nodes[0]!.kind !== 'scare' ? {speaker: said.speaker, name: said.name, mention: said.mention, cue: null, method: 'pull-quote'} : null
  for (const node of quote.nodes) node.attribution = attribution
  if (!attribution && quote.nodes[0]!.kind !== 'scare') context.report?.(createMessage('unattributed-quote', context.locate.position(quote.start, quote.end)))
}

/** Whether the section whose first block is at `index` opens with the writer's question (past its heading). */
function opensWithQuestion(article: Article, index: number): boolean {
  const section = article.blocks[index]!.section
  return isQuestion(article, index) || (article.blocks[index + 1]?.section === section && isQuestion(article, index + 1))
}

/**
 * Whether the speaker talking keeps the floor into a new section: the one a portrait or an
 * interview is about, who has had at least three quotes and more than twice anyone else's.
 */
function carriesOver(tally: QuoteTally, entity: Entity): boolean {
  const own = tally.counts.get(entity) ?? 0
  const others = tally.leader === entity ? tally.runnerUp : tally.leading
  return own >= 3 && others * 2 <= own
}

/** Quotes per speaker so far, with the most any one has had and the most any other has had (kept as they grow: no walk over all speakers). */
interface QuoteTally {
  counts: Map<Entity, number>
  leader: Entity | undefined
  leading: number
  runnerUp: number
}

/** Count one more quote of `entity`'s in the tally. */
function count(tally: QuoteTally, entity: Entity): void {
  const own = (tally.counts.get(entity) ?? 0) + 1
  tally.counts.set(entity, own)
  if (entity === tally.leader) tally.leading = own
  else if (own > tally.leading) {
    tally.runnerUp = tally.leading
    tally.leader = entity
    tally.leading = own
  } else if (own > tally.runnerUp) tally.runnerUp = own
}

/** The discourse after `entity` spoke (or was brought on) in `section`, up to `since`. */
function speaks(discourse: Discourse, used: Set<Entity>, entity: Entity, section: number, since: number): Discourse {
  used.add(entity)
  // Written out, not spread: a spread here took 1.5 % of `fromNews` (it runs after every
  // sentence that reports speech); the keys in the order of `emptyDiscourse`, one shape for all.
  return {current: {entity, section}, since, interviewee: discourse.interviewee, answers: discourse.answers, used: discourse.used, previous: discourse.previous}
}

/** Give one top-level quote its kind and speaker; the discourse after it. */
function attributeQuote(article: Article, discourse: Discourse, used: Set<Entity>, quote: PlacedQuote, open: TokenPlace, context: AttributionContext): Discourse {
  // (The close is found once, for the sieves' evidence and for the settings' tests.)
  const close = closeOf(article, quote)
  let found = runSieves(quote, evidenceAt(article, quote, open, close), discourse)
  if (found && !found.local && isSpeakerless(article, quote, open, close, context.value)) found = undefined
  // Someone is talking when a sieve found a speaker, or when the quote's own sentence reports
  // speech (speech-evidence.ts): a fragment in a sentence of saying is partial either way.
  // Someone merely named nearby, with no one talking, is `'nearby'`; the sentence is read only
  // when the speaker found does not settle it.
  const speaking = speakingAt(article, open, found)
  const kind = isOnSign(article, close, open) ? 'scare' : classifyQuoteKind(quote, context.value, found !== undefined && found.local, speaking)
  // (A writer the article does not name speaks too, but is no one the record can name.)
  const speaker = kind === 'scare' ? undefined : found
  const named = speaker && speaker.entity.name !== '' ? speaker : undefined
  const attribution: Attribution | null = named
    ? {speaker: named.entity.identifier, name: named.entity.name, mention: named.mention, cue: named.cue, method: named.method}
    : null
  for (const node of quote.nodes) {
    node.kind = kind
    node.attribution = attribution
  }
  if (!speaker) {
    if (kind !== 'scare') context.report?.(createMessage('unattributed-quote', context.locate.position(quote.start, quote.end)))
    // A scare quote in a sentence with its own cue (`‘Jullie’, daarmee bedoelt ze ‘ons’`): the
    // quoted word is no one's, but the cue still tells who is talking.
    if (found && found.local && !found.passing) return speaks(discourse, used, found.entity, article.blocks[open.block]!.section, quote.end)
    return discourse
  }
  if (speaker.passing) return discourse
  // The writer's question (`„…?” vraag ik.`) is answered by the one asked: who was talking, or
  // the one the cue names (`vroeg ik de medewerker`).
  if (isWriter(article, speaker.entity) && asksQuestion(quote, context.value)) {
    const asked = askedByCue(article, discourse, open, quote)
    return asked ? speaks(discourse, used, asked, article.blocks[open.block]!.section, quote.end) : discourse
  }
  // `De rechter vroeg hem: „Waarom?”`: the one asked answers next.
  const asked = asksQuestion(quote, context.value) ? askedBefore(article, discourse, open, speaker.entity) : undefined
  if (asked && asked !== speaker.entity) return speaks(discourse, used, asked, article.blocks[open.block]!.section, quote.end)
  const next = speaks(discourse, used, speaker.entity, article.blocks[open.block]!.section, quote.end)
  // A quote that opens the paragraph after a question answers it: from two in a row, an interview.
  if (open.token !== 0 || !isQuestion(article, open.block - 1)) return next
  return {...next, interviewee: speaker.entity, answers: discourse.interviewee === speaker.entity ? discourse.answers + 1 : 1}
}

/** Whether the quote's words end in a question mark (before its closing marks). */
function asksQuestion(quote: PlacedQuote, value: string): boolean {
  let end = quote.end
  while (end > quote.start && (value.charCodeAt(end - 1) <= 32 || quoteMarkRun.test(value[end - 1]!))) end--
  return value.charCodeAt(end - 1) === 63
}

/** `„…?” vroeg ik de medewerker`: the source named right after the writer's `ik`, if any. */
function askedByCue(article: Article, discourse: Discourse, open: TokenPlace, quote: PlacedQuote): Entity | undefined {
  const close = closeOf(article, quote) ?? open
  const tokens = article.blocks[close.block]!.tokens
  for (let index = close.token + 1; index < tokens.length && index <= close.token + 4; index++) {
    if (tokens[index]!.lower !== 'ik') continue
    const phrase = readSpeakerPhrase(tokens, index + 1)
    if (!phrase || phrase.kind === 'pronoun') return undefined
    const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', tokens[index + 1]!.start, false)
    return found && (found.entity.person || found.entity.unnamed) ? found.entity : undefined
  }
  return undefined
}

/**
 * `De rechter vroeg hem: „…?”`, `Ze vroeg de agent: „…?”`: the person a verb of asking has for
 * its object, in the clause before the quote's colon.
 */
function askedBefore(article: Article, discourse: Discourse, open: TokenPlace, asker: Entity): Entity | undefined {
  const tokens = article.blocks[open.block]!.tokens
  // After a colon (`vroeg hem: „…?”`), or after the sentence of asking right before
  // (`Een verslaggever vroeg hem of hij blijft. „…?”`).
  const before = tokens[open.token - 1]
  const colon = before?.value === ':'
  if (!before || before.depth !== 0 || !(colon || (before.kind === 'punctuation' && fullStop.test(before.value)))) return undefined
  const sentence = before.sentence
  for (let index = open.token - 2; index > 0 && open.token - index < (colon ? 12 : 24); index--) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.sentence !== sentence) return undefined
    if (!askingForms.has(tokens[index - 1]!.lower)) continue
    const phrase = readSpeakerPhrase(tokens, index, open.token - 1)
    // (After a colon the one asked ends the clause; in a sentence of its own, a pronoun does not.)
    if (!phrase || (colon ? phrase.to !== open.token - 1 : phrase.kind !== 'pronoun')) return undefined
    if (phrase.kind === 'pronoun' && !objectPronouns.has(token.lower)) return undefined
    // (The object pronoun of one who asks is someone else: the asker is talking now.)
    if (!colon) {
      const entity = resolvePronoun(article, discourse, token.lower, token.start, false, asker)
      return entity?.person ? entity : undefined
    }
    const found = resolvePhrase(article, discourse, tokens, phrase, null, 'cue', token.start, false)
    return found && (found.entity.person || found.entity.unnamed) ? found.entity : undefined
  }
  return undefined
}

/** A vocative at the end of the words: a comma, a capitalised name and the final mark (`…, Errol.”`). */
const endVocative = /, (\p{Lu}[\p{Ll}'’-]+)[.!?]*$/u

/** The person the quote ends by addressing by name (`„Volgende week weer, Arend.”`), if not its speaker. */
function addressedAtEnd(article: Article, quote: PlacedQuote, speaker: Entity): Entity | undefined {
  const last = quote.paired.parts[quote.paired.parts.length - 1]!
  if (!last.close) return undefined
  const end = last.close.start
  const match = endVocative.exec(article.value.slice(Math.max(quote.start, end - 40), end))
  const entity = match ? article.registry.resolveName(match[1]!, quote.start) : undefined
  return entity && entity.person && entity !== speaker ? entity : undefined
}

/** Whether `entity` is named in the sentence of the quote's open token, before the quote. */
function namedInSentence(article: Article, open: TokenPlace, entity: Entity): boolean {
  const tokens = article.blocks[open.block]!.tokens
  let start = open.token
  while (start > 0 && tokens[start - 1]!.sentence === tokens[open.token]!.sentence) start--
  const from = tokens[start]!.start
  return searchBack(article.registry.mentions, tokens[open.token]!.start, (mention) => (mention.start < from ? 'stop' : mention.entity === entity)) !== undefined
}

/**
 * Whether someone is talking at the quote (see `attributeQuote`): a sieve found a speaker from
 * the evidence, or the one found by the discourse is named (or, for the one talking, stands as a
 * pronoun) in the quote's sentence, or talked in the sentence before; else whether the sentence
 * reports speech, or only someone is named nearby (`'nearby'`). A word or two quoted in the
 * writer's own sentence while someone was talking before is the writer's term, not theirs.
 */
function speakingAt(article: Article, open: TokenPlace, found: Found | undefined): boolean | 'nearby' {
  if (found && found.method !== 'context' && found.method !== 'carry-over') return true
  if (found && namedInSentence(article, open, found.entity)) return true
  const sentence = article.blocks[open.block]!.tokens[open.token]!.sentence
  if (found?.method === 'carry-over' && (pronounInSentence(article, open, found.entity) || (sentence > 0 && article.speech.reportsSpeech(open.block, sentence - 1)))) return true
  return article.speech.reportsSpeech(open.block, sentence) || (found ? 'nearby' : false)
}

/**
 * Whether the sentence of the quote's open token has, before the quote, a third-person pronoun
 * that can stand for `entity` (`Wel is hij ‘nieuwsgierig’`, `Ze maakten ‘desastreus’ beleid`).
 */
function pronounInSentence(article: Article, open: TokenPlace, entity: Entity): boolean {
  const tokens = article.blocks[open.block]!.tokens
  for (let index = open.token - 1; index >= 0 && open.token - index < 40 && tokens[index]!.sentence === tokens[open.token]!.sentence; index--) {
    const token = tokens[index]!
    if (token.depth !== 0 || token.kind !== 'word') continue
    const gender = pronounGender.get(token.lower)
    if (gender !== undefined && (gender === 'either' || gender === 'plural' || entity.gender === null || entity.gender === gender)) return true
  }
  return false
}

/** The first speaker a sieve finds, in the order of `sieves/index.ts`. */
function runSieves(quote: PlacedQuote, evidence: Evidence, discourse: Discourse): Found | undefined {
  for (const sieve of sieves) {
    const found = sieve.find(quote, evidence, discourse)
    if (found) return found
  }
  return undefined
}

/** The evidence at a quote whose open token is at `open` (and close token at `closeFound`, when the caller found it). */
export function evidenceAt(article: Article, quote: PlacedQuote, open: TokenPlace, closeFound = closeOf(article, quote)): Evidence {
  const close = closeFound ?? open
  return {article, open, close, openTokens: article.blocks[open.block]!.tokens, closeTokens: article.blocks[close.block]!.tokens}
}

/**
 * Whether a quote is in a setting where its words are no one's a context rule may name: listed
 * with others as labels (`De woorden ‘snel’, ‘goedkoop’ en ‘veilig’ …`), heard or read (`Ze
 * hoort vaak ‘Ga toch werken’`), or on a sign or in the air (`‘…’, staat op het spandoek`,
 * `‘…’, klinkt het`).
 */
function isSpeakerless(article: Article, quote: PlacedQuote, open: TokenPlace, close: TokenPlace | undefined, value: string): boolean {
  return (isListed(article, open, close) && classifyQuoteKind(quote, value, false, true) === 'partial') || isHeard(article, open) || isWritten(article, close)
}

/** Quotes given to an unnamed source the article names later are the named person's. */
function nameIdentified(quotes: PlacedQuote[], identified: ReadonlyMap<Entity, Entity>): void {
  const byIdentifier = new Map<string, Entity>()
  for (const [source, person] of identified) byIdentifier.set(source.identifier, person)
  for (const quote of quotes) {
    for (const node of quote.nodes) {
      const person = node.attribution?.speaker ? byIdentifier.get(node.attribution.speaker) : undefined
      if (person) node.attribution = {...node.attribution!, speaker: person.identifier, name: person.name}
    }
  }
}

/** The registry holds the people and every source that speaks, numbered in order of first mention. */
function writeSpeakers(tree: Root, quotes: PlacedQuote[], article: Article, used: ReadonlySet<Entity>, context: AttributionContext): void {
  identifyNamedLater(article, used)
  const identified = article.sources.identified
  if (identified.size > 0) nameIdentified(quotes, identified)
  const kept = article.registry.entities
    .filter((entity) => (used.has(entity) || entity.person) && entity.mentions.length > 0 && entity.name !== '' && !identified.has(entity))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
  const renumbered = new Map<string, string>()
  kept.forEach((entity, index) => renumbered.set(entity.identifier, `s${index + 1}`))
  for (const quote of quotes) {
    for (const node of quote.nodes) {
      if (node.attribution?.speaker) node.attribution.speaker = renumbered.get(node.attribution.speaker) ?? null
    }
  }
  const speakers: Speaker[] = kept.map((entity) => ({
    identifier: renumbered.get(entity.identifier)!,
    name: entity.name,
    aliases: [...entity.aliases],
    roles: entity.roles.slice(),
    gender: entity.gender,
    mentions: entity.mentions.map((mention) => ({value: mention.value, position: context.locate.position(mention.start, mention.end)}))
  }))
  tree.data = {...tree.data, speakers}
}
