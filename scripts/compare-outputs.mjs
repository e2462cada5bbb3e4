#!/usr/bin/env node
/**
 * A check for refactoring: write the tree and the quote records of every article in the corpus
 * (`../shared/corpus/nl-news`, `nl-news-b`, where present) and of the fixtures to a folder as JSON, or compare them with a folder
 * written before. A change meant to keep the output (speed work) must report no difference.
 *
 * Usage: `node scripts/compare-outputs.mjs write <folder>` then, after the change and a build,
 * `node scripts/compare-outputs.mjs compare <folder>`. Uses `dist/` (run `npm run build` first).
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {fromNews, listQuotes} = await import(path.join(root, 'dist/index.js'))
const [mode, folder] = process.argv.slice(2)
if (!['write', 'compare'].includes(mode) || !folder) {
  console.error('usage: node scripts/compare-outputs.mjs write|compare <folder>')
  process.exit(2)
}
// The corpus where it is there, and the project's own fixtures always.
const inputs = []
for (const name of ['nl-news', 'nl-news-b']) {
  const dir = path.join(root, '../shared/corpus', name)
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) inputs.push([`${name}--${file}`, path.join(dir, file)])
}
const fixtures = path.join(root, 'fixtures')
for (const entry of readdirSync(fixtures).sort()) {
  const file = path.join(fixtures, entry, 'input.txt')
  if (existsSync(file)) inputs.push([`fixture--${entry}`, file])
  else if (entry.endsWith('.txt')) inputs.push([`fixture--${entry}`, path.join(fixtures, entry)])
}
mkdirSync(folder, {recursive: true})
let files = 0
let different = 0
{
  for (const [label, input] of inputs) {
    files++
    const text = readFileSync(input, 'utf8')
    const messages = []
    const tree = fromNews(text, {onmessage: (message) => messages.push(String(message.ruleId))})
    const output = JSON.stringify({tree, quotes: listQuotes(tree), messages})
    const file = path.join(folder, `${label}.json`)
    if (mode === 'write') writeFileSync(file, output)
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== output) {
      different++
      console.log(`different: ${label}`)
    }
  }
}
console.log(mode === 'write' ? `wrote ${files} files to ${folder}` : `${files} files compared, ${different} different`)
process.exit(different > 0 ? 1 : 0)
