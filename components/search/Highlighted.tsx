import type { Locale } from '@/i18n/locales'
import { highlight } from '@/lib/search/engine'

/** A title or summary with the words a search matched marked, as they are written in it. */
export function Highlighted({ text, terms, locale }: { text: string; terms: string[]; locale: Locale }) {
  if (!terms.length) return <>{text}</>
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
