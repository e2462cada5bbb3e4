/**
 * One colour per speaker, in order of first mention, from a palette chosen to stay apart on
 * white and to keep dark text readable on a light tint of each.
 */
const palette = ['#d1495b', '#2e86ab', '#3a9d5d', '#8e6c8a', '#e08e0b', '#00798c', '#b5651d', '#6a4c93', '#c0392b', '#4f772d']

/** Colour used for quotes whose speaker was not found. */
export const unattributedColour = '#8a8a8a'

export interface SpeakerColours {
  /** The colour for a speaker's key (identifier, or name when the tree has no speaker registry). */
  get(key: string): string
  entries(): Array<[key: string, colour: string]>
}

export function createSpeakerColours(): SpeakerColours {
  const assigned = new Map<string, string>()
  return {
    get(key) {
      let colour = assigned.get(key)
      if (!colour) {
        colour = palette[assigned.size % palette.length]!
        assigned.set(key, colour)
      }
      return colour
    },
    entries: () => [...assigned]
  }
}
