/**
 * Settings in which a quote's words are no one's that a context rule could name: quotes listed
 * together as labels, words someone hears or reads, words on a sign or in the air. The driver
 * keeps a speaker for such a quote only when a sieve found one with evidence at the quote
 * (`local`). Each test is given where the quote's open and close tokens are (`TokenPlace`; the
 * close as `closeOf` finds it), which the driver finds once per quote.
 */
import {governingPrepositions} from '../lexicon/clause-words.js'
import {perceptionVerbs, standingVerbs} from '../lexicon/verb-classes.js'
import type {Article, TokenPlace} from './article.js'
import {isJoin} from './quote-lists.js'
import type {Token} from './read-tokens.js'
import {quoteMarkRun} from './token-patterns.js'

/**
 * Whether `staat op` (`‘…’, staat op een spandoek`, `stond op de muur`) or `klinkt het` follows
 * the quote.
 */
export function isWritten(article: Article, close: TokenPlace | undefined): boolean {
  const verb = verbAfter(article, close)
  if (verb === undefined) return false
  // (Also what no one in particular says: `‘…’, klinkt het in de kantine`; but `‘…’, klinkt het
  // nog.` with no place after it goes on with the one talking, as Flemish news writes.)
  if ((verb.token.lower === 'klinkt' || verb.token.lower === 'klonk') && verb.next?.lower === 'het') return close !== undefined && placeAfter(article, close)
  return isOnSign(article, close)
}

/** Whether a preposition follows `klinkt het` after the quote (`in de kantine`, `op straat`), a word or two on. */
function placeAfter(article: Article, close: TokenPlace): boolean {
  const tokens = article.blocks[close.block]!.tokens
  for (let index = close.token + 1; index < tokens.length && index <= close.token + 6; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && token.value !== ',') return false
    if (token.depth === 0 && token.kind === 'word' && governingPrepositions.has(token.lower)) return true
  }
  return false
}

/**
 * Whether the quote is what a sign, a banner or a window says: `staat op` after it (`‘…’,
 * staat op een spandoek`), `waarop` before it and a form of `staan` after it (`een spandoek
 * waarop ‘…’ staat`), or a form of `staan` or `prijken` right before it, a colon between or
 * not, with `op` a few words before that (`Op het bord staat: ‘…’`, `Op het spandoek stond
 * ‘…’`, `die op de ramen prijkt: ‘…’`). Such words are a slogan with no speaker: a scare quote
 * (ANNOTATION-GUIDE: slogans without a speaker), not words said.
 */
export function isOnSign(article: Article, close: TokenPlace | undefined, open?: TokenPlace): boolean {
  const verb = verbAfter(article, close)
  if (verb !== undefined && standingVerbs.has(verb.token.lower) && verb.next?.lower === 'op') return true
  if (open === undefined) return false
  const tokens = article.blocks[open.block]!.tokens
  // `een spandoek waarop ‘…’ staat`: what stands on the thing `waarop` names.
  if (verb !== undefined && standingVerbs.has(verb.token.lower) && tokens[open.token - 1]?.lower === 'waarop') return true
  // `Op het spandoek stond ‘…’`, `Op het bord staat: ‘…’`: a form of `staan` right before the
  // quote (a colon between or not).
  const colon = tokens[open.token - 1]
  const before = colon?.value === ':' ? tokens[open.token - 2] : colon
  if (colon === undefined || colon.depth !== 0 || before === undefined || !standingVerbs.has(before.lower)) return false
  // `op` a few words before the verb: on a thing (`In het rapport staat: „…”` is a document's words).
  const verbAt = colon === before ? open.token - 1 : open.token - 2
  for (let index = verbAt - 1; index >= 0 && index >= verbAt - 6; index--) {
    if (tokens[index]!.depth === 0 && tokens[index]!.lower === 'op') return true
  }
  return false
}

/** The word at depth 0 right after the quote's close (past one comma), and the one after it. */
function verbAfter(article: Article, close: TokenPlace | undefined): {token: Token; next: Token | undefined} | undefined {
  if (!close) return undefined
  const tokens = article.blocks[close.block]!.tokens
  let index = close.token + 1
  if (tokens[index]?.value === ',') index++
  const token = tokens[index]
  if (token === undefined || token.depth !== 0) return undefined
  return {token, next: tokens[index + 1]}
}

/** Whether a verb of hearing or reading comes before the quote in its sentence (`hoort vaak ‘…’`). */
export function isHeard(article: Article, open: TokenPlace): boolean {
  const tokens = article.blocks[open.block]!.tokens
  const sentence = tokens[open.token]!.sentence
  for (let index = open.token - 1; index >= 0 && open.token - index < 30 && tokens[index]!.sentence === sentence; index--) {
    if (tokens[index]!.depth === 0 && perceptionVerbs.has(tokens[index]!.lower)) return true
  }
  return false
}

/**
 * Whether another quote stands next to this one in a list: `‘…’, ‘…’ en ‘…’`, `‘…’ of ‘…’`
 * (`De woorden ‘snel’, ‘goedkoop’ en ‘veilig’ staan in elke folder.`).
 */
export function isListed(article: Article, open: TokenPlace, closeFound: TokenPlace | undefined): boolean {
  const close = closeFound ?? open
  if (open.block !== close.block) return false
  const tokens = article.blocks[open.block]!.tokens
  // Before: [close] [mark?] join [mark?] open.
  let before = open.token - 1
  while (before >= 0 && isMark(tokens[before]) && tokens[before]!.depth !== 0) before--
  if (isJoin(tokens[before]) && tokens[before - 1]?.kind === 'close') return true
  let after = close.token + 1
  if (isJoin(tokens[after])) {
    after++
    while (after < tokens.length && isMark(tokens[after]) && tokens[after]!.kind === 'punctuation' && tokens[after]!.depth === 0 && tokens[after + 1]?.kind !== 'open') after++
    if (tokens[after]?.kind === 'open' || (isMark(tokens[after]) && tokens[after + 1]?.kind === 'open')) return true
  }
  return false
}

function isMark(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punctuation' && quoteMarkRun.test(token.value)
}
