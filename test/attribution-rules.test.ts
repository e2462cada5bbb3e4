/**
 * The newer attribution rules, one project-authored fixture each (`fixtures/speaker-*`): for the
 * quotes a rule is about, the speaker, method and (where it tells something) cue, mention and kind.
 * Where the core is wrong today the expectation stays as a careful reader has it, run with `it.fails`.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes, type QuoteRecord, type Root} from '../src/index.js'

const parsed = new Map<string, {tree: Root; quotes: QuoteRecord[]}>()

/** The tree and quote records of `fixtures/<name>/input.txt`, parsed once. */
function load(name: string): {tree: Root; quotes: QuoteRecord[]} {
  let result = parsed.get(name)
  if (!result) {
    const tree = fromNews(readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8'))
    result = {tree, quotes: listQuotes(tree)}
    parsed.set(name, result)
  }
  return result
}

/** The one record whose quoted words are `text`. */
function quote(name: string, text: string): QuoteRecord {
  const found = load(name).quotes.filter((record) => record.text === text)
  expect(found, `fixtures/${name}: one quote with text ${JSON.stringify(text)}`).toHaveLength(1)
  return found[0]!
}

/** Who said it, and how, as one comparable object. */
function said(record: QuoteRecord) {
  return {kind: record.kind, speaker: record.speaker, method: record.method, cue: record.cue, mention: record.mention}
}

describe('1. a cue later in the sentence, after a comma (speaker-cue-inverted-later)', () => {
  it('gives a quote inside the sentence the speaker after the cue', () => {
    expect(said(quote('speaker-cue-inverted-later', 'logisch'))).toEqual({
      kind: 'partial',
      speaker: 'Karin Smit',
      method: 'cue',
      cue: 'vindt',
      mention: 'Karin Smit'
    })
  })
})

describe("2. the sentence's subject (speaker-subject)", () => {
  it('gives a short quote the named subject of its sentence, with no cue', () => {
    expect(said(quote('speaker-subject', 'pure willekeur'))).toEqual({
      kind: 'partial',
      speaker: 'Lotte Vermeer',
      method: 'subject',
      cue: null,
      mention: 'Lotte Vermeer'
    })
  })

  it('gives it the person an inverted pronoun subject goes back to', () => {
    // A pronoun mention is reported as method 'pronoun', as everywhere else.
    expect(said(quote('speaker-subject', 'maar moet oprotten'))).toEqual({
      kind: 'partial',
      speaker: 'Henk Dijkstra',
      method: 'pronoun',
      cue: null,
      mention: 'hij'
    })
  })
})

describe('3. a cue in the next sentence (speaker-cue-next-sentence)', () => {
  it('a name and a cue: `„…” Jansen noemt dat …`', () => {
    expect(said(quote('speaker-cue-next-sentence', 'Niemand hoeft te verhuizen.'))).toEqual({
      kind: 'direct',
      speaker: 'Ruud Jansen',
      method: 'cue',
      cue: 'noemt',
      mention: 'Jansen'
    })
  })

  it('a pronoun and a cue: `„…” Hij zegt dat …`', () => {
    expect(said(quote('speaker-cue-next-sentence', 'Wij gaan gewoon door.'))).toMatchObject({
      kind: 'direct',
      speaker: 'Ruud Jansen',
      cue: 'zegt',
      mention: 'Hij'
    })
  })

  it('not a sentence that ends in a colon before the next quote', () => {
    const before = quote('speaker-cue-next-sentence', 'Het gaat om onze veiligheid.')
    expect(before.speaker).not.toBe('Yvonne Kok')
    expect(before.cue).toBeNull()
    expect(said(quote('speaker-cue-next-sentence', 'Maar ook om ons dorp.'))).toMatchObject({speaker: 'Yvonne Kok', method: 'colon', cue: 'vult aan'})
  })
})

describe('4. an affiliation (speaker-affiliation)', () => {
  it('`de woordvoerder van Rijkswaterstaat` goes back to the person named at Rijkswaterstaat', () => {
    const record = quote('speaker-affiliation', 'In de zomervakantie is het veel rustiger op de weg.')
    expect(record.speaker).toBe('Marloes Bosman')
    expect(record.method).toBe('carry-over')
    expect(load('speaker-affiliation').tree.data?.speakers?.map((speaker) => speaker.name)).toEqual(['Marloes Bosman', 'Kees Blom'])
  })

  // A lone word and a bare `de` right after a speech verb are one name (`meldt Marloes de Graaf`).
  it('`Marloes de Graaf van Rijkswaterstaat`: the same, with a particle in the name (speaker-affiliation-particle)', () => {
    const record = quote('speaker-affiliation-particle', 'In de zomervakantie is het veel rustiger op de weg.')
    expect(record.speaker).toBe('Marloes de Graaf')
  })
})

describe("5. a definite role going back to an indefinite source (speaker-indefinite-source)", () => {
  it('`de medewerker` is the `een medewerker …` brought in before', () => {
    expect(said(quote('speaker-indefinite-source', 'Elke maand ging er een bestand met duizenden adressen de deur uit'))).toEqual({
      kind: 'direct',
      speaker: 'Een medewerker van het bedrijf Dataflow',
      method: 'role',
      cue: 'zegt',
      mention: 'de medewerker'
    })
  })

  it('`het rapport` is the report brought in with `Uit een rapport … blijkt`, without its phrase of time', () => {
    expect(said(quote('speaker-indefinite-source', 'Contracten worden zelden gecontroleerd'))).toEqual({
      kind: 'direct',
      speaker: 'een rapport van de rekenkamer',
      method: 'role',
      cue: 'aldus',
      mention: 'het rapport'
    })
  })

  it('`de programmeur` is the source an indefinite apposition made one (`een van de oud-medewerkers, een 31-jarige … programmeur`)', () => {
    expect(said(quote('speaker-indefinite-source', 'Ik heb de mails nog.'))).toMatchObject({
      speaker: 'een van de oud-medewerkers',
      method: 'role',
      mention: 'De programmeur'
    })
  })
})

describe('6. a role with a relative clause (speaker-role-relative-clause)', () => {
  it('with a name in apposition: `De organisatie die …, VTH Noord,`', () => {
    expect(said(quote('speaker-role-relative-clause', 'feitelijke fouten'))).toEqual({
      kind: 'partial',
      speaker: 'VTH Noord',
      method: 'role',
      cue: 'stelt',
      mention: 'De organisatie'
    })
  })

  it('without a name: a new source, not the person named before, named without its relative clause (read up to the main verb `wil`)', () => {
    const record = quote('speaker-role-relative-clause', 'Geen commentaar.')
    expect(record.speaker).toBe('De advocaat')
    expect(record.speaker).not.toBe('Gerrit Wolters')
    expect(record.method).toBe('colon')
  })

  it('reads a subject with its relative clause before the comma as the subject, not as an inverted clause (`Een bewoonster … die er … woont, noemt …`)', () => {
    expect(said(quote('speaker-role-relative-clause', 'onhoudbaar'))).toEqual({
      kind: 'partial',
      speaker: 'Een bewoonster van de flat',
      method: 'cue',
      cue: 'noemt',
      mention: 'Een bewoonster van de flat'
    })
    expect(quote('speaker-role-relative-clause', 'Ik slaap al weken in de woonkamer.').speaker).toBe('Een bewoonster van de flat')
  })

  it('reads a group\'s noun before a plural role as the role\'s (`een groep moeders`), which a definite plural of its tail refers back to', () => {
    const text = 'Een kop\n\n„We gaan door”, zegt Piet Kok.\n\nEen groep plattelandsvrouwen uit Staphorst stuurde een brief. „Wij willen gehoord worden”, schrijven de vrouwen.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Een groep plattelandsvrouwen uit Staphorst', method: 'role'})
    const parents = 'Een kop\n\n„We gaan door”, zegt Piet Kok.\n\nEen aantal ouders stuurde een brief. „Onze kinderen zijn bang”, schrijven de ouders.\n'
    expect(listQuotes(fromNews(parents))[1]).toMatchObject({speaker: 'Een aantal ouders', method: 'role'})
  })
  it('tells two sources of one noun apart by their relative clauses, though both are named by the noun phrase alone', () => {
    const tree = fromNews('Een kop\n\nEen agent die de wijk kent, zei: „Het is hier rustig.” Een agent die pas sinds mei in de stad werkt, zei: „Ik schrok ervan.”\n')
    expect(listQuotes(tree).map((record) => record.speaker)).toEqual(['Een agent', 'Een agent'])
    expect(tree.data?.speakers?.map((speaker) => speaker.name)).toEqual(['Een agent', 'Een agent'])
  })

  it('reads a role whose relative clause runs to the colon as the speaker (`Een medewerker die … wil: „…”`)', () => {
    const text = 'Een kop\n\nDe fabriek gaat dicht. Een monteur die er al twintig jaar werkt: „Niemand heeft ons iets verteld.”\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Een monteur', method: 'colon'})
  })

  it('passes over a relative clause inside the relative clause (`Een buurman die zijn moeder, die in een rolstoel zit, … duwt, zei: „…”`)', () => {
    expect(said(quote('speaker-role-relative-clause', 'De stoep is veel te smal.'))).toMatchObject({
      speaker: 'Een buurman',
      method: 'colon',
      cue: 'zei'
    })
  })
})

describe('7. labels and words someone hears (speaker-labels)', () => {
  it('the quote before has its speaker', () => {
    expect(quote('speaker-labels', 'Ik heb er hard voor getraind').speaker).toBe('Sanne Vink')
  })

  it('quotes listed together as labels get no speaker', () => {
    for (const text of ['Slim', 'lenig van geest', 'een doorzetter']) {
      expect(said(quote('speaker-labels', text)), text).toMatchObject({speaker: null, method: null, cue: null})
    }
    // With no one saying them, they are labels: scare quotes (a partial quote is someone's words).
    expect(quote('speaker-labels', 'lenig van geest').kind).toBe('scare')
  })

  it('words someone hears get no speaker', () => {
    for (const text of ['Zoek een echte baan', 'Waarom doe je dit?']) {
      expect(said(quote('speaker-labels', text)), text).toMatchObject({speaker: null, method: null, cue: null})
    }
  })
})

describe('8. `blijkt uit` a document (speaker-blijkt-uit)', () => {
  it('the document is the source', () => {
    expect(said(quote('speaker-blijkt-uit', 'Een pauze langer dan tien minuten wordt gemeld bij de leidinggevende'))).toEqual({
      kind: 'direct',
      speaker: 'een interne handleiding',
      method: 'cue',
      cue: 'blijkt uit',
      mention: 'een interne handleiding'
    })
  })
})

describe('9. `de Zwolse`: a woman from there (speaker-place-adjective)', () => {
  it('resolves to the woman who is talking', () => {
    expect(said(quote('speaker-place-adjective', 'Ik douche nu bij mijn zus aan de andere kant van de stad'))).toEqual({
      kind: 'direct',
      speaker: 'De bewoonster',
      method: 'role',
      cue: 'vertelt',
      mention: 'de Zwolse'
    })
  })
})

describe("10. a title's gender keeps people apart (speaker-title-gender)", () => {
  it('`zoon Ad Vos` and `mevrouw Vos` are different entries', () => {
    const speakers = load('speaker-title-gender').tree.data?.speakers ?? []
    expect(speakers.filter((speaker) => speaker.name === 'Ad Vos' || speaker.name === 'Vos').map(({name, gender}) => ({name, gender}))).toEqual([
      {name: 'Ad Vos', gender: 'male'},
      {name: 'Vos', gender: 'female'}
    ])
  })

  it('each says their own words', () => {
    expect(quote('speaker-title-gender', 'We bakken nog steeds volgens het recept van mijn opa').speaker).toBe('Ad Vos')
    expect(said(quote('speaker-title-gender', 'Mijn man begon hier in 1965 met één oven.'))).toMatchObject({speaker: 'Vos', method: 'colon'})
  })

  // After a cue too (`„…”, zegt mevrouw Vos`) the title's gender picks the person.
  it('`„…”, zegt mevrouw Vos` goes to mevrouw Vos, not to Ad Vos', () => {
    expect(quote('speaker-title-gender', 'Ik kan het niet laten').speaker).toBe('Vos')
  })
})

describe('11. the noun phrases of sources (speaker-noun-phrases)', () => {
  it('reads a lone first word and a bare `de` after a speech verb as one name (`zegt Wietse de Jong`)', () => {
    expect(said(quote('speaker-noun-phrases', 'Zoiets heb ik hier nog nooit meegemaakt'))).toMatchObject({speaker: 'Wietse de Jong', method: 'cue', mention: 'Wietse de Jong'})
  })
  it('takes the name in a role’s apposition (`De burgemeester …, Anna Visser, liet weten`)', () => {
    expect(quote('speaker-noun-phrases', 'We gaan iedereen helpen die dat nodig heeft.').speaker).toBe('Anna Visser')
  })
  it('keeps a place named after a place noun out of the speaker (`een inwoner van het dorp Tzum`)', () => {
    expect(quote('speaker-noun-phrases', 'We krijgen de wegen pas morgen vrij').speaker).toBe('een inwoner van het dorp Tzum')
  })
  it('reads an adverb before an adjective (`een goed geïnformeerde bron`)', () => {
    expect(quote('speaker-noun-phrases', 'Het is te gevaarlijk om te fietsen').speaker).toBe('een goed geïnformeerde bron bij de provincie')
  })
  it('gives both parts of a quote split by a role cue the same speaker', () => {
    expect(said(quote('speaker-noun-phrases', 'Ik was net op tijd binnen'))).toMatchObject({speaker: 'Wietse de Jong', method: 'role'})
    expect(quote('speaker-noun-phrases', 'maar mijn buurman stond nog buiten.').speaker).toBe('Wietse de Jong')
  })
  it('makes no source of the writer’s own paper (`Deze krant sprak met …`) nor of everyone of a kind (`Alle scholen`)', () => {
    const names = load('speaker-noun-phrases').tree.data!.speakers!.map((speaker) => speaker.name)
    expect(names).not.toContain('Deze krant')
    expect(names.some((name) => name.startsWith('Alle'))).toBe(false)
  })
})

describe('12. the edges of names (speaker-name-edges)', () => {
  it('keeps a surname that reads as a plural role after a title (`akkerbouwer Fenne Boeren`)', () => {
    expect(said(quote('speaker-name-edges', 'Het land is zo hard als beton'))).toMatchObject({speaker: 'Fenne Boeren', method: 'cue'})
  })
  it('reads a participle opening the sentence as no name (`Lachend: „…”`)', () => {
    expect(quote('speaker-name-edges', 'Morgen gaat het gieten, zeggen ze.').speaker).toBe('Een buurman')
  })
  it('reads `de` and a capitalised noun of origin as a role (`zei de 24-jarige Limburger`)', () => {
    expect(said(quote('speaker-name-edges', 'Dit is de mooiste dag van mijn leven'))).toMatchObject({speaker: 'Max de Wit', method: 'role', mention: 'de 24-jarige Limburger'})
  })
  it('keeps the field of a chair out of the name (`hoogleraar Waterbeheer Jorien ter Horst`)', () => {
    expect(said(quote('speaker-name-edges', "Zo'n zomer zien we eens in de twintig jaar"))).toMatchObject({speaker: 'Jorien ter Horst', mention: 'Ter Horst'})
  })
  it('takes a lone word opening a sentence before a speech verb and `dat` or a preposition as a name that speaks (`Klaverhof schrijft in een brief … dat …`)', () => {
    expect(said(quote('speaker-name-edges', 'volstrekt onredelijk'))).toMatchObject({kind: 'partial', speaker: 'Klaverhof', method: 'cue', cue: 'schrijft', mention: 'Klaverhof'})
  })
  it('makes no speaker of a place in a list before a verb (`Zeeland, Brabant en Limburg klagen`)', () => {
    const names = load('speaker-name-edges').tree.data!.speakers!.map((speaker) => speaker.name)
    expect(names).not.toContain('Limburg')
    expect(names).not.toContain('Lachend')
  })
})

