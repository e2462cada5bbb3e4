/**
 * Project-written Dutch news paragraphs for the synthetic benchmark inputs: every quotation
 * style the parser knows, apostrophes, cues, colons, datelines, nested and multi-paragraph
 * quotes. The people and events are invented.
 */

/** Sub-headings placed between groups of paragraphs, so the input has sections too. */
export const headings: readonly string[] = [
  'Onrust in de gemeenteraad',
  'Kritiek van de oppositie',
  'Wat er nu gebeurt',
  'Reacties uit de regio'
]

export const paragraphs: readonly string[] = [
  'UTRECHT (ANP) - De gemeenteraad van Utrecht heeft dinsdagavond ingestemd met het plan om de binnenstad autovrij te maken. „We kiezen voor schone lucht en veilige straten”, zei wethouder Marieke de Vries na afloop. Volgens haar gaat het om „een historische stap” voor de stad.',
  '“Dit besluit is overhaast genomen”, aldus oppositieleider Karim El Amrani. “Ondernemers zijn niet gehoord, en dat zullen we blijven zeggen.” Hij wil dat de raad het plan in het voorjaar opnieuw bespreekt. De wethouder noemde die kritiek ‘voorspelbaar’.',
  "Winkeliers in de Voorstraat zijn bezorgd. ,,Mijn klanten komen 's avonds met de auto,'' zegt slager Joop Verhoeven. ,,Als dat niet meer kan, ben ik over een jaar weg.'' Zijn buurvrouw, die een bloemenzaak heeft, denkt er anders over: ,,Zo'n plein zonder auto's trekt juist meer mensen.''",
  'De politie liet weten dat er tijdens de vergadering een kleine demonstratie was op het Stadhuisplein. "Het verliep rustig", verklaarde een woordvoerder van de politie. "Er zijn geen mensen aangehouden." Een demonstrant riep dat de raad \'de stad verkoopt\' aan projectontwikkelaars.',
  'Hoogleraar stedelijke mobiliteit Anna Bakker van de Universiteit Utrecht benadrukte dat vergelijkbare plannen elders goed uitpakten. «In Gent zagen we binnen twee jaar minder verkeersdoden en meer fietsers», zei Bakker. «Maar je moet de bewoners wel meenemen.» Ze waarschuwde voor ‹symboolpolitiek›.',
  'Burgemeester Sander Kok reageerde woensdag in een verklaring: „Ik heb begrip voor de zorgen, maar de meerderheid heeft gesproken. Wie zegt ‚dit is het einde van de binnenstad‘ vergeet hoe vaak we dat eerder hoorden.” Volgens Kok komt er een overgangsregeling voor bewoners met een beperking.',
  "De Fietsersbond is tevreden. 'Eindelijk kiest de stad voor de fiets', zegt directeur Lotte Jansen. 'We hebben hier tien jaar voor gestreden.' Ze voegde eraan toe dat de fietsenstallingen in 't centrum nu al vol zijn en dat er ''dringend'' meer plekken nodig zijn.",
  '“We gaan nu kijken hoe we dit uitvoeren,” aldus De Vries. “Het eerste deel van de maatregel gaat in januari in.',
  '“Daarna volgt een evaluatie. Als het niet werkt, passen we het aan,” zei ze. Raadslid Pieter de Graaf (VVD) noemt de planning „onrealistisch”: „Dat gaat nooit lukken vóór de zomer van \'26.”',
  'Een bewoner van de Oudegracht, die anoniem wil blijven, vertelde dat hij „blij maar ook een beetje sceptisch” is. „Ze zeiden eerder ook ‘we gaan het oplossen’, en toen gebeurde er niets”, zegt hij. Het college belooft dat er in maart een informatieavond komt.',
  'Minister Fatima Zahra van Infrastructuur liet weten het Utrechtse plan met belangstelling te volgen. Ze sprak van „een interessant experiment” en zei: “Andere steden kijken mee.” Het ministerie wil de resultaten gebruiken voor landelijk beleid.'
]

/** A bare sub-heading line between sections, every few paragraphs. */
const paragraphsPerSection = 6

/**
 * Repeat the paragraphs (with a header and sub-headings) until the text holds at least
 * `minimumBytes` UTF-8 bytes; whole paragraphs only, so every quote stays as written.
 */
export function syntheticNews(minimumBytes: number): string {
  const parts: string[] = ['title: Utrecht kiest voor een autovrije binnenstad\ndate: 2024-11-05\n\nDoor Eva Smit']
  let bytes = Buffer.byteLength(parts[0]!)
  let count = 0
  while (bytes < minimumBytes) {
    if (count > 0 && count % paragraphsPerSection === 0) {
      const heading = headings[(count / paragraphsPerSection) % headings.length]!
      parts.push(heading)
      bytes += Buffer.byteLength(heading) + 2
    }
    const paragraph = paragraphs[count % paragraphs.length]!
    parts.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 2
    count++
  }
  return parts.join('\n\n') + '\n'
}
