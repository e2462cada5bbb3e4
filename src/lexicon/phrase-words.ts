/**
 * Dutch words the reader of a source's noun phrase asks about (`een goed ingevoerde bron`, `de
 * woordvoerder van de gemeente`, `twee Belgen`, `een van hen`): determiners, quantifiers,
 * adverbs of degree, the prepositions that tie a role to its body, nouns of time, place and origin.
 * Source: the closed classes of the Algemene Nederlandse Spraakkunst (ANS: articles, pronouns,
 * numerals, adverbs and prepositions); the nouns hand-kept from Dutch news usage, spelled as in
 * the Woordenlijst Nederlandse Taal. Hand-kept data.
 */

/**
 * Determiners that may open a source's noun phrase: articles, demonstratives, possessives,
 * quantifiers and numerals (`de`, `die`, `dezelfde`, `zijn`, `enkele`, `twee`, `honderden`).
 */
export const phraseDeterminers: ReadonlySet<string> = new Set(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'dezelfde', 'hetzelfde', 'zijn', 'haar', 'hun', 'mijn', 'uw', 'onze', 'veel', 'vele', 'enkele', 'sommige', 'andere', 'alle', 'twee', 'drie', 'vier', 'vijf', 'tientallen', 'honderden', 'duizenden', 'diverse', 'verschillende', 'meerdere', 'beide'])

/** Articles and possessives, after which a quantifier may follow (`de andere`, `zijn twee`). */
export const articlesAndPossessives: ReadonlySet<string> = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun'])

/** Quantifiers and numerals that may follow an article or a possessive: `de twee`, `haar vele`. */
export const quantifiers: ReadonlySet<string> = new Set(['andere', 'twee', 'drie', 'vier', 'vijf', 'enkele', 'beide', 'vele'])

/**
 * Nouns of a number or a group before a plural role, after `een`: `een groep moeders`, `een
 * aantal ouders`, `een handvol bewoners`; the role is the phrase's head. Hand-kept.
 */
export const groupQuantityNouns: ReadonlySet<string> = new Set(['groep', 'groepje', 'aantal', 'handvol', 'paar', 'stel', 'tiental', 'twintigtal', 'dertigtal', 'veertigtal', 'vijftigtal', 'honderdtal', 'menigte', 'schare'])

/** Words that make a second phrase after a source one of time, no part of it: `een rapport van de inspectie | van eind vorig jaar`. */
export const timeWords: ReadonlySet<string> = new Set(['eind', 'begin', 'midden', 'vorig', 'vorige', 'afgelopen', 'jaar', 'maand', 'week', 'dag', 'gisteren', 'vandaag'])

/** Nouns of places, which a name after them names (`de plaats Cairo`, `het dorp Ee`). */
export const placeNouns: ReadonlySet<string> = new Set(['plaats', 'stad', 'dorp', 'gehucht', 'wijk', 'buurt', 'regio', 'streek', 'land', 'staat', 'deelstaat', 'provincie', 'eiland', 'haven', 'county', 'district', 'kanton'])

/** Adverbs of degree before an adjective in a noun phrase: `een goed ingevoerde bron`. */
export const degreeAdverbs: ReadonlySet<string> = new Set(['goed', 'zeer', 'heel', 'erg', 'bijzonder', 'nauw', 'direct', 'rechtstreeks', 'nauwelijks', 'hoog', 'zwaar', 'licht', 'breed', 'vaak', 'meest', 'minder', 'meer', 'nog', 'pas', 'net', 'kort', 'lang', 'zichtbaar', 'hoorbaar', 'merkbaar', 'diep', 'duidelijk', 'flink', 'enigszins', 'ietwat', 'nogal', 'uiterst', 'behoorlijk', 'enorm', 'ontzettend', 'sterk', 'hevig'])

/**
 * Prepositions that may join a role phrase: `minister van Financiën`, `woordvoerder bij de
 * gemeente`, `bronnen rond het kabinet`. (More than `rolePrepositions` of clause-words.ts: `op` and `aan` too.)
 */
export const rolePhrasePrepositions: ReadonlySet<string> = new Set(['van', 'voor', 'bij', 'uit', 'namens', 'op', 'aan', 'in', 'rond', 'rondom', 'binnen'])

/**
 * Nouns of how something is said, after `met een` (`zegt een man met een glimlach`): a manner, not
 * what describes the source (`een man met een fietshelm`). Hand-kept.
 */
