/**
 * The demo page: paste or load a Dutch news article, see its newsast tree rendered. Parses
 * again as you type (debounced); the seed article is loaded at start.
 */
import {fromNews, listQuotes} from 'newsast'
import type {VFileMessage} from 'vfile-message'
import seed from '../../fixtures/noord-korea-2019-03.txt'
import {countOf} from './count-of.js'
import {renderArticle} from './render-article.js'
import {renderMessages} from './render-messages.js'
import {renderSpeakers} from './render-speakers.js'
import {createSpeakerColours} from './speaker-colours.js'

const input = find<HTMLTextAreaElement>('#input')
const fileInput = find<HTMLInputElement>('#file')
const output = find<HTMLElement>('#output')
const speakers = find<HTMLElement>('#speakers')
const messagesPanel = find<HTMLElement>('#messages')
const stats = find<HTMLElement>('#stats')

function update(): void {
  const text = input.value
  const messages: VFileMessage[] = []
  const started = performance.now()
  const tree = fromNews(text, {onmessage: (message) => void messages.push(message)})
  const quotes = listQuotes(tree)
  const elapsed = performance.now() - started

  const colours = createSpeakerColours()
  // Colours follow the speaker registry's order of first mention, where there is one.
  for (const speaker of tree.data?.speakers ?? []) colours.get(speaker.identifier)
  output.replaceChildren(renderArticle(tree, colours))
  speakers.replaceChildren(renderSpeakers(tree, quotes, colours))
  messagesPanel.replaceChildren(renderMessages(messages, select))

  const sections = tree.children.filter((child) => child.type === 'SectionNode').length
  const kinds = ['direct', 'partial', 'scare'].map((kind) => `${quotes.filter((quote) => quote.kind === kind).length} ${kind}`)
  stats.textContent = `${countOf(sections, 'section', 'sections')} · ${countOf(quotes.length, 'quote', 'quotes')} (${kinds.join(', ')}) · ${countOf(messages.length, 'message', 'messages')} · parsed in ${elapsed.toFixed(1)} ms`
  document.body.dataset['state'] = 'ready'
}

/** Select a range of the input, to show where a message points. */
function select(start: number, end: number): void {
  input.focus()
  input.setSelectionRange(start, Math.max(end, start + 1))
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  clearTimeout(timer)
  document.body.dataset['state'] = 'typing'
  timer = setTimeout(update, 250)
})

async function load(file: File): Promise<void> {
  input.value = await file.text()
  update()
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void load(file)
})
input.addEventListener('dragover', (event) => event.preventDefault())
input.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0]
  if (!file) return
  event.preventDefault()
  void load(file)
})
find<HTMLButtonElement>('#load-seed').addEventListener('click', () => {
  input.value = seed
  update()
})

input.value = seed
update()

function find<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector)
  if (!node) throw new Error(`The page has no ${selector}`)
  return node
}
