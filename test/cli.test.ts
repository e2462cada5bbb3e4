/**
 * The built `newsast` command (`dist/cli.js`), run as a child process the way users run it:
 * help and version, every format on the seed fixture, stdin, folders, a batch with a missing
 * file and a file that is not UTF-8, and, where `../shared` is present, the whole corpus.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {firstInvalidByte} from '../src/cli/read-input.js'
import {built, cli, jsonLines, root, run, testTimeout, type Run} from './util/run-cli.js'

if (!built) console.warn('cli.test.ts: skipped, dist/cli.js is missing: run `npm run build` first')

const seedFile = 'fixtures/noord-korea-2019-03.txt'
const seed = readFileSync(join(root, seedFile), 'utf8')
const corpus = resolve(root, '../shared/corpus/nl-news')
if (!existsSync(corpus)) console.warn('cli.test.ts: corpus test skipped, ../shared/corpus/nl-news is missing')



/** The leaves' values in order: the text a tree was parsed from. */
function leafText(node: {type?: string; value?: unknown; children?: unknown[]}): string {
  if (typeof node.value === 'string' && !node.children) return node.value
  return (node.children ?? []).map((child) => leafText(child as typeof node)).join('')
}

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsast-cli-'))
  mkdirSync(join(folder, 'articles/archief'), {recursive: true})
  writeFileSync(join(folder, 'articles/b.txt'), 'De gemeente opent een nieuwe bibliotheek.\n\n"We zijn er trots op", zei de wethouder.\n')
  writeFileSync(join(folder, 'articles/a.txt'), 'title: Regen op komst\n\nHet KNMI verwacht morgen veel regen.\n')
  writeFileSync(join(folder, 'articles/archief/c.txt'), 'Een oud bericht over de markt.\n')
  writeFileSync(join(folder, 'articles/notities.md'), '# niet meenemen\n')
  // "Café" in Latin-1: the é is the lone byte 0xE9, which is not UTF-8.
  writeFileSync(join(folder, 'latin1.txt'), Buffer.from('Het café "De Hoek" sluit.\n', 'latin1'))
  writeFileSync(join(folder, 'crlf.txt'), '\uFEFFdate 2020-01\r\n\r\nEen zin.\r\n\tMet een tab.\r\n')
})

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
})

