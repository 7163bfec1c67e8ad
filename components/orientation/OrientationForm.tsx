import { getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { FieldError } from '@/components/ui/FieldError'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { timesOfDay, type Criteria } from '@/lib/orientation/criteria'
import { structureOptions } from '@/lib/structures/options'

type Props = { locale: Locale; criteria: Criteria; placeError: string | null; prefilled: boolean }

const box = 'h-6 w-6 shrink-0'
const choice = 'flex min-h-12 items-center gap-3 rounded-lg border-2 border-slate-300 px-3 text-lg'

/**
 * The four questions of the wizard in one GET form: it works without JavaScript, every answer stays in the
 * URL, and the page is the same whether a person fills it in for themselves or an aidant for someone else.
 */
export async function OrientationForm({ locale, criteria, placeError, prefilled }: Props) {
  const [t, o] = await Promise.all([getTranslations('orientation'), getTranslations('structureOptions')])
  const option = (group: 'services' | 'days' | 'accessibility', value: string) =>
    o(`${group}.${value}` as 'services.demarches')
  const group = (legend: string, hint: string | null, id: string, children: React.ReactNode) => (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined} className="space-y-2">
      <legend className="text-xl font-bold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  )
  const boxes = (name: string, values: readonly string[], checked: readonly string[], label: (v: string) => string) => (
    <div className="grid gap-2 sm:grid-cols-2">
      {values.map((value) => (
        <label key={value} className={choice}>
          <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} className={box} />
          {label(value)}
        </label>
      ))}
    </div>
  )

  return (
    <form method="get" action={getPathname({ href: '/orientation', locale })} className="space-y-8">
      {group(
        t('needLegend'),
        prefilled ? `${t('needHint')} ${t('prefilled')}` : t('needHint'),
        'need',
        boxes('need', structureOptions.services, criteria.needs, (v) => option('services', v)),
      )}
      <div>
        <label htmlFor="near" className="block text-xl font-bold">
          {t('placeLabel')}
        </label>
        <p id="near-hint" className="mt-1 text-slate-700">
          {t('placeHint')}
        </p>
        <input
          id="near"
          name="near"
          type="text"
          defaultValue={criteria.near}
          autoComplete="street-address"
          aria-invalid={placeError ? true : undefined}
          aria-describedby={placeError ? 'near-hint near-error' : 'near-hint'}
          className="mt-2 block min-h-12 w-full rounded-lg border-2 border-slate-500 px-3 text-lg focus:border-brand-700 aria-[invalid=true]:border-red-700"
        />
        {placeError ? (
          <FieldError id="near-error" className="mt-1">
            {placeError}
          </FieldError>
        ) : null}
      </div>
      {group(
        t('whenLegend'),
        t('whenHint'),
        'when',
        <>
          <p className="font-semibold">{t('daysLabel')}</p>
          {boxes('day', structureOptions.days, criteria.days, (v) => option('days', v))}
          <p className="pt-2 font-semibold">{t('timesLabel')}</p>
          {boxes('time', timesOfDay, criteria.times, (v) => t(`times.${v}` as 'times.morning'))}
        </>,
      )}
      {group(
        t('accessLegend'),
        t('accessHint'),
        'access',
        boxes('access', structureOptions.accessibility, criteria.access, (v) => option('accessibility', v)),
      )}
      <Button type="submit" size="lg">
        {t('submit')}
      </Button>
    </form>
  )
}
