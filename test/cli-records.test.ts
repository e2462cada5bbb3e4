/**
 * `newsast --input jsonl`: records on stdin, one JSON line out per line in, in order, with the
 * record's other fields untouched. The built command as a child process (the way Spark,
 * Hadoop streaming and GNU parallel run it), and its parts in process (so coverage sees them).
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {PassThrough, Readable, Writable} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {objectMembers} from '../src/cli/object-members.js'
import {readLines} from '../src/cli/read-jsonl.js'
import {runPool} from '../src/cli/run-pool.js'
import {runRecords} from '../src/cli/run-records.js'
import type {Task} from '../src/cli/types.js'
import {built, cli, jsonLines, root, run, testTimeout as slow} from './util/run-cli.js'

if (!built) console.warn('cli-records.test.ts: skipped in part, dist/cli.js is missing: run `npm run build` first')

const seedFile = 'fixtures/noord-korea-2019-03.txt'
const seed = readFileSync(join(root, seedFile), 'utf8')
const fixtureFiles = readdirSync(join(root, 'fixtures'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => `fixtures/${entry.name}/input.txt`)


/** What `--format jsonl` prints for an article, without its `file`: what a record must carry too. */
function summaryOf(line: Record<string, unknown>) {
  const {header, outline, quotes, messages, error} = line
  return {header, outline, quotes, messages, error}
}

const records = (values: readonly unknown[]) => values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n') + '\n'

