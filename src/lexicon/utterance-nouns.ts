/**
 * Nouns for what someone said or wrote. A sentence that tells of one reports speech (`kwam met
 * de boodschap dat ze moeten ‘doorpakken’`), and one of someone's introduces their words (`De
 * boodschap van de bond is duidelijk: „…”`). Hand-kept from the nouns Dutch news uses for
 * statements (ANS §10.3, the verba dicendi's nouns).
 */
export const utteranceNouns: ReadonlySet<string> = new Set([
  'boodschap', 'verklaring', 'toespraak', 'speech', 'persconferentie', 'interview', 'uitspraak', 'uitspraken',
  'opmerking', 'reactie', 'oproep', 'waarschuwing', 'belofte', 'tweet', 'tweets', 'brief', 'persbericht', 'standpunt',
  'antwoord', 'conclusie', 'advies', 'oordeel', 'kritiek', 'verweer', 'repliek', 'citaat', 'uitlating', 'uitlatingen', 'bewering',
  'toelichting', 'mededeling'
])

/**
 * Nouns that take up the words just quoted after a demonstrative (`Die woorden kwamen van …`,
 * `Die conclusie trekt de inspectie`): the utterance nouns and `woorden`, which is no evidence of
 * speech on its own (`‘Slim’ en ‘snel’ waren woorden die vielen` names labels).
 */
export const takenUpNouns: ReadonlySet<string> = new Set([...utteranceNouns, 'woorden'])

/**
 * Nouns for a response someone gives (`Hij krijgt bijval van Eva Kok.`, `steun van de bond`):
 * the one after `van` is brought on to speak. Hand-kept.
 */
export const responseNouns: ReadonlySet<string> = new Set(['bijval', 'steun', 'kritiek', 'tegengas', 'weerwoord', 'tegenspraak', 'felicitaties', 'lof'])
