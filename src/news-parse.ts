/**
 * `newsParse`: a unified parser plugin around `fromNews`, so that
 * `unified().use(newsParse).parse(value)` gives the same tree as `fromNews(value)`, and the
 * problems in the text are reported on the file.
 */
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromNews} from './from-news.js'
import type {Options, Root} from './tree/types.js'

/** Options of the plugin: those of `fromNews` but `onmessage` (messages go to the file). */
export type ParseOptions = Omit<Options, 'onmessage'>

export const newsParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, Root> = function (
  this: Processor,
  options
) {
  const settings = options ?? {}
  // Declared as unified's parsers are: the processor's `parser` takes a document and its file.
  const self = this as unknown as Processor<Root>
  self.parser = parser

  function parser(document: string, file: VFile): Root {
    return fromNews(document, {
      ...settings,
      onmessage(message) {
        message.file = file.path ?? ''
        file.messages.push(message)
      }
    })
  }
}
