/**
 * The article's writer, for the words a writer quotes as their own (`„Dat klopt niet”, zeg
 * ik.`): the name the header gives (an `author`, `auteur`, `byline` or `door` field, or a byline
 * `Door …`), else a name in capitals that closes the title, as a columnist signs (`Een week
 * zonder telefoon. JAN DE VRIES`) or who opens an interview's title (`Lotte de Wit sprak Merel
 * Tjoa: …`), else a closing line that says who wrote it (`Sanne Bos is verslaggever van deze
 * krant.`, `Lien Vos is columnist.`, `Lien Vos schrijft elke week over …`) or that is only a name (`Hanna Veldhuis`, a columnist's signature), or a credit that ends
 * the last paragraph (`Recensie: Hanna Veldhuis.`). Undefined when the
 * article names no writer: then such words are the writer's, who is no one the reader can name.
 */
import {nameParticles} from '../lexicon/function-words.js'
import {columnLabels, periodicWords, titleFieldNames, writerCreditLabels, writerFieldNames, isWritingRole} from '../lexicon/header-fields.js'
import {writersOwnMedia} from '../lexicon/reference-words.js'
import type {Root} from '../tree/types.js'
import type {Token} from './read-tokens.js'

/** `Door Jan de Vries` in an author field: the name is what follows. */
const leadingDoor = /^door\s+/i

/** @param lastBlock The article's last block (paragraph or heading) with its tokens, for a closing line. */
export function writerOf(tree: Root, lastBlock?: {node: {type: string}; tokens: readonly Token[]}): string | undefined {
  const header = tree.children[0]
  if (!header || header.type !== 'HeaderNode') return undefined
  let title: string | undefined
  for (const child of header.children) {
    if (child.type === 'BylineNode' && child.name) return withoutRole(child.name)
    if (child.type !== 'FieldNode') continue
    if (writerFieldNames.has(child.name) && child.value) return child.value.replace(leadingDoor, '')
    if (titleFieldNames.has(child.name)) title ??= child.value
  }
  return (title === undefined ? undefined : signature(title) ?? interviewer(title) ?? columnTitle(title)) ?? (lastBlock ? tagline(lastBlock) ?? signatureLine(lastBlock) ?? trailingCredit(lastBlock) : undefined)
}

/** `Column Joost Verbeek: De pont is weg`: the name between a column's label and the colon that opens the title. */
function columnTitle(title: string): string | undefined {
  const words = title.split(whiteSpaceRun, 6)
  if (!columnLabels.has(words[0]?.toLowerCase() ?? '')) return undefined
  for (let index = 2; index < words.length && index <= 4; index++) {
    if (words[index - 1]!.endsWith(':')) return writtenName([...words.slice(1, index - 1), words[index - 1]!.slice(0, -1)])
  }
  return undefined
}

/** A byline's name without the role after its comma (`Sanne Bos, correspondent in Turkije`: Sanne Bos). */
function withoutRole(name: string): string {
  const comma = name.indexOf(', ')
  if (comma <= 0) return name
  const next = name.charCodeAt(comma + 2)
  return next >= 97 && next <= 122 ? name.slice(0, comma) : name
}

/** A credit that ends the last paragraph (`… Nog te zien tot 2 april. Recensie: Hester Bos.`): the name after its label. */
function trailingCredit(block: {tokens: readonly Token[]}): string | undefined {
  const tokens = block.tokens
  let end = tokens.length
  if (tokens[end - 1]?.value === '.') end--
  for (let colon = end - 3; colon >= 1 && end - colon <= 5; colon--) {
    if (tokens[colon]!.value !== ':') continue
    if (!writerCreditLabels.has(tokens[colon - 1]!.lower) || (colon >= 2 && tokens[colon - 2]!.kind === 'word')) return undefined
    const words = tokens.slice(colon + 1, end)
    return words.every((token) => token.kind === 'word') ? writtenName(words.map((token) => token.value)) : undefined
  }
  return undefined
}

