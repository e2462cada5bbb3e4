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
    if (role === undefined || isPluralRole(role) || isInstitutionNoun(role) || isDocumentNoun(role)) continue
    if (determiner !== 'de' && determiner !== 'het') {
      const person = determiner === 'een' ? namedInSameBlock(article, source) : undefined
      if (person) identified.set(source, person)
      continue
    }
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

/**
 * A feature's delayed naming: a source brought on unnamed (`Halverwege de rij staat een
 * oud-timmerman. „…”, zegt hij.`) whose paragraph goes on with a sentence that opens with a
 * person named in full and with an age, for the first time (`Jan Pelgrim (81) komt hier elke
 * week.`), no one else named between: the same person, whose name the annotation guide asks for.
 */
function namedInSameBlock(article: Article, source: Entity): Entity | undefined {
  const start = source.mentions[0]!.start
  const block = blockOf(article, start)
  const mentions = article.registry.mentions
  for (let index = firstAtOrAfter(mentions, start); index < mentions.length && mentions[index]!.block === block; index++) {
    const mention = mentions[index]!
    const entity = mention.entity
    if (entity === source || !entity.person) continue
    if (entity.unnamed || entity.parts.length < 2 || entity.mentions[0]!.start !== mention.start || !opensSentenceWithAge(article, mention)) return undefined
    return source.gender === null || entity.gender === null || source.gender === entity.gender ? entity : undefined
  }
  return undefined
}

/** Whether the mention opens a sentence of its block and an age in parentheses follows it (`Jan Pelgrim (81) komt …`). */
function opensSentenceWithAge(article: Article, mention: {block: number; start: number; end: number}): boolean {
  const tokens = article.blocks[mention.block]!.tokens
  const index = firstAtOrAfter(tokens, mention.start)
  const after = firstAtOrAfter(tokens, mention.end)
  const opens = index === 0 || tokens[index - 1]!.sentence !== tokens[index]!.sentence
  return opens && tokens[after]?.value === '(' && digits.test(tokens[after + 1]?.value ?? '')
}

const digits = /^\d{1,3}$/
