/**
 * Dutch words written with an initial apostrophe: elisions (`'s avonds`, `'t`, `'n`) and
 * two-digit years (`'80`, `'19`). An apostrophe before one of these is not a quote mark.
 * Source: Woordenlijst Nederlandse Taal and Taaladvies (Nederlandse Taalunie), "apostrof";
 * the elision list of parse-dutch. Hand-kept data.
 */

// `'er`, `'em` and `'ie` are left out: news quotes start with `er` far more often than they elide `haar`.
const words = ['s', 't', 'n', 'k', 'ns', 'tis', 'twas']

const years: string[] = []
for (let year = 0; year < 100; year++) {
  const two = String(year).padStart(2, '0')
  years.push(two, two + 's')
}

export const elisions: ReadonlySet<string> = new Set([...words, ...years])
