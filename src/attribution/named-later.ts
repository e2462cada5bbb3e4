/**
 * An unnamed source the article names a little later (`Volgens de officier van justitie gaat het
 * om ‘…’.` ⏎⏎ `Officier van justitie Karin Smulders eiste …`): the annotation guide's rule for
 * unnamed sources, "when the article later names the source, use the name". The apposition
 * (`De woordvoerder, Kees Hoogeveen, …`) is read where it stands (`resolve-phrase.ts`); this
 * reads the introduction of the named person in the blocks after the role.
 */
import {isDocumentNoun, isInstitutionNoun, isPluralRole, synonymsOf} from '../lexicon/roles.js'
import {type Article, blockOf} from './article.js'
import type {Entity} from './find-speakers.js'
import {holdsRole} from './references.js'
import {firstAtOrAfter, searchBack} from './search-back.js'

/** How many blocks after the role's first mention the person may be named. */
const namedWithin = 2

/**
 * For each source in `used` named only by a definite singular role (`de officier van justitie`),
 * the person introduced with that role within `namedWithin` blocks after it, when no one named
 * before it held the role: recorded in `article.sources.identified`.
 */
export function identifyNamedLater(article: Article, used: ReadonlySet<Entity>): void {
  const identified = article.sources.identified
  for (const source of used) {
    if (!source.unnamed || identified.has(source) || source.mentions.length === 0) continue
    const role = source.roles[0]
    const determiner = source.name.slice(0, source.name.indexOf(' ')).toLowerCase()
    if (role === undefined || (determiner !== 'de' && determiner !== 'het') || isPluralRole(role) || isInstitutionNoun(role) || isDocumentNoun(role)) continue
    const person = namedAfter(article, source, role)
    if (person) identified.set(source, person)
  }
}

/** The person first named with `role` (or a synonym) after the source's first mention, nearby; none when one held it before. */
function namedAfter(article: Article, source: Entity, role: string): Entity | undefined {
  const synonyms = synonymsOf(role)
  // (Named in full: a capitalised word after a title may be its field, `hoofddirecteur Beleid`.)
  const holds = (entity: Entity) => entity.person && !entity.unnamed && entity.parts.length > 1 && holdsRole(entity, role, synonyms)
  const mentions = article.registry.mentions
  const start = source.mentions[0]!.start
  if (searchBack(mentions, start, (mention) => holds(mention.entity))) return undefined
  const last = blockOf(article, start) + namedWithin
  for (let index = firstAtOrAfter(mentions, start); index < mentions.length && mentions[index]!.block <= last; index++) {
    const entity = mentions[index]!.entity
    if (holds(entity) && entity.mentions[0]!.start > start) return entity
  }
  return undefined
}
