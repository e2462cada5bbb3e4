/**
 * A long made-up article for the command's big-input tests: our own sentences, in paragraphs
 * with quotes and a sub-heading every fifty paragraphs, repeated up to the size asked for.
 */
const sentences = [
  'De gemeenteraad van Zwolle besprak dinsdagavond het plan voor een nieuwe fietsbrug.',
  '"We willen dat de brug er binnen twee jaar ligt", zei wethouder Anna de Vries.',
  'Volgens bewoners is de huidige oversteek te druk.',
  'Een woordvoerder van de provincie liet weten dat er nog geen besluit is genomen.',
  '"Het geld is er, maar de vergunning nog niet," aldus de woordvoerder.',
  'De brug moet ongeveer vier miljoen euro kosten.'
]

/** An article of at least `size` characters (all ASCII, so as many bytes). */
export function longArticle(size: number): string {
  const parts = ['title: Een lange proef\ndate 2026-12-06\n\n']
  let length = parts[0]!.length
  for (let count = 1; length < size; count++) {
    const paragraph = [0, 1, 2, 3].map((offset) => sentences[(count + offset) % sentences.length]).join(' ') + '\n\n'
    parts.push(paragraph)
    length += paragraph.length
    if (count % 50 === 0) {
      const heading = `Deel ${count / 50}\n\n`
      parts.push(heading)
      length += heading.length
    }
  }
  return parts.join('')
}
