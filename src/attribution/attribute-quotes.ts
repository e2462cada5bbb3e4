/**
 * Who said it: give every quote its kind and its speaker, and record how.
 *
 * The article is read once, in order. Sentences outside quotes that report speech (`…, zei
 * Choe.`, `Volgens Choe is …`), and sentences that open with a person as their subject, make
 * that one the current speaker, until a section break or another speaker takes over. For each
 * quote the rules are tried in this order (README § Algorithm):
 * 1. `cue`: a cue right after the closing mark (`”, aldus Choe`, `'', zegt hij`, `”, voegde
 *    hij eraan toe`; after `”,` any verb followed by its subject: `”, blikt Van Os terug`;
 *    `”, blijkt uit een handleiding`);
 * 2. `dash`: a source after a dash (`” - minister De Jonge`);
 * 3. `colon`: a colon right before the opening mark (`Huibers zegt: „…”`, `Huibers: „…”`);
 * 4. `cue`: a prepositional cue before the quote in its sentence (`volgens haar “…”`);
 * 5. `cue`: a speech verb before the quote in its sentence (`Choe zei dat … “…”`, `naar eigen
 *    zeggen`);
 * 6. `cue`: a cue later in the sentence, after a comma (`Een ‘logisch’ gegeven, vindt Baudet`);
 * 7. `cue`: a cue in the next sentence (`„…” Dat zegt Huibers.`, `„…” Janssen noemt dat …`);
 * 8. `subject`: words quoted inside a sentence whose subject is a person or a source;
 * 9. `introduction`: the previous paragraph ends in a colon after a cue or a source;
 * 10. `carry-over`, in an interview: a quote that answers the interviewer's paragraph is the
 *    interviewee's;
 * 11. `context`, taking over: a person named in this or the previous paragraph since the current
 *    speaker last spoke;
 * 12. `carry-over`: the speaker who is talking (in the whole section);
 * 13. `context`: with no one talking, the person named last in this or the previous paragraph;
 * 14. `context`: with no one named yet (an article that opens with a quote), the first person
 *     named after the quote in this or the next paragraph.
 * Quotes listed together as labels, and words someone hears or reads, take a speaker only from
 * rules 1–8.
 * A pronoun found by a rule is resolved to the speaker who is talking when the gender fits, else
 * to the last person named whose gender fits (`pronoun`); a role (`de onderminister`) to the
 * one introduced with it, or else to the person the paragraph is about (`role`); a surname to
 * the full name. Scare quotes get no speaker; a quote of speech left without one gets the
 * informational message `unattributed-quote`.
 */
import {cueForms, prepositionalCues, weakCueForms} from '../lexicon/cues.js'
import {isFirstName} from '../lexicon/first-names.js'
import {functionWords, nameParticles} from '../lexicon/function-words.js'
import {pronounGender} from '../lexicon/pronouns.js'
import {genderOfRoles, isDocumentNoun, isInstitutionNoun, isPluralRole} from '../lexicon/roles.js'
import {type Entity, findSpeakers, type NameMention} from './find-speakers.js'
import type {Locator} from '../tree/locate.js'
import {createMessage, type Report} from '../tree/messages.js'
import type {PlacedQuote} from '../quotes/place-quotes.js'
import {classifyQuoteKind} from './classify-quote-kind.js'
import {createSpeechEvidence} from './speech-evidence.js'
import {readSpeakerPhrase, type SpeakerPhrase} from './read-speaker-phrase.js'
import {afterParenthesis, isRoleToken, readTokens, type Token} from './read-tokens.js'
import {firstAtOrAfter, searchBack} from './search-back.js'
import type {Attribution, AttributionMethod, Heading, Quote, Root, Speaker} from '../tree/types.js'
import type {Paragraph} from 'nlcst'

// Regular expressions at module level: a literal in a function may be compiled again after a major collection.
const quoteMarkRun = /^["'„“”‘’‚«»‹›,]+$/
const commaOrDash = /^[,–—-]$/
const dashMark = /^[–—-]$/
const sourceEnd = /^[.,;)]$/
const sentenceOrColonEnd = /^[.!?:…]+$/
const fullStop = /^[.!?]$/
/** A punctuation token that ends in a sentence's end (`.`, `?!`). */
const endsInStop = /[.!?]$/
const statementEnd = /^[.!]$/
const clauseEnd = /^[.!?:;]$/
const subjectPrepositions = /^(met|tegen|aan|naar|over|door|van|voor|in|op|bij|uit|om)$/
const sentenceEnd = /^[.!?…]+$/

export interface AttributionContext {
  value: string
  locate: Locator
  report: Report
}

interface Block {
  node: Paragraph | Heading
  section: number
  tokens: Token[]
}

/** A token's place: its paragraph (or heading) and its index there. */
interface TokenPlace {
  block: number
  token: number
}

interface Found {
  entity: Entity
  mention: string | null
  cue: string | null
  method: AttributionMethod
  /** Whether the evidence is explicit: a cue, a colon or a dash at the quote, or a colon introduction. */
  local: boolean
}

