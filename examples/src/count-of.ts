/**
 * A count with its noun: `1 message`, `2 messages`, `0 messages`.
 */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
