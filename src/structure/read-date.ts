/**
 * Read a date as written in a header into its ISO form.
 *
 * Handles ISO dates (`2019`, `2019-03`, `2019-03-08`), ISO date-times (`2019-03-08T12:30`,
 * with seconds, fractions, and `Z` or an offset), day-first numeric dates (`08-03-2019`,
 * `8/3/2019`, `8.3.2019`), and Dutch written dates (`8 maart 2019`, `vrijdag 8 maart 2019`,
 * `8 mrt. 2019`, `maart 2019`). Every expression here is anchored and has no nested
 * quantifiers, so it runs in linear time.
 */
import {months, weekdays} from '../lexicon/months.js'
import type {DateValue} from '../tree/types.js'

export type DateReading =
  | {kind: 'valid'; date: DateValue}
  | {kind: 'invalid'; reason: string}
  | {kind: 'none'}

const isoDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/
const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/
const written = /^(?:([a-z]+)\.?,?\s+)?(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$/

/** Read `raw` (already trimmed) as a date. */
export function readDate(raw: string): DateReading {
  if (raw.length > 64) return {kind: 'none'}
  let match = isoDate.exec(raw)
  if (match) return build(match[0], Number(match[1]), num(match[2]), num(match[3]))

  match = isoDateTime.exec(raw)
  if (match) {
    const seconds = match[6]
    const time = `${match[4]}:${match[5]}${seconds === undefined ? '' : ':' + seconds}`
    const hours = Number(match[4])
    const minutes = Number(match[5])
    if (hours > 23 || minutes > 59 || (seconds !== undefined && Number(seconds) > 59)) {
      return {kind: 'invalid', reason: `no such time \`${time}\``}
    }
    let timezone = match[7]
    if (timezone !== undefined && timezone !== 'Z' && timezone.length === 5) {
      timezone = timezone.slice(0, 3) + ':' + timezone.slice(3)
    }
    const reading = build('', Number(match[1]), Number(match[2]), Number(match[3]))
    if (reading.kind !== 'valid') return reading
    const date: DateValue = {...reading.date, time}
    date.iso = `${reading.date.iso}T${time}${timezone ?? ''}`
    if (timezone !== undefined) date.timezone = timezone
    return {kind: 'valid', date}
  }

  match = dayFirst.exec(raw)
  if (match) return build('', Number(match[4]), Number(match[3]), Number(match[1]))

  match = written.exec(raw.toLowerCase())
  if (match) {
    const [, weekday, day, monthName, year] = match
    const month = months.get(monthName!)
    if (month === undefined) return {kind: 'none'}
    if (weekday !== undefined && !weekdays.has(weekday)) return {kind: 'none'}
    if (weekday !== undefined && day === undefined) return {kind: 'none'}
    return build('', Number(year), month, num(day))
  }

  return {kind: 'none'}
}

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value)
}

function build(isoAsWritten: string, year: number, month?: number, day?: number): DateReading {
  if (month !== undefined && (month < 1 || month > 12)) {
    return {kind: 'invalid', reason: `no month ${month}`}
  }
  if (day !== undefined && month !== undefined) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if (day < 1 || day > lengths[month - 1]!) {
      return {kind: 'invalid', reason: `no day ${day} in month ${month} of ${year}`}
    }
  }
  const pad = (n: number) => String(n).padStart(2, '0')
  const iso =
    isoAsWritten ||
    String(year).padStart(4, '0') +
      (month === undefined ? '' : '-' + pad(month) + (day === undefined ? '' : '-' + pad(day)))
  const date: DateValue = {iso, year}
  if (month !== undefined) date.month = month
  if (day !== undefined) date.day = day
  return {kind: 'valid', date}
}
