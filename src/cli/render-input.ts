/**
 * Read, parse and format one input: the unit of work, run in a worker thread or, for a
 * single input, in the main thread. Never throws: every failure becomes the result's problem.
 */
import {formatOutline} from './format-outline.js'
import {formatQuotes} from './format-quotes.js'
import {readInput} from './read-input.js'
import {inspectParts} from './stream-inspect.js'
import {stringifyParts} from './stream-json.js'
import {parseArticle, summarizeArticle, type ParsedArticle} from './summarize-article.js'
import type {RenderSettings, Rendered, Task} from './types.js'

export function renderInput(task: Task, settings: RenderSettings): Rendered {
  const read = task.problem ? {text: null, problem: task.problem} : readInput(task.file, task.bytes)
  if (read.text === null) return failure(task, settings, read.problem)

  let parsed: ParsedArticle
  try {
    parsed = parseArticle(read.text)
  } catch (error) {
    // `fromNews` must never throw on a string; if it does, say so and keep the batch going.
    return failure(task, settings, `internal error in newsast, please report it: ${(error as Error).stack ?? String(error)}`)
  }
  return {index: task.index, problem: null, warning: read.warning, parts: format(task, settings, parsed)}
}

/** The output's parts: `json` and `tree` are made node by node as they are written, the others whole. */
function* format(task: Task, settings: RenderSettings, parsed: ParsedArticle): Generator<string> {
  switch (settings.format) {
    case 'jsonl':
      yield JSON.stringify({file: task.file, ...summarizeArticle(parsed), error: null}) + '\n'
      break
    case 'json':
      if (settings.many) yield* stringifyParts({file: task.file, tree: parsed.tree})
      else {
        yield* stringifyParts(parsed.tree)
        yield '\n'
      }
      break
    case 'tree':
      yield heading(task, settings)
      yield* inspectParts(parsed.tree, settings.color)
      yield '\n'
      break
    case 'quotes':
      yield heading(task, settings) + formatQuotes(summarizeArticle(parsed).quotes, settings.columns)
      break
    case 'outline':
      yield heading(task, settings) + formatOutline(summarizeArticle(parsed))
  }
}

/** Several inputs in a text format: a `head`-style line names each. */
function heading(task: Task, settings: RenderSettings): string {
  if (!settings.many) return ''
  return `${task.index === 0 ? '' : '\n'}==> ${task.file ?? '<stdin>'} <==\n`
}

function failure(task: Task, settings: RenderSettings, problem: string): Rendered {
  let output = ''
  if (settings.format === 'jsonl') {
    output = JSON.stringify({file: task.file, header: null, outline: [], quotes: [], messages: [], error: problem}) + '\n'
  } else if (settings.format === 'json' && settings.many) {
    output = JSON.stringify({file: task.file, error: problem}, null, 2)
  }
  return {index: task.index, problem, warning: null, parts: output === '' ? [] : [output]}
}
