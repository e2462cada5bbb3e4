/**
 * A set of words that can tell whether a word ends in one of them without cutting the word into
 * substrings (`veiligheidsadviseur` ends in `adviseur`): a trie of the words reversed. Role and
 * institution lookups run for every capitalised word of an article, and slicing made them the
 * largest source of short-lived strings in attribution.
 *
 * The trie is a table: a step on a letter `a`–`z` (nearly every step) reads one slot of an
 * `Int32Array`; other characters (`é`, `-`, `'`) go through a map. A map per node made each
 * step a hash lookup, and these lookups were a tenth of attribution's time.
 */

export interface SuffixSet {
  /**
   * Whether `word.slice(start, end)` is in the set for some `start` with `start >= minStart`
   * and `end - start >= minLength`.
   */
  endsIn(word: string, minStart: number, minLength: number, end?: number): boolean
  /**
   * Whether `word.slice(0, end)` is in the set, or a tail of it of `minLength` or more code
   * units that starts after its first (one walk for what is otherwise asked twice).
   */
  isOrEndsIn(word: string, minLength: number, end?: number): boolean
}

/** Slots per node: one per letter `a`–`z`. */
const letters = 26

export function createSuffixSet(words: Iterable<string>): SuffixSet {
  // Node 0 is the root; a slot holding 0 is no child (the root is no one's child).
  const slots: number[] = new Array<number>(letters).fill(0)
  const ends: boolean[] = [false]
  const others = new Map<number, number>()
  for (const word of words) {
    let node = 0
    for (let index = word.length - 1; index >= 0; index--) {
      const code = word.charCodeAt(index)
      const letter = code - 97
      const isLetter = letter >= 0 && letter < letters
      let child = isLetter ? slots[node * letters + letter]! : (others.get(node * 0x10000 + code) ?? 0)
      if (child === 0) {
        child = ends.length
        ends.push(false)
        for (let slot = 0; slot < letters; slot++) slots.push(0)
        if (isLetter) slots[node * letters + letter] = child
        else others.set(node * 0x10000 + code, child)
      }
      node = child
    }
    ends[node] = true
  }
  const table = Int32Array.from(slots)
  const word = Uint8Array.from(ends, (end) => (end ? 1 : 0))

  function childOf(node: number, code: number): number {
    const letter = code - 97
    if (letter >= 0 && letter < letters) return table[node * letters + letter]!
    return others.get(node * 0x10000 + code) ?? 0
  }

  return {
    endsIn(value, minStart, minLength, end = value.length) {
      let node = 0
      for (let index = end - 1; index >= minStart; index--) {
        node = childOf(node, value.charCodeAt(index))
        if (node === 0) return false
        if (word[node] === 1 && end - index >= minLength) return true
      }
      return false
    },
    isOrEndsIn(value, minLength, end = value.length) {
      let node = 0
      for (let index = end - 1; index >= 0; index--) {
        node = childOf(node, value.charCodeAt(index))
        if (node === 0) return false
        if (word[node] === 1 && (index === 0 || end - index >= minLength)) return true
      }
      return false
    }
  }
}
