import { getTranslations } from 'next-intl/server'

import { PlaceCard } from './PlaceCard'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { criteriaQuery, type Criteria } from '@/lib/orientation/criteria'
import type { OrientationAnswer } from '@/lib/orientation/query'
import { nearRadiusKm } from '@/lib/map/search'
import { placeArgs } from '@/lib/text/elision'

type Found = Extract<OrientationAnswer, { status: 'found' }>

/**
 * The nearest places, what had to be dropped to find them, and a GET form to the printable sheet that
 * carries the answers and the picked places in its URL.
 */
export async function OrientationResults({
  locale,
  criteria,
  answer,
}: {
  locale: Locale
  criteria: Criteria
  answer: Found
}) {
  const t = await getTranslations('orientation')
  const carried = Object.entries(criteriaQuery({ ...criteria, picked: [] })).flatMap(([name, value]) =>
    [value].flat().map((v) => ({ name, value: v })),
  )
  return (
    <section aria-labelledby="results-title" className="mt-4">
      <h2 id="results-title" className="text-2xl font-bold">
        {t('resultsTitle', placeArgs(answer.origin.label))}
      </h2>
      {answer.relaxed.length ? (
        <div role="status" className="mt-3 space-y-2">
          {answer.relaxed.map((step) => (
            <Notice key={step} tone="warning" className="text-lg">
              {t(`relaxed.${step}`, { km: nearRadiusKm })}
            </Notice>
          ))}
        </div>
      ) : null}
      {answer.places.length ? (
        <form method="get" action={getPathname({ href: '/orientation/fiche', locale })} className="mt-4">
          {carried.map(({ name, value }) => (
            <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
          ))}
          <ol className="space-y-6">
            {answer.places.map((place, i) => (
              <li key={place.id} className="rounded-xl border-2 border-slate-300 p-4">
                <PlaceCard place={place} number={i + 1} locale={locale} />
              </li>
            ))}
          </ol>
          <fieldset aria-describedby="pick-hint" className="mt-8 rounded-xl bg-brand-50 p-4">
            <legend className="float-left text-xl font-bold">{t('pickLegend')}</legend>
            <p id="pick-hint" className="clear-left pt-1 text-slate-700">
              {t('pickHint')}
            </p>
            <div className="mt-2 grid gap-2">
              {answer.places.map((place, i) => (
                <label key={place.id} className="flex min-h-12 items-center gap-3 text-lg">
                  <input
                    type="checkbox"
                    name="s"
                    value={place.id}
                    defaultChecked={i < 3}
                    className="h-6 w-6 shrink-0"
                  />
                  {i + 1}. {place.name}
                </label>
              ))}
            </div>
            <Button type="submit" size="lg" className="mt-4">
              {t('printCta')}
            </Button>
          </fieldset>
        </form>
      ) : (
        <Notice role="status" tone="warning" className="mt-4 text-lg">
          {t('none')}
        </Notice>
      )}
      <p className="mt-6 text-lg">
        <Link href="/cartographie" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t('mapLink')}
        </Link>
      </p>
    </section>
  )
}
