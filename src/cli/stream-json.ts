/**
 * `--format json` without one string for the whole document: the text of
 * `JSON.stringify(value, null, 2)`, byte for byte, as a sequence of parts. A tree's JSON is a few
 * hundred times its text, past the longest string V8 makes (2^29 characters) at a few MB of
 * input; in parts, memory stays bounded by the tree and the output can be written as it comes.
 *
 * Nodes that cover little text are stringified whole (fast, and the parts stay large); the
 * others are walked key by key and child by child.
 */
import {coversLittle} from './covers-little.js'

/** Parts of `JSON.stringify(value, null, 2)` for `value` at `depth` levels of nesting. */
export function* stringifyParts(value: unknown, depth = 0): Generator<string> {
  if (!isWalked(value)) {
    yield stringifyNested(value, depth)
    return
  }
  const inner = '\n' + '  '.repeat(depth + 1)
  let first = true
  for (const key of Object.keys(value)) {
    const field = value[key]
    // `JSON.stringify` leaves out these fields.
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `
    first = false
    if (key === 'children' && Array.isArray(field)) yield* arrayParts(field, depth + 1)
    else yield* stringifyParts(field, depth + 1)
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`
}

function* arrayParts(values: readonly unknown[], depth: number): Generator<string> {
  if (values.length === 0) {
    yield '[]'
    return
  }
  const inner = '\n' + '  '.repeat(depth + 1)
  for (let index = 0; index < values.length; index++) {
    yield index === 0 ? `[${inner}` : `,${inner}`
    const item = values[index]
    // In an array, what `JSON.stringify` leaves out of an object becomes `null`.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
    else yield* stringifyParts(item, depth + 1)
  }
  yield `\n${'  '.repeat(depth)}]`
}

/** A node with children that covers much text, and is plain data (no `toJSON` to honour). */
function isWalked(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as {children?: unknown}).children) &&
    typeof (value as {toJSON?: unknown}).toJSON !== 'function' &&
    !coversLittle(value)
  )
}

/** `JSON.stringify` of a value nested `depth` levels deep: its lines after the first are indented. */
function stringifyNested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2)
  // JSON escapes line feeds in strings, so every line feed in `text` is one of the layout's.
  return depth === 0 ? text : text.replaceAll('\n', '\n' + '  '.repeat(depth))
}
