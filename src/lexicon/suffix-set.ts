/**
 * A set of words that can tell whether a word ends in one of them without cutting the word into
 * substrings (`veiligheidsadviseur` ends in `adviseur`): a trie of the words reversed. Role and
 * institution lookups run for every capitalised word of an article, and slicing made them the
 * largest source of short-lived strings in attribution.
 */

interface TrieNode {
  next: Map<number, TrieNode>
  word: boolean
}

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

export function createSuffixSet(words: Iterable<string>): SuffixSet {
  const root: TrieNode = {next: new Map(), word: false}
  for (const word of words) {
    let node = root
    for (let index = word.length - 1; index >= 0; index--) {
      const code = word.charCodeAt(index)
      let child = node.next.get(code)
      if (!child) {
        child = {next: new Map(), word: false}
        node.next.set(code, child)
      }
      node = child
    }
    node.word = true
  }
  return {
    endsIn(word, minStart, minLength, end = word.length) {
      let node: TrieNode | undefined = root
      for (let index = end - 1; index >= minStart; index--) {
        node = node.next.get(word.charCodeAt(index))
        if (!node) return false
        if (node.word && end - index >= minLength) return true
      }
      return false
    },
    isOrEndsIn(word, minLength, end = word.length) {
      let node: TrieNode | undefined = root
      for (let index = end - 1; index >= 0; index--) {
        node = node.next.get(word.charCodeAt(index))
        if (!node) return false
        if (node.word && (index === 0 || end - index >= minLength)) return true
      }
      return false
    }
  }
}
