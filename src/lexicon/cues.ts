/**
 * Dutch speech cues: the verbs (all finite forms, participles and infinitives) that report
 * what someone said, wrote or thought, and the prepositional cues.
 *
 * Source: the speech-verb lists of the Algemene Nederlandse Spraakkunst (ANS, "verba
 * dicendi", §10.3 and §18.5), the conjugation tables of the Woordenlijst Nederlandse Taal for
 * each verb, and the particle verbs Dutch news uses to introduce quotes (laten weten, toevoegen,
 * uitleggen). Hand-kept data: each entry lists a verb's forms; `particle` is the separable
 * part that follows the finite verb later in the clause (`liet … weten`, `voegde … toe`).
 */

export interface CueVerb {
  /** The infinitive, used as the cue's lemma. */
  lemma: string
  /** Finite forms, participles and infinitives, lower case. */
  forms: string[]
  /** For particle verbs: the part that stands apart after the finite verb (`weten`, `toe`, `uit`). */
  particle?: string
}

export const cueVerbs: CueVerb[] = [
  {lemma: 'zeggen', forms: ['zeg', 'zegt', 'zei', 'zeiden', 'gezegd', 'zeggen', 'zeide']},
  {lemma: 'vertellen', forms: ['vertel', 'vertelt', 'vertelde', 'vertelden', 'verteld', 'vertellen']},
  {lemma: 'stellen', forms: ['stelt', 'stelde', 'stelden', 'gesteld', 'stellen']},
  {lemma: 'verklaren', forms: ['verklaart', 'verklaarde', 'verklaarden', 'verklaard', 'verklaren']},
  {lemma: 'benadrukken', forms: ['benadrukt', 'benadrukte', 'benadrukten', 'benadrukken']},
  {lemma: 'melden', forms: ['meldt', 'meldde', 'meldden', 'gemeld', 'melden']},
  {lemma: 'laten weten', forms: ['laat', 'laten', 'liet', 'lieten', 'gelaten'], particle: 'weten'},
  {lemma: 'toevoegen', forms: ['voegt', 'voegde', 'voegden', 'toegevoegd', 'toevoegen'], particle: 'toe'},
  {lemma: 'aanvullen', forms: ['vult', 'vulde', 'vulden', 'aangevuld', 'aanvullen'], particle: 'aan'},
  {lemma: 'reageren', forms: ['reageert', 'reageerde', 'reageerden', 'gereageerd', 'reageren']},
  {lemma: 'uitleggen', forms: ['legt', 'legde', 'legden', 'uitgelegd', 'uitleggen'], particle: 'uit'},
  {lemma: 'toelichten', forms: ['licht', 'lichtte', 'lichtten', 'toegelicht', 'toelichten'], particle: 'toe'},
  // (Not its finite forms: `houdt`, `hield` are `tegenhouden`'s and `vasthouden`'s too.)
  {lemma: 'volhouden', forms: ['volgehouden', 'volhouden']},
  {lemma: 'erkennen', forms: ['erkent', 'erkende', 'erkenden', 'erkend', 'erkennen']},
  {lemma: 'toegeven', forms: ['geeft', 'gaf', 'gaven', 'toegegeven', 'toegeven'], particle: 'toe'},
  {lemma: 'waarschuwen', forms: ['waarschuwt', 'waarschuwde', 'waarschuwden', 'gewaarschuwd', 'waarschuwen']},
  {lemma: 'vinden', forms: ['vindt', 'vond', 'vonden', 'gevonden', 'vinden']},
  {lemma: 'menen', forms: ['meent', 'meende', 'meenden', 'gemeend', 'menen']},
  {lemma: 'denken', forms: ['denkt', 'dacht', 'dachten', 'gedacht', 'denken']},
  {lemma: 'concluderen', forms: ['concludeert', 'concludeerde', 'concludeerden', 'geconcludeerd', 'concluderen']},
  {lemma: 'antwoorden', forms: ['antwoordt', 'antwoordde', 'antwoordden', 'geantwoord', 'antwoorden']},
  {lemma: 'vragen', forms: ['vraagt', 'vroeg', 'vroegen', 'gevraagd', 'vragen']},
  {lemma: 'verzoeken', forms: ['verzoekt', 'verzocht', 'verzochten', 'verzoeken']},
  {lemma: 'roepen', forms: ['roept', 'riep', 'riepen', 'geroepen', 'roepen']},
  {lemma: 'schrijven', forms: ['schrijft', 'schreef', 'schreven', 'geschreven', 'schrijven']},
  {lemma: 'twitteren', forms: ['twittert', 'twitterde', 'twitterden', 'getwitterd', 'twitteren', 'tweet', 'tweette', 'tweetten', 'getweet']},
  {lemma: 'lachen', forms: ['lacht', 'lachte', 'lachten', 'gelachen', 'lachen']},
  {lemma: 'zuchten', forms: ['zucht', 'zuchtte', 'zuchtten', 'gezucht', 'zuchten']},
  {lemma: 'verzuchten', forms: ['verzucht', 'verzuchtte', 'verzuchtten', 'verzuchten']},
  {lemma: 'beamen', forms: ['beaamt', 'beaamde', 'beaamden', 'beaamd', 'beamen']},
  {lemma: 'bevestigen', forms: ['bevestigt', 'bevestigde', 'bevestigden', 'bevestigd', 'bevestigen']},
  {lemma: 'opmerken', forms: ['merkt', 'merkte', 'merkten', 'opgemerkt', 'opmerken'], particle: 'op'},
  {lemma: 'aangeven', forms: ['geeft', 'gaf', 'gaven', 'aangegeven', 'aangeven'], particle: 'aan'},
  {lemma: 'betogen', forms: ['betoogt', 'betoogde', 'betoogden', 'betoogd', 'betogen']},
  {lemma: 'beweren', forms: ['beweert', 'beweerde', 'beweerden', 'beweerd', 'beweren']},
  {lemma: 'verwachten', forms: ['verwacht', 'verwachtte', 'verwachtten', 'verwachten']},
  {lemma: 'hopen', forms: ['hoopt', 'hoopte', 'hoopten', 'gehoopt', 'hopen']},
  {lemma: 'vrezen', forms: ['vreest', 'vreesde', 'vreesden', 'gevreesd', 'vrezen']},
  {lemma: 'zweren', forms: ['zweert', 'zwoer', 'zwoeren', 'gezworen', 'zweren']},
  {lemma: 'beloven', forms: ['belooft', 'beloofde', 'beloofden', 'beloofd', 'beloven']},
  {lemma: 'opperen', forms: ['oppert', 'opperde', 'opperden', 'geopperd', 'opperen']},
  {lemma: 'klagen', forms: ['klaagt', 'klaagde', 'klaagden', 'geklaagd', 'klagen']},
  {lemma: 'noemen', forms: ['noemt', 'noemde', 'noemden', 'genoemd', 'noemen']},
  {lemma: 'spreken', forms: ['spreekt', 'sprak', 'spraken', 'gesproken', 'spreken']},
  {lemma: 'verzekeren', forms: ['verzekert', 'verzekerde', 'verzekerden', 'verzekerd', 'verzekeren']},
  {lemma: 'oordelen', forms: ['oordeelt', 'oordeelde', 'oordeelden', 'geoordeeld', 'oordelen']},
  {lemma: 'constateren', forms: ['constateert', 'constateerde', 'constateerden', 'geconstateerd', 'constateren']},
  {lemma: 'onderstrepen', forms: ['onderstreept', 'onderstreepte', 'onderstreepten', 'onderstreept', 'onderstrepen']},
  {lemma: 'vervolgen', forms: ['vervolgt', 'vervolgde', 'vervolgden', 'vervolgen']},
  {lemma: 'aanvoeren', forms: ['voert', 'voerde', 'voerden', 'aangevoerd', 'aanvoeren'], particle: 'aan'},
  {lemma: 'uitroepen', forms: ['roept', 'riep', 'riepen', 'uitgeroepen', 'uitroepen'], particle: 'uit'},
  {lemma: 'mailen', forms: ['mailt', 'mailde', 'mailden', 'gemaild', 'mailen']},
  {lemma: 'sussen', forms: ['sust', 'suste', 'susten', 'gesust', 'sussen']},
  {lemma: 'grappen', forms: ['grapt', 'grapte', 'grapten', 'gegrapt', 'grappen']},
  {lemma: 'glimlachen', forms: ['glimlacht', 'glimlachte', 'glimlachten', 'geglimlacht']},
  {lemma: 'verduidelijken', forms: ['verduidelijkt', 'verduidelijkte', 'verduidelijkten', 'verduidelijken']},
  {lemma: 'herhalen', forms: ['herhaalt', 'herhaalde', 'herhaalden', 'herhaald', 'herhalen']},
  {lemma: 'herinneren', forms: ['herinnert', 'herinnerde', 'herinnerden', 'herinnerd']},
  {lemma: 'vermoeden', forms: ['vermoedt', 'vermoedde', 'vermoedden', 'vermoed']},
  {lemma: 'voorspellen', forms: ['voorspelt', 'voorspelde', 'voorspelden', 'voorspeld']},
  {lemma: 'klinken', forms: ['klinkt', 'klonk']},
  {lemma: 'repliceren', forms: ['repliceert', 'repliceerde', 'repliceerden']},
  {lemma: 'verdedigen', forms: ['verdedigt', 'verdedigde', 'verdedigden']},
  {lemma: 'ontkennen', forms: ['ontkent', 'ontkende', 'ontkenden', 'ontkend']},
  {lemma: 'citeren', forms: ['citeert', 'citeerde']},
  {lemma: 'aanraden', forms: ['raadt', 'raadde', 'raadden', 'aangeraden', 'aanraden'], particle: 'aan'},
  {lemma: 'memoreren', forms: ['memoreert', 'memoreerde', 'memoreerden', 'gememoreerd']},
  {lemma: 'redeneren', forms: ['redeneert', 'redeneerde', 'redeneerden', 'geredeneerd']},
  {lemma: 'toebijten', forms: ['bijt', 'beet', 'beten', 'toegebeten'], particle: 'toe'},
  {lemma: 'pleiten', forms: ['pleit', 'pleitte', 'pleitten', 'gepleit', 'pleiten']},
  {lemma: 'verhalen', forms: ['verhaalt', 'verhaalde', 'verhaalden']},
  {lemma: 'vergelijken', forms: ['vergelijkt', 'vergeleek', 'vergeleken']},
  {lemma: 'omschrijven', forms: ['omschrijft', 'omschreef', 'omschreven']},
  {lemma: 'typeren', forms: ['typeert', 'typeerde', 'typeerden']},
  {lemma: 'bestempelen', forms: ['bestempelt', 'bestempelde', 'bestempelden']},
  {lemma: 'beschrijven', forms: ['beschrijft', 'beschreef']},
  {lemma: 'tweeten', forms: ['tweet', 'tweette', 'tweetten', 'getweet']},
  {lemma: 'fluisteren', forms: ['fluistert', 'fluisterde', 'fluisterden']},
  {lemma: 'schreeuwen', forms: ['schreeuwt', 'schreeuwde', 'schreeuwden']},
  {lemma: 'mopperen', forms: ['moppert', 'mopperde', 'mopperden']},
  {lemma: 'berekenen', forms: ['berekent', 'berekende', 'berekenden']},
  {lemma: 'becijferen', forms: ['becijfert', 'becijferde', 'becijferden']},
  {lemma: 'aankondigen', forms: ['kondigt', 'kondigde', 'kondigden', 'aangekondigd'], particle: 'aan'},
  {lemma: 'zich afvragen', forms: ['vraagt', 'vroeg'], particle: 'af'},
  // More verba dicendi of the ANS list that news uses for a source's words.
  {lemma: 'meedelen', forms: ['deelt', 'deelde', 'deelden', 'meegedeeld'], particle: 'mee'},
  {lemma: 'verkondigen', forms: ['verkondigt', 'verkondigde', 'verkondigden', 'verkondigd']},
  {lemma: 'beklemtonen', forms: ['beklemtoont', 'beklemtoonde', 'beklemtoonden', 'beklemtoond']},
  {lemma: 'verwijten', forms: ['verwijt', 'verweet', 'verweten']},
  {lemma: 'onthullen', forms: ['onthult', 'onthulde', 'onthulden', 'onthuld']},
  {lemma: 'betreuren', forms: ['betreurt', 'betreurde', 'betreurden', 'betreurd']},
  {lemma: 'mompelen', forms: ['mompelt', 'mompelde', 'mompelden', 'gemompeld']},
  {lemma: 'stamelen', forms: ['stamelt', 'stamelde', 'stamelden']},
  {lemma: 'snauwen', forms: ['snauwt', 'snauwde', 'snauwden']},
  {lemma: 'sneren', forms: ['sneert', 'sneerde', 'sneerden']},
  {lemma: 'jubelen', forms: ['jubelt', 'jubelde', 'jubelden']},
  {lemma: 'tegenwerpen', forms: ['werpt', 'wierp', 'wierpen', 'tegengeworpen'], particle: 'tegen'},
  {lemma: 'weerspreken', forms: ['weerspreekt', 'weersprak', 'weerspraken', 'weersproken']},
  {lemma: 'adviseren', forms: ['adviseert', 'adviseerde', 'adviseerden', 'geadviseerd']},
  {lemma: 'betwijfelen', forms: ['betwijfelt', 'betwijfelde', 'betwijfelden', 'betwijfeld']},
  {lemma: 'veronderstellen', forms: ['veronderstelt', 'veronderstelde', 'veronderstelden']},
  {lemma: 'samenvatten', forms: ['vat', 'vatte', 'vatten', 'samengevat'], particle: 'samen'},
  {lemma: 'relativeren', forms: ['relativeert', 'relativeerde', 'relativeerden']},
  {lemma: 'nuanceren', forms: ['nuanceert', 'nuanceerde', 'nuanceerden']},
  {lemma: 'bezweren', forms: ['bezweert', 'bezwoer', 'bezwoeren']},
  {lemma: 'vermelden', forms: ['vermeldt', 'vermeldde', 'vermeldden']},
  {lemma: 'rapporteren', forms: ['rapporteert', 'rapporteerde', 'rapporteerden', 'gerapporteerd']},
  {lemma: 'preciseren', forms: ['preciseert', 'preciseerde', 'preciseerden']},
  {lemma: 'afwijzen', forms: ['wijst', 'wees', 'wezen', 'afgewezen'], particle: 'af'},
  // A body's announcement: `Dat maakte de politie bekend.`
  {lemma: 'bekendmaken', forms: ['bekendgemaakt', 'bekendmaken'], particle: 'bekend'}
]