describe('13. who the lines are about (speaker-reported-topics)', () => {
  it('takes the source of `…, aldus zijn vader.` as the one talking, after a subheading', () => {
    expect(said(quote('speaker-reported-topics', 'Een nieuwe klas is voor hem een grote stap.'))).toMatchObject({speaker: 'Joris Mulder', method: 'carry-over'})
  })
  it('brings on the person of a sentence that is only a name (`Ook aanvoerder Stijn Bakker.`)', () => {
    expect(said(quote('speaker-reported-topics', 'Het veld ligt er beter bij dan ooit'))).toMatchObject({speaker: 'Stijn Bakker', method: 'pronoun', mention: 'hij'})
  })
  it('leaves the speaker before that with his own words', () => {
    expect(quote('speaker-reported-topics', 'Deze groep wil echt winnen').speaker).toBe('Ruud Kamphuis')
  })
})
describe('13b. a pronoun the next sentence names (speaker-reported-topics)', () => {
  it('takes the name of `Het is kosteres Anja de Boer.` for `roept ze`', () => {
    expect(said(quote('speaker-reported-topics', "Geen foto's!"))).toMatchObject({speaker: 'Anja de Boer', method: 'pronoun', mention: 'ze'})
  })
  it('and goes on with her', () => {
    expect(quote('speaker-reported-topics', 'Dat geeft alleen maar ruzie.').speaker).toBe('Anja de Boer')
  })
})

describe('14. a colon introduction that opens with a phrase of its own (speaker-colon-fronted)', () => {
  it('reads the subject after the verb when a participle and its preposition come first (`Gevraagd naar de oorzaak stuurt Vitens …:`)', () => {
    expect(said(quote('speaker-colon-fronted', 'We werken hard aan een oplossing en bieden onze excuses aan.'))).toMatchObject({speaker: 'Vitens', method: 'colon'})
  })
  it('and when a phrase of place comes first (`Op zijn website zet waterbedrijf Vitens …:`)', () => {
    expect(said(quote('speaker-colon-fronted', 'Het water is weer drinkbaar.'))).toMatchObject({speaker: 'Vitens', method: 'colon'})
  })
  it('takes the name after two roles joined by `en` (`Partijgenoot en Tweede Kamerlid Eva Smit:`)', () => {
    expect(said(quote('speaker-colon-fronted', 'Dit mag nooit meer gebeuren.'))).toMatchObject({speaker: 'Eva Smit', method: 'colon'})
  })
  it('keeps a speech verb after the fronted phrase working (`Met een megafoon roept Koster …:`)', () => {
    expect(said(quote('speaker-colon-fronted', 'Er staan flessen water klaar bij het buurthuis.'))).toMatchObject({speaker: 'Marit Koster', mention: 'Koster'})
  })
})

describe('15. mentions and relations (speaker-mentions)', () => {
  it('keeps a noun of origin out of the name (`De Pool Marek Nowak`)', () => {
    expect(said(quote('speaker-mentions', 'Ik weet nooit of ik volgende maand nog werk heb'))).toMatchObject({speaker: 'Marek Nowak', mention: 'Nowak'})
  })
  it('reads a surname opening a sentence as that person (`Smeets heeft er zelf ook ervaring mee.`)', () => {
    expect(quote('speaker-mentions', 'Je kunt niets plannen, geen vakantie, niets').speaker).toBe('Hanna Smeets')
    const smeets = load('speaker-mentions').tree.data!.speakers!.find((speaker) => speaker.name === 'Hanna Smeets')!
    expect(smeets.mentions.map((mention) => mention.value)).toContain('Smeets')
  })
  it('does not make `haar woordvoerder` the one whose spokesperson it is', () => {
    expect(said(quote('speaker-mentions', 'noodzakelijke stap'))).toMatchObject({speaker: 'haar woordvoerder', method: 'cue'})
  })
  it('takes a first name with a changed-name mark (`Sanne (*) werkt …`) as a person who talks', () => {
    expect(said(quote('speaker-mentions', 'Als ze bellen, moet ik komen.'))).toMatchObject({speaker: 'Sanne', method: 'carry-over'})
  })
})

describe('16. who has the floor (speaker-floor)', () => {
  it('gives the words on a sign (`‘…’, staat op een bord`) no speaker', () => {
    expect(said(quote('speaker-floor', 'Handen af van de thuiszorg'))).toMatchObject({speaker: null, method: null})
  })
  it('gives what no one in particular says (`‘…’, klinkt het`) no speaker', () => {
    expect(quote('speaker-floor', 'Dit kabinet luistert niet').speaker).toBeNull()
  })
  it('keeps the speaker who is the subject of the sentence naming others', () => {
    expect(quote('speaker-floor', 'Zij hebben dit allemaal laten gebeuren.').speaker).toBe('Daan Kuipers')
  })
  it('hands the floor to a person named in full after the verb (`Bij het podium spreekt wethouder Ruben Hoekstra …`)', () => {
    expect(said(quote('speaker-floor', 'Ik heb gezien wat deze bezuinigingen doen'))).toMatchObject({speaker: 'Ruben Hoekstra', method: 'pronoun'})
  })
})

describe('17. titles and relative clauses (speaker-titles)', () => {
  it('gives a quote in a relative clause with a speech verb to the antecedent (`een medewerker die de kreet ‘…’ schreef`)', () => {
    expect(said(quote('speaker-titles', 'Weg met de wethouder'))).toMatchObject({speaker: 'een medewerker', method: 'cue', cue: 'schreef'})
  })
  it('reads an uninflected adjective in a title (`een universitair docent`)', () => {
    expect(quote('speaker-titles', 'Dit past niet bij onze school').speaker).toBe('een universitair docent')
  })
  it('reads an adjective of place before a role as no demonym (`de Arnhemse VVD-wethouder Marco Visser`)', () => {
    expect(said(quote('speaker-titles', 'We nemen dit zeer serieus'))).toMatchObject({speaker: 'Marco Visser', method: 'cue'})
  })
  it('reads an adjective that is also a function word, and stops at a verb particle (`bracht een nieuwe handleiding uit voor …`)', () => {
    expect(quote('speaker-titles', 'Wie zich er niet aan houdt, krijgt een boete.').speaker).toBe('een nieuwe handleiding')
  })
  it('reads one of a group as a source (`een van de buurtbewoners`)', () => {
    expect(said(quote('speaker-titles', 'Het is hier niet veilig meer'))).toMatchObject({speaker: 'een van de buurtbewoners', method: 'cue'})
  })
  it('knows Latin plurals of roles (`Veel politici`) and female forms (`een demonstrante`)', () => {
    expect(quote('speaker-titles', 'persoonlijk aangevallen').speaker).toBe('Veel politici')
    expect(quote('speaker-titles', 'Hier moet een grens zijn').speaker).toBe('een demonstrante')
  })
})
describe('13c. a subheading run into its paragraph (speaker-reported-topics)', () => {
  it('reads the person after `Lange dagen` as the subject (`Lange dagen Femke Dijkstra (29) werkt …`)', () => {
    expect(said(quote('speaker-reported-topics', 'De toestellen zijn voller en de pauzes korter.'))).toMatchObject({speaker: 'Femke Dijkstra', method: 'carry-over'})
  })
})

describe('13d. a main clause after a comma', () => {
  it('brings on its definite role when nothing before it does (`Om acht uur in de kantine, de beheerder probeert …`)', () => {
    const text = 'Het is weer maandag. Om acht uur in de kantine, de kantinebaas probeert iedereen te helpen.\n\n„Neem liever water.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'de kantinebaas', method: 'carry-over'})
  })
})

describe('13e. the one the writer talks with', () => {
  it('`Ik sprak met een verpleegkundige …` brings that one on', () => {
    const text = 'Het ziekenhuis is vol. Ik sprak met een verpleegkundige van de spoedpost. „We zijn uitgeput”, vertelde ze.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'een verpleegkundige van de spoedpost', method: 'pronoun'})
  })
})

describe('13f. who a role is, named after a copula', () => {
  it('`Een van de bewoners is Anna de Wit.` brings Anna de Wit on', () => {
    const text = '„Het is hier fijn”, zegt Karel Mol.\n\nEen van de bewoners is Anna de Wit. „Ik ga hier nooit weg.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Anna de Wit', method: 'carry-over'})
  })
})

describe('13g. a response from someone', () => {
  it('`Hij krijgt bijval van Anna de Wit.` brings Anna de Wit on', () => {
    const text = '„Het is hier fijn”, zegt Karel Mol.\n\nHij krijgt bijval van Anna de Wit. „Ik ga hier nooit weg.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Anna de Wit', method: 'carry-over'})
  })
})

