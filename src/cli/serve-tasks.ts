/**
 * The worker thread's side of the pool: render each task it is sent and post the result back.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {renderInput} from './render-input.js'
import type {RenderSettings, Task} from './types.js'

export function serveTasks(): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs in a worker thread')
  const settings = workerData as RenderSettings
  port.on('message', (task: Task) => {
    port.postMessage(renderInput(task, settings))
  })
}