/** Forms that only count as a cue right after a quote (`'…', staat er`), too common elsewhere. */
export const weakCueForms: ReadonlySet<string> = new Set(['vinden', 'gevonden', 'denken', 'hopen', 'noemen', 'vragen', 'verwachten', 'laten', 'bijt', 'beet', 'beten', 'pleit', 'pleitte', 'klinkt', 'klonk', 'laat', 'laten', 'liet', 'lieten', 'geeft', 'gaf', 'gaven', 'legt', 'legde', 'legden', 'licht', 'voert', 'voerde', 'voerden', 'denkt', 'dacht', 'vindt', 'vond', 'vonden', 'hoopt', 'verwacht', 'noemt', 'noemde', 'spreekt', 'sprak', 'vraagt', 'vroeg', 'vroegen', 'verzoekt', 'verzocht', 'verzochten', 'verzoeken', 'vult', 'vulde', 'merkt', 'merkte', 'roept', 'riep', 'vergelijkt', 'vergeleek', 'vergeleken', 'omschrijft', 'omschreef', 'omschreven', 'typeert', 'typeerde', 'typeerden', 'bestempelt', 'bestempelde', 'bestempelden', 'beschrijft', 'beschreef', 'kondigt', 'kondigde', 'kondigden', 'aangekondigd', 'berekent', 'berekende', 'berekenden', 'becijfert', 'becijferde', 'becijferden', 'deelt', 'deelde', 'deelden', 'werpt', 'wierp', 'wierpen', 'vat', 'vatte', 'vatten', 'wijst', 'wees', 'wezen'])

