/**
 * Read the command line with `node:util` `parseArgs`: no library needed for five options.
 */
import {parseArgs} from 'node:util'
import {formats, type Format} from './types.js'

export type Command =
  | {action: 'help'}
  | {action: 'version'}
  | {action: 'usage-error'; reason: string}
  | {action: 'run'; format: Format | null; jobs: number | null; paths: string[]; input: 'jsonl' | null}

export function parseArguments(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        jobs: {type: 'string', short: 'j'},
        input: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    return {action: 'usage-error', reason: describeParseError(error as Error & {code?: string})}
  }
  const {values, positionals} = parsed
  if (values.help) return {action: 'help'}
  if (values.version) return {action: 'version'}

  let format: Format | null = null
  if (values.format !== undefined) {
    if (!(formats as readonly string[]).includes(values.format)) {
      return {action: 'usage-error', reason: `Unknown format \`${values.format}\`, expected one of: ${formats.join(', ')}`}
    }
    format = values.format as Format
  }

  let jobs: number | null = null
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) {
      return {action: 'usage-error', reason: `Expected a whole number of at least 1 for --jobs, not \`${values.jobs}\``}
    }
  }

  const input = parseInput(values.input, format, positionals)
  if (input !== null && typeof input === 'object') return input
  return {action: 'run', format, jobs, paths: positionals, input}
}

/** `--input jsonl`: records on stdin, answered in JSON Lines; the only other input is files. */
function parseInput(value: string | undefined, format: Format | null, paths: string[]): 'jsonl' | null | {action: 'usage-error'; reason: string} {
  if (value === undefined) return null
  if (value !== 'jsonl') return {action: 'usage-error', reason: `Unknown input \`${value}\`, expected: jsonl`}
  if (format !== null && format !== 'jsonl') return {action: 'usage-error', reason: `--input jsonl writes JSON Lines, not \`${format}\``}
  if (paths.some((path) => path !== '-')) return {action: 'usage-error', reason: '--input jsonl reads stdin, not files: `newsast --input jsonl < records.jsonl`'}
  return 'jsonl'
}

/**
 * `parseArgs`'s message, on one line: for an unknown option it goes on about positionals after
 * `--`, with a quote left open (Node 20); the option's name is what the user needs.
 */
function describeParseError(error: Error & {code?: string}): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `Unknown option \`${option}\``
  return error.message.split('\n')[0]!
}
