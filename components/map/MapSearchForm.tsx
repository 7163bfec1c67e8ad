import { getLocale, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { FieldError } from '@/components/ui/FieldError'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { candidateLabel, type PlaceCandidate } from '@/lib/geo/search'
import { mapQuery, type MapFilters } from '@/lib/map/filters'
import { nearRadiusKm } from '@/lib/map/search'
import { placeArgs } from '@/lib/text/elision'
import { structureOptions } from '@/lib/structures/options'

type Props = {
  filters: MapFilters
  unknownPlace: boolean
  /** Homonyms of the place typed, to choose from (links that keep the other filters). */
  choices?: PlaceCandidate[]
  /** The place the search starts from, and whether a street typed could only be placed at its centre. */
  chosen?: { id: string; name: string; approximate: boolean } | null
}

const box = 'h-5 w-5 shrink-0 accent-brand-700'
const option = 'flex min-h-11 items-center gap-3 rounded px-1 hover:bg-slate-50'
const input = 'min-h-11 w-full rounded-lg border border-slate-400 px-3'

/** The map's search: a plain GET form, so it works without JavaScript and its URL can be shared. */
export async function MapSearchForm({ filters, unknownPlace, choices = [], chosen = null }: Props) {
  const [t, o, locale] = await Promise.all([getTranslations('map'), getTranslations('structureOptions'), getLocale()])
  const groups = [
    [
      'audience',
      t('audienceLegend'),
      [
        ...structureOptions.audiences.map((v) => ['audiences', v] as const),
        ...structureOptions.specificSupport.map((v) => ['specificSupport', v] as const),
      ],
      filters.audiences,
    ],
    ['service', t('serviceLegend'), structureOptions.services.map((v) => ['services', v] as const), filters.services],
    [
      'mode',
      t('modeLegend'),
      structureOptions.accompanimentModes.map((v) => ['accompanimentModes', v] as const),
      filters.modes,
    ],
    ['fee', t('feeLegend'), structureOptions.fees.map((v) => ['fees', v] as const), filters.fees],
  ] as const
  const nearError = unknownPlace ? t('nearUnknown', { place: filters.near }) : null

  return (
    <form
      action={getPathname({ href: '/cartographie', locale: locale as Locale })}
      method="get"
      role="search"
      className="space-y-5"
    >
      <div>
        <label htmlFor="map-q" className="mb-1 block font-semibold">
          {t('nameLabel')}
        </label>
        <input id="map-q" name="q" type="search" defaultValue={filters.q} maxLength={100} className={input} />
      </div>
      <div>
        <label htmlFor="map-near" className="mb-1 block font-semibold">
          {t('nearLabel')}
        </label>
        <p id="map-near-hint" className="mb-1 text-sm text-slate-700">
          {t('nearHint', { km: nearRadiusKm })}
        </p>
        {nearError ? (
          <FieldError id="map-near-error" className="mb-1">
            {nearError}
          </FieldError>
        ) : null}
        <input
          id="map-near"
          name="near"
          type="search"
          defaultValue={filters.near}
          maxLength={100}
          autoComplete="postal-code"
          aria-describedby={nearError ? 'map-near-hint map-near-error' : 'map-near-hint'}
          aria-invalid={nearError ? true : undefined}
          className={`${input} ${nearError ? 'border-2 border-red-800' : ''}`}
        />
        {chosen && filters.place ? <input type="hidden" name="place" value={chosen.id} /> : null}
        {chosen?.approximate ? (
          <p className="mt-1 text-sm text-slate-700" data-testid="map-near-approximate">
            {t('nearApproximate', placeArgs(chosen.name))}
          </p>
        ) : null}
        {choices.length > 1 ? (
          <nav aria-labelledby="map-near-choices" className="mt-2" data-testid="map-near-choices">
            <p id="map-near-choices" className="font-semibold">
              {t('nearChoices')}
            </p>
            <ul className="mt-1 space-y-1">
              {choices.map((choice) => (
                <li key={choice.id}>
                  <Link
                    href={{ pathname: '/cartographie', query: mapQuery({ ...filters, place: choice.id, page: 1 }) }}
                    aria-current={choice.id === chosen?.id ? 'true' : undefined}
                    className="inline-flex min-h-11 items-center rounded px-1 text-brand-700 underline aria-[current=true]:font-bold aria-[current=true]:no-underline"
                  >
                    {candidateLabel(choice)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <label className={`${option} font-semibold`}>
        <input type="checkbox" name="open" value="1" defaultChecked={filters.openNow} className={box} />
        {t('openNow')}
      </label>
      <details
        open={groups.some(([, , , selected]) => selected.length > 0)}
        className="rounded-lg border border-slate-300 p-3"
      >
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{t('filtersTitle')}</summary>
        <div className="mt-2 space-y-4">
          {groups.map(([name, legend, values, selected]) => (
            <fieldset key={name}>
              <legend className="mb-1 font-semibold">{legend}</legend>
              {values.map(([group, value]) => (
                <label key={value} className={option}>
                  <input
                    type="checkbox"
                    name={name}
                    value={value}
                    defaultChecked={(selected as string[]).includes(value)}
                    className={box}
                  />
                  {o(`${group}.${value}` as 'type.cpas')}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t('submit')}</Button>
        <Link
          href="/cartographie"
          className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline"
        >
          {t('reset')}
        </Link>
      </div>
    </form>
  )
}