describe('18. who asks, and a quote before the sentence (speaker-questions)', () => {
  it('reads the writer’s sentence after a quote that ends its own (`„… vertrouwen.” Ook Tarkan Ekim (41) heeft …`), and gives no floor to who asks someone something (`Een onbekende vroeg hem …`)', () => {
    expect(said(quote('speaker-questions', 'Als je eenmaal toegeeft, willen ze steeds meer'))).toMatchObject({speaker: 'Tarkan Ekim', method: 'pronoun', mention: 'hij'})
  })
  it('reads the writer’s sentence after a closing quote without the question too', () => {
    const text = '"We durven niet meer naar buiten", zegt bewonersvoorzitter Bayram Özkan (62).\n\n"Ik slaap slecht. Ik weet niet wie ik kan vertrouwen." Ook Tarkan Ekim (41) heeft last van de overlast.\n\nHij toont berichten op zijn telefoon.\n\n"Als je eenmaal toegeeft, willen ze steeds meer", zegt hij.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tarkan Ekim', method: 'pronoun'})
  })
  it('reads `vergelijkt … met` as a cue for words quoted after it (`Lotte Vos, buurtregisseur, vergelijkt Kanaleneiland met een ‘snelkookpan’`)', () => {
    expect(said(quote('speaker-questions', 'snelkookpan'))).toMatchObject({kind: 'partial', speaker: 'Lotte Vos', method: 'cue', cue: 'vergelijkt'})
  })
  it('reads `omschrijft … als` as a cue (`Wethouder Anna de Vries omschrijft de situatie als ‘onhoudbaar’`)', () => {
    expect(said(quote('speaker-questions', 'onhoudbaar'))).toMatchObject({kind: 'partial', speaker: 'Anna de Vries', method: 'cue', cue: 'omschrijft'})
  })
  it('keeps a group (`de advocaten van de familie`) as the source the phrase names, not the person named nearby', () => {
    expect(said(quote('speaker-questions', 'We hebben alles geprobeerd'))).toMatchObject({speaker: 'de advocaten van de familie', method: 'cue', cue: 'zeggen'})
  })
  it('reads `…, zo berekende de Woonbond eerder.` as reported speech: the next quote is the Woonbond’s', () => {
    expect(said(quote('speaker-questions', 'Veel huurders zijn hun spaargeld kwijt.'))).toMatchObject({speaker: 'de Woonbond', method: 'carry-over'})
  })
  it('gives words quoted in `Uit <bron> blijkt dat …` to that source (`Uit een rapport van de gemeente van vorig jaar blijkt …`)', () => {
    expect(said(quote('speaker-questions', 'onveilig'))).toMatchObject({kind: 'partial', speaker: 'een rapport van de gemeente', method: 'cue', cue: 'blijkt uit'})
  })
  it('reads the writer\'s first person after a question, without a comma (`„…?” vraag ik.`)', () => {
    const text = 'Winkelier Joop Hendriks sluit zijn zaak. „Is dat geen verlies voor het dorp?” vraag ik. „Jawel, maar ik ben zeventig.”'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: null})
    expect(quotes[1]).toMatchObject({speaker: 'Joop Hendriks'})
  })
  it('gives the answer to the one the writer asked (`„…?” vroeg ik de medewerker.`), and a firm named by its kind is no person', () => {
    const text = 'Mijn rekening van energieleverancier Voltax verdubbelde. Ik belde de klantenservice. „Waarom betaal ik ineens het dubbele?” vroeg ik de medewerker. „Dat zie ik niet in het systeem”, antwoordde ze.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'de medewerker'})
  })
  it('leaves an adjective of origin out of the name after `de` (`De Zweedse Linnea Berglund`)', () => {
    const text = 'De Zweedse Linnea Berglund won de sprint. „Ik ben blij”, zei Berglund.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Linnea Berglund'})
  })
  it('reads a sports position as a title before the name (`Middenvelder Pablo Ortega`)', () => {
    const text = 'Middenvelder Pablo Ortega (24) scoorde twee keer. „Dit was mijn avond”, zei Ortega.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Pablo Ortega'})
  })
  it('reads an institution noun with a bare plural after `van` as the body named before (`de vereniging van telers`)', () => {
    const text = 'Ook Fruitunie Zuid reageert. De vereniging van telers spreekt van „een zwarte dag voor de sector”.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Fruitunie Zuid', method: 'role'})
  })
  it('reads a verb of judging with its object before the quote as the cue (`Bos noemt de aanpak van de bank ‘…’`)', () => {
    const text = 'Klant Wendy Smit is boos. „Ik betaal te veel”, zegt ze. Kees Bos van de Woonbond noemt de aanpak van de verhuurder ‘ronduit schandalig’.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Kees Bos', method: 'cue', kind: 'partial'})
  })
  it('reads a child with an age before a verb as a person who may talk (`Sara (14) zit in …`)', () => {
    const text = 'Rector Ans Blaauw is tevreden. „Het werkt”, zegt ze.\n\nSara (14) zit in de tweede klas. Ze vertelt dat ze vaak wakker lag. ‘Het ging over mijn kleren.’'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Sara'})
  })
  it('does not carry a quote over to the one it talks of by first name (`„Ik heb Ruud gebeld.”`)', () => {
    const text = 'Het gezin van Ruud Mol (16) mag blijven. Zijn moeder Ans de Boer kan het nauwelijks geloven. „Dit is een wonder”, zegt ze. Ruud zit nog op school. „Ik heb Ruud meteen gebeld.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Ans de Boer'})
  })
  it('ends a name at its surname when that surname is also a first name (`Karin de Roos | van de universiteit`)', () => {
    const text = 'Socioloog Lies de Roos van de Universiteit Utrecht ziet een patroon. „Mensen kiezen een gezicht”, zegt De Roos.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Lies de Roos'})
  })
  it('knows two first names joined by a hyphen as one (`Anne-Fleur de Wit`), with the gender of the first', () => {
    const text = 'Om drie uur komt Anne-Fleur de Wit (38) binnen. Ze heeft niet gezeten. „Ik ben de enige arts hier”, zegt ze.'
    const tree = fromNews(text)
    expect(listQuotes(tree)[0]).toMatchObject({speaker: 'Anne-Fleur de Wit'})
    expect(tree.data!.speakers!.find((speaker) => speaker.name === 'Anne-Fleur de Wit')).toMatchObject({gender: 'female'})
  })
  it('brings on an indefinite source told apart by a place and an apposition, even before a modal verb (`Een clublid uit Ede, een oud-keeper, wil …`)', () => {
    const text = 'Voorzitter Ria Smit kijkt toe. „Dit is mooi”, zegt ze. Een clublid uit Ede, een oud-keeper, wil haar feliciteren. „Ik kom hier al veertig jaar.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Een clublid uit Ede'})
  })
  it('reads the language after a teacher\'s title as no name (`docent Frans`)', () => {
    const text = 'Gastvrouw Olga Kramer (51) was docent Frans in Lyon. „Ik mis de klas”, zegt ze.'
    const tree = fromNews(text)
    expect(tree.data!.speakers!.map((speaker) => speaker.name)).toEqual(['Olga Kramer'])
  })
  it('reads a name of two words with a place of origin or an age as a person\'s, first name unknown (`Tamsin Vriens uit Venlo`)', () => {
    const text = 'Correspondent Kees Mol volgt de zaak. „Het duurt lang”, zegt hij. Tamsin Vriens uit Venlo werkt bij de belastingdienst. ‘Ik zat zes weken zonder loon.’'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tamsin Vriens'})
  })
  it('reads `laat … weten` with words between as the cue of a quote after it (`De bond laat in een reactie weten dat …`)', () => {
    const text = 'Wethouder Kees Mol is boos. „Dit is schandalig”, zegt hij. De Woonbond laat in een reactie weten dat huurders „niet langer kunnen wachten”.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'De Woonbond', method: 'cue', kind: 'partial'})
  })
  it('does not carry a quote over to a group it talks of by its noun (`„… en bewoners zijn …”`)', () => {
    const text = 'Onderzoeker Tessa Wagenaar spreekt van ‘goede eerste resultaten’. Bewoners melden minder overlast. ‘Maar we moeten voorzichtig zijn: bewoners melden niet alles.’'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tessa Wagenaar'})
  })
  it('keeps the speaker who is talking over a group that only acts (`Docenten moeten …`), but not over one of the group (`Een van de ouders staat op en …`)', () => {
    const text = 'Directeur Mia Vos van het Delta College schrok. „We zijn gehackt”, zegt ze. Leerlingen en docenten moeten nieuwe wachtwoorden kiezen. „Dat kost een week.” Een van de ouders staat op en kijkt naar Vos. „Wie betaalt dat?”'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Mia Vos', 'Mia Vos', 'Een van de ouders'])
  })
  it('reads `op.` before a capital as the end of a sentence, so the next sentence\'s subject takes the floor (`Een buurman staat op. „…”`)', () => {
    const text = 'Directeur Mia Vos schrok. „We zijn gehackt”, zegt ze. Een buurman staat op. „Ik betaal dat niet.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Een buurman'})
  })
  it('hands the floor to the one the writer asks with a pronoun (`leg ik haar voor`), not to the writer', () => {
    const text = 'Een kop\n\nDirecteur Lies Vink leidt de fabriek. „Het was zwaar”, zegt Vink.\n\nDe vraag die iedereen stelt, leg ik haar ook voor: hoe wint u van Azië?\n\n„Niet op prijs.”'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Lies Vink', 'Lies Vink'])
  })
  it('reads `het bedrijf` as the firm once the firm has spoken, though an earlier `het bedrijf` stood for no one named', () => {
    const text = 'Een kop\n\nKlant Ria Smit kreeg geld terug van Kookbox, ‘als gebaar van goede wil’, zoals het bedrijf schreef. Kookbox reageerde later. „We lossen het op.”\n\n„Alle klanten krijgen hun geld”, schrijft het bedrijf.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Kookbox'})
  })
  it('reads a pronoun after a fronted phrase and a modal verb as the subject (`Over de overname wil ze weinig kwijt.`)', () => {
    const text = 'Een kop\n\nTopvrouw Lies Vink leidt de fabriek. „Het was zwaar”, zegt Vink. Schipper Kees Bos is bang.\n\nOver een overname wil ze weinig kwijt. „Er wordt altijd gepraat.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Lies Vink'})
  })
  it('reads initials and a surname (`W.F. Terpstra`) as the person of that surname whose first name has the initial', () => {
    const text = 'Een kop\n\nOud-voorzitter Wim Terpstra is kritisch. In de krant schreef W.F. Terpstra dat de club ‘zichzelf kwijt is’. Zijn broer Kees Terpstra zwijgt. „Geen commentaar”, zegt K. Terpstra.'
    const tree = fromNews(text)
    expect(listQuotes(tree).map((quote) => quote.speaker)).toEqual(['Wim Terpstra', 'Kees Terpstra'])
  })
  it('reads a title before a name (`mr.`, `prof. dr.`) as a person\'s, between the role and the name', () => {
    const text = 'Een kop\n\nZijn advocaat, mr. Nicolette Brouwer, vroeg om vrijspraak. Volgens de advocaat heeft het OM ‘een tunnelvisie’. Hoogleraar prof. dr. Wiebren Dam is kritisch. Volgens de hoogleraar is het ‘een wassen neus’.'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Nicolette Brouwer', 'Wiebren Dam'])
  })
  it('reads a person\'s own document after a possessive as that person (`aldus zijn verklaring`)', () => {
    const text = 'Een kop\n\nScheidsrechter Joop Arends liet via de bond weten dat hij bij zijn besluit blijft. „Ik zag duidelijk een overtreding”, aldus zijn verklaring.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Joop Arends', method: 'role'})
  })
  it('keeps an institution noun that ends in -s at the end of a name (`Berkelland Ziekenhuis`), so `het ziekenhuis` finds it', () => {
    const text = 'Een kop\n\nHet Waalstad Ziekenhuis gaat fuseren. Volgens het ziekenhuis is een fusie ‘de enige uitweg’.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Waalstad Ziekenhuis'})
  })
  it('reads more occupations as titles before a name (`Schipper Ólafur Jónsson`, `tolk`)', () => {
    const text = 'Een kop\n\nSchipper Ólafur Jónsson (58) vaart al veertig jaar uit. „Het is zwaar”, zegt Jónsson.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Ólafur Jónsson'})
  })
  it('brings on the subject of a weak cue after an opening `Dat` (`Dat vindt de bond te mager.`), and `de organisatie` finds that body once it has spoken', () => {
    const text = 'Een kop\n\nKlanten van Voltera krijgen een tegoed. „Het spijt ons”, zegt Voltera. Dat vindt de Woonbond te mager. „Vijftig euro is een schijntje.” „Dit is te weinig”, reageert de organisatie.'
    expect(listQuotes(fromNews(text)).slice(1).map((quote) => quote.speaker)).toEqual(['de Woonbond', 'de Woonbond'])
  })
  it('leaves a noun for something said that opens a heading out of the name after it (`Reactie RIVM`)', () => {
    const text = 'Een kop\n\nHet water stijgt sneller dan gedacht.\n\nReactie RIVM\n\nHet RIVM noemt de studie ‘een nuttige aanvulling’.'
    const tree = fromNews(text)
    expect(listQuotes(tree)[0]!.speaker).toBe('RIVM')
  })
  it('gives the answer to the writer\'s question about someone to that person (`Waarom vond hij geen opvolger?`)', () => {
    const text = 'Een kop\n\nHuisarts Wout Brink stopt. „Het is mooi geweest”, zegt hij. Zijn vrouw Els schenkt koffie. „Hij was nooit thuis”, zegt ze.\n\nWaarom vond hij geen opvolger? „Jonge artsen willen niet alleen werken.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Wout Brink'})
  })
  it('reads a possessive family noun as the person of its gender named earlier in the article when none is nearby (`Haar man`)', () => {
    const text = 'Een kop\n\nMelkveehouder Gert-Jan Wolters (55) wil doorgaan. „Ik stop niet”, zegt hij.\n\nDe regels worden strenger. Wie niet wil, moet de uitstoot halveren.\n\nAan tafel rekent Gerda (52), zijn vrouw. „Het kost te veel”, zegt ze. Haar man is feller. „Ze noemen het vrijwillig.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Gert-Jan Wolters'})
  })
  it('reads a possessive family noun with no one of its gender nearby as the one of that gender the article names most (`Haar zoon`)', () => {
    const text = 'Een kop\n\nSchaatser Wiebe Hoekstra (34) stopt. „Het is klaar”, zegt hij. Hoekstra won twee titels. Hoekstra reed twintig jaar.\n\nZijn coach Ruud Dam zag het aankomen. „Zijn rug was op”, zegt Dam.\n\nDe familie\n\nZijn moeder Tjitske (63) zat op de tribune. „Ik was altijd bang.” Haar zoon moet erom lachen. „Zij was banger dan ik.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Wiebe Hoekstra'})
  })
  it('keeps the title or adjective of a body named by one organisation word (`Gedeputeerde Staten`, `Provinciale Staten`)', () => {
    const text = 'Een kop\n\nHet windpark komt er. „Dit is een goede dag”, laat Gedeputeerde Staten weten.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Gedeputeerde Staten'})
  })
  it('reads a woman\'s form of a role (`huurster`, `bezoekster`, `eigenares`) as a role, with its gender', () => {
    const text = 'Een kop\n\nHuurder Wim Hul is boos. ‘Dit is te veel’, zegt hij. Een huurster uit Kampen schrijft op Facebook: ‘Dan maar de verwarming uit.’'
    const tree = fromNews(text)
    expect(listQuotes(tree).at(-1)).toMatchObject({speaker: 'Een huurster uit Kampen', method: 'colon'})
    expect(tree.data!.speakers!.find((speaker) => speaker.name === 'Een huurster uit Kampen')).toMatchObject({gender: 'female'})
  })
  it('reads an institution noun with `uit` and a place as the body named before (`De club uit Leeuwarden`)', () => {
    const text = 'Een kop\n\nSC Noorderzijl heeft de trainer ontslagen. De club uit Leeuwarden staat op de laatste plaats. „Een nieuwe impuls is nodig”, meldt de club.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'SC Noorderzijl'})
  })
  it('reads an institution noun in the plural (`de besturen`) as several bodies, not the one named last', () => {
    const text = 'Een kop\n\nHet Waalstad Ziekenhuis en het Medisch Centrum Rijnoord gaan samen. Volgens de besturen is een fusie ‘de enige uitweg’.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'de besturen'})
  })
  it('names a body with its kind before its name (`de gemeente Zwolle`, `waterschap Rijnland`), not by the place alone', () => {
    const text = 'Een kop\n\nDe brug bij Kampen blijft dicht. Dat heeft de gemeente Kampen besloten. „Het is te gevaarlijk”, meldt de gemeente. Dijkgraaf Eva Bos van waterschap Vechtdal is het ermee eens. Het waterschap liet weten dat de dijk „nog zwak” is.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: 'de gemeente Kampen'})
    expect(quotes[1]).toMatchObject({speaker: 'waterschap Vechtdal'})
  })
  it('brings on an unnamed subject past its relative clause between commas (`Een agent, die …, stond …`)', () => {
    const text = 'Een kop\n\n„Het is voorbij”, zegt Karel Smit.\n\nEen agent, die de hele nacht had gewerkt, stond bij de ingang van het station. „We hebben iedereen eruit gehaald.”'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Een agent', method: 'carry-over'})
  })
  it('reads a subject past its apposition, place or relative clause for the words quoted in its sentence (`Tom Vos, woordvoerder van Delta, schat …`)', () => {
    const before = 'Een kop\n\nDelta haalt de pakjes terug. „We nemen geen risico”, meldt Delta.\n\n'
    expect(listQuotes(fromNews(before + 'Tom Vos, woordvoerder van Delta, schat dat het om „een paar honderd” klanten gaat.'))[1]).toMatchObject({speaker: 'Tom Vos', method: 'subject'})
    expect(listQuotes(fromNews(before + 'Bakkerij Kolk uit Ede, die het brood voor Delta bakt, laat weten „volledig mee te werken” aan het onderzoek.'))[1]).toMatchObject({speaker: 'Kolk', method: 'cue'})
    expect(listQuotes(fromNews(before + 'Een klant, die liever anoniem blijft, vindt het „een schande”.'))[1]).toMatchObject({speaker: 'Een klant', method: 'cue'})
  })
  it('reads performers, visitors and investors as roles (`Rapper Kasimo`, `een festivalganger`, `Investeerder Noordfonds`)', () => {
    const text = 'Een kop\n\n„Het is voorbij”, zegt Ria de Boer.\n\nRapper Kasimo uit Den Haag bracht er een wilde set. „Den Haag is in de zaal!”, schreeuwde hij. Een festivalganger die ik bij de uitgang sprak, vond het „veel te druk”.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[1]).toMatchObject({speaker: 'Kasimo'})
    expect(quotes[2]).toMatchObject({speaker: 'Een festivalganger'})
  })
  it('leaves words quoted in a main clause joined by `, en` to that clause, not to the sentence\'s opening subject', () => {
    const text = 'Een kop\n\nDe organisatie strooide zand over de modder, en op het kleinste podium, een ‘huiskamer’ met oude banken, speelde een pianist.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: null, kind: 'scare'})
  })
  it('brings on a person named in full after a fronted phrase and a verb of place (`Buiten de rechtbank stond Ria de Boer`)', () => {
    const text = 'Een kop\n\nRechter Els Bos sprak streng. „Dit is ernstig”, zei ze.\n\nBuiten de rechtbank stond Ria de Boer, de zus van Kees, met een foto.\n\n„Dit is geen recht.”'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Ria de Boer', method: 'carry-over'})
  })
  it('reads the pronoun after a fronted clause as the person that clause names (`Toen Tom Vos thuiskwam, zag hij …`)', () => {
    const before = 'Een kop\n\n„Het is voorbij”, zegt Karel Smit.\n\n'
    expect(listQuotes(fromNews(before + 'Toen Tom Vos thuiskwam, zag hij de schade. „Alles was kapot”, zegt hij.'))[1]).toMatchObject({speaker: 'Tom Vos'})
    expect(listQuotes(fromNews(before + 'Wat Tom Vos nu gaat doen, weet hij nog niet. „Eerst slapen”, zegt hij.'))[1]).toMatchObject({speaker: 'Tom Vos'})
  })
  it('reads a noun of origin with a point of the compass as one (`De West-Vlaming`, `de Zuid-Limburger`), not a name', () => {
    const text = 'Een kop\n\n„Het is voorbij”, zegt Karel Smit.\n\nPieter Claes baalde. De West-Vlaming had naar eigen zeggen ‘de beste benen’.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Pieter Claes', method: 'role'})
  })
  it('reads `zij` before a singular verb as a woman, whatever the cue\'s form further on (`Zij moet erom lachen`)', () => {
    const text = 'Een kop\n\nTom Vos en Ria de Boer zijn blij. „Het is goud”, zegt De Boer.\n\nHij is voorzichtiger. „Dat is mooi”, zegt hij. „Maar we weten het niet.”\n\nZij moet erom lachen. „Tom is altijd voorzichtig.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Ria de Boer'})
  })
  it('brings on someone indefinite after a fronted phrase and a verb of place (`Naast me stond een meisje …`)', () => {
    const text = 'Een kop\n\n„Het is voorbij”, zegt Karel Smit.\n\nNaast me stond een meisje te huilen, de tranen liepen over haar wangen. „Dit was ons lied”, snikte ze.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'een meisje'})
  })
  it('does not take a name after a verb of naming for a person (`Hij noemde Hooggras ‘een thuis’`)', () => {
    const text = 'Een kop\n\nZanger Milan Osei speelde op Hooggras. Naast me zat een vrouw. „Prachtig”, zei ze.\n\nHij noemde Hooggras „ons tweede huis”.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Milan Osei'})
  })
  it('reads a woman\'s form of a role as the one introduced by its common form (`woordvoerder Nadia Koster` … `de woordvoerster`)', () => {
    const text = 'Een kop\n\n„Bel ons”, zei Nadia Koster, woordvoerder van de politie. Agent Tom Vos toonde de beelden.\n\nKoster herhaalde haar oproep. „Elke tip telt”, aldus de woordvoerster.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Nadia Koster', method: 'role'})
  })
  it('brings on a person named in full after a fronted `Dat` and its verb, and keeps her on past her family that only acts (`Haar zoon werd ziek.`)', () => {
    const text = 'Een kop\n\n„Het is voorbij”, zegt Karel Smit.\n\nDat doet Ria de Boer uit Breda zeker. Haar zoon van zes werd vorige week ziek.\n\n„Hij lag drie dagen op de bank.”'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Ria de Boer', method: 'carry-over'})
  })
  it('reads `hij` as the unnamed source talking, brought in after the man named last (`Een agent stond bij de pomp. „…” Hij …`)', () => {
    const text = 'Een kop\n\n„Het is erg”, zegt bewoner Kees van Rijn. „Alles is nat.”\n\nEen agent stond naast een pomp. „We hebben mensen uit hun huis gehaald.”\n\nVolgens hem begint het zwaarste deel nog. „Als het water zakt, komt de modder.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Een agent'})
  })
  it('keeps the one a portrait is about talking over a subheading; a speaker among others only into a section that names no one before the words', () => {
    const portrait = 'Een kop\n\nTruus Bakker (91) was veertig jaar vroedvrouw. „Ik heb duizend kinderen gehaald”, zegt ze. „Soms midden in de nacht.”\n\n„Op de fiets, door weer en wind.” Ze lacht. „Dat deed je gewoon.”\n\nDe oorlog\n\n„In de oorlog was het anders. Toen had niemand iets.”'
    expect(listQuotes(fromNews(portrait)).at(-1)).toMatchObject({speaker: 'Truus Bakker', method: 'carry-over'})
    // (ANNOTATION-GUIDE: a quote with no cue continues the speaker of the quotes before it.)
    const report = 'Een kop\n\n„Het water komt”, zegt Piet Smit. „Het is ernstig.” Wethouder Ans Bos is het eens. „Wij bellen iedereen”, zegt ze. „Vandaag nog.”\n\nEvacuatie\n\n„De bussen staan klaar.”'
    expect(listQuotes(fromNews(report)).at(-1)).toMatchObject({speaker: 'Ans Bos', method: 'carry-over'})
    const named = report.replace('Evacuatie\n\n', 'Evacuatie\n\nDe veiligheidsregio regelt het vervoer. ')
    expect(listQuotes(fromNews(named)).at(-1)!.speaker).not.toBe('Ans Bos')
  })
  it('reads the subject of the writer\'s sentence after a quote that ends in its own full stop (`„…” Hij houdt het op ‘een handvol’.`)', () => {
    const text = 'Een kop\n\n„Het is goud”, zeggen Tom Vos en Ria de Boer. Zij verwacht nog meer munten. „Er zit veel onder.” Hij houdt het liever op ‘een handvol’.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tom Vos', method: 'pronoun'})
  })
  it('reads a Flemish portfolio, a town\'s `-enaar` and a grandparent (`minister van Mobiliteit Lieve Maes`, `de Antwerpenaar`, `Zijn grootvader`)', () => {
    const text = 'Een kop\n\nOok Vlaams minister van Mobiliteit Lieve Maes reageerde. ‘Het moet’, zei Maes.\n\nTom Verbruggen (41) rijdt elke dag naar Gent. ‘Ik sta drie kwartier stil’, zegt de Antwerpenaar.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: 'Lieve Maes'})
    expect(quotes[1]).toMatchObject({speaker: 'Tom Verbruggen', method: 'role'})
    const family = 'Een kop\n\nWim Kok (81) blaast al zestig jaar glas. „Het is een vak”, zegt hij. Zijn kleinzoon Thijs Kok (24) werkt mee. „Ik leer elke dag”, zegt Thijs.\n\nZijn grootvader is stelliger. „Hij draait te snel.”'
    expect(listQuotes(fromNews(family)).at(-1)).toMatchObject({speaker: 'Wim Kok'})
  })
  it('reads the initials of a body\'s name as that body (`het OM` after `Het Openbaar Ministerie`)', () => {
    const text = 'Een kop\n\nHet Openbaar Ministerie laat weten dat de verdachten worden voorgeleid. Het OM verwacht „meer aanhoudingen”.'
    const tree = fromNews(text)
    expect(listQuotes(tree)[0]).toMatchObject({speaker: 'Openbaar Ministerie'})
    expect(tree.data!.speakers!.map((speaker) => speaker.name)).toEqual(['Openbaar Ministerie'])
  })
  it('keeps the one interviewed talking into a section that opens with the writer\'s question', () => {
    const text = 'Een kop\n\nWe spreken Ruud Hol in Tilburg. „Dat mag altijd”, lacht hij.\n\nEen meter te laat\n\nWaarom stopt u nu?\n\n„Mijn lichaam. Ik ben te traag.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Ruud Hol'})
  })
  it('reads `, zoals X het noemde` later in the quote\'s sentence as X\'s cue', () => {
    const text = 'Een kop\n\n„Het kan”, zegt minister Els Bos. De bond weigerde daar „een blanco cheque” voor uit te schrijven, zoals partijleider Ruben Dekkers het toen noemde.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Ruben Dekkers', method: 'cue', cue: 'zoals noemde'})
  })
  it('does not bring on a singular role with no article, a headline\'s (`Woordvoerder ontkent`)', () => {
    const text = 'Een kop\n\n„Het klopt niet”, zegt Ria Smit.\n\nWoordvoerder ontkent alles.\n\n„Er is niets gebeurd.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Ria Smit'})
  })
  it('reads `Ik …:` before a quote as the writer\'s own words, named by the byline', () => {
    const text = 'title: Een avond in de kroeg\nauthor: Joost Pel\n\nDe stamgasten kijken me aan. Ik besluit met: „Wie zwijgt, stemt toe.”'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Joost Pel', method: 'colon'})
  })
  it('reads `zij` as an unnamed source brought in with `een` after the woman named last (`Een oud-medewerker … Zij vertelde …`)', () => {
    const text = 'Een kop\n\n„Dit was fout”, zei officier van justitie Sandra Kuipers.\n\nOok een oud-medewerker van de gemeente werd gehoord. Zij vertelde dat er was gewaarschuwd. „We schreven een memo.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'een oud-medewerker van de gemeente'})
  })
  it('names the unnamed source introduced with the same words (`De woordvoerder van Schiphol, Kees Hoogeveen,`), not a later one of the same role', () => {
    const text = 'Een kop\n\nEen woordvoerder van Schiphol sprak van „een zwarte dag”.\n\nEen woordvoerder van NedAir legt uit: „Wij hebben een goed bod gedaan.”\n\nDe woordvoerder van Schiphol, Kees Hoogeveen, verwacht drukte. „Het blijft onrustig”, zegt Hoogeveen.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: 'Kees Hoogeveen'})
    expect(quotes[1]).toMatchObject({speaker: 'Een woordvoerder van NedAir'})
  })
  it('keeps a body named by its kind and place apart from a longer name ending in that place (`de provincie Gelderland`, `Natuurbelang Gelderland`)', () => {
    const text = 'Een kop\n\nNatuurbelang Gelderland is boos. „Het gaat te traag”, zegt directeur Eva Bos. Gedeputeerde Anouk Veld van de provincie Gelderland ziet dat anders.\n\nDe provincie laat in een reactie weten dat de gesprekken „in alle openheid” verder gaan.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'de provincie Gelderland', method: 'role'})
  })
  it('does not take a numeral opening a sentence for a name (`Vijftig bladzijden later: «…»`)', () => {
    const text = 'Een kop\n\nOp pagina 87 schrijft Jelle Mol: «Alles was zout.» Vijftig bladzijden later: «Het zout zat in ons.»'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Jelle Mol'})
  })
  it('reads first and second person possessives in a source\'s phrase (`een ambtenaar van uw ministerie`, `mijn buurvrouw`)', () => {
    const text = 'Een kop\n\nEen ambtenaar van uw ministerie zei tegen ons: „Ze luistert slecht.” Herkent u dat?\n\nMijn buurvrouw boog zich naar me toe. «Is dit echt water?», fluisterde ze.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: 'Een ambtenaar van uw ministerie'})
    expect(quotes[1]).toMatchObject({speaker: 'Mijn buurvrouw'})
  })
  it('keeps a nickname quoted inside a name out of it, as an alias (`Geertruida ‘Truus’ Hofman`, later `Truus`)', () => {
    const text = 'Een kop\n\nGeertruida ‘Truus’ Hofman zit bij het raam. Woensdag wordt ze honderd. „Het klinkt gek.”\n\nNa de oorlog trouwde ze met Klaas Hofman. „Klaas deed de praat.”\n\nTruus knikt. „Het was zo.”'
    const tree = fromNews(text)
    const quotes = listQuotes(tree)
    expect(quotes[0]).toMatchObject({kind: 'scare', speaker: null})
    expect(quotes.slice(1).map((quote) => quote.speaker)).toEqual(['Geertruida Hofman', 'Geertruida Hofman', 'Geertruida Hofman'])
    expect(tree.data!.speakers!.find((speaker) => speaker.name === 'Geertruida Hofman')!.aliases).toContain('Truus')
    // (The nickname alone brings her back after someone else spoke.)
    const back = 'Een kop\n\nGeertruida ‘Truus’ Hofman zit bij het raam. „Honderd is veel.” Haar dochter Ria van Veen (74) zit naast haar. „Moeder is sterk.”\n\nTruus knikt. „Wat moet je erover zeggen?”'
    expect(listQuotes(fromNews(back)).at(-1)).toMatchObject({speaker: 'Geertruida Hofman'})
  })
  it('reads a surname that is a function word after its particle, and one after a capitalised title (`Anna ter Haar`, `Rechter Gerlinde Brons`)', () => {
    const particle = 'Een kop\n\nSocioloog Anna ter Haar van de hogeschool: „Het loopt uit de hand.”\n\nVolgens Ter Haar is het „nog te vroeg”.'
    expect(listQuotes(fromNews(particle)).map((record) => record.speaker)).toEqual(['Anna ter Haar', 'Anna ter Haar'])
    const titled = 'Een kop\n\nKantonrechter Gerlinde Brons luisterde. „Wat wilt u?” vroeg ze.\n\nBrons wees de eis af. „Dit hoort hier niet”, zei de rechter.'
    const tree = fromNews(titled)
    expect(listQuotes(tree).map((record) => record.speaker)).toEqual(['Gerlinde Brons', 'Gerlinde Brons'])
    expect(tree.data!.speakers!.map((speaker) => speaker.name)).toEqual(['Gerlinde Brons'])
  })
  it('gives a subheading that is only a quote the speaker of the quote of its section that it repeats (a pull quote)', () => {
    const text = 'Een kop\n\n„We zijn er klaar voor”, zegt trainer Rob Vos.\n\n„Niemand wist ervan”\n\nDe directie zweeg lang. Penningmeester Els Kok sprak uiteindelijk. „Niemand wist ervan. Ook ik niet”, zegt ze.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[1]).toMatchObject({kind: 'direct', speaker: 'Els Kok', method: 'pull-quote'})
    // (Words the section does not repeat: the quote is read as any other.)
    const other = 'Een kop\n\n„We zijn er klaar voor”, zegt trainer Rob Vos.\n\n„Niemand wist ervan”\n\nDe directie zweeg lang. Penningmeester Els Kok sprak uiteindelijk. „Het was een schok”, zegt ze.'
    expect(listQuotes(fromNews(other))[1]!.method).not.toBe('pull-quote')
  })
  it('brings on someone indefinite after a fronted phrase, a verb of place and an adverb (`Bij de poort wacht ook een buurman.`)', () => {
    const text = 'Een kop\n\nAnna de Wit (40) woont naast de school. „Het is druk”, zegt ze.\n\nBij de poort wacht ook een buurman. „Het is hier gevaarlijk.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'een buurman', method: 'carry-over'})
  })
  it('links the role a name\'s own clause gives it (`Eva Kok werkt al jaren als jeugdhulpverlener`) and reads manual and care work as roles', () => {
    const text = 'Een kop\n\nEva Kok werkt al jaren als jeugdhulpverlener. Ze ziet de wachtlijsten groeien.\n\nDe hulpverlener noemt het systeem ‘een doolhof zonder uitgang’.'
    const tree = fromNews(text)
    expect(listQuotes(tree)[0]).toMatchObject({speaker: 'Eva Kok', method: 'role'})
    expect(tree.data!.speakers![0]!.roles).toContain('jeugdhulpverlener')
    const docks = 'Een kop\n\nTom Vos (31) staat bij het hek. „Het is zwaar”, zegt hij.\n\nEen jonge dokwerker is minder gelaten. „Wat moeten we anders?”'
    expect(listQuotes(fromNews(docks)).at(-1)).toMatchObject({speaker: 'Een jonge dokwerker'})
  })
  it('does not take a body known as another kind for the one a definite noun asks for (`het havenbedrijf` is not `de vakbond Havenunie`)', () => {
    const text = 'Een kop\n\n„Wij staken door”, zegt Ria Smit van de vakbond Havenunie.\n\nHet havenbedrijf laat weten dat de schade „voorlopig beperkt” blijft.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Het havenbedrijf'})
    // (A body known by a word for any body is of every kind: `de vereniging` after `ondernemersorganisatie Ondernemend Oost`.)
    const any = 'Een kop\n\nHet plan deugt niet, zegt ondernemersorganisatie Ondernemend Oost. De vereniging vindt het „een slecht idee”.'
    expect(listQuotes(fromNews(any)).at(-1)).toMatchObject({speaker: 'Ondernemend Oost'})
  })
  it('gives no speaker from the subject sieve to one word quoted after `een` with no verb of saying (`De gemeente opende een ‘schimmelloket’`)', () => {
    const text = 'Een kop\n\nDe gemeente opende vorig jaar een ‘klachtenkiosk’ in de wijk.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({kind: 'scare', speaker: null})
    const said = 'Een kop\n\nTom Vos was niet thuis. Hij spreekt van een ‘nachtmerrie’.'
    expect(listQuotes(fromNews(said))[0]).toMatchObject({kind: 'partial', speaker: 'Tom Vos'})
  })
  it('reads a cue after a fronted `Dat`, an auxiliary and the subject (`„…” Dat heeft Piet Kok gezegd.`, `„…”: dat bleef hij volhouden.`)', () => {
    const lead = 'Een kop\n\nAnna de Wit (40) leidt de zaak. „Het is rond”, zegt ze.\n\n'
    expect(listQuotes(fromNews(lead + '„Ik heb niemand bedreigd.” Dat heeft Piet Kok gezegd.')).at(-1)).toMatchObject({speaker: 'Piet Kok', cue: 'gezegd'})
    expect(listQuotes(fromNews(lead + '„Ik heb niemand bedreigd”: dat bleef Piet Kok na de uitspraak volhouden.')).at(-1)).toMatchObject({speaker: 'Piet Kok', cue: 'volhouden'})
  })
  it('reads a pronoun after a fronted sentence adverb and its verb as the subject (`Zelf heeft ze andere plannen.`)', () => {
    const text = 'Een kop\n\nBondscoach Ruud Vos koos voor Iris Kok. „Ze is klaar”, zegt hij.\n\nVos beslist donderdag. Zelf heeft ze vooral andere plannen. „Eerst slapen.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Iris Kok', method: 'carry-over'})
  })
  it('keeps a surname that is a singular role ending in `s` (`Gerlinde Prins`): only a plural role closing a run is no name', () => {
    const text = 'Een kop\n\nGerlinde Prins (45) woont al jaren in Zwolle. „Het is hier mooi”, zegt ze.\n\nVolgens Gerlinde Prins is het „te laat”.'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Gerlinde Prins', 'Gerlinde Prins'])
  })
  it('finds a person by a surname of two parts (`aldus Kuipers-de Jong` after `Anna Kuipers-de Jong`)', () => {
    const text = 'Een kop\n\n„Het gaat goed”, zegt Anna Kuipers-de Jong.\n\n„Maar het kan beter”, aldus Kuipers-de Jong.'
    const tree = fromNews(text)
    expect(listQuotes(tree).map((record) => record.speaker)).toEqual(['Anna Kuipers-de Jong', 'Anna Kuipers-de Jong'])
    expect(tree.data!.speakers).toHaveLength(1)
  })
  it('reads `dat` after a person\'s role with `de` as the conjunction (`Wel erkent de directeur dat …`), and a role of someone named as a source of its own (`de advocaat van Eva Kok`)', () => {
    const text = 'Een kop\n\nDirecteur Tom Vos leidt het museum. „Het gaat goed”, zegt hij. Wel erkent de directeur dat de verbouwing „te lang” duurde.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tom Vos', method: 'role'})
    const other = 'Een kop\n\nEva Kok eist een schadevergoeding van Tom Vos. „Hij loog”, zegt ze.\n\nIn de rechtszaal stelt de advocaat van Eva Kok dat Vos „alles wist”.'
    expect(listQuotes(fromNews(other)).at(-1)).toMatchObject({speaker: 'de advocaat van Eva Kok'})
  })
  it('takes the gender of a first name the lists lack from its ending (`Gerlinde`, `Aukje`; `Egbert`)', () => {
    const text = 'Een kop\n\nWethouder Gerlinde Prins opende de school. Directeur Siebren Kok was er ook. „Dit is een mooie dag”, zei hij. „Eindelijk”, vulde zij aan.'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Siebren Kok', 'Gerlinde Prins'])
    const tree = fromNews('Een kop\n\nAukje Bos en Egbert Mol kwamen kijken.')
    expect(tree.data!.speakers!.map((speaker) => speaker.gender)).toEqual(['female', 'male'])
  })
  it('makes the person a fronted phrase puts up front the topic a pronoun picks up (`Voor Kees Mol zelf breekt een rustige tijd aan. Hij …`)', () => {
    const text = 'Een kop\n\nDirecteur Kees Mol (62) noemt de verkoop „zwaar”.\n\nBoer Piet Bos levert melk aan Mol. „Het is jammer.”\n\nBos vreest voor de prijs.\n\nVoor Kees Mol zelf breekt een rustige tijd aan. Hij blijft adviseur. „Ik ga eindelijk vissen.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Kees Mol', method: 'carry-over'})
  })
  it('reads a role with what it talks about before a colon as the speaker (`De burgemeester over de rellen: „…”`)', () => {
    const text = 'Een kop\n\nDe burgemeester over de rellen: „Dit gebeurt niet meer.”'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'De burgemeester', method: 'colon'})
  })
  it('reads the one a response noun names before a colon as the speaker (`Kok kreeg bijval van wethouder Tom Vos: „…”`)', () => {
    const text = 'Een kop\n\nAnna Kok kreeg bijval van wethouder Tom Vos: „Dit gebeurt niet meer.”'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Tom Vos', method: 'colon'})
  })
  it('reads a verb of knowing right after a quote as its cue (`„…”, weet Anna de Wit.`), not elsewhere (`Wat Vos gaat doen, weet hij niet.`)', () => {
    const text = 'Een kop\n\nTom Vos is boos. „Het is klaar”, weet Anna de Wit.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Anna de Wit', method: 'cue', cue: 'weet'})
  })
  it('gives a quote to the person named in apposition right after the cue\'s role (`zegt een buurman, Piet Kok (70).`)', () => {
    const lead = 'Een kop\n\nAnna de Wit is boos. „Het is klaar”, zegt '
    for (const tail of ['een buurman, Piet Kok (70).', 'haar buurman, Piet Kok.', 'een buurman, de 70-jarige Piet Kok.']) {
      expect(listQuotes(fromNews(lead + tail)).at(-1)).toMatchObject({speaker: 'Piet Kok', method: 'cue'})
    }
  })
  it('reads a known first name opening a sentence before `en` and a full name as a name of its own, with the shared surname (`Piet en Anna Kok wonen …`)', () => {
    const text = 'Een kop\n\nPiet en Anna Kok wonen in Zwolle. „Het is hier fijn”, zeggen ze.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Piet Kok en Anna Kok', method: 'pronoun'})
  })
  it('reads the next sentence that says whose words the quote was (`Aan het woord is Anna de Wit.`, `Het zijn de woorden van Anna de Wit.`)', () => {
    const lead = 'Een kop\n\nTom Vos is boos.\n\n„Het is klaar.” '
    for (const next of ['Aan het woord is Anna de Wit, voorzitter van de bond.', 'Het zijn de woorden van Anna de Wit.', 'Dat is de boodschap van Anna de Wit.']) {
      expect(listQuotes(fromNews(lead + next))[0]).toMatchObject({speaker: 'Anna de Wit', method: 'cue'})
    }
  })
  it('lets the one a quoted question is asked of answer next (`Rechter Anna de Wit vroeg hem: „…?”`)', () => {
    const text = 'Een kop\n\nVerdachte Piet K. (34) stond terecht. Rechter Anna de Wit vroeg hem: „Waarom deed u het?”\n\n„Ik weet het niet.”\n\n„Dat is geen antwoord”, zei de rechter.'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Anna de Wit', 'Piet K.', 'Anna de Wit'])
  })
  it('reads `het hebben over` as talking: the subject\'s words (`Tom Vos had het over een ‘heksenjacht’.`)', () => {
    const text = 'Een kop\n\nTom Vos had het over een ‘heksenjacht’.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({kind: 'partial', speaker: 'Tom Vos', method: 'subject'})
  })
  it('refers `de VVD\'er` back to the person with that party in brackets (`Anna de Wit (VVD)`), not to the one talking', () => {
    const text = 'Een kop\n\nKamerlid Anna de Wit (VVD) is fel. „Dit kan niet.”\n\nTom Kok (SP) is het met haar eens. „Klopt.”\n\n„We moeten door”, zegt de VVD\'er.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Anna de Wit', method: 'role'})
  })
  it('gives a quoted question right after a sentence of asking to the one who asks, and the answer after it to the one asked (`Een verslaggever vroeg hem … „…?” ⏎⏎ „…”`)', () => {
    const text = 'Een kop\n\nTrainer Ruud Mol zat achter de microfoon. „We waren slecht”, zei hij.\n\nEen verslaggever vroeg hem naar zijn toekomst. „Blijft u aan?”\n\n„Ik heb nog een contract.”'
    expect(listQuotes(fromNews(text)).map((record) => [record.speaker, record.method])).toEqual([
      ['Ruud Mol', 'pronoun'],
      ['Een verslaggever', 'carry-over'],
      ['Ruud Mol', 'carry-over']
    ])
  })
  it('reads `liet … weten` with its particle up to twelve words on as the cue (`De bond liet later op de dag op haar website weten dat „…”`)', () => {
    const text = 'Een kop\n\nDe vakbond liet later op de avond via haar eigen website weten dat „de leden zich ernstig zorgen maken”.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'De vakbond', method: 'cue', cue: 'liet weten'})
  })
  it('resolves a pronoun where it stands, not at the quote: a name between the two is not its referent (`Hij vertelde dat Vos … ‘…’`)', () => {
    const text = 'Een kop\n\n„Hij bedreigde ons”, zei een huurster. Verhuurder Ronald Vos ontkent.\n\nEen huurder getuigde. Hij vertelde dat Vos de deur tijdens een ‘inspectie’ had gesloopt. „Er was niets mis mee.”\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Een huurder'})
  })
  it('reads a subject past its employer, place and apposition (`Rector Els Bos van het Stedelijk Lyceum in Zwolle, de school van …, noemt het ‘…’`)', () => {
    const text = 'Een kop\n\n„We gaan door”, zegt Piet Kok.\n\nDirecteur Els Bos van het Noorderlicht College in Zwolle, de school van Kok, noemt het ‘een goed begin’.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Els Bos', method: 'cue', cue: 'noemt'})
  })
  it('brings on a person named in full after a fronted pronominal adverb and the verb (`Daarin richt Thijs Mol zich tot …`)', () => {
    const text = 'Een kop\n\n„Het ging snel”, zei Anna Postma.\n\nDe familie stuurde een verklaring. Daarin richt Joris Veen zich tot zijn redders, onder wie Postma. „Ik wil iedereen bedanken.”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Joris Veen'})
  })
  it('reads the subject of a clause that a relative pronominal adverb opens (`een brief waarin de bond sprak van ‘…’`)', () => {
    const text = 'Een kop\n\n„We gaan door”, zegt Anna de Wit. Ze kreeg een brief waarin de woningbouwvereniging sprak van „een spijtig misverstand”.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'de woningbouwvereniging', method: 'cue', cue: 'sprak'})
  })
  it('does not give a quote that opens by addressing someone (`‘Mevrouw Lemmens, …’`) to the one addressed', () => {
    const text = 'Een kop\n\nKamerlid Sophie Lemmens twitterde: ‘Jullie horen in de klas.’\n\n‘Mevrouw Lemmens, wij zitten al jaren in dat klaslokaal.’\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: null})
  })
  it('brings on a body that gives its view with a verb of noticing and a clause (`De bond ziet vaak dat …`)', () => {
    const text = 'Een kop\n\nDe vakbond ziet vaak dat kleine bedrijven het onderspit delven. „Die hebben gewoon minder geld.”\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'De vakbond', method: 'carry-over'})
  })
  it('refers a role back to one introduced by a synonym, also in a compound (`de verkeersspecialist` is `een verkeersdeskundige`; `de docent` is `een leraar`)', () => {
    const text = 'Een kop\n\n„De weg is te smal”, zegt een verkeersdeskundige.\n\nDe wethouder wil er niet aan. „Het moet”, zegt de verkeersspecialist.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'een verkeersdeskundige', method: 'role'})
    const teacher = 'Een kop\n\n„De klas is te vol”, zegt een leraar uit Ede.\n\nDe school ziet dat anders. „Het moet”, zegt de docent.\n'
    expect(listQuotes(fromNews(teacher))[1]).toMatchObject({speaker: 'een leraar uit Ede', method: 'role'})
  })
  it('resolves a subject pronoun later in its sentence to the person who opens that sentence (`Eva Kok kan het niet geloven, vertelt ze.`), not an object pronoun (`Kok mocht volgens hem …`)', () => {
    const text = 'Een kop\n\nEen vrouw uit Ede mag terugkomen.\n\nRoos Brinkman kan het nieuws nauwelijks geloven, vertelt ze aan de telefoon.\n\n„Ik mag eindelijk naar huis!”\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Roos Brinkman'})
    const object = 'Een kop\n\n„Het is oneerlijk”, zegt advocaat Tom Brink.\n\nPiet Smit mocht volgens hem al het geld houden.\n\n„Dat geeft hem een reden om te liegen.”\n'
    expect(listQuotes(fromNews(object))[1]).toMatchObject({speaker: 'Tom Brink'})
  })
  it('gives a quote cued by a pair (`zegt het echtpaar`, `aldus de twee`, `zeggen beiden`) to the two named together before, in this paragraph or the one before', () => {
    for (const pair of ['vertelt het echtpaar', 'aldus de twee', 'zeggen beiden']) {
      const text = `Een kop\n\nJoost Bakker en Mirjam Vos runnen samen een camping.\n\n„We zijn altijd vol”, ${pair}.\n`
      expect(listQuotes(fromNews(text))[0], pair).toMatchObject({speaker: 'Joost Bakker en Mirjam Vos', method: 'cue'})
    }
  })
  it('reads a capitalised role word alone that is a known person\'s surname as that person (`Schipper: „…”` after `Ruud Schipper`)', () => {
    const text = 'Een kop\n\n„We moeten door”, zegt burgemeester Anna Vos.\n\nRaadslid Ruud Schipper: „Dit plan is niet doordacht.”\n\nVos: „Dat is onzin.”\n\nSchipper: „Nee hoor.”\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Anna Vos', 'Ruud Schipper', 'Anna Vos', 'Ruud Schipper'])
  })
  it('reads a sentence-initial `De` before a listed word of origin or an ending no surname has as a role (`De Tukker`, `De Antwerpenaar`), not a surname (`De Ruiter`)', () => {
    const text = 'Een kop\n\nNa twintig jaar fluit scheidsrechter Erik Veldkamp (45) zondag zijn laatste wedstrijd. De Tukker stond bekend als ‘Meneer Kalm’, een bijnaam die hij naar eigen zeggen ‘nooit verdiend’ heeft.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Erik Veldkamp'})
    const surname = 'Een kop\n\n„We staken door”, zegt Jan de Ruiter.\n\nDe Ruiter vreest voor ‘goedkope krachten’.\n'
    expect(listQuotes(fromNews(surname))[1]).toMatchObject({speaker: 'Jan de Ruiter'})
  })
  it('reads a listed word of origin that is also a first name after a lower-case `de` as the origin (`de Noor Henrik Aasland`, `zei de Noor`)', () => {
    const text = 'Een kop\n\nVan Dijk was sneller dan de Noor Henrik Aasland.\n\n„Het was één ademhaling”, zei de Noor na afloop.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Henrik Aasland', method: 'role'})
  })
  it('reads an adjective of place used as a noun as a woman from there, whatever its ending (`zegt de Utrechtse`, `de Groningse`, `de Zeeuwse`), not a name', () => {
    for (const place of ['Utrechtse', 'Groningse', 'Zeeuwse', 'Haagse', 'Antwerpse', 'Delftse', 'Venlose', 'Almelose']) {
      const text = `Een kop\n\nRia Kok loopt over de kade. „Zo hoog stond het water nooit”, zegt de ${place}.\n`
      expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Ria Kok', method: 'role'})
    }
  })
  it('reads a demonstrative after a cue as the person named last, not the one talking (`„…”, zei die.`)', () => {
    const text = 'Een kop\n\nWethouder Kees Mol sprak met boer Henk Vos. „U krijgt geld”, beloofde Mol. „Dat hoop ik”, zei die. „Maar eerst zien.”\n'
    expect(listQuotes(fromNews(text)).map((record) => [record.speaker, record.method])).toEqual([['Kees Mol', 'cue'], ['Henk Vos', 'pronoun'], ['Henk Vos', 'carry-over']])
  })
  it('reads a body\'s announcement after the quote as its cue (`„…” Dat maakte de politie bekend.`, `Dat heeft het waterschap bekendgemaakt.`)', () => {
    for (const sentence of ['Dat maakte het waterschap maandag bekend.', 'Dat heeft het waterschap bekendgemaakt.']) {
      const text = `Een kop\n\nHet regent al dagen. „Het water zakt pas volgende week.” ${sentence}\n`
      expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'het waterschap', method: 'cue'})
    }
  })
  it('reads a neuter relative clause between commas after a name or a body (`Greenpeace, dat zich bij de actie aansloot, laat weten …`)', () => {
    const text = 'Een kop\n\nHet regent al dagen. „Het water zakt”, zegt Kees Mol.\n\nGreenpeace, dat zich bij de actie aansloot, laat weten dat het „nog lang niet klaar” is.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Greenpeace', method: 'cue'})
  })
  it('keeps a relative whose unlisted first name opens a sentence apart from the one sharing the surname (`Harold Bakker …` and `zijn dochter Iris Bakker`)', () => {
    const text = 'Een kop\n\nHarold Bakker is zaterdag overleden.\n\nBakker werd in 1941 geboren. ‘Ik kreeg een piano van een oom’, vertelde hij in 2001.\n\nZijn dochter Iris Bakker was bij hem. ‘Hij speelde tot het einde’, zegt ze.\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Harold Bakker', 'Iris Bakker'])
  })
  it('reads `zijn` before a role after a name as his, no copula (`zag Yusuf Haddad zijn vrouw Rania …`): he is no `vrouw`', () => {
    const text = 'Een kop\n\nZes jaar zag Yusuf Haddad (42) zijn vrouw Rania alleen op een scherm. ‘Het was zwaar’, vertelt hij.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Yusuf Haddad', method: 'pronoun'})
    expect(fromNews(text).data!.speakers!.find((speaker) => speaker.name === 'Yusuf Haddad')!.roles).toEqual([])
  })
  it('reads the subject of a clause after a colon (`Critici waren verdeeld: een recensent noemde de plaat ‘…’`)', () => {
    const text = 'Een kop\n\nDe plaat verscheen in 1974. Critici waren verdeeld: een recensent van de krant noemde de plaat ‘een rommelig huwelijk’.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'een recensent van de krant', kind: 'partial'})
  })
  it('reads `de familie` as a group that speaks, none of its members (`laat de familie weten …` after `Zijn dochter Eva Vos`)', () => {
    const text = 'Een kop\n\nSchrijver Tom Vos is overleden. Zijn dochter Eva Vos was bij hem. In een verklaring laat de familie weten dat hij ‘rustig’ is ingeslapen.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'de familie', method: 'cue'})
  })
  it('reads what a body praised someone as as its words (`De jury prees hem als ‘…’`); a jury and a committee are bodies', () => {
    for (const body of ['jury', 'commissie']) {
      const text = `Een kop\n\nIn 2008 won Vos de prijs. De ${body} prees hem als ‘een bruggenbouwer tussen twee culturen’.\n`
      expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: `De ${body}`, kind: 'partial', cue: 'prees'})
    }
  })
  it('reads words after the object of `maken` as what it is made, not the object\'s name (`Volgens Kok maakt zo\'n uitzondering de regel ‘onwerkbaar’.`)', () => {
    const text = 'Een kop\n\nHet college wil de regel invoeren. Volgens Kok maakt zo\'n uitzondering de regel ‘onuitvoerbaar’.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Kok', kind: 'partial'})
  })
  it('reads `de verdachte` not introduced as such as the person named by a surname\'s initial, never the judge who asked (`zei de verdachte` after `vroeg Bos`)', () => {
    const text = 'Een kop\n\nDe 47-jarige Karel-Jan D. staat terecht. Rechter P. Bos vroeg D. hoe dat kon. „Dat weet ik niet”, antwoordde D.\n\n„Nooit?”, vroeg Bos.\n\n„Bijna nooit”, zei de verdachte na een korte stilte.\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Karel-Jan D.', 'P. Bos', 'Karel-Jan D.'])
  })
  it('reads two titles joined by `en` before a name as one person\'s (`Aanvoerder en keeper Bas Reinders stelt …`)', () => {
    const text = 'Een kop\n\nTrainer en oud-speler Kees Mol stelt dat de ploeg het verlies „sportief” opvat.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Kees Mol', method: 'cue'})
  })
  it('gives words after a speech verb in a relative clause to its antecedent, not to the main clause\'s subject (`…, die op zijn site belooft dat bestellingen „…” …`)', () => {
    const text = 'Een kop\n\nKlanten klagen over webwinkel Schoenenhuis.nl. De consumentenbond kreeg veel meldingen over de webshop, die op zijn site belooft dat pakketten „binnen een dag” worden bezorgd.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Schoenenhuis.nl', kind: 'partial', cue: 'belooft'})
  })
  it('gives a document named again by its noun alone to the one talking who put it out (`aldus de verklaring` after `Pakketpost meldt in een verklaring …`)', () => {
    const text = 'Een kop\n\nPakketpost meldt in een schriftelijke verklaring dat klanten „geduld moeten hebben”. „Wij werken hard aan een oplossing”, aldus de verklaring.\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Pakketpost', 'Pakketpost'])
  })
  it('leaves the floor with the one talking when the newer name is the subject of a reporting `zou` (`Aydin zou nog „…” hebben`)', () => {
    const text = 'Een kop\n\n„Ik kon het niet meer aanzien”, zei getuige Emre Demir.\n\nAdvocaat Sanne ter Horst twijfelt. Demir zou nog „een appeltje te schillen” hebben.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Sanne ter Horst', method: 'carry-over'})
  })
  it('keeps a name with an age whole where both its words stand alone elsewhere (`Rania Haddad (39) zit …` after `Rania` and `Haddad`)', () => {
    const text = 'Een kop\n\nZes jaar zag hij zijn vrouw Rania alleen op een scherm. ‘Het was zwaar’, vertelt Yusuf Haddad (42).\n\n‘Ik miste haar’, zegt Haddad. Elke avond belde Yusuf.\n\nRania Haddad (39) zit naast haar man. Over het kamp praat ze liever niet. ‘Er was geen school.’\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Rania Haddad'})
  })
  it('reads a capital particle opening a sentence before a known surname as the surname\'s (`Van Dalen lag …` after `Thijs van Dalen`), not as a preposition', () => {
    const text = 'Een kop\n\nThijs van Dalen werd kampioen. Hij was sneller dan de Noor Henrik Aasland.\n\nAasland had een snelle tijd neergezet. Van Dalen lag na 700 meter nog achter. "Toen dacht ik: dit wordt niks", bekende hij.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Thijs van Dalen', method: 'pronoun'})
  })
  it('reads a role with an age or an origin as the person named last before it, not the one talking (`zei de 30-jarige lerares` after `sprak met Anna de Vries`), unless the article gave that one another age', () => {
    const text = 'Een kop\n\n„Ik ben blij”, zei Eva Smit. Ze sprak met Anna de Vries. „Het was een zware dag”, zei de 30-jarige lerares.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Anna de Vries', method: 'role'})
    const other = 'Een kop\n\n„Het was zwaar”, zegt Jan de Vries. Piet Bos (70) was er ook.\n\n„Ik ben moe”, zei de 45-jarige man.\n'
    expect(listQuotes(fromNews(other))[1]).toMatchObject({speaker: 'Jan de Vries'})
  })
  it('does not give a quote to the one who denies it in the next sentence (`„…” Bos ontkent dat.`, `Dat betwist de wethouder.`)', () => {
    for (const denial of ['Wethouder Bos ontkent dat.', 'Dat betwist wethouder Bos.', 'Dat heeft wethouder Bos ontkend.']) {
      const text = `Een kop\n\nEen ambtenaar die anoniem wil blijven, zegt dat er zorgen waren. „Er is in juni al gewaarschuwd.” ${denial}\n`
      expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Een ambtenaar'})
    }
  })
  it('leaves the floor with the one talking when a newer name stands in a phrase and her pronoun is the sentence\'s subject (`Op de vraag van Bos of ze …, bleef ze vaag.`)', () => {
    const text = 'Een kop\n\n„Ik wacht eerst af”, zei minister Eva Smit. Op de vraag van Kamerlid Kees Bos of ze dwang uitsluit, bleef ze vaag. „Ik sluit niets uit.”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Eva Smit'})
  })
  it('reads `volgens haar` after a colon as the woman the sentence opens with by her role (`De rechter hechtte daar weinig waarde aan: het berouw kwam volgens haar ‘…’`)', () => {
    const text = 'Een kop\n\nRechter Eva van Dam sprak het vonnis uit. ‘Dit is ernstig’, zei ze. Advocaat R.J. Hoogendijk wil in beroep.\n\nDe verdachte bood excuses aan. ‘Het was fout. Dat zie ik nu.’ De rechter hechtte daar weinig waarde aan: het berouw kwam volgens haar ‘erg laat’.\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Eva van Dam', method: 'pronoun'})
  })
  it('reads an acronym opening a sentence before a word in lower case as a name (`DNB wilde niet reageren, maar laat weten dat …`)', () => {
    const text = 'Een kop\n\nDe banken maakten winst. DNB wilde niet ingaan op de cijfers, maar laat weten dat banken „voorzichtig moeten blijven”.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'DNB', method: 'cue'})
  })
  it('reads an age as the person the article gave that age (`vertelde de 52-jarige` after `Dennis Wolters (52)`), not the one who asked', () => {
    const text = "Een kop\n\nPenningmeester Dennis Wolters (52) staat terecht. ,,Ik schaam me'', zei hij. Rechter Petra Bos vroeg hoe dat kon. ,,Was er geen controle?''\n\n,,Nee. Die club was mijn leven'', vertelde de 52-jarige.\n"
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Dennis Wolters', method: 'role'})
  })
  it('names an unnamed source when a demonstrative role gives the name in apposition (`Die woordvoerder, Lisa Mahabier, erkent …`)', () => {
    const text = 'Een kop\n\nHet bedrijf wil bouwen. Een woordvoerder van Dataveld zegt dat de plek „ideaal” is.\n\n„Er is hier stroom”, stelt de woordvoerder.\n\nDie woordvoerder, Lisa Mahabier, erkent dat het bedrijf de buurt „te laat” heeft betrokken.\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Lisa Mahabier', 'Lisa Mahabier', 'Lisa Mahabier'])
  })
  it('reads a body with an apposition between commas as the subject of the verb after it (`De Pensioenfederatie, de koepel van de fondsen, noemt …`)', () => {
    for (const body of ['De Pensioenfederatie', 'Pensioenfederatie']) {
      const text = `Een kop\n\nHet stelsel verandert. „Het gaat goed”, zegt Kees Olthof.\n\n${body}, de koepel van pensioenfondsen, noemt de overgang „de grootste operatie ooit”.\n`
      expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: body, method: 'cue'})
    }
  })
  it('reads a body\'s name in apposition with its article as the subject (`De toezichthouder, de AFM, schrijft dat …`)', () => {
    const text = 'Een kop\n\nEr moet veel gebeuren. De toezichthouder, de AFM, schrijft dat banken „voorzichtig” moeten zijn.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'AFM', method: 'cue'})
  })
  it('reads the first half of a double surname joined by a particle as that person (`Koopman zat op de tribune.` after `Marcel Koopman-de Ruiter`)', () => {
    const text = 'Een kop\n\nClubbaas Marcel Koopman-de Ruiter wil niet verkopen. „De prijs zakt niet”, zegt hij.\n\nMakelaar Ricardo Doelwijt houdt hoop. „Het komt goed”, zegt hij.\n\nKoopman zat op de tribune. „Dan wens ik hem succes.”\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Marcel Koopman-de Ruiter'})
  })
  it('reads `en die` before a speech verb as the one the clause before ends with (`Ik sprak een boer uit Ede, en die zei: „…”`)', () => {
    const text = 'Een kop\n\nHet water stijgt. „Het is ernstig”, zegt Eva Smit.\n\nIk sprak laatst een boer uit Ede, en die zei tegen mij: „Waarom zou ik nog iets doen?”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'een boer uit Ede', method: 'cue'})
  })
  it('reads a capital particle and a trade that is the surname of a full name as that person (`De Boer reageerde kalm.` after `Mark de Boer`), not a farmer', () => {
    const text = 'Een kop\n\n„Dit is een zwarte dag”, zei premier Mark de Boer. Oppositieleider Fatima Benali reageerde fel: „Hij heeft dit zelf veroorzaakt.”\n\nDe Boer reageerde kalm. „Ik ga niet in op verwijten.”\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Mark de Boer'})
  })
  it('reads Frisian first names that end as adjectives of place as names (`Wytse studeerde …`), and a photographer credited under a photo as no one the article refers to', () => {
    const text = 'Een kop\n\nSinds januari is zijn zoon Wytse Hoekstra (34) eigenaar. „Hij komt kijken”, zegt Wytse.\n\nHun dochter Jelle (6) speelt buiten. Hoekstra op het erf. Foto: Sjoukje Bosma\n\nWytse studeerde in Groningen. Hij aarzelt als hij erover vertelt.\n\n„Ik dacht dat ik nooit terug zou komen.”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Wytse Hoekstra'})
    expect(fromNews(text).data!.speakers!.map((speaker) => speaker.name)).not.toContain('Sjoukje Bosma')
  })
  it('gives the floor to the one a quote ends by addressing by name, in a conversation (`„Laat nou staan, Errol.” „Ik laat niks staan.”`), not to someone never quoted (`„Bedankt voor alles, Johan.”` at a grave)', () => {
    const text = 'Een kop\n\nAan tafel zitten Wilma Schaap (72) en Errol Sabajo (61). „Ik doe de afwas”, zegt Sabajo. „We geven niet op”, zegt Schaap.\n\nSabajo pakt een doek. „Laat nou staan, Errol.”\n\n„Ik laat niks staan.”\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Errol Sabajo', 'Wilma Schaap', 'Wilma Schaap', 'Errol Sabajo'])
    const grave = 'Een kop\n\nJohan Smit overleed vorig jaar. Marieke Smit staat bij het graf. „Bedankt voor alles, Johan.”\n\n„Hij was een goed mens.”\n'
    expect(listQuotes(fromNews(grave)).map((record) => record.speaker)).toEqual(['Marieke Smit', 'Marieke Smit'])
  })
  it('reads a title and a name after a preposition as inside that phrase (`Op de vraag van rechter Annemiek van Gils bleef hij vaag.`): the judge does not take the floor', () => {
    const text = 'Een kop\n\n„Ik heb nooit een oude vrouw gebeld”, zei verdachte Mark V. tegen de rechtbank.\n\nOp de vraag van rechter Annemiek van Gils hoe zijn stem op de tapgesprekken kwam, bleef hij vaag. „Dat moet iemand anders zijn.”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Mark V.'})
  })
  it('gives an office of a court not introduced no person named nearby (`„…” Met die woorden begon de officier van justitie …` after `tegen Mark V.`)', () => {
    const text = 'Een kop\n\nHet OM eiste vrijdag vier jaar cel tegen de 38-jarige Ruud K. uit Arnhem.\n\n„Dit is fraude met vertrouwen.” Met die woorden begon de officier van justitie haar betoog.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'de officier van justitie'})
  })
  it('reads an interviewer\'s question that quotes someone inside it as a question: the answer after it is the interviewee\'s', () => {
    const text = 'Een kop\n\nEcoloog Saskia Prins telt al twintig jaar insecten.\n\nHoe gaat het met de insecten?\n\n„Slecht. Er zijn er veel minder.”\n\nWat vindt u van het plan?\n\n„Het is te vaag.”\n\nDe minister noemde het plan vorige week ‘een keerpunt’. Is het dat?\n\n„Nee. Er staat geen enkel doel in.”\n'
    expect(listQuotes(fromNews(text)).filter((record) => record.kind === 'direct').map((record) => record.speaker)).toEqual(['Saskia Prins', 'Saskia Prins', 'Saskia Prins'])
  })
  it('brings on the one the writer met with a pronoun (`Wij spraken hem …`): the person of that gender the article has named most, the first named on a tie, not the one quoted last', () => {
    const text = 'Een kop\n\nScheidsrechter Erwin Kamp (45) stopt.\n\nOud-aanvoerder Bart Zoet is mild. ‘Die rode was terecht.’\n\nIn september verschijnt zijn boek. Wij spraken hem in zijn woonkamer.\n\nU stopt op uw 45ste. Waarom nu?\n\n‘Omdat mijn lichaam het zegt.’\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Erwin Kamp'})
  })
  it('gives words heard after the quote to the one heard (`„…”, hoor ik een bezoeker bij de garderobe mopperen.`)', () => {
    const text = 'Een kop\n\nNiet iedereen klapt. „Dat is geen opera”, hoor ik een bezoeker bij de garderobe mopperen.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'een bezoeker bij de garderobe'})
  })
  it('ends a speaker phrase before an infinitive of saying (`wilde een journalist van een lokale nieuwssite | weten`)', () => {
    const text = 'Een kop\n\n„Het klopt niet”, zegt heemraad Rob Kok.\n\n"Overweegt u te bezuinigen?" wilde een journalist van een lokale nieuwssite weten.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'een journalist van een lokale nieuwssite', method: 'cue'})
  })
  it('finds the names joined after a fronted clause and the verb for a plural `ze` (`Of het stijgt, konden Schuit en Bos niet zeggen. „…”, zeiden ze.`)', () => {
    const text = 'Een kop\n\nOf de heffing stijgt, konden Gerben Schuit en Chantal Bos niet zeggen. „Dat hangt af van Den Haag”, zeiden ze.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Gerben Schuit en Chantal Bos', method: 'pronoun'})
  })
  it('reads past a live blog\'s time stamp to the subject that opens the entry (`17.20 uur – Een lezer stuurde ons …`)', () => {
    const text = 'Een kop\n\n17.05 uur – „Blijf binnen”, zegt burgemeester Anna Stolk.\n\n17.20 uur – Een lezer uit Alkmaar stuurde ons een foto van zijn schuur. „Het dak ligt bij de buren”, schrijft hij erbij.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Een lezer uit Alkmaar'})
  })
  it('reads a first name that is also a function word before a surname\'s particle as a name (`Elke De Smedt`, `Ben van Dam`)', () => {
    const text = 'Een kop\n\nFederaal minister Elke De Smedt reageert kort: ‘De deur staat open.’\n\n‘Dat is te weinig’, zegt wethouder Ben van Dam.\n'
    expect(listQuotes(fromNews(text)).map((record) => record.speaker)).toEqual(['Elke De Smedt', 'Ben van Dam'])
  })
  it('reads a body\'s noun alone as the name that opens the sentence before (`Vorstmann handhaaft … Het bedrijf zegt …`)', () => {
    const text = 'Een kop\n\nVorstmann handhaaft de verwachting voor dit jaar. Het bedrijf zegt nu in het ‘onderste deel’ van de marge uit te komen.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Vorstmann', method: 'role'})
  })
  it('reads a first name and a surname whose particle stands before an organisation\'s word as a person (`Theo van der Hof`, `Annemieke van ’t Hof`)', () => {
    const text = 'Een kop\n\n„Het was zwaar”, zei Henk Aas.\n\nHuisarts Marieke van der Hof ziet de drukte oplopen. „We hebben het druk”, zegt ze.\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Marieke van der Hof', method: 'pronoun'})
  })
  it('gives the writer\'s `U noemde … ‘…’` in an interview whose answers are not quoted to the person the article names most', () => {
    const text = 'Een kop\n\nWethouder Yvonne Kramer stopt. Kramer was twaalf jaar wethouder in Tilburg.\n\nWaarom stopt u?\n\nHet is mooi geweest. Mijn collega Frits Bakker zei altijd: „Mensen wonen in huizen.”\n\nU noemde de Tweede Kamer vorige maand ‘een poppenkast’. Heeft u daar spijt van?\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Yvonne Kramer', method: 'pronoun'})
  })
  it('reads a request with its words after `om` as the cue, however far the verb (`In een motie vroegen Smit en Bos het college om ‘…’`)', () => {
    const text = 'Een kop\n\nIn een motie vroegen Anna Smit en Ruud Bos het college om „opnieuw in gesprek te gaan” met de buurt.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Anna Smit en Ruud Bos', method: 'cue'})
  })
  it('gives `Ik …: „…”` in an answer to the writer\'s question to the one interviewed, not to the writer (`Heeft u die gekregen? ⏎⏎ Ik heb tegen de minister gezegd: „…”`)', () => {
    const text = 'Een kop\n\nBurgemeester Astrid Hoek is een jaar in functie. Hoek woont in Duinwijk.\n\nHeeft u extra agenten gekregen?\n\nVier. Ik heb tegen de minister gezegd: „Dit is te weinig.”\n\nTekst: Lieke Hoogeveen\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Astrid Hoek', method: 'pronoun'})
  })
  it('reads a capitalised fronted preposition before a name as no subject (`Tegenover RTV Oost zegt Kok: „…”`)', () => {
    const text = 'Een kop\n\nTegenover Omroep West zegt wethouder Piet Kok: „Het is klaar.”\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Piet Kok', method: 'colon'})
  })
  it('takes a quote\'s own question mark for the comma that inverts (`„…?” wilde Kok weten.`)', () => {
    const text = 'Een kop\n\nMinister Anna Kok verdedigde het plan. „Het is nodig.”\n\n„Wie betaalt dat?” wilde raadslid Tom Brink weten.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Tom Brink', method: 'cue'})
  })
  it('reads `willen` with its subject and `weten` after a quote as its cue (`„…?”, wilde Tom van der Wal (CDA) weten.`)', () => {
    const text = 'Een kop\n\nMinister Anna Kok verdedigde het plan. „Het is nodig.”\n\n„Wie betaalt dat?”, wilde Tom van der Wal (CDA) weten.'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Tom van der Wal', method: 'cue'})
  })
  it('finds a person by one half of a double surname (`aldus Swart` and `Swart is tevreden.` after `Fenna Swart-Hoekstra`)', () => {
    const text = 'Een kop\n\n„Het gaat goed”, zegt Fenna Swart-Hoekstra.\n\n„Maar het kan beter”, aldus Swart.\n\nSwart is tevreden. „Echt waar.”'
    const tree = fromNews(text)
    expect(listQuotes(tree).map((record) => record.speaker)).toEqual(['Fenna Swart-Hoekstra', 'Fenna Swart-Hoekstra', 'Fenna Swart-Hoekstra'])
    expect(tree.data!.speakers).toHaveLength(1)
  })
  it('brings on someone indefinite who wants to say something (`Ook een vader wil iets kwijt.`, `Op het plein wil een buurman iets kwijt.`)', () => {
    const lead = 'Een kop\n\nAnna de Wit (40) woont naast de school. „Het is druk”, zegt ze.\n\n'
    expect(listQuotes(fromNews(lead + 'Ook een vader wil iets kwijt. „Het is hier gevaarlijk.”')).at(-1)).toMatchObject({speaker: 'een vader'})
    expect(listQuotes(fromNews(lead + 'Op het plein wil een buurman iets kwijt. „Het is hier gevaarlijk.”')).at(-1)).toMatchObject({speaker: 'een buurman'})
  })
  it('does not take a court\'s office for a person known by another (`de officier` after `verdachte Piet K.` or `rechter Anna Bos`)', () => {
    const text = 'Een kop\n\nVerdachte Piet K. (34) stond terecht. „Ik heb spijt”, zei hij.\n\nDe officier van justitie eiste twee jaar cel. „Hij is een gevaar.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'De officier van justitie'})
  })
  it('gives the words the writer quotes back to the one interviewed to them (`U noemde het veen eens een ‘tijdbom’.`)', () => {
    const text = 'Een kop\n\nHanneke Bos is bodemkundige.\n\nWaarom is de bodem zo belangrijk?\n\n„Omdat alles erop rust.”\n\nWat vindt u van het beleid?\n\n„Het is te traag.”\n\nU noemde het veen eens een ‘tijdbom’. Is dat niet overdreven?\n\n„Nee.”'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({kind: 'partial', speaker: 'Hanneke Bos', method: 'pronoun'})
  })
  it('reads houses of culture and leisure as bodies that speak (`laat de schouwburg weten`)', () => {
    const text = 'Een kop\n\nSchouwburg De Rotonde schrapt de voorstelling. Cabaretier Jochem Bakx neemt rust. „Ik kom terug.” Bezoekers krijgen hun geld terug, laat de schouwburg weten. „Wie een kaartje heeft, krijgt bericht.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'De Rotonde'})
  })
  it('reads `ik` as the subject of a speech verb before the quote as the writer the article names (`schreef ik dat X «…»`)', () => {
    const text = 'title: Zout\nauthor: Hanna Wolters\n\nJelle Mol schreef een nieuwe roman. Toen zijn debuut verscheen, schreef ik in deze krant dat Mol «beter kan schrappen dan wie ook».'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Hanna Wolters'})
  })
  it('does not read an adverb after `”,` as an inverted verb (`„…”, zeker nu het kabinet bezuinigde`)', () => {
    const text = 'Een kop\n\nIn een rapport spreekt de UNHCR van ‘een crisis’.\n\nKritiek uit Den Haag\n\nKamerlid Yasmina Haddou noemde het bedrag „een druppel op een gloeiende plaat”, zeker nu het kabinet bezuinigde.'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Yasmina Haddou'})
  })
  it('reads `zijn` after a preposition in a relative clause as a possessive, not its verb (`die niet met zijn naam in de krant wil`)', () => {
    const text = 'Een kop\n\n„Het is erg”, zegt Karin Mulder. Een buurtbewoner die niet met zijn naam in de krant wil, is minder mild. „Mijn dochter fietst hier niet meer.”'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Een buurtbewoner', method: 'carry-over'})
  })
  it('reads a lone word with a child\'s age before a place of origin or a singular verb as a person (`Mila (15) uit Ede kwam …`), not two children named together', () => {
    const text = 'Een kop\n\n„We gaan door”, zegt Anna de Wit.\n\nFemke (15) uit Zoetermeer kwam met haar klas. „Onze mentor wist ervan.”\n'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Femke'})
    const pair = 'Een kop\n\n„We gaan door”, zegt Anna de Wit.\n\nHet gezin woont hier sinds 2010, Sefa (13) en Tirzo (14) waren toen klein. „Het was zwaar.”\n'
    expect(listQuotes(fromNews(pair))[1]).toMatchObject({speaker: 'Anna de Wit'})
  })
  it('reads `zijn` after a singular head\'s relative clause as a possessive, not the main verb (`Een man die elke dag zijn hond uitlaat, zei: „…”`)', () => {
    const text = 'Een kop\n\nEen jongen die elke middag zijn broertje ophaalt, zei: „Hier fiets ik niet meer.”\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Een jongen', method: 'colon'})
  })
  it('reads a closing line with a credit label as the writer\'s (`Tekst: Floor Hagedoorn`, `Door Floor Hagedoorn`), and the one the writer met answers the writer\'s question (`Ik sprak de burgemeester …`)', () => {
    for (const credit of ['Tekst: Lieke Hoogeveen', 'Door Lieke Hoogeveen']) {
      const text = `Een kop\n\nIk sprak de burgemeester in haar werkkamer. „Waarom stopt u niet?”, vraag ik.\n\n„Omdat ik het werk graag doe.”\n\n${credit}\n`
      expect(listQuotes(fromNews(text)).map((record) => record.speaker), credit).toEqual(['Lieke Hoogeveen', 'de burgemeester'])
    }
  })
  it('reads a credit that ends the last paragraph as the writer\'s (`… Nog te zien tot 2 april. Recensie: Lieke Hoogeveen.`)', () => {
    const text = 'Een kop\n\nIk vraag een dame wat zij ervan vindt. „Prachtig”, zegt ze. „Maar lang.” „Te lang?” vraag ik.\n\n‘Het water’ van Tom Vos. Nog te zien tot 2 april. Recensie: Lieke Hoogeveen.\n'
    expect(listQuotes(fromNews(text))[2]).toMatchObject({speaker: 'Lieke Hoogeveen', method: 'cue'})
  })
  it('never gives a quote with no cue to the writer named in a signature, as the person named nearby', () => {
    const text = 'Een kop\n\nHet was stil in het dorp.\n\n„Hier gebeurt nooit iets.”\n\nLieke Hoogeveen\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: null})
  })
  it('reads a closing line that is only a name as the columnist\'s signature (`Hanna Veldhuis`)', () => {
    const text = 'Een kop\n\nIk sta op de berg. ‘Waarom doe je dit?’, vraag ik Gert. ‘Omdat het mooi is.’\n\nHanna Veldhuis'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Hanna Veldhuis'})
  })
  it('reads a definite role after a fronted phrase and its verb before a colon as the speaker (`Over die getuige was de officier stellig: „…”`)', () => {
    const text = 'Een kop\n\n„Het was een afrekening”, zei officier van justitie Annemiek Dekker. Het bewijs bestaat volgens het Openbaar Ministerie uit beelden. Over die getuige was de officier stellig: „Zij heeft hem zien wegrennen.”'
    expect(listQuotes(fromNews(text))[1]).toMatchObject({speaker: 'Annemiek Dekker', method: 'role'})
  })
  it('keeps a legal form written with a capital in the name (`Stichting Dier & Vrijheid`)', () => {
    const text = 'Een kop\n\nDe panda is terug. Stichting Wild & Vrij noemt de ontsnapping ‘een teken aan de wand’.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Stichting Wild & Vrij'})
  })
  it('reads a possessive family noun as the person of its gender named nearby (`Zijn moeder`)', () => {
    const text = 'Al dertig jaar runt Trijntje Hoekstra-Bos (88) de bibliotheek. Haar zoon Pieter Hoekstra maakt zich zorgen. „Ze doet te veel”, zegt hij. Zijn moeder lacht erom. „Als ik stop, ga ik dood.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Trijntje Hoekstra-Bos'})
  })
  it('reads a role\'s synonym as the one introduced with it (`de raadsvrouw` after `advocaat … Brouwer`), and a critic\'s title before the name', () => {
    const text = 'Zijn advocaat, mr. Els Brouwer, vroeg om vrijspraak. Volgens de raadsvrouw heeft het OM ‘een tunnelvisie’. Toneelcriticus Jan Roos was minder mild. „Dit stuk is te lang”, schreef Roos.'
    const quotes = listQuotes(fromNews(text))
    expect(quotes[0]).toMatchObject({speaker: 'Els Brouwer', method: 'role'})
    expect(quotes[1]).toMatchObject({speaker: 'Jan Roos'})
  })
  it('keeps `&` between capitalised words inside a name (`Jansen & Bos`)', () => {
    const text = 'De zaak sluit. Bakkerij Jansen & Bos noemt het besluit ‘pijnlijk maar nodig’.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Jansen & Bos'})
  })
  it('names an unnamed source the article names later in apposition (`De man, Joost Kok, woont …`), quotes before included', () => {
    const text = 'Een oudere buurman kijkt toe. „Eindelijk”, zegt hij. „Hier stopten dag en nacht auto’s.” De man, Joost Kok, woont al jaren in de straat.'
    const tree = fromNews(text)
    expect(listQuotes(tree).map((quote) => quote.speaker)).toEqual(['Joost Kok', 'Joost Kok'])
    expect(tree.data!.speakers!.map((speaker) => speaker.name)).toEqual(['Joost Kok'])
  })
  it('reads a capital `De` after a quote that ends in a full stop as the start of a sentence (`… weg.” De man, Joost Kok, …`)', () => {
    const text = 'Een oudere buurman kijkt toe. „Eindelijk”, zegt hij. „Hier stopten steeds auto’s. Even binnen, en weer weg.” De man, Joost Kok, woont al jaren in de straat.'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Joost Kok', 'Joost Kok'])
  })
  it('keeps the woman talking whom `ze` after a fronted phrase names, over a man named in her sentence', () => {
    const text = 'De schrijfster Lotte Brink volgt burgemeester Wim Kaptein al jaren. „Hij luistert niet”, zegt ze. Hij kreeg vorig jaar een motie van wantrouwen. In haar nieuwe boek laat ze zien hoe Kaptein zijn raad passeerde. „Dat mag een bestuurder nooit doen.”'
    expect(listQuotes(fromNews(text)).at(-1)).toMatchObject({speaker: 'Lotte Brink'})
  })
  it('reads `Ter illustratie vertelt Karin Smit …` as a fronted phrase: the subject follows the verb', () => {
    expect(said(quote('speaker-questions', 'kopje koffie'))).toMatchObject({kind: 'partial', speaker: 'Karin Smit', method: 'cue', cue: 'vertelt'})
  })
  it('reads a surname with capital particles opening a sentence as its subject (`Van der Linden ondersteunt het plan van wethouder Jeroen Kuipers …`)', () => {
    expect(said(quote('speaker-questions', 'Elke maand wachten kost levens.'))).toMatchObject({speaker: 'Femke van der Linden', method: 'carry-over'})
  })
  it('keeps the quote before that sentence with the speaker who was talking', () => {
    expect(quote('speaker-questions', 'Ik slaap slecht. Ik weet niet wie ik nog kan vertrouwen.').speaker).toBe('Bayram Özkan')
  })
})