/** Words that may stand between a cue verb and its subject: `zegt er nog`, `voegde hij eraan toe`. */
const fillers = new Set(['er', 'eraan', 'nog', 'ook', 'dan', 'wel', 'echter', 'desgevraagd', 'daarover', 'later', 'vervolgens', 'tevens', 'verder', 'nu', 'toen', 'zo', 'immers', 'bovendien', 'zelf', 'dus', 'achteraf', 'eerder', 'lachend', 'stellig', 'droog'])
const rolePrepositions = new Set(['van', 'voor', 'bij', 'uit', 'namens'])
/** Modal verbs: with an indefinite subject they make a general statement (`Een coach kan …`). */
const modalVerbs = new Set(['kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'hoeft', 'hoeven'])
/** Verbs whose subject hears or reads the words quoted, rather than says them. */
const perceptionVerbs = new Set(['hoort', 'hoorde', 'hoorden', 'gehoord', 'leest', 'las', 'lazen', 'gelezen'])
/** `staat op`: what a sign, a banner or a shirt says. */
const standingVerbs = new Set(['staat', 'stond', 'staan', 'stonden', 'prijkt', 'prijkte', 'prijken', 'prijkten'])
/** Words that may open a sentence before its subject: `Ook Van Luijk doet …`, `Maar Jansen ziet …`. */
const sentenceOpeners = new Set(['ook', 'maar', 'en', 'toch', 'zelfs', 'ondertussen', 'intussen', 'inmiddels'])
/** Subordinating conjunctions: a clause after one has its own subject. */
const subordinators = new Set(['doordat', 'omdat', 'terwijl', 'nadat', 'voordat', 'zodat', 'hoewel', 'aangezien', 'zodra', 'totdat', 'wanneer', 'indien', 'tenzij', 'alsof'])
/** Determiners of everyone of a kind: `alle leerlingen`, `elke ouder`. */
const genericDeterminers = new Set(['alle', 'elke', 'iedere', 'ieder', 'geen'])
/** What `deze …` calls the writer's own medium: `deze krant`, `deze site`. */
const writersOwn = new Set(['krant', 'site', 'website', 'redactie', 'omroep'])
/** The forms of `vragen` that put a question to someone (`vroeg hem`). */
const askingForms = new Set(['vraagt', 'vroeg', 'vroegen'])
/** Pronouns as the object of a verb: the one spoken to. */
const objectPronouns = new Set(['hem', 'haar', 'hen', 'hun', 'mij', 'me', 'ons', 'jou', 'u'])
/** Words that open a sentence whose verb comes next (`Dat zegt Huibers`, `Zo zei hij`). */
const frontWords = new Set(['dat', 'dit', 'zo', 'daarom', 'aldus', 'daarover', 'hierover', 'dat', 'wat'])

/**
 * @param blockTokens The tokens of each block (paragraph or heading) in order, when the caller
 *   has read them (`fromNews` reads each block's right after placing its quotes); else they are
 *   read here.
 */
export function attributeQuotes(tree: Root, quotes: PlacedQuote[], context: AttributionContext, blockTokens?: Token[][]): void {
  const blocks: Block[] = []
  let section = 0
  for (const child of tree.children) {
    if (child.type !== 'SectionNode') continue
    section++
    for (const node of child.children) {
      if (node.type === 'WhiteSpaceNode') continue
      blocks.push({node, section, tokens: blockTokens ? blockTokens[blocks.length]! : readTokens(node)})
    }
  }
  if (blocks.length === 0) return

  const tokenLists = blocks.map((block) => block.tokens)
  const registry = findSpeakers(tokenLists)
  const speech = createSpeechEvidence(tokenLists)

  let current: {entity: Entity; section: number} | undefined
  /** In an interview: who answers the questions. */
  let interviewee: Entity | undefined
  /** How many answers in a row the interviewee gave: from two on, the article is an interview. */
  let answers = 0
  /** Offset where the current speaker last spoke. */
  let currentSince = 0
  /** Unnamed sources in the order the article introduces them. */
  const introduced: Array<{entity: Entity; start: number}> = []
  /** Where `, maar` opens a clause in the sentence `reportedSpeaker` reads (-1: nowhere). */
  let butAt = -1
  const used = new Set<Entity>()
  /** Where each unnamed source was mentioned (see `addMention`). */
  const mentionStarts = new Map<Entity, Set<number>>()
  /** The entity each role phrase (by its offset) was resolved to. */
  const rolesResolved = new Map<number, Entity>()
  let quoteIndex = 0
  const topQuotes = quotes.filter((quote) => !quote.paired.depth)

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (current && current.section !== block.section) current = undefined
    const tokens = block.tokens
    let sentenceStart = 0
    // Walk the sentences at depth 0; quotes are handled when their open token comes up.
    for (let position = 0; position <= tokens.length; position++) {
      const token = tokens[position]
      const sentenceEnds = !token || (position > sentenceStart && token.sentence !== tokens[position - 1]!.sentence)
      if (sentenceEnds) {
        const speaker = reportedSpeaker(tokens, sentenceStart, position)
        if (speaker) {
          current = {entity: speaker, section: block.section}
          currentSince = tokens[position - 1]?.end ?? 0
          used.add(speaker)
        }
        sentenceStart = position
      }
      if (!token || token.kind !== 'open' || token.depth !== 0) continue
      const quote = topQuotes[quoteIndex]
      if (!quote || quote.nodes[0] !== token.quote) continue
      quoteIndex++
      // The open token is the one at hand; the close token may be in a later paragraph.
      const open = {block: index, token: position}
      let found = attributeOne(quote, open)
      // Quotes listed together (`‘Zeer intelligent’, ‘lenig van geest’ en ‘een goudvinkje’ waren
      // kwalificaties …`) are labels, or words heard: only a cue at them makes them someone's.
      if (found && !found.local && isListed(quote, open) && classifyQuoteKind(quote, context.value, false, true) === 'partial') found = undefined
      // Words someone hears or reads (`hoort ook ‘Zoek een echte baan, man’`) are not theirs.
      if (found && !found.local && isHeard(open)) found = undefined
      // Words on a sign (`‘…’, staat op een bord`) or in the air (`‘…’, klinkt het`) are no one's
      // that the article names.
      if (found && !found.local && isWritten(quote)) found = undefined
      // The kind comes from the sentence, not from whether a rule found a speaker (speech-evidence.ts).
      const local = found !== undefined && found.local
      const kind = classifyQuoteKind(quote, context.value, local, found !== undefined || speech.reportsSpeech(index, token.sentence))
      const speaker = kind === 'scare' ? undefined : found
      const attribution: Attribution | null = speaker
        ? {speaker: speaker.entity.identifier, name: speaker.entity.name, mention: speaker.mention, cue: speaker.cue, method: speaker.method}
        : null
      for (const node of quote.nodes) {
        node.kind = kind
        node.attribution = attribution
      }
      if (speaker) {
        current = {entity: speaker.entity, section: block.section}
        currentSince = quote.end
        used.add(speaker.entity)
        if (open.token === 0 && isQuestion(index - 1)) {
          answers = interviewee === speaker.entity ? answers + 1 : 1
          interviewee = speaker.entity
        }
      } else if (kind !== 'scare') {
        context.report(createMessage('unattributed-quote', context.locate.position(quote.start, quote.end)))
      }
    }
  }

  // Nested quotes: a kind, no speaker.
  for (const quote of quotes) {
    if (!quote.paired.depth) continue
    const kind = classifyQuoteKind(quote, context.value, false)
    for (const node of quote.nodes) node.kind = kind === 'direct' ? 'direct' : 'scare'
  }

  // The registry holds the people and every source that speaks, numbered in order of first mention.
  const kept = registry.entities
    .filter((entity) => (used.has(entity) || entity.person) && entity.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
  const renumbered = new Map<string, string>()
  kept.forEach((entity, index) => renumbered.set(entity.identifier, `s${index + 1}`))
  for (const quote of quotes) {
    for (const node of quote.nodes) {
      if (node.attribution?.speaker) node.attribution.speaker = renumbered.get(node.attribution.speaker) ?? null
    }
  }
  const speakers: Speaker[] = kept
    .map((entity) => ({
      identifier: renumbered.get(entity.identifier)!,
      name: entity.name,
      aliases: [...entity.aliases],
      roles: entity.roles.slice(),
      gender: entity.gender,
      mentions: entity.mentions.map((mention) => ({value: mention.value, position: context.locate.position(mention.start, mention.end)}))
    }))
  tree.data = {...tree.data, speakers}
  // Optimised code may keep this call's closure context alive until the next call: let go of
  // the token arrays and the working state now, so that only the returned tree stays.
  blocks.length = 0
  tokenLists.length = 0
  introduced.length = 0
  mentionStarts.clear()
  rolesResolved.clear()
  current = undefined
  interviewee = undefined

  function attributeOne(quote: PlacedQuote, open: TokenPlace): Found | undefined {
    const block = open.block
    const close = closeOf(quote) ?? open
    const openTokens = blocks[open.block]!.tokens
    const closeTokens = blocks[close.block]!.tokens

    return (
      cueAfter(closeTokens, close.token, quote) ??
      dashAfter(closeTokens, close.token, quote) ??
      colonBefore(openTokens, open.token, quote) ??
      cueBefore(openTokens, open.token, quote) ??
      (open.block === close.block && opensSentence(openTokens, open.token) ? undefined : cueLater(closeTokens, close.token, quote)) ??
      cueInNextSentence(closeTokens, close.token, quote) ??
      (open.block === close.block ? relativeClauseSpeaker(openTokens, open.token, close.token, quote) : undefined) ??
      subjectOfSentence(openTokens, open.token, quote) ??
      introduction(open.block, open.token, quote) ??
      answer(open.block, open.token) ??
      newerPerson(block, quote.start) ??
      carryOver() ??
      nearestPerson(block, quote.start) ??
      nextPerson(block, quote.end)
    )
  }

  /**
   * Rule 10: in an interview, a quote that opens the paragraph after a question (a paragraph of
   * the interviewer's ending in `?`) is the answer of the one who answered before.
   */
  function answer(block: number, open: number): Found | undefined {
    if (!interviewee || open !== 0) return undefined
    // In an interview every paragraph of the interviewer's, question or not, hands over to the answer.
    if (!isQuestion(block - 1) && !(answers >= 2 && isWriters(block - 1))) return undefined
    return {entity: interviewee, mention: null, cue: null, method: 'carry-over', local: false}
  }

  /**
   * Whether `staat op` (`‘…’, staat op een bord`, `stond op het spandoek`) or `klinkt het`
   * follows the quote.
   */
  function isWritten(quote: PlacedQuote): boolean {
    const close = closeOf(quote)
    if (!close) return false
    const tokens = blocks[close.block]!.tokens
    let index = close.token + 1
    if (tokens[index]?.value === ',') index++
    const verb = tokens[index]
    if (verb === undefined || verb.depth !== 0) return false
    // (Also what no one in particular says: `‘…’, klinkt het in linkse kringen`.)
    if ((verb.lower === 'klinkt' || verb.lower === 'klonk') && tokens[index + 1]?.lower === 'het') return true
    return standingVerbs.has(verb.lower) && tokens[index + 1]?.lower === 'op'
  }

  /** Whether a verb of hearing or reading comes before the quote in its sentence. */
  function isHeard(open: TokenPlace): boolean {
    const tokens = blocks[open.block]!.tokens
    const sentence = tokens[open.token]!.sentence
    for (let index = open.token - 1; index >= 0 && open.token - index < 30 && tokens[index]!.sentence === sentence; index--) {
      if (tokens[index]!.depth === 0 && perceptionVerbs.has(tokens[index]!.lower)) return true
    }
    return false
  }

  /** Whether another quote stands next to this one in a list: `‘…’, ‘…’ en ‘…’`, `‘…’ of ‘…’`. */
  function isListed(quote: PlacedQuote, open: TokenPlace): boolean {
    const close = closeOf(quote) ?? open
    if (open.block !== close.block) return false
    const tokens = blocks[open.block]!.tokens
    const joins = (token: Token | undefined) => token !== undefined && token.depth === 0 && (token.value === ',' || token.lower === 'en' || token.lower === 'of')
    const isMark = (token: Token | undefined) => token !== undefined && token.kind === 'punctuation' && quoteMarkRun.test(token.value)
    // Before: [close] [mark?] join [mark?] open.
    let before = open.token - 1
    while (before >= 0 && isMark(tokens[before]) && tokens[before]!.depth !== 0) before--
    if (joins(tokens[before]) && tokens[before - 1]?.kind === 'close') return true
    let after = close.token + 1
    if (joins(tokens[after])) {
      after++
      while (after < tokens.length && isMark(tokens[after]) && tokens[after]!.kind === 'punctuation' && tokens[after]!.depth === 0 && tokens[after + 1]?.kind !== 'open') after++
      if (tokens[after]?.kind === 'open' || (isMark(tokens[after]) && tokens[after + 1]?.kind === 'open')) return true
    }
    return false
  }

  /** Whether the block is the writer's own: a paragraph with no quote. */
  function isWriters(block: number): boolean {
    const tokens = blocks[block]?.tokens
    return tokens !== undefined && tokens.length > 0 && !tokens.some((token) => token.kind === 'open')
  }

  /** Whether the block is a question of the writer's: no quote, ending in a question mark. */
  function isQuestion(block: number): boolean {
    const tokens = blocks[block]?.tokens
    if (!tokens || tokens.length === 0 || tokens.some((token) => token.kind === 'open')) return false
    const last = tokens[tokens.length - 1]!
    return last.kind === 'punctuation' && last.value.includes('?')
  }

  /** Rule 11: a person named in this or the previous paragraph after the current speaker last spoke takes over. */
  function newerPerson(block: number, offset: number): Found | undefined {
    if (!current) return undefined
    const found = nearestPerson(block, offset)
    if (!found || found.entity === current.entity) return undefined
    const mention = searchBack(registry.mentions, offset, (item) => item.entity === found.entity)
    if (!mention || mention.start <= currentSince) return undefined
    // The speaker named again before the newer name, in the same paragraph, is still the one the
    // lines are about (`Ayranci schroomt niet om de vergelijking tussen Baudet en … te trekken.`).
    // (As the sentence's subject: not `Marloes Borgman van Rijkswaterstaat en …`.)
    const again = searchBack(registry.mentions, mention.start, (item) => item.entity === current!.entity)
    return again && again.start > currentSince && again.block === mention.block && !again.inPhrase && opensSentenceAt(again.block, again.start) ? undefined : found
  }

  /**
   * Where a quote's `close` token is (in the paragraph of its last part): found by its offset
   * (binary search), not kept in a map of every quote, so that no pass over all tokens is needed.
   */
  function closeOf(quote: PlacedQuote): TokenPlace | undefined {
    const node = quote.nodes[quote.nodes.length - 1]!
    const offset = node.position!.end.offset!
    const block = blockOf(offset)
    const tokens = blocks[block]!.tokens
    for (let index = firstAtOrAfter(tokens, offset); index < tokens.length && tokens[index]!.start === offset; index++) {
      if (tokens[index]!.kind === 'close' && tokens[index]!.quote === node) return {block, token: index}
    }
    return undefined
  }

  /**
   * Add a mention to an unnamed source, once per place: the places are kept in a set (a search
   * of the mentions each time made an article that quotes `een buurman` a thousand times quadratic).
   */
  function addMention(entity: Entity, value: string, start: number, end: number): void {
    let starts = mentionStarts.get(entity)
    if (!starts) {
      starts = new Set(entity.mentions.map((mention) => mention.start))
      mentionStarts.set(entity, starts)
    }
    if (starts.has(start)) return
    starts.add(start)
    entity.mentions.push({value, start, end})
  }

  /** The index of the block that holds `offset` (binary search). */
  function blockOf(offset: number): number {
    let low = 0
    let high = blocks.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (blocks[middle]!.node.position!.start.offset! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  /**
   * Rule 14: an article that opens with a quote names its speaker after it: the first person
   * named in this or the next paragraph, when no one has spoken or been named before.
   */
  function nextPerson(block: number, offset: number): Found | undefined {
    if (current) return undefined
    const section = blocks[block]!.section
    const mentions = registry.mentions
    // The first mention at or after `offset`, then a few forward.
    const low = firstAtOrAfter(mentions, offset)
    for (let index = low; index < mentions.length && index - low < 16; index++) {
      const mention = mentions[index]!
      if (mention.block > block + 1 || blocks[mention.block]!.section !== section) return undefined
      if (mention.entity.person && !mention.question) return {entity: mention.entity, mention: null, cue: null, method: 'context', local: false}
    }
    return undefined
  }

  /** Rule 13: no one is talking yet: the person last named in this or the previous paragraph. */
  function nearestPerson(block: number, offset: number): Found | undefined {
    const section = blocks[block]!.section
    // Names in an interviewer's question are not who answers.
    const mention = searchBack(registry.mentions, offset, (item) =>
      item.block < block - 1 || blocks[item.block]!.section !== section ? 'stop' : item.entity.person && !item.question
    )
    return mention ? {entity: mention.entity, mention: null, cue: null, method: 'context', local: false} : undefined
  }

  /** Rule 1: `”, zegt Huibers`, `'', aldus de onderminister`, `”, voegde hij eraan toe`. */
  function cueAfter(tokens: Token[], close: number, quote: PlacedQuote): Found | undefined {
    let index = close + 1
    while (index < tokens.length && tokens[index]!.kind === 'punctuation' && commaOrDash.test(tokens[index]!.value)) index++
    // Only a comma inverts (a dash introduces a source: rule 2).
    const comma = tokens.slice(close + 1, index).some((token) => token.value === ',')
    if (tokens[index]?.lower === 'zo') index++
    const verb = tokens[index]
    if (!verb || verb.kind !== 'word' || verb.depth !== 0) return undefined
    // After `”,` Dutch inverts: any verb followed by its subject reports the quote (`”, blikt
    // Van Os terug`, `”, sust de partijleider`); without the comma only a known cue does.
    // `„…”, blijkt uit een interne handleiding`: the source follows `uit`.
    if (verb.lower === 'blijkt' || verb.lower === 'bleek') {
      let from = index + 1
      while (from < tokens.length && tokens[from]!.kind === 'word' && fillers.has(tokens[from]!.lower)) from++
      if (tokens[from]?.lower !== 'uit') return undefined
      const source = readSpeakerPhrase(tokens, from + 1)
      return source && source.kind !== 'pronoun' ? resolve(tokens, source, `${verb.value} uit`, 'cue', quote.start, true) : undefined
    }
    const known = cueForms.has(verb.lower) || verb.lower === 'aldus'
    if (!known && !(comma && verb.value === verb.lower && !functionWords.has(verb.lower))) return undefined
    let subject = index + 1
    while (subject < tokens.length && tokens[subject]!.kind === 'word' && fillers.has(tokens[subject]!.lower)) subject++
    const phrase = readSpeakerPhrase(tokens, subject)
    if (!phrase) return undefined
    return resolve(tokens, phrase, cueText(tokens, index, phrase.to), 'cue', quote.start, true)
  }

  /** Rule 2: `„…” - minister De Jonge.` */
  function dashAfter(tokens: Token[], close: number, quote: PlacedQuote): Found | undefined {
    const dash = tokens[close + 1]
    if (!dash || dash.kind !== 'punctuation' || !dashMark.test(dash.value)) return undefined
    const phrase = readSpeakerPhrase(tokens, close + 2)
    if (!phrase || phrase.kind === 'pronoun') return undefined
    const after = tokens[phrase.to]
    if (after && !(after.kind === 'punctuation' && sourceEnd.test(after.value))) return undefined
    return resolve(tokens, phrase, null, 'dash', quote.start, true)
  }

  /** Rule 3: `Huibers zegt: „…”` or `Woordvoerder Jan de Vries: „…”`. */
  function colonBefore(tokens: Token[], open: number, quote: PlacedQuote): Found | undefined {
    const colon = tokens[open - 1]
    if (!colon || colon.kind !== 'punctuation' || colon.value !== ':' || colon.depth !== 0) return undefined
    const start = clauseStart(tokens, open - 1)
    return speakerOfClause(tokens, start, open - 1, 'colon', quote.start, true)
  }

  /** Rules 4 and 5: `volgens haar “…”`, `Choe zei vrijdag dat … “…”`. */
  function cueBefore(tokens: Token[], open: number, quote: PlacedQuote): Found | undefined {
    const start = clauseStart(tokens, open)
    for (let index = open - 1; index >= start; index--) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word') continue
      if (prepositionalCues.has(token.lower)) {
        const phrase = readSpeakerPhrase(tokens, index + 1)
        if (phrase) return resolve(tokens, phrase, token.value, 'cue', quote.start, true)
      }
    }
    // `Uit een rapport van de rekenkamercommissie blijkt dat … ‘veiligheidsissues’ …`: the
    // source stands between `uit` and `blijkt` at the sentence's start.
    const opening = sentenceStartOf(tokens, open)
    if (tokens[opening]!.lower === 'uit' && tokens[opening]!.depth === 0) {
      const phrase = readSpeakerPhrase(tokens, opening + 1, open)
      // (Past a phrase of time after the source: `van eind vorig jaar`.)
      let at = phrase ? phrase.to : open
      while (at < open && at - (phrase?.to ?? 0) < 8 && tokens[at]!.kind === 'word' && tokens[at]!.depth === 0 && tokens[at]!.lower !== 'blijkt' && tokens[at]!.lower !== 'bleek') at++
      const verb = at < open ? tokens[at] : undefined
      if (phrase && phrase.kind !== 'pronoun' && verb && (verb.lower === 'blijkt' || verb.lower === 'bleek')) {
        return resolve(tokens, phrase, `${verb.value} uit`, 'cue', quote.start, true)
      }
    }
    return speakerOfClause(tokens, start, open, 'cue', quote.start, true, open - 4)
  }

  /** Whether the token at `offset` in a block opens its sentence, maybe after `Ook`, `Maar`, …. */
  function opensSentenceAt(block: number, offset: number): boolean {
    const tokens = blocks[block]!.tokens
    const index = firstAtOrAfter(tokens, offset)
    if (index >= tokens.length) return false
    const at = index > 0 && sentenceOpeners.has(tokens[index - 1]!.lower) ? index - 1 : index
    if (opensSentence(tokens, at)) return true
    // After a quote that ends in a full stop (`… geschrokken.” Ayranci schroomt …`).
    let before = at - 1
    while (before >= 0 && (tokens[before]!.kind === 'close' || (tokens[before]!.kind === 'punctuation' && quoteMarkRun.test(tokens[before]!.value)))) before--
    return before < at - 1 && before >= 0 && tokens[before]!.kind === 'punctuation' && endsInStop.test(tokens[before]!.value)
  }

  /** Whether the token at `index` opens its sentence (the paragraph, or after a full stop or a colon). */
  function opensSentence(tokens: Token[], index: number): boolean {
    const previous = tokens[index - 1]
    return !previous || previous.sentence !== tokens[index]!.sentence || (previous.kind === 'punctuation' && sentenceOrColonEnd.test(previous.value))
  }

  /** Rule 6: a cue later in the quote's sentence, inverted after a comma: `Een ‘logisch’ gegeven, vindt Baudet.` */
  function cueLater(tokens: Token[], close: number, quote: PlacedQuote): Found | undefined {
    const sentence = tokens[close]!.sentence
    // A quote that ends in a full stop ends its sentence.
    // (The closing mark itself is a token before the close marker.)
    let inside = close - 1
    while (inside > close - 3 && inside >= 0 && tokens[inside]!.kind === 'punctuation' && quoteMarkRun.test(tokens[inside]!.value)) inside--
    if (inside >= 0 && tokens[inside]!.kind === 'punctuation' && endsInStop.test(tokens[inside]!.value)) return undefined
    for (let index = close + 1; index < tokens.length - 1 && index - close < 24; index++) {
      const token = tokens[index]!
      if (token.sentence !== sentence || token.kind === 'open') return undefined
      if (token.kind !== 'punctuation' || token.value !== ',' || token.depth !== 0) continue
      const verb = tokens[index + 1]!
      if (verb.kind !== 'word' || verb.depth !== 0 || !cueForms.has(verb.lower)) continue
      let subject = index + 2
      while (subject < tokens.length && tokens[subject]!.kind === 'word' && fillers.has(tokens[subject]!.lower)) subject++
      const phrase = readSpeakerPhrase(tokens, subject)
      if (!phrase) return undefined
      return resolve(tokens, phrase, cueText(tokens, index + 1, phrase.to), 'cue', quote.start, true)
    }
    return undefined
  }

  /**
   * Rule 8a: a quote in a relative clause with a speech verb after it is the antecedent's (`De
   * universiteit schorste een docent die de kreet ‘Volkert, waar ben je’ schreef`).
   */
  function relativeClauseSpeaker(tokens: Token[], open: number, close: number, quote: PlacedQuote): Found | undefined {
    const verb = tokens[close + 1]
    if (!verb || verb.kind !== 'word' || verb.depth !== 0 || !cueForms.has(verb.lower) || weakCueForms.has(verb.lower)) return undefined
    const sentence = tokens[open]!.sentence
    // `die` a few words before the quote (`die de kreet`, `die op de muur`), then the phrase before it.
    for (let index = open - 1; index > 0 && open - index <= 5; index--) {
      const token = tokens[index]!
      if (token.sentence !== sentence || token.depth !== 0 || token.kind !== 'word') return undefined
      if (token.lower !== 'die') continue
      // The antecedent: the longest phrase that ends right before `die`.
      for (let from = Math.max(0, index - 6); from < index; from++) {
        if (tokens[from]!.sentence !== sentence) continue
        const phrase = readSpeakerPhrase(tokens, from, index)
        if (phrase && phrase.to === index && phrase.kind !== 'pronoun') return resolve(tokens, phrase, verb.value, 'cue', quote.start, true)
      }
      return undefined
    }
    return undefined
  }

  /**
   * Rule 8: words quoted inside a sentence whose subject is a person or a source are that one's
   * (`Debets verwijt de vliegtuigbouwer ‘dood door nalatigheid’`, `KLM verzet zich ‘krachtig’`).
   */
  function subjectOfSentence(tokens: Token[], open: number, quote: PlacedQuote): Found | undefined {
    const sentence = tokens[open]!.sentence
    let start = open
    while (start > 0 && tokens[start - 1]!.sentence === sentence && open - start < 40) start--
    if (start === open || (start > 0 && tokens[start - 1]!.sentence === sentence)) return undefined
    // A question is the interviewer's.
    for (let index = open; index < tokens.length && tokens[index]!.sentence === sentence && index - open < 60; index++) {
      const token = tokens[index]!
      if (token.kind === 'punctuation' && token.depth === 0 && token.value.includes('?')) return undefined
    }
    let phrase = readSpeakerPhrase(tokens, start, open)
    const verb = phrase ? tokens[phrase.to] : undefined
    if (!phrase || !verb || verb.kind !== 'word' || verb.value !== verb.lower || functionWords.has(verb.lower)) {
      // Inverted: a pronoun right after the finite verb (`Op de Oudegracht spreekt hij …`).
      phrase = undefined
      for (let index = start + 1; index < open && index - start < 12; index++) {
        const token = tokens[index]!
        const before = tokens[index - 1]!
        if (token.kind !== 'word' || token.depth !== 0 || !(token.lower === 'hij' || token.lower === 'zij' || token.lower === 'ze')) continue
        if (before.kind === 'word' && before.value === before.lower && !functionWords.has(before.lower)) phrase = readSpeakerPhrase(tokens, index, open)
        break
      }
      if (!phrase) return undefined
    }
    const found = resolve(tokens, phrase, null, 'subject', quote.start, true)
    return found && (found.entity.person || found.entity.unnamed || registry.isOrganisation(found.entity)) ? found : undefined
  }

  /** Rule 7: `„…” Dat zegt Huibers.` / `„…” Hij zegt dat …` in the sentence after the quote. */
  function cueInNextSentence(tokens: Token[], close: number, quote: PlacedQuote): Found | undefined {
    let index = close + 1
    // Only when the quote ends its sentence: a full stop inside or after it.
    const after = tokens[index]
    if (after && after.kind === 'punctuation' && fullStop.test(after.value)) index++
    else if (after && after.kind === 'word' && after.value === after.lower) return undefined
    const first = tokens[index]
    if (!first || first.kind !== 'word' || first.depth !== 0) return undefined
    if (!frontWords.has(first.lower)) {
      // `„…” Janssen noemt dat ‘cherry picking’.`, `„…” Hij zegt dat …`: a name or a pronoun, then a cue.
      const phrase = readSpeakerPhrase(tokens, index)
      const cue = phrase && (phrase.kind === 'name' || phrase.kind === 'pronoun') ? tokens[phrase.to] : undefined
      if (!cue || cue.kind !== 'word' || !cueForms.has(cue.lower)) return undefined
      // The cue reports what went before: `noemt dat`, `zegt dat`, or ends the sentence (`LTO raadt boeren aan` does not).
      const object = tokens[phrase!.to + 1]
      if (!object || !(object.lower === 'dat' || (object.kind === 'punctuation' && statementEnd.test(object.value)))) return undefined
      // (`Yvonne vult aan: „…”` introduces the quote after it.)
      for (let cursor = phrase!.to + 1; cursor < tokens.length && cursor - phrase!.to < 6 && tokens[cursor]!.sentence === cue.sentence; cursor++) {
        if (tokens[cursor]!.value === ':') return undefined
      }
      return resolve(tokens, phrase!, cueText(tokens, phrase!.to, phrase!.to + 4), 'cue', quote.start, false)
    }
    const verb = tokens[index + 1]
    if (!verb || !cueForms.has(verb.lower) || weakCueForms.has(verb.lower)) return undefined
    let subject = index + 2
    while (subject < tokens.length && tokens[subject]!.kind === 'word' && fillers.has(tokens[subject]!.lower)) subject++
    const phrase = readSpeakerPhrase(tokens, subject)
    if (!phrase) return undefined
    return resolve(tokens, phrase, cueText(tokens, index + 1, phrase.to), 'cue', quote.start, false)
  }

  /** Rule 9: the paragraph before ends with a colon: `Huibers legt uit:` ⏎⏎ `„…”`. */
  function introduction(block: number, open: number, quote: PlacedQuote): Found | undefined {
    if (open !== 0 || block === 0) return undefined
    const previous = blocks[block - 1]!
    if (previous.section !== blocks[block]!.section) return undefined
    const last = previous.tokens[previous.tokens.length - 1]
    if (!last || last.kind !== 'punctuation' || last.value !== ':' || last.depth !== 0) return undefined
    const end = previous.tokens.length - 1
    return speakerOfClause(previous.tokens, clauseStart(previous.tokens, end), end, 'introduction', quote.start, true)
  }

  /** Rule 12: the speaker who is talking (it lasts until a section break or a new speaker). */
  function carryOver(): Found | undefined {
    if (!current) return undefined
    return {entity: current.entity, mention: null, cue: null, method: 'carry-over', local: false}
  }

  /** The speaker of a clause with a speech verb or of a bare `Name:` clause. */
  function speakerOfClause(tokens: Token[], start: number, end: number, method: AttributionMethod, offset: number, local: boolean, weakFrom = Number.POSITIVE_INFINITY): Found | undefined {
    // Before a colon even a weak cue introduces the quote (`Yvonne vult aan:`); so does one
    // right before it (`vindt het 'super'`, `noemt het 'een prima initiatief'`).
    const introducing = method === 'colon' || method === 'introduction'
    let verbAt = -1
    for (let index = start; index < end; index++) {
      const token = tokens[index]!
      // (A participle opening the clause with its preposition is no verb of it: `Gevraagd om een
      // reactie stuurt Airbnb …`.)
      if (index === start && token.lower.startsWith('ge') && tokens[index + 1] !== undefined && subjectPrepositions.test(tokens[index + 1]!.lower)) continue
      if (token.depth === 0 && token.kind === 'word' && cueForms.has(token.lower) && (introducing || index >= weakFrom || !weakCueForms.has(token.lower))) {
        verbAt = index
        break
      }
    }
    if (verbAt === -1) {
      if (!introducing) return undefined
      // `Huibers:` or `Kalitta bijt terug:`: the phrase that opens the clause introduces it.
      const phrase = readSpeakerPhrase(tokens, start, end) ?? particledName(tokens, start, end)
      const opening = phrase && (phrase.to === end || phrase.kind === 'name') ? resolve(tokens, phrase, null, method, offset, local) : undefined
      if (opening) return opening
      // Two roles of one person: `Partijgenoot en Tweede Kamerlid Jeroen van Wijngaarden: „…”`
      // (the name that ends the clause, past the second role's first words).
      if (phrase?.kind === 'role' && tokens[phrase.to]?.lower === 'en') {
        for (let from = phrase.to + 1; from < end && from - phrase.to <= 3; from++) {
          const second = readSpeakerPhrase(tokens, from, end)
          if (second?.kind === 'name' && second.to === end) return resolve(tokens, second, null, method, offset, local)
        }
      }
      // `In een reactie stuurt Airbnb een passage uit de reglementen:`, `Gevraagd om een reactie
      // stuurt …`: after a phrase of time, place or manner the verb comes second and its subject
      // after it; the first name that follows a word that is no preposition is that subject.
      const named = tokens[start]?.kind === 'word' ? subjectAfterFrontedPhrase(tokens, start, end) : undefined
      return named ? resolve(tokens, named, null, method, offset, local) : undefined
    }
    const phrase = subjectOf(tokens, start, verbAt, end)
    if (!phrase) return undefined
    return resolve(tokens, phrase, cueText(tokens, verbAt, end), method, offset, local)
  }

  /** Resolve a phrase to an entity. */
  function resolve(tokens: Token[], phrase: SpeakerPhrase, cue: string | null, method: AttributionMethod, offset: number, local: boolean): Found | undefined {
    const text = context.value.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
    if (phrase.kind === 'pronoun') {
      const entity = identifiedNext(tokens, phrase) ?? resolvePronoun(tokens[phrase.from]!.lower, offset)
      return entity ? {entity, mention: text, cue, method: 'pronoun', local} : undefined
    }
    if (phrase.kind === 'name') {
      const name = context.value.slice(tokens[phrase.nameFrom]!.start, tokens[phrase.nameTo - 1]!.end)
      // A title's gender picks among people who share the surname (`zegt mevrouw Vos`).
      const entity = registry.resolveName(name, offset, genderOfRoles(phrase.roles))
      if (!entity) return undefined
      // Someone quoted by name speaks for themselves: a person, unless the name is an organisation's.
      if (cue !== null && !entity.person && !entity.unnamed && !entity.work && !registry.isOrganisation(entity)) entity.person = true
      return {entity, mention: name, cue, method, local}
    }
    // A role: the person introduced with it; else the phrase itself names an unnamed source.
    // A definite or possessive role refers back (`de onderminister`, `zijn partijgenote`).
    const determiner = tokens[phrase.from]!.lower
    const definite = determiner === 'de' || determiner === 'het' || determiner === 'zijn' || determiner === 'haar' || determiner === 'hun' || determiner === 'deze' || determiner === 'dit'
    // An institution with its own name or complement (`het ministerie van Infrastructuur en
    // Waterstaat`, `de Nederlandse overheid`) is one of its own, not `het bedrijf` named before.
    const specific = phrase.roles.some((role) => isInstitutionNoun(role)) && tokens.slice(phrase.from + 1, phrase.to).some((token) => token.capital || rolePrepositions.has(token.lower))
    // A relative clause makes a new one (`De advocaat die hem bijstaat`, `De organisatie die … toewijst, ACNL,`).
    const relative = tokens[phrase.to]?.lower === 'die' || tokens[phrase.to]?.lower === 'dat'
    if (relative && phrase.kind === 'role') {
      const named = appositionAfter(tokens, phrase.to)
      if (named) {
        const entity = registry.resolveName(context.value.slice(tokens[named.nameFrom]!.start, tokens[named.nameTo - 1]!.end), offset)
        if (entity) return {entity, mention: text, cue, method, local}
      }
    }
    if (phrase.kind === 'role' && definite && !specific && !relative) {
      // One phrase names one entity, whichever quote it is read for (`„…”, lichtte de
      // fractievoorzitter toe bij Jensen, „…”`: the second part is hers too, not Jensen's).
      const phraseStart = tokens[phrase.from]!.start
      const resolved = rolesResolved.get(phraseStart)
      if (resolved) return {entity: resolved, mention: text, cue, method: 'role', local}
      // A relation of someone named in the phrase is not that one (`De oom van Ivana`).
      const namesOther = (candidate: Entity) => tokens.slice(phrase.from + 1, phrase.to).some((token) => token.capital && candidate.parts.includes(token.lower))
      let entity = resolveRole(phrase.roles, offset) ?? resolveAffiliation(tokens, phrase, offset) ?? indefiniteAntecedent(phrase.roles, offset)
      if (entity && namesOther(entity)) entity = undefined
      if (entity) {
        rolesResolved.set(phraseStart, entity)
        return {entity, mention: text, cue, method: 'role', local}
      }
      // (A group, `de advocaten`, `de meteorologen`, is no one person of the article's.)
      if (!phrase.roles.some((role) => isInstitutionNoun(role) || isDocumentNoun(role)) && !(phrase.roles.length > 0 && phrase.roles.every((role) => isPluralRole(role)))) {
        // With no one introduced as such: the speaker who is talking if the role's gender fits
        // (`zijn partijgenote`), else the person the paragraph is about (`de mbo-student`).
        const gender = genderOfRoles(phrase.roles)
        const fits = (candidate: Entity) => gender === null || candidate.gender === null || candidate.gender === gender
        if (current && (current.entity.person || current.entity.unnamed) && gender !== null && fits(current.entity) && !namesOther(current.entity)) {
          return {entity: current.entity, mention: text, cue, method: 'role', local}
        }
        // (Not after a possessive: the person nearby is the one whose it is, `Schouten … aldus
        // haar woordvoerder`.)
        const possessive = determiner === 'zijn' || determiner === 'haar' || determiner === 'hun'
        const person = possessive ? undefined : nearestPerson(blockOf(offset), offset)
        if (person && fits(person.entity) && !namesOther(person.entity)) {
          rolesResolved.set(phraseStart, person.entity)
          return {entity: person.entity, mention: text, cue, method: 'role', local}
        }
      }
    }
    // `deze krant` is the writer's own paper: it asks, it does not speak.
    if (determiner === 'deze' && phrase.roles.length === 1 && writersOwn.has(phrase.roles[0]!)) return undefined
    // A source brought in with its relative clause is named with it (`de advocaat die hem bijstaat`).
    const to = relative && phrase.kind === 'role' ? relativeClauseTo(tokens, phrase.to) : phrase.to
    const start = tokens[phrase.from]!.start
    const end = tokens[to - 1]!.end
    const named = to === phrase.to ? text : context.value.slice(start, end)
    const entity = registry.unnamed(named, phrase.roles)
    // An apposition gives it another role: `een van de activisten, een 23-jarige student uit Gent`.
    const role = appositionRole(tokens, to)
    if (role !== undefined && !entity.roles.includes(role)) {
      entity.roles.push(role)
      entity.gender ??= genderOfRoles([role])
    }
    addMention(entity, named, start, end)
    introduced.push({entity, start})
    return {entity, mention: named, cue, method, local}
  }

  /**
   * A sentence outside quotes that reports speech: its speaker. A sentence that opens with a
   * person or a source as its subject (`Gadet ziet dat …`, `Een bewoner van nummer 58 was
   * enorm geschrokken.`) makes that one the likely speaker of the next quote.
   */
  function reportedSpeaker(tokens: Token[], start: number, end: number): Entity | undefined {
    butAt = -1
    return openingSpeaker(tokens, start, end) ?? (butAt > 0 ? butClauseSpeaker(tokens, butAt, end) : undefined)
  }

  /**
   * See `reportedSpeaker`: a clause after `, maar` (at `index`, found by `openingSpeaker`'s walk
   * over the commas) whose subject is a person named in full brings that person on (`Tussen de
   * kramen twijfelt bijna niemand, maar Fleur Jansen (34) is een uitzondering.`), when
   * the sentence's opening gave no one.
   */
  function butClauseSpeaker(tokens: Token[], index: number, end: number): Entity | undefined {
    if (index + 1 >= end || !tokens[index + 1]!.capital) return undefined
    const phrase = readSpeakerPhrase(tokens, index + 1, end)
    if (!phrase || phrase.kind !== 'name') return undefined
    const after = tokens[afterParenthesis(tokens, phrase.to, end)]
    if (!after || after.kind !== 'word' || after.value !== after.lower || isJoined(tokens, phrase.to, end)) return undefined
    return personNamedInFull(tokens, phrase, tokens[index + 1]!.start)
  }

  /** See `reportedSpeaker`: the source of a reporting clause, or the subject that opens the sentence. */
  function openingSpeaker(tokens: Token[], start: number, end: number): Entity | undefined {
    // A cue names the speaker before the sentence's opening subject does: in `Rutte moet zijn
    // beleid beter uitleggen, vindt Kroes.` Kroes is talking. A reporting clause after a comma
    // comes first (`Veel vrouwen vinden het lastig …, zegt Van der Bijl.`).
    for (let index = start + 1; index < end; index++) {
      const token = tokens[index]!
      const previous = tokens[index - 1]!
      if (previous.value !== ',' || previous.depth !== 0 || token.depth !== 0 || token.kind !== 'word') continue
      // (`…, maar Fleur Jansen (34) is …`: kept for `butClauseSpeaker`.)
      if (token.lower === 'maar') {
        if (butAt < 0) butAt = index
        continue
      }
      // `…, aldus zijn moeder.`: the source follows.
      if (token.lower === 'aldus') {
        const phrase = readSpeakerPhrase(tokens, index + 1, end)
        const entity = phrase ? resolve(tokens, phrase, token.value, 'cue', token.start, false)?.entity : undefined
        if (entity) return entity
        continue
      }
      // (`…, zo berekende LTO eerder.`: `zo` before the verb.)
      const verbAt = token.lower === 'zo' && tokens[index + 1]?.kind === 'word' && cueForms.has(tokens[index + 1]!.lower) ? index + 1 : index
      const verb = tokens[verbAt]!
      if (!cueForms.has(verb.lower)) continue
      const phrase = subjectOf(tokens, clauseStart(tokens, verbAt), verbAt, end)
      const entity = phrase ? resolve(tokens, phrase, verb.value, 'cue', verb.start, false)?.entity : undefined
      if (entity) return entity
    }
    for (let index = start; index < end; index++) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word') continue
      if (token.lower === 'volgens') {
        // (`Fred Ros mocht volgens hem …`: the speaker who is talking goes on.)
        const phrase = readSpeakerPhrase(tokens, index + 1, end)
        if (phrase) {
          const entity = resolve(tokens, phrase, token.value, 'cue', token.start, false)?.entity
          if (entity) return entity
        }
        continue
      }
      if (!cueForms.has(token.lower) || tokens[index + 1]?.lower === 'zich') continue
      const previous = tokens[index - 1]
      // A weak cue (`vindt`, `denkt`) reports speech only in inversion: `Kwalijk, vindt Beckerman.`
      if (weakCueForms.has(token.lower) && !(previous && previous.kind === 'punctuation' && previous.value === ',')) continue
      const phrase = subjectOf(tokens, clauseStart(tokens, index), index, end)
      if (!phrase) break
      const entity = resolve(tokens, phrase, token.value, 'cue', token.start, false)?.entity
      if (entity) return entity
      break
    }
    // `„… Ik vertrouw niet iedereen.” Ook Erkim Elkem (38) kan vertellen …`: a quote that ends
    // in its own sentence's end opens this sentence only in the tokens; the writer's starts after it.
    start = afterLeadingQuote(tokens, start, end)
    // (Past a conjunction or an adverb: `Ook Van Luijk doet later haar verhaal.`)
    if (start + 1 < end && sentenceOpeners.has(tokens[start]!.lower)) start++
    const opening = tokens[start]
    // A question (`En Rutte is nog steeds de juiste man?`) is the interviewer's: no one takes over.
    const last = tokens[end - 1]
    const question = last !== undefined && last.kind === 'punctuation' && last.value.includes('?')
    if (!opening || opening.kind !== 'word' || opening.depth !== 0 || question) return undefined
    // `Van der Knaap ondersteunt het idee …`: a person's surname with its particles opens the
    // sentence (the capital `Van` is no preposition here), then a verb.
    const surname = particledSurname(tokens, start, end)
    if (surname) return surname
    const phrase = readSpeakerPhrase(tokens, start, end)
    // `Bij de Dokwerker spreekt wethouder Rutger Groot Wassink de mensen toe.`: after a phrase of
    // place or time the subject follows the verb; a person named in full there takes the floor.
    if (!phrase && subjectPrepositions.test(opening.lower)) {
      const named = subjectAfterFrontedPhrase(tokens, start, end)
      return named ? personNamedInFull(tokens, named, tokens[start]!.start) : undefined
    }
    // A subheading run into its paragraph (`Altijd druk Iraida Donk (35) werkt …`, where the
    // layout was lost): a person named in full after the heading's words is the subject.
    if (start === 0) {
      const named = afterRunInHeading(tokens, end)
      if (named) return named
    }
    // Past a parenthesis (`Het ministerie van Infrastructuur en Waterstaat (IenW) wijst …`).
    let next = afterParenthesis(tokens, phrase ? phrase.to : end, end)
    // Past an apposition between commas (`Harko van den Hende, die onderzoek doet …, mist urgentie`).
    if (phrase?.kind === 'name' && tokens[next]?.value === ',') {
      const limit = Math.min(end, next + 20)
      let comma = next + 1
      while (comma < limit && !(tokens[comma]!.value === ',' && tokens[comma]!.depth === 0)) comma++
      if (comma < limit) next = comma + 1
    }
    const after = tokens[next]
    // A sentence that is only a person's name (`Ook reservekeeper Nick Hengelman.`) brings that
    // person on: the one the next lines are about.
    if (phrase?.kind === 'name' && next === end - 1 && after?.value === '.') return personNamedInFull(tokens, phrase, tokens[start]!.start)
    if (!phrase || !after || after.kind !== 'word' || after.value !== after.lower) return undefined
    // Two subjects joined (`Piet Kramer van de provincie en Bram Wessels van aannemer Hoogbouw
    // blijven nuchter`): the sentence is about both, so neither takes the floor alone.
    if (phrase.kind === 'name' && isJoined(tokens, next, end)) return undefined
    // A pronoun subject (`Ze is de eerste nabestaande die …`) keeps or brings back the person it names.
    if (phrase.kind === 'pronoun') {
      const entity = opening.lower === 'hij' || opening.lower === 'zij' || opening.lower === 'ze' ? resolvePronoun(opening.lower, opening.start) : undefined
      return entity?.person ? entity : undefined
    }
    // `Een zogenoemde brutale zus kan hen verder helpen`: someone indefinite with a modal verb is
    // a kind of person, not one who talks.
    if (phrase.kind === 'role' && tokens[phrase.from]!.lower === 'een' && modalVerbs.has(after.lower)) return undefined
    // `Alle leerlingen en medewerkers hebben …`: everyone of a kind is no one in particular.
    if (phrase.kind === 'role' && genericDeterminers.has(tokens[phrase.from]!.lower)) return undefined
    // `Een onbekende vroeg hem om zijn gegevens.`: who asks someone something hands the floor to
    // the one asked, not to themselves.
    if (askingForms.has(after.lower) && objectPronouns.has(tokens[next + 1]?.lower ?? '')) return undefined
    const found = resolve(tokens, phrase, null, 'cue', tokens[start]!.start, false)
    return found && (found.entity.person || found.entity.unnamed) ? found.entity : undefined
  }

  /**
   * See `reportedSpeaker`: capitalised particles (`Van der`, `De`, `Ter`) at `start`, then a
   * mention of a person, then a lower-case word: that person.
   */
  function particledSurname(tokens: Token[], start: number, end: number): Entity | undefined {
    if (!tokens[start]!.capital || !nameParticles.has(tokens[start]!.lower)) return undefined
    const index = afterParticles(tokens, start, end)
    const name = tokens[index]
    if (!name || name.kind !== 'word' || !name.capital || name.depth !== 0) return undefined
    const mentions = registry.mentions
    const at = firstAtOrAfter(mentions, name.start)
    const mention = mentions[at]
    if (!mention || mention.start !== name.start || !mention.entity.person) return undefined
    let after = index + 1
    while (after < end && tokens[after]!.start < mention.end) after++
    const verb = tokens[after]
    return verb && verb.kind === 'word' && verb.depth === 0 && verb.value === verb.lower && !functionWords.has(verb.lower) ? mention.entity : undefined
  }

  /**
   * See `reportedSpeaker`: one capitalised word and one or two lower-case ones (no function
   * words, no cues, after the first) open the paragraph, then a person's full name, maybe an age, and a
   * lower-case verb.
   */
  function afterRunInHeading(tokens: Token[], end: number): Entity | undefined {
    const first = tokens[0]
    if (!first || first.kind !== 'word' || !first.capital || cueForms.has(first.lower)) return undefined
    for (let index = 1; index <= 3 && index < end; index++) {
      const token = tokens[index]!
      if (token.kind !== 'word' || token.depth !== 0) return undefined
      if (!token.capital) {
        if (functionWords.has(token.lower) || cueForms.has(token.lower) || index === 3) return undefined
        continue
      }
      if (index === 1) return undefined
      const phrase = readSpeakerPhrase(tokens, index, end)
      if (!phrase || phrase.kind !== 'name' || phrase.nameFrom !== index) return undefined
      const verb = tokens[afterParenthesis(tokens, phrase.to, end)]
      if (!verb || verb.kind !== 'word' || verb.value !== verb.lower || functionWords.has(verb.lower)) return undefined
      return personNamedInFull(tokens, phrase, token.start)
    }
    return undefined
  }

  /** The person a name phrase resolves to, when the article names them in full (`Ruben Hoekstra`, not `Hoekstra` alone). */
  function personNamedInFull(tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
    const found = resolve(tokens, phrase, null, 'cue', offset, false)
    return found?.entity.person && found.entity.parts.length > 1 ? found.entity : undefined
  }

  /**
   * `de omgevingsmanager van Rijkswaterstaat`: the person last named as working there
   * (`Marloes Borgman van Rijkswaterstaat`).
   */
  function resolveAffiliation(tokens: Token[], phrase: SpeakerPhrase, offset: number): Entity | undefined {
    let index = phrase.from + 1
    while (index < phrase.to && tokens[index]!.lower !== 'van' && tokens[index]!.lower !== 'bij') index++
    if (index >= phrase.to) return undefined
    index++
    if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
    const words: string[] = []
    while (index < phrase.to && tokens[index]!.capital) words.push(tokens[index++]!.lower)
    if (words.length === 0) return undefined
    const affiliation = words.join(' ')
    // (Someone placed at an organisation by a full name is a person, known first name or not.)
    const entity = searchBack(registry.mentions, offset, (mention) => (mention.entity.person || (mention.entity.parts.length > 1 && !registry.isOrganisation(mention.entity))) && mention.entity.affiliations.includes(affiliation))?.entity
    if (entity) entity.person = true
    return entity
  }

  /**
   * `de medewerker`, `het rapport`: the source the article brought in earlier as `een …`
   * (`een medewerker van het bedrijf SRvision`, `een rapport van de rekenkamercommissie`),
   * looked for in this and the five paragraphs before.
   */
  function indefiniteAntecedent(roles: string[], offset: number): Entity | undefined {
    const last = blockOf(offset)
    // `het document` may go back to `een nieuwe handleiding`.
    const documents = roles.every((role) => isDocumentNoun(role))
    // At most 1,500 tokens back, so that a long paragraph full of such roles stays linear.
    let budget = 1500
    for (let block = last; block >= 0 && last - block <= 5 && budget > 0; block--) {
      const tokens = blocks[block]!.tokens
      // Start at the last token before `offset` (binary search), not at the block's end.
      let index = Math.min(tokens.length, firstAtOrAfter(tokens, offset)) - 1
      for (; index > 0 && budget > 0; index--, budget--) {
        const token = tokens[index]!
        if (token.depth !== 0 || !(roles.includes(token.lower) || (documents && isDocumentNoun(token.lower)))) continue
        // `een` before the noun, through at most two adjectives.
        let article = index - 1
        while (article > 0 && index - article < 3 && tokens[article]!.lower !== 'een') article--
        if (tokens[article]!.lower !== 'een') continue
        const phrase = readSpeakerPhrase(tokens, article)
        if (!phrase || phrase.kind !== 'role' || phrase.to <= index) continue
        const text = context.value.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
        const entity = registry.unnamed(text, phrase.roles)
        addMention(entity, text, tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end)
        return entity
      }
    }
    return undefined
  }

  /** A name between commas after a relative clause: `…, die in Nederland slots toewijst, ACNL, wil`. */
  function appositionAfter(tokens: Token[], from: number): SpeakerPhrase | undefined {
    for (let index = from; index < tokens.length && index - from < 16; index++) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind === 'open' || (token.kind === 'punctuation' && clauseEnd.test(token.value))) return undefined
      if (token.value !== ',') continue
      const phrase = readSpeakerPhrase(tokens, index + 1)
      return phrase?.kind === 'name' && tokens[phrase.to]?.value === ',' ? phrase : undefined
    }
    return undefined
  }

  /** The most recent person whose gender fits the pronoun. */
  function resolvePronoun(pronoun: string, offset: number): Entity | undefined {
    const gender = pronounGender.get(pronoun)
    if (gender === 'plural') return current?.entity
    // `ze` and `zij` are a woman when one fits, else a group.
    const wanted = gender === 'male' ? 'male' : 'female'
    const fits = (entity: Entity) => (entity.person || entity.unnamed) && (entity.gender === null || entity.gender === wanted)
    const speaking = current && fits(current.entity) ? current.entity : undefined
    const last = lastPerson(offset, fits, wanted)
    // The speaker who is talking, unless the person named last is known to fit and the speaker is not.
    if (speaking && !(last && last !== speaking && last.gender === wanted && speaking.gender !== wanted)) return speaking
    if (last) return last
    // `ze` of a group: the source that is talking, if it is no man or woman.
    return gender === 'either' && current && !current.entity.person && current.entity.gender === null ? current.entity : undefined
  }

  /**
   * `„Stop!”, gilt ze. Het is parochiesecretaris Elly Visser.`: the sentence after the pronoun's
   * says who it is, with a name of the pronoun's gender (or none known).
   */
  function identifiedNext(tokens: Token[], phrase: SpeakerPhrase): Entity | undefined {
    const pronoun = tokens[phrase.from]!.lower
    const gender = pronounGender.get(pronoun)
    if (gender === 'plural') return undefined
    // The pronoun's sentence ends within a few words (`, meermaals.`).
    let index = phrase.to
    const limit = Math.min(tokens.length, phrase.to + 6)
    while (index < limit && !(tokens[index]!.kind === 'punctuation' && tokens[index]!.value === '.' && tokens[index]!.depth === 0)) index++
    if (index >= limit || tokens[index + 1]?.lower !== 'het' || tokens[index + 2]?.lower !== 'is') return undefined
    const named = readSpeakerPhrase(tokens, index + 3)
    if (!named || named.kind !== 'name' || tokens[named.to]?.value !== '.') return undefined
    const entity = registry.resolveName(context.value.slice(tokens[named.nameFrom]!.start, tokens[named.nameTo - 1]!.end), tokens[named.to]!.start)
    const wanted = gender === 'male' ? 'male' : 'female'
    return entity?.person && (entity.gender === null || entity.gender === wanted) ? entity : undefined
  }

  /**
   * The person named last before `offset` that fits, or an unnamed source introduced later whose
   * role shows the gender (`de bewoonster`; not `getuigen`, not `de politie`).
   */
  function lastPerson(offset: number, fits: (entity: Entity) => boolean, gender: 'male' | 'female'): Entity | undefined {
    const named = searchBack(registry.mentions, offset, (mention) => fits(mention.entity))
    const unnamed = searchBack(introduced, offset, (entry) => entry.entity.gender === gender)
    return named && (!unnamed || named.start > unnamed.start) ? named.entity : unnamed?.entity
  }

  /**
   * The source last introduced with one of the roles before `offset`: a named person
   * (`onderminister … Choe Son-hui`), an unnamed source (`een ondernemer van Turkse komaf` →
   * `de ondernemer`), or for `het bedrijf`, `de organisatie` the organisation last named.
   */
  function resolveRole(roles: string[], offset: number): Entity | undefined {
    // `de onderminister` fits `onderminister` (and `de minister` fits it too); `het CDA-Kamerlid`
    // fits `kamerlid`, but `de onderminister` is no `minister`.
    // (Each entity is asked once: the same few come up in every mention looked back over.)
    const known = new Map<Entity, boolean>()
    const fits = (entity: Entity) => {
      let result = known.get(entity)
      if (result === undefined) {
        result = entity.roles.some((role) => roles.some((wanted) => role === wanted || role.endsWith(wanted) || (wanted.endsWith(role) && wanted.charCodeAt(wanted.length - role.length - 1) === 45)))
        known.set(entity, result)
      }
      return result
    }
    const named = searchBack(registry.mentions, offset, (mention) => fits(mention.entity), 128)
    const unnamed = searchBack(introduced, offset, (entry) => fits(entry.entity), 128)
    if (named && (!unnamed || named.start > unnamed.start)) return named.entity
    if (unnamed) return unnamed.entity
    if (roles.some((role) => isInstitutionNoun(role))) {
      // An organisation that has spoken already; else the one the article talks about, not one in
      // a phrase (`bij het ministerie van Transport`).
      // (A one-word name that spoke may have been taken for a person's: `Volgens Kalitta, …`.)
      const organisation = (mention: NameMention) => !mention.entity.person && !mention.entity.unnamed
      const mayBeOrganisation = (mention: NameMention) =>
        organisation(mention) ||
        (!mention.entity.unnamed && mention.entity.roles.every((role) => isInstitutionNoun(role)) && mention.entity.gender === null && !isFirstName(mention.entity.parts[0]!))
      return (
        searchBack(registry.mentions, offset, (mention) => mayBeOrganisation(mention) && used.has(mention.entity), 64)?.entity ??
        searchBack(registry.mentions, offset, (mention) => organisation(mention) && !mention.inPhrase && (registry.isOrganisation(mention.entity) || mention.entity.roles.length > 0))?.entity
      )
    }
    return undefined
  }
}

