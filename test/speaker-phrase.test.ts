/**
 * Speaker phrases the cue rules read (src/attribution/read-speaker-phrase.ts), end to end on
 * project-written Dutch text.
 */
import {describe, expect, it} from 'vitest'
import {fromNews, listQuotes} from '../src/index.js'

function speakers(text: string): Array<string | null> {
  return listQuotes(fromNews(text)).map((record) => record.speaker)
}

describe('one of a group', () => {
  it('`aldus een van hen` and `zegt een ander` are sources of their own', () => {
    const text =
      'Buurtbewoners zeggen tegenover de krant dat de brug te laat opengaat.\n\n' +
      '„We wachten al twee jaar”, aldus een van hen. „Het is altijd volgend jaar”, zegt een ander.'
    expect(speakers(text)).toEqual(['een van hen', 'een ander'])
  })

  it('`nog een ander` after a cue: the filler `nog` is passed over', () => {
    const text = 'De schippers zijn boos.\n\n„Niemand luistert”, zegt nog een ander.'
    expect(speakers(text)).toEqual(['een ander'])
  })

  it('`een van hen` followed by an adverb', () => {
    const text = 'De vissers vinden de nieuwe regels ‘onwerkbaar’, zei een van hen vanochtend op de kade.'
    expect(speakers(text)).toEqual(['een van hen'])
  })

  it('`een van hun` before a noun is no phrase of its own', () => {
    const text = 'De schippers zijn boos.\n\n„Niemand luistert”, zegt een van hun woordvoerders.'
    expect(speakers(text)).not.toContain('een van hun')
  })
})

describe('role nouns', () => {
  it('an unnamed group by what its members know speaks after a cue (`stellen kenners`)', () => {
    const text = 'Het schilderij is omstreden.\n\nHet is geen ‘echte’ Rembrandt, stellen kunstkenners.'
    expect(speakers(text)).toEqual(['kunstkenners'])
  })

  it('a spokesperson not introduced is a source of their own, not the person named nearby', () => {
    const text = '„Het kan niet”, zegt Karel Mol.\n\nOok het ministerie ziet het probleem. „We zoeken een oplossing”, zegt de woordvoerder.'
    expect(speakers(text)).toEqual(['Karel Mol', 'de woordvoerder'])
  })

  it('a spokesperson introduced as such is that person', () => {
    const text = '„Het kan niet”, zegt Karel Mol, woordvoerder van de bond. „We zoeken een oplossing”, zegt de woordvoerder.'
    expect(speakers(text)).toEqual(['Karel Mol', 'Karel Mol'])
  })

  it('a definite role set apart by `andere` or a superlative is another source than the one before', () => {
    const text =
      'We zitten aan tafel met drie kinderen. Een jongen vertelt over school. „Het is saai”, zegt hij. „Dat is niet waar”, zegt de jongste jongen.\n\n' +
      'Een vrouw vertelt over de straat. „Het is druk”, zegt ze. „Dat klopt niet”, zegt de andere vrouw.'
    expect(speakers(text)).toEqual(['Een jongen', 'de jongste jongen', 'Een vrouw', 'de andere vrouw'])
  })

  it('a platform after `op` is where the source posted, not part of it (`de familie op Facebook`)', () => {
    expect(speakers('Het is laat.\n\n„We zijn ontzettend dankbaar”, reageerde de familie op Facebook.')).toEqual(['de familie'])
    // (`X.` at a sentence's end looks like an initial.)
    expect(speakers('Het is laat.\n\n„Wat een afgang”, schrijft een kijker op X. Anderen zijn milder.')).toEqual(['een kijker'])
  })

  it('`rond` and `binnen` join a source’s phrase (`bronnen rond het kabinet`), not a time (`binnen een week`)', () => {
    expect(speakers('Het is laat.\n\n„Er is een akkoord”, zeggen bronnen binnen de partij.')).toEqual(['bronnen binnen de partij'])
    expect(speakers('Het is laat.\n\n„Er is een akkoord”, zeggen ingewijden binnen een week.')).toEqual(['ingewijden'])
  })

  it('someone from a place after `een` is an unnamed source named with the article (`zegt een Groninger`)', () => {
    expect(speakers('Het is laat.\n\n„Ik heb niets meer”, zegt een Groninger.')).toEqual(['een Groninger'])
  })

  it('a majority or minority of a body speaks as a group (`vindt een meerderheid van de gemeenteraad`)', () => {
    expect(speakers('Het is laat.\n\n„De prijs is te hoog”, vindt een meerderheid van de gemeenteraad.')).toEqual(['een meerderheid van de gemeenteraad'])
  })

  it('an acronym with its place names the institution in an unnamed source (`een woordvoerder van het UMC Utrecht`)', () => {
    expect(speakers('Het is laat.\n\n„Het is te vroeg”, zegt een woordvoerder van het UMC Utrecht.')).toEqual(['een woordvoerder van het UMC Utrecht'])
  })

  it('one capitalised word after a noun in the role’s tail is that noun’s name (`bij de techcampus Eindhoven`), not the source', () => {
    const text =
      'Het is laat.\n\n„Dit is mooi”, zegt Paul de Wit. De marketingman bij de techcampus Eindhoven leidde de campagne. Hij is blij met de opkomst. „Zondag was het hier vol.”'
    expect(speakers(text)).toEqual(['Paul de Wit', 'Paul de Wit'])
  })

  it('the plural of a noun of origin after `de` is a group of people (`zeggen de Britten`, `De Koerden roepen …`)', () => {
    expect(speakers('Het is laat.\n\n„Het kan niet”, zeggen de Britten.')).toEqual(['de Britten'])
    expect(speakers('Het is laat.\n\nDe Koerden roepen al een jaar dat Europa ‘eigen’ strijders moet terugnemen.')).toEqual(['De Koerden'])
  })

  it('a bare plural with a relative clause is named without it, and two such clauses are two sources', () => {
    const text =
      'Het plan ligt er.\n\nBewoners die aan de kade wonen, waarschuwen dat het ‘veel te druk’ wordt. Bewoners die verderop wonen, vinden het juist ‘een aanwinst’.'
    const records = listQuotes(fromNews(text))
    expect(records.map((record) => record.speaker)).toEqual(['Bewoners', 'Bewoners'])
    expect(records[0]!.speakerIdentifier).not.toBe(records[1]!.speakerIdentifier)
  })

  it('an advisory body, a regulator or a council named by its noun is the institution named before (`Het adviesorgaan noemt het …`)', () => {
    const text = 'Het is laat. De Raad van State is kritisch over het voorstel. Het adviesorgaan noemt het ‘slecht doordacht’.'
    expect(speakers(text)).toEqual(['Raad van State'])
  })

  it('a plural in `’s` is a role when its singular is (`collega’s`)', () => {
    const text = 'De brandweer rukte uit.\n\n„Hij deed wat hij moest doen”, zeggen zijn collega’s.'
    expect(speakers(text)).toEqual(['zijn collega’s'])
  })
})

describe('titles', () => {
  it('a house of parliament’s ordinal belongs to the title (`Tweede Kamerlid`), as subject and after a cue', () => {
    const text =
      '„Het gaat te traag”, zei minister Jan de Boer.\n\n' +
      'De minister heeft zijn best gedaan, zegt Tweede Kamerlid Piet van Bos (SP).\n\n„Hij heeft eerlijk gehandeld.”\n\n' +
      'Eerste Kamerlid Eva Kok is kritischer. „Het is te laat.”'
    expect(speakers(text)).toEqual(['Jan de Boer', 'Piet van Bos', 'Eva Kok'])
  })

  it('`het Tweede Kamerlid` after a name is the person just named', () => {
    const text = 'Campagneleider Eva Kok ziet het somber in. Het Tweede Kamerlid reisde het hele land door. „Het wordt spannend.”'
    expect(speakers(text)).toEqual(['Eva Kok'])
  })
})

describe('a known first name alone', () => {
  it('is a person, before an apposition too (`Fatima, die haar achternaam niet noemt, …`)', () => {
    const text = 'Het is druk in de zorg.\n\nFatima, die haar achternaam niet in de krant wil, werkt op de spoedpost. „Ik ben op”, zegt ze.'
    expect(speakers(text)).toEqual(['Fatima'])
  })
})

describe('two names side by side', () => {
  it('each written alone elsewhere are two (`Ook verwijt Greenpeace Unilever …`)', () => {
    const text =
      'Het conflict tussen Greenpeace en Unilever loopt op. Ook verwijt Greenpeace Unilever dat het traag is.\n\n„We hebben alles gedeeld”, zegt Unilever.'
    expect(speakers(text)).toEqual(['Unilever'])
  })

  it('not a first name and a surname (`Michiel Smit`), even when both stand alone too', () => {
    const text = 'Michiel kreeg de prijs. Smit was blij. Later zei Michiel Smit het nog eens.\n\n„Ik ben trots”, zegt Smit.'
    expect(speakers(text)).toEqual(['Michiel Smit'])
  })
})

describe('a name spelled out before its acronym', () => {
  it('is one name, past `en`, `voor de` and a leading title word', () => {
    const text =
      '„Het kan niet”, schrijft de Autoriteit Consument en Markt (ACM) in een rapport.\n\n' +
      '„De prijzen stijgen”, meldt het Landelijk Bureau voor de Fietstelling (LBF).\n\n' +
      '„Er is geen gevaar”, zegt de Nationaal Adviseur Dijken en Duinen (NADD).'
    expect(speakers(text)).toEqual(['Autoriteit Consument en Markt', 'Landelijk Bureau voor de Fietstelling', 'Nationaal Adviseur Dijken en Duinen'])
  })

  it('an organisation’s name that runs past a link keeps its head and adjective without one', () => {
    const text =
      '„Het vertrouwen is weg”, stelt de Nederlandse Vereniging van Banken.\n\n' +
      '„We gaan het onderzoeken”, zegt de Inspectie Gezondheidszorg en Jeugd.\n\n' +
      '„Er komt geen geld bij”, zegt Provinciale Staten van Gelderland.'
    expect(speakers(text)).toEqual(['Nederlandse Vereniging van Banken', 'Inspectie Gezondheidszorg en Jeugd', 'Provinciale Staten van Gelderland'])
  })

  it('its acronym names it later (`de KvK`, `het LBF`), a small letter of a link included', () => {
    const text =
      'Het is laat. Ook de Kamer van Koophandel (KvK) doet mee.\n\n„Het kan niet”, zegt de KvK.\n\n' +
      'Het Landelijk Bureau voor de Fietstelling (LBF) telt mee.\n\n„Het klopt niet”, meldt het LBF.'
    expect(speakers(text)).toEqual(['Kamer van Koophandel', 'Landelijk Bureau voor de Fietstelling'])
  })

  it('not when the initials do not spell it (`Eva Kok en Anna Smit (PvdA)`)', () => {
    expect(speakers('„Wij zijn tegen”, zeggen Eva Kok en Anna Smit (PvdA).')).toEqual(['Eva Kok en Anna Smit'])
  })
})

describe('initials and plain neighbours', () => {
  it('initials written together take a particle after them (`dr. J.P. de Vries`)', () => {
    expect(speakers('Het is laat.\n\n„Het kan niet”, zegt dr. J.P. de Vries.')).toEqual(['J.P. de Vries'])
  })

  it('`de buren` are a source of their own', () => {
    expect(speakers('Het is laat.\n\n„Het kan niet”, zeggen de buren.')).toEqual(['de buren'])
  })
})

describe('a portfolio after a title', () => {
  it('is part of the title, not a surname (`de hoofddirecteur Beleid`), while a name after it is the name', () => {
    expect(speakers('Het is laat.\n\nDe vorige directeur Beleid meldt dat het plan ‘nergens goed voor’ is.')).toEqual(['De vorige directeur Beleid'])
    expect(speakers('Het is laat.\n\n„Het kan niet”, zegt wethouder Onderwijs Eva Kok.')).toEqual(['Eva Kok'])
  })
})

describe('joint speakers', () => {
  it('names joined by one cue speak as one, named in full', () => {
    const text = '„We gaan door”, schrijven Ineke Jansen en Pieter de Boer. „Het kan niet anders.”'
    expect(speakers(text)).toEqual(['Ineke Jansen en Pieter de Boer', 'Ineke Jansen en Pieter de Boer'])
  })

  it('names joined before a colon, past their ages, speak as one', () => {
    const text = 'Het is druk in de straat.\n\nEva Kok (23) en Anna Smit (24): „We zien ze vaak lopen.”'
    expect(speakers(text)).toEqual(['Eva Kok en Anna Smit'])
  })

  it('a list of three names that ends in `en`', () => {
    const text = '„Dit is pas het begin”, zeggen Anna Kok, Sem Visser en Lotte Smit.'
    expect(speakers(text)).toEqual(['Anna Kok, Sem Visser en Lotte Smit'])
  })

  it('joined subjects before a speech verb, past their parties, and `stellen zij` after them', () => {
    const text = 'Ministers Karin Mulder (VVD) en Pieter Bos (CDA) erkennen dat het te traag gaat. "Er moet meer gebeuren", stellen zij in een brief.'
    expect(speakers(text)).toEqual(['Karin Mulder en Pieter Bos'])
  })

  it('a name and its apposition are no group (`Smit, de wethouder, zegt`)', () => {
    const text = '„Het plan is af”, zegt Ria Smit, de wethouder van Zwolle.'
    expect(speakers(text)).toEqual(['Ria Smit'])
  })

  it('subjects joined without a speech verb make no group', () => {
    const text = 'Karin Mulder en Pieter Bos zijn het eens. Het plan is goed.'
    const tree = fromNews(text)
    expect(tree.data?.speakers?.some((speaker) => speaker.name.includes(' en '))).toBe(false)
  })
})

describe('documents', () => {
  it('`staat in` a document names the document, without its relative clause', () => {
    const text = 'De aannemer kreeg bedreigingen. ‘We weten waar je woont’, staat in een dreigbrief die hij vond.'
    expect(speakers(text)).toEqual(['een dreigbrief'])
  })

  it('`In een nota staat dat …` names the document', () => {
    const text = 'Minister Ria Smit wilde het terrein houden. In een interne nota staat dat de minister ‘geen haast heeft’ met de verkoop.'
    expect(speakers(text)).toEqual(['een interne nota'])
  })

  it('`In de zaal staat …` is a place, not a source', () => {
    const text = '„We zijn er klaar voor”, zegt Ria Smit. In de zaal staat een bord met ‘welkom’ erop.'
    expect(speakers(text)).not.toContain('de zaal')
  })

  it('`staat op` a sign is no one’s', () => {
    const text = 'Het plein liep vol. ‘Handen af van ons park’, staat op een spandoek.'
    expect(speakers(text)).toEqual([null])
  })
})

describe('who takes the floor', () => {
  it('a person named after the verb of a sentence that opens with a phrase of time', () => {
    const text =
      '„We hebben goed gewerkt”, zegt wethouder Karel Mol. Rond tienen brengt lijsttrekker Pieter Bos een bezoek aan het stadhuis. „Jammer. We hebben hard gewerkt.”'
    expect(speakers(text)).toEqual(['Karel Mol', 'Pieter Bos'])
  })

  it('after an adverb of time too (`Gisteravond sprak …`)', () => {
    const text = '„Het kan beter”, zegt Karel Mol. Gisteravond sprak burgemeester Ria Smit de raad toe. „We gaan door.”'
    expect(speakers(text)).toEqual(['Karel Mol', 'Ria Smit'])
  })
})

