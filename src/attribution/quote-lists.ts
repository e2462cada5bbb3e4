/**
 * Quotes listed together, `‘…’, ‘…’ en ‘…’`: a cue before the list's first quote or after its
 * last reports every quote of it (`Smit noemt het plan ‘onhaalbaar’ en ‘te duur’.`, `Het plan is
 * ‘onhaalbaar’ en ‘te duur’, zegt Smit.`). These find the ends of the list a quote stands in,
 * among the tokens of its paragraph.
 */
import type {Token} from './read-tokens.js'

/** How many quotes a list may run over, from one of them (a bound on hostile input). */
const longestList = 12
/** How many tokens one listed quote may hold, marks included. */
const longestItem = 24

/** The `close` token of the last quote in the list whose quote closes at `close` (itself if none follows). */
export function listEndAfter(tokens: Token[], close: number): number {
  return farthest(tokens, close, nextClose)
}

/** The `open` token of the first quote in the list whose quote opens at `open` (itself if none comes before). */
export function listStartBefore(tokens: Token[], open: number): number {
  return farthest(tokens, open, previousOpen)
}

/** Step from `at` to the next listed quote's mark while there is one (`step` gives -1 at the list's end). */
function farthest(tokens: Token[], at: number, step: (tokens: Token[], at: number) => number): number {
  let end = at
  for (let count = 0; count < longestList; count++) {
    const next = step(tokens, end)
    if (next === -1) return end
    end = next
  }
  return end
}

/** The `close` token of the quote joined after the one that closes at `close`, or -1. */
function nextClose(tokens: Token[], close: number): number {
  const open = joinedOpenAfter(tokens, close)
  return open === -1 ? -1 : shortQuoteClose(tokens, open)
}

/** The `open` token of the quote joined before the one that opens at `open`, or -1. */
function previousOpen(tokens: Token[], open: number): number {
  const close = joinedCloseBefore(tokens, open)
  return close === -1 ? -1 : shortQuoteOpen(tokens, close)
}

/** A join between listed quotes: `,`, `en`, `of`, outside quotes. */
export function isJoin(token: Token | undefined): boolean {
  return token !== undefined && token.depth === 0 && (token.value === ',' || token.lower === 'en' || token.lower === 'of')
}

/** The `open` token right after the close at `close` and one or two joins (`, `, ` en `, `, en `), or -1. */
function joinedOpenAfter(tokens: Token[], close: number): number {
  let at = close + 1
  if (!isJoin(tokens[at])) return -1
  if (isJoin(tokens[at + 1])) at++
  return tokens[at + 1]?.kind === 'open' && tokens[at + 1]!.depth === 0 ? at + 1 : -1
}

/** The `close` token right before the open at `open` and one or two joins, or -1. */
function joinedCloseBefore(tokens: Token[], open: number): number {
  let at = open - 1
  if (!isJoin(tokens[at])) return -1
  if (isJoin(tokens[at - 1])) at--
  return tokens[at - 1]?.kind === 'close' && tokens[at - 1]!.depth === 0 ? at - 1 : -1
}

/** The `close` token of the quote that opens at `open`, when the quote is short; -1 otherwise. */
function shortQuoteClose(tokens: Token[], open: number): number {
  const quote = tokens[open]!.quote
  for (let at = open + 1; at < tokens.length && at - open <= longestItem; at++) {
    if (tokens[at]!.kind === 'close' && tokens[at]!.quote === quote) return at
  }
  return -1
}

/** The `open` token of the quote that closes at `close`, when the quote is short; -1 otherwise. */
function shortQuoteOpen(tokens: Token[], close: number): number {
  const quote = tokens[close]!.quote
  for (let at = close - 1; at >= 0 && close - at <= longestItem; at--) {
    if (tokens[at]!.kind === 'open' && tokens[at]!.quote === quote) return at
  }
  return -1
}