/**
 * Whether `en` or `of` joins another name at `index`, maybe after the first one's affiliation
 * (`Piet Kramer | van de provincie en Bram …`, `Anna Vos | van Waterschap Aa en Ruud …`).
 */
function isJoined(tokens: Token[], index: number, end: number): boolean {
  if (tokens[index]?.lower === 'van' || tokens[index]?.lower === 'bij') {
    index++
    if (tokens[index]?.lower === 'de' || tokens[index]?.lower === 'het') index++
    const from = index
    while (index < end && index - from < 4 && tokens[index]!.kind === 'word' && !functionWords.has(tokens[index]!.lower)) index++
    if (index === from) return false
  }
  const word = tokens[index]
  const next = tokens[index + 1]
  return word !== undefined && word.kind === 'word' && (word.lower === 'en' || word.lower === 'of') && next !== undefined && next.kind === 'word' && next.capital === true
}

/** The index of the first token of the sentence of the token at `index` (looking back at most 60 tokens). */
function sentenceStartOf(tokens: Token[], index: number): number {
  const sentence = tokens[index]!.sentence
  let start = index
  while (start > 0 && index - start < 60 && tokens[start - 1]!.sentence === sentence && !(tokens[start - 1]!.kind === 'punctuation' && tokens[start - 1]!.depth === 0 && sentenceEnd.test(tokens[start - 1]!.value))) start--
  return start
}

