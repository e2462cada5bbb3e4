/**
 * Read the shape of a newsast tree for assertions: its header fields, byline, dateline and the
 * sections with their headings and paragraph counts (as the scorer reads them).
 */
import {toString} from 'nlcst-to-string'
import type {Byline, Dateline, Field, Header, Heading, Root, Section} from '../../src/index.js'

export interface Outline {
  /** Field name → value as written. */
  header: Record<string, string>
  sections: Array<{heading: string | null; depth: number | null; paragraphs: number}>
}

export function headerOf(tree: Root): Header | undefined {
  return tree.children.find((child): child is Header => child.type === 'HeaderNode')
}

export function sectionsOf(tree: Root): Section[] {
  return tree.children.filter((child): child is Section => child.type === 'SectionNode')
}

export function fieldsOf(tree: Root): Field[] {
  return headerOf(tree)?.children.filter((child): child is Field => child.type === 'FieldNode') ?? []
}

export function fieldOf(tree: Root, name: string): Field | undefined {
  return fieldsOf(tree).find((field) => field.name === name)
}

export function bylineOf(tree: Root): Byline | undefined {
  return headerOf(tree)?.children.find((child): child is Byline => child.type === 'BylineNode')
}

/** The dateline opening the first paragraph of the body, if any. */
export function datelineOf(tree: Root): Dateline | undefined {
  for (const section of sectionsOf(tree)) {
    for (const child of section.children) {
      if (child.type !== 'ParagraphNode') continue
      const first = child.children[0]
      return first && first.type === 'DatelineNode' ? first : undefined
    }
  }
  return undefined
}

export function headingOf(section: Section): Heading | undefined {
  const first = section.children[0]
  return first && first.type === 'HeadingNode' ? first : undefined
}

export function outline(tree: Root): Outline {
  const header: Record<string, string> = {}
  for (const field of fieldsOf(tree)) header[field.name] = field.value
  const sections = sectionsOf(tree).map((section) => {
    const heading = headingOf(section)
    return {
      heading: heading ? toString(heading) : null,
      depth: heading ? heading.depth : null,
      paragraphs: section.children.filter((child) => child.type === 'ParagraphNode').length
    }
  })
  return {header, sections}
}

/** The text of each paragraph of the body, in order. */
export function paragraphTexts(tree: Root): string[] {
  return sectionsOf(tree).flatMap((section) =>
    section.children.filter((child) => child.type === 'ParagraphNode').map((paragraph) => toString(paragraph))
  )
}