describe.skipIf(!built)('newsast command', {timeout: testTimeout}, () => {
  it('prints help with every format and exits 0', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: newsast/)
    for (const format of ['tree', 'json', 'jsonl', 'quotes', 'outline']) expect(result.stdout).toContain(format)
    expect(run(['-h']).stdout).toBe(result.stdout)
  })

  it('prints the version from package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    const result = run(['--version'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(`${manifest.version}\n`)
  })

  it('rejects an unknown option or format with exit code 2', () => {
    const option = run(['--colour'])
    expect(option.status).toBe(2)
    expect(option.stderr).toContain('--help')
    const format = run(['--format', 'xml', seedFile])
    expect(format.status).toBe(2)
    expect(format.stderr).toContain('xml')
    expect(run(['--jobs', '0', seedFile]).status).toBe(2)
  })

  it('writes JSON lines by default when stdout is a pipe', () => {
    const result = run([seedFile])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(run(['--format', 'jsonl', seedFile]).stdout)
    const lines = jsonLines(result.stdout)
    expect(lines).toHaveLength(1)
    const line = lines[0]!
    expect(Object.keys(line)).toEqual(['file', 'header', 'outline', 'quotes', 'messages', 'error'])
    expect(line.file).toBe(seedFile)
    expect(line.error).toBe(null)
    expect(line.header).toEqual({fields: [{name: 'date', value: '2019-03', date: {iso: '2019-03', year: 2019, month: 3}}], byline: null})
    const outline = line.outline as Array<{heading: string | null; paragraphs: unknown[]}>
    expect(outline.map((section) => section.heading)).toEqual([null, 'Gesprekken stukgelopen'])
    expect(outline.map((section) => section.paragraphs.length)).toEqual([3, 4])
    const quotes = line.quotes as Array<{kind: string; text: string; position: {start: {offset: number}; end: {offset: number}}}>
    expect(quotes).toHaveLength(8)
    for (const quote of quotes) {
      // Each record's position covers its marks and text in the file.
      expect(seed.slice(quote.position.start.offset, quote.position.end.offset)).toContain(quote.text)
    }
    expect(quotes[1]!.text).toBe('Zij zaten constructieve onderhandelingen in de weg')
    expect(Array.isArray(line.messages)).toBe(true)
  })

  it('prints the tree as unist-util-inspect does, without colour on a pipe', () => {
    const result = run(['--format', 'tree', seedFile])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^RootNode\[\d+\] \(1:1-/)
    expect(result.stdout).toContain('FieldNode<date> "2019-03"')
    expect(result.stdout).toContain('HeadingNode')
    expect(result.stdout).toContain('QuoteNode')
    expect(result.stdout).not.toContain('\u001B[')
  })

  it('prints the tree as JSON, lossless', () => {
    const result = run(['--format', 'json', seedFile])
    expect(result.status).toBe(0)
    const tree = JSON.parse(result.stdout) as {type: string}
    expect(tree.type).toBe('RootNode')
    expect(leafText(tree)).toBe(seed)
  })

  it('prints a table of quotes: place, speaker, kind, cue, text', () => {
    const result = run(['--format', 'quotes', seedFile])
    expect(result.status).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^place +speaker +kind +cue +text$/)
    expect(lines).toHaveLength(2 + 8)
    expect(lines[3]).toContain('Zij zaten constructieve onderhandelingen in de weg')
    expect(lines[3]).toContain('direct')
    // A pipe has no width: the long quote is not cut.
    expect(result.stdout).toContain('al helemaal niet om op deze manier door te gaan met onderhandelingen.')
  })

  it('prints an outline: header fields, then sections with headings and paragraphs', () => {
    const result = run(['--format', 'outline', seedFile])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^header\n {2}date +2019-03\n/)
    expect(result.stdout).toContain('section (no heading)')
    expect(result.stdout).toContain('section ## Gesprekken stukgelopen')
    expect(result.stdout.match(/¶/g)).toHaveLength(7)
  })

  it('reads stdin when no path is given, and for `-`', () => {
    const implicit = run(['--format', 'jsonl'], seed)
    expect(implicit.status).toBe(0)
    const [line] = jsonLines(implicit.stdout)
    expect(line!.file).toBe(null)
    expect(line!.quotes).toHaveLength(8)
    const explicit = run(['--format', 'json', '-'], seed)
    expect(leafText(JSON.parse(explicit.stdout) as {type: string})).toBe(seed)
  })

  it('keeps a BOM, CRLF and tabs: the file round-trips through the JSON tree', () => {
    const result = run(['--format', 'json', join(folder, 'crlf.txt')])
    expect(result.status).toBe(0)
    expect(leafText(JSON.parse(result.stdout) as {type: string})).toBe(readFileSync(join(folder, 'crlf.txt'), 'utf8'))
  })

  it('walks a folder for *.txt files, in name order, the same with one or several threads', () => {
    const articles = join(folder, 'articles')
    const pooled = run(['--jobs', '2', articles])
    expect(pooled.status).toBe(0)
    const files = jsonLines(pooled.stdout).map((line) => line.file)
    expect(files).toEqual([join(articles, 'a.txt'), join(articles, 'b.txt'), join(articles, 'archief/c.txt')])
    expect(run(['--jobs', '1', articles]).stdout).toBe(pooled.stdout)
    // No terminal, so no progress bar on stderr.
    expect(pooled.stderr).toBe('')
  })

  it('heads each input in text formats and makes an array in JSON when there are several', () => {
    const articles = join(folder, 'articles')
    const text = run(['--format', 'quotes', articles])
    expect(text.stdout).toContain(`==> ${join(articles, 'b.txt')} <==`)
    const array = JSON.parse(run(['--format', 'json', articles]).stdout) as Array<{file: string; tree: {type: string}}>
    expect(array.map((entry) => entry.tree.type)).toEqual(['RootNode', 'RootNode', 'RootNode'])
  })

  it('reports a missing file, goes on with the batch, and exits 1', () => {
    const missing = join(folder, 'bestaat-niet.txt')
    const result = run([seedFile, missing, join(folder, 'articles/a.txt')])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${missing}: no such file`)
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([seedFile, missing, join(folder, 'articles/a.txt')])
    expect(lines.map((line) => line.error === null)).toEqual([true, false, true])
    expect(lines[1]).toMatchObject({header: null, quotes: [], error: 'no such file'})
    expect(lines[2]!.outline).toHaveLength(1)
  })

  it('reports a file that is not UTF-8 instead of parsing replacement characters', () => {
    const latin1 = join(folder, 'latin1.txt')
    const result = run([latin1, seedFile])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${latin1}: not valid UTF-8 (byte 7)`)
    const lines = jsonLines(result.stdout)
    expect(String(lines[0]!.error)).toContain('not valid UTF-8')
    expect(lines[1]!.error).toBe(null)
    // A single input in a text format: nothing on stdout, the problem on stderr.
    const alone = run(['--format', 'tree', latin1])
    expect(alone.status).toBe(1)
    expect(alone.stdout).toBe('')
  })

  // Generous: the command parses 176 articles in a child process, on a shared machine.
  it.skipIf(!existsSync(corpus))('takes the whole corpus in one command', {timeout: 180_000}, () => {
    const count = readdirSync(corpus).filter((name) => name.endsWith('.txt')).length
    const started = performance.now()
    const result = run([corpus])
    const seconds = (performance.now() - started) / 1000
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const lines = jsonLines(result.stdout)
    expect(lines).toHaveLength(count)
    expect(lines.every((line) => line.error === null)).toBe(true)
    expect(lines.map((line) => line.file)).toEqual([...lines.map((line) => line.file)].sort())
    console.info(`cli.test.ts: ${count} corpus files in ${seconds.toFixed(2)} s`)
  })
})