describe.skipIf(!built)('newsast --input jsonl', () => {
  it('answers each record with what --format jsonl gives for the same article, in order', {timeout: slow}, () => {
    const files = [seedFile, ...fixtureFiles]
    const input = records(files.map((file, index) => ({id: index, text: readFileSync(join(root, file), 'utf8')})))
    for (const jobs of ['1', '2']) {
      const result = run(['--input', 'jsonl', '--jobs', jobs], input)
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      const lines = jsonLines(result.stdout)
      expect(lines.map((line) => line.id)).toEqual(files.map((_, index) => index))
      const single = jsonLines(run(['--format', 'jsonl', ...files]).stdout)
      expect(lines.map(summaryOf)).toEqual(single.map(summaryOf))
      expect(Object.keys(lines[0]!)).toEqual(['id', 'file', 'header', 'outline', 'quotes', 'messages', 'error'])
    }
  })

  it('passes the other fields through as written, and adds `id` and `file` when missing', {timeout: slow}, () => {
    const input = [
      '{"id": 12345678901234567890, "bron": {"krant": "De Dagkrant", "pagina": 2.0}, "text": "Een zin."}',
      '{"text": "Nog een zin.", "file": "archief/2021/a.txt", "tags": ["binnenland", null]}'
    ].join('\n')
    const result = run(['--input', 'jsonl'], input)
    expect(result.status).toBe(0)
    const [first, second] = result.stdout.split('\n')
    // The big number and `2.0` stay as written; JSON.parse and stringify would change both.
    expect(first).toMatch(/^\{"id": 12345678901234567890,"file":null,"bron": \{"krant": "De Dagkrant", "pagina": 2\.0\},"header":/)
    expect(first).not.toContain('"text"')
    expect(second).toMatch(/^\{"id":null,"file": "archief\/2021\/a\.txt","tags": \["binnenland", null\],"header":/)
  })

  it('answers a bad line with an error line in its place, goes on, and exits 1', {timeout: slow}, () => {
    const input = records([
      {id: 'a', text: 'De burgemeester opende de markt.'},
      '{"id": "b", "text": ',
      '',
      {id: 'c'},
      {id: 'd', text: 42},
      [1, 2],
      'null',
      {id: 'e', text: 'Kort.', quotes: []},
      {id: 'f', text: 'De wethouder zei: "Het plein wordt groen."'}
    ])
    for (const jobs of ['1', '2']) {
      const result = run(['--input', 'jsonl', '--jobs', jobs], input)
      expect(result.status).toBe(1)
      const lines = jsonLines(result.stdout)
      expect(lines.map((line) => line.id)).toEqual(['a', null, null, 'c', 'd', null, null, 'e', 'f'])
      expect(lines.map((line) => (line.error === null ? null : String(line.error).slice(0, 7)))).toEqual([
        null,
        'line 2:',
        'line 3:',
        'line 4:',
        'line 5:',
        'line 6:',
        'line 7:',
        'line 8:',
        null
      ])
      expect(lines[1]!.error).toContain('not valid JSON')
      expect(lines[2]!.error).toContain('empty line')
      expect(lines[3]!.error).toContain('no string `text`')
      expect(lines[5]!.error).toContain('not an array')
      expect(lines[7]!.error).toContain('`quotes` field')
      for (const line of lines.filter((line) => line.error !== null)) expect(line).toMatchObject({header: null, outline: [], quotes: [], messages: []})
      expect((lines[8]!.quotes as unknown[]).length).toBe(1)
      expect(result.stderr).toContain('newsast: <stdin>: line 2: not valid JSON')
      expect(result.stderr).toContain('newsast: 7 of 9 records failed')
    }
  })

  it('reports a line that is not UTF-8 without decoding it', {timeout: slow}, () => {
    const input = Buffer.concat([Buffer.from('{"id": 1, "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id": 2, "text": "Goed."}\n')])
    const result = run(['--input', 'jsonl'], input)
    expect(result.status).toBe(1)
    const lines = jsonLines(result.stdout)
    expect(lines[0]!.error).toBe('line 1: not valid UTF-8 (byte 22 of the line)')
    expect(lines[1]!.error).toBe(null)
  })

  it('answers an empty input with no lines and exit code 0', {timeout: slow}, () => {
    const result = run(['--input', 'jsonl'], '')
    expect(result).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('takes a multi-megabyte line, and a last line without its newline', {timeout: slow}, () => {
    // 4 MB in a field that is passed through, so the test measures reading, not parsing a huge text.
    const bulk = 'x'.repeat(4 * 1024 * 1024)
    const input = `${JSON.stringify({id: 1, text: seed})}\n${JSON.stringify({id: 2, bulk, text: 'Een korte zin.'})}\n${JSON.stringify({id: 3, text: seed})}`
    const result = run(['--input', 'jsonl', '--jobs', '2'], input)
    expect(result.status).toBe(0)
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.id)).toEqual([1, 2, 3])
    expect(lines[1]!.bulk).toBe(bulk)
    expect(lines[0]!.quotes).toHaveLength(8)
    expect(lines[2]).toEqual(lines[0] && {...lines[0], id: 3})
  })

  it('rejects --input with files, another format or an unknown kind, with exit code 2', {timeout: slow}, () => {
    expect(run(['--input', 'jsonl', seedFile]).status).toBe(2)
    expect(run(['--input', 'jsonl', '--format', 'tree'], '').stderr).toContain('--input jsonl writes JSON Lines')
    expect(run(['--input', 'csv'], '').stderr).toContain('Unknown input `csv`')
    expect(run(['--input', 'jsonl', '--format', 'jsonl', '-'], '').status).toBe(0)
  })
})

/** Run `main` in this process, stdin given in chunks, so the reader meets lines cut anywhere. */
async function runInProcess(argv: string[], chunks: Array<string | Uint8Array>) {
  const collect = () => {
    const stream = Object.assign(new PassThrough(), {isTTY: false})
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    return {stream: stream as unknown as NodeJS.WriteStream, text: () => text}
  }
  const stdout = collect()
  const stderr = collect()
  const stdin = Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), {isTTY: false})
  const status = await main({argv, stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout.stream, stderr: stderr.stream, env: {}, script: pathToFileURL(cli)})
  return {status, stdout: stdout.text(), stderr: stderr.text()}
}

describe('newsast --input jsonl, in process', () => {
  it('gives the same lines from one thread and from a pool, however stdin is cut', {timeout: slow}, async () => {
    const input = records([{id: 'a', text: seed}, '{"id": "b"}', {id: 'c', text: 'Hij zei: "Ja."'}])
    const whole = await runInProcess(['--input', 'jsonl', '--jobs', '1'], [input])
    expect(whole.status).toBe(1)
    expect(jsonLines(whole.stdout).map((line) => line.id)).toEqual(['a', 'b', 'c'])
    // Cut into 7-byte chunks: lines and multi-byte characters split across chunks.
    const bytes = Buffer.from(input)
    const chunks: Uint8Array[] = []
    for (let start = 0; start < bytes.length; start += 7) chunks.push(bytes.subarray(start, start + 7))
    expect(await runInProcess(['--input', 'jsonl', '--jobs', '1'], chunks)).toEqual(whole)
    if (built) expect(await runInProcess(['--input', 'jsonl', '--jobs', '2'], chunks)).toEqual(whole)
  })
})

