/**
 * The article's writer, for the words a writer quotes as their own (`„Dat klopt niet”, zeg
 * ik.`): the name the header gives (an `author`, `auteur`, `byline` or `door` field, or a byline
 * `Door …`), else a name in capitals that closes the title, as a columnist signs (`Een week
 * zonder telefoon. JAN DE VRIES`) or who opens an interview's title (`Lotte de Wit sprak Merel
 * Tjoa: …`), or a closing line that says who wrote it (`Sanne Bos is
 * verslaggever van deze krant.`). Undefined when the article names no writer: then such words
 * are the writer's, who is no one the reader can name.
 */
import {nameParticles} from '../lexicon/function-words.js'
import {titleFieldNames, writerFieldNames} from '../lexicon/header-fields.js'
import {writersOwnMedia} from '../lexicon/reference-words.js'
import {toText} from '../tree/to-text.js'
import type {Root} from '../tree/types.js'

/** `Door Jan de Vries` in an author field: the name is what follows. */
const leadingDoor = /^door\s+/i

export function writerOf(tree: Root): string | undefined {
  const header = tree.children[0]
  if (!header || header.type !== 'HeaderNode') return undefined
  let title: string | undefined
  for (const child of header.children) {
    if (child.type === 'BylineNode' && child.name) return child.name
    if (child.type !== 'FieldNode') continue
    if (writerFieldNames.has(child.name) && child.value) return child.value.replace(leadingDoor, '')
    if (titleFieldNames.has(child.name)) title ??= child.value
  }
  return (title === undefined ? undefined : signature(title) ?? interviewer(title)) ?? tagline(tree)
}

/** `Lotte de Wit sprak Merel Tjoa: …`: the one who opens an interview's title with `sprak`. */
function interviewer(title: string): string | undefined {
  const words = title.split(/\s+/, 6)
  const verb = words.indexOf('sprak')
  if (verb < 2 || verb > 4) return undefined
  const name = words.slice(0, verb)
  return name.every((word, index) => (nameParticles.has(word) ? index > 0 : startsUpper.test(word))) ? name.join(' ') : undefined
}

/**
 * The closing line that says who wrote the piece (`Sanne Bos is verslaggever van deze krant.`):
 * the name before `is`, when the line is short and ends in the writer's own medium.
 */
function tagline(tree: Root): string | undefined {
  const section = lastNonSpace(tree.children)
  if (!section || section.type !== 'SectionNode') return undefined
  const last = lastNonSpace(section.children)
  if (!last || last.type !== 'ParagraphNode') return undefined
  const text = toText(last).trim()
  if (text.length > 160) return undefined
  const words = text.replace(/\.$/, '').split(/\s+/)
  const is = words.indexOf('is')
  const medium = words[words.length - 1]!.toLowerCase()
  const own = words[words.length - 2]?.toLowerCase()
  if (is < 2 || is > 5 || !writersOwnMedia.has(medium) || (own !== 'deze' && own !== 'dit')) return undefined
  const name = words.slice(0, is)
  return name.every((word, index) => nameParticles.has(word) ? index > 0 : startsUpper.test(word)) ? name.join(' ') : undefined
}

const startsUpper = /^\p{Lu}/u

/** The last of `nodes` that is not white space (browsers before 2022 lack `findLast`). */
function lastNonSpace<Node extends {type: string}>(nodes: readonly Node[]): Node | undefined {
  for (let index = nodes.length - 1; index >= 0; index--) if (nodes[index]!.type !== 'WhiteSpaceNode') return nodes[index]
  return undefined
}

/** Two to four words in capitals after the title's last full stop, dash or bar, in name case. */
function signature(title: string): string | undefined {
  const cut = Math.max(title.lastIndexOf('. '), title.lastIndexOf(' - '), title.lastIndexOf(' | '), title.lastIndexOf(' – '))
  if (cut <= 0) return undefined
  const words = title.slice(cut + 2).trim().split(' ')
  if (words.length < 2 || words.length > 4 || !words.every((word) => capitalsOnly.test(word))) return undefined
  return words.map((word, index) => (index > 0 && nameParticles.has(word.toLowerCase()) ? word.toLowerCase() : nameCase(word))).join(' ')
}

const capitalsOnly = /^[\p{Lu}'’-]{2,}$/u

/** `HOLMAN` → `Holman`, `VAN-DAM` → `Van-Dam`. */
function nameCase(word: string): string {
  return word
    .toLowerCase()
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-')
}