/** A stream standing in for a terminal or a pipe, collecting what is written to it. */
function fakeOutput(terminal: boolean, columns = 100): {stream: NodeJS.WriteStream; text: () => string} {
  const stream = Object.assign(new PassThrough(), {isTTY: terminal, columns})
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  return {stream: stream as unknown as NodeJS.WriteStream, text: () => text}
}

/** Run the command's `main` in this process (the source, so coverage sees it). */
async function runInProcess(
  argv: string[],
  options: {stdoutTerminal?: boolean; stderrTerminal?: boolean; stdin?: string | null; env?: NodeJS.ProcessEnv; columns?: number} = {}
) {
  const stdout = fakeOutput(options.stdoutTerminal ?? false, options.columns)
  const stderr = fakeOutput(options.stderrTerminal ?? false)
  const stdin = Object.assign(Readable.from(options.stdin === null || options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), {
    isTTY: options.stdin === null
  })
  const status = await main({
    argv,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
    // Worker threads run the built command.
    script: pathToFileURL(cli)
  })
  return {status, stdout: stdout.text(), stderr: stderr.text()}
}

// In process, but with worker threads, and one test starts the command too.
describe('newsast command, in process', {timeout: testTimeout}, () => {
  it('prints the tree in colour on a terminal, and without for NO_COLOR', async () => {
    const coloured = await runInProcess([seedFile], {stdoutTerminal: true})
    expect(coloured.status).toBe(0)
    expect(coloured.stdout).toContain('\u001B[')
    expect(coloured.stdout).toContain('RootNode')
    const plain = await runInProcess([seedFile], {stdoutTerminal: true, env: {NO_COLOR: '1'}})
    expect(plain.stdout).not.toContain('\u001B[')
    expect(plain.stdout).toBe((await runInProcess(['--format', 'tree', seedFile])).stdout)
  })

  it('fits the quotes table to the terminal width', async () => {
    const result = await runInProcess(['--format', 'quotes', seedFile], {stdoutTerminal: true, columns: 72})
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(10)
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(72)
    expect(result.stdout).toContain('…')
  })

  it('shows a progress bar on a terminal stderr, and clears it', async () => {
    const result = await runInProcess(['--jobs', '1', join(folder, 'articles')], {stderrTerminal: true})
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('] 3/3')
    expect(result.stderr.endsWith('\r\u001B[K')).toBe(true)
    expect(jsonLines(result.stdout)).toHaveLength(3)
  })

  it('keeps failures in place in a JSON array, and counts them on stderr', async () => {
    const result = await runInProcess(['--format', 'json', '--jobs', '1', seedFile, join(folder, 'latin1.txt')])
    expect(result.status).toBe(1)
    const entries = JSON.parse(result.stdout) as Array<{file: string; tree?: unknown; error?: string}>
    expect(entries.map((entry) => [entry.file, entry.error ?? 'ok'])).toEqual([
      [seedFile, 'ok'],
      [join(folder, 'latin1.txt'), expect.stringContaining('not valid UTF-8')]
    ])
    expect(result.stderr).toContain('1 of 2 inputs failed')
  })

  it.skipIf(!built)('gives the same output from worker threads as from the main thread', async () => {
    const args = ['--format', 'outline', join(folder, 'articles'), seedFile, join(folder, 'nothing-here.txt')]
    // Workers run the built command: compare with the built command in one thread.
    const pooled = await runInProcess(['--jobs', '3', ...args])
    const single = run(['--jobs', '1', ...args])
    expect(pooled.status).toBe(1)
    expect(pooled.stdout).toBe(single.stdout)
    expect(pooled.stderr).toBe(single.stderr)
    expect(pooled.stdout.match(/^==> /gm)).toHaveLength(4)
  })

  it('asks for input when stdin is a terminal and no path is given', async () => {
    const result = await runInProcess([], {stdin: null})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('no input')
  })

  it('fails on a folder without *.txt files, alone or next to other inputs', async () => {
    const empty = join(folder, 'empty')
    mkdirSync(empty, {recursive: true})
    const alone = await runInProcess([empty])
    expect(alone.status).toBe(1)
    expect(alone.stderr).toBe(`newsast: ${empty}: no *.txt files in this folder\n`)
    const beside = await runInProcess(['--jobs', '1', empty, join(folder, 'articles/a.txt')])
    expect(beside.status).toBe(1)
    expect(beside.stderr).toBe(`newsast: ${empty}: no *.txt files in this folder\nnewsast: 1 of 2 inputs failed\n`)
    expect(jsonLines(beside.stdout).map((line) => [line.file, line.error])).toEqual([
      [empty, 'no *.txt files in this folder'],
      [join(folder, 'articles/a.txt'), null]
    ])
  })

  it('reports a binary file as binary, not as text to convert', async () => {
    // The start of an ELF executable: a NUL byte, and bytes that are not UTF-8.
    const program = join(folder, 'program')
    writeFileSync(program, Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x3e]))
    const result = await runInProcess(['--format', 'tree', program])
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`newsast: ${program}: a binary file, not text (a NUL byte at byte 7)\n`)
  })

  it('parses text with NUL bytes in it, with a warning', async () => {
    const zeros = join(folder, 'zeros.txt')
    writeFileSync(zeros, new Uint8Array(16))
    const result = await runInProcess(['--format', 'outline', zeros])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe(`newsast: ${zeros}: warning: 16 NUL bytes, the first at byte 0: parsed as text, but is it text?\n`)
    const one = await runInProcess(['--format', 'jsonl'], {stdin: 'Een zin.\u0000\n'})
    expect(one.status).toBe(0)
    expect(one.stderr).toBe('newsast: <stdin>: warning: a NUL byte at byte 8: parsed as text, but is it text?\n')
    expect(jsonLines(one.stdout)[0]!.error).toBe(null)
  })

  it('reads stdin in process', async () => {
    const result = await runInProcess(['--format', 'outline'], {stdin: 'Kop\n\nDe tekst zelf.\n'})
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('De tekst zelf.')
  })

  it('answers --help, --version and usage errors in process', async () => {
    expect((await runInProcess(['--help'])).stdout).toMatch(/^Usage: newsast/)
    expect((await runInProcess(['-v'])).stdout).toMatch(/^\d+\.\d+\.\d+/)
    for (const argv of [['--nope'], ['-f', 'yaml'], ['-j', 'two']]) {
      const result = await runInProcess(argv)
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('Try `newsast --help`')
    }
  })

  it('names an unknown option on one clean line', async () => {
    const result = await runInProcess(['--bogus', seedFile])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('newsast: Unknown option `--bogus`\nTry `newsast --help`.\n')
    const missing = await runInProcess(['--format'])
    expect(missing.stderr).toBe("newsast: Option '-f, --format <value>' argument missing\nTry `newsast --help`.\n")
  })

  it('lists the problems found in the text under the outline', async () => {
    const result = await runInProcess(['--format', 'outline'], {stdin: 'De minister zei: "Dit loopt door.\n\nVolgende alinea.\n'})
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/\nmessages\n {2}1:18 +Unclosed quote[^\n]*newsast:unclosed-quote\n/)
  })
})

describe('firstInvalidByte', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values)
  it('points at the first byte that breaks UTF-8', () => {
    // Valid throughout: the length.
    expect(firstInvalidByte(new TextEncoder().encode('café 😀 ok'))).toBe(13)
    expect(firstInvalidByte(bytes(0x61, 0xe9, 0x62))).toBe(1)
    // A lead byte with too few continuation bytes, and one at the very end.
    expect(firstInvalidByte(bytes(0x61, 0xe2, 0x82, 0x61))).toBe(1)
    expect(firstInvalidByte(bytes(0x61, 0xf0, 0x9f))).toBe(1)
    // Overlong forms, a surrogate, a code point past U+10FFFF, and bytes that never start a character.
    expect(firstInvalidByte(bytes(0xc0, 0xaf))).toBe(0)
    expect(firstInvalidByte(bytes(0xe0, 0x80, 0xaf))).toBe(0)
    expect(firstInvalidByte(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1)
    expect(firstInvalidByte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0)
    expect(firstInvalidByte(bytes(0x80))).toBe(0)
    expect(firstInvalidByte(bytes(0xff))).toBe(0)
  })
})
