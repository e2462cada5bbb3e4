/**
 * Expand the paths on the command line into the list of inputs: folders become the `*.txt`
 * files under them, recursively and in name order, so that output order is reproducible; a
 * folder without any is an input that fails.
 */
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

/** An input: a path (`null` for stdin), and why it cannot be read when that is known already. */
export interface Input {
  file: string | null
  problem: string | null
}

export function collectInputs(paths: readonly string[]): Input[] {
  if (paths.length === 0) return [{file: null, problem: null}]
  const inputs: Input[] = []
  for (const path of paths) {
    if (path === '-') inputs.push({file: null, problem: null})
    else if (isDirectory(path)) {
      const files = listTextFiles(path)
      // A folder with nothing to read fails in its place, alone or among other inputs, like a missing file.
      inputs.push(...(files.length > 0 ? files : [{file: path, problem: 'no *.txt files in this folder'}]))
    }
    // A path that does not exist stays an input: reading it fails later, in its place in the batch.
    else inputs.push({file: path, problem: null})
  }
  return inputs
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Every `*.txt` file under `folder`, depth first, entries sorted by code point. */
function listTextFiles(folder: string): Input[] {
  const files: Input[] = []
  const pending = [folder]
  while (pending.length > 0) {
    const current = pending.pop()!
    let entries
    try {
      entries = readdirSync(current, {withFileTypes: true})
    } catch (error) {
      // An unreadable folder: keep it as an input so that the failure is reported in its place.
      files.push({file: current, problem: `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`})
      continue
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const folders: string[] = []
    for (const entry of entries) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) folders.push(path)
      else if (entry.name.endsWith('.txt') && (entry.isFile() || entry.isSymbolicLink())) files.push({file: path, problem: null})
    }
    // Files of a folder come before its sub-folders; push sub-folders reversed so they pop in order.
    for (let index = folders.length - 1; index >= 0; index--) pending.push(folders[index]!)
  }
  return files
}
