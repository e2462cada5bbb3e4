/**
 * Each attribution sieve (src/attribution/sieves/, README § Algorithm) called on its own, on a
 * short project-written Dutch text: the speaker it finds for one quote (or that it finds none),
 * with the discourse state given by the test rather than built by the driver.
 */
import {describe, expect, it} from 'vitest'
import {type Article, openOf, readArticle} from '../src/attribution/article.js'
import {evidenceAt} from '../src/attribution/attribute-quotes.js'
import {type Discourse, emptyDiscourse} from '../src/attribution/discourse.js'
import type {Entity} from '../src/attribution/find-speakers.js'
import {answer} from '../src/attribution/sieves/answer.js'
import {carryOver} from '../src/attribution/sieves/carry-over.js'
import {colonBefore} from '../src/attribution/sieves/colon-before.js'
import {cueAfter} from '../src/attribution/sieves/cue-after.js'
import {cueBefore} from '../src/attribution/sieves/cue-before.js'
import {cueLater} from '../src/attribution/sieves/cue-later.js'
import {cueNextSentence} from '../src/attribution/sieves/cue-next-sentence.js'
import {dashAfter} from '../src/attribution/sieves/dash-after.js'
import {sieves} from '../src/attribution/sieves/index.js'
import {introduction} from '../src/attribution/sieves/introduction.js'
import {nearestPerson} from '../src/attribution/sieves/nearest-person.js'
import {newerPerson} from '../src/attribution/sieves/newer-person.js'
import {introducedAfter} from '../src/attribution/sieves/introduced-after.js'
import {nextPerson} from '../src/attribution/sieves/next-person.js'
import {otherParty} from '../src/attribution/sieves/other-party.js'
import {questionReply} from '../src/attribution/sieves/question-reply.js'
import {sectionCarry} from '../src/attribution/sieves/section-carry.js'
import {relativeClause} from '../src/attribution/sieves/relative-clause.js'
import {describedAs} from '../src/attribution/sieves/described-as.js'
import type {Sieve} from '../src/attribution/sieves/sieve.js'
import {subject} from '../src/attribution/sieves/subject.js'
import {findBlocks} from '../src/structure/find-blocks.js'
import {readHeader} from '../src/structure/read-header.js'
import type {PlacedQuote} from '../src/quotes/place-quotes.js'
import {createLocator} from '../src/tree/locate.js'
import {stagedTree} from './util/staged-tree.js'

/** The article of `value` as the attribution stage reads it, with its quotes (no attribution run). */
function prepare(value: string): {article: Article; quotes: PlacedQuote[]} {
  const locate = createLocator(value)
  const context = {value, locate, report: () => undefined}
  const {root, quotes, tokens} = stagedTree(context, readHeader(value, findBlocks(value), locate, context.report).blocks)
  return {article: readArticle(root, value, tokens)!, quotes}
}

/** The entity the registry holds under `name`. */
function entity(article: Article, name: string): Entity {
  const found = article.registry.entities.find((candidate) => candidate.name === name)
  expect(found, `an entity named ${name}`).toBeDefined()
  return found!
}

/**
 * Run `sieve` for the one quote whose text holds `words`; `state` gives the discourse from the
 * article (default: no one talking yet).
 */
function run(sieve: Sieve, value: string, words: string, state?: (article: Article) => Partial<Discourse>) {
  const {article, quotes} = prepare(value)
  const matching = quotes.filter((quote) => value.slice(quote.start, quote.end).includes(words))
  expect(matching, `one quote with ${JSON.stringify(words)}`).toHaveLength(1)
  const quote = matching[0]!
  const discourse: Discourse = {...emptyDiscourse(), ...state?.(article)}
  const found = sieve.find(quote, evidenceAt(article, quote, openOf(article, quote)!), discourse)
  return found ? {name: found.entity.name, method: found.method, cue: found.cue, local: found.local} : undefined
}

describe('the sieves', () => {
  it('are tried in one documented order', () => {
    expect(sieves.map((sieve) => sieve.name)).toEqual([
      'cue-after',
      'dash-after',
      'colon-before',
      'described-as',
      'cue-before',
      'cue-later',
      'cue-next-sentence',
      'relative-clause',
      'subject',
      'introduction',
      'answer',
      'introduced-after',
      'newer-person',
      'question-reply',
      'carry-over',
      'nearest-person',
      'next-person',
      'other-party',
      'section-carry'
    ])
  })
})