/**
 * After a quote that opens the sentence at `start` and closes on a sentence's end, with a
 * capitalised word after it: that word's index; else `start`.
 */
function afterLeadingQuote(tokens: Token[], start: number, end: number): number {
  const open = tokens[start]
  if (!open || open.kind !== 'open' || open.depth !== 0) return start
  let close = start + 1
  while (close < end && !(tokens[close]!.kind === 'close' && tokens[close]!.quote === open.quote)) close++
  // (The quote's closing mark is its last token: the sentence's end comes before it.)
  let inner = close - 1
  while (inner > start && tokens[inner]!.kind === 'punctuation' && quoteMarkRun.test(tokens[inner]!.value)) inner--
  const last = tokens[inner]
  const next = tokens[close + 1]
  if (close >= end || !last || last.kind !== 'punctuation' || !endsInStop.test(last.value) || !next || next.kind !== 'word' || !next.capital || next.depth !== 0) return start
  return close + 1
}

/**
 * The subject after the verb of a clause that opens with a phrase of its own (`In een reactie
 * stuurt Airbnb …`, `Bij de Dokwerker spreekt wethouder …`): the first name, within the clause's
 * first eight words, after a word that is no preposition or function word.
 */
function subjectAfterFrontedPhrase(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  const limit = Math.min(end, start + 8)
  for (let index = start + 2; index < limit; index++) {
    const token = tokens[index]!
    const previous = tokens[index - 1]!
    if (token.depth !== 0 || previous.kind !== 'word' || previous.value !== previous.lower) {
      if (token.depth !== 0 || token.kind !== 'word') return undefined
      continue
    }
    if (!token.capital) continue
    // (A name in the fronted phrase: `Bij de Dokwerker`.)
    if (subjectPrepositions.test(previous.lower) || functionWords.has(previous.lower)) continue
    const phrase = readSpeakerPhrase(tokens, index, end)
    return phrase?.kind === 'name' ? phrase : undefined
  }
  return undefined
}

