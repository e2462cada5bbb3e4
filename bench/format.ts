/**
 * Formatting for the benchmark report: Markdown tables, so a run can be pasted into
 * `bench/RESULTS.md` as it is printed.
 */

export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`]
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
  return lines.join('\n')
}

export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–'
}

export function ratio(value: number): string {
  return `${fixed(value, 2)}×`
}

export function percent(value: number): string {
  return `${fixed(value * 100, 1)}%`
}

/** A byte count as `64 KB`, `1 MB`, `0.61 MB`. */
export function size(bytes: number): string {
  if (bytes < 1 << 20) return `${Math.round(bytes / 1024)} KB`
  const megabytes = bytes / (1 << 20)
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(2)} MB`
}

/** `ok` or `MISSED` for a target. */
export function verdict(met: boolean): string {
  return met ? 'ok' : '**MISSED**'
}