describe('cue-after', () => {
  it('takes the subject of a cue right after the closing mark', () => {
    expect(run(cueAfter, '„We gaan gewoon door”, zegt voorzitter Ria Smit.', 'gewoon door')).toEqual({name: 'Ria Smit', method: 'cue', cue: 'zegt', local: true})
  })
  it('after a comma, any verb followed by its subject', () => {
    expect(run(cueAfter, 'Ria Smit is voorzitter.\n\n„Het was een zwaar jaar”, kijkt Ria Smit terug.', 'zwaar jaar')).toMatchObject({name: 'Ria Smit', method: 'cue'})
  })
  it('finds nothing when the writer goes on', () => {
    expect(run(cueAfter, '„We gaan door.” Daarna bleef het stil in de zaal.', 'gaan door')).toBeUndefined()
  })
  it('after a list of quotes, for each of them (`‘onhaalbaar’ en ‘te duur’, zegt Smit`)', () => {
    const value = 'Sanne Bos en Piet Smit zitten aan tafel.\n\nHet plan is ‘onhaalbaar’, ‘oneerlijk’ en ‘te duur’, zegt Smit.'
    expect(run(cueAfter, value, 'onhaalbaar')).toMatchObject({name: 'Piet Smit', method: 'cue', cue: 'zegt'})
    expect(run(cueAfter, value, 'oneerlijk')).toMatchObject({name: 'Piet Smit', method: 'cue'})
  })
  it('after the comma of direct speech inside the marks, any verb too (`„Mooi,” glundert Kok.`)', () => {
    expect(run(cueAfter, 'Piet Smit kijkt toe.\n\n„Dit is prachtig,” glundert Sanne Bos.', 'prachtig')).toMatchObject({name: 'Sanne Bos', method: 'cue', cue: 'glundert'})
    expect(run(cueAfter, 'Piet Smit kijkt toe.\n\n„Dit is prachtig” glundert Sanne Bos.', 'prachtig')).toBeUndefined()
  })
  it('`, zoals` with a subject and a cue at the end of the clause (`‘…’, zoals het bedrijf het noemde`)', () => {
    expect(run(cueAfter, 'Klant Ria Smit kreeg geld terug, ‘als gebaar van goede wil’, zoals Kookbox het noemde.', 'goede wil')).toMatchObject({name: 'Kookbox', method: 'cue', cue: 'zoals noemde'})
    expect(run(cueAfter, 'Ria Smit woont in de wijk ‘het Zand’, zoals het dorp heet.', 'het Zand')).toBeUndefined()
  })
  it('the owner of the words after the subject (`„…”, vertaalt de tolk haar woorden`)', () => {
    expect(run(cueAfter, 'Anna Berg staat op de kade.\n\n„Dan gaat hier het licht uit”, vertaalt de tolk haar woorden.', 'het licht uit')).toMatchObject({name: 'Anna Berg', method: 'pronoun', local: true})
  })
  it('a perfect tense: the auxiliary, its subject, then the cue\'s participle, with the comma inside or after the quote', () => {
    expect(run(cueAfter, 'Ria Smit nam afscheid.\n\n„Tot ziens,” had Smit nog gezegd.', 'Tot ziens')).toMatchObject({name: 'Ria Smit', method: 'cue', cue: 'had gezegd'})
    expect(run(cueAfter, 'Ria Smit nam afscheid.\n\n„Tot ziens”, heeft Smit gezegd.', 'Tot ziens')).toMatchObject({name: 'Ria Smit', cue: 'heeft gezegd'})
    expect(run(cueAfter, 'Ria Smit nam afscheid.\n\n„Tot ziens,” had Smit gewuifd.', 'Tot ziens')).toBeUndefined()
  })
})

describe('dash-after', () => {
  it('takes the source after a dash', () => {
    expect(run(dashAfter, '„Dit had nooit mogen gebeuren.” - wethouder Ria Smit.', 'nooit mogen')).toMatchObject({name: 'Ria Smit', method: 'dash'})
  })
})