/**
 * The subject of a clause with a speech verb at `verbAt`. After the verb when the clause is
 * inverted (`…, zei Choe`, `Dat heeft de minister laten weten`, `Vrijdag zei hij`); else the
 * first phrase of the clause that is not inside a prepositional phrase (`Choe zei dat …`).
 */
function subjectOf(tokens: Token[], start: number, verbAt: number, end: number): SpeakerPhrase | undefined {
  const before = tokens[verbAt - 1]
  const invertedByComma = verbAt === start || (before !== undefined && (before.kind === 'close' || (before.kind === 'punctuation' && commaOrDash.test(before.value))))
  // A subject with an apposition between commas: `Annelies Groeneveld, hoogleraar …, zegt:`.
  if (invertedByComma && verbAt > start) {
    // (After `Ook`, `Maar`, …; between dashes too: `Ook Marijn van Rossum - een van de weinige
    // twintigers - denkt dat …`.)
    const from = start + 1 < verbAt && sentenceOpeners.has(tokens[start]!.lower) ? start + 1 : start
    const phrase = readSpeakerPhrase(tokens, from, verbAt)
    // (Past a parenthesis: `Geert Driessen (onderste portret), die …, noemt`.)
    const comma = tokens[afterParenthesis(tokens, phrase ? phrase.to : verbAt, verbAt)]
    // (`Kwalijk, vindt Beckerman` has no apposition: the verb follows the comma.)
    if (phrase?.kind === 'name' && comma !== undefined && commaOrDash.test(comma.value) && phrase.to + 2 < verbAt && !frontWords.has(tokens[from]!.lower)) return phrase
    // A role with its name in an apposition: `De gouverneur van Alabama, Kay Ivey, liet weten`.
    if (phrase?.kind === 'name' && phrase.to + 1 === verbAt && tokens[phrase.nameFrom - 1]?.value === ',' && phrase.nameFrom > from) return phrase
    // A subject with its relative clause before the comma: `Een buurman die erbij was, vindt …`.
    if (phrase?.kind === 'role' && before?.value === ',' && phrase.to < verbAt - 1 && relativeClauseTo(tokens, phrase.to) === verbAt - 1 && !frontWords.has(tokens[from]!.lower)) return phrase
  }
  if (!invertedByComma) {
    // The verb of a subordinate clause has its subject after the conjunction (`…, doordat de VS
    // ten onrechte zeiden dat …`).
    let from = start
    for (let index = verbAt - 1; index > start; index--) {
      if (tokens[index]!.depth === 0 && subordinators.has(tokens[index]!.lower)) {
        from = index + 1
        break
      }
    }
    for (let index = from; index < verbAt; index++) {
      const token = tokens[index]!
      if (token.depth !== 0 || token.kind !== 'word') continue
      const previous = tokens[index - 1]
      if (previous && previous.kind === 'word' && subjectPrepositions.test(previous.lower)) continue
      // `Ter illustratie verhaalt Kroes …`, `Ten slotte zegt hij`: a fronted phrase (the particles
      // of `Ter Horst`, `Ten Hag` come before a capital), the subject follows the verb.
      if (index === from && (token.lower === 'ter' || token.lower === 'ten') && tokens[index + 1]?.kind === 'word' && !tokens[index + 1]!.capital) break
      const phrase = readSpeakerPhrase(tokens, index, verbAt)
      if (phrase && phrase.to <= verbAt && !(index === start && frontWords.has(token.lower))) return phrase
      break
    }
  }
  // Inverted: the subject follows the finite verb, which is the verb itself or the second word.
  // `Dat heeft de minister laten weten`: after the finite verb, the second word; `Tegen
  // persbureau X zei hij`: after the speech verb itself.
  const first = tokens[start]
  const front = first !== undefined && first.kind === 'word' && frontWords.has(first.lower)
  const index0 = !invertedByComma && front && verbAt > start + 1 ? start + 2 : verbAt + 1
  let index = index0
  while (index < end && tokens[index]!.kind === 'word' && fillers.has(tokens[index]!.lower)) index++
  // `zeiden dat Noord-Korea …`: what follows the conjunction is what was said, not who said it.
  if (subordinators.has(tokens[index]?.lower ?? '') || tokens[index]?.lower === 'dat') return undefined
  return readSpeakerPhrase(tokens, index, end)
}

