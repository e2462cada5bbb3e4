/**
 * Common first names in Dutch news, with the gender they usually show: the Netherlands'
 * frequent given names (Meertens Instituut, Nederlandse Voornamenbank, most frequent names per
 * birth cohort 1940–2010) and names frequent among international newsmakers. Used to find
 * where a person's name starts (`hoogleraar Gebiedsontwikkeling Frank de Wit`) and the
 * gender a pronoun may refer to. Hand-kept data; a name missing here only loses those hints.
 */

import {functionWords} from './function-words.js'

const female =
 'lieve katrien ann nele evi leen tine jana hanne fien lore marthe ines kato anna anne annemarie anneke annet annette anouk astrid barbara bea beatrix bianca birgit carla carola caroline ' +
 'lien ine katleen kathleen godelieve veronique annemie tinne naima leila esra merve büşra iryna zuhal maggie gwendolyn erika dilan sinéad ' +
 'agatha alie betsy carin cisca cobi dora eveline fokje hermien janna jeannette klazina lenie lida margreet marion marjon sientje tilly toos kimberley melissa samantha ' +
 'carolien cathy charlotte chantal christel christine claudia connie corrie daphne dewi diana dorien dorothea ' +
 'edith els elise elisabeth ellen elly els emma esther eva evelien femke fenna fleur floor francien frederique ' +
 'gerda gertrude greet hanneke hannah hanna helen helga hilde ilse inge ingrid iris jacqueline janine jeanine ' +
 'jennifer jessica joke jolanda josephine judith julia juliette karin kim kirsten lara laura lieke linda lisa ' +
 'lotte lucy maaike madeleine manon marga margriet maria marianne marieke marijke marina marja marjan marjolein ' +
 'marleen marloes martine meike mirjam miriam monique nadia nancy natasha nicole nienke nina noor petra priscilla ' +
 'renate rianne rita rosa roos ruth sabine sandra sanne saskia sharon sigrid simone sofie sophie stephanie susan ' +
 'suzanne tamara tanja teresa thea tineke trudy ursula vera wendy willemijn wilma yvonne yolanda zoë angela ' +
 'theresa hillary kamala nancy ursula christine ank annelies annemiek carola dominique esmee ' +
 'fatima hatice khadija mariam samira yasmina ayla elif merel jet ilona ingeborg mona paula patty jasmine ' +
 'lilianne liliane lilian marjolijn wieke mieke riet rie truus tonny tineke janny jannie gonnie ria ans annie ' +
 'aafke adrie agnes aletta alida amber amy andrea angelique anita anja anke anneloes annemieke annick aukje bep bernadette betty bibi brenda carmen cecile chantal charlotte christa cindy claire colette conny cora cornelia daisy debora denise desiree dineke dinie dominique doris ella elke ellis els elsbeth emily erica eva evelyn fenne francine fieke froukje gea geertje gerdien gina gonny greetje hannie harmke hedwig heleen helma henny hester hetty ina ineke inez irene irma iza jacoba jannie janneke jantine jeanette jenny jet jolien jopie josje joyce julie karen karlijn katja kitty klaske lea leonie liesbeth lies lisette lize loes lois lotte luna lydia maartje mandy marianne mariska marit marleen marlies marloes martha mary meta mila milou mirjam myrthe nathalie nel nelleke nora noortje odette olga paulien pauline petra pien quinty rachel rebecca renée riek rina rixt romy rosalie sanne sara sarah sasha selma shirley silvia sonja stella susanne sylvia tess tineke trijntje trees truus valerie vanessa veerle wilhelmina willemien yara yasmin zoe merel'

