/**
 * (Re)write `fixtures/<case>/output.json` from `fixtures/<case>/input.txt` with the built library
 * (`dist/index.js`): the expected trees that test/fixtures.test.ts compares against.
 *
 * Run after an intended change to the tree, then read the diff: `npm run fixtures` (builds first),
 * or `node scripts/generate-fixtures.mjs [case …]` for some cases only.
 * An output that is not lossless is refused, so a broken build cannot become the expectation.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const fixtures = join(root, 'fixtures')
const library = join(root, 'dist/index.js')

if (!existsSync(library)) {
  console.error('generate-fixtures: dist/index.js is missing: run `npm run build` first (or `npm run fixtures`)')
  process.exit(1)
}

const {fromNews} = await import(pathToFileURL(library).href)

const wanted = process.argv.slice(2)
const cases = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(join(fixtures, entry.name, 'input.txt')))
  .map((entry) => entry.name)
  .sort()

const unknown = wanted.filter((name) => !cases.includes(name))
if (unknown.length > 0) {
  console.error(`generate-fixtures: no such case: ${unknown.join(', ')} (cases: ${cases.join(', ')})`)
  process.exit(1)
}

const selected = wanted.length > 0 ? wanted : cases
let failed = 0
let changed = 0
for (const name of selected) {
  const input = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
  const tree = fromNews(input)
  if (leafText(tree) !== input) {
    console.error(`generate-fixtures: ${name}: the tree is not lossless; output.json left as it was`)
    failed++
    continue
  }
  const outputPath = join(fixtures, name, 'output.json')
  const output = format(tree, '') + '\n'
  const before = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined
  if (before === output) continue
  writeFileSync(outputPath, output)
  changed++
  console.log(`${before === undefined ? 'wrote' : 'updated'} fixtures/${name}/output.json`)
}

console.log(`generate-fixtures: ${changed} changed, ${selected.length - changed - failed} unchanged${failed ? `, ${failed} refused` : ''}`)
if (failed > 0) process.exit(1)

/** Concatenate the values of the leaves, without recursion. */
function leafText(tree) {
  let text = ''
  const stack = [tree]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node.value === 'string') text += node.value
    else if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return text
}

/**
 * JSON, with every object or array that fits on one line written on one line (points, small
 * leaves), so that a tree with positions stays readable in a diff and small on disk.
 */
function format(value, indent) {
  const flat = JSON.stringify(value)
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 200) return flat
  const inner = indent + '  '
  if (Array.isArray(value)) {
    return '[\n' + value.map((item) => inner + format(item, inner)).join(',\n') + '\n' + indent + ']'
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined)
  return '{\n' + entries.map(([key, item]) => inner + JSON.stringify(key) + ': ' + format(item, inner)).join(',\n') + '\n' + indent + '}'
}