describe('an institution that only acts', () => {
  it('does not take the floor from the person who is talking', () => {
    const text =
      'Tandarts Ruud Kramer (48) ziet steeds meer jonge patiënten. „Ze poetsen te kort”, zegt Kramer.\n\n' +
      'Het tandartsbedrijf opende vorig jaar drie nieuwe praktijken. „Voorlichting op school helpt echt.”'
    expect(speakers(text)).toEqual(['Ruud Kramer', 'Ruud Kramer'])
  })

  it('with a speech verb it speaks (`Het bedrijf meldt dat …`)', () => {
    const text = 'Ruud Kramer is tandarts. Het tandartsbedrijf meldt dat het groeit: „We openen drie praktijken.”'
    expect(speakers(text)).toEqual(['Het tandartsbedrijf'])
  })
})

describe('a name in the genitive', () => {
  it('with an apostrophe, before a role and a name, is the possessor, not the speaker', () => {
    const text = 'Karel Mees werd vrijgesproken. „Dit is een grote stap”, zegt Mees’ advocaat Anna de Bruin.'
    expect(speakers(text)).toEqual(['Anna de Bruin'])
  })
})

describe('a capitalised compound role after an article', () => {
  it('`aldus de Labourvoorman` is a role that goes back to the person talking, not a name', () => {
    const text = 'Tom Bos sprak de menigte toe op het plein.\n\n„Het moet anders”, aldus de Labourvoorman.'
    expect(speakers(text)).toEqual(['Tom Bos'])
  })
})

describe('a person of an institution', () => {
  it('`Een woordvoerder van de gemeente begrijpt …` brings that source on, though the institution only acts', () => {
    const text = '„We gaan hier nooit weg”, zegt Jan Bakker.\n\nEen woordvoerder van de gemeente begrijpt de boosheid. „Maar slopen moet.”'
    expect(speakers(text)).toEqual(['Jan Bakker', 'Een woordvoerder van de gemeente'])
  })
})

describe('a genitive in `-s` before a role', () => {
  it('names the role’s person, not the possessor (`De Wits voorganger, Klaas Mol, schreef …`, `Bakkers opvolger Piet Kok`)', () => {
    const text =
      'Minister Ank de Wit wil het terrein houden.\n\n' +
      'De Wits voorganger op Defensie, Klaas Mol, schreef vorig jaar nog dat Defensie ‘ook zonder het terrein kan’.\n\n' +
      'Bakkers opvolger Piet Kok vindt het ‘geen goed idee’.'
    expect(speakers(text)).toEqual(['Klaas Mol', 'Piet Kok'])
  })
})

describe('a public body named by its place', () => {
  it('is the body (`de gemeente Utrecht`), and `de gemeente` later goes back to it', () => {
    const text = '„Wij herkennen ons niet in dit beeld”, reageert de gemeente Utrecht.\n\nDe buurt is boos. „We kijken ernaar”, zegt de gemeente.'
    expect(speakers(text)).toEqual(['de gemeente Utrecht', 'de gemeente Utrecht'])
  })
  it('keeps a person named after a body and its region (`de GGD Brabant-Zuidoost Ludy Blind`)', () => {
    expect(speakers('„We zijn klaar”, zegt coördinator van de GGD Brabant-Zuidoost Ludy Blind.')).toEqual(['Ludy Blind'])
  })
})

describe('occupations', () => {
  it('an occupation brings in a source a definite role goes back to (`Een bezorger van PostNL …`, `zegt de bezorger`)', () => {
    const text = 'Het plan is klaar.\n\nEen bezorger van PostNL liep tegen de lamp. „Ik had haast”, zegt de bezorger.'
    expect(speakers(text)).toEqual(['Een bezorger van PostNL'])
  })
  it('an occupation that is a frequent surname too stays a surname (`Bakker vindt …`)', () => {
    const text = 'Het plan van Jan Bakker is klaar.\n\nBakker vindt het plan goed. „We gaan door.”'
    expect(speakers(text)).toEqual(['Jan Bakker'])
  })
})

describe('a subject after `Ook`, `Maar`', () => {
  it('`Ook de Belastingdienst reageert.` brings the body on', () => {
    const text = '„Het plan is klaar”, zegt Jan Bos.\n\nOok de Belastingdienst reageert. „We nemen de klachten serieus.”'
    expect(speakers(text)).toEqual(['Jan Bos', 'de Belastingdienst'])
  })
})

describe('more bodies that speak', () => {
  it('`De oppositie noemt …`, `Volgens de veiligheidsregio …`', () => {
    const text = '„Het plan is klaar”, zegt Jan Bos.\n\nDe oppositie noemt het voorstel ‘een lege huls’. Volgens de veiligheidsregio is de brand ‘onder controle’.'
    expect(speakers(text)).toEqual(['Jan Bos', 'De oppositie', 'de veiligheidsregio'])
  })
})

describe('more cue places', () => {
  it('`„…”, volgens een woordvoerder van …` after the quote', () => {
    expect(speakers('Het plan is klaar.\n\n„Het gaat om een incident”, volgens een woordvoerder van de luchthaven.')).toEqual(['een woordvoerder van de luchthaven'])
  })
  it('`„…” Dat vinden veel inwoners.`: a weak cue after `Dat` in the next sentence', () => {
    expect(speakers('Het plan is klaar.\n\n„Het zwembad moet blijven.” Dat vinden veel inwoners van het dorp.')).toEqual(['veel inwoners van het dorp'])
  })
})

describe('an utterance noun with its owner before a colon', () => {
  it('`De boodschap van Mirte Haverkamp is duidelijk: „…”`', () => {
    expect(speakers('Het plan is klaar.\n\nDe boodschap van Mirte Haverkamp is duidelijk: „Stop met bouwen in het groen.”')).toEqual(['Mirte Haverkamp'])
  })
})

describe('a plural pronoun after names joined as a subject', () => {
  it('is the two together (`Wim Smit en Ria Bos runnen … „…”, vertellen ze.`)', () => {
    const text = 'Het plan is klaar.\n\nWim Smit en Ria Bos runnen al dertig jaar een camping. „We stoppen ermee”, vertellen ze.\n\nKees Mol en zijn vrouw Ans wonen ernaast. „We gaan ze missen”, zeggen ze.'
    expect(speakers(text)).toEqual(['Wim Smit en Ria Bos', 'Kees Mol en Ans'])
  })
})

describe('the one the writer asks', () => {
  it('answers next (`Ik vroeg de kassière waarom … „…”, antwoordde ze.`)', () => {
    expect(speakers('Het plan is klaar.\n\nIk vroeg de kassière waarom de winkel dichtging. „Dat mag ik niet zeggen”, antwoordde ze.')).toEqual(['de kassière'])
  })
})

describe('families and colleges', () => {
  it('`reageerde de familie`, `zegt het college` are sources', () => {
    expect(speakers('Het plan is klaar.\n\n„We zijn ontzettend dankbaar”, reageerde de familie in een verklaring. „We houden vast aan het plan”, zegt het college.')).toEqual(['de familie', 'het college'])
  })
})

describe('an organisation’s name with `van`, `voor` or `en` in it', () => {
  it('goes on past the link (`Raad van State`, `Autoriteit Consument en Markt`), while two people joined by `en` stay two', () => {
    expect(speakers('Het plan is klaar.\n\n„Het kan niet”, aldus de Raad van State. „We kijken ernaar”, zegt de Autoriteit Consument en Markt.')).toEqual(['Raad van State', 'Autoriteit Consument en Markt'])
    expect(speakers('Het plan is klaar.\n\n„We stoppen”, schrijven Ria Smit en Kees Mol.')).toEqual(['Ria Smit en Kees Mol'])
  })
})

describe('a first name that is also a function word', () => {
  it('starts a name before a capitalised word (`Ben Vermolen (58) woont …`)', () => {
    const text = '„Het is gezellig”, zegt Joost Brink (27). Ben Vermolen (58) woont al jaren om de hoek. „Soms hoor je ze tot laat”, zegt hij.'
    expect(speakers(text)).toEqual(['Joost Brink', 'Ben Vermolen'])
  })
})

describe('a subheading run into its paragraph', () => {
  it('with small words, before a name with an apposition (`Om de tafel Lieke van Kampen, onderzoeker in Londen, is …`)', () => {
    const text = '„Het is gezellig”, zegt Joost Brink.\n\nOm de tafel Lieke van Kampen, onderzoeker in Londen, is ook overtuigd van het nut. „Als de ene groep aanvalt, volgt er wraak.”'
    expect(speakers(text)).toEqual(['Joost Brink', 'Lieke van Kampen'])
  })

  it('inside a paragraph, when a capitalised title opens the name (`… vroeg ze. Lange adem Trainer Eva Kok van …`)', () => {
    const text =
      '„Waar blijft het geld?”, vroeg Joost Brink. Lange adem Trainer Eva Kok (41) van de zwemclub in Oost denkt het te weten en is hoopvol. „Het komt er wel.”'
    expect(speakers(text)).toEqual(['Joost Brink', 'Eva Kok'])
  })
})

describe('an utterance taken up in the next sentence', () => {
  it('`„…” In de woorden van Eva Kok klinkt …`: whose words they were', () => {
    expect(speakers('Het is laat.\n\n„Wij zijn gekozen op inhoud.” In de woorden van Eva Kok klinkt de kritiek door.')).toEqual(['Eva Kok'])
  })

  it('`„…” Die conclusie trekt de inspectie in een nieuw rapport.`', () => {
    expect(speakers('Het plan is klaar.\n\n„Er wordt te weinig gecontroleerd.” Die conclusie trekt de inspectie in een nieuw rapport.')).toEqual(['de inspectie'])
  })
  it('keeps a place after `in` in the source, not how it spoke (`De boeren in de regio …`)', () => {
    expect(speakers('Het plan is klaar.\n\nDe boeren in de regio voelen zich in de steek gelaten. Ze spreken van ‘een ramp’. „Het kan niet”, zegt een woordvoerder in een verklaring.')).toEqual(['De boeren in de regio', 'een woordvoerder'])
  })
})

describe('a plural pronoun after a sentence about a group', () => {
  it('`De besturen van … zijn teleurgesteld. „…”, laten ze weten.`: the boards, not the speaker before', () => {
    const text =
      '„We bouwen door”, zegt wethouder Joost Verbeek.\n\n' +
      'De besturen van de bewonersverenigingen in de wijk zijn teleurgesteld.\n\n„We hebben lang gewacht”, laten ze weten.'
    expect(speakers(text)).toEqual(['Joost Verbeek', 'De besturen van de bewonersverenigingen in de wijk'])
  })
})

describe('a pronoun after a sentence about one person', () => {
  it('goes back to the one person the sentence before names, not to the speaker who talked before it', () => {
    const text =
      '„De brug gaat pas in mei open”, zegt wethouder Joost Verbeek.\n\n' +
      'De raad stemde gisteren in, en de jonge Karel Mulder werd voorzitter van de commissie. In de Stadskrant zegt hij: „Ik ga de bewoners eerst horen.”'
    expect(speakers(text)).toEqual(['Joost Verbeek', 'Karel Mulder'])
  })

  it('not when that sentence has a pronoun of the same gender: the chain goes on', () => {
    const text = '„De brug gaat pas in mei open”, zegt wethouder Joost Verbeek.\n\nHij noemt Karel Mulder een harde werker. „Ik ken hem al jaren”, zegt hij.'
    expect(speakers(text)).toEqual(['Joost Verbeek', 'Joost Verbeek'])
  })

  it('goes back to a source brought in with `een` and a role of its gender, across a paragraph break', () => {
    const text = '„We gaan door met de controles”, zegt een agent.\n\nMaandagavond werd een jonge vrouw uit Leiden aangehouden na een achtervolging.\n\n„Ik had niets gedaan”, riep ze.'
    expect(speakers(text)).toEqual(['een agent', 'een jonge vrouw uit Leiden'])
  })

  it('not to a source in a prepositional phrase (`sprak zij met een vrouw`)', () => {
    const text = '„We gaan door met de controles”, zegt een agente.\n\nMaandagavond sprak zij met een jonge vrouw uit Leiden.\n\n„Ik had niets gedaan”, zei ze.'
    expect(speakers(text)).toEqual(['een agente', 'een agente'])
  })

  it('passes over a person named in a subordinate clause of that sentence (`Nadat Verbeek vertrok, werd Mulder …`)', () => {
    const text =
      '„De brug gaat pas in mei open”, zegt wethouder Joost Verbeek.\n\n' +
      'Kort nadat Verbeek de zaal had verlaten, werd de jonge Karel Mulder voorzitter van de commissie. „Ik ga de bewoners eerst horen”, zei hij.'
    expect(speakers(text)).toEqual(['Joost Verbeek', 'Karel Mulder'])
  })

  it('reads no sentence of more than 120 tokens before (a long one is about many, and reading it would cost each pronoun after it)', () => {
    const text =
      '„De brug gaat pas in mei open”, zegt wethouder Joost Verbeek.\n\n' +
      `De raad stemde in, ${'en de bewoners keken toe, '.repeat(30)}en de jonge Karel Mulder werd voorzitter. „Ik ga de bewoners eerst horen”, zei hij.`
    expect(speakers(text)).toEqual(['Joost Verbeek', 'Joost Verbeek'])
  })

  it('not a person of the other gender', () => {
    const text = '„De brug gaat pas in mei open”, zegt wethouder Joost Verbeek.\n\nDe raad stemde gisteren in, en Anna Mulder werd voorzitter. „Ik ben blij”, zegt hij.'
    expect(speakers(text)).toEqual(['Joost Verbeek', 'Joost Verbeek'])
  })
})

describe('the end of a role phrase', () => {
  it('ends after the name in its tail, before the clause’s verb (`liet een woordvoerder van de provincie Zeeland | weten`)', () => {
    const text = 'Kop\n\nDe kritiek groeit.\n\n„Dat is onjuist”, liet een woordvoerder van het ministerie van Buitenlandse Zaken weten.'
    expect(speakers(text)).toEqual(['een woordvoerder van het ministerie van Buitenlandse Zaken'])
  })

  it('goes on past an adjective without its `-e` after `een` in its tail (`van een groot uitvoeringsorgaan`)', () => {
    const text = 'Kop\n\nDe regels zijn streng.\n\n„Iedereen zoekt de uitzondering”, zegt een ambtenaar van een groot uitvoeringsorgaan.'
    expect(speakers(text)).toEqual(['een ambtenaar van een groot uitvoeringsorgaan'])
  })

  it('goes on past a capitalised adjective in its tail (`een ondernemer van Turkse komaf`)', () => {
    const text = 'Kop\n\nDe markt krimpt.\n\n„Het is zwaar”, zegt een ondernemer van Turkse komaf.'
    expect(speakers(text)).toEqual(['een ondernemer van Turkse komaf'])
  })

  it('ends before where or how the source spoke (`schrijft de dienst | op zijn website`, `zegt een woordvoerder | in een toelichting`)', () => {
    const text = 'Kop\n\nDe brug gaat dicht.\n\n„Het is te gevaarlijk”, schrijft de dienst op zijn website. „We doen het veilig”, zegt een woordvoerder van de provincie in een toelichting.'
    expect(speakers(text)).toEqual(['de dienst', 'een woordvoerder van de provincie'])
  })

  it('`zeggen ze` is the two named together as the subject at the end of the paragraph before too', () => {
    const text = 'Kop\n\nSanne Bos en Piet Smit wonen al veertig jaar in Ede.\n\n„We zijn blij dat het park blijft”, zeggen ze.'
    expect(speakers(text)).toEqual(['Sanne Bos en Piet Smit'])
  })
})

