'use client'

type Props = {
  error: Error & { digest?: string }
  reset: () => void
  retry?: () => void
}

/**
 * The last resort, when a root layout itself fails: it replaces the whole page, so it brings its own <html> and
 * <body>, no stylesheet and no next-intl. The locale may be unknown, so it speaks French and Dutch side by side.
 * Its few words are written here rather than in messages/*.json: this file is part of every page's client bundle,
 * and importing the catalogues would add both of them, whole, to every page.
 */
export default function GlobalError({ error, reset, retry }: Props) {
  const again = () => (retry ?? reset)()
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '0 auto', maxWidth: '40rem', padding: '4rem 1rem' }}>
        <main style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem' }}>
          <section style={{ flex: '1 1 16rem' }}>
            <h1>Une erreur est survenue</h1>
            <p>Le site n’a pas pu s’afficher. Réessayez dans un instant.</p>
            <button type="button" onClick={again}>
              Réessayer
            </button>{' '}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the root layout failed */}
            <a href="/fr">Retour à l’accueil</a>
          </section>
          <section lang="nl" style={{ flex: '1 1 16rem' }}>
            <h2>Er ging iets mis</h2>
            <p>De site kon niet worden weergegeven. Probeer het zo meteen opnieuw.</p>
            <button type="button" onClick={again}>
              Opnieuw proberen
            </button>{' '}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: the root layout failed */}
            <a href="/nl">Terug naar de startpagina</a>
          </section>
        </main>
        {error.digest ? <p>{`Référence / Referentie\u202f: ${error.digest}`}</p> : null}
      </body>
    </html>
  )
}
