/**
 * Render a newsast tree as HTML: the header's fields, each section with its heading, each
 * paragraph with its quotes highlighted by kind, and beside it a margin note per speaker.
 * Text goes in through DOM text nodes only, never as HTML, so any article is safe to show.
 */
import type {Header, Paragraph, Quote, Root, Section} from 'newsast'
import {unattributedColour, type SpeakerColours} from './speaker-colours.js'

interface Node {
  type: string
  value?: string
  children?: Node[]
}

export function renderArticle(tree: Root, colours: SpeakerColours): HTMLElement {
  const article = element('article', 'article')
  let sectionNumber = 0
  for (const child of tree.children) {
    if (child.type === 'HeaderNode') article.append(renderHeader(child))
    else if (child.type === 'SectionNode') article.append(renderSection(child, ++sectionNumber, colours))
  }
  return article
}

function renderHeader(header: Header): HTMLElement {
  const container = element('header', 'article-header')
  const fields = element('dl', 'fields')
  for (const child of header.children) {
    if (child.type === 'FieldNode') {
      if (child.name === 'title') container.append(element('h1', 'article-title', child.value))
      const value = element('dd', '', child.value)
      if (child.date && child.date.iso !== child.value) value.append(' ', element('small', 'normalised', `(${child.date.iso})`))
      fields.append(element('dt', '', child.name), value)
    } else if (child.type === 'BylineNode') {
      fields.append(element('dt', '', 'byline'), element('dd', '', child.name))
    }
  }
  container.append(fields)
  return container
}

function renderSection(section: Section, number: number, colours: SpeakerColours): HTMLElement {
  const container = element('section', 'section')
  container.dataset['section'] = String(number)
  for (const child of section.children) {
    if (child.type === 'HeadingNode') {
      const heading = element(`h${Math.min(6, Math.max(2, child.depth))}`, 'section-heading')
      appendInline(child, heading, colours)
      heading.textContent = heading.textContent?.trim() ?? ''
      container.append(heading)
    } else if (child.type === 'ParagraphNode') {
      container.append(renderParagraph(child, colours))
    }
  }
  return container
}

function renderParagraph(paragraph: Paragraph, colours: SpeakerColours): HTMLElement {
  const row = element('div', 'paragraph-row')
  const text = element('p', 'paragraph')
  if (paragraph.position) text.dataset['line'] = String(paragraph.position.start.line)
  appendInline(paragraph, text, colours)
  row.append(text, renderMarginNotes(paragraph, colours))
  return row
}

/**
 * The leaves of `node` as text in `container`, with an element around each quote (and
 * dateline). Iterative, so that a quote nested thousands deep cannot overflow the stack.
 */
function appendInline(node: Node, container: HTMLElement, colours: SpeakerColours): void {
  const stack: Array<{node: Node; container: HTMLElement}> = []
  for (let index = (node.children ?? []).length - 1; index >= 0; index--) stack.push({node: node.children![index]!, container})
  while (stack.length > 0) {
    const {node: current, container: target} = stack.pop()!
    if (typeof current.value === 'string' && !current.children) {
      // Join runs of leaves into one DOM text node.
      const last = target.lastChild
      if (last && last.nodeType === 3) (last as Text).appendData(current.value)
      else target.append(current.value)
      continue
    }
    let inner = target
    if (current.type === 'QuoteNode') inner = quoteElement(current as unknown as Quote, colours)
    else if (current.type === 'DatelineNode') inner = element('span', 'dateline')
    if (inner !== target) target.append(inner)
    const children = current.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, container: inner})
  }
}

function quoteElement(quote: Quote, colours: SpeakerColours): HTMLElement {
  const span = element('span', `quote quote--${quote.kind}`)
  span.dataset['quote'] = quote.identifier
  span.dataset['kind'] = quote.kind
  if (quote.nested) span.classList.add('quote--nested')
  const key = speakerKey(quote)
  span.style.setProperty('--speaker-colour', key === null ? unattributedColour : colours.get(key))
  if (key !== null) span.dataset['speaker'] = key
  else if (quote.kind !== 'scare') span.classList.add('quote--unattributed')
  const attribution = quote.attribution
  span.title = [
    `${quote.kind} quote`,
    attribution?.name ? `speaker: ${attribution.name}` : quote.kind === 'scare' ? '' : 'no speaker found',
    attribution?.cue ? `cue: ${attribution.cue}` : '',
    attribution?.method ? `found by: ${attribution.method}` : ''
  ]
    .filter(Boolean)
    .join(' · ')
  return span
}

/** One note per speaker quoted in the paragraph (and one for quotes without a speaker). */
function renderMarginNotes(paragraph: Paragraph, colours: SpeakerColours): HTMLElement {
  const margin = element('aside', 'margin')
  const notes = new Map<string, {name: string; cues: Set<string>; count: number; colour: string; speaker: string | null}>()
  for (const quote of quotesIn(paragraph)) {
    if (quote.kind === 'scare' && !quote.attribution?.name) continue
    const key = speakerKey(quote)
    const id = key ?? '(none)'
    let note = notes.get(id)
    if (!note) {
      note = {
        name: quote.attribution?.name ?? 'no speaker found',
        cues: new Set(),
        count: 0,
        colour: key === null ? unattributedColour : colours.get(key),
        speaker: key
      }
      notes.set(id, note)
    }
    note.count++
    if (quote.attribution?.cue) note.cues.add(quote.attribution.cue)
  }
  for (const note of notes.values()) {
    const box = element('div', note.speaker === null ? 'margin-note margin-note--unattributed' : 'margin-note')
    box.style.setProperty('--speaker-colour', note.colour)
    if (note.speaker !== null) box.dataset['speaker'] = note.speaker
    const detail = [...note.cues].join(', ')
    box.append(
      element('span', 'margin-note__speaker', note.name),
      element('span', 'margin-note__detail', `${note.count} ${note.count === 1 ? 'quote' : 'quotes'}${detail ? ` · ${detail}` : ''}`)
    )
    margin.append(box)
  }
  return margin
}

/** The quotes in a subtree, in document order, nested ones included. */
function quotesIn(node: Node): Quote[] {
  const quotes: Quote[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'QuoteNode') quotes.push(current as unknown as Quote)
    const children = current.children ?? []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return quotes
}

/** Who a quote is by: the speaker's identifier, its name without a registry, or `null`. */
export function speakerKey(quote: Quote): string | null {
  return quote.attribution?.speaker ?? quote.attribution?.name ?? null
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