/**
 * The role of an indefinite apposition after a comma at `index`: `, een 23-jarige in India
 * geboren student` → `student` (the first role noun within six words, before any punctuation).
 */
function appositionRole(tokens: Token[], index: number): string | undefined {
  if (tokens[index]?.value !== ',' || tokens[index + 1]?.lower !== 'een' || tokens[index + 1]!.depth !== 0) return undefined
  for (let cursor = index + 2; cursor < tokens.length && cursor - index <= 7; cursor++) {
    const token = tokens[cursor]!
    if (token.kind !== 'word' || token.depth !== 0) return undefined
    if (isRoleToken(token)) return token.lower
  }
  return undefined
}

/**
 * `Van Zeijl:`, `Van der Garde:`: a surname whose capital particles (a preposition elsewhere)
 * open the clause, up to its end, as a name phrase.
 */
function particledName(tokens: Token[], start: number, end: number): SpeakerPhrase | undefined {
  const first = tokens[start]
  if (!first || first.kind !== 'word' || !first.capital || first.depth !== 0 || !nameParticles.has(first.lower)) return undefined
  const index = afterParticles(tokens, start, end)
  const rest = tokens[index]?.capital ? readSpeakerPhrase(tokens, index, end) : undefined
  return rest?.kind === 'name' && rest.nameFrom === index && rest.to === end ? {kind: 'name', from: start, to: end, nameFrom: start, nameTo: rest.nameTo, roles: rest.roles} : undefined
}

