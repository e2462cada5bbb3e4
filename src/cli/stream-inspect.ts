/**
 * `--format tree` without one string for the whole document: the text of `unist-util-inspect`'s
 * `inspect(tree, {color})`, byte for byte, as a sequence of parts (see stream-json.ts for why).
 * Nodes that cover little text are inspected whole by the library and indented to their place;
 * the others are laid out here the way the library lays out a node: its line, its fields, then
 * each child with its `├─index` label.
 */
import {inspect} from 'unist-util-inspect'
import {coversLittle} from './covers-little.js'

interface Paint {
  color: boolean
  bold(value: string): string
  dim(value: string): string
  yellow(value: string): string
}

export function* inspectParts(tree: unknown, color: boolean): Generator<string> {
  const paint: Paint = {
    color,
    bold: color ? ansi(1, 22) : identity,
    dim: color ? ansi(2, 22) : identity,
    yellow: color ? ansi(33, 39) : identity
  }
  yield* valueParts(tree, '', paint)
}

type Walked = Record<string, unknown> & {type: string; children: unknown[]}

/** A value's lines; `indent` goes before each line after the first (the caller wrote the first's). */
function* valueParts(value: unknown, indent: string, paint: Paint): Generator<string> {
  if (!isWalked(value)) {
    const text = inspect(value, {color: paint.color})
    // `inspect` escapes line feeds in values (JSON), so every line feed is one of the layout's.
    yield indent === '' ? text : text.replaceAll('\n', '\n' + indent)
    return
  }
  yield nodeLine(value, paint)
  const fields = fieldLines(value, paint)
  if (fields !== '') yield '\n' + indent + fields.replaceAll('\n', '\n' + indent)
  const children = value.children
  const size = String(children.length - 1).length
  for (let index = 0; index < children.length; index++) {
    const last = index === children.length - 1
    yield '\n' + indent + paint.dim((last ? '└' : '├') + '─' + String(index).padEnd(size)) + ' '
    yield* valueParts(children[index], indent + (last ? ' ' : paint.dim('│')) + ' '.repeat(size + 2), paint)
  }
}

/** The node's own line: type, name, child count and position (the library's `formatNode`). */
function nodeLine(node: Walked, paint: Paint): string {
  const kind = node['tagName'] || node['name']
  let line = paint.bold(node.type)
  if (typeof kind === 'string') line += `<${kind}>`
  line += paint.dim('[') + paint.yellow(String(node.children.length)) + paint.dim(']')
  const position = stringifyPosition(node['position'])
  if (position) line += ' ' + paint.dim('(') + position + paint.dim(')')
  return line
}

/** The node's other fields, one per line, indented under it (the library's `inspectFields`). */
function fieldLines(node: Walked, paint: Paint): string {
  const lines: string[] = []
  for (const key of Object.keys(node)) {
    const value = node[key]
    if (value === undefined || key === 'type' || key === 'value' || key === 'children' || key === 'position') continue
    if (typeof value === 'string' && (key === 'name' || key === 'tagName')) continue
    let formatted: string
    if (isNode(value) && key !== 'data' && key !== 'attributes' && key !== 'properties') formatted = inspect(value, {color: paint.color})
    else if (Array.isArray(value) && isNode(value[0])) formatted = '\n' + inspect(value, {color: paint.color})
    else formatted = JSON.stringify(value)
    lines.push(key + paint.dim(':') + (/\s/.test(formatted.charAt(0)) ? '' : ' ') + formatted)
  }
  if (lines.length === 0) return ''
  const indent = (node.children.length > 0 ? paint.dim('│') : ' ') + ' '
  return indent + lines.join('\n').replaceAll('\n', '\n' + indent)
}

/** `1:1-3:5, 0-20`, as the library writes a position. */
function stringifyPosition(value: unknown): string {
  const positions: string[] = []
  const offsets: string[] = []
  const point = (place: unknown) => {
    if (!place || typeof place !== 'object') return
    const {line, column, offset} = place as {line?: unknown; column?: unknown; offset?: unknown}
    positions.push(`${typeof line === 'number' ? line : 1}:${typeof column === 'number' ? column : 1}`)
    if (typeof offset === 'number') offsets.push(String(offset || 0))
  }
  if (value && typeof value === 'object') {
    point('start' in value ? value.start : undefined)
    point('end' in value ? value.end : undefined)
  }
  const result: string[] = []
  if (positions.length > 0) result.push(positions.join('-'))
  if (offsets.length > 0) result.push(offsets.join('-'))
  return result.join(', ')
}

function isNode(value: unknown): value is {type: string} {
  return Boolean(value && typeof value === 'object' && typeof (value as {type?: unknown}).type === 'string')
}

function isWalked(value: unknown): value is Walked {
  return isNode(value) && Array.isArray((value as {children?: unknown}).children) && !coversLittle(value)
}

function ansi(open: number, close: number): (value: string) => string {
  return (value) => `\u001B[${open}m${value}\u001B[${close}m`
}

function identity(value: string): string {
  return value
}
