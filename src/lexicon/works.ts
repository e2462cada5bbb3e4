/**
 * Nouns for works of art and media, after which a capitalised name is the work's title, not a
 * person (`de opera Tosca`, `het nummer Blue Moon`, `de praatshow Op Zondag`).
 * Source: the genre nouns of the Woordenlijst Nederlandse Taal for music, film, television,
 * literature, stage and visual art (hand-picked); a compound ending in one counts too
 * (`speelfilm`, `debuutalbum`). Hand-kept data.
 */

import {createSuffixSet} from './suffix-set.js'

export const workNouns: ReadonlySet<string> = new Set([
  'opera', 'operette', 'musical', 'ballet', 'symfonie', 'nummer', 'lied', 'liedje', 'song', 'single', 'album', 'hit', 'clip',
  'film', 'documentaire', 'serie', 'programma', 'show', 'talkshow', 'podcast', 'hoorspel', 'voorstelling', 'toneelstuk',
  'boek', 'roman', 'bundel', 'gedicht', 'biografie', 'memoires', 'thriller', 'kinderboek', 'novelle', 'strip', 'schilderij', 'tentoonstelling', 'expositie', 'game', 'titel'
])

const workSuffixes = createSuffixSet(workNouns)

/** Whether `word` (lower case) names a kind of work, or is a compound ending in one (`speelfilm`). */
export function isWorkNoun(word: string): boolean {
  return workSuffixes.isOrEndsIn(word, 4)
}
