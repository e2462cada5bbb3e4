/**
 * Dutch nouns for the roles in which news quotes people: functions, professions, titles and
 * relations. A word is a role when it is one of these or ends in one (`onderminister`,
 * `veiligheidsadviseur`, `oud-burgemeester`). Feminine forms are listed with their gender.
 * Source: the function titles of the Dutch government (rijksoverheid.nl, "functies") and of
 * the Woordenlijst Nederlandse Taal; professions from the CBS Beroepenindeling (BRC 2014),
 * main groups; hand-picked and hand-kept.
 */

import {functionWords} from './function-words.js'
import {createSuffixSet} from './suffix-set.js'

export const roleNouns: ReadonlySet<string> = new Set([
  'minister', 'premier', 'staatssecretaris', 'president', 'presidente', 'vicepresident', 'kanselier', 'koning', 'koningin',
  'burgemeester', 'wethouder', 'schepen', 'gedeputeerde', 'commissaris', 'gouverneur', 'ambassadeur', 'diplomaat', 'consul',
  'kamerlid', 'statenlid', 'raadslid', 'senator', 'parlementariër', 'europarlementariër', 'politicus', 'lijsttrekker',
  // Latin plurals, which `-s` and `-en` do not make: `politici`, `historici`.
  'politici', 'historici', 'musici', 'critici', 'academici', 'technici', 'fysici', 'statistici',
  // Members of a party by its family of ideas (`partyFamilies`); not `liberaal`, an adjective as
  // often (`een liberaal beleid`).
  'christendemocraat', 'christen-democraat', 'sociaaldemocraat', 'sociaal-democraat', 'socialist',
  'fractievoorzitter', 'partijleider', 'leider', 'voorzitter', 'voorzitster', 'vicevoorzitter', 'secretaris', 'penningmeester',
  'woordvoerder', 'woordvoerster', 'zegsman', 'zegsvrouw', 'spokesman', 'directeur', 'directrice', 'bestuurder', 'bestuursvoorzitter',
  'topman', 'topvrouw', 'ceo', 'cfo', 'oprichter', 'oprichtster', 'eigenaar', 'eigenaresse', 'manager', 'chef', 'baas',
  'hoogleraar', 'professor', 'docent', 'docente', 'leraar', 'lerares', 'onderzoeker', 'onderzoekster', 'wetenschapper',
  'deskundige', 'expert', 'specialist', 'econoom', 'historicus', 'jurist', 'advocaat', 'advocate', 'officier', 'rechter',
  'aanklager', 'notaris', 'arts', 'huisarts', 'dokter', 'chirurg', 'verpleegkundige', 'psycholoog', 'psychiater',
  'agent', 'agente', 'politieman', 'politievrouw', 'commandant', 'generaal', 'militair', 'soldaat',
  'trainer', 'coach', 'bondscoach', 'speler', 'speelster', 'aanvaller', 'verdediger', 'keeper', 'doelman', 'doelvrouw', 'aanvoerder',
  'renner', 'rijder', 'rijdster', 'hardloper', 'hardloopster', 'marathonloper', 'zeiler', 'zeilster', 'surfer', 'skiër', 'jockey', 'turnster', 'coureur', 'kampioen', 'kampioene', 'icoon', 'legende', 'atleet', 'atlete', 'sporter',
  // Positions and athletes as sports reporting names them (Van Dale; `Spits Tim Bos`, `de
  // schaatsster`); not `turner`, a frequent surname.
  'spits', 'middenvelder', 'linksback', 'rechtsback', 'linksbuiten', 'rechtsbuiten', 'spelmaker', 'spelverdeler',
  'sluitpost', 'invaller', 'debutant', 'topscorer', 'arbiter', 'voetballer', 'voetbalster', 'wielrenster', 'schaatser',
  'schaatsster', 'sprinter', 'sprintster', 'hardloper', 'hardloopster', 'zwemmer', 'zwemster', 'tennisser', 'tennisster',
  'hockeyer', 'hockeyster', 'turnster', 'judoka', 'golfer', 'roeier', 'roeister', 'schaker', 'volleyballer', 'handballer', 'basketballer',
  'criticus', 'recensent', 'journalist', 'journaliste', 'verslaggever', 'verslaggeefster', 'correspondent', 'redacteur', 'hoofdredacteur', 'columnist', 'presentator', 'presentatrice',
  'schrijver', 'schrijfster', 'auteur', 'dichter', 'dichteres', 'kunstenaar', 'kunstenares', 'regisseur', 'acteur', 'actrice',
  'zanger', 'zangeres', 'muzikant', 'architect', 'ontwerper', 'ontwerpster', 'fotograaf', 'filmmaker',
  'artiest', 'artieste', 'singer-songwriter', 'popster', 'dj', 'medicus',
  // People by the decade of their age (`de zestiger`).
  'twintiger', 'dertiger', 'veertiger', 'vijftiger', 'zestiger', 'zeventiger', 'tachtiger', 'negentiger',
  'boer', 'boerin', 'ondernemer', 'ondernemster', 'winkelier', 'ondernemer', 'werknemer', 'medewerker', 'medewerkster',
  'inspecteur', 'onderminister', 'adviseur', 'gezant', 'afgezant', 'envoyé', 'analist', 'strateeg', 'diplomaat', 'activist', 'activiste', 'actievoerder',
  'bewoner', 'bewoonster', 'buurtbewoner', 'inwoner', 'inwoonster', 'omwonende', 'ooggetuige', 'getuige', 'slachtoffer',
  'vader', 'moeder', 'zoon', 'dochter', 'broer', 'zus', 'zuster', 'oom', 'tante', 'opa', 'oma', 'vriend', 'vriendin',
  'grootvader', 'grootmoeder', 'kleinzoon', 'kleindochter', 'schoonvader', 'schoonmoeder', 'schoonzoon', 'schoondochter',
  'weduwe', 'partner', 'echtgenoot', 'echtgenote', 'buur', 'buurman', 'buurvrouw', 'collega', 'vrijwilliger', 'vrijwilligster',
  'student', 'studente', 'dame', 'heer', 'meneer', 'mevrouw', 'scholier', 'leerling', 'patiënt', 'patiënte', 'klant', 'reiziger', 'passagier', 'bezoeker',
  'dominee', 'pastoor', 'priester', 'imam', 'rabbijn', 'bisschop', 'paus', 'predikant',
  'ouderling', 'diaken', 'kapelaan', 'kardinaal', 'kerkvoogd', 'procureur', 'parlementslid', 'oefenmeester',
  'financier', 'geldschieter', 'kredietverstrekker',
  // Trades that are also frequent surnames (`de molenaar`, `de bakker`; `Jan Bakker` stays a
  // name: a capitalised singular role after a first name is its surname).
  'molenaar', 'bakker', 'slager', 'visser', 'timmerman', 'smid', 'kapper', 'schilder', 'metselaar', 'koster', 'veerman',
  'sluiswachter', 'brugwachter', 'havenmeester',
  'prins', 'prinses', 'hertog', 'graaf', 'gravin', 'kolonel', 'majoor', 'kapitein', 'piloot',
  'luitenant', 'sergeant', 'korporaal', 'brigadier', 'veldwachter', 'lector',
  'projectleider', 'teamleider', 'coördinator', 'initiatiefnemer', 'initiatiefneemster', 'organisator', 'organisatrice',
  'verdachte', 'dader', 'eiser', 'gedaagde', 'raadsman', 'raadsvrouw', 'curator', 'ombudsman', 'toezichthouder',
  'kandidaat', 'kandidate', 'lid', 'leden', 'fractielid', 'partijlid', 'clublid', 'teamlid', 'jurylid', 'gezinslid', 'buurtlid', 'bemanningslid', 'personeelslid', 'staflid', 'bondslid', 'verenigingslid', 'kerklid', 'coalitielid', 'oppositielid', 'partijgenoot', 'partijgenote', 'oud-minister', 'ex-minister',
  'wethouder', 'dijkgraaf', 'heemraad', 'hoogheemraad', 'rector', 'decaan', 'conservator', 'curator', 'conciërge', 'directielid', 'bestuurslid',
  'verhuurder', 'huurder', 'eigenaar', 'ouder', 'kind', 'man', 'vrouw', 'meisje', 'jongen', 'mens', 'burger', 'kiezer',
  'fan', 'supporter', 'toeschouwer', 'aanwezige', 'concurrent', 'demonstrant', 'demonstrante', 'betoger', 'nabestaande', 'gast', 'ambtenaar', 'bron', 'insider',
  'planoloog', 'socioloog', 'criminoloog', 'politicoloog', 'epidemioloog', 'viroloog', 'bioloog', 'klimatoloog', 'econoom',
  'gemeente', 'politie', 'brandweer', 'ministerie', 'rechtbank', 'provincie', 'regering', 'kabinet', 'bedrijf',
  'organisatie', 'stichting', 'vereniging', 'partij', 'school', 'ziekenhuis', 'omroep', 'krant', 'club', 'bond', 'waterschap',
  'schouwburg', 'theater', 'museum', 'dierentuin', 'dierenpark', 'bibliotheek',
  // Manual and care work (CBS BRC 2014, main groups "techniek", "zorg en welzijn", "transport"):
  // `havenarbeider` ends in `arbeider`. (Not `werker` as a tail: it ends other words than jobs.)
  'dokwerker', 'jongerenwerker', 'straathoekwerker', 'opbouwwerker', 'arbeider', 'bouwvakker', 'hulpverlener', 'verzorgende', 'verzorger', 'schoonmaker', 'postbode', 'conducteur',
  'machinist', 'elektricien', 'loodgieter', 'matroos', 'stuurman',
  // Trades and shops (CBS BRC 2014, "ambacht", "handel"), and people by what they do outdoors.
  'reder', 'stukadoor', 'glazenwasser',
  'slijter', 'drogist', 'opticien', 'dealer', 'mijnwerker', 'duiker', 'redder',
  'controleur', 'bewindvoerder', 'deurwaarder', 'uitsmijter', 'croupier', 'uitzendkracht', 'cliënt', 'expat',
  'toerist', 'automobilist', 'automobiliste', 'forens', 'pachter', 'vertaler', 'vertaalster', 'cameraman', 'wandelaar', 'inspreker', 'insprekers', 'tiener', 'puber', 'weduwnaar',
  'ingenieur', 'programmeur', 'kok', 'chauffeur', 'monteur', 'boswachter', 'dierenarts', 'apotheker', 'tandarts',
  'verloskundige', 'agrariër', 'veehouder', 'tuinder', 'ecoloog', 'geoloog', 'landbouwer', 'akkerbouwer', 'tuinbouwer', 'melkveehouder',
  'meteoroloog', 'archeoloog', 'antropoloog', 'filosoof', 'theoloog', 'jurist', 'accountant', 'makelaar', 'bankier',
  'beheerder', 'beheerster', 'indiener', 'indienster', 'aanvrager', 'bewindsman', 'bewindsvrouw', 'bestuurster', 'uitbater',
  'exploitant', 'handelaar', 'koper', 'verkoper', 'werkgever', 'vakbondsman', 'vakbondsvrouw', 'hoofd', 'leidinggevende',
  'rechercheur', 'ambtenaar', 'raadsheer', 'griffier', 'ombudsvrouw', 'klokkenluider', 'tipgever', 'deelnemer', 'deelneemster',
  'winnaar', 'winnares', 'verliezer', 'uitvinder', 'ontwikkelaar', 'producent', 'fabrikant', 'leverancier', 'vervoerder',
  'gebruiker', 'abonnee', 'lezer', 'lezeres', 'kijker', 'luisteraar', 'ouders', 'bestuurder', 'commissielid', 'gemeenteraadslid',
  // Nouns made of adjectives and participles, for sources the article does not name.
  'bekende', 'ingewijde', 'betrokkene', 'vertrouweling', 'routinier', 'zaakwaarnemer', 'omstander', 'voorbijganger', 'familielid', 'vertegenwoordiger', 'afgevaardigde',
  // People the police and the courts deal with, and officers abroad (`sheriff`).
  'crimineel', 'misdadiger', 'hacker', 'oplichter', 'fraudeur', 'smokkelaar', 'gevangene', 'gedetineerde', 'vluchteling', 'asielzoeker', 'migrant', 'sheriff',
  // People by what they know or ride (`kunstkenners`, `snorfietsers`): unnamed sources of local news.
  'kenner', 'fietser',
  // Circles a view is heard in (`in politieke kringen`).
  'kring',
  // Leading figures of a party or a movement (`de Labourvoorman`, `FvD-kopstuk`).
  'voorman', 'voorvrouw', 'kopman', 'kopvrouw', 'kopstuk', 'boegbeeld', 'prominent',
  // Who held an office before or after someone (`haar voorganger`).
  'voorganger', 'voorgangster', 'opvolger', 'opvolgster', 'familie', 'nabestaanden',
  // More occupations of the CBS Beroepenindeling that local news quotes (those that are frequent
  // surnames too, Bakker, Visser, Timmerman, are listed further up).
  // (And Flemish and care and teaching occupations that were missing: `een leerkracht Frans`, `een
  // zorgkundige van de nachtploeg`; medical specialists in `-oloog` and `-ist`.)
  'leerkracht', 'zorgkundige', 'zorgverlener', 'kinesist', 'kinesitherapeut', 'logopedist', 'ambulancebroeder', 'zaakvoerder',
  'zaakvoerster', 'uitbaatster', 'kastelein', 'cafébazin', 'consultant', 'organist', 'tuinman', 'opzichter', 'passant', 'weerman', 'weervrouw',
  'cardioloog', 'neuroloog', 'oncoloog', 'radioloog', 'dermatoloog', 'gynaecoloog', 'uroloog', 'immunoloog', 'toxicoloog',
  'anesthesist', 'internist', 'mondhygiënist', 'reddingswerker', 'strafpleiter', 'formateur', 'informateur', 'zakenman',
  'franchisenemer', 'fokker', 'teler', 'jongeman', 'blogger', 'podcaster', 'streamer', 'staker', 'kaderlid', 'illustrator',
  'verzamelaar', 'producer',
  // Fellows (`zijn ploeggenoot`); not `genoot` alone, the past of `genieten`.
  'fractiegenoot', 'coalitiegenoot', 'dorpsgenoot', 'stadsgenoot', 'buurtgenoot', 'plaatsgenoot', 'leeftijdsgenoot', 'lotgenoot',
  'teamgenoot', 'ploeggenoot', 'clubgenoot', 'klasgenoot', 'huisgenoot', 'generatiegenoot', 'vakgenoot', 'landgenoot',
  'bezorger', 'postbode', 'kassière', 'caissière', 'verkoopster', 'schoonmaker', 'schoonmaakster', 'bouwvakker',
  'loodgieter', 'elektricien', 'kapster', 'conducteur', 'machinist',
  'steward', 'stewardess', 'ober', 'serveerster', 'barman', 'barvrouw', 'portier', 'beveiliger', 'bewaker', 'assistent',
  'assistente', 'stagiair', 'stagiaire', 'vakkenvuller', 'imker', 'hovenier',
  'mantelzorger', 'verzorger', 'verzorgster', 'verzorgende', 'begeleider', 'begeleidster', 'juf', 'schoolleider',
  'handhaver', 'douanier', 'brandweerman', 'brandweervrouw', 'verpleger', 'verpleegster', 'vroedvrouw',
  'tolk', 'schipper', 'stratenmaker', 'marktkoopman', 'hotelier', 'koerier', 'kweker', 'fruitteler', 'kosteres',
  'monnik', 'oppas', 'promovendus', 'therapeut', 'fysiotherapeut', 'mentor', 'boerin',
  // Performers as culture pages name them (`rapper Kasimo`, `de gitarist`), those who go to a
  // place or an event (`een festivalganger`, `kerkgangers`), and those who put money in a firm.
  'rapper', 'rapster', 'drummer', 'gitarist', 'bassist', 'pianist', 'violist', 'dirigent', 'danser', 'danseres', 'cabaretier',
  'komiek', 'vlogger', 'youtuber', 'influencer', 'ganger', 'investeerder', 'belegger', 'aandeelhouder'
])

