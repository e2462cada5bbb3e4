/**
 * The newsast syntax tree: nlcst, extended with the structure of a news article.
 *
 * The spec, with an example per node, is `docs/newsast.md`. The new node types are
 * registered in nlcst's content maps (module augmentation, at the bottom of this file) so
 * that nlcst utilities and retext plugins accept a newsast tree as it is.
 */
import type {
  Data,
  Literal,
  Paragraph,
  Parent,
  Punctuation,
  Sentence,
  SentenceContent,
  Text,
  WhiteSpace,
  Word
} from 'nlcst'
import type {Position} from 'unist'

export type {Paragraph, Punctuation, Sentence, Text, WhiteSpace, Word}
export type {Position, Point} from 'unist'

/** A normalised date, read from a header field such as `date 2019-03` or `8 maart 2019`. */
export interface DateValue {
  /** ISO 8601 form: `2019-03`, `2019-03-08`, or `2019-03-08T12:30:00+01:00`. */
  iso: string
  year: number
  /** 1–12, where the date has a month. */
  month?: number
  /** 1–31, where the date has a day. */
  day?: number
  /** `HH:MM` or `HH:MM:SS`, where the date has a time. */
  time?: string
  /** `Z` or `±HH:MM`, where the date-time has an offset. */
  timezone?: string
}

/** Data a root holds: the registry of the article's speakers. */
export interface RootData extends Data {
  /** Every source the article quotes or cites, in order of first mention. */
  speakers?: Speaker[]
}

/** One source: a person, an organisation, or an unnamed noun phrase ("een woordvoerder"). */
export interface Speaker {
  /** Stable within one tree: `s1`, `s2`, … in order of first mention. */
  identifier: string
  /** The fullest form of the name that the article uses, or the noun phrase of an unnamed source. */
  name: string
  /** Other forms the article uses for this source (surnames, initialisms), as written. */
  aliases: string[]
  /** Roles and appositions the article gives the source ("onderminister voor Buitenlandse Zaken"). */
  roles: string[]
  /** `'female'` or `'male'` where the article shows it (pronouns, titles), else `null`. */
  gender: 'female' | 'male' | null
  /** Where the article names the source, as written. */
  mentions: Mention[]
}

/** A place where a source is named, as written. */
export interface Mention {
  value: string
  position: Position
}

/** How a quote's speaker was found. */
export interface Attribution {
  /** The speaker's identifier in `root.data.speakers`, or `null` when no speaker was found. */
  speaker: string | null
  /** The speaker's canonical name, or `null`. */
  name: string | null
  /** How the speaker is named at the cue, as written (`'de onderminister'`, `'haar'`). */
  mention: string | null
  /** The cue words as written (`'aldus'`, `'zei'`, `'liet weten'`). */
  cue: string | null
  /** Which rule decided: see README § Algorithm. */
  method: AttributionMethod | null
}

export type AttributionMethod =
  | 'cue'
  | 'colon'
  | 'dash'
  | 'pronoun'
  | 'role'
  | 'carry-over'
  | 'introduction'
  | 'context'
  | 'subject'
  | 'pull-quote'

export type QuoteKind = 'direct' | 'partial' | 'scare'

/** The marks of a quotation style, as written. */
export interface QuoteMarks {
  open: string | null
  close: string | null
}

/** The article's header: metadata fields, and a byline. */
export interface Header extends Parent {
  type: 'HeaderNode'
  children: HeaderContent[]
  data?: Data | undefined
}

export type HeaderContent = Field | Byline | Text | Punctuation | WhiteSpace

/**
 * The value of one metadata field (`title: …`, `date 2019-03`, or an inferred headline).
 * A literal: its `value` is the value as written; the field's name as written, the colon and
 * the white space before it are its siblings in the header (`TextNode`, `PunctuationNode`,
 * `WhiteSpaceNode`), so the header stays lossless.
 */
