import { getTranslations } from 'next-intl/server'

import { Card } from '@/components/ui/Card'
import { Link } from '@/i18n/navigation'
import { moduleResources, populatedList } from '@/lib/catalogue/page'
import type { Formation, Module } from '@/payload-types'

const icons = {
  trame: 'M4 4h16v2H4zm0 5h10v2H4zm0 5h16v2H4zm0 5h10v2H4z',
  formation: 'M8 5v14l11-7z',
  fiche: 'M6 2h9l5 5v15H6zm8 1.5V8h4.5zM8 12h8v2H8zm0 4h8v2H8z',
}

/** The three resources of a module, and its exercises, as large links. */
export async function ModuleResourceLinks({ moduleDoc }: { moduleDoc: Module }) {
  const t = await getTranslations('module')
  const { trame, fiche, formation } = moduleResources(moduleDoc)
  const exercises = populatedList<Formation>(moduleDoc.exercises)
  const params = { slug: moduleDoc.slug }
  const items = [
    { key: 'trame', available: Boolean(trame), href: { pathname: '/modules/[slug]/trame', params } },
    { key: 'formation', available: Boolean(formation), href: { pathname: '/modules/[slug]/formation', params } },
    { key: 'fiche', available: Boolean(fiche), href: { pathname: '/modules/[slug]/fiche', params } },
  ] as const

  return (
    <section aria-labelledby="resources" className="mt-8">
      <h2 id="resources" className="text-2xl font-bold">
        {t('resources')}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        {items.map((item) => (
          <Card key={item.key} as="li" variant="link" className="flex flex-col gap-2">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 fill-brand-700">
              <path d={icons[item.key]} />
            </svg>
            <h3 className="text-lg font-bold">
              {item.available ? (
                <Link href={item.href} className="after:absolute after:inset-0 hover:underline">
                  {t(item.key)}
                </Link>
              ) : (
                t(item.key)
              )}
            </h3>
            <p className="text-slate-700">{t(`${item.key}Text`)}</p>
            {item.available ? null : <p className="text-sm font-semibold text-slate-600">{t('notAvailable')}</p>}
          </Card>
        ))}
      </ul>
      {exercises.length ? (
        <div className="mt-6">
          <h3 className="text-xl font-bold">{t('exercises')}</h3>
          <ul className="mt-2 list-disc pl-6">
            {exercises.map((exercise) => (
              <li key={exercise.id}>
                <Link
                  href={{ pathname: '/modules/[slug]/formation', params, query: { exercice: exercise.slug } }}
                  className="text-brand-700 underline"
                >
                  {exercise.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