/**
 * Titles written before a person's name, with their full stop as the tokenizer keeps it
 * (`mr. Els Brouwer`, `prof. dr. Ans Kok`): academic and legal degrees, the clergy's and the
 * forms of address. They show a person, and stand between a role and its name.
 */
export const honorifics: ReadonlySet<string> = new Set(['mr.', 'dr.', 'prof.', 'ir.', 'drs.', 'ing.', 'ds.', 'mgr.', 'dhr.', 'mevr.'])

/** Words of address before a surname (`Mevrouw Lemmens, …`, `Meneer de voorzitter`). Hand-kept. */
export const addressWords: ReadonlySet<string> = new Set(['mevrouw', 'meneer', 'mijnheer', 'juffrouw'])

/** Words for a child (`de jongen`, `het meisje`): an article about a child's parent may call the child so. */
export const childNouns: ReadonlySet<string> = new Set(['jongen', 'meisje', 'kind', 'baby', 'peuter', 'kleuter', 'tiener'])

/** Nouns for a body of any kind (`de organisatie`, `het bedrijf`): they refer back to whichever body spoke last. */
export const genericBodyNouns: ReadonlySet<string> = new Set(['organisatie', 'instelling', 'instantie', 'bedrijf', 'onderneming', 'concern', 'firma'])

