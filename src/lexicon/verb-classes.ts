/**
 * Classes of Dutch verb forms the attribution rules ask about: modal, finite auxiliary and
 * copular verbs, verbs of hearing and reading, verbs of what a sign says (`staat op`), the forms
 * of `vragen` that put a question to someone, and the verbs that name, describe or judge a thing.
 * Source: hand-kept from Dutch grammar (the modal, auxiliary and copular verbs of the Algemene
 * Nederlandse Spraakkunst, ANS, ch. 18; the other classes by their meaning, with the forms of the
 * Woordenlijst Nederlandse Taal), the forms a rule needs written out. Hand-kept data.
 */

/** Modal verbs: with an indefinite subject they make a general statement (`Een trainer kan …`). */
export const modalVerbs: ReadonlySet<string> = new Set(['kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'hoeft', 'hoeven'])

/** Infinitives of saying after a verb of hearing (`hoorde hem zeggen: …`): the one heard speaks. */
export const sayingInfinitives: ReadonlySet<string> = new Set(['zeggen', 'roepen', 'fluisteren', 'mompelen', 'schreeuwen', 'vragen', 'zingen', 'scanderen', 'mopperen', 'klagen', 'brommen', 'grommen', 'zuchten', 'verzuchten', 'juichen', 'lachen', 'foeteren', 'snauwen', 'sissen', 'grappen', 'antwoorden', 'praten']) 

/** The finite forms of `hebben` that make a perfect tense (`„…”, had hij gezegd`). */
export const perfectAuxiliaries: ReadonlySet<string> = new Set(['heeft', 'hebben', 'had', 'hadden'])

/** Finite verbs that follow a subject and its relative clause: `De buurman die het zag | heeft …`. */
export const finiteAuxiliaries: ReadonlySet<string> = new Set([
  ...modalVerbs, ...perfectAuxiliaries, 'is', 'was', 'zijn', 'waren', 'wordt', 'worden', 'werd', 'werden'
])

/** Verbs whose subject hears or reads the words quoted, rather than says them. */
export const perceptionVerbs: ReadonlySet<string> = new Set(['hoor', 'hoort', 'hoorde', 'hoorden', 'gehoord', 'lees', 'leest', 'las', 'lazen', 'gelezen'])

/** `staat op`: what a sign, a banner or a shirt says. */
export const standingVerbs: ReadonlySet<string> = new Set(['staat', 'stond', 'staan', 'stonden', 'prijkt', 'prijkte', 'prijken', 'prijkten'])

/** The forms of `vragen` that put a question to someone (`vroeg hem`). */
export const askingForms: ReadonlySet<string> = new Set(['vraagt', 'vragen', 'vroeg', 'vroegen'])

/** Verbs of asking for something, whose object may stand between them and the request (`vraagt het college ‘…’`, `verzoekt de raad ‘…’`). */
export const requestingForms: ReadonlySet<string> = new Set([...askingForms, 'verzoekt', 'verzoeken', 'verzocht', 'verzochten'])

/**
 * Verbs of noticing and expecting that give a body's view with a clause after them (`De bond ziet
 * dat …`, `Het ziekenhuis merkt vaak dat …`, `De gemeente vreest dat …`). Hand-kept.
 */
export const noticingVerbs: ReadonlySet<string> = new Set(['ziet', 'zag', 'zien', 'zagen', 'merkt', 'merkte', 'merken', 'merkten', 'constateert', 'constateerde', 'signaleert', 'signaleerde', 'vreest', 'vreesde', 'verwacht', 'verwachtte', 'hoopt', 'hoopte', 'ervaart', 'ervoer'])

/**
 * Words with which a sentence gives its subject's view rather than an act (`De gemeente ziet
 * dat anders`, `De bond is het er niet mee eens`, `Het ministerie is tevreden`): such a subject
 * is one who talks. Hand-kept: the adjectives of judgement and feeling that news uses with a
 * source as subject.
 */
export const viewWords: ReadonlySet<string> = new Set([
  'anders', 'eens', 'oneens', 'tevreden', 'ontevreden', 'blij', 'teleurgesteld', 'enthousiast', 'kritisch', 'positief',
  'negatief', 'sceptisch', 'bezorgd', 'optimistisch', 'pessimistisch', 'verbaasd', 'boos', 'verheugd', 'terughoudend',
  // Feelings about the news (`De supporters zijn woedend.`, `De club is somber.`).
  'woedend', 'kwaad', 'furieus', 'somber', 'ongerust', 'verontwaardigd', 'geschrokken', 'geschokt', 'ontdaan', 'opgelucht', 'trots',
  'ontstemd', 'hoopvol', 'twijfels',
  // (`het zat zijn`, Flemish `het beu zijn`: `De buren zijn het zat.`)
  'zat', 'beu',
  // Verbs of stance towards what others say (`De gemeente verwerpt de kritiek.`, `De bond
  // begrijpt de zorgen.`, `herkent zich niet in het beeld`).
  'verwerpt', 'verwierp', 'verwerpen', 'betwist', 'betwistte', 'betwisten', 'bestrijdt', 'bestreed', 'bestrijden'
])

/** Nouns that give a view after a reflexive `zich` (`Ouders maken zich zorgen.`). Hand-kept. */
export const reflexiveViewNouns: ReadonlySet<string> = new Set(['zorgen'])

/**
 * Looking back or ahead (`De club blikt terug op …`, `Het bestuur kijkt vooruit`): a body that
 * does so gives its view. The verbs' forms, and the particles that make them so. Hand-kept.
 */
export const lookingForms: ReadonlySet<string> = new Set(['blikt', 'blikte', 'blikten', 'kijkt', 'keek', 'keken'])

export const lookingParticles: ReadonlySet<string> = new Set(['terug', 'vooruit'])

/** Forms of the verbs of answering: who answers a question did not ask it (`„…?” Bos antwoordde dat …`). Hand-kept. */
export const answeringForms: ReadonlySet<string> = new Set(['antwoordt', 'antwoordde', 'antwoordden', 'antwoorden', 'repliceert', 'repliceerde', 'pareert', 'pareerde'])

/** The forms of `vragen` with the writer as subject: `Ik vroeg de kassière …`, `We vragen …`. */
export const writerAskingForms: ReadonlySet<string> = new Set(['vroeg', 'vraag', 'vroegen', 'vragen'])

/** Forms of talking with someone the writer uses before `met` (`Ik sprak met een verpleegkundige`). */
export const writerTalkingForms: ReadonlySet<string> = new Set(['sprak', 'spraken', 'spreek', 'spreken', 'praatte', 'praatten', 'praat', 'praten'])

/** Forms of meeting someone the writer uses with the one met as object (`Ik sprak de burgemeester`, `We bezochten een boer`). */
export const writerMeetingForms: ReadonlySet<string> = new Set(['sprak', 'spraken', 'spreek', 'spreken', 'interviewde', 'interviewden', 'bezocht', 'bezochten', 'ontmoette', 'ontmoetten', 'zocht', 'zochten'])

/** Forms that tell of sound or appearance more often than of speech (`het klinkt ‘goed’`). */
export const soundingForms: ReadonlySet<string> = new Set(['klinkt', 'klonk'])

/** Verbs that join a subject to what it is or feels: `is`, `zijn`, `voelt zich`. */
export const copulas: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren', 'blijkt', 'bleek', 'lijkt', 'leek', 'toont', 'toonde', 'voelt', 'voelde'])

/**
 * Verbs after a quote and its comma that equate the quote with a noun of utterance and its owner:
 * `„…”, luidt de reactie van de bond`, `„…”, is het antwoord van de minister`, `„…”, aldus de
 * verklaring van het bedrijf`. Hand-kept.
 */
export const equatingAfterQuote: ReadonlySet<string> = new Set(['luidt', 'luidde', 'is', 'was', 'aldus'])

/** The finite forms of `krijgen`, a function word that is a main verb too (`Sindsdien kreeg hij twee brieven.`). */
export const receivingForms: ReadonlySet<string> = new Set(['krijgt', 'kreeg', 'krijgen', 'kregen'])

/**
 * Singular finite verbs of place and motion (most of them function words too), after which a
 * fronted phrase's subject follows: `Buiten de rechtbank stond Ria de Boer`, `Naast me zat een
 * man`, `Na de zitting kwam …`.
 */
export const placingVerbs: ReadonlySet<string> = new Set([
  'staat', 'stond', 'zit', 'zat', 'ligt', 'lag', 'komt', 'kwam', 'gaat', 'ging', 'blijft', 'bleef', 'wacht', 'wachtte', 'loopt', 'liep',
  // (The plural, for a group counted: `Op het bankje zitten twee vriendinnen.`)
  'staan', 'stonden', 'zitten', 'zaten', 'liggen', 'lagen', 'komen', 'kwamen', 'gaan', 'gingen', 'blijven', 'bleven', 'wachten', 'lopen', 'liepen'
])

/** Numbers that count a small group of people after such a verb (`twee vriendinnen`, `drie buurmannen`). */
export const groupCounts: ReadonlySet<string> = new Set(['twee', 'drie', 'vier', 'vijf', 'zes', 'enkele'])

/** Adverbs that may stand between such a verb and its subject: `Op het plein staat ook een buurman`. */
export const placingAdverbs: ReadonlySet<string> = new Set(['ook', 'nog', 'er', 'al', 'dan'])

/**
 * Finite forms of `bekendmaken` (`Dat maakte de politie bekend.`): a body's announcement when
 * `bekend` follows in the clause. Too common alone (`maakt het moeilijk`) to be cue forms.
 */
export const announcingForms: ReadonlySet<string> = new Set(['maakt', 'maakte', 'maakten'])

/**
 * Finite verbs that take a cue's participle or infinitive at the end of the clause after a
 * fronted `Dat`: `Dat heeft de bond laten weten`, `Dat bleef hij volhouden`, `Dat wil ze wel
 * kwijt`. (The perfect auxiliaries, the modals, and `blijven`.)
 */
export const auxiliaryBeforeCue: ReadonlySet<string> = new Set([...perfectAuxiliaries, ...modalVerbs, 'blijft', 'bleef', 'bleven'])

/** The forms of `willen`, which with `weten` or `kwijt` asks or says: `wilde Kok weten`, `wil de bond kwijt`. */
export const wantingForms: ReadonlySet<string> = new Set(['wil', 'wilde', 'wilden', 'willen', 'wou'])

/** Infinitives after `willen` that make it a verb of saying or asking. */
export const wantingToSay: ReadonlySet<string> = new Set(['weten', 'kwijt'])

/** The singular forms of `blijken`, after a fronted source: `Uit het rapport blijkt …`. */
export const turningOutForms: ReadonlySet<string> = new Set(['blijkt', 'bleek'])

/**
 * The singular forms of `staan`, after a fronted document: `In het rapport staat …`. (Fewer
 * than `standingVerbs`: no plural, no `prijkt`.)
 */
export const singularStandingForms: ReadonlySet<string> = new Set(['staat', 'stond'])

/** `heten`: `‘…’, heet die grond`: the quote is a name. */
export const namingForms: ReadonlySet<string> = new Set(['heet', 'heten', 'heette', 'heetten'])

/**
 * Finite forms of `maken` with an object and a predicate (`maakt de regel ‘onwerkbaar’`): the
 * quote after the object is what it is made, not the object's name.
 */
export const makingForms: ReadonlySet<string> = new Set(['maakt', 'maakte', 'maakten', 'maken'])

/**
 * Forms of verbs of denying (`ontkennen`, `betwisten`, `weerspreken`, `bestrijden`): after a
 * quote (`„…” Bos ontkent dat.`, `Dat betwist de bond.`) they answer words someone else said.
 */
export const denyingForms: ReadonlySet<string> = new Set([
  'ontkent', 'ontkende', 'ontkenden', 'ontkennen', 'ontkend', 'betwist', 'betwistte', 'betwistten', 'betwisten',
  'weerspreekt', 'weersprak', 'weerspraken', 'weersproken', 'bestrijdt', 'bestreed', 'bestreden'
])

/**
 * Verb-final forms that end a `zoals` clause telling whose words a quote is (`‘…’, zoals de club
 * de derby vooraf aanprees`, `zoals een supporter het verwoordde`), beside the cues. Hand-kept.
 */
export const puttingForms: ReadonlySet<string> = new Set([
  'verwoordt', 'verwoordde', 'verwoordden', 'formuleert', 'formuleerde', 'formuleerden', 'aanprijst', 'aanprees', 'aanprezen',
  'uitdrukte', 'uitdrukten', 'samenvatte', 'samenvatten', 'uitlegde', 'uitlegden'
])

/**
 * Gestures of response (`schudt haar hoofd`, `knikt`, `grinnikt`, `haalt zijn schouders op`):
 * one who makes them in answer takes the floor, family too (`Zijn kleindochter schudt haar
 * hoofd. „Nee opa.”`). Hand-kept.
 */
export const respondingGestures: ReadonlySet<string> = new Set([
  'knikt', 'knikte', 'knikken', 'knikten', 'schudt', 'schudde', 'schudden', 'grinnikt', 'grinnikte', 'fronst', 'fronste',
  'haalt', 'haalde', 'zucht', 'zuchtte', 'glimlacht', 'glimlachte', 'lacht', 'lachte', 'protesteert', 'protesteerde', 'onderbreekt', 'onderbrak'
])

/** Forms of verbs that describe or praise a thing as something (`omschrijven als`, `afdoen als`, `wegzetten als`, `prijzen als`). */
export const describingVerbs: ReadonlySet<string> = new Set([
  'omschrijft', 'omschreef', 'omschreven', 'omschrijven', 'beschrijft', 'beschreef', 'beschreven', 'beschrijven',
  'bestempelt', 'bestempelde', 'bestempelden', 'bestempeld', 'typeert', 'typeerde', 'typeerden', 'getypeerd',
  'kwalificeert', 'kwalificeerde', 'gekwalificeerd', 'betitelt', 'betitelde', 'betiteld', 'afdoet', 'afdeed', 'afgedaan',
  'wegzet', 'wegzette', 'weggezet', 'afschildert', 'afschilderde', 'afgeschilderd', 'karakteriseert', 'karakteriseerde',
  // Praise as something (`De jury prees hem als ‘…’`).
  'prijst', 'prees', 'prezen', 'geprezen', 'looft', 'loofde', 'loofden', 'roemt', 'roemde', 'roemden', 'geroemd'
])

/**
 * Verbs with an object and a predicate (`vindt het ‘super’`, `noemde het ‘een schande’`): `het`
 * after them is the object, and the quote the speaker's judgement, not a noun after an article.
 */
export const judgingVerbs: ReadonlySet<string> = new Set([
  'vind', 'vindt', 'vinden', 'vond', 'vonden', 'gevonden', 'noem', 'noemt', 'noemen', 'noemde', 'noemden', 'genoemd',
  'acht', 'achten', 'achtte', 'achtten', 'geacht'
])

/**
 * Verbs of opening, closing or putting words (`„…” Zo opende Kees Vos de vergadering.`, `Zo
 * verwoordde zij het.`): after `Zo` and the quote, their subject is who said it. Hand-kept.
 */
export const framingForms: ReadonlySet<string> = new Set([
  'opent', 'opende', 'begint', 'begon', 'besluit', 'besloot', 'sluit', 'sloot', 'eindigt', 'eindigde', 'vat', 'vatte', 'verwoordt', 'verwoordde',
  'omschrijft', 'omschreef', 'beschrijft', 'beschreef', 'formuleert', 'formuleerde', 'typeert', 'typeerde', 'karakteriseert', 'karakteriseerde'
])

/**
 * Nouns of a feeling that a body or a place is said to have (`Bij de stichting is de opluchting
 * groot.`, `Bij de club heerst verbazing.`): the body's view. Hand-kept.
 */
export const feelingNouns: ReadonlySet<string> = new Set([
  'opluchting', 'teleurstelling', 'vreugde', 'blijdschap', 'woede', 'boosheid', 'verbazing', 'verbijstering', 'ontsteltenis',
  'onrust', 'ongerustheid', 'zorg', 'zorgen', 'verdriet', 'frustratie', 'onbegrip', 'tevredenheid', 'trots', 'scepsis'
])
