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

/** The rendered output of one input, in the order of the inputs. */
export interface Result {
  index: number
  /** What goes to stdout for this input (may be empty). */
  output: string
  /** Why the input could not be processed, for stderr; `null` when it was. */
  problem: string | null
}
