/**
 * Pull quotes: a subheading that is only a quote (`„Niemand wist ervan”`) repeats words the
 * section quotes its speaker saying further on (`„Niemand wist ervan. Ook de directie niet”,
 * zegt Eva Kok.`), as newspapers set a line of a quote in large type above the text it comes
 * from. Who said it is whoever says those words there; the rule that finds them there decides.
 * The speaker the heading's words happen to follow (carry-over) is someone from the section
 * before.
 */
import type {PlacedQuote} from '../quotes/place-quotes.js'
import {type Article, blockOf, type TokenPlace} from './article.js'

/** Headings longer than this are not set as pull quotes (and the text compared stays bounded). */
const longestHeading = 160

/** Whether the quote at `open` makes up the whole of a subheading (marks and end punctuation aside). */
export function isHeadingQuote(article: Article, open: TokenPlace): boolean {
  const block = article.blocks[open.block]!
  if (block.node.type !== 'HeadingNode' || open.token !== 0) return false
  const tokens = block.tokens
  let last = tokens.length - 1
  while (last > 0 && tokens[last]!.kind === 'punctuation' && tokens[last]!.depth === 0) last--
  return tokens[last]!.kind === 'close' && tokens[last]!.depth === 0 && tokens[last]!.quote === tokens[0]!.quote
}

/**
 * The first top-level quote after the one at `index` in `quotes`, in the same section, whose
 * words contain the heading quote's (compared as letters and digits in lower case); undefined
 * when none does. Each heading opens its own section, so the quotes looked at over a whole
 * article are each looked at once.
 */
export function repeatedLater(article: Article, quotes: readonly PlacedQuote[], index: number, section: number): PlacedQuote | undefined {
  const heading = quotes[index]!
  if (heading.end - heading.start > longestHeading) return undefined
  const words = wordsOf(article.value, heading)
  // (One or two words are a name or a label, not a line someone said.)
  if (words.split(' ').length < 3) return undefined
  for (let later = index + 1; later < quotes.length; later++) {
    const quote = quotes[later]!
    const block = article.blocks[blockOf(article, quote.start)]!
    if (block.section !== section) return undefined
    if (wordsOf(article.value, quote).includes(words)) return quote
  }
  return undefined
}

/** The letters and digits of a quote's words in lower case, one space between words. */
function wordsOf(value: string, quote: PlacedQuote): string {
  const text = value.slice(quote.start, quote.end).toLowerCase()
  let words = ''
  let space = false
  for (const character of text) {
    if (isWordCharacter(character)) {
      if (space && words !== '') words += ' '
      words += character
      space = false
    } else space = true
  }
  return words
}

function isWordCharacter(character: string): boolean {
  return character.toUpperCase() !== character || (character >= '0' && character <= '9')
}
