/**
 * A flat view of a paragraph for the attribution stage: its words and punctuation in order,
 * each with its quote depth and the sentence it belongs to, plus an `open` and a `close`
 * token around every quote. Built with an explicit stack (quotes may nest deeply).
 */
import {isRoleNoun} from '../lexicon/roles.js'
import {endsInStop, quoteMarkRun} from './token-patterns.js'
import type {Quote} from '../tree/types.js'

export interface Token {
  kind: 'word' | 'punctuation' | 'open' | 'close'
  /** The text as written (empty for `open`/`close`). */
  value: string
  /** Lower case of `value`. */
  lower: string
  /** Whether the word starts with a capital letter (computed once: names are looked for often). */
  capital: boolean
  start: number
  end: number
  /** How many quotes this token is inside (the marks of a quote are inside it). */
  depth: number
  /** Index of the sentence (outside quotes) in the paragraph. */
  sentence: number
  /** For `open`/`close`: the quote (present, as `undefined`, on every token: one object shape for all). */
  quote: Quote | undefined
  /** Whether the word is a role noun: asked of the same token by many rules, so kept once known (see `isRoleToken`). */
  role: boolean | undefined
}

// At module level: a literal inside a function may be compiled again after a major collection.
const sentenceStop = /^[.!?]$/
const capitalisedWithStop = /^\p{Lu}\p{L}{2,}[.!?]$/u
const misreadAbbreviation = /^(?:op|al|zo|\d{1,3})\.$/

interface Walkable {
  type: string
  value?: string
  children?: Walkable[]
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
}

/**
 * Whether the children from `index` on open a sentence: past white space, a word with a capital
 * or a quote.
 */
function opensSentenceAfter(children: Walkable[], index: number): boolean {
  let next = children[index]
  if (next?.type === 'WhiteSpaceNode') next = children[index + 1]
  if (!next) return false
  if (next.type === 'QuoteNode') return true
  if (next.type !== 'WordNode') return false
  const word = wordValue(next)
  return startsWithCapital(word, word.toLowerCase())
}

/** Marks a list of children that is a sentence's. */
const sentenceEnd = Symbol('sentence end')

/**
 * Whether the token at `index` follows a quote whose words end in a full stop (`… weg.” De man
 * …`): it opens a sentence, though the tokenizer's sentence runs on past the quote.
 */
export function followsQuotedStop(tokens: Token[], index: number): boolean {
  let before = index - 1
  while (before >= 0 && (tokens[before]!.kind === 'close' || (tokens[before]!.kind === 'punctuation' && quoteMarkRun.test(tokens[before]!.value)))) before--
  return before < index - 1 && before >= 0 && tokens[before]!.kind === 'punctuation' && endsInStop.test(tokens[before]!.value)
}

/**
 * Whether a quote's words end in punctuation that `mark` matches: the last token before its
 * closing marks, which stand before the `close` token at `close` (`„Waarom?”` ends in `?`,
 * `„Neem mee,”` in `,`).
 */
export function quoteEndsIn(tokens: Token[], close: number, mark: RegExp): boolean {
  let before = close - 1
  // (A lone comma is no closing mark here, though `,,` opens a quote.)
  while (before >= 0 && tokens[before]!.kind === 'punctuation' && tokens[before]!.value !== ',' && quoteMarkRun.test(tokens[before]!.value)) before--
  const last = tokens[before]
  return last !== undefined && last.kind === 'punctuation' && mark.test(last.value)
}

/** Whether the token is a role noun (`woordvoerder`, `VVD'er`, `bewoners`), worked out once per token. */
export function isRoleToken(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (token.role === undefined) token.role = token.kind === 'word' && isRoleNoun(token.lower)
  return token.role
}

