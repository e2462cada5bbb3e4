#!/usr/bin/env node
/**
 * The `newsast` command. The same script runs the worker threads of the pool: in a worker it
 * serves tasks instead of reading the command line. Not imported by the library's entry.
 */
import {isMainThread} from 'node:worker_threads'
import {main} from './main.js'
import {serveTasks} from './serve-tasks.js'

if (isMainThread) {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    script: new URL(import.meta.url)
  })
} else {
  serveTasks()
}
