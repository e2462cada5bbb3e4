/**
 * Dutch words that show whom a noun phrase refers to, or that it refers to no one in particular:
 * determiners of everyone of a kind, object pronouns (the one spoken to), and the nouns with
 * which a writer calls their own medium (`deze krant`).
 * Source: hand-kept from Dutch grammar (determiners and personal pronouns, Algemene Nederlandse
 * Spraakkunst, ANS, ch. 5 and 6) and the usage of news writing. Hand-kept data.
 */

/** Determiners of everyone of a kind: `alle leerlingen`, `elke ouder`. */
export const genericDeterminers: ReadonlySet<string> = new Set(['alle', 'elke', 'iedere', 'ieder', 'geen'])

/** Pronouns as the object of a verb: the one spoken to. */
export const objectPronouns: ReadonlySet<string> = new Set(['hem', 'haar', 'hen', 'hun', 'mij', 'me', 'ons', 'jou', 'u'])

/** What `deze …` calls the writer's own medium: `deze krant`, `deze site`. */
export const writersOwnMedia: ReadonlySet<string> = new Set(['krant', 'site', 'website', 'redactie', 'omroep'])

/**
 * Nouns and words for two people named together before (`„…”, zegt het echtpaar`, `aldus de
 * twee`, `zeggen beiden`): the pair is the group of the names joined by `en` before. Hand-kept.
 */
export const pairNouns: ReadonlySet<string> = new Set(['echtpaar', 'stel', 'duo', 'tweetal', 'koppel', 'tweeling'])
