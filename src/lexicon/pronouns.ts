/**
 * Dutch personal pronouns that can name a speaker, with the gender they show.
 * `ze` is female singular or plural; it is read as female when a woman fits, else as plural.
 * Source: Algemene Nederlandse Spraakkunst (ANS), §5.2, the personal pronouns. Hand-kept data.
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
