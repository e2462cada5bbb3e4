/**
 * The docs show real output: every output block of the documents `scripts/readme.mjs` keeps
 * (README.md and docs/) equals what it generates now from the built package (run `npm run
 * readme` to update them), which also runs every JavaScript example of the docs.
 */
import {existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = resolve(import.meta.dirname, '..')
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/cli.js'))
if (!built) console.warn('readme.test.ts: skipped, dist/ is missing: run `npm run build` first')

interface Block {
  file: string
  line: number
  kind: string
  args: string[]
  current: string
}
interface Document {
  blocks: Block[]
  examples: Map<string, string>
  fences: Array<{line: number; lang: string; example: string | undefined}>
}
interface Generator {
  documents: string[]
  readDocument(file: string): Document
  renderBlock(block: Block, document: Document): Promise<string>
}

// A plain script shared with `npm run readme`; its path is not a literal, so TypeScript does not look for its types.
const generatorPath = pathToFileURL(join(root, 'scripts/readme.mjs')).href
const generator = (await import(generatorPath)) as Generator

for (const file of generator.documents) {
  const document = generator.readDocument(file)

  describe.skipIf(!built)(file, () => {
    it('has output blocks', () => {
      expect(document.blocks.length).toBeGreaterThan(0)
    })

    for (const block of document.blocks) {
      it(`line ${block.line}: \`${[block.kind, ...block.args].join(' ')}\` shows what the code does now (else run \`npm run readme\`)`, async () => {
        expect(block.current).toBe(await generator.renderBlock(block, document))
      }, 60_000)
    }

    it('runs every JavaScript example: each js code block is an example with an output block', () => {
      const run = new Set(document.blocks.filter((block) => block.kind === 'run').map((block) => block.args[0]))
      for (const fence of document.fences.filter((fence) => fence.lang === 'js' || fence.lang === 'javascript')) {
        expect(fence.example, `${file}:${fence.line}: a js block needs <!-- example: NAME --> before it`).toBeDefined()
        expect(run.has(fence.example), `${file}:${fence.line}: example ${fence.example} needs <!-- output: run ${fence.example} -->`).toBe(true)
      }
    })
  })
}
