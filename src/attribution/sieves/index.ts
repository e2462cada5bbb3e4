/**
 * The sieves, in the order they are tried (README § Algorithm): explicit evidence at the quote
 * first, then the sentence and the paragraph around it, then the discourse. The first that
 * finds a speaker decides; see `attribute-quotes.ts` for what the driver does around them.
 */
import {answer} from './answer.js'
import {carryOver} from './carry-over.js'
import {colonBefore} from './colon-before.js'
import {cueAfter} from './cue-after.js'
import {cueBefore} from './cue-before.js'
import {cueLater} from './cue-later.js'
import {cueNextSentence} from './cue-next-sentence.js'
import {dashAfter} from './dash-after.js'
import {describedAs} from './described-as.js'
import {introducedAfter} from './introduced-after.js'
import {introduction} from './introduction.js'
import {nearestPerson} from './nearest-person.js'
import {newerPerson} from './newer-person.js'
import {nextPerson} from './next-person.js'
import {otherParty} from './other-party.js'
import {questionReply} from './question-reply.js'
import {relativeClause} from './relative-clause.js'
import {sectionCarry} from './section-carry.js'
import type {Sieve} from './sieve.js'
import {subject} from './subject.js'

export type {Evidence, Found, Sieve} from './sieve.js'

export const sieves: readonly Sieve[] = [
  cueAfter,
  dashAfter,
  colonBefore,
  describedAs,
  cueBefore,
  cueLater,
  cueNextSentence,
  relativeClause,
  subject,
  introduction,
  answer,
  introducedAfter,
  newerPerson,
  questionReply,
  carryOver,
  nearestPerson,
  nextPerson,
  otherParty,
  sectionCarry
]