export const mannerNouns: ReadonlySet<string> = new Set(['glimlach', 'grijns', 'knipoog', 'zucht', 'lach', 'grimas', 'frons', 'snik', 'traan', 'brok', 'stem', 'schouderophalen', 'handgebaar', 'gebaar', 'kwinkslag', 'grap', 'knik'])

/** Prepositions of a role phrase that also tell a time (`rond middernacht`, `binnen een week`). */
export const timePrepositions: ReadonlySet<string> = new Set(['binnen', 'rond', 'rondom'])

/**
 * Nouns of origin that do not end like one (`Belg`, `Monegask`, `Fransman`, and the women's
 * forms in `-in`, `Friezin`, `Russin`; the rest of theirs end in `-se`, as adjectives of place;
 * and `Ajacied`, of a club, as `Feyenoorder` is); the rest end in `-er`, `-aan`, `-ees` or `-aard`.
 */
export const originNouns: ReadonlySet<string> = new Set(['fransman', 'engelsman', 'ier', 'belg', 'brit', 'rus', 'turk', 'pool', 'fin', 'zweed', 'noor', 'deen', 'griek', 'kroaat', 'serviër', 'monegask', 'schot', 'fries', 'zeeuw', 'brabander', 'vlaming', 'waal', 'tukker', 'marokkaan', 'surinamer', 'koerd', 'palestijn', 'jood', 'syriër', 'israëliër', 'iraniër', 'somaliër', 'indiër', 'eritreeër', 'friezin', 'russin', 'ajacied',
  // The people of the Dutch provinces and regions, and of nations whose noun a surname could
  // otherwise be taken for (`De Drent`, `De Duitser`).
  'drent', 'groninger', 'limburger', 'hollander', 'utrechter', 'achterhoeker', 'twentenaar', 'duitser', 'oostenrijker', 'zwitser',
  'amerikaan', 'italiaan', 'spanjaard', 'portugees', 'chinees', 'japanner', 'oekraïner', 'canadees', 'braziliaan', 'mexicaan',
  // Inhabitants of countries whose noun ends in none of the endings above (Taalunie,
  // Aardrijkskundige namen: landen en inwoners).
  'slowaak', 'tsjech', 'hongaar', 'roemeen', 'bulgaar', 'sloveen', 'kazak', 'oezbeek', 'tadzjiek', 'turkmeen', 'tsjetsjeen',
  'algerijn', 'argentijn', 'chileen', 'filipijn', 'saoedi', 'bosniër', 'georgiër', 'armeniër', 'australiër', 'indonesiër',
  'maleisiër', 'ethiopiër', 'tunesiër', 'libiër', 'jordaniër', 'macedoniër', 'albaniër', 'mongoliër',
  // Members of the two American parties, named as origins are (`de Republikeinse senator` … `de Republikein`).
  'republikein', 'democraat'])

/** Words after which a lone unknown word and `de` start a person's name: `Volgens Joes de Lange`. */
export const particleOpeners: ReadonlySet<string> = new Set(['volgens', 'ook', 'aldus'])

/** Media a source speaks in (`in de krant`, `in het programma`): how it spoke, not where it is. */
export const mediaNouns: ReadonlySet<string> = new Set([
  'krant', 'programma', 'uitzending', 'interview', 'gesprek', 'podcast', 'talkshow', 'column', 'blog', 'boek', 'video', 'documentaire', 'debat',
  'website', 'site', 'account', 'kanaal', 'vakblad', 'tijdschrift', 'weekblad', 'dagblad', 'magazine', 'nieuwsbrief', 'artikel', 'studie', 'publicatie'
])

/**
 * Platforms a source posts on (`reageerde de club op Facebook`): where it spoke, not part of who
 * it is. Source: the social media Dutch news cites. Hand-kept.
 */
/**
 * News media a source tells something to (`vertelt een ooggetuige aan de NOS`), lower case: the
 * broadcasters, agencies and papers of the Netherlands and Flanders. Source: the media's own
 * names (Commissariaat voor de Media, Vlaamse Regulator voor de Media). Hand-kept.
 */
export const newsMediaNames: ReadonlySet<string> = new Set([
  'nos', 'rtl', 'sbs', 'bnr', 'npo', 'anp', 'ad', 'nrc', 'vrt', 'vtm', 'belga', 'omroep', 'rtv', 'telegraaf', 'volkskrant', 'trouw', 'parool',
  'nieuwsblad', 'standaard', 'hln', 'nu.nl', 'eenvandaag', 'nieuwsuur', 'radio'
])

/** Nouns for a news agency, which passes others' words on (`Volgens persbureau Reuters noemde …`). Hand-kept. */
export const newsAgencyNouns: ReadonlySet<string> = new Set(['persbureau', 'nieuwsdienst'])

