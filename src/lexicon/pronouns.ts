/**
 * Dutch personal pronouns that can name a speaker or a group.
 * Source: Algemene Nederlandse Spraakkunst (ANS), §5.2, the personal pronouns. Hand-kept data.
 */

/**
 * Personal pronouns that can name a speaker, with the gender they show. `ze` is female singular
 * or plural; it is read as female when a woman fits, else as plural.
 */
export const pronounGender: ReadonlyMap<string, 'female' | 'male' | 'plural' | 'either'> = new Map([
  ['hij', 'male'],
  ['hem', 'male'],
  ["'ie", 'male'],
  ['zij', 'either'],
  ['ze', 'either'],
  ['haar', 'female'],
  ['zijzelf', 'female'],
  ['hijzelf', 'male'],
  ['hun', 'plural'],
  ['hen', 'plural'],
  ['zelf', 'either']
])

/** The third person's subject pronouns that name one person (or, `ze`/`zij`, a group): `hij`, `zij`, `ze`. */
export const subjectPronouns: ReadonlySet<string> = new Set(['hij', 'zij', 'ze'])

/** The possessive pronouns of the third person: `zijn`, `haar`, `hun` (`Haar zoon`). */
export const thirdPersonPossessives: ReadonlySet<string> = new Set(['zijn', 'haar', 'hun'])

/** Pronouns for a group that `een van` picks one from: `een van hen`, `één van hun`. */
export const groupPronouns: ReadonlySet<string> = new Set(['hen', 'hun', 'ons', 'jullie', 'beiden'])

/** Pronouns of the one spoken to (`Waarom stopt u nu?`, `Had je dat verwacht?`): an interviewer's question has them. */
export const addresseePronouns: ReadonlySet<string> = new Set(['u', 'uw', 'je', 'jij', 'jou', 'jouw'])

/** Words that stand only before a noun: articles and possessives (`het haar`, `zijn haar`, `m'n haar`). ANS, determiners. */
export const nounDeterminers: ReadonlySet<string> = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun', 'mijn', "m'n", 'm’n', "z'n", 'z’n', 'jouw', 'je', 'uw', 'ons', 'onze', "d'r"])

/** Subject pronouns that stand right after the verb only when something else opens the sentence (`Een opvolger heeft hij …`). Source: Dutch word order (ANS §24: the subject after the finite verb in inversion). */
export const invertedPronouns: ReadonlySet<string> = new Set(['hij', 'zij', 'ze', 'ik', 'wij', 'we', 'jij', 'je'])
