/**
 * The legend: each speaker with their colour, other names and roles, and how often quoted;
 * then the quote kinds as they are highlighted.
 */
import type {QuoteRecord, Root} from 'newsast'
import {unattributedColour, type SpeakerColours} from './speaker-colours.js'

export function renderSpeakers(tree: Root, quotes: readonly QuoteRecord[], colours: SpeakerColours): HTMLElement {
  const list = document.createElement('ul')
  list.className = 'speakers'
  const counts = new Map<string, number>()
  for (const quote of quotes) {
    const key = quote.speakerIdentifier ?? quote.speaker
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  }

  const registry = tree.data?.speakers
  const entries = registry
    ? registry.map((speaker) => ({key: speaker.identifier, name: speaker.name, extra: [...speaker.aliases, ...speaker.roles]}))
    : [...counts.keys()].map((name) => ({key: name, name, extra: [] as string[]}))
  for (const entry of entries) {
    const item = document.createElement('li')
    item.className = 'speaker'
    item.dataset['speaker'] = entry.key
    item.style.setProperty('--speaker-colour', colours.get(entry.key))
    const name = document.createElement('strong')
    name.textContent = entry.name
    const count = counts.get(entry.key) ?? 0
    item.append(name, ` — ${count} ${count === 1 ? 'quote' : 'quotes'}`)
    if (entry.extra.length > 0) {
      const extra = document.createElement('small')
      extra.textContent = entry.extra.join(', ')
      item.append(document.createElement('br'), extra)
    }
    list.append(item)
  }
  const unattributed = quotes.filter((quote) => quote.speaker === null && quote.kind !== 'scare').length
  if (unattributed > 0) {
    const item = document.createElement('li')
    item.className = 'speaker speaker--unattributed'
    item.style.setProperty('--speaker-colour', unattributedColour)
    item.textContent = `no speaker found — ${unattributed} ${unattributed === 1 ? 'quote' : 'quotes'}`
    list.append(item)
  }
  if (list.children.length === 0) {
    const item = document.createElement('li')
    item.className = 'empty'
    item.textContent = 'No speakers.'
    list.append(item)
  }
  return list
}
