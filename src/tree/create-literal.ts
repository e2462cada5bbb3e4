/**
 * Make a literal node (`TextNode`, `WhiteSpaceNode`, `PunctuationNode`) for a slice of the
 * document, with its position: the one helper every stage that cuts text uses.
 */
import type {Punctuation, Text, WhiteSpace} from 'nlcst'
import type {Locator} from './locate.js'

interface Source {
  value: string
  locate: Locator
}

type LiteralType = 'TextNode' | 'WhiteSpaceNode' | 'PunctuationNode'
type LiteralOf<Type extends LiteralType> = Type extends 'TextNode' ? Text : Type extends 'WhiteSpaceNode' ? WhiteSpace : Punctuation

export function createLiteral<Type extends LiteralType>(type: Type, source: Source, start: number, end: number): LiteralOf<Type> {
  return {type, value: source.value.slice(start, end), position: source.locate.position(start, end)} as LiteralOf<Type>
}
