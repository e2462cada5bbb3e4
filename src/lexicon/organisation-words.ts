/**
 * Words that mark a name as an organisation's rather than a person's (`Kamer van Koophandel`,
 * `Nederlandse Vereniging van Banken`, `Inspectie Gezondheidszorg en Jeugd`): the head nouns of
 * Dutch public bodies, companies and associations (rijksoverheid.nl's list of organisations, the
 * legal forms of the Handelsregister), and broadcasters and airlines news quotes; `belang` ends the
 * names of parties and lobbies (`Vlaams Belang`, `Agrarisch Belang …`). Hand-kept.
 */
export const organisationWords: ReadonlySet<string> = new Set([
  'partij', 'belang', 'kamer', 'bank', 'universiteit', 'hogeschool', 'gemeente', 'provincie', 'raad', 'nederland', 'groep', 'stichting',
  'bond', 'vereniging', 'unie', 'ministerie', 'politie', 'rechtbank', 'hof', 'commissie', 'fonds', 'instituut', 'bureau',
  'dienst', 'inspectie', 'autoriteit', 'agentschap', 'ziekenhuis', 'school', 'club', 'team', 'nos', 'rtl', 'zaken', 'staten',
  'regering', 'kabinet', 'centrum', 'museum', 'festival', 'college', 'holding', 'international', 'airlines', 'airways', 'aviation', 'group', 'zorg',
  // The last word of a company's trade name: what it does or sells (`Frisia Verzekeringen`,
  // `Brabantia Bouw`, `Kustlijn Logistics`), from the trade names of the Handelsregister's
  // activity codes (SBI) and their English forms; none is also a Dutch surname.
  'bouw', 'verzekeringen', 'verzekeraars', 'techniek', 'installatietechniek', 'installaties', 'transport', 'logistiek', 'logistics',
  'shipping', 'vastgoed', 'media', 'producties', 'entertainment', 'events', 'services', 'solutions', 'systems', 'software', 'telecom',
  'security', 'pharma', 'chemie', 'foods', 'zuivel', 'dairy', 'farms', 'agro', 'tuinbouw', 'kwekerijen', 'makelaardij', 'uitgevers',
  'uitgeverij', 'brouwerij', 'motors', 'automotive', 'mobility', 'fashion', 'textiel', 'meubelen', 'retail', 'supermarkten', 'reizen',
  'travel', 'tours', 'hotels', 'catering', 'schoonmaak', 'recycling', 'onderhoud', 'industrie', 'industries', 'investments',
  'kinderopvang', 'thuiszorg', 'wijkzorg', 'opleidingen', 'academie', 'consultancy', 'compagnie'
])

/**
 * Words that may join the parts of an organisation's name (`Raad van State`, `Autoriteit
 * Consument en Markt`, `Stichting voor Vluchtelingen`, `College ter Beoordeling van Geneesmiddelen`,
 * `Vereniging tot Behoud van …`). Hand-kept from Dutch news usage.
 */
export const organisationLinks: ReadonlySet<string> = new Set(['van', 'voor', 'en', 'ter', 'tot'])

/**
 * Legal forms of a Dutch body (Burgerlijk Wetboek, Boek 2: stichting, vereniging, coöperatie)
 * that open its name when written with a capital (`Stichting Dier & Vrijheid`): part of the name,
 * as written.
 */
export const legalForms: ReadonlySet<string> = new Set(['Stichting', 'Vereniging', 'Coöperatie'])