describe('colon-before', () => {
  it('takes the subject of the clause before a colon', () => {
    expect(run(colonBefore, 'Ria Smit zegt: „We gaan door.”', 'gaan door')).toEqual({name: 'Ria Smit', method: 'colon', cue: 'zegt', local: true})
  })
  it('starts the clause after a quote whose words end their sentence (`Bos: „Het is prima.” Smit: „…”`)', () => {
    const value = 'Sanne Bos en Piet Smit zitten in de raad.\n\n„Het is te duur”, vindt Smit. Bos: „Het is prima.” Smit: „Niet waar.”'
    expect(run(colonBefore, value, 'Niet waar')).toMatchObject({name: 'Piet Smit', method: 'colon'})
  })
  it('takes a bare name before a colon', () => {
    expect(run(colonBefore, 'Het dorp is verdeeld.\n\nRia Smit: „Ik blijf hier wonen.”', 'blijf hier')).toMatchObject({name: 'Ria Smit', method: 'colon', cue: null})
  })
  it('gives words heard said to the one heard (`hoorde ik een bezoeker zachtjes zeggen: „…”`)', () => {
    expect(run(colonBefore, 'Na afloop hoorde ik een oudere bezoeker zachtjes zeggen: „Zo was het precies.”', 'Zo was het')).toMatchObject({name: 'een oudere bezoeker', local: true})
  })
  it('reads the speaker from the last clause a comma and a joining word open (`…, zei hij, waarop Van Houten riep: „…”`)', () => {
    expect(run(colonBefore, 'Raadslid Joost Verhagen is boos.\n\n„Dit is te laat”, zei hij, waarop Erik van Houten vanuit de zaal riep: „Precies!”', 'Precies')).toMatchObject({name: 'Erik van Houten', method: 'colon'})
  })
})

describe('colon-before after a role and a short verb', () => {
  it('takes a role whose clause is only a short verb before the colon (`Een boze ondernemer stond op:`)', () => {
    expect(run(colonBefore, 'Op de avond kreeg Anna Kok het zwaar. Een boze ondernemer stond op: „Waarom horen wij dit pas nu?”', 'Waarom horen')).toMatchObject({name: 'Een boze ondernemer', method: 'colon'})
    expect(run(colonBefore, 'Wethouder Anna Kok opende vijf plekken. Een journalist van de omroep wilde weten: „Hoe komt een oudere daar?”', 'Hoe komt')).toMatchObject({name: 'Een journalist van de omroep', method: 'colon'})
  })
})

describe('colon-before after a headline\'s bare role', () => {
  it('takes the one the section names in that role after it', () => {
    const value = 'De zaak duurt lang.\n\nAdvocaat: ‘Er is geen bewijs’\n\nAdvocaat Nadia Bakker vroeg om vrijspraak.'
    expect(run(colonBefore, value, 'geen bewijs')).toMatchObject({name: 'Nadia Bakker', method: 'role', local: true})
  })
  it('takes the one named before in that role, or its synonym', () => {
    const value = 'Burgervader Els Kramer opende de brug.\n\nBurgemeester: ‘Dit kost jaren’\n\nDe bouw loopt vertraging op.'
    expect(run(colonBefore, value, 'kost jaren')).toMatchObject({name: 'Els Kramer', method: 'role'})
  })
})

describe('cue-before', () => {
  it('takes the phrase after `volgens`', () => {
    expect(run(cueBefore, 'Volgens Ria Smit is het plan ‘een grote gok’ met geld van de wijk.', 'grote gok')).toMatchObject({name: 'Ria Smit', method: 'cue', cue: 'Volgens'})
  })
  it('takes the subject of a speech verb before the quote', () => {
    expect(run(cueBefore, 'Ria Smit zei gisteren dat de wijk ‘er helemaal klaar mee is’.', 'klaar mee')).toMatchObject({name: 'Ria Smit', method: 'cue', cue: 'zei'})
  })
})

describe('cue-before after a noun of utterance', () => {
  it('gives the words to the source of `de uitspraak van … dat`, not to the sentence’s subject', () => {
    const value = 'Sanne Bos en Piet Smit zitten in de raad.\n\nSmit reageerde op de uitspraak van Bos dat het plan ‘een zegen’ is.'
    expect(run(cueBefore, value, 'een zegen')).toMatchObject({name: 'Sanne Bos', method: 'cue', cue: 'uitspraak van'})
  })
})

