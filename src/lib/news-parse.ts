/**
 * `newsParse`: a unified parser plugin around `fromNews`, so that
 * `unified().use(newsParse).parse(value)` gives the same tree as `fromNews(value)`, and the
 * problems in the text are reported on the file.
 */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromNews} from './from-news.js'
import type {Options, Root} from './types.js'

export function newsParse(this: Processor<Root>, options?: Readonly<Omit<Options, 'onmessage'>> | null): undefined {
  const settings = options ?? {}
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this
  self.parser = parser

  function parser(document: string, file: VFile): Root {
    return fromNews(document, {
      ...settings,
      onmessage(message) {
        file.messages.push(message)
        message.file = file.path ?? ''
      }
    })
  }
}
