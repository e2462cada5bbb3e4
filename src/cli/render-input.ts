/**
 * Read, parse and format one input: the unit of work, run in a worker thread or, for a
 * single input, in the main thread. Never throws: every failure becomes the result's problem.
 */
import {inspect} from 'unist-util-inspect'
import {formatOutline} from './format-outline.js'
import {formatQuotes} from './format-quotes.js'
import {readInput} from './read-input.js'
import {parseArticle, summarizeArticle, type ParsedArticle} from './summarize-article.js'
import type {RenderSettings, Result, Task} from './types.js'

export function renderInput(task: Task, settings: RenderSettings): Result {
  const read = task.problem ? {text: null, problem: task.problem} : readInput(task.file, task.bytes)
  if (read.text === null) return failure(task, settings, read.problem)

  let parsed: ParsedArticle
  try {
    parsed = parseArticle(read.text)
  } catch (error) {
    // `fromNews` must never throw on a string; if it does, say so and keep the batch going.
    return failure(task, settings, `internal error in newsast, please report it: ${(error as Error).stack ?? String(error)}`)
  }
  return {index: task.index, output: format(task, settings, parsed), problem: null}
}

function format(task: Task, settings: RenderSettings, parsed: ParsedArticle): string {
  switch (settings.format) {
    case 'jsonl':
      return JSON.stringify({file: task.file, ...summarizeArticle(parsed), error: null}) + '\n'
    case 'json':
      return settings.many ? JSON.stringify({file: task.file, tree: parsed.tree}, null, 2) : JSON.stringify(parsed.tree, null, 2) + '\n'
    case 'tree':
      return heading(task, settings) + inspect(parsed.tree, {color: settings.color}) + '\n'
    case 'quotes':
      return heading(task, settings) + formatQuotes(summarizeArticle(parsed).quotes, settings.columns)
    case 'outline':
      return heading(task, settings) + formatOutline(summarizeArticle(parsed))
  }
}

/** Several inputs in a text format: a `head`-style line names each. */
function heading(task: Task, settings: RenderSettings): string {
  if (!settings.many) return ''
  return `${task.index === 0 ? '' : '\n'}==> ${task.file ?? '<stdin>'} <==\n`
}

function failure(task: Task, settings: RenderSettings, problem: string): Result {
  let output = ''
  if (settings.format === 'jsonl') {
    output = JSON.stringify({file: task.file, header: null, outline: [], quotes: [], messages: [], error: problem}) + '\n'
  } else if (settings.format === 'json' && settings.many) {
    output = JSON.stringify({file: task.file, error: problem}, null, 2)
  }
  return {index: task.index, output, problem}
}