const male =
 'kristof jef wout ward seppe lander jens filip dries wannes arne thibaut siebe aart adriaan ahmed alexander ali andré andreas anton arie arjen arnold bart bas ben bernard bert boris bram ' +
 'staf kobe lieven kris thibault robbe warre bilal anouar nordin samir raj anil sunil andrij taras sammy raoul conner wopke gino clemens onno ' +
 'casper chris christiaan christian coen cor cornelis daan daniel david dennis dick dirk donald edwin emmanuel ' +
 'erik eric ernst ferdinand floris frank frans freek gerard gerrit gert gijs guus hans harm hendrik henk ' +
 'herman hugo huib jaap jack jacob jan jasper jeroen jesse jim joost jordan joris jos jozef johan john ' +
 'jonathan joris justin kees klaas koen kevin lars leo lennart lucas luuk maarten marc marcel marco mark ' +
 'martijn martin mathieu matthijs maurice max michael michel mike mohamed mohammed nick niels noah olaf ' +
 'paul peter piet pieter pim richard rick rik rob robert robin roel ron ronald rudy ruud rutger sander sebastiaan ' +
 'sem simon sjoerd stef stefan steven stijn sven theo thierry thijs thomas tim tom ton vincent willem ' +
 'wim wouter xander yusuf bernie barack boris emmanuel vladimir xi kim joe jean francesco charles lewis ' +
 'valtteri max steven geert mark hugo klaas gert-jan jan-willem pieter-jan claudio nick koen niels patrick ' +
 'remco rené dimitri dion erwin ewout fons gijsbert hein jelle jochem lodewijk mattias menno ' +
 'reinier rinus sjaak teun tijs twan wessel youssef hamza omar karim said hassan ibrahim mustafa osama abdul ' +
 'aad ad adam adri ahmet albert alex alfred andre arend arjan arno arthur babette barend bastiaan benjamin bert-jan bob bram carel cees christophe cornelis dave dick diederik dirk-jan douwe edgar eduard egbert emiel erwin evert fabian felix ferry fokke frits gerben gerard gerrit gijsbert gilles guido gustaaf hajo hans harry hein helmer hendrik-jan herbert huub ivo jacques jaap jacob jan-peter jeffrey jelle jeroen joep joey johannes jop joran jordi jos jurgen kaj karel kasper klaas-jan laurens lennart lex lodewijk luc lucas maarten manuel mario marius martijn matthias maurits melle merijn micha mick mitchell niek nico nils norbert olav otto pascal patrick paulus pepijn perry philip piet-hein quinten raymond reinout remco rens richard rick rien rijk robbert rob roderick roel roland ronnie rudi ruben rudolf sam sander sebastian siem sietse sjaak sjef stan stefan sybren teun theo tiemen tijmen timo tobias toon twan victor vincent walter wilbert willem-jan wim wolter yannick yuri zeger henk-jan jesse klaus olaf koos mathijs geert gert-jan job teunis emmanuel donald jean-claude vladimir recep sergej boris ruud'

// Given names frequent among people in international news (sport, politics, culture), from the
// most frequent given names per country of the national statistics offices (INE, ISTAT, INSEE,
// Destatis, GUS, TÜİK) as news spells them; not those that are Dutch words (`mei`, `wei`,
// `marine`) or frequent surnames.
const femaleAbroad =
 'ana lucía lucia sofía sofia isabel isabella elena marta camila valentina gabriela daniela fernanda beatriz giulia ' +
 'francesca chiara alessia giorgia martina federica marie camille chloé chloe léa amélie amelie céline celine isabelle ' +
 'brigitte monika katrin freya agnieszka katarzyna magdalena natalia tatjana svetlana irina yulia oksana olena fatma ' +
 'ayşe ayse zeynep emine leyla layla aisha aïcha amina salma yasmine aiko keiko yoko hana priya anjali sunita aminata ' +
 'fatou olivia ava mia sophia michelle kate elizabeth alice lily megan serena greta tina ilhan grietje griet'

