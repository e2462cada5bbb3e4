/**
 * Type tests. `expectTypeOf` does nothing at run time: these are checked by `npm run typecheck`
 * (tsc includes `test/`). The same checks against the built `dist/*.d.ts` are in types-dist.test.ts.
 */
import type {Literals, Nodes, Parents, Root as NlcstRoot, RootContent, SentenceContent, ParagraphContent} from 'nlcst'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFileMessage} from 'vfile-message'
import {unified} from 'unified'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {
  fromNews,
  newsParse,
  listQuotes,
  rules,
  type Byline,
  type Dateline,
  type DateValue,
  type Field,
  type Header,
  type Heading,
  type NewsRoot,
  type Options,
  type Paragraph,
  type Quote,
  type QuoteRecord,
  type Root,
  type RuleId,
  type Section,
  type Speaker,
  type WhiteSpace
} from '../src/index.js'

describe('types', () => {
  it('types fromNews: a string and optional options in, a Root with its speakers out', () => {
    expectTypeOf(fromNews).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(fromNews).returns.toEqualTypeOf<NewsRoot>()
    expectTypeOf<NewsRoot>().toExtend<Root>()
    // No guard needed: the data and its speakers are always there, even for no text.
    expectTypeOf(fromNews('').data.speakers).toEqualTypeOf<Speaker[]>()
    expect(fromNews('').data.speakers).toEqual([])
    expect(fromNews('"Ja", zei Piet.').data.speakers.map((speaker) => speaker.name)).toEqual(['Piet'])
    // @ts-expect-error: only strings are text (and at run time it throws).
    expect(() => fromNews(42)).toThrow(TypeError)
  })

  it('accepts null and undefined for options and for onmessage', () => {
    expectTypeOf<null>().toExtend<Parameters<typeof fromNews>[1]>()
    expectTypeOf<undefined>().toExtend<Parameters<typeof fromNews>[1]>()
    expectTypeOf<{onmessage: null}>().toExtend<Options>()
    expectTypeOf<{onmessage: (message: VFileMessage) => undefined}>().toExtend<Options>()
    expectTypeOf<{}>().toExtend<Options>()
    fromNews('', null)
    fromNews('', {onmessage: null})
    fromNews('', {onmessage(message) {
      expectTypeOf(message).toEqualTypeOf<VFileMessage>()
    }})
  })

  it('narrows nodes on `type`', () => {
    const tree = fromNews('')
    for (const child of tree.children) {
      if (child.type === 'HeaderNode') {
        expectTypeOf(child).toEqualTypeOf<Header>()
        for (const part of child.children) {
          if (part.type === 'FieldNode') {
            expectTypeOf(part).toEqualTypeOf<Field>()
            expectTypeOf(part.name).toEqualTypeOf<string>()
            expectTypeOf(part.value).toEqualTypeOf<string>()
            expectTypeOf(part.date).toEqualTypeOf<DateValue | undefined>()
          }
          if (part.type === 'BylineNode') expectTypeOf(part).toEqualTypeOf<Byline>()
        }
      } else if (child.type === 'SectionNode') {
        expectTypeOf(child).toEqualTypeOf<Section>()
        for (const part of child.children) {
          if (part.type === 'HeadingNode') expectTypeOf(part.depth).toEqualTypeOf<number>()
          if (part.type === 'ParagraphNode') expectTypeOf(part).toEqualTypeOf<Paragraph>()
        }
      } else {
        expectTypeOf(child).toEqualTypeOf<WhiteSpace>()
      }
    }
  })

  it('types DateValue with ISO and numbers only (JSON values, never a Date)', () => {
    expectTypeOf<DateValue['iso']>().toEqualTypeOf<string>()
    expectTypeOf<DateValue['year']>().toEqualTypeOf<number>()
    expectTypeOf<DateValue['month']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<DateValue>().not.toExtend<Date>()
  })

  it('registers the node types in nlcst’s content maps (module augmentation)', () => {
    expectTypeOf<Header>().toExtend<RootContent>()
    expectTypeOf<Section>().toExtend<RootContent>()
    expectTypeOf<Heading>().toExtend<Nodes>()
    expectTypeOf<Field>().toExtend<Nodes>()
    expectTypeOf<Byline>().toExtend<Nodes>()
    expectTypeOf<Dateline>().toExtend<ParagraphContent>()
    expectTypeOf<Quote>().toExtend<ParagraphContent>()
    expectTypeOf<Quote>().toExtend<SentenceContent>()
    expectTypeOf<Header>().toExtend<Parents>()
    expectTypeOf<Section>().toExtend<Parents>()
    expectTypeOf<Quote>().toExtend<Parents>()
    expectTypeOf<Field>().toExtend<Literals>()
    // A newsast root is an nlcst root, so nlcst utilities accept it as is.
    expectTypeOf<Root>().toExtend<NlcstRoot>()
  })

  it('lets unist-util-visit narrow newsast nodes by type', () => {
    visit(fromNews(''), 'FieldNode', (node) => {
      expectTypeOf(node).toEqualTypeOf<Field>()
    })
    visit(fromNews(''), 'SectionNode', (node) => {
      expectTypeOf(node).toEqualTypeOf<Section>()
    })
  })

  it('types listQuotes and the rule catalogue', () => {
    expectTypeOf(listQuotes).parameter(0).toEqualTypeOf<Root>()
    expectTypeOf(listQuotes).returns.toEqualTypeOf<QuoteRecord[]>()
    expectTypeOf<QuoteRecord['position']>().toEqualTypeOf<Position>()
    expectTypeOf<QuoteRecord['speaker']>().toEqualTypeOf<string | null>()
    expectTypeOf<keyof typeof rules>().toEqualTypeOf<RuleId>()
    expectTypeOf<'invalid-date'>().toExtend<RuleId>()
  })

  it('types unified().use(newsParse).parse() as Root', () => {
    expectTypeOf(unified().use(newsParse).parse('')).toEqualTypeOf<Root>()
  })
})