describe('the eleventh round’s rules, end to end', () => {
  // [what the rule is, a project-written article, the speakers of its quotes in order]
  const cases: Array<[string, string, Array<string | null>]> = [
    ['a surname that is a plural of a role: stays part of the name after a cue (`zei Dafne Schippers`), though the first name is not known', 'Kop\n\nDe raad vergaderde.\n\n„We geven niet op”, zei Dafne Schippers dinsdag.\n\n„Het kan nog”, zegt Schippers.', ['Dafne Schippers', 'Dafne Schippers']],
    ['a role of a gender: is the nearest person named whose gender fits (`de vrouw` after `Sanne Bos en Piet Smit`)', 'Kop\n\nSanne Bos (34) en Piet Smit (64) lopen langs.\n\n„Het is hier altijd druk”, zegt de vrouw.', ['Sanne Bos']],
    ['a name of one word given an age: opening a later sentence is that person (`Ahmad (34) …` then `Ahmad heeft …`)', 'Kop\n\nHet azc staat aan de rand van de stad.\n\nAhmad (34) schenkt thee in.\n\n„Het is hier rustig”, zegt Piet Smit.\n\nAhmad heeft van het protest gehoord. „Ik begrijp ze wel”, zegt hij.', ['Piet Smit', 'Ahmad']],
    ['a subheading of one word run into its paragraph: before a capitalised title and a name is no part of the name (`Wachttijd Chirurg Jansen weet …`)', 'Kop\n\nChirurg Anna Jansen ziet het elke week.\n\n„Het duurt te lang”, zegt bestuurder Kees Mol.\n\n„Op een afdeling gaat het mis.” Wachttijd Chirurg Jansen weet ‘echt niet’ wanneer er plek is.\n\n„Gelukkig blijft ze vrolijk.”', ['Kees Mol', 'Kees Mol', 'Anna Jansen', 'Anna Jansen']],
    ['a pronominal adverb opening a sentence: is no name (`Daaruit blijkt …`): the body after it is who writes', 'Kop\n\nAanleiding is een rapport van de rekenkamer. Daaruit blijkt dat weinig geld is uitgegeven. De rekenkamer schrijft: „Het ontbreekt aan keuzes.”', ['De rekenkamer']],
    ['`klinkt het` with no place after it: goes on with the one talking (`‘…’, klinkt het nog.`); with a place it is no one’s', 'Kop\n\nBij de spoorbeheerder verwijst men naar de cijfers. ‘Het is hier gevaarlijk’, zegt een woordvoerder van de spoorbeheerder. ‘Een tunnel kan wel’, klinkt het nog. ‘Wij betalen niet’, klinkt het op het plein.', ['een woordvoerder van de spoorbeheerder', 'een woordvoerder van de spoorbeheerder', null]],
    ['a word of origin for a person: is the person named nearby, not a company quoted by name (`zegt de Deventenaar`)', 'Kop\n\nVerpakkingsfabrikant Kessler Verpakkingen schrapt banen in Deventer.\n\nIn een persbericht schrijft Kessler: „De kosten zijn te hoog.”\n\nHeftruckchauffeur Erwin Klaassen (54) werkt al dertig jaar bij Kessler. „Mijn vader werkte hier ook”, zegt de Deventenaar.', ['Kessler Verpakkingen', 'Erwin Klaassen']],
    ['a pronoun with no person known to fit: is the name of two words named last that shows no body, its first name unknown (`Djurre Bakhuis … zegt hij`)', 'Kop\n\nDe club van Djurre Bakhuis verloor.\n\n„Dit kan niet”, zegt hij.', ['Djurre Bakhuis']],
    ['a pronoun with no person known to fit: not the woman named after the man whose first name is unknown', 'Kop\n\nDjurre Bakhuis en Anna de Wit verloren.\n\n„Dit kan niet”, zegt hij.', ['Djurre Bakhuis']],
    ['a subheading in the style of a headline: names no one with a lone word before a cue (`Politiek reageert`)', 'Kop\n\nDe staking trok veel mensen.\n\nPolitiek reageert\n\nIn Den Haag waren de reacties verdeeld. „Het is te veel.”', [null]],
    ['Flemish bodies: `het parket` is a body of its own, not the party in brackets after a name', 'Kop\n\nBurgemeester Jan Peeters (N-VA) reageerde op het ongeval.\n\nVolgens het parket is er „geen sprake van opzet”. „Het onderzoek loopt”, bevestigt het parket van Antwerpen.', ['het parket', 'het parket van Antwerpen']],
    ['a trainer is a coach and an `oefenmeester`', 'Kop\n\nPSV verloor. Trainer Peter Bosz zag het aan.\n\n„Een heerlijke middag”, zei doelpuntenmaker Tim Vos.\n\n„We waren niet goed”, zei de oefenmeester van PSV.', ['Tim Vos', 'Peter Bosz']],
    ['a suspect named with a particle and an initial (`Kevin de J.`) is one name; `de nabestaanden` are a group', 'Kop\n\nDe rechtbank veroordeelde Kevin de J. (31) tot vier jaar cel. Advocaat Jan Vos pleitte voor vrijspraak.\n\n„Het spijt me”, zei de verdachte.\n\n„Eindelijk gerechtigheid”, zeggen de nabestaanden.', ['Kevin de J.', 'de nabestaanden']],
    ['a company’s head is its topman, ceo and bestuursvoorzitter alike', 'Kop\n\nTopman Roy Jakobs en financieel directeur Charlotte Hanneman presenteerden de cijfers.\n\n„Dit is een sterk jaar”, zei de ceo.', ['Roy Jakobs']],
    ['a party’s member or leader is the one introduced with the party’s name; a premier is the minister-president', 'Kop\n\nPremier Anna Dijk en VVD-fractievoorzitter Bas Mol debatteerden met SP-leider Eva Kok.\n\n„Wij steunen dat”, zei de VVD’er.\n\n„Dit kabinet levert”, zei de minister-president.', ['Bas Mol', 'Anna Dijk']],
    ['an adjective that is a function word before a name is the name’s (`zegt de kleine Tim`)', 'Kop\n\nSanne Bos en haar zoon Tim (12) wachtten op de uitslag. Piet Smit was er ook.\n\n„Eindelijk”, zegt de kleine Tim.', ['Tim']],
    ['a noun for a decade of age is the person named last whose age is in it; `artieste` shows a woman', 'Kop\n\nZangeres Sanne Bos (29) brengt een album uit. Producer Piet Smit (54) werkte mee.\n\n„Dit is mijn beste werk”, zegt de twintiger.\n\n„Het was een zware tijd”, zegt de artieste.', ['Sanne Bos', 'Sanne Bos']],
    ['a compound role whose first part is the body the bare role was introduced with (`de politiewoordvoerder`) is that source; a body’s noun after a name is its affiliation', 'Kop\n\n„We zoeken verder”, zegt een woordvoerder van de politie.\n\n„Het loopt nog”, aldus de politiewoordvoerder.\n\n„Dat klopt”, zegt woordvoerder Anna Bos van de brandweer.\n\n„Er is niemand gewond”, zegt de brandweerwoordvoerder.\n\n„Geen idee”, zegt de gemeentewoordvoerder.', ['een woordvoerder van de politie', 'een woordvoerder van de politie', 'Anna Bos', 'Anna Bos', 'de gemeentewoordvoerder']],
    ['two kinds of body named by the same place (`de gemeente Zwolle`, `de rechtbank Zwolle`) are two bodies', 'Kop\n\nEen verhuurder moet de gemeente Zwolle een boete betalen. Dat heeft de rechtbank Zwolle bepaald.\n\nVolgens de rechtbank heeft hij ‘willens en wetens’ gehandeld.\n\n„We gaan in beroep”, laat de gemeente weten.', ['de rechtbank Zwolle', 'de gemeente Zwolle']],
    ['a body’s word with a capital after an article (`het Ziekenhuis Westerkwartier`) is the first word of its name', 'Kop\n\nHet Ziekenhuis Rivierenland in Tiel sluit zijn afdeling.\n\nDe reden is volgens het ziekenhuis een ‘tekort aan artsen’.', ['Ziekenhuis Rivierenland']],
    ['a number after a preposition in an unnamed source’s phrase goes on to its noun (`een leerling uit 3 vwo`)', 'Kop\n\nDe school verbiedt telefoons.\n\nEen leerling uit 3 vwo, die anoniem wil blijven, noemt het ‘kinderachtig’. „We zijn geen kleuters.”', ['Een leerling uit 3 vwo', 'Een leerling uit 3 vwo']],
    ['a body’s leadership (`de schoolleiding`) speaks as a body after a fronted phrase', 'Kop\n\n„Het werkt”, zegt rector Kees Vos.\n\nIn een brief aan de ouders schrijft de schoolleiding dat ‘uitzonderingen mogelijk’ zijn.', ['Kees Vos', 'de schoolleiding']],
    ['a body that looks back or ahead (`Het bestuur blikt vooruit.`) gives its view: it takes the floor', 'Kop\n\n„We zijn trots”, zegt voorzitter Kees Vos.\n\nHet bestuur blikt in het jubileumboek vooruit. „Over honderd jaar spelen we hier nog.”', ['Kees Vos', 'Het bestuur']],
    ['a past form of a cue before a role noun after an article, `dat` or `enkel` is an adjective (`dat erkende dokwerkers`); `Enkel` opening a sentence is no name; `zelf` opens an apposition', 'Kop\n\n‘We hadden geen keuze’, zegt Jan Peeters, secretaris van de bond.\n\nDe wet bepaalt dat erkende dokwerkers voorrang krijgen. Enkel erkende dokwerkers mogen er laden.\n\n‘Een haven is geen speeltuin.’\n\nDe Antwerpenaar, zelf jaren dokwerker geweest, vreest voor ‘goedkope krachten’.', ['Jan Peeters', 'Jan Peeters', 'Jan Peeters']],
    ['a pronoun with no one known to fit: the one the sentence before brought in with `een` in a phrase of its own', 'Kop\n\nDe brand werd ontdekt door een buurtbewoner die zijn hond uitliet. „Ik zag eerst alleen rook”, vertelt hij.', ['een buurtbewoner']],
    ['an unnamed source by a definite role the article names soon after (`de officier van justitie` ⏎⏎ `Officier van justitie Karin Smulders`) is that person', 'Kop\n\nHet gaat volgens de officier van justitie om ‘een van de grootste zaken’.\n\nOfficier van justitie Karin Smulders eiste drie jaar cel. „Dit is ernstig.”', ['Karin Smulders', 'Karin Smulders']],
    ['a role held with a prefix of rank is another office: `de premier` is not the `vicepremier` named last', 'Kop\n\nPremier Jan Daele bood zijn ontslag aan. Vicepremier Olivier Dumont is boos.\n\n‘Dit kan niet’, zei Dumont.\n\n‘Ik ga niet speculeren’, zei de premier.', ['Olivier Dumont', 'Jan Daele']],
    ['a role asked with a prefix of rank is another office: `de oud-wethouder` is not the `wethouder` in office', 'Kop\n\nWethouder Bas Ruiter opende het debat. „Dit park levert stroom.”\n\n„Dan hadden we dat eerlijk moeten zeggen”, zei de oud-wethouder.', ['Bas Ruiter', 'de oud-wethouder']],
    ['a relative clause of two joined clauses (`die erbij was en anoniem wil blijven,`) is passed over to the subject’s verb', 'Kop\n\n„Het klopt”, zei Piet Bos.\n\nEen medewerker die erbij betrokken was en anoniem wil blijven, noemt dat antwoord „typerend”.', ['Piet Bos', 'Een medewerker']],
    ['a person’s role with a body after it (`de voorzitter van de bewonerscommissie`) is the one named in that role with that body; `de voorzitter van de rechtbank` is no one named without it', 'Kop\n\nRob Smit, voorzitter van de bewonerscommissie, houdt een logboek bij.\n\n„Een corporatie heeft een zorgplicht”, zegt wethouder Nadia Bos.\n\n„Dat geloof ik pas als ik het zie”, zegt de voorzitter van de bewonerscommissie.\n\n„Het vonnis is streng”, zegt de voorzitter van de rechtbank.', ['Nadia Bos', 'Rob Smit', 'de voorzitter van de rechtbank']],
    ['an ordinal or a common adjective after the article of a source’s tail goes on to its noun (`een bewoonster van de derde verdieping`)', 'Kop\n\nEen bewoonster van de derde verdieping wijst op de plekken. „Ze heeft astma.”', ['Een bewoonster van de derde verdieping']],
    ['a long relative clause between commas after an unnamed subject (up to thirty words) is passed over to its verb: the source takes the floor', 'Kop\n\n„Het kan beter”, zegt econoom Anna Vos.\n\nEen akkerbouwer uit Flevoland, die samen met zijn broer tweehonderd hectare bewerkt en anoniem wil blijven omdat hij met de bank over een nieuwe lening praat, had een goed jaar. „De aardappelen brachten veel op.”', ['Anna Vos', 'Een akkerbouwer uit Flevoland']],
    ['a body with an apposition whose noun follows adjectives (`De bank, de grootste financier van de sector, noemt`) is the subject of its verb; `financier` is a role', 'Kop\n\n„Het kan beter”, zegt econoom Anna Vos.\n\nDe Rabobank, de grootste financier van de sector, noemt de vooruitzichten ‘gematigd positief’.', ['Anna Vos', 'De Rabobank']],
    ['`ter` and `tot` join a body’s name spelled out before its acronym (`College ter Beoordeling van Geneesmiddelen (CBG)`); a person’s `ter` stays a particle', 'Kop\n\nHet dossier ligt bij het College ter Beoordeling van Geneesmiddelen (CBG).\n\nVolgens het CBG gaat het om „een zaak van belang”.\n\n„Het duurt lang”, zegt Anna ter Haar.', ['College ter Beoordeling van Geneesmiddelen', 'Anna ter Haar']],
    ['a number as a word after a preposition in a source’s phrase goes on (`een jongen van zestien`); family told of with an age (`Haar zoon van zes werd ziek.`) does not take the floor', 'Kop\n\nEen jongen van zestien zegt: „Er is hier niks te doen.”\n\nDat vindt Ingrid Smit uit Ede ook. Haar zoon van zes werd vorige week ziek. „Hij lag twee dagen op de bank.”', ['Een jongen van zestien', 'Ingrid Smit']],
    ['a role with `een` in apposition to a person’s name (`Caroline Aerts, een Gentse die …`) is that person when the role comes back (`zei de Gentse`)', 'Kop\n\nTopvrouw Caroline Aerts, een Gentse die in maart begon, sprak van een ‘pijnlijke stap’.\n\nVeel medewerkers lazen het nieuws op hun telefoon. “Dat had niet mogen gebeuren”, zei de Gentse.', ['Caroline Aerts', 'Caroline Aerts']],
    ['`op` and a place where someone stands or sits stays in an unnamed source’s phrase (`een man op de publieke tribune`)', 'Kop\n\n„Eindelijk iemand die het zegt!” riep een man op de publieke tribune.', ['een man op de publieke tribune']],
    ['a definite role after the verb that follows a fronted phrase (`Naast hem moest de trainer glimlachen.`) brings on the person named in that role', 'Kop\n\nTrainer Ruud Verhagen baalde. „We waren slecht.”\n\nAanvoerder Thijs Bos zat naast hem. „Dit doet pijn”, zei hij.\n\nNaast hem moest de trainer even glimlachen. „Fijn om te horen.”', ['Ruud Verhagen', 'Thijs Bos', 'Ruud Verhagen']],
    ['`de verdediger` in a court is the lawyer introduced before, not the suspect named since', 'Kop\n\nAdvocaat Jeroen Kalff, die Ricardo V. sinds zijn aanhouding bijstaat, houdt vol dat zijn cliënt in paniek handelde. Volgens de verdediger lijdt het OM aan ‘tunnelvisie’.', ['Jeroen Kalff']],
    ['family making a gesture of response (`Zijn kleindochter schudt haar hoofd.`) takes the floor', 'Kop\n\nSjoerd Hoekstra (90) fietst elke dag. Kleindochter Lotte (27) fietst mee.\n\nHoekstra grinnikt als hij het hoort. „Dat zegt ze om mij een plezier te doen.” Zijn kleindochter schudt haar hoofd. „Nee opa, echt niet.”', ['Sjoerd Hoekstra', 'Lotte']],
    ['a public office not introduced is not the one named nearby in another office (`De minister zei …` after `Kamerlid Joost Pelgrim`)', 'Kop\n\nKamerlid Joost Pelgrim richtte zich tot de minister. „Wanneer grijpt u in?”\n\n„We nemen het serieus”, zei de minister.', ['Joost Pelgrim', 'de minister']],
    ['a role is the one introduced with a role whose synonym it is (`de minister` after `Bewindsman Kees Bos`)', 'Kop\n\nBewindsman Kees Bos reageerde. „Ik kijk ernaar.”\n\nEva Kok (SP) is kritisch. „Dit is te laat.”\n\n„Het komt goed”, zei de minister.', ['Kees Bos', 'Eva Kok', 'Kees Bos']],
    ['a trade that is also a surname is a role in lower case (`reageert de molenaar`) and a name with a capital (`zegt Anna Bakker`, `aldus Bakker`)', 'Kop\n\nMolenaar Wim van Oers (58) is trots. „Het is klaar.”\n\nKees Mutsaers (71) maakte de askop. „Hij liegt”, reageert de molenaar.\n\n„Het brood is op”, zegt Anna Bakker. „Morgen weer”, aldus Bakker.', ['Wim van Oers', 'Wim van Oers', 'Anna Bakker', 'Anna Bakker']],
    ['a surname’s capital particle opening a clause (`Van Oers noemt hem ‘…’`) is the name’s, not a preposition; an article is not (`De Koerden`)', 'Kop\n\nMolenaar Wim van Oers (58) is trots. „Het is klaar.”\n\nKees Mutsaers (71) maakte de askop. Van Oers noemt hem ‘het geheime wapen’.', ['Wim van Oers', 'Wim van Oers']],
    ['a pet form of a first name (`Bennie`) opens the name, with a capital `Oude` in the surname', 'Kop\n\n„Het kan beter”, zegt Bennie Oude Luttikhuis.\n\n„Veel beter”, zegt Oude Luttikhuis.', ['Bennie Oude Luttikhuis', 'Bennie Oude Luttikhuis']],
    ['an Arabic surname with its article in lower case (`al-Hassan`) is part of the name', 'Kop\n\n„Ik kom uit Syrië”, zegt Mohammed al-Hassan (41).\n\n„Het is moeilijk”, zegt al-Hassan.', ['Mohammed al-Hassan', 'Mohammed al-Hassan']],
    ['a headline’s bare role before a colon (`Advocaat: ‘…’`) is the one the section names in that role', 'Kop\n\nDe officier eiste drie jaar cel.\n\nAdvocaat: ‘Er is geen bewijs’\n\nAdvocaat Nadia Bakker vroeg om vrijspraak.', ['Nadia Bakker']],
    ['a plain capitalised plural after a body’s first word is part of its name (`CNV Vakmensen laat weten`)', 'Kop\n\n„We wachten af”, zegt directeur Ans Mol.\n\nCNV Vakmensen laat weten dat het „nog lang niet klaar” is met de directie.', ['Ans Mol', 'CNV Vakmensen']],
    ['a body’s noun with a capital inside a sentence, after a word in lower case, opens its name (`stelt Visserijbond Noordkust`); before an acronym it describes it (`Vakbond FNV`)', 'Kop\n\n„De quota zijn te laag”, stelt Visserijbond Noordkust in een verklaring.\n\n„Wij gaan staken”, zegt Vakbond FNV.', ['Visserijbond Noordkust', 'FNV']],
    ['a role noun in a relative clause after a name (`Schepen Bart Claeys, die de vereniging ontving,`) is not that person’s role; a body’s noun after a sentence’s opening adverb opens its name (`Ook Fietsbond Waasland reageert`)', 'Kop\n\nDe handelaarsvereniging is boos. Schepen Bart Claeys, die de vereniging vorige week ontving, was niet bereikbaar.\n\n„Dit is moedig”, zegt de vereniging.\n\nOok Fietsbond Waasland reageert. „Eindelijk.”', ['De handelaarsvereniging', 'Fietsbond Waasland']],
    ['`de intercommunale` (Flemish: a company that municipalities own) is a body, the one named before', 'Kop\n\nDe ophalers van Afvalzorg Leiestreek staken. In een persbericht liet Afvalzorg Leiestreek weten dat het een noodplan heeft.\n\n„We halen het afval bij scholen op”, klinkt het bij de intercommunale.', ['Afvalzorg Leiestreek']],
    ['a surname’s capital particle opening a paragraph (`Van Dijk vroeg …`) is the name’s, so the name is no phrase’s object; a name in apposition to a possessive role (`Zijn advocaat, Tom van Dijk,`) holds that role', 'Kop\n\nNotaris Henk Zwart (61) staat terecht. Zijn advocaat, Tom van Dijk, bestrijdt de fraude. Officier Sanne Wolters (45) eiste vier jaar. „Hij wist wat hij deed.”\n\nVan Dijk vroeg de rechtbank mild te zijn, omdat Zwart alles kwijt is. „Vier jaar is te veel”, aldus de raadsman.', ['Sanne Wolters', 'Tom van Dijk']],
    ['a role no one was introduced in is the person named last as a subject or an object, before one named only in a phrase (`een voorzet van aanvoerder Tom Bos`)', 'Kop\n\nMatchwinnaar was Ali Diallo, die laat inviel. De Senegalees kopte een voorzet van aanvoerder Tom Bos binnen. „Ik zag de bal komen”, lachte de spits.', ['Ali Diallo']],
    ['a body fronted before `klinkt het` (`Bij Scholengroep Noord, waartoe de school behoort, klinkt het dat …`) takes the floor: `de scholengroep` after it is that body', 'Kop\n\nBij Scholengroep Noord, waartoe de school behoort, klinkt het dat veel leraren stoppen. „Dat is zonde”, schrijft de scholengroep.', ['Scholengroep Noord']],
    ['a word of origin (`de Utrechtse`, `de Amsterdammer`) is the person named as from that place (`Ineke Pols (45) uit Utrecht`), however far before', 'Kop\n\nIneke Pols (45) uit Utrecht is boos. Kees Vos uit Amsterdam ook.\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\n„Schandalig”, zegt de Utrechtse. „Onzin”, vindt de Amsterdammer.', ['Anna Smit', 'Ineke Pols', 'Kees Vos']],
    ['a region’s adjective before the place (`uit het Zeeuwse Goes`) makes `de Zeeuwse` the person too', 'Kop\n\nIneke Pols (45) uit het Zeeuwse Goes is boos.\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\n„Schandalig”, zegt de Zeeuwse.', ['Anna Smit', 'Ineke Pols']],
    ['a body fronted with `bij` before a verb and `men` (`Bij de SP is men minder enthousiast.`) takes the floor', 'Kop\n\n„We zijn blij”, zegt wethouder Kees Vos.\n\nBij de SP is men minder enthousiast. „Dit is onverantwoord.”', ['Kees Vos', 'SP']],
    ['a word of origin is the person named as living in the place (`woont al jaren in Ede`), a short place’s whole name shared (`de Edenaar`)', 'Kop\n\nKees Vos woont al twintig jaar in Ede.\n\n„Mooi”, zegt Anna Smit.\n\n„Wij zijn klaar”, zegt de Edenaar.', ['Anna Smit', 'Kees Vos']],
    ['a party’s member by the family of ideas (`de christendemocraat`) is the one named with that party (`Kees Vos (CDA)`); `de PSV’er` is one named with the club after them (`Tim Kok van PSV`)', 'Kop\n\nKees Vos (CDA) is tegen. Tim Kok van PSV kijkt toe.\n\n„Mooi”, zegt wethouder Piet Bos.\n\n„Het is te duur”, zegt de christendemocraat. „Ik voel me goed”, zegt de PSV’er.', ['Piet Bos', 'Kees Vos', 'Tim Kok']],
    ['a word of origin before a role before the name (`De Duitse trainer Jan Vogel`) or after `is een` (`Kees Vos is een Fries`) makes `de Duitser`, `de Fries` that person', 'Kop\n\nDe Duitse trainer Jan Vogel is tevreden. Kees Vos is een Fries van 45.\n\n„Mooi”, zegt Anna Smit.\n\n„Wij zijn klaar”, zegt de Duitser. „Ik ook”, zegt de Fries.', ['Anna Smit', 'Jan Vogel', 'Kees Vos']],
    ['a noun of origin is the stem of the adjective the person was introduced with (`De Britse premier Tom Hall` … `de Brit`; `de Republikeinse senator` … `de Republikein`); `de Venlonaar` is a word of origin; `de tiener` is one aged ten to nineteen', 'Kop\n\nDe Britse premier Tom Hall is tegen. De Venlonaar Kees Vos (19) ook. De Republikeinse senator Ted Walsh twijfelt.\n\n„Mooi”, zegt Anna Smit.\n\n„Niet met mij”, zegt de Brit. „Eindelijk”, zegt de tiener. „Nooit”, zegt de Republikein. „Ja”, zegt de Venlonaar.', ['Anna Smit', 'Tom Hall', 'Kees Vos', 'Ted Walsh', 'Kees Vos']],
    ['`die` opening a sentence before a verb points at the person whose name ended the sentence before (`Ze belde haar buurvrouw Ria Bos. Die kwam meteen.`)', 'Kop\n\nAnna Smit (45) belde haar buurvrouw Ria Bos. Die kwam meteen. „Ik schrok me kapot.”', ['Ria Bos']],
    ['a name between commas after a definite role (`De minister, Wopke Hoekstra, is boos.`) is a person’s, though its first name is not one the library knows', 'Kop\n\nDe minister, Wopke Hoekstra, is boos. „Dit is pas het begin.”', ['Wopke Hoekstra']],
    ['a sentence that opens with a role and ends with `is` and a name (`Eigenaar van de camping is Kees Vos.`) gives the name that role', 'Kop\n\nEigenaar van de camping is Kees Vos.\n\n„Mooi”, zegt Piet Bos.\n\n„Wij zijn klaar”, zegt de eigenaar.', ['Piet Bos', 'Kees Vos']],
    ['`aan` and a news medium after an unnamed source (`vertelt een ooggetuige aan de NOS`, `aan deze krant`) is who is told, no part of the source; `aan de Universiteit Utrecht` is', 'Kop\n\n„Het was chaos”, vertelt een ooggetuige aan de NOS.\n\n„Het ging snel”, zegt een agent aan deze krant.\n\n„Het is druk”, zegt een docent aan de Universiteit Utrecht.\n\n„Het is stil”, zegt een buurvrouw bij Omroep Brabant.', ['een ooggetuige', 'een agent', 'een docent aan de Universiteit Utrecht', 'een buurvrouw']],
    ['`Zo` and a verb of opening or putting words after a quote (`„…” Zo opende Kees Vos de vergadering.`) names who said it', 'Kop\n\n„We gaan door”, zegt Anna Smit.\n\n„Dit is pas het begin.” Zo opende Kees Vos de vergadering.', ['Anna Smit', 'Kees Vos']],
    ['`Aan het woord:` and a name after a quote names who said it, as `Aan het woord is` does', 'Kop\n\n„We gaan door”, zegt Anna Smit.\n\n„Dit is pas het begin.” Aan het woord: Kees Vos.', ['Anna Smit', 'Kees Vos']],
    ['a closing line that says what the writer is (`Lien Vos is schrijfster.`) names the writer of `zeg ik`', 'Kop\n\n„Wat vind jij?” vraag ik.\n\n„Niks”, zegt Jef.\n\n„Afgesproken”, zeg ik.\n\nLien Vos is schrijfster. Haar column verschijnt elke zaterdag.', ['Lien Vos', 'Jef', 'Lien Vos']],
    ['a ministry’s portfolios after `ministerie van`, joined by commas and `en`, are all of its name (`het ministerie van Volksgezondheid, Welzijn en Sport`)', 'Kop\n\n„Het kan”, aldus een ambtenaar bij het ministerie van Onderwijs, Cultuur en Wetenschap.\n\nHet ministerie van Infrastructuur en Waterstaat laat weten: „Dit kan niet.”', ['een ambtenaar bij het ministerie van Onderwijs, Cultuur en Wetenschap', 'Het ministerie van Infrastructuur en Waterstaat']],
    ['a body’s name runs on through links with an article after them and through several links (`Raad voor de Kinderbescherming`, `Rijksinstituut voor Volksgezondheid en Milieu`)', 'Kop\n\n„Het kan niet”, zegt de Raad voor de Kinderbescherming.\n\n„Het mag niet”, laat Rijksinstituut voor Volksgezondheid en Milieu weten.', ['Raad voor de Kinderbescherming', 'Rijksinstituut voor Volksgezondheid en Milieu']],
    ['a full name opening its sentence before `is` and a word of feeling or view (`Zuhal Demir is boos.`), or before an auxiliary in a sentence a quote follows (`Sammy Mahdi heeft twijfels. „…”`), is a person’s, whatever the first name, and takes the floor', 'Kop\n\n„Wij gaan door”, zegt Kees Vos.\n\nZuhal Demir is boos. „Dit is pas het begin.”\n\nSammy Mahdi heeft twijfels. „Het is te vroeg.”', ['Kees Vos', 'Zuhal Demir', 'Sammy Mahdi']],
    ['an adult’s age before a name (`De 71-jarige Godelieve Baert`) shows a person, whatever the first name', 'Kop\n\n„Wij gaan door”, zegt Kees Vos.\n\nDe 71-jarige Godelieve Baert deelt dat enthousiasme niet. „Ik kan er niet meer langs.”', ['Kees Vos', 'Godelieve Baert']],
    ['a role in an apposition after how long it has been held (`Gino Lefevre, al veertig jaar abonnee,`) is the name’s, and shows a person', 'Kop\n\nTrainer Piet Bos was blij. „Goed gedaan”, zei hij.\n\nGino Lefevre, al veertig jaar abonnee, kreeg het even moeilijk. „Ik heb hier veel meegemaakt.”', ['Piet Bos', 'Gino Lefevre']],
    ['`leerkracht` and `zorgkundige` are roles, and a language after `leerkracht` is no name (`Een leerkracht Frans uit Deurne`)', 'Kop\n\n„Het gaat goed”, zegt directeur Ria Mol.\n\nEen zorgkundige van de nachtploeg, die anoniem wil blijven, nuanceert: „Drie mensen is te weinig.”\n\nEen leerkracht Frans uit Deurne geeft meer lessen. „Ik doe het voor de kinderen.”', ['Ria Mol', 'Een zorgkundige van de nachtploeg', 'Een leerkracht Frans uit Deurne']],
    ['fellows (`ploeggenoot`, `dorpsgenoot`) and `informateur`, `strafpleiter`, `zakenman` are roles', 'Kop\n\n„Wij gaan door”, zegt informateur Anna Smit.\n\nPiet Bos is minder blij. „Het duurt lang”, zegt de informateur.', ['Anna Smit', 'Anna Smit']],
    ['words of origin in `-naar`, `-elaar` and `-eër` (`de Bredanaar`, `de Brusselaar`, `de Enschedeër`) are the person from that place', 'Kop\n\nKees Vos (45) uit Breda is boos. Anna Smit uit Brussel ook. Piet Bos uit Enschede ook.\n\n„We zijn blij”, zegt wethouder Jan Mol.\n\n„Schandalig”, zegt de Bredanaar. „Onzin”, zegt de Brusselaar. „Nee”, zegt de Enschedeër.', ['Jan Mol', 'Kees Vos', 'Anna Smit', 'Piet Bos']],
    ['`de corporatie`, `de ondernemingsraad`, `het parlement` are bodies (`laat de corporatie weten` after `Woningcorporatie Stadswonen`)', 'Kop\n\nWoningcorporatie Stadswonen wil slopen. „We hebben geen keus”, zegt directeur Anna Smit.\n\nBewoners zijn boos. „Dit is schandalig”, zegt Kees Vos.\n\n„We houden vast aan het plan”, laat de corporatie weten.', ['Anna Smit', 'Kees Vos', 'Stadswonen']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the fourteenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a company’s trade name ends in what it does (`Frisia Verzekeringen`, `Noordkaap Logistics`): a body, which `het bedrijf` after it is', 'Kop\n\n„Dit kan niet”, zegt wethouder Kees Vos.\n\nFrisia Verzekeringen heeft vorig jaar veel verdiend. „Een sterk jaar”, zegt het bedrijf.', ['Kees Vos', 'Frisia Verzekeringen']],
    ['(the same with a trade name in English)', 'Kop\n\n„Dit kan niet”, zegt wethouder Kees Vos.\n\nNoordkaap Logistics schrapt banen. „We hebben geen keus”, zegt het bedrijf.', ['Kees Vos', 'Noordkaap Logistics']],
    ['`ze` with a plural verb is the one group brought in the sentence before (`De bewoners van de Lindelaan hebben handtekeningen verzameld.`), not the person talking', 'Kop\n\nKees Vos (71) woont al veertig jaar in de straat. „Ik kijk straks tegen een flat aan.”\n\nDe bewoners van de Lindelaan hebben inmiddels elfhonderd handtekeningen verzameld. „Wij zijn niet tegen woningbouw”, schrijven ze in hun petitie.', ['Kees Vos', 'De bewoners van de Lindelaan']],
    ['a document after `zijn` or `haar` (`staat in haar verklaring`) is its owner’s, an unnamed source’s too', 'Kop\n\n„Dit kan niet”, zegt wethouder Kees Vos.\n\nEen oud-medewerkster van het bureau speelt een grote rol. Zij stapte vorig jaar naar de politie. „Ik moest lijsten invullen”, staat in haar verklaring.', ['Kees Vos', 'Een oud-medewerkster van het bureau']],
    ['a cue after the quote with a clause after `dat` (`Bos zegt dat hij …`) is news of its own when the sentence before the quote brought someone else on (`Vos haalt zijn schouders op.`)', 'Kop\n\nPiet Bos (38) is teler. „Wij doen niets fout”, zegt hij.\n\nKees Vos haalt zijn schouders op. „Dan moeten ze dat maar repareren.” Bos zegt dat hij al is gestopt.', ['Piet Bos', 'Kees Vos']],
    ['a document named with its maker (`een rapport van het Kenniscentrum Zorg`) is its own source later (`staat in het rapport`), not the one talking', 'Kop\n\nVeel ouderen in dorpen voelen zich eenzaam. Dat blijkt uit een rapport van het Kenniscentrum Zorg dat dinsdag verscheen. Vrouwen voelen zich vaker eenzaam dan mannen.\n\n„Het beeld van het hechte dorp klopt niet meer”, staat in het rapport.', ['een rapport van het Kenniscentrum Zorg']],
    ['a surname that is a function word after its particles (`zegt Van der Meer`) is the person named in full before', 'Kop\n\nKees van der Meer woont naast het terrein.\n\nDirecteur Roel Hendriks wijst op maatregelen. „We doen er alles aan”, zegt Hendriks.\n\n„Ik heb het al zo vaak gehoord”, zegt Van der Meer.', ['Roel Hendriks', 'Kees van der Meer']],
    ['councils of parents, residents and villages (`de ouderraad`, `de dorpsraad`) are bodies that speak', 'Kop\n\nDirecteur Ria Smit is boos. „Er gebeurt niets”, zegt ze.\n\nDe ouderraad laat weten „volledig achter het team” te staan.', ['Ria Smit', 'De ouderraad']],
    ['a body’s noun with a capital after an article opens the body’s name (`De Adviesraad Verkeer waarschuwde …`)', 'Kop\n\n„Dit kan niet”, zegt minister Anna Smit.\n\nDe Adviesraad Verkeer waarschuwde vorig jaar al dat de raming „zeer onzeker” was.', ['Anna Smit', 'Adviesraad Verkeer']],
    ['a noun of origin after an age (`De 51-jarige Fries`) is no name but the person of that age; the people of a province (`de Drent`) are of origin, and so is the place of a role in apposition (`Gerrit Stoffels, melkveehouder in Drenthe`)', 'Kop\n\nRuud Kok (51), fractievoorzitter, leest de cijfers anders. „Het klopt niet”, zegt hij.\n\n„Wij moeten alles”, zegt voorzitter Gerrit Stoffels, melkveehouder in Drenthe.\n\nAnna Smit is boos. „Dit kan niet”, zegt ze.\n\nDe 51-jarige Fries noemt de regeling „veel te mager”. De Drent spreekt van „oneerlijke concurrentie”.', ['Ruud Kok', 'Gerrit Stoffels', 'Anna Smit', 'Ruud Kok', 'Gerrit Stoffels']],
    ['`op` and where someone works (`een arts op de spoedeisende hulp`) stays in an unnamed source’s phrase', 'Kop\n\n„Dit kan niet”, zegt directeur Anna Smit.\n\nEen arts op de spoedeisende hulp, die anoniem wil blijven, herkent dat beeld. „Ik sta vaak alleen.”', ['Anna Smit', 'Een arts op de spoedeisende hulp']],
    ['a definite role with a body after it (`De onderzoeker aan de universiteit van Leeds`) opening the sentence after one that opens with a person named with no role is that person', 'Kop\n\n„Het wordt erger”, zegt onderzoeker Anna Smit.\n\nKees Vos kent het gebied goed. De Britse onderzoeker aan de universiteit van Leeds bevestigt dat het om land draait.\n\n„De droogte maakt alles erger.”', ['Anna Smit', 'Kees Vos']],
    ['another name for a role later in the article (`keeper Kees Vos` … `de doelman`, `schrijver` … `de auteur`) is the one introduced in it, not the person named last', 'Kop\n\n„Het is te duur”, zegt wethouder Anna Smit.\n\nOok keeper Kees Vos is kritisch. „Dit moet anders.”\n\n„We wachten al jaren”, zegt Piet Bos, een bewoner.\n\n„Ik begrijp de zorgen”, zegt de doelman.', ['Anna Smit', 'Kees Vos', 'Piet Bos', 'Kees Vos']],
    ['a group or a body that tells a feeling (`Supporters zijn woedend.`, `De club is somber.`, `Ouders maken zich zorgen.`) takes the floor from the one talking', 'Kop\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\nSupporters zijn woedend. „Dit is schandalig.”\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\nOuders maken zich zorgen. „Wie let er op de kinderen?”', ['Anna Smit', 'Supporters', 'Anna Smit', 'Ouders']],
    ['a name after a bare title right after `van` in a source’s tail is the title’s (`een woordvoerder van windparkontwikkelaar Zeewind Noord`), not the source’s', 'Kop\n\n„Het is te duur”, zegt wethouder Anna Smit.\n\n„Er is ruimte”, zegt een woordvoerder van windparkontwikkelaar Zeewind Noord.', ['Anna Smit', 'een woordvoerder van windparkontwikkelaar Zeewind Noord']],
    ['`de rechter` is the presiding judge introduced as `rechtbankvoorzitter`', 'Kop\n\n„Dit was gepland”, zegt officier Anna Smit.\n\nRechtbankvoorzitter Maarten Oost kwam snel ter zake. „Waar is het geld?” „In het casino”, antwoordde Henk W.\n\n„Tien jaar lang?” vroeg de rechter.', ['Anna Smit', 'Maarten Oost', 'Henk W.', 'Maarten Oost']],
    ['`Een van hen is` and a name after an article and an age (`de 45-jarige Kees Vos`) brings that person on', 'Kop\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\nEen van hen is de 45-jarige Kees Vos. „Dit gaat mij te ver.”', ['Anna Smit', 'Kees Vos']],
    ['a group or a body with a copula and a view before a colon (`De buren zijn boos:`, `De bond is het er niet mee eens:`) introduces the quote', 'Kop\n\n„We zijn blij”, zegt wethouder Anna Smit.\n\nDe buren zijn het zat: „Dit gaat ons te ver.”\n\nDe bond is het er niet mee eens: „Het is te duur.”', ['Anna Smit', 'De buren', 'De bond']],
    ['a name in apposition to a role with `de`, past the role’s complement (`De trainer van de vrouwen, Mirjam Hofstede,`), holds that role: `de trainer` is that person, not the one named last', 'Kop\n\nDe trainer van de Oostermeerse vrouwen, Mirjam Hofstede, wil niets weten van de favorietenrol. Haar vervangster, de jonge Isa Kuipers, maakte indruk.\n\n„Als Isa moet spelen, lig ik daar niet wakker van”, benadrukte de trainer.', ['Mirjam Hofstede']],
    ['one word with the ending of an abstract noun opening the sentence before (`Renovatie zou meer kosten.`) is no body for `de corporatie` to be', 'Kop\n\nHet plan is omstreden. Renovatie zou meer kosten dan nieuwbouw. Volgens de corporatie zijn de woningen „nauwelijks te verduurzamen”.', ['de corporatie']],
    ['more adjectives of countries (`Japanse`, `Franse`, `Thaise`, `Argentijnse`) are no part of a name after them (`het Japanse Tokai United`)', 'Kop\n\nHij komt over van het Japanse Tokai United. Tokai United liet weten dat het hem „met pijn in het hart” laat gaan.', ['Tokai United']],
    ['`hij` after an unnamed source is that source when the man named after it is named only in a phrase of its sentence (`tegen de schorsing van Dijkhuizen`)', 'Kop\n\nSpits Kevin Dijkhuizen kreeg rood. „Het was nooit rood”, zei trainer Piet Bos.\n\nEen woordvoerder van FC Lindeburg liet zondag weten dat de club in beroep gaat tegen de schorsing van Dijkhuizen. „We bekijken de beelden maandag”, zei hij.', ['Piet Bos', 'Een woordvoerder van FC Lindeburg']],
    ['an adverb of place opening the sentence (`Verderop`), past a clause between commas, fronts it: the person named after the verb is brought on', 'Kop\n\nProjectleider Bas Terpstra is stellig. „Het moet”, zegt hij.\n\nVerderop, waar de dijk een bocht maakt, staat melkveehouder Gijs van Rossum (57) bij het hek. Zijn boerderij blijft staan, maar hij verliest grond. „Grond van mijn opa”, zegt hij.', ['Bas Terpstra', 'Gijs van Rossum']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the fifteenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a firm named only after an institution’s noun (`Energiebedrijf Voltax`) is a body: words quoted in the sentence it opens are its own, not the one talking’s', 'Kop\n\n„Dit kan niet”, zegt wethouder Anna Smit.\n\nEnergiebedrijf Voltax is „diep teleurgesteld” over het besluit.', ['Anna Smit', 'Voltax']],
    ['a role with its portfolio opening the sentence (`Minister van Economie Luciana Paz`) is no surname `van Economie`: the name is the person’s', 'Kop\n\nMinister van Economie Luciana Paz noemde de staking „een politiek spel”.', ['Luciana Paz']],
    ['a body that rejects or disputes what others say (`De gemeente verwerpt de kritiek.`) takes the floor from the one talking', 'Kop\n\nAnna Smit is boos. „Dit kan niet.”\n\nDe gemeente verwerpt de kritiek. „Wij houden ons aan de regels.”', ['Anna Smit', 'De gemeente']],
    ['a byline with the writer’s role after a comma (`Door Anna de Wit, correspondent in Turkije`) names the writer without it', 'title: Kop\n\nDoor Anna de Wit, correspondent in Turkije\n\nIk spreek een visser aan. „Bent u bang?”, vraag ik.', ['Anna de Wit']],
    ['particles no Dutch phrase has (`del`, `de la`) go on a name after a full name (`José Ortega de la Fuente`, `El Diario del Norte`)', 'Kop\n\n„Wij gaan door”, zegt premier José Ortega de la Fuente.\n\n„Een zware nederlaag”, schrijft El Diario del Norte.', ['José Ortega de la Fuente', 'El Diario del Norte']],
    ['an age or an origin after `de` (`zegt de 58-jarige`) is the full name named last, when no word marked it as a person’s yet (`verbouwt Tarek Fathy rijst`)', 'Kop\n\n„Dit kan niet”, zegt wethouder Anna Smit.\n\nHet water in de delta zakt al maanden.\n\nIn het dorp Lindeburg verbouwt Tarek Fathy rijst op vier hectare. „Vroeger was het beter”, zegt de 58-jarige.', ['Anna Smit', 'Tarek Fathy']],
    ['a source brought on unnamed (`Halverwege de rij staat een oud-metselaar`) whose paragraph goes on with a sentence that opens with a person named in full and an age for the first time (`Wim Kolk (79) komt …`) is that person, as the annotation guide names a source named later', 'Kop\n\n„Het werd te zwaar”, zegt bakker Gerda Mulder.\n\nHalverwege de rij staat een oud-metselaar uit Epe. „Al veertig jaar”, zegt hij. Wim Kolk (79) komt hier elke zaterdag. „Mijn vrouw zei altijd: als de bakker stopt, verhuizen we.”', ['Gerda Mulder', 'Wim Kolk', 'Wim Kolk']],
    ['`hij` is no body named by its kind (`de gemeente Noordhoven`), and `stellen` after what is set (`nieuwe eisen stelde`) reports no speech: the man who talks is the one brought on before', 'Kop\n\nKees Vos (58) is voorzitter van de oranjevereniging. Het feest is afgelast, nadat de gemeente Noordhoven nieuwe eisen stelde. „Zevenenveertig pagina’s”, zegt hij.', ['Kees Vos']],
    ['a preposition of place opening the sentence (`Halverwege de rij`) fronts it: the one after its verb is brought on', 'Kop\n\n„Het werd te zwaar”, zegt bakker Gerda Mulder, die de zaak runt met haar man Kees.\n\nHalverwege de rij staat een oud-metselaar. „Al veertig jaar”, zegt hij.', ['Gerda Mulder', 'een oud-metselaar']],
    ['a noun of origin before a present participle (`zegt de Amsterdammer lachend`) is the person from there, not a name', 'Kop\n\nMike Bos speelt al jaren bij de club. „Ik was toen negen”, zegt de Amsterdammer lachend.', ['Mike Bos']],
    ['a role fronted before the verb and a subject pronoun (`Een opvolger heeft ze niet gevonden.`) is the object: the pronoun’s person is brought on, not the role; `gevonden` reports speech only as `vindt` does', 'Kop\n\nAnna Smit is de enige bakker in het dorp. Een opvolger heeft ze na twee jaar zoeken niet gevonden. „Niemand wil dit werk nog doen.”', ['Anna Smit']],
    ['an age or an origin after `de` (`de Kampenaar`) is the unnamed source brought on with it (`een 52-jarige postbode uit Kampen`) when that came after the person named from there', 'Kop\n\nDe verdachte, Dennis K. (34) uit Kampen, ontkent. „Ik was het niet.”\n\nEen 52-jarige postbode uit Kampen was wel naar de rechtbank gekomen. „Die fiets had ik net twee weken”, zegt de Kampenaar in de gang.', ['Dennis K.', 'Een 52-jarige postbode uit Kampen']],
    ['an age no one was given (`zegt de 76-jarige`) is the unnamed source who is talking and was given none, not the person named last', 'Kop\n\nAanvoerder Anton Klein is tevreden. „We hebben het verdiend.”\n\nEen supporter die al veertig jaar langs de lijn staat, noemt de club „een schim van vroeger”. „Vroeger stonden hier vijfhonderd man”, zegt de 76-jarige.', ['Anton Klein', 'Een supporter', 'Een supporter']],
    ['a group counted after a fronted phrase and a verb of place (`Op het bankje zitten twee vriendinnen.`) is brought on: `zeggen ze` is theirs', 'Kop\n\n„Het feest gaat niet door”, zegt voorzitter Bert Smeenk.\n\nOp het bankje bij de muziektent zitten twee vriendinnen van zestien. „Dit is het enige wat hier te doen is”, zeggen ze.', ['Bert Smeenk', 'twee vriendinnen van zestien']],
    ['someone’s family named by whose it is (`de moeder van de verdachte`) is a person of their own, not the woman talking; `de vader van twee` still refers back', 'Kop\n\nDe politierechter, Aukje Hofstra, reageerde scherp. „Simpel voor u.”\n\n„Ik heb weer hoop”, zei de moeder van de verdachte.', ['Aukje Hofstra', 'de moeder van de verdachte']],
    ['a definite role that tells a gender (`de schrijfster`) with no one of it nearby is the one of that gender the article is about', 'Kop\n\nAchter het huis van Ilse Wamelink staat een schuur. „Hier heb ik het boek geschreven”, zegt ze.\n\nRecensent Joost Akkerman schreef dat de roman „te lief” is.\n\nDe schrijfster zelf kijkt naar de schuur. „Er ligt iets. Meer zeg ik niet.”', ['Ilse Wamelink', 'Joost Akkerman', 'Ilse Wamelink']],
    ['a noun of origin after a subheading with no one named in its section (`De Fries, die eerder …`) is the one named in full the article is about', 'Kop\n\nSjoerd Hiemstra (58) zet de pionnen uit. „Dat deed mijn eerste trainer ook”, zegt hij.\n\nNiet meer schreeuwen\n\nDe Fries, die eerder bij een profclub werkte, staat bekend als streng. „Aardig zijn is makkelijk”, zegt hij.', ['Sjoerd Hiemstra', 'Sjoerd Hiemstra']],
    ['someone indefinite whom the sentence says is not there (`Een opvolger is er niet:`) is no one brought on', 'Kop\n\nKees van der Meulen (67) stopt met zijn bakkerij. „Het is mooi geweest”, zegt hij.\n\nEen opvolger is er niet: zijn twee dochters werken in de zorg. „Ik heb ze nooit gepusht.”', ['Kees van der Meulen', 'Kees van der Meulen']],
    ['`Daar` and `Hier` opening the sentence front it: the pronoun after the verb (`Daar moet ze om lachen.`) brings its person back', 'Kop\n\nHanneke Oosterhof is hydroloog. „Het water zakt”, zegt ze.\n\nBart Leenders is kritisch. „Haar getallen zijn te hoog”, zegt hij.\n\nDaar moet ze om lachen. „Wij verschillen al twintig jaar.”', ['Hanneke Oosterhof', 'Bart Leenders', 'Hanneke Oosterhof']],
    ['`haar` after a possessive or an article is the noun (`vanwege zijn haar`), which tells no gender: `hij` after it is the man named', 'Kop\n\n„Dit is politiek”, zegt minister Facundo Echeverría.\n\nVakbondsleider Héctor Sosa, vanwege zijn haar bekend als de rooie, sprak op het plein de demonstranten toe. „Deze regering heeft de mensen verslagen”, zei hij.', ['Facundo Echeverría', 'Héctor Sosa']],
    ['an age standing for the person before an adverb that ends the clause (`reageert de 71-jarige droog.`) is still that person', 'Kop\n\nGerard Smit (71) zet de emmer neer. „Dit is erg.”\n\n„Dat laten we onderzoeken”, zegt wethouder Fatima El Amrani. „Dat zeiden ze in maart ook”, reageert de 71-jarige droog.', ['Gerard Smit', 'Fatima El Amrani', 'Gerard Smit']],
    ['a feeling a body is said to have, fronted with `Bij` (`Bij Stichting Dierenhulp Oost is de opluchting groot.`), brings the body on', 'Kop\n\nRechter Jan Bos was streng. „Dit is dierenleed.”\n\nBij Stichting Dierenhulp Oost, die de zaak aan het rollen bracht, is de opluchting groot. „Eindelijk gerechtigheid.”', ['Jan Bos', 'Stichting Dierenhulp Oost']],
    ['words that call someone by a form of address and their surname (`Mevrouw Demir ontdekt nu …`) are not theirs: no one speaks of themselves so', 'Kop\n\n„We trekken extra geld uit”, zegt minister Aylin Demir tegen oppositieleider Jens Ober.\n\n„Mevrouw Demir ontdekt nu wat wij al tien jaar zeggen.”', ['Aylin Demir', 'Jens Ober']],
    ['an adjective that is no place’s, with a capital after an article (`De Dorstige Harten`), opens a name: prose writes it in lower case', 'Kop\n\n„Dit is zuur”, zegt burgemeester Ellen Vos.\n\nDe Dorstige Harten, die de avond zouden afsluiten, reageerden op Instagram: „Kapot van dit nieuws.”', ['Ellen Vos', 'Dorstige Harten']],
    ['offices and water boards (`het zorgkantoor`, `het advocatenkantoor`, `het hoogheemraadschap`) are bodies that speak', 'Kop\n\n„Dit kan niet”, zegt wethouder Anna Smit.\n\nHet advocatenkantoor laat weten dat het „geen enkele fout” heeft gemaakt. Het zorgkantoor is „diep geschokt” door de fraude.', ['Anna Smit', 'Het advocatenkantoor', 'Het zorgkantoor']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the sixteenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a relative clause opened by a preposition and `wie` (`, van wie twee kinderen ziek zijn,`) is passed over: the unnamed source before it is brought on', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nEen vader uit Ommen, van wie de dochter in het ziekenhuis ligt, wil anoniem blijven. „Ze kan nauwelijks ademen.”', ['Sander Bakker', 'Een vader uit Ommen']],
    ['`wier` and `waarvan` open a relative clause too', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nEen boerin uit Lemelerveld, wier stal afbrandde, is er kapot van. „Alles is weg.”', ['Sander Bakker', 'Een boerin uit Lemelerveld']],
    ['`automobilist` and `forens` are people: one with a verb of saying is the speaker of the words in its clause', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nEen automobiliste uit Delden zegt dat ze „ontzettend geschrokken” is.', ['Sander Bakker', 'Een automobiliste uit Delden']],
    ['a day of the week or `Sindsdien` opening the sentence fronts it: the pronoun after the verb brings its person back', 'Kop\n\nGijs Lammers (66) wacht al een jaar op een nieuwe heup. „Ik kom de trap niet meer op.”\n\nZijn huisarts, Carla Mol, stuurde hem in mei door. Sindsdien wacht hij op een datum. „Twee keer ging het niet door.”', ['Gijs Lammers', 'Gijs Lammers']],
    ['`Ben`, a particle of Arabic names, is a first name opening a full name (`Ben Koster`): the person is brought on', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nBen Koster werkt al dertig jaar in het theater. „Dit gebouw is mijn tweede huis.”', ['Sander Bakker', 'Ben Koster']],
    ['someone named in full for the first time in a phrase (`vernoemd naar dichter Jan Kooi`) is whom `hij` after it stands for, when no one else in that sentence is', 'Kop\n\n„Er wonen hier aardige mensen”, zegt buurman Ben Koster. Hij woont al twintig jaar in de straat.\n\nVroeger stond hier de Kooischool, vernoemd naar dichter Anton Kooi. Hij schreef ooit: „Wie de ander niet kent, vreest hem.”', ['Ben Koster', 'Anton Kooi']],
    ['an adjective of origin alone after `de` opening a sentence (`De Zwolse is blij met …`) is no name but the woman from there: `volgens haar` after it is hers', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nPetra Jonker (48) uit Zwolle zat in de trein. „Het was eng”, vertelt ze.\n\nDe Zwolse is blij met de conducteur, maar boos op haar werkgever. Die was volgens haar „nergens te bereiken”.', ['Sander Bakker', 'Petra Jonker', 'Petra Jonker']],
    ['a noun of origin alone after `de` opening a sentence (`De Amelander verwacht …`) is no name: the one talking goes on', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\nOp Ameland sloeg het dak van een schuur. Boer Klaas Visser zag het gebeuren. „Het ging in één keer.” De Amelander verwacht „flink wat” schade.', ['Sander Bakker', 'Klaas Visser', 'Klaas Visser']],
    ['`de vrouw`, `de man` go back to an unnamed source whose compound noun has that head (`een buurvrouw`, `een brandweerman`)', 'Kop\n\n„Ik was thuis”, zei de verdachte Kees Bos.\n\nDaarna werd een buurvrouw gehoord. De vrouw zag die nacht iemand wegrennen. „Hij was snel, heel snel.”', ['Kees Bos', 'een buurvrouw']],
    ['a pronoun is no one named in the clause its verb reports (`schreef hij dat Mol „…”`): he is not Mol', 'Kop\n\n„Ik was thuis”, zei verdachte Kees Bos.\n\nHij stuurde eigenaar Henk Mol wekenlang berichten. In een daarvan schreef hij dat Mol „er spijt van zou krijgen”.', ['Kees Bos', 'Kees Bos']],
    ['a verb of place or `krijgen` after a fronted adverb (`Sindsdien kreeg hij …`, `Daarna ging ze …`) is a main verb: the pronoun after it brings its person back', 'Kop\n\nGijs Lammers (66) wacht al een jaar op een nieuwe heup. „Ik kom de trap niet meer op.”\n\nZijn huisarts, Carla Mol, stuurde hem in mei door. Sindsdien kreeg hij twee keer een datum. „Twee keer ging het niet door.”', ['Gijs Lammers', 'Gijs Lammers']],
    ['`in` and a medium after a cue’s subject (`schrijven de onderzoekers in het vakblad Lancet`) is where they wrote, no part of the source; `de onderzoekers` go back to the group brought in bare with a phrase of its own (`van onderzoekers van het Waterinstituut`)', 'Kop\n\n„Het is droog”, zegt wethouder Sander Bakker.\n\nDat blijkt uit metingen van onderzoekers van het Waterinstituut. „Dit is ernstig”, schrijven de onderzoekers in het vakblad Lancet Water.', ['Sander Bakker', 'onderzoekers van het Waterinstituut']],
    ['a unit’s field after its noun (`van de afdeling neurologie`, `van de dienst burgerzaken`) is part of an unnamed source’s phrase', 'Kop\n\n„Het is druk”, zegt een verpleegkundige van de afdeling neurologie.', ['een verpleegkundige van de afdeling neurologie']],
    ['`De <rol>, <naam>,` names the unnamed source brought on with that head noun and a phrase of its own (`een visser van de coöperatie Wieringen`)', 'Kop\n\n„Het is heet”, zegt wethouder Sander Bakker.\n\n„De vangst is gehalveerd”, zegt een visser van de coöperatie Wieringen. De visser, Jan Kooiman, vaart al veertig jaar uit. „Dit heb ik nooit gezien.”', ['Sander Bakker', 'Jan Kooiman', 'Jan Kooiman']],
    ['`Een van de deelnemers is Eva Kok (38) uit Hengelo.` brings her on, past where she is from', 'Kop\n\n„Het werkt”, zegt onderzoeker Sander Bakker.\n\nEen van de deelnemers is Ineke Lam (44) uit Zutphen. „Ik kon weer werken.”', ['Sander Bakker', 'Ineke Lam']],
    ['foster and step family and in-laws are family (`zegt haar pleegmoeder`): not the one the possessive stands for', 'Kop\n\nIlse Baars (44) nam drie jaar geleden twee kinderen in huis. „Het was zwaar”, zegt ze.\n\nSanne (15) wil haar verhaal zelf vertellen. „Nu eet ik haar koelkast leeg”, zegt de vijftienjarige.\n\n„Dat is ook zo”, zegt haar pleegmoeder.', ['Ilse Baars', 'Sanne', 'Ilse Baars']],
    ['sporting people (`marathonloper`, `zeiler`, `skiër`) are people: one brought on with `een` is whom `hij` stands for', 'Kop\n\n„Hij was koppig”, aldus trainer Kees Molenaar.\n\nOnderweg kregen vader en dochter steun. Een 52-jarige marathonloper uit Deventer liep een stuk met hen op. „Ik heb zelf ook een stent”, zegt hij.', ['Kees Molenaar', 'Een 52-jarige marathonloper uit Deventer']],
    ['a noun no list has after `een` and an age (`een 61-jarige kaasmaker`) is someone’s: the source is brought on', 'Kop\n\n„Het was koud”, zegt burgemeester Kees Molenaar.\n\nEen 61-jarige kaasmaker uit Bodegraven stond al om vijf uur op de markt. „Ik heb nog nooit zo weinig verkocht”, zegt hij.', ['Kees Molenaar', 'Een 61-jarige kaasmaker uit Bodegraven']],
    ['`schepen`, the Flemish alderman, is a role: `De schepen bleef kalm.` brings back the one named in it', 'Kop\n\n„Dit is schandalig”, zegt raadslid Nathalie Goris.\n\nSchepen Koen De Smet reageerde. „We werken eraan.”\n\n„Het kan niet”, zegt Goris. De schepen bleef kalm. „Er komt een bus.”', ['Nathalie Goris', 'Koen De Smet', 'Nathalie Goris', 'Koen De Smet']],
    ['`een` and a noun no list has after a cue that inverts after a quote (`zegt een lasser uit Franeker`, `zegt een 58-jarige lasser`) is the source', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\n„Ik sta al dertig jaar aan de draaibank”, zegt een 58-jarige frezer. „Nu staak ik.”\n\n„Wij ook”, zegt een collega-frezer uit Drachten.', ['Sander Bakker', 'een 58-jarige frezer', 'een 58-jarige frezer', 'een collega-frezer uit Drachten']],
    ['a source brought on with `een` whom the next sentence names with `heet` (`Hij heet Ronald Smit`) is that person', 'Kop\n\n„Het moet”, zegt wethouder Sander Bakker.\n\n„Ik sta hier al sinds zes uur”, zegt een staker. Hij heet Wouter Brink en komt uit Sneek. „Ik ga niet weg.”', ['Sander Bakker', 'Wouter Brink', 'Wouter Brink']],
    ['a friend the sentence tells of (`Haar vriend haalt haar op.`) does not take the floor: `haalt` is a gesture only with the shoulders', 'Kop\n\n„Hij hield een mes tegen mijn keel”, zegt caissière Noor Bakker.\n\nNoor durft niet meer alleen over straat. Haar vriend haalt haar nu elke avond op. „Ik schrik van elke scooter.”', ['Noor Bakker', 'Noor Bakker']],
    ['a role after `die` or `dezelfde` (`zegt die bron`, `volgens dezelfde bron`) refers back, as one after `de` does', 'Kop\n\n„Het is voorbij”, schreef zangeres Kim Roos op Instagram.\n\nVolgens een bron binnen de platenmaatschappij speelde er al maanden van alles. „Kim wilde al lang stoppen”, zegt die bron.', ['Kim Roos', 'een bron binnen de platenmaatschappij']],
    ['`volgens haar` before a word that is no role (`Volgens haar speelde Bos …`) is the pronoun, not a possessive: the woman speaks, not the man after the verb', 'Kop\n\nDe 24-jarige Ruud Bos stond dinsdag terecht.\n\n„Dit was doelbewust geweld”, zei officier van justitie Anke de Lange. Volgens haar speelde Bos een „leidende rol” bij de rellen.', ['Anke de Lange', 'Anke de Lange']],
    ['words read on someone’s behalf (`las namens hem een verklaring voor`) are that person’s, not the reader’s', 'Kop\n\n„Ik heb niets gedaan”, zei verdachte Joost Arends eerder.\n\nZijn advocaat, Mila Verkerk, las namens hem een verklaring voor. „Ik heb grote fouten gemaakt.”', ['Joost Arends', 'Joost Arends']],
    ['but not when a person opens that sentence as its subject: `De trainer … van scheidsrechter Jan Kooi. Hij …` is the trainer', 'Kop\n\n„Wij waren beter”, zei trainer Erik van Dalen.\n\nDe trainer kon niet leven met de beslissing van scheidsrechter Anton Kooi om geen strafschop te geven. Hij noemde het „een schandaal”.', ['Erik van Dalen', 'Erik van Dalen']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the seventeenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a trade no one was introduced in (`zegt de akkerbouwer`) is not the one in a public office named last (`wethouder Mieke Dolfing`): a source of its own', 'Kop\n\nKarel Wubbels (CDA) reageerde als eerste. „Hier groeit al eeuwen graan”, zei hij.\n\nWethouder Mieke Dolfing zei: „We gaan het gesprek aan.”\n\n„Een ton voor het hele dorp is niets”, zegt de akkerbouwer.', ['Karel Wubbels', 'Mieke Dolfing', 'de akkerbouwer']],
    ['a body named by its noun, a hyphen and whose it is (`het kabinet-Rutte`, `het college-Halsema`) is a source of its own', 'Kop\n\n„Het park is van iedereen”, zegt wethouder Anne Bos.\n\nLater op de dag liet het kabinet-Rutte weten dat de deur openstaat. „We blijven praten.”', ['Anne Bos', 'het kabinet-Rutte']],
    ['after a quote, a perfect auxiliary’s participle ends its clause, past what stands between (`had Smit zaterdag nog tegen persbureau Reuters gezegd`)', 'Kop\n\n„Het park is van iedereen”, zegt wethouder Anne Bos.\n\nHet ging mis. „Wij tekenen niets”, had onderhandelaar Jan Smit zaterdag nog tegen persbureau Reuters gezegd.', ['Anne Bos', 'Jan Smit']],
    ['a first name is known with its accents or without (`Inês` is `Ines`): `van` before a first name and a surname starts no surname (`de Sociale Alliantie van Inês Carvalho`)', 'Kop\n\nLISSABON – De Sociale Alliantie van Inês Carvalho won de verkiezingen. Carvalho sprak haar aanhang toe. „Portugal heeft gekozen.”', ['Inês Carvalho']],
    ['a clause joined on with a comma and `maar`, `en` or `want` has its own subject before its speech verb (`De minister zweeg, maar het ministerie laat weten …`)', 'Kop\n\n„Het park is van iedereen”, zegt wethouder Anne Bos.\n\nMinister Karin de Wit zweeg, maar het ministerie van Financiën laat weten dat het „de ontwikkelingen volgt”.', ['Anne Bos', 'het ministerie van Financiën']],
    ['`namens` is no role (`mens`), and a role after a copula that titles a name (`was minister voor Handel Bas Vos`) is that name’s, not the subject’s: `de bewindsman` is Vos', 'Kop\n\n„Het park is van iedereen”, zegt wethouder Anne Bos.\n\nNamens Nederland was minister voor Buitenlandse Handel Bas Vos aanwezig. „Dit is goed nieuws”, zegt Vos. Hij erkent dat Nederland „met twee petten op” aan tafel zat. „Maar het is niet opgelost”, aldus de bewindsman.', ['Anne Bos', 'Bas Vos', 'Bas Vos', 'Bas Vos']],
    ['capitalised adjectives before a body’s noun name the body (`Europese Centrale Bank`), and its initials (`de ECB`) name it later', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\nGisteren verlaagde de Europese Centrale Bank de rente. Volgens de ECB is de inflatie „onder controle”.', ['Anne Bos', 'Europese Centrale Bank']],
    ['`afgevaardigde` and `betrokkene` are people: the source after a cue', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\n„Als we dit wegstemmen, verliezen we alles”, riep een afgevaardigde uit Zeeland vanaf de tribune. Volgens een betrokkene bij de gesprekken is het stuk „bewust gelekt”.', ['Anne Bos', 'een afgevaardigde uit Zeeland', 'een betrokkene bij de gesprekken']],
    ['a colon that opens a clause of its own before the quote: the words are that clause’s subject’s, not those of the sentence’s first subject', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\nMinister Piet Vos ligt onder vuur. Ambtenaren herkennen het bij de bewindsman: eerst maakt hij grote plannen - „Ik los het op” - en dan gaat het mis.', ['Anne Bos', 'Piet Vos']],
    ['before a colon, a clause after a comma and a relative adverb (`een mail, waarin een ambtenaar schreef:`) is the one whose subject speaks', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\nKamerlid Eva Smit citeerde uit een mail, waarin een hoge ambtenaar schreef: „Houd dit binnenskamers.”', ['Anne Bos', 'een hoge ambtenaar']],
    ['a source brought on with `een` is the one a sentence soon after names with its noun and `heet` (`De vrouw heet Ans Kuipers`)', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\nEen vrouw met een boodschappenkar spreekt hem aan. „Mijn huur is omhooggegaan.” De vrouw heet Ans Kuipers en is 67.', ['Anne Bos', 'Ans Kuipers']],
    ['a word of origin (`zei de Deen`) is not one the article gave another country’s adjective (`de Ghanese Kwame Asante`)', 'Kop\n\n„We hebben alles gegeven”, zei aanvoerder Tom Bakker.\n\nTrainer Mikkel Sørensen was kritisch. Hij miste de Ghanese Kwame Asante. „Daar zoek ik geen excuus in”, zei de Deen.', ['Tom Bakker', 'Mikkel Sørensen']],
    ['`vertrouweling`, `routinier` and `zaakwaarnemer` are people: the source after a cue, with its phrase', 'Kop\n\n„Het was zwaar”, zei speelster Lotte Verhagen.\n\n„Ze had al weken pijn”, zegt een vertrouweling van de speelster. „We lezen het ook maar in de krant”, zegt een routinier uit de selectie.', ['Lotte Verhagen', 'een vertrouweling van de speelster', 'een routinier uit de selectie']],
    ['`de keeper` is the `doelvrouw` named before', 'Kop\n\n„Het was zwaar”, zei aanvoerder Fleur Bakker.\n\nDoelvrouw Noor Hendriks stopte drie strafballen. Daarna scoorde Lisa Verburg nog. „Ik wist waar ze heen wilden”, zei de 21-jarige keeper.', ['Fleur Bakker', 'Noor Hendriks']],
    ['after `volgens` and a role, the one named as the subject of the clause it opens is not the source (`Volgens de oud-schaatser heeft Dijkstra …`)', 'Kop\n\n„Ik had nog iets over”, zei schaatsster Femke Dijkstra.\n\nHaar coach Gerard Kamphuis sprak van een „perfecte race”. Volgens de oud-schaatser heeft Dijkstra „eindelijk geleerd om rustig te openen”.', ['Femke Dijkstra', 'Gerard Kamphuis', 'de oud-schaatser']],
    ['`dezelfde` opens a source’s phrase: the verb and the name after its noun are no part of it (`Volgens dezelfde bron probeert Ferraro …`)', 'Kop\n\n„Er ligt een afspraak”, zegt zaakwaarnemer Giorgio Ferraro.\n\nBij de club wordt dat ontkend. „Er is nooit iets afgesproken”, zegt een ingewijde bij de club. Volgens dezelfde bron probeert Ferraro „de boel op te blazen”.', ['Giorgio Ferraro', 'een ingewijde bij de club', 'dezelfde bron']],
    ['after a fronted clause and its comma (`Gevraagd of dat kan, was de premier voorzichtiger.`) the subject follows the verb: the named person the role stands for takes the floor', 'Kop\n\n„Het is onacceptabel”, zei premier Henk Oosterwijk.\n\nMinister Ruud Kamminga had bezwaar. Staatssecretaris Mirjam Haddou noemde het „een kantelpunt”.\n\nGevraagd of dat haalbaar is, was de premier voorzichtiger. „Ik ga geen beloftes doen”, zei hij.', ['Henk Oosterwijk', 'Mirjam Haddou', 'Henk Oosterwijk']],
    ['a role opening the sentence right after the one that brought someone on in full, with no role, is that one (`… door Ton Bakker. Het oud-raadslid …`)', 'Kop\n\n„Ik ben onschuldig”, zei oud-wethouder Frank Hazenberg.\n\nDe zaak kwam aan het licht door Ton Bakker. Het oud-raadslid bracht alles aan het rollen. „Ik ben jarenlang uitgemaakt voor zeurpiet”, zegt hij.', ['Frank Hazenberg', 'Ton Bakker']],
    ['after the head of a phrase opened by `een`, `met een` and a thing describe the source (`een man met een fietshelm`), but not how it is said (`met een glimlach`)', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\n„Jullie hadden dertig jaar de tijd!”, roept een man met een fietshelm. „Het kan altijd beter”, zegt een vrouw met een glimlach.', ['Anne Bos', 'een man met een fietshelm', 'een vrouw']],
    ['a source brought on with `een` is the one a pronoun of its gender names with `heet` a few sentences on (`Ze heet Riek Hoogendam`)', 'Kop\n\n„Het moet”, zegt wethouder Anne Bos.\n\nEen vrouw met een rollator blijft bij de kaaskraam staan. Ze heeft meegeluisterd. „Ik loop hier al jaren naartoe.” Ze heet Riek Hoogendam, vertelt ze, en ze wordt in april 87.', ['Anne Bos', 'Riek Hoogendam']],
    ['a closing line that calls the writer a compound of a writing trade (`Sanne Bos is lezersredacteur.`) names the writer of `antwoordde ik`', 'Kop\n\nIk sprak de bewoners. „Het moet anders”, zegt een buurman. „Klopt”, antwoordde ik.\n\nSanne Bos is lezersredacteur.', ['een buurman', 'Sanne Bos']],
    ['`weduwe` and `weduwnaar` are family: `vertelt zijn weduwe` is the wife named before', 'Kop\n\n„Hij was de stem van het dorp”, zegt technicus Piet Hamers.\n\nKees Zandbergen laat zijn vrouw Els van Gorp achter. Hij luisterde tot het laatst naar de zender, vertelt zijn weduwe. „Hij had overal commentaar op.”', ['Piet Hamers', 'Els van Gorp']],
    ['a portfolio between a title and the name (`Schepen van Groen Lieve Bos`) is part of the title: the role is hers', 'Kop\n\n„Het is te veel”, zegt Rudy Van Acker (67).\n\nSchepen van Groen Lieve Vandenbossche verdedigt de beslissing. „We hebben te veel klachten gekregen”, stelt ze. Volgens de schepen gaat het om „een kleine minderheid”.', ['Rudy Van Acker', 'Lieve Vandenbossche', 'Lieve Vandenbossche']],
    ['`Belang` ends a body’s name (`Agrarisch Belang Lingestroom`): `ze` later is the woman talking, not the body', 'Kop\n\n„We moeten door”, zegt dijkgraaf Annelies Kortenhoeven.\n\nBij de boeren ligt het waterschap onder vuur. Agrarisch Belang Lingestroom liet vorige maand weten dat de leden „niet langer de badkuip willen zijn”.\n\nBegrijpt ze die boosheid? „Ik snap het heel goed”, zegt ze.', ['Annelies Kortenhoeven', 'Agrarisch Belang Lingestroom', 'Annelies Kortenhoeven']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the eighteenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a body named by its kind written with a capital and its place (`van Veiligheidsregio Drenthe`) goes by that whole name, as it does in lower case', 'Kop\n\n„Het pand is verloren”, zegt woordvoerder Sanne de Jong van Veiligheidsregio Drenthe.\n\nDe brandweer bleef blussen. Volgens de veiligheidsregio duurt dat „nog dagen”.', ['Sanne de Jong', 'Veiligheidsregio Drenthe']],
    ['`het hof` and `de raad` speak as bodies (the whole word only: `kerkhof`, `voorraad` are none)', 'Kop\n\nHet gerechtshof in Den Bosch verhoogde de straf van Piet V. tot vier jaar.\n\n„Hij wist wat hij deed”, schrijft het hof in het arrest. Over het plan zegt de raad: „Wij stemmen niet in.”', ['Het gerechtshof in Den Bosch', 'de raad']],
    ['a council is no kind of the body it sits in: `de ondernemingsraad` is not the firm that spoke before', 'Kop\n\nHet Duitse bedrijf Hanke sluit de fabriek in Tiel.\n\nIn een verklaring spreekt het bedrijf van „een zware keuze”. „Dit is een schande”, zegt Kees Smit van de vakbond.\n\nDe ondernemingsraad laat weten „verbijsterd” te zijn.', ['Hanke', 'Kees Smit', 'De ondernemingsraad']],
    ['`-genote` is the woman’s form of `-genoot` (`klasgenote`, `ploeggenote`): `zei ze` is the one brought on with it', 'Kop\n\n„Het is voorbij”, zei trainer Wim Kos.\n\nBij de ingang van het sportpark stond een ploeggenote van Eva Dekker met bloemen. „Ze was altijd de eerste op de training”, zei ze.', ['Wim Kos', 'een ploeggenote van Eva Dekker']],
    ['an age that opens the sentence before a verb (`De 41-jarige bleef lang stil.`) stands for the person: `zei hij` after it is the one of that age, not the one talking before', 'Kop\n\nDe 41-jarige Mark V. staat terecht.\n\n„Hij was in paniek”, zei advocaat Joost Hermans.\n\nDe rechter vroeg de verdachte waarom hij niet wegging. De 41-jarige bleef lang stil. „Ik weet het niet”, zei hij.', ['Joost Hermans', 'Mark V.']],
    ['an age no one was given (`zegt de 34-jarige`) is the one talking, when no one named in this paragraph or the one before in the section fits', 'Kop\n\n„Het boek is af”, zegt redacteur Bas Kuipers over de roman van Lotte Smit.\n\nBlij verrast\n\nSmits roman gaat over haar grootmoeder. De schrijfster zelf reageert blij op de prijs. „Ik had het nooit verwacht”, zegt de 34-jarige.', ['Bas Kuipers', 'Lotte Smit']],
    ['an apposition that names a source by the words its name opens with (`De woordvoerder van de politie, Rick Postma,` after `een woordvoerder van de politie Twente`) names it, its earlier words too', 'Kop\n\n„We zoeken verder”, zegt een woordvoerder van de politie Twente.\n\nTips\n\nDe woordvoerder van de politie, Rick Postma, bevestigt dat de tip is onderzocht. „Het leverde niets op”, zegt Postma.', ['Rick Postma', 'Rick Postma']],
    ['the person an age stood for is given that age (`Mark V. … De 41-jarige wordt …`), so a later `de 41-jarige` is that person though another man was named nearer', 'Kop\n\nHet OM eist acht jaar tegen Mark V. uit Almelo. De 41-jarige wordt verdacht van brandstichting.\n\n„Hij wist wat hij deed”, zei officier van justitie Sanne Kok.\n\nAdvocaat Joost Hermans vroeg om vrijspraak. „Het spijt me”, zei de 41-jarige.', ['Sanne Kok', 'Mark V.']],
    ['a definite role goes back to one brought in with `een` and a synonym of it (`de boer` to `een akkerbouwer uit Eext`)', 'Kop\n\n„Het was een drugslab”, zegt burgemeester Gea Hofstee.\n\nDe loods is van een akkerbouwer uit Eext, die hem verhuurde. De boer, die anoniem wil blijven, zegt „totaal verrast” te zijn.', ['Gea Hofstee', 'een akkerbouwer uit Eext']],
    ['a surname two people share, after a cue, is the one of them who is talking (`Volgens Smeets` while Rob Smeets talks, though Daan Smeets was named first)', 'Kop\n\nDaan Smeets kwam in 2022 om het leven. „Het was een klap”, zei de rechter.\n\nDe vader van Daan, Rob Smeets, zat op de tribune. „Eindelijk”, zei hij na afloop.\n\nVolgens Smeets heeft het gezin „lang gewacht”.', ['de rechter', 'Rob Smeets', 'Rob Smeets']],
    ['a family named by its surname (`de familie Bosman`) speaks as one, and is not the Bosman named before', 'Kop\n\nSanne Bosman verdween in 2001. „We zoeken nog altijd”, zei rechercheur Piet Kooistra.\n\nIn een korte verklaring vraagt de familie Bosman om „rust en ruimte”.', ['Piet Kooistra', 'de familie Bosman']],
    ['a noun of origin of a country (`de Tsjech`) is the one named with its adjective (`Tsjechische collega Pavel Novak`)', 'Kop\n\n„Het is genoeg”, zei premier Jan Valk.\n\nZijn Tsjechische collega Pavel Novak was boos. „Mijn land ligt dichterbij”, zei Novak later.\n\n„Wij zijn geen vrienden”, zei de Tsjech.', ['Jan Valk', 'Pavel Novak', 'Pavel Novak']],
    ['a news medium after `volgens` only passes the words on: when the clause after it has a speech verb and its subject, the words are the subject’s', 'Kop\n\n„Het is genoeg”, zei premier Jan Valk.\n\nVolgens persbureau Reuters noemde minister Marek Dulla het plan „lafheid”. Volgens de krant wil Valk „snel duidelijkheid”.', ['Jan Valk', 'Marek Dulla', 'de krant']],
    ['after a surname’s particles a function word is the surname, opening the sentence too (`Van der Meer noemt …`)', 'Kop\n\n„We houden het stil”, zegt organisator Roel Hendriks. Omwonende Petra van der Meer twijfelt.\n\n„Zonder muziek geen feest”, zegt Hendriks.\n\nVan der Meer noemt de maatregelen „een pleister op een houten been”.', ['Roel Hendriks', 'Roel Hendriks', 'Petra van der Meer']],
    ['family the sentence tells of, with an age or an adjective before the noun (`Haar 91-jarige vader woont …`), does not take the floor from the one whose family it is', 'Kop\n\n„Iedereen hielp”, zegt coördinator Ingrid Schepers.\n\nLies Wouters reed meteen naar het zorgcentrum. Haar 91-jarige vader woont op de getroffen afdeling. „Ik kreeg om vijf uur een telefoontje.”', ['Ingrid Schepers', 'Lies Wouters']],
    ['`Een van hen is Eva Kok, die …`: who the role is, named after a copula before a relative clause, is brought on', 'Kop\n\n„Wij vangen iedereen op”, belooft wethouder Els Stoop.\n\nEen van hen is Joris Vlaming, die met zijn gezin boven de bakkerij woonde. „Ons bed stond recht boven de oven.”', ['Els Stoop', 'Joris Vlaming']],
    ['`Een van hen is Eva Kok, tot vorig jaar kapper, …`: the one named before an apposition is brought on too', 'Kop\n\n„Elke hulp is welkom”, zegt directeur Khadija Bouzerda.\n\nEen van hen is Tim Akkerman, tot vorig jaar boekhouder, die nu voor groep 5 staat. „Het is zwaarder dan ik dacht.”', ['Khadija Bouzerda', 'Tim Akkerman']],
    ['a column’s title that names its writer before a colon (`Column Sanne Bos: …`) names the writer of `vraag ik`', 'title: Column Sanne Bos: Een dag op de pont\n\nIk stap in. „Rijdt deze bus naar de pont?”, vraag ik de chauffeur. „Ja hoor”, zegt hij.', ['Sanne Bos', 'de chauffeur']],
    ['a closing line that says how often the writer writes (`Sanne Bos schrijft elke zaterdag over …`) names the writer of `vraag ik`', 'Kop\n\nIk stap in. „Rijdt deze bus naar de pont?”, vraag ik de chauffeur. „Ja hoor”, zegt hij.\n\nSanne Bos schrijft elke zaterdag over het leven aan de rivier.', ['Sanne Bos', 'de chauffeur']],
    ['experts in the plural no group of theirs was brought on for (`de meteorologen`, `de adviseurs`) speak for the body named just before', 'Kop\n\n„Het wordt warm”, zegt boer Henk Smit.\n\nWie wel een trend ziet, is het KNMI. „Droge zomers komen vaker voor”, concludeerden de meteorologen.', ['Henk Smit', 'KNMI']],
    ['a cue that ends a subordinate clause right after the quote (`terwijl de bezoekers ‘schande’ riepen`) has its subject after the conjunction, not the main clause’s', 'Kop\n\n„Het zwembad sluit”, zei wethouder Anne Bos.\n\nDe raad stemde in, terwijl de bezoekers ‘schande’ riepen.', ['Anne Bos', 'de bezoekers']],
    ['an adverb of a scene’s next moment in first place (`Dan schuifelt Lies de Boer binnen.`) inverts: the one named after the verb takes the floor', 'Kop\n\n„We sluiten”, zegt winkelierster Ria Kamp.\n\nDan schuifelt Lies de Boer (88) binnen met haar rollator. Ze komt hier elke dag. „Waar moet ik straks heen?”', ['Ria Kamp', 'Lies de Boer']],
    ['a strong participle before the head keeps its `-en` (`een betrokken ambtenaar`, `een verslagen trainer`): an adjective, and the source’s phrase goes on to its noun', 'Kop\n\n„Wij willen een enquête”, zegt raadslid Sanne Achterberg.\n\n„Iedereen wist het”, zegt een betrokken ambtenaar. „Het is over”, zegt een verslagen trainer.', ['Sanne Achterberg', 'een betrokken ambtenaar', 'een verslagen trainer']],
    ['a plural role opening the sentence is no first name (`Bewoners van de Beukenlaan schreven …`): the particle starts its phrase, and `vragen ze` later is that group', 'Kop\n\n„Het is een ramp”, zegt winkelier Gert-Jan Mulder.\n\nBewoners van de Beukenlaan schreven het college een brief. Daarin vragen ze om „een eerlijke vergoeding”.', ['Gert-Jan Mulder', 'Bewoners van de Beukenlaan']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})

describe('the nineteenth round’s rules, end to end', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a paragraph that is a quoted question and nothing else is answered by the quote that opens the next paragraph: by another than the one who asked', 'Kop\n\n„We moeten het dak nog doen”, zegt boer Kees Mol. Zijn dochter Els Mol kijkt op.\n\n„Wanneer dan?”\n\n„Volgende week, als het droog blijft.”', ['Kees Mol', 'Els Mol', 'Kees Mol']],
    ['the one a quoted question calls by name answers it, the writer too (`„Ben jij het eens, Anna?”` in a column of Anna de Wit’s)', 'Kop\n\nDoor Anna de Wit\n\nIk zit met mijn buurman Piet Kramer aan tafel. „Het gaat mis met dit dorp”, zegt hij. Zijn vrouw Ria Kramer schenkt koffie in.\n\n„Ben jij het eens, Anna?”\n\n„Nee, ik zie het anders.”', ['Piet Kramer', 'Ria Kramer', 'Anna de Wit']],
    ['a verb of asking with its subject after it reports the request past its object (`vragen Kees Mulder en Lies Gerritsen de regering „…”`): the names joined are one speaker', 'Kop\n\n„Het is genoeg”, zegt minister Anna Bos.\n\nIn een motie vragen Kees Mulder en Lies Gerritsen de regering „de bezuiniging te schrappen”.', ['Anna Bos', 'Kees Mulder en Lies Gerritsen']],
    ['`verzoeken` reports a request as `vragen` does (`verzoekt de raad het college „…”`)', 'Kop\n\n„Het is genoeg”, zegt wethouder Anna Bos.\n\nIn een brief verzoekt de buurtvereniging het college „de weg open te houden”.', ['Anna Bos', 'de buurtvereniging']],
    ['two people a sentence joins with `samen met` (`Kees Mulder diende samen met Lies Gerritsen een motie in.`) are the group a plural pronoun after it stands for', 'Kop\n\n„Het is genoeg”, zegt minister Anna Bos.\n\nKees Mulder diende samen met Lies Gerritsen een motie in. „We willen dat de huren omlaag gaan”, zeggen ze.', ['Anna Bos', 'Kees Mulder en Lies Gerritsen']],
    ['a word of origin after `de` and an age (`De 55-jarige Venlonaar zegt: …`) is no name of its own but a person from there, whom the role refers back to', 'Kop\n\nWethouder Ruud Vaessen uit Venlo stapt op. Zijn collega Els Bos uit Tegelen blijft.\n\nDe 55-jarige Venlonaar zegt: „Ik ben moe.”\n\n„Het is klaar”, zegt de 55-jarige Venlonaar.', ['Ruud Vaessen', 'Ruud Vaessen']],
    ['`hij` and `zij` are no thing named with `het` (`Het rapport van de Rekenkamer`): a neuter noun is `het`', 'Kop\n\n„Ik stop”, zei wethouder Ruud Vaessen.\n\nHet rapport van de Rekenkamer werd vorige week openbaar.\n\nEen dag later volgde een persconferentie. „Dit project was mijn kindje”, zei hij.', ['Ruud Vaessen', 'Ruud Vaessen']],
    ['a relative clause opened by `waar` or a compound of it between commas (`Een woordvoerder van Luistr, waar de podcast te horen is, noemt …`) is passed over to the subject’s verb', 'Kop\n\n„Het is klaar”, zegt Anna Bos.\n\nEen woordvoerder van platform Luistr, waar de podcast sinds 2021 te horen is, noemt het nieuws „pijnlijk”. De directeur van de school, waarin het kamp werd gehouden, noemt het „een les”.', ['Anna Bos', 'Een woordvoerder van platform Luistr', 'De directeur van de school']],
    ['in a list of names each with its title (`de band The Hollow Pines, rapper Kid Kompas en …`) the title after a comma is the next name’s, no apposition to the name before', 'Kop\n\nOp het affiche staan de Britse band The Hollow Pines, rapper Kid Kompas en zangeres Noor.\n\n„We zijn er klaar voor”, zegt directeur Sander Pool.\n\nKid Kompas reageerde met een filmpje. „Ik kom eraan!”, riep de rapper.', ['Sander Pool', 'Kid Kompas']],
    ['`had ik … gezegd` after a quote, with words between the subject and the participle, is the writer the byline names', 'Kop\n\nDoor Ellen Hartog\n\nGijs van Tuyl is terug op tv. „Ik ben terug!”, riep hij.\n\n„Dat gaat mis”, had ik vrijdag nog tegen mijn dochter gezegd.', ['Gijs van Tuyl', 'Ellen Hartog']],
    ['a given name of two short syllables joined by a hyphen (`Kim So-yeon`, `Park Ji-hoon`) is part of the name, no party’s prefix (`GroenLinks-voorman`)', 'Kop\n\n„We bouwen hier”, zegt topman Park Ji-hoon van Hanseong.\n\nKim So-yeon, vicepresident bij Hanseong, lichtte later toe wat haar baas bedoelde. „Het is rond”, zegt ze.', ['Park Ji-hoon', 'Kim So-yeon']],
    ['a public service named by its noun (`de politie`, `de brandweer`) is that service, not a body named before whose kind is unknown (`Provinciale Staten`)', 'Kop\n\nBoeren protesteren tegen het plan, waarover Provinciale Staten vanmiddag stemmen.\n\nDe politie meldt: „Verwacht vertraging.”', ['De politie']],
    ['a live blog’s time stamp before a bar (`11.50 | Trainer Erik Staal …`) opens no sentence: the subject after it takes the floor', 'Kop\n\n„Hij blijft”, zegt voorzitter Anna Bos.\n\n11.50 | Trainer Erik Staal blikt op de persconferentie vooruit, maar krijgt vooral vragen over spits Jayden Koster. „Hij is mijn belangrijkste speler.”', ['Anna Bos', 'Erik Staal']],
    ['a body of a person’s before `van` and their name (`Het kabinet van minister Daems`) is no role of theirs: `laat het kabinet weten` is that body, not the minister', 'Kop\n\nMinister Koen Daems was op werkbezoek. Het kabinet van minister Daems verwijst naar de extra plaatsen. „Dat is een inspanning”, laat het kabinet weten.', ['Het kabinet van minister Daems']],
    ['a full name whose surname ends in a word that is also a first name (`Samira Oulad Ali`) takes no affiliation after it as its own (`van Haverdal Lokaal`)', 'Kop\n\n„Het rapport lag er al”, zegt fractievoorzitter Samira Oulad Ali van Haverdal Lokaal.\n\n„Wij wisten van niets”, zegt wethouder Henk de Boer. Oulad Ali wil een onderzoek naar wat zij „wegkijken” noemt.', ['Samira Oulad Ali', 'Henk de Boer', 'Samira Oulad Ali']],
    ['`beloven de twee` far from where the pair was named is the one pair that has spoken together', 'Kop\n\nNa zes jaar stopt de podcast van Milan Brouwer en Fleur Tan. „We groeien uit elkaar”, schrijven Brouwer en Tan.\n\n„Het is jammer”, zegt een woordvoerder van Luistr.\n\nOnderzoeker Anna Bos ziet het als een teken des tijds. „Het is voorbij”, zegt ze.\n\n„Het wordt een afscheid met een lach”, beloven de twee.', ['Milan Brouwer en Fleur Tan', 'een woordvoerder van Luistr', 'Anna Bos', 'Milan Brouwer en Fleur Tan']],
    ['a role that shows no gender, brought on with `een` as the subject after a fronted word and a copula (`Milder was een afgevaardigde uit Groningen.`), is the `hij` after it', 'Kop\n\n„Hij is goed”, zei Kees Bos.\n\nMilder was een afgevaardigde uit Groningen. „Verschuren is een doener”, zei hij.', ['Kees Bos', 'een afgevaardigde uit Groningen']],
    ['an adjective of a government’s level, capitalised before a title (`Vlaams minister van Werk Sarah Claessens`), opens the title, not a name', 'Kop\n\n„Het is erg”, zegt Ronny Jacobs.\n\nVlaams minister van Werk Sarah Claessens zegt dat ze „erg geschrokken” is.', ['Ronny Jacobs', 'Sarah Claessens']],
    ['a clause joined on with only a comma after a quote of its own (`Kroon noemde het „keurig”, Van Leeuwen vond het „saai”.`) has its own subject and cue', 'Kop\n\nDe juryleden Mandy Kroon en Ricardo van Leeuwen waren streng. Kroon noemde zijn lied „keurig”, Van Leeuwen vond het „saai”.', ['Mandy Kroon', 'Ricardo van Leeuwen']],
    ['a byline with the writer’s trade in a compound after the comma (`Door Nienke Brouwer, rechtbankverslaggever`) names the writer of `vraag ik`', 'Kop\n\nDoor Nienke Brouwer, rechtbankverslaggever\n\n„Het was een zware dag”, zegt advocaat Piet Blaauw.\n\n„Gaat u in hoger beroep?” vraag ik hem.', ['Piet Blaauw', 'Nienke Brouwer']]
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })
})