describe('19. a surname with capital particles before a colon (speaker-colon-particles)', () => {
  it('reads `Van der Velde: „…”` as the colon naming its speaker, not as a preposition', () => {
    expect(said(quote('speaker-colon-particles', 'Dat betekent niet dat er een crisis komt.'))).toEqual({
      kind: 'direct',
      speaker: 'Marit van der Velde',
      method: 'colon',
      cue: null,
      mention: 'Van der Velde'
    })
  })
})

describe('20. names that are no people (speaker-not-people)', () => {
  const names = () => load('speaker-not-people').tree.data!.speakers!.map((speaker) => speaker.name)
  it('gives a name no role across a relative word (`twee partijen waarmee Stadsbelang …`): the party takes no floor', () => {
    expect(names()).not.toContain('Stadsbelang')
    expect(said(quote('speaker-not-people', 'Ik wacht het verder rustig af.'))).toMatchObject({speaker: 'Ilse Brink', method: 'carry-over'})
  })
  it('takes no name in a phrase for the subject of the verb after it (`Ploegleider Kees Mulder van Zonnestraal stelt`): the team is no person', () => {
    expect(names()).not.toContain('Zonnestraal')
    expect(names()).toContain('Kees Mulder')
    expect(quote('speaker-not-people', 'Ik dacht eerst dat het een grap was.').speaker).toBe('Sanne Wolters')
  })
  it('reads a name after a noun for a work as its title, no person (`Met het nummer Blue Moon komt hij …`): the pronoun is the man named before', () => {
    expect(names()).not.toContain('Blue Moon')
    expect(said(quote('speaker-not-people', 'Wat een avond is dit'))).toMatchObject({speaker: 'Joris Dekker', method: 'pronoun', mention: 'hij'})
  })
  it('keeps a person whose first name alone titles a work (`de film Frida` of `Frida Kahlo`) a person', () => {
    const text = 'Een film over een schilder\n\nDe schilder Frida Kahlo was een icoon. Over haar leven gaat de film Frida.\n\n„Ik schilder mezelf”, zei ze ooit.'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Frida Kahlo', method: 'pronoun'})
  })
  it('reads `zij` after a plural verb (`Daar kopen zij …`) as no woman: the snackbar named before is no person', () => {
    expect(names()).not.toContain('Efes Grill')
    expect(quote('speaker-not-people', 'Hier is het gewoon lekkerder.').speaker).not.toBe('Efes Grill')
  })
})

