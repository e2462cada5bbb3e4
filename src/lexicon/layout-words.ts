/**
 * The openings of lines that point the reader to another page or to a video, which a page's
 * layout leaves in copied text (`Lees ook: Zwembad weer dicht`, `Bekijk hier de video`): the first
 * two words, lower case, joined by a space. Hand-kept from Dutch news sites' conventions.
 */
export const pointerOpenings: ReadonlySet<string> = new Set([
  'lees ook', 'lees meer', 'lees hier', 'bekijk ook', 'bekijk hier', 'kijk ook', 'kijk hier', 'luister ook', 'luister hier', 'zie ook', 'meer lezen', 'meer nieuws'
])

/** Their first words, to test a line cheaply before its two words are read. */
export const pointerFirstWords: ReadonlySet<string> = new Set([...pointerOpenings].map((opening) => opening.slice(0, opening.indexOf(' '))))
