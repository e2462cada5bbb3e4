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
    return {action: 'usage-error', reason: (error as Error).message}
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
