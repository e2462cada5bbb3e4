/**
 * Names of metadata fields that newsast reads at the top of an article, in English and Dutch.
 * Source: the fields of the project's corpora (`title`, `date`, `source`) and the front matter of
 * common static-site and newsroom exports (Jekyll, Hugo, NewsML-G2 item metadata). Hand-kept data.
 */
import {createSuffixSet} from './suffix-set.js'

/** Field names read in `name: value` lines (lower case). */
export const fieldNames: ReadonlySet<string> = new Set([
  'title', 'titel', 'kop', 'headline', 'subtitle', 'ondertitel',
  'date', 'datum', 'published', 'gepubliceerd', 'updated', 'bijgewerkt', 'time', 'tijd',
  'source', 'bron', 'publisher', 'uitgever', 'medium', 'krant',
  'author', 'auteur', 'authors', 'auteurs', 'byline', 'door',
  'url', 'link', 'id', 'lang', 'language', 'taal',
  'section', 'rubriek', 'category', 'categorie', 'tags', 'place', 'plaats', 'description'
])

/**
 * Field names that may stand before a date without a colon (`date 2019-03`): the date's own
 * shape tells where the value ends, even when the body follows on the same line.
 */
export const inlineDateFieldNames: ReadonlySet<string> = new Set([
  'date', 'datum', 'published', 'gepubliceerd', 'updated', 'bijgewerkt'
])

/** Field names whose value is the article's writer (a subset of `fieldNames`). */
export const writerFieldNames: ReadonlySet<string> = new Set(['author', 'auteur', 'authors', 'auteurs', 'byline', 'door'])

/**
 * Labels that credit the article's writer in a closing line (`Tekst: Sanne Bos`, `Door: Sanne Bos`).
 * Hand-kept; the photo and caption credits are `credit-labels.ts`.
 */
export const writerCreditLabels: ReadonlySet<string> = new Set(['tekst', 'door', 'interview', 'verslag', 'auteur', 'recensie'])

/**
 * What a closing line says the writer is (`Lien Vos is columnist.`, `Kees Bos is schrijver en
 * journalist.`), lower case. Hand-kept.
 */
export const writingRoles: ReadonlySet<string> = new Set([
  'columnist', 'columniste', 'schrijver', 'schrijfster', 'journalist', 'journaliste', 'verslaggever', 'verslaggeefster', 'correspondent',
  'correspondente', 'redacteur', 'redactrice', 'publicist', 'auteur', 'essayist', 'recensent', 'criticus', 'commentator'
])

const writingRoleSuffixes = createSuffixSet(writingRoles)

/** Whether a noun is one of a writer's trade or ends in one after three letters or more (`lezersredacteur`, `rechtbankverslaggever`). */
export function isWritingRole(word: string): boolean {
  return writingRoles.has(word) || writingRoleSuffixes.endsIn(word, 3, 1)
}

/** Labels that open a column's title before its writer's name and a colon (`Column Joost Verbeek: …`). Hand-kept. */
export const columnLabels: ReadonlySet<string> = new Set(['column', 'columnist', 'commentaar', 'opinie'])

/** Words that say how often a column appears, after `schrijft` in its closing line (`schrijft elke zaterdag`, `schrijft wekelijks`, `schrijft om de week`). Hand-kept. */
export const periodicWords: ReadonlySet<string> = new Set(['elke', 'iedere', 'wekelijks', 'maandelijks', 'tweewekelijks', 'dagelijks', 'om'])

/** Field names that hold the headline (lower case). */
export const titleFieldNames: ReadonlySet<string> = new Set(['title', 'titel', 'kop', 'headline'])
