/**
 * Dutch month and weekday names, with the abbreviations Dutch papers print.
 * Source: the Woordenlijst Nederlandse Taal (month and day names) and the
 * abbreviations of the Taaladvies of the Nederlandse Taalunie (jan., feb., mrt., …).
 * Hand-kept data.
 */

/** Month name or abbreviation (lower case, without a final full stop) → month number. */
export const months: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1],
  ['februari', 2], ['feb', 2], ['febr', 2],
  ['maart', 3], ['mrt', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mei', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['augustus', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12]
])

/** Weekday names and abbreviations (lower case). */
export const weekdays: ReadonlySet<string> = new Set([
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'
])
