import type { Payload } from 'payload'

import { monthlyTotals } from '@/lib/accompaniments/totals'

const texts = {
  fr: {
    title: 'Totaux de la plateforme, par mois',
    month: 'Mois',
    count: 'Accompagnements',
    hours: 'Heures',
    people: 'Personnes',
    none: 'Aucun accompagnement sur les douze derniers mois.',
  },
  nl: {
    title: 'Totalen van het platform, per maand',
    month: 'Maand',
    count: 'Begeleidingen',
    hours: 'Uren',
    people: 'Personen',
    none: 'Geen begeleidingen in de laatste twaalf maanden.',
  },
}

/** Above the accompaniments list in /admin: the platform-wide monthly totals that feed impact reporting. */
export async function AccompanimentTotals({ payload, i18n }: { payload: Payload; i18n: { language: string } }) {
  const t = i18n.language === 'nl' ? texts.nl : texts.fr
  const totals = await monthlyTotals(payload, null)
  return (
    <section
      aria-labelledby="accompaniment-totals"
      className="gutter--left gutter--right"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="accompaniment-totals">{t.title}</h2>
      {totals.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              <th scope="col">{t.count}</th>
              <th scope="col">{t.hours}</th>
              <th scope="col">{t.people}</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.count}</td>
                <td>{(m.minutes / 60).toFixed(1)}</td>
                <td>{m.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
