export {fromNews} from './from-news.js'
export {listQuotes} from './quotes/list-quotes.js'
export {newsParse} from './news-parse.js'
export {rules} from './tree/messages.js'
export type {RuleId} from './tree/messages.js'
export type {
  Attribution,
  AttributionMethod,
  Byline,
  Dateline,
  DateValue,
  Field,
  Header,
  HeaderContent,
  Heading,
  Mention,
  NewsRoot,
  Options,
  Paragraph,
  Point,
  Position,
  Punctuation,
  Quote,
  QuoteKind,
  QuoteMarks,
  QuoteRecord,
  Root,
  RootData,
  Section,
  SectionContent,
  Sentence,
  Speaker,
  Text,
  WhiteSpace,
  Word
} from './tree/types.js'
