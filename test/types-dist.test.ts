/**
 * Type-check a tiny consumer against the built declarations, as a user gets them: an ES module
 * (`dist/index.d.ts`) and a CommonJS module (`dist/index.d.cts`), both through `import 'newsast'`.
 * Checks that the types resolve, that nlcst's unions accept our nodes (the module augmentation
 * travels with the `.d.ts`), and that the declarations themselves compile (`skipLibCheck: false`).
 */
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import ts from 'typescript'
import {afterAll, describe, expect, it} from 'vitest'

const root = resolve(import.meta.dirname, '..')
const built = existsSync(join(root, 'dist/index.d.ts')) && existsSync(join(root, 'dist/index.d.cts'))
if (!built) console.warn('types-dist.test.ts: skipped, dist/ is missing: run `npm run build` first')

const consumer = `
import {fromNews, listQuotes, rules, type Field, type Header, type NewsRoot, type Options, type Quote, type Root, type Section, type Speaker} from 'newsast'
import type {Literals, Nodes, Parents, ParagraphContent, Root as NlcstRoot, RootContent, SentenceContent} from 'nlcst'

const tree: Root = fromNews('date 2019-03 Tekst.', null)
const options: Options = {onmessage: null}
fromNews('', options)
const asNlcst: NlcstRoot = tree
const content: RootContent[] = [] as Array<Header | Section>
const nodes: Nodes[] = [] as Array<Field | Header | Section | Quote>
const parents: Parents[] = [] as Array<Header | Section | Quote>
const literals: Literals[] = [] as Field[]
const inParagraph: ParagraphContent[] = [] as Quote[]
const inSentence: SentenceContent[] = [] as Quote[]
const count: number = listQuotes(tree).length
// fromNews's root has its speakers: no guard in strict code.
const parsed: NewsRoot = fromNews('"Ja", zei Piet.')
const speakers: Speaker[] = parsed.data.speakers
const firstName: string | undefined = fromNews('').data.speakers[0]?.name
const message: string = rules['invalid-date']
for (const child of tree.children) {
  if (child.type === 'HeaderNode') {
    for (const part of child.children) if (part.type === 'FieldNode') { const name: string = part.name; void name }
  }
}
// @ts-expect-error: only strings are text.
fromNews(42)
void [asNlcst, content, nodes, parents, literals, inParagraph, inSentence, count, message, speakers, firstName]
`

// A whole TypeScript program per consumer: seconds, more on a loaded 2-core machine, hence the timeouts.
describe.skipIf(!built)('types of the built package', () => {
  const directory = mkdtempSync(join(tmpdir(), 'newsast-types-'))
  afterAll(() => rmSync(directory, {recursive: true, force: true}))
  mkdirSync(join(directory, 'node_modules'))
  symlinkSync(root, join(directory, 'node_modules/newsast'), 'dir')
  symlinkSync(join(root, 'node_modules/@types'), join(directory, 'node_modules/@types'), 'dir')
  writeFileSync(join(directory, 'package.json'), '{"name": "consumer", "private": true}\n')
  writeFileSync(join(directory, 'esm.mts'), consumer)
  writeFileSync(join(directory, 'cjs.cts'), consumer)

  const diagnosticsOf = (file: string): string[] => {
    const program = ts.createProgram([join(directory, file)], {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: false,
      types: []
    })
    const resolved = program.getSourceFiles().map((source) => source.fileName)
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${diagnostic.file.fileName}: ` : ''
      return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    })
    return [...diagnostics, ...resolved.filter((name) => name.startsWith(join(root, 'dist'))).map((name) => `uses ${name.replace(root, '<root>')}`)]
  }

  it('compiles an ES module consumer against dist/index.d.ts', {timeout: 300_000}, () => {
    const output = diagnosticsOf('esm.mts')
    expect(output.filter((line) => !line.startsWith('uses '))).toEqual([])
    expect(output.some((line) => line.endsWith('dist/index.d.ts'))).toBe(true)
  })

  it('compiles a CommonJS consumer against dist/index.d.cts', {timeout: 300_000}, () => {
    const output = diagnosticsOf('cjs.cts')
    expect(output.filter((line) => !line.startsWith('uses '))).toEqual([])
    expect(output.some((line) => line.endsWith('dist/index.d.cts'))).toBe(true)
  })
})