describe('newsast --input jsonl, its parts in process', () => {
  const fromChunks = (chunks: Array<string | Uint8Array>) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)))

  it('answers every kind of bad line in the main thread too', async () => {
    const input = Buffer.concat([
      Buffer.from(records(['{"id": 1, "text": ', '', 'true', {id: 2, text: null}, {id: 3, text: 'Goed.', error: 'eerder'}])),
      Buffer.from([0x7b, 0xff, 0x7d, 0x0a])
    ])
    const result = await runInProcess(['--input', 'jsonl', '--jobs', '1'], [input])
    expect(result.status).toBe(1)
    expect(jsonLines(result.stdout).map((line) => line.error)).toEqual([
      expect.stringMatching(/^line 1: not valid JSON/),
      'line 2: empty line, expected a JSON object',
      'line 3: expected a JSON object, not boolean',
      'line 4: no string `text` field',
      'line 5: the record has its own `error` field, which newsast writes: rename it',
      'line 6: not valid UTF-8 (byte 1 of the line)'
    ])
    expect(result.stderr).toContain('newsast: 6 of 6 records failed')
  })

  it('waits for a slow reader (back-pressure), and stops quietly on a closed pipe', async () => {
    const written: string[] = []
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString('utf8'))
        setTimeout(done, 1)
      }
    })
    const input = records([{id: 1, text: 'Een zin.'}, {id: 2, text: 'Nog een.'}, {id: 3, text: 'De laatste.'}])
    const stderr = new PassThrough()
    const streams = {stdin: fromChunks([input]), stdout: slow as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, script: pathToFileURL(cli)}
    expect(await runRecords(streams, 1)).toBe(0)
    expect(jsonLines(written.join('')).map((line) => line.id)).toEqual([1, 2, 3])

    const closed = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
      }
    })
    const many = records(Array.from({length: 50}, (_, id) => ({id, text: 'Een zin.'})))
    const status = await runRecords({...streams, stdin: fromChunks([many]), stdout: closed as unknown as NodeJS.WriteStream}, 1)
    expect(status).toBe(0)
  })

  it.skipIf(!built)('rethrows a failure of the task source', async () => {
    async function* failing(): AsyncGenerator<Task> {
      yield {index: 0, file: null, bytes: Buffer.from('{"text": "Een."}'), line: 1}
      throw new Error('stdin went away')
    }
    const results = runPool(failing(), {script: pathToFileURL(cli), size: 2, settings: {format: 'jsonl', color: false, columns: null, many: true}})
    await expect(
      (async () => {
        for await (const result of results) expect(result.index).toBe(0)
      })()
    ).rejects.toThrow('stdin went away')
  })
})

describe('readLines', () => {
  async function lines(chunks: Array<string | Uint8Array>) {
    const found: Array<[number, string]> = []
    for await (const line of readLines(Readable.from(chunks))) found.push([line.number, Buffer.from(line.bytes).toString('utf8')])
    return found
  }

  it('splits at \\n across chunks, keeps \\r, and counts lines from 1', async () => {
    expect(await lines(['a\nb', 'c\r\n', '\nd'])).toEqual([
      [1, 'a'],
      [2, 'bc\r'],
      [3, ''],
      [4, 'd']
    ])
    expect(await lines([])).toEqual([])
    expect(await lines(['\n'])).toEqual([[1, '']])
    expect(await lines([new Uint8Array([0x61, 0x0a]), 'b\n'])).toEqual([
      [1, 'a'],
      [2, 'b']
    ])
  })
})

describe('objectMembers', () => {
  it('gives each top-level member as written, nesting and strings skipped', () => {
    const json = ' { "id" : 1.50 , "t\\"ext":"a,}\\\\" ,"o":{"x":[1,{"y":"]"}]},"l":[],"n":null,"b":true}'
    expect(objectMembers(json)).toEqual([
      {name: 'id', source: '"id" : 1.50'},
      {name: 't"ext', source: '"t\\"ext":"a,}\\\\"'},
      {name: 'o', source: '"o":{"x":[1,{"y":"]"}]}'},
      {name: 'l', source: '"l":[]'},
      {name: 'n', source: '"n":null'},
      {name: 'b', source: '"b":true'}
    ])
    expect(objectMembers('{}')).toEqual([])
    expect(objectMembers('{"\\u0074ext":"x"}')).toEqual([{name: 'text', source: '"\\u0074ext":"x"'}])
  })
})
