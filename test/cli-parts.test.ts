/**
 * The command's output in parts, in this process (so coverage sees it): the worker's side of
 * the pool (`createTaskServer`) and the pool and main thread writing a large output part by part.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {createTaskServer, takePart} from '../src/cli/serve-tasks.js'
import type {Result} from '../src/cli/types.js'
import {fromNews} from '../src/index.js'
import {longArticle} from './util/long-article.js'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist/cli.js')
const built = existsSync(cli)
const folder = mkdtempSync(join(tmpdir(), 'newsast-parts-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Run `main` in this process with pipes for stdout and stderr; workers run the built command. */
async function runInProcess(argv: string[], stdin = '') {
  const collect = () => {
    const stream = Object.assign(new PassThrough(), {isTTY: false})
    const chunks: string[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')))
    return {stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('')}
  }
  const stdout = collect()
  const stderr = collect()
  const input = Object.assign(Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]), {isTTY: false})
  const status = await main({argv, stdin: input as unknown as NodeJS.ReadStream, stdout: stdout.stream, stderr: stderr.stream, env: {}, script: pathToFileURL(cli)})
  return {status, stdout: stdout.text(), stderr: stderr.text()}
}

describe('the worker side of the pool', () => {
  it('sends a large output in parts, each when asked', () => {
    const text = longArticle(60_000)
    const posted: Result[] = []
    const answer = createTaskServer({format: 'json', color: false, columns: null, many: false}, (result) => posted.push(result))
    answer({task: {index: 3, file: null, bytes: new TextEncoder().encode(text)}})
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({index: 3, problem: null, warning: null, more: true})
    // A request for another input's part is not answered.
    answer({next: 2})
    expect(posted).toHaveLength(1)
    while (posted.at(-1)!.more) answer({next: 3})
    expect(posted.length).toBeGreaterThan(2)
    expect(posted.map((result) => result.output).join('')).toBe(JSON.stringify(fromNews(text), null, 2) + '\n')
    // Done: a late request gets nothing.
    const count = posted.length
    answer({next: 3})
    expect(posted).toHaveLength(count)
  }, 120_000)

  it('sends a small output, or a failure, whole', () => {
    const posted: Result[] = []
    const answer = createTaskServer({format: 'jsonl', color: false, columns: null, many: true}, (result) => posted.push(result))
    answer({task: {index: 0, file: null, bytes: new TextEncoder().encode('Een zin.\u0000\n')}})
    answer({task: {index: 1, file: join(folder, 'none.txt')}})
    expect(posted.map((result) => [result.more, result.problem, result.warning])).toEqual([
      [false, null, 'a NUL byte at byte 8: parsed as text, but is it text?'],
      [false, 'no such file', null]
    ])
  })

  it('renders a line of --input jsonl as a record, a line over 1 MB in two messages', () => {
    const posted: Result[] = []
    const answer = createTaskServer({format: 'jsonl', color: false, columns: null, many: true}, (result) => posted.push(result))
    const bulk = 'x'.repeat(2 ** 20)
    answer({task: {index: 4, file: null, bytes: new TextEncoder().encode(JSON.stringify({id: 7, bulk, text: 'Een zin.'})), line: 5}})
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({index: 4, problem: null, more: true})
    answer({next: 4})
    expect(posted[1]).toEqual({index: 4, output: '', problem: null, warning: null, more: false})
    const line = JSON.parse(posted[0]!.output) as Record<string, unknown>
    expect(Object.keys(line)).toEqual(['id', 'file', 'bulk', 'header', 'outline', 'quotes', 'messages', 'error'])
    expect(line.bulk).toBe(bulk)

    answer({task: {index: 5, file: null, bytes: new TextEncoder().encode('[1]'), line: 6}})
    expect(posted[2]).toMatchObject({index: 5, problem: 'line 6: expected a JSON object, not an array', more: false})
  })

  it('turns an error while making the output into the input\u2019s problem', () => {
    function* failing(): Generator<string> {
      yield 'a'
      throw new RangeError('Invalid string length')
    }
    expect(takePart(failing())).toEqual({output: 'a', more: false, problem: 'cannot make the output: Invalid string length'})
    expect(takePart(['ab', 'cd', 'e'][Symbol.iterator](), 3)).toEqual({output: 'abcd', more: true, problem: null})
  })
})

describe.skipIf(!built)('large outputs through the pool, in process', () => {
  it('writes the parts of each input in order, the same as one thread does', async () => {
    const file = join(folder, 'lang.txt')
    writeFileSync(file, longArticle(60_000))
    const args = ['--format', 'json', file, join(root, 'fixtures/noord-korea-2019-03.txt'), file]
    const pooled = await runInProcess(['--jobs', '2', ...args])
    const single = await runInProcess(['--jobs', '1', ...args])
    expect(pooled.status).toBe(0)
    expect(pooled.stderr).toBe('')
    expect(pooled.stdout).toBe(single.stdout)
    expect((JSON.parse(pooled.stdout) as unknown[]).length).toBe(3)
  }, 300_000)

  it('parses an input over 1 MB on a worker thread, even alone', async () => {
    const text = longArticle(1.1 * 2 ** 20)
    const file = join(folder, 'groot.txt')
    writeFileSync(file, text)
    const fromFile = await runInProcess(['--format', 'outline', file])
    expect(fromFile.status).toBe(0)
    expect(fromFile.stdout).toMatch(/^header\n/)
    const fromStdin = await runInProcess(['--format', 'outline'], text)
    expect(fromStdin.stdout).toBe(fromFile.stdout)
  }, 300_000)
})
