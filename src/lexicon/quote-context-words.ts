/**
 * Dutch words around a quote that tell its kind (direct, partial or scare): what may resume or
 * follow a quote that is a sentence of its own, the nouns whose quoted complement is a name or
 * what was said, what makes a quoted word a term, and the small words of a title.
 * Source: hand-kept from Dutch news usage, by the closed classes of the Algemene Nederlandse
 * Spraakkunst (ANS: articles, pronouns, conjunctions and prepositions). Hand-kept data.
 */

import {namingForms} from './verb-classes.js'

/** Words after which the quote opening a sentence is not the sentence's speech: `‘…’, dat is …`. */
export const quoteResumers: ReadonlySet<string> = new Set(['dat', 'die', 'dit', 'deze', 'en', 'of', 'maar', 'want', 'zoals', 'de', 'het', 'een', 'waarna', 'waarmee'])

/** `bekendstaan` and `heten`, in `zoals … bekendstaat`: what a thing is called, by no one in particular. */
export const knownAsWords: ReadonlySet<string> = new Set(['bekend', 'bekendstaat', 'bekendstaan', 'bekendstond', 'bekendstonden', ...namingForms])

/** Words that may follow a quote that is a sentence of its own: `‘…’ en ‘…’`, `„…” zo zei hij`. */
export const quoteFollowers: ReadonlySet<string> = new Set(['en', 'of', 'zo', 'zei', 'aldus'])

/** Nouns whose quoted complement is their name or title: `de stichting ‘…’`, `het woord ‘…’`. */
export const namingNouns: ReadonlySet<string> = new Set([
  'stichting', 'vereniging', 'organisatie', 'bedrijf', 'partij', 'project', 'programma', 'campagne', 'actie', 'operatie',
  'boek', 'film', 'serie', 'documentaire', 'lied', 'album', 'motto', 'slogan', 'term', 'woord', 'begrip', 'titel',
  'thema', 'naam', 'bijnaam', 'motie', 'wet', 'app', 'website', 'festival', 'voorstelling', 'tentoonstelling', 'rubriek',
  'groep', 'beweging', 'platform', 'leus', 'hashtag', 'noemer',
  // A word or a line quoted as such (`het codewoord ‘…’`, `De zin ‘…’ keert terug`).
  'codewoord', 'wachtwoord', 'trefwoord', 'zin', 'zinnetje', 'regel', 'refrein'
])

/** Nouns for a name, before a colon that announces it (`kreeg een bijnaam: ‘…’`). */
export const nameNouns: ReadonlySet<string> = new Set(['naam', 'bijnaam', 'titel', 'werktitel', 'motto', 'slogan', 'leus', 'term', 'etiket'])

/** The verbs that say what a name is (`Het motto is ‘…’`, `De titel luidt ‘…’`). */
export const nameCopulas: ReadonlySet<string> = new Set(['is', 'was', 'luidt', 'luidde', 'wordt', 'werd'])

/** The naming nouns of bodies and laws, whose names are written with a capital (`de partij ‘Nieuw Begin’`). */
export const bodyNamingNouns: ReadonlySet<string> = new Set(['stichting', 'vereniging', 'organisatie', 'bedrijf', 'partij', 'groep', 'beweging', 'platform', 'wet', 'motie'])

/**
 * Naming nouns that keep their sense as the last part of a compound (`actiegroep`,
 * `bouwproject`, `verkiezingsslogan`, `Omgevingswet`); not `actie` (`reactie`) nor `woord` (`antwoord`).
 */
export const namingHeads: readonly string[] = [
  'stichting', 'vereniging', 'organisatie', 'bedrijf', 'partij', 'project', 'programma', 'campagne', 'operatie', 'boek',
  'film', 'serie', 'lied', 'album', 'slogan', 'titel', 'naam', 'wet', 'festival', 'voorstelling', 'tentoonstelling',
  'groep', 'beweging', 'platform'
]

/**
 * Nouns for something said, whose quoted complement is what was said: `haar antwoord, ‘…’`.
 * (Fewer than `utteranceNouns` of utterance-nouns.ts, which tell that a sentence reports speech.)
 */
export const quotedUtteranceNouns: ReadonlySet<string> = new Set(['woorden', 'uitspraak', 'antwoord', 'oproep', 'verklaring', 'mededeling'])