describe('21. joined subjects and clauses (speaker-joined-subjects)', () => {
  it('gives neither of two joined names the floor (`Maar Piet Kramer van de provincie en Bram Wessels van … blijven nuchter.`): the last person named speaks next', () => {
    expect(said(quote('speaker-joined-subjects', 'Een beetje sluipverkeer houd je altijd.'))).toMatchObject({speaker: 'Bram Wessels', method: 'context'})
  })
  it('brings on a person named in full as the subject of a clause after `, maar` (`…, maar Fleur Jansen (34) is een uitzondering.`)', () => {
    expect(said(quote('speaker-joined-subjects', 'Ik heb er veel over gelezen'))).toMatchObject({speaker: 'Fleur Jansen', method: 'pronoun', mention: 'ze'})
  })
})

describe('22. first names (speaker-first-names)', () => {
  it('knows a woman’s name that the lexicon lists twice (`Sanne de Wit … „…”, zegt ze.`)', () => {
    expect(said(quote('speaker-first-names', 'Vroeger kende ik iedereen hier'))).toMatchObject({speaker: 'Sanne de Wit', method: 'pronoun', mention: 'ze'})
    expect(load('speaker-first-names').tree.data!.speakers!.find((speaker) => speaker.name === 'Sanne de Wit')?.gender).toBe('female')
  })
  it('keeps a company whose name starts with a first name out of the people (`bij Jet Aviation`)', () => {
    expect(load('speaker-first-names').tree.data!.speakers!.map((speaker) => speaker.name)).not.toContain('Jet Aviation')
  })
  it('gives every name listed only among women’s a woman’s gender', async () => {
    const {firstNames} = await import('../src/lexicon/first-names.js')
    for (const name of ['sanne', 'marloes', 'merel', 'eva', 'petra', 'lotte']) expect(firstNames.get(name), name).toBe('female')
    expect(firstNames.has('kim')).toBe(false)
  })
})