/** Whether a body's noun ends in a word for any body (`ondernemersorganisatie`, `zorginstelling`). */
export function endsInGenericBodyNoun(role: string): boolean {
  for (const noun of genericBodyNouns) if (role.endsWith(noun)) return true
  return false
}

/**
 * Public services a Dutch or Flemish text names by their noun alone (`de politie`, `de
 * brandweer`): such a noun is that service, never a body named before whose kind is unknown
 * (`Provinciale Staten`, `Kleurwerk`). Hand-kept from the emergency and enforcement services
 * of the Netherlands and Belgium.
 */
export const serviceNouns: ReadonlySet<string> = new Set(['politie', 'brandweer', 'ambulancedienst', 'kustwacht', 'marechaussee', 'douane', 'reddingsbrigade'])

/** The nouns of a ministry whose name lists its portfolios after `van` (`ministerie van Justitie en Veiligheid`). */
export const ministryNouns: ReadonlySet<string> = new Set(['ministerie', 'departement'])

/** Institutions speak too, but are not people: no pronoun `hij` or `zij` refers to them. */
export const institutionNouns: ReadonlySet<string> = new Set([
  'gemeente', 'sponsor', 'hoofdsponsor', 'politie', 'brandweer', 'ministerie', 'rechtbank', 'provincie', 'regering', 'kabinet', 'bedrijf',
  'organisatie', 'stichting', 'vereniging', 'partij', 'school', 'ziekenhuis', 'omroep', 'krant', 'club', 'bond', 'waterschap',
  'maatschappij', 'onderneming', 'concern', 'firma', 'instelling', 'instantie', 'bank', 'verzekeraar', 'uitgeverij', 'fabriek',
  'keten', 'luchthaven', 'universiteit', 'hogeschool', 'inspectie', 'dienst', 'overheid', 'persbureau', 'bestuur', 'directie',
  'groep', 'beweging', 'brigade', 'collectief', 'comité', 'platform', 'federatie', 'coalitie', 'alliantie',
  'veiligheidsregio', 'omgevingsdienst', 'gerechtshof', 'rekenkamer', 'autoriteit', 'oppositie', 'fractie', 'college',
  'orgaan', 'toezichthouder', 'agentschap', 'instituut', 'commissie', 'jury', 'redactie', 'koepel', 'panel',
  // Houses of culture and leisure that speak as bodies (`laat de schouwburg weten`).
  'schouwburg', 'theater', 'museum', 'dierentuin', 'dierenpark', 'bibliotheek',
  // Kinds of company that news puts before a firm's name (`energieleverancier Voltax`,
  // `netbeheerder Enexo`): the firm, not a person.
  'leverancier', 'netbeheerder', 'fabrikant', 'aanbieder', 'exploitant', 'distributeur', 'vervoerder', 'supermarkt', 'webwinkel', 'webshop',
  // Flemish public bodies (`het parket`, the public prosecutor's office; `de deputatie`, a
  // province's executive), councils and the zones of police and fire services.
  'parket', 'deputatie', 'gemeenteraad', 'politiezone', 'brandweerzone',
  // (`de intercommunale`: a company several municipalities own, for waste, water or energy.)
  'intercommunale',
  // Housing, care and works councils, parliaments and the armed forces (`de corporatie`, `de
  // ondernemingsraad`, `het verpleeghuis`; not `leger`, the tail of `verpleger`).
  'corporatie', 'ondernemingsraad', 'medezeggenschapsraad', 'verpleeghuis', 'zorgcentrum', 'stadsdeel', 'coöperatie', 'vakcentrale',
  'rederij', 'tribunaal', 'parlement', 'senaat', 'luchtmacht', 'krijgsmacht',
  // Councils of parents, clients, residents and villages (`laat de ouderraad weten`; not `raad`
  // alone, the tail of `voorraad` and `beraad`), and trades' workshops (`de brouwerij`).
  'ouderraad', 'cliëntenraad', 'bewonersraad', 'dorpsraad', 'wijkraad', 'buurtraad', 'adviesraad', 'jongerenraad', 'seniorenraad',
  'studentenraad', 'leerlingenraad', 'deelraad', 'kerkenraad', 'brouwerij', 'bakkerij', 'drukkerij', 'kwekerij', 'scheepswerf',
  // The leadership of a body (`schrijft de schoolleiding`, `de clubleiding`): the body's voice.
  // (Not `leiding` alone, the tail of `opleiding`, `begeleiding`, `waterleiding`.)
  'schoolleiding', 'bedrijfsleiding', 'clubleiding', 'partijleiding', 'legerleiding', 'kerkleiding', 'ziekenhuisleiding', 'wedstrijdleiding',
  'teamleiding', 'management',
  // Offices and water boards (`het zorgkantoor`, `het advocatenkantoor`, `het hoogheemraadschap`).
  'kantoor', 'hoogheemraadschap'
])

