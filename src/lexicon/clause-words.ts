/**
 * Small closed classes of Dutch words that tell the attribution rules how a clause is built:
 * what may stand between a verb and its subject, what may open a sentence before its subject,
 * what opens a subordinate clause or a relative one, what opens a sentence whose verb comes
 * next, and the prepositions that put a name inside a phrase or front a source.
 * Source: hand-kept from Dutch grammar (the adverbs, conjunctions, prepositions, relative
 * pronouns and word order of the Algemene Nederlandse Spraakkunst, ANS, ch. 8, 10 and 21).
 * Hand-kept data.
 */

import {singularStandingForms, turningOutForms} from './verb-classes.js'

/** Words that may stand between a cue verb and its subject: `zegt er nog`, `voegde hij eraan toe`. */
export const cueFillers: ReadonlySet<string> = new Set([
  'er', 'eraan', 'nog', 'ook', 'dan', 'wel', 'echter', 'desgevraagd', 'daarover', 'later', 'vervolgens', 'tevens',
  'verder', 'nu', 'toen', 'zo', 'immers', 'bovendien', 'zelf', 'dus', 'achteraf', 'eerder', 'lachend', 'stellig', 'droog'
])

/** Words that may open a sentence before its subject: `Ook Bakker vindt …`, `Maar de bakker ziet …`. */
export const sentenceOpeners: ReadonlySet<string> = new Set(['ook', 'maar', 'en', 'toch', 'zelfs', 'ondertussen', 'intussen', 'inmiddels', 'weer'])

/** Words that join a new clause after a comma (`…, waarop Van Houten riep: …`): its subject is the colon's speaker. */
export const clauseJoiners: ReadonlySet<string> = new Set(['waarop', 'waarna', 'en', 'maar', 'waarbij', 'terwijl', 'toen'])

/** Coordinating conjunctions that join a main clause with its own subject (ANS §10.3: `en`, `maar`, `want`, `doch`). */
export const coordinators: ReadonlySet<string> = new Set(['en', 'maar', 'want', 'doch'])

/** Conjunctions that open a quote going on with someone's words (`„Maar …”`, `„En …”`, `„Want …”`). Hand-kept. */
export const continuingOpeners: ReadonlySet<string> = new Set(['maar', 'en', 'want', 'dus', 'toch'])

/**
 * Conjunctions besides `subordinators` that open a clause whose verb comes last (`toen`, `als`).
 * (Not `dat` or `of`: after a cue they open reported speech, whose words are the cue's subject's,
 * `bevestigt dat haar cliënt ‘…’ erkent`.)
 */
export const clauseConjunctions: ReadonlySet<string> = new Set(['toen', 'als'])

/** Subordinating conjunctions: a clause after one has its own subject. */
export const subordinators: ReadonlySet<string> = new Set([
  'doordat', 'omdat', 'terwijl', 'nadat', 'voordat', 'zodat', 'hoewel', 'aangezien', 'zodra', 'totdat', 'wanneer', 'indien', 'tenzij', 'alsof'
])

/**
 * Relative pronominal adverbs that open a clause with a subject of its own (`een brief waarin
 * de bond sprak van ‘…’`, `de vergadering waarop de wethouder zei …`). Hand-kept (ANS §5.8).
 */
export const relativeAdverbs: ReadonlySet<string> = new Set(['waarin', 'waarop', 'waarbij', 'waarover', 'waarvan', 'waarna', 'waaruit', 'waardoor'])

/**
 * Words that open a subordinate clause fronted before the main clause (`Toen Bos thuiskwam, zag
 * hij …`, `Wat Bos gaat doen, weet hij niet`): the conjunctions and the question words that
 * open an indirect question (ANS §10.3).
 */
export const frontedClauseOpeners: ReadonlySet<string> = new Set([...subordinators, 'toen', 'als', 'wat', 'hoe', 'waarom', 'waar', 'of'])

/** Words that open a sentence whose verb comes next (`Dat zegt de bakker`, `Zo zei hij`). */
export const frontWords: ReadonlySet<string> = new Set(['dat', 'dit', 'zo', 'daarom', 'aldus', 'daarover', 'hierover', 'wat'])

/** Prepositions that tie a role to where it is held: `woordvoerder van`, `medewerker bij`, `namens`. */
export const rolePrepositions: ReadonlySet<string> = new Set(['van', 'voor', 'bij', 'uit', 'namens'])

/**
 * Words that open a phrase of time or place put before the verb (`Rond tienen brengt …`,
 * `Gisteravond sprak …`, `Tijdens het debat zei …`): after such a phrase the subject follows the
 * finite verb. Prepositions of time and place, and adverbs of time (ANS §8.4, word order with a
 * fronted adjunct); the prepositions of `subjectPrepositions` are asked apart.
 */