const maleAbroad =
 'thiago diego carlos juan josé jose luis miguel pablo javier alejandro antonio francisco pedro sergio rafael ' +
 'fernando andrés andres mateo santiago joão joao gabriel matheus rodrigo luca matteo giuseppe giovanni alessandro ' +
 'lorenzo paolo stefano roberto fabio pierre françois francois philippe louis antoine nicolas olivier sébastien ' +
 'jürgen wolfgang markus henrik anders magnus björn piotr tomasz krzysztof paweł pawel jakub andrzej ivan dmitri ' +
 'sergei oleksandr volodymyr mykola igor aleksandr milan dušan dusan luka goran zoran nikola muhammad hussein ' +
 'khalid rachid ismail mehmet murat emre kemal hakan burak kenji hiroshi takashi kwame kofi amadou moussa ousmane ' +
 'mamadou rahul arjun vikram sanjay ravi steve george james william joseph brian ryan sean liam oliver elon ' +
 'xavier rui nuno tiago bruno joaquín joaquin ricardo eduardo jorge raúl raul cristiano lionel kylian zinedine'

/**
 * More Dutch and Flemish names of the same source (Meertens Instituut, Nederlandse
 * Voornamenbank): without them a name such as `Harold Bakker` opening a sentence lost its first
 * name to a title or to another name.
 */
const maleMore =
 'harold joop youri jelmer tjeerd hidde michiel rene roy wilco lambert leon leendert ludo marinus melvin quirijn ' +
 'remko rogier silvan thijmen valentijn wesley wiebe wijnand arnoud berend boudewijn bouke brecht cas daniël dex ' +
 'dolf dylan eddy eelco elias fedde finn fred gerlof gerolf glenn godfried hanno hessel jaco jari jonas jorrit ' +
 'jules julian jurre jurriaan kai kas levi marnix mats milo jesper tijn ivar tygo'

const femaleMore =
 'maud isa noa jill lynn demi kelly eline nadine tessa naomi mirthe puck britt carlijn danielle daniëlle anniek ' +
 'annelot dana evy fabienne fay floortje gabriëlle ivy jasmijn jildou kiki lisanne lizzy lonneke louise nanda ' +
 'renske roxanne sterre suzan tara thirza tirza wendela yvette bregje danique eefje emmy esmée kristel ' +
 'lianne mara mariëlle marielle rineke sietske lidewij saar liv miranda natasja wietske jikke nynke mientje'

/**
 * Frisian given names (Meertens Instituut, Nederlandse Voornamenbank; Fryske Akademy): many end
 * in `-se` as adjectives of place do (`Wytse`, `Sytse`), so a name the list lacks opening a
 * sentence was read as one.
 */
const maleFrisian = 'wytse sytse tjitse jitse watse hotse gatse bauke hylke freark wiebren sipke auke wybren oene tsjalle lolke jouke feike'

const femaleFrisian = 'baukje doutzen tjitske wypkje hiske janke geeske sjoukje lolkje tetske wiepkje'

/**
 * Baptismal names of Dutch people born before about 1960 and their short forms, as portraits,
 * death notices and court reports write them (hand-kept; the same source's lists of names per
 * birth cohort 1900–1960): without them `Geertruida Hofman` was no person's name until a pronoun
 * told, and a surname she shares went to her husband `Klaas Hofman`. (Not `Petrus`, alone
 * mostly the apostle.)
 */
const maleBaptismal = 'gerardus adrianus wilhelmus jacobus antonius theodorus franciscus hendrikus lambertus harmen eelke durk govert bertus kobus hannes hielke'

const femaleBaptismal = 'geertruida hendrika johanna adriana petronella catharina aaltje neeltje jantje gerritje antje dirkje klaasje hendrikje geesje hiltje hinke minke dieuwke gerbrich jeltje mien leny tiny dini marietje sjaan'

/**
 * Pet forms that Dutch people of those cohorts go by (`Bennie Oude Luttikhuis`, `Harrie`,
 * `Nellie`), from the same source's lists of call names (roepnamen): written as the person
 * writes them, they were missing beside the formal names. (`Gerrie` and `Hennie`, on both
 * lists, show no gender.)
 */
const malePetForms = 'bennie benny harrie harry gerry eddie freddy ronny johnny jonny tinus teus manus driek tonnie appie gerrie hennie'

const femalePetForms = 'nelly nellie tinie rini gerrie hennie'

