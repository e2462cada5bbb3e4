export {fromNews} from './lib/from-news.js'
export {listQuotes} from './lib/list-quotes.js'
export {newsParse} from './lib/news-parse.js'
export {rules} from './lib/messages.js'
export type {RuleId} from './lib/messages.js'
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
} from './lib/types.js'
