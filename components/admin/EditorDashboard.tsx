import type { Payload, TypedUser } from 'payload'

import { dashboardTiles, type TileKey } from '@/lib/editorial/dashboard'

/** A tile's words for one thing and for several ([one, other]): "1 commentaire", "0 commentaire" in French. */
type Plural = [string, string]

const texts = {
  fr: {
    title: 'Ce qui vous attend',
    tiles: {
      comments: ['commentaire à modérer', 'commentaires à modérer'],
      proposals: ['ressource proposée à relire', 'ressources proposées à relire'],
      reports: ['signalement ouvert', 'signalements ouverts'],
      contactMessages: ['message de contact à traiter', 'messages de contact à traiter'],
      scheduledArticles: ['article programmé', 'articles programmés'],
      newslettersSending: ['newsletter en cours d’envoi', 'newsletters en cours d’envoi'],
      staleStructures: ['structure pas mise à jour depuis un an', 'structures pas mises à jour depuis un an'],
    } satisfies Record<TileKey, Plural>,
  },
  nl: {
    title: 'Wat op je wacht',
    tiles: {
      comments: ['reactie te modereren', 'reacties te modereren'],
      proposals: ['voorgestelde bron na te lezen', 'voorgestelde bronnen na te lezen'],
      reports: ['open melding', 'open meldingen'],
      contactMessages: ['contactbericht te behandelen', 'contactberichten te behandelen'],
      scheduledArticles: ['gepland artikel', 'geplande artikels'],
      newslettersSending: ['nieuwsbrief die wordt verstuurd', 'nieuwsbrieven die worden verstuurd'],
      staleStructures: ['organisatie al een jaar niet bijgewerkt', 'organisaties al een jaar niet bijgewerkt'],
    } satisfies Record<TileKey, Plural>,
  },
}

/**
 * The /admin home for the editorial team (issue 16, point 6): one tile per kind of waiting work, its count and
 * a link to exactly those documents (lib/editorial/dashboard.ts). A server component: counted on each visit.
 */
export async function EditorDashboard({
  payload,
  i18n,
  user,
}: {
  payload: Payload
  i18n: { language: string }
  user?: TypedUser | null
}) {
  const language = i18n.language === 'nl' ? 'nl' : 'fr'
  const t = texts[language]
  const plural = new Intl.PluralRules(language)
  const tiles = await dashboardTiles(payload, user ?? null)
  return (
    <section className="editor-dashboard" aria-labelledby="editor-dashboard-title">
      <h2 id="editor-dashboard-title">{t.title}</h2>
      <ul className="editor-dashboard__tiles">
        {tiles.map(({ key, count, href }) => (
          <li
            key={key}
            className={`editor-dashboard__tile${count > 0 ? ' editor-dashboard__tile--waiting' : ''}`}
            data-tile={key}
          >
            <a href={href}>
              <span className="editor-dashboard__count">{count}</span>
              <span>{t.tiles[key][plural.select(count) === 'one' ? 0 : 1]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