/** Every name on the men's lists, and every name on the women's. */
const menNames: ReadonlySet<string> = new Set([...male.split(/\s+/), ...maleAbroad.split(/\s+/), ...maleMore.split(/\s+/), ...maleFrisian.split(/\s+/), ...maleBaptismal.split(/\s+/), ...malePetForms.split(/\s+/)].filter(Boolean))
const womenNames: ReadonlySet<string> = new Set([...female.split(/\s+/), ...femaleAbroad.split(/\s+/), ...femaleMore.split(/\s+/), ...femaleFrisian.split(/\s+/), ...femaleBaptismal.split(/\s+/), ...femalePetForms.split(/\s+/)].filter(Boolean))

/** Names on both lists (`kim`): first names with no gender. */
const bothGenders: ReadonlySet<string> = new Set([...womenNames].filter((name) => menNames.has(name)))

/** Each first name with its gender; a name on both lists (`kim`) is left without one. */
export const firstNames: ReadonlyMap<string, 'female' | 'male'> = new Map([
 ...[...menNames].filter((name) => !bothGenders.has(name)).map((name) => [name, 'male'] as const),
 ...[...womenNames].filter((name) => !bothGenders.has(name)).map((name) => [name, 'female'] as const)
])

/** Whether the word is a known first name, or two joined by a hyphen (`pieter-bas`, `anne-fleur`). */
export function isFirstName(word: string): boolean {
 if (isKnown(word)) return true
 const hyphen = word.indexOf('-')
 return hyphen > 1 && hyphen === word.lastIndexOf('-') && isKnown(word.slice(0, hyphen)) && isKnown(word.slice(hyphen + 1))
}

/** The gender a first name shows (a hyphenated one: its first part's), if known. */
export function genderOfFirstName(word: string): 'female' | 'male' | undefined {
 const hyphen = word.indexOf('-')
 return firstNames.get(word) ?? firstNames.get(withoutAccents(word)) ?? (hyphen > 1 && isFirstName(word) ? firstNames.get(word.slice(0, hyphen)) : genderOfEnding(word))
}

/**
 * A name the lists lack, by its ending: Dutch and Frisian women's names end in `-ina`, `-ine`,
 * `-linde`, `-ette`, `-ia` or the diminutive `-je` (`Gerdina`, `Gerlinde`, `Aukje`), men's in
 * `-ert`, `-ard`, `-ald`, `-old`, `-win` or `-us` (`Egbert`, `Reinald`, `Godwin`, `Julius`)
 * (Meertens Instituut, Nederlandse Voornamenbank: the endings of the names per gender). Only a
 * hint for pronouns; no word becomes a first name by it.
 */
function genderOfEnding(word: string): 'female' | 'male' | undefined {
 if (word.length < 4) return undefined
 if (femaleEnding.test(word)) return 'female'
 return maleEnding.test(word) ? 'male' : undefined
}

const femaleEnding = /(?:ina|ine|linde|ette|ia|[^i]je)$/
const maleEnding = /(?:ert|ard|ald|old|win|us)$/

/**
 * A name without its accents (`inês` → `ines`, `andré` → `andre`): papers write the same name
 * with them and without, and the lists have each in one spelling.
 */
function withoutAccents(word: string): string {
 for (let index = 0; index < word.length; index++) {
  if (word.charCodeAt(index) > 127) return word.normalize('NFD').replace(combiningMarks, '')
 }
 return word
}

const combiningMarks = /\p{M}/gu

/** Every name on either list, also without its accents: most words asked about are no first name, and one lookup tells. */
const knownNames: ReadonlySet<string> = new Set([...menNames, ...womenNames].flatMap((name) => [name, withoutAccents(name)]))

function isKnown(word: string): boolean {
 if (knownNames.has(word)) return true
 const folded = withoutAccents(word)
 return folded !== word && knownNames.has(folded)
}

/** First names that are also function words (`ben`, `wil`): a name only before a surname. */
export const functionWordFirstNames: ReadonlySet<string> = new Set([...knownNames].filter((name) => functionWords.has(name)))