describe('23. first names that share a surname, double surnames (speaker-shared-surname)', () => {
  const speakers = () => load('speaker-shared-surname').tree.data!.speakers!
  it('gives the first names listed before a full name its surname (`de zussen Anna, Lotte en Femke Hoogland`)', () => {
    expect(said(quote('speaker-shared-surname', 'We staan hier al sinds ons vijftiende achter de toonbank'))).toMatchObject({speaker: 'Anna Hoogland', method: 'cue', mention: 'Anna'})
    expect(said(quote('speaker-shared-surname', 'Maar het deeg maakt Femke.'))).toMatchObject({speaker: 'Lotte Hoogland', method: 'colon', mention: 'Lotte'})
    expect(speakers().find((speaker) => speaker.name === 'Anna Hoogland')).toMatchObject({aliases: ['Anna'], gender: 'female'})
    expect(speakers().map((speaker) => speaker.name)).toContain('Femke Hoogland')
  })
  it('gives no surname that is an initial (`Karel en Ineke B.`: the two need not share it)', () => {
    expect(quote('speaker-shared-surname', 'Een beter brood bestaat niet').speaker).toBe('Karel')
  })
  it('knows a double surname by one of its halves after the same first name (`Greet van Dam-Hoogland`, `zegt Greet Hoogland`)', () => {
    expect(said(quote('speaker-shared-surname', 'Ik ben trots op ze'))).toMatchObject({speaker: 'Greet van Dam-Hoogland', method: 'cue', mention: 'Greet Hoogland'})
    expect(speakers().find((speaker) => speaker.name === 'Greet van Dam-Hoogland')?.aliases).toEqual(['Greet Hoogland'])
  })
})

