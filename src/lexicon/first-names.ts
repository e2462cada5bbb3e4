/**
 * Common first names in Dutch news, with the gender they usually show: the Netherlands'
 * frequent given names (Meertens Instituut, Nederlandse Voornamenbank, most frequent names per
 * birth cohort 1940–2010) and names frequent among international newsmakers. Used to find
 * where a person's name starts (`hoogleraar Gebiedsontwikkeling Friso de Zeeuw`) and the
 * gender a pronoun may refer to. Hand-kept data; a name missing here only loses those hints.
 */

const female =
  'anna anne annemarie anneke annet annette anouk astrid barbara bea beatrix bianca birgit carla carola caroline ' +
  'carolien cathy charlotte chantal christel christine claudia connie corrie daphne dewi diana dilan dorien dorothea ' +
  'edith els elise elisabeth ellen elly els emma esther eva evelien femke fenna fleur floor francien frederique ' +
  'gerda gertrude greet hanneke hannah hanna helen helga hilde ilse inge ingrid iris jacqueline janine jeanine ' +
  'jennifer jessica joke jolanda josephine judith julia juliette karin kim kirsten lara laura lieke linda lisa ' +
  'lotte lucy maaike madeleine manon marga margriet maria marianne marieke marijke marina marja marjan marjolein ' +
  'marleen marloes martine meike mirjam miriam monique nadia nancy natasha nicole nienke nina noor petra priscilla ' +
  'renate rianne rita rosa roos ruth sabine sandra sanne saskia sharon sigrid simone sofie sophie stephanie susan ' +
  'suzanne tamara tanja teresa thea tineke trudy ursula vera wendy willemijn wilma yvonne yolanda zoë angela ' +
  'theresa hillary kamala nancy ursula christine kajsa halsema kajsa ank annelies annemiek carola dominique esmee ' +
  'fatima hatice khadija mariam samira yasmina ayla elif merel jet ilona ingeborg mona paula patty eyhtora jasmine ' +
  'lilianne liliane lilian marjolijn wieke mieke riet rie truus tonny tineke janny jannie gonnie ria ans annie'

const male =
  'aart adriaan ahmed alexander ali andré andreas anton arie arjen arnold bart bas ben bernard bert boris bram ' +
  'casper chris christiaan christian coen cor cornelis daan daniel david dennis dick dirk donald edwin emmanuel ' +
  'erik eric ernst ferdinand floris frank frans freek friso gerard gerrit gert gijs guus hans harm harko hendrik henk ' +
  'herman hugo huib jaap jack jacco jacob jan jasper jeroen jesse jim joost jordan joris jos jozef johan john ' +
  'jonathan joris jurrie justin kees klaas koen kevin lars leo lennart lucas luuk maarten marc marcel marco mark ' +
  'martijn martin mathieu matthijs maurice max michael michel mike mohamed mohammed nick niels noah ocker olaf ' +
  'paul peter piet pieter pim richard rick rik rob robert robin roel ron ronald rudy ruud rutger sander sebastiaan ' +
  'sem simon sjoerd stef stefan steven stijn sven theo thierry thijs thomas tim tom ton vincent wiebe willem ' +
  'wim wopke wouter xander yusuf bernie barack boris emmanuel vladimir xi kim joe jean francesco charles lewis ' +
  'valtteri max steven geert mark wopke hugo klaas gert-jan jan-willem pieter-jan claudio nick koen niels patrick ' +
  'remco rené rené sigrid dimitri dion erwin ewout fons gijsbert hein jelle jochem lodewijk mattias menno ' +
  'reinier rinus sjaak teun tijs twan wessel youssef hamza omar karim said hassan ibrahim mustafa osama abdul'

export const firstNames: ReadonlyMap<string, 'female' | 'male'> = (() => {
  const map = new Map<string, 'female' | 'male'>()
  for (const name of male.split(/\s+/)) if (name) map.set(name, 'male')
  // A name on both lists (`kim`) is left without a gender.
  for (const name of female.split(/\s+/)) {
    if (!name) continue
    if (map.has(name)) map.delete(name)
    else map.set(name, 'female')
  }
  return map
})()

/** Whether the word is a known first name. */
export function isFirstName(word: string): boolean {
  return firstNames.has(word) || bothGenders.has(word)
}

const bothGenders: ReadonlySet<string> = new Set(
  female.split(/\s+/).filter((name) => name && male.split(/\s+/).includes(name))
)