describe('cue-before over a list', () => {
  it('reports each quote of a list after the cue (`Smit noemt het plan ‘onhaalbaar’ en ‘te duur’`)', () => {
    const value = 'Sanne Bos en Piet Smit zitten aan tafel.\n\nSmit vindt het plan ‘onhaalbaar’, ‘oneerlijk’ en ‘te duur’.'
    expect(run(cueBefore, value, 'te duur')).toMatchObject({name: 'Piet Smit', method: 'cue', cue: 'vindt'})
  })
  it('not over a quote of another sentence (`… ‘onhaalbaar’. Bos ziet er ‘een kans’ in.`)', () => {
    const value = 'Sanne Bos en Piet Smit zitten aan tafel.\n\nSmit vindt het ‘onhaalbaar’. Bos ziet er ‘een kans’ in.'
    expect(run(cueBefore, value, 'een kans')).toBeUndefined()
  })
})

describe('cue-later', () => {
  it('takes a cue after a comma later in the sentence', () => {
    expect(run(cueLater, 'Het wordt ‘een lange zomer’ voor de wijk, denkt Ria Smit.', 'lange zomer')).toMatchObject({name: 'Ria Smit', method: 'cue', cue: 'denkt'})
  })
  it('leaves a quote that opens its sentence to cue-after', () => {
    expect(run(cueLater, '„Een lange zomer”, denkt Ria Smit.', 'lange zomer')).toBeUndefined()
  })
})

describe('cue-later after zoals', () => {
  it('takes the subject of a zoals clause whose verb ends it, an object between (`zoals de club de derby vooraf aanprees`)', () => {
    expect(run(cueLater, 'Het werd geen ‘wedstrijd van het seizoen’, zoals de club de derby vooraf aanprees.', 'wedstrijd')).toMatchObject({name: 'de club', method: 'cue'})
    expect(run(cueLater, 'Het werd geen ‘wedstrijd van het seizoen’, zoals de club de derby vooraf noemde.', 'wedstrijd')).toMatchObject({name: 'de club', method: 'cue'})
  })
})

describe('cue-next-sentence', () => {
  it('takes the subject of `Dat zegt …` after the quote', () => {
    expect(run(cueNextSentence, '„We gaan door.” Dat zegt voorzitter Ria Smit.', 'gaan door')).toEqual({name: 'Ria Smit', method: 'cue', cue: 'zegt', local: false})
  })
  it('not one who answers a question (`„…?” Smit antwoordde dat …`): he did not ask it', () => {
    expect(run(cueNextSentence, 'Ria Smit leidt de commissie.\n\n„Wie anders dan u?” Smit antwoordde dat hij het niet wist.', 'anders dan u')).toBeUndefined()
  })
  it('takes a name with a cue that reports what went before', () => {
    expect(run(cueNextSentence, 'Ria Smit leidt de bond.\n\n„Het is te duur.” Smit zegt dat al jaren.', 'te duur')).toMatchObject({name: 'Ria Smit', method: 'cue'})
  })
  it('takes whose words they were after `van` (`Die woorden kwamen van …`)', () => {
    expect(run(cueNextSentence, '„Dit plan deugt niet.” Die woorden kwamen van raadslid Kees Mol.', 'plan deugt')).toMatchObject({name: 'Kees Mol', method: 'cue', cue: 'kwamen'})
  })
  it('takes the subject after `Met die woorden` and a verb (`Met die woorden reageerde …`)', () => {
    expect(run(cueNextSentence, '„Dit plan deugt niet.” Met die woorden reageerde raadslid Kees Mol op de begroting.', 'plan deugt')).toMatchObject({name: 'Kees Mol', method: 'cue', cue: 'reageerde'})
  })
})

describe('relative-clause', () => {
  it('takes the antecedent of `die … schreef`', () => {
    expect(run(relativeClause, 'De school schorste een leerling die ‘weg met de toetsen’ schreef.', 'weg met')).toMatchObject({name: 'een leerling', method: 'cue', cue: 'schreef'})
  })
})

describe('subject', () => {
  it('takes the person who opens the sentence', () => {
    expect(run(subject, 'Ria Smit ziet in het besluit ‘pure onwil’ van de minister.', 'pure onwil')).toMatchObject({name: 'Ria Smit', method: 'subject'})
  })
  it('not in a question', () => {
    expect(run(subject, 'Vindt Ria Smit het plan echt ‘pure onwil’?', 'pure onwil')).toBeUndefined()
  })
})

