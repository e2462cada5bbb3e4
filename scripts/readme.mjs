#!/usr/bin/env node
/**
 * Regenerate the output blocks of the docs from real runs of the built package (`dist/`), so
 * that the README and the tree spec only ever show what the code does.
 *
 * A block is an HTML comment pair around a fenced block, rewritten in place:
 *
 *   <!-- output: KIND ARGS… -->
 *   ```text
 *   …generated…
 *   ```
 *   <!-- /output -->
 *
 * Kinds:
 * - `demo PART`: `node scripts/demo.mjs --only PART` (tree, outline, speakers, quotes);
 * - `cli ARGS…`: the built command, `node dist/cli.js ARGS…`;
 * - `run NAME`: what the code block after `<!-- example: NAME -->` prints (run with Node in the
 *   project's root, where `import … from 'newsast'` resolves to the package itself);
 * - `tree NAME [TYPE] [positions]`: `unist-util-inspect` of the tree of the text block after
 *   `<!-- input: NAME -->` (or of its first node of TYPE);
 * - `node NAME TYPE [positions]`: that node as an object literal, positions dropped (or kept
 *   for the node itself only);
 * - `fields NAME TYPE [positions]`: every node of TYPE, without its children;
 * - `quotes NAME`, `speakers NAME`, `messages NAME`: `listQuotes`, `root.data.speakers`, and
 *   the messages `fromNews` reports, for that input.
 *
 * Usage: `npm run readme` (builds first) or `node scripts/readme.mjs [--check] [file…]`.
 * `--check` writes nothing and exits 1 when a block is stale. test/readme.test.ts uses the
 * exports below to fail on a stale block.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
/** The documents whose blocks this script keeps current. */
export const documents = ['README.md', 'docs/newsast.md', 'docs/algorithm.md']

const outputOpen = /^<!-- output: (.+?) -->$/
const outputClose = '<!-- /output -->'
const sourceMarker = /^<!-- (input|example): (\S+) -->$/
const fence = /^(`{3,})(\S*)\s*$/

/**
 * @typedef {{file: string, line: number, kind: string, args: string[], start: number, end: number, current: string}} Block
 * @typedef {{inputs: Map<string, string>, examples: Map<string, string>, blocks: Block[], lines: string[], fences: Array<{line: number, lang: string, example: string | undefined}>}} Document
 */

/** Read a document: its inputs, examples, output blocks and code fences. */
export function readDocument(file) {
  const text = readFileSync(resolve(root, file), 'utf8')
  const lines = text.split('\n')
  /** @type {Document} */
  const document = {inputs: new Map(), examples: new Map(), blocks: [], lines, fences: []}
  let pending
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const source = sourceMarker.exec(line)
    if (source) {
      pending = {kind: source[1], name: source[2]}
      continue
    }
    const output = outputOpen.exec(line)
    if (output) {
      const end = lines.indexOf(outputClose, index + 1)
      if (end === -1) throw new Error(`${file}:${index + 1}: \`<!-- output: … -->\` without \`${outputClose}\``)
      const [kind, ...args] = output[1].trim().split(/\s+/)
      document.blocks.push({file, line: index + 1, kind, args, start: index, end, current: lines.slice(index + 1, end).join('\n')})
      index = end
      pending = undefined
      continue
    }
    const opening = fence.exec(line)
    if (opening) {
      const close = lines.findIndex((candidate, at) => at > index && candidate.startsWith(opening[1]) && candidate.trim() === opening[1])
      if (close === -1) throw new Error(`${file}:${index + 1}: unclosed code fence`)
      const content = lines.slice(index + 1, close).join('\n')
      if (pending?.kind === 'input') document.inputs.set(pending.name, content)
      if (pending?.kind === 'example') document.examples.set(pending.name, content)
      document.fences.push({line: index + 1, lang: opening[2], example: pending?.kind === 'example' ? pending.name : undefined})
      pending = undefined
      index = close
      continue
    }
    if (line.trim() !== '') pending = undefined
  }
  return document
}

/** The fenced block a block should hold, generated now. */
export async function renderBlock(block, document) {
  const [lang, body] = await generate(block, document)
  return '```' + lang + '\n' + body.replace(/\s+$/, '') + '\n```'
}

