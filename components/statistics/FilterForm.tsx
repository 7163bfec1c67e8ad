import { getTranslations } from 'next-intl/server'

import { buttonClass } from '@/components/ui/buttonClass'
import type { Locale } from '@/i18n/locales'
import type { StatisticsFilters } from '@/lib/statistics/filters'
import type { Option, StatisticsLabels } from '@/lib/statistics/labels'

/** How staff choose a structure: a list while it stays short, else a name to match (lib/statistics/structures.ts). */
export type StructureChoice = { kind: 'list'; options: Option[] } | { kind: 'search'; text: string }

const control =
  'mt-1 block w-full min-h-11 rounded-lg border-2 border-slate-500 bg-white px-3 text-base focus:border-brand-700'

function Select({
  name,
  label,
  value,
  options,
  any,
  groups,
}: {
  name: string
  label: string
  value?: string
  options?: Option[]
  any: string
  groups?: { label: string; options: Option[] }[]
}) {
  return (
    <div>
      <label htmlFor={`sf-${name}`} className="block font-semibold">
        {label}
      </label>
      <select id={`sf-${name}`} name={name} defaultValue={value ?? ''} className={control}>
        <option value="">{any}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}

/**
 * The filters of a statistics page, as a GET form: the URL of the result is the page to share or bookmark.
 * Works without JavaScript; hidden on paper (the period and filters are written above the figures).
 */
export async function FilterForm({
  locale,
  action,
  filters,
  labels,
  scope,
  structure,
  resetHref,
}: {
  locale: Locale
  action: string
  filters: StatisticsFilters
  labels: StatisticsLabels
  /** The scope the viewer chose (référents), kept when they filter. */
  scope?: string
  /** Staff only. */
  structure?: StructureChoice
  resetHref: string
}) {
  const t = await getTranslations({ locale, namespace: 'statistics' })
  const any = t('any')
  return (
    <section
      aria-labelledby="filters-title"
      className="mt-10 rounded-lg border border-slate-300 bg-slate-50 p-4 print:hidden"
    >
      <h2 id="filters-title" className="text-2xl font-bold">
        {t('filtersTitle')}
      </h2>
      <form method="get" action={action} className="mt-3">
        {scope ? <input type="hidden" name="scope" value={scope} /> : null}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {(['from', 'to'] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`sf-${name}`} className="block font-semibold">
                {t(`filters.${name}`)}
              </label>
              <input id={`sf-${name}`} type="date" name={name} defaultValue={filters[name]} className={control} />
            </div>
          ))}
          <Select
            name="country"
            label={t('filters.country')}
            value={filters.country}
            options={labels.countries}
            any={any}
          />
          <Select name="region" label={t('filters.region')} value={filters.region} options={labels.regions} any={any} />
          <Select
            name="province"
            label={t('filters.province')}
            value={filters.province}
            any={any}
            groups={[
              { label: t('belgianProvinces'), options: labels.provinces.belgium },
              { label: t('frenchDepartments'), options: labels.provinces.france },
            ]}
          />
          <div>
            <label htmlFor="sf-municipality" className="block font-semibold">
              {t('filters.municipality')}
            </label>
            <input
              id="sf-municipality"
              name="municipality"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={filters.municipality ?? ''}
              aria-describedby="sf-municipality-hint"
              className={control}
            />
            <p id="sf-municipality-hint" className="mt-1 text-sm text-slate-700">
              {t('municipalityHint')}
            </p>
          </div>
          {structure?.kind === 'list' ? (
            <Select
              name="structure"
              label={t('filters.structure')}
              value={filters.structure ? String(filters.structure) : undefined}
              options={structure.options}
              any={any}
            />
          ) : structure?.kind === 'search' ? (
            <div>
              <label htmlFor="sf-structureName" className="block font-semibold">
                {t('filters.structure')}
              </label>
              <input
                id="sf-structureName"
                name="structureName"
                autoComplete="off"
                defaultValue={structure.text}
                aria-describedby="sf-structureName-hint"
                className={control}
              />
              <p id="sf-structureName-hint" className="mt-1 text-sm text-slate-700">
                {t('structureHint')}
              </p>
            </div>
          ) : null}
          <Select name="theme" label={t('filters.theme')} value={filters.theme} options={labels.themes} any={any} />
          <Select name="kind" label={t('filters.kind')} value={filters.kind} options={labels.kinds} any={any} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass({})}>
            {t('apply')}
          </button>
          <a href={resetHref} className="text-brand-700 underline">
            {t('reset')}
          </a>
        </div>
      </form>
    </section>
  )
}
