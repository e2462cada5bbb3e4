/**
 * Shapes shared by the command's main thread and its worker threads.
 */

export const formats = ['tree', 'json', 'jsonl', 'quotes', 'outline'] as const

export type Format = (typeof formats)[number]

/** How to render every input: decided once by the main thread, sent to every worker. */
export interface RenderSettings {
  format: Format
  /** ANSI colours in `tree` output. */
  color: boolean
  /** Width to fit the `quotes` table into, or `null` for no limit (not a terminal). */
  columns: number | null
  /** Several inputs: text formats get a file heading, `json` becomes an array. */
  many: boolean
}

/** One input to read and render: a path, or stdin's bytes (read by the main thread). */
export interface Task {
  index: number
  /** The path as given or found, `null` for stdin. */
  file: string | null
  /** The bytes of stdin; absent for a path, which the renderer reads itself. */
  bytes?: Uint8Array | undefined
  /** Why the input cannot be read, when that is known before reading (an unlistable folder). */
  problem?: string | null | undefined
  /** For `--input jsonl`: the line's number in stdin, counting from 1; `bytes` holds the line. */
  line?: number | undefined
}

/** One input rendered: its output in parts (a large tree's JSON is no one string), in input order. */
export interface Rendered {
  index: number
  /** Why the input could not be processed, for stderr; `null` when it was. */
  problem: string | null
  /** Something odd about an input that was processed (NUL bytes), for stderr; `null` when none. */
  warning: string | null
  /** What goes to stdout for this input, in order (may be nothing); made as it is read. */
  parts: Iterable<string> | AsyncIterable<string>
}

/** What a worker thread posts back: the first part of an input's output, or a later part. */
export interface Result {
  index: number
  /** A part of what goes to stdout for this input (may be empty). */
  output: string
  /** Why the input could not be processed (or its output not made), for stderr; `null` when it was. */
  problem: string | null
  /** See `Rendered`; on the first part only. */
  warning: string | null
  /** More output follows: the worker keeps the tree and sends the next part when asked. */
  more: boolean
}

/** What the main thread posts to a worker thread: an input to render, or a request for the next part. */
export type Request = {task: Task} | {next: number}
