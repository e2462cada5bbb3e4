/**
 * The text of a node: its leaves' values in order. Iterative, unlike `nlcst-to-string`, so
 * that a quote nested ten thousand deep cannot overflow the stack.
 */
interface Node {
  value?: unknown
  children?: Node[]
}

export function toText(node: Node): string {
  let result = ''
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (typeof current.value === 'string') result += current.value
    else if (current.children) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return result
}
