/**
 * The discourse state: who is talking, since when, and who answers in an interview. The driver
 * (`attribute-quotes.ts`) alone makes a new one, after each sentence that reports speech and
 * after each quote it attributes; the sieves and the resolvers only read it.
 */
import type {Entity} from './find-speakers.js'

export interface Discourse {
  /** The speaker who is talking, and the section they talk in (a section break ends it). */
  readonly current: {readonly entity: Entity; readonly section: number} | undefined
  /** Offset where the current speaker last spoke. */
  readonly since: number
  /** In an interview: who answers the questions. */
  readonly interviewee: Entity | undefined
  /** How many answers in a row the interviewee gave: from two on, the article is an interview. */
  readonly answers: number
  /** Every source that has spoken (or been named as speaking) so far. */
  readonly used: ReadonlySet<Entity>
  /** The speaker whose floor the last section break ended, and the section they talked in. */
  readonly previous: {readonly entity: Entity; readonly section: number} | undefined
}

/** The state before the article's first sentence. */
export function emptyDiscourse(used: ReadonlySet<Entity> = new Set()): Discourse {
  return {current: undefined, since: 0, interviewee: undefined, answers: 0, used, previous: undefined}
}