/** The broadcasters among `newsMediaNames` (`zegt een buurvrouw bij Omroep Brabant`: on its air). */
export const broadcasters: ReadonlySet<string> = new Set(['nos', 'rtl', 'sbs', 'bnr', 'npo', 'vrt', 'vtm', 'omroep', 'rtv', 'radio', 'eenvandaag', 'nieuwsuur'])

export const platformNames: ReadonlySet<string> = new Set(['facebook', 'twitter', 'instagram', 'linkedin', 'tiktok', 'youtube', 'x', 'telegram', 'whatsapp', 'snapchat', 'threads', 'bluesky', 'mastodon'])

/**
 * Words that set one of a kind apart from another of that kind (`de andere vrouw`, `de tweede
 * buurman`): with them a definite role is not the one introduced before (superlatives in `-ste`,
 * `de jongste jongen`, are read by their ending). Source: Dutch grammar (ANS, ordinals and
 * `ander`). Hand-kept.
 */
export const contrastingWords: ReadonlySet<string> = new Set(['andere', 'tweede', 'derde', 'vierde', 'vijfde', 'laatste', 'nieuwe'])

/**
 * Numbers written as words up to a hundred, as ages and counts follow a preposition in a
 * source's phrase (`een jongen van zestien`, `een moeder van drie`). Source: the Dutch cardinal
 * numerals (ANS §6.2). Hand-kept.
 */
export const numberWords: ReadonlySet<string> = new Set([
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien',
  'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig',
  'negentig', 'honderd'
])

/**
 * Places in a hall or on board where someone stands or sits that `op` ties to a source (`een
 * man op de publieke tribune`, `een vrouw op de eerste rij`, `een passagier op de veerboot`):
 * the phrase goes on past them. (Not a street or a square: `riep een demonstrante op het plein`
 * tells where she called.) Hand-kept from Dutch news usage.
 */
export const standingPlaces: ReadonlySet<string> = new Set(['tribune', 'rij', 'podium', 'balkon', 'galerij', 'steiger', 'boot', 'veerboot', 'schip',
  // Where someone works, which tells the source apart (`een arts op de spoedeisende hulp`, `een
  // verpleegkundige op de afdeling`, `een medewerker op het stadhuis`).
  'afdeling', 'hulp', 'eerstehulp', 'spoedeisende', 'intensive', 'ic', 'seh', 'werkvloer', 'stadhuis', 'gemeentehuis', 'provinciehuis', 'ministerie', 'kantoor', 'redactie', 'werf', 'bouwplaats', 'kraamafdeling', 'verpleegafdeling'])

/**
 * Words of how long a role has been held, in an apposition before the role (`Gino Lefevre, al
 * veertig jaar abonnee,`): the role after them is still the name's. Hand-kept from Dutch news usage.
 */
export const appositionDurations: ReadonlySet<string> = new Set(['al', 'ruim', 'bijna', 'zo’n', "zo'n", 'jaar', 'jaren', 'jarenlang', 'decennia', 'sinds', 'nog', 'inmiddels', 'destijds', 'toen'])

/**
 * Endings of Dutch abstract nouns (ANS §14.3: `-atie`, `-ing`, `-heid`, `-teit`, `-schap`,
 * `-isme`, `-nis`): one capitalised word so ending that opens a sentence is a common word, no
 * body's name (`Renovatie zou meer kosten.`).
 */
export const abstractNounEnding = /(?:atie|ing|heid|teit|schap|isme|nis)$/

/**
 * Units of an organisation named by their field after the noun (`de afdeling longziekten`, `de
 * dienst burgerzaken`, `de faculteit rechten`): the field is part of the phrase. Hand-kept.
 */
export const unitNouns: ReadonlySet<string> = new Set(['afdeling', 'dienst', 'sectie', 'faculteit', 'vakgroep', 'opleiding', 'divisie', 'polikliniek', 'kliniek'])

/**
 * Endings of the names of fields of medicine, science and administration (`cardiologie`,
 * `geneeskunde`, `longziekten`, `burgerzaken`, `psychiatrie`, `kinderchirurgie`), by Dutch word
 * formation (ANS §9.3: `-logie`, `-kunde` and the heads of compounds). Hand-kept.
 */
export const fieldEndings: readonly string[] = ['logie', 'kunde', 'ziekten', 'zaken', 'chirurgie', 'therapie', 'iatrie', 'zorg', 'wetenschappen', 'techniek', 'recht', 'rechten']
