import type { Payload, TypedUser } from 'payload'

import { dashboardTiles, type TileKey } from '@/lib/editorial/dashboard'

const texts = {
  fr: {
    title: 'Ce qui vous attend',
    tiles: {
      comments: 'commentaires à modérer',
      proposals: 'ressources proposées à relire',
      reports: 'signalements ouverts',
      contactMessages: 'messages de contact à traiter',
      scheduledArticles: 'articles programmés',
      newslettersSending: 'newsletters en cours d’envoi',
      staleStructures: 'structures pas mises à jour depuis un an',
    } satisfies Record<TileKey, string>,
  },
  nl: {
    title: 'Wat op je wacht',
    tiles: {
      comments: 'reacties te modereren',
      proposals: 'voorgestelde bronnen na te lezen',
      reports: 'open meldingen',
      contactMessages: 'contactberichten te behandelen',
      scheduledArticles: 'geplande artikels',
      newslettersSending: 'nieuwsbrieven die worden verstuurd',
      staleStructures: 'organisaties al een jaar niet bijgewerkt',
    } satisfies Record<TileKey, string>,
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
  const t = i18n.language === 'nl' ? texts.nl : texts.fr
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
              <span>{t.tiles[key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