async function generate(block, document) {
  const [name, ...rest] = block.args
  const where = `${block.file}:${block.line}`
  switch (block.kind) {
    case 'demo':
      return ['text', runNode([resolve(root, 'scripts/demo.mjs'), '--only', name], where)]
    case 'cli':
      // The default of `--jobs` is the machine's core count: keep the block the same everywhere.
      return ['text', runNode([resolve(root, 'dist/cli.js'), ...block.args], where).replace(/\(default: \d+, the/, '(default: N, the')]
    case 'run': {
      const code = document.examples.get(name)
      if (code === undefined) throw new Error(`${where}: no \`<!-- example: ${name} -->\` code block before it`)
      const module = /^(import|export) /m.test(code)
      // Colours (unist-util-inspect always colours in Node) are left out of the block.
      return ['text', stripAnsi(runNode([module ? '--input-type=module' : '--input-type=commonjs', '--eval', code], where))]
    }
    default:
      break
  }

  const input = document.inputs.get(name)
  if (input === undefined) throw new Error(`${where}: no \`<!-- input: ${name} -->\` text block before it`)
  const {fromNews, listQuotes} = await library()
  const messages = []
  const tree = fromNews(input, {onmessage: (message) => messages.push(message)})
  const positions = rest.includes('positions')
  const type = rest.find((arg) => arg !== 'positions')
  switch (block.kind) {
    case 'tree': {
      const {inspect} = await import('unist-util-inspect')
      return ['text', inspect(type ? find(tree, type, where) : tree, {color: false, showPositions: positions})]
    }
    case 'node': {
      const node = find(tree, type, where)
      return ['js', literal(withoutPositions(node, positions))]
    }
    case 'fields': {
      const nodes = findAll(tree, type).map(({children, ...fields}) => withoutPositions(fields, positions))
      if (nodes.length === 0) throw new Error(`${where}: no ${type} in the tree of the input`)
      return ['js', literal(nodes)]
    }
    case 'quotes':
      return ['js', literal(listQuotes(tree))]
    case 'speakers':
      return ['js', literal(tree.data?.speakers ?? [])]
    case 'messages':
      return ['text', messages.map(formatMessage).join('\n') || '(no messages)']
    default:
      throw new Error(`${where}: unknown output kind \`${block.kind}\``)
  }
}

let loaded
/** The built library, loaded once. */
async function library() {
  const file = resolve(root, 'dist/index.js')
  if (!existsSync(file)) throw new Error('dist/index.js is missing: run `npm run build` first (`npm run readme` does)')
  loaded ??= await import(pathToFileURL(file).href)
  return loaded
}

function runNode(args, where) {
  const env = {...process.env, NO_COLOR: '1'}
  delete env.FORCE_COLOR
  delete env.NODE_OPTIONS
  const result = spawnSync(process.execPath, args, {cwd: root, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024})
  if (result.status !== 0 || result.stderr !== '') {
    throw new Error(`${where}: \`node ${args.slice(0, 2).join(' ')}…\` failed (exit ${result.status}):\n${result.stderr}`)
  }
  return result.stdout
}

/** The first node of `type` in document order. */
function find(tree, type, where) {
  const node = findAll(tree, type)[0]
  if (!node) throw new Error(`${where}: no ${type} in the tree of the input`)
  return node
}

/** Every node of `type`, in document order (pre-order). */
function findAll(tree, type) {
  const found = []
  const stack = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node.type === type) found.push(node)
    for (let index = (node.children ?? []).length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return found
}

/** A copy without `position` fields, except the top node's when `keepTop`. */
function withoutPositions(node, keepTop) {
  if (Array.isArray(node)) return node.map((child) => withoutPositions(child, false))
  if (node === null || typeof node !== 'object') return node
  const copy = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' && !keepTop) continue
    copy[key] = key === 'position' || key === 'data' ? value : withoutPositions(value, false)
  }
  return copy
}

function stripAnsi(value) {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\u001B\[[0-9;]*m/g, '')
}

function formatMessage(message) {
  const place = message.place && 'start' in message.place ? message.place : {start: message.place, end: undefined}
  const point = (at) => (at ? `${at.line}:${at.column}` : '?')
  const severity = message.fatal === false ? 'warning' : message.fatal === true ? 'error' : 'info'
  return `${point(place.start)}-${point(place.end)}  ${severity}  ${message.reason}  ${message.source}:${message.ruleId}`
}

/** A value as a JavaScript object literal, as the unist specs print trees: short parts on one line. */
export function literal(value, indent = '', prefix = 0) {
  const inline = inlineLiteral(value)
  if (value === null || typeof value !== 'object' || indent.length + prefix + inline.length <= 100) return inline
  const inner = indent + '  '
  if (Array.isArray(value)) {
    return '[\n' + value.map((item) => inner + literal(item, inner, 0)).join(',\n') + '\n' + indent + ']'
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return '{\n' + entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${literal(item, inner, key.length + 2)}`).join(',\n') + '\n' + indent + '}'
}

function inlineLiteral(value) {
  if (typeof value === 'string') return "'" + JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'") + "'"
  if (value === null || typeof value !== 'object') return String(value)
  if (Array.isArray(value)) return '[' + value.map(inlineLiteral).join(', ') + ']'
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  if (entries.length === 0) return '{}'
  return '{' + entries.map(([key, item]) => `${propertyKey(key)}: ${inlineLiteral(item)}`).join(', ') + '}'
}

function propertyKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`
}

/** Every block of a document with what it holds now and what it should hold. */
export async function checkDocument(file) {
  const document = readDocument(file)
  const results = []
  for (const block of document.blocks) {
    results.push({block, actual: block.current, expected: await renderBlock(block, document)})
  }
  return {document, results}
}

async function main() {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const files = args.filter((arg) => arg !== '--check')
  let stale = 0
  for (const file of files.length > 0 ? files.map((name) => relative(root, resolve(name))) : documents) {
    const {document, results} = await checkDocument(file)
    const lines = document.lines.slice()
    // From the last block up, so that earlier line numbers stay valid.
    for (const {block, actual, expected} of results.slice().reverse()) {
      if (actual === expected) continue
      stale++
      console.error(`${check ? 'stale' : 'updated'}: ${file}:${block.line} (${block.kind} ${block.args.join(' ')})`)
      lines.splice(block.start + 1, block.end - block.start - 1, ...expected.split('\n'))
    }
    const changed = results.some(({actual, expected}) => actual !== expected)
    if (!check && changed) writeFileSync(resolve(root, file), lines.join('\n'))
  }
  if (check && stale > 0) {
    console.error(`${stale} stale output block(s): run \`npm run readme\``)
    process.exitCode = 1
  } else if (!check) {
    console.error(stale === 0 ? 'readme: every output block is current' : `readme: ${stale} output block(s) regenerated`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main()
}