/**
 * A closing line that is only a name, as a columnist signs (`Hanna Veldhuis`): two to four words
 * that read as one; or a name after a credit label (`Tekst: Hanna Veldhuis`).
 */
function signatureLine(block: {tokens: readonly Token[]}): string | undefined {
  // (The label's colon may be left out: `Door Hanna Veldhuis`.)
  const label = block.tokens.length > 2 && writerCreditLabels.has(block.tokens[0]!.lower) ? (block.tokens[1]!.value === ':' ? 2 : 1) : 0
  const tokens = label > 0 ? block.tokens.slice(label) : block.tokens
  const words = tokens.filter((token) => token.kind === 'word')
  const rest = tokens.length - words.length
  if (words.length < 2 || words.length > 4 || rest > 1 || (rest === 1 && tokens[tokens.length - 1]!.value !== '.')) return undefined
  return writtenName(words.map((token) => token.value))
}

/** `Lotte de Wit sprak Merel Tjoa: …`: the one who opens an interview's title with `sprak`. */
function interviewer(title: string): string | undefined {
  const words = title.split(whiteSpaceRun, 6)
  const verb = words.indexOf('sprak')
  return verb >= 2 && verb <= 4 ? writtenName(words.slice(0, verb)) : undefined
}

/**
 * The closing line that says who wrote the piece (`Sanne Bos is verslaggever van deze krant.`):
 * the name before `is`, when the paragraph is short and ends in the writer's own medium.
 */
function tagline(block: {node: {type: string}; tokens: readonly Token[]}): string | undefined {
  if (block.node.type !== 'ParagraphNode' || block.tokens.length > 40) return undefined
  const words = block.tokens.filter((token) => token.kind === 'word').map((token) => token.value)
  const is = words.indexOf('is')
  const medium = words[words.length - 1]?.toLowerCase() ?? ''
  const own = words[words.length - 2]?.toLowerCase()
  const ownMedium = (own === 'deze' || own === 'dit') && writersOwnMedia.has(medium)
  // (Or what the writer writes and how often: `Joost Verbeek schrijft elke zaterdag over …`.)
  const writesAt = words.indexOf('schrijft')
  if (writesAt >= 2 && writesAt <= 5 && (periodicWords.has(words[writesAt + 1]?.toLowerCase() ?? '') || ownMedium)) return writtenName(words.slice(0, writesAt))
  if (is < 2 || is > 5) return undefined
  // (Or what the line says the writer is: `Lien Vos is columnist.`, `… is schrijfster en journalist.`,
  // past an adjective, `is freelance journalist`, and in a compound, `is lezersredacteur`.)
  const writes = words.slice(is + 1, is + 4).some((word) => isWritingRole(word.toLowerCase()))
  return ownMedium || writes ? writtenName(words.slice(0, is)) : undefined
}


/** The words joined, when they read as a person's name: each capitalised, or a particle after the first. */
function writtenName(words: string[]): string | undefined {
  return words.every((word, index) => (nameParticles.has(word) ? index > 0 : startsUpper.test(word))) ? words.join(' ') : undefined
}

const startsUpper = /^\p{Lu}/u
const whiteSpaceRun = /\s+/

/** Two to four words in capitals after the title's last full stop, dash or bar, in name case. */
function signature(title: string): string | undefined {
  const cut = Math.max(title.lastIndexOf('. '), title.lastIndexOf(' - '), title.lastIndexOf(' | '), title.lastIndexOf(' – '))
  if (cut <= 0) return undefined
  const words = title.slice(cut + 2).trim().split(' ')
  if (words.length < 2 || words.length > 4 || !words.every((word) => capitalsOnly.test(word))) return undefined
  // (A loop, not `map`: an optimized `map` gives a holey array and the interpreter's a packed one,
  // and the caller, compiled for the one kind, was compiled again on the other.)
  const name: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    name.push(index > 0 && nameParticles.has(word.toLowerCase()) ? word.toLowerCase() : nameCase(word))
  }
  return name.join(' ')
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
