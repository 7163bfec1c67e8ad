import type { Locale } from '@/i18n/locales'
import { highlight } from '@/lib/search/engine'

/**
 * A title or a summary with the words the search matched in <mark> (a typo or another form of the word
 * counts: the engine says which index terms each result matched). Dark text on pale yellow keeps the
 * contrast of the text around it (AA); without terms, the plain text.
 */
export function Highlighted({ text, terms, locale }: { text: string; terms: string[]; locale: Locale }) {
  if (!terms.length || !text) return <>{text}</>
  return (
    <>
      {highlight(text, terms, locale).map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-yellow-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