/**
 * Bodies whose nouns are too short to be told by how a word ends: `het hof` (a court of appeal)
 * and `de raad` (a council) speak as bodies, but `kerkhof` and `voorraad` are no bodies. The
 * whole word only (Woordenlijst Nederlandse Taal). Hand-kept.
 */
const wholeWordInstitutions: ReadonlySet<string> = new Set(['hof', 'raad'])

/**
 * Whether `word` (lower case) names an institution: one of `institutionNouns`, its plural, or a
 * compound ending in one (`sportclub`, `energiebedrijf`, `basisschool`).
 */
export function isInstitutionNoun(word: string): boolean {
  if (wholeWordInstitutions.has(word)) return true
  // The word, a tail of four letters at least after the first (`sportclub`), or its plural (`banken`;
  // with the open syllable's spelling, `besturen` of `bestuur`, the whole word or a tail of seven
  // letters at least, as for roles: `schoolbesturen`, not `verscholen`).
  if (institutionSuffixes.isOrEndsIn(word, 4) || (word.endsWith('en') && institutionSuffixes.endsIn(word, 1, 2, word.length - 2))) return true
  const singular = word.endsWith('en') ? singularStem(word, word.length - 2) : undefined
  return singular !== undefined && institutionSuffixes.isOrEndsIn(singular, 7)
}

/** Whether `word` is an institution noun in the plural (`besturen`, `ziekenhuizen`, `energiebedrijven`): several bodies, not one. */
export function isPluralInstitution(word: string): boolean {
  return word.endsWith('en') && !institutionSuffixes.isOrEndsIn(word, 4) && isInstitutionNoun(word)
}

/**
 * Documents quoted as sources (`aldus het rapport`, `memoreert het document`): no person, no
 * organisation; they are what the article calls them.
 */
export const documentNouns: ReadonlySet<string> = new Set([
  'rapport', 'document', 'handleiding', 'brief', 'verklaring', 'studie', 'nota', 'memo', 'persbericht', 'notitie', 'vonnis', 'richtlijn',
  'tekst', 'bericht', 'tweet', 'mail', 'e-mail', 'advertentie', 'folder', 'pamflet', 'website'
])

/** Whether `word` names a document, or a compound ending in one (`onderzoeksrapport`). */
export function isDocumentNoun(word: string): boolean {
  return documentSuffixes.isOrEndsIn(word, 4)
}

/** Role nouns that show a woman. */
export const femaleRoles: ReadonlySet<string> = new Set([
  'presidente', 'koningin', 'voorzitster', 'woordvoerster', 'zegsvrouw', 'directrice', 'topvrouw', 'oprichtster', 'eigenaresse',
  'docente', 'lerares', 'onderzoekster', 'advocate', 'agente', 'demonstrante', 'politievrouw', 'speelster', 'rijdster', 'kampioene', 'atlete',
  'journaliste', 'verslaggeefster', 'presentatrice', 'schrijfster', 'dichteres', 'kunstenares', 'actrice', 'zangeres', 'artieste',
  'ontwerpster', 'boerin', 'ondernemster', 'medewerkster', 'activiste', 'bewoonster', 'inwoonster', 'moeder', 'dochter',
  'zus', 'zuster', 'tante', 'oma', 'vriendin', 'weduwe', 'echtgenote', 'buurvrouw', 'vrijwilligster', 'studente',
  'patiënte', 'prinses', 'gravin', 'initiatiefneemster', 'organisatrice', 'raadsvrouw', 'kandidate', 'partijgenote',
  'mevrouw', 'mevr', 'vrouw', 'meisje', 'dame', 'mama', 'moeder', 'bewoonster', 'huurster', 'verhuurster', 'eigenares',
  'voetbalster', 'wielrenster', 'schaatsster', 'sprintster', 'hardloopster', 'zwemster', 'tennisster', 'hockeyster', 'turnster', 'roeister'
])

/** Role nouns that show a man. */
export const maleRoles: ReadonlySet<string> = new Set([
  'koning', 'vader', 'zoon', 'broer', 'oom', 'opa', 'vriend', 'echtgenoot', 'grootvader', 'kleinzoon', 'schoonvader', 'schoonzoon', 'buurman', 'prins', 'hertog', 'graaf',
  'politieman', 'zegsman', 'topman', 'meneer', 'heer', 'pastoor', 'priester', 'paus', 'raadsman', 'partijgenoot',
  'man', 'jongen', 'papa', 'echtgenoot', 'zakenman', 'buurman'
])

/**
 * Public bodies named by the place they serve (`de gemeente Utrecht`, `politie Amsterdam`,
 * `de provincie Noord-Holland`): with the place's name they name the body, which the place's
 * name alone does not. Source: the kinds of Dutch public bodies (rijksoverheid.nl). Hand-kept.
 */
export const placeBodies: ReadonlySet<string> = new Set([
  'gemeente', 'provincie', 'politie', 'brandweer', 'rechtbank', 'gerechtshof', 'veiligheidsregio', 'waterschap',
  'hoogheemraadschap', 'omgevingsdienst', 'stadsdeel', 'ggd', 'regio'
])

/**
 * Ordinals that open the name of a house of parliament, capitalised before its members' title
 * (`Tweede Kamerlid`, `Eerste Kamerleden`). Source: the two chambers of the States General
 * (Grondwet, art. 51).
 */
export const houseOrdinals: ReadonlySet<string> = new Set(['eerste', 'tweede'])

/**
 * Roles of someone who speaks for an organisation (and its compounds: `politiewoordvoerder`). A
 * spokesperson is named as such when the article names them, so a definite one not introduced
 * is no other person nearby. Hand-kept.
 */
export const spokespersonRoles: readonly string[] = ['woordvoerder', 'woordvoerster', 'zegsman', 'zegsvrouw', 'voorlichter', 'voorlichtster', 'spokesman']

/** Whether `role` (lower case) is a spokesperson's (`woordvoerster`, `politiewoordvoerder`). */
export function isSpokespersonRole(role: string): boolean {
  return spokespersonRoles.some((word) => role.endsWith(word))
}

/**
 * Portfolios and departments written with a capital after a title (`hoofddirecteur Beleid`,
 * `wethouder Onderwijs`, `directeur Communicatie`): part of the title, not a surname. Source: the
 * portfolios of Dutch ministries' directorates-general and of municipal aldermen
 * (rijksoverheid.nl, gemeente websites). Hand-kept.
 */