export interface Field extends Literal {
  type: 'FieldNode'
  /** The field's name, lower-cased (`title`, `date`, `source`). */
  name: string
  /** The value as written, trimmed. */
  value: string
  /** The normalised date, for a value that reads as a valid date. */
  date?: DateValue | undefined
  data?: Data | undefined
}

/** A byline: `Door Jan Jansen`. */
export interface Byline extends Parent {
  type: 'BylineNode'
  /** The names after `Door`/`Van`, as written. */
  name: string
  children: Array<Text | WhiteSpace | Punctuation>
  data?: Data | undefined
}

/** A dateline opening the first paragraph: `AMSTERDAM (ANP) -`. */
export interface Dateline extends Parent {
  type: 'DatelineNode'
  /** The place, as written (`AMSTERDAM`). */
  place: string
  /** The news agency in parentheses, if any (`ANP`). */
  agency: string | null
  children: Array<Text | WhiteSpace | Punctuation>
  data?: Data | undefined
}

/** A part of the article, opened by a sub-heading or by the start of the body. */
export interface Section extends Parent {
  type: 'SectionNode'
  children: SectionContent[]
  data?: Data | undefined
}

export type SectionContent = Heading | Paragraph | WhiteSpace

/** A sub-heading ("Gesprekken stukgelopen") or a Markdown `#` heading. */
export interface Heading extends Parent {
  type: 'HeadingNode'
  /** 1–6 for Markdown headings (`#` count), `2` for a plain sub-heading line. */
  depth: number
  children: Array<Sentence | WhiteSpace | Punctuation | Quote>
  data?: Data | undefined
}

/** A quotation: its marks and its content, with its kind and speaker. */
export interface Quote extends Parent {
  type: 'QuoteNode'
  kind: QuoteKind
  /** The marks, as written; `close` is `null` for a quote left open (and for a part of a multi-paragraph quote). */
  marks: QuoteMarks
  /** Shared by the parts of one quote that runs over several paragraphs (mdast's Association). */
  identifier: string
  /** 0 for the first (or only) part of a quote, 1, 2, … for its continuations in later paragraphs. */
  part: number
  /** Whether this quote sits inside another quote. */
  nested: boolean
  attribution: Attribution | null
  children: Array<SentenceContent | Sentence>
  data?: Data | undefined
}

/** The root of a newsast tree. */
export interface Root extends Parent {
  type: 'RootNode'
  children: Array<Header | Section | WhiteSpace>
  data?: RootData | undefined
}

/**
 * The root that `fromNews` returns: a `Root` whose `data.speakers` is always there (empty when
 * the article names no source), so strict code reads `fromNews(text).data.speakers` as it is.
 */
export interface NewsRoot extends Root {
  data: RootData & {speakers: Speaker[]}
}

/** What `listQuotes` returns for each quote (docs/newsast.md § QuoteRecord). */
export interface QuoteRecord {
  kind: QuoteKind
  /** The quoted words, marks excluded. */
  text: string
  /** From the opening mark through the closing mark (for an unclosed quote: the end of its paragraph). */
  position: Position
  speaker: string | null
  mention: string | null
  cue: string | null
  method: AttributionMethod | null
  nested: boolean
  /** Identifier of the quote (shared with its `QuoteNode`s). */
  identifier: string
  /** Identifier of the speaker in `root.data.speakers`, or `null`. */
  speakerIdentifier: string | null
}

/** Options for `fromNews`. */
export interface Options {
  /** Called with each problem found in the text (a `VFileMessage` with a `ruleId`). */
  onmessage?: ((message: import('vfile-message').VFileMessage) => undefined | void) | null | undefined
}


declare module 'nlcst' {
  // Every node goes here too: nlcst's `Parent` takes its children from this map.
  interface RootContentMap {
    byline: Byline
    dateline: Dateline
    field: Field
    header: Header
    heading: Heading
    quote: Quote
    section: Section
  }
  interface ParagraphContentMap {
    quote: Quote
    dateline: Dateline
  }
  interface SentenceContentMap {
    quote: Quote
  }
  interface RootData {
    speakers?: Speaker[]
  }
}