describe('24. names that several entities share (speaker-entity-names)', () => {
  it('gives a lone surname to the person, not to the firm whose name ends in it (`het bedrijf Ter Horst Brink`, `Sanne Brink`)', () => {
    expect(said(quote('speaker-entity-names', 'Daarna kan het snel gaan'))).toMatchObject({speaker: 'Sanne Brink', method: 'cue', mention: 'Brink'})
  })
  it('takes a word opening the sentence before a known surname as a title (`Zwemicoon Kamp:` after `Piet Kamp`)', () => {
    expect(said(quote('speaker-entity-names', 'Eindelijk komt er een nieuw bad.'))).toMatchObject({speaker: 'Piet Kamp', method: 'colon'})
    expect(load('speaker-entity-names').tree.data!.speakers!.map((speaker) => speaker.name)).not.toContain('Zwemicoon Kamp')
  })
  it('reads a particle after a capitalised role and an unknown first name as part of the name (`VVD-raadslid Joes de Lange`)', () => {
    expect(said(quote('speaker-entity-names', 'meer haast'))).toMatchObject({speaker: 'Joes de Lange', method: 'pronoun', kind: 'partial'})
  })
  it('reads `de` after an unknown first name as a particle where a subject or a source stands (`Tjalling de Vos (52)`, `Volgens Wietse de Haan`)', () => {
    expect(said(quote('speaker-entity-names', 'Het wordt tijd.'))).toMatchObject({speaker: 'Tjalling de Vos', method: 'colon'})
    expect(said(quote('speaker-entity-names', 'veel te duur'))).toMatchObject({speaker: 'Wietse de Haan', method: 'cue', kind: 'partial'})
  })
  it('knows a person by a first name it does not list: a full name opening the sentence before a verb, or `zegt ze` after it', () => {
    expect(said(quote('speaker-entity-names', 'Ik kom hier elke dag zwemmen.'))).toMatchObject({speaker: 'Abeni Mensah', method: 'carry-over'})
    expect(said(quote('speaker-entity-names', 'Het kaartje is te duur'))).toMatchObject({speaker: 'Amara Osei', method: 'pronoun', mention: 'ze'})
  })
  it('reads an adjective of place before a name as the name’s, not as a role (`de Deventerse Ilse ter Beek`)', () => {
    expect(said(quote('speaker-entity-names', 'Wij blijven gewoon komen'))).toMatchObject({speaker: 'Ilse ter Beek', method: 'cue'})
  })
})