export const portfolioWords: ReadonlySet<string> = new Set([
  'beleid', 'toezicht', 'communicatie', 'financiën', 'onderwijs', 'zorg', 'cultuur', 'sport', 'economie', 'wonen', 'verkeer',
  'milieu', 'klimaat', 'jeugd', 'welzijn', 'veiligheid', 'handhaving', 'operaties', 'marketing', 'personeelszaken', 'innovatie',
  'strategie', 'onderzoek', 'mobiliteit', 'duurzaamheid', 'energie', 'armoede', 'participatie', 'integratie', 'werk', 'inkomen',
  'verkoop', 'inkoop', 'bedrijfsvoering', 'uitvoering', 'handel', 'infrastructuur', 'volkshuisvesting', 'gezondheid',
  // (And Flemish aldermen's, `schepen van Groen`: vlaanderen.be, the portfolios of a college.)
  'groen', 'erfgoed', 'toerisme', 'middenstand', 'burgerzaken', 'stadsontwikkeling', 'openbare', 'werken'
])

/**
 * Nouns of family ties (`haar man`, `zijn moeder`): after a possessive they name a person close to
 * the one the possessive is, often one the article has named. Source: ANS, kinship terms. Hand-kept.
 */
export const kinNouns: ReadonlySet<string> = new Set([
  'man', 'vrouw', 'echtgenoot', 'echtgenote', 'partner', 'zoon', 'dochter', 'vader', 'moeder', 'broer', 'zus', 'zoons', 'dochters',
  'grootvader', 'grootmoeder', 'opa', 'oma', 'kleinzoon', 'kleindochter', 'schoonvader', 'schoonmoeder', 'schoonzoon', 'schoondochter',
  // Foster and step family, and in-laws (`haar pleegmoeder`, `zijn stiefvader`, `haar zwager`).
  'pleegvader', 'pleegmoeder', 'pleegzoon', 'pleegdochter', 'stiefvader', 'stiefmoeder', 'stiefzoon', 'stiefdochter', 'zwager', 'schoonzus',
  'neef', 'nicht', 'oom', 'tante', 'tweelingbroer', 'tweelingzus',
  // (And the one a death leaves: `zijn weduwe` is the wife named before.)
  'weduwe', 'weduwnaar'
])

/**
 * Roles news uses for one and the same function, so that `de raadsvrouw` is the `advocaat` named
 * before and `de bewindsvrouw` the minister. Source: the Woordenlijst's meanings of each word.
 * Hand-kept.
 */
export const roleSynonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['raadsman', ['advocaat']],
  ['raadsvrouw', ['advocate', 'advocaat']],
  ['advocaat', ['raadsman', 'raadsvrouw']],
  ['advocate', ['raadsvrouw', 'advocaat']],
  ['bewindsman', ['minister', 'staatssecretaris']],
  ['bewindsvrouw', ['minister', 'staatssecretaris']],
  ['bewindspersoon', ['minister', 'staatssecretaris']],
  // (In a court `de verdediger` is the defence lawyer; in a match report no lawyer is introduced.)
  ['verdediger', ['advocaat', 'advocate', 'raadsman', 'raadsvrouw']],
  ['aanklager', ['officier']],
  ['officier', ['aanklager']],
  ['dokter', ['arts', 'huisarts', 'medicus']],
  ['arts', ['dokter', 'medicus']],
  ['medicus', ['arts', 'dokter', 'huisarts']],
  ['criticus', ['recensent']],
  ['recensent', ['criticus']],
  ['deskundige', ['specialist', 'expert']],
  ['specialist', ['deskundige', 'expert']],
  ['expert', ['deskundige', 'specialist']],
  ['leraar', ['docent', 'leerkracht']],
  ['docent', ['leraar', 'leerkracht']],
  ['leerkracht', ['leraar', 'docent']],
  ['verslaggever', ['journalist']],
  ['journalist', ['verslaggever']],
  ['webshop', ['webwinkel']],
  ['webwinkel', ['webshop']],
  ['trainer', ['coach', 'oefenmeester']],
  ['coach', ['trainer', 'oefenmeester']],
  ['oefenmeester', ['trainer', 'coach']],
  // The head of a company (`topman Roy Jakobs` … `zei de ceo`).
  ['topman', ['ceo', 'bestuursvoorzitter', 'topbestuurder']],
  ['topvrouw', ['ceo', 'bestuursvoorzitter', 'topbestuurder']],
  ['ceo', ['topman', 'topvrouw', 'bestuursvoorzitter', 'topbestuurder']],
  ['bestuursvoorzitter', ['topman', 'topvrouw', 'ceo', 'topbestuurder']],
  ['topbestuurder', ['topman', 'topvrouw', 'ceo', 'bestuursvoorzitter']],
  ['premier', ['minister-president']],
  ['minister-president', ['premier']],
  ['burgervader', ['burgemeester']],
  ['burgemeester', ['burgervader']],
  // Other names news gives one role later in an article (`keeper Tim Bos` … `de doelman`).
  ['keeper', ['doelman', 'doelvrouw', 'sluitpost']],
  ['doelman', ['keeper', 'sluitpost']],
  ['doelvrouw', ['keeper', 'sluitpost']],
  ['directeur', ['topman', 'topvrouw']],
  ['hoogleraar', ['professor']],
  ['professor', ['hoogleraar']],
  ['wetenschapper', ['hoogleraar', 'onderzoeker', 'onderzoekster']],
  ['schrijver', ['auteur']],
  ['schrijfster', ['auteur']],
  ['auteur', ['schrijver', 'schrijfster']],
  ['artiest', ['zanger', 'zangeres', 'muzikant']],
  ['partijleider', ['fractievoorzitter', 'lijsttrekker']],
  ['fractievoorzitter', ['partijleider']],
  ['lijsttrekker', ['partijleider']],
  ['politicus', ['kamerlid', 'senator', 'europarlementariër', 'raadslid', 'fractievoorzitter', 'partijleider', 'lijsttrekker']],
  ['parlementariër', ['kamerlid', 'senator', 'europarlementariër']],
  ['magistraat', ['rechter', 'officier']],
  ['politieman', ['agent', 'politieagent']],
  ['politievrouw', ['agente', 'agent', 'politieagente', 'politieagent']],
  ['verpleger', ['verpleegkundige']],
  ['verpleegster', ['verpleegkundige']],
  ['agrariër', ['boer', 'boerin', 'melkveehouder', 'veehouder', 'akkerbouwer', 'teler']],
  ['boer', ['melkveehouder', 'veehouder', 'akkerbouwer', 'agrariër']],
  ['ondernemer', ['eigenaar', 'eigenares', 'eigenaresse']],
  ['eigenaar', ['ondernemer']],
  ['dominee', ['predikant']],
  ['predikant', ['dominee']],
  ['priester', ['pastoor']],
  ['pastoor', ['priester']],
  ['schipper', ['kapitein']],
  ['kapitein', ['schipper']],
  ['diplomaat', ['ambassadeur', 'gezant']],
  ['zegsman', ['woordvoerder']],
  ['zegsvrouw', ['woordvoerster', 'woordvoerder']],
  // The judge who presides a hearing (`rechtbankvoorzitter Maarten Oost` … `vroeg de rechter`).
  ['rechter', ['rechtbankvoorzitter', 'rechtbankpresident']],
  ['rechtbankvoorzitter', ['rechter']],
  ['rechtbankpresident', ['rechter']]
])

