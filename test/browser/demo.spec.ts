/**
 * The demo page in `examples/`, built by `scripts/build-example.mjs` and opened in Chromium:
 * the seed is rendered with its sections, headings, quotes highlighted by kind and margin
 * notes, a screenshot is saved, and pasting or loading another article renders that one.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import type {Browser, Page} from 'playwright-core'
import type {Position} from 'unist'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fromNews, listQuotes} from '../../src/index.js'
import {launchChromium, watchErrors} from './chromium.js'
import {serve, type Server} from './serve.js'

const root = resolve(import.meta.dirname, '../..')
const seed = readFileSync(join(root, 'fixtures/noord-korea-2019-03.txt'), 'utf8')
const screenshots = join(import.meta.dirname, '__screenshots__')

let outdir = ''
let browser: Browser
let server: Server

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'newsast-demo-'))
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-example.mjs'), '--outdir', outdir], {encoding: 'utf8'})
  if (built.status !== 0) throw new Error(`Building the demo failed:\n${built.stderr}`)
  server = await serve({folder: outdir})
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (outdir) rmSync(outdir, {recursive: true, force: true})
})

async function open(): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage({viewport: {width: 1400, height: 1000}})
  const errors = watchErrors(page)
  await page.goto(`${server.url}/`)
  await page.waitForSelector('body[data-state="ready"]')
  return {page, errors}
}

/** The seed's parts, as newsast sees them in Node: what the page must show. */
function expected(text: string) {
  const tree = fromNews(text)
  const slice = (node: {position?: Position | undefined}) =>
    text.slice(node.position!.start.offset, node.position!.end.offset)
  const paragraphs = tree.children.flatMap((child) =>
    child.type === 'SectionNode' ? child.children.filter((node) => node.type === 'ParagraphNode').map(slice) : []
  )
  return {quotes: listQuotes(tree), paragraphs, slice}
}

describe('demo page', () => {
  it('renders the seed: header, sections with headings, quotes by kind, margin notes, messages', async () => {
    const {page, errors} = await open()
    const {quotes, paragraphs, slice} = expected(seed)

    expect(await page.locator('.fields dd').first().textContent()).toBe('2019-03')
    expect(await page.locator('section.section').count()).toBe(2)
    expect(await page.locator('.section-heading').allTextContents()).toEqual(['Gesprekken stukgelopen'])
    // Every character of a paragraph is on the page, quotes and all.
    expect(await page.locator('p.paragraph').allTextContents()).toEqual(paragraphs)

    // Highlights: one element per quote, its class naming its kind, its text the quote with marks.
    const highlights = page.locator('.quote[data-quote]')
    expect(await highlights.count()).toBe(8)
    expect(await highlights.allTextContents()).toEqual(quotes.map((quote) => slice(quote)))
    for (const kind of ['direct', 'partial', 'scare'] as const) {
      expect(await page.locator(`#output .quote--${kind}`).count()).toBe(quotes.filter((quote) => quote.kind === kind).length)
    }

    // Margin notes: every paragraph with a quote of reported speech has one beside it.
    const rows = page.locator('.paragraph-row')
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index)
      const speech = await row.locator('.quote:not(.quote--scare)').count()
      expect(await row.locator('.margin-note').count() > 0).toBe(speech > 0)
    }
    // A speaker's colour is the same on their quotes and their notes.
    const attributed = quotes.filter((quote) => quote.speakerIdentifier !== null)
    for (const quote of attributed) {
      const colour = (await page.locator(`.quote[data-quote="${quote.identifier}"]`).getAttribute('style')) ?? ''
      const note = page.locator(`.margin-note[data-speaker="${quote.speakerIdentifier}"]`).first()
      expect(colour).toContain('--speaker-colour')
      expect(await note.getAttribute('style')).toBe(colour)
    }
    // The seed's main speaker is in the notes, beside the paragraphs that quote her.
    expect(attributed.length).toBeGreaterThanOrEqual(7)
    expect(await page.locator('.margin-note__speaker').allTextContents()).toContain('Choe Son-hui')

    expect(await page.locator('#messages ol.messages').count()).toBe(1)
    expect(await page.locator('#stats').textContent()).toMatch(/^2 sections · 8 quotes/)

    mkdirSync(screenshots, {recursive: true})
    await page.screenshot({path: join(screenshots, 'demo-seed.png'), fullPage: true})
    expect(errors).toEqual([])
    await page.close()
  })

  it('renders pasted text, and lists its problems', async () => {
    const {page, errors} = await open()
    const text = 'Kop van het stuk\n\nDe burgemeester zei: "We gaan door met het plan.\n\nEen tweede alinea zonder citaat.'
    await page.fill('#input', text)
    await page.waitForSelector('body[data-state="ready"]')
    expect(await page.locator('.quote[data-quote]').count()).toBe(1)
    expect(await page.locator('#output .quote--direct').count()).toBe(1)
    expect(await page.locator('.message[data-rule="unclosed-quote"]').count()).toBe(1)
    expect(await page.locator('#stats').textContent()).toMatch(/^1 section · 1 quote \(1 direct, 0 partial, 0 scare\) · 1 message · /)
    // Choosing a message selects its place in the text box.
    await page.locator('.message[data-rule="unclosed-quote"] .message__place').click()
    const selected = await page.locator('#input').evaluate((node) => {
      const area = node as unknown as {value: string; selectionStart: number; selectionEnd: number}
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(selected.startsWith('"')).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it('gives each speaker a colour of their own, on quotes and margin notes alike', async () => {
    const {page, errors} = await open()
    const text = 'De raad sprak dinsdag over het plan.\n\n"Het plan is goed", zei burgemeester Jan de Vries. "Het is veel te duur", zei wethouder Piet Bakker.\n'
    await page.fill('#input', text)
    await page.waitForSelector('body[data-state="ready"]')
    const quotes = listQuotes(fromNews(text))
    const speakers = [...new Set(quotes.map((quote) => quote.speakerIdentifier))]
    expect(speakers).toHaveLength(2)
    const colours = await Promise.all(
      speakers.map((speaker) => page.locator(`.quote[data-speaker="${speaker}"]`).first().getAttribute('style'))
    )
    expect(new Set(colours).size).toBe(2)
    for (const [index, speaker] of speakers.entries()) {
      expect(await page.locator(`.margin-note[data-speaker="${speaker}"]`).getAttribute('style')).toBe(colours[index])
    }
    expect(await page.locator('.margin-note__speaker').allTextContents()).toEqual(quotes.map((quote) => quote.speaker))
    expect(errors).toEqual([])
    await page.close()
  })

  it('loads an article from a file', async () => {
    const {page, errors} = await open()
    const text = 'title: Nieuwe brug\n\nDe brug gaat open. „Eindelijk”, aldus een bewoner.\n\nTussenkop\n\nMeer tekst.\n'
    await page.setInputFiles('#file', {name: 'artikel.txt', mimeType: 'text/plain', buffer: Buffer.from(text)})
    await page.waitForFunction(() => (globalThis as unknown as {document: {querySelector(selector: string): unknown}}).document.querySelector('.article-title'))
    expect(await page.locator('.article-title').textContent()).toBe('Nieuwe brug')
    expect(await page.locator('.quote[data-quote]').allTextContents()).toEqual(['„Eindelijk”'])
    expect(await page.locator('.section-heading').allTextContents()).toEqual(['Tussenkop'])
    expect(errors).toEqual([])
    await page.close()
  })
})
