/**
 * Where the header gives no title, a first block that reads as a headline is the title:
 * one line of at most 25 words and 160 characters, not ending in a full stop, followed by
 * more text. It becomes a `title` field of the header (made when there is none).
 */
import type {BodyContext} from './build-sections.js'
import type {Block} from './find-blocks.js'
import {isLineBreak} from './find-blocks.js'
import {createLiteral} from '../tree/create-literal.js'
import {span} from '../tree/locate.js'
import type {Field, Header} from '../tree/types.js'

export function inferTitle(
  context: BodyContext,
  header: Header | undefined,
  blocks: Block[]
): {header: Header | undefined; blocks: Block[]} {
  const first = blocks[0]
  if (!first || blocks.length < 2) return {header, blocks}
  if (header && header.children.some((child) => child.type === 'FieldNode' && child.name === 'title')) {
    return {header, blocks}
  }
  const {value, locate} = context
  if (first.end - first.start > 160) return {header, blocks}
  const line = value.slice(first.start, first.end)
  for (let index = 0; index < line.length; index++) {
    if (isLineBreak(line.charCodeAt(index))) return {header, blocks}
  }
  // A closing quote mark does not hide the full stop before it (`Hij zei: „Niets.”` is a sentence).
  const bare = line.replace(/["'”’»›]+$/u, '')
  if (/[.:;,]$/.test(bare) || line.split(/\s+/).length > 25 || !/^\P{Ll}/u.test(line)) return {header, blocks}
  // A headline has no sentence break inside.
  if (/[.!?] \p{Lu}/u.test(line)) return {header, blocks}

  // A Markdown headline (`# Raad stemt in`): the marker and its space stand before the value.
  const marker = /^(#{1,6})([ \t]+)/.exec(line)
  const valueStart = first.start + (marker ? marker[0].length : 0)
  const field: Field = {type: 'FieldNode', name: 'title', value: value.slice(valueStart, first.end), position: locate.position(valueStart, first.end)}
  const parts: Header['children'] = []
  if (marker) {
    const markEnd = first.start + marker[1]!.length
    parts.push(
      createLiteral('PunctuationNode', context, first.start, markEnd),
      createLiteral('WhiteSpaceNode', context, markEnd, valueStart)
    )
  }
  parts.push(field)
  if (!header) {
    return {header: {type: 'HeaderNode', children: parts, position: span(parts[0]!, field)}, blocks: blocks.slice(1)}
  }
  const last = header.children[header.children.length - 1]!
  header.children.push(
    createLiteral('WhiteSpaceNode', context, last.position!.end.offset!, first.start),
    ...parts
  )
  header.position = span(header, field)
  return {header, blocks: blocks.slice(1)}
}
