/**
 * Which nodes the streamed `json` and `tree` outputs format in one piece: those that cover at
 * most a few KB of text, whose output (a few hundred times that) is still a modest string.
 */

/** Characters of text; the JSON of such a node is under about a megabyte. */
const wholeLimit = 2048

export function coversLittle(node: object): boolean {
  const position = (node as {position?: {start?: {offset?: unknown}; end?: {offset?: unknown}}}).position
  const start = position?.start?.offset
  const end = position?.end?.offset
  // Without offsets the size is unknown: walk the node, which is always safe.
  return typeof start === 'number' && typeof end === 'number' && end - start <= wholeLimit
}