/**
 * The member of a party by the family of ideas it stands in, as Dutch political news writes it
 * (`de christendemocraat` for a CDA'er, `de socialist` for an SP'er): the party's name, lower
 * case. Not `de liberaal`, which news writes of VVD'ers and D66'ers alike and which is an
 * adjective as often. Source: the parties' own descriptions (parlement.com). Hand-kept.
 */
export const partyFamilies: ReadonlyMap<string, string> = new Map([
  ['christendemocraat', 'cda'],
  ['christen-democraat', 'cda'],
  ['sociaaldemocraat', 'pvda'],
  ['sociaal-democraat', 'pvda'],
  ['socialist', 'sp']
])

/**
 * Public and political offices: one introduced in one of them is not another office asked for
 * and not introduced (`De minister zei …` after `Kamerlid Joost Pelgrim` is not the MP). Source:
 * the offices of Dutch and Belgian government and representation (Grondwet, Gemeentewet,
 * Provinciewet; rijksoverheid.nl, belgium.be). Hand-kept.
 */
export const publicOffices: ReadonlySet<string> = new Set([
  'minister', 'staatssecretaris', 'premier', 'minister-president', 'burgemeester', 'wethouder', 'schepen', 'gedeputeerde',
  'gouverneur', 'kamerlid', 'senator', 'europarlementariër', 'raadslid', 'statenlid', 'gemeenteraadslid', 'president', 'koning',
  'koningin', 'ambassadeur', 'dijkgraaf'
])

/**
 * Trades and professions no public office holder is called by: `de akkerbouwer`, `de huisarts`
 * are not `wethouder Els Bos` (`otherPublicOffice`). Source: CBS Beroepenindeling (BRC 2014),
 * the main groups agriculture, technology and crafts, care, retail and hospitality, transport.
 * Hand-picked.
 */
export const trades: ReadonlySet<string> = new Set([
  'boer', 'boerin', 'akkerbouwer', 'melkveehouder', 'veehouder', 'tuinder', 'agrariër', 'landbouwer', 'tuinbouwer', 'teler',
  'fruitteler', 'kweker', 'imker', 'fokker', 'pachter', 'visser', 'schipper', 'hovenier',
  'bakker', 'slager', 'kapper', 'kapster', 'loodgieter', 'elektricien', 'timmerman', 'smid', 'metselaar', 'stukadoor', 'schilder',
  'bouwvakker', 'stratenmaker', 'monteur', 'glazenwasser',
  'arts', 'huisarts', 'dokter', 'chirurg', 'verpleegkundige', 'verpleger', 'verpleegster', 'verloskundige', 'vroedvrouw',
  'tandarts', 'dierenarts', 'apotheker', 'fysiotherapeut',
  'winkelier', 'slijter', 'drogist', 'opticien', 'kastelein', 'uitbater', 'uitbaatster', 'hotelier', 'ober', 'serveerster', 'barman',
  'kok', 'chauffeur', 'machinist', 'conducteur', 'piloot', 'koerier', 'postbode', 'bezorger'
])

/**
 * Prefixes that make a role another office (`vicepremier` is no `premier`, `oud-minister` no
 * `minister`, `onderdirecteur` no `directeur`): a role asked for is not one held with them.
 * Source: Dutch word formation of titles (ANS §12, prefixes of rank). Hand-kept.
 */
export const rankPrefixes: ReadonlySet<string> = new Set(['vice', 'vice-', 'onder', 'oud-', 'ex-', 'adjunct-', 'adjunct', 'sub', 'plaatsvervangend', 'co-'])

// `roleSynonyms` as two lists in its order, and one empty answer: `synonymsOf` is asked of every
// role a rule tests for a fit, and a walk of the map made a [key, value] pair per key, a new
// empty list per role without synonyms (3 % of what `fromNews` allocates).
const synonymKeys = [...roleSynonyms.keys()]
const synonymLists = [...roleSynonyms.values()]
const noSynonyms: readonly string[] = []

/**
 * The synonyms of a role or of the role its compound ends in (`politiespecialist` has those of
 * `specialist`, `politiedeskundige` among them), with the compound's first part kept: the
 * synonyms asked of `politiespecialist` are `politiedeskundige` and `politie-expert` as well as
 * the bare ones.
 */
export function synonymsOf(role: string): readonly string[] {
  const whole = roleSynonyms.get(role)
  if (whole) return whole
  for (let index = 0; index < synonymKeys.length; index++) {
    const key = synonymKeys[index]!
    if (role.length > key.length + 2 && role.endsWith(key)) return synonymLists[index]!
  }
  return noSynonyms
}

/**
 * The offices of a court and a trial (Wet op de rechterlijke organisatie; Wetboek van
 * Strafvordering), each held by someone of their own: `de officier` is never `de rechter` or the
 * suspect named nearby. Hand-kept.
 */
export const courtRoles: ReadonlySet<string> = new Set(['rechter', 'politierechter', 'kantonrechter', 'kinderrechter', 'officier', 'aanklager', 'advocaat-generaal', 'griffier', 'rechter-commissaris', 'advocaat', 'advocate', 'raadsman', 'raadsvrouw'])

/** The lawyers among the court's offices: a party's own, so named near the one they defend. */
export const lawyerRoles: ReadonlySet<string> = new Set(['advocaat', 'advocate', 'raadsman', 'raadsvrouw'])

/** The parties a trial is about: `de verdachte`, `het slachtoffer`, `de eiser`, `de gedaagde`. */
export const trialParties: ReadonlySet<string> = new Set(['verdachte', 'slachtoffer', 'eiser', 'eiseres', 'gedaagde', 'aangever', 'aangeefster'])

/** Titles of a chair, which a capitalised field follows (`hoogleraar Japanstudies`). */
export const chairTitles: ReadonlySet<string> = new Set(['hoogleraar', 'lector', 'professor'])

/**
 * Teachers named with the language they teach (`lerares Engels`, `docent Frans`): the language
 * after them is no name. Source: the school subjects of the Dutch secondary curriculum (SLO) and
 * the languages the Taalunie lists by their Dutch names. Hand-kept.
 */
export const languageTeachers: ReadonlySet<string> = new Set(['leraar', 'lerares', 'leerkracht', 'docent', 'docente', 'juf', 'meester', 'hoogleraar', 'lector', 'sectievoorzitter'])
export const languageNames: ReadonlySet<string> = new Set([
  'engels', 'frans', 'duits', 'nederlands', 'spaans', 'italiaans', 'portugees', 'latijn', 'grieks', 'arabisch', 'turks',
  'russisch', 'pools', 'chinees', 'japans', 'fries', 'oekraïens', 'hebreeuws'
])

/**
 * Adjectives that stand uninflected before a role in a title (`een universitair docent`, `de
 * algemeen directeur`, `waarnemend burgemeester`). Hand-kept from the function titles of Dutch
 * news and of the Woordenlijst Nederlandse Taal.
 */