/**
 * Nouns that make `stellen` a verb of setting, not of saying, right before it (`nadat de gemeente
 * nieuwe eisen stelde`, `voorwaarden stellen`, `grenzen stelt`). Source: the collocations of
 * `stellen` in the Woordenlijst and Van Dale (eisen, voorwaarden, grenzen, doelen stellen). Hand-kept.
 */
export const settingObjects: ReadonlySet<string> = new Set(['eisen', 'eis', 'voorwaarden', 'voorwaarde', 'grenzen', 'grens', 'doelen', 'doel', 'prijs', 'prijzen', 'normen', 'norm', 'regels', 'kaders', 'termijn', 'deadline'])

/** The forms of `stellen`. */
export const settingVerbForms: ReadonlySet<string> = new Set(['stelt', 'stelde', 'stelden', 'gesteld', 'stellen'])

/**
 * Verbs of knowing that report a quote only right after it, inverted: `„…”, weet de
 * woordvoerder.` (`Wat Bos gaat doen, weet hij niet` reports nothing; ANS §18.5, verbs of
 * knowing and thinking as quotative verbs).
 */
export const knowingAfterQuote: ReadonlySet<string> = new Set(['weet', 'wist', 'wisten'])

/** Form (lower case) → the cue verbs it may belong to. */
export const cueForms: ReadonlyMap<string, CueVerb[]> = (() => {
  const map = new Map<string, CueVerb[]>()
  for (const verb of cueVerbs) {
    for (const form of verb.forms) {
      const list = map.get(form)
      if (list) list.push(verb)
      else map.set(form, [verb])
    }
  }
  return map
})()

/**
 * Prepositional cues: `volgens X`, `aldus X`. (`naar eigen zeggen` is read through the form
 * `zeggen`, which makes the sentence's subject the speaker; its cue is reported whole.)
 */
export const prepositionalCues: ReadonlySet<string> = new Set(['volgens', 'aldus'])