describe('introduction', () => {
  it('takes the speaker of a paragraph that ends in a colon', () => {
    expect(run(introduction, 'Ria Smit legt uit:\n\n„Eerst de school, dan de rest.”', 'Eerst de school')).toMatchObject({name: 'Ria Smit', method: 'introduction'})
  })
})

describe('answer', () => {
  const value = 'Ria Smit is al dertig jaar bakker.\n\nHoe begon het?\n\n„Met een krant en een fiets.”'
  it('gives the answer after a question to the interviewee', () => {
    expect(run(answer, value, 'een fiets', (article) => ({interviewee: entity(article, 'Ria Smit'), answers: 1}))).toMatchObject({name: 'Ria Smit', method: 'carry-over'})
  })
  it('needs an interviewee', () => {
    expect(run(answer, value, 'een fiets')).toBeUndefined()
  })
})

describe('introduced-after', () => {
  const value = '„We sluiten in mei”, zegt Ria Smit.\n\n„Dat is veel te vroeg.” Kees Mol, voorzitter van de huurders, is er kort over.'
  it('gives a cueless quote opening its paragraph to the person named for the first time right after it', () => {
    expect(run(introducedAfter, value, 'te vroeg', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}}))).toEqual({name: 'Kees Mol', method: 'context', cue: null, local: false})
  })
  it('not for a person named before the quote', () => {
    const text = '„We sluiten in mei”, zegt Ria Smit. Kees Mol luistert.\n\n„Dat is veel te vroeg.” Kees Mol is er kort over.'
    expect(run(introducedAfter, text, 'te vroeg')).toBeUndefined()
  })
  it('not for words that go on with someone\'s (`„Maar …”`), nor for several people named together', () => {
    const going = '„We sluiten in mei”, zegt Ria Smit.\n\n„Maar het is te vroeg.” Kees Mol is er kort over.'
    expect(run(introducedAfter, going, 'te vroeg')).toBeUndefined()
    const together = '„We sluiten in mei”, zegt Ria Smit.\n\n„Dat is te vroeg.” Kees Mol (PvdA) en Anna Kok (D66) zijn het eens.'
    expect(run(introducedAfter, together, 'te vroeg')).toBeUndefined()
  })
  it('not for a quote inside its paragraph', () => {
    const text = '„We sluiten in mei”, zegt Ria Smit.\n\nDe huurders zijn boos. „Dat is te vroeg.” Kees Mol is er kort over.'
    expect(run(introducedAfter, text, 'te vroeg')).toBeUndefined()
  })
})

