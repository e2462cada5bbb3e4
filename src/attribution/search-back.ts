/**
 * Search a list sorted by `start` backwards from an offset, for at most `limit` items, so that
 * looking up the last fitting mention costs the same at the end of a long article as at its start.
 */
export function searchBack<Item extends {start: number}>(
  list: readonly Item[],
  offset: number,
  fits: (item: Item) => boolean | 'stop',
  limit = 64
): Item | undefined {
  const low = firstAtOrAfter(list, offset)
  for (let index = low - 1; index >= 0 && low - index <= limit; index--) {
    const item = list[index]!
    const result = fits(item)
    if (result === 'stop') return undefined
    if (result) return item
  }
  return undefined
}

/** The index of the first item that starts at or after `offset` (binary search). */
export function firstAtOrAfter<Item extends {start: number}>(list: readonly Item[], offset: number): number {
  return firstAtLeast(list, offset, startOf)
}

/** The index of the first item whose `key` is `value` or more, in a list sorted by that key (binary search). */
export function firstAtLeast<Item>(list: readonly Item[], value: number, key: (item: Item) => number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(list[middle]!) < value) low = middle + 1
    else high = middle
  }
  return low
}

function startOf(item: {start: number}): number {
  return item.start
}
