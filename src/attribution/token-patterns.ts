/**
 * Regular expressions over single token values, shared by the attribution modules. At module
 * level: a literal in a function may be compiled again after a major collection.
 */

/** A run of quote marks (and the comma that may stick to one). */
export const quoteMarkRun = /^["'„“”‘’‚«»‹›,]+$/
export const commaOrDash = /^[,–—-]$/
export const dashMark = /^[–—-]$/
/** What may follow a source after a dash: `” - een omwonende.` */
export const sourceEnd = /^[.,;)]$/
export const sentenceOrColonEnd = /^[.!?:…]+$/
export const fullStop = /^[.!?]$/
/** A punctuation token that ends in a sentence's end (`.`, `?!`). */
export const endsInStop = /[.!?]$/
/** Punctuation that ends in a question mark (a quote's words that ask: `„Waarom?”`). */
export const endsInQuestion = /\?$/
export const statementEnd = /^[.!]$/
export const clauseEnd = /^[.!?:;]$/
export const sentenceEnd = /^[.!?…]+$/
/** Prepositions after which a phrase is no subject (`met de burgemeester`). */
export const subjectPrepositions = /^(met|tegen|aan|naar|over|door|van|voor|in|op|bij|uit|om)$/
/** An age before a noun or a name, or standing for the person (`52-jarige`): the number captured. */
export const agedWord = /^(\d{1,3})-jarige$/
