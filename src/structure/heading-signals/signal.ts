import type {Article} from './article.js'

/**
 * What a signal says of a block: a heading of that depth (a number), a paragraph (`false`), a
 * heading only beside other headings in the article (`'long'`, see `relative-length`), or
 * nothing (`undefined`: the next signal decides). A line no signal decides on is a sub-heading.
 */
export type Verdict = number | false | 'long' | undefined

export interface HeadingSignal {
  /** The signal's name, as the documentation lists it. */
  name: string
  /**
   * @param index The block's index in `article.lines`.
   * @param depths The decisions on the blocks before it (`undefined` for a paragraph).
   */
  read(article: Article, index: number, depths: ReadonlyArray<number | undefined>): Verdict
}
