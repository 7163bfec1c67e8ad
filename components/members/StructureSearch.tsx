import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import type { Structure } from '@/payload-types'

/** Search by name, municipality or postcode (a GET form: the search is in the URL), then ask to join. */
export async function StructureSearch({
  action,
  q,
  results,
  join,
}: {
  action: string
  q: string
  results: Structure[] | null
  join: (form: FormData) => Promise<void>
}) {
  const t = await getTranslations('structure')
  return (
    <div>
      <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="block grow text-lg font-semibold">
          {t('search')}
          <input
            name="q"
            defaultValue={q}
            className="mt-1 block min-h-12 w-full rounded-lg border-2 border-slate-500 px-3 text-lg"
          />
        </label>
        <Button type="submit" size="lg">
          {t('searchButton')}
        </Button>
      </form>
      {results === null ? null : results.length ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {results.map((structure) => (
            <li key={structure.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <span className="block font-semibold">{structure.name}</span>
                <span className="text-slate-700">
                  {structure.postcode} {structure.city}
                </span>
              </span>
              <form action={join}>
                <input type="hidden" name="structure" value={structure.id} />
                <Button type="submit" variant="secondary">
                  {t('askToJoin')}
                  <span className="sr-only"> : {structure.name}</span>
                </Button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-lg" role="status">
          {t('noResult')}
        </p>
      )}
    </div>
  )
}
