/**
 * Running the built `newsast` command (`dist/cli.js`) as a child process, the way users and
 * pipelines run it, for the command's tests.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join, resolve} from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const cli = join(root, 'dist/cli.js')
export const built = existsSync(cli)

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Time for a test that starts the command: a Node process (and worker threads) per run, seconds
 * each on a loaded 2-core machine. A run is killed a little before, so a hang fails clearly.
 */
export const spawnTimeout = 240_000
export const testTimeout = 300_000

/** Run the command in the project's root, stdout and stderr as pipes (so never a terminal). */
export function run(args: string[], input?: string | Uint8Array): Run {
  const env = {...process.env}
  delete env.NODE_OPTIONS
  delete env.FORCE_COLOR
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, env, input, encoding: 'utf8', timeout: spawnTimeout, maxBuffer: 512 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The JSON values of the non-empty lines of `stdout`. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