describe('newer-person', () => {
  const value = '„Het kan beter”, zegt Ria Smit.\n\nHet tegenvoorstel komt van wethouder Kees Mol. „Waar blijft het geld?”'
  it('gives the quote to a person named since the speaker last spoke', () => {
    expect(run(newerPerson, value, 'het geld', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}, since: value.indexOf('\n')}))).toMatchObject({name: 'Kees Mol', method: 'context'})
  })
  it('needs someone talking', () => {
    expect(run(newerPerson, value, 'het geld')).toBeUndefined()
  })
  it('leaves the speaker talking when a pronoun only she can be is the subject of the newer name\'s sentence', () => {
    const text = '„Het kan beter”, zegt Ria Smit.\n\nIn haar rapport beschrijft ze hoe wethouder Kees Mol het plan uitstelde. „Waar blijft het geld?”'
    expect(run(newerPerson, text, 'het geld', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}, since: text.indexOf('\n')}))).toBeUndefined()
  })
  it('leaves the speaker talking when she is the subject after a fronted word and the verb of the newer name\'s sentence (`Daarin bedankt Ria Smit haar buren, onder wie Kees Mol.`)', () => {
    const text = '„Het kan beter”, zegt Piet Bos.\n\nDaarin bedankt Ria Smit haar buren, onder wie Kees Mol. „Zonder hen was het niet gelukt.”'
    expect(run(newerPerson, text, 'niet gelukt', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}, since: text.indexOf('\n')}))).toBeUndefined()
  })
  it('leaves the speaker talking over a name of the same gender in a phrase after her pronoun (`ze werd geholpen door Eva Kok`), not after a cue’s pronoun', () => {
    const text = '„Het kan beter”, zegt verpleegkundige Eva Kok.\n\nAnna Vos (31) beviel vorig jaar. Het ging mis: ze verloor bloed en werd geholpen door Kok. „Zonder haar was het anders gelopen.”'
    expect(run(newerPerson, text, 'anders gelopen', (article) => ({current: {entity: entity(article, 'Anna Vos'), section: 1}, since: text.indexOf('Anna')}))).toBeUndefined()
    const cue = '„Het kan beter”, zegt Piet Bos.\n\n„Wie reageert?”, vraagt hij. Daarna volgt de reactie van minister Kees Mol. „Wij kijken ernaar.”'
    expect(run(newerPerson, cue, 'kijken ernaar', (article) => ({current: {entity: entity(article, 'Piet Bos'), section: 1}, since: cue.indexOf('\n')}))).toMatchObject({name: 'Kees Mol', method: 'context'})
  })
  it('leaves the speaker talking over a name in a phrase of a sentence that opens with her role (`De wethouder kreeg hulp van Kees Mol.`)', () => {
    const text = '„Het plan is klaar”, zegt wethouder Anna de Wit.\n\nDe wethouder kreeg hulp van Kees Mol van de provincie. „We beginnen in mei.”'
    expect(run(newerPerson, text, 'beginnen in mei', (article) => ({current: {entity: entity(article, 'Anna de Wit'), section: 1}, since: text.indexOf('\n')}))).toBeUndefined()
  })
  it('leaves the speaker talking over a name joined to his object pronoun (`gericht op hem en zijn adjunct Kees Mol`)', () => {
    const text = '„Het kan beter”, zegt Anna Vos.\n\nPartijleider Piet Bos zei de kritiek te begrijpen. De campagne was gericht op hem en zijn adjunct Kees Mol. „Toch staat alles op de website.”'
    expect(run(newerPerson, text, 'op de website', (article) => ({current: {entity: entity(article, 'Piet Bos'), section: 1}, since: text.indexOf('Partijleider')}))).toBeUndefined()
  })
  it('leaves the speaker talking over a name in a phrase when her paragraph goes on about her (`Ze wil … De partij van Piet Smit …`, `door Piet Smit, haar voorganger`)', () => {
    const before = '„Het kan beter”, zegt wethouder Sanne Bos.\n\nZe wil het plan in mei aan de raad voorleggen. De partij van Piet Smit stemt tegen.\n\n„We gaan door.”'
    expect(run(newerPerson, before, 'gaan door', (article) => ({current: {entity: entity(article, 'Sanne Bos'), section: 1}, since: before.indexOf('\n')}))).toBeUndefined()
    const after = '„Het kan beter”, zegt wethouder Sanne Bos.\n\nHet plan werd vorig jaar bedacht door Piet Smit, haar voorganger.\n\n„We gaan door.”'
    expect(run(newerPerson, after, 'gaan door', (article) => ({current: {entity: entity(article, 'Sanne Bos'), section: 1}, since: after.indexOf('\n')}))).toBeUndefined()
    const own = '„Het kan beter”, zegt wethouder Sanne Bos.\n\nDe partij van Piet Smit stemt tegen.\n\n„We gaan door.”'
    expect(run(newerPerson, own, 'gaan door', (article) => ({current: {entity: entity(article, 'Sanne Bos'), section: 1}, since: own.indexOf('\n')}))).toMatchObject({name: 'Piet Smit'})
  })
  it('leaves the speaker talking over her family named in passing (`toen haar dochter Fleur …`), not over family that opens a sentence', () => {
    const inPassing = '„Ik brei altijd”, zegt Ria Smit.\n\nHet begon toen haar dochter Fleur Smit te vroeg werd geboren. „Die mutsjes kon ik beter.”'
    expect(run(newerPerson, inPassing, 'mutsjes', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}, since: inPassing.indexOf('\n')}))).toBeUndefined()
    const opening = '„Ik brei altijd”, zegt Ria Smit.\n\nHaar dochter Fleur Smit zit ernaast. „Ik kan het niet.”'
    expect(run(newerPerson, opening, 'kan het niet', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}, since: opening.indexOf('\n')}))).toMatchObject({name: 'Fleur Smit'})
  })
})

