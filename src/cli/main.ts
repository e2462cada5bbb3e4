/**
 * The command's main thread: read the arguments, expand the inputs, render them (on worker
 * threads when there are several), and write the results in input order.
 */
import {writeWithBackPressure} from './write-out.js'
import {readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {collectInputs} from './collect-inputs.js'
import {helpText} from './help.js'
import {parseArguments} from './parse-arguments.js'
import {createProgressBar} from './progress-bar.js'
import {renderInput} from './render-input.js'
import {runPool} from './run-pool.js'
import {runRecords} from './run-records.js'
import type {RenderSettings, Rendered, Task} from './types.js'

export interface Environment {
  argv: string[]
  stdin: NodeJS.ReadStream
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
  env: NodeJS.ProcessEnv
  /** The command's own script: worker threads run it too. */
  script: URL
}

/** Run the command; resolves to the exit code. */
export async function main(environment: Environment): Promise<number> {
  const {stdout, stderr} = environment
  const command = parseArguments(environment.argv)
  const cores = availableParallelism()

  if (command.action === 'help') {
    stdout.write(helpText(cores))
    return 0
  }
  if (command.action === 'version') {
    stdout.write(`${readVersion(environment.script)}\n`)
    return 0
  }
  if (command.action === 'usage-error') {
    stderr.write(`newsast: ${command.reason}\nTry \`newsast --help\`.\n`)
    return 2
  }

  if (command.input === 'jsonl') return runRecords(environment, command.jobs ?? cores)
  if (command.paths.length === 0 && environment.stdin.isTTY) {
    stderr.write('newsast: no input: give files or folders, or pipe an article on stdin\nTry `newsast --help`.\n')
    return 2
  }
  const inputs = collectInputs(command.paths)
  const stdinBytes = inputs.some((input) => input.file === null) ? await readAll(environment.stdin) : undefined
  const tasks: Task[] = inputs.map((input, index) => ({
    index,
    file: input.file,
    bytes: input.file === null ? stdinBytes : undefined,
    problem: input.problem
  }))

  const format = command.format ?? (stdout.isTTY ? 'tree' : 'jsonl')
  const settings: RenderSettings = {
    format,
    color: environment.env['FORCE_COLOR'] ? environment.env['FORCE_COLOR'] !== '0' : Boolean(stdout.isTTY) && !environment.env['NO_COLOR'],
    columns: stdout.isTTY ? stdout.columns || 80 : null,
    many: tasks.length > 1
  }
  const jobs = Math.min(command.jobs ?? cores, tasks.length)
  const progress = createProgressBar(stderr, tasks.length)
  // A large input goes to a worker thread even alone (unless `--jobs 1` says otherwise): running
  // out of memory there is a message about that input, where in the main thread it would end
  // the process with a stack trace.
  const results =
    jobs > 1 || (command.jobs === null && tasks.some(isLarge))
      ? runPool(tasks, {script: environment.script, size: jobs, settings, onsettle: (done) => progress.update(done)})
      : renderInOrder(tasks, settings, (done) => progress.update(done))

  // `newsast dir | head`: a closed pipe ends the output quietly, not with a stack trace.
  let closed = false
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  const write = async (chunk: string) => {
    if (closed) return
    // Output on the same terminal as the bar: clear the bar first, it comes back on the next update.
    if (stdout.isTTY) progress.clear()
    await writeWithBackPressure(stdout, chunk)
  }

  const array = format === 'json' && settings.many
  let failed = 0
  let written = 0
  const report = (index: number, problem: string) => {
    failed++
    progress.clear()
    stderr.write(`newsast: ${tasks[index]?.file ?? '<stdin>'}: ${problem}\n`)
  }
  if (array) await write('[\n')
  for await (const result of results) {
    if (closed) break
    if (result.problem !== null) report(result.index, result.problem)
    if (result.warning !== null) {
      progress.clear()
      stderr.write(`newsast: ${tasks[result.index]?.file ?? '<stdin>'}: warning: ${result.warning}\n`)
    }
    // The parts are made as they are written: a large tree is never one string.
    let started = false
    try {
      for await (const part of result.parts) {
        if (closed) break
        if (part === '') continue
        await write(array && !started && written > 0 ? `,\n${part}` : part)
        started = true
      }
    } catch (error) {
      report(result.index, (error as Error).message)
    }
    if (started) written++
  }
  if (array && !closed) await write('\n]\n')
  progress.clear()
  if (failed > 0 && tasks.length > 1) stderr.write(`newsast: ${failed} of ${tasks.length} inputs failed\n`)
  return failed > 0 ? 1 : 0
}

/** Render in the main thread: one input, or `--jobs 1`, and none of them large. */
async function* renderInOrder(tasks: readonly Task[], settings: RenderSettings, onsettle: (done: number) => void): AsyncGenerator<Rendered> {
  for (const task of tasks) {
    const result = renderInput(task, settings)
    onsettle(task.index + 1)
    yield result
  }
}

/** Inputs over a megabyte: their trees take hundreds of megabytes. */
const largeInput = 2 ** 20

function isLarge(task: Task): boolean {
  if (task.bytes) return task.bytes.length > largeInput
  try {
    return task.file !== null && statSync(task.file).size > largeInput
  } catch {
    return false
  }
}

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The version in the package's `package.json`, next to `dist/`. */
function readVersion(script: URL): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', script), 'utf8')) as {version: string}
  return manifest.version
}
