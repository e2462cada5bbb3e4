import type {Article} from './article.js'

/**
 * What a signal says of a block: a heading of that depth (a number), a paragraph (`false`), a
 * heading only beside other headings in the article (`'long'`, see `relative-length`), or
 * nothing (`undefined`: the next signal decides). A line no signal decides on is a sub-heading.
 */
export type Verdict = number | false | 'long' | undefined

/** The decisions on the blocks before the one read. */
export interface Decided {
  /** The depth of each block before (`undefined` for a paragraph, and for a long line not yet decided). */
  depths: ReadonlyArray<number | undefined>
  /** Whether any block before is a heading. */
  headed: boolean
}

export interface HeadingSignal {
  /** The signal's name, as the documentation lists it. */
  name: string
  /**
   * @param index The block's index in `article.lines`.
   * @param decided The decisions on the blocks before it.
   */
  read(article: Article, index: number, decided: Decided): Verdict
}
