/**
 * The top-level members of a JSON object as written: their names, decoded, and their source
 * text (`"name": value`). `--input jsonl` copies a record's other fields to its output line
 * from this text, untouched: parsing and printing them again would change numbers such as
 * `1.0` or an identifier past 2^53.
 */

export interface Member {
  name: string
  source: string
}

/**
 * `json` must be an object that `JSON.parse` accepted, so the scan can trust its syntax. One
 * pass, strings skipped character by character, nesting counted: linear in the line's length.
 */
export function objectMembers(json: string): Member[] {
  const members: Member[] = []
  let index = skipSpace(json, json.indexOf('{') + 1)
  while (index < json.length && json[index] !== '}') {
    const start = index
    const nameEnd = skipString(json, index)
    const name = JSON.parse(json.slice(index, nameEnd)) as string
    // Past the colon to the value, then past the value.
    const valueEnd = skipValue(json, skipSpace(json, skipSpace(json, nameEnd) + 1))
    members.push({name, source: json.slice(start, valueEnd)})
    index = skipSpace(json, valueEnd)
    if (json[index] === ',') index = skipSpace(json, index + 1)
  }
  return members
}

function skipSpace(json: string, index: number): number {
  while (index < json.length && (json[index] === ' ' || json[index] === '\t' || json[index] === '\n' || json[index] === '\r')) index++
  return index
}

/** From an opening `"` to just past its closing one. */
function skipString(json: string, index: number): number {
  index++
  while (index < json.length && json[index] !== '"') index += json[index] === '\\' ? 2 : 1
  return index + 1
}

/** Past a string, an object or array (with everything nested in it), or a literal. */
function skipValue(json: string, index: number): number {
  if (json[index] === '"') return skipString(json, index)
  let depth = 0
  while (index < json.length) {
    const character = json[index]!
    if (character === '"') {
      index = skipString(json, index)
      continue
    }
    if (character === '{' || character === '[') depth++
    else if (character === '}' || character === ']') {
      if (depth === 0) return index
      depth--
      if (depth === 0) return index + 1
    } else if (depth === 0 && (character === ',' || character === ' ' || character === '\t' || character === '\n' || character === '\r')) return index
    index++
  }
  return index
}