describe('25. `klinkt het` with a source after it (speaker-klinkt-het)', () => {
  it('takes the source after `klinkt het bij`, `in … kringen`', () => {
    expect(said(quote('speaker-klinkt-het', 'Dat is zonde van het geld'))).toMatchObject({speaker: 'de gemeente', method: 'cue', cue: 'klinkt het bij'})
    expect(said(quote('speaker-klinkt-het', 'Dit had nooit mogen gebeuren'))).toMatchObject({speaker: 'politieke kringen', method: 'cue'})
  })
  it('takes the owner of a noun of utterance equated with the quote (`„…”, luidt de reactie van de bond`, `aldus het antwoord van …`)', () => {
    const first = listQuotes(fromNews('Een kop\n\n„Dit is een klap voor de hele sector”, luidt de reactie van de boerenbond.\n'))[0]
    expect(first).toMatchObject({speaker: 'de boerenbond', method: 'cue', cue: 'luidt de reactie'})
    const second = listQuotes(fromNews('Een kop\n\n„Wij wachten het onderzoek af”, aldus het antwoord van de brandweer.\n'))[0]
    expect(second).toMatchObject({speaker: 'de brandweer', method: 'cue'})
  })
  it('reads an adverb of manner before the adjective of a name (`stelt een zichtbaar opgeluchte Bakker`)', () => {
    const text = 'Een kop\n\n„We hebben het gehaald”, stelt een zichtbaar opgeluchte Bakker.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Bakker', method: 'cue'})
  })
  it('takes the one whose mouth the words come from (`klinkt het uit de mond van …`)', () => {
    const text = 'Een kop\n\n„Dit is pas het begin”, klinkt het uit de mond van havenbaas Eva Smit.\n'
    expect(listQuotes(fromNews(text))[0]).toMatchObject({speaker: 'Eva Smit', method: 'cue'})
  })
  it('names no one for words heard in a place (`klinkt het in de kantine`)', () => {
    expect(quote('speaker-klinkt-het', 'Eindelijk rust!').speaker).toBeNull()
  })
})

describe('26. one person is not a group (speaker-group-number)', () => {
  it('does not give a singular role (`de buurman`) to a group that is talking (`buurtbewoners`)', () => {
    expect(said(quote('speaker-group-number', 'Ik slaap al weken slecht'))).toMatchObject({speaker: 'de buurman van de zaak', method: 'cue'})
  })
})

describe('27. an institution that gives its view takes the floor (speaker-institution-view)', () => {
  it('gives the quote after `De gemeente ziet dat anders.` to the municipality', () => {
    expect(said(quote('speaker-institution-view', 'Er is gewoon te weinig ruimte voor auto’s.'))).toMatchObject({speaker: 'De gemeente', method: 'carry-over'})
  })
  it('does not give the floor to an institution that only acts', () => {
    expect(quote('speaker-institution-view', 'Het wordt een mooi plein.').speaker).not.toBe('Het bouwbedrijf')
  })
})

describe('28. particle verbs with their particle (speaker-particle-cues)', () => {
  it('reads a particle verb’s bare form as a cue when its particle follows (`wijst … af`, `Dat laat … weten`)', () => {
    expect(said(quote('speaker-particle-cues', 'De stuw is veilig en voldoet aan alle eisen.'))).toMatchObject({speaker: 'Het waterschap', method: 'carry-over'})
    expect(said(quote('speaker-particle-cues', 'We houden de vismigratie goed in de gaten.'))).toMatchObject({speaker: 'een woordvoerder van het waterschap', method: 'cue', cue: 'laat weten'})
  })
})

describe('29. the writer’s own words (speaker-writer)', () => {
  it('gives `„…”, zeg ik` to the writer the title signs (`… MARIT DE BOER`)', () => {
    expect(said(quote('speaker-writer', 'Dat houd je nooit vol'))).toMatchObject({speaker: 'Marit de Boer', method: 'cue', mention: 'ik'})
  })
  it('takes the writer from a closing line (`… is verslaggever van deze krant.`), and the one asked answers the writer\'s question', () => {
    const text = 'Mijn rekening verdubbelde\n\nIk belde de klantenservice. „Hoe kan dat?” vroeg ik de medewerker. „Dat zie ik niet”, zei ze. „Ik maak een melding.”\n\nMarit de Boer is verslaggever van deze krant.'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Marit de Boer', 'de medewerker', 'de medewerker'])
  })
  it('takes the writer from an interview\'s title (`Lotte de Wit sprak Merel Tjoa: …`)', () => {
    const text = 'Lotte de Wit sprak zangeres Merel Tjoa: ‘Ik schrijf pas als het schuurt’\n\nZangeres Merel Tjoa brengt een album uit. ‘Het gaat over mijn vader’, zegt ze. ‘Is dat niet zwaar?’ vroeg ik. ‘Soms’, zegt ze.'
    expect(listQuotes(fromNews(text)).map((quote) => quote.speaker)).toEqual(['Merel Tjoa', 'Lotte de Wit', 'Merel Tjoa'])
  })
  it('names no one when the article names no writer, and carries no one over to the next quote', () => {
    const tree = fromNews('Een avond zonder telefoon\n\nHet plan klinkt goed, zegt Piet Kok. „Dat houd je nooit vol”, zeg ik.\n\n„Echt niet.”\n')
    const records = listQuotes(tree)
    expect(records.map((record) => record.speaker)).toEqual([null, null])
    expect(tree.data!.speakers!.map((speaker) => speaker.name)).not.toContain('')
  })
})
