/**
 * The worker thread's side of the pool: render each task it is sent and post the result back.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {renderInput} from './render-input.js'
import {renderRecord} from './render-record.js'
import type {RenderSettings, Task} from './types.js'

export function serveTasks(): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs in a worker thread')
  const settings = workerData as RenderSettings
  port.on('message', (task: Task) => {
    // A line of JSON Lines input is a record; anything else is a file or stdin's bytes.
    port.postMessage(task.line === undefined ? renderInput(task, settings) : renderRecord(task))
  })
}
