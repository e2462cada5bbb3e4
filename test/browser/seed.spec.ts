/**
 * The ESM build in a real browser: `dist/index.js` bundled by esbuild for the browser (the
 * unified packages import CommonJS, so it cannot load unbundled), served on 127.0.0.1, and the
 * seed article parsed in the page by Chromium.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {build} from 'esbuild'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, watchErrors} from './chromium.js'
import {serve, type Server} from './serve.js'

const root = resolve(import.meta.dirname, '../..')
const esmBuild = join(root, 'dist/index.js')
const seed = readFileSync(join(root, 'fixtures/noord-korea-2019-03.txt'), 'utf8')

let browser: Browser
let server: Server

beforeAll(async () => {
  if (!existsSync(esmBuild)) throw new Error('dist/index.js is missing: run `npm run build` first')
  const bundle = await build({
    entryPoints: [esmBuild],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  server = await serve({
    files: {
      // The module script puts the exports on `globalThis`: `page.evaluate` code cannot `import()` (vitest rewrites it).
      '/index.html':
        '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>newsast</title>' +
        '<script type="module">import * as newsast from "/newsast.js"; globalThis.newsast = newsast</script>',
      '/newsast.js': bundle.outputFiles[0]!.text
    }
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('newsast in Chromium', () => {
  it('parses the seed in the page: header date, 2 sections, 8 quotes with their speakers', async () => {
    const page = await browser.newPage()
    const errors = watchErrors(page)
    await page.goto(`${server.url}/`)
    await page.waitForFunction(() => 'newsast' in globalThis)

    const report = await page.evaluate((text: string) => {
      const newsast = (globalThis as unknown as {newsast: typeof import('../../src/index.js')}).newsast
      const messages: string[] = []
      const tree = newsast.fromNews(text, {onmessage: (message) => void messages.push(message.ruleId ?? '')})
      type Node = {type: string; value?: string; children?: Node[]; name?: string; date?: unknown}
      const leaves = (node: Node): string => (node.children ? node.children.map(leaves).join('') : (node.value ?? ''))
      const sections = (tree.children as Node[]).filter((child) => child.type === 'SectionNode')
      const header = (tree.children as Node[]).find((child) => child.type === 'HeaderNode')
      return {
        exports: Object.keys(newsast).sort(),
        lossless: leaves(tree) === text,
        rootPosition: tree.position,
        children: (tree.children as Node[]).map((child) => child.type),
        header: (header?.children ?? [])
          .filter((child) => child.type === 'FieldNode')
          .map((field) => ({name: field.name, value: field.value, date: field.date})),
        headings: sections.flatMap((section) => (section.children ?? []).filter((child) => child.type === 'HeadingNode').map(leaves)),
        sectionParagraphs: sections.map((section) => (section.children ?? []).filter((child) => child.type === 'ParagraphNode').length),
        quotes: newsast.listQuotes(tree),
        speakers: tree.data?.speakers ?? null,
        messages
      }
    }, seed)

    expect(errors).toEqual([])
    expect(report.exports).toEqual(expect.arrayContaining(['fromNews', 'listQuotes', 'newsParse']))
    expect(report.lossless).toBe(true)
    expect(report.rootPosition).toEqual({start: {line: 1, column: 1, offset: 0}, end: expect.objectContaining({offset: seed.length})})

    expect(report.header).toEqual([{name: 'date', value: '2019-03', date: {iso: '2019-03', year: 2019, month: 3}}])
    expect(report.sectionParagraphs).toEqual([3, 4])
    expect(report.headings).toEqual(['Gesprekken stukgelopen'])

    expect(report.quotes).toHaveLength(8)
    expect(report.quotes.map((quote) => quote.text)).toContain('Hun onderlinge klik is wonderbaarlijk mooi.')
    expect(report.quotes.map((quote) => quote.kind)).not.toContain(undefined)
    for (const quote of report.quotes) {
      // Positions cross the page boundary intact: each slices to its marks and words.
      const {start, end} = quote.position
      expect(seed.slice(start.offset, end.offset)).toContain(quote.text)
    }
    // The seed's speaker: Choe Son-hui, for the seven quotes of her press conference.
    expect(report.quotes.slice(0, 7).map((quote) => quote.speaker)).toEqual(Array(7).fill('Choe Son-hui'))
    // The writer's own scare quote: no speaker.
    expect(report.quotes[7]).toMatchObject({text: 'verzekeringspolis', kind: 'scare', speaker: null})
    expect(report.speakers?.map((speaker) => speaker.name)).toContain('Choe Son-hui')
    await page.close()
  })

})
