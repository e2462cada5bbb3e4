/**
 * The rules of the quote-kind classifier (src/attribution/classify-quote-kind.ts, README § Kinds), one
 * short project-authored Dutch text each: the kind of the quote a rule is about, and where it
 * tells something, its speaker.
 */
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes, type QuoteRecord} from '../src/index.js'

/** The one record whose quoted words are `text`, in `value`. */
function quote(value: string, text: string): QuoteRecord {
  const found = listQuotes(fromNews(value)).filter((record) => record.text === text)
  expect(found, `one quote with text ${JSON.stringify(text)}`).toHaveLength(1)
  return found[0]!
}

function kind(value: string, text: string): string {
  return quote(value, text).kind
}

describe('a fragment with no one saying it', () => {
  it('is a label, not a partial quote', () => {
    const value =
      'Sanne Vink won de finale. „Ik heb hard getraind”, zei Vink.\n\n‘Zeer slim’, ‘snel van begrip’ en ‘een harde werker’ waren woorden die over haar vielen.'
    expect(kind(value, 'snel van begrip')).toBe('scare')
    expect(kind(value, 'een harde werker')).toBe('scare')
  })
})

describe('a title the apposition after it says is a work', () => {
  it('is a name (`«Na de storm», de nieuwe voorstelling van …`)', () => {
    const value = 'Een kop\n\n„Het is af”, zegt regisseur Jakob Mol. Tegen het einde van «Na de storm», de nieuwe voorstelling van Theater Oost, staat het water hoog.'
    expect(quote(value, 'Na de storm')).toMatchObject({kind: 'scare', speaker: null})
  })
  it('and so is one in apposition after its work (`zijn nieuwe roman, ‘De stille haven’`)', () => {
    const value = 'Een kop\n\n„Het was zwaar”, zegt schrijver Bart Zoet. In mei verschijnt zijn autobiografie, ‘Het laatste woord’.'
    expect(quote(value, 'Het laatste woord')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('a word or a line quoted as such', () => {
  it('is a name after `codewoord`, `zin`, `refrein` (`het codewoord ‘rode regen’`)', () => {
    const value = 'Een kop\n\n„Het was eng”, zegt leerling Sam Bos. Via de intercom werd het codewoord ‘rode regen’ omgeroepen. De zin «Het water komt terug» keert telkens terug.'
    expect(quote(value, 'rode regen')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'Het water komt terug')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('words on a sign', () => {
  it('are a slogan with no speaker (`Op een spandoek stond ‘…’`, `een spandoek waarop ‘…’ staat`)', () => {
    const value = 'Een kop\n\n„Het moet anders”, zegt boer Gerrit Kok. Op een spandoek aan het gemeentehuis stond ‘Geen boer, geen voer’. Een groepje staat bij het hek, met een bord waarop „Ede zegt nee” staat.'
    expect(quote(value, 'Geen boer, geen voer')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'Ede zegt nee')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('the name a colon announces', () => {
  it('is a name (`kreeg een bijnaam: ‘de grote puzzel’`)', () => {
    const value = 'Een kop\n\n„Het kan”, zegt schepen Els Van Gorp. Op het stadhuis heeft het project intussen een bijnaam gekregen: “de grote puzzel”.'
    expect(quote(value, 'de grote puzzel')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('the name a copula gives after a noun for a name', () => {
  it('is a name (`Het motto van de campagne is ‘Samen sterk’`, `De titel luidt ‘…’`)', () => {
    const value = 'Een kop\n\nTom Vos leidt het project. „Het loopt”, zegt hij. Het motto van de campagne is ‘Samen sterk’. De titel van het rapport luidt ‘Een wijk voor iedereen’.'
    expect(quote(value, 'Samen sterk')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'Een wijk voor iedereen')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('what a thing or a person is called', () => {
  it('is a name: `‘…’ genoemd` with no named person calling it so, and after `heet`', () => {
    const value = 'Een kop\n\n„Het was een strafschop”, zei spits Yannick Bos. De 22-jarige, door de fans ‘de Tank’ genoemd, schoot zelf raak. In de sport heet hij al jaren ‘de stille spits’, omdat hij weinig zegt.'
    expect(kind(value, 'de Tank')).toBe('scare')
    expect(kind(value, 'de stille spits')).toBe('scare')
    expect(quote('Een kop\n\nHet plan werd door Ria Smit ‘een gok’ genoemd.', 'een gok')).toMatchObject({kind: 'partial', speaker: 'Ria Smit'})
  })
})

describe('a name after the noun it names', () => {
  it('the noun may end a compound (`buurtvereniging ‘…’`)', () => {
    const value = 'De buurt krijgt een nieuw park.\n\nBuurtvereniging ‘Wij houden van onze wijk’ zamelt geld in voor de bankjes.'
    expect(kind(value, 'Wij houden van onze wijk')).toBe('scare')
  })

  it('not lower-case words after a body or a law, which is named with a capital (`biedt de wet ‘voldoende ruimte’`)', () => {
    const value = 'Een kop\n\nDe commissie is tevreden. Volgens woordvoerder Ana Reis biedt de wet ‘voldoende ruimte voor uitzonderingen’, bijvoorbeeld in de zorg. Esra Kaya benadrukt dat haar partij „geen centimeter” opschuift.'
    expect(quote(value, 'voldoende ruimte voor uitzonderingen')).toMatchObject({kind: 'partial', speaker: 'Ana Reis'})
    expect(quote(value, 'geen centimeter')).toMatchObject({kind: 'partial', speaker: 'Esra Kaya'})
    expect(kind('Een kop\n\nDe partij ‘Nieuw Begin’ doet mee.', 'Nieuw Begin')).toBe('scare')
    // (A compound too: `de spelersgroep`.)
    expect(quote('Een kop\n\nIn een verklaring schrijft SV Rijnmond dat de spelersgroep „een nieuwe impuls” nodig heeft.', 'een nieuwe impuls')).toMatchObject({kind: 'partial', speaker: 'SV Rijnmond'})
  })

  it('not lower-case words the clause’s verb follows: the noun is an object (`het bedrijf ‘zwaar getroffen’ heeft`)', () => {
    const value = 'De fabriek sluit.\n\nDirecteur Eva Kok zegt dat de brand het bedrijf ‘zwaar getroffen’ heeft.'
    expect(quote(value, 'zwaar getroffen')).toMatchObject({kind: 'partial', speaker: 'Eva Kok'})
  })
  it('not the words after a copula or a verb of judging and the noun (`is de wet ‘…’`, `vindt de nieuwe wet ‘…’`): a predicate', () => {
    expect(quote('Kop\n\nEr komt een nieuwe wet. Volgens het kabinet is de wet ‘een flinke stap vooruit’.', 'een flinke stap vooruit')).toMatchObject({kind: 'partial', speaker: 'het kabinet'})
    expect(quote('Kop\n\nHuurder Anna Bos kreeg een brief. Bos vindt de nieuwe wet ‘een begin’.', 'een begin')).toMatchObject({kind: 'partial', speaker: 'Anna Bos'})
  })
  it('not the words that end a clause a verb of judging opens (`noemt het einde van het programma ‘…’.`)', () => {
    expect(quote('Kop\n\nKijkers zijn boos. Weer een andere kijker noemt het einde van het programma ‘een gemiste kans’.', 'een gemiste kans')).toMatchObject({kind: 'partial', speaker: 'een andere kijker'})
  })
  it('not the words after the source of `volgens` (`volgens het bedrijf ‘…’`)', () => {
    expect(quote('Kop\n\nHet bedrijf Kookbox reageert. Alle klanten krijgen volgens het bedrijf ‘het hele bedrag’ terug.', 'het hele bedrag')).toMatchObject({kind: 'partial', speaker: 'Kookbox'})
  })
  it('not the words that end a clause right after its subject: they hold its verb (`zegt dat de partij ‘…’.`)', () => {
    const value = 'Kop\n\nOud-wethouder Gert Mulder zegt dat de partij ‘de weg helemaal kwijt is’. Volgens hem moet het anders.'
    expect(quote(value, 'de weg helemaal kwijt is')).toMatchObject({kind: 'partial', speaker: 'Gert Mulder'})
    expect(kind('Kop\n\nEen nieuwe club, de vereniging ‘Samen Sterk’, begint.', 'Samen Sterk')).toBe('scare')
  })
})

describe('a quote that opens the sentence', () => {
  it('is part of the writer’s sentence when the sentence goes on after it', () => {
    const value = '„Dit plan deugt niet”, zegt bewoner Karel Smit.\n\n‘Een handvol boze buren’ hield het plan jarenlang tegen.'
    expect(kind(value, 'Een handvol boze buren')).toBe('partial')
  })

  it('an ellipsis does not end that sentence', () => {
    const value = 'Op de muur staat het oude motto, weet u nog: „Samen Sterk, altijd...” hangt er nog.'
    expect(kind(value, 'Samen Sterk, altijd...')).toBe('scare')
  })

  it('is direct before a comma and the rest of the sentence (`„…”, werd … daarvan`)', () => {
    const value = 'Wethouder Ria Kok las het rapport.\n\n„Schandalig”, werd Kok er stil van.'
    expect(kind(value, 'Schandalig')).toBe('direct')
  })

  it('is what someone calls a thing before `noemt`, and a name before `heet`', () => {
    expect(kind('Boer Henk Pol maakt de sloten schoon. ‘Slootjespoetsen’, noemt Pol dit werk.', 'Slootjespoetsen')).toBe('partial')
    expect(kind('Boer Henk Pol woont aan de dijk. ‘Kwelderland’, heet die grond in de streek.', 'Kwelderland')).toBe('scare')
  })
})

describe('a quote inside the writer’s sentence', () => {
  it('the second half of a sentence the cue interrupts is direct', () => {
    const value = '„We zijn er klaar voor,” zegt trainer Anouk Mol, „maar de tegenstander is sterk.”'
    expect(quote(value, 'maar de tegenstander is sterk.')).toMatchObject({kind: 'direct', speaker: 'Anouk Mol'})
  })

  it('a capitalised quote followed by `, zegt …` is direct', () => {
    const value = 'De ouders zijn vol lof. „Prachtig”, zegt de een, „Heel mooi gedaan”, zegt de ander.'
    expect(kind(value, 'Heel mooi gedaan')).toBe('direct')
  })

  it('an exclamation is direct', () => {
    const value = 'Zanger Rob Vos speelt in de Oosterpoort. In de zaal klinkt steeds weer ‘nog een keer!’ als de band stopt.'
    expect(kind(value, 'nog een keer!')).toBe('direct')
  })

  it('a clause that fills a pair of brackets is direct', () => {
    const value = 'Marja de Wit vliegt morgen. Haar zus woont in Canada (‘we bellen elke week’) en komt in de zomer over.'
    expect(kind(value, 'we bellen elke week')).toBe('direct')
  })

  it('what `woorden` stands for is direct', () => {
    const value = 'De zanger overleed vorig jaar. Zijn laatste woorden, ‘Ik kom terug’, staan nu op de muur.'
    expect(kind(value, 'Ik kom terug')).toBe('direct')
  })

  it('after `vindt het` the quote is a judgement, not a noun after an article', () => {
    const value = '„We zijn blij”, zegt Kees Jansen.\n\nDe buurman die naast de bakkerij woont, vindt het ‘super’ dat de winkel weer opengaat.'
    expect(kind(value, 'super')).toBe('partial')
  })

  it('one word between an article and a form of `noemen` is what someone calls a thing, not a label (`wat zij de ‘…’ noemt`)', () => {
    expect(quote('Kop\n\nCriticus Ans Kok is streng. Kok ergert zich aan wat zij de ‘feestindustrie’ noemt.', 'feestindustrie')).toMatchObject({kind: 'partial', speaker: 'Ans Kok'})
  })
  it('one word between an article and its noun is a label', () => {
    expect(kind('Volgens minister Joost de Boer gaat het om een ‘tijdelijke’ maatregel.', 'tijdelijke')).toBe('scare')
  })

  it('unless a cue governs the noun phrase', () => {
    expect(kind('Het college stemde in. Een ‘verstandig’ besluit, vindt wethouder Ria Kok.', 'verstandig')).toBe('partial')
    expect(kind('Wethouder Ria Kok spreekt van een ‘pijnlijke’ keuze.', 'pijnlijke')).toBe('partial')
  })

  it('a name something goes by (`, zoals … bekendstaat`) is a label', () => {
    const value = 'Volgens onderzoeker Jan Mol valt het mee met de ‘groene stad’, zoals Utrecht bekendstaat.'
    expect(kind(value, 'groene stad')).toBe('scare')
  })
})

describe('a quote that makes the whole of its sentence', () => {
  it('after a colon, ending where the sentence ends, is direct', () => {
    const value = 'De brug bleef dicht. Ik wilde het niet horen en dacht alleen maar: ‘daar gaan we weer’.'
    expect(kind(value, 'daar gaan we weer')).toBe('direct')
  })

  it('two words are still a label (`Het motto: ‘Samen sterk’.`)', () => {
    const value = 'De club bestaat vijftig jaar. Het motto: ‘samen sterk’.'
    expect(kind(value, 'samen sterk')).not.toBe('direct')
  })
})

describe('someone named nearby, with no one talking', () => {
  it('does not make one quoted word theirs: a term (`Vroeger speelden daar ‘straatkinderen’.`)', () => {
    const value = 'Het huis van Kees Mol staat al veertig jaar aan het plein. Vroeger speelden daar vooral ‘straatkinderen’.'
    expect(kind(value, 'straatkinderen')).toBe('scare')
  })

  it('still does with a cue, or named in the quote’s own sentence', () => {
    expect(kind('Het huis van Kees Mol staat aan het plein. Vroeger speelden daar ‘brutale’ kinderen, zegt hij.', 'brutale')).toBe('partial')
    expect(kind('Kees Mol woont al veertig jaar aan het plein en is nog altijd ‘trots’ op zijn buurt.', 'trots')).toBe('partial')
  })
})

describe('a sentence that tells of an utterance', () => {
  it('reports speech (`kwam met de boodschap dat …`)', () => {
    const value = 'De burgemeester kwam vanochtend met de boodschap dat de wijk moet ‘volhouden’.'
    expect(kind(value, 'volhouden')).toBe('partial')
  })
})

describe('what someone describes a thing as', () => {
  it('is their words (`omschreef als ‘…’`, `afdoet als een ‘…’`), even one capitalised word', () => {
    expect(kind('Het bord werd weggehaald door wat de krant omschreef als ‘Buurtwachten’.', 'Buurtwachten')).toBe('partial')
    expect(kind('Het is een plan dat de wethouder afdoet als een ‘luchtkasteel’ van de oppositie.', 'luchtkasteel')).toBe('partial')
  })
})

describe('what someone does not describe a thing as', () => {
  it('is someone else’s label, a scare quote (`omschrijft zichzelf niet als ‘activist’`)', () => {
    const value = '„Ik wil gewoon veilig fietsen”, zegt bewoonster Eva Kok. Ze loopt vaak mee met protesten, maar omschrijft zichzelf niet als ‘activist’.'
    expect(quote(value, 'activist')).toMatchObject({kind: 'scare', speaker: null})
    expect(kind('„Ik wil gewoon veilig fietsen”, zegt bewoonster Eva Kok. Ze omschrijft zichzelf wel als ‘activist’.', 'activist')).toBe('partial')
  })
})

describe('a judgement fronted before the verb that tells whose it is', () => {
  it('is partial (`‘Inspirerend’ vindt Kok de toespraak.`)', () => {
    expect(kind('De zaal is vol. ‘Inspirerend’ vindt scholier Maria Kok de toespraak.', 'Inspirerend')).toBe('partial')
  })
})

describe('names of things', () => {
  it('what the writer calls `zogenoemd` or `zogeheten` is a term (`de zogeheten ‘woonvisie’`)', () => {
    expect(kind('De oppositie lacht om de zogeheten ‘woonvisie’ van het college.', 'woonvisie')).toBe('scare')
  })
  it('a title with the small words of a name, or one word and a number, is a name (`‘Huis van de Wijk’`, `‘Omgevingsvisie 2040’`)', () => {
    expect(kind('Burgemeester Fleur Kok opende vrijdag het ‘Huis van de Wijk’.', 'Huis van de Wijk')).toBe('scare')
    expect(kind('Wethouder Niels Vink presenteerde de nieuwe ‘Omgevingsvisie 2040’.', 'Omgevingsvisie 2040')).toBe('scare')
  })
  it('a word and a number alone is a name too, a level or a stage (`naar ‘fase 2’`)', () => {
    const value = '„Het water is op”, zegt dijkgraaf Eva Kok. Voor het waterschap reden om op te schalen naar ‘fase 2’ van het crisisplan.'
    expect(quote(value, 'fase 2')).toMatchObject({kind: 'scare', speaker: null})
    expect(kind('„Het water is op”, zegt dijkgraaf Eva Kok. Het kost volgens haar ‘100 miljoen’ per jaar.', '100 miljoen')).toBe('partial')
  })
})

describe('one small word quoted on its own', () => {
  it('a particle or a pronoun is the writer pointing at it, a scare quote (`‘toevallig’`, `in ‘haar’ café`)', () => {
    const value = 'Ria Smit woont al jaren aan het plein. Telkens was het huis ‘toevallig’ net verkocht. Ze zit liever in ‘haar’ café aan de markt.'
    expect(quote(value, 'toevallig')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'haar')).toMatchObject({kind: 'scare', speaker: null})
  })

  it('a cue in its sentence still tells who is talking for the quotes after it', () => {
    const value =
      'Schrijfster Ria Smit waarschuwt in haar boek voor de ondergang van de democratie. „Jullie denken dat het hier niet kan gebeuren.” Ook dichter Jan Kaya kende die angst. „Jullie”, daarmee bedoelt ze ‘ons’ in Europa. „Jullie kunnen niet wegkijken.”'
    expect(kind(value, 'ons')).toBe('scare')
    expect(quote(value, 'Jullie kunnen niet wegkijken.').speaker).toBe('Ria Smit')
  })

  it('an interjection or a sound word is a sound, not words said (`met ‘oehs’ en ‘aah’s’ reageert de zaal`)', () => {
    const value = '„Dit is een mooie avond”, zegt voorzitter Eva Kok. Met ‘oehs’ en ‘aah’s’ reageert de zaal op de uitslag. Daarna klinkt een luide ‘boem’ bij het podium.'
    expect(quote(value, 'oehs')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'aah’s')).toMatchObject({kind: 'scare', speaker: null})
    expect(kind(value, 'boem')).toBe('scare')
  })

  it('a word that is no particle or pronoun stays someone’s (`voelt zich ‘ellendig’, zegt ze`)', () => {
    expect(kind('Buurvrouw Ria Smit voelt zich ‘ellendig’ door het lawaai, zegt ze.', 'ellendig')).toBe('partial')
  })
})

describe('a word quoted in the writer’s own sentence after someone spoke', () => {
  it('is the writer’s term, scare, unless the sentence names the one talking or the sentence before reports speech', () => {
    expect(kind('„We gaan door”, zegt wethouder Eva Kok.\n\nHet werk is zwaar. De paden langs de rivier zijn ‘onbegaanbaar’.', 'onbegaanbaar')).toBe('scare')
    expect(kind('„We gaan door”, zegt wethouder Eva Kok.\n\nWel is ze ‘nieuwsgierig’ naar de uitslag.', 'nieuwsgierig')).toBe('partial')
    expect(kind('„We gaan door”, zegt wethouder Eva Kok.\n\nZe zegt dat het werk zwaar is. De wegen, en de paden langs de rivier, zijn ‘onbegaanbaar’.', 'onbegaanbaar')).toBe('partial')
  })
})

describe('`zijn` before a quoted word', () => {
  const value = '„We stoppen ermee”, zegt wethouder Eva Kok. Ze vertelt dat het spoor naar zijn ‘vrienden’ in Utrecht leidde. De wegen naar het noorden, en de paden langs de rivier, zijn ‘onbegaanbaar’.'

  it('after a comma or a subject is the verb: the word is said of the subject (`…, zijn ‘onbegaanbaar’`)', () => {
    expect(quote(value, 'onbegaanbaar')).toMatchObject({kind: 'partial', speaker: 'Eva Kok'})
    expect(kind('„We stoppen ermee”, zegt wethouder Eva Kok. Het zijn ‘zware’ tijden.', 'zware')).toBe('partial')
  })

  it('after another word it is the possessive before a noun, a term (`naar zijn ‘vrienden’`)', () => {
    expect(kind('„We stoppen ermee”, zegt wethouder Eva Kok. Het spoor leidde naar zijn ‘vrienden’ in Utrecht.', 'vrienden')).toBe('scare')
  })
})

describe('a term the writer explains', () => {
  it('in brackets after a noun, or before an apposition with `een`, is a term (`(‘slots’)`, `een ‘stadssnor’, een voertuig …`)', () => {
    const value =
      '„Het moet veiliger”, zegt wethouder Eva Kok. Ze wil de parkeervakken (‘hokjes’) breder maken. Ze pleit voor een ‘fietsstraat’, een weg waar de auto te gast is.'
    expect(quote(value, 'hokjes')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'fietsstraat')).toMatchObject({kind: 'scare', speaker: null})
  })

  it('not a word with a comma and no apposition after it (`een ‘fietsstraat’, zegt ze`)', () => {
    expect(kind('„Het moet veiliger”, zegt wethouder Eva Kok. Het wordt een ‘fietsstraat’, zegt ze.', 'fietsstraat')).toBe('partial')
  })
})

describe('words on a sign, a banner or a window', () => {
  it('are a slogan with no speaker, a scare quote (`‘…’, staat op een spandoek`, `op de ramen prijkt: ‘…’`)', () => {
    const value =
      '„We blijven hier”, zegt bewoonster Eva Kok. ‘Handen af van ons park’, staat op een spandoek aan het hek. Wie langs de school loopt, ziet de leus die in rode letters op het glas prijkt: ‘Iedereen mag meedoen’.'
    expect(quote(value, 'Handen af van ons park')).toMatchObject({kind: 'scare', speaker: null})
    expect(quote(value, 'Iedereen mag meedoen')).toMatchObject({kind: 'scare', speaker: null})
  })

  it('not what a document says (`In het rapport staat: „…”`), nor what is heard (`„…”, klinkt het`)', () => {
    expect(kind('De inspectie is streng. In het rapport staat: „De school moet binnen een jaar verbeteren.”', 'De school moet binnen een jaar verbeteren.')).toBe('direct')
    expect(kind('De zaal is vol. „Dit hadden we nooit gedacht”, klinkt het bij de leden.', 'Dit hadden we nooit gedacht')).toBe('direct')
  })
})

describe('a long fragment with no one to say it', () => {
  it('is still a clause someone said, partial, not a label (six lower-case words or more)', () => {
    const value = 'Het nieuwe gemeentehuis zou vier miljoen kosten. Vorig jaar bleek de bouw ‘toch op ruim het dubbele uit te komen’.'
    expect(quote(value, 'toch op ruim het dubbele uit te komen')).toMatchObject({kind: 'partial', speaker: null})
  })

  it('but a short one is a label or a term (`een ‘groene long’`)', () => {
    expect(kind('Het nieuwe park moet de stad koelen. Het wordt een ‘groene long’ van de wijk.', 'groene long')).toBe('scare')
  })
})

describe('what a thing is called', () => {
  it('is a name after `onder de noemer` (`Onder de noemer „Iedereen een kans” wilde de gemeente …`)', () => {
    const value = 'Een kop\n\n„Het was een fout”, zegt wethouder Eva Kok. Onder de noemer „Iedereen een eerlijke kans” wilde de gemeente starters helpen.'
    expect(quote(value, 'Iedereen een eerlijke kans')).toMatchObject({kind: 'scare', speaker: null})
  })
  it('is a name before `zoals` and `heet` far on in its clause (`de ‘derby van de dijk’, zoals het duel in de streek al jaren heet`)', () => {
    const value = "Een kop\n\n„We waren beter”, zegt trainer Kees Mol. De thuisploeg begon sterk aan de 'derby van de dijk', zoals het duel tussen de twee dorpen in de streek al jaren heet."
    expect(quote(value, 'derby van de dijk')).toMatchObject({kind: 'scare', speaker: null})
  })
})

describe('a fragment with the comma of direct speech inside its marks', () => {
  it('is direct when any verb in lower case follows (`„Vijf dagen,” verbetert zijn vrouw.`)', () => {
    const value = 'Piet Smit en zijn vrouw Els zitten aan tafel.\n\n„Het duurde een week”, zegt hij.\n\n„Vijf dagen,” verbetert zijn vrouw.'
    expect(quote(value, 'Vijf dagen,')).toMatchObject({kind: 'direct', speaker: 'Els'})
  })
  it('not before a function word that goes on with the writer’s sentence (`‘Nooit meer oorlog,’ dat was …`)', () => {
    const value = 'Het dorp telt vijfhonderd inwoners.\n\n‘Nooit meer oorlog,’ dat was het motto van de bond.'
    expect(kind(value, 'Nooit meer oorlog,')).toBe('scare')
  })
})

describe('a word after a noun that can have a name, before `te` and an infinitive', () => {
  it('is what the object is taken as, partial, not the noun’s name (`zegt de motie ‘serieus’ te nemen`)', () => {
    const value = 'Gedeputeerde Harm Wolters is er klaar mee.\n\n„Het ligt op schema”, zei hij.\n\nWolters zegt de motie ‘serieus’ te nemen.'
    expect(quote(value, 'serieus')).toMatchObject({kind: 'partial', speaker: 'Harm Wolters'})
  })
})