/** The index after the particles that open a surname at `start` (itself one: `Van der Garde`), three at most. */
function afterParticles(tokens: Token[], start: number, end: number): number {
  let index = start + 1
  while (index < end && index - start < 3 && tokens[index]!.kind === 'word' && nameParticles.has(tokens[index]!.lower)) index++
  return index
}

/** Finite verbs that follow a subject and its relative clause: `De advocaat die hem bijstaat | wil niet reageren`. */
const finiteAuxiliaries = new Set([...modalVerbs, 'heeft', 'hebben', 'had', 'hadden', 'is', 'was', 'zijn', 'waren', 'wordt', 'worden', 'werd', 'werden'])

/**
 * The end (exclusive) of a relative clause that opens with `die` at `index` (`die hem bijstaat
 * in deze zaak`): a comma or a sentence's end, or the main clause's finite auxiliary before it
 * when more than a verb lies between the two (`die hem bijstaat | wil niet reageren:`, but `die
 * in de EU willen blijven |,`); `index` itself when that is unclear (a speech verb or a quote in
 * it, another relative clause after its comma, more than sixteen words).
 */
function relativeClauseTo(tokens: Token[], index: number): number {
  if (tokens[index]?.lower !== 'die') return index
  let stop = -1
  let auxiliary = -1
  let nested = false
  for (let cursor = index + 1; cursor < tokens.length && cursor - index <= (nested ? 28 : 16); cursor++) {
    const token = tokens[cursor]!
    if (token.depth !== 0 || token.kind === 'open' || token.kind === 'close') break
    // One relative clause inside it, between commas, is passed over (`die haar dochter, die
    // slecht ter been is, overal naartoe brengt,`).
    if (token.value === ',' && tokens[cursor + 1]?.lower === 'die' && !nested && cursor > index + 1) {
      let close = cursor + 2
      while (close < tokens.length && close - cursor < 12 && tokens[close]!.kind === 'word' && tokens[close]!.depth === 0) close++
      if (tokens[close]?.value !== ',') break
      nested = true
      cursor = close
      continue
    }
    if (token.kind === 'punctuation') {
      if (cursor > index + 1 && (token.value === ',' || clauseEnd.test(token.value))) stop = cursor
      break
    }
    // (An auxiliary right before the comma ends the relative clause itself: `die erbij was,`.)
    if (auxiliary === -1 && cursor > index + 2 && finiteAuxiliaries.has(token.lower) && tokens[cursor + 1]?.kind === 'word' && !finiteAuxiliaries.has(tokens[cursor + 1]!.lower) && !finiteAuxiliaries.has(tokens[cursor + 2]?.lower ?? '')) auxiliary = cursor
  }
  const end = auxiliary !== -1 && (stop === -1 || stop - auxiliary > 2) ? auxiliary : stop
  if (end === -1) return index
  for (let cursor = index + 1; cursor < end; cursor++) if (cueForms.has(tokens[cursor]!.lower)) return index
  return end
}