/**
 * Words after which a quoted word (maybe after one adjective) is a noun, a term (`de
 * ‘rampplek’`, `een cruciale ‘verzekeringspolis’`): articles, demonstratives, possessives, and `als`.
 */
export const termOpeners: ReadonlySet<string> = new Set(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'zijn', 'haar', 'hun', 'als'])

/** The small words of a name or title, which stay lower case in it (`‘Huis van de Wijk’`). */
export const titleSmallWords: ReadonlySet<string> = new Set(['van', 'de', 'het', 'der', 'den', 'voor', 'en', 'of', 'in', 'op', 'aan', 'met', 'bij', 'uit', 'tot', 'een', "'t", 'te'])

/** `zogenoemd`, `zogeheten`, `zogenaamd`: the quoted word after them is a term, not speech. */
export const soCalledWords: ReadonlySet<string> = new Set(['zogenoemde', 'zogenoemd', 'zogeheten', 'zogenaamde', 'zogenaamd', 'zgn'])

/**
 * Small words a writer quotes on their own to point at them, not to report them: the modal and
 * focus particles (`was de woning ‘toevallig’ verkocht`, `het gaat ‘slechts’ om drie`) and the
 * personal and possessive pronouns and articles (`in ‘zijn’ café`). Quoted alone they are
 * irony or emphasis, a scare quote, not a fragment of what someone said.
 * Source: the modal particles (ANS §8.8, `modale partikels`) and focus particles (ANS §8.4,
 * `focuspartikels`) of the Algemene Nederlandse Spraakkunst, the personal and possessive
 * pronouns (ANS §5.2, §5.3) and the articles. Adverbs that are also ordinary adjectives
 * (`best`, `rustig`, `zeker`) are left out: `‘rustig’` may be a judgement quoted.
 */
export const pointedWords: ReadonlySet<string> = new Set([
  // modal particles
  'gewoon', 'toevallig', 'even', 'eens', 'maar', 'toch', 'wel', 'nou', 'hoor', 'immers', 'heus', 'nu', 'dan', 'ook',
  // focus particles
  'slechts', 'alleen', 'enkel', 'pas', 'zelfs', 'nog', 'al', 'juist', 'uitgerekend', 'precies',
  // personal and possessive pronouns, articles
  'ik', 'mij', 'me', 'mijn', 'jij', 'je', 'jou', 'jouw', 'u', 'uw', 'hij', 'hem', 'zijn', 'zij', 'ze', 'haar', 'wij', 'we',
  'ons', 'onze', 'jullie', 'hun', 'hen', 'zich', 'zichzelf', 'de', 'het', 'een'
])

/**
 * Subjects after which `zijn` is the verb, not the possessive (`het zijn ‘…’ uitspraken`, `er
 * zijn ‘…’`, `wij zijn ‘…’`): the quote after it is then no noun after a determiner. (`ze`,
 * `die` and `dat` are left out: `toen ze zijn ‘vriend’ zag`, `zegt dat zijn ‘plan’ …`.)
 * Source: the personal pronouns and `er` of the ANS (§5.2, §8.3), hand-picked. Hand-kept data.
 */
export const copulaSubjects: ReadonlySet<string> = new Set(['het', 'dit', 'er', 'wij', 'we', 'jullie'])

/**
 * Interjections and sound words (`met ‘oehs’ en ‘aahs’ reageert de zaal`, `een ‘boem’`): quoted
 * alone inside the writer's sentence they are a sound, not a fragment of what someone said.
 * Source: the interjections and onomatopoeia of the Algemene Nederlandse Spraakkunst (ANS
 * ch. 12, `tussenwerpsels`), hand-picked. Hand-kept data.
 */
export const soundWords: ReadonlySet<string> = new Set([
  'ah', 'aah', 'oh', 'ooh', 'oeh', 'oef', 'oei', 'oeps', 'au', 'auw', 'ai', 'bah', 'jakkes', 'hoera', 'joepie', 'jippie',
  'boe', 'sst', 'pst', 'paf', 'pang', 'boem', 'knal', 'plof', 'krak', 'hm', 'hmm', 'poeh', 'wauw', 'jee', 'tja', 'ahum'
])
