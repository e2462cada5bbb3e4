/**
 * Read the command line with `node:util` `parseArgs`: no library needed for five options.
 */
import {parseArgs} from 'node:util'
import {formats, type Format} from './types.js'

export type Command =
  | {action: 'help'}
  | {action: 'version'}
  | {action: 'usage-error'; reason: string}
  | {action: 'run'; format: Format | null; jobs: number | null; paths: string[]}

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

  return {action: 'run', format, jobs, paths: positionals}
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