export function readTokens(block: {children: unknown[]; position?: Walkable['position']}): Token[] {
  const tokens: Token[] = []
  let depth = 0
  let sentence = 0
  // Where the next leaf starts: the tree is lossless, so the leaves of a block follow one another
  // from its start, and each token's offsets come from the lengths of the values already read
  // instead of from its node's position (three more objects to load per token).
  let offset = block.position?.start.offset ?? 0
  // A stack of child lists being walked: the list, the index to go on at, and what leaving it
  // ends (a quote, a sentence or nothing). Parallel arrays: no object per level.
  const lists: Walkable[][] = [block.children as Walkable[]]
  const indexes: number[] = [0]
  const leaving: Array<Walkable | typeof sentenceEnd | undefined> = [undefined]

  while (lists.length > 0) {
    const top = lists.length - 1
    const children = lists[top]!
    const index = indexes[top]!
    if (index >= children.length) {
      const left = leaving[top]
      lists.pop(), indexes.pop(), leaving.pop()
      if (left === sentenceEnd) {
        if (depth === 0) sentence++
      } else if (left !== undefined) {
        depth--
        tokens.push({kind: 'close', value: '', lower: '', capital: false, start: offset, end: offset, depth, sentence, quote: left as unknown as Quote, role: false})
      }
      continue
    }
    indexes[top] = index + 1
    const node = children[index]!
    const type = node.type
    if (type === 'WordNode') {
      // (Its children read once: the tree's many node shapes make each field read a slow load.)
      const parts = node.children ?? []
      let value = wordValue(node, parts)
      const start = offset
      const end = (offset += value.length)
      // The tokenizer keeps a full stop in a capitalised word when a quote mark follows (`zegt
      // Van der Bijl. "Vrouwen …`): it is the sentence's end, so it gets a token of its own.
      const last = parts[parts.length - 1]
      const capitalStop = last && last.type === 'PunctuationNode' && sentenceStop.test(last.value!) && capitalisedWithStop.test(value)
      // parse-latin and parse-dutch read `op.`, `al.`, `zo.` and a number of up to three digits
      // with a full stop as abbreviations (opus, alii, zondag) or ordinals, and run the sentence
      // on (`Hij staat op. Zij blijft zitten.`): in Dutch news they end it when a capital or a
      // quote follows.
      const misreadStop = !capitalStop && last && last.type === 'PunctuationNode' && misreadAbbreviation.test(value) && opensSentenceAfter(children, index + 1)
      const stop = capitalStop || misreadStop ? last.value! : undefined
      if (stop) value = value.slice(0, -1)
      // A word that starts with a lower-case ASCII letter is taken as it is (most words are).
      const first = value.charCodeAt(0)
      const lower = first >= 97 && first <= 122 ? value : value.toLowerCase()
      tokens.push({kind: 'word', value, lower, capital: startsWithCapital(value, lower), start, end: stop ? end - 1 : end, depth, sentence, quote: undefined, role: undefined})
      if (stop) tokens.push({kind: 'punctuation', value: stop, lower: stop, capital: false, start: end - 1, end, depth, sentence, quote: undefined, role: undefined})
      if (misreadStop && depth === 0) sentence++
    } else if (type === 'PunctuationNode' || type === 'SymbolNode') {
      const value = node.value!
      tokens.push({kind: 'punctuation', value, lower: value, capital: false, start: offset, end: (offset += value.length), depth, sentence, quote: undefined, role: undefined})
    } else if (type === 'QuoteNode') {
      tokens.push({kind: 'open', value: '', lower: '', capital: false, start: offset, end: offset, depth, sentence, quote: node as unknown as Quote, role: false})
      depth++
      enter(node.children!, node)
    } else if (type === 'SentenceNode') {
      enter(node.children!, sentenceEnd)
    } else if (node.children) {
      enter(node.children, undefined)
    } else if (typeof node.value === 'string') {
      offset += node.value.length
    }
  }
  return tokens

  function enter(list: Walkable[], leave: Walkable | typeof sentenceEnd | undefined): void {
    lists.push(list)
    indexes.push(0)
    leaving.push(leave)
  }
}

/** Past `uit` and a place's name at `index` (`uit Hengelo`, `uit Den Bosch`: three words at most), or `index` when none stands there. */
export function pastOrigin(tokens: Token[], index: number, end: number): number {
  if (tokens[index]?.lower !== 'uit' || !tokens[index + 1]?.capital) return index
  let at = index + 1
  while (at < end && at - index <= 3 && tokens[at]!.kind === 'word' && tokens[at]!.capital) at++
  return at
}

/** The index of the first full stop outside quotes from `from` on, within `reach` tokens; -1 when none stands there. */
export function fullStopWithin(tokens: Token[], from: number, reach: number): number {
  const limit = Math.min(tokens.length, from + reach)
  for (let index = from; index < limit; index++) if (tokens[index]!.kind === 'punctuation' && tokens[index]!.value === '.' && tokens[index]!.depth === 0) return index
  return -1
}

/**
 * The index after a parenthesis that opens at `index` (`Gert Dijkman (onderste portret), …`),
 * looking at most eight tokens on and not past `limit`; `index` itself where none opens.
 */
export function afterParenthesis(tokens: Token[], index: number, limit: number): number {
  if (tokens[index]?.value !== '(') return index
  const end = Math.min(limit, index + 8)
  let cursor = index
  while (cursor < end && tokens[cursor]!.value !== ')') cursor++
  return cursor + 1
}

/** An Arabic surname with its article in lower case (`al-Hassan`, `el-Amin`). */
const arabicArticleName = /^(?:al|el)-\p{Lu}/u

/** Whether `value` starts with an upper-case letter (`lower` is its lower case). */
function startsWithCapital(value: string, lower: string): boolean {
  const code = value.charCodeAt(0)
  // An Arabic surname with its article (`al-Hassan`, `el-Amin`) is a name for all its lower-case
  // start. (Most words that open with `a` or `e` have no hyphen third: asked first.)
  if (code === 97 || code === 101) return value.charCodeAt(2) === 45 && value.charCodeAt(1) === 108 && arabicArticleName.test(value)
  if (code < 128) return code >= 65 && code <= 90
  // Beyond ASCII: a letter whose lower case differs (`Émile`, `Østergaard`).
  return value.charAt(0) !== lower.charAt(0) || (code >= 0xd800 && code <= 0xdbff && value.slice(0, 2) !== lower.slice(0, 2))
}

/** The text of a word node, whose `children` the caller may have read already. */
function wordValue(node: Walkable, children = node.children): string {
  // Most words are one text node.
  if (children && children.length === 1 && typeof children[0]!.value === 'string') return children[0]!.value
  let value = ''
  for (const child of children ?? []) value += typeof child.value === 'string' ? child.value : wordValue(child)
  return value
}