describe('carry-over', () => {
  const value = '„We gaan door”, zegt Ria Smit. „Opgeven is geen optie.”'
  it('gives the quote to the speaker who is talking', () => {
    expect(run(carryOver, value, 'geen optie', (article) => ({current: {entity: entity(article, 'Ria Smit'), section: 1}}))).toEqual({name: 'Ria Smit', method: 'carry-over', cue: null, local: false})
  })
  it('finds no one when no one is talking', () => {
    expect(run(carryOver, value, 'geen optie')).toBeUndefined()
  })
  it('gives words that speak of the one talking as their own family (`mijn zoon`) to the one who spoke before them', () => {
    const text = '„We zijn blij”, zegt Sanne Bos (45).\n\nHaar zoon Tim Bos speelt in het team.\n\n„Mijn zoon traint elke dag.”'
    const state = (article: Article) => ({current: {entity: entity(article, 'Tim Bos'), section: 1}, used: new Set([entity(article, 'Sanne Bos'), entity(article, 'Tim Bos')])})
    expect(run(carryOver, text, 'traint', state)).toMatchObject({name: 'Sanne Bos', method: 'carry-over'})
    expect(run(carryOver, text.replace('Mijn zoon', 'Mijn trainer'), 'traint', state)).toMatchObject({name: 'Tim Bos'})
  })
})

describe('nearest-person', () => {
  it('takes the person named last', () => {
    expect(run(nearestPerson, 'Het feest is bij Kees Mol thuis. „Zo druk was het nog nooit.”', 'Zo druk')).toMatchObject({name: 'Kees Mol', method: 'context'})
  })
  it('takes the one a subject pronoun stands for when the person named last is only in a phrase after it', () => {
    const text = 'Piet Bos (90) fietst nog elke dag.\n\nZijn eerste fiets kocht hij als knecht bij boer Kees Mol. „Honderd gulden was dat.”'
    expect(run(nearestPerson, text, 'Honderd gulden')).toMatchObject({name: 'Piet Bos', method: 'context'})
  })
})

describe('other-party', () => {
  const value = 'Kees Mol (80) ligt in bed. Naast hem zit zijn vrouw Els Mol.\n\n„Ik wilde niet gaan.”\n\n„Dat zegt hij altijd.”\n\n„Het gaat wel, Kees.”'
  it('gives words that name the one talking to the person named last before them, someone else', () => {
    expect(run(otherParty, value, 'gaat wel', (article) => ({current: {entity: entity(article, 'Kees Mol'), section: 1}}))).toMatchObject({name: 'Els Mol', method: 'context'})
  })
  it('not when the words do not name the one talking', () => {
    expect(run(otherParty, value, 'altijd', (article) => ({current: {entity: entity(article, 'Kees Mol'), section: 1}}))).toBeUndefined()
  })
})

describe('question-reply', () => {
  const value = '„Het is koud hier”, zegt Kees Mol. Zijn vrouw Els Mol kijkt op. „Wil je een jas?” „Nee, het gaat wel.”\n\n„Wil je een jas?”, vraagt ze. „Nee.”'
  const state = (article: Article) => ({current: {entity: entity(article, 'Els Mol'), section: 1}, used: new Set([entity(article, 'Kees Mol'), entity(article, 'Els Mol')])})
  it('gives words right after a quoted question to the one who spoke before the asker', () => {
    expect(run(questionReply, value, 'het gaat wel', state)).toMatchObject({name: 'Kees Mol', method: 'context'})
  })
  it('not when the writer’s words stand between them', () => {
    expect(run(questionReply, value, 'Nee.', state)).toBeUndefined()
  })
})

describe('section-carry', () => {
  const value = '„We gaan door”, zegt wethouder Sanne Smit.\n\nGeen geld\n\n„Het budget is op.”'
  const state = (article: Article) => ({previous: {entity: entity(article, 'Sanne Smit'), section: 1}})
  it('gives words that open a section with no one named yet to the one talking when the subheading came', () => {
    expect(run(sectionCarry, value, 'budget', state)).toMatchObject({name: 'Sanne Smit', method: 'carry-over'})
  })
  it('not when someone or a body is named in the section before the words, nor for a fragment', () => {
    expect(run(sectionCarry, value.replace('Geen geld\n\n', 'Geen geld\n\nOok Piet Bos is er.\n\n'), 'budget', state)).toBeUndefined()
    expect(run(sectionCarry, value.replace('„Het budget is op.”', '‘Budgetloos’'), 'Budgetloos', state)).toBeUndefined()
    // (Nor after a body named there, as in a roundup of short items.)
    expect(run(sectionCarry, value.replace('Geen geld\n\n', 'Geen geld\n\nHet Stadsmuseum is weer open. '), 'budget', state)).toBeUndefined()
  })
})