/** The start of the clause that ends at `end`: after the last sentence mark or quote. */
function clauseStart(tokens: Token[], end: number): number {
  let index = end - 1
  // A quote that runs over sentences splits its first sentence: the part before it is a piece of
  // its own, so the clause goes on back to a full stop rather than to the piece's start.
  while (index >= 0 && end - index < 60) {
    const token = tokens[index]!
    // A short quote inside the clause (`vergelijkt Haven met een ‘wereldstekker’:`) is part of it;
    // a longer one is someone's utterance and ends the clause.
    if (token.kind === 'close' && token.depth === 0) {
      let open = index - 1
      while (open >= 0 && index - open < 8 && !(tokens[open]!.kind === 'open' && tokens[open]!.depth === 0)) open--
      if (open >= 0 && tokens[open]!.kind === 'open' && tokens[open]!.sentence === token.sentence) {
        index = open - 1
        continue
      }
    }
    if (token.depth !== 0 || token.kind === 'close') break
    if (token.kind === 'punctuation' && sentenceEnd.test(token.value)) break
    index--
  }
  return index + 1
}

/** The cue as written: the verb, and its particle when it follows (`liet … weten` → `liet weten`). */
function cueText(tokens: Token[], verbAt: number, limit: number): string {
  const verb = tokens[verbAt]!
  if (verb.lower === 'zeggen' && tokens[verbAt - 1]?.lower === 'eigen' && tokens[verbAt - 2]?.lower === 'naar') return 'naar eigen zeggen'
  const verbs = cueForms.get(verb.lower)
  if (!verbs) return verb.value
  for (let index = verbAt + 1; index < Math.min(tokens.length, limit + 4); index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || token.depth !== 0) break
    const particle = verbs.find((candidate) => candidate.particle !== undefined && (token.lower === candidate.particle || token.lower === 'er' + candidate.particle))
    if (particle) return `${verb.value} ${particle.particle}`
  }
  return verb.value
}
