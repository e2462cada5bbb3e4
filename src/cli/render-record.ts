/**
 * `--input jsonl`: render one line of JSON Lines, `{"id": …, "text": …, …}`, as one JSON line:
 * the record's other fields as written, then what `--format jsonl` prints for its text. Never
 * throws: a line that is not a record with a string `text` becomes an error line in its place.
 */
import {firstInvalidByte} from './read-input.js'
import {objectMembers, type Member} from './object-members.js'
import {parseArticle, summarizeArticle} from './summarize-article.js'
import type {Rendered, Task} from './types.js'

/** The fields newsast writes: a record may not bring its own, they would be overwritten. */
const ownFields = new Set(['header', 'outline', 'quotes', 'messages', 'error'])

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function renderRecord(task: Task): Rendered {
  const line = task.line ?? task.index + 1
  const bytes = task.bytes ?? new Uint8Array()
  let json: string
  try {
    json = decoder.decode(bytes)
  } catch {
    return failure(task, line, [], `not valid UTF-8 (byte ${firstInvalidByte(bytes)} of the line)`)
  }
  let record: unknown
  try {
    record = JSON.parse(json)
  } catch (error) {
    return failure(task, line, [], json.trim() === '' ? 'empty line, expected a JSON object' : `not valid JSON (${(error as Error).message})`)
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failure(task, line, [], `expected a JSON object, not ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`)
  }
  const members = objectMembers(json)
  const kept = passThrough(members)
  const text = (record as {text?: unknown}).text
  if (typeof text !== 'string') return failure(task, line, kept, 'no string `text` field')
  const taken = members.find((member) => ownFields.has(member.name))
  if (taken) return failure(task, line, kept, `the record has its own \`${taken.name}\` field, which newsast writes: rename it`)

  let summary
  try {
    summary = summarizeArticle(parseArticle(text))
  } catch (error) {
    // `fromNews` must never throw on a string; if it does, say so and keep the batch going.
    return failure(task, line, kept, `internal error in newsast, please report it: ${(error as Error).stack ?? String(error)}`)
  }
  const fields = JSON.stringify({...summary, error: null})
  return {index: task.index, problem: null, warning: null, parts: [`{${[...kept, fields.slice(1, -1)].join(',')}}\n`]}
}

/**
 * The record's fields other than `text` and newsast's own, as written, with `id` and `file`
 * (`null`) added when missing, so that every line has the fields of `--format jsonl` and an `id`.
 */
function passThrough(members: readonly Member[]): string[] {
  const kept = members.filter((member) => member.name !== 'text' && !ownFields.has(member.name))
  const names = new Set(kept.map((member) => member.name))
  const sources = kept.map((member) => member.source)
  if (!names.has('file')) {
    const id = kept.findIndex((member) => member.name === 'id')
    sources.splice(id + 1, 0, '"file":null')
  }
  if (!names.has('id')) sources.unshift('"id":null')
  return sources
}

function failure(task: Task, line: number, kept: readonly string[], problem: string): Rendered {
  const fields = kept.length > 0 ? kept : passThrough([])
  const empty = JSON.stringify({header: null, outline: [], quotes: [], messages: [], error: `line ${line}: ${problem}`})
  return {index: task.index, problem: `line ${line}: ${problem}`, warning: null, parts: [`{${[...fields, empty.slice(1, -1)].join(',')}}\n`]}
}