export const titleAdjectives: ReadonlySet<string> = new Set([
  'universitair', 'wetenschappelijk', 'algemeen', 'financieel', 'technisch', 'medisch', 'juridisch', 'politiek', 'sociaal',
  'maatschappelijk', 'zelfstandig', 'commercieel', 'operationeel', 'artistiek', 'creatief', 'plaatsvervangend', 'waarnemend',
  'voormalig', 'toenmalig', 'demissionair', 'regionaal', 'provinciaal', 'landelijk', 'nationaal', 'internationaal', 'economisch', 'klinisch',
  'forensisch', 'psychiatrisch', 'ambtelijk', 'bestuurlijk', 'senior', 'junior', 'adjunct', 'interim', 'hoofd',
  // (Of a government's level, capitalised before a title: `Vlaams minister van Werk`, `Europees
  // commissaris`, `Waals minister-president`.)
  'vlaams', 'waals', 'brussels', 'europees', 'federaal'
])

/**
 * Nouns for a group, or a part of one, that speaks as one (`een meerderheid van de raad`, `een
 * minderheid van de leden`, `de familie`, `het gezin`): roles, and plural in meaning, never one
 * of its members. Hand-kept.
 */
/** The decade of age a noun for people of that age names (`zestiger`: 60). */
export const ageDecades: ReadonlyMap<string, number> = new Map([
  // (`de tiener`: ten to nineteen, which is close enough to thirteen to nineteen for the ages news gives.)
  ['tiener', 10], ['twintiger', 20], ['dertiger', 30], ['veertiger', 40], ['vijftiger', 50], ['zestiger', 60], ['zeventiger', 70], ['tachtiger', 80], ['negentiger', 90]
])

/** Heads of a party leader's noun after the party's name and a hyphen (`VVD-leider`, `CDA-voorman`). Hand-kept. */
export const partyHeads: ReadonlySet<string> = new Set(['leider', 'leidster', 'voorman', 'voorvrouw', 'kopstuk', 'lijsttrekker', 'partijleider'])

/**
 * Experts in the plural who speak for the body whose work they did (`„…”, schrijven de
 * onderzoekers` after `Het instituut publiceerde …`, `concludeerden de meteorologen` after the
 * KNMI): with no group of theirs brought on, the body named just before. Hand-kept.
 */
export const expertPlurals: ReadonlySet<string> = new Set([
  'onderzoekers', 'wetenschappers', 'meteorologen', 'klimatologen', 'economen', 'analisten', 'adviseurs', 'deskundigen',
  'experts', 'auteurs', 'opstellers', 'inspecteurs', 'rapporteurs', 'statistici', 'onderzoeksters'
])

export const collectiveRoles: ReadonlySet<string> = new Set(['meerderheid', 'minderheid', 'familie', 'gezin', 'nabestaanden'])

/**
 * Nouns for a family named by its surname (`de familie Terpstra`, `het echtpaar De Vries`, `de
 * broers Van Dijk`): the family speaks as one, and is not the person of that surname named
 * before. Woordenlijst Nederlandse Taal. Hand-kept.
 */
export const familyGroupNouns: ReadonlySet<string> = new Set(['familie', 'gezin', 'echtpaar', 'broers', 'zussen', 'tweeling'])

/**
 * Words that end as a role's plural in `-s` would but are words of their own (and surnames):
 * `brons` (bronze; sources are `bronnen`), `mans` (`man genoeg`; men are `mannen`). Woordenlijst
 * Nederlandse Taal (the plurals of `bron` and `man`).
 */
const notRolePlurals: ReadonlySet<string> = new Set(['brons', 'mans'])

/** Whether `word` (lower case) is a role noun or a compound ending in one. */
export function isRoleNoun(word: string): boolean {
  // (A word of grammar that ends like a role is none: `namens` is no `mens`, `oktober` no `ober`.)
  if (functionWords.has(word)) return false
  if (isInstitutionNoun(word) || isDocumentNoun(word) || collectiveRoles.has(word) || isTradePlural(word)) return true
  // A plural in `'s` after a vowel: `collega's`, `agenda's` is no role (`agenda` is none).
  if (word.endsWith("'s") || word.endsWith('’s')) return isRoleNoun(word.slice(0, -2))
  const length = word.length
  // A party member: `VVD'er`, `PvdA’ers`.
  if (endsInPartyMember(word)) return true
  // Plurals: `bewoners`, `deskundigen`, `omwonenden`, `experts`, `PVV-kiezers` (looked up
  // without cutting the word: `end` is where the singular stops).
  // (Not in `-mans`: a `-man` takes `-mannen` or `-lieden`, and `Timmermans`, `Veermans` are surnames.)
  if (word.endsWith('s') && isSingularRole(word, length - 1) && !notRolePlurals.has(word) && !word.endsWith('mans')) return true
  if (word.endsWith('en')) {
    if (isSingularRole(word, length - 2) || isSingularRole(word, length - 1)) return true
    // The spelling of an open syllable: `advocaten`, `psychologen`, `kandidaten` (`advocaat`,
    // `psycholoog`); `zussen` (`zus`).
    // (The whole word, or a long tail: `topambtenaren`, not `verscholen`.)
    const singular = singularStem(word, length - 2)
    if (singular !== undefined && roleSuffixes.isOrEndsIn(singular, 7)) return true
  }
  return isSingularRole(word, length) || isFemaleForm(word)
}

/**
 * A woman's form of a role, made by Dutch derivation from the man's (ANS 9.2, persoonsnamen):
 * `-ster` for `-er` or `-der` (`huurster`, `bezoekster`, `kijkster`, `trainster`) and `-ares`
 * for `-aar` (`eigenares`), `-genote` for `-genoot` (`klasgenote`). (Not `-e`, `leerlinge`:
 * read as a role, a sentence that opens with one took the floor from the definite role of its
 * next clause.)
 */
function isFemaleForm(word: string): boolean {
  const length = word.length
  if (length > 6 && word.endsWith('ster')) {
    const stem = word.slice(0, -4)
    return isSingularRole(stem + 'er', length - 2) || isSingularRole(stem + 'der', length - 1)
  }
  // (`-genote` for `-genoot`: `klasgenote`, `ploeggenote`.)
  if (length > 7 && word.endsWith('genote')) return isSingularRole(word.slice(0, -2) + 'ot', length)
  return length > 6 && word.endsWith('ares') && isSingularRole(word.slice(0, -3) + 'ar', length - 1)
}

/**
 * The man's (or common) form of a woman's role, when it is a role too: `woordvoerster` →
 * `woordvoerder`, `verkoopster` → `verkoper`, `lerares` → `leraar`, `zangeres` → `zanger`,
 * `vriendin` → `vriend`, `studente` → `student` (ANS 9.2, persoonsnamen). An article that
 * introduces a woman by the common form (`woordvoerder Nadia Koster`) calls her by the woman's
 * form later (`de woordvoerster`).
 */
