/**
 * Frequent Dutch words that are never (part of) a person's or organisation's name, even when
 * a sentence starts with them: articles, pronouns, prepositions, conjunctions, adverbs and the
 * commonest verbs. Used to keep `Volgens`, `Daarnaast` or `Ook` out of speaker names.
 * Source: the most frequent words of the SUBTLEX-NL and CGN frequency lists (function words and
 * adverbs among the top 1,000), hand-picked. Hand-kept data.
 */

export const functionWords: ReadonlySet<string> = new Set(
  (
    'de het een den der des deze die dit dat zo zoals hier daar er waar wie wat welke welk hoe waarom wanneer ' +
    'ik jij je u hij zij ze wij we jullie mij me hem haar ons hun hen zich zichzelf mijn jouw uw zijn onze ' +
    'en of maar want dus toch want doch noch omdat doordat hoewel terwijl als toen nadat voordat zodra indien tenzij ' +
    'alsof zodat opdat mits zowel ofwel hetzij totdat sindsdien zoals ' +
    'in op aan bij met van voor na naar over onder boven tussen door uit om tot tegen zonder sinds vanaf vanuit via per ' +
    'binnen buiten achter naast langs rond rondom tijdens wegens ondanks volgens aldus namens dankzij richting ' +
    'niet geen wel ook nog al alleen steeds altijd nooit soms vaak toen nu dan straks later eerder inmiddels ' +
    'bovendien daarnaast daarom daardoor daarmee daarbij daarvoor daarna daarop daarin daarover daartegen ' +
    'echter immers namelijk tenslotte uiteindelijk eigenlijk ineens opeens vooral zelfs juist misschien wellicht ' +
    'gisteren vandaag morgen vanavond vannacht vanochtend vanmiddag zondag maandag dinsdag woensdag donderdag vrijdag zaterdag ' +
    'januari februari maart april mei juni juli augustus september oktober november december ' +
    'is was zijn waren ben bent heeft hebben had hadden heb wordt worden werd werden kan kunnen kon konden ' +
    'zal zullen zou zouden moet moeten moest moesten mag mogen mocht wil willen wilde wilden gaat gaan ging gingen ' +
    'komt komen kwam kwamen staat staan stond ligt liggen lag blijft blijven bleef krijgt krijgen kreeg ' +
    'zegt zei zeggen volgens aldus vindt vond denkt dacht meent weet wist laat liet ' +
    'veel weinig meer minst meest alle allemaal iedereen niemand iemand iets niets alles elk elke ieder iedere beide ' +
    'andere ander sommige enkele velen vele verschillende diverse zulke zulk zo\'n ' +
    'ja nee oké jawel hallo dag ' +
    'eerst eerste tweede derde laatste vorige volgende nieuwe oude grote kleine goed slecht ' +
    'toch nou hè ach oh wow tja kortom ook intussen ondertussen vervolgens daarentegen evenwel anders ' +
    'wat welke waarbij waarin waarop waarmee waardoor waarvan waarvoor hiervoor hierdoor hiermee hierbij hierin ' +
    'één twee drie vier vijf zes zeven acht negen tien honderd duizend miljoen miljard ' +
    'elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig ' +
    'achteraf desondanks tussendoor vanmorgen tegelijkertijd tegelijk overigens slechts ruim bijna samen andersom ' +
    'zeker helemaal meteen pas vrijwel nauwelijks ongeveer ' +
    'omgekeerd sowieso kennelijk blijkbaar waarschijnlijk helaas gelukkig natuurlijk inderdaad vooralsnog voorlopig ' +
    'uiteraard allereerst nogmaals opnieuw wederom evenmin ' +
    // The rest of the pronominal adverbs with `daar` and `hier` (ANS §8.8), which open sentences
    // (`Daaruit blijkt …`).
    'daaruit daarvan daaraan daartoe daarnaar daaronder daarachter daarboven daarlangs daarzonder daartussen ' +
    'hieruit hiervan hieraan hiertoe hieronder hierop hierna hiertegen hierover hiernaast ' +
    // Adverbs and a conjunction of Flemish usage (Van Dale, Belgisch-Nederlands) that open
    // sentences (`Enkel erkende havenarbeiders …`, `Alleszins is het …`).
    'enkel alleszins allicht alvast amper nadien voordien trouwens zowat vooraleer enerzijds anderzijds'
  ).split(' ')
)

/** Name particles that stand between the parts of a Dutch (or other) name: `Jan van der Berg`, `Ter Riet`. */
export const nameParticles: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", '’t', 'von', 'zu', 'le', 'la', 'du', 'da', 'di', 'dos', 'das', 'del', 'bin', 'al', 'el', 'ben', 'abu', 'mac'
])

/**
 * Capitalised words that name an institution or portfolio on their own, after `van` or `voor`
 * in a role (`minister van Financiën Wopke Hoekstra`), so that a name may follow them directly.
 * Source: the names of the Dutch ministries and their portfolios (rijksoverheid.nl). Hand-kept.
 */
export const institutionWords: ReadonlySet<string> = new Set([
  'financiën', 'justitie', 'defensie', 'onderwijs', 'volksgezondheid', 'landbouw', 'infrastructuur', 'waterstaat',
  'veiligheid', 'binnenlandse', 'buitenlandse', 'economische', 'sociale', 'zaken', 'klimaat', 'cultuur', 'wetenschap',
  'asiel', 'migratie', 'milieu', 'verkeer', 'sport', 'welzijn', 'werkgelegenheid', 'handel', 'ontwikkelingssamenwerking',
  'rechtsbescherming', 'koninkrijksrelaties', 'medische', 'zorg', 'jeugd', 'wonen', 'natuur', 'voedselkwaliteit',
  // Portfolios of the Belgian and Flemish governments (vlaanderen.be, belgium.be).
  'mobiliteit', 'openbare', 'werken', 'energie', 'economie', 'werk', 'gezondheid', 'vorming', 'armoedebestrijding',
  'gelijke', 'kansen', 'digitalisering', 'begroting', 'pensioenen', 'binnenland', 'buitenland', 'toerisme', 'omgeving'
])

/** The Dutch articles (ANS, the article): `de ‘open’ overeenkomst`. */
export const articles: ReadonlySet<string> = new Set(['de', 'het', 'een'])

/** `in` is a particle only before `'t` (`Roel in 't Veld`); elsewhere it is the preposition. */
export function isParticleAt(words: ReadonlyArray<{lower: string}>, index: number): boolean {
  const word = words[index]
  if (!word) return false
  if (nameParticles.has(word.lower)) return true
  const next = words[index + 1]?.lower
  return word.lower === 'in' && (next === "'t" || next === '’t')
}

/** Particles that open a surname at a clause's start, and are no article there (`Van Oers`, `Ter Horst`, `Den Uyl`). Hand-kept. */
export const surnameOpeners: ReadonlySet<string> = new Set(['van', 'ter', 'ten', 'den', 'von'])

/** Particles of Spanish, Portuguese, Italian and German names that no Dutch phrase has (`del`, `dos`, `von`). Source: the particles of Spanish, Portuguese, Italian and German names. */
export const foreignParticles: ReadonlySet<string> = new Set(['del', 'della', 'dos', 'das', 'do', 'von', 'zu'])

/** Spanish and French articles after `de` in a name (`de la Fuente`, `de los Santos`). Hand-kept. */
export const foreignArticles: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le'])
