/**
 * The labels Dutch news sites and blogs print before a credit line under a photo, a video or
 * the article itself (`Foto: ANP`, `Beeld Getty Images`, `Tekst en foto: …`).
 *
 * Source: the credit lines of the photo and video captions of NOS, De Telegraaf, Het Financieele
 * Dagblad, de Volkskrant, NRC and the regional dailies of DPG Media, as their sites print them;
 * lower case, matched at the start of a line followed by `:`, `©`, `/` or an agency in capitals.
 */
export const creditLabels: ReadonlySet<string> = new Set([
  'foto',
  "foto's",
  'fotografie',
  'beeld',
  'beelden',
  'illustratie',
  'video',
  'tekst',
  'tekst en foto',
  'tekst en beeld',
  'credit',
  'credits',
  'bron'
])

/** The labels of a photo's credit alone (`Foto: Sjoukje Bosma`): the name after them is the photographer's. */
export const photoCreditLabels: ReadonlySet<string> = new Set(['foto', 'beeld', 'fotografie', 'illustratie'])