export function commonFormOf(word: string): string | undefined {
  const candidates: string[] = []
  if (word.endsWith('ster')) candidates.push(word.slice(0, -4) + 'der', word.slice(0, -4) + 'er')
  else if (word.endsWith('ares')) candidates.push(word.slice(0, -3) + 'ar')
  else if (word.endsWith('genote')) candidates.push(word.slice(0, -2) + 'ot')
  else if (word.endsWith('es')) candidates.push(word.slice(0, -2))
  else if (word.endsWith('in')) candidates.push(word.slice(0, -2))
  else if (word.endsWith('e')) candidates.push(word.slice(0, -1))
  return candidates.find((candidate) => candidate.length > 3 && isSingularRole(candidate, candidate.length))
}

/**
 * The singular of a plural in `-en` whose stem `word.slice(0, end)` was respelled for the open
 * syllable: a doubled final consonant undone (`zuss` → `zus`), or a single long vowel before the
 * final consonant doubled (`advocat` → `advocaat`); `undefined` where neither applies.
 */
function singularStem(word: string, end: number): string | undefined {
  if (end < 3) return undefined
  const last = word.charCodeAt(end - 1)
  const before = word.charCodeAt(end - 2)
  if (!isVowel(last) && last === before) return word.slice(0, end - 1)
  const third = word.charCodeAt(end - 3)
  // (Not after another vowel: `leiden`, `bouwen`; `e` only as in `kameraden`… is left out: `-elen`, `-eren` are other words.)
  if (!isVowel(last) && (before === 97 /* a */ || before === 111 /* o */ || before === 117 /* u */) && !isVowel(third)) {
    return word.slice(0, end - 1) + word.charAt(end - 2) + word.charAt(end - 1)
  }
  return undefined
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121
}

/**
 * Whether `word` (lower case) is the plural of a role noun (`advocaten`, `bewoners`,
 * `VVD'ers`): a group, not one person.
 */
export function isPluralRole(word: string): boolean {
  const length = word.length
  if (collectiveRoles.has(word) || isTradePlural(word)) return true
  // (A plural listed whole is still one when its singular is a role: `ouders`, `ouder`.)
  if (word.endsWith('s') && length > 4 && isSingularRole(word, length - 1) && !notRolePlurals.has(word) && !isInstitutionNoun(word)) return true
  if (isSingularRole(word, length) || isInstitutionNoun(word) || isDocumentNoun(word)) return false
  if (endsInPartyMember(word)) return word.endsWith('s')
  // (Not in `-mans`: a `-man` takes `-mannen` or `-lieden`, and `Timmermans`, `Veermans` are surnames.)
  if (word.endsWith('s') && isSingularRole(word, length - 1) && !notRolePlurals.has(word) && !word.endsWith('mans')) return true
  if (!word.endsWith('en')) return false
  if (isSingularRole(word, length - 2) || isSingularRole(word, length - 1)) return true
  const singular = singularStem(word, length - 2)
  return singular !== undefined && roleSuffixes.isOrEndsIn(singular, 7)
}

/** Whether `word` ends in `'er`, `'ers`, `’er` or `’ers`. */
function endsInPartyMember(word: string): boolean {
  const end = word.endsWith('s') ? word.length - 1 : word.length
  if (end < 3 || word.charCodeAt(end - 1) !== 114 /* r */ || word.charCodeAt(end - 2) !== 101 /* e */) return false
  const mark = word.charCodeAt(end - 3)
  return mark === 39 /* ' */ || mark === 0x2019 /* ’ */
}

/**
 * Whether `word.slice(0, end)` is a role noun or a compound ending in one (`onderminister`,
 * `oud-burgemeester`, `SP-Kamerlid`).
 */
function isSingularRole(word: string, end: number): boolean {
  // The whole of it (from the first letter, any length), or a tail of four letters or more.
  // (A trade that is also a surname only in a compound: `beroepsvisser`.)
  return roleSuffixes.isOrEndsIn(word, 4, end) || (mayEndInSurnameTrade(word, end) && surnameTrades.endsIn(word, 1, 4, end))
}

/** Whether `word` up to `end` ends as a trade of `surnameTrades` does (`-er`, `-man`, `-id`): a cheap test before the walk. */
function mayEndInSurnameTrade(word: string, end: number): boolean {
  const last = word.charCodeAt(end - 1)
  const before = word.charCodeAt(end - 2)
  return (last === 114 /* r */ && before === 101) /* e */ || (last === 110 /* n */ && before === 97) /* a */ || (last === 100 /* d */ && before === 105) /* i */
}

/**
 * Whether `word` is the plural of a trade that is also a surname (`vissers`, `banketbakkers`).
 * (Not `-mans`: the trades in `-man` make `-lieden`, and `Timmermans`, `Koopmans` are surnames.)
 */
function isTradePlural(word: string): boolean {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('mans') && surnameTrades.isOrEndsIn(word, 4, word.length - 1)
}

/** The gender the first role that shows one shows (`mevrouw`, `woordvoerster`), if any. */
export function genderOfRoles(roles: readonly string[]): 'female' | 'male' | null {
  for (const role of roles) {
    const gender = roleGender(role)
    if (gender !== null) return gender
  }
  return null
}

/**
 * The endings of adjectives of places and countries (`Amsterdamse`, `Utrechtse`, `Groningse`,
 * `Zeeuwse`, `Haagse`, `Antwerpse`, `Zweedse`, `Europese`, `Russische`, `Amerikaanse`, `Japanse`, `Franse`,
 * `Thaise`, `Iraakse`, `Ierse`, `Argentijnse`; not `Engelse`, measured), which
 * names rarely have (a name in `-se` the list lacks, `Wytse`, has none of them). Hand-kept; read
 * for a capitalised adjective (read-speaker-phrase.ts) and for a woman of a place (`roleGender`).
 */
export const placeAdjectiveEnding = /(?:aanse|sche|ese|amse|emse|ndse|itse|rkse|olse|eedse|eense|htse|ntse|gse|uwse|pse|ftse|dtse|otse|ekse|oorse|aarse|vense|iense|umse|idse|franse|japanse|aise|iase|akse|ierse|zerse|aalse|ijnse|finse|letse|ijkse)$/

/** The gender a role word shows, if any. */
export function roleGender(word: string): 'female' | 'male' | null {
  if (femaleRoles.has(word)) return 'female'
  // `de Arnhemse`, `de Amsterdamse`: a woman (a man is `de Arnhemmer`); so is `de Venlose`.
  if (placeAdjectiveEnding.test(word) || word.endsWith('ose')) return 'female'
  if (maleRoles.has(word)) return 'male'
  return femaleSuffixes.endsIn(word, 1, 4) || (!roleSuffixes.isOrEndsIn(word, 4) && isFemaleForm(word)) ? 'female' : null
}

const roleSuffixes = createSuffixSet(roleNouns)
/**
 * Trades whose names are also among the most common Dutch surnames (`Visser`, `Bakker`, `De
 * Jager`): roles only in a compound (`beroepsvisser`, `banketbakker`) or in the plural (`de
 * vissers`), so that `Jan Visser` stays a name. Hand-kept.
 */
const surnameTrades = createSuffixSet(['visser', 'bakker', 'slager', 'kapper', 'schilder', 'metselaar', 'jager', 'herder', 'timmerman', 'tuinman', 'koopman', 'molenaar', 'smid'])
const institutionSuffixes = createSuffixSet(institutionNouns)
const documentSuffixes = createSuffixSet(documentNouns)
const femaleSuffixes = createSuffixSet(femaleRoles)
