/**
 * Classes of Dutch verb forms the attribution rules ask about: modal and finite auxiliary verbs,
 * verbs of hearing and reading, verbs of what a sign says (`staat op`), and the forms of
 * `vragen` that put a question to someone.
 * Source: hand-kept from Dutch grammar (the modal and auxiliary verbs of the Algemene
 * Nederlandse Spraakkunst, ANS, ch. 18; the other classes by their meaning), all persons and
 * tenses written out. Hand-kept data.
 */

/** Modal verbs: with an indefinite subject they make a general statement (`Een trainer kan …`). */
export const modalVerbs: ReadonlySet<string> = new Set(['kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'zal', 'zullen', 'zou', 'zouden', 'wil', 'willen', 'hoeft', 'hoeven'])

/** Finite verbs that follow a subject and its relative clause: `De buurman die het zag | heeft …`. */
export const finiteAuxiliaries: ReadonlySet<string> = new Set([
  ...modalVerbs, 'heeft', 'hebben', 'had', 'hadden', 'is', 'was', 'zijn', 'waren', 'wordt', 'worden', 'werd', 'werden'
])

/** Verbs whose subject hears or reads the words quoted, rather than says them. */
export const perceptionVerbs: ReadonlySet<string> = new Set(['hoort', 'hoorde', 'hoorden', 'gehoord', 'leest', 'las', 'lazen', 'gelezen'])

/** `staat op`: what a sign, a banner or a shirt says. */
export const standingVerbs: ReadonlySet<string> = new Set(['staat', 'stond', 'staan', 'stonden', 'prijkt', 'prijkte', 'prijken', 'prijkten'])

/** The forms of `vragen` that put a question to someone (`vroeg hem`). */
export const askingForms: ReadonlySet<string> = new Set(['vraagt', 'vroeg', 'vroegen'])

/**
 * Words with which a sentence gives its subject's view rather than an act (`De gemeente ziet
 * dat anders`, `De bond is het er niet mee eens`, `Het ministerie is tevreden`): such a subject
 * is one who talks. Hand-kept: the adjectives of judgement and feeling that news uses with a
 * source as subject.
 */
export const viewWords: ReadonlySet<string> = new Set([
  'anders', 'eens', 'oneens', 'tevreden', 'ontevreden', 'blij', 'teleurgesteld', 'enthousiast', 'kritisch', 'positief',
  'negatief', 'sceptisch', 'bezorgd', 'optimistisch', 'pessimistisch', 'verbaasd', 'boos', 'verheugd', 'terughoudend'
])
