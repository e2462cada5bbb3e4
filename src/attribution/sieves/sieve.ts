/**
 * The shape of a sieve: one attribution rule, tried in the order of `sieves/index.ts`. A sieve
 * reads the quote, the evidence at its marks and the discourse state, and says who spoke, or
 * nothing; it changes no state (the driver does, after each quote).
 */
import type {PlacedQuote} from '../../quotes/place-quotes.js'
import type {AttributionMethod} from '../../tree/types.js'
import type {Article, TokenPlace} from '../article.js'
import type {Discourse} from '../discourse.js'
import type {Entity} from '../find-speakers.js'
import type {Token} from '../read-tokens.js'

/** A speaker found for a quote, and how. */
export interface Found {
  entity: Entity
  mention: string | null
  cue: string | null
  method: AttributionMethod
  /** Whether the evidence is explicit: a cue, a colon or a dash at the quote, or a colon introduction. */
  local: boolean
  /** A source named in passing (`wat de bond omschreef als ‘…’`): it does not take the floor. */
  passing?: boolean
}

/** Where a quote stands in the article: its marks' tokens and the blocks that hold them. */
export interface Evidence {
  readonly article: Article
  /** The quote's `open` token. */
  readonly open: TokenPlace
  /** Its `close` token (the `open` one when none was found). */
  readonly close: TokenPlace
  readonly openTokens: Token[]
  readonly closeTokens: Token[]
}

export interface Sieve {
  /** A short name (its file's), for tests and measurements. */
  readonly name: string
  find(quote: PlacedQuote, evidence: Evidence, discourse: Discourse): Found | undefined
}
