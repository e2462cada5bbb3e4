/**
 * The built command on a 4 MB article: `--format json` (about 1.2 GB of output, past the
 * longest string V8 makes) and `--format tree` exit 0 with complete output. The output is read
 * as it comes, never held whole: the JSON's hash is compared with one made from
 * `JSON.stringify` of each of the root's children in its place, and the tree's lines are
 * counted and the values of its leaves put back together into the article.
 */
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {fromNews, type Root} from '../src/index.js'
import {longArticle} from './util/long-article.js'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist/cli.js')
const built = existsSync(cli)
if (!built) console.warn('cli-big.test.ts: skipped, dist/cli.js is missing: run `npm run build` first')

interface Streamed {
  status: number | null
  stderr: string
}

/** Run the command, handing each line of its stdout to `online` (stdout is never held whole). */
function runStreamed(args: string[], online: (line: string) => void, nodeFlags: string[] = []): Promise<Streamed> {
  const env = {...process.env}
  delete env.NODE_OPTIONS
  delete env.FORCE_COLOR
  const child = spawn(process.execPath, [...nodeFlags, cli, ...args], {cwd: root, env, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  let rest = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop()!
    for (const line of lines) online(line)
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) => {
      if (rest !== '') online(rest)
      resolve({status, stderr})
    })
  })
}

/**
 * The lines of `JSON.stringify(tree, null, 2)` fed to a hash, built from `JSON.stringify` of the
 * root without its children and of each child, so no string is the whole document.
 */
function expectedJsonHash(tree: Root): string {
  const hash = createHash('sha256')
  const marker = '\u0000children\u0000'
  const skeleton = JSON.stringify({...tree, children: marker}, null, 2)
  const [before, after] = skeleton.split(JSON.stringify(marker))
  hash.update(before + '[\n')
  tree.children.forEach((child, index) => {
    hash.update((index === 0 ? '    ' : ',\n    ') + JSON.stringify(child, null, 2).replaceAll('\n', '\n    '))
  })
  hash.update('\n  ]' + after + '\n')
  return hash.digest('hex')
}

/** Nodes and fields: the lines `unist-util-inspect` gives a tree (a line per node and per field). */
function countInspectLines(node: Record<string, unknown>): number {
  let lines = 1
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || ['type', 'value', 'children', 'position'].includes(key)) continue
    if (key === 'name' && typeof value === 'string') continue
    lines++
  }
  for (const child of (node.children ?? []) as Array<Record<string, unknown>>) lines += countInspectLines(child)
  return lines
}

describe.skipIf(!built)('newsast command on a 4 MB article', () => {
  const folder = mkdtempSync(join(tmpdir(), 'newsast-big-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))
  const text = longArticle(4 * 1024 * 1024)
  const file = join(folder, 'lang.txt')
  writeFileSync(file, text)

  // Parsing 4 MB takes seconds and the output is over a GB: minutes on a busy 2-core machine.
  it('streams --format json: complete, the same text as JSON.stringify', async () => {
    const hash = createHash('sha256')
    let bytes = 0
    const run = runStreamed(['--format', 'json', file], (line) => {
      hash.update(line + '\n')
      bytes += line.length + 1
    })
    const expected = expectedJsonHash(fromNews(text))
    const result = await run
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // Past the longest string V8 makes: the output was never one string.
    expect(bytes).toBeGreaterThan(2 ** 29)
    expect(hash.digest('hex')).toBe(expected)
  }, 600_000)

  it('streams --format tree: complete, every node, the article in its leaves', async () => {
    let lines = 0
    let first = ''
    const leaves: string[] = []
    const leaf = /^[\s│├└─\d]*[A-Za-z]+(?:<[^>]*>)? ("(?:[^"\\]|\\.)*") \(\d/
    const run = runStreamed(['--format', 'tree', file], (line) => {
      if (lines++ === 0) first = line
      const match = leaf.exec(line)
      if (match) leaves.push(JSON.parse(match[1]!) as string)
    })
    const tree = fromNews(text)
    const expectedLines = countInspectLines(tree as unknown as Record<string, unknown>)
    const result = await run
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(first).toBe(`RootNode[${tree.children.length}] (1:1-${tree.position!.end.line}:${tree.position!.end.column}, 0-${text.length})`)
    expect(lines).toBe(expectedLines)
    expect(leaves.join('')).toBe(text)
  }, 600_000)

  it('gives the same output in parts from worker threads as from the main thread', async () => {
    // Half a megabyte: parsed in the main thread with one job; its JSON takes several parts.
    const half = join(folder, 'half.txt')
    writeFileSync(half, longArticle(512 * 1024))
    const digest = async (jobs: string) => {
      const hash = createHash('sha256')
      const result = await runStreamed(['--format', 'json', '--jobs', jobs, half, join(root, 'fixtures/noord-korea-2019-03.txt'), half], (line) =>
        hash.update(line + '\n')
      )
      expect(result).toEqual({status: 0, stderr: ''})
      return hash.digest('hex')
    }
    expect(await digest('2')).toBe(await digest('1'))
  }, 600_000)

  it('stops with one line naming the heap limit when a tree does not fit', async () => {
    let output = ''
    const result = await runStreamed(['--format', 'jsonl', file], (line) => (output += line), ['--max-old-space-size=100'])
    expect(result.status).toBe(1)
    expect(output).toBe('')
    expect(result.stderr).toMatch(/^newsast: \S+lang\.txt: out of memory: .*heap limit of \d+ MB.*max-old-space-size=\d+\)\n$/)
  }, 600_000)
})