export const frontingWords: ReadonlySet<string> = new Set([
  'rond', 'rondom', 'na', 'tijdens', 'sinds', 'vanaf', 'tot', 'onder', 'boven', 'tussen', 'naast', 'achter', 'binnen',
  'buiten', 'langs', 'zonder', 'vanuit', 'tegenover', 'gisteren', 'gisteravond', 'gistermiddag', 'gisterochtend', 'vandaag',
  'vanochtend', 'vanmorgen', 'vanmiddag', 'vanavond', 'vannacht', 'morgen', 'eerder', 'later', 'daarna', 'inmiddels',
  // Sentence adverbs in first place invert subject and verb too (ANS §8.4): `Zelf heeft ze andere
  // plannen`, `Toch blijft hij optimistisch`.
  'zelf', 'toch', 'nu', 'daarom', 'eigenlijk', 'gelukkig', 'helaas', 'uiteindelijk', 'misschien', 'soms', 'vaak', 'nooit',
  'altijd', 'natuurlijk', 'waarschijnlijk', 'thuis', 'vervolgens', 'opnieuw',
  // Pronominal adverbs of a thing just named (`Daarin richt Mol zich tot …`).
  'daarin', 'daarop', 'daarbij', 'daarmee', 'daarover', 'daarvoor', 'hierin', 'hiermee', 'hierover',
  // Adverbs of place in first place, as a scene moves on (`Verderop staat Eva Kok bij het hek.`).
  'verderop', 'elders', 'ginds', 'daarginds', 'ernaast', 'daarnaast', 'achterin', 'voorin', 'beneden',
  // More prepositions and adverbs of place, and of cause and concession (`Halverwege de rij staat
  // een man`, `Ondanks de regen blijft de bond optimistisch`).
  'halverwege', 'midden', 'vooraan', 'achteraan', 'bovenaan', 'onderaan', 'ondanks', 'dankzij', 'vanwege', 'wegens', 'namens',
  // Adverbs of place and time that point back (`Daar moet ze om lachen.`, `Toen zag hij …`).
  'daar', 'hier',
  // More adverbs of time (ANS §8.4): `Sindsdien wacht hij op een datum.`, `Intussen zoekt ze …`.
  'sindsdien', 'intussen', 'ondertussen', 'destijds', 'vroeger', 'tegenwoordig', 'straks', 'binnenkort', 'onlangs',
  // And of a scene's next moment (`Dan schuifelt Aaltje Mulder binnen.`, `Ineens staat …`).
  'dan', 'ineens', 'opeens', 'plots', 'plotseling', 'eerst',
  // The days of the week, alone or with a part of the day (`Dinsdagavond zei hij …`).
  ...['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'].flatMap((day) => [day, ...['ochtend', 'middag', 'avond', 'nacht'].map((part) => day + part)])
])

/** Prepositions and articles before a name that put it inside a phrase (`de Ronde van Drenthe`, `met Rutte`). */
export const prepositionsAndArticles: ReadonlySet<string> = new Set(['de', 'het', 'een', 'in', 'op', 'aan', 'bij', 'met', 'van', 'voor', 'naar', 'over', 'uit', 'tegen', 'door'])

/** Prepositions that may govern a name, directly or through an article and adjectives (`tussen Nederland en de VS`). */
export const governingPrepositions: ReadonlySet<string> = new Set(['van', 'voor', 'bij', 'in', 'op', 'aan', 'met', 'naar', 'over', 'uit', 'tegen', 'door', 'om', 'tot', 'na', 'zonder', 'via', 'namens', 'tussen'])

/**
 * Words after a speech verb that open no subject (`Matchme schrijft dat …`, `… schrijft in zijn
 * voorwaarden`): the name before the verb was its subject (a plural role there is no name: `Critici stellen dat`).
 */
export const notSubjectOpeners: ReadonlySet<string> = new Set(['dat', 'in', 'op', 'tegen', 'via', 'bij', 'tijdens', 'namens'])

/** Relative pronouns and adverbs ending in `-e`, which the adjectives' test would pass over. */
export const relativeWords: ReadonlySet<string> = new Set(['die', 'deze', 'welke', 'waarmee', 'hiermee', 'daarmee'])

/** Prepositions after `klinkt het` that name where the words come from. */
export const soundSourcePrepositions: ReadonlySet<string> = new Set(['bij', 'uit', 'vanuit', 'in'])

/**
 * The prepositions that front a source, with the verbs that follow it, and whether only a
 * document may stand there (`In de zaal staat …` is a place): `Uit het rapport blijkt …`,
 * `In de brief staat …`.
 */
export const frontedSources: ReadonlyMap<string, {verbs: ReadonlySet<string>; documentOnly: boolean}> = new Map([
  ['uit', {verbs: turningOutForms, documentOnly: false}],
  ['in', {verbs: singularStandingForms, documentOnly: true}]
])

/**
 * Words that open an apposition or a relative clause after a role subject and a comma. Hand-kept;
 * the relative pronouns and pronominal adverbs after ANS §5.8 (`Een moeder, wier zoon …`,
 * `Een boer, waarvan de schuur …`).
 */
export const appositionOpeners: ReadonlySet<string> = new Set(['een', 'die', 'zelf', 'ooit', 'sinds', 'wiens', 'wier', 'waarvan', 'waarmee', 'waarbij', 'waarin', 'waarop', 'waaraan'])

/** Prepositions that open a relative clause before `wie` (`Een moeder, van wie twee kinderen ziek zijn, …`; ANS §5.8). Hand-kept. */
export const relativePrepositions: ReadonlySet<string> = new Set(['van', 'met', 'bij', 'voor', 'aan', 'op', 'naar', 'over', 'door', 'tegen', 'zonder', 'naast', 'achter', 'onder'])

/** Determiners, focus particles and the conjunction `dat` before which a verb's past form in `-de` or `-te` is an adjective when a role noun follows. Hand-kept. */
export const attributiveBefore: ReadonlySet<string> = new Set(['de', 'het', 'een', 'dat', 'die', 'deze', 'zijn', 'haar', 'hun', 'onze', 'elke', 'iedere', 'veel', 'alle', 'geen', 'alleen', 'enkel', 'slechts', 'vooral'])

/** Words before an article that keep it in the fronted phrase, beside `subjectPrepositions` (`Naast de bank`, `Tijdens de zitting`). Hand-kept. */
export const inFrontedPhrase: ReadonlySet<string> = new Set(['de', 'het', 'tot', 'naast', 'achter', 'onder', 'boven', 'tussen', 'na', 'zonder', 'sinds', 'tijdens', 'en', 'of'])
