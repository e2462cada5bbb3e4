/**
 * The block tokenizer against parse-dutch on real text: every block of every corpus file, and
 * every whole file up to the piece length (blank lines included), must give parse-dutch's tree.
 *
 * Run: `node bench/run.mjs --script bench/check-tokenizer.ts` (needs ../shared/corpus)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {isDeepStrictEqual} from 'node:util'
import {ParseDutch} from 'parse-dutch'
import {findBlocks} from '../src/structure/find-blocks.js'
import {createTokenizer} from '../src/structure/tokenize-block.js'

const folders = ['../shared/corpus/nl-news', '../shared/corpus/nl-news-b'].map((folder) => path.resolve(folder)).filter((folder) => existsSync(folder))
const texts: string[] = []
for (const folder of folders) {
  for (const name of readdirSync(folder).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(path.join(folder, name), 'utf8'))
}
const origin = {line: 1, column: 1, offset: 0}
let checked = 0
let differ = 0
for (const text of texts) {
  const pieces = findBlocks(text).map((block) => text.slice(block.start, block.end))
  if (text.length <= 16_384) pieces.push(text)
  for (const piece of pieces) {
    const expected = JSON.parse(JSON.stringify(new ParseDutch().tokenizeParagraph(piece)))
    const actual = JSON.parse(JSON.stringify(createTokenizer().paragraph(piece, origin)))
    checked++
    if (!isDeepStrictEqual(actual, expected)) {
      differ++
      if (differ <= 3) console.log('differs:', JSON.stringify(piece.slice(0, 120)))
    }
  }
}
console.log(`${texts.length} files, ${checked} texts: ${differ} differ from parse-dutch`)
if (differ > 0) process.exitCode = 1