describe('next-person', () => {
  const value = '„Dit dorp is mijn hele leven.”\n\nDat vindt Kees Mol, die er is geboren.'
  it('takes the first person named after an opening quote', () => {
    expect(run(nextPerson, value, 'hele leven')).toMatchObject({name: 'Kees Mol', method: 'context'})
  })
  it('not when someone is talking already', () => {
    expect(run(nextPerson, value, 'hele leven', (article) => ({current: {entity: entity(article, 'Kees Mol'), section: 1}}))).toBeUndefined()
  })
  it('a paragraph further for words that end their sentence, not for a fragment', () => {
    const later = '„Dit had nooit mogen gebeuren.”\n\nDe brug is ingestort. Niemand raakte gewond.\n\nBurgemeester Sanne Bos is geschokt.'
    expect(run(nextPerson, later, 'nooit mogen')).toMatchObject({name: 'Sanne Bos', method: 'context'})
    const fragment = '‘Rampzalig’\n\nDe brug is ingestort. Niemand raakte gewond.\n\nBurgemeester Sanne Bos is geschokt.'
    expect(run(nextPerson, fragment, 'Rampzalig')).toBeUndefined()
  })
})

describe('subject with a place after its name', () => {
  it('reads past `in` and the place to the copula (`Het Kopland College in Ede is ‘…’`)', () => {
    expect(run(subject, 'Er werd ingebroken.\n\nHet Kopland College in Ede is ‘enorm geschrokken’ van de inbraak.', 'enorm geschrokken')).toMatchObject({name: 'Kopland College', method: 'subject'})
  })
})

describe('subject with a copula', () => {
  it('gives what a subject is or feels to that subject (`Omwonenden zijn ‘woedend’ …`)', () => {
    expect(run(subject, 'Het besluit valt slecht. Omwonenden zijn ‘woedend’ over de komst van de fabriek.', 'woedend')).toMatchObject({name: 'Omwonenden', method: 'subject'})
  })
  it('not when the copula is far from the quote, nor for a subject that is no source (`Het plan is volgens velen ‘klaar’`)', () => {
    expect(run(subject, 'De wijk is al jaren van slag. Het plan is volgens velen ‘klaar’.', 'klaar')).toBeUndefined()
  })
})

describe('described-as', () => {
  it('gives what someone describes a thing as to the describing verb’s subject', () => {
    expect(run(describedAs, 'Hij werd belaagd door wat de omroep omschreef als ‘buurtwachten’.', 'buurtwachten')).toMatchObject({name: 'de omroep', method: 'cue', cue: 'omschreef'})
    expect(run(describedAs, 'De bond betitelde hem toen nog als ‘dwarsligger’.', 'dwarsligger')).toMatchObject({name: 'De bond', method: 'cue'})
  })
  it('finds nothing without a describing verb before `als`', () => {
    expect(run(describedAs, 'Hij werkte jaren als ‘klusjesman’ in de haven.', 'klusjesman')).toBeUndefined()
  })
  it('gives what someone calls a thing (`wat de bond de ‘…’ noemt`) to the subject after `wat`', () => {
    expect(run(describedAs, 'De school is nu wat de directie ‘schermvrij’ noemt.', 'schermvrij')).toMatchObject({name: 'de directie', method: 'cue', cue: 'noemt'})
    expect(run(describedAs, 'Ria Smit ergert zich aan wat Smit de ‘feestindustrie’ noemde.', 'feestindustrie')).toMatchObject({name: 'Ria Smit', cue: 'noemde'})
    expect(run(describedAs, 'Ria Smit ergert zich aan de ‘feestindustrie’ in de stad.', 'feestindustrie')).toBeUndefined()
  })
  it('past an object between the subject and the quote (`dat Bos het plan ‘een gok’ noemde`), before the sentence’s own cue', () => {
    const value = 'Sanne Bos en Piet Smit zitten in de raad.\n\nSmit zegt dat Bos het plan ‘een gok’ noemde.'
    expect(run(describedAs, value, 'een gok')).toMatchObject({name: 'Sanne Bos', method: 'cue', cue: 'noemde'})
    const fronted = 'Sanne Bos en Piet Smit zitten in de raad.\n\nDat Bos het plan ‘een zegen’ noemt, vindt Smit vreemd.'
    expect(run(describedAs, fronted, 'een zegen')).toMatchObject({name: 'Sanne Bos'})
  })
})
