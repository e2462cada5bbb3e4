/**
 * The worker thread's side of the pool: render each task it is sent and post the result back.
 * A large output goes in parts: the worker keeps the parts' source (the tree) and posts the
 * next part only when the main thread asks, once it has written the one before.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {renderInput} from './render-input.js'
import {renderRecord} from './render-record.js'
import type {RenderSettings, Request, Result} from './types.js'

/** Characters per message: large enough to keep messages few, small enough to bound memory. */
const partSize = 1 << 20

export function serveTasks(): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs in a worker thread')
  const answer = createTaskServer(workerData as RenderSettings, (result) => port.postMessage(result))
  port.on('message', answer)
}

/** What a worker does with each request, apart from the thread: `post` sends a result back. */
export function createTaskServer(settings: RenderSettings, post: (result: Result) => void): (request: Request) => void {
  let pending: {index: number; parts: Iterator<string>} | null = null

  const send = (index: number, problem: string | null, warning: string | null) => {
    const result: Result = {index, output: '', problem, warning, more: false}
    if (pending) {
      const taken = takePart(pending.parts)
      result.output = taken.output
      result.more = taken.more
      if (taken.problem !== null) result.problem = taken.problem
    }
    if (!result.more) pending = null
    post(result)
  }

  return (request) => {
    if ('task' in request) {
      // A line of JSON Lines input is a record; anything else is a file or stdin's bytes.
      const rendered = request.task.line === undefined ? renderInput(request.task, settings) : renderRecord(request.task)
      pending = {index: rendered.index, parts: (rendered.parts as Iterable<string>)[Symbol.iterator]()}
      send(rendered.index, rendered.problem, rendered.warning)
    } else if (pending && pending.index === request.next) {
      send(pending.index, null, null)
    }
  }
}

/** The next part of about `size` characters, and whether more follows. */
export function takePart(parts: Iterator<string>, size = partSize): {output: string; more: boolean; problem: string | null} {
  const taken: string[] = []
  let length = 0
  try {
    while (length < size) {
      const next = parts.next()
      if (next.done) return {output: taken.join(''), more: false, problem: null}
      taken.push(next.value)
      length += next.value.length
    }
  } catch (error) {
    return {output: taken.join(''), more: false, problem: `cannot make the output: ${(error as Error).message}`}
  }
  return {output: taken.join(''), more: true, problem: null}
}
